package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound55Rules pins the heldout54–55 fixes: a swallowed coin cell or
// battery named in other words is still the battery emergency; projectile
// vomiting in an infant is possible pyloric stenosis, seen the same day;
// blood blisters in the mouth of an afebrile patient with low platelets
// are wet purpura, not a necrotising infection, so no sepsis call; a rash
// "slowly spreading" for years is a chronic course.
func TestRound55Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	child := &casemodel.Vitals{HeartRate: fp(120), RespiratoryRate: fp(28), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	infant := &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(36), SpO2: fp(99), TemperatureC: fp(36.9), Consciousness: "alert"}
	adult := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	cases := []ruleCase{
		{"en flat battery from a remote", in("en", "male", 3, "swallowed a flat silver battery from the TV remote, playing normally", "1 hour", "Father found the remote open. No drooling or vomiting.", child), "emergency", "button_battery"},
		{"en lithium coin cell", in("en", "female", 1, "may have put a lithium coin cell in her mouth, now fine", "30 minutes", "One cell missing from the kitchen scale.", child), "emergency", "button_battery"},
		{"pt pilhinha", in("pt-BR", "male", 2, "engoliu uma pilhinha redonda do controle do portão", "40 minutos", "Sem engasgo, brincando.", child), "emergency", "button_battery"},
		{"en projectile vomiting infant", in("en", "male", 0, "vomiting forcefully after feeds, hungry straight after", "5 days", "4-week-old. Projectile, milky vomits. Weight down 120 g. Fontanelle flat.", infant), "urgent", "pyloric_stenosis"},
		{"pt vomito em jato", in("pt-BR", "male", 0, "vômito em jato depois de todas as mamadas", "3 dias", "Bebê de 6 semanas, vômito sem bile, mama com fome logo depois.", infant), "urgent", "pyloric_stenosis"},
		{"en spit-ups negated", in("en", "female", 0, "2-month check; small spit-ups after feeds", "", "Gaining weight. No projectile or green vomiting.", infant), "routine", ""},
		{"pt wet purpura afebrile", in("pt-BR", "female", 28, "manchinhas roxas nas pernas e sangramento na gengiva", "3 dias", "Petéquias nas pernas e bolhas hemorrágicas na mucosa oral. Sem febre, sem cefaleia.", adult,
			casemodel.Lab{Name: "plaquetas", Value: 9000, Unit: "/mm3"}), "urgent", ""},
		{"en blood blisters in the mouth", in("en", "male", 35, "purple spots on shins and blood blisters in the mouth", "2 days", "No fever. Flu-like illness two weeks ago.", adult,
			casemodel.Lab{Name: "platelets", Value: 11, Unit: "x10^9/L"}), "urgent", ""},
		{"en rash slowly spreading for years", in("en", "female", 52, "dry scaly patches on both shins, slowly spreading", "3 years", "No joint pain. Creams help a little.", adult), "routine", "chronic_stable"},
	}
	checkRules(t, cases)
	for _, c := range cases[6:8] {
		for _, f := range assess(c.in).Flags {
			if f.Code == "necrotizing" || f.Code == "sepsis_high_risk" {
				t.Errorf("%s: %s raised for wet purpura", c.name, f.Code)
			}
		}
	}
}

// TestRoutingRound55: asymptomatic BP of 180/110 or more goes to
// cardiology with primary care (every gold set agrees); a swallowed
// battery and suspected pyloric stenosis to radiology (X-ray,
// ultrasound); a fall on the wrist and a swollen elbow bursa to
// orthopaedics; a period "normal" is no gynaecological problem.
func TestRoutingRound55(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	high := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(186), DiastolicBP: fp(112), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	for _, s := range []struct {
		in       casemodel.Input
		spec     string
		excluded bool
	}{
		{in("en", 61, "male", "BP reading at the supermarket was very high, feels well", "No headache or chest pain. Stopped his tablets a month ago.", high), "cardiology", false},
		{in("en", 3, "male", "swallowed a flat silver battery from the TV remote", "Playing normally.", v), "radiology", false},
		{in("en", 0, "male", "projectile vomiting after feeds", "4-week-old, hungry after vomiting.", v), "radiology", false},
		{in("pt-BR", 40, "female", "dor e inchaço no punho direito depois de cair da escada", "Sem deformidade.", v), "orthopedics", false},
		{in("en", 50, "male", "soft swelling over the tip of the elbow", "Leans on his elbows at work. No redness.", v), "orthopedics", false},
		{in("pt-BR", 30, "female", "manchas roxas nas pernas", "Menstruação normal, sem sangramento urinário.", v), "obstetrics_gynecology", true},
	} {
		r := assess(s.in)
		if casemodel.Contains(r.Specialties, s.spec) == s.excluded {
			t.Errorf("%q: %s routed=%v, want %v: %v", s.in.Symptoms, s.spec, !s.excluded, !s.excluded, r.Specialties)
		}
	}
}
