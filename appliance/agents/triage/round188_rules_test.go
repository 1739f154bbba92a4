package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound188Rules pins the rules for the weeks after an operation and
// for the kidney and urinary tract (held-out sets 188 and 189, written by
// surgical and renal/urology settings): invented cases, each with a guard
// against the rule's over-reach.
func TestRound188Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// after an operation
		{"spat blood a week after tonsillectomy, calm parent", in(7, "female", "en", "spat out some blood this morning, fine now", "Tonsillectomy 7 days ago. Mum not worried, just checking.", "1 hour", nil, nil), "emergency", "post_tonsillectomy_bleed"},
		{"white slough after tonsillectomy, no bleeding", in(22, "male", "en", "white patches at the back of my throat, sore ears", "Tonsils out 5 days ago. No bleeding at all. Drinking well.", "2 days", nil, nil), "non_urgent|routine", ""},
		{"bowel showing through a burst wound", in(70, "male", "en", "wound opened up when he coughed", "Day 9 after laparotomy. Loops of bowel visible in the wound.", "20 minutes", v, nil), "emergency", "evisceration"},
		{"wound gaping without bowel", in(50, "female", "en", "the bottom of my scar has opened a bit", "Day 10 after hysterectomy. Wound has come apart over 2 cm, clean base, no fever.", "1 day", v, nil), "urgent", "wound_dehiscence"},
		{"fast pulse days after a gastric sleeve", in(38, "female", "en", "feel a bit off, shoulder ache", "Day 3 after laparoscopic sleeve gastrectomy. Watch says pulse 126 all morning.", "since last night", &casemodel.Vitals{HeartRate: fp(126), TemperatureC: fp(37.9)}, nil), "emergency", "postop_leak"},
		{"normal pulse days after a colectomy", in(60, "male", "en", "sore around the wound", "Day 5 after right hemicolectomy. Eating, bowels open.", "2 days", v, nil), "non_urgent|routine", ""},
		{"tense calf after tibial nailing", in(30, "male", "en", "leg pain much worse despite morphine", "Intramedullary nail to tibial fracture yesterday. Calf tense and woody, severe pain on passive stretch of the toes.", "5 hours", v, nil), "emergency", "compartment_syndrome"},
		{"bile in the drain after cholecystectomy", in(52, "female", "pt-BR", "líquido verde saindo pelo dreno", "PO2 de colecistectomia. Dreno com 300 mL de bile em 24 h. Abdome flácido.", "1 dia", v, nil), "urgent", "bile_leak"},
		{"tingling lips after thyroidectomy", in(40, "female", "en", "tingling around my lips and in my fingertips", "Day 1 after total thyroidectomy. No hand spasms.", "since this morning", v, nil), "urgent", "symptomatic_hypocalcaemia"},
		{"hand spasm after thyroidectomy", in(40, "female", "en", "my hands are cramping into claws", "Day 2 after total thyroidectomy. Carpopedal spasm.", "1 hour", v, nil), "emergency", "tetany"},
		{"infected wound with fever after hernia repair", in(58, "male", "en", "hernia wound red and leaking", "Day 6 after open hernia repair with mesh. Erythema around the incision, pus from the medial end.", "2 days", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(132), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(38.2), Consciousness: "alert"}, nil), "urgent", "ssi_fever"},
		{"clean wound, no pus", in(58, "male", "en", "checking my wound", "Day 6 after hernia repair. Wound clean, no pus or redness.", "1 day", v, nil), "non_urgent|routine", ""},
		{"green vomits and no wind after a colectomy", in(69, "male", "en", "bloated, vomiting green", "Day 4 after open right hemicolectomy. Abdomen distended, has not passed flatus since surgery.", "12 hours", v, nil), "urgent", "postop_obstruction"},
		{"cloudy fluid from a port site is no dialysis peritonitis", in(29, "male", "en", "belly button wound a bit red with cloudy fluid", "Day 7 after laparoscopic appendicectomy. Small rim of redness, no fever.", "2 days", v, nil), "non_urgent", ""},
		{"clips out after a knee replacement", in(70, "female", "en", "here to have clips removed", "Day 13 after total knee replacement, wound healed.", "", v, nil), "routine", ""},
		{"a CPRE (ERCP) is no CPR", in(54, "female", "pt-BR", "dor na boca do estômago irradiando para as costas", "CPRE ontem. Sem hipotensão.", "8 horas", v, nil), "non_urgent|urgent", ""},
		// kidney and urinary tract
		{"painful erection for hours, Portuguese", in(24, "male", "pt-BR", "ereção dolorosa que não passa", "Anemia falciforme.", "6 horas", v, nil), "emergency", "priapism"},
		{"foreskin stuck back, glans pink", in(80, "male", "en", "swollen tip of the penis after catheter change", "Foreskin retracted behind an oedematous glans, glans pink.", "1 day", v, nil), "urgent", "paraphimosis"},
		{"foreskin stuck back, glans dusky", in(80, "male", "en", "swollen tip of the penis", "Paraphimosis; the glans is dusky and cold.", "1 day", v, nil), "emergency", "paraphimosis_ischaemic"},
		{"suprapubic catheter fell out", in(58, "female", "en", "suprapubic catheter fell out", "Neurogenic bladder, long-term SPC.", "1 hour", v, nil), "urgent", "suprapubic_catheter_out"},
		{"fever and rigors on haemodialysis", in(59, "male", "pt-BR", "calafrios e febre durante a hemodiálise", "Cateter tunelizado, secreção no óstio.", "hoje", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(120), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.5), Consciousness: "alert"}, nil), "urgent", "dialysis_fever"},
		{"red PD exit site, nothing else", in(40, "male", "en", "redness around the PD catheter exit site", "On CAPD. Scant discharge, no tenderness or swelling along the tunnel. Effluent clear, afebrile.", "4 days", v, nil), "non_urgent", "pd_exit_site"},
		{"catheter for chronic retention draining, due for change", in(83, "male", "en", "due for 12-weekly urinary catheter change", "Long-term urethral catheter for chronic urinary retention. Draining well, no pain, no fever.", "", v, nil), "routine", ""},
		{"catheter blocked, bladder distended", in(83, "male", "en", "catheter not draining, tummy sore", "Long-term catheter for chronic retention. Catheter blocked, palpable bladder.", "4 hours", v, nil), "urgent", "urinary_retention"},
		{"metformin with an eGFR of 26", in(68, "female", "en", "no new symptoms; blood results review", "Type 2 diabetes. eGFR 26. Feels well.", "", v, []string{"metformin 1 g twice daily"}), "non_urgent", "metformin_low_egfr"},
		{"dabigatran with creatinine clearance 25", in(80, "male", "en", "kidney function check", "AF. Cockcroft-Gault creatinine clearance about 25 mL/min.", "", v, []string{"dabigatran 150 mg twice daily"}), "non_urgent", "dabigatran_low_crcl"},
		{"metformin with an eGFR of 45 is fine", in(68, "female", "en", "routine diabetes review", "Type 2 diabetes. eGFR 45. Feels well.", "", v, []string{"metformin 1 g twice daily"}), "routine", ""},
		{"annual stone follow-up, no pain", in(44, "female", "en", "annual kidney stone follow-up, no pain", "Small non-obstructing stone unchanged.", "", v, nil), "routine", ""},
	})
	psa := labCaseInput("en", "male", 64, "came for PSA result", "No urinary symptoms.", "", v, nil, []casemodel.Lab{{Name: "PSA", Value: 6.8, Unit: "ng/mL"}})
	checkRules(t, []ruleCase{{"PSA 6.8 at 64", psa, "non_urgent", "psa_raised"}})
	low := labCaseInput("en", "male", 64, "came for PSA result", "No urinary symptoms.", "", v, nil, []casemodel.Lab{{Name: "PSA", Value: 2.1, Unit: "ng/mL"}})
	if r := assess(low); hasCode(r, "psa_raised") {
		t.Errorf("PSA 2.1 at 64 flagged as raised")
	}
	// urology goes to the kidney and urinary tract team
	for _, x := range []casemodel.Input{
		in(19, "male", "en", "sudden severe pain in the right testicle", "High-riding testis.", "3 hours", v, nil),
		in(61, "male", "en", "weaker stream, up twice at night to pass urine", "IPSS 8.", "1 year", v, nil),
		in(38, "male", "pt-BR", "dor em cólica nas costas, agora leve", "TC sem contraste: cálculo de 4 mm no ureter distal.", "1 dia", v, nil),
	} {
		if r := assess(x); !casemodel.Contains(r.Specialties, "nephrology") {
			t.Errorf("%q not routed to nephrology: %v", x.Symptoms, r.Specialties)
		}
	}
	if r := assess(in(66, "male", "en", "pink urine twice, no pain", "Painless visible haematuria, dip nitrite negative.", "1 week", v, nil)); !casemodel.Contains(r.Specialties, "radiology") {
		t.Errorf("visible haematuria at 66 not routed to radiology: %v", r.Specialties)
	}
}

func hasCode(r Result, code string) bool {
	for _, f := range r.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// TestRound191Rules pins the rules for the brain, nerves and immune system
// (held-out sets 191 and 192): giant cell arteritis, neuroleptic
// malignant syndrome, a blocked shunt, a rash on a drug that causes
// SJS/DRESS, steroids stopped abruptly, and a licence question about an
// old seizure.
func TestRound191Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(134), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"GCA with a curtain over one eye", in(76, "female", "en", "new temple headache, jaw aches when chewing, a curtain came down over my eye", "Tender thickened temporal artery. No steroids yet.", "3 weeks", v, nil), "emergency", "gca_visual"},
		{"GCA with visual symptoms denied", in(74, "female", "en", "new temple headache, scalp sore when combing", "Thickened tender temporal artery. Denies visual loss, blurring, double vision or amaurosis.", "3 weeks", v, nil), "urgent", "gca_suspected"},
		{"fever and rigidity on haloperidol", in(29, "male", "en", "very stiff, confused, sweating", "Haloperidol increased 5 days ago. Lead-pipe rigidity.", "1 day", &casemodel.Vitals{HeartRate: fp(124), SystolicBP: fp(170), RespiratoryRate: fp(22), SpO2: fp(96), TemperatureC: fp(39.8), Consciousness: "confused"}, []string{"haloperidol 20 mg daily"}), "emergency", "neuroleptic_malignant"},
		{"morning headache and vomiting with a VP shunt", in(31, "female", "en", "headache on waking and vomiting, like when my shunt blocked", "VP shunt for hydrocephalus. Alert, no focal deficit.", "3 days", v, nil), "urgent", "shunt_malfunction"},
		{"rash two weeks into lamotrigine", in(24, "male", "en", "itchy red rash spreading over trunk, feverish", "Lamotrigine started 2 weeks ago.", "2 days", v, []string{"lamotrigine 50 mg daily"}), "urgent", "scar_drug_rash"},
		{"faint on standing after stopping prednisolone", in(59, "male", "en", "exhausted, nausea, lightheaded when standing", "Prednisolone 10 mg for 18 months, stopped abruptly 3 weeks ago.", "10 days", v, nil), "urgent", "steroid_withdrawal"},
		{"driving after a single seizure months ago", in(45, "male", "en", "wants to know when he can drive again after a single seizure", "Single seizure 7 months ago, MRI and EEG normal, none since.", "", v, nil), "routine|non_urgent", ""},
	})
	for _, x := range []casemodel.Input{
		in(41, "female", "en", "annual multiple sclerosis review, no new symptoms", "Relapsing-remitting MS, stable.", "", v, nil),
		in(81, "female", "en", "found confused and weak down the right side", "Diabetic on gliclazide.", "30 minutes", v, nil),
	} {
		if r := assess(x); !casemodel.Contains(r.Specialties, "neurology") {
			t.Errorf("%q not routed to neurology: %v", x.Symptoms, r.Specialties)
		}
	}
	if r := assess(in(41, "male", "en", "shooting pain from the low back down the back of the right leg", "Straight leg raise positive, power normal.", "10 days", v, nil)); !casemodel.Contains(r.Specialties, "orthopedics") {
		t.Errorf("sciatica not routed to orthopedics: %v", r.Specialties)
	}
}

// TestRound194Rules pins the rules for the hospital at night and for drug
// and alcohol services (held-out sets 194 and 195).
func TestRound194Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"fever and rigors during a transfusion, pressure steady", in(64, "male", "en", "shivering and temperature rising during a blood transfusion", "Transfusion stopped. Temp 38.6, BP unchanged, no wheeze, no loin pain.", "30 minutes", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(128), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "urgent", "transfusion_reaction"},
		{"transfusion reaction with a falling pressure", in(70, "female", "en", "rigors and back pain during a transfusion", "Second unit of red cells. Loin pain, dark urine.", "20 minutes", &casemodel.Vitals{HeartRate: fp(124), SystolicBP: fp(84), RespiratoryRate: fp(24), SpO2: fp(94), TemperatureC: fp(38.9), Consciousness: "alert"}, nil), "emergency", "transfusion_reaction_severe"},
		{"ten times the glargine dose, well", in(70, "female", "en", "no symptoms; medication error", "Insulin glargine 100 units given instead of 10 units. Glucose 168.", "1 hour", v, nil), "urgent", "insulin_overdose"},
		{"amiodarone leaked into the forearm", in(77, "female", "en", "painful swollen forearm around the drip", "Extravasation of IV amiodarone, blanched skin, early blisters.", "1 hour", v, nil), "urgent", "extravasation"},
		{"a plan for the amiodarone is no suicide plan", in(77, "female", "en", "needs new access", "Needs new access and a plan for the amiodarone.", "", v, nil), "non_urgent|routine", ""},
		{"laxative request that can wait until morning", in(71, "female", "en", "no bowel movement for 4 days, asking for a laxative", "Day 4 after knee replacement. Abdomen soft, passing wind. Can this wait for the morning team?", "4 days", v, nil), "routine", ""},
		{"QTc 528 on methadone and citalopram", in(52, "female", "en", "no symptoms; ECG showed a long QT", "Methadone 110 mg. QTc today 528 ms. No palpitations or fainting.", "", v, []string{"methadone 110 mg daily", "citalopram 40 mg daily"}), "urgent", "qtc_long"},
		{"heroin use at 22 weeks", in(26, "female", "en", "wants treatment for heroin use, yawning and aching", "22 weeks pregnant, injecting heroin daily, not booked.", "8 hours", v, nil), "urgent", "pregnancy_opioid_use"},
		{"xylazine wounds without infection", in(35, "male", "en", "sores on both forearms that will not heal", "Fentanyl supply positive for xylazine. Eschar and slough, no redness or fever.", "3 months", v, nil), "non_urgent", "xylazine_wound"},
		{"slow fetal heart after crack", in(26, "female", "pt-BR", "dor forte na barriga, sangramento vaginal", "Gestante de 31 semanas. BCF 96 bpm.", "1 hora", v, nil), "emergency", ""},
		{"withdrawal seizures in earlier attempts are history", in(50, "male", "pt-BR", "tremor, suor, enjoo", "CIWA-Ar 16. Teve convulsões por abstinência em tentativas anteriores de parar. Orientado.", "12 horas", v, nil), "urgent", "alcohol_withdrawal"},
	})
	if r := assess(in(45, "male", "en", "drowsy at the pharmacy", "Supervised methadone; pregabalin started 5 days ago.", "5 days", v, []string{"methadone 90 mg daily", "pregabalin 150 mg twice daily"})); !casemodel.Contains(r.Specialties, "psychiatry") {
		t.Errorf("supervised methadone not routed to psychiatry: %v", r.Specialties)
	}
}

// TestRound197Rules pins the rules for remote places and for hormones and
// diabetes (held-out sets 197 and 198).
func TestRound197Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"weak numb legs and retention after a rapid ascent", in(41, "male", "en", "numbness and weakness in both legs, cannot pass urine", "Rapid ascent from 32 m, missed decompression stops. Reduced sensation below the umbilicus, palpable bladder.", "2 hours", v, nil), "emergency", ""},
		{"hypokalaemic weak legs are no cord syndrome", in(60, "female", "pt-BR", "fraqueza nas pernas, câimbras", "Diarreia, usa hidroclorotiazida. Força grau 4 em membros inferiores.", "3 dias", v, nil), "non_urgent|urgent", ""},
		{"stingray in the foot", in(17, "male", "pt-BR", "pisou em arraia no rio, dor muito forte no pé", "Ferimento de 2 cm, possível ferrão retido.", "1 hora", v, nil), "urgent", "marine_envenomation"},
		{"sore throat and fever on carbimazole", in(38, "female", "en", "sore throat, mouth ulcers and fever", "Graves disease, carbimazole started 5 weeks ago.", "1 day", v, []string{"carbimazole 30 mg daily"}), "urgent", "antithyroid_agranulocytosis"},
		{"hot swollen neuropathic foot, no wound", in(57, "male", "en", "right foot hot, red and swollen but not very painful", "Type 2 diabetes with dense peripheral neuropathy. No ulcer. Skin temperature 3.2 C higher than the other foot.", "10 days", v, []string{"metformin 1 g twice daily"}), "urgent", "charcot_foot"},
		{"hypos no longer felt", in(36, "female", "en", "no longer feels her low sugars", "Type 1 diabetes, CGM time below range 9%, no severe episodes.", "3 months", v, []string{"insulin glargine 26 units at night"}), "non_urgent", "diabetes_review_days"},
	})
	pump := labCaseInput("en", "male", 31, "sugars high for 4 hours despite pump corrections, ketones up", "Type 1 diabetes on an insulin pump. No vomiting, breathing normally.", "4 hours", v, []string{"insulin lispro via insulin pump"}, []casemodel.Lab{{Name: "blood ketones (beta-hydroxybutyrate)", Value: 1.2, Unit: "mmol/L"}})
	checkRules(t, []ruleCase{{"ketones 1.2 on a pump", pump, "urgent", "ketosis_insulin"}})
	ca := labCaseInput("en", "female", 63, "very thirsty, constipated, nauseated", "Breast cancer with bone metastases. Alert.", "1 week", v, nil, []casemodel.Lab{{Name: "calcium (albumin-adjusted)", Value: 14.8, Unit: "mg/dL"}, {Name: "albumin", Value: 3.8, Unit: "g/dL"}})
	if r := assess(ca); !hasCode(r, "critical_lab_calcium") {
		t.Errorf("calcium (albumin-adjusted) 14.8 not read as a critical calcium: %v", r.Flags)
	}
}

// TestRound201Rules pins the rules for the mouth, teeth and jaws (held-out
// set 201).
func TestRound201Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"jaw broken in a fight, airway fine", in(23, "male", "en", "punched in the jaw, teeth don't meet properly", "Step in the occlusion, numb lower lip. Airway clear.", "3 hours", v, nil), "urgent", "jaw_fracture"},
		{"pericoronitis with trismus", in(21, "male", "en", "painful swollen gum behind the last lower tooth, hard to open mouth", "Pericoronitis, mouth opening 18 mm, swallowing normally.", "3 days", v, nil), "urgent", "dental_infection_spreading"},
		{"permanent incisor knocked out, in milk", in(10, "female", "pt-BR", "dente da frente caiu inteiro depois de uma bolada", "Avulsão do incisivo central permanente. Dente no leite.", "30 minutos", v, nil), "urgent", "tooth_avulsion"},
		{"baby tooth knocked out, no head injury", in(3, "male", "en", "fell and knocked out a front baby tooth", "Did not hit head, playing normally.", "1 hour", v, nil), "non_urgent", "primary_tooth_avulsion"},
		{"tongue ulcer for five weeks", in(61, "male", "en", "ulcer on the side of the tongue that won't heal", "Smoker. Indurated margins.", "5 weeks", v, nil), "non_urgent", "oral_ulcer_persistent"},
		{"recurrent aphthae that heal", in(31, "male", "en", "recurrent small mouth ulcers, wants advice", "Each episode heals in 7-10 days.", "10 years", v, nil), "routine", ""},
		{"a filling fell out is no fall", in(52, "male", "en", "a filling fell out of a back tooth, no pain", "Wants it replaced.", "2 days", v, nil), "routine", ""},
		{"bone in a dry socket is no open fracture", in(63, "female", "pt-BR", "dor forte onde tirou o dente", "Exodontia há 3 dias. Alvéolo vazio com osso exposto, sem febre.", "2 dias", v, nil), "non_urgent", ""},
	})
}

// TestRound203Rules pins the skin rules (held-out set 203).
func TestRound203Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"scald of 15% in a toddler", in(2, "male", "en", "pulled a kettle of boiling water onto himself, skin blistered", "Partial-thickness scalds, estimated 15% total body surface area.", "40 minutes", nil, nil), "emergency", "major_burn"},
		{"small scald of 2% in an adult", in(30, "female", "en", "spilled hot tea on my thigh, blistered", "Partial-thickness, about 2% TBSA.", "1 hour", v, nil), "urgent|non_urgent", ""},
		{"changing mole that bled", in(58, "male", "en", "changing mole on the back, bled once", "Irregular notched border, mixed colours, 11 mm.", "3 months", v, nil), "non_urgent", "suspected_melanoma"},
		{"red scaly skin over the whole body", in(69, "male", "en", "red, scaly, hot skin over almost the whole body, shivering", "Psoriasis; steroid course stopped a week ago.", "5 days", v, nil), "urgent", "erythroderma"},
		{"positive pregnancy test on isotretinoin", in(24, "female", "en", "positive home pregnancy test while taking isotretinoin", "Last menstrual period 7 weeks ago.", "3 weeks", v, []string{"isotretinoin 30 mg daily"}), "urgent", "teratogen_pregnancy"},
		{"planning a baby on valproate is routine", in(28, "female", "en", "planning to try for a baby next year, wants advice about her epilepsy medicine", "Not pregnant: negative pregnancy test today.", "", v, []string{"sodium valproate 500 mg twice daily"}), "routine", ""},
	})
}

// TestRound204Rules pins two readings from held-out set 204: the reason
// for an anticoagulant is no new clot, and a lab value "at that
// admission" belongs to the earlier stay.
func TestRound204Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"thrush on apixaban taken for a past DVT", in(47, "female", "en", "itchy white vaginal discharge", "Takes apixaban for recurrent DVT; no leg pain or swelling today.", "4 days", v, []string{"apixaban 5 mg twice daily"}), "non_urgent|routine", ""},
		{"a new swollen calf while on apixaban stays urgent", in(47, "female", "en", "left calf swollen and painful since yesterday", "Takes apixaban for a DVT in the right leg last year.", "1 day", v, []string{"apixaban 5 mg twice daily"}), "urgent|emergency", "possible_dvt"},
		{"troponin from last year's admission at a yearly review", in(61, "male", "en", "yearly review after a heart attack, feels well", "Inferior STEMI last year; peak troponin I was 35 ng/mL at that admission. No chest pain or breathlessness since.", "", v, []string{"aspirin 75 mg daily", "atorvastatin 80 mg nightly"}), "routine|non_urgent", ""},
	})
}

// TestRound205Rules pins the gut rules (held-out set 205): food stuck in
// the gullet, acute severe colitis, bleeding after a polypectomy and the
// Glasgow-Blatchford score of 0.
func TestRound205Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	hot := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(38.0), Consciousness: "alert"}
	lab := func(name string, val float64, unit string) casemodel.Lab {
		return casemodel.Lab{Name: name, Value: val, Unit: unit}
	}
	checkRules(t, []ruleCase{
		{"chicken stuck behind the breastbone, saliva passing", in(52, "male", "en", "a piece of chicken stuck behind the breastbone since dinner", "Can still swallow his saliva. No stridor.", "3 hours", v, nil), "urgent", "food_bolus"},
		{"meat stuck and drooling", in(52, "male", "en", "meat stuck in the gullet, drooling and spitting out saliva", "", "2 hours", v, nil), "emergency", "food_bolus_complete"},
		{"colitis with ten bloody stools a day and fever", in(33, "female", "en", "bloody diarrhoea ten times a day", "Ulcerative colitis, flare for a week despite mesalazine.", "7 days", hot, nil), "urgent", "acute_severe_colitis"},
		{"colitis with three loose stools a day, well", in(33, "female", "en", "a few streaks of blood, loose stools three times a day", "Ulcerative colitis, mild flare.", "5 days", v, nil), "non_urgent", ""},
		{"bleeding four days after a polypectomy", in(67, "male", "en", "passing blood and clots from the back passage twice today", "Colonoscopy with polypectomy four days ago.", "8 hours", v, nil), "urgent", "post_polypectomy_bleed"},
		{"bright red blood years after a polypectomy", in(67, "male", "en", "blood on the toilet paper after straining", "Polyps removed at colonoscopy 3 years ago.", "2 days", v, nil), "non_urgent", ""},
	})
	// a streak of blood after retching with a Glasgow-Blatchford score
	// of 0: outpatient; the same with a low haemoglobin stays same-day
	streak := labCaseInput("en", "male", 24, "streaks of blood in the vomit after retching", "Vomited many times after a night out. No melaena, no fainting.", "12 hours", v, nil,
		[]casemodel.Lab{lab("hemoglobin", 14.8, "g/dL"), lab("BUN", 12, "mg/dL")})
	if r := assess(streak); r.Urgency != "non_urgent" || !hasCode(r, "gi_bleed_low_risk") {
		t.Errorf("Glasgow-Blatchford 0: %s %+v", r.Urgency, r.Flags)
	}
	streak.Labs[0].Value = 11.2
	if r := assess(streak); r.Urgency != "urgent" {
		t.Errorf("haemoglobin 11.2 after haematemesis: %s", r.Urgency)
	}
	streak.Labs = streak.Labs[:1]
	streak.Labs[0].Value = 14.8
	if r := assess(streak); r.Urgency != "urgent" {
		t.Errorf("no urea measured, score unknown: %s", r.Urgency)
	}
}

// TestRound206Rules pins the telephone rules (held-out set 206): a birth
// about to happen, and advice calls about a forgotten dose or pill.
func TestRound206Rules(t *testing.T) {
	in := caseInput
	alert := &casemodel.Vitals{Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"crowning at home", in(27, "female", "en", "contractions every two minutes and she says she needs to push", "Husband calling: 40 weeks, second baby; he can see the baby's head.", "1 hour", alert, nil), "emergency", "imminent_birth"},
		{"puxos em casa", in(30, "female", "pt-BR", "contrações fortes e vontade de fazer força", "Gestante de 39 semanas, a mãe diz que está vendo a cabeça do bebê.", "2 horas", alert, nil), "emergency", "imminent_birth"},
		{"early labour is not imminent birth", in(27, "female", "en", "tightenings every 15 minutes", "40 weeks, first baby, waters intact.", "3 hours", alert, nil), "urgent|non_urgent", ""},
		{"one missed combined pill", in(23, "female", "en", "forgot one pill yesterday, took it this morning, is she covered", "Combined pill, mid-pack, no other missed pills.", "1 day", alert, []string{"ethinylestradiol/levonorgestrel daily"}), "routine", "missed_dose_advice"},
		{"two missed pills and unprotected sex", in(23, "female", "en", "forgot two pills this week and had unprotected sex last night", "Combined pill.", "1 day", alert, []string{"ethinylestradiol/levonorgestrel daily"}), "urgent", "emergency_contraception"},
		{"esqueceu uma dose da losartana", in(58, "female", "pt-BR", "esqueci de tomar a losartana ontem, posso tomar duas hoje?", "Sem sintomas.", "1 dia", alert, []string{"losartana 50 mg"}), "routine", "missed_dose_advice"},
		{"missed dose with chest pain is not advice", in(58, "male", "en", "forgot my bisoprolol and now have chest pain", "", "2 hours", alert, []string{"bisoprolol 5 mg"}), "emergency|urgent", ""},
		{"small cut that stopped with pressure", in(9, "male", "en", "cut his chin, blood everywhere", "Father calling: 1 cm cut, stopped bleeding after a few minutes of pressure; no knock-out, playing normally.", "30 minutes", alert, nil), "non_urgent", ""},
	})
}

// TestRound207Rules pins the infection rules (held-out set 207).
func TestRound207Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(118), DiastolicBP: fp(74), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"measles contact on a transplant", in(50, "male", "en", "no symptoms, sat next to a child with measles at the surgery", "Kidney transplant on tacrolimus; measles IgG negative.", "3 days", v, []string{"tacrolimus 3 mg twice daily"}), "urgent", "rash_illness_exposure"},
		{"chickenpox contact, immune, pregnant", in(30, "female", "en", "her nephew has chickenpox, she is 20 weeks pregnant", "Had chickenpox as a child.", "2 days", v, nil), "non_urgent|routine", ""},
		{"chickenpox rash in pregnancy", in(30, "female", "en", "itchy spots turning into blisters, mild fever", "24 weeks pregnant; her daughter had chickenpox two weeks ago.", "1 day", v, nil), "urgent", "varicella_high_risk"},
		{"needlestick from a used needle", in(26, "female", "en", "needlestick injury from a used needle on the ward", "Source patient unknown status.", "1 hour", v, nil), "urgent", "pep_window"},
		{"new HIV diagnosis, well", in(34, "male", "en", "newly diagnosed HIV at a sexual-health screen, feels well", "No fever, cough or weight loss.", "", v, nil), "non_urgent", "new_hiv_diagnosis"},
		{"shingles with suppressed HIV", in(45, "male", "en", "painful band of blisters on the right side of the chest", "HIV, viral load undetectable; no eye involvement.", "2 days", v, []string{"bictegravir/emtricitabine/tenofovir alafenamide daily"}), "non_urgent", ""},
		{"shingles on a transplant stays same-day", in(45, "male", "en", "painful band of blisters on the right side of the chest", "Liver transplant on tacrolimus.", "2 days", v, []string{"tacrolimus 2 mg twice daily"}), "urgent", "zoster_complicated"},
	})
}

// TestEarlierSetsRevisited pins two readings found when the remaining
// disagreements of sets 188 and 194 were reviewed: a swollen, blistering
// arm around a drip is an extravasation, and bruising into a soft scrotum
// after a hernia repair is expected.
func TestEarlierSetsRevisited(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(130), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.9), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"blistering arm around the drip", in(70, "female", "en", "hand swollen and pale around the drip, blisters starting", "Potassium infusion running through a hand cannula.", "1 hour", v, nil), "urgent", "extravasation"},
		{"bruised soft scrotum after a hernia repair", in(52, "male", "en", "scrotum purple and bruised after my hernia operation", "Day 4 after open hernia repair; scrotum soft, not getting bigger, testicle a little sore; no fever.", "2 days", v, nil), "routine", "postop_scrotal_bruising"},
		{"tense swelling after a hernia repair is not reassured", in(52, "male", "en", "scrotum bruised, swollen and tense, getting bigger, testicle very painful after my hernia operation", "Day 2 after hernia repair.", "6 hours", v, nil), "urgent|emergency", ""},
	})
}

// TestRound210Rules pins the environment rules (held-out set 210).
func TestRound210Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(120), DiastolicBP: fp(76), RespiratoryRate: fp(20), SpO2: fp(95), TemperatureC: fp(36.5), Consciousness: "alert"}
	low := &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(110), DiastolicBP: fp(70), RespiratoryRate: fp(28), SpO2: fp(86), TemperatureC: fp(35.9), Consciousness: "alert"}
	well := &casemodel.Vitals{HeartRate: fp(120), RespiratoryRate: fp(30), TemperatureC: fp(37.2), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"coughing after going under in a pool", in(16, "male", "en", "went under in the pool for a while, coughing and a bit breathless", "Pulled out by a lifeguard, no CPR.", "1 hour", v, nil), "urgent", "drowning_symptomatic"},
		{"near-drowning with low oxygen", in(30, "female", "en", "nearly drowned in the sea, frothy cough", "Rescued from the water by surfers.", "30 minutes", low, nil), "emergency", "drowning_severe"},
		{"a water tank that was submerged is no drowning", in(40, "male", "pt-BR", "quer saber como deixar a água segura depois da enchente", "A caixa d'água ficou submersa. Ninguém em casa com diarreia ou febre.", "", nil, nil), "routine|non_urgent", ""},
		{"brown spider bite with a marbled plaque", in(38, "female", "pt-BR", "picada de aranha marrom na coxa, mancha dolorosa com bolhas", "Placa marmórea de 5 cm.", "1 dia", v, nil), "urgent", "loxoscelism"},
		{"heat rash in an overdressed baby", in(1, "male", "en", "tiny red itchy spots on the neck and back", "Dressed in several layers in the hot weather; feeding well, no fever.", "2 days", well, nil), "routine", "miliaria"},
		{"bat in the bedroom while asleep", in(33, "male", "en", "woke up with a bat flying around the bedroom, no bite felt", "The bat got away. Never had rabies vaccine.", "last night", v, nil), "urgent", "rabies_exposure"},
		{"grey hard toes after a night out in the snow are frostbite, not septic shock", in(50, "male", "en", "toes grey and hard, blisters after warming up", "Slept rough at -10 C; toes mottled, no capillary refill.", "8 hours", v, nil), "urgent", "frostbite"},
	})
}

// TestRound211Rules pins the rules for results that arrive without the
// patient (held-out set 211).
func TestRound211Rules(t *testing.T) {
	in := caseInput
	lab := func(name string, val float64, unit string) casemodel.Lab {
		return casemodel.Lab{Name: name, Value: val, Unit: unit}
	}
	checkRules(t, []ruleCase{
		{"complete heart block on an ECG report", in(80, "female", "en", "when phoned: feels tired and dizzy", "ECG report: complete (third-degree) AV block, ventricular rate 36/min.", "", nil, nil), "emergency", "complete_heart_block"},
		{"PE with right-heart strain on CT", in(60, "male", "en", "when phoned: breathless walking to the door", "CT pulmonary angiogram report: bilateral pulmonary emboli with right ventricular strain.", "", nil, nil), "emergency", "pe_rv_strain"},
		{"cord compression on MRI with weak legs", in(70, "male", "en", "when phoned: legs feel weak since yesterday, back pain", "MRI report: metastatic compression of the spinal cord at T8. Known prostate cancer.", "", nil, nil), "emergency", "spinal_cord_compression"},
		{"new AF without symptoms", in(74, "female", "en", "when phoned: no palpitations or breathlessness", "ECG from the annual review: atrial fibrillation, rate 80/min. No previous AF on record.", "", nil, nil), "non_urgent", "new_af"},
		{"simple kidney cyst found by chance", in(55, "male", "en", "", "Ultrasound for reflux: incidental 2 cm simple cyst in the right kidney (Bosniak I).", "", nil, nil), "routine", "benign_incidental_cyst"},
	})
	statin := labCaseInput("en", "male", 61, "no symptoms", "Liver tests 10 weeks after starting atorvastatin.", "", nil, []string{"atorvastatin 80 mg nightly"}, []casemodel.Lab{lab("ALT", 140, "U/L")})
	if r := assess(statin); r.Urgency != "non_urgent" || !hasCode(r, "statin_alt_raised") {
		t.Errorf("ALT 140 on a statin: %s %+v", r.Urgency, r.Flags)
	}
}

// TestRound209Rules pins a pharmacy-counter reading (held-out set 209):
// vitamins before trying to conceive are advice.
func TestRound209Rules(t *testing.T) {
	checkRules(t, []ruleCase{
		{"vitamins when trying to conceive", caseInput(31, "female", "en", "trying to conceive, asks about folic acid", "Healthy, stopped the pill two months ago.", "", nil, nil), "routine", ""},
	})
}

// TestRound213Rules pins palliative care (held-out set 213): a ceiling
// of care holds a symptom crisis at urgent, a plan that allows hospital
// keeps the emergency, and pain or a tumour bleed at home is same-day.
func TestRound213Rules(t *testing.T) {
	in := caseInput
	drowsy := &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(112), DiastolicBP: fp(70), RespiratoryRate: fp(10), SpO2: fp(94), TemperatureC: fp(36.9), Consciousness: "voice"}
	v := &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(36.8), Consciousness: "alert"}
	pain := func(x casemodel.Input) casemodel.Input { x.SeverityRating = i(8); return x }
	checkRules(t, []ruleCase{
		{"opioid toxicity at home with a plan not to transfer", in(79, "male", "en", "twitching, seeing things, very sleepy", "Metastatic prostate cancer, recognised as dying. DNACPR; ReSPECT: not for hospital transfer, wishes to die at home. Kidney function falling on morphine.", "1 day", drowsy, []string{"morphine sulfate MR 30 mg twice daily"}), "urgent", "ceiling_of_care"},
		{"the same crisis with a plan for hospital treatment stays an emergency", in(79, "male", "en", "twitching, seeing things, very sleepy", "Metastatic prostate cancer on treatment; for full active treatment and hospital admission if needed.", "1 day", drowsy, []string{"morphine sulfate MR 30 mg twice daily"}), "emergency", ""},
		{"pain crisis despite rescue doses", pain(in(58, "female", "en", "bone pain getting worse, the breakthrough doses wear off within two hours", "Metastatic breast cancer; took five breakthrough doses of oral morphine in 24 hours.", "3 days", v, []string{"morphine sulfate MR 20 mg twice daily"})), "urgent", "palliative_pain_crisis"},
		{"bleed from a fungating neck tumour", in(70, "male", "en", "bleeding from the tumour on his neck, settled with pressure", "Head and neck cancer with a fungating wound near the carotid; DNACPR, to die at home.", "1 hour", v, nil), "urgent", "tumour_bleed"},
		{"slurred speech of known motor neurone disease at a planned visit", in(61, "male", "en", "wants to talk about future care and resuscitation", "Motor neurone disease; mild dysarthria, safe swallow. Scheduled appointment with the palliative team.", "", v, nil), "routine|non_urgent", ""},
	})
}

// TestRound214Rules pins event medicine (held-out set 214): carbon
// monoxide in a tent, and first-aid problems that need only self-care.
func TestRound214Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"headache after a gas heater in a closed tent, tent-mate ill too", in(23, "female", "en", "headache and dizziness on waking, fainted in the queue", "Slept with a gas camping heater running inside the closed tent. Tent-mate also has a headache and vomited.", "2 hours", v, nil), "emergency", "carbon_monoxide"},
		{"intact heel blisters after a marathon", in(35, "male", "en", "painful blisters on both heels after the marathon", "Two intact blisters, clear fluid, no redness. Walking normally.", "3 hours", v, nil), "routine", "self_care_blisters"},
		{"sunburn without blisters", in(22, "female", "en", "red sore shoulders from the sun at the festival", "Pink blanching skin, no blisters; drinking well.", "1 day", v, nil), "routine", "self_care_sunburn"},
		{"a sting swollen at the site only", in(40, "male", "en", "bee sting on the hand", "3 cm red swelling at the site only, no hives elsewhere, no lip swelling.", "20 minutes", v, nil), "routine", "self_care_sting"},
		{"a 12 cm swelling after a sting is reviewed", in(40, "male", "en", "wasp sting yesterday, arm very swollen", "12 cm swelling around the site only, no hives elsewhere.", "1 day", v, nil), "non_urgent", ""},
		{"a settling hangover", in(29, "male", "en", "mild headache and queasy after the party last night", "Drank about 8 pints. No vomiting, no head injury; headache improving.", "8 hours", v, nil), "routine", "self_care_hangover"},
	})
}

// TestRound215Rules pins young people's rules (held-out set 215).
func TestRound215Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"numb feet and wobbly legs after nitrous oxide", in(19, "female", "en", "pins and needles in both feet, legs wobbly", "Uses nitrous oxide balloons every weekend.", "4 weeks", v, nil), "urgent", "nitrous_oxide_neuropathy"},
		{"closed mallet finger", in(16, "male", "pt-BR", "bolada no dedo, não consegue esticar a ponta do dedo", "Queda da falange distal, sem ferida.", "1 dia", v, nil), "non_urgent", "mallet_finger"},
		{"a cut palm and a fingertip that will not bend is a flexor tendon", in(34, "male", "pt-BR", "cortei a palma da mão com a faca e não consigo dobrar a ponta do dedo", "Corte de 2 cm na palma.", "2 horas", v, nil), "urgent", "tendon_rupture"},
		{"a school check with the meningococcal ACWY vaccine", in(13, "female", "pt-BR", "avaliação escolar e atualização vacinal (HPV e meningocócica ACWY)", "Sem queixas.", "", v, nil), "routine", ""},
		{"PrEP request outside the PEP window", in(27, "male", "pt-BR", "quer começar a PrEP", "Última exposição há 3 semanas, fora da janela para PEP. Testes rápidos não reagentes.", "", v, nil), "routine|non_urgent", ""},
	})
	if r := assess(in(3, "female", "en", "fever, mouth sores and spots on hands and feet", "Playful, drinking well. One febrile seizure at 14 months.", "2 days", &casemodel.Vitals{HeartRate: fp(120), RespiratoryRate: fp(26), TemperatureC: fp(38.6), Consciousness: "alert"}, nil)); hasCode(r, "febrile_seizure") {
		t.Errorf("a febrile seizure at 14 months read as one now: %+v", r.Flags)
	}
	if r := assess(in(66, "male", "en", "routine review", "ECG 6 weeks ago: QTc 448 ms. Feels well.", "", &casemodel.Vitals{Consciousness: "alert"}, nil)); hasCode(r, "altered_consciousness") {
		t.Errorf("'ECG 6 weeks ago' read as a Glasgow score of 6: %+v", r.Flags)
	}
}

// TestRound217Rules pins the six weeks after a birth (held-out set 217).
func TestRound217Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(120), DiastolicBP: fp(74), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(37.9), Consciousness: "alert"}
	calm := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"voices and a delusion about the baby on day 6", in(29, "female", "en", "not sleeping, hearing voices, says the baby is not hers", "Day 6 after a caesarean. Partner worried.", "2 days", calm, nil), "emergency", "postpartum_psychosis"},
		{"suicidal plan with the baby", in(24, "female", "pt-BR", "muito triste, diz que o bebê ficaria melhor sem ela e pensa em se jogar da ponte com o bebê", "Puérpera, 4 semanas pós-parto.", "3 semanas", calm, nil), "emergency", "perinatal_suicide_risk"},
		{"offensive heavier lochia with fever", in(31, "female", "en", "bleeding heavier again with clots and a bad smell, cramps", "10 days after a vaginal birth; uterus tender.", "2 days", v, nil), "urgent", "retained_products_endometritis"},
		{"fluctuant breast lump not better on antibiotics", in(30, "female", "en", "red painful lump in the right breast, no better on the antibiotic", "Breastfeeding, 3 weeks after birth. Fluctuant 3 cm lump.", "5 days", v, nil), "urgent", "breast_abscess"},
	})
}

// TestRound218Rules pins what carers notice in people who cannot say
// what is wrong (held-out set 218).
func TestRound218Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(37.0), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"choked on meat and spitting out saliva", in(35, "male", "pt-BR", "engasgou com carne, babando e cuspindo a saliva, não engole água", "Deficiência intelectual, não fala. Respira sem esforço.", "3 horas", v, nil), "emergency", "food_bolus_complete"},
		{"patterned bruising after respite care", in(9, "female", "en", "new screaming at bath time", "Autistic, non-verbal. Fingertip-pattern bruises on both upper arms and bruising to both ears.", "3 days", v, nil), "urgent", "suspected_abuse"},
		{"gastrostomy fell out", in(27, "male", "en", "his gastrostomy tube fell out during a transfer", "Cerebral palsy, all feeds and medicines through the tube.", "1 hour", v, nil), "urgent", "gastrostomy_dislodged"},
		{"category 4 sacral ulcer with pus", in(44, "male", "en", "grimacing when sitting, bad smell", "Category 4 sacral pressure ulcer with visible bone and purulent discharge.", "1 week", v, nil), "urgent", "pressure_ulcer_infected"},
		{"dental abscess with a swollen jaw", in(19, "male", "en", "hitting his jaw, refusing food", "Autistic. Broken lower molar with pus at the gum; swelling over the right jaw.", "2 days", v, nil), "urgent", "dental_infection_spreading"},
	})
}

// TestRound219Rules pins hereditary angioedema (held-out set 219).
func TestRound219Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"routine HAE review", in(33, "female", "en", "routine hereditary angioedema review", "On lanadelumab; one mild hand attack in 6 months, no laryngeal attacks.", "", v, nil), "routine|non_urgent", ""},
		{"abdominal HAE attack", in(28, "female", "pt-BR", "dor abdominal em cólica e vômitos", "Angioedema hereditário tipo 1. Crise igual às anteriores. Sem edema de face, língua ou garganta, voz normal.", "5 horas", v, nil), "urgent", "hae_attack"},
		{"HAE with a hoarse voice", in(28, "female", "en", "throat swelling and a hoarse voice", "Hereditary angioedema attack since this morning.", "3 hours", v, nil), "emergency", "hae_laryngeal"},
	})
}

// TestRound221Rules pins eye emergencies and opioid problems (held-out
// sets 220-222).
func TestRound221Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(132), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"drain cleaner in both eyes, in Portuguese", in(40, "female", "pt-BR", "desentupidor (soda cáustica) espirrou nos dois olhos, dor intensa", "Lavou rapidamente na pia.", "20 minutos", v, nil), "emergency", "chemical_eye_injury"},
		{"painful red eye with hypopyon after cataract surgery", in(74, "male", "en", "left eye red and very painful, sight getting worse", "Cataract surgery 5 days ago; hypopyon seen.", "1 day", v, nil), "emergency", "endophthalmitis"},
		{"a positive Seidel test after hammering", in(35, "male", "en", "something flew into my eye while hammering", "Full-thickness corneal wound, Seidel positive, peaked pupil.", "1 hour", v, nil), "emergency", "open_globe"},
		{"a toddler near an open remote with a battery missing", in(2, "male", "en", "swallowed something, drooling a little", "The TV remote's battery cover was open and one battery missing.", "1 hour", &casemodel.Vitals{HeartRate: fp(118), RespiratoryRate: fp(24), SpO2: fp(99), Consciousness: "alert"}, nil), "emergency", "button_battery"},
		{"sleepy with pinpoint pupils on a fentanyl patch", in(68, "female", "en", "sleepy and slow since starting fluconazole", "Fentanyl patch 50 mcg/h for back pain; pinpoint pupils, rousable and answering.", "2 days", v, []string{"fentanyl patch 50 mcg/h", "fluconazole 200 mg daily"}), "urgent|emergency", "opioid_toxicity_early"},
		{"withdrawal after the oxycodone ran out", in(50, "male", "en", "yawning, runny nose, goosebumps, stomach cramps and diarrhoea", "Long-term oxycodone; ran out two days ago.", "1 day", v, []string{"oxycodone MR 40 mg twice daily (none taken for 36 hours)"}), "urgent", "opioid_withdrawal"},
	})
}

// TestRound223Rules pins rules written in session 18 (held-out sets
// 219 revisited and 223-).
func TestRound223Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(37.0), Consciousness: "alert"}
	feb := &casemodel.Vitals{HeartRate: fp(112), RespiratoryRate: fp(22), SpO2: fp(98), TemperatureC: fp(38.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a child with fever and pain in one side of the back", in(8, "male", "en", "fever, pain in the left side of the back, stinging when passing urine", "Urine dip positive for nitrites. Drinking well.", "1 day", feb, nil), "urgent", "pyelonephritis"},
		{"sheets of pustules with fever after a new drug", in(58, "female", "en", "fever and a red rash full of pus spots in the skin folds", "Started terbinafine 5 days ago. Hundreds of tiny non-follicular pustules on red skin; mouth clear.", "2 days", feb, nil), "urgent", "pustular_eruption"},
		{"a few pustules of acne", in(17, "male", "en", "spots on the face with a few pustules", "Mild acne, no fever.", "3 months", v, nil), "routine|non_urgent", ""},
		{"drooling at night on clozapine is not a neck abscess", in(41, "female", "en", "routine clozapine blood test", "Stable for years. Drooling on the pillow at night. No sore throat, no fever.", "", v, []string{"clozapine 400 mg at night"}), "routine|non_urgent", ""},
		{"drooling with a sore throat and fever stays a deep neck infection", in(30, "male", "en", "very sore throat, drooling, muffled voice", "", "3 days", feb, nil), "urgent|emergency", "deep_neck_infection"},
		{"drooling that brings a man on clozapine to clinic", in(36, "male", "en", "wet pillow every morning, drooling in the day", "Schizophrenia stable on clozapine. No cough, no fever.", "2 months", v, []string{"clozapine 300 mg daily"}), "non_urgent", "clozapine_hypersalivation"},
		{"fingers white in the cold for three winters", in(26, "female", "en", "fingers go white then blue in the cold", "Symmetrical, recovers on warming. No ulcers.", "3 winters", v, nil), "routine", ""},
	})
}

// TestRound224Rules pins the poisons-service rules (held-out set 224):
// a well toddler's accidental swallow is referred, not resuscitated; a
// single tablet of a medicine that kills toddlers is referred even when
// the child is well; a call to the poisons line is not a poisoning.
func TestRound224Rules(t *testing.T) {
	in := caseInput
	kid := &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(24), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"one of grandad's heart tablets", in(2, "female", "en", "may have swallowed one of her grandad's heart tablets", "Diltiazem blister on the floor with one tablet missing. Playing normally.", "30 minutes", kid, nil), "urgent", "one_tablet_danger"},
		{"um comprimido de remédio para pressão, em português", in(3, "male", "pt-BR", "engoliu um comprimido de remédio para pressão do avô", "Anlodipino 5 mg, faltando 1 comprimido. Brincando, sem sintomas.", "1 hora", kid, nil), "urgent", "one_tablet_danger"},
		{"a well toddler who drank from an iron-free vitamin bottle is referred, not resuscitated", in(2, "male", "en", "drank from a bottle of his sister's paracetamol syrup, no symptoms", "About 40 mL missing. Playing normally.", "1 hour", kid, nil), "urgent", "accidental_ingestion_child"},
		{"a drowsy toddler after tablets stays an emergency", in(2, "male", "en", "swallowed some of grandma's tablets and is now very drowsy", "Unknown tablets.", "1 hour", &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(30), SpO2: fp(95), Consciousness: "voice"}, nil), "emergency", ""},
		{"an adult overdose stays an emergency", in(24, "female", "en", "took 30 paracetamol tablets an hour ago", "Says she wanted to die.", "1 hour", v, nil), "emergency", "overdose"},
		{"silica gel told to the poisons information line", in(2, "male", "en", "chewed a silica gel sachet from a shoe box", "Parent rang the poisons information line. No choking or vomiting, playing.", "20 minutes", kid, nil), "routine|non_urgent", ""},
		{"one of grandad's statins is harmless to a toddler", in(3, "male", "en", "took one of his grandfather's cholesterol tablets, no symptoms", "One atorvastatin 20 mg missing from the pill organiser. Playing.", "1 hour", kid, nil), "routine|non_urgent", ""},
		{"paracetamol syrup given for a fever is not an ingestion", in(3, "female", "en", "fever since last night", "Mum gave paracetamol syrup at 6 am. Drinking well, playing.", "1 day", &casemodel.Vitals{HeartRate: fp(120), RespiratoryRate: fp(24), SpO2: fp(99), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "routine|non_urgent", ""},
		{"false widow bite with a local reaction", in(45, "male", "en", "painful red bump after a spider bite in the shed", "Spider identified as a false widow. 2 cm redness, not spreading. No fever, no cramps.", "12 hours", v, nil), "non_urgent", "spider_bite_harmless"},
		{"an armadeira bite stays urgent", in(45, "male", "pt-BR", "picada de aranha armadeira na mão, dor forte no local", "Sem vômitos, sem sudorese.", "1 hora", v, nil), "urgent|emergency", ""},
		{"organophosphate surveillance with every symptom denied", in(50, "male", "pt-BR", "orientação sobre exposição a agrotóxico no trabalho", "Aplica organofosforado há 10 anos, usa EPI. Sem cefaleia, sem náuseas, sem tremores.", "", v, nil), "routine|non_urgent", ""},
		{"a staggered paracetamol excess for toothache", in(40, "male", "en", "nausea after too many painkillers for toothache", "Paracetamol 1 g every 3-4 hours for 3 days, about 8 g paracetamol a day, no self-harm intent. Weight 80 kg.", "3 days", v, []string{"paracetamol 1 g every 3-4 hours"}), "urgent", "staggered_paracetamol_overdose"},
	})
}

// TestRound225Rules pins the anticoagulation-clinic rules (held-out set
// 225).
func TestRound225Rules(t *testing.T) {
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(130), DiastolicBP: fp(78), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	inr := func(x float64) []casemodel.Lab { return []casemodel.Lab{{Name: "INR", Value: x}} }
	checkRules(t, []ruleCase{
		{"INR 4.2 on warfarin without bleeding", lab("en", "male", 70, "INR check, feels well", "AF on warfarin, target 2-3. Had antibiotics last week. No bleeding.", "", v, []string{"warfarin 5 mg daily"}, inr(4.2)), "non_urgent", "inr_above_range"},
		{"INR 2.6 on warfarin is routine", lab("en", "male", 70, "INR check, feels well", "AF on warfarin, target 2-3. No bleeding.", "", v, []string{"warfarin 5 mg daily"}, inr(2.6)), "routine", ""},
		{"platelets halved on enoxaparin after surgery", lab("en", "female", 66, "day 7 after knee replacement, no complaints", "Platelets fell from 280 to 90 on enoxaparin prophylaxis.", "", v, []string{"enoxaparin 40 mg daily"}, []casemodel.Lab{{Name: "platelets", Value: 90, Unit: "x10^9/L"}}), "urgent", "hit_suspected"},
		{"pregnant on warfarin with a mechanical valve, in Portuguese", lab("pt-BR", "female", 31, "atraso menstrual, teste de gravidez positivo", "Prótese valvar mecânica aórtica, em uso de varfarina.", "", v, []string{"varfarina 5 mg/dia"}, nil), "urgent", "vka_pregnancy"},
		{"a few bruises on warfarin, INR in range", lab("en", "female", 75, "a few bruises on the arms", "Warfarin for recurrent DVT. No other bleeding.", "1 week", v, []string{"warfarin 4 mg daily"}, inr(2.8)), "non_urgent", "minor_bleed_anticoagulant"},
		{"a question about taking the DOAC in the morning", lab("en", "male", 55, "asks whether he can take his rivaroxaban in the morning instead", "Rivaroxaban after a PE last year. No bleeding.", "", v, []string{"rivaroxaban 20 mg daily"}, nil), "routine", ""},
	})
}

// TestRound226Rules pins the rules of the second round of session 18
// (held-out sets 226-228): carbon monoxide from a newly fitted heater,
// positional vertigo, small fluid gains in heart failure, new
// iron-deficiency anaemia, myeloma, and the inherited blood disorders.
func TestRound226Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a household with headaches after a new gas water heater, one confused", in(40, "male", "en", "headache and nausea, fainted this morning", "Family all have headaches. New gas water heater installed last week in the windowless bathroom. Now slow to answer and unsure of the date.", "2 days", v, nil), "emergency", "carbon_monoxide"},
		{"a positive Dix-Hallpike is not ataxia", in(60, "female", "en", "room spins for seconds when I turn in bed", "Dix-Hallpike positive with torsional nystagmus. No weakness, speech normal, walks normally.", "3 days", v, nil), "non_urgent|routine", ""},
		{"1 kg up in heart failure without breathlessness", in(80, "female", "en", "ankles a bit more swollen", "Heart failure. Weight up 1 kg this week. No orthopnoea, breathing as usual.", "1 week", v, []string{"furosemide 40 mg daily"}), "non_urgent", "hf_fluid_small"},
		{"3 kg up in heart failure stays same-day", in(80, "female", "en", "ankles swollen, weight up 3 kg in 3 days", "Heart failure. Sleeping on more pillows.", "3 days", v, []string{"furosemide 40 mg daily"}), "urgent", "hf_decompensated"},
		{"new iron-deficiency anaemia in a man of 70", lab("en", "male", 70, "tired for two months", "No bleeding seen. Not on aspirin.", "2 months", v, nil, []casemodel.Lab{{Name: "hemoglobin", Value: 10.1, Unit: "g/dL"}, {Name: "ferritin", Value: 6, Unit: "ng/mL"}}), "non_urgent", "iron_deficiency_anaemia"},
		{"back pain at 72 with anaemia, calcium and creatinine up", lab("en", "male", 72, "low back pain for two months, tired", "Pain at night, not mechanical. No leg weakness.", "2 months", v, nil, []casemodel.Lab{{Name: "hemoglobin", Value: 10.4, Unit: "g/dL"}, {Name: "adjusted calcium", Value: 2.8, Unit: "mmol/L"}, {Name: "creatinine", Value: 1.6, Unit: "mg/dL"}}), "urgent", "myeloma_suspected"},
		{"a head knock in severe haemophilia with GCS 15", in(24, "male", "en", "bumped head falling off a bike, mild headache", "Severe haemophilia A. No loss of consciousness.", "1 hour", v, nil), "emergency", "head_injury_bleeding_disorder"},
		{"a warm tingling knee in haemophilia", in(12, "male", "en", "knee tingling, then swollen and warm", "Severe haemophilia A on prophylaxis. No injury.", "2 hours", v, nil), "urgent", "haemophilia_joint_bleed"},
		{"a socket still oozing in von Willebrand disease, in Portuguese", in(34, "female", "pt-BR", "gengiva sangrando sem parar depois de extrair o dente", "Doença de von Willebrand tipo 1. Sem tontura.", "20 horas", v, nil), "urgent", "bleeding_disorder_bleed"},
		{"a dental plan weeks ahead in mild haemophilia", in(27, "male", "en", "dentist asks for a plan before a wisdom tooth extraction in 3 weeks", "Mild haemophilia B. No bleeding now, no swelling.", "", v, nil), "routine|non_urgent", ""},
		{"fever 38.9 in a child with sickle cell disease", in(3, "male", "en", "high fever, irritable", "Sickle cell anaemia (HbSS).", "4 hours", &casemodel.Vitals{HeartRate: fp(140), RespiratoryRate: fp(28), SpO2: fp(98), TemperatureC: fp(38.9), Consciousness: "alert"}, nil), "emergency", "sickle_fever"},
		{"mild sickle pain settling at home", in(23, "male", "en", "aching thighs like my usual mild crises, improving with tablets and fluids", "HbSC. Pain settling with paracetamol. No fever, no chest pain.", "1 day", v, nil), "non_urgent", "sickle_pain_home"},
		{"vaccines asked about at a sickle clinic are not meningitis", in(4, "male", "en", "routine sickle cell clinic; parents ask which vaccines are due", "Parents ask about pneumococcal, meningococcal and influenza vaccines. Well.", "", &casemodel.Vitals{HeartRate: fp(100), RespiratoryRate: fp(22), SpO2: fp(98), TemperatureC: fp(36.6)}, nil), "routine|non_urgent", ""},
	})
}

// TestRound229Rules pins the rules of the third round of session 18
// (held-out sets 229-231): diving, flying and altitude, and eating and
// weight.
func TestRound229Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"aching shoulder after a dive holiday and a flight", in(40, "male", "en", "deep ache in the left shoulder and unusual tiredness", "Dive trip, three dives a day; flew home 10 hours after the last dive. Neurological examination normal.", "8 hours", v, nil), "urgent", "decompression_sickness_pain"},
		{"tingling legs after a dive stays an emergency", in(40, "male", "en", "tingling in both legs after surfacing", "Dive to 30 m this morning.", "2 hours", v, nil), "emergency", "decompression_illness"},
		{"water breathed in on a try-dive is drowning, not decompression", in(19, "female", "en", "cough after inhaling water on a try-dive", "Regulator came out at 4 m, inhaled sea water. Never unconscious. Fine crackles at one base. No neurological symptoms.", "1 hour", &casemodel.Vitals{HeartRate: fp(96), RespiratoryRate: fp(20), SpO2: fp(95), TemperatureC: fp(36.4), Consciousness: "alert", SystolicBP: fp(118)}, nil), "urgent", "drowning_symptomatic"},
		{"severe mountain sickness at 3,600 m, in Portuguese", in(45, "female", "pt-BR", "dor de cabeça forte e vômitos repetidos", "Chegou a 3600 m há 2 dias. Escore de Lake Louise 8. Sem ataxia, orientada.", "1 dia", v, nil), "urgent", "ams_severe"},
		{"confusion and a headache at altitude", in(30, "male", "en", "headache, stumbling and confused", "Trekking at 4,800 m for three days.", "1 day", &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(20), SpO2: fp(80), TemperatureC: fp(36.8), Consciousness: "voice"}, nil), "emergency", "hace"},
		{"a jet lag question", in(44, "male", "en", "asking for something to help with jet lag", "Flies eastbound monthly. Sleeps well otherwise.", "", v, nil), "routine", ""},
		{"fit and well is not a fit", in(22, "male", "en", "asks whether it is safe to climb Kilimanjaro with sickle cell trait", "Fit, runs regularly, no symptoms.", "", v, nil), "routine", ""},
		{"hives from ibuprofen is the allergy record, not angioedema now", in(30, "female", "en", "ear pain after diving", "Haemorrhage in the eardrum, no perforation. She reports ibuprofen gives her hives and facial swelling.", "1 day", v, nil), "non_urgent", ""},
		{"occasional ectopics with K 2.6 stay urgent", lab("en", "male", 56, "muscle weakness and cramps", "Acetazolamide and diarrhoea. ECG: U waves, occasional ventricular ectopics.", "3 days", v, nil, []casemodel.Lab{{Name: "potassium", Value: 2.6, Unit: "mmol/L"}}), "urgent", ""},
		{"anorexia nervosa with BMI 12.5", in(35, "female", "en", "hardly eating, tired and cold", "Anorexia nervosa. Weight 30 kg, height 1.55 m. Standing BP normal.", "2 weeks", v, nil), "urgent", "eating_disorder_bmi_red"},
		{"a child falling across the weight centiles", in(10, "male", "en", "eats only a few safe foods, losing weight", "Weight dropped from the 50th to the 9th centile in a year.", "1 year", &casemodel.Vitals{HeartRate: fp(80), RespiratoryRate: fp(18), TemperatureC: fp(36.6), Consciousness: "alert"}, nil), "non_urgent", "faltering_growth"},
		{"late dumping after a gastric bypass", in(39, "female", "en", "sweaty and shaky two hours after sweet meals", "Roux-en-Y gastric bypass last year. Home meter 55 mg/dL in one episode. Well now.", "3 months", v, nil), "non_urgent", "post_bariatric_hypoglycaemia"},
	})
}

// TestRound232Rules pins the rules of the fourth round of session 18
// (held-out sets 232-234): the first 28 days of life and the fracture
// clinic.
func TestRound232Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	baby := &casemodel.Vitals{HeartRate: fp(138), RespiratoryRate: fp(40), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"pus pouring from swollen eyes on day 3", in(0, "female", "en", "both eyes swollen with thick pus", "3-day-old. Eyelids swollen shut, copious purulent discharge that re-accumulates within minutes. Feeding well.", "1 day", baby, nil), "urgent", "ophthalmia_neonatorum"},
		{"an Ortolani-positive hip at the newborn check", in(0, "female", "en", "clunk in the left hip at the newborn check", "1-day-old, breech. Left hip Ortolani positive (dislocated and reducible).", "", baby, nil), "non_urgent", "unstable_hip_newborn"},
		{"jaundice at 18 hours old", in(0, "male", "en", "looks yellow", "18 hours old, term. Yellow face and chest. Feeding well.", "", baby, nil), "urgent", "jaundice_first_day"},
		{"prolonged jaundice with yellow stools at 17 days", in(0, "female", "en", "still yellow at 17 days", "17-day-old, breastfed, gaining weight. Stools yellow, urine pale.", "", baby, nil), "non_urgent", "prolonged_jaundice"},
		{"a raised TSH on the heel-prick screen, in Portuguese", lab("pt-BR", "female", 0, "convocada pelo teste do pezinho alterado", "Recém-nascida de 8 dias, mamando bem.", "", baby, nil, []casemodel.Lab{{Name: "TSH", Value: 80, Unit: "mUI/L"}}), "urgent", "newborn_screen_positive"},
		{"hiccups and sneezing in a thriving 10-day-old", in(0, "male", "en", "lots of hiccups and sneezing", "10-day-old, feeding well, plenty of wet nappies, back above birth weight. No fever, breathing comfortably.", "", baby, nil), "routine", "newborn_normal"},
		{"a floppy arm after shoulder dystocia is not a floppy baby", in(0, "male", "en", "right arm floppy since birth", "2-day-old, shoulder dystocia. Waiter's tip posture, feeding well.", "2 days", baby, nil), "non_urgent|urgent", ""},
		{"a dislocated hip replacement", in(76, "female", "pt-BR", "ouviu um estalo ao se abaixar, dor forte no quadril, não consegue andar", "Prótese total de quadril há 5 semanas. Membro encurtado e em rotação interna. Pulsos presentes.", "2 horas", v, nil), "urgent", "hip_dislocation"},
		{"an undisplaced radial head fracture", in(33, "female", "en", "elbow pain after a fall", "X-ray: undisplaced radial head fracture (Mason I). Neurovascularly intact.", "6 hours", v, nil), "non_urgent", "stable_fracture"},
		{"a displaced femoral shaft fracture stays urgent or above", in(33, "male", "en", "thigh pain after a fall from a ladder", "X-ray: minimally displaced femoral shaft fracture.", "2 hours", v, nil), "urgent|emergency", ""},
		{"an open tibial fracture with exposed bone", in(34, "male", "en", "open wound on the shin with bone showing after a crash", "Open tibial shaft fracture, Gustilo III. Pulses present.", "1 hour", v, nil), "emergency", "open_fracture"},
		{"stiffness after a healed wrist fracture", in(55, "female", "en", "stiff wrist since the cast came off, would like physiotherapy", "X-ray at cast removal showed union in good position. No disproportionate pain, no allodynia.", "2 weeks", v, nil), "routine", "fracture_healed"},
		{"infected pin sites with fever", in(58, "male", "en", "pus around the wires in my wrist, fever", "K-wires 3 weeks ago. Purulent discharge at two pin sites, erythema spreading 6 cm up the forearm.", "2 days", &casemodel.Vitals{HeartRate: fp(102), SystolicBP: fp(128), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "urgent", ""},
	})
}

// TestRound235Rules pins the rules of the fifth round of session 18
// (held-out sets 235-237): ear, nose and throat, violence, and history
// told with a year.
func TestRound235Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a fish bone felt in the throat", in(45, "female", "en", "fish bone stuck in my throat, pricking when I swallow", "Ate fish at lunch. Swallowing saliva, no drooling, voice normal.", "3 hours", v, nil), "urgent", "fish_bone_throat"},
		{"a boggy septum after septoplasty", in(32, "male", "en", "nose blocked on both sides after my operation", "Septoplasty 3 days ago. Bilateral fluctuant boggy swelling of the septum.", "1 day", v, nil), "urgent", "septal_haematoma"},
		{"vesicles in the ear with a facial palsy", in(68, "male", "en", "blisters in my ear and my face has dropped on that side", "Vesicles in the concha. Complete facial palsy including the forehead.", "1 day", v, nil), "urgent", "ramsay_hunt"},
		{"woke up deaf in one ear", in(51, "female", "en", "woke up deaf in the left ear, ringing", "Otoscopy normal, Weber to the right.", "1 day", v, nil), "urgent", "sudden_hearing_loss"},
		{"ear pain at night with granulation in an older diabetic", in(74, "male", "en", "severe ear pain worse at night, discharge, not getting better with ear drops", "Type 2 diabetes. Granulation tissue in the ear canal.", "6 weeks", v, []string{"metformin 1 g twice daily"}), "urgent", "necrotising_otitis_externa"},
		{"hay fever, in Portuguese", in(28, "male", "pt-BR", "espirros, coriza clara, coceira no nariz", "Rinite alérgica sazonal. Sem febre, sem chiado.", "2 semanas", v, nil), "routine", "self_care_hay_fever"},
		{"snoring without apnoeas", in(45, "male", "en", "wife complains about my snoring", "No witnessed apnoeas, wakes refreshed, Epworth 4.", "", v, nil), "routine", "simple_snoring"},
		{"strangulation with every red sign denied stays urgent", in(35, "female", "en", "sore neck after her partner grabbed her by the throat", "Strangulation 2 days ago. Denies loss of consciousness, incontinence, voice change or difficulty swallowing. Faint bruising, no petechiae.", "2 days", v, nil), "urgent", "strangulation"},
		{"choking her until she passed out", in(31, "female", "en", "hoarse voice, passed out while her partner was choking her", "Petechiae on the face.", "4 hours", v, nil), "emergency", "strangulation_high_risk"},
		{"double vision and a numb cheek after a punch to the eye", in(30, "female", "en", "punched in the left eye; double vision looking up, numb cheek", "Periorbital haematoma, acuity 6/6, pupils equal. No nausea, no bradycardia, no loss of consciousness.", "6 hours", v, nil), "urgent", "orbital_fracture_suspected"},
		{"double vision with a weak arm after a fall stays an emergency", in(70, "male", "en", "hit his face on the floor, now double vision and a weak left arm", "", "1 hour", v, nil), "emergency", ""},
		{"a stroke in 2019 with hemiparesis that recovered", in(70, "male", "pt-BR", "consulta de acompanhamento, sem queixas", "AVC isquêmico em 2019 com hemiparesia esquerda que regrediu totalmente. Nega fraqueza.", "", v, nil), "routine", ""},
	})
}

// TestRound238Rules pins the rules of the first round of session 19
// (held-out sets 238-240 and what was left of 235).
func TestRound238Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a resolved attack like the usual ones in known panic disorder", in(24, "female", "en", "racing heart, tight chest and shaking before an exam, now settled", "Known panic disorder, this was the same as her previous attacks. ECG normal. No exertional pain, no syncope.", "1 hour", v, []string{"sertraline 100 mg daily"}), "non_urgent", "panic_attack_typical"},
		{"a first attack of chest tightness in a young patient stays urgent", in(24, "female", "en", "racing heart, tight chest and shaking, now settled", "Never had this before. ECG normal.", "1 hour", v, nil), "urgent", "chest_pain"},
		{"panic disorder with an attack unlike the usual ones stays urgent", in(28, "male", "en", "chest tightness, now resolved", "Known panic disorder, but this felt different from his usual attacks: came on while running. ECG normal.", "2 hours", v, nil), "urgent|emergency", ""},
		{"a follow-up after an ED visit for chest pain is not chest pain now", in(50, "male", "en", "follow-up after an ED visit for chest pain 3 weeks ago; no symptoms since", "Troponins negative, CT coronary angiography normal. Smoker.", "", v, nil), "routine|non_urgent", ""},
		{"a crack and a swollen penis during sex", in(35, "male", "en", "heard a snap during sex, lost the erection at once, now swollen and bent", "Purple swollen shaft. Passing urine.", "1 hour", v, nil), "urgent", "penile_fracture"},
		{"a penile fracture, in Portuguese", in(40, "male", "pt-BR", "estalo no pênis durante a relação com perda súbita da ereção e inchaço", "Hematoma peniano, sangue no meato uretral.", "2 horas", v, nil), "emergency", "penile_fracture"},
		{"haematocrit 56% on testosterone without symptoms", lab("en", "male", 58, "routine testosterone monitoring bloods", "Testosterone injections for hypogonadism. No headache, no visual change.", "", v, []string{"testosterone enanthate 250 mg every 3 weeks"}, []casemodel.Lab{{Name: "hematocrit", Value: 56, Unit: "%"}}), "non_urgent", "testosterone_erythrocytosis"},
		{"haematocrit 56% without testosterone is not this rule", lab("en", "male", 58, "routine bloods, feels well", "Ex-smoker.", "", v, nil, []casemodel.Lab{{Name: "hematocrit", Value: 56, Unit: "%"}}), "routine|non_urgent|urgent", "-testosterone_erythrocytosis"},
		{"passive death wishes with a PHQ-9 of 20", in(40, "female", "en", "low mood, sometimes thinks it would be easier not to wake up", "PHQ-9 20. Denies plan or intent. Lives with her sister.", "6 weeks", v, nil), "urgent", "passive_death_wish_severe_depression"},
		{"passive death wishes with a PHQ-9 of 14 are same-day too", in(40, "female", "en", "low mood, sometimes thinks it would be easier not to wake up", "PHQ-9 14. Denies plan or intent. Lives with her sister.", "6 weeks", v, nil), "urgent", "passive_death_wish"},
		{"stiffening and jerking in the night with a bitten tongue", in(30, "male", "en", "wife saw him stiffen and then jerk in bed for a minute, bit his tongue, now fine", "No previous episodes.", "8 hours", v, nil), "urgent|emergency", ""},
		{"small pupils and slow breathing on oxycodone", in(70, "female", "en", "very drowsy since her painkillers were increased", "Small pupils, slow speech but answering questions.", "2 days", &casemodel.Vitals{HeartRate: fp(64), SystolicBP: fp(118), RespiratoryRate: fp(10), SpO2: fp(93), TemperatureC: fp(36.5), Consciousness: "alert"}, []string{"oxycodone 20 mg twice daily"}), "urgent|emergency", ""},
		{"an Epworth score that fell is not a fall", in(57, "female", "pt-BR", "revisão do CPAP, sem queixas", "Apneia do sono. Epworth caiu de 14 para 6.", "", v, nil), "routine", ""},
		{"a sleepy lorry driver with witnessed apnoeas", in(50, "male", "en", "loud snoring, witnessed pauses in breathing, falls asleep in the afternoon", "HGV driver, nodded off at the wheel last week. Epworth 16.", "1 year", v, nil), "non_urgent", "sleepy_driver_osa"},
		{"sleepiness with cataplexy", in(19, "female", "en", "falls asleep in lectures, knees buckle when she laughs", "Epworth 18. Normal neurological examination.", "1 year", v, nil), "non_urgent", "narcolepsy_suspected"},
		{"hypnagogic hallucinations are not a psychosis", in(22, "male", "pt-BR", "sonolência durante o dia, alucinações ao adormecer e paralisia do sono", "Exame neurológico normal.", "1 ano", v, nil), "non_urgent|routine", "-psychosis"},
		{"central apnoea on methadone", in(45, "male", "en", "sleep study results", "Methadone 100 mg daily. Polysomnography: central apnoea index 22, nadir SpO2 78%.", "", v, []string{"methadone 100 mg daily"}), "non_urgent", "opioid_central_apnoea"},
	})
}

// TestRound238Routes: hormone therapy, sleep neurology and pulmonary
// hypertension reach their teams.
func TestRound238Routes(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRoutes(t, []routeCase{
		{in(30, "male", "pt-BR", "consulta de rotina da hormonização", "Homem trans em uso de testosterona há 2 anos.", "", v, []string{"cipionato de testosterona 200 mg IM a cada 14 dias"}), "endocrinology"},
		{in(45, "female", "en", "annual review of gender-affirming hormone therapy", "Transgender woman on estradiol.", "", v, []string{"estradiol 4 mg daily"}), "endocrinology"},
		{in(25, "female", "en", "sodium oxybate review, sleeping better", "Narcolepsy type 1.", "", v, []string{"sodium oxybate 4.5 g nightly"}), "neurology"},
		{in(60, "male", "en", "more breathless on the stairs", "Pulmonary arterial hypertension on ambrisentan.", "2 weeks", v, nil), "pulmonology"},
	})
}

// TestRound241Rules pins the rules of the second round of session 19
// (held-out sets 241-243): carbon monoxide told in other words, the
// weeks after discharge, and farms.
func TestRound241Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	fev := &casemodel.Vitals{HeartRate: fp(98), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.3), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a family with headaches and an old gas space heater", in(40, "female", "en", "headache and dizziness, thinks it is flu", "The family has been using an old gas space heater since the cold weather began. Husband and both children also have headaches. Symptoms ease when she is at work.", "2 days", v, nil), "emergency", "carbon_monoxide"},
		{"weed killer swallowed on purpose", in(22, "male", "en", "swallowed a mouthful of weed killer from the shed after an argument", "Paraquat concentrate. Burning mouth.", "1 hour", v, nil), "emergency", "overdose"},
		{"a pesticide sprayer's check-up with every sign denied", in(41, "male", "en", "annual health check for his pesticide licence, feels well", "Applies organophosphate insecticides. No headaches, blurred vision, sweating, diarrhoea or muscle twitching.", "", v, nil), "routine", ""},
		{"an adder bite with swelling of the hand only", in(55, "female", "en", "bitten on the hand by an adder in the garden, hand swollen", "Swelling confined to the hand. No vomiting, abdominal pain, facial swelling or dizziness.", "1 hour", v, nil), "urgent", "adder_bite_local"},
		{"an adder bite with vomiting stays an emergency", in(55, "female", "en", "bitten on the ankle by an adder, vomiting and dizzy", "", "1 hour", v, nil), "emergency", "envenomation"},
		{"a rattlesnake bite stays an emergency", in(40, "male", "en", "bitten on the hand by a rattlesnake, swelling", "", "30 minutes", v, nil), "emergency", "envenomation"},
		{"a dog bite to a child's face", in(6, "male", "en", "bitten on the face by the farm's sheepdog, cuts on the cheek and lip", "Lip laceration crossing the vermilion border; bleeding controlled.", "1 hour", &casemodel.Vitals{HeartRate: fp(108), RespiratoryRate: fp(20), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "bite_face"},
		{"crepitus over broken ribs is not necrotising fasciitis", in(60, "male", "en", "kicked in the chest by a horse, sore ribs", "Point tenderness and crepitus over the right ribs. Breath sounds equal, no surgical emphysema.", "3 hours", v, nil), "urgent|non_urgent", "-necrotizing"},
		{"a tetanus booster with no wound", in(45, "female", "en", "wants a tetanus booster before the fencing season; no current wound", "Last Td 11 years ago. Well.", "", v, nil), "routine", ""},
		{"a growing crusted lump on the ear", in(74, "male", "en", "crusty lump on the top of the ear that is getting bigger and sometimes bleeds", "Retired farmer. 1.4 cm keratotic nodule on the helix.", "2 months", v, nil), "non_urgent", "suspected_skin_cancer"},
		{"a black eschar after skinning a dead cow", in(44, "male", "en", "painless black scab on the forearm with a lot of swelling", "Skinned a cow that died suddenly a week ago. Black eschar with vesicles and oedema to the elbow.", "4 days", fev, nil), "urgent|emergency", "cutaneous_anthrax"},
		{"residual dysarthria after an old stroke is no stroke alert", in(70, "male", "pt-BR", "consulta de retorno após AVC, sem queixas novas", "AVC isquêmico há 5 semanas. Disartria leve residual estável, sem novos déficits.", "", v, nil), "routine|non_urgent", "-stroke_befast"},
		{"a fit note is not a fit", in(44, "female", "en", "wants a fit note and advice about going back to work", "Recovered well after surgery.", "", v, nil), "routine", ""},
		{"an operation for a bowel obstruction is history", in(56, "female", "en", "redness around one staple on her wound", "Discharged 7 days ago after laparotomy for small-bowel obstruction. No abdominal pain, bowels normal.", "2 days", v, nil), "non_urgent", ""},
		{"diarrhoea six times a day after clindamycin", in(66, "male", "en", "watery diarrhoea 6 times a day, crampy pain", "Treated with clindamycin for cellulitis, discharged 10 days ago. No blood.", "2 days", v, nil), "urgent", "c_difficile_suspected"},
		{"traveller's diarrhoea treated with ciprofloxacin is not C. difficile", in(36, "female", "en", "diarrhoea 5 times a day since getting back from Mexico", "Started the ciprofloxacin the travel clinic gave her. No blood.", "3 days", v, nil), "non_urgent", "-c_difficile_suspected"},
		{"a PICC exit site with pus and fever", in(54, "female", "en", "red, sore skin around the PICC line with pus, feverish", "Home IV antibiotics finished 5 days ago; line left in.", "2 days", fev, nil), "urgent", "central_line_infection"},
		{"tremor and brisk reflexes on linezolid with sertraline", in(59, "male", "en", "shaky hands, restless, loose stools", "Fine tremor and brisk reflexes, no clonus, no confusion.", "2 days", v, []string{"linezolid 600 mg twice daily", "sertraline 100 mg daily"}), "urgent", "serotonin_toxicity"},
	})
}

// TestRound244Rules pins the rules of the third round of session 19
// (held-out sets 244-246): school and university health, and weakened
// immunity.
func TestRound244Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"fever after a splenectomy, looking well", in(22, "female", "pt-BR", "febre, calafrios e dor no corpo", "Esplenectomizada há 3 anos. Bom estado geral, sem foco aparente.", "6 horas", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(118), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "emergency", "asplenic_fever"},
		{"a vaccine plan before an elective splenectomy is no fever rule", in(27, "female", "en", "wants her vaccines before a planned splenectomy", "Elective splenectomy booked. No fever.", "", v, nil), "routine|non_urgent", "-asplenic_fever"},
		{"a cavitating cough with weight loss on infliximab", in(38, "female", "en", "cough, night sweats, lost 6 kg", "Crohn's disease on infliximab. Chest X-ray: upper-lobe cavity.", "4 weeks", v, []string{"infliximab 5 mg/kg every 8 weeks"}), "urgent", "presumptive_tb"},
		{"rising liver tests after a liver transplant", lab("en", "male", 48, "tired, itchy, dark urine", "Liver transplant 5 months ago; missed tacrolimus doses.", "1 week", v, []string{"tacrolimus 3 mg twice daily"}, []casemodel.Lab{{Name: "ALT", Value: 268, Unit: "U/L"}, {Name: "bilirubin", Value: 2.7, Unit: "mg/dL"}}), "urgent", "graft_dysfunction"},
		{"a creatinine that doubled in a kidney transplant", in(50, "male", "en", "feels tired, graft a bit tender", "Kidney transplant 2 years ago. Creatinine doubled since last month.", "5 days", v, []string{"tacrolimus 2 mg twice daily"}), "urgent", "graft_dysfunction"},
		{"ran out of HIV tablets three days ago", in(41, "female", "en", "ran out of HIV tablets, no symptoms", "Viral load suppressed for years. Pharmacy delivery delayed.", "3 days", v, []string{"dolutegravir 50 mg daily"}), "non_urgent", "art_interruption"},
		{"a plan for vaccines is no suicide plan", in(27, "female", "pt-BR", "quer o plano de vacinação antes da cirurgia", "Sem queixas.", "", v, nil), "routine", ""},
		{"varicella IgG positive is immunity", in(40, "male", "en", "screening before a biologic, no complaints", "IGRA negative, HIV negative, varicella IgG positive.", "", v, nil), "routine", ""},
		{"three capsules of a stimulant with a racing heart", in(21, "male", "en", "racing heart and shaky after taking extra ADHD tablets", "Took 3 capsules of lisdexamfetamine this morning.", "8 hours", &casemodel.Vitals{HeartRate: fp(122), SystolicBP: fp(148), RespiratoryRate: fp(18), SpO2: fp(99), TemperatureC: fp(37.2), Consciousness: "alert"}, []string{"lisdexamfetamine 50 mg each morning"}), "urgent", "stimulant_toxicity"},
		{"glucose tablets for a hypo are no overdose", in(9, "female", "en", "felt shaky before PE, low sugar, now better", "Type 1 diabetes. Took 15 g glucose tablets, recheck 118 mg/dL, back in class.", "30 minutes", &casemodel.Vitals{HeartRate: fp(88), RespiratoryRate: fp(18), TemperatureC: fp(36.6), Consciousness: "alert"}, []string{"insulin aspart with meals"}), "non_urgent|routine", "-overdose"},
		{"a vaccine catch-up before university", in(18, "female", "en", "starting university, wants to check which vaccines she is missing", "One dose of MMR only.", "", v, nil), "routine", ""},
		{"a certificate after a stomach bug, now symptom-free", in(21, "male", "pt-BR", "precisa de atestado; teve diarreia e vômitos, já melhorou", "Gastroenterite, agora sem sintomas.", "4 dias", v, nil), "routine", ""},
		{"an annual update of a school diabetes care plan", in(13, "male", "en", "annual update of school diabetes care plan", "Type 1 diabetes, no severe hypos.", "", v, nil), "routine", ""},
	})
}

// TestRound247Rules pins the rules of the fourth round of session 19
// (held-out sets 247-249): heart devices, and stories told in other
// words.
func TestRound247Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"two inappropriate ICD shocks from fast AF, stable", in(66, "male", "en", "two shocks from his defibrillator in the last 12 hours, otherwise feels OK", "Remote check: atrial fibrillation with fast rates, two inappropriate shocks. No syncope or chest pain.", "12 hours", &casemodel.Vitals{HeartRate: fp(140), SystolicBP: fp(118), RespiratoryRate: fp(18), SpO2: fp(96), TemperatureC: fp(36.7), Consciousness: "alert"}, nil), "urgent", "icd_two_shocks"},
		{"four ICD shocks in an hour stays an emergency", in(60, "male", "en", "ICD has fired four times in the last hour, dizzy", "", "1 hour", v, nil), "emergency", "icd_storm"},
		{"a tense pacemaker pocket haematoma", in(76, "female", "pt-BR", "inchaço e dor no local do marcapasso", "Marcapasso implantado há 2 dias. Hematoma tenso de loja de 6 cm.", "1 dia", v, []string{"apixabana 5 mg 2x/dia"}), "urgent", "device_pocket_haematoma"},
		{"a discharging pacemaker pocket", in(74, "male", "en", "redness, swelling and warmth over the pacemaker with yellow discharge", "Pacemaker implanted 6 weeks ago.", "4 days", v, nil), "urgent", "device_pocket_infection"},
		{"hiccups in time with the heartbeat after an implant", in(77, "male", "en", "constant hiccups and twitching in the upper abdomen in time with his heartbeat", "Pacemaker implanted 3 days ago.", "1 day", v, nil), "urgent", "lead_displacement"},
		{"an LVAD power spike with dark urine", in(59, "male", "en", "dark cola-coloured urine, more breathless, LVAD alarms", "HeartWare HVAD. Pump power rose over 48 hours, LDH 2150.", "2 days", v, nil), "emergency", "lvad_pump_failure"},
		{"a pulsatile groin lump after a stent", in(62, "male", "en", "painful lump in the right groin", "PCI via the right femoral artery 5 days ago. Pulsatile, tender mass with a bruit; foot pulses intact.", "2 days", v, nil), "urgent", "access_pseudoaneurysm"},
		{"a pericardial effusion without tamponade signs", in(59, "female", "pt-BR", "dor no peito que piora ao deitar, febre baixa", "Revascularização há 3 semanas. Derrame pericárdico moderado, sem colapso de câmaras direitas. Sem pulso paradoxal.", "3 dias", v, nil), "urgent", "-tamponade"},
		{"stable angina again after a stent, ECG unchanged", in(68, "male", "en", "chest tightness walking uphill, eases with rest in 2-3 minutes", "Stent 8 months ago. Not at rest, not increasing. ECG unchanged from discharge.", "3 weeks", v, nil), "non_urgent", "stable_angina"},
		{"questions about flying with an ICD", in(52, "female", "pt-BR", "dúvidas sobre viagem de avião e uso de celular com o CDI", "Sem choques, sem sintomas.", "", v, nil), "routine", ""},
		{"a dental abscess shown by behaviour", in(29, "male", "en", "support worker: he keeps holding his jaw and refusing hot food", "Non-verbal. Right cheek swelling, warm and tender, decayed lower molar. Swallows saliva, floor of mouth soft.", "4 days", &casemodel.Vitals{HeartRate: fp(98), SystolicBP: fp(128), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(38.1), Consciousness: "alert"}, nil), "urgent", ""},
		{"wishing God would take her, with weight loss", in(58, "female", "en", "not eating, not sleeping, says she wishes God would take her", "Low mood, loss of interest, 6 kg weight loss. Denies plan or intent.", "3 months", v, nil), "urgent", "passive_death_wish_severe_depression"},
		{"more of the blue puffer", in(33, "male", "en", "need more blue puffer an the brown one, breathing good", "Asthma, reliever twice a month.", "", v, []string{"salbutamol inhaler as needed"}), "routine", ""},
	})
}

// TestRound250Rules pins the rules of the fifth round of session 19
// (held-out sets 250-252): headache and dizziness, and older people on
// many medicines.
func TestRound250Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"constant spinning since waking with vomiting, still walking", in(44, "male", "en", "constant room-spinning dizziness since waking, vomiting, unsteady but can walk", "First episode. No double vision, no slurred speech, no weakness.", "12 hours", nil, nil), "urgent", "acute_vestibular_syndrome"},
		{"seconds of spinning on rolling over is not this", in(60, "female", "en", "room spins for a few seconds when I roll over in bed, felt sick once", "", "1 week", v, nil), "non_urgent|routine", "-acute_vestibular_syndrome"},
		{"a postural headache after an epidural", in(31, "female", "en", "headache when sitting or standing, goes within minutes of lying flat", "Day 3 postpartum, epidural with an accidental dural puncture. BP normal, no proteinuria.", "2 days", v, nil), "urgent", "post_dural_puncture_headache"},
		{"cold white fingers on ergotamine and clarithromycin", in(38, "female", "en", "fingers and toes cold, white and tingling", "Ergotamine tablets for migraine; clarithromycin started 4 days ago.", "2 days", v, []string{"ergotamine/caffeine 1 mg/100 mg as needed", "clarithromycin 500 mg twice daily"}), "urgent", "ergotism"},
		{"a migraine for 80 hours", in(34, "female", "en", "migraine that won't stop, vomiting", "Typical of her migraines, gradual onset. Neurological exam normal.", "80 hours", v, nil), "urgent", "status_migrainosus"},
		{"a typical migraine at 16 weeks with a normal BP", in(30, "female", "en", "one-sided throbbing headache with nausea, like her usual migraines", "16 weeks pregnant. This attack is typical. Urine protein negative, neurological exam normal.", "8 hours", v, nil), "non_urgent", ""},
		{"a headache diary brought back", in(24, "female", "en", "bringing her 8-week headache diary as asked", "Episodic tension-type headache, normal exam.", "", v, nil), "routine", ""},
		{"sodium 126 with falls and nausea on citalopram", lab("en", "female", 86, "unsteady, two falls this week, nausea", "Citalopram started 4 weeks ago. No vomiting, no seizures.", "10 days", v, []string{"citalopram 20 mg daily"}, []casemodel.Lab{{Name: "sodium", Value: 126, Unit: "mmol/L"}}), "urgent", "hyponatraemia_moderate_symptoms"},
		{"asking whether he still needs all his tablets", in(84, "male", "en", "asks whether he still needs all his tablets", "Palliative care involved. Discussed stopping atorvastatin.", "", v, []string{"atorvastatin 40 mg nightly", "ramipril 5 mg daily"}), "routine", ""},
		{"help organising the tablets, in Portuguese", in(78, "male", "pt-BR", "às vezes esquece se já tomou os remédios; pede ajuda para organizar os horários", "Sem quedas, sem hipoglicemias.", "", v, nil), "routine", ""},
	})
}

// TestRound250Headache: a post-dural-puncture headache after a
// diagnostic lumbar puncture waits a day or two; after childbirth it is
// seen the same day.
func TestRound250Headache(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(118), DiastolicBP: fp(74), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a postural headache after a diagnostic lumbar puncture", in(35, "female", "en", "headache when sitting or standing, goes within minutes of lying flat", "Lumbar puncture 3 days ago. No fever, no neck stiffness.", "2 days", v, nil), "non_urgent", "post_dural_puncture_headache"},
	})
}

// TestRound253Rules pins the rules of the sixth round of session 19
// (held-out sets 253-255): disasters and humanitarian settings,
// children with complex needs, and passive death wishes.
func TestRound253Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(120), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	child := &casemodel.Vitals{HeartRate: fp(100), RespiratoryRate: fp(22), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"wishing he had died with his family", in(45, "male", "en", "cannot sleep, says he wishes he had died with his family", "Denies plan or intent. Brother staying with him.", "6 days", v, nil), "urgent", "passive_death_wish"},
		{"TB tablets lost in a flood, coughing blood streaks", in(33, "male", "en", "cough with streaks of blood, fevers", "Smear-positive TB diagnosed 5 weeks ago, on treatment. All tablets lost in the flood 12 days ago.", "1 week", v, nil), "urgent", "tb_treatment_interrupted"},
		{"TB treated years ago is no interrupted treatment", caseInput(50, "male", "en", "cough for a week", "TB in 2015, completed treatment without problems. No fever.", "1 week", v, nil), "non_urgent|routine", "-tb_treatment_interrupted"},
		{"HIV tablets lost when fleeing, well", in(28, "female", "en", "lost my HIV tablets when we fled, feeling well", "Viral load undetectable.", "4 days", v, []string{"tenofovir/lamivudine/dolutegravir 1 tablet daily"}), "non_urgent", "art_interruption"},
		{"necrotising enterocolitis in infancy is history, not a soft-tissue infection", in(6, "female", "en", "monthly home parenteral nutrition review", "Intestinal failure after necrotising enterocolitis. Line site clean.", "", child, nil), "routine", "-necrotizing"},
		{"a seizure care plan is no seizure", in(12, "female", "en", "annual update of seizure care plan for school", "Seizure-free for 3 months.", "", child, nil), "routine", "-seizure"},
		{"a blocked central line in a child on parenteral nutrition", in(3, "male", "en", "central line will not flush, feed could not be connected", "Home parenteral nutrition via a tunnelled central line. No fever.", "3 hours", child, nil), "urgent", "central_line_blocked"},
		{"escalating pain needing four rescue doses in a child with a brain tumour", in(9, "female", "en", "headache and vomiting getting worse", "Diffuse intrinsic pontine glioma, palliative care at home. Needing 4 breakthrough morphine doses a day.", "2 days", child, nil), "urgent", "palliative_pain_crisis"},
		{"weight crossing centiles upwards is no faltering growth", in(8, "female", "en", "review of gastrostomy feeding plan", "Weight has crossed from the 25th to the 75th centile over 6 months.", "", child, nil), "routine", "-faltering_growth"},
		{"a scheduled tracheostomy tube change", in(5, "female", "pt-BR", "troca programada da cânula de traqueostomia", "Sem queixas.", "", child, nil), "routine", ""},
		{"a baclofen pump refill, in Portuguese", in(14, "male", "pt-BR", "recarga programada da bomba de baclofeno", "Paralisia cerebral espástica, sem alarmes.", "", child, nil), "routine", "-paralysis"},
	})
}

// TestRound256Rules pins the reading fixes of the last round of session
// 19 (heldout257, the first trimester).
func TestRound256Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(116), DiastolicBP: fp(72), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"unsure of the date of the last period is no confusion", in(25, "female", "en", "when will I have my first scan? I am not sure of the date of my last period", "Positive home pregnancy test. No bleeding, no pain.", "", nil, nil), "routine|non_urgent", "-altered_consciousness"},
		{"a serum hCG with no pregnancy seen in the womb", labCaseInput("en", "female", 32, "crampy lower abdominal pain and spotting", "Transvaginal scan: no intrauterine pregnancy seen.", "3 days", v, nil, []casemodel.Lab{{Name: "serum hCG (today)", Value: 1310, Unit: "IU/L"}}), "urgent|emergency", ""},
		{"bleeding heavier than a period with tissue passed", in(34, "female", "en", "vaginal bleeding heavier than a period with cramping, passed some tissue", "8 weeks; live intrauterine pregnancy seen at 7 weeks.", "1 day", v, nil), "urgent", "pregnancy_bleeding"},
	})
}

// TestRound257Rules pins the first-trimester rules finished in session
// 20 (held-out set 257): valproate, ACE inhibitors and a chickenpox
// contact in pregnancy are days, not hours.
func TestRound257Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"valproate in an unplanned pregnancy", in(27, "female", "en", "pregnancy test positive, on epilepsy tablets", "Last menstrual period 5 weeks ago. Seizure-free for three years. No pain, no bleeding.", "", v, []string{"sodium valproate 600 mg twice daily"}), "non_urgent", "valproate_pregnancy"},
		{"isotretinoin in a pregnancy stays same-day", in(22, "female", "en", "positive pregnancy test on acne tablets", "Last menstrual period 6 weeks ago. Feels well.", "", v, []string{"isotretinoin 20 mg daily"}), "urgent", "teratogen_pregnancy"},
		{"an ACE inhibitor at 8 weeks", in(36, "female", "en", "pregnant, on blood pressure tablets", "8 weeks pregnant by dates. No headache, no swelling.", "", v, []string{"lisinopril 10 mg daily"}), "non_urgent", "raas_blocker_pregnancy"},
		{"an ACE inhibitor before a pregnancy is planned", in(33, "female", "en", "planning a pregnancy next year, on blood pressure tablets", "Not pregnant; using the pill.", "", v, []string{"enalapril 10 mg daily"}), "routine|non_urgent", "-raas_blocker_pregnancy"},
		{"a chickenpox contact in a well pregnant woman", in(29, "female", "en", "was in contact with a child with chickenpox at a party", "11 weeks pregnant. Unsure whether she had chickenpox as a child. No rash, no fever.", "2 days", v, nil), "non_urgent", "varicella_exposure_pregnancy"},
		{"a measles contact in pregnancy stays same-day", in(29, "female", "en", "sat next to a child with measles at the clinic", "14 weeks pregnant, never vaccinated. Well.", "1 day", v, nil), "urgent", "rash_illness_exposure"},
		{"dystonia in an earlier pregnancy is history", in(26, "female", "pt-BR", "vômitos", "Gestação de 10 semanas. Na gravidez anterior teve distonia aguda com metoclopramida.", "2 dias", v, nil), "non_urgent|routine|urgent", "-acute_dystonia"},
	})
}

// TestRound259Rules pins the kidney and urinary tract rules (held-out
// set 259).
func TestRound259Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(142), DiastolicBP: fp(86), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	calm := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(120), DiastolicBP: fp(76), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a stone in a solitary kidney", in(58, "male", "en", "right loin pain coming in waves, vomiting", "Left nephrectomy for trauma years ago; solitary right kidney. Ultrasound: 5 mm stone at the right PUJ with hydronephrosis. Afebrile.", "10 hours", v, nil), "emergency", "obstructed_solitary_kidney"},
		{"a colic with no urine at all", in(49, "female", "en", "renal colic on both sides", "Has not passed any urine since yesterday evening. Bladder scan 20 mL.", "14 hours", v, nil), "emergency", "obstructed_solitary_kidney"},
		{"a small stone with the pain controlled", labCaseInput("en", "male", 36, "left renal colic, much better after the injection", "CT KUB: 3 mm stone in the distal left ureter, mild hydronephrosis. Pain controlled with diclofenac, afebrile, drinking well.", "1 day", calm, []string{"tamsulosin 400 micrograms daily"}, []casemodel.Lab{{Name: "creatinine", Value: 0.9, Unit: "mg/dL"}}), "non_urgent", "renal_colic_controlled"},
		{"an uncontrolled colic stays urgent", in(41, "male", "en", "severe loin to groin pain, can't keep still", "Afebrile. Vomited twice.", "3 hours", v, nil), "urgent", "renal_colic"},
		{"adult nephrotic syndrome with normal bloods", labCaseInput("en", "male", 44, "swollen legs and frothy urine", "Pitting oedema to the knees. No breathlessness, no calf pain.", "2 weeks", calm, nil, []casemodel.Lab{{Name: "albumin", Value: 2.2, Unit: "g/dL"}, {Name: "creatinine", Value: 0.9, Unit: "mg/dL"}}), "non_urgent", "nephrotic_syndrome_stable"},
		{"painless red urine on apixaban", in(71, "male", "en", "red urine this morning, no pain", "Atrial fibrillation. No clots, passing urine normally, no fever.", "1 day", calm, []string{"apixaban 5 mg twice daily"}), "non_urgent", "haematuria_on_anticoagulant"},
		{"red urine with clots on rivaroxaban stays same-day", in(77, "male", "en", "blood in the urine with clots", "Passing small clots; on rivaroxaban for a DVT.", "1 day", calm, []string{"rivaroxaban 20 mg daily"}), "urgent|emergency", "-haematuria_on_anticoagulant"},
		{"a child with nephrotic syndrome is seen today", in(5, "female", "en", "puffy eyes and swollen legs, frothy urine", "Dipstick protein 4+.", "5 days", nil, nil), "urgent", "nephrotic_syndrome"},
	})
}

// TestRound260Rules pins the sport and exercise rules (held-out set
// 260).
func TestRound260Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(70), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a rugby tackle with tingling in all four limbs", in(22, "male", "en", "neck pain after a tackle, tingling in both arms and legs", "Went in head-down in a tackle. Midline tenderness at C6. Grip weak on both sides.", "30 minutes", v, nil), "emergency", "cervical_cord_injury"},
		{"a dive into a shallow pool, arms numb", in(17, "male", "pt-BR", "dor no pescoço após mergulhar na parte rasa da piscina", "Formigamento e fraqueza nos braços e pernas desde o mergulho.", "1 hora", v, nil), "emergency", "cervical_cord_injury"},
		{"midline neck tenderness after a fall on the head", in(30, "female", "en", "neck pain after falling off a horse onto her head", "Midline tenderness over C5. No numbness or weakness.", "2 hours", v, nil), "urgent", "cspine_imaging"},
		{"a stiff neck after sleeping is no injury", in(35, "female", "en", "stiff neck after sleeping badly", "No trauma. No numbness or weakness in the arms.", "1 day", v, nil), "non_urgent|routine", "-cspine_imaging"},
		{"groin pain in a runner at night", in(24, "female", "en", "groin pain when running, now at night too", "Marathon training, about 90 km a week. Periods stopped months ago. Pain on hopping on that leg.", "4 weeks", v, nil), "urgent", "femoral_stress_fracture"},
		{"shin splints are not a stress fracture", in(28, "female", "en", "aching shins when running", "Runner, increased mileage. No pain at rest or at night; hops without pain.", "3 weeks", v, nil), "non_urgent|routine", "-femoral_stress_fracture"},
	})
}

// TestRound262Rules pins the later-pregnancy rules (held-out set 262).
func TestRound262Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(116), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"prolonged fetal bradycardia told without a number", in(33, "female", "en", "bleeding after the waters broke", "37 weeks. CTG shows a prolonged fetal bradycardia.", "30 minutes", v, nil), "emergency", "fetal_bradycardia"},
		{"a screened tension headache at 30 weeks", in(27, "female", "en", "band-like headache in the evenings", "30 weeks pregnant. Urine dipstick negative for protein. No visual disturbance, no epigastric pain. Settles with paracetamol.", "4 days", v, nil), "non_urgent|routine", ""},
	})
}

// TestRound263Rules pins the cancer-treatment helpline rules (held-out
// set 263).
func TestRound263Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(18), SpO2: fp(95), TemperatureC: fp(36.9), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"new cough on pembrolizumab for a non-small-cell cancer", in(63, "female", "en", "new dry cough and breathless walking to the shop", "Non-small-cell lung cancer on pembrolizumab since spring. No fever.", "6 days", v, nil), "urgent", "immune_pneumonitis"},
		{"ALT ten times normal on nivolumab", labCaseInput("en", "male", 59, "no symptoms, called about blood results", "Melanoma on nivolumab. No jaundice.", "", v, []string{"nivolumab 480 mg every 4 weeks"}, []casemodel.Lab{{Name: "ALT", Value: 390, Unit: "U/L"}}), "urgent", "immune_hepatitis"},
		{"five stools a day above the usual on capecitabine", in(66, "male", "en", "diarrhoea five times a day, more than usual", "Colorectal cancer on capecitabine, day 9 of the cycle. No blood, no fever, drinking well.", "2 days", v, []string{"capecitabine 1500 mg twice daily"}), "urgent", "chemo_diarrhoea"},
		{"two loose stools on chemotherapy", in(55, "female", "en", "loose stools twice a day", "Breast cancer on chemotherapy. No fever, drinking well.", "1 day", v, nil), "non_urgent|routine", "-chemo_diarrhoea"},
		{"a burning arm where the chemotherapy ran", in(47, "female", "pt-BR", "vermelhidão e dor no braço onde recebeu a quimioterapia", "Relatou ardência durante a infusão de doxorrubicina ontem.", "1 dia", v, nil), "urgent", "extravasation"},
		{"afebrile chest infection with normal neutrophils is no neutropenic sepsis", labCaseInput("en", "female", 61, "cough with green sputum", "On chemotherapy for bowel cancer. No fever.", "3 days", v, nil, []casemodel.Lab{{Name: "neutrophils", Value: 2.4, Unit: "x10^9/L"}}), "non_urgent|urgent", "-neutropenic_sepsis"},
	})
}

// TestRound264Rules pins the reading fixes of held-out set 264.
func TestRound264Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(118), DiastolicBP: fp(74), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"regular contractions at term", in(28, "female", "en", "contractions every 3 minutes", "G1P0 at 40+1 weeks, waters intact, baby moving.", "2 hours", v, nil), "urgent", "labour_term"},
		{"an old anaphylaxis told with its year is history", in(30, "female", "en", "wants advice about her allergy label", "In 2015 she had throat swelling after amoxicillin. Well today.", "", v, nil), "routine|non_urgent", "-airway"},
	})
}

// TestRound265Rules pins the vascular rules (held-out set 265).
func TestRound265Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(142), DiastolicBP: fp(82), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"rest pain and a black toe", in(74, "male", "en", "foot pain at night, has to hang the leg out of bed, black tip on the big toe", "Smoker, diabetic. No pedal pulses. ABPI 0.35.", "4 weeks", v, nil), "urgent", "chronic_limb_threatening_ischaemia"},
		{"rest pain treated by a bypass is history", in(70, "male", "en", "leg swelling since the operation", "Femoro-popliteal bypass 3 weeks ago for rest pain; rest pain resolved, graft pulse palpable.", "3 weeks", v, nil), "non_urgent|routine", "-chronic_limb_threatening_ischaemia"},
		{"a fingertip that will not warm in scleroderma", in(52, "female", "en", "left ring fingertip blue and very painful, not warming up like her usual attacks", "Systemic sclerosis. Small necrotic spot on the tip.", "1 day", v, nil), "urgent", "critical_digital_ischaemia"},
		{"thrombophlebitis 2 cm from the junction", in(48, "female", "pt-BR", "cordão vermelho e doloroso na coxa", "Doppler: tromboflebite da safena magna a 2 cm da junção safeno-femoral.", "2 dias", v, nil), "urgent", "junctional_thrombophlebitis"},
		{"a varicose vein that bled and stopped", in(80, "female", "en", "a varicose vein on her ankle bled this morning, stopped with pressure", "Not on blood thinners.", "4 hours", v, nil), "urgent", "varicose_bleed"},
		{"a swollen calf with the DVT excluded", in(62, "male", "en", "swollen tender calf after gardening", "Duplex: ruptured Baker's cyst, deep veins fully compressible, no DVT.", "2 days", v, nil), "non_urgent", "dvt_excluded"},
	})
}

// TestRound266Rules pins the rules of held-out set 266 (transgender and
// gender-diverse people).
func TestRound266Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a trans man pregnant on testosterone", in(27, "male", "en", "positive pregnancy test", "Trans man on testosterone for two years. Last menstrual period unknown. No pain, no bleeding.", "", v, []string{"testosterone enanthate 250 mg IM every 3 weeks"}), "non_urgent", "androgen_pregnancy"},
		{"walking into door frames with a raised prolactin", in(41, "female", "en", "headaches and keeps walking into door frames", "Gradual over months. Bitemporal field loss on confrontation.", "3 months", v, nil), "urgent", "visual_field_defect"},
		{"stool through the neovagina after surgery", in(33, "female", "en", "wind and bits of stool coming through the neovagina", "Vaginoplasty four weeks ago. Soft abdomen.", "2 days", v, nil), "urgent", "rectovaginal_fistula"},
		{"a red, hot, painful buttock with fever and a fluctuant centre", in(36, "female", "pt-BR", "nádega esquerda vermelha, quente e dolorida, com febre", "Área endurecida com flutuação central.", "4 dias", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.5), Consciousness: "alert"}, nil), "urgent", ""},
	})
}

// TestRound268Rules pins the children's emergency department rules
// (held-out set 268).
func TestRound268Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(100), RespiratoryRate: fp(22), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"'the mechanism fits' is no seizure", in(4, "male", "en", "bumped his head on a chair, cried at once", "Fall from standing. No loss of consciousness, no vomiting, playing normally. Mechanism fits the story.", "1 hour", v, nil), "non_urgent|routine", "-seizure_head_injury"},
		{"a brief loss of consciousness and three vomits in a child", in(9, "female", "en", "fell off her scooter and hit her head, knocked out for a few seconds, vomited three times", "GCS 15, no focal deficit, no amnesia.", "1 hour", v, nil), "urgent", "head_injury_observe"},
		{"magnets seen in the stomach", in(5, "male", "en", "swallowed two magnets", "X-ray: two round foreign bodies in the left upper quadrant, consistent with the stomach. Eating, no pain, no vomiting.", "2 hours", v, nil), "urgent", "magnets_in_stomach"},
		{"a meningococcal C booster is no meningitis", in(1, "female", "pt-BR", "consulta de rotina e vacinas", "Hoje tríplice viral e meningocócica C (reforço). Sem queixas.", "", v, nil), "routine", "-nice_red"},
		{"a mild asthma attack settling with the reliever", in(10, "male", "en", "wheezy after a cold, a bit breathless on running", "Known asthma. Better after 4 puffs of salbutamol via spacer. PEF 82% of best, full sentences.", "2 days", v, nil), "non_urgent", "asthma_mild"},
		{"a buckle (torus) fracture", in(7, "female", "en", "sore wrist after a fall on the hand", "X-ray: buckle (torus) fracture of the distal radius, no angulation. Neurovascularly intact.", "3 hours", v, nil), "non_urgent", "torus_fracture"},
	})
}

// TestRound269Rules pins the medication-error rules (held-out set 269).
func TestRound269Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a child's seizure after the tablets ran out", in(11, "male", "en", "had a fit this morning, back to normal now", "Epilepsy; ran out of lamotrigine three days ago. Full recovery, no injury.", "4 hours", v, nil), "urgent", "seizure_missed_antiepileptic"},
		{"a 'dose esquecida' is no memory loss", in(60, "male", "pt-BR", "esqueceu o remédio da pressão ontem", "1 dose esquecida. Sem sintomas.", "1 dia", v, []string{"losartana 50 mg/dia"}), "routine", "-acute_minor"},
		{"one missed pill with a question about emergency contraception", in(22, "female", "en", "forgot one pill yesterday", "Combined pill, week 3. Asks whether she needs emergency contraception.", "1 day", v, []string{"ethinylestradiol/levonorgestrel daily"}), "routine", "missed_dose_advice"},
		{"another resident's tablets once, well", in(86, "female", "en", "given another resident's morning tablets by mistake, no symptoms", "Single doses of ramipril and simvastatin. Observations normal.", "1 hour", v, nil), "non_urgent", "medication_error_well"},
		{"apixaban taken twice daily as prescribed is no error", in(70, "male", "en", "annual review of atrial fibrillation", "Taking apixaban 5 mg twice daily, no missed doses.", "", v, []string{"apixaban 5 mg twice daily"}), "routine|non_urgent", "-medication_error_well"},
		{"the morning dose taken twice", in(74, "female", "en", "took her morning apixaban twice by mistake", "No bleeding or bruising.", "1 hour", v, []string{"apixaban 5 mg twice daily"}), "non_urgent", "medication_error_well"},
		{"an extra apixaban tablet, no bleeding", in(70, "male", "en", "took an extra apixaban tablet this morning, feels fine", "No bleeding or bruising.", "2 hours", v, []string{"apixaban 5 mg twice daily"}), "non_urgent", "medication_error_well"},
	})
}

// TestRound271Rules pins the chest-clinic rules (held-out set 271).
func TestRound271Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(126), DiastolicBP: fp(76), RespiratoryRate: fp(22), SpO2: fp(94), TemperatureC: fp(38.5), Consciousness: "alert"}
	calm := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(132), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(37.0), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"febrile sweats with pleuritic pain and a cough are no infarct", in(55, "male", "en", "fever, night sweats, pain on the right side when breathing in, cough", "Pneumonia treated for a week without improvement.", "9 days", v, nil), "urgent", "-acs_features"},
		{"an allergy's label is no rash today", in(70, "male", "en", "more sputum and cough", "Bronchiectasis. GP started clarithromycin (penicillin allergy - rash).", "3 days", calm, []string{"clarithromycin 500 mg twice daily"}), "non_urgent|routine", "-scar_drug_rash"},
	})
}

// TestRound272Rules pins the mental-health crisis rules (held-out set
// 272).
func TestRound272Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"going to shoot himself with a loaded gun beside him", in(52, "male", "en", "caller says he is going to shoot himself tonight", "Loaded rifle next to him, has been drinking.", "2 hours", nil, nil), "emergency", "suicide_high_risk"},
		{"malignant catatonia", in(30, "female", "en", "mute, rigid, not eating or drinking", "Catatonic stupor with posturing. Blood pressure fluctuating.", "8 days", &casemodel.Vitals{HeartRate: fp(122), SystolicBP: fp(162), DiastolicBP: fp(98), RespiratoryRate: fp(20), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "emergency", "malignant_catatonia"},
		{"neutrophils 1.2 on clozapine", labCaseInput("en", "male", 34, "routine clozapine bloods, feels well", "No sore throat, no fever.", "", v, []string{"clozapine 300 mg at night"}, []casemodel.Lab{{Name: "neutrophils", Value: 1.2, Unit: "x10^9/L"}}), "urgent", "clozapine_neutropenia"},
		{"constipated and bloated on clozapine", in(41, "male", "en", "no bowel movement for 5 days, bloated, tummy cramps", "On clozapine. Abdomen distended, soft.", "5 days", v, []string{"clozapine 250 mg twice daily"}), "urgent", "clozapine_constipation"},
	})
}

// TestRound275Rules pins the neurology and neuromuscular rules
// (held-out set 275).
func TestRound275Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(82), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"Parkinson's doses missed on a surgical ward", in(78, "male", "en", "very stiff and shaking, coughing on sips", "Parkinson's disease. Nil by mouth for theatre; levodopa doses missed for 9 hours.", "9 hours", v, []string{"co-careldopa 25/100 five times daily"}), "urgent", "parkinson_missed_doses"},
		{"numbness creeping up the legs after diarrhoea", in(33, "male", "en", "tingling in both feet creeping upwards, legs heavy", "Gastroenteritis two weeks ago. Absent ankle reflexes, walks unaided, no breathing or swallowing trouble.", "3 days", v, nil), "urgent", "guillain_barre_suspected"},
		{"a foot drop getting worse", in(50, "male", "pt-BR", "dor lombar com pé esquerdo caído", "Dorsiflexão do tornozelo grau 2/5, piorando. Sem anestesia em sela.", "2 dias", v, nil), "urgent", "progressive_motor_deficit"},
		{"a first seizure already worked up", in(38, "female", "en", "first fit three days ago, fine since", "Seen in the emergency department the same day: bloods, ECG and CT head normal; discharged.", "3 days", v, nil), "non_urgent", "first_seizure_assessed"},
		{"a seizure at 10 weeks in known epilepsy", in(29, "female", "en", "two seizures this week", "Focal epilepsy on lamotrigine; 10 weeks pregnant. Recovered fully, no injury.", "1 week", v, []string{"lamotrigine 200 mg twice daily"}), "urgent", "seizure_epilepsy_early_pregnancy"},
	})
}

func TestRound278Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	febrile := &casemodel.Vitals{HeartRate: fp(108), SystolicBP: fp(124), DiastolicBP: fp(74), RespiratoryRate: fp(19), SpO2: fp(97), TemperatureC: fp(38.7), Consciousness: "alert"}
	lvad := func(doppler float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(doppler), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.9), Consciousness: "alert"}
	}
	checkRules(t, []ruleCase{
		{"the crepitus of worn knees is no gas gangrene", in(70, "male", "en", "stiff knees, wants physiotherapy", "Coarse crepitus in both knees on flexion, no effusion. Known osteoarthritis.", "5 years", v, nil), "routine|non_urgent", "-necrotizing"},
		{"crepitus under red skin is still necrotising", in(56, "male", "en", "red swollen thigh, agony", "Crepitus under the skin of the thigh, pain out of proportion to the redness.", "1 day", febrile, nil), "emergency", "necrotizing"},
		{"a sensory level below the umbilicus in metastatic cancer", in(66, "female", "en", "back pain for weeks, legs feel heavy and weak", "Metastatic breast cancer. Reduced pinprick below the umbilicus.", "3 weeks", v, nil), "emergency", "spinal_cord_compression"},
		{"fever, back pain and weakness graded in both legs", in(47, "male", "en", "severe back pain and fevers", "Injects drugs. Power 4/5 in both legs, tender over the spine.", "5 days", febrile, nil), "emergency", ""},
		{"a warm knee effusion with a low fever", in(30, "male", "en", "swollen painful knee", "Warm left knee effusion, limping. Urethral discharge a month ago.", "4 days", &casemodel.Vitals{HeartRate: fp(84), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", ""},
		{"a lethargic febrile toddler who will not stand, slow refill", in(2, "male", "en", "fever, will not stand, cries when the leg moves", "Lethargic between cries, capillary refill 3 seconds, left hip held flexed.", "1 day", &casemodel.Vitals{HeartRate: fp(168), TemperatureC: fp(39.4), Consciousness: "alert"}, nil), "emergency", "septic_arthritis_child_sepsis"},
		{"weeks of limp and a stiff hip in a well five-year-old", in(5, "male", "en", "limping on and off, sore knee", "Well and afebrile. Reduced internal rotation of the right hip.", "5 weeks", &casemodel.Vitals{HeartRate: fp(96), TemperatureC: fp(36.6), Consciousness: "alert"}, nil), "non_urgent", "perthes_suspected"},
		{"a foot now slapping, weaker than last week", in(44, "female", "en", "sciatica, foot slapping on the floor", "L5 radiculopathy. Great-toe extension 2/5, was 4/5 last week. No saddle numbness.", "4 weeks", v, nil), "urgent", "progressive_motor_deficit"},
		{"an LVAD Doppler pressure of 82 is no shock", in(58, "male", "en", "red and oozing where the driveline exits", "HeartMate 3. Driveline exit site red with some pus. Doppler pressure 82 as usual, no alarms.", "2 days", lvad(82), nil), "urgent", "lvad_driveline_infection"},
		{"an LVAD Doppler pressure under 60", in(64, "female", "en", "dizzy and very tired, black stools", "LVAD for two years on warfarin. Doppler pressure 52.", "1 day", lvad(52), []string{"warfarin 4 mg daily"}), "emergency", "lvad_low_map"},
		{"a gastric aspirate at pH 7 is no acidaemia", in(80, "female", "en", "feeding tube partly pulled out", "Fine-bore NG tube re-advanced by the nurse; aspirate tested pH 7. Feed paused, comfortable.", "3 hours", v, nil), "urgent", "ng_tube_position_unproven"},
		{"a shunt from childhood meningitis and an MRI to plan", casemodel.Input{Patient: &casemodel.Patient{Age: i(40), Sex: "male"}, Language: "en", Priority: "low", Symptoms: "knee MRI booked, asks about his shunt", ClinicalNotes: "Programmable VP shunt for hydrocephalus after childhood meningitis. No headache or drowsiness.", Vitals: v}, "routine", ""},
		{"a mature gastrostomy pulled out", in(75, "male", "en", "feeding tube came out", "PEG placed two years ago; he pulled the tube out this morning. Site clean, abdomen soft.", "2 hours", v, nil), "urgent", "gastrostomy_out"},
		{"rigors after connecting the overnight feed", in(42, "female", "en", "shivering and fever after connecting the feed", "Home parenteral nutrition through a Hickman line. Rigors started after connecting it last night; exit site clean.", "10 hours", febrile, nil), "urgent", "line_infection_rigors"},
		{"a painful parastomal hernia that will not go back", in(68, "female", "en", "lump beside the stoma is painful and will not go back", "Ileostomy with a known parastomal hernia. Stoma working, no vomiting.", "5 hours", v, nil), "urgent", "hernia_incarcerated"},
		{"an irreducible groin hernia with vomiting and no wind", in(72, "male", "en", "groin lump will not go back, vomiting", "Inguinal hernia, now tender; no wind passed since morning.", "8 hours", v, nil), "emergency", "hernia_strangulated"},
		{"a blocked port with the next cycle five days away", in(55, "female", "en", "port will not flush", "Implanted port for chemotherapy; next cycle in 5 days. No arm swelling, afebrile.", "today", v, nil), "non_urgent", "central_line_blocked_not_due"},
		{"an ICD shock ten days ago already acted on", in(63, "male", "en", "asks about his INR checks with the new tablet", "Amiodarone started 10 days ago after an ICD shock for VT; none since. Feels well.", "", v, []string{"amiodarone 200 mg daily", "apixaban 5 mg twice daily"}), "non_urgent|routine", "-icd_shock"},
		{"a PD exit site with the tunnel not tender", in(50, "male", "en", "red PD catheter exit site with a little pus", "Peritoneal dialysis for a year. Tunnel not tender, effluent clear, afebrile.", "2 days", v, nil), "non_urgent", "pd_exit_site"},
	})
}

func TestRound281Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(130), DiastolicBP: fp(80), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a punch to the teeth that cut the knuckle", in(24, "male", "en", "cut knuckle after punching a man in the mouth, swollen", "4 mm wound over the third knuckle, painful to bend.", "8 hours", v, nil), "urgent", "bite_infected_or_hand"},
		{"a dog bite told with the animal last", in(60, "female", "en", "bitten on the side of her left hand by a friend's dog", "Two deep punctures over the thumb joint.", "2 hours", v, nil), "urgent", "bite_infected_or_hand"},
		{"a torn nail bed over a tuft fracture", in(9, "female", "en", "finger shut in a door, nail hanging off", "Nail-bed laceration; X-ray shows a tuft fracture of the distal phalanx.", "1 hour", v, nil), "urgent", "open_fracture_digit"},
		{"a manure puncture in someone never vaccinated", in(50, "male", "en", "stood on a nail in the cow shed", "Deep puncture wound of the heel contaminated with manure. Never had a tetanus vaccine.", "5 hours", v, nil), "urgent", "tetanus_prone_unimmunised"},
		{"a blistered scald of a toddler's palm", in(2, "male", "en", "grabbed the kettle, blisters on the palm", "Superficial partial-thickness scald of the right palm and fingers, under 1% TBSA.", "1 hour", &casemodel.Vitals{HeartRate: fp(120), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "burn_special_area"},
		{"a small forearm scald sparing hands and joints", in(30, "female", "en", "hot water on the forearm", "Superficial partial-thickness scald 1% TBSA on the forearm, not involving the hand or joints.", "1 day", v, nil), "non_urgent|routine", "-burn_special_area"},
		{"an older adult who blacked out briefly after a trip, GCS 15", in(72, "male", "en", "fell and hit his head, out for a few seconds", "Witnessed loss of consciousness under a minute. No vomiting, neurological examination normal. No blood thinners.", "1 hour", &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(146), DiastolicBP: fp(84), GCS: i(15), Consciousness: "alert"}, []string{"ramipril 5 mg daily"}), "urgent", "head_injury_older_loc"},
		{"on warfarin the same story stays an emergency", in(72, "male", "en", "fell and hit his head, out for a few seconds", "Witnessed loss of consciousness under a minute. No vomiting.", "1 hour", v, []string{"warfarin 3 mg daily"}), "emergency", "head_injury_high_risk"},
		{"hand therapy weeks after a tendon repair", in(40, "male", "en", "review after flexor tendon repair", "Flexor tendon divided and repaired 5 weeks ago; wound healed, movement improving.", "", v, nil), "routine|non_urgent", "-tendon_rupture"},
		{"a buckle fracture three weeks ago, now pain-free", in(8, "female", "en", "can the splint come off", "Buckle fracture of the distal radius 3 weeks ago, in a removable splint. Pain-free, no tenderness.", "", v, nil), "routine", "torus_fracture_healed"},
		{"a concussion weeks ago, symptom-free", in(15, "male", "en", "wants to go back to football after a concussion", "Concussion 4 weeks ago, no symptoms for 3 weeks, back at school.", "4 weeks", v, nil), "routine", "concussion_recovered"},
		{"syphilis found at an antenatal visit", in(26, "female", "pt-BR", "manchas nas palmas das mãos", "Gestante de 20 semanas. VDRL 1:32, teste rápido para sífilis reagente.", "2 semanas", v, nil), "urgent", "syphilis_pregnancy"},
		{"sex with a partner with acute hepatitis B, never vaccinated", in(30, "male", "en", "partner has just been diagnosed with hepatitis B", "Condomless sex 30 hours ago. Never vaccinated against hepatitis B. Rapid tests negative.", "30 hours", v, nil), "urgent", "hepatitis_b_exposure"},
		{"mpox with rectal pain and tenesmus", in(33, "male", "en", "severe pain in the back passage and spots", "Mpox PCR sent. Tenesmus, blood on wiping, pustules around the anus.", "3 days", &casemodel.Vitals{HeartRate: fp(98), TemperatureC: fp(38.2), Consciousness: "alert"}, nil), "urgent", "mpox_severe"},
		{"a few mpox lesions in someone well", in(28, "male", "en", "three spots on the thigh", "Suspected mpox, PCR taken. No rectal pain, no eye symptoms, eating normally.", "2 days", v, nil), "non_urgent", "mpox_mild"},
		{"urethritis persisting after doxycycline", in(35, "male", "en", "still a discharge after the antibiotics", "Mycoplasma genitalium positive with macrolide resistance. No fever, no testicular pain.", "4 weeks", v, nil), "non_urgent", "persistent_urethritis"},
	})
}

func TestRound284Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"ataxia and diplopia over days on phenytoin with isoniazid", in(45, "male", "en", "unsteady, seeing double, slurred speech", "Epilepsy on phenytoin; isoniazid started a month ago. Nystagmus, dysarthria and ataxic gait, no limb weakness.", "4 days", v, []string{"phenytoin 300 mg daily", "isoniazid 300 mg daily"}), "urgent", "drug_toxicity_cerebellar"},
		{"oedema of both feet in a malnourished toddler", in(1, "female", "en", "swollen feet, not eating", "Age 16 months, MUAC 11.0 cm, bilateral pitting oedema of both feet. Alert, warm hands.", "10 days", &casemodel.Vitals{HeartRate: fp(128), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "severe_acute_malnutrition"},
		{"chickenpox in a boy who shares a room with a pregnant woman", in(7, "male", "en", "itchy blisters all over", "Crops of vesicles. Eating well, no breathing trouble. His aunt, who is pregnant, sleeps in the same room.", "2 days", &casemodel.Vitals{HeartRate: fp(98), TemperatureC: fp(37.9), Consciousness: "alert"}, nil), "non_urgent|routine", "-varicella_high_risk"},
		{"a low-voltage jolt in someone well", in(30, "male", "en", "electric shock from a faulty kettle, feels fine", "230 V, brief, no loss of consciousness, no burns, ECG normal.", "1 hour", v, nil), "non_urgent", "electrical_injury_minor"},
		{"a shock from mains in pregnancy", in(27, "female", "en", "electric shock from a hair dryer, feels fine", "24 weeks pregnant. 230 V mains, hand to feet. No burns, fetal movements normal.", "1 hour", v, nil), "urgent", "electrical_injury_pregnancy"},
		{"a high-voltage contact at work", in(40, "male", "en", "thrown back after touching an 11 kV cable", "Burns on the right hand and left foot.", "1 hour", v, nil), "emergency", "electrical_high_voltage"},
		{"concentrated hydrofluoric acid on both hands", in(48, "male", "en", "burning pain in both hands after an acid splash", "70% hydrofluoric acid over both hands, about 3% body surface area. Perioral tingling.", "1 hour", v, nil), "emergency", "hydrofluoric_acid_systemic"},
		{"a dilute hydrofluoric acid fingertip", in(50, "male", "en", "deep throbbing pain in two fingertips after a rust remover", "Rust remover with 6% hydrofluoric acid through a torn glove; skin looks normal, well under 1% body surface area.", "5 hours", v, nil), "urgent", "hydrofluoric_acid_burn"},
		{"diesel swallowed while siphoning, coughing", in(29, "male", "en", "coughing after swallowing diesel", "Siphoned fuel by mouth, choked and coughed; crackles at the right base.", "3 hours", &casemodel.Vitals{HeartRate: fp(100), RespiratoryRate: fp(22), SpO2: fp(94), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", "hydrocarbon_aspiration"},
		{"a mild carbon monoxide poisoning by the level", labCaseInput("en", "male", 40, "headache and nausea at work, colleagues too", "Warehouse with fuel-powered forklifts. No loss of consciousness, normal neurological examination, ECG normal.", "2 hours", v, nil, []casemodel.Lab{{Name: "carboxyhemoglobin", Value: 11, Unit: "%"}}), "urgent", "co_poisoning_mild"},
		{"a return-to-work review weeks after carbon monoxide poisoning", in(35, "female", "en", "review before going back to work after carbon monoxide poisoning, feels back to normal", "Treated with oxygen 3 weeks ago for mild poisoning. No headache or memory problems.", "3 weeks", v, nil), "routine", "injury_followup_recovered"},
		{"a healed chemical burn at its review", in(36, "female", "pt-BR", "retorno após queimadura química no braço", "Respingo de soda cáustica há 3 semanas; ferida completamente epitelizada, sem dor.", "3 semanas", v, nil), "routine", "injury_followup_recovered"},
		{"a full-thickness cement burn", in(34, "male", "en", "raw painful knees after kneeling in wet concrete", "Grey-white leathery areas on both knees, full thickness, about 2% body surface area.", "12 hours", v, nil), "urgent", "burn"},
	})
}

func TestRound287Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"bloating with a raised CA-125", lab("en", "female", 58, "bloated most days, full quickly", "No vomiting, abdomen soft.", "2 months", v, nil, []casemodel.Lab{{Name: "CA-125", Value: 140, Unit: "U/mL"}}), "non_urgent", "ovarian_cancer_suspected"},
		{"a raised CA-125 with a pleural effusion and breathlessness", lab("en", "female", 66, "swollen tummy, breathless walking", "Shifting dullness; chest X-ray shows a large pleural effusion.", "6 weeks", &casemodel.Vitals{HeartRate: fp(102), RespiratoryRate: fp(22), SpO2: fp(94), TemperatureC: fp(36.8), Consciousness: "alert"}, nil, []casemodel.Lab{{Name: "CA 125", Value: 700, Unit: "U/mL"}}), "urgent", "ovarian_cancer_effusion"},
		{"a screening mammogram read BI-RADS 5", in(60, "female", "en", "abnormal screening mammogram, no symptoms", "Spiculated mass, BI-RADS 5.", "", v, nil), "non_urgent", "breast_imaging_suspicious"},
		{"methotrexate with neutrophils of 1.3 in someone well", lab("en", "female", 60, "routine monitoring bloods", "Rheumatoid arthritis on weekly methotrexate. No fever, mouth ulcers or bruising.", "", v, []string{"methotrexate 15 mg weekly"}, []casemodel.Lab{{Name: "neutrophils", Value: 1.3, Unit: "x10^9/L"}}), "non_urgent", "methotrexate_mild_cytopenia"},
		{"methotrexate with neutrophils of 0.6", lab("en", "female", 60, "routine monitoring bloods", "Rheumatoid arthritis on weekly methotrexate.", "", v, []string{"methotrexate 15 mg weekly"}, []casemodel.Lab{{Name: "neutrophils", Value: 0.6, Unit: "x10^9/L"}}), "urgent|emergency", "methotrexate_toxicity"},
		{"a sore throat on carbimazole with a normal count", lab("en", "female", 35, "sore throat and runny nose", "Graves disease on carbimazole; blood count done today.", "2 days", v, []string{"carbimazole 20 mg daily"}, []casemodel.Lab{{Name: "neutrophils", Value: 3.2, Unit: "x10^9/L"}}), "non_urgent|routine", "-antithyroid_agranulocytosis"},
		{"a sore throat on carbimazole, no count yet", in(35, "female", "en", "sore throat and mouth ulcers", "Graves disease on carbimazole for 6 weeks.", "1 day", v, []string{"carbimazole 20 mg daily"}), "urgent", "antithyroid_agranulocytosis"},
		{"pernicious anaemia without neurological signs", lab("en", "female", 55, "tired", "Intrinsic factor antibody positive. Neurological examination normal.", "3 months", v, nil, []casemodel.Lab{{Name: "vitamin B12", Value: 140, Unit: "pg/mL"}}), "non_urgent", "b12_deficiency"},
		{"B12 deficiency with lost vibration sense", lab("en", "male", 62, "tingling in both feet, unsteady", "Reduced vibration sense at the ankles, Romberg positive.", "2 months", v, nil, []casemodel.Lab{{Name: "vitamin B12", Value: 95, Unit: "pg/mL"}}), "urgent", "b12_deficiency_neuro"},
		{"petechiae in an afebrile child with low platelets", lab("pt-BR", "male", 6, "manchinhas roxas nas pernas, pálido", "Hemograma: plaquetopenia.", "2 semanas", &casemodel.Vitals{HeartRate: fp(104), TemperatureC: fp(36.9), Consciousness: "alert"}, nil, []casemodel.Lab{{Name: "plaquetas", Value: 38000, Unit: "/mm3"}}), "urgent", "petechiae_afebrile_well"},
	})
}

func TestRound290Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	child := &casemodel.Vitals{HeartRate: fp(104), TemperatureC: fp(37.1), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a newborn of a mother with hepatitis B, nothing given yet", in(0, "male", "pt-BR", "recém-nascido sem sintomas", "Parto domiciliar há 5 horas. Mãe HBsAg reagente. Ainda sem vacina e sem imunoglobulina.", "5 horas", &casemodel.Vitals{HeartRate: fp(140), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "urgent", "newborn_hbv_exposure"},
		{"measles contact in a child on maintenance chemotherapy", in(7, "female", "en", "no symptoms, measles contact at school", "Leukaemia on maintenance chemotherapy. Shared a classroom with a measles case 3 days ago.", "3 days", child, nil), "urgent", "rash_illness_exposure"},
		{"vesicles in crops after a live vaccine on infliximab", in(33, "female", "en", "blister rash spreading, fever", "Crohn's on infliximab; live varicella vaccine given 10 days ago. Vesicles in crops over the trunk and face.", "2 days", &casemodel.Vitals{HeartRate: fp(96), TemperatureC: fp(38.2), Consciousness: "alert"}, []string{"infliximab 5 mg/kg IV every 8 weeks"}), "urgent", "varicella_high_risk"},
		{"a swollen red arm two days after a booster", in(5, "male", "en", "upper arm red and swollen after a booster", "DTaP booster in the left deltoid 2 days ago; playing normally, no fever.", "2 days", child, nil), "non_urgent", "vaccine_local_reaction"},
		{"epididymo-orchitis with torsion excluded on Doppler", in(34, "male", "en", "aching swollen right testicle, stinging passing urine", "Gradual onset over 3 days. Doppler: increased epididymal flow, normal testicular perfusion, no torsion.", "3 days", v, nil), "non_urgent", "epididymo_orchitis"},
		{"a swollen testis after mumps parotitis", in(20, "male", "en", "painful swollen left testicle, fever", "Mumps outbreak; parotitis last week. Gradual onset, cremasteric reflex present.", "1 day", &casemodel.Vitals{HeartRate: fp(100), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "urgent", "mumps_orchitis"},
		{"late dumping after a gastric bypass", in(45, "female", "en", "shaky and sweaty two hours after meals", "Roux-en-Y gastric bypass 4 years ago. Fingerstick readings during episodes 50-58 mg/dL, better after a snack.", "2 months", v, nil), "non_urgent", "post_bariatric_hypoglycaemia"},
		{"repeated lows on gliclazide with kidney disease", in(76, "male", "pt-BR", "tremores e suor frio de madrugada", "DM2 com doença renal crônica; semaglutida iniciada, gliclazida mantida. Glicemias nos episódios de 50, 55 e 61 mg/dL.", "5 dias", v, []string{"gliclazida MR 120 mg/dia", "semaglutida 0,5 mg semanal"}), "urgent", "hypoglycaemia_sulfonylurea"},
		{"a severe night hypo on insulin, treated and now fine", lab("en", "male", 60, "confused at night, wife gave glucose gel, now feels fine", "Basal insulin; tirzepatide added last month.", "8 hours", v, []string{"insulin glargine 40 units nightly", "tirzepatide 5 mg weekly"}, []casemodel.Lab{{Name: "fingerstick glucose (during the episode)", Value: 42, Unit: "mg/dL"}}), "urgent", "-hypoglycaemia_neuro"},
	})
}

func TestRound293Rules(t *testing.T) {
	in := caseInput
	lab := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"cough, breathlessness and fever on rituximab", in(58, "female", "en", "dry cough, breathless walking, fevers", "Vasculitis on rituximab and prednisolone 40 mg; no Pneumocystis prophylaxis. SpO2 falls to 89% on walking.", "5 days", &casemodel.Vitals{HeartRate: fp(98), RespiratoryRate: fp(20), SpO2: fp(95), TemperatureC: fp(38.1), Consciousness: "alert"}, []string{"rituximab 1 g IV", "prednisolone 40 mg daily"}), "urgent|emergency", "chest_infection_immunosuppressed"},
		{"a clean fingertip ulcer in scleroderma with a warm finger", in(50, "female", "en", "small painful sore on a fingertip", "Systemic sclerosis. 3 mm clean ulcer, finger warm and pink between attacks, no persistent colour change or gangrene.", "1 week", v, nil), "non_urgent|routine", "-chronic_limb_threatening_ischaemia"},
		{"ALT above twice normal on methotrexate", lab("en", "male", 50, "routine blood result flagged, no symptoms", "Psoriatic arthritis on weekly methotrexate.", "", v, []string{"methotrexate 20 mg weekly"}, []casemodel.Lab{{Name: "ALT", Value: 92, Unit: "U/L"}}), "non_urgent", "dmard_alt_raised"},
		{"pain and spotting days after an ED visit without a pregnancy test", in(26, "female", "en", "lower abdominal pain not better, brown spotting", "Seen in the ED 2 days ago, discharged on nitrofurantoin without a pregnancy test. Today urine hCG positive. No guarding, no syncope.", "4 days", v, []string{"nitrofurantoin 100 mg twice daily"}), "urgent", ""},
		{"a wrist fracture at its one-week cast check", in(62, "female", "en", "fracture clinic cast check", "Distal radius fracture manipulated and placed in a cast 7 days ago. One-week X-ray: position maintained. Cast comfortable, fingers pink, no numbness.", "7 days", v, nil), "routine", "fracture_planned_check"},
	})
}

func TestRound296Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(138), DiastolicBP: fp(82), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"writhing with pain yet a soft abdomen in AF", in(78, "female", "en", "severe tummy pain, vomited once", "Atrial fibrillation, stopped apixaban. Writhing with pain, yet the abdomen is soft with only mild tenderness.", "4 hours", &casemodel.Vitals{HeartRate: fp(110), SystolicBP: fp(144), Consciousness: "alert"}, nil), "emergency", "mesenteric_ischaemia"},
		{"a TIA three weeks ago, no further episodes", in(66, "male", "en", "brief numbness and weakness of the right hand three weeks ago", "Lasted 10 minutes, no further episodes. Examination normal.", "3 weeks", v, nil), "non_urgent", "tia_over_a_week"},
		{"weakness of the face and arm for 30 minutes this morning, now gone", in(70, "female", "en", "numbness and weakness of the left face and arm for 30 minutes this morning, now gone", "Normal neurological examination now. New atrial fibrillation on the ECG.", "6 hours", v, nil), "urgent", "tia_resolved"},
		{"a third attack that has not gone away", in(72, "male", "en", "right arm weakness and slurred speech, the latest attack has not fully gone away", "Two attacks of 10 minutes overnight with recovery; the third began 40 minutes ago. NIHSS 3.", "40 minutes", v, nil), "emergency", "stroke_befast"},
		{"Todd's paresis after a fit in known epilepsy", in(40, "male", "en", "weak left arm after a fit last night, now back to normal", "Known epilepsy; the same post-ictal weakness after previous seizures, fully recovered.", "14 hours", v, []string{"levetiracetam 750 mg twice daily"}), "non_urgent|urgent", "-tia_resolved"},
		{"functional leg weakness with normal scans", in(35, "female", "en", "left leg drags when tired", "Functional limb weakness: positive Hoover's sign, give-way weakness; MRI brain and spine normal.", "4 months", v, nil), "routine|non_urgent", "-neuro_deficit_subacute"},
		{"one ICD shock this morning, feels fine", in(62, "male", "en", "my defibrillator gave me one shock this morning, feel fine now", "No chest pain, no syncope.", "4 hours", v, nil), "urgent", "icd_shock"},
	})
}

// TestRound297Rules pins the rules of session 22's first round (held-out
// sets 297-299: home IV antibiotics and home visits, long-term condition
// reviews): a joint infection under treatment, creatinine baselines told
// "at the start" or with the eGFR beside them, a swelling denied inside
// its phrase, a blocked line with the next dose tomorrow, an interacting
// drug only planned, the first seizure after years, harmful drinking
// below an AUDIT of 20 and visits booked in advance.
func TestRound297Rules(t *testing.T) {
	in := caseInput
	labs := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(74), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"line care during IV treatment of a septic knee", in(60, "female", "en", "scheduled weekly PICC dressing, no complaints", "Home IV cefazolin, week 3, for a streptococcal septic arthritis of the left knee. Knee pain much less.", "", v, []string{"cefazolin 2 g IV three times daily"}), "routine", "-hot_joint"},
		{"after a washout, the course finished", in(58, "male", "en", "end of antibiotic course", "Finished 6 weeks of IV antibiotics after arthroscopic washout of a septic hip. Walking well.", "", v, nil), "routine", "-hot_joint"},
		{"the knee hot and swollen again during treatment", in(60, "female", "en", "knee hot and swollen again since last night", "Home IV cefazolin, week 2, for a septic arthritis of the left knee. Knee hot and swollen, cannot bear weight.", "1 day", v, []string{"cefazolin 2 g IV three times daily"}), "urgent|emergency", "hot_joint"},
		{"pt-BR: artrite séptica em tratamento", in(45, "male", "pt-BR", "curativo do PICC programado", "Antibioticoterapia domiciliar com oxacilina, semana 2, para artrite séptica do tornozelo. Sem dor.", "", v, []string{"oxacilina 2 g IV 4/4h"}), "routine", "-hot_joint"},
		{"creatinine doubled since the start of vancomycin", labs("en", "male", 70, "weekly bloods, no symptoms", "Home IV vancomycin week 3. Creatinine 75 umol/L at the start, 160 today.", "", v, []string{"vancomycin 1 g IV twice daily"}, []casemodel.Lab{{Name: "creatinine", Value: 160, Unit: "umol/L"}}), "urgent", "aki"},
		{"creatinine doubled since a review months ago", labs("en", "female", 75, "kidney review, tired after a tummy bug", "Creatinine 95 umol/L (eGFR 52) four months ago.", "1 week", v, nil, []casemodel.Lab{{Name: "creatinine", Value: 200, Unit: "umol/L"}}), "urgent", "aki"},
		{"a blocked PICC, arm not swollen, next dose tomorrow", in(50, "male", "en", "the PICC will not flush", "Home IV teicoplanin three times weekly. Line will not flush or aspirate. Arm not swollen, afebrile. Next dose due tomorrow.", "6 hours", v, []string{"teicoplanin 600 mg IV three times weekly"}), "non_urgent", "central_line_blocked_not_due"},
		{"a blocked PICC with a dose due today", in(50, "male", "en", "the PICC will not flush", "Home IV ceftriaxone daily via PICC. Line will not flush. Dose due this afternoon.", "3 hours", v, []string{"ceftriaxone 2 g IV daily"}), "urgent", "central_line_blocked"},
		{"linezolid only planned beside an SSRI at a routine review", in(55, "female", "en", "weekly OPAT review, feels well", "Plan: oral linezolid planned from next week. Sertraline for years, stable.", "", v, []string{"sertraline 50 mg daily", "linezolid 600 mg twice daily (planned from next week)"}), "routine", "-contraindicated_combination"},
		{"the first seizure in 4 years after a dose cut", in(38, "female", "en", "epilepsy review; a seizure yesterday, the first in 4 years", "Lamotrigine reduced last month. Fully recovered, examination normal.", "1 day", v, []string{"lamotrigine 100 mg twice daily"}), "urgent", "seizure_after_long_remission"},
		{"a usual seizure in active epilepsy", in(38, "female", "en", "had one of her usual seizures this morning, back to normal", "Known epilepsy, seizures every few months.", "5 hours", v, []string{"lamotrigine 100 mg twice daily"}), "non_urgent", "seizure_typical_epilepsy"},
		{"AUDIT 18 without withdrawal", in(50, "male", "en", "wants to cut down on drinking", "AUDIT 18. Stops for days without shakes or sweats.", "", v, nil), "routine", "harmful_drinking"},
		{"AUDIT 18 with morning drinking", in(50, "male", "en", "wants to cut down on drinking", "AUDIT 18. Needs a drink in the morning to steady himself.", "", v, nil), "non_urgent", "alcohol_dependence"},
		{"a planned palliative home visit, comfortable", in(85, "female", "en", "planned palliative care home visit; comfortable", "Metastatic lung cancer. Pain controlled, sleeping well.", "", v, []string{"morphine sulfate modified-release 10 mg twice daily"}), "routine", "routine_visit"},
	})
	checkRoutes(t, []routeCase{
		{in(60, "female", "en", "weekly OPAT bloods, feels well", "Home IV daptomycin for a prosthetic knee infection.", "", v, []string{"daptomycin 600 mg IV daily"}), "infectious_disease"},
		{in(70, "male", "pt-BR", "fim da antibioticoterapia domiciliar", "Completou ceftriaxona via PICC; retirada do PICC hoje.", "", v, nil), "infectious_disease"},
	})
}

// TestRound300Rules pins session 22's second round (held-out sets
// 300-302: the ward at night and the step-down from intensive care, skin
// problems in primary care): eczema herpeticum in an unwell child, a
// swollen eyelid in Portuguese word order, Lyme facial palsy, infantile
// haemangiomas over the eye, a drain that "fell out", ward requests
// that wait for the morning, a pre-operative creatinine as the
// baseline, an infection settling on treatment, a chest source after an
// abdominal operation, post-operative delirium with safe observations,
// and hyperglycaemia and mild hypokalaemia as results to act on.
func TestRound300Rules(t *testing.T) {
	in := caseInput
	labs := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	child := &casemodel.Vitals{HeartRate: fp(150), RespiratoryRate: fp(30), SpO2: fp(97), TemperatureC: fp(39.2), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"eczema herpeticum in a lethargic child", in(2, "female", "en", "eczema suddenly covered in punched-out sores, fever, very lethargic", "Known atopic eczema. Drinking little.", "1 day", child, nil), "emergency", "eczema_herpeticum_unwell"},
		{"eczema herpeticum in a well adult", in(30, "male", "en", "eczema on the neck suddenly covered in punched-out sores", "Known eczema. Feels well, eating and drinking.", "2 days", v, nil), "urgent", "eczema_herpeticum"},
		{"pt-BR: pálpebra vermelha e inchada com febre", in(5, "male", "pt-BR", "pálpebra direita vermelha e inchada, febre", "Abre o olho, movimentos oculares normais, sem proptose.", "1 dia", &casemodel.Vitals{HeartRate: fp(120), RespiratoryRate: fp(22), SpO2: fp(98), TemperatureC: fp(38.3), Consciousness: "alert"}, nil), "urgent", ""},
		{"facial palsy after erythema migrans", in(45, "female", "en", "left face drooping including the forehead", "Expanding red ring rash on the calf three weeks ago after a tick bite. No limb weakness or speech change.", "1 day", v, nil), "urgent", "lyme_facial_palsy"},
		{"Bell's palsy without a tick story", in(45, "female", "en", "left face drooping including the forehead", "No limb weakness or speech change.", "1 day", v, nil), "non_urgent", "bells_palsy"},
		{"a haemangioma closing an infant's eye", in(0, "female", "en", "strawberry mark on the left upper eyelid growing, she cannot open the eye", "6-week-old. Feeding well.", "2 weeks", child, nil), "urgent|emergency", "haemangioma_eye"},
		{"a knee drain that fell out, due for removal", in(70, "female", "en", "wound drain fell out", "Day 2 after knee replacement. Drain was due for removal in the morning; tip intact, site dry.", "20 minutes", v, nil), "routine", "-acute_minor"},
		{"a fall out of bed stays a fall", in(82, "male", "en", "fell out of bed overnight", "Found on the floor by the nurse, hit his head.", "1 hour", v, []string{"apixaban 5 mg twice daily"}), "urgent|emergency", ""},
		{"a nurse asks for nicotine patches", in(50, "female", "en", "craving cigarettes, asks for nicotine patches", "Day 2 after surgery, eating, comfortable.", "1 day", v, nil), "routine", ""},
		{"oliguria with creatinine doubled since the pre-op sample", labs("en", "male", 68, "low urine output", "Day 1 after laparotomy.", "4 hours", v, nil, []casemodel.Lab{{Name: "creatinine", Value: 1.9, Unit: "mg/dL"}, {Name: "creatinine (pre-op)", Value: 0.9, Unit: "mg/dL"}}), "urgent", "aki"},
		{"an 80-year-old's cellulitis improving on IV antibiotics", in(80, "female", "en", "no complaints, early warning score up by one", "Admitted for cellulitis, improving on IV antibiotics. Known permanent AF, rate 85-100.", "", &casemodel.Vitals{HeartRate: fp(95), SystolicBP: fp(130), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(36.6), Consciousness: "alert"}, []string{"flucloxacillin 2 g IV four times daily"}), "routine|non_urgent", "-sepsis_moderate"},
		{"a chest infection after an open cholecystectomy", in(70, "male", "en", "fever and a productive cough", "Day 3 after open cholecystectomy. Crackles at the left base. Abdomen soft, no peritonism.", "6 hours", &casemodel.Vitals{HeartRate: fp(114), SystolicBP: fp(120), DiastolicBP: fp(70), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(38.5), Consciousness: "alert"}, nil), "urgent", "-postop_leak"},
		{"a pulse of 126 after a colectomy stays a leak", in(70, "male", "en", "feels unwell", "Day 4 after anterior resection. Abdomen soft.", "6 hours", &casemodel.Vitals{HeartRate: fp(126), SystolicBP: fp(118), DiastolicBP: fp(70), RespiratoryRate: fp(20), SpO2: fp(96), TemperatureC: fp(37.8), Consciousness: "alert"}, nil), "emergency", "postop_leak"},
		{"post-operative delirium with a full bladder", in(85, "female", "en", "new confusion, restless at night", "Day 2 after hip fracture fixation. Bladder scan 800 mL. Chest clear.", "3 hours", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(132), DiastolicBP: fp(76), RespiratoryRate: fp(18), SpO2: fp(95), TemperatureC: fp(37.6), Consciousness: "confused", GCS: i(14)}, nil), "urgent", "-altered_consciousness"},
		{"glucose 300 during an infection, no ketones", labs("en", "male", 66, "no symptoms; high sugar on the evening check", "Type 2 diabetes, admitted with pneumonia improving on antibiotics. Ketones 0.2.", "", v, []string{"insulin glargine 20 units nightly"}, []casemodel.Lab{{Name: "glucose", Value: 300, Unit: "mg/dL"}}), "non_urgent", "lab_abnormal"},
		{"potassium 3.2 on furosemide, no symptoms", labs("pt-BR", "male", 78, "sem queixas; potássio baixo", "Internado por insuficiência cardíaca, melhorando. ECG sem alterações.", "", v, []string{"furosemida 40 mg IV 12/12h"}, []casemodel.Lab{{Name: "potássio", Value: 3.2, Unit: "mmol/L"}}), "non_urgent", "lab_abnormal"},
	})
}

// TestRound300Routes: a severe drug reaction of the skin reaches the
// medical team as well as the emergency department.
func TestRound300Routes(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(104), DiastolicBP: fp(64), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(38.9), Consciousness: "alert"}
	checkRoutes(t, []routeCase{
		{in(40, "female", "en", "blistering rash with mouth and eye sores after starting lamotrigine", "Skin peeling over 15% of the body; Stevens-Johnson syndrome suspected.", "3 days", v, []string{"lamotrigine 50 mg daily"}), "general_medicine"},
	})
}

// TestRound303Rules pins session 22's third round (held-out sets
// 303-305: swallowing, nutrition and feeding; telephone calls about
// children): infantile colic, a carer's exhaustion, a drowsiness that has
// passed or wakes to talk, coins by name, a child found with an emptied
// bottle, the Portuguese "até", a knee "very painful, hot and swollen",
// high refeeding risk and a follow-up after starting a medicine.
func TestRound303Rules(t *testing.T) {
	in := caseInput
	labs := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	phone := &casemodel.Vitals{TemperatureC: fp(36.9)}
	checkRules(t, []ruleCase{
		{"evening crying in a thriving 7-week-old", in(0, "female", "en", "cries for hours every evening and draws her knees up", "7-week-old. Feeding well, gaining weight, plenty of wet nappies, no vomiting, no fever. Father says he is exhausted.", "10 days", phone, nil), "routine", "infant_colic"},
		{"crying with vomiting is no colic", in(0, "female", "en", "cries for hours every evening, vomiting after feeds", "7-week-old. Feeding well, wet nappies.", "3 days", phone, nil), "non_urgent|urgent|emergency", "-infant_colic"},
		{"a febrile fit, sleepy for 10 minutes but now back to normal", in(1, "female", "en", "fit with a high temperature, stopped after a minute", "First fit. Sleepy for 10 minutes but now she is smiling and drinking. No rash.", "30 minutes", &casemodel.Vitals{TemperatureC: fp(39.0)}, nil), "urgent", "febrile_seizure"},
		{"pt-BR: sonolenta, mas acorda e conversa, na carbamazepina com claritromicina", in(9, "male", "pt-BR", "tontura, andando cambaleando, vendo dobrado", "Epilepsia, usa carbamazepina. Começou claritromicina há 3 dias. Mais sonolento, mas acorda e conversa normalmente.", "1 dia", phone, []string{"carbamazepina 200 mg 2x/dia", "claritromicina 250 mg 12/12h"}), "urgent", "-altered_consciousness"},
		{"a toddler swallowed a dime", in(2, "male", "en", "swallowed a dime", "Coughed briefly, now breathing normally and drinking.", "1 hour", phone, nil), "urgent", "foreign_body_ingestion"},
		{"found with the paracetamol bottle nearly empty", in(3, "female", "en", "found her with the children's paracetamol bottle, nearly empty", "She seems fine. Weight 14 kg.", "30 minutes", phone, nil), "urgent", "accidental_ingestion_child"},
		{"pt-BR: 'até agora' is no ingestion", in(4, "male", "pt-BR", "resfriado com febre", "Coriza e tosse. Até agora sem manchas, brincando e tomando água.", "2 dias", &casemodel.Vitals{TemperatureC: fp(37.8)}, nil), "non_urgent", "-accidental_ingestion_child"},
		{"a knee very painful, hot and swollen, with fever", in(62, "male", "en", "left knee very painful, hot and swollen, fever", "Large effusion, cannot bend it. Steroid injection two weeks ago.", "2 days", &casemodel.Vitals{HeartRate: fp(102), SystolicBP: fp(134), DiastolicBP: fp(80), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "urgent|emergency", "hot_joint"},
		{"barely eaten for 10 days with a low phosphate", labs("en", "male", 60, "has barely eaten for 10 days, weak", "Drinks heavily. BMI 17.", "10 days", v, nil, []casemodel.Lab{{Name: "phosphate", Value: 0.6, Unit: "mmol/L"}, {Name: "potassium", Value: 3.6, Unit: "mmol/L"}}), "urgent", "refeeding_risk_high"},
		{"barely eaten for 2 days with normal salts", labs("en", "male", 60, "has barely eaten for 2 days with a stomach bug", "Drinking fluids.", "2 days", v, nil, []casemodel.Lab{{Name: "potassium", Value: 4.0, Unit: "mmol/L"}}), "non_urgent|routine", "-refeeding_risk_high"},
		{"a follow-up after starting an antidepressant, better", in(45, "female", "en", "follow-up after starting sertraline; mood better", "PHQ-9 down to 7. No suicidal thoughts.", "", v, []string{"sertraline 50 mg daily"}), "routine", ""},
	})
	checkRoutes(t, []routeCase{
		{in(80, "male", "en", "PEG site red and sore", "Fed through a PEG since a stroke.", "3 days", v, nil), "gastroenterology"},
		{in(74, "female", "en", "coughing when drinking water, wet voice", "Stroke last year.", "2 weeks", v, nil), "neurology"},
	})
}

// TestRound306Rules pins session 22's fourth round (held-out sets
// 306-308: community pharmacy; prisons and police custody): waters lost
// in Portuguese words, a product asked for at the counter (not yet
// taken), weight lost "about 6 kg", indigestion with weight loss at 55
// or more, toothache as a complaint, and the first seizure after a
// year seizure-free.
func TestRound306Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"pt-BR: perdeu água pela vagina às 36 semanas", in(27, "female", "pt-BR", "perdeu água pela vagina, continua molhando a roupa", "Gestante de 36 semanas. Sem contrações, sem sangramento.", "2 horas", v, nil), "urgent", "rupture_of_membranes"},
		{"wants to buy sildenafil while on nicorandil", in(64, "male", "en", "wants to buy sildenafil over the counter", "Stable angina, no chest pain for a year.", "", v, []string{"nicorandil 10 mg twice daily", "sildenafil 50 mg as needed (requested OTC)"}), "routine", "-contraindicated_combination"},
		{"taking sildenafil with nicorandil already", in(64, "male", "en", "dizzy after taking sildenafil last night", "Stable angina.", "12 hours", v, []string{"nicorandil 10 mg twice daily", "sildenafil 50 mg as needed"}), "non_urgent|urgent|emergency", ""},
		{"indigestion with 6 kg lost at 66", in(66, "female", "en", "wants a bigger pack of indigestion tablets", "Burning in the upper abdomen after meals for 2 months. Lost about 6 kg without trying.", "2 months", v, nil), "non_urgent", "upper_gi_cancer_suspected"},
		{"indigestion at 66 while dieting", in(66, "female", "en", "indigestion after meals", "On a diet, lost about 6 kg on purpose.", "2 months", v, nil), "routine|non_urgent", "-upper_gi_cancer_suspected"},
		{"toothache for two days, asks for ibuprofen", in(45, "male", "en", "toothache in a back tooth, wants to buy ibuprofen", "No facial swelling, no fever. Dentist in 3 days.", "2 days", &casemodel.Vitals{TemperatureC: fp(36.8)}, nil), "non_urgent", "acute_minor"},
		{"a seizure after years seizure-free, the tablets already restarted", in(41, "male", "en", "had a seizure yesterday, back to normal now", "Focal epilepsy, seizure-free for 3 years before this. Ran out of lamotrigine for 2 days; prescription restarted today. Fully recovered.", "1 day", v, []string{"lamotrigine 150 mg twice daily"}), "non_urgent", "-seizure_after_long_remission"},
		{"a seizure after a year seizure-free, doses missed", in(32, "male", "en", "had a fit this morning, back to normal now", "Known epilepsy, seizure-free for a year on levetiracetam. Doses missed for 3 days. Fully recovered.", "3 hours", v, []string{"levetiracetam 500 mg twice daily"}), "urgent", "seizure_after_long_remission"},
	})
	checkRoutes(t, []routeCase{
		{in(35, "female", "en", "aching, yawning, stomach cramps", "Community methadone 60 mg, dose missed yesterday. COWS 14.", "1 day", v, []string{"methadone 60 mg daily"}), "psychiatry"},
		{in(40, "male", "en", "asks for another pack of co-codamol", "Buying it from several pharmacies; restless if he misses doses. Wants help to cut down.", "6 months", v, nil), "psychiatry"},
	})
}

// TestRound309Rules pins session 22's fifth round (held-out sets
// 309-311: eye problems; endurance sport and mass events): a headache
// "reached maximum intensity within a minute", angle closure told with
// "haloes" and a measured pressure, orbital compartment syndrome, a
// third nerve palsy with a blown pupil, a red eye in other words and a
// hyphaema, and the collapse just after the finish line.
func TestRound309Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(134), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a headache that peaked within a minute", in(50, "female", "en", "sudden very severe headache", "Headache reached maximum intensity within a minute. No fever.", "3 hours", v, nil), "emergency", "thunderclap"},
		{"angle closure with haloes and a pressure of 56", in(70, "female", "en", "painful red left eye, blurred vision with haloes around lights, vomiting", "Hazy oedematous cornea, pupil fixed and mid-dilated. IOP left 56 mmHg.", "2 hours", v, nil), "emergency", "acute_angle_closure"},
		{"proptosis after a punch with an RAPD", in(60, "male", "en", "punched in the right eye, it is bulging and he can hardly see", "Tense proptosis, right RAPD, IOP right 48 mmHg. On warfarin.", "1 hour", v, []string{"warfarin 3 mg daily"}), "emergency", "orbital_compartment"},
		{"a third nerve palsy with a dilated pupil", in(48, "female", "en", "drooping right eyelid and double vision", "Right eye down and out, right pupil 7 mm and unreactive. Headache.", "5 hours", v, nil), "emergency", "third_nerve_palsy_pupil"},
		{"a red aching eye with photophobia and blurring", in(34, "male", "en", "aching red right eye, light hurts, slightly blurred vision", "Ciliary flush, small sluggish pupil. Ankylosing spondylitis.", "2 days", v, nil), "urgent", "red_eye_vision"},
		{"a hyphaema after a squash ball", in(22, "male", "en", "hit in the eye by a squash ball, ache", "2 mm hyphaema, pupil round and reactive, IOP 20 mmHg.", "2 hours", v, nil), "urgent", "red_eye_vision"},
		{"legs gave way after the finish, recovered legs up", in(30, "female", "en", "legs gave way just after crossing the finish line, felt faint", "No loss of consciousness, no chest pain. Recovered fully within 10 minutes lying with legs raised. Temperature 37.7.", "20 minutes", &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(116), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(37.7), Consciousness: "alert"}, nil), "routine", "exercise_postural_hypotension"},
		{"the same collapse with a core temperature of 38.3", in(30, "female", "en", "legs gave way just after crossing the finish line, felt faint", "No loss of consciousness, no chest pain. Recovered within 10 minutes lying with legs raised. Rectal temperature 38.3.", "20 minutes", &casemodel.Vitals{HeartRate: fp(92), SystolicBP: fp(114), DiastolicBP: fp(70), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(38.3), Consciousness: "alert"}, nil), "non_urgent", "exercise_postural_hypotension_warm"},
		{"a collapse during the race stays a syncope", in(30, "female", "en", "collapsed at mile 20 while running, felt faint", "Brief loss of consciousness while running, now alert.", "20 minutes", v, nil), "urgent|emergency", "-exercise_postural_hypotension"},
	})
}

// TestRound312Rules pins session 22's sixth round (held-out sets
// 312-314: ENT problems; the dialysis unit and the transplant clinic):
// a clotted fistula, cloudy peritoneal dialysis fluid, creatinine
// baselines told "stable at" or at discharge, an object in a child's
// ear, a septal haematoma told with commas, and hoarseness or a neck
// lump for weeks at 45 or more.
func TestRound312Rules(t *testing.T) {
	in := caseInput
	labs := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(134), DiastolicBP: fp(80), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"a fistula that stopped buzzing", in(66, "female", "en", "my fistula has stopped buzzing", "Haemodialysis via left AV fistula. No thrill or bruit. Not breathless.", "6 hours", v, nil), "urgent", "fistula_thrombosed"},
		{"pt-BR: a fístula parou de vibrar", in(60, "male", "pt-BR", "a fístula parou de vibrar", "Hemodiálise 3x por semana. Sem falta de ar.", "hoje", v, nil), "urgent", "fistula_thrombosed"},
		{"cloudy peritoneal dialysis bag with tummy ache", in(58, "male", "en", "cloudy peritoneal dialysis bag, mild tummy ache", "CAPD for a year. Mild diffuse tenderness.", "8 hours", v, nil), "urgent|emergency", ""},
		{"transplant creatinine up from a stable 1.2", labs("en", "female", 35, "no symptoms, abnormal kidney blood test", "Kidney transplant 2 years ago; creatinine stable 1.2-1.3 mg/dL. Missed tacrolimus doses.", "", v, []string{"tacrolimus 3 mg twice daily"}, []casemodel.Lab{{Name: "creatinine", Value: 2.1, Unit: "mg/dL"}}), "urgent", "aki"},
		{"creatinine up since discharge after a transplant", labs("en", "male", 40, "passing much less urine", "Transplant 9 days ago, discharged with creatinine 1.4 mg/dL.", "2 days", v, nil, []casemodel.Lab{{Name: "creatinine", Value: 2.6, Unit: "mg/dL"}}), "urgent", "aki"},
		{"a bead in a child's ear", in(5, "female", "en", "pushed a plastic bead into her right ear", "No pain or bleeding. Not a battery.", "3 hours", &casemodel.Vitals{TemperatureC: fp(36.7)}, nil), "non_urgent", "ear_nose_foreign_body"},
		{"a septal haematoma told with commas", in(19, "male", "en", "nose blocked after being punched", "Soft, fluctuant, purple swelling of the nasal septum on both sides.", "1 day", v, nil), "urgent", ""},
		{"hoarse for six weeks at 58, a smoker", in(58, "male", "en", "hoarse voice that has not got better", "Smoker. No breathing difficulty, swallowing normally.", "6 weeks", v, nil), "non_urgent", "head_neck_cancer_suspected"},
		{"a lump in the throat that goes with eating (globus)", in(50, "female", "en", "feeling of a lump in the throat between meals", "No difficulty swallowing, no weight loss, no neck lump. Neck examination normal.", "4 months", v, nil), "routine|non_urgent", "-head_neck_cancer_suspected"},
		{"a hard lump in the side of the neck for 6 weeks", in(61, "male", "en", "painless lump on the left side of the neck that keeps growing", "Smoker. Hard, fixed 3 cm lump. No fever.", "6 weeks", v, nil), "non_urgent", "head_neck_cancer_suspected"},
		{"hoarse for a week with a cold", in(58, "male", "en", "hoarse voice with a cold", "Runny nose.", "1 week", v, nil), "non_urgent|routine", "-head_neck_cancer_suspected"},
	})
}

// TestRound315Rules pins session 22's seventh round (held-out sets
// 315-317: diabetes in everyday care; older people living with
// frailty): CPR named in a care-plan decision, a level 1 low treated by
// the patient, ketosis on an SGLT2 inhibitor, gestational diabetes on a
// glucose tolerance test and new heart failure with crackles.
func TestRound315Rules(t *testing.T) {
	in := caseInput
	labs := labCaseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(76), RespiratoryRate: fp(15), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"an advance care plan about CPR", in(88, "female", "en", "wants to record her wishes about hospital admission and CPR", "Stable heart failure. Has capacity. ReSPECT form with her daughter.", "", v, []string{"bisoprolol 2.5 mg daily"}), "routine", "-cardiac_arrest"},
		{"CPR in progress stays an arrest", in(70, "male", "en", "collapsed, CPR in progress by his wife", "Not breathing.", "5 minutes", nil, nil), "emergency", ""},
		{"a low at the wheel, self-treated, recovered", labs("en", "male", 62, "shaky and sweaty while driving, took glucose tablets and recovered", "Type 2 diabetes on gliclazide. Needed no help.", "1 day", v, []string{"gliclazide 160 mg twice daily"}, []casemodel.Lab{{Name: "capillary glucose during episode", Value: 3.3, Unit: "mmol/L"}}), "non_urgent", "hypoglycaemia_self_treated"},
		{"a low now, not yet treated", labs("en", "male", 62, "shaky and sweaty now", "Type 2 diabetes on gliclazide.", "20 minutes", v, []string{"gliclazide 160 mg twice daily"}, []casemodel.Lab{{Name: "capillary glucose", Value: 3.3, Unit: "mmol/L"}}), "urgent", "hypoglycaemia"},
		{"ketones 1.8 on dapagliflozin with a normal glucose", labs("en", "female", 60, "off her food, nauseous", "Type 2 diabetes, kept taking dapagliflozin.", "3 days", v, []string{"dapagliflozin 10 mg daily"}, []casemodel.Lab{{Name: "blood ketones", Value: 1.8, Unit: "mmol/L"}, {Name: "glucose", Value: 9.1, Unit: "mmol/L"}, {Name: "venous pH", Value: 7.35}}), "urgent", "sglt2_ketosis"},
		{"gestational diabetes on the glucose tolerance test", labs("en", "female", 31, "review of glucose tolerance test result, feels well", "27 weeks pregnant.", "", v, nil, []casemodel.Lab{{Name: "fasting plasma glucose", Value: 5.8, Unit: "mmol/L"}, {Name: "2-hour glucose (75 g OGTT)", Value: 8.4, Unit: "mmol/L"}}), "non_urgent", "gestational_diabetes"},
		{"orthopnoea, oedema and crackles for two weeks", in(70, "male", "en", "more breathless over 2 weeks, sleeps on 3 pillows, swollen ankles", "Bibasal crackles, pitting oedema to mid-shin.", "2 weeks", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(146), DiastolicBP: fp(86), RespiratoryRate: fp(20), SpO2: fp(94), TemperatureC: fp(36.6), Consciousness: "alert"}, nil), "urgent", "new_heart_failure"},
	})
}

// TestRound318Rules pins session 22's eighth round (held-out sets
// 318-320: virtual wards; student health): a patient asking about
// discharge from a virtual ward, and delirium after a new medicine with
// safe observations.
func TestRound318Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"ready for discharge from the virtual ward", in(58, "male", "en", "feels back to normal, asking about discharge from the virtual ward", "Oximetry virtual ward, SpO2 96-98% for 72 hours, afebrile.", "", v, nil), "routine", ""},
		{"new confusion three days after starting tramadol, observations safe", in(84, "female", "en", "new confusion, disorientated since yesterday", "Frail, at home after a vertebral fracture. Tramadol started 3 days ago.", "1 day", &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(134), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(36.7), Consciousness: "confused", GCS: i(14)}, []string{"tramadol 50 mg four times daily"}), "urgent", "-altered_consciousness"},
	})
}
