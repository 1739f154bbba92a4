package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound33Rules pins the heldout33 fixes: cauda equina told in lay
// words and a suicide plan with lethal means (no word "suicide") are
// emergencies; a historical allergy reaction or anaphylaxis "last summer"
// is no current anaphylaxis; bilateral "can't lift my arms" is no focal
// deficit; microbial keratitis, a febrile or growing abscess and a whole
// swollen leg are urgent; a harmless bleed on an anticoagulant is not.
func TestRound33Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	febrile := normal()
	febrile.TemperatureC = fp(38.3)
	cases := []ruleCase{
		{"en cauda equina lay words", in("en", 52, "back pain since lifting a fridge, when I wipe my bottom it feels numb, I have to strain to get my wee started", "Bladder scan after voiding: 350 mL.", normal()), "emergency", "cauda_equina"},
		{"pt suicide means", in("pt-BR", 58, "vim medir a pressão; contou que comprou chumbinho e guardou no galpão para tomar no fim de semana", "PHQ-9 de 22, item 9 = 3. Já escreveu cartas para os filhos.", normal()), "emergency", "suicide_high_risk"},
		{"en past anaphylaxis", in("en", 38, "need new EpiPens because mine expired", "Anaphylaxis to a wasp sting last summer, no reactions since. Well today.", normal()), "routine|non_urgent", ""},
		{"en allergy history in brackets", in("en", 30, "lump in my breast getting bigger despite antibiotics, fever", "Penicillin allergy (hives and wheeze with amoxicillin, 2019). Fluctuant 4 cm mass.", febrile), "urgent", "abscess_drainage"},
		{"en both arms stiff", in("en", 69, "both shoulders and hips stiff, can't lift my arms to hang the washing", "Full passive movement, power normal.", normal()), "non_urgent|routine", ""},
		{"en keratitis", in("en", 23, "left eye red and really painful, light hurts it, blurry", "Monthly contact lenses, sometimes sleeps in them. White corneal infiltrate.", normal()), "urgent", "microbial_keratitis"},
		{"en subconjunctival on warfarin", in("en", 71, "white of my right eye has gone solid red after straining, no pain, no blurring", "AF on warfarin, INR 2.6. Subconjunctival haemorrhage, acuity 6/6.", normal(), "warfarin 5 mg daily"), "non_urgent", "minor_bleed_anticoagulant"},
	}
	checkRules(t, cases)
}
