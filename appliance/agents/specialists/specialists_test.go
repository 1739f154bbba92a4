package specialists

import (
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/casemodel"
)

var ref = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

func run(name string, in casemodel.Input) Opinion {
	in.PatientID = "p"
	c := clinical.Build(in, nil, ref)
	t := triage.Assess(c)
	return Registry[name](c, &t)
}

func TestRegistryCoversContract(t *testing.T) {
	for _, s := range casemodel.Specialties {
		if Registry[s] == nil {
			t.Errorf("no module for %s", s)
		}
	}
	if len(Registry) != len(casemodel.Specialties) {
		t.Errorf("registry has %d modules", len(Registry))
	}
}

func TestOpinions(t *testing.T) {
	vit := &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(148), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(36.8), Consciousness: "alert"}
	cases := []struct {
		agent, code, urgency, score string
		in                          casemodel.Input
	}{
		{"cardiology", "stemi", "emergency", "heart", casemodel.Input{Patient: &casemodel.Patient{Age: ip(57), Sex: "male"}, Symptoms: "crushing chest pain radiating to the left arm, sweating", ClinicalNotes: "ECG: ST elevation V1-V4.", Vitals: vit}},
		{"cardiology", "af_rvr", "urgent", "cha2ds2_vasc", casemodel.Input{Patient: &casemodel.Patient{Age: ip(63)}, Symptoms: "palpitations", ClinicalNotes: "ECG: atrial fibrillation rate 142.", Vitals: &casemodel.Vitals{HeartRate: fp(142), SystolicBP: fp(128)}}},
		{"neurology", "acute_stroke", "emergency", "befast_items", casemodel.Input{Patient: &casemodel.Patient{Age: ip(70)}, Symptoms: "facial droop and arm weakness", SymptomDuration: "1 hour"}},
		{"endocrinology", "dka", "emergency", "dka_severity", casemodel.Input{Patient: &casemodel.Patient{Age: ip(19)}, Symptoms: "vomiting, very thirsty", ClinicalNotes: "Type 1 diabetes.", Labs: []casemodel.Lab{{Name: "glucose", Value: 34, Unit: "mmol/L"}, {Name: "pH", Value: 7.04}, {Name: "ketones", Value: 6.8, Unit: "mmol/L"}}}},
		{"pulmonology", "pneumonia", "non_urgent", "curb65", casemodel.Input{Patient: &casemodel.Patient{Age: ip(40)}, Symptoms: "productive cough and fever", ClinicalNotes: "Crackles right base.", Vitals: &casemodel.Vitals{RespiratoryRate: fp(18), SystolicBP: fp(125), DiastolicBP: fp(80), SpO2: fp(96), TemperatureC: fp(38.4), Consciousness: "alert"}}},
		{"pulmonology", "pulmonary_embolism", "emergency", "wells_pe", casemodel.Input{Patient: &casemodel.Patient{Age: ip(38), Sex: "female"}, Symptoms: "sudden shortness of breath, pleuritic chest pain", ClinicalNotes: "10 days post-op knee replacement; swollen painful right calf.", Vitals: &casemodel.Vitals{HeartRate: fp(124), SystolicBP: fp(96), SpO2: fp(87), RespiratoryRate: fp(30)}}},
		{"gastroenterology", "upper_gi_bleed", "urgent", "glasgow_blatchford", casemodel.Input{Patient: &casemodel.Patient{Age: ip(59), Sex: "male"}, Symptoms: "black tarry stools", Labs: []casemodel.Lab{{Name: "hemoglobin", Value: 10.8, Unit: "g/dL"}, {Name: "BUN", Value: 32, Unit: "mg/dL"}}, Vitals: &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(128)}}},
		{"gastroenterology", "appendicitis", "urgent", "alvarado", casemodel.Input{Patient: &casemodel.Patient{Age: ip(22)}, Symptoms: "pain started around the belly button and moved to the right lower abdomen, nausea, no appetite", ClinicalNotes: "Rebound tenderness.", Labs: []casemodel.Lab{{Name: "WBC", Value: 14, Unit: "x10^9/L"}}, Vitals: &casemodel.Vitals{TemperatureC: fp(38.2)}}},
		{"infectious_disease", "strep_pharyngitis", "non_urgent", "centor", casemodel.Input{Patient: &casemodel.Patient{Age: ip(19)}, Symptoms: "sore throat, fever", ClinicalNotes: "Tonsillar exudate, tender anterior cervical nodes, no cough.", Vitals: &casemodel.Vitals{TemperatureC: fp(38.4)}}},
		{"nephrology", "hyperkalaemia", "emergency", "", casemodel.Input{Patient: &casemodel.Patient{Age: ip(74)}, Symptoms: "weakness", ClinicalNotes: "ECG: peaked T waves.", Labs: []casemodel.Lab{{Name: "potassium", Value: 7.3, Unit: "mmol/L"}}}},
		{"psychiatry", "serotonin_toxicity", "emergency", "hunter_criteria_met", casemodel.Input{Patient: &casemodel.Patient{Age: ip(42)}, Symptoms: "agitation, sweating, muscle jerks", ClinicalNotes: "Inducible clonus.", Medications: []string{"sertraline", "tramadol"}, Vitals: &casemodel.Vitals{TemperatureC: fp(39.6), Consciousness: "confused"}}},
		{"obstetrics_gynecology", "eclampsia", "emergency", "gestational_weeks", casemodel.Input{Patient: &casemodel.Patient{Age: ip(26), Sex: "female"}, Symptoms: "seizure", ClinicalNotes: "34 weeks gestation.", Vitals: &casemodel.Vitals{SystolicBP: fp(172), DiastolicBP: fp(114)}}},
		{"pediatrics", "well_child", "routine", "age_specific_vital_flags", casemodel.Input{Patient: &casemodel.Patient{Age: ip(4)}, Symptoms: "well-child visit and pre-school vaccines"}},
		{"orthopedics", "mechanical_back_pain", "non_urgent", "", casemodel.Input{Patient: &casemodel.Patient{Age: ip(45)}, Symptoms: "low back pain after lifting", SymptomDuration: "3 days", ClinicalNotes: "No saddle anaesthesia, no fever."}},
		{"radiology", "no_imaging", "", "ottawa_ankle_positive", casemodel.Input{Patient: &casemodel.Patient{Age: ip(30)}, Symptoms: "twisted ankle", ClinicalNotes: "Walked 4 steps unaided. No bony tenderness at the malleolus."}},
		{"emergency_medicine", "anaphylaxis", "emergency", "news2", casemodel.Input{Patient: &casemodel.Patient{Age: ip(24)}, Symptoms: "throat tightness, hives, lip swelling after eating peanuts", Vitals: &casemodel.Vitals{HeartRate: fp(132), SystolicBP: fp(82), SpO2: fp(89), RespiratoryRate: fp(28), Consciousness: "alert"}}},
		{"general_medicine", "preventive_visit", "routine", "", casemodel.Input{Patient: &casemodel.Patient{Age: ip(44)}, Symptoms: "annual check-up, no complaints"}},
	}
	for _, c := range cases {
		t.Run(c.agent+"/"+c.code, func(t *testing.T) {
			o := run(c.agent, c.in)
			if o.Code != c.code {
				t.Errorf("hypothesis %s (%s), want %s", o.Code, o.Hypothesis.EN, c.code)
			}
			if o.Urgency != c.urgency {
				t.Errorf("proposed urgency %q, want %q", o.Urgency, c.urgency)
			}
			if c.score != "" {
				if _, ok := o.Scores[c.score]; !ok {
					t.Errorf("score %s missing: %v", c.score, o.Scores)
				}
			}
			if o.Confidence <= 0 || o.Confidence > 1 {
				t.Errorf("confidence %v", o.Confidence)
			}
			if o.Hypothesis.EN == "" || o.Hypothesis.PT == "" {
				t.Error("hypothesis must be bilingual")
			}
			for _, e := range o.Evidence {
				if !strings.HasPrefix(e, "kb:") {
					t.Errorf("evidence id %q", e)
				}
			}
			if c.code != "no_imaging" && len(o.Evidence) == 0 {
				t.Error("no evidence ids")
			}
			for _, r := range o.Recommendations {
				if r.Text.EN == "" || r.Text.PT == "" {
					t.Errorf("recommendation not bilingual: %+v", r)
				}
				for _, d := range r.Drugs {
					if _, ok := clinical.DrugByName(d); !ok {
						t.Errorf("recommended drug %q not in drugs.tsv", d)
					}
				}
			}
		})
	}
}

func TestConfidenceFallsWithMissingData(t *testing.T) {
	full := run("cardiology", casemodel.Input{Patient: &casemodel.Patient{Age: ip(50)}, Symptoms: "chest pain", ClinicalNotes: "ECG normal.", Labs: []casemodel.Lab{{Name: "troponin I", Value: 0.01, Unit: "ng/mL"}}})
	bare := run("cardiology", casemodel.Input{Symptoms: "chest pain"})
	if bare.Confidence >= full.Confidence {
		t.Errorf("bare %v >= full %v", bare.Confidence, full.Confidence)
	}
	if full.Code != "low_risk_chest_pain" || !contains(full.Resolves, "chest_pain") {
		t.Errorf("HEART ≤3 with normal ECG and troponin: %s %v", full.Code, full.Resolves)
	}
}

// A planned review where the cough is told as resolved is routine, and a
// gout flare in a well patient is gout, not a septic joint.
func TestRound159Opinions(t *testing.T) {
	o := run("general_medicine", casemodel.Input{Patient: &casemodel.Patient{Age: ip(30)}, Symptoms: "TB treatment follow-up, feeling well", ClinicalNotes: "Cough resolved, gained weight. Sputum smear negative."})
	if o.Urgency != "routine" {
		t.Errorf("resolved cough at a planned review: %s (%s)", o.Urgency, o.Code)
	}
	o = run("orthopedics", casemodel.Input{Patient: &casemodel.Patient{Age: ip(62), Sex: "male"}, Symptoms: "big toe red, hot and swollen since last night", ClinicalNotes: "Gout before. No fever.", Vitals: &casemodel.Vitals{TemperatureC: fp(36.8), HeartRate: fp(76), SystolicBP: fp(130)}})
	if o.Code != "gout_flare" || o.Urgency != "non_urgent" {
		t.Errorf("gout flare: %s %s", o.Code, o.Urgency)
	}
}

// TestRound297Opinions: cellulitis settling on a course already given,
// seen to switch to tablets, is a routine review; new cellulitis is not.
func TestRound297Opinions(t *testing.T) {
	v := &casemodel.Vitals{TemperatureC: fp(36.7), HeartRate: fp(74), SystolicBP: fp(130)}
	o := run("infectious_disease", casemodel.Input{Patient: &casemodel.Patient{Age: ip(60)}, Symptoms: "review to switch from IV to oral antibiotics; leg much better", ClinicalNotes: "Day 4 of IV cefazolin for cellulitis of the shin; redness well inside the marked border, afebrile.", Medications: []string{"cefazolin 2 g IV three times daily"}, Vitals: v})
	if o.Urgency != "routine" {
		t.Errorf("settling cellulitis at the switch to tablets: %s (%s)", o.Urgency, o.Code)
	}
	o = run("infectious_disease", casemodel.Input{Patient: &casemodel.Patient{Age: ip(60)}, Symptoms: "red, hot, spreading skin on the shin", ClinicalNotes: "Cellulitis of the shin since yesterday. No fever.", SymptomDuration: "1 day", Vitals: v})
	if o.Urgency != "non_urgent" {
		t.Errorf("new cellulitis without systemic features: %s (%s)", o.Urgency, o.Code)
	}
}

// Session 23: a low-severity pneumonia improving on its course at a
// planned contact is routine for the chest physician; a new one is not.
func TestRound321Opinions(t *testing.T) {
	v := &casemodel.Vitals{TemperatureC: fp(36.7), HeartRate: fp(74), SystolicBP: fp(126), RespiratoryRate: fp(16), SpO2: fp(97)}
	o := run("pulmonology", casemodel.Input{Patient: &casemodel.Patient{Age: ip(64)}, Symptoms: "asking whether the oximeter is faulty, feels fine", ClinicalNotes: "Pneumonia virtual ward day 5, improving. No breathlessness.", Medications: []string{"amoxicillin 500 mg three times daily"}, Vitals: v})
	if o.Urgency != "routine" {
		t.Errorf("pneumonia improving on treatment: %s (%s)", o.Urgency, o.Code)
	}
	o = run("pulmonology", casemodel.Input{Patient: &casemodel.Patient{Age: ip(64)}, Symptoms: "cough with green sputum and fever", ClinicalNotes: "Crackles at the right base. Pneumonia suspected.", SymptomDuration: "3 days", Vitals: v})
	if o.Urgency != "non_urgent" {
		t.Errorf("new low-severity pneumonia: %s (%s)", o.Urgency, o.Code)
	}
}

// Session 23, second round: a child seen for follow-up after a febrile
// seizure, afebrile and well since, is routine for the paediatrician.
func TestRound324Opinions(t *testing.T) {
	o := run("pediatrics", casemodel.Input{Patient: &casemodel.Patient{Age: ip(2)}, Symptoms: "follow-up after a fever fit 6 weeks ago, no further episodes", ClinicalNotes: "Simple febrile seizure with a temperature of 39 during a cold. Completely well since.", Vitals: &casemodel.Vitals{TemperatureC: fp(36.6), HeartRate: fp(110), RespiratoryRate: fp(24), SpO2: fp(99)}})
	if o.Urgency != "routine" {
		t.Errorf("follow-up after a febrile seizure: %s (%s)", o.Urgency, o.Code)
	}
}

// Session 23, third round: a chest infection told as fully resolved is no
// pneumonia for the chest physician; controlled epilepsy at an annual
// review is no breakthrough seizure for the neurologist.
func TestRound327Opinions(t *testing.T) {
	v := &casemodel.Vitals{TemperatureC: fp(36.5), HeartRate: fp(72), SystolicBP: fp(130), RespiratoryRate: fp(16), SpO2: fp(96)}
	o := run("pulmonology", casemodel.Input{Patient: &casemodel.Patient{Age: ip(88)}, Symptoms: "annual review, no complaints", ClinicalNotes: "Chest infection in March fully resolved. Stable.", Vitals: v})
	if o.Urgency == "non_urgent" || o.Urgency == "urgent" {
		t.Errorf("a resolved chest infection graded as pneumonia: %s (%s)", o.Urgency, o.Code)
	}
	o = run("neurology", casemodel.Input{Patient: &casemodel.Patient{Age: ip(40)}, Symptoms: "annual epilepsy review", ClinicalNotes: "Focal epilepsy, last seizure 10 months ago.", Medications: []string{"lamotrigine 100 mg twice daily"}, Vitals: v})
	if o.Urgency == "urgent" {
		t.Errorf("controlled epilepsy graded as a breakthrough seizure: %s (%s)", o.Urgency, o.Code)
	}
}
