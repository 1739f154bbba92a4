package clinical

import "testing"

// TestWordingRound10 pins the heldout10 round: retention written as a
// bladder scan or "can't pass urine", perianal numbness, rhabdomyolysis
// named or as cola-coloured urine, bright red blood on the paper, IBD and
// haemorrhoids, and the two exclusions after a match (mild recession is
// not a NICE red feature; torsional nystagmus is not torsion).
func TestWordingRound10(t *testing.T) {
	cases := []phrase{
		{"en", "Can't pass urine properly since last night.", "urinary_retention", present},
		{"en", "Bladder scan 850 mL after trying to void.", "urinary_retention", present},
		{"en", "Bladder scan 120 mL after voiding.", "urinary_retention", absent},
		{"en", "Reduced perianal sensation to pinprick.", "cauda_equina", present},
		{"en", "Numb between the legs since this morning.", "cauda_equina", present},
		{"en", "Normal perianal sensation.", "cauda_equina", absent},
		{"en", "Dark cola-coloured urine for two days.", "rhabdo", present},
		{"pt-BR", "Urina cor de coca-cola desde ontem.", "rhabdo", present},
		{"en", "No dark urine.", "rhabdo", absent},
		{"pt-BR", "Sangue vermelho vivo no papel higiênico ao evacuar.", "rectal_bleeding", present},
		{"en", "Bright red blood on the toilet paper.", "rectal_bleeding", present},
		{"pt-BR", "Doença de Crohn acompanhada pela gastro.", "ibd", present},
		{"pt-BR", "Anuscopia: hemorroidas internas grau II.", "haemorrhoids", present},
		{"pt-BR", "Tiragem subcostal leve, sibilos difusos.", "ill_appearing", absent},
		{"pt-BR", "Tiragem subcostal importante e gemência.", "ill_appearing", present},
		{"en", "Upbeating torsional nystagmus on Dix-Hallpike.", "testicular", absent},
		{"en", "Sudden testicular pain, possible torsion.", "testicular", present},
		{"en", "Aching weak thighs and shoulders.", "muscle_pain", present},
	}
	checkPhrases(t, cases)
}
