package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound46Rules pins the heldout46 fixes: headache with papilloedema and
// no focal sign is same-day (IIH consensus), with a seizure or a drift an
// emergency; a febrile child with a swollen red eyelid and no orbital sign
// has preseptal cellulitis (same day); passive thoughts of death after
// birth are assessed the same day (NICE CG192), outside pregnancy within
// days; a fitness-to-work form and a question about a medicine are
// routine visits.
func TestRound46Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(120), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	febrile := &casemodel.Vitals{HeartRate: fp(112), RespiratoryRate: fp(22), SpO2: fp(99), TemperatureC: fp(38.4), Consciousness: "alert"}
	cases := []ruleCase{
		{"en IIH picture", in("en", "female", 24, "daily headache for two weeks, worse in the morning, whooshing in my ears", "Fundoscopy: optic disc swelling both eyes. No focal neurology, acuity normal.", normal()), "urgent", "papilloedema_headache"},
		{"en papilloedema with seizure", in("en", "female", 24, "daily headache for two weeks, then a fit this morning", "Fundoscopy: bilateral papilloedema. Left arm drift.", normal()), "emergency", "raised_icp"},
		{"en preseptal child", in("en", "female", 5, "swollen red right eyelid and a temperature", "Cold for 5 days. Eye opens, moves fully and painlessly, no proptosis, vision normal.", febrile), "urgent", "preseptal_cellulitis"},
		{"en postnatal passive thoughts", in("en", "female", 29, "crying every day, can't sleep, feel I'm failing my baby", "Baby is 5 weeks old. EPDS 18. Sometimes thinks her family would be better off without her; no plan, no intent, no thoughts of harming the baby.", normal()), "urgent", "perinatal_suicidal_thoughts"},
		{"pt fitness form", in("pt-BR", "male", 41, "precisa de exame admissional para novo emprego", "Sem queixas. Tratou depressão há 12 anos, bem desde então.", normal()), "routine", ""},
		{"en medication question", in("en", "female", 26, "asks whether her antibiotic will stop the pill working", "Started on penicillin V yesterday for a sore throat, already better. No vomiting or diarrhoea.", normal()), "routine", ""},
	}
	checkRules(t, cases)
}
