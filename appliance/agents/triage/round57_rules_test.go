package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound57Rules pins the heldout56–57 fixes: an overdose told in the
// first person with one "comprimido"; fever after a trip told as
// "returned … from visiting family in"; fever or a sore throat on an
// antithyroid drug is possible agranulocytosis; a major interaction with
// a new antibiotic course is reviewed within days; "burning upper
// abdominal pain" is no fever; raised BP with "no symptoms" is routine;
// pain and spotting in early pregnancy on the phone, with dizziness and
// fainting denied, is urgent (an emergency when they are not asked).
func TestRound57Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	febrile := &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(122), DiastolicBP: fp(74), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.9), Consciousness: "alert"}
	raised := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(152), DiastolicBP: fp(94), TemperatureC: fp(36.6), Consciousness: "alert"}
	cases := []ruleCase{
		{"pt first-person overdose", in("pt-BR", "female", 19, "tomei um monte de comprimido de dipirona depois de uma briga, estou enjoada", "3 horas", "Diz que queria dormir e não acordar.", v), "emergency", ""},
		{"pt tablets swallowed at once", in("pt-BR", "male", 24, "dor de estômago e enjoo", "2 horas", "A irmã achou a cartela vazia: 30 comprimidos de paracetamol 500 mg ingeridos de uma vez.", v), "emergency", ""},
		{"en fever after visiting family abroad", in("en", "female", 41, "fever and shivers, aching all over", "2 days", "Returned a week ago from a month visiting relatives in Ghana; no prophylaxis.", febrile), "urgent", "fever_travel"},
		{"en methimazole sore throat", in("en", "female", 33, "sore throat and fever since last night", "1 day", "Graves' disease, started on methimazole 6 weeks ago.", febrile, "methimazole 15 mg daily"), "urgent", "agranulocytosis_risk"},
		{"pt clozapina garganta", in("pt-BR", "male", 30, "dor de garganta", "2 dias", "Esquizofrenia em uso de clozapina.", v, "clozapina 300 mg/dia"), "urgent", "agranulocytosis_risk"},
		{"en new antibiotic with colchicine", in("en", "male", 66, "burning upper abdominal discomfort after meals", "6 weeks", "H. pylori positive; prescribed clarithromycin, amoxicillin and omeprazole. Takes colchicine for gout.", v,
			"clarithromycin 500 mg twice daily", "amoxicillin 1 g twice daily", "omeprazole 20 mg twice daily", "colchicine 500 mcg daily"), "non_urgent", "major_interaction"},
		{"en raised BP no symptoms", in("en", "female", 52, "blood pressure high at a work health check, no symptoms", "", "Repeat 150/92. No headache or chest pain.", raised), "routine", ""},
		{"en early pregnancy phone call, dizziness denied", in("en", "female", 29, "", "", "Phone call. Positive pregnancy test, LMP 6 weeks ago. Brown spotting and a crampy ache low on the left since this morning. No dizziness or fainting.", nil), "urgent", ""},
		{"en early pregnancy phone call, nothing asked", in("en", "female", 29, "", "", "Phone call. Positive pregnancy test, LMP 6 weeks ago. Brown spotting and a crampy ache low on the left since this morning.", nil), "emergency", "ectopic"},
	}
	checkRules(t, cases)
	for _, f := range assess(cases[5].in).Flags {
		if f.Code == "sepsis_moderate" || f.Code == "sepsis_high_risk" {
			t.Errorf("'burning upper abdominal' read as fever: %s", f.Code)
		}
	}
}

// TestRoutingRound57: ADHD reviews to psychiatry; a smoker who wants to
// stop to pulmonology; scaphoid tenderness to radiology; Achilles, sore
// shoulder and neck pain to orthopaedics; forgetting names to neurology;
// one-sided hyper-resonance (pneumothorax) to radiology; H. pylori and
// autoimmune hepatitis to gastroenterology; early-pregnancy pain to
// radiology.
func TestRoutingRound57(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes,
			Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}}
	}
	for _, s := range []struct {
		in   casemodel.Input
		spec string
	}{
		{in("en", 35, "female", "ADHD medication review, all going well", "Works full time, sleeping fine."), "psychiatry"},
		{in("pt-BR", 58, "male", "quero parar de fumar", "Fuma 30 cigarros por dia."), "pulmonology"},
		{in("en", 24, "male", "fell on his outstretched hand playing football, pain at the wrist", "Tender in the anatomical snuffbox."), "radiology"},
		{in("en", 61, "female", "pain at the back of the heel when walking", "Tender thickening of the right Achilles tendon, can tiptoe."), "orthopedics"},
		{in("en", 45, "male", "sore left shoulder after gardening", "Painful arc, full strength."), "orthopedics"},
		{in("pt-BR", 36, "female", "dor no pescoço depois de dormir de mau jeito", "Sem trauma, sem febre."), "orthopedics"},
		{in("en", 73, "male", "keeps forgetting people's names, worried about dementia", "Manages his own finances."), "neurology"},
		{in("en", 22, "male", "sudden sharp chest pain on the left, short of breath", "Hyper-resonant percussion over the left apex, trachea central."), "radiology"},
		{in("en", 50, "female", "indigestion", "H. pylori breath test positive."), "gastroenterology"},
		{in("en", 60, "female", "repeat prescription", "Autoimmune hepatitis in remission on azathioprine."), "gastroenterology"},
		{in("en", 30, "female", "spotting and a crampy ache low on the right", "Positive pregnancy test last week, no scan yet. No dizziness or fainting."), "radiology"},
	} {
		r := assess(s.in)
		if !casemodel.Contains(r.Specialties, s.spec) {
			t.Errorf("%q not routed to %s: %v (flags %v)", s.in.Symptoms, s.spec, r.Specialties, r.Flags)
		}
	}
}
