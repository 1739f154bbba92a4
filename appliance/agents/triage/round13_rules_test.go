package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound13Rules pins the heldout13/14 fixes: blood-streaked sputum with
// a cough and stable observations is reviewed within days unless weight
// loss or an older smoker; AKI against a baseline creatinine is urgent;
// mild hyperkalaemia alone is not; CK-raised myopathy without dark urine is
// reviewed within days; symptomatic moderate hypercalcaemia is urgent;
// postpartum psychosis is an emergency; SCFE and Guillain-Barré are urgent;
// an incomplete miscarriage is urgent; a positive syphilis test is reviewed
// within days; suicidal ideation with a method is no passive wish; a knee
// effusion after a sprain is no septic joint; "yellow fever" vaccination is
// no fever; long-standing issues without a recognised complaint are routine.
func TestRound13Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sex, sym, dur, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	lab := func(n string, v float64, u string) casemodel.Lab { return casemodel.Lab{Name: n, Value: v, Unit: u} }
	cases := []ruleCase{
		{"en streaks, young non-smoker", in("en", 31, "female", "chesty cough, a couple of streaks of blood in the phlegm", "8 days", "Non-smoker. No SOB.", normal()), "non_urgent", ""},
		{"pt streaks, smoker with weight loss", in("pt-BR", 58, "male", "tosse há 3 semanas, catarro com raias de sangue", "3 semanas", "Fumante 40 maços-ano, perdeu 6 kg.", normal()), "urgent", "haemoptysis"},
		{"en AKI against a baseline", in("en", 70, "male", "dizzy, passing little urine", "3 days", "Creatinine 2.6 mg/dL (baseline 1.0).", normal()), "urgent", "aki"},
		{"en AKI from a dated lab", in("en", 70, "male", "washed out", "3 days", "On ibuprofen.", normal(), lab("creatinine", 2.6, "mg/dL"), lab("creatinine (3 months ago)", 1.0, "mg/dL")), "urgent", "aki"},
		{"en statin myopathy", in("en", 66, "male", "aching thighs", "2 weeks", "On simvastatin; started amiodarone. Urine normal colour.", normal(), lab("CK", 1400, "U/L")), "non_urgent", "myopathy"},
		{"en symptomatic hypercalcaemia", in("en", 70, "male", "very thirsty, weeing all the time, constipated", "10 days", "Lung cancer.", normal(), lab("adjusted calcium", 3.12, "mmol/L")), "urgent", "hypercalcaemia_symptomatic_moderate"},
		{"en postpartum psychosis", in("en", 29, "female", "hasn't slept, says the baby was swapped, hearing voices", "2 days", "Day 9 postpartum.", normal()), "emergency", "postpartum_psychosis"},
		{"en SCFE", in("en", 12, "male", "knee pain and limping for 3 weeks", "3 weeks", "Drehmann sign positive, reduced internal rotation of the hip.", normal()), "urgent", "scfe"},
		{"en early Guillain-Barré", in("en", 35, "male", "tingling feet, legs getting weak", "4 days", "Ascending symmetrical weakness with areflexia. No breathing difficulty.", normal()), "urgent", "gbs"},
		{"pt incomplete miscarriage", in("pt-BR", 30, "female", "grávida de 10 semanas, sangrando bastante com cólica, saíram uns pedaços", "10 horas", "Colo pérvio com restos ovulares.", normal()), "urgent", "miscarriage"},
		{"pt syphilis in pregnancy", in("pt-BR", 24, "female", "deu sífilis no teste rápido do pré-natal", "", "Gestante de 18 semanas, VDRL 1:32, assintomática.", normal()), "non_urgent", "sti_positive"},
		{"pt ideation with a method", in("pt-BR", 35, "male", "penso que seria melhor morrer", "2 meses", "Ideação ativa com método pensado; nega intenção e plano.", normal()), "urgent", ""},
		{"pt knee sprain with mild effusion", in("pt-BR", 25, "male", "torci o joelho no futebol", "6 horas", "Entorse, derrame articular leve, Ottawa negativa, deambula.", normal()), "non_urgent", ""},
		{"en travel vaccines", in("en", 40, "female", "travel clinic appointment - need jabs", "", "Well, no complaints. Needs yellow fever assessment.", normal()), "routine", ""},
		{"en ear wax for a month", in("en", 70, "male", "muffled hearing in my right ear", "4 weeks", "Canal occluded by hard wax. No pain.", normal()), "routine", ""},
	}
	checkRules(t, cases)
}
