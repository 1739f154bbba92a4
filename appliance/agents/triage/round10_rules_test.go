package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound10Rules pins the heldout10 fixes: infants under two with wheeze
// are not scored by the BTS asthma thresholds; a severe or renally impaired
// hypoglycaemia on a sulfonylurea is urgent, a self-treated one reviewed
// within days; rhabdomyolysis by name, dark urine or CK is urgent; a
// bladder scan of retention with back pain and perianal numbness is cauda
// equina; BPPV is not a testicular emergency.
func TestRound10Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(126), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	now := normal()
	now.GlucoseMgDl = fp(110)
	infant := &casemodel.Vitals{HeartRate: fp(165), RespiratoryRate: fp(56), SpO2: fp(94), TemperatureC: fp(37.8), Consciousness: "alert"}
	ckLab := func(v float64) casemodel.Input {
		c := in("en", 55, "sore muscles after a marathon", "Legs aching.", normal())
		c.Labs = []casemodel.Lab{{Name: "CK", Value: v, Unit: "U/L"}}
		return c
	}
	cases := []ruleCase{
		{"pt infant bronchiolitis, mild recession", in("pt-BR", 0, "lactente com tosse, chiado e cansaço para mamar", "Tiragem subcostal leve. Aceita metade das mamadas.", infant), "urgent", ""},
		{"pt infant grunting", in("pt-BR", 0, "lactente com chiado", "Gemência e tiragem importante.", infant), "emergency", ""},
		{"pt severe hypo on glibenclamide with CKD", in("pt-BR", 81, "encontrado suado e confuso ao acordar, melhorou com açúcar", "HGT de 38 mg/dL pelo SAMU. DRC estágio 3b.", now, "glibenclamida 10 mg"), "urgent", "hypoglycaemia_sulfonylurea"},
		{"pt self-treated hypo on glibenclamide", in("pt-BR", 71, "hipoglicemia pela manhã, já resolvida", "Glicemia capilar de 52 mg/dL, tomou suco e melhorou.", now, "glibenclamida 5 mg"), "non_urgent", "hypoglycaemia_recent"},
		{"en cola-coloured urine on a statin", in("en", 69, "aching weak thighs, dark cola-coloured urine", "Started clarithromycin on simvastatin.", normal()), "urgent", "rhabdomyolysis"},
		{"en CK 14500", ckLab(14500), "urgent", "rhabdomyolysis"},
		{"en CK 600 after exercise", ckLab(600), "non_urgent|routine", ""},
		{"en cauda equina by bladder scan", in("en", 41, "low back pain down both legs, numb between the legs", "Bladder scan 850 mL. Reduced perianal sensation.", normal()), "emergency", "cauda_equina"},
		{"en BPPV", in("en", 61, "room spinning for seconds when turning in bed", "Dix-Hallpike: torsional nystagmus, fatiguing. No weakness, no slurred speech.", normal()), "non_urgent", ""},
	}
	checkRules(t, cases)
}
