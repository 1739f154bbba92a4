package clinical

import "testing"

// TestCallerWordingRound8 pins the caller/WhatsApp wording of the heldout8
// round (a family member describing the patient): cyanosis with the verb
// before the body part, sentences cut short, choking, "depois do parto",
// a hard belly, a plan with pills set aside, button batteries, "muddled",
// "got a temperature", a red hot swollen leg, small burns, symptoms of
// pre-eclampsia, "não quer mamar", and a new clause ("e tá …") ending the
// scope of a negation. Each positive has a negated or counter-case.
func TestCallerWordingRound8(t *testing.T) {
	cases := []phrase{
		{"pt-BR", "Ficou roxo na boca.", "cyanosis", present},
		{"pt-BR", "Tá ficando roxinho nos lábios.", "cyanosis", present},
		{"pt-BR", "Não ficou roxo na boca.", "cyanosis", denied},
		{"pt-BR", "Bateu o braço e ficou roxo.", "cyanosis", absent},
		{"pt-BR", "Não consegue nem terminar a frase.", "life_threat_asthma", present},
		{"pt-BR", "Engasgou com carne.", "choking", present},
		{"en", "He choked on a grape.", "choking", present},
		{"pt-BR", "Não engasgou.", "choking", denied},
		{"pt-BR", "Sangrando muito depois do parto.", "postpartum", present},
		{"pt-BR", "Teve o nenem ontem em casa.", "postpartum", present},
		{"pt-BR", "Barriga dura e muita dor.", "rigid_abdomen", present},
		{"pt-BR", "Barriga não está dura.", "rigid_abdomen", absent},
		{"pt-BR", "Sem barriga dura.", "rigid_abdomen", denied},
		{"en", "Tummy is rock hard and really painful.", "rigid_abdomen", present},
		{"pt-BR", "Já separou os remédios.", "suicide_plan", present},
		{"pt-BR", "Não separou remédios nem tem plano.", "suicide_plan", denied},
		{"en", "Swallowed a button battery.", "button_battery", present},
		{"pt-BR", "Engoliu uma bateria de relógio.", "button_battery", present},
		{"en", "No button battery ingestion.", "button_battery", denied},
		{"en", "Now she's muddled.", "confusion", present},
		{"en", "Not muddled at all.", "confusion", denied},
		{"en", "She's got a temperature.", "fever", present},
		{"en", "Hasn't got a temperature.", "fever", denied},
		{"pt-BR", "Febre que não baixa.", "fever", present},
		{"en", "Leg is red, hot and swollen below the knee.", "cellulitis", present},
		{"en", "Leg is swollen.", "cellulitis", absent},
		{"pt-BR", "Fez uma bolhinha pequena.", "minor_burn", present},
		{"en", "Small blister on the finger.", "minor_burn", present},
		{"en", "Face and hands have puffed up.", "preeclampsia_symptoms", present},
		{"en", "Seeing flashing lights.", "blurred_vision", present},
		{"pt-BR", "Rosto e mãos inchados.", "preeclampsia_symptoms", present},
		{"pt-BR", "Sem inchaço no rosto.", "preeclampsia_symptoms", denied},
		{"pt-BR", "Não quer mamar.", "poor_feeding", present},
		// A new clause ends the negation scope.
		{"pt-BR", "Não quer mamar e tá quentinho.", "fever", present},
		{"pt-BR", "Não consegue respirar nem falar e tá ficando roxo na boca.", "cyanosis", present},
		{"pt-BR", "Sem febre e sem tosse.", "fever", denied},
		{"en", "No cough and is turning blue.", "cyanosis", present},
	}
	checkPhrases(t, cases)
}
