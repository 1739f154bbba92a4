package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound38Rules pins the heldout38 fixes: an infant's prolonged
// jaundice with pale stools, fever after tick bites, toxic fumes with
// wheeze, catatonia and parkinsonism worsened by haloperidol are urgent;
// a raised prolactin is no routine long-standing issue.
func TestRound38Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, labs []casemodel.Lab, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs, Medications: meds}
	}
	febrile := normal()
	febrile.TemperatureC = fp(39.2)
	wheezy := normal()
	wheezy.SpO2 = fp(94)
	wheezy.RespiratoryRate = fp(22)
	cases := []ruleCase{
		{"pt biliary atresia", in("pt-BR", 0, "bebê continua amarelinho, cocô esbranquiçado e xixi escuro", "5 semanas, mamando bem.", &casemodel.Vitals{HeartRate: fp(148), RespiratoryRate: fp(40), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "conjugated_jaundice_infant"},
		{"en spotted fever", in("en", 41, "high fever, headache, aching muscles, rash on wrists and ankles", "Back from a fishing trip; removed several ticks.", febrile, nil), "urgent", "tick_borne_fever"},
		{"en chloramine", in("en", 46, "coughing, tight chest and stinging eyes after cleaning the bathroom", "Mixed bleach with an ammonia cleaner. Scattered wheeze.", wheezy, nil), "urgent", "toxic_inhalation"},
		{"en catatonia", in("en", 29, "barely speaking or moving, staring, holding strange positions", "Mute, posturing, waxy flexibility.", normal(), nil, "olanzapine 15 mg nightly"), "urgent", "catatonia"},
		{"pt haloperidol parkinson", in("pt-BR", 78, "ficou todo travado, não consegue andar, engasgando com a comida", "Parkinson; haloperidol há 3 dias.", normal(), nil, "levodopa/carbidopa 250/25 mg 3x/dia", "haloperidol 1 mg à noite"), "urgent", "parkinsonism_drug_worsened"},
		{"en prolactinoma", in("en", 29, "milky discharge from both nipples and no periods", "Visual fields full.", normal(), []casemodel.Lab{{Name: "prolactin", Value: 94, Unit: "ng/mL"}}), "non_urgent", ""},
	}
	checkRules(t, cases)
}
