package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound31Rules pins the heldout31 fixes: a febrile swollen eyelid
// without orbital signs (preseptal cellulitis), amaurosis fugax, a
// swallowed coin, ruptured membranes, a febrile infant with a positive
// urine dipstick and an acute dystonic reaction to metoclopramide are
// urgent; a stye without fever and a post-stroke review are not.
func TestRound31Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	febrileChild := &casemodel.Vitals{HeartRate: fp(118), RespiratoryRate: fp(24), SpO2: fp(99), TemperatureC: fp(38.4), Consciousness: "alert"}
	wellChild := &casemodel.Vitals{HeartRate: fp(105), RespiratoryRate: fp(22), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	cases := []ruleCase{
		{"en preseptal cellulitis", in("en", 5, "her eyelid is all puffy and red and she has a temperature", "Eye movements full and painless, no proptosis, vision normal.", febrileChild), "urgent", "preseptal_cellulitis"},
		{"pt preseptal cellulitis", in("pt-BR", 6, "pálpebra inchada e vermelha, com febre", "Movimentos oculares normais e indolores, sem proptose.", febrileChild), "urgent", "preseptal_cellulitis"},
		{"en amaurosis fugax", in("en", 70, "a grey curtain came down over my left eye for 5 minutes then lifted", "Vision normal now. Carotid bruit.", normal()), "urgent", "tia_resolved"},
		{"en swallowed coin", in("en", 3, "swallowed a coin an hour ago, seems fine", "No drooling, eating normally.", wellChild), "urgent", "foreign_body_ingestion"},
		{"pt swallowed coin", in("pt-BR", 4, "engoliu uma moeda agora há pouco", "Sem salivação excessiva, respirando bem.", wellChild), "urgent", "foreign_body_ingestion"},
		{"en ruptured membranes", in("en", 30, "felt a gush of water and it keeps trickling", "36 weeks pregnant, no contractions, baby moving.", normal()), "urgent", "membrane_rupture"},
		{"pt ruptured membranes", in("pt-BR", 28, "a bolsa estourou, está saindo água", "Gestante de 37 semanas, sem contrações.", normal()), "urgent", "membrane_rupture"},
		{"en febrile infant uti", in("en", 1, "fever for 2 days, off her food", "Urine dipstick: nitrite positive, leucocytes 3+.", &casemodel.Vitals{HeartRate: fp(140), RespiratoryRate: fp(30), SpO2: fp(98), TemperatureC: fp(39.1), Consciousness: "alert"}), "urgent", "febrile_uti_infant"},
		{"en dystonia after metoclopramide", in("en", 19, "my neck keeps twisting to one side and my eyes keep rolling up", "Given metoclopramide yesterday for vomiting. No stridor.", normal()), "urgent", "acute_dystonia"},
		{"en stye without fever", in("en", 9, "red sore lump on the edge of his eyelid", "Small yellow-headed spot at the lash line; rest of the lid not swollen.", wellChild), "non_urgent", ""},
		{"en post-stroke review", in("en", 69, "6-month check after my stroke, doing well", "Residual right-hand weakness unchanged since discharge.", normal(), "clopidogrel 75 mg daily"), "routine", ""},
		{"pt screening request", in("pt-BR", 47, "quero fazer exame das mamas, estou com medo", "Sem nódulos, exame clínico normal.", normal()), "routine", ""},
	}
	checkRules(t, cases)
}
