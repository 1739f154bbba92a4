package phi

import "testing"

// Round 24 rules (heldout74–76, invented text): a heading's place after a
// spaced dash; growers' cooperatives, prisons, funeral chapels and a
// mission; street-team units (eCR); one word before "Hospital" after a
// comma; a campus glued to "Hospital" by a hyphen; a glued slash in a
// practice's name (OB/GYN); a short accented surname that folds onto a
// particle ("Dr. Lê"); Employee:, Tester:, Asst: labels and a driver
// ("condutor"); a card or account "on file ending in"; blood units' ISBT
// donation numbers; specialties in "-ology" are medical words.
func TestRound24Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Maternidade Santa Clara - Teresina\nPuérpera: Rosângela", "Teresina", TypeLocation},
		{"pt-BR", "REGULAÇÃO - Central de Regulação 192 - Recife\n03/04/2024 22h10", "Recife", TypeLocation},
		{"en", "Northern Peach Growers Cooperative\n\nDear Mr. Osei:", "Northern Peach Growers Cooperative", TypeOrganization},
		{"en", "Oak Hill State Prison - Health Services Unit", "Oak Hill State Prison", TypeOrganization},
		{"en", "Sitting shiva; Shalom Chapels pre-arranged (201-555-0177).", "Shalom Chapels", TypeOrganization},
		{"pt-BR", "Acompanhada pela voluntária Joana, da Missão Paz.", "Missão Paz", TypeOrganization},
		{"pt-BR", "Atendido pela Equipe eCR Norte na praça.", "eCR Norte", TypeOrganization},
		{"en", "Exam: 2024-01-09, Regions Hospital", "Regions Hospital", TypeOrganization},
		{"en", "Seen at: Lehigh Valley Hospital-Muhlenberg ED; hand follow-up", "Lehigh Valley Hospital-Muhlenberg", TypeOrganization},
		{"en", "CLIENT: Seaside OB/GYN Associates     ACCT: HOA-33120", "Seaside OB/GYN Associates", TypeOrganization},
		{"en", "Follow-up with Dr. Moss at Bayview OB/GYN on 6/12.", "Bayview OB/GYN", TypeOrganization},
		{"en", "FOLLOW-UP: Dr. Lê within 2 weeks.", "Lê", TypeName},
		{"en", "PCP: Dr. Thanh-Mai Lê (Saigon Family Clinic)", "Thanh-Mai Lê", TypeName},
		{"en", "Employee: Nguyen, Thi Lan     Employee ID: E0123", "Nguyen, Thi Lan", TypeName},
		{"en", "Jin Park, DDS     Asst: Brianna", "Brianna", TypeName},
		{"pt-BR", "Equipe: Enf. Tatiane Lopes; condutor Evandro.", "Evandro", TypeName},
		{"en", "The copay was charged to the account on file ending in 7731.", "7731", TypeAccount},
		{"en", "RBC leukoreduced - unit W0519 24 220731 K - O POS", "W0519 24 220731 K", TypeID},
		{"en", "Thawed plasma (unit W2210 23 510044 7) for INR 2.4", "W2210 23 510044 7", TypeID},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Marta Klein, MD\nHepatology Clinic\nRiver Bend Medical Center", "Hepatology"},
		{"en", "Transferred to unit 4B; unit 12 West full.", "12"},
		{"en", "Patient seen in the ED/ICU today.", "ICU"},
	})
}
