package phi

import "testing"

// Round 28 rules (heldout87–88, invented text): a given name that the
// Portuguese suffix rules read as a verb form, before listed surnames and
// an age ("a Tainara Quevedo Lima, 33 anos"); a unit in capitals before a
// nurse's credential is no given name ("ED RN Marisol"); a name before a
// comma and a two-word role ("Minh, staff interpreter"); an age over 89
// after a name and a comma ("Walter P. Ostrander, 94."); a unit named
// after its opening hours ("UPA 24h Ipiranga"); an ISO year and month
// ("2019-07"); the second day of a range after a month ("Oct 3-5");
// plan operators without a head word. Vaccines, dressings and devices
// (Tdap, Mepilex, Wanderguard) and test abbreviations (ESR, EMG, TPN) are
// no names; a season ("2019-20") and a number with no month ("2021-13")
// are no year-months, and a dose after a name is no age.
func TestRound28Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Recebi no ambulatório a Tainara Quevedo Lima, 33 anos, com cefaleia.", "Tainara Quevedo Lima", TypeName},
		{"en", "Sign-out given to ED RN Marisol at 2210 by phone.", "Marisol", TypeName},
		{"en", "Consent reviewed in Portuguese (Minh, staff interpreter).", "Minh", TypeName},
		{"en", "Bed 3 - Walter P. Ostrander, 94. Slept well, no falls.", "94", TypeAge},
		{"pt-BR", "Transferido para a UPA 24h Ipiranga às 22h.", "UPA 24h Ipiranga", TypeOrganization},
		{"pt-BR", "UPA 24H VILA ESPERANÇA - ACOLHIMENTO", "UPA 24H VILA ESPERANÇA", TypeOrganization},
		{"en", "PMH: DVT, hx MRSA 2019-07.\nMeds: apixaban", "2019-07", TypeDate},
		{"en", "Blood drive on Oct 3-5 in the gym.", "5", TypeDate},
		{"en", "Plan covered by HealthPartners this year.", "HealthPartners", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Dra. Márcia Bortoluzzi - Auditora Médica - CRM-PR 27.301", "Auditora"},
		{"pt-BR", "Dr. Souza, 95 mg de ferro ao dia.", "95"},
		{"en", "Ratio of the 2019-20 season was lower.", "2019-20"},
		{"en", "Tdap given. Mepilex placed on sacrum.", "Tdap"},
		{"en", "Tdap given. Mepilex placed on sacrum.", "Mepilex"},
		{"en", "Ate lunch. Wanderguard bracelet checked.", "Wanderguard"},
		{"en", "Labs drawn.\nESR and EMG pending; TPN restarted.", "ESR"},
		{"en", "Labs drawn.\nESR and EMG pending; TPN restarted.", "TPN"},
	})
}
