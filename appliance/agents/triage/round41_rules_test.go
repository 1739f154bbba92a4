package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound41Rules pins the heldout41 fixes: sudden painless loss of sight
// in one eye told in lay words is an emergency; flashes with a shower of
// floaters are a retinal detachment to see the same day; an older patient
// who falls or slurs after a new sedating or interacting combination is
// seen the same day, not called a stroke when nothing is one-sided.
func TestRound41Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(78), SystolicBP: fp(132), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"en CRAO lay", in("en", 74, "lost the sight in my left eye all of a sudden an hour ago, can only tell light from dark", "No pain, eye not red.", normal()), "emergency", "sudden_vision_loss"},
		{"pt CRAO lay", in("pt-BR", 70, "de repente parou de enxergar do olho direito hoje cedo", "Sem dor. Hipertensa.", normal()), "emergency", "sudden_vision_loss"},
		{"en retinal detachment", in("en", 55, "flashing lights and a sudden shower of floaters in the right eye since this morning", "Short-sighted. No pain.", normal()), "urgent", "retinal_detachment"},
		{"pt retinal detachment", in("pt-BR", 61, "vendo clarões e muitas moscas volantes no olho esquerdo desde ontem", "Miopia alta.", normal()), "urgent", "retinal_detachment"},
		{"pt opioid benzo sedation", in("pt-BR", 81, "muito sonolenta, fala meio enrolada, tropeçou em casa", "Há 4 dias o médico passou codeína e clonazepam. Acorda fácil, orientada. Pupilas mióticas.", normal(),
			"paracetamol + codeína 500/30 mg 6/6h", "clonazepam 2,5 mg/mL 10 gotas à noite"), "urgent", "sedative_toxicity"},
		{"en interaction falls", in("en", 83, "so dozy, falls asleep in the chair, nearly went over twice when standing", "GP gave her ciprofloxacin 3 days ago; she also takes tizanidine. Oriented.", normal(),
			"ciprofloxacin 500 mg twice daily", "tizanidine 4 mg three times daily"), "urgent", "interaction_symptomatic"},
	}
	checkRules(t, cases)
}

// TestRound44Rules: dizziness on standing makes a contraindicated
// combination a reaction under way only with a low pressure, a slow pulse
// or a fall.
func TestRound44Rules(t *testing.T) {
	in := func(sbp, hr float64, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(58), Sex: "female"}, Language: "en",
			Symptoms: "burning when I pee; very drowsy and dizzy when I stand up", ClinicalNotes: "Takes tizanidine; ciprofloxacin started 2 days ago. " + notes,
			Vitals:      &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(60), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"},
			Medications: []string{"tizanidine 4 mg three times daily", "ciprofloxacin 500 mg twice daily"}}
	}
	checkRules(t, []ruleCase{
		{"low pressure", in(94, 56, "Nearly fell getting out of bed."), "urgent", "interaction_symptomatic"},
		{"normal pressure", in(118, 72, "No falls."), "non_urgent", ""},
	})
}
