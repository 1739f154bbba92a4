package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound5Rules pins the heldout5 fixes: resolved TIA is urgent (NICE
// NG128) unless a deficit persists, fluctuates or observations are abnormal;
// "fit" as fitness is not a seizure; COPD saturation at target is not an
// abnormal observation; hip pain after a fall in an older adult is a
// possible fracture (NICE CG124); a newly started major interaction is
// reviewed within days, an established one at the visit; pre-operative and
// stable chronic reviews are routine.
func TestRound5Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(146), DiastolicBP: fp(86), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, dur, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	confused := normal()
	confused.Consciousness = "confused"
	copdSat := normal()
	copdSat.SpO2 = fp(93)
	cases := []ruleCase{
		// Resolved TIA versus current deficit.
		{"en TIA back to normal", in("en", 66, "left arm weakness and slurred speech", "20 minutes this morning, now back to normal", "Power 5/5, speech normal.", normal()), "urgent", "tia_resolved"},
		{"pt TIA sintomas regrediram", in("pt-BR", 71, "perda de força no braço esquerdo e dificuldade para falar", "15 minutos, há 2 dias; sintomas regrediram completamente", "Exame neurológico normal.", normal()), "urgent", "tia_resolved"},
		{"en resolved speech but arm still weak", in("en", 66, "slurred speech and left arm weakness", "1 hour", "Speech now back to normal but arm is still weak.", normal()), "emergency", "stroke_befast"},
		{"en current deficit within 4.5 h", in("en", 74, "sudden right facial droop and arm weakness", "started 1 hour ago", "Persistent arm drift at assessment.", normal()), "emergency", "stroke_befast"},
		{"en fluctuating deficit", in("en", 70, "slurred speech", "2 hours", "Symptoms fluctuating, resolved and came back twice.", normal()), "emergency", "stroke_befast"},
		{"en resolved but confused", in("en", 80, "facial droop", "30 minutes, now back to normal", "", confused), "emergency", ""},
		{"en not back to normal", in("en", 68, "slurred speech", "40 minutes", "Not back to normal yet.", normal()), "emergency", "stroke_befast"},
		// "fit" as fitness or test.
		{"en fit and well review", in("en", 58, "annual diabetes review, no complaints", "", "Fit and well, walks daily.", normal()), "routine", ""},
		{"en fit for surgery", in("en", 67, "pre-operative assessment for elective hip replacement", "", "Fit for surgery.", normal()), "routine", ""},
		{"en negative FIT", in("en", 52, "asking about bowel cancer screening", "", "Negative FIT result. No rectal bleeding.", normal()), "routine", ""},
		{"en a real fit", in("en", 30, "had a fit this morning", "", "First ever seizure, now alert.", normal()), "urgent", ""},
		// COPD target saturation.
		{"pt COPD stable review, SpO2 93", in("pt-BR", 70, "retorno de DPOC, sem piora", "", "DPOC estável, dispneia aos grandes esforços inalterada.", copdSat), "routine", "chronic_review_stable"},
		{"en breathless without COPD, SpO2 93", in("en", 70, "short of breath", "2 days", "", copdSat), "urgent", "dyspnoea_abnormal_obs"},
		// Hip pain after a fall.
		{"en older adult hip pain after fall", in("en", 78, "right hip pain after a fall", "yesterday", "Able to stand with pain.", normal()), "urgent", "possible_fracture"},
		{"en young adult hip pain after fall, weight bearing", in("en", 30, "hip pain after a fall playing football", "yesterday", "Walking normally.", normal()), "non_urgent", ""},
		// Major interaction: new versus established.
		{"en tramadol just added to fluoxetine", in("en", 48, "depression follow-up", "", "Mood improving. Orthopaedics started tramadol last week.", normal(), "fluoxetine 20 mg", "tramadol 50 mg"), "non_urgent", "major_interaction"},
		{"pt established fluoxetine + tramadol at renewal", in("pt-BR", 55, "renovação de receitas, dor lombar crônica estável", "", "Usa tramadol há meses.", normal(), "fluoxetina 20 mg", "tramadol 50 mg"), "routine", ""},
	}
	checkRules(t, cases)
	// Bowel screening routes to gastroenterology.
	r := assess(in("en", 52, "asking about bowel cancer screening", "", "Wants to know whether he needs a colonoscopy.", normal()))
	if !casemodel.Contains(r.Specialties, "gastroenterology") {
		t.Errorf("screening question not routed to gastroenterology: %v", r.Specialties)
	}
}
