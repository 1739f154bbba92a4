package clinical

import "testing"

// TestWordingRound40 pins the heldout40 wording: a dissection told in
// Portuguese ("dor ... 'rasgando'"), blood pressures that differ between
// the arms, a weak radial pulse; "hipertenso" is no hip; a visit for bone
// density results is a routine one.
func TestWordingRound40(t *testing.T) {
	cases := []phrase{
		{"pt-BR", "Dor torácica súbita, lancinante, 'rasgando', irradiando para o dorso.", "aortic_dissection", present},
		{"pt-BR", "PA 188x104 no braço direito e 142x80 no esquerdo.", "aortic_dissection", present},
		{"en", "BP 176/98 in the right arm and 130/80 in the left.", "aortic_dissection", present},
		{"pt-BR", "Pulso radial esquerdo diminuído.", "aortic_dissection", present},
		{"en", "Weak left radial pulse.", "aortic_dissection", present},
		{"pt-BR", "Dor anal rasgando ao evacuar há 1 semana.", "aortic_dissection", present},
		{"pt-BR", "Hipertenso e hipotireoideo, em uso de losartana.", "limb", absent},
		{"en", "Fell onto her left hip.", "limb", present},
		{"en", "Here with her bone density results, no pain.", "routine", present},
		{"pt-BR", "Veio mostrar o resultado da densitometria.", "routine", present},
	}
	checkPhrases(t, cases)
}
