package phi

import "testing"

// Round 22 rules (heldout64–66, invented text): a roster line's patient
// after a chair or machine and a dash; a name label after a spaced dash;
// possessives inside a title-case organisation; organisations in a
// facility field or after a credential and a dash; CAPSij and "Pronto
// Atendimento" heads; a district closing an address's bracket.
func TestRound22Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "DIALYSIS HANDOFF\nChair 8 - Mateo Kaufusi: access bruit ok, needs labs.", "Mateo Kaufusi", TypeName},
		{"pt-BR", "PASSAGEM\nMáq 04 - Raimunda dos Anjos Teles: PA 90x60 no fim da sessão.", "Raimunda dos Anjos Teles", TypeName},
		{"pt-BR", "12/03/2024 09h10 - Atendente: Rosiane Bittencourt (ramal 22)", "Rosiane Bittencourt", TypeName},
		{"en", "Follow-up: Blue Mesa Children's Asthma Center, Dr. Ko, in March.", "Blue Mesa Children's Asthma Center", TypeOrganization},
		{"pt-BR", "Prestador executante: Centro de Hematologia do Agreste, CNPJ 11.222.333/0001-81", "Centro de Hematologia do Agreste", TypeOrganization},
		{"en", "To: Marcus Bell, MD - Lighthouse Orthopedics, fax 207-555-0190", "Lighthouse Orthopedics", TypeOrganization},
		{"pt-BR", "CAPSij Mandacaru - Atendimento compartilhado", "CAPSij Mandacaru", TypeOrganization},
		{"pt-BR", "Levamos a paciente ao Pronto Atendimento do Hospital São Lucas ontem.", "Pronto Atendimento do Hospital São Lucas", TypeOrganization},
		{"en", "Prefers to recover at home (2210 Kinsman Rd, Buckeye Shaker) for now.", "Buckeye Shaker", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"en", "UNIT LIST\nChair 6 - empty today, machine down.", "empty"},
		{"en", "Ana Ruiz, MD - Internal Medicine\nSeen today.", "Internal Medicine"},
		{"en", "Lee Park, DO - Pediatric Orthopedics\nSeen today.", "Pediatric Orthopedics"},
		{"pt-BR", "PRONTO ATENDIMENTO INFANTIL - Hospital da Criança", "PRONTO ATENDIMENTO"},
		{"pt-BR", "Máquina 03: Sr. Nivaldo Pires, FAV em MSE com frêmito.", "FAV"},
	})
}

// TestRound22bRules (heldout64–66, invented text): street lines by their
// layout (a house number and words, then a state and ZIP; Wisconsin's
// grid) and the letterhead above one; date ranges without a year;
// identifiers with a programme's name, a third group, or after "study";
// heads "Trust", "Bakery", "Paratransit"; a town after "prefeitura de";
// a relative's possessive and "sponsor"; a state after a plan's name; a
// public body's numbered region.
func TestRound22bRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Bitterroot Hand Surgery\n410 W Broadwater, Ste 2, Missoula, MT 59801", "410 W Broadwater, Ste 2", TypeAddress},
		{"en", "Bitterroot Hand Surgery\n410 W Broadwater, Ste 2, Missoula, MT 59801", "Bitterroot Hand Surgery", TypeOrganization},
		{"en", "Address: W204 N11509 Goldendale Rd, Germantown WI 53022", "W204 N11509 Goldendale Rd", TypeAddress},
		{"en", "Harbor Lights Spine Care\n88 Beacon Ave, Portland, ME 04101", "Harbor Lights Spine Care", TypeOrganization},
		{"en", "He asked for a note covering 6/11-6/14; sent via portal.", "6/11", TypeDate},
		{"en", "He asked for a note covering 6/11-6/14; sent via portal.", "6/14", TypeDate},
		{"en", "Waiver renewal pending (CHOICES-23-550192).", "CHOICES-23-550192", TypeID},
		{"en", "Cat bite; rabies tag # KT-2022-11473 on file.", "KT-2022-11473", TypeID},
		{"en", "Prior cath (study RX19-30127) showed LAD disease.", "RX19-30127", TypeID},
		{"en", "Letter sent to the County Employees Benefit Trust today.", "County Employees Benefit Trust", TypeOrganization},
		{"en", "Works weekends at Crust & Crumb Bakery downtown.", "Crust & Crumb Bakery", TypeOrganization},
		{"en", "Missed dialysis; her ride from MetroLift Paratransit never came.", "MetroLift Paratransit", TypeOrganization},
		{"pt-BR", "O carro da prefeitura de Quixadá quebrou na estrada.", "Quixadá", TypeLocation},
		{"pt-BR", "Técnica Ana: o filho dela, Zeca, está na portaria.", "Zeca", TypeName},
		{"en", "Goes to meetings daily; sponsor is Bartholomew.", "Bartholomew", TypeName},
		{"en", "Dx: back pain\nIns : Anthem  BlueCross  OH    ID # YRH 5512", "OH", TypeOrganization},
		{"pt-BR", "Ao\nConselho Tutelar de Caruaru - Região III\nRef.: ofício", "Região III", TypeOrganization},
		{"en", "His truck (plate KLM 4K-2210) is at the shop.", "KLM 4K", TypeVehicle},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Take 1/2-3/4 tab at bedtime as needed.", "1/2"},
		{"en", "Sleep study 2019 normal.", "2019"},
		{"en", "Protocol ZENITH-HF-301 enrolment log", "ZENITH"},
		{"en", "LINCOLN ELEMENTARY SCHOOL - Health Office\n700 W. Oak St., Ames, IA 50010", "Health Office"},
		{"en", "Seen at Mercy Hospital, Springfield MO 65802", "MO"},
	})
}

// TestRound22cRules (heldout64–66, invented text): a US number cut by a
// line break after its hyphen; "Senha de acesso"; an operator's
// letterhead above a form's title; a month-named relative before what she
// does; a prescription form's number with its state; "The" before a
// possessive practice name stays out.
func TestRound22cRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Refer to Lakeshore Neuro Group   ph  (585) 555-\n0177  in 2 weeks .", "(585) 555-\n0177", TypePhone},
		{"pt-BR", "Guia 3307-11902 - Senha de acesso K7M2P\nPaciente: Odete", "K7M2P", TypeID},
		{"pt-BR", "VIDA SERENA SAÚDE\nGUIA DE SOLICITAÇÃO DE SP/SADT\nNº guia: 5512", "VIDA SERENA SAÚDE", TypeOrganization},
		{"en", "[09:15] RN kim: his wife april calling for an update", "april", TypeName},
		{"pt-BR", "NOTIFICAÇÃO DE RECEITA B\nUF: MG     Nº MG 5530981\nPaciente: Heitor", "MG 5530981", TypeID},
	})
	checkClean(t, d, []cleanCase{
		{"en", "The Men's Health clinic called back.", "The"},
		{"en", "[09:15] RN kim: his wife will call back later", "will"},
		{"pt-BR", "PRONTO SOCORRO INFANTIL\nGUIA DE ATENDIMENTO", "PRONTO SOCORRO INFANTIL"},
	})
}
