package phi

import "testing"

// Round 11 rules (heldout12/13, invented text): typists' initials, a
// district whose name holds a title word, a town before a full state name,
// chat senders at the start of a line, a council written in mixed case,
// a plan's letters before its digits, "é" between a label and its value,
// organisations named mid-sentence before a colon.
func TestRound11Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"en", "Dictated 6/7/2024 12:05; transcribed by lmk.\nN. O'Rourke, MD", "lmk", TypeName},
		{"pt-BR", "Mora na Rua Guiriçá, 55, casa 3, fundos, Ilha do Governador.\nPrimeira consulta.", "Ilha do Governador", TypeLocation},
		{"en", "Brought from his home in Jordan, Minnesota, with 3 days of pain.", "Jordan", TypeLocation},
		{"pt-BR", "Clínica Oftalmológica Visão Plena: Olá! Sua consulta está confirmada.", "Clínica Oftalmológica Visão Plena", TypeOrganization},
		{"pt-BR", "Profissional: Tainara Vilela - CRFa 2-18874\nServiço: 4 sessões", "CRFa 2-18874", TypeLicense},
		{"pt-BR", "Profissional: Tainara Vilela - CRFa 2-18874\nServiço: 4 sessões", "Tainara Vilela", TypeName},
		{"pt-BR", "CPF 231.076.773-12 Carteirinha: AMP 0091 4417 2038 01\nBeneficiária", "AMP 0091 4417 2038 01", TypeHealthPlan},
		{"pt-BR", "Pode entrar. O prontuário dela é 774.019-2.", "774.019-2", TypeMRN},
		{"pt-BR", "RM de 03/10/2023, feita na Clínica Imagem Ilha: herniação das tonsilas.", "Clínica Imagem Ilha", TypeOrganization},
		{"en", "Arrived via Marion County Fire Rescue Engine 9.", "Marion County Fire Rescue", TypeOrganization},
		// heldout14
		{"pt-BR", "Boa Vista/RR\n15.jan.24, 10h05\nCriança: Yakuna", "15.jan.24", TypeDate},
		{"en", "Sensor: Dexcom G6 transmitter 8GQ2LM.", "8GQ2LM", TypeDevice},
		{"en", "Holter monitor returned - device HLT-20931-X was mailed back.", "HLT-20931-X", TypeDevice},
		{"en", "Employee EMP-204471, SSN last four 4418, had a positive test.", "4418", TypeSSN},
		{"pt-BR", "Paciente: FRANCISCO DE ASSIS \"CHICO\" TAVARES Sexo: M", "FRANCISCO DE ASSIS \"CHICO\" TAVARES", TypeName},
		{"pt-BR", "Procedente da aldeia Maçaranduba, município de Amarante do Maranhão.", "Maçaranduba", TypeLocation},
		// lower-case relatives and chat senders
		{"en", "[10:44] yes pls. and call his son marco 555.123.4567, he's the HCP", "marco", TypeName},
		{"pt-BR", "ACS Lucineide: Bom dia, dona Zefa! Amanhã a enfermeira passa aí.", "Lucineide", TypeName},
		{"pt-BR", "[14/02 08:02] Enf. Daiane: ok, vou avisar.", "Daiane", TypeName},
		{"pt-BR", "Dra Fran: repetir às 9h\nR1 Iago: anotado", "Iago", TypeName},
		{"pt-BR", "Fisioterapia na APAE de Brusque mantida.", "APAE de Brusque", TypeOrganization},
		{"pt-BR", "Transporte de retorno pela CASAI Imperatriz.", "CASAI Imperatriz", TypeOrganization},
		{"en", "Picked up at Fred Meyer Pharmacy on NE 3rd St). Naloxone at home.", "NE 3rd St", TypeAddress},
	}
	checkTyped(t, d, cases)
	// pronouns are no names, even before a label; Minnesota stays
	checkClean(t, d, []cleanCase{
		{"en", "Her MRN is 44718293.", "Her"},
		{"pt-BR", "Olá, Sr. Natal Bonfim! Sua consulta é amanhã.", "Sua"},
		{"en", "Brought from his home in Jordan, Minnesota, with 3 days of pain.", "Minnesota"},
		{"en", "HOSPITAL COURSE: uneventful.", "HOSPITAL COURSE"},
		{"en", "Tell his wife will come tomorrow; the son felt well.", "will"},
		{"pt-BR", "De: Letícia Amaral <leticia@exemplo.com.br>", "De"},
		{"en", "Concerta 36 mg tablet\nSig: 1 tab PO every morning", "Sig"},
		{"pt-BR", "a filha dela, Marta, quer falar", "dela"},
	})
}
