package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound7Rules pins the heldout7 fixes: ST elevation without chest pain in
// an older or diabetic patient, or with an anginal equivalent, is an atypical
// STEMI (ESC 2023 ACS); ischaemic ECG changes with sweating or syncope are a
// high-risk ACS; counter-cases stay where they were. A visit to discuss
// prevention with the attack resolved is routine; IBS routes to
// gastroenterology and a recent joint replacement to orthopaedics.
func TestRound7Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"en painless inferior STEMI, elderly diabetic", in("en", 79, "felt off and sweaty this morning, no chest pain", "Type 2 diabetic. Denies chest pain. ECG: ST elevation in II, III and aVF.", normal()), "emergency", "acs_painless_ecg"},
		{"pt IAM sem dor com supra de ST", in("pt-BR", 81, "mal-estar súbito, suando frio", "Nega dor no peito. ECG: supradesnivelamento do segmento ST em DII, DIII e aVF.", normal()), "emergency", "acs_painless_ecg"},
		{"en ST elevation with breathlessness at 55", in("en", 55, "short of breath since an hour", "ECG shows anterior ST elevation.", normal()), "emergency", "acs_painless_ecg"},
		{"pt infra de ST com síncope", in("pt-BR", 70, "desmaiou em casa", "ECG com infradesnivelamento de ST em V4-V6.", normal()), "emergency", ""},
		{"en old STEMI history, routine", in("en", 68, "statin refill", "History of STEMI 10 years ago treated with stents. Denies chest pain.", normal(), "atorvastatin 40 mg"), "routine", ""},
		{"en T-wave inversion and cough only", in("en", 60, "cough for a week", "Old T-wave inversion in V1-V2 on ECG. No sweating.", normal()), "non_urgent", ""},
		{"en migraine prevention discussion", in("en", 33, "wants to discuss migraine prevention", "Attack resolved. Denies thunderclap onset, fever, neck stiffness or neurological deficit.", normal(), "sumatriptan 50 mg"), "routine", ""},
	}
	checkRules(t, cases)
	for _, s := range []struct {
		in   casemodel.Input
		spec string
	}{
		{in("pt-BR", 34, "cólicas intestinais leves", "Síndrome do intestino irritável estável.", normal()), "gastroenterology"},
		{in("en", 50, "IBS review", "Irritable bowel syndrome, bloating.", normal()), "gastroenterology"},
		{in("en", 64, "post-op check, wound fine", "Day 7 after total knee replacement, no calf swelling.", normal()), "orthopedics"},
		{in("pt-BR", 70, "revisão pós-operatória", "Pós-operatório de artroplastia de quadril há 10 dias.", normal()), "orthopedics"},
	} {
		if r := assess(s.in); !casemodel.Contains(r.Specialties, s.spec) {
			t.Errorf("%q not routed to %s: %v", s.in.Symptoms, s.spec, r.Specialties)
		}
	}
}
