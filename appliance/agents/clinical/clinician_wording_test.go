package clinical

import "testing"

// TestClinicianWordingRound5 pins the wording fixes of the heldout5 round
// (clinician-written follow-ups, reviews and screening): "fit" as fitness or
// the faecal immunochemical test is not a seizure, resolved versus
// persisting focal deficits, chest ache, hip pain, bowel screening,
// pre-operative and stable-review cues, and "started last week".
func TestClinicianWordingRound5(t *testing.T) {
	cases := []phrase{
		// "fit": seizure only in the seizure sense.
		{"en", "Fit and well, walks daily.", "seizure", absent},
		{"en", "Fit for surgery from a medical point of view.", "seizure", absent},
		{"en", "Medically fit for discharge.", "seizure", absent},
		{"en", "Keeps fit, plays tennis.", "seizure", absent},
		{"en", "Received a negative FIT screening kit result.", "seizure", absent},
		{"en", "FIT 150 ug/g, referred for colonoscopy.", "seizure", absent},
		{"en", "FIT positive last month.", "seizure", absent},
		{"en", "Had a fit this morning lasting 2 minutes.", "seizure", present},
		{"en", "Two fits 2 days ago.", "seizure", present},
		{"en", "He is fitting now.", "seizure", present},
		{"en", "No fits since the dose was increased.", "seizure", denied},
		// Resolved versus persisting focal deficit.
		{"en", "Slurred speech for 20 minutes, now back to normal.", "deficit_resolved", present},
		{"en", "Symptoms resolved completely within 15 minutes.", "deficit_resolved", present},
		{"en", "Weakness has since resolved.", "deficit_resolved", present},
		{"en", "Not back to normal yet.", "deficit_resolved", denied},
		{"pt-BR", "Sintomas regrediram completamente.", "deficit_resolved", present},
		{"pt-BR", "Os sintomas regrediram após 15 minutos.", "deficit_resolved", present},
		{"pt-BR", "Voltou ao normal em meia hora.", "deficit_resolved", present},
		{"pt-BR", "Ainda não voltou ao normal.", "deficit_resolved", denied},
		{"en", "Speech is still slurred.", "deficit_persisting", present},
		{"en", "Persistent expressive aphasia at assessment.", "deficit_persisting", present},
		{"en", "Symptoms fluctuating over the last hour.", "deficit_persisting", present},
		{"en", "No residual weakness.", "deficit_persisting", denied},
		{"pt-BR", "Ainda com fraqueza no braço.", "deficit_persisting", present},
		{"pt-BR", "Déficit persiste ao exame.", "deficit_persisting", present},
		{"pt-BR", "Sem déficit residual.", "deficit_persisting", denied},
		// Chest ache and side.
		{"en", "Intermittent left-sided chest ache.", "chest_pain", present},
		{"en", "Central chest discomfort on and off.", "chest_pain", present},
		{"en", "No chest ache.", "chest_pain", denied},
		// Hip pain (occult fracture rule).
		{"en", "Right hip pain after a fall.", "hip_pain", present},
		{"en", "Pain in the left groin since the fall.", "hip_pain", present},
		{"pt-BR", "Dor no quadril direito após queda.", "hip_pain", present},
		{"en", "Osteoarthritis of the left hip.", "hip_pain", absent},
		// Bowel screening.
		{"en", "Wants to know whether he needs a colonoscopy.", "gi_screening", present},
		{"en", "Negative FIT result.", "gi_screening", present},
		{"pt-BR", "Quer saber se precisa de colonoscopia de rastreamento.", "gi_screening", present},
		// Routine cues: pre-operative assessment.
		{"en", "Pre-operative assessment for elective hip replacement.", "routine", present},
		{"en", "Listed for elective total hip arthroplasty.", "routine", present},
		{"pt-BR", "Avaliação pré-operatória para cirurgia eletiva.", "routine", present},
		// Stable chronic condition at review.
		{"pt-BR", "DPOC estável, dispneia aos grandes esforços inalterada.", "stable_chronic", present},
		{"en", "Asthma well controlled on current inhaler.", "stable_chronic", present},
		{"en", "Blood pressure not controlled.", "stable_chronic", absent},
		{"en", "Poorly controlled asthma.", "stable_chronic", absent},
		{"pt-BR", "Asma mal controlada.", "stable_chronic", absent},
		{"en", "COPD, haemodynamically stable.", "stable_chronic", absent},
		// Recently started medicine.
		{"en", "Orthopaedics started tramadol last week.", "recently_started", present},
		{"pt-BR", "O clínico iniciou alopurinol ontem.", "recently_started", present},
	}
	checkPhrases(t, cases)
}
