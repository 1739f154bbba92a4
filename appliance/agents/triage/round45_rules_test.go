package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound45Rules pins the heldout45 fixes: alcohol withdrawal without
// delirium ("nunca teve delirium tremens") is urgent; a near-faint on
// standing with a normal pressure is no syncope; a focal deficit told as
// all gone with a normal examination is a TIA (NICE NG128); a faint at a
// needle with a typical prodrome, a normal ECG and no high-risk feature is
// low-risk reflex syncope (ESC 2018) unless a family history of sudden
// death or an older age makes it high-risk; a result clearly outside its
// reference range is acted on within days even at a results visit.
func TestRound45Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(15), SpO2: fp(98), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, notes string, v *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Labs: labs}
	}
	vasovagal := "Went hot and sick, vision went grey, then slumped; out for about 10 seconds and alert straight away. No palpitations, no chest pain, not exercising. ECG: sinus rhythm, normal intervals."
	withdrawal := &casemodel.Vitals{HeartRate: fp(106), SystolicBP: fp(148), DiastolicBP: fp(92), RespiratoryRate: fp(18), SpO2: fp(97), TemperatureC: fp(37.4), Consciousness: "alert"}
	cases := []ruleCase{
		{"pt withdrawal no DTs", in("pt-BR", "male", 47, "tremor nas mãos, suando muito, enjoo", "Bebe 10 latas de cerveja por dia e parou há 2 dias. CIWA-Ar 16. Orientado, sem alucinações. Nunca teve delirium tremens nem convulsão.", withdrawal), "urgent", "alcohol_withdrawal"},
		{"en near-faint normal BP", in("en", "female", 36, "lightheaded when I get up quickly, nearly passed out yesterday", "Drinking less than usual this week. No chest pain or palpitations.", normal()), "non_urgent", ""},
		{"en TIA all gone", in("en", "male", 71, "my left arm went numb and heavy and my speech was slurred for half an hour, it is all gone now", "Neuro exam now normal. Hypertensive.", normal()), "urgent", "tia_resolved"},
		{"pt TIA exam normal", in("pt-BR", "female", 66, "boca ficou torta e o braço direito fraco por 20 minutos, já passou tudo", "Exame neurológico agora normal. Diabética.", normal()), "urgent", "tia_resolved"},
		{"en vasovagal needle", in("en", "female", 23, "fainted while having a blood test", vasovagal, normal()), "non_urgent", "syncope_vasovagal"},
		{"en vasovagal family sudden death", in("en", "female", 23, "fainted while having a blood test", vasovagal+" Her brother died suddenly at 28.", normal()), "urgent", ""},
		{"en vasovagal over 50", in("en", "female", 63, "fainted while having a blood test", vasovagal, normal()), "urgent", ""},
		{"en results visit hyperkalaemia", in("en", "male", 70, "here to go over my blood results, I feel fine", "On ramipril and spironolactone for heart failure.", normal(),
			casemodel.Lab{Name: "potassium", Value: 5.8, Unit: "mmol/L"}), "non_urgent", "lab_abnormal"},
		{"pt results visit hyponatraemia", in("pt-BR", "female", 77, "veio mostrar os exames, sem queixas", "Iniciou sertralina há 1 mês.", normal(),
			casemodel.Lab{Name: "sódio", Value: 126, Unit: "mmol/L"}), "non_urgent", "lab_abnormal"},
		{"en results visit mild", in("en", "male", 70, "here to go over my blood results, I feel fine", "Known CKD stage 3.", normal(),
			casemodel.Lab{Name: "potassium", Value: 5.2, Unit: "mmol/L"}, casemodel.Lab{Name: "creatinine", Value: 1.6, Unit: "mg/dL"}), "routine", ""},
	}
	checkRules(t, cases)
}
