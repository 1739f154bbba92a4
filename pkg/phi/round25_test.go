package phi

import "testing"

// Round 25 rules (heldout77–78, invented text): an OCR'd certificate's
// dateline with doubled blanks and a place opening on a weekday's word; a
// sheriff's office, a rescue squad, a health plan "… Medicare Choice" and a
// knitting mill (malharia) as organisations; a street after "off" with
// words that are medical ones too; a place after "aposentado de"; an
// initial and a surname that is also a weekday before a credential; a
// hyphenated employer; headings in capitals ("PASSAGEM DE PLANTÃO", "ALTA
// - …") and a hospital's department after its name are no PHI.
func TestRound25Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "ATESTAD0  MÉDIC0\nAtesto para os devidos fins que o(a) Sr(a) ANA  R0SA\nesteve sob meus cuidados no dia 1 2/0 4/2 0 2 4 .\nFeira  Nova , 1 2  de  abril  de  2 0 2 4\n_____\nDr . Paulo  Reis", "Feira  Nova", TypeLocation},
		{"en", "Brought in via Maricopa County Sheriff's Office patrol car.", "Maricopa County Sheriff's Office", TypeOrganization},
		{"en", "Arrived by Lee County Rescue Squad. ESI 3.", "Lee County Rescue Squad", TypeOrganization},
		{"en", "Summit Medicare Choice\nNOTICE OF APPEAL DECISION\nMember: Ruth Oyelaran", "Summit Medicare Choice", TypeOrganization},
		{"pt-BR", "Declaração entregue para a Malharia Serra Azul.", "Malharia Serra Azul", TypeOrganization},
		{"en", "Family lives in Clayton, off Little Walnut Rd, and wants hospice.", "Little Walnut Rd", TypeAddress},
		{"pt-BR", "Homem de 68 anos, lavrador aposentado de Canguçu, com tosse.", "Canguçu", TypeLocation},
		{"en", "- Dispo: home tomorrow if stable.\nR. Domingo, NP", "R. Domingo", TypeName},
		{"en", "Note excusing him from work at Hewlett-Packard until Monday.", "Hewlett-Packard", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "PASSAGEM DE PLANTÃO - UTI Adulto, 02/05/2024\nPaciente: Joana", "PASSAGEM"},
		{"pt-BR", "ALTA - CLÍNICA MÉDICA\nPaciente: Otávio", "ALTA"},
		{"en", "Ordered by: Ana Ruiz, MD, Harbor Falls General Hospital Emergency Department\n", "Emergency Department"},
		{"en", "To: Oak Grove Hospital Pediatric Endocrinology, fax (203) 555-0149", "Pediatric Endocrinology"},
	})
}
