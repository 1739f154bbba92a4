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
	labs := func(x casemodel.Input, l ...casemodel.Lab) casemodel.Input { x.Labs = l; return x }
	checkRules(t, []ruleCase{
		// neutrophils written per mm³ with the superscript are read as
		// x10^9/L: fever with 300/mm³ on clozapine is neutropenic sepsis
		{"neutrophils per mm³ with fever", labs(in(38, "female", "pt-BR", "febre e dor de garganta", "Em uso de clozapina.", "1 dia", &casemodel.Vitals{HeartRate: fp(104), SystolicBP: fp(116), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(38.6), Consciousness: "alert"}, []string{"clozapina 200 mg/dia"}),
			casemodel.Lab{Name: "neutrófilos", Value: 300, Unit: "/mm³"}), "emergency", "neutropenic_fever"},
		{"neutrophils per mm³ normal", labs(in(38, "female", "pt-BR", "controle de hemograma", "Em uso de clozapina, sem queixas.", "", v, []string{"clozapina 200 mg/dia"}),
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
