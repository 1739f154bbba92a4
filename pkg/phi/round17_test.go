package phi

import "testing"

// Round 17 rules (heldout36 and heldout37, invented text): a state or
// country of several words is no name or place; "Fr." is a title unless a
// gauge ("16 Fr"); devices and solutions named after a person; a name typed
// in lower case that fills a name field; the patient of a census line
// before an age and sex ("lowe, harriet  91F"); a street named without its
// number after "na Av."; one capitalised word after "works at"; OCR
// initials with the dot spaced off.
func TestRound17Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Chaplain Fr. Okonkwo stayed with the family overnight.", "Okonkwo", TypeName},
		{"pt-BR", "RECEITA\n\nNome: raimundo nonato de sousa     Idade: 67", "raimundo nonato de sousa", TypeName},
		{"en", "bed 12  lowe, harriet  81F  CHF exacerbation, diuresing", "lowe, harriet", TypeName},
		{"en", "bed 14  Nguyen, Thi  47F  pyelo, afebrile now", "Nguyen, Thi", TypeName},
		{"pt-BR", "Queda de bicicleta na Av. Cosme Ferreira, sem capacete.", "Av. Cosme Ferreira", TypeAddress},
		{"en", "Her husband drives for Sysco and works at Comcast on weekends.", "Comcast", TypeOrganization},
		{"pt-BR", "FICHA  DE  N0TIFICAÇÃ0   -   SINAN\nNotificador :  Rosilene  M .  Barreto     Função :  técnica", "Rosilene  M .  Barreto", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Her daughter is driving up from Trenton, New Jersey tonight.", "New Jersey"},
		{"en", "Moved here from North Carolina last spring.", "North Carolina"},
		{"pt-BR", "Família mora em Mato Grosso do Sul, vem no sábado.", "Mato Grosso do Sul"},
		{"pt-BR", "Viajou para a Nova Zelândia em março.", "Nova Zelândia"},
		{"en", "Two 19 Fr Blake drains left in the pelvis.", "Blake"},
		{"pt-BR", "Dreno de Blake com 80 mL serossanguinolento.", "Blake"},
		{"pt-BR", "Expansão com Ringer lactato 1000 mL.", "Ringer"},
		{"pt-BR", "Paciente: bom dia! confirmado.", "bom dia"},
	})
}

// TestBrandDrugsAreNoNames: brand and Portuguese drug names from the drug
// table (drugs.txt.gz) stay, a title still makes a name.
func TestBrandDrugsAreNoNames(t *testing.T) {
	d := detector(t)
	checkClean(t, d, []cleanCase{
		{"en", "Home Ambien discontinued on admission.", "Ambien"},
		{"en", "Zofran 4 mg PRN nausea.", "Zofran"},
		{"en", "Flomax nightly, Norco for breakthrough pain.", "Norco"},
	})
	checkTyped(t, d, []typedCase{
		{"en", "Seen with Dr. Cipro in clinic today.", "Cipro", TypeName},
	})
}

// TestRound17bRules (heldout38 and heldout39, invented text): "Women's
// Health" practices, insurers and companies named "Mutual",
// "Administrators", "Communications", a saint's name as a surname, and a
// lone "R." in English as an initial, not the Portuguese "Rua".
func TestRound17bRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Summit Women's Health called about the results.", "Summit Women's Health", TypeOrganization},
		{"en", "Workers' comp carrier is Ironwood Valley Mutual; claim pending.", "Ironwood Valley Mutual", TypeOrganization},
		{"en", "Sterling Benefit Administrators\nLong-Term Disability - Attending Physician Statement", "Sterling Benefit Administrators", TypeOrganization},
		{"en", "- Marguerite St. Pierre, NP (covering)", "Marguerite St. Pierre", TypeName},
		{"en", "ADMISSION NOTE\nPatient: Walter R. Dunleavy     MRN: 4471902     FIN: 31", "Walter R. Dunleavy", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "The Women's Health clinic called back.", "The"},
	})
}
