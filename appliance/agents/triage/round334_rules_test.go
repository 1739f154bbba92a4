package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Session 24 rules (held-out sets 334-338: the liver and gut clinic,
// urology, dev-imitating, the respiratory clinic, care homes and
// community nursing). Invented cases.
func TestRound334Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	yes := true
	onO2 := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(130), DiastolicBP: fp(80), RespiratoryRate: fp(18), SpO2: fp(94), TemperatureC: fp(36.7), Consciousness: "alert", OnOxygen: &yes}
	high := in(60, "male", "en", "inhaler check", "COPD review, stable. Priority set to high by the receptionist in error.", "", v, nil)
	high.Priority = "high"
	stillHigh := in(60, "male", "en", "inhaler check", "COPD review, stable.", "", v, nil)
	stillHigh.Priority = "high"
	checkRules(t, []ruleCase{
		// gut and liver
		{"RCU with 9 bloody stools and Hb 9.8", withLabs(in(30, "female", "pt-BR", "9 evacuações por dia com sangue", "RCU desde 2020, em mesalazina.", "4 dias", &casemodel.Vitals{HeartRate: fp(98), SystolicBP: fp(118), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(37.6), Consciousness: "alert"}, nil),
			casemodel.Lab{Name: "hemoglobina", Value: 9.8, Unit: "g/dL"}), "urgent", "acute_severe_colitis"},
		{"bloating for a year with positive coeliac serology", in(30, "female", "pt-BR", "distensão abdominal, gases", "Sorologia para doença celíaca positiva, aguarda biópsia.", "cerca de 1 ano", nil, nil), "routine|non_urgent", "-bowel_obstruction"},
		{"pain and fever hours after a balloon dilatation", in(60, "male", "en", "severe chest pain and pain on swallowing after the procedure", "OGD this morning with balloon dilatation of a stricture. Neck feels crackly.", "4 hours", &casemodel.Vitals{HeartRate: fp(116), SystolicBP: fp(110), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(38.1), Consciousness: "alert"}, nil), "emergency", "post_endoscopy_perforation"},
		{"prestenotic dilatation on an old MRI is no procedure", in(30, "female", "en", "crampy pain, vomiting, no wind since yesterday", "Crohn's stricture with prestenotic dilatation on MRI 2024.", "1 day", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(118), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", "-post_endoscopy_perforation"},
		{"post-ERCP pancreatitis is not a perforation", withLabs(in(50, "female", "en", "severe upper abdominal pain going to the back, vomiting", "ERCP with sphincterotomy yesterday.", "8 hours", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(130), RespiratoryRate: fp(20), SpO2: fp(96), TemperatureC: fp(37.6), Consciousness: "alert"}, nil),
			casemodel.Lab{Name: "lipase", Value: 2100, Unit: "U/L"}), "urgent", "-post_endoscopy_perforation"},
		{"cholecystitis with a measured fever", in(45, "female", "en", "constant pain under the right ribs after a fatty meal, vomited", "Murphy's sign positive. Gallstones on a scan last year.", "12 hours", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(130), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "urgent", "cholangitis_cholecystitis"},
		// urology
		{"crack during sex, bent swollen penis", in(32, "male", "en", "heard a crack in my penis during sex, lost the erection, now swollen and purple", "No blood at the tip.", "8 hours", v, nil), "urgent", "penile_fracture"},
		{"clots days after a TURP", in(72, "male", "en", "red urine with clots since this morning", "10 days after TURP, still passing urine. No fever.", "6 hours", v, nil), "urgent", "post_prostatectomy_clots"},
		{"gradual testicular swelling with discharge", in(23, "male", "en", "painful swollen right testicle and burning when I pee, some discharge", "Came on slowly over a few days, not sudden. No vomiting. Cremasteric reflex present.", "3 days", v, nil), "urgent", "epididymo_orchitis_suspected"},
		{"sudden testicular pain in a teenager is torsion", in(15, "male", "en", "sudden severe pain in my left testicle, vomited", "", "2 hours", v, nil), "emergency", "testicular_torsion"},
		{"painless scrotal swelling for months", in(55, "male", "pt-BR", "saco do lado direito inchado, sem dor", "Foi enchendo devagar, não consigo sentir o testículo.", "4 meses", nil, nil), "non_urgent", "scrotal_swelling"},
		{"PSA on active surveillance, stable", withLabs(in(68, "male", "en", "active surveillance review", "Gleason 3+3 on active surveillance, PSA stable, MRI unchanged.", "", v, nil),
			casemodel.Lab{Name: "PSA", Value: 5.4, Unit: "ng/mL"}), "routine", "-psa_raised"},
		{"PSA rising on active surveillance", withLabs(in(68, "male", "en", "active surveillance review", "Gleason 3+3 on active surveillance, PSA rising from 4.1 to 7.9 this year.", "", v, nil),
			casemodel.Lab{Name: "PSA", Value: 7.9, Unit: "ng/mL"}), "non_urgent", "psa_raised"},
		{"potassium 6.6 not haemolysed", withLabs(in(70, "male", "en", "blood result", "Sample not haemolysed. Feels well.", "", v, []string{"ramipril 10 mg daily", "spironolactone 25 mg daily"}),
			casemodel.Lab{Name: "potassium", Value: 6.6, Unit: "mmol/L"}), "emergency", "-hyperkalaemia_haemolysed"},
		{"a critical potassium is never called not critical", withLabs(in(70, "male", "en", "blood result", "Feels well.", "", v, nil),
			casemodel.Lab{Name: "potassium", Value: 6.6, Unit: "mmol/L"}), "emergency", "-lab_abnormal"},
		// respiratory clinic
		{"flash burn with singed nostril hairs and sooty sputum", in(70, "male", "en", "face caught fire while smoking on oxygen, voice hoarse", "Eyebrows and nostril hairs singed, soot around the mouth.", "20 minutes", &casemodel.Vitals{HeartRate: fp(104), RespiratoryRate: fp(22), SpO2: fp(94)}, nil), "emergency", "major_burn"},
		{"lorry driver nodding off at the lights", in(50, "male", "en", "wife says I stop breathing at night, sleepy in the day", "Drives an HGV. Nodding off at traffic lights. Epworth 16.", "1 year", v, nil), "non_urgent", "sleepy_driver_osa"},
		{"11 mm solid lung nodule on CT", in(64, "male", "pt-BR", "veio mostrar tomografia", "TC de tórax: nódulo sólido de 11 mm no lobo superior direito. Tabagista.", "", nil, nil), "non_urgent", "lung_nodule_suspicious"},
		{"4 mm smooth nodule, no follow-up needed", in(45, "female", "en", "CT results letter", "CT chest: 4 mm smooth nodule, never smoker, no follow-up CT required.", "", nil, nil), "routine", "-lung_nodule_suspicious"},
		{"calcified 9 mm granuloma", in(60, "male", "en", "CT result", "CT chest: 9 mm calcified nodule in the right lung, benign.", "", nil, nil), "routine|non_urgent", "-lung_nodule_suspicious"},
		{"a three-year-old living with smear-positive TB", in(3, "female", "pt-BR", "sem sintomas, avaliação de contato", "Mãe diagnosticada com tuberculose pulmonar, baciloscopia positiva. Criança sem tosse, sem febre.", "", nil, nil), "non_urgent", "tb_contact_high_risk"},
		{"COPD exacerbation with a tight chest is not ACS", in(72, "female", "en", "more breathless, green phlegm, tight chest", "COPD.", "3 days", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(128), RespiratoryRate: fp(22), SpO2: fp(91), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", "-acs_features"},
		{"chest pain in a febrile pneumonia is graded by the pneumonia", in(55, "male", "en", "fever, right sided chest pain, short of breath after pneumonia", "Pleural effusion on ultrasound.", "10 days", &casemodel.Vitals{HeartRate: fp(106), SystolicBP: fp(120), RespiratoryRate: fp(22), SpO2: fp(95), TemperatureC: fp(38.6), Consciousness: "alert"}, nil), "urgent", "chest_infection_pain"},
		{"crushing chest pain with sweating and a fever is still ACS", in(60, "male", "en", "crushing chest pain and sweating", "Had pneumonia, still feverish.", "1 hour", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(130), RespiratoryRate: fp(20), SpO2: fp(96), TemperatureC: fp(38.2), Consciousness: "alert"}, nil), "emergency", "acs_features"},
		{"LTOT annual review at baseline", in(72, "female", "en", "annual home oxygen review", "Long-term oxygen 2 L/min, breathing at baseline, stable.", "", onO2, nil), "routine", "-news2_low"},
		{"sharp pleuritic pain and breathless in a tall young man", in(21, "male", "en", "sharp pain right side of my chest, hurts when I breathe in, a bit short of breath", "Tall and thin, vapes.", "5 hours", &casemodel.Vitals{HeartRate: fp(92), SpO2: fp(96)}, nil), "urgent", ""},
		{"priority set high in error", high, "routine", "-priority_high"},
		{"a high priority still counts", stillHigh, "non_urgent", "priority_high"},
		// care homes and community nursing
		{"blocked long-term catheter with a hard lower belly", in(83, "male", "pt-BR", "sonda não está drenando nada", "Sonda vesical de demora. Barriga embaixo do umbigo dura, geme ao tocar.", "8 horas", &casemodel.Vitals{TemperatureC: fp(36.8)}, nil), "urgent", "urinary_retention"},
		{"restless and rattly in the last days of life", in(90, "female", "en", "restless, moaning, noisy rattly breathing", "In her last days of life at home, comfort care, DNACPR. Just-in-case medicines not given yet.", "this evening", nil, nil), "urgent", "dying_symptoms_uncontrolled"},
		{"comfortable in the last days of life", in(90, "female", "en", "sleeping most of the time", "In her last days of life at home, comfort care. Settled and comfortable, no distress.", "", nil, nil), "routine|non_urgent", "-dying_symptoms_uncontrolled"},
		{"cloudy catheter urine in a well patient", in(75, "female", "pt-BR", "urina turva com cheiro forte na bolsa da sonda", "SVD de longa permanência. Sem febre, sem dor, drenando bem.", "", &casemodel.Vitals{HeartRate: fp(76), TemperatureC: fp(36.5), Consciousness: "alert"}, nil), "routine", "catheter_cloudy_urine"},
		{"cloudy catheter urine with fever is not this rule", in(75, "female", "pt-BR", "urina turva e febre", "SVD de longa permanência. Febre 38,4.", "1 dia", &casemodel.Vitals{HeartRate: fp(98), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "urgent|non_urgent", "-catheter_cloudy_urine"},
		{"slid to the floor, no injury, falls review", in(88, "female", "en", "slid from her chair yesterday, no injury - requesting falls review", "Witnessed, no head strike, no pain, walking with her frame as usual.", "", v, nil), "routine", "fall_without_harm"},
		{"a fall with hip pain is not this rule", in(88, "female", "en", "fell yesterday, hip hurts, requesting falls review", "Can't weight bear.", "1 day", v, nil), "urgent", "-fall_without_harm"},
		{"venous ulcer healing at weekly dressings", in(90, "female", "pt-BR", "curativo semanal de úlcera na perna", "Úlcera venosa reduziu de tamanho, tecido de granulação, sem pus, sem odor.", "", &casemodel.Vitals{HeartRate: fp(74), TemperatureC: fp(36.4)}, nil), "routine", "ulcer_healing"},
		{"fetal movements much less at 32 weeks", in(29, "female", "en", "baby moving much less since last night, only felt 2 small kicks", "I'm 32 weeks pregnant.", "since yesterday", nil, nil), "urgent", "reduced_fetal_movements"},
	})
}

// Session 24, second round (held-out sets 339-341: dev-imitating, the
// acute oncology helpline, dermatology). Invented cases.
func TestRound339Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(130), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	gcs14 := 14
	checkRules(t, []ruleCase{
		{"back pain, wobbly legs and a numb band in spinal metastases", in(70, "male", "en", "back pain between the shoulder blades, legs heavy and wobbly", "Prostate cancer with spinal metastases. Legs gave way this morning, a numb band around his chest.", "2 weeks", nil, nil), "emergency", "spinal_cord_compression"},
		{"back pain waking at night after breast cancer", in(58, "female", "pt-BR", "dor no meio das costas, piora ao deitar, acordo de noite", "CA de mama tratado em 2019. Nega fraqueza nas pernas.", "3 semanas", nil, nil), "urgent", "back_pain_red_flags"},
		{"tongue and lower lip swelling with drooling on an ACE inhibitor", in(70, "male", "pt-BR", "língua e lábio de baixo muito inchados, babando, voz abafada", "Usa enalapril. Sem urticária.", "3 horas", v, []string{"enalapril 20 mg 12/12h"}), "emergency", "angioedema_airway"},
		{"upper lip swollen with hives in a child, airway fine", in(3, "male", "pt-BR", "placas vermelhas que coçam e lábio de cima inchado", "Respirando normal, sem chiado, voz normal.", "desde hoje", nil, nil), "urgent", "angioedema"},
		{"proptosis and double vision with fever after sinusitis", in(7, "female", "pt-BR", "olho inchado e vermelho, vendo duplo, febre", "Sinusite há 1 semana. Proptose, dor e limitação da movimentação ocular.", "2 dias", &casemodel.Vitals{HeartRate: fp(124), RespiratoryRate: fp(24), SpO2: fp(98), TemperatureC: fp(39.0), Consciousness: "alert"}, nil), "emergency", "orbital_cellulitis_vision"},
		{"a febrile neutropenia of an earlier cycle, afebrile today", in(46, "female", "pt-BR", "dúvida: posso comer sushi durante a quimio?", "No ciclo 1 teve neutropenia febril, já resolvido. Hoje sem febre.", "", nil, nil), "routine", "-neutropenic_sepsis"},
		{"fever on chemotherapy today is still neutropenic sepsis", in(46, "female", "en", "fever and shivers", "On chemotherapy, cycle 3.", "4 hours", &casemodel.Vitals{HeartRate: fp(104), TemperatureC: fp(38.4)}, nil), "emergency", "neutropenic_sepsis"},
		{"the daughter's fever, the patient well", in(48, "female", "en", "are my bloods ok for chemo tomorrow? my daughter has had a temperature and a cough since yesterday", "She herself feels well, no fever, no cough.", "", &casemodel.Vitals{TemperatureC: fp(36.5)}, nil), "routine|non_urgent", "-neutropenic_sepsis"},
		{"runny poo five times a day on pembrolizumab", in(63, "female", "en", "runny poo 5-6 times a day, tummy cramps", "Melanoma on pembrolizumab.", "3 days", &casemodel.Vitals{HeartRate: fp(88), TemperatureC: fp(36.8)}, []string{"pembrolizumab 200 mg every 3 weeks"}), "urgent", "immune_colitis"},
		{"vomiting everything with dark scanty urine", in(35, "male", "pt-BR", "vomitando muito, não para nada no estômago", "Urina escura e pouca.", "1 dia", nil, nil), "urgent", "dehydration"},
		{"weeping skin under the breast in radiotherapy is no ruptured membranes", in(52, "female", "pt-BR", "pele vermelha descascando embaixo da mama, saindo um líquido claro", "Radioterapia de mama, sessão 20.", "4 dias", &casemodel.Vitals{TemperatureC: fp(36.4)}, nil), "non_urgent", "-rupture_of_membranes"},
		{"a travel question from someone well", in(66, "male", "en", "flying to Portugal next month, can I take my tablets in hand luggage?", "Feels well.", "", nil, []string{"amlodipine 5 mg daily"}), "routine", ""},
		{"widespread tense blisters at 90", in(90, "female", "pt-BR", "bolhas grandes e duras pelo corpo, muita coceira", "Mais de 20 bolhas novas por dia. Boca sem lesões.", "3 semanas", v, nil), "urgent", "widespread_blisters"},
		{"DRESS with Nikolsky negative is not SJS", in(40, "male", "pt-BR", "febre, manchas vermelhas pelo corpo, rosto inchado", "Carbamazepina há 5 semanas. Nikolsky neg, mucosas poupadas.", "6 dias", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(124), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, []string{"carbamazepina 200 mg 12/12h"}), "urgent", "-sjs_ten"},
		{"crescendo angina pain-free on arrival with a normal ECG", in(60, "male", "en", "chest pressure on walking, now at lower exertion", "Pain-free at rest on arrival. ECG: sinus rhythm, no acute ST/T change.", "3 days", v, nil), "urgent", "acs_pain_free"},
		{"sleepy muddled 85-year-old with GCS 14 and smelly urine", in(85, "female", "pt-BR", "confusa desde ontem, sonolenta de dia", "Urina escura com cheiro forte. Sem déficit focal.", "1 dia", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(130), RespiratoryRate: fp(18), SpO2: fp(95), TemperatureC: fp(37.8), Consciousness: "confused", GCS: &gcs14}, nil), "urgent", "delirium_stable_obs"},
		{"sleepy and muddled without a GCS stays an emergency", in(85, "female", "pt-BR", "confusa desde ontem, sonolenta de dia", "Urina escura com cheiro forte.", "1 dia", &casemodel.Vitals{HeartRate: fp(94), SystolicBP: fp(130), RespiratoryRate: fp(18), SpO2: fp(95), TemperatureC: fp(37.8), Consciousness: "confused"}, nil), "emergency", ""},
		{"follow-up after a chest infection, cough gone", in(67, "female", "en", "follow-up after chest infection, feeling back to normal", "Finished antibiotics, cough gone, walking the dog.", "", v, nil), "routine", ""},
	})
}

// Session 24, third round (held-out sets 342-344: dev-imitating,
// cardiology outpatients, eye casualty and ENT). Invented cases.
func TestRound342Rules(t *testing.T) {
	in := caseInput
	checkRules(t, []ruleCase{
		{"exertional faint two days ago, well now with normal observations", in(80, "female", "en", "blacked out going up the stairs, came round quickly, feels fine now; short of breath on hills lately", "Severe aortic stenosis on echo.", "2 days", &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(124), DiastolicBP: fp(74), RespiratoryRate: fp(16), SpO2: fp(96), Consciousness: "alert"}, nil), "urgent", "syncope_high_risk_recovered"},
		{"exertional faint with a slow pulse stays an emergency", in(80, "female", "en", "blacked out going up the stairs, came round quickly", "", "1 hour", &casemodel.Vitals{HeartRate: fp(38), SystolicBP: fp(96), RespiratoryRate: fp(16), SpO2: fp(96), Consciousness: "alert"}, nil), "emergency", "-syncope_high_risk_recovered"},
		{"angina that goes after minutes of rest, weeks unchanged", in(61, "male", "en", "tightness across the chest walking uphill, goes after 2-3 minutes rest", "Never at rest. Resting ECG: sinus rhythm, normal.", "6 weeks", &casemodel.Vitals{HeartRate: fp(72), SystolicBP: fp(140), RespiratoryRate: fp(14), SpO2: fp(98), Consciousness: "alert"}, nil), "non_urgent", "stable_angina"},
		{"chest pain before the stent, none now", in(64, "male", "pt-BR", "quer saber se pode parar o clopidogrel", "Antes do stent tinha dor no peito ao caminhar; hoje nega dor.", "", &casemodel.Vitals{HeartRate: fp(60), SystolicBP: fp(126)}, nil), "routine|non_urgent", "-acs_features"},
		{"a faint before the pacemaker, none after", in(77, "male", "pt-BR", "revisão anual do marcapasso, sem queixas", "Teve um desmaio antes do implante, nenhum depois.", "", &casemodel.Vitals{HeartRate: fp(70), SystolicBP: fp(132)}, nil), "routine", "-syncope"},
		{"impedance jump on an ICD lead", in(47, "male", "en", "device remote-monitoring alert, no symptoms", "ICD lead impedance jumped from 500 to 2,300 ohm; non-physiological short intervals, no shocks.", "", nil, nil), "urgent", "lead_malfunction"},
		{"pulsing groin lump after a femoral angioplasty", in(66, "female", "pt-BR", "caroço na virilha que pulsa e dói", "Angioplastia por via femoral há 4 dias. Massa pulsátil com sopro, pulsos distais presentes.", "2 dias", &casemodel.Vitals{HeartRate: fp(84), SystolicBP: fp(138)}, nil), "urgent", "access_pseudoaneurysm"},
		{"tremor and loose stools weeks after a thiazide on lithium", in(61, "male", "en", "hands shaking more than usual, loose stools, queasy", "Bendroflumethiazide started 3 weeks ago. No vomiting.", "5 days", &casemodel.Vitals{HeartRate: fp(64), SystolicBP: fp(132), TemperatureC: fp(36.7), Consciousness: "alert"}, []string{"lithium carbonate 800 mg nocte", "bendroflumethiazide 2.5 mg od"}), "urgent", "lithium_toxicity"},
		{"woke deaf in one ear", in(45, "female", "pt-BR", "acordei surda do ouvido esquerdo, com zumbido", "Otoscopia normal.", "2 dias", nil, nil), "urgent", "sudden_hearing_loss"},
		{"failing ear drops and granulation in an older diabetic", in(76, "male", "pt-BR", "dor no ouvido direito pior à noite, secreção com cheiro ruim", "DM2. Tecido de granulação no CAE, dor desproporcional. Já usou gotas de Ciprodex e não melhora.", "3 semanas", &casemodel.Vitals{HeartRate: fp(86), SystolicBP: fp(150), RespiratoryRate: fp(16), TemperatureC: fp(37.5), Consciousness: "alert"}, nil), "urgent", "-necrotizing"},
	})
}

// Session 24, fourth round (held-out sets 345-347: dev-imitating,
// endocrinology, the fracture clinic and sports injuries). Invented
// cases.
func TestRound345Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		{"dashboard injury at 80 km/h with a short rotated leg", in(30, "male", "pt-BR", "dor forte no quadril depois de batida de carro, perna torta", "Colisão frontal a ~80 km/h, joelho bateu no painel.", "1 hora", &casemodel.Vitals{HeartRate: fp(116), SystolicBP: fp(114), RespiratoryRate: fp(22), SpO2: fp(97), Consciousness: "alert"}, nil), "emergency", "major_trauma"},
		{"rolled ankle, cannot take four steps, posterior malleolus tender", in(35, "female", "pt-BR", "pisei em falso no degrau, tornozelo inchado, não consigo pisar", "Dor à palpação da borda posterior do maléolo lateral.", "3 horas", v, nil), "urgent", "possible_fracture"},
		{"a united wrist fracture at six weeks, angulation accepted", in(90, "female", "en", "fracture clinic 6 week review of wrist fracture", "Dorsally angulated distal radius fracture accepted non-operatively. Cast removed today; X-ray shows union. No numbness.", "", v, nil), "routine|non_urgent", "-deformity"},
		{"a new wrist deformity with an old healed ankle fracture", in(67, "female", "pt-BR", "caiu sobre a mão, punho torto", "Deformidade em dorso de garfo. Fratura de tornozelo em 2016, consolidada.", "2 horas", v, nil), "urgent", "deformity"},
		{"croup with a whistling noise on breathing in at rest", in(3, "male", "en", "barking cough like a seal, noisy breathing in", "A whistly noise every time he breathes in, even sitting quietly. Not drooling.", "since 11pm", &casemodel.Vitals{HeartRate: fp(130), RespiratoryRate: fp(34), SpO2: fp(96), TemperatureC: fp(38.0)}, nil), "urgent", "croup_moderate"},
		{"a sulfonylurea hypo with slurred speech, better after IV glucose", in(88, "male", "pt-BR", "encontrado suado e confuso, melhorou depois da glicose na veia", "Falando enrolado. HGT inicial 42 mg/dL. Melhora completa após glicose 50%. Usa glibenclamida.", "1 hora", &casemodel.Vitals{HeartRate: fp(88), SystolicBP: fp(142), RespiratoryRate: fp(16), SpO2: fp(97), Consciousness: "alert", GlucoseMgDl: fp(104)}, []string{"glibenclamida 5 mg 2x/dia"}), "urgent", "-stroke_befast"},
		{"prednisone run out after months, dizzy on standing", in(52, "female", "pt-BR", "fraqueza, enjoo, tontura quando levanta", "Artrite reumatoide.", "3 dias", v, []string{"prednisona 20 mg/dia (parou há 5 dias)"}), "urgent", "steroid_withdrawal"},
		{"thirst and litres of clear urine after pituitary surgery", in(45, "male", "pt-BR", "urinando muito, urina clarinha feito água, sede que não passa", "5º PO de ressecção transesfenoidal de macroadenoma.", "2 dias", v, nil), "urgent", "post_pituitary_di"},
	})
}
