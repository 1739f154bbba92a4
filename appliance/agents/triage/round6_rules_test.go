package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound6Rules pins the heldout6 fixes: an open fracture is an emergency
// (BOAST 4); a passed stone without flank pain or infection ends the renal
// colic (EAU 2024); passive death wishes with plan and intent denied are
// reviewed within days (NICE NG225), any plan, intent, psychosis or
// agitation still an emergency and undenied ideation urgent; a recent
// hypoglycaemic episode on insulin or a sulfonylurea is a treatment review
// within days (ADA 2024), a low value now urgent; incidental imaging findings
// route to radiology.
func TestRound6Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	low := normal()
	low.GlucoseMgDl = fp(58)
	now := normal()
	now.GlucoseMgDl = fp(118)
	cases := []ruleCase{
		// Open versus closed fracture.
		{"en bone visible", in("en", 24, "leg injury after motorbike accident", "Deformed lower leg, wound over the shin, bone visible.", normal()), "emergency", "open_fracture"},
		{"pt fratura exposta", in("pt-BR", 35, "queda de moto", "Fratura exposta de antebraço.", normal()), "emergency", "open_fracture"},
		{"en closed deformity", in("en", 24, "wrist injury after a fall", "Deformed wrist, skin intact.", normal()), "urgent", "deformity"},
		// Renal colic over versus ongoing.
		{"en stone passed, incidental nodule", in("en", 52, "incidental lung nodule on CT", "CT done for renal colic last week. Stone passed. No cough.", normal()), "non_urgent", ""},
		{"en ongoing renal colic", in("en", 40, "renal colic", "Loin to groin pain since this morning.", normal()), "urgent", "renal_colic"},
		{"en stone passed but fever", in("en", 40, "renal colic, stone passed", "Fever and rigors today.", func() *casemodel.Vitals { v := normal(); v.TemperatureC = fp(38.9); return v }()), "emergency", "infected_obstruction"},
		// Passive ideation versus plan.
		{"pt passive, plan and intent denied", in("pt-BR", 45, "pensamentos de que seria melhor não acordar", "Pensamentos passivos de morte, sem plano e sem intenção.", normal(), "sertralina 50 mg"), "urgent", "passive_death_wish"},
		{"en passive, denies plan or intent", in("en", 30, "low mood", "Passive thoughts that he would be better off dead; denies plan or intent.", normal()), "urgent", "passive_death_wish"},
		{"en passive, nothing denied", in("en", 30, "low mood", "Feels he would be better off dead.", normal()), "urgent", "suicidal_ideation"},
		{"en passive with plan", in("en", 30, "low mood", "Better off dead, has a plan and bought a rope.", normal()), "emergency", "suicide_high_risk"},
		{"en passive after cutting arms (self-harm act)", in("en", 19, "cut my arms last night", "Passive thoughts of not wanting to wake up; denies plan or intent.", normal()), "urgent", "suicidal_ideation"},
		{"pt passive after autolesão", in("pt-BR", 17, "se cortou ontem", "Pensamentos passivos de morte, sem plano e sem intenção.", normal()), "urgent", "suicidal_ideation"},
		{"pt passive with psychosis", in("pt-BR", 25, "ouve vozes", "Pensamentos passivos de morte, sem plano. Ouve vozes.", normal()), "emergency", ""},
		// Hypoglycaemia: recent episode versus low now.
		{"pt resolved hypo on glibenclamide", in("pt-BR", 71, "hipoglicemia pela manhã, já resolvida", "Glicemia capilar de 52 mg/dL, tomou suco e melhorou.", now, "glibenclamida 5 mg"), "non_urgent", "hypoglycaemia_recent"},
		{"en hypo overnight on insulin", in("en", 40, "had a hypo overnight", "Treated with juice, fine now.", normal(), "insulin glargine 20 units"), "non_urgent", "hypoglycaemia_recent"},
		{"en low glucose now", in("en", 71, "feels shaky", "Had a hypo this morning.", low, "gliclazide 80 mg"), "urgent", "hypoglycaemia"},
		{"en awareness intact at review", in("en", 26, "HbA1c result review", "No severe hypoglycaemia, hypoglycaemia awareness intact.", normal(), "insulin glargine 18 units"), "routine", ""},
	}
	checkRules(t, cases)
	for _, s := range []casemodel.Input{
		in("pt-BR", 57, "cisto renal achado em ultrassom", "Ultrassom de rotina mostrou cisto simples Bosniak I.", normal()),
		in("en", 60, "adrenal nodule", "Incidental 2 cm adrenal lesion on CT.", normal()),
	} {
		if r := assess(s); !casemodel.Contains(r.Specialties, "radiology") {
			t.Errorf("%q not routed to radiology: %v", s.Symptoms, r.Specialties)
		}
	}
}
