package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound74Rules pins the heldout71–74 fixes (session 8): telephone
// transcripts and patients' messages, with emergencies in them and
// figures of speech that are not findings.
func TestRound74Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	cases := []ruleCase{
		// NICE NG143: nasal flaring is an amber sign, not a red one
		{"en child pneumonia with nasal flaring", in("en", "female", 3, "cough and fever, breathing fast", "Nasal flaring, no grunting, alert and interacting, CRT <2s.",
			&casemodel.Vitals{HeartRate: fp(136), RespiratoryRate: fp(40), SpO2: fp(95), TemperatureC: fp(38.9), Consciousness: "alert"}), "urgent", "nice_amber"},
		// "odd" is no overdose; first-episode psychosis without risk is same day (NICE CG178)
		{"en odd behaviour and voices", in("en", "male", 21, "hasn't slept for 3 nights, hearing voices", "Mum says he has been odd for weeks; no thoughts of harming anyone.", nil), "urgent", "psychosis"},
		// a cortisone shot is no gunshot
		{"en cortisone shot in the knee", in("en", "male", 60, "knee sore since a cortisone shot in it last month", "Walking fine, no fever.", nil), "non_urgent|urgent", ""},
		// EAU: a testicle sitting higher
		{"en testicle sitting higher", in("en", "male", 13, "tummy ache and sick once", "Says his left testicle is really sore and it's swollen and sitting higher than the other one.", nil), "emergency", "testicular_torsion"},
		// RCOG GTG 69: nothing kept down in pregnancy with ketones
		{"en can't keep water down at 9 weeks", in("en", "female", 26, "can't keep anything down, even water, dizzy when I stand", "9 weeks pregnant. Ketone stick went dark purple.", &casemodel.Vitals{HeartRate: fp(104)}), "urgent", "hyperemesis"},
		// NICE NG133 postnatal: a severe-range pressure with headache after the birth
		{"en had my baby 5 days ago, BP 166/110", in("en", "female", 31, "headache that won't shift and sparkly spots", "Had my baby 5 days ago. Mum's cuff said 166/110.", &casemodel.Vitals{SystolicBP: fp(166), DiastolicBP: fp(110)}), "emergency", "postpartum_preeclampsia"},
		// NICE NG133: a mild headache with 146/94 is no severe feature
		{"en mild headache and 146/94 at 31 weeks", in("en", "female", 28, "home bp a bit high, mild headache", "31 weeks pregnant. 146/94 then 144/92, no visual symptoms, baby moving.", &casemodel.Vitals{SystolicBP: fp(146), DiastolicBP: fp(94)}), "urgent", "hypertension_pregnancy"},
		// anaphylaxis told in a message
		{"en lips puffy, throat kinda tight", in("en", "female", 24, "lips puffy and throat kinda tight after a satay sauce", "Allergic to peanuts, has an EpiPen, took Benadryl.", nil), "emergency", "anaphylaxis"},
		// NICE CG151: fever after "chemo"
		{"en fever 8 days after chemo", in("en", "female", 49, "shivery, temperature 38.4", "2nd round of chemo 8 days ago.", &casemodel.Vitals{TemperatureC: fp(38.4)}), "emergency", "neutropenic_sepsis"},
		// C-SSRS: a stockpile and a farewell
		{"en pills saved up and a thank-you", in("en", "male", 45, "won't need the refill", "Thanks for everything over the years. I've got the sleeping pills saved up and sorted the paperwork for the kids.", nil), "emergency", "suicide_high_risk"},
		// "I burn easily" is a skin type
		{"en mole and burns easily", in("en", "female", 40, "mole on my back got darker and bigger", "I burn easily and used sunbeds.", nil), "non_urgent|routine", ""},
	}
	checkRules(t, cases)
}

// TestRoutingRound74: polymyalgia with orthopaedics, a statin talk with
// cardiology, memory decline with psychiatry too.
func TestRoutingRound74(t *testing.T) {
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(70), Sex: "female"}, Language: "en", Symptoms: "stiffness of both shoulders and hips every morning for 6 weeks"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(56), Sex: "male"}, Language: "en", Symptoms: "health check, feels well", ClinicalNotes: "QRISK3 14%, wants to discuss a statin."}, "cardiology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(80), Sex: "female"}, Language: "en", Symptoms: "family notice forgetfulness over a year", ClinicalNotes: "MoCA 21/30, no fluctuation."}, "psychiatry"},
	} {
		r := assess(c.in)
		if !casemodel.Contains(r.Specialties, c.want) {
			t.Errorf("%q not routed to %s: %v", c.in.Symptoms, c.want, r.Specialties)
		}
	}
}

// TestRound73Rules pins the heldout73 fixes: a throat swelling in an
// allergy record is the past reaction; a known hypercapnic patient at her
// target saturation; diabetes known from the medicines; refeeding risk
// in a hunger strike (NICE CG32).
func TestRound73Rules(t *testing.T) {
	in := func(sym, notes string, age int, v *casemodel.Vitals, meds []string, labs []casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds, Labs: labs}
	}
	cases := []ruleCase{
		{"en allergy record with throat swelling", in("red sore lump on the forearm", "Abscess 4 cm. Chart: penicillin allergy (hives, throat swelling).", 35,
			&casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(124), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(37.6), Consciousness: "alert"}, nil, nil), "urgent|non_urgent", ""},
		{"en COPD at target saturation", in("more breathless, green phlegm", "Prior hypercapnic failure; target SpO2 88-92%. Full sentences.", 70,
			&casemodel.Vitals{HeartRate: fp(98), SystolicBP: fp(134), RespiratoryRate: fp(22), SpO2: fp(89), TemperatureC: fp(37.6), Consciousness: "alert"}, nil, nil), "urgent", ""},
		{"en foot ulcer on metformin, probes to bone", in("smelly sore under the foot", "Plantar ulcer probes to bone, pus.", 58, nil, []string{"metformin 1 g twice daily"}, nil), "urgent", "diabetic_foot_infection"},
		{"en hunger strike with low potassium", in("on hunger strike for 3 weeks, dizzy", "Accepts monitoring only.", 40, nil, nil,
			[]casemodel.Lab{{Name: "potassium", Value: 3.1, Unit: "mmol/L"}}), "urgent", "refeeding_risk"},
	}
	checkRules(t, cases)
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(2), Sex: "female"}, Language: "en", Symptoms: "won't use her arm after her dad swung her by the hands"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(44), Sex: "male"}, Language: "pt-BR", Symptoms: "mancha clara no braço, anestésica", ClinicalNotes: "Contato com hanseníase."}, "infectious_disease"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "male"}, Language: "en", Symptoms: "HIV review, viral load undetectable, no complaints"}, "infectious_disease"},
	} {
		if r := assess(c.in); !casemodel.Contains(r.Specialties, c.want) {
			t.Errorf("%q not routed to %s: %v", c.in.Symptoms, c.want, r.Specialties)
		}
	}
}

// TestRound76Rules pins the heldout75–76 fixes: a front desk's
// second-hand notes and a chemotherapy regimen named by its drugs.
func TestRound76Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals, meds []string, labs []casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds, Labs: labs}
	}
	cases := []ruleCase{
		{"en took 'a bunch of Tylenol'", in("en", "female", 18, "friend says she took 'a bunch of Tylenol' last night", "Thinks about 2 sleeves of Tylenol. Feels queasy.", nil, nil, nil), "emergency", "overdose"},
		{"en left 'privates' that hurt", in("en", "male", 14, "stomach ache, threw up once", "Later told mum it's his left 'privates' that hurt.", nil, nil, nil), "emergency", "testicular_torsion"},
		{"en creatinine with last year's value", in("en", "male", 71, "lab called, kidney test way off", "Creatinine 3.2 (last year was 1.0 he says). Taking Aleve.", nil, nil,
			[]casemodel.Lab{{Name: "creatinine", Value: 3.2, Unit: "mg/dL"}}), "urgent", "aki"},
		{"en nosebleed on and off on Xarelto", in("en", "male", 60, "nosebleed on and off since this morning, bled through a towel", "Not bleeding now.", nil, []string{"Xarelto 20 mg daily"}, nil), "urgent", "epistaxis_anticoagulated"},
		{"en fever at the nadir of docetaxel", in("en", "female", 55, "fever and shivers, otherwise ok", "Third cycle of docetaxel 9 days ago.", &casemodel.Vitals{TemperatureC: fp(38.5), HeartRate: fp(100)}, nil, nil), "emergency", "neutropenic_sepsis"},
	}
	checkRules(t, cases)
}

// TestRound78Rules (heldout77–78): "pAF" is paroxysmal AF, not a gunshot
// (PAF in Portuguese); painful periods go to gynaecology.
func TestRound78Rules(t *testing.T) {
	cases := []ruleCase{
		{"en pAF on dabigatran", casemodel.Input{Patient: &casemodel.Patient{Age: i(72), Sex: "male"}, Language: "en", ClinicalNotes: "72M pAF on dabigatran. Asymptomatic, HR 60 SR, BP 130/78.",
			Medications: []string{"dabigatran 150 mg bd"}}, "non_urgent|routine", ""},
		{"pt PAF no tórax", casemodel.Input{Patient: &casemodel.Patient{Age: i(25), Sex: "male"}, Language: "pt-BR", Symptoms: "PAF em hemitórax esquerdo", ClinicalNotes: "Trazido pelo SAMU."}, "emergency", "major_trauma"},
	}
	checkRules(t, cases)
	if r := assess(casemodel.Input{Patient: &casemodel.Patient{Age: i(18), Sex: "female"}, Language: "en", Symptoms: "very painful periods, missing school"}); !casemodel.Contains(r.Specialties, "obstetrics_gynecology") {
		t.Errorf("painful periods not routed to gynaecology: %v", r.Specialties)
	}
}

// TestQuestionIsNoDenial: a worried question makes a diagnosis
// hypothetical ("is it measles?") but never a symptom the patient has
// ("is this chest pain serious?"), and only reading online makes a worry
// ("I saw that his lips were blue" is a finding).
func TestQuestionIsNoDenial(t *testing.T) {
	cases := []ruleCase{
		{"en is this chest pain serious", casemodel.Input{Patient: &casemodel.Patient{Age: i(58), Sex: "male"}, Language: "en",
			Symptoms: "is this chest pain something to worry about? it goes to my left arm and I'm sweating"}, "emergency", "acs_features"},
		{"en saw that he stopped breathing", casemodel.Input{Patient: &casemodel.Patient{Age: i(2), Sex: "male"}, Language: "en",
			Symptoms: "I saw that he is not breathing properly and his lips are blue"}, "emergency", ""},
	}
	checkRules(t, cases)
}

// TestAllergyRecordNotReactionNow: a swelling named in an allergy record
// is history, but during a reaction now it is the emergency.
func TestAllergyRecordNotReactionNow(t *testing.T) {
	cases := []ruleCase{
		{"en having an allergic reaction now", casemodel.Input{Patient: &casemodel.Patient{Age: i(30), Sex: "female"}, Language: "en",
			Symptoms: "having an allergic reaction: lips swollen and throat closing"}, "emergency", "anaphylaxis"},
		{"en allergy record in the chart", casemodel.Input{Patient: &casemodel.Patient{Age: i(35), Sex: "male"}, Language: "en",
			Symptoms: "red sore lump on the forearm", ClinicalNotes: "Chart: penicillin allergy (hives, throat swelling).",
			Vitals: &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(126), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(37.2), Consciousness: "alert"}}, "non_urgent|urgent", ""},
	}
	checkRules(t, cases)
}
