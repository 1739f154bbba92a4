package phi

import "testing"

// Round 16 rules (heldout34, invented text): a one between capitals in a
// scan is an I ("M1LWAUKEE"), airports, malls and indigenous health posts
// ("Polo Base …") are organisations, "AIS" (an indigenous health agent)
// and "Notificador" label names.
func TestRound16Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "M1LWAUKEE  0CCUPATI0NAL  HEALTH            PAGE 1 0F 1\nW0RK  STATUS  REP0RT\nEmployee :  GRZYBOWSKI", "M1LWAUKEE  0CCUPATI0NAL  HEALTH", TypeOrganization},
		{"en", "She works early shifts at DFW Airport, so afternoons are best.", "DFW Airport", TypeOrganization},
		{"en", "RTC 3 months.\nJae-sung Oh, MD", "Jae-sung Oh", TypeName},
		{"en", "Night report - bed 14A. Bok-soon Kang, 95F, R hip fracture.", "Bok-soon Kang", TypeName},
		{"pt-BR", "O pai sai do trabalho no Porto Velho Shopping: (69) 99231-5570.", "Porto Velho Shopping", TypeOrganization},
		{"pt-BR", "ENCAMINHAMENTO\nDa: Polo Base Surucucu - DSEI Yanomami\nPara: Ambulatório", "Polo Base Surucucu", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "EVOLUÇÃO - Ambulatório de Reumatologia - Hospital Universitário", "Reumatologia"},
	})
}

// TestChatSenderBeforeRoleAndUnit: "[08:02] Rafa Enf UBS:" names Rafa.
func TestChatSenderBeforeRoleAndUnit(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "[08:02, 14/05/2024] Rafa Enf UBS: Bom dia, tudo bem?", "Rafa", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "[08:04] Enf UBS: ok, obrigada", "Enf UBS"},
	})
}

// TestScoresAreNoDates: "HA 7/10", "Cravings 2/10", "dose supervisionada
// 7/12", "(2/2 frascos)" are scores and counts.
func TestScoresAreNoDates(t *testing.T) {
	d := detector(t)
	checkClean(t, d, []cleanCase{
		{"en", "C/o HA 7/10, vomited x1.", "7/10"},
		{"en", "No return to use. Cravings 2/10.", "2/10"},
		{"pt-BR", "PQT-MB, dose supervisionada 7/12.", "7/12"},
		{"pt-BR", "A hemocultura (2/2 frascos) do paciente cresceu.", "2/2"},
	})
	checkTyped(t, d, []typedCase{
		{"en", "Seen in clinic on 7/10 for a recheck.", "7/10", TypeDate},
	})
}
