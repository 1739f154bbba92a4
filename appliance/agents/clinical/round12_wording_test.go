package clinical

import "testing"

// TestWordingRound12 pins the heldout12 wording: Portuguese arm weakness
// and slurred speech with "ficou", spinal cord signs, a palpable bladder,
// pain out of proportion, the routine asks (menopause talk, baby checks),
// and "coughing fits" that are no seizure.
func TestWordingRound12(t *testing.T) {
	cases := []phrase{
		{"pt-BR", "O braço direito ficou fraco por 20 minutos.", "arm_weakness", present},
		{"pt-BR", "A fala ficou enrolada.", "speech", present},
		{"pt-BR", "Hipoestesia abaixo de T12 e força grau 4 em membros inferiores.", "spinal_cord_signs", present},
		{"pt-BR", "Globo vesical palpável.", "urinary_retention", present},
		{"en", "Abdomen soft, pain out of proportion to examination.", "pain_out_of_proportion", present},
		{"pt-BR", "Quero conversar sobre reposição hormonal.", "routine", present},
		{"pt-BR", "Fogachos e suor noturno, quer orientação.", "menopause", present},
		{"en", "6-month check-up and vaccines.", "routine", present},
		{"en", "Coughing fits with a cold for 3 days.", "seizure", absent},
		{"en", "Had a fit at home this morning.", "seizure", present},
		{"pt-BR", "Pesquisa de sangue oculto negativa.", "occult_blood_negative", present},
	}
	checkPhrases(t, cases)
}
