package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Session 23 rules (held-out sets 321-323: dev-imitating; occupational
// health and travel; mental health crisis teams and liaison psychiatry).
// Invented cases.
func TestRound321Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// neutrophils written per mm³ with the superscript are read as
		// x10^9/L: fever with 300/mm³ on clozapine is neutropenic sepsis
		{"neutrophils per mm³ with fever", withLabs(in(38, "female", "pt-BR", "febre e dor de garganta", "Em uso de clozapina.", "1 dia", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(116), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, []string{"clozapina 200 mg/dia"}),
			casemodel.Lab{Name: "neutrófilos", Value: 300, Unit: "/mm³"}), "emergency", "neutropenic_fever"},
		{"neutrophils per mm³ normal", withLabs(in(38, "female", "pt-BR", "controle de hemograma", "Em uso de clozapina, sem queixas.", "", v, []string{"clozapina 200 mg/dia"}),
			casemodel.Lab{Name: "neutrófilos", Value: 3100, Unit: "células/mm³"}), "routine", "-neutropenic_fever"},
		// a threat to end it all today, a farewell message and a poison
		// bought: high suicide risk
		{"ending it all today with a farewell message", in(59, "male", "pt-BR", "meu irmão disse que vai acabar com tudo hoje", "Mandou mensagem de despedida para a filha de manhã. Não atende o telefone.", "", nil, nil), "emergency", "suicide_high_risk"},
		{"a farewell text sent", in(44, "female", "en", "my sister sent a goodbye message to everyone and says she's going to end it all tonight", "", "", nil, nil), "emergency", "suicide_high_risk"},
		// an attempt in a past admission is history, not a current overdose
		{"suicide attempt in a past admission at a depot clinic", in(55, "male", "pt-BR", "veio para a aplicação do depósito, sem queixas", "Esquizofrenia em uso de haloperidol decanoato há anos. Teve internação em 2016 por tentativa de suicídio. Humor estável, nega alucinações no momento, sem ideação suicida.", "", v, []string{"decanoato de haloperidol 50 mg IM mensal"}), "routine", "-overdose"},
		// a mental state told as stable on an antipsychotic is no new psychosis
		{"delusions encapsulated on risperidone", in(62, "female", "en", "routine community mental health review", "Delusional disorder on risperidone. Mental state stable, delusions encapsulated.", "", v, []string{"risperidone 2 mg nocte"}), "routine", "-psychosis"},
		{"new persecutory beliefs are still psychosis", in(24, "male", "en", "says the neighbours installed cameras in the walls and he hears them talking about him", "Never seen a psychiatrist.", "2 weeks", nil, nil), "urgent", "psychosis"},
		// parkinsonism after an antipsychotic was raised, no NMS features
		{"drug-induced parkinsonism after a dose rise", in(70, "male", "en", "shuffling walk and a tremor in the left hand at rest", "Haloperidol increased from 1 mg to 3 mg a month ago. No fever, no confusion, no falls.", "3 weeks", v, []string{"haloperidol 3 mg daily"}), "non_urgent", "drug_induced_parkinsonism"},
		{"parkinsonism with fever is not this rule", in(70, "male", "en", "stiff, shaking, sweating and hot", "Haloperidol increased last week.", "2 days", &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(150), RespiratoryRate: fp(22), SpO2: fp(96), TemperatureC: fp(39.2), Consciousness: "confused"}, []string{"haloperidol 5 mg daily"}), "emergency", "-drug_induced_parkinsonism"},
		// a single paracetamol ingestion below 75 mg/kg, hours ago, alone,
		// without symptoms: medically fit, same-day psychosocial assessment
		{"sub-toxic paracetamol ingestion with passive death wishes", in(20, "female", "en", "took 8 tablets of paracetamol 500 mg last night after an argument", "Weight 70 kg, about 4 g (57 mg/kg), no other substances, no alcohol. No nausea, no abdominal pain. Says she wished she wouldn't wake up at the time; denies plan now.", "16 hours", &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(118), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}, nil), "urgent", "overdose_medically_cleared"},
		{"paracetamol above 75 mg/kg is not cleared", in(20, "female", "en", "took 16 tablets of paracetamol 500 mg last night", "Weight 60 kg, no other substances. Feels fine.", "10 hours", &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(118), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}, nil), "emergency|urgent", "-overdose_medically_cleared"},
		// the baby "would be better off without her" after birth
		{"postnatal thoughts that the baby is better off without her", in(27, "female", "pt-BR", "chora todo dia, acha que a bebê ficaria melhor sem ela", "Puérpera, bebê com 4 semanas. Nega plano.", "3 semanas", v, nil), "urgent", "perinatal_suicidal_thoughts"},
		// moderate depression not yet treated
		{"PHQ-A 15 in a teenager, no risk", in(15, "female", "pt-BR", "triste todos os dias, largou a dança, não quer sair do quarto", "PHQ-A 15. Nega ideação suicida ou autolesão.", "2 meses", nil, nil), "non_urgent", "depression_moderate_untreated"},
		{"an adult's PHQ-9 13 without risk is a routine referral", in(38, "male", "en", "low mood since losing his job, would like talking therapy", "PHQ-9 13. No suicidal thoughts, still working.", "2 months", v, nil), "routine", "-depression_moderate_untreated"},
		{"PHQ-9 12 already on sertraline is not this rule", in(40, "female", "en", "review of depression", "PHQ-9 12, on sertraline for 6 weeks, slowly better.", "", v, []string{"sertraline 100 mg daily"}), "routine|non_urgent", "-depression_moderate_untreated"},
		// a systolic of 80-90 in anorexia is MEED amber, not shock
		{"anorexia with SBP 86, alert", in(19, "female", "en", "dizzy on standing, always cold", "Anorexia nervosa, BMI 15. No fainting.", "4 months", &casemodel.Vitals{HeartRate: fp(52), SystolicBP: fp(86), DiastolicBP: fp(56), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.0), Consciousness: "alert"}, nil), "urgent", "-hypotension"},
		{"anorexia with SBP 76 is red", in(19, "female", "en", "dizzy on standing", "Anorexia nervosa, BMI 13.", "4 months", &casemodel.Vitals{HeartRate: fp(48), SystolicBP: fp(76), DiastolicBP: fp(48), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(35.9), Consciousness: "alert"}, nil), "emergency", ""},
		// fever that won't come down with paracetamol names no allergy
		// (checked in clinical); an arm that cannot be lifted for pain is
		// no stroke
		{"shoulder too painful to lift the arm", in(50, "male", "en", "can't lift my right arm because it hurts too much", "Painful arc, tender over the shoulder. No numbness, face normal, speech normal.", "1 day", v, nil), "non_urgent|urgent", "-stroke_befast"},
		{"an arm that is weak, not painful, is still a stroke", in(70, "male", "en", "can't lift my right arm since this morning", "Speech slurred.", "2 hours", v, nil), "emergency", ""},
		// a COPD exacerbation at 26 breaths on scale 2 with NEWS2 under 5
		{"COPD exacerbation, RR 26, SpO2 at target", in(70, "male", "en", "more breathless, green sputum", "COPD with target SpO2 88-92%.", "3 days", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(134), DiastolicBP: fp(80), RespiratoryRate: fp(26), SpO2: fp(90), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "urgent", "-sepsis_high_risk"},
		// an infant with bronchiolitis told with "catarro"
		{"bronchiolitis at 3 months, RR 64, SpO2 95", in(0, "male", "pt-BR", "bebê de 3 meses com muito catarro e cansado", "Sibilos e crepitações. Sem gemência, sem apneia.", "2 dias", &casemodel.Vitals{HeartRate: fp(160), RespiratoryRate: fp(64), SpO2: fp(95), TemperatureC: fp(37.8), Consciousness: "alert"}, nil), "urgent", "bronchiolitis_ng9"},
		// bites and eyes
		{"a monkey bite abroad", in(25, "male", "en", "monkey bite on the left hand two days ago in Thailand", "Skin broken. No rabies vaccine before.", "2 days", v, nil), "urgent", "rabies_exposure"},
		{"grinding, something in the eye", in(40, "male", "en", "something in my left eye after using a grinder", "Gritty and watering.", "1 day", v, nil), "urgent", "eye_high_velocity"},
		{"grinding, rust ring, Seidel negative", in(40, "male", "en", "gritty right eye after grinding", "Superficial metallic speck on the cornea with a rust ring, Seidel negative, anterior chamber quiet, VA 6/6 both eyes.", "1 day", v, nil), "non_urgent", "-eye_high_velocity"},
		{"grinding, Seidel negative but acuity down", in(40, "male", "en", "gritty right eye after grinding", "Metallic speck on the cornea, Seidel negative, VA right 6/12, left 6/6.", "1 day", v, nil), "urgent", "eye_high_velocity"},
		// a chickenpox contact a month ago, baby well since
		{"infant whose brother had chickenpox last month", in(0, "female", "en", "travel vaccines advice", "9 months old. Her brother had chickenpox last month, he is fine now. No fever, no rash.", "", nil, nil), "routine", "-rash_illness_exposure"},
		{"infant in contact with chickenpox this week", in(0, "female", "en", "was in contact with a child with chickenpox at nursery yesterday", "8 months old, well.", "", nil, nil), "urgent", "rash_illness_exposure"},
	})
}

// Session 23, second round (held-out sets 324-326: dev-imitating;
// palliative and end-of-life care; the paediatric emergency department).
// Invented cases.
func TestRound324Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(126), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(96), TemperatureC: fp(36.7), Consciousness: "alert"}
	child := &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(24), SpO2: fp(99), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// a catastrophic bleed is immediate even under a ceiling of care
		{"carotid bleed at home under a comfort plan", in(60, "male", "en", "blood pouring from the neck wound, soaked through two towels, pale and cold", "Recurrent head and neck cancer near the carotid. Not for CPR, wishes to die at home; crisis midazolam in the house.", "5 minutes", nil, nil), "emergency", "catastrophic_bleed"},
		{"a nosebleed with blood everywhere that has stopped", in(19, "male", "en", "nosebleed, blood everywhere on the pillow, it's stopped now", "Pinched for ten minutes and it stopped. Not dizzy, no blood thinners.", "40 minutes", nil, nil), "non_urgent", "-catastrophic_bleed"},
		{"a small tumour bleed that stopped with pressure", in(60, "male", "en", "bleeding from the tumour on his neck, settled with pressure", "Fungating neck tumour; wishes to die at home.", "1 hour", v, nil), "urgent", "-catastrophic_bleed"},
		// opioid neurotoxicity
		{"myoclonus and hallucinations after a morphine rise", in(70, "female", "pt-BR", "vendo bichos no quarto, dando trancos nos braços", "Morfina aumentada há 5 dias. Acordada, conversa normalmente.", "2 dias", &casemodel.Vitals{HeartRate: fp(92), RespiratoryRate: fp(14)}, []string{"morfina LP 60 mg 12/12h"}), "urgent", "opioid_neurotoxicity"},
		// a stopped syringe driver with pain back
		{"syringe driver occluded, groaning", in(75, "male", "en", "groaning and restless since the night", "Recognised as dying at home. Syringe driver alarming 'occlusion', syringe still full since 6pm.", "6 hours", &casemodel.Vitals{HeartRate: fp(104)}, []string{"CSCI morphine 20 mg + midazolam 10 mg over 24h"}), "urgent", "syringe_driver_failed"},
		// dying as expected, comfortable
		{"unresponsive and comfortable in the last days", in(82, "female", "en", "comfortable, settled", "Recognised as dying, DNACPR, comfort care at home. Syringe driver running to time. Settled, no distress, pauses in breathing explained to family.", "", &casemodel.Vitals{RespiratoryRate: fp(10), Consciousness: "unresponsive"}, []string{"CSCI morphine 10 mg over 24h"}), "routine", "expected_dying_settled"},
		{"dying and agitated is not settled", in(82, "female", "en", "restless, calling out, pulling at the sheets", "Recognised as dying, comfort care at home.", "3 hours", &casemodel.Vitals{HeartRate: fp(110), RespiratoryRate: fp(24), Consciousness: "confused"}, nil), "urgent", "-expected_dying_settled"},
		// malignant bowel obstruction told in words
		{"vomiting, no wind passed, tinkling bowel sounds", in(60, "female", "en", "colicky pain and large vomits", "Peritoneal cancer. No wind passed for two days, tinkling bowel sounds.", "2 days", v, nil), "urgent", "bowel_obstruction"},
		// a child's saturation at her documented baseline
		{"palliated heart, SpO2 at baseline", in(3, "female", "pt-BR", "sem queixas, consulta de acompanhamento", "Cardiopatia congênita paliada. SpO2 basal 82-85%, sem mudança. Ganhando peso.", "", &casemodel.Vitals{HeartRate: fp(118), RespiratoryRate: fp(28), SpO2: fp(84), TemperatureC: fp(36.6), Consciousness: "alert"}, nil), "routine", "-paeds_vitals_amber"},
		// words of a routine visit
		{"asking to stop preventive tablets", in(86, "female", "en", "no new symptoms; does she really still need the cholesterol tablet?", "Advanced cancer, comfortable.", "", nil, []string{"atorvastatin 40 mg"}), "routine", ""},
		{"asking what painkiller is safe with warfarin", in(78, "male", "en", "asking which painkiller is safe with warfarin for his knees", "INR in range, no bleeding. Has not taken anything yet.", "", nil, []string{"warfarin 3 mg daily"}), "routine", ""},
		{"a teenager asking to start the pill", in(16, "female", "pt-BR", "quero começar a tomar anticoncepcional", "Sem enxaqueca com aura, não fuma.", "", nil, nil), "routine", ""},
		{"a reducible umbilical hernia in a baby", in(0, "male", "en", "bulge at his belly button when he cries", "Soft, goes back in easily, feeding well.", "", child, nil), "routine", ""},
		// a delusion of being poisoned is no ingestion
		{"refusing food he thinks is poisoned", in(23, "male", "en", "thinks the neighbours are watching him through the TV", "Won't eat what his mother cooks because he believes it has been poisoned. No threats, no self-harm.", "2 weeks", nil, nil), "urgent", "-overdose"},
		// a dental swelling that is settling
		{"dental abscess on antibiotics, swelling settling", in(60, "female", "en", "question about her antibiotic", "Dental abscess, metronidazole since yesterday, jaw swelling settling, no fever, swallowing fine.", "", v, []string{"metronidazole 400 mg three times daily"}), "non_urgent|routine", "-dental_infection_spreading"},
		// a relative's diagnosis is family history
		{"brother recently diagnosed with AF", in(70, "male", "en", "heart failure clinic review, breathing as usual", "Stable HFrEF. His brother was recently diagnosed with AF.", "", v, nil), "routine", "-af_new"},
		// a newborn's jaundice that has gone
		{"newborn whose jaundice has gone", in(0, "female", "pt-BR", "consulta de rotina do recém-nascido (12 dias de vida); a icterícia que apareceu no 4º dia já sumiu", "Mamando bem. Coto umbilical caiu ontem.", "", child, nil), "routine", "-newborn_jaundice"},
		// a past febrile seizure at follow-up
		{"follow-up after a febrile seizure, well since", in(2, "male", "en", "follow-up after a fever fit 6 weeks ago, no further episodes", "One simple febrile seizure with a temperature of 39.2 during a cold. Completely well since.", "", child, nil), "routine", ""},
		// IgA vasculitis with normal platelets
		{"palpable purpura with normal platelets", withLabs(in(7, "male", "en", "raised purple spots on the legs and bottom, sore ankles", "Palpable purpura on the legs and buttocks, well child, no abdominal pain, urine dipstick trace blood.", "2 days", &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(100), RespiratoryRate: fp(20), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}, nil),
			casemodel.Lab{Name: "platelets", Value: 290, Unit: "x10^3/uL"}), "non_urgent", "iga_vasculitis"},
		{"palpable purpura with 2+ proteinuria is seen the same day", withLabs(in(6, "female", "en", "raised purple spots on the legs, sore ankles, tummy ache", "Palpable purpura on the buttocks and legs, running around, well. Urine dip: blood 2+, protein 2+.", "3 days", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(104), RespiratoryRate: fp(22), SpO2: fp(99), TemperatureC: fp(37.0), Consciousness: "alert"}, nil),
			casemodel.Lab{Name: "platelets", Value: 330, Unit: "x10^3/uL"}), "urgent", "-iga_vasculitis"},
		{"non-blanching spots with low platelets stay urgent", withLabs(in(7, "male", "en", "purple spots on the legs", "Well child, no fever.", "1 day", &casemodel.Vitals{HeartRate: fp(90), RespiratoryRate: fp(20), SpO2: fp(99), TemperatureC: fp(36.8), Consciousness: "alert"}, nil),
			casemodel.Lab{Name: "platelets", Value: 12, Unit: "x10^3/uL"}), "urgent|emergency", "-iga_vasculitis"},
		// self-harm in a teenager with a passive death wish
		{"teenager cutting her forearm", in(15, "female", "en", "cut her forearm with a blade at school", "Superficial cuts. Says sometimes I wish I just didn't wake up. No plan.", "2 hours", child, nil), "urgent", ""},
		{"an accidental kitchen-knife cut is no self-harm", in(26, "male", "en", "cut my forearm on a kitchen knife", "Accidental while cooking. Bleeding stopped with pressure, full movement.", "1 hour", v, nil), "non_urgent", "-self_harm_recent"},
		// codeine while breastfeeding
		{"co-codamol while breastfeeding", in(31, "female", "en", "asks whether her painkillers are fine while breastfeeding", "Day 6 after a caesarean, breastfeeding, baby feeding well.", "", v, []string{"co-codamol 30/500 two tablets four times daily"}), "non_urgent", "codeine_breastfeeding"},
		// pain in the thoracic back is no chest pain
		{"thoracic back pain with a normal neurological exam", in(66, "male", "pt-BR", "dor nas costas em faixa, pior deitado", "Dor torácica dorsal. Câncer de pulmão com metástases ósseas. Força e sensibilidade normais, sem alteração urinária.", "10 dias", v, nil), "non_urgent|urgent", "-chest_pain"},
	})
}

// Session 23, third round (held-out sets 327-329: dev-imitating; people
// with learning disabilities and autism; maternity triage and the early
// pregnancy unit). Invented cases.
func TestRound327Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(118), DiastolicBP: fp(72), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// cord prolapse told by a partner
		{"waters broke and a cord is hanging down", in(31, "female", "en", "waters broke and she can feel the cord hanging down between her legs", "38 weeks pregnant, breech.", "5 minutes", nil, nil), "emergency", "cord_prolapse"},
		// postpartum psychosis told in a husband's words
		{"a week after birth, talking fast, baby swapped", in(28, "female", "en", "not sleeping, talking really fast, says the baby isn't ours", "She had our daughter 6 days ago. Says the baby was swapped at the hospital.", "3 days", nil, nil), "emergency", "postpartum_psychosis"},
		// cervical myelopathy after a neck injury
		{"upgoing toes and wetting after a neck injury", in(16, "male", "en", "neck pain since a rugby tackle, walking unsteadily, wetting himself", "Brisk reflexes in both legs, upgoing toes, weak grip.", "2 days", v, nil), "emergency", "cervical_myelopathy_acute"},
		{"brisk reflexes in pre-eclampsia are not a myelopathy", in(32, "female", "en", "headache and swollen face", "36 weeks pregnant, BP high, reflexos vivos, no neck pain.", "1 day", &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(162), DiastolicBP: fp(108), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}, nil), "emergency", "-cervical_myelopathy_acute"},
		// epilepsy told as controlled: the seizures named are history
		{"annual epilepsy review, last seizure 8 months ago", in(40, "female", "en", "annual epilepsy care plan review and rescue medicine renewal", "Focal epilepsy; last seizure 8 months ago, no rescue medicine used this year.", "", nil, []string{"carbamazepine 400 mg twice daily"}), "routine", "-seizure"},
		{"a seizure today in known epilepsy is still graded", in(40, "female", "en", "had a seizure this morning, now back to normal", "Known epilepsy.", "3 hours", v, []string{"carbamazepine 400 mg twice daily"}), "non_urgent|urgent", ""},
		// levetiracetam and temper
		{"aggression after levetiracetam was started", in(19, "male", "en", "more irritable, throwing things since the new epilepsy tablet", "Levetiracetam added 5 weeks ago; seizures gone from weekly to none. No harm to anyone.", "4 weeks", nil, []string{"levetiracetam 500 mg twice daily"}), "non_urgent", "antiseizure_behavioural_effect"},
		// retention told by a carer
		{"dry pad since last night, swollen lower belly", in(60, "male", "pt-BR", "não faz xixi, inquieto", "Fralda seca desde ontem à noite. Abaixo do umbigo está estufado e duro.", "14 horas", v, nil), "urgent", "urinary_retention"},
		// an ectopic after methotrexate with light spotting
		{"spotting after methotrexate for an ectopic, pain-free", withLabs(in(30, "female", "en", "minimal spotting", "Day 4 after methotrexate for a small unruptured tubal ectopic. Pain-free, no dizziness.", "", v, nil),
			casemodel.Lab{Name: "hCG", Value: 1200, Unit: "IU/L"}), "non_urgent", "ectopic_methotrexate_followup"},
		// preterm labour at 32+1 in shorthand, with a mucus show
		{"contractions every 5 minutes at IG 32s1d", in(23, "female", "pt-BR", "contrações regulares, saiu um catarro com raias de sangue", "Gestante, IG 32s1d. Perda de tampão mucoso. Contrações a cada 5 minutos que não passam com repouso.", "4 horas", v, nil), "urgent", "preterm_labour"},
		// lactational mastitis with a fever stays non-urgent, as eight
		// earlier golds grade it (a rule that made it urgent was dropped)
		{"red hot breast with fever while breastfeeding", in(29, "female", "en", "painful hot red area on the right breast, shivery and achy", "Day 14 postnatal, breastfeeding.", "2 days", &casemodel.Vitals{HeartRate: fp(96), SystolicBP: fp(116), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.3), Consciousness: "alert"}, nil), "non_urgent", ""},
		// daily vomiting in pregnancy is not a "common discomfort"
		{"vomiting twice a day at 9 weeks", in(27, "female", "en", "nausea all day, vomiting twice a day, keeping fluids down", "9 weeks pregnant. Passing urine normally.", "2 weeks", nil, nil), "non_urgent", "-pregnancy_common_symptom"},
		// the husband wanting to try for a baby is still a routine visit
		{"me and my husband want to start trying for a baby", in(32, "female", "en", "me and my husband want to start trying for a baby, anything I should do?", "Healthy, no medicines.", "", nil, nil), "routine", ""},
		// lithium 1.3 with tremor and loose stools
		{"lithium 1.3 with a new tremor", withLabs(in(36, "female", "en", "shaky hands, loose stools", "Bipolar on lithium, taking ibuprofen for a week.", "2 days", v, []string{"lithium carbonate 800 mg nocte", "ibuprofen 400 mg three times daily"}),
			casemodel.Lab{Name: "lithium", Value: 1.3, Unit: "mmol/L"}), "urgent", "lithium_toxicity"},
		// common discomforts of pregnancy
		{"nausea at 8 weeks, eating and drinking", in(27, "female", "pt-BR", "enjoo de manhã, vomitei 2 vezes essa semana", "Estou de 8 semanas, consigo comer e beber água normal, fazendo xixi normal. Sem sangramento nem dor.", "2 semanas", nil, nil), "routine", "pregnancy_common_symptom"},
		{"painless irregular tightenings at 30 weeks", in(30, "female", "pt-BR", "barriga endurecendo algumas vezes por dia, sem dor", "To com 30 semanas. É irregular e passa quando eu deito. Bebê mexendo bem, sem perda de líquido.", "1 semana", nil, nil), "routine", "pregnancy_common_symptom"},
		{"nausea with nothing kept down is not this", in(27, "female", "en", "vomiting everything, can't keep fluids down", "9 weeks pregnant, dizzy on standing.", "3 days", v, nil), "urgent|non_urgent", "-pregnancy_common_symptom"},
		// anaemia in pregnancy
		{"Hb 9.2 at 28 weeks", withLabs(in(26, "female", "en", "tired all the time", "28 weeks pregnant, stopped her iron because of constipation. No breathlessness at rest.", "1 month", v, nil),
			casemodel.Lab{Name: "haemoglobin", Value: 9.2, Unit: "g/dL"}), "non_urgent", "anaemia_pregnancy"},
		// someone else's "no complaints" is no routine cue
		{"thrush in pregnancy, partner has no complaints", in(25, "female", "pt-BR", "coceira intensa e corrimento branco grumoso", "Gestante de 26 semanas. Parceiro sem queixas.", "5 dias", v, nil), "non_urgent", ""},
		// follow-up after last year's work-up
		{"follow-up after last year's chest pain work-up", in(55, "male", "en", "follow-up after chest pain work-up last year, no chest pain since", "Stress echo normal. Jogs three times a week.", "", v, []string{"atorvastatin 20 mg"}), "routine", ""},
	})
}

// Session 23, fourth round (held-out sets 330-332: dev-imitating;
// inclusion health; sexual health and HIV clinics). Invented cases.
func TestRound330Rules(t *testing.T) {
	in := caseInput
	v := &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(122), DiastolicBP: fp(76), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	checkRules(t, []ruleCase{
		// a syphilis serological scar is no new infection
		{"VDRL 1:2 called a serological scar at an HIV review", in(40, "male", "pt-BR", "sem queixas, veio renovar receita", "HIV em TARV, CV indetectável. Sífilis tratada em 2020, VDRL 1:2 (cicatriz sorológica).", "", v, []string{"dolutegravir 50 mg/dia"}), "routine", "-sti_positive"},
		{"treated syphilis in dementia is no neurosyphilis", in(91, "female", "en", "no new symptoms; query positive syphilis antibody", "Dementia, confusion at her baseline. Syphilis treated in 1960. Treponemal EIA reactive, RPR non-reactive.", "", v, nil), "routine", "-neurosyphilis"},
		// a rising titre in pregnancy is treated the same day
		// (a titre of 1:64 is no scar: treated within days, as three
		// earlier golds grade syphilis in pregnancy)
		{"VDRL 1:64 at 24 weeks after an earlier scar", in(23, "female", "pt-BR", "teste rápido de sífilis reagente no pré-natal", "Gestante 24 semanas. Sífilis tratada em 2021, VDRL 1:2 (cicatriz sorológica). Hoje VDRL 1:64.", "", v, nil), "non_urgent", "sti_positive"},
		// a withdrawal fit "years back" is history
		{"alcohol withdrawal with a fit years back", in(48, "male", "en", "shaky, sweating, wants to stop drinking", "Last drink 12 hours ago. Says he had a fit when he stopped once, years back. Oriented, no hallucinations.", "12 hours", &casemodel.Vitals{HeartRate: fp(106), SystolicBP: fp(148), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(37.2), Consciousness: "alert"}, nil), "urgent", "-alcohol_withdrawal_severe"},
		// a hot swollen knee with fever, told in Portuguese
		{"joelho com derrame e calor, febre", in(24, "female", "pt-BR", "joelho direito inchado e muito dolorido, febre", "Joelho D com derrame, calor e dor à mobilização.", "2 dias", &casemodel.Vitals{HeartRate: fp(100), SystolicBP: fp(118), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(38.4), Consciousness: "alert"}, nil), "urgent|emergency", ""},
		// mild neutropenia on an antibiotic course, well and afebrile
		{"neutrophils 1.2 at weekly OPAT bloods", withLabs(in(69, "male", "en", "feels well; weekly OPAT blood tests", "Week 4 of IV ceftriaxone for osteomyelitis. Afebrile.", "", v, nil),
			casemodel.Lab{Name: "neutrophils", Value: 1.2, Unit: "x10^9/L"}), "non_urgent", "neutropenia_mild"},
		// a bilious vomit told as "the last one was green"
		{"infant vomiting, the last one green", in(0, "male", "pt-BR", "caroço na virilha que não volta, choro sem parar", "Lactente de 8 meses. Vomitou 4 vezes, a última esverdeada.", "8 horas", &casemodel.Vitals{HeartRate: fp(160), RespiratoryRate: fp(40), TemperatureC: fp(37.6), Consciousness: "alert"}, nil), "emergency", ""},
		// presumptive TB with "raia de sangue"
		{"two months of cough with a streak of blood", in(36, "male", "pt-BR", "tosse há uns 2 meses, às vezes com raia de sangue, suor à noite, emagreceu", "Mora na rua.", "2 meses", v, nil), "urgent", "presumptive_tb"},
	})
}

// withLabs adds structured lab results to a case input.
func withLabs(x casemodel.Input, l ...casemodel.Lab) casemodel.Input {
	x.Labs = l
	return x
}
