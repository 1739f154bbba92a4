package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound16Rules pins the heldout16 fixes: tearing chest pain with a
// blood-pressure difference between the arms is aortic dissection;
// compensated severe anaemia is urgent, not an emergency; colchicine with
// clarithromycin and diarrhoea is toxicity; moderate alcohol withdrawal is
// urgent; febrile abdominal pain with guarding is urgent; bronchiolitis
// with tachypnoea but no NICE NG9 emergency feature is urgent; a small
// superficial scald is not; an allergy history's swelling is no angioedema.
func TestRound16Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	febrile := normal()
	febrile.TemperatureC = fp(38.3)
	in := func(age int, sym, notes string, v *casemodel.Vitals, labs []casemodel.Lab, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs, Medications: meds}
	}
	infant := &casemodel.Vitals{HeartRate: fp(164), RespiratoryRate: fp(62), SpO2: fp(93), TemperatureC: fp(37.9), Consciousness: "alert"}
	cases := []ruleCase{
		{"aortic dissection by arm BP", in(62, "sudden tearing pain in the middle of my chest going through to my back", "BP right arm 188/104, left arm 146/88.", normal(), nil), "emergency", "aortic_dissection"},
		{"compensated Hb 5.8", in(40, "exhausted, short of breath on the stairs, heavy periods", "No bleeding now.", normal(), []casemodel.Lab{{Name: "hemoglobin", Value: 5.8, Unit: "g/dL"}}), "urgent", "anaemia_severe_compensated"},
		{"colchicine toxicity", in(70, "bad diarrhea, vomiting, aching weak muscles", "Gout on colchicine; clarithromycin started 5 days ago.", normal(), nil, "colchicine 500 mcg twice daily", "clarithromycin 500 mg twice daily"), "urgent", "colchicine_toxicity"},
		{"alcohol withdrawal CIWA 16", in(50, "shaky, sweating, want to stop drinking", "Last drink 30 hours ago. CIWA-Ar 16. Fully oriented.", normal(), nil), "urgent", "alcohol_withdrawal"},
		{"febrile LIF pain with guarding", in(60, "pain in the lower left side of my belly, fever", "Left iliac fossa tenderness with guarding.", febrile, nil), "urgent", "abdominal_pain_fever"},
		{"bronchiolitis NG9 urgent", in(0, "runny nose and cough, breathing fast, not feeding well", "4-month-old. Mild subcostal recession, crackles and wheeze. No apnoeas, no grunting.", infant, nil), "urgent", "bronchiolitis_ng9"},
		{"small scald", in(30, "burned my forearm with boiling water", "Superficial partial-thickness burn, < 1% TBSA, hands and face spared.", normal(), nil), "non_urgent", "minor_burn"},
		{"allergy history swelling", in(5, "crusty sores around her nose", "Impetigo. Parents report hives and facial swelling with amoxicillin at age 3.", normal(), nil), "non_urgent|routine", ""},
	}
	checkRules(t, cases)
}

// TestSuddenSeverePain: sudden pain of 8/10 or worse is at least urgent,
// whatever the site; gradual severe pain (recurrent gout) is not.
func TestSuddenSeverePain(t *testing.T) {
	normal := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	sudden := casemodel.Input{Patient: &casemodel.Patient{Age: i(55), Sex: "male"}, Language: "en", Symptoms: "sudden severe pain in my side, worst ever", SeverityRating: i(9), Vitals: normal}
	gradual := casemodel.Input{Patient: &casemodel.Patient{Age: i(55), Sex: "male"}, Language: "en", Symptoms: "my usual gout in the big toe", SeverityRating: i(8), Vitals: normal}
	checkRules(t, []ruleCase{
		{"sudden 9/10", sudden, "urgent|emergency", "sudden_severe_pain"},
		{"gradual gout 8/10", gradual, "non_urgent|routine", ""},
	})
}

// TestRound17Rules: palatal petechiae are no skin rash; a test sent for an
// STI is no positive result; an allergy named in the notes is not a drug
// the patient takes.
func TestRound17Rules(t *testing.T) {
	v := &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(118), DiastolicBP: fp(70), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(38.1), Consciousness: "alert"}
	mono := casemodel.Input{Patient: &casemodel.Patient{Age: i(19), Sex: "male"}, Language: "en", Symptoms: "very sore throat, swollen glands, fever", ClinicalNotes: "Exudative tonsillitis, palatal petechiae. Monospot positive.", Vitals: v}
	sti := casemodel.Input{Patient: &casemodel.Patient{Age: i(24), Sex: "male"}, Language: "en", Symptoms: "burning when I pee, clear discharge", ClinicalNotes: "NAAT for chlamydia and gonorrhoea sent.", Vitals: v}
	checkRules(t, []ruleCase{
		{"palatal petechiae", mono, "non_urgent|urgent", ""},
		{"STI test sent", sti, "non_urgent|urgent", ""},
	})
	for _, rc := range []ruleCase{{"palatal petechiae", mono, "", ""}} {
		r := assess(rc.in)
		for _, f := range r.Flags {
			if f.Code == "meningococcal" || f.Code == "sepsis_high_risk" {
				t.Errorf("%s: flag %s", rc.name, f.Code)
			}
		}
	}
	r := assess(sti)
	for _, f := range r.Flags {
		if f.Code == "sti_positive" {
			t.Errorf("a test sent is no positive result")
		}
	}
}
