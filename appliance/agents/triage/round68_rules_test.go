package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound68Rules pins the heldout66–68 fixes (session 8): emergencies
// told by a patient or a carer in everyday words, readings from a home
// machine, and a stated baseline creatinine.
func TestRound68Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	well := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	cases := []ruleCase{
		// NICE CG95: an anginal equivalent without chest pain
		{"en indigestion, jaw ache and sweating", in("en", "female", 66, "heartburn that antacids aren't touching, my jaw aches and I feel sick", "Daughter says she is clammy and has gone a grey colour. Type 2 diabetes.", nil), "emergency", "acs_atypical"},
		{"en ache between the shoulder blades with sweating", in("en", "male", 58, "ache between my shoulder blades and in my jaw, sweating buckets", "Thought it was a pulled muscle.", nil), "emergency", "acs_atypical"},
		// a home machine's reading told in words
		{"en machine says 84 over 50", in("en", "male", 77, "dizzy and washed out since this morning", "His blood pressure machine says 84 over 50, normally 130s.", nil), "emergency|urgent", "hypotension"},
		{"pt aparelho deu 8 por 5", in("pt-BR", "female", 81, "tonta e fraca desde cedo", "O aparelho de pressão de casa deu 8 por 5.", nil), "emergency|urgent", "hypotension"},
		// DKA in lay words (NICE NG18)
		{"en nail varnish breath and dozy", in("en", "male", 14, "weeing all the time and thirsty for a fortnight, now being sick and breathing deep and heavy", "His breath smells like nail polish remover and he keeps drifting off mid-sentence. Sugar on the school meter 540.", nil), "emergency", ""},
		// cauda equina (NICE NG59)
		{"en numb between the legs", in("en", "female", 39, "back pain down both legs and numb between my legs", "Can't really feel the toilet paper when I wipe and I struggle to get my wee started.", nil), "emergency", "cauda_equina"},
		// torsion (EAU): an adolescent's "privates"
		{"en privates hurt, one side higher", in("en", "male", 12, "tummy ache and been sick; his privates hurt on the right", "He says that side looks higher up than the other.", nil), "emergency", "testicular_torsion"},
		// anaphylaxis (RC UK 2021): lips, blotches and a croaky voice after the allergen
		{"en puffy lips and croaky voice after peanut", in("en", "female", 9, "her lips have gone puffy and she has blotches on her chest", "Ate a biscuit with peanut in it; allergic to peanuts. Her voice sounds croaky.", nil), "emergency", "anaphylaxis"},
		// croup told as a seal's bark is no airway emergency when settled
		{"en barking like a seal, settled", in("en", "male", 3, "woke barking like a seal with a hoarse voice", "Settled in the cool air, no noisy breathing at rest, drinking well.", nil), "non_urgent|urgent", ""},
		// returning traveller with fever who took no prophylaxis (UKHSA)
		{"en no malaria tablets", in("en", "female", 41, "shivery and feverish with a headache", "Back from visiting family; didn't take any malaria tablets this time. Temp 38.7.", nil), "urgent", "fever_travel"},
		// NICE CG89: bruising in a baby who is not yet mobile
		{"en bruised 3-month-old", in("en", "male", 0, "a small bruise on his ear", "Mum says he is 3 months old and can't roll yet. Feeding well.", nil), "urgent", "bruising_non_mobile_infant"},
		// KDIGO against a baseline stated after the name (NICE NG148)
		{"pt creatinina dobrou", casemodel.Input{Patient: &casemodel.Patient{Age: i(61), Sex: "male"}, Language: "pt-BR", Symptoms: "urinando pouco e cansado", ClinicalNotes: "Creatinina basal 1,1.", Vitals: well,
			Labs: []casemodel.Lab{{Name: "creatinina", Value: 2.5, Unit: "mg/dL"}}}, "urgent", "aki"},
		// what a parent read about online is a worry, not a finding
		{"pt viu na internet sobre meningite", in("pt-BR", "female", 3, "febre de 38,8 desde ontem, brincando", "A mãe leu na internet sobre meningite e ficou com medo. Manchas somem ao apertar.", nil), "non_urgent|urgent", ""},
		{"en swollen tongue years ago is history", in("en", "female", 44, "toothache with a small gum boil", "Allergic to penicillin: it gave her hives and a swollen tongue years ago.", well), "non_urgent|routine", ""},
	}
	checkRules(t, cases)
}

// TestRoutingRound68: the organ team of a cancer, Parkinson's disease and
// adrenal insufficiency reviews, carpal tunnel syndrome, a blood-pressure
// check, gestational diabetes, cauda equina and pain under the right ribs.
func TestRoutingRound68(t *testing.T) {
	for _, c := range []struct {
		in   casemodel.Input
		want string
	}{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(70), Sex: "male"}, Language: "en", Symptoms: "review between cycles of chemotherapy for rectal cancer, feels well"}, "gastroenterology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(66), Sex: "female"}, Language: "en", Symptoms: "follow-up for non-small cell lung cancer, no new symptoms"}, "pulmonology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(74), Sex: "male"}, Language: "pt-BR", Symptoms: "revisão da doença de Parkinson, sem quedas"}, "neurology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(35), Sex: "female"}, Language: "en", Symptoms: "Addison's disease review, wants sick-day rules again"}, "endocrinology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(50), Sex: "female"}, Language: "en", Symptoms: "tingling fingers at night, shaking my hand helps"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(60), Sex: "male"}, Language: "en", Symptoms: "blood pressure check", Vitals: &casemodel.Vitals{SystolicBP: fp(172), DiastolicBP: fp(98)}}, "cardiology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(29), Sex: "female"}, Language: "en", Symptoms: "shaky and sweaty before lunch", ClinicalNotes: "31 weeks, gestational diabetes on insulin."}, "obstetrics_gynecology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(50), Sex: "male"}, Language: "en", Symptoms: "back pain with saddle anaesthesia and urinary retention"}, "neurology"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "female"}, Language: "en", Symptoms: "pain under the right ribs after a fatty meal, settling"}, "gastroenterology"},
	} {
		r := assess(c.in)
		if !casemodel.Contains(r.Specialties, c.want) {
			t.Errorf("%q not routed to %s: %v", c.in.Symptoms, c.want, r.Specialties)
		}
	}
	// a yearly test after a past gestational diabetes is no pregnancy
	r := assess(casemodel.Input{Patient: &casemodel.Patient{Age: i(36), Sex: "female"}, Language: "en", Symptoms: "yearly sugar test after gestational diabetes"})
	if casemodel.Contains(r.Specialties, "obstetrics_gynecology") {
		t.Errorf("a past gestational diabetes routed to obstetrics: %v", r.Specialties)
	}
}
