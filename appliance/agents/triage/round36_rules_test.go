package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound36Rules pins the heldout36 fixes: Lonomia caterpillar
// envenomation with bleeding is an emergency; an exposure inside the PEP
// window, optic neuritis, a seizure cluster, benzodiazepine withdrawal, a
// hot swollen joint said plainly and a perianal abscess are urgent; "teve
// crise de asma" is no seizure and a drug on the allergy list named in the
// notes is no current medicine.
func TestRound36Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(124), DiastolicBP: fp(78), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.8), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"pt lonomia", in("pt-BR", 42, "sangramento na gengiva, urina com sangue, manchas roxas depois de encostar numa lagarta", "Encostou em taturanas. Sangue incoagulável.", normal()), "emergency", "envenomation"},
		{"en pep", in("en", 29, "condom broke last night, partner says he has HIV and stopped his medicines, I want the preventive pills", "", nil), "urgent", "pep_window"},
		{"en optic neuritis", in("en", 29, "blurry left eye, hurts to move it, colours look washed out", "Acuity 6/24 left. Left RAPD.", normal()), "urgent", "optic_neuritis"},
		{"en seizure cluster", in("en", 47, "two seizures today, back to normal now", "Epilepsy on valproate.", normal(), "valproate 750 mg twice daily"), "urgent", "seizure_cluster"},
		{"en benzodiazepine withdrawal", in("en", 52, "shaking, can't sleep, heart pounding, sweating", "Alprazolam for 4 years, stopped abruptly 3 days ago.", normal()), "urgent", ""},
		{"en perianal abscess", in("en", 34, "painful lump next to my bottom, can't sit", "Tender fluctuant 3 cm perianal swelling.", normal()), "urgent", "perianal_abscess"},
	}
	checkRules(t, cases)
	// "teve crise de asma grave com AAS" with AAS on the allergy list
	c := in("pt-BR", 31, "dor no punho perto do polegar", "Puérpera de 2 meses. Teve crise de asma grave com AAS.", normal(), "piroxicam 20 mg/dia")
	c.Allergies = []string{"AAS"}
	cases = []ruleCase{{"pt asthma crisis is no seizure", c, "non_urgent|routine", ""}}
	checkRules(t, cases)
}
