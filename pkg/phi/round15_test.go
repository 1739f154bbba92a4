package phi

import "testing"

// Round 15 rules (heldout33, invented text): street addresses in capitals
// on pharmacy labels, "Pathologists" and other specialists' groups, a
// district after an address with "no", an insurer's capitals letterhead
// ending in "COOPERATIVA MÉDICA", a saint's town after "procedente de";
// "2 MM ST ELEVATION" stays clinical.
func TestRound15Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "KINNEY DRUGS #27   44 MAIN ST   POTSDAM NY 13676", "44 MAIN ST", TypeAddress},
		{"en", "Rx# 7340815\nEZEKIEL HARJO\n19 LEROY ST APT 2, POTSDAM NY", "19 LEROY ST APT 2", TypeAddress},
		{"en", "SURGICAL PATHOLOGY REPORT\nKalamazoo Valley Pathologists, P.C.\nCase #: KV24-11872", "Kalamazoo Valley Pathologists", TypeOrganization},
		{"pt-BR", "Ela mora na Rua Sanhauá, 312, no Varadouro.\nConsegue pedir para a ACS", "Varadouro", TypeLocation},
		{"pt-BR", "CAMPOS GERAIS SAÚDE COOPERATIVA MÉDICA\nGUIA DE SOLICITAÇÃO DE INTERNAÇÃO", "CAMPOS GERAIS SAÚDE COOPERATIVA MÉDICA", TypeOrganization},
		{"pt-BR", "Pescador, natural e procedente de São José de Ribamar, admitido com febre.", "São José de Ribamar", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"en", "ECG: 2 MM ST ELEVATION IN V2, V3.", "ST ELEVATION"},
	})
}

// TestOCRZeroAfterAccent: a zero read for the "O" after an accented letter
// ("SEBASTIÃ0", "FRAZÃ0") is read as the letter, so the name is found.
func TestOCRZeroAfterAccent(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nCNS :  7 0 2  4 1 5 8\nPaciente :  SEBASTIÃ0  DE  MELO  FRAZÃ0\nEndereç0 :  Rua  das  Palmeiras ,  12", "SEBASTIÃ0  DE  MELO  FRAZÃ0", TypeName},
	})
}

// TestChatTimeSenders: a WhatsApp export's "date time - Sender:" lines and
// a role between the time and the name ("06:10 charge Benji:").
func TestChatTimeSenders(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "[L&D day shift]\n8/3/24 07:41 - Ximena: triage 2 is full", "Ximena", TypeName},
		{"pt-BR", "14/10/2024 07:19 - Joana Pires Lacerda: bom dia\n14/10/2024 07:20 - UBS: ok", "Joana Pires Lacerda", TypeName},
		{"en", "[OR board] 11/14\n06:10 charge Benji: morning. room 7 first", "Benji", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "8/3/24 07:41 - Note: triage 2 is full", "Note"},
	})
}
