package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound8Rules pins the heldout8 fixes (caller wording without vitals):
// choking with airway compromise, button-battery ingestion, a board-like
// abdomen, symptoms of pre-eclampsia without a blood pressure, a plan with
// pills set aside, postpartum bleeding "depois do parto" and a small
// superficial burn; each with a counter-case that stays lower.
func TestRound8Rules(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes}
	}
	cases := []ruleCase{
		{"pt engasgo com cianose", in("pt-BR", 80, "male", "engasgou com carne, não consegue respirar nem falar e tá ficando roxo", ""), "emergency", "airway_foreign_body"},
		{"en choking, can't breathe", in("en", 6, "male", "choked on a sweet and can't breathe", ""), "emergency", "airway_foreign_body"},
		{"pt engasgou, já tossiu e está bem", in("pt-BR", 40, "female", "engasgou com água, tossiu e já passou, está bem", ""), "routine|non_urgent", ""},
		{"en button battery, child well", in("en", 3, "female", "swallowed a button battery an hour ago, seems fine", ""), "emergency", "button_battery"},
		{"pt pilha de relógio", in("pt-BR", 2, "male", "engoliu uma pilha de relógio", ""), "emergency", "button_battery"},
		{"pt barriga dura", in("pt-BR", 50, "male", "barriga dura e muita dor, vomitando", ""), "emergency", "generalised_peritonitis"},
		{"en rigid abdomen", in("en", 60, "female", "tummy is rock hard and really painful", ""), "emergency", "generalised_peritonitis"},
		{"pt barriga inchada sem dureza", in("pt-BR", 30, "female", "barriga inchada depois de comer, sem dor forte", ""), "routine|non_urgent", ""},
		{"en pre-eclampsia symptoms, no BP", in("en", 31, "female", "34 weeks pregnant, bad headache, seeing flashing lights and her face and hands have puffed up", ""), "emergency", "preeclampsia_symptoms"},
		{"pt pré-eclâmpsia, sem PA", in("pt-BR", 29, "female", "grávida de 32 semanas, dor de cabeça forte e vendo luzes", ""), "emergency", "preeclampsia_symptoms"},
		{"en headache in pregnancy without visual symptoms", in("en", 30, "female", "28 weeks pregnant, mild headache since yesterday after poor sleep", ""), "routine|non_urgent|urgent", ""},
		{"pt ideação com remédios separados", in("pt-BR", 34, "male", "tá falando que vai se matar, já separou os remédios", ""), "emergency", "suicide_high_risk"},
		{"pt sangramento depois do parto", in("pt-BR", 28, "female", "sangrando muito depois do parto, encheu vários panos, tonta", ""), "emergency", "pph"},
		{"pt queimadura pequena", in("pt-BR", 35, "female", "queimou a mão com água quente, fez uma bolhinha pequena, dói pouco", ""), "non_urgent", "minor_burn"},
		{"pt queimadura sem tamanho", in("pt-BR", 35, "female", "queimou o braço com água quente, dói muito", ""), "urgent", "burn"},
	}
	checkRules(t, cases)
}
