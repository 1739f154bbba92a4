package triage

import (
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound81Rules pins the heldout81–83 fixes (session 9): forms typed
// by patients and families at a kiosk, where the emergency is told in
// everyday words and apostrophes are often left out.
func TestRound81Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals, meds []string, labs []casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds, Labs: labs}
	}
	cases := []ruleCase{
		// two words before the drug, and a passive death wish without apostrophes
		{"en 30 of his extra strength tylenol", in("en", "male", 19, "he took about 30 of his extra strength tylenol an hour ago", "says hes fine, wants to sleep", nil, nil, nil), "emergency", ""},
		{"en doesnt want to be here anymore", in("en", "female", 34, "very low, not eating", "she told me she doesnt want to be here anymore", nil, nil, nil), "emergency|urgent", ""},
		// NICE CG178: delusions told by a parent, no risk to others
		{"en mission from God, messages through the tv", in("en", "male", 24, "my son thinks he has a special mission from god and the radio is sending him messages", "not violent", nil, nil, nil), "urgent", "psychosis"},
		{"en hasnt slept in about 4 days, talking really fast", in("en", "female", 30, "hasnt slept in about 4 days, talking really fast, spent all her savings", "", nil, nil, nil), "urgent", "mania"},
		// Hunter criteria: legs jerking by themselves on an SSRI with tramadol
		{"en legs jumping by themselves on sertraline and tramadol", in("en", "male", 45, "sweaty, shaky, my legs keep jerking by themselves", "started tramadol 3 days ago",
			&casemodel.Vitals{HeartRate: fp(104), TemperatureC: fp(37.7)}, []string{"sertraline 100 mg", "tramadol 50 mg qds"}, nil), "urgent", "serotonin_toxicity"},
		// NICE CKS: blisters on the forehead running to the nose with a red, light-sensitive eye
		{"en blistery rash forehead and red eye", in("en", "male", 75, "painful blistery rash over the left side of my forehead up into the scalp, and my left eye is red and sore in bright light", "", nil, nil, nil), "urgent", "zoster_complicated"},
		// NICE NG128: it all went away
		{"en arm numb for 15 minutes, all went away", in("en", "male", 70, "my left arm went numb and weak for 15 minutes this morning and it all went away", "feel fine now",
			&casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(150), DiastolicBP: fp(88), SpO2: fp(97)}, nil, nil), "urgent", "tia_resolved"},
		// ADA level 3: slurring with a glucose of 38
		{"en hypo 38 and slurring", in("en", "female", 31, "slurring and acting like shes drunk", "type 1 diabetic, meter says 38",
			&casemodel.Vitals{HeartRate: fp(110), GlucoseMgDl: fp(38)}, []string{"insulin glargine"}, nil), "emergency", "hypoglycaemia_neuro"},
		// NICE NG18: new diabetes in a child with vomiting and deep breathing
		{"pt criança com glicemia 480, vomitando e respirando fundo", in("pt-BR", "female", 9, "muita sede e xixi toda hora, emagreceu, vomitando desde hoje e tá respirando fundo", "",
			&casemodel.Vitals{HeartRate: fp(124), GlucoseMgDl: fp(480)}, nil, nil), "emergency", "new_diabetes_child_dka"},
		{"pt caroço arroxeado is no cyanosis", in("pt-BR", "female", 40, "caroço arroxeado e doloroso na borda do ânus há 1 dia", "",
			&casemodel.Vitals{HeartRate: fp(80), SpO2: fp(98)}, nil, nil), "non_urgent|urgent", ""},
		// ASH 2019: a nosebleed still running despite packing with platelets of 6
		{"en nosebleed despite packing, platelets 6", in("en", "male", 40, "nosebleed that will not stop", "still bleeding despite packing",
			&casemodel.Vitals{HeartRate: fp(108)}, nil, []casemodel.Lab{{Name: "platelets", Value: 6, Unit: "x10^3/uL"}}), "emergency", "thrombocytopenia_bleeding"},
		// ...but a nosebleed that stopped, with dry purpura, is same day
		{"en nosebleed stopped, platelets 9", in("en", "female", 6, "tiny red spots and a nosebleed that stopped after 10 minutes", "well and playful",
			&casemodel.Vitals{HeartRate: fp(100)}, nil, []casemodel.Lab{{Name: "platelets", Value: 9, Unit: "x10^3/uL"}}), "urgent", ""},
		// WHO: falciparum without travel words
		{"en falciparum on the film", in("en", "male", 28, "fever and headache", "Blood film shows P. falciparum 0.5%.", &casemodel.Vitals{TemperatureC: fp(38.9), HeartRate: fp(100)}, nil, nil), "urgent", "fever_travel"},
		// AAO-HNS 2019: woke up unable to hear
		{"en woke up unable to hear", in("en", "female", 52, "woke up unable to hear in my right ear, ringing", "", nil, nil, nil), "urgent", "sudden_hearing_loss"},
		// routine visits in patients' words
		{"en 6-week postnatal check", in("en", "female", 30, "6-week postnatal check", "Feeding well, mood good.", nil, nil, nil), "routine", ""},
		{"en 8 week baby check", in("en", "male", 0, "8 week baby check and jabs", "Thriving.", nil, nil, nil), "routine", ""},
		{"en yearly physical", in("en", "female", 50, "yearly physical, no problems", "", nil, nil, nil), "routine", ""},
		{"en sports physical with an old concussion", in("en", "male", 16, "sports physical form for soccer", "had a concussion in 8th grade, fully better; an uncle died suddenly at 70", nil, nil, nil), "routine", ""},
		{"en mole there for years", in("en", "male", 44, "mole on my arm, been there for years, looks the same", "", nil, nil, nil), "routine", ""},
		// NICE NG136: a stage 1 reading without symptoms
		{"en home cuff 150/92", in("en", "female", 58, "home cuff shows around 150/92 for a few weeks, no headaches", "worried about high blood pressure",
			&casemodel.Vitals{SystolicBP: fp(150), DiastolicBP: fp(92)}, nil, nil), "routine", "stage1_hypertension"},
		// NICE NG239: B12 deficiency is treated, not left as a chronic complaint
		{"en numb feet with B12 95", in("en", "female", 70, "tingling feet for 3 months", "on metformin",
			nil, nil, []casemodel.Lab{{Name: "vitamin B12", Value: 95, Unit: "pg/mL"}}), "non_urgent", ""},
	}
	checkRules(t, cases)
	checkRoutes(t, []routeCase{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(35), Sex: "male"}, Language: "en", Symptoms: "spreading red ring rash on my calf where a tick was pulled off last week"}, "infectious_disease"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(25), Sex: "female"}, Language: "en", Symptoms: "red painful eye, slept in my contact lenses", ClinicalNotes: "Corneal infiltrate staining with fluorescein."}, "infectious_disease"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(66), Sex: "female"}, Language: "en", Symptoms: "severe eye pain with halos around lights and vomiting", ClinicalNotes: "Fixed mid-dilated pupil, IOP 60."}, "general_medicine"},
	})
}

// TestLayWordsNotFindings: drinking at a wedding is no thirst, and the
// top of the stomach is an abdominal pain.
func TestLayWordsNotFindings(t *testing.T) {
	c := clinical.Build(casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "male"}, Language: "en", Symptoms: "pain at the top of my stomach going through to my back",
		ClinicalNotes: "was drinking a lot at a friend's wedding on saturday"}, nil, ref)
	if c.Has("polydipsia") {
		t.Errorf("alcohol read as thirst: %q", c.Evidence("polydipsia"))
	}
	if !c.Has("abdominal_pain") {
		t.Error("pain at the top of the stomach not read as abdominal pain")
	}
}

// TestRound84Rules pins the heldout84–86 fixes (session 9): messages to a
// family practice, and pharmacy, student-health, sexual-health and CAPS
// shorthand.
func TestRound84Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals, meds []string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		// EAU: torsion told with a filler word
		{"en pain in his, er, privates and sick", in("en", "male", 13, "woke up with bad pain in his, er, privates, been sick", "", nil, nil), "emergency", "testicular_torsion"},
		// C-SSRS preparatory acts: a stockpile, a farewell, a pet rehomed
		{"en farewell with co-codamol saved up", in("en", "male", 52, "no symptoms", "thanks for everything, you dont need to do my repeat anymore. got my mums old co-codamol saved up. the cat is going to my neighbours on sunday.", nil, nil), "emergency", "suicide_high_risk"},
		// ADA level 3 in Portuguese
		{"pt hipoglicemia 35 falando coisas sem sentido", in("pt-BR", "male", 79, "suado, falando coisas sem sentido", "glicosímetro deu 35, toma glibenclamida", &casemodel.Vitals{GlucoseMgDl: fp(35)}, []string{"glibenclamida 5 mg"}), "emergency", "hypoglycaemia_neuro"},
		// NICE CKS: shingles on the forehead with spots on the end of the nose
		{"en shingles forehead and end of nose, eye a bit red", in("en", "female", 72, "painful rash on the left of my forehead, now a few spots on the end of my nose, left eye a bit red", "probably shingles", nil, nil), "urgent", "zoster_complicated"},
		// NICE CG192: postnatal, others better off without her
		{"en 4 weeks postnatal, better off without me", in("en", "female", 27, "cant stop crying, feel like theyd be better off without me", "baby is 4 weeks old", nil, nil), "urgent|emergency", ""},
		// NICE NG136: 180/110 or more with a headache is seen the same day
		{"en 192/114 with a headache", in("en", "male", 60, "headache, my bp machine says 192/114", "ran out of my tablets", &casemodel.Vitals{SystolicBP: fp(192), DiastolicBP: fp(114)}, nil), "urgent", "severe_hypertension"},
		// NICE NG232: in a child, repeated vomiting alone is observed, not scanned
		{"pt criança bateu a cabeça e vomitou 3 vezes, brincando", in("pt-BR", "female", 4, "caiu da cama e bateu a cabeça, vomitou 3 vezes", "não desmaiou, agora brincando normal", nil, nil), "urgent", "head_injury_observe"},
		// ...but with a loss of consciousness as well it is a CT
		{"en child vomited 3 times and knocked out", in("en", "male", 6, "fell off the climbing frame, hit his head, knocked out for a minute, vomited 3 times", "", nil, nil), "emergency", ""},
		{"en hurt my lower back gardening", in("en", "male", 50, "hurt my lower back lifting, stiff and sore", "next INR check friday", nil, nil), "non_urgent", ""},
		{"en smear test letter", in("en", "female", 30, "got my letter for a smear test, can i book in", "no problems", nil, nil), "routine", ""},
		// NICE NG110: a febrile urinary infection in a man
		{"en burning urination, fever 38.7, man", in("en", "male", 58, "burning urination, shivery", "", &casemodel.Vitals{TemperatureC: fp(38.7)}, nil), "urgent", "febrile_uti_male"},
		{"en burning urination afebrile, man", in("en", "male", 58, "burning urination and going often", "afebrile", &casemodel.Vitals{TemperatureC: fp(36.8)}, nil), "non_urgent", ""},
		// MHRA: methotrexate every day instead of weekly
		{"en methotrexate daily in error", in("en", "female", 74, "mouth ulcers", "has been taking methotrexate every day instead of weekly since discharge", nil, []string{"methotrexate 10 mg weekly"}), "urgent", "methotrexate_daily_error"},
		// serology is no hepatitis
		{"en PrEP review, HBV immune", in("en", "male", 29, "PrEP review, no symptoms", "HBV immune, Hep A vaccinated.", nil, nil), "routine", ""},
	}
	checkRules(t, cases)
}

// TestRound87Rules pins the heldout87–89 fixes (session 9): a front desk
// quoting callers, and special groups.
func TestRound87Rules(t *testing.T) {
	in := labCaseInput
	cases := []ruleCase{
		// a caller's words in quotes are still the caller's words
		{"en took 'a whole bottle of Tylenol'", in("en", "male", 17, "dad says son took 'a whole bottle of Tylenol', 'feels fine now'", "", "", nil, nil, nil), "emergency", "overdose"},
		{"en took \"a whole box\" of pills", in("en", "female", 22, "friend says she took \"a whole box\" of her pills", "", "", nil, nil, nil), "emergency", "overdose"},
		// NICE CG95 1.1.4: pain that settled 1-3 days ago, no complications
		{"en exertional tightness, last one 2 days ago", in("en", "male", 55, "tight band across my chest walking uphill, goes when I rest", "No pain now, none since Sunday. Smoker.", "on and off for a week, last one Sunday (2 days ago)", nil, nil, nil), "urgent", "acs_pain_free"},
		// ...but pain now is an emergency
		{"en exertional tightness, pain now", in("en", "male", 55, "tight band across my chest walking uphill, still there now", "Smoker.", "1 hour", nil, nil, nil), "emergency", ""},
		{"en wrist bent like a fork", in("en", "female", 70, "fell on her hand, wrist swollen and bent like a fork", "", "1 hour", nil, nil, nil), "urgent", ""},
		{"en gradual forgetfulness, nothing sudden", in("en", "female", 78, "getting forgetful, repeats herself", "Nothing sudden, no falls, still independent.", "about a year", nil, nil, nil), "routine", ""},
		// a finger-prick INR is no glucose
		{"en INR by fingerstick", in("en", "male", 70, "INR check, feels fine", "Monthly INR check, fingerstick 2.6. No bleeding.", "", nil, []string{"warfarin 5 mg"}, nil), "routine", ""},
		{"en skin tear, bleeding controlled, on apixaban", in("en", "female", 84, "skin tear on the shin after bumping a chair", "Bleeding controlled with pressure. No fall, no head injury.", "2 hours",
			&casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(136)}, []string{"apixaban 2.5 mg bd"}, nil), "non_urgent", ""},
		// NICE NG196: AF found at a screening campaign, not anticoagulated
		{"pt FA notada na campanha", in("pt-BR", "male", 74, "pulso irregular notado na campanha de vacinação, sem sintomas", "ECG: fibrilação atrial, FC 82.", "", nil, []string{"losartana 50 mg"}, nil), "non_urgent", "af_new"},
		{"pt dor na parte de cima da barriga", in("pt-BR", "female", 41, "dor forte na parte de cima da barriga depois do almoço, já passou", "Sem dor no momento, sem febre.", "3 horas", nil, nil, nil), "non_urgent|urgent", ""},
	}
	checkRules(t, cases)
	checkRoutes(t, []routeCase{
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(4), Sex: "male"}, Language: "en", Symptoms: "crusty yellow sores around his mouth", ClinicalNotes: "Honey-coloured crusts, afebrile."}, "infectious_disease"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(60), Sex: "male"}, Language: "en", Symptoms: "soft swelling at the back of my left elbow, not red"}, "orthopedics"},
		{casemodel.Input{Patient: &casemodel.Patient{Age: i(38), Sex: "female"}, Language: "pt-BR", Symptoms: "dor forte na parte de cima da barriga do lado direito depois de comer fritura", ClinicalNotes: "Sem dor no momento."}, "gastroenterology"},
	})
}

// TestRound90Rules pins the heldout90–92 fixes (session 9): voice-to-text
// transcripts of callers, and details a careless reader misses.
func TestRound90Rules(t *testing.T) {
	in := labCaseInput
	cases := []ruleCase{
		// NICE CKS: a fuel-burning source indoors, two of the household ill
		{"en boiler, husband has a headache too", in("en", "female", 40, "headache, dizzy and sick since the heating was switched on", "old gas boiler in the flat; her husband also has a headache, better when outside", "", nil, nil, nil), "emergency", "carbon_monoxide"},
		// EAU: torsion told with a verb after "is"
		{"en my left ball is hurting, threw up", in("en", "male", 17, "my left ball is hurting so bad, threw up once", "woke me up, like I got kicked but I didnt", "2 hours", nil, nil, nil), "emergency", "testicular_torsion"},
		// croup in a parent's second language
		{"en when he breathe in he make a noise", in("en", "male", 2, "cough like a seal, when he breathe in he make a noise even when calm", "his chest pull in a little bit under the ribs", "", &casemodel.Vitals{TemperatureC: fp(38)}, nil, nil), "urgent", "croup_moderate"},
		// carbamazepine toxicity told in Portuguese
		{"pt tonta, vendo tudo dobrado, andando torta", in("pt-BR", "female", 40, "tô tonta, vendo tudo dobrado, andando torta que nem bêbada", "tomo tegretol, começou claritromicina há 3 dias", "", nil, []string{"tegretol 200 mg 12/12h", "claritromicina 500 mg 12/12h"}, nil), "urgent", ""},
		// NICE NG232: a Scots "didnae" denies the knock-out; repeated vomiting alone is observed
		{"en banged his heid, didnae get knocked out, sick twice", in("en", "male", 6, "banged his heid on the frame, he's been sick twice", "he didnae get knocked out, chatting away", "", nil, nil, nil), "urgent", "head_injury_observe"},
		// ESC 2018: a faint at the sight of blood needs no vitals to be reflex syncope
		{"en fainted at the sight of blood", in("en", "male", 25, "fainted at the sight of blood, out for a few seconds", "felt hot and sweaty first, came round straight away, done it before at the dentist", "", nil, nil, nil), "non_urgent", "syncope_vasovagal"},
		// NICE CKS: a nosebleed that stopped with pinching, no anticoagulant
		{"en big nosebleed stopped with pinching", in("en", "male", 20, "nosebleed, blood everywhere, pillow soaked", "pinched the soft part for ten minutes and it stopped", "", nil, nil, nil), "non_urgent", ""},
		// UKKA: potassium 6.3 with no pulse given is not severe
		{"en potassium 6.3, no vitals", in("en", "male", 70, "lab called, potassium high, a bit tired", "", "", nil, nil, []casemodel.Lab{{Name: "potassium", Value: 6.3, Unit: "mmol/L"}}), "urgent", ""},
		// spoken numbers
		{"en INR eight point one, gums bleeding", in("en", "female", 70, "my coagu check says my INR is eight point one and my gums bleed a bit", "", "", nil, []string{"warfarin 5 mg"}, nil), "urgent", ""},
		{"en insect bite, fine in myself", in("en", "male", 45, "bitten by something at a barbecue, forearm swollen red and itchy", "I feel fine in myself", "since yesterday", nil, nil, nil), "non_urgent", ""},
		{"en memory over the last year or so", in("en", "male", 70, "getting more forgetful, losing keys", "nothing sudden, still drives", "gradually over the last year or so", nil, nil, nil), "routine", ""},
		{"pt dor no joelho que piora pra subir escada", in("pt-BR", "male", 63, "dor nos joelhos há dois anos, piora pra subir escada, queria um encaminhamento", "", "uns dois anos", nil, nil, nil), "routine", ""},
		{"en bone density scan enquiry", in("en", "female", 66, "asking about a bone density scan", "mother had a hip fracture", "", nil, nil, nil), "routine", ""},
	}
	checkRules(t, cases)
}

// TestRound94Rules pins the heldout94 fixes (session 9's last lay set):
// "a pressure feeling in the middle of my chest" and a traveller who "got
// back from visiting family".
func TestRound94Rules(t *testing.T) {
	in := func(sym, notes string, age int, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v}
	}
	checkRules(t, []ruleCase{
		{"en pressure feeling in the middle of my chest, jaw, clammy", in("probably indigestion but a heavy pressure feeling in the middle of my chest going up into my jaw, clammy", "came on while gardening", 61,
			&casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(150)}), "emergency", ""},
		{"en fever after getting back from visiting family", in("fevers and shivers, headache", "got back from visiting family in Accra 10 days ago, skipped the malaria tablets", 33,
			&casemodel.Vitals{TemperatureC: fp(39), HeartRate: fp(100)}), "urgent", "fever_travel"},
	})
}

// TestRound95Rules pins the heldout95 fixes: a community health worker's
// home-visit notes.
func TestRound95Rules(t *testing.T) {
	in := func(sex string, age int, sym, notes string, v *casemodel.Vitals, meds []string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	checkRules(t, []ruleCase{
		// C-SSRS preparatory acts behind a calm visit
		{"en gave his tools to his son, won't be around much longer", in("male", 58, "says he is fine, here for his sugar check", "Gave his tools and his car keys to his son last week. Asked me to make sure his daughter gets the cat 'when I'm gone, won't be around much longer'.", nil, nil), "emergency", "suicide_high_risk"},
		// NICE CG192: a new mother who says the baby would be better off without her
		{"en the baby would be better off without her", in("female", 29, "crying all day, says the baby would be better off without her", "Baby is 4 weeks old. No plan.", nil, nil), "urgent", ""},
		// IWGDF/IDSA: a black toe with a smelly sore and spreading redness
		{"en black toe tip, smelly sore, diabetic", in("male", 66, "little sore on his toe, foot red", "Tip of the big toe has gone black, the sore smells bad, redness goes onto the top of the foot.", &casemodel.Vitals{TemperatureC: fp(37.6)}, []string{"metformin 500 mg bd"}), "urgent", "diabetic_foot_infection"},
	})
}

// TestRound97Rules pins the heldout97 fixes: "banged the back of my head"
// on warfarin, and "not drinking loads" is no poor intake.
func TestRound97Rules(t *testing.T) {
	in := func(age int, sym, notes string, meds []string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: "en", Symptoms: sym, ClinicalNotes: notes, Medications: meds}
	}
	checkRules(t, []ruleCase{
		{"en banged the back of his head on warfarin, sick twice", in(79, "slipped and banged the back of his head, been sick twice since", "on warfarin for AF", []string{"warfarin 3 mg"}), "emergency", "head_injury_high_risk"},
		{"en bedwetting, not drinking loads", in(8, "still wets the bed at night, dry in the day", "not drinking loads, no pain peeing", nil), "routine|non_urgent", ""},
	})
}

// Round 98 (heldout98-101, invented text): lay words for a testicle, cola
// urine and swollen ankles; new orthopnoea around a birth; a right lower
// belly in Portuguese; a fever back from the tropics with the time in
// between; a deep breath that hurts.
func TestRound98Rules(t *testing.T) {
	vit := func(hr, sbp, dbp, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(dbp), TemperatureC: fp(temp), SpO2: fp(98), RespiratoryRate: fp(18)}
	}
	in := func(age int, sex, lang, sym, notes string, v *casemodel.Vitals, meds []string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	checkRules(t, []ruleCase{
		{"en sore private area in a boy", in(15, "male", "en", "bad ache down in my private area on the right since I woke up, feel sick", "", vit(100, 124, 70, 36.8), nil), "emergency", "testicular_torsion"},
		{"en sore private area in a woman is no torsion", in(19, "female", "en", "itchy and some pain in my private area", "", vit(76, 118, 70, 36.7), nil), "non_urgent", ""},
		{"en pee like cola on a statin", in(58, "male", "en", "whole body aching, my pee looks like cola since yesterday", "", vit(90, 130, 80, 37.0), []string{"atorvastatin 80 mg", "gemfibrozil 600 mg"}), "urgent", "rhabdomyolysis"},
		{"en new breathless lying flat after a birth", in(29, "female", "en", "can't lie flat at night, I have to sleep on three pillows and my feet are puffy", "baby born 5 weeks ago", vit(98, 122, 78, 36.8), nil), "urgent", "new_heart_failure"},
		{"en puffy ankles, fast heart, orthopnoea", in(66, "male", "en", "breathless lying down, wakes at night gasping, ankles all puffy", "", vit(108, 134, 82, 36.7), nil), "urgent", "new_heart_failure"},
		{"pt dor que desceu para o lado direito", in(12, "female", "pt-BR", "dor na barriga que começou no umbigo e agora está do lado direito embaixo, sem fome", "", vit(104, 110, 70, 37.9), nil), "urgent", ""},
		{"en fever back from Africa, days in between", in(40, "female", "en", "fever and shivers, aching all over", "Returned 12 days ago from 2 weeks in Ghana.", vit(104, 118, 72, 38.9), nil), "urgent", "fever_travel"},
		{"en deep breath hurts is no Kussmaul", in(48, "male", "en", "cough with yellow phlegm, it hurts on the right when I take a deep breath", "", vit(92, 128, 80, 37.9), nil), "non_urgent|urgent", ""},
		{"en thinking about trying for a baby", in(33, "female", "en", "we're thinking about trying for a baby, anything I should do first?", "", vit(70, 114, 72, 36.6), nil), "routine", "routine_visit"},
	})
}

// Round 102 (heldout102-104, invented text): a nurse line's denial lists
// and chart allergies, a patient's texting, a paracetamol overdose told as
// a count, a hypo already treated, retention and withdrawal in lay words.
func TestRound102Rules(t *testing.T) {
	in := caseInput
	home := &casemodel.Vitals{HeartRate: fp(82), SpO2: fp(98), TemperatureC: fp(36.9)}
	checkRules(t, []ruleCase{
		{"en denial list of longer items", in(41, "male", "en", "cough for a week, some clear phlegm", "Denies shortness of breath, chest pain, coughing up blood.", "1 week", home, nil), "non_urgent", ""},
		{"en took twenty paracetamol", in(16, "female", "en", "i took like 25 paracetamol last night, feel ok now", "", "", nil, nil), "emergency", "overdose"},
		{"en left nut swollen", in(16, "male", "en", "my right nut is killing me, woke me up", "", "2 hrs", nil, nil), "emergency", "testicular_torsion"},
		{"en playing ball is no testicle", in(28, "male", "en", "hurt my ankle playing ball, bit swollen", "can walk on it", "since yesterday", nil, nil), "non_urgent", ""},
		{"en burns when I pee is no burn", in(30, "female", "en", "burns a little when i pee and going a lot", "no fever, no back pain", "2 days", nil, nil), "non_urgent", ""},
		{"en quit drinking with a fast pulse", in(50, "male", "en", "quit drinkin yesterday, got the shakes real bad, sweating", "pharmacy machine said pulse 114", "", nil, nil), "urgent", "alcohol_withdrawal"},
		{"pt hipoglicemia já tratada", func() casemodel.Input {
			x := in(70, "female", "pt-BR", "fiquei suando e confusa, bebi suco e melhorei", "agora estou bem", "1 hora", &casemodel.Vitals{GlucoseMgDl: fp(110), Consciousness: "alert"}, []string{"glibenclamida 5 mg"})
			x.Labs = []casemodel.Lab{{Name: "glicemia capilar no episódio", Value: 45, Unit: "mg/dL"}}
			return x
		}(), "urgent", ""},
		{"pt não consigo fazer xixi", in(76, "male", "pt-BR", "não consigo fazer xixi desde cedo, só saem gotinhas, barriga doendo", "próstata grande", "8 horas", nil, nil), "urgent", "urinary_retention"},
		{"en chart allergy reaction is history", in(33, "female", "en", "sprained my wrist", "chart allergy: naproxen (hives and wheezing). No wheeze now.", "2 hours", home, nil), "non_urgent", ""},
		{"en refill pls", in(60, "male", "en", "refill pls - my bp pills n statin", "all good", "", nil, []string{"amlodipine 5 mg", "atorvastatin 20 mg"}), "routine", ""},
		{"en get on the pill and an STD test", in(20, "female", "en", "want to get on the pill n get tested for stds", "no symptoms", "", nil, nil), "routine", ""},
		{"en cold on azathioprine with allopurinol, count normal", func() casemodel.Input {
			x := in(52, "female", "en", "sore throat and blocked nose", "on azathioprine for Crohn's; allopurinol started last week. No fever, no mouth ulcers.", "2 days", home, []string{"azathioprine 100 mg", "allopurinol 100 mg"})
			x.Labs = []casemodel.Lab{{Name: "WBC", Value: 5.1, Unit: "x10^9/L"}, {Name: "neutrophils", Value: 3.2, Unit: "x10^9/L"}}
			return x
		}(), "non_urgent", ""},
		{"en sore throat on azathioprine with allopurinol, no count", in(52, "female", "en", "sore throat and blocked nose", "on azathioprine for Crohn's; allopurinol started last week.", "2 days", home, []string{"azathioprine 100 mg", "allopurinol 100 mg"}), "urgent", "thiopurine_toxicity"},
		{"en dizzy and dark on a new antibiotic", in(55, "female", "en", "so dizzy I can't stand up, very sleepy", "started ciprofloxacin yesterday. Talking clearly.", "since this afternoon", &casemodel.Vitals{SystolicBP: fp(94), DiastolicBP: fp(56), HeartRate: fp(60), Consciousness: "alert"}, []string{"tizanidine 4 mg three times daily", "ciprofloxacin 500 mg twice daily"}), "urgent", "interaction_symptomatic"},
	})
}

// Round 105 (heldout105-108, invented text): farewell acts told in
// passing, a COPD flare in a patient's words, spoken lab values, carbon
// monoxide in a household, a haemolysed potassium, new painless jaundice,
// passive death wishes in an older man.
func TestRound105Rules(t *testing.T) {
	in := caseInput
	calm := &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(132), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	withLabs := func(x casemodel.Input, labs ...casemodel.Lab) casemodel.Input { x.Labs = labs; return x }
	checkRules(t, []ruleCase{
		{"en gave the cat away, papers in order", in(71, "male", "en", "I'm alright just tired since my wife passed", "gave my cat to the lady next door and got everything squared away so nobody has to deal with it", "3 months", calm, nil), "emergency", "suicide_high_risk"},
		{"en COPD flare in plain words", in(70, "female", "en", "my breathing's worse and I'm coughing up yellow gunk, using the blue puffer every two hours", "has COPD", "4 days", &casemodel.Vitals{HeartRate: fp(104), RespiratoryRate: fp(22), SpO2: fp(90), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", "copd_exacerbation"},
		{"pt potássio falado", in(64, "female", "pt-BR", "muito fraca e com câimbras", "o laboratório ligou, o potássio tava dois vírgula cinco", "3 dias", calm, []string{"furosemida 40 mg"}), "urgent", "critical_lab_potassium"},
		{"en household headaches with a boiler", in(41, "male", "en", "headache and feeling sick for two days, worse in the mornings and better at work", "his wife and son have headaches too; old gas boiler at home", "2 days", calm, nil), "emergency", "carbon_monoxide"},
		{"en haemolysed potassium, normal ECG", withLabs(in(50, "female", "en", "called about a blood result, feels well", "lab comment: sample haemolysed. ECG normal. No kidney disease.", "", calm, nil), casemodel.Lab{Name: "potassium", Value: 6.8, Unit: "mmol/L"}), "urgent", "hyperkalaemia_haemolysed"},
		{"en potassium 6.8 not haemolysed", withLabs(in(50, "female", "en", "called about a blood result, feels weak", "on spironolactone", "", calm, nil), casemodel.Lab{Name: "potassium", Value: 6.8, Unit: "mmol/L"}), "emergency", "hyperkalaemia_severe"},
		{"pt ficou amarela com fezes claras", in(74, "male", "pt-BR", "ele tá meio amarelo, coceira, xixi escuro", "fezes claras, emagreceu", "3 semanas", calm, nil), "urgent", "obstructive_jaundice"},
		{"pt catarro amarelo não é icterícia", in(40, "female", "pt-BR", "tosse com catarro que tá amarelo", "sem febre", "5 dias", calm, nil), "non_urgent", ""},
		{"en passive death wish, older man", in(76, "male", "en", "low since his wife died, says he'd be better off gone", "no plan", "2 months", calm, nil), "urgent", "passive_death_wish_older_man"},
		{"en chest pressure with a heavy arm is an ACS, not a stroke", in(57, "male", "en", "this indigestion kind of thing in my chest, like somebody sitting on me, my left arm feels heavy, sweating", "", "40 minutes", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(150), DiastolicBP: fp(90), SpO2: fp(96), Consciousness: "alert"}, nil), "emergency", "acs_features"},
		{"en a weak arm with slurred words stays a stroke", in(57, "male", "en", "left arm gone weak and heavy, words slurred, some chest tightness", "", "40 minutes", &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(170), DiastolicBP: fp(95), SpO2: fp(97), Consciousness: "alert"}, nil), "emergency", "stroke_befast"},
		{"en fingerstick glucose at home", in(79, "male", "en", "found sweaty and muddled, fine after juice", "EMS fingerstick glucose at home 41 mg/dL; on glipizide", "2 hours", &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(140), DiastolicBP: fp(80), Consciousness: "alert", GlucoseMgDl: fp(120)}, []string{"glipizide 10 mg"}), "urgent", "critical_lab_glucose"},
	})
}

// Round 109 (heldout109-112, invented text): a pre-visit questionnaire's
// and a family voicemail's words for psychosis after a birth, quinsy, an
// infected diabetic toe, a dinner-fork wrist and a testicle; "not
// breathing fast" and a meningitis booster are no emergencies.
func TestRound109Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en after the birth: baby switched, voices in the monitor", in(29, "female", "en", "haven't slept in three nights but I don't feel tired", "my son is 10 days old; I think the nurses switched my baby and I hear voices in the baby monitor", "3 days", v(104, 36.8), nil), "emergency", "postpartum_psychosis"},
		{"en can't open my mouth, hot potato voice", in(22, "female", "en", "sore throat worse on the right, can't open my mouth properly, voice sounds like a hot potato", "", "4 days", v(102, 38.4), nil), "urgent", "deep_neck_infection"},
		{"en sore under the big toe that smells, diabetic", in(64, "male", "en", "sore on the underside of my left big toe, now smells and the skin around it is red", "type 2 diabetes", "10 days", v(92, 37.7), []string{"metformin 1 g twice daily"}), "urgent", "diabetic_foot_infection"},
		{"en not breathing fast is no arrest", in(7, "female", "en", "runny nose and cough, not breathing fast, eating fine", "no wheeze", "3 days", v(98, 37.4), nil), "non_urgent", ""},
		{"en meningitis booster at a sports physical", in(16, "male", "en", "needs a sports physical form", "might be due the meningitis booster", "", v(64, 36.6), nil), "routine", ""},
		{"pt pulso torto depois da queda", in(72, "female", "pt-BR", "caiu com a mão esticada, o pulso ficou torto, muito inchado", "mexe os dedos", "1 hora", v(92, 36.6), nil), "urgent", "deformity"},
		{"pt dor no peito que rasga, para as costas", in(62, "male", "pt-BR", "dor muito forte e súbita no peito indo para as costas, parece que está rasgando", "hipertenso sem remédio", "30 minutos", v(104, 36.5), nil), "emergency", "aortic_dissection"},
		{"pt xixi escuro cor de coca com estatina", in(60, "male", "pt-BR", "dor nas coxas e xixi escuro cor de coca-cola", "", "2 dias", v(88, 36.8), []string{"sinvastatina 40 mg", "claritromicina 500 mg"}), "urgent", "rhabdomyolysis"},
		{"en can hardly open his mouth, hot potato", in(26, "male", "en", "worst sore throat on one side, can hardly open his mouth, voice sounds odd like a hot potato", "can still swallow", "3 days", v(102, 38.5), nil), "urgent", "deep_neck_infection"},
		{"en baby hasn't been moving as much at 33 weeks", in(30, "female", "en", "baby hasn't been moving as much since last night, only felt a few little kicks", "33 weeks pregnant, no bleeding", "1 day", v(84, 36.7), nil), "urgent", "reduced_fetal_movements"},
		{"en his left private part swollen and higher", in(13, "male", "en", "belly ache and threw up, then said his left private part hurts and looks swollen", "", "2 hours", v(110, 36.9), nil), "emergency", "testicular_torsion"},
	})
}

// Round 117 (heldout117-118, invented text): a pharmacy counter's words
// for cola-dark urine, a whistly breath in croup, a positive home test
// with spotting; a stated AUDIT below 16 is brief advice, a drug "making
// him wheezy" is an allergy record, "periods flooding" is no floodwater,
// a usual smoker's cough and a shingles vaccine are no complaints, and a
// pulse of 112 in anaemia built up over weeks is compensation.
func TestRound117Rules(t *testing.T) {
	in := caseInput
	v := func(hr, sbp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	croup := in(3, "female", "en", "seal-like cough and a whistly sound when she breathes in, even sitting still on the sofa", "Dad says he can see the skin sucking in a little at the bottom of her neck. Playing, drinking juice, lips pink.", "since tonight", nil, nil)
	aspirin := in(36, "female", "en", "pulled my back lifting boxes, sore low down, no leg pain", "Asked about allergies: says aspirin makes her wheezy and breaks her out in hives. No numbness in the saddle area, bladder fine.", "2 days", v(74, 128), []string{"ibuprofen 400 mg three times a day"})
	aspirin.Allergies = []string{"aspirin"}
	checkRules(t, []ruleCase{
		{"en muscles ache and pee dark like cola on a statin", in(58, "male", "en", "all my muscles ache and my pee is really dark like cola", "started clarithromycin for a chest infection last week", "3 days", v(86, 134), []string{"simvastatin 40 mg", "clarithromycin 500 mg"}), "urgent", "rhabdomyolysis"},
		{"en whistly breathing in at rest with a barking cough", croup, "urgent", "croup_moderate"},
		{"en positive home test and spotting", in(27, "female", "en", "brown spotting and crampy pain low in my belly", "Period about 7 weeks ago, home test positive on Monday, no scan yet. No dizziness.", "since this morning", v(82, 116), nil), "urgent", "pregnancy_bleeding"},
		{"en AUDIT 11, wants to cut back", in(52, "female", "en", "would like help cutting down on alcohol", "Three large glasses of wine most nights, AUDIT score 11. No morning drinking, no shakes.", "", v(72, 128), nil), "routine", "hazardous_drinking"},
		{"en AUDIT 24 stays an assessment within days", in(52, "male", "en", "wants help to stop drinking", "Drinks a litre of vodka a day, AUDIT 24.", "", v(80, 132), nil), "non_urgent", "alcohol_dependence"},
		{"en aspirin makes her wheezy: an allergy record, not anaphylaxis", aspirin, "non_urgent", ""},
		{"en usual smoker's cough at a quit-smoking visit", in(51, "male", "en", "wants to stop smoking, asking about patches", "Just his usual morning smoker's cough, no blood, no chest pain.", "", v(78, 130), nil), "routine", ""},
		{"en shingles vaccine question", in(70, "female", "en", "wants her flu jab and asks about the shingles vaccine", "No complaints today.", "", v(70, 132), nil), "routine", ""},
		{"en Hb 6.6, pulse 114, heavy periods for months", labCaseInput("en", "female", 39, "tired all the time, breathless on stairs, heavy periods flooding for months", "Light bleeding now, no black stools.", "3 months", v(114, 112), nil, []casemodel.Lab{{Name: "hemoglobin", Value: 6.6, Unit: "g/dL"}}), "urgent", ""},
		{"en Hb 6.6, pulse 114, bleeding since yesterday stays an emergency", labCaseInput("en", "female", 39, "tired and breathless, heavy bleeding", "", "1 day", v(114, 112), nil, []casemodel.Lab{{Name: "hemoglobin", Value: 6.6, Unit: "g/dL"}}), "emergency", "anaemia_symptomatic"},
	})
	checkRoutes(t, []routeCase{
		{in(46, "female", "en", "periods have been flooding with clots for months, exhausted", "", "6 months", v(88, 120), nil), "obstetrics_gynecology"},
		{in(77, "male", "en", "refill of his blood thinner", "Takes it because of an irregular heartbeat.", "", v(70, 130), []string{"apixaban 5 mg twice daily"}), "cardiology"},
	})
}

// Round 119 (heldout119-120, invented text): a worker's own words for a
// suicide plan (all her pills tonight, tablets saved up, letters to her
// family), a stray dog's bite, a scald from a pot and a pulled back;
// mild recession is amber, "ibuprofeno já deixou os lábios inchados" is
// an allergy record, hot flushes and a bone-density follow-up are routine.
func TestRound119Rules(t *testing.T) {
	in := caseInput
	v := func(hr float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	ibuAllergy := in(39, "male", "pt-BR", "dor no ombro esquerdo depois de carregar sacos, piora ao levantar o braço", "Sem queda. Conta que o ibuprofeno já deixou os lábios inchados uma vez.", "4 dias", v(74), []string{"diclofenaco 50 mg"})
	ibuAllergy.Allergies = []string{"ibuprofeno"}
	checkRules(t, []ruleCase{
		{"en going to take all his tablets tonight", in(33, "male", "en", "told his supervisor he is going to take all his tablets tonight when he gets home", "Calm, quiet. Has not taken anything yet.", "1 week", v(84), []string{"sertraline 50 mg"}), "emergency", "suicide_high_risk"},
		{"en saving up pills and letters to her family", in(45, "female", "en", "feeling hopeless for months", "Has been saving up her amitriptyline; wrote notes to her daughters last night.", "3 months", v(80), nil), "emergency", "suicide_high_risk"},
		{"pt mordido por cachorro de rua que fugiu", in(28, "female", "pt-BR", "foi mordida no braço por um cachorro de rua ontem à noite, o cachorro sumiu", "Dois furos, lavou com sabão. Nunca tomou vacina antirrábica.", "12 horas", v(80), nil), "urgent", "rabies_exposure"},
		{"en own dog's playful nip is not a rabies exposure", in(28, "female", "en", "my own dog bit me on the shin while we were playing, small scratch", "He is vaccinated.", "2 hours", v(78), nil), "non_urgent", ""},
		{"en boiling water over the hand", in(40, "male", "en", "spilt a pan of boiling water over his right hand at work, big blisters on the back of the hand", "Cooled under the tap for 20 minutes.", "30 minutes", v(92), nil), "urgent", "burn"},
		{"en four-year-old, fever, skin pulling in a bit", in(4, "female", "en", "fever and cough, breathing quickly", "Skin pulling in a bit between her ribs. Awake and drinking.", "2 days", &casemodel.Vitals{HeartRate: fp(138), RespiratoryRate: fp(42), SpO2: fp(94), TemperatureC: fp(38.9), Consciousness: "alert"}, nil), "urgent", ""},
		{"pt ibuprofeno já deixou os lábios inchados: allergy record", ibuAllergy, "non_urgent", "allergy_conflict"},
		{"en hot flushes on tamoxifen, asking for options", in(50, "female", "en", "hot flushes waking her at night, asking what else she can try", "Breast cancer 3 years ago, on tamoxifen. No bleeding, no lumps.", "", v(72), []string{"tamoxifen 20 mg"}), "routine", "vasomotor_symptoms"},
		{"en bone density follow-up", in(66, "female", "en", "bone density follow-up, no falls", "On alendronate for 4 years, T-score improving.", "", v(70), []string{"alendronate 70 mg weekly"}), "routine", ""},
		{"en quit smoking with a morning cough", in(44, "male", "en", "wants help to stop smoking", "Just a bit of a morning cough, no breathlessness.", "", v(76), nil), "routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(36, "female", "en", "pulled her lower back lifting a crate, sore across the low back", "No leg pain, bladder normal.", "2 days", v(76), nil), "orthopedics"},
		{in(49, "female", "pt-BR", "formigamento nos dedos da mão direita à noite", "Melhora quando sacode a mão. Trabalha com faca no frigorífico.", "3 meses", v(72), nil), "orthopedics"},
		{in(28, "female", "pt-BR", "foi mordida no braço por um cachorro de rua, o cachorro sumiu", "", "12 horas", v(80), nil), "infectious_disease"},
	})
}

// Round 121 (heldout121-122, invented text): words rendered by an
// interpreter line: a plan in the first person in Portuguese (pills put
// aside, a letter to the children), voices sent through the television,
// a blackened toe in a diabetic, an arm "torto perto do pulso"; a cold
// then fast breathing in an infant is bronchiolitis (NICE NG9 amber), and
// a screening request for "the sugar" is routine.
func TestRound121Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"pt juntei os remédios e escrevi carta", in(51, "female", "pt-BR", "não aguento mais essa vida", "Ela disse: 'juntei os remédios da minha mãe e escrevi uma carta pra minha irmã'. Calma.", "3 meses", v(82, 36.6), nil), "emergency", "suicide_high_risk"},
		{"en talks to people who are not there", in(20, "male", "en", "talks to people who are not there and says the neighbours send thoughts into his head through the radio", "Mother says he has not hurt anyone and is not sleeping.", "3 weeks", v(92, 36.8), nil), "urgent", "psychosis"},
		{"en diabetic with a black toe that smells", in(67, "female", "en", "the end of her second toe has gone black and it smells, the foot is warm", "Can't feel her feet for years.", "1 week", v(96, 37.6), []string{"metformin 1 g twice daily", "insulin glargine 20 units"}), "urgent", "diabetic_foot_infection"},
		{"pt braço torto perto do pulso", in(29, "male", "pt-BR", "caiu de bicicleta, o braço direito ficou torto perto do pulso", "Mexe os dedos, mão quente.", "1 hora", v(98, 36.6), nil), "urgent", "deformity"},
		{"en infant, cold then fast breathing and recession", in(0, "male", "en", "runny nose for two days, now coughing and breathing fast, tummy sucking in under the ribs, taking half his feeds", "Lips pink, no pauses in breathing.", "3 days", &casemodel.Vitals{HeartRate: fp(158), RespiratoryRate: fp(58), SpO2: fp(94), TemperatureC: fp(37.8), Consciousness: "alert"}, nil), "urgent", ""},
		{"en screening for the sugar disease", in(50, "female", "en", "no problems, would like to check for the sugar disease, her mother has it", "", "", v(74, 36.6), nil), "routine", ""},
	})
}

// Round 123 (heldout123-124, invented text): a student service's words
// for a drug-facilitated assault, purging, a panic attack and an STI; a
// black-out after drinks is no faint; a grade 2 reading after stopping
// treatment is restarted within days (ESH 2023).
func TestRound123Rules(t *testing.T) {
	in := caseInput
	v := func(hr float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	bp := func(sbp, dbp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(sbp), DiastolicBP: fp(dbp), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.5), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en woke up with clothes off after two drinks", in(20, "female", "en", "had a couple of drinks at a frat party, blacked out and woke up in a stranger's room with my jeans off, don't remember anything", "Sore down there, no bleeding. Safe now.", "1 day", v(88), nil), "urgent", "sexual_assault"},
		{"pt boa noite cinderela", in(22, "female", "pt-BR", "acho que colocaram alguma coisa na minha bebida, acordei sem a roupa e não lembro de nada", "Sem sangramento.", "2 dias", v(90), nil), "urgent", "sexual_assault"},
		{"pt parou a losartana, 170x104", in(61, "male", "pt-BR", "pressão alta na farmácia, sem sintomas", "Hipertenso, parou a losartana por conta própria faz um mês. Sem dor de cabeça, sem falta de ar.", "", bp(170, 104), []string{"losartana 50 mg (parou)"}), "non_urgent", "hypertension_off_treatment"},
		{"en 166/96 without stopping treatment stays routine", in(58, "male", "en", "blood pressure a bit high at the pharmacy, feels fine", "No medicines.", "", bp(166, 96), nil), "routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(19, "female", "en", "coach sent me, dizzy at practice", "Admitted making herself sick after meals for months to stay light.", "2 months", v(96), nil), "psychiatry"},
		{in(21, "male", "en", "heart pounding in the exam, couldn't breathe, tingling hands, felt like I was dying, better now", "ECG normal.", "20 minutes", v(90), nil), "psychiatry"},
		{in(22, "male", "en", "burns when I pee and some discharge coming out of my penis", "Hooked up with someone new last week, didn't use a condom.", "4 days", v(80), nil), "infectious_disease"},
		{in(25, "female", "pt-BR", "retorno, estou bem, preciso de receita nova", "Depressão diagnosticada há 6 meses, PHQ-9 hoje 4.", "", v(74), []string{"escitalopram 10 mg"}), "psychiatry"},
	})
}

// Round 125 (heldout125-126, invented text): rural health posts and
// replies to a clinic's follow-up message: a covert plan ("better off
// with the insurance money", "it'll look like an accident"), blood and
// clots from the back passage with near-fainting, a tight plaster, a tick
// pulled off before a fever, a tendon cut at the palm, a bent wrist, a
// boil with pus and fever; "voices saying they are poisoning the well"
// is psychosis, not a poisoning; a reply that the trouble is passing
// after care is routine, a new complaint beside it is not.
func TestRound125Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en better off with the insurance money", in(52, "male", "en", "his wife says he keeps saying they'd be better off with the life insurance", "He told her it'll look like an accident. Gave his tools to his brother.", "3 months", nil, nil), "emergency", "suicide_high_risk"},
		{"en blood and clots from the back passage, nearly fainted", in(68, "female", "en", "lots of dark blood and clots from my back passage, nearly fainted getting off the toilet, sweaty", "Polyp removed at colonoscopy last week.", "since this morning", &casemodel.Vitals{HeartRate: fp(112), SpO2: fp(97)}, nil), "emergency", "lower_gi_bleed_unstable"},
		{"en fingers swollen and tingling under a new plaster", in(64, "male", "en", "fingers swollen and tingling under the plaster, pain getting worse", "Plaster put on for a wrist fracture yesterday.", "since last night", v(84, 36.7), nil), "urgent", "cast_complication"},
		{"en tick pulled off, now fever and spots", in(9, "male", "en", "fever, headache and little pink spots on his ankles", "Dad pulled a tick off his neck a week ago.", "2 days", v(118, 39.0), nil), "urgent", "tick_borne_fever"},
		{"en can't bend the tip of the finger after a cut", in(35, "female", "en", "cut my palm on broken glass, can't bend the tip of my middle finger", "Bleeding stopped with pressure.", "1 hour", v(88, 36.6), nil), "urgent", "tendon_rupture"},
		{"en wrist bent funny after a fall", in(10, "female", "en", "fell off her bike, wrist swollen and bent funny", "Fingers pink.", "1 hour", v(110, 36.7), nil), "urgent", "deformity"},
		{"pt caroço com pus e febre", in(38, "male", "pt-BR", "caroço vermelho e quente no braço, com pus querendo sair, febre", "", "4 dias", v(102, 38.4), nil), "urgent", "abscess_drainage"},
		{"en fluctuant abscess with fever", in(41, "male", "en", "painful red swelling on my thigh", "5 cm fluctuant abscess, surrounding erythema.", "3 days", v(104, 38.3), nil), "urgent", "abscess_drainage"},
		{"en voices say they are poisoning the well: psychosis, no ingestion", in(24, "male", "en", "hears voices saying the neighbours are poisoning the well water, sleeping 2 hours a night", "Has not threatened anyone.", "3 weeks", v(90, 36.7), nil), "urgent", "psychosis"},
		{"en ear pain gone after antibiotics", in(5, "male", "en", "much better, ear pain gone, no fever for two days, playing normally", "Chart: otitis media 4 days ago, amoxicillin.", "", &casemodel.Vitals{TemperatureC: fp(36.8)}, []string{"amoxicillin"}), "routine", "improving_after_care"},
		{"en BP much better but a new cough stays a complaint", in(58, "male", "en", "new dry cough for two weeks keeping me awake", "Blood pressure much better since the visit. But this cough is annoying. Chart: lisinopril started 5 weeks ago.", "2 weeks", v(76, 36.6), []string{"lisinopril 10 mg"}), "non_urgent", ""},
	})
}

// Round 129 (heldout129-130, invented text): a parents' app and a
// street-outreach service: a plan to jump from a bridge, self-harm told
// as "does it when she feels overwhelmed", a headache worse lying down
// with double vision, a wrist "meio torto", a cough of weeks with blood
// (presumptive TB), frostbitten toes after a night out, a small burn.
func TestRound129Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en going to jump off the bridge tonight", in(34, "male", "en", "told the outreach worker he's going to jump off the railway bridge tonight, nothing to live for", "Gave his tent and radio away this morning.", "weeks; decided today", v(90, 36.6), nil), "emergency", "suicide_high_risk"},
		{"en does it when she feels overwhelmed", in(15, "female", "en", "found cuts on her forearms, she says she does it when she feels overwhelmed", "Says she has no plan to kill herself.", "a month", v(80, 36.7), nil), "urgent", ""},
		{"en headache worse lying down, seeing double", in(17, "female", "en", "headaches every morning, worse when she lies down, sees double sometimes", "On minocycline for acne.", "2 weeks", v(78, 36.6), []string{"minocycline 100 mg"}), "urgent", "headache_raised_pressure_features"},
		{"pt punho inchado e meio torto", in(8, "female", "pt-BR", "caiu do balanço, o punho direito ficou inchado e meio torto", "Mexe os dedos.", "1 hora", v(112, 36.6), nil), "urgent", "deformity"},
		{"pt tosse há 5 semanas com raias de sangue", in(39, "male", "pt-BR", "tosse há mais de um mês, catarro com raias de sangue, emagreceu", "Mora em abrigo.", "5 semanas", v(96, 37.8), nil), "urgent", "presumptive_tb"},
		{"pt tosse e emagrecimento sem sangue: within days", in(39, "male", "pt-BR", "tosse há mais de um mês, suor à noite, emagreceu", "Sem sangue no catarro.", "5 semanas", v(90, 37.5), nil), "non_urgent", "presumptive_tb"},
		{"en frostbitten toes after sleeping out", in(47, "male", "en", "toes went white and hard after sleeping out in the snow, now purple with blisters", "Rewarmed at the shelter, feet warm, pulses felt.", "2 days", v(88, 36.5), nil), "urgent", "frostbite"},
		{"en 2 cm burn from a kettle", in(30, "female", "en", "burned my forearm on the kettle, small blister", "2 cm burn, pink underneath.", "yesterday", v(76, 36.6), nil), "non_urgent", "minor_burn"},
	})
}

// Round 132 (heldout132-135, invented text): telehealth visits and carers.
// A sudden headache "the worst of my life" told apart from the word
// headache, a neck that "is stiff" with words between, a leg shorter and
// turned out after a resident is found on the floor, an overdose told as
// "swallowed all her paracetamol" or "taken all of them" beside a wish to
// die, burning "when she passes water" (not a burn), and refills asked
// for with the condition said to be fine.
func TestRound132Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(132), DiastolicBP: fp(82), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"pt dor de cabeça de repente, a pior da minha vida", in(47, "male", "pt-BR", "no trabalho veio uma dor de cabeça muito forte, de repente, a pior da minha vida", "Vomitou uma vez.", "2 horas", v(90, 36.8), nil), "emergency", "thunderclap"},
		{"pt dor de cabeça fortíssima de repente", in(39, "female", "pt-BR", "dor de cabeça fortíssima de repente enquanto corria", "", "1 hora", v(86, 36.7), nil), "emergency", "thunderclap"},
		{"en headache, the worst of my life", in(50, "female", "en", "headache came on while lifting, honestly the worst of my life", "", "2 hours", v(88, 36.7), nil), "emergency", "thunderclap"},
		{"pt febre, dor de cabeça e pescoço está duro", in(19, "male", "pt-BR", "febre alta, dor de cabeça e o pescoço está duro", "Não consegue encostar o queixo no peito.", "1 dia", v(118, 39.2), nil), "emergency", "meningism_fever"},
		{"en found on the floor, leg shorter and turned out", in(88, "female", "en", "found on the floor of her room this morning, cries when we move her right leg", "That leg looks shorter and her foot is pointing outwards.", "1 hour", v(92, 36.4), nil), "urgent", "possible_fracture"},
		{"en swallowed all her paracetamol and wants to die", in(23, "male", "en", "told staff he swallowed all his paracetamol because he wants to die", "Calm, talking.", "2 hours", v(92, 36.7), nil), "emergency", "overdose"},
		{"en taken all of them, doesn't want to be here", in(31, "female", "en", "said she had taken all of them, she does not want to be here any more", "Empty packets in her room.", "1 hour", v(96, 36.7), nil), "emergency", "suicide_high_risk"},
		{"en took all of them as prescribed is no overdose", in(45, "female", "en", "finished the antibiotics, took all of them, ear feels better", "", "", v(76, 36.6), nil), "routine|non_urgent", ""},
		{"en burns when she passes water is dysuria", in(84, "female", "en", "says it burns when she passes water, going more often", "No fever, no confusion, eating well.", "2 days", v(80, 36.8), nil), "non_urgent", ""},
		{"en refills with sugars fine", in(60, "male", "en", "sugars look fine, want to go over my log and get refills", "Fasting 100-130.", "", v(72, 36.6), []string{"metformin 1 g twice daily"}), "routine", ""},
		{"en new inhaler prescription, asthma fine", in(25, "female", "en", "need a new inhaler prescription, asthma is fine", "", "", v(70, 36.6), []string{"salbutamol inhaler"}), "routine", ""},
	})
}

// Round 136 (heldout134-136, invented text): a clinic for migrants and
// travellers, where patients write in a language that is not their first.
// A plan "to finish my life" at a bridge tonight after giving away a phone
// and money, a face that "fall down on one side" with an arm "no strong"
// (a stroke, not a fall), "see two of every thing" and "walk like drunk"
// on carbamazepine with erythromycin, a bleed after a home birth, and
// refills and school vaccines asked for in simple words; routing for
// nightmares of war, worm eggs in the stool, a ring after a tick bite,
// a snuffbox that hurts, constipation and presumptive TB's chest X-ray.
func TestRound136Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en tonight I go to the bridge and finish my life", in(33, "male", "en", "no more hope. tonight i go to the river bridge and finish my life", "Gave his phone and his money to his cousin this morning.", "3 weeks", v(88, 36.6), nil), "emergency", "suicide_high_risk"},
		{"en face fall down one side, arm no strong", in(66, "male", "en", "his face fall down on one side, left arm no strong, he say strange words", "Started one hour ago at lunch.", "1 hour", v(90, 36.7), nil), "emergency", "stroke_befast"},
		{"en shaking so badly she can't hold a cup is no stroke", in(58, "female", "en", "hands shaking so badly she can't hold a cup, diarrhoea", "On lithium for years, a water pill added 3 weeks ago.", "4 days", v(80, 36.7), []string{"lithium 800 mg", "bendroflumethiazide 2.5 mg"}), "urgent", ""},
		{"en see two of every thing, walk like drunk on carbamazepine and erythromycin", in(40, "female", "en", "i see two of every thing and walk like drunk, vomit one time", "Takes Tegretol from home; erythromycin from a pharmacy 4 days ago.", "2 days", v(78, 36.8), []string{"Tegretol 400 mg twice daily", "erythromycin 500 mg four times daily"}), "urgent", ""},
		{"pt sangrando muito depois que o bebê nasceu", in(27, "female", "pt-BR", "saindo muito sangue depois que o bebê nasceu, tonta, quase desmaiei", "Parto em casa ontem.", "1 dia", &casemodel.Vitals{HeartRate: fp(128), SystolicBP: fp(86), DiastolicBP: fp(50)}, nil), "emergency", ""},
		{"en medicine finish soon, want new one", in(61, "female", "en", "my pressure medicine finish soon, want new one", "No chest pain, no headache.", "", v(72, 36.6), []string{"amlodipine 5 mg"}), "routine", ""},
		{"en vaccines for school", in(5, "male", "en", "vaccines for school, papers lost", "Well child.", "", &casemodel.Vitals{HeartRate: fp(96), TemperatureC: fp(36.7)}, nil), "routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(30, "female", "en", "bad dreams every night about the war, loud noise make me very scared", "", "months", v(76, 36.6), nil), "psychiatry"},
		{in(25, "male", "en", "always tired and short of breath on stairs", "Stool test: hookworm eggs seen.", "months", v(96, 36.6), nil), "infectious_disease"},
		{in(35, "male", "en", "red ring on my leg getting bigger after a tick bite in the forest", "", "1 week", v(76, 36.8), nil), "infectious_disease"},
		{in(28, "male", "pt-BR", "caí de moto, dor no punho", "Dói ao apertar a tabaqueira anatômica.", "1 dia", v(80, 36.6), nil), "radiology"},
		{in(30, "female", "en", "not opened my bowels for 5 days, straining", "Eating and drinking normally.", "5 days", v(72, 36.6), nil), "gastroenterology"},
		{in(40, "male", "en", "cough for two months with a little blood in the spit, night sweats", "Lost 8 kg.", "2 months", v(92, 37.6), nil), "radiology"},
	})
}

// Round 138 (heldout137-138, invented text): first-aid posts. A
// saturation expected at the altitude of a mountain hut is not hypoxaemia
// (but a lower one, or breathlessness at rest, still is); a drug that
// "once gave him wheezing and hives" is an allergy history, not
// anaphylaxis now; fever with rigors after months in an Amazon mining camp
// is malaria until tested; lithium toxicity built over days with
// vomiting, a tremor and slurred speech is not a stroke call.
func TestRound138Rules(t *testing.T) {
	in := caseInput
	alt := func(spo2 float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(spo2), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en mild mountain sickness at 3,200 m, SpO2 88", in(41, "female", "en", "headache and off my food since we reached the hut", "Refuge at 3,200 m, walked up from the valley today. Walks a straight line, not short of breath at rest.", "since yesterday", alt(88), nil), "non_urgent|urgent", ""},
		{"en SpO2 79 at 3,200 m is still hypoxaemia", in(41, "female", "en", "headache and off my food since we reached the hut", "Refuge at 3,200 m. Walks a straight line.", "since yesterday", alt(79), nil), "emergency", "hypoxaemia"},
		{"en breathless at rest at altitude", in(35, "male", "en", "short of breath even sitting still, wet cough, since we climbed to camp", "Camp at 4,000 m.", "1 day", alt(84), nil), "emergency", ""},
		{"en aspirin once gave him wheezing and hives: history", in(35, "male", "en", "pulled a muscle in my back lifting, sore to bend", "Says aspirin once gave him wheezing and hives; fine on naproxen so far.", "1 day", alt(98), []string{"naproxen 500 mg twice daily"}), "non_urgent", ""},
		{"pt febre com calafrios depois do garimpo", in(29, "male", "pt-BR", "febre alta com calafrio que vem e vai, dor no corpo", "Chegou ontem vindo de Boa Vista, trabalhou 3 meses em garimpo.", "3 dias", &casemodel.Vitals{HeartRate: fp(104), TemperatureC: fp(39.0), Consciousness: "alert"}, nil), "urgent", "fever_travel"},
		{"en lithium toxicity over days, slurred speech", in(55, "female", "en", "shaking hands, being sick, walking like she's drunk, words a bit slurred", "On lithium for years; a water tablet was added a month ago.", "5 days", alt(98), []string{"lithium 800 mg", "bendroflumethiazide 2.5 mg"}), "urgent", "antiepileptic_toxicity"},
	})
}

// Round 140 (heldout139-140, invented text): notes and forms from
// families. Restrictive eating told by a parent ("hides food", "barely
// eating", weight down by a quarter) with a pulse of 46 and near-fainting
// is an amber medical risk (MEED 2022), with a pulse under 40 red; "in PE"
// at school is gym class, not an embolism; "travou a coluna" is back pain.
func TestRound140Rules(t *testing.T) {
	in := caseInput
	v := func(hr, sbp, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(58), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en hides food, pulse 46, nearly fainted in PE", in(17, "female", "en", "barely eating and lost a lot of weight, nearly fainted in PE", "Her mum says she hides food and runs every morning; 52 kg down to 40 kg.", "5 months", v(46, 92, 35.9), nil), "urgent", "eating_disorder_amber"},
		{"en hides food, pulse 36", in(17, "female", "en", "scared of getting fat, hides food, dizzy", "Weight 38 kg.", "8 months", v(36, 84, 35.4), nil), "emergency", ""},
		{"pt travou a coluna carregando peso", in(44, "male", "pt-BR", "travou a coluna carregando caixa, dor forte embaixo das costas", "Não desce para as pernas, sem febre, xixi normal. Preciso de atestado.", "1 dia", v(80, 128, 36.5), nil), "non_urgent", ""},
	})
	if c := clinical.Build(in(15, "female", "en", "felt faint in PE today", "", "", nil, nil), nil, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)); c.Has("vte_event") {
		t.Error("gym class at school read as a pulmonary embolism")
	}
}

// Round 141 (heldout141-142, invented text): older people writing for
// themselves. Knees that "ache" for years are a routine visit; "I forget
// names" is memory trouble; "uma vez fiquei com falta de ar" after an
// allergy is the old reaction, not breathlessness now.
func TestRound141Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(132), DiastolicBP: fp(78), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"en knees ache, it's been years", in(81, "female", "en", "both knees ache going down stairs, would like a walking stick", "It's been years. No swelling, no falls.", "", v, []string{"Tylenol as needed"}), "routine", ""},
		{"pt resfriado; uma vez fiquei com falta de ar com AAS", in(77, "female", "pt-BR", "resfriado, nariz escorrendo, sem febre", "Tenho alergia a AAS, uma vez fiquei com falta de ar. Respirando bem.", "3 dias", v, nil), "non_urgent|routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(80, "male", "en", "I forget names more than I used to", "Still does his own shopping.", "a year", v, nil), "neurology"},
	})
}

// Round 145 (heldout145-146, invented text): a youth text line. Pain that
// started round the navel and moved low on the right, in Portuguese, with
// fever and pain on walking is appendicitis; lower belly pain with fever
// and discharge in a young woman is PID until examined (BASHH 2019); a
// teenager who thinks everyone "would be better off if I was dead", with
// no plan, is seen the same day (NICE NG134), while an adult saying the
// same with plan and intent denied is reviewed within days.
func TestRound145Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"pt dor começou no umbigo e foi pra embaixo do lado direito", in(20, "male", "pt-BR", "dor que começou em volta do umbigo e agora tá embaixo do lado direito, dói pra andar", "Vomitou uma vez, sem fome.", "desde ontem", v(98, 38.2), nil), "urgent", ""},
		{"en low belly pain both sides with fever and discharge", in(20, "female", "en", "pain low down in my belly on both sides, smelly discharge, fever", "New partner, test negative.", "3 days", v(94, 38.3), nil), "urgent", "pelvic_pain_fever"},
		{"en teen: better off if I was dead, no plan", in(15, "female", "en", "everyone would be better off if i was dead, cant sleep", "No plan, nothing in my room.", "3 weeks", v(80, 36.6), nil), "urgent", "young_person_death_thoughts"},
		{"en adult: better off if I was dead, plan denied", in(34, "male", "en", "sometimes think everyone would be better off if i was dead", "No plan or intent, would never act on it; talks to his brother.", "2 months", v(76, 36.6), nil), "non_urgent|urgent", ""},
	})
}

// Session 13 rules (heldout147–150, invented text).
func TestRound147Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	tsh := func(val float64, hr float64) casemodel.Input {
		c := in(41, "female", "en", "weight loss, sweaty, shaky hands", "No fever, no confusion.", "6 weeks", v(hr, 37.0), nil)
		c.Labs = []casemodel.Lab{{Name: "TSH", Value: val, Unit: "mIU/L"}}
		return c
	}
	checkRules(t, []ruleCase{
		{"en jaw ache on stairs eased by rest", in(63, "female", "en", "tight ache in the jaw when climbing stairs, eases after resting", "Pain-free now. Type 2 diabetes.", "10 days", v(78, 36.7), nil), "urgent", "acs_pain_free"},
		{"pt indigestão ao subir ladeira que passa com repouso", in(58, "male", "pt-BR", "queimação no estômago ao subir ladeira, passa com repouso", "Sem dor agora.", "2 semanas", v(80, 36.6), nil), "urgent", "acs_pain_free"},
		{"en thyrotoxic with pulse 126", tsh(0.02, 126), "urgent", "thyrotoxicosis_tachycardia"},
		{"en suppressed TSH, pulse 92", tsh(0.02, 92), "non_urgent", "tsh_suppressed"},
		{"en asking for a DEXA", in(67, "female", "en", "asking for a bone density scan", "No falls, no fractures.", "", nil, nil), "routine", ""},
		{"en bitten on the leg by a stray cat", in(30, "male", "en", "bitten on the leg by a stray cat yesterday", "Cat ran off.", "1 day", v(80, 36.6), nil), "urgent", "rabies_exposure"},
		{"en head lice", in(6, "female", "en", "itchy scalp, live lice seen", "No sores, no fever.", "5 days", nil, nil), "routine", "self_care_infestation"},
		{"en head lice with infected sores and fever", in(6, "female", "en", "head lice, weeping sores on the neck, fever", "", "5 days", v(110, 38.6), nil), "non_urgent|urgent", ""},
		{"en contraindicated pair not started yet", in(60, "male", "en", "came to show the new prescription", "Itraconazole not started yet; takes simvastatin.", "", nil, []string{"simvastatin 40 mg", "itraconazole 200 mg (not started yet)"}), "routine|non_urgent", ""},
		{"en possible abruption", in(30, "female", "en", "tummy hard as a rock and crampy, blood on pad", "34 weeks pregnant. Hasn't felt the baby move since.", "1 hour", v(112, 36.8), nil), "emergency", ""},
		{"en toddler stopped walking with fever", in(2, "male", "en", "stopped walking, crawling instead, fever", "Cries when the left leg is moved.", "since this morning", v(140, 38.9), nil), "urgent", "septic_arthritis_child"},
		{"en fluid trickling at 37 weeks", in(25, "female", "en", "clear fluid keeps trickling when I stand", "37 weeks pregnant, baby moving.", "5 hours", v(84, 36.9), nil), "urgent", ""},
		{"en local reaction after jabs today", in(1, "female", "en", "had her jabs this morning, red firm lump where the shot went in", "Feeding well. No hives, no breathing trouble.", "6 hours", v(120, 37.4), nil), "routine", "vaccine_local_reaction"},
		{"en jab site spreading with fever", in(1, "female", "en", "had her jabs yesterday, red lump where the shot went in, spreading", "", "1 day", v(150, 38.8), nil), "non_urgent|urgent", ""},
		{"en booking first prenatal visit", in(28, "female", "en", "positive test, wants to book her first antenatal appointment", "No pain, no bleeding.", "", nil, nil), "routine", ""},
		{"en when to start solids", in(0, "male", "en", "asks when to start solid foods", "Growing well, no concerns.", "", nil, nil), "routine", ""},
		{"en breath-holding after a bump", in(2, "male", "en", "cried hard after bumping his head on a table, then went silent, blue and floppy for a few seconds", "Came round within a minute, now back to normal and playing.", "20 minutes", v(115, 36.6), nil), "non_urgent", "breath_holding_spell"},
		{"en blue and not back to normal", in(2, "male", "en", "went blue and limp, still very sleepy and pale", "", "20 minutes", v(160, 36.6), nil), "emergency", ""},
		{"en redcurrant jelly stool", in(1, "male", "en", "screaming bouts, drawing legs up, poo like red jelly", "Floppy between bouts.", "8 hours", v(150, 37.5), nil), "emergency", "intussusception"},
		{"en cystitis at 18 weeks", in(30, "female", "en", "burning when passing urine, going often, lower tummy ache", "18 weeks pregnant. Dipstick nitrites positive. No fever, no back pain, no bleeding.", "2 days", v(80, 36.8), nil), "non_urgent", "cystitis_pregnancy"},
		{"en urinary symptoms at 30 weeks", in(30, "female", "en", "burning when passing urine, lower tummy ache", "30 weeks pregnant. Dipstick nitrites positive.", "2 days", v(80, 36.8), nil), "urgent", ""},
	})
	checkRoutes(t, []routeCase{
		{in(36, "male", "en", "bitten on the hand by a stray dog", "Dog ran off, never vaccinated.", "2 hours", v(84, 36.7), nil), "emergency_medicine"},
		{in(40, "female", "pt-BR", "acordei com torcicolo", "Sem trauma, sem febre.", "1 dia", nil, nil), "orthopedics"},
		{func() casemodel.Input {
			c := in(60, "female", "en", "asks about her thyroid tablet timing", "Feels well.", "", nil, []string{"levothyroxine 100 mcg"})
			c.Labs = []casemodel.Lab{{Name: "TSH", Value: 7.2, Unit: "mIU/L"}}
			return c
		}(), "endocrinology"},
		{in(64, "male", "pt-BR", "renovação de receitas", "O cardiologista receitou sinvastatina e outro médico acrescentou genfibrozila.", "", nil, []string{"sinvastatina 40 mg", "genfibrozila 600 mg"}), "cardiology"},
		{in(1, "female", "en", "screaming bouts, drawing legs up, poo like red jelly", "Floppy between bouts.", "8 hours", v(150, 37.5), nil), "radiology"},
		{in(55, "female", "en", "scan for indigestion showed a cyst on the left kidney", "Simple cyst, no symptoms.", "", nil, nil), "nephrology"},
	})
}

// Session 13 rules, heldout151–152 (invented text).
func TestRound151Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en big swelling round a wasp sting", in(40, "male", "en", "wasp sting on the forearm yesterday, whole forearm swollen and red", "No wheeze, no lip swelling, no hives elsewhere.", "1 day", v(76, 36.7), nil), "non_urgent|routine", ""},
		{"en mild sickle pain controlled at home", func() casemodel.Input {
			c := in(25, "male", "en", "mild ache in both knees like my usual crises", "Sickle cell disease (HbSS). Pain controlled at home with paracetamol, drinking well, no fever, no chest pain.", "1 day", v(80, 36.8), nil)
			c.SeverityRating = i(3)
			return c
		}(), "non_urgent", "sickle_pain_home"},
		{"en sickle pain not held at home", func() casemodel.Input {
			c := in(25, "male", "en", "severe pain in the back and legs, crisis", "Sickle cell disease. Codeine at home not helping.", "6 hours", v(104, 37.2), nil)
			c.SeverityRating = i(8)
			return c
		}(), "urgent", "sickle_crisis"},
		{"en diarrhoea on pembrolizumab", in(62, "female", "en", "diarrhoea 5 times a day", "On Keytruda for lung cancer, last dose 10 days ago. No blood.", "2 days", v(88, 37.0), []string{"pembrolizumab 200 mg every 3 weeks"}), "urgent", "immune_colitis"},
		{"en silent fistula", in(70, "male", "en", "no buzz in my fistula since last night", "Haemodialysis Mon/Wed/Fri.", "10 hours", v(74, 36.6), nil), "urgent", "fistula_thrombosis"},
		{"en cushingoid on a booster", in(50, "female", "en", "face got rounder, purple stretch marks, bruises easily", "On ritonavir-boosted darunavir and a fluticasone inhaler.", "4 months", v(80, 36.6), []string{"darunavir 800 mg", "ritonavir 100 mg", "fluticasone 250 mcg inhaler"}), "non_urgent", "cushingoid"},
		{"en cloudy PD bag", in(58, "female", "en", "PD bag cloudy this morning, tummy ache", "CAPD for 2 years.", "8 hours", v(92, 37.6), nil), "urgent", "pd_peritonitis"},
	})
	checkRoutes(t, []routeCase{
		{in(70, "male", "en", "no buzz in my fistula since last night", "Haemodialysis Mon/Wed/Fri.", "10 hours", v(74, 36.6), nil), "nephrology"},
		{in(70, "male", "en", "no buzz in my fistula since last night", "Haemodialysis Mon/Wed/Fri.", "10 hours", v(74, 36.6), nil), "radiology"},
		{in(50, "female", "en", "face got rounder, purple stretch marks", "", "4 months", nil, nil), "endocrinology"},
		{in(58, "female", "en", "PD bag cloudy, tummy ache", "", "8 hours", v(92, 37.6), nil), "infectious_disease"},
		{in(45, "male", "pt-BR", "cansaço e feridas na boca", "Transplante renal há 6 anos.", "1 semana", nil, nil), "nephrology"},
		{in(52, "female", "en", "itchy skin and tired", "Liver transplant 2021, on tacrolimus.", "2 weeks", nil, nil), "gastroenterology"},
		{in(30, "female", "en", "coughing up a cupful of fresh blood", "Cystic fibrosis.", "1 hour", v(118, 37.0), nil), "radiology"},
	})
}

// Session 13 rules, heldout153–154 (invented text).
func TestRound153Rules(t *testing.T) {
	in := caseInput
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"en hand foot and mouth, drinking well", in(2, "female", "en", "blisters on hands and feet, ulcers in the mouth, mild fever", "Drinking well, wet nappies, playful. Nursery outbreak.", "2 days", v(120, 37.9), nil), "non_urgent", ""},
		{"en rash with mouth sores and peeling skin on a new drug", in(40, "male", "en", "rash with blisters, skin peeling, sores in the mouth and eyes", "Started lamotrigine 3 weeks ago.", "2 days", v(110, 38.4), []string{"lamotrigine 50 mg"}), "emergency", "sjs_ten"},
		{"en paracetamol 1 g every 4 hours for 3 days", in(35, "male", "en", "toothache, taking lots of painkillers", "Weight 70 kg. No nausea.", "3 days", nil, []string{"paracetamol 1 g every 4 hours", "co-codamol 30/500 two tablets four times a day"}), "urgent", "staggered_paracetamol_overdose"},
		{"en paracetamol told as 8 g a day", in(50, "female", "en", "back pain", "Has been taking about 8 g a day of paracetamol for 2 days.", "2 days", nil, nil), "urgent", "staggered_paracetamol_overdose"},
		{"en paracetamol 1 g four times a day", in(50, "female", "en", "back pain for a week", "No red flags.", "1 week", nil, []string{"paracetamol 1 g four times a day"}), "non_urgent|routine", ""},
		{"pt xixi cor de coca-cola after a workout", in(24, "male", "pt-BR", "coxas muito doloridas e o xixi está cor de coca-cola", "Treino pesado de pernas há 2 dias.", "2 dias", v(90, 36.8), nil), "urgent", "rhabdomyolysis"},
		{"en rugby head clash, out and amnesic", in(20, "male", "en", "head clash in a tackle", "Lay motionless for 10 seconds, can't remember the match. GCS 15 now.", "20 minutes", v(78, 36.7), nil), "urgent", "head_injury_loc"},
		{"en last dose of paracetamol is not alcohol", in(30, "female", "en", "headache", "Last dose of paracetamol 2 hours ago.", "1 day", nil, nil), "non_urgent|routine", ""},
		{"en fell 5 metres from scaffolding", in(45, "male", "en", "fell about 5 metres from scaffolding, pelvic pain", "Pale and clammy.", "20 minutes", v(118, 36.2), nil), "emergency", "major_trauma"},
		{"en turf burn", in(19, "male", "en", "turf burn on the knee, a bit red", "No fever.", "2 days", v(70, 36.7), nil), "non_urgent|routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(45, "male", "en", "fell about 5 metres from scaffolding, pelvic pain", "Pale and clammy.", "20 minutes", v(118, 36.2), nil), "orthopedics"},
		{in(45, "male", "en", "fell about 5 metres from scaffolding, pelvic pain", "Pale and clammy.", "20 minutes", v(118, 36.2), nil), "radiology"},
		{in(30, "male", "en", "legs pinned under a fallen beam for an hour", "Thighs tense and swollen.", "1 hour", v(120, 36.5), nil), "orthopedics"},
		{in(28, "male", "en", "crashed his bike, head hit the road, helmet split", "Drowsy, vomited twice.", "30 minutes", v(60, 36.5), nil), "neurology"},
		{in(35, "female", "en", "stiff, achy neck and shoulders after work", "Laptop at the kitchen table.", "3 months", nil, nil), "orthopedics"},
		{in(61, "male", "en", "cholesterol review", "On simvastatin, no aches.", "", nil, []string{"simvastatin 20 mg"}), "cardiology"},
		{in(35, "male", "en", "toothache", "Weight 70 kg.", "3 days", nil, []string{"paracetamol 1 g every 4 hours", "cold and flu sachets (paracetamol 1 g) three times a day"}), "gastroenterology"},
	})
}

// Session 13 rules, heldout156 (invented text).
func TestRound156Rules(t *testing.T) {
	in := caseInput
	child := func(age int, hr, sbp, dbp, temp float64, sym, notes string, labs ...casemodel.Lab) casemodel.Input {
		c := in(age, "female", "pt-BR", sym, notes, "5 dias", &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(dbp), TemperatureC: fp(temp), Consciousness: "alert"}, nil)
		c.Labs = labs
		return c
	}
	checkRules(t, []ruleCase{
		{"pt child with Hb 6.5 and a pulse normal for age", child(3, 130, 96, 60, 37.8, "muito pálida, cansada", "Brincando, aceitando líquidos. Sem sangramento.", casemodel.Lab{Name: "hemoglobina", Value: 6.5, Unit: "g/dL"}), "urgent", "critical_lab_hemoglobin"},
		{"pt child with Hb 6.5 and a pulse of 170", child(3, 170, 96, 60, 37.8, "muito pálida, cansada", "Sem sangramento.", casemodel.Lab{Name: "hemoglobina", Value: 6.5, Unit: "g/dL"}), "emergency", "anaemia_symptomatic"},
		{"pt dengue with warning signs, perfusion kept", child(8, 126, 100, 64, 37.9, "dengue, dor na barriga e vômitos", "NS1 positivo. Extremidades quentes, enchimento capilar 2 s."), "urgent", "dengue_warning"},
		{"pt dengue with a narrow pulse pressure", child(8, 140, 90, 76, 37.9, "dengue, dor na barriga e vômitos", "NS1 positivo. Extremidades frias."), "emergency", "dengue_severe"},
		{"pt chikungunya with dengue excluded", in(70, "female", "pt-BR", "dor nas juntas das mãos, febre", "IgM chikungunya reagente; NS1 e IgM dengue não reagentes. Hipertensa.", "6 dias", &casemodel.Vitals{HeartRate: fp(80), TemperatureC: fp(37.9), Consciousness: "alert"}, nil), "non_urgent", ""},
		{"pt seizure 3 weeks ago, none since", in(30, "male", "pt-BR", "renovação de receita", "Teve uma crise convulsiva há 3 semanas, iniciou carbamazepina, sem novas crises.", "", nil, []string{"carbamazepina 200 mg"}), "routine|non_urgent", ""},
	})
}

func TestRound159Rules(t *testing.T) {
	in := caseInput
	elder := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(132), RespiratoryRate: fp(18), SpO2: fp(95), TemperatureC: fp(37.9), Consciousness: "confused", GCS: i(14)}
	calm := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(124), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// dementia is the baseline; worse than usual is new confusion for NEWS2
		{"confusion worse than usual in dementia", in(88, "male", "en", "much more confused than normal, off his food", "Vascular dementia, usually recognises his wife. Urine smells strong.", "2 days", elder, nil), "urgent", "news2_medium"},
		{"usual confusion in dementia, nothing new", in(88, "male", "en", "routine visit, usual confusion, no more confused than usual", "Vascular dementia.", "", &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(130), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "confused"}, nil), "routine|non_urgent", ""},
		{"pt mais confusa que o habitual", in(90, "female", "pt-BR", "mais confusa que o habitual desde ontem", "Demência de Alzheimer.", "1 dia", elder, nil), "urgent", "news2_medium"},
		// scorpions and spiders graded by their signs
		{"pt scorpion sting, local pain only, toddler", in(3, "male", "pt-BR", "picada de escorpião no pé, chorando de dor", "Sem vômitos, sem sudorese, sem sonolência. Ativo.", "30 minutos", &casemodel.Vitals{HeartRate: fp(124), SystolicBP: fp(98), RespiratoryRate: fp(26), TemperatureC: fp(36.5), Consciousness: "alert"}, nil), "urgent", "arachnid_sting_local"},
		{"pt scorpion sting with vomiting and drooling", in(4, "female", "pt-BR", "picada de escorpião, vomitou várias vezes, babando", "Sudorese.", "1 hora", nil, nil), "emergency", "envenomation"},
		{"brown spider plaque, no dark urine", in(50, "male", "en", "painful purple patch on the thigh, a brown spider was in his trousers", "Livedoid plaque with pale and violaceous areas. No dark urine, no jaundice.", "1 day", calm, nil), "urgent", "arachnid_sting_local"},
		{"snake bite stays an emergency", in(40, "male", "pt-BR", "picada de cobra na mão", "Dor local.", "1 hora", calm, nil), "emergency", "envenomation"},
		{"pt Lonomia contact without bleeding", in(30, "male", "pt-BR", "ardência no braço depois de encostar numa taturana", "Sem sangramentos. Tempo de coagulação normal.", "1 hora", calm, nil), "urgent", "lonomia_contact"},
		{"bats got into the house, small bleeding wound", in(28, "female", "en", "small wound on the toe, bats got into the bedroom overnight", "Never vaccinated against rabies.", "6 hours", calm, nil), "urgent", "rabies_exposure"},
		// requests and planned conversations are routine
		{"asks for a bone density scan", in(67, "female", "en", "asks about a bone density scan, her sister has osteoporosis", "No falls, no fractures. Menopause at 51.", "", calm, nil), "routine", ""},
		{"advance care planning meeting", in(91, "female", "en", "family meeting to update the DNACPR form, no acute problems", "Frail, eating well, comfortable.", "", calm, nil), "routine", ""},
		// a drug the doctor only intends to prescribe is changed at this visit
		{"interaction with a drug not yet prescribed", in(25, "male", "en", "pre-travel advice for the Amazon", "On isotretinoin for acne. GP intends to prescribe doxycycline for malaria prophylaxis.", "", calm, []string{"isotretinoin 20 mg daily"}), "routine", ""},
		// carers' words for a painful hip after a fall
		{"holding the groin after a fall, walking slowly", in(86, "female", "en", "slipped and fell last night, holding her right groin today", "Walking with frame but reluctant to put full weight on the right leg.", "1 day", calm, nil), "urgent", "possible_fracture"},
		{"bladder scan over a litre written with a comma", in(82, "male", "en", "restless, pad dry overnight, lower tummy swollen", "Bladder scan 1,200 mL.", "12 hours", calm, nil), "urgent", "urinary_retention"},
		// gout
		{"hot red swollen big toe, afebrile", in(58, "male", "en", "big toe red, hot and swollen since last night", "Drinks beer at weekends. Feels well.", "1 day", calm, nil), "non_urgent", "gout_flare"},
		{"hot big toe with fever is aspirated", in(58, "male", "en", "big toe red, hot and swollen, shivering", "", "1 day", &casemodel.Vitals{HeartRate: fp(108), SystolicBP: fp(124), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "urgent", "hot_joint"},
		{"knee flare in known gout, well", in(66, "male", "en", "left knee hot and swollen again", "Known gout on allopurinol. No fever, walking.", "2 days", calm, []string{"allopurinol 200 mg"}), "non_urgent", "gout_flare"},
		{"first hot knee without gout stays urgent", in(66, "male", "en", "left knee hot and swollen", "No injury.", "2 days", calm, nil), "urgent", "hot_joint"},
	})
	checkRoutes(t, []routeCase{
		{in(45, "female", "en", "routine review, feels well", "Chagas disease, T. cruzi serology positive at blood donation.", "", calm, nil), "cardiology"},
		{in(45, "female", "en", "routine review, feels well", "Chagas disease, T. cruzi serology positive at blood donation.", "", calm, nil), "infectious_disease"},
		{in(30, "male", "en", "TB follow-up, month 2 of RHZE", "Pulmonary TB, sputum smear now negative.", "", calm, nil), "pulmonology"},
		{in(30, "male", "en", "TB follow-up, month 2 of RHZE", "Pulmonary TB, sputum smear now negative.", "", calm, nil), "infectious_disease"},
		{in(22, "male", "en", "sore on the leg that won't heal", "Back 2 months from jungle training.", "5 weeks", calm, nil), "infectious_disease"},
		{in(30, "female", "en", "itchy winding red line on the foot that moves every day", "Beach holiday, barefoot.", "1 week", calm, nil), "infectious_disease"},
		{in(55, "male", "pt-BR", "retorno, paracoccidioidomicose em tratamento", "Itraconazol.", "", calm, nil), "infectious_disease"},
		{in(84, "female", "en", "walking the corridors every evening, restless", "Alzheimer's dementia, settles with music.", "months", calm, nil), "psychiatry"},
		{in(3, "male", "pt-BR", "picada de escorpião no pé", "Só dor local.", "30 minutos", calm, nil), "emergency_medicine"},
	})
}

func TestRound163Rules(t *testing.T) {
	in := caseInput
	calm := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(118), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert", GCS: i(15)}
	checkRules(t, []ruleCase{
		// labour before 34 weeks with an open cervix
		{"pt contractions at 31 weeks, cervix 5 cm", in(24, "female", "pt-BR", "contrações regulares e dor nas costas", "IG 31 semanas. Toque: colo 5 cm, 70% apagado, bolsa íntegra.", "3 horas", calm, nil), "emergency", "preterm_labour_established"},
		{"contractions at 31 weeks, closed cervix", in(24, "female", "en", "tightenings every 15 minutes", "31 weeks pregnant. Cervix closed and long.", "2 hours", calm, nil), "urgent", "preterm_labour"},
		{"baby quieter in the womb at term", in(30, "female", "en", "baby has been much quieter since this morning", "39 weeks pregnant. No bleeding, no pain.", "8 hours", calm, nil), "urgent", "reduced_fetal_movements"},
		{"newborn with a red, smelly belly button", in(0, "male", "en", "his belly button is red and smells, yellow discharge", "8 days old, feeding well.", "1 day", nil, nil), "urgent", "omphalitis"},
		// overdoses and self-harm
		{"overdose medically cleared, alert", in(26, "female", "en", "overdose of sertraline yesterday, now medically cleared", "Observed overnight, obs normal, GCS 15. Regrets it, no ongoing intent.", "20 hours", calm, nil), "urgent", "overdose_medically_cleared"},
		{"overdose not yet treated stays an emergency", in(26, "female", "en", "took 30 sertraline an hour ago", "", "1 hour", calm, nil), "emergency", "overdose"},
		{"pt passive death wishes with a safety plan", in(40, "female", "pt-BR", "tristeza, às vezes pensa que seria melhor não acordar", "Pensamentos passivos de morte, sem plano, sem ideação ativa. Aceita plano de segurança.", "2 meses", calm, nil), "urgent", "passive_death_wish"},
		{"pt self-harm cuts with a blade", in(19, "female", "pt-BR", "cortes no braço com lâmina, sangramento controlado", "Se corta para aliviar a angústia. Nega ideação suicida.", "1 hora", calm, nil), "urgent", "self_harm_recent"},
		{"cocaine with a pulse of 118", in(23, "male", "en", "heart racing after cocaine at a party", "No chest pain.", "2 hours", &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(150), Consciousness: "alert"}, nil), "urgent", "stimulant_toxicity"},
		{"paracetamol and co-codamol by mistake for three days", in(34, "female", "en", "toothache, taking lots of paracetamol and co-codamol", "Didn't realise both had paracetamol: about 8 g a day, weight 55 kg. No nausea.", "3 days", calm, []string{"paracetamol 1 g four times daily", "co-codamol 30/500 mg 2 tablets four times daily"}), "urgent", "staggered_paracetamol_overdose"},
		{"catatonia told as alert is not reduced consciousness", in(35, "female", "en", "not speaking, staring, holding postures", "Catatonia, Bush-Francis 12. Drinks when prompted.", "2 days", &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(120), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.9), Consciousness: "alert", GCS: i(14)}, nil), "urgent", "catatonia"},
	})
	checkRoutes(t, []routeCase{
		{in(36, "female", "pt-BR", "quer engravidar, consulta pré-concepcional", "Sem queixas.", "", calm, nil), "obstetrics_gynecology"},
		{in(70, "male", "en", "nosebleeds and bruises", "Mechanical mitral valve on warfarin, INR 5.6.", "2 days", calm, []string{"warfarin 5 mg"}), "cardiology"},
		{in(50, "male", "en", "snake bite, aching muscles, dark urine", "Rattlesnake.", "5 hours", calm, nil), "nephrology"},
	})
}

func TestRound167Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(140), RespiratoryRate: fp(20), SpO2: fp(95), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"orthopnoea, oedema to the knees and a raised JVP, no known heart failure", in(70, "male", "en", "legs swelling, breathless lying flat, sleeps on 3 pillows", "JVP raised 4 cm, pitting oedema to the knees, bibasal crackles. Weight up 3 kg.", "2 weeks", v, nil), "urgent", "hf_new_signs"},
		{"psychosis improving on treatment is not a new psychosis", in(24, "male", "en", "feels restless inside after the new tablets", "Psychotic symptoms improving on aripiprazole. Denies SI.", "10 days", v, []string{"aripiprazole 15 mg daily"}), "non_urgent", ""},
		{"usually chatty, muddled since yesterday, dementia", in(87, "female", "en", "confused, off legs", "Usually chatty, knows staff. Since yesterday muddled. Mild Alzheimer's. Urine smelly.", "1 day", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(126), RespiratoryRate: fp(20), SpO2: fp(95), TemperatureC: fp(37.7), Consciousness: "confused", GCS: i(14)}, nil), "urgent", "news2_medium"},
	})
	checkRules(t, []ruleCase{
		{"interaction with a drug prescribed, not yet started, at a planned review", in(52, "male", "en", "medication review before starting the new gout tablet", "Crohn's on azathioprine. Allopurinol prescribed last week; not yet started.", "", v, []string{"azathioprine 100 mg daily", "allopurinol 100 mg daily"}), "routine", ""},
	})
	ldl := in(45, "female", "pt-BR", "retorno com exames de rotina", "Assintomática. Pai com IAM aos 50 anos.", "", v, nil)
	ldl.Labs = []casemodel.Lab{{Name: "LDL", Value: 178, Unit: "mg/dL"}}
	checkRoutes(t, []routeCase{{ldl, "cardiology"}})
	c := in(6, "male", "pt-BR", "pontinhos vermelhos pelo corpo", "Ativo, afebril.", "2 dias", v, nil)
	c.Labs = []casemodel.Lab{{Name: "plaquetas", Value: 9000, Unit: "/mm³"}}
	checkRules(t, []ruleCase{{"platelets written per mm³", c, "urgent|emergency", "critical_lab_platelets"}})
}

func TestRound169Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(128), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	febrile := &casemodel.Vitals{HeartRate: fp(124), RespiratoryRate: fp(24), SpO2: fp(97), TemperatureC: fp(38.9), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"drain cleaner splashed into one eye", in(41, "female", "en", "drain cleaner splashed in her right eye while unblocking the sink, burning", "Rinsed briefly at home.", "20 minutes", nil, nil), "emergency", "chemical_eye_injury"},
		{"cal virgem no olho", in(36, "male", "pt-BR", "caiu cal virgem nos dois olhos na obra, ardência forte", "Não consegue abrir os olhos.", "30 minutos", nil, nil), "emergency", "chemical_eye_injury"},
		{"a scratched cornea with no chemical splash stays non-urgent", in(30, "female", "en", "my toddler poked my eye, watering and gritty", "Acuity 6/6. Small abrasion on fluorescein. No chemical splash, no contact lenses.", "4 hours", v, nil), "non_urgent", ""},
		{"floor of the mouth raised after a molar infection", in(45, "male", "en", "swollen under the jaw on both sides, cannot swallow well, toothache", "Lower molar abscess. Floor of mouth raised, tongue pushed up and back, drooling.", "2 days", febrile, nil), "emergency", "ludwig_angina"},
		{"orbital cellulitis with colour vision falling", in(9, "female", "en", "swollen red eye that bulges, double vision, fever", "Proptosis, painful restricted eye movements. Reduced colour vision in that eye.", "2 days", febrile, nil), "emergency", "orbital_cellulitis_vision"},
		{"orbital cellulitis with vision and pupils preserved stays urgent", in(9, "female", "en", "swollen red eye that bulges, fever", "Proptosis, pain on moving the eye. Acuity normal, no afferent pupillary defect.", "2 days", febrile, nil), "urgent", "orbital_cellulitis"},
		{"positive pharmacy test told backwards, pain low on one side, almost fainted", in(26, "female", "pt-BR", "dor forte do lado esquerdo embaixo da barriga, quase desmaiei", "Menstruação atrasada 6 semanas, deu positivo no teste de farmácia. Sangramento escuro.", "hoje", nil, nil), "emergency", "ectopic"},
		{"cystitis then fever and one-sided back pain in Portuguese", in(30, "female", "pt-BR", "ardência pra fazer xixi, febre 38,9, dor forte nas costas do lado esquerdo", "Vomitou uma vez, toma água.", "3 dias", nil, nil), "urgent", "pyelonephritis"},
		{"punched-out erosions on a toddler's eczema", in(3, "male", "en", "eczema flared with painful sores on the face, fever", "Crops of punched-out erosions over the eczema on both cheeks. Drinking well.", "2 days", &casemodel.Vitals{HeartRate: fp(130), TemperatureC: fp(38.2), Consciousness: "alert"}, nil), "urgent", "eczema_herpeticum"},
		{"a fracture healed out of its cast is a routine review", in(62, "female", "en", "follow-up after ankle fracture, cast off, a bit stiff", "Fell 8 weeks ago. X-ray today: fracture healed. Walking without aids.", "8 weeks", v, nil), "routine", ""},
		{"pulmonary embolism found on a staging scan, not anticoagulated", in(66, "female", "en", "no symptoms; phoned about her scan", "Staging CT for lung cancer incidentally showed a subsegmental pulmonary embolism. Not on anticoagulation.", "", v, nil), "urgent", "incidental_vte"},
		{"sick note after a stomach bug that has passed", in(33, "female", "en", "needs a sick note for work, tummy bug all better now", "Off work two days with vomiting, better since yesterday, eating normally again.", "3 days", nil, nil), "routine", ""},
		{"port flush due", in(52, "male", "en", "due for his port flush", "Chemotherapy finished 4 months ago. Site clean, no fever.", "", v, nil), "routine", ""},
		{"ouvido tampado por cerume", in(70, "female", "pt-BR", "ouvido esquerdo tampado, ouvindo menos", "Cerume impactado à otoscopia. Sem dor, sem tontura.", "3 semanas", v, nil), "routine", "earwax_like"},
	})
	// a painful knee "not hot or red" is not a hot joint, and a DVT on
	// long-term warfarin is a known condition, not new leg signs
	knee := in(66, "female", "en", "painful left knee for a week, asks about ibuprofen", "Recurrent DVT on long-term warfarin. Knee not hot or red, walking normally.", "1 week", v, []string{"warfarin 5 mg daily"})
	checkRules(t, []ruleCase{{"knee not hot on long-term warfarin", knee, "non_urgent", ""}})
	ker := in(24, "female", "en", "painful red eye, can't bear light, contact lens wearer", "Slept in lenses. White spot on the cornea.", "1 day", v, nil)
	checkRoutes(t, []routeCase{{ker, "infectious_disease"}, {ker, "emergency_medicine"}})
}

func TestRound175Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(126), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"open fracture of a fingertip, perfused", in(35, "male", "en", "finger crushed in a door at work, bone showing at the tip", "Open fracture of the distal phalanx tuft, nail bed torn. Finger pink, sensation normal.", "1 hour", v, nil), "urgent", "open_fracture_digit"},
		{"open tibial fracture stays an emergency", in(35, "male", "en", "fell off a ladder, bone sticking out of the shin", "Open tibial fracture, foot warm.", "1 hour", v, nil), "emergency", "open_fracture"},
		{"a dislocated shoulder that will not move is no stroke", in(24, "male", "pt-BR", "ombro esquerdo saiu do lugar no futebol, não consegue mexer o braço", "Sinal da dragona, braço em abdução e rotação externa. Pulso radial presente.", "1 hora", v, nil), "urgent", "deformity"},
		{"mild chlorpyrifos exposure with muscarinic symptoms only", in(40, "male", "pt-BR", "dor de cabeça e enjoo depois de aplicar agrotóxico", "Aplicou clorpirifós sem luvas. Pupilas mióticas, sem broncorreia, sem fasciculações.", "2 horas", v, nil), "urgent", "organophosphate_exposure"},
		{"organophosphate with bronchorrhoea and a slow pulse", in(40, "male", "en", "vomiting, drooling, short of breath after spraying insecticide", "Sprayed malathion. Bronchorrhoea, fasciculations, pinpoint pupils.", "2 hours", &casemodel.Vitals{HeartRate: fp(44), SystolicBP: fp(92), RespiratoryRate: fp(28), SpO2: fp(89), Consciousness: "alert"}, nil), "emergency", "cholinergic_crisis"},
		{"silo gas with a cough", in(50, "male", "en", "coughing after climbing into the silo", "Yellow-brown haze in the silo, bleach smell. Dry cough, chest clear.", "1 day", v, nil), "urgent", "toxic_inhalation"},
		{"flexor tendon cut: no active flexion at the DIP", in(30, "male", "en", "cut my finger with a knife, can't bend the tip", "Laceration over the middle phalanx. No active flexion at the DIP.", "1 hour", v, nil), "urgent", "tendon_rupture"},
		{"a twisted knee swelling within hours without fever is not a septic joint", in(27, "female", "pt-BR", "torci o joelho no vôlei e inchou", "Derrame articular em menos de 2 horas. Apoia e caminha. Sem febre.", "1 dia", v, nil), "non_urgent", ""},
		{"dislocated hip with weak dorsiflexion", in(38, "female", "en", "severe hip pain after a car crash, can't move the leg", "Knee hit the dashboard. Leg shortened, flexed, adducted, internally rotated. Weak ankle dorsiflexion.", "1 hour", v, nil), "emergency", "limb_injury_neurovascular"},
	})
	shock := in(45, "male", "en", "got a shock from a 230 V panel at work, tingling hand", "Pulled away at once, no loss of consciousness. ECG normal.", "1 hour", v, nil)
	fb := in(45, "male", "en", "rust flake in my eye, scratchy", "Corneal foreign body with a rust ring, acuity 6/6.", "3 hours", v, nil)
	ctd := in(50, "female", "pt-BR", "formigamento à noite nos dedos da mão direita", "Phalen e Tinel positivos.", "6 meses", v, nil)
	checkRoutes(t, []routeCase{{shock, "emergency_medicine"}, {fb, "emergency_medicine"}, {ctd, "neurology"}, {ctd, "orthopedics"}})
	// "electric shock-like" pain and antidepressant "zaps" are not
	// electrical injuries
	zap := in(30, "female", "en", "electric shock feelings in the head since stopping sertraline", "", "3 days", v, nil)
	checkRules(t, []ruleCase{{"brain zaps", zap, "non_urgent|routine", ""}})
}

func TestRound176Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"leprosy reaction with ulnar neuritis", in(45, "male", "pt-BR", "dor no cotovelo irradiando para a mão, dormência no dedo mínimo", "Hanseníase em PQT há 5 meses. Nervo ulnar espessado e doloroso, força reduzida.", "4 dias", v, nil), "urgent", "leprosy_reaction"},
		{"first antenatal visit with negative rapid tests", in(25, "female", "pt-BR", "primeira consulta de pré-natal, sem queixas", "10 semanas. TR para HIV, sífilis, hepatite B e hepatite C não reagentes. Nega sangramento, dor em baixo ventre ou corrimento.", "", v, nil), "routine", ""},
	})
	c := in(25, "female", "pt-BR", "pré-natal", "TR para HIV, sífilis, hepatite B e hepatite C não reagentes.", "", v, nil)
	cc := clinical.Build(c, nil, ref)
	for _, f := range []string{"hiv_known", "viral_hepatitis"} {
		if cc.Has(f) {
			t.Errorf("a non-reactive rapid test read as %s", f)
		}
	}
}

func TestRound178Rules(t *testing.T) {
	in := caseInput
	child := &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(24), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a coin the X-ray shows in the stomach of a well child", in(4, "male", "en", "swallowed a coin", "No choking, no vomiting, eating. X-ray: round coin in the stomach. No magnets.", "3 hours", child, nil), "non_urgent", "foreign_body_in_stomach"},
		{"a coin not yet imaged is X-rayed the same day", in(4, "male", "en", "swallowed a coin", "No choking, eating normally.", "1 hour", child, nil), "urgent", "foreign_body_ingestion"},
		{"magnets in the stomach, no symptoms", in(5, "female", "en", "swallowed two small magnets from a toy", "No tummy pain, no vomiting. X-ray: two round densities in the stomach.", "2 hours", child, nil), "urgent", "magnets_in_stomach"},
		{"a button battery stays an emergency", in(3, "male", "en", "swallowed a button battery", "X-ray: disc with a double ring in the stomach. No symptoms.", "1 hour", child, nil), "emergency", "button_battery"},
		{"iron tablets under 60 mg/kg, vomited once, well", in(2, "female", "en", "ate mum's iron tablets, vomited once", "Ferrous sulfate, up to 35 mg/kg elemental iron. Playful, abdomen soft.", "1 hour", &casemodel.Vitals{HeartRate: fp(120), SystolicBP: fp(96), RespiratoryRate: fp(26), SpO2: fp(99), Consciousness: "alert"}, nil), "urgent", "iron_ingestion_moderate"},
		{"iron tablets over 60 mg/kg stay an emergency", in(2, "female", "en", "ate mum's iron tablets, vomiting", "Ferrous sulfate, about 90 mg/kg elemental iron.", "1 hour", child, nil), "emergency", "overdose"},
		{"buckle fracture on the X-ray", in(7, "male", "pt-BR", "caiu do patinete, dor no punho", "Radiografia: fratura em toro do rádio distal, sem desvio. Pulsos normais.", "2 horas", child, nil), "non_urgent", "torus_fracture"},
		{"anorexia with a pulse of 48 and other signs not red", in(15, "female", "en", "losing weight, always cold, dizzy on standing", "Anorexia nervosa, BMI 15. Restricting.", "4 months", &casemodel.Vitals{HeartRate: fp(48), SystolicBP: fp(90), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(35.7), Consciousness: "alert"}, nil), "urgent", "eating_disorder_bradycardia"},
		{"anorexia with a pulse of 36 is red", in(15, "female", "en", "losing weight, dizzy", "Anorexia nervosa, BMI 13.", "6 months", &casemodel.Vitals{HeartRate: fp(36), SystolicBP: fp(84), RespiratoryRate: fp(14), SpO2: fp(99), Consciousness: "alert"}, nil), "emergency", ""},
		{"dystonia after Plasil with haloperidol is no stroke", in(29, "female", "pt-BR", "pescoço virando para o lado, olhos virados para cima, dificuldade para falar", "Usa haloperidol. Ontem iniciou Plasil. Torcicolo, crise oculógira, sem estridor.", "2 horas", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(128), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}, []string{"haloperidol 5 mg", "Plasil 10 mg"}), "urgent", "acute_dystonia"},
		{"suture removal", in(45, "male", "pt-BR", "retirada de pontos da perna", "Ferida limpa, sem secreção.", "", nil, nil), "routine", ""},
	})
}

func TestRound182Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(118), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"sudden one-sided pain and vomiting with a known ovarian cyst", in(22, "female", "en", "sudden severe right lower tummy pain, vomiting", "Known 6 cm right ovarian cyst. hCG negative.", "3 hours", v, nil), "emergency", "ovarian_torsion"},
		{"torção ovariana no ultrassom", in(19, "female", "pt-BR", "dor forte no pé da barriga, vômitos", "USG: ovário direito aumentado, sem fluxo ao Doppler.", "4 horas", v, nil), "emergency", "ovarian_torsion"},
		{"strangled until she blacked out, hoarse", in(28, "female", "en", "he strangled me until I blacked out, my voice is hoarse", "Bruising on both sides of the neck, petechiae.", "2 hours", v, nil), "emergency", "strangulation_high_risk"},
		{"syphilis with floaters and blurred vision", in(35, "female", "en", "blurry vision and floaters in both eyes", "RPR 1:64, TPPA positive. Rash on the palms last month.", "1 week", v, nil), "urgent", "neurosyphilis"},
		{"condom split, needs emergency contraception", in(26, "female", "en", "condom split last night, need the morning-after pill", "Regular cycles, LMP 12 days ago.", "14 hours", v, nil), "urgent", "emergency_contraception"},
		{"partner with HIV off treatment: PEP", in(25, "female", "en", "sex without a condom, he has now told me he has HIV and stopped his pills", "Baseline HIV test pending.", "18 hours", v, nil), "urgent", "pep_window"},
		{"fui violentada ontem", in(19, "female", "pt-BR", "fui violentada ontem à noite", "Sem estrangulamento, escoriações leves.", "20 horas", v, nil), "urgent", ""},
		{"Bartholin's abscess with fever", in(31, "female", "en", "very painful swelling on one side of the vagina", "Tender fluctuant Bartholin gland swelling.", "3 days", &casemodel.Vitals{HeartRate: fp(96), TemperatureC: fp(38.2), Consciousness: "alert"}, nil), "urgent", "bartholin_abscess"},
		{"high-grade smear result", in(33, "female", "en", "letter about my smear result", "HPV 16 positive, high-grade dyskaryosis. No bleeding.", "", nil, nil), "non_urgent", "colposcopy_referral"},
		{"heavy periods with breathlessness", in(41, "female", "en", "heavy periods with clots, breathless on stairs", "Flooding on days 1-2. Not bleeding today.", "1 year", v, nil), "non_urgent", "hmb_anaemia"},
		{"pill check with withdrawal bleeds", in(23, "female", "en", "annual pill check, no problems", "On Yaz, regular withdrawal bleeds. Non-smoker.", "", v, []string{"Yaz daily"}), "routine", ""},
	})
	for _, c := range []struct {
		in   casemodel.Input
		spec string
	}{
		{in(23, "female", "en", "annual pill check, no problems", "On Yaz.", "", v, []string{"Yaz daily"}), "obstetrics_gynecology"},
		{in(30, "female", "pt-BR", "quero fazer o preventivo", "Sem queixas.", "", v, nil), "obstetrics_gynecology"},
	} {
		checkRoutes(t, []routeCase{{c.in, c.spec}})
	}
	// the partner's HIV is not the patient's
	cc := clinical.Build(in(25, "female", "en", "he has HIV and stopped his pills", "", "1 day", v, nil), nil, ref)
	if cc.Has("hiv_known") {
		t.Errorf("a partner's HIV read as the patient's")
	}
}

func TestRound184Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(124), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"newly muddled with a UTI, GCS 14, other observations safe", in(84, "female", "en", "suddenly muddled, smelly urine", "Urine dip nitrite positive. No focal deficit.", "1 day", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(134), RespiratoryRate: fp(18), SpO2: fp(96), TemperatureC: fp(37.9), Consciousness: "confused", GCS: i(14)}, nil), "urgent", "delirium_stable_obs"},
		{"muddled with a UTI and GCS 13 stays an emergency", in(84, "female", "en", "muddled, smelly urine", "Urine dip nitrite positive.", "1 day", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(134), RespiratoryRate: fp(18), SpO2: fp(96), TemperatureC: fp(37.9), Consciousness: "confused", GCS: i(13)}, nil), "emergency", ""},
		{"muddled with a UTI and breathing at 24 stays an emergency", in(84, "female", "en", "muddled, smelly urine", "Urine dip nitrite positive.", "1 day", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(126), RespiratoryRate: fp(24), SpO2: fp(95), TemperatureC: fp(38.4), Consciousness: "confused", GCS: i(14)}, nil), "emergency", ""},
		{"one ICD shock, well now", in(58, "male", "en", "one shock from my defibrillator this morning, feel fine now", "No syncope, no chest pain.", "4 hours", v, nil), "urgent", "icd_shock"},
		{"three ICD shocks in an hour", in(58, "male", "en", "my defibrillator has shocked me three times in the last hour", "Dilated cardiomyopathy.", "1 hour", v, nil), "emergency", "icd_storm"},
		{"loss of capture, not pacemaker-dependent", in(70, "female", "en", "hiccups and twitching in the upper tummy", "Pacemaker 9 days ago. Pacing spikes without capture. Not pacemaker-dependent.", "2 days", v, nil), "urgent", "pacing_problem"},
		{"generator exposed through the skin", in(76, "male", "pt-BR", "ferida no local do marcapasso com secreção", "Erosão da pele com exposição do gerador, secreção purulenta.", "1 semana", v, nil), "urgent", "device_infection"},
		{"a pocket of pus at the nail fold is no device infection", in(29, "female", "en", "red painful skin next to the nail", "Small pocket of pus at the lateral nail fold.", "3 days", v, nil), "non_urgent", ""},
		{"mechanical mitral valve, three days without warfarin", in(60, "female", "pt-BR", "ficou 3 dias sem tomar a varfarina por vômitos", "Prótese mecânica mitral. Sem queixas hoje.", "3 dias", v, []string{"varfarina 5 mg"}), "urgent", "mechanical_valve_subtherapeutic"},
		{"stable exertional angina for six weeks", in(62, "male", "en", "tight chest walking uphill, goes within 3 minutes of resting", "Never at rest, same threshold since onset. ECG normal.", "6 weeks", v, nil), "non_urgent", "stable_angina"},
		{"rest pain two days ago, pain-free, ECG normal", in(55, "male", "en", "heavy central chest pain at rest with sweating two days ago, none since", "Pain-free now. ECG normal.", "2 days", v, nil), "urgent", "acs_pain_free"},
		{"pericarditis with a small effusion and no tamponade", in(30, "male", "en", "sharp chest pain worse lying flat, better leaning forward", "Rub. ECG diffuse concave ST elevation with PR depression. Small pericardial effusion, no tamponade physiology.", "2 days", v, nil), "urgent", "pericarditis"},
	})
	// a denial list whose first item runs to four words still negates
	cc := clinical.Build(in(40, "female", "pt-BR", "braço inchado depois de picada de abelha", "Nega urticária em outras áreas, falta de ar, rouquidão, chiado.", "1 dia", v, nil), nil, ref)
	for _, f := range []string{"dyspnea", "hoarse", "wheeze"} {
		if cc.Has(f) {
			t.Errorf("%s read as present after 'nega … em outras áreas,'", f)
		}
	}
}
