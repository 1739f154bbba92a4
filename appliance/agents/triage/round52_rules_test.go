package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound52Rules pins the heldout52 fixes: daytime sleepiness (a sleep
// complaint) and "a little drowsy" in a patient talking to the clinician
// are no reduced consciousness; a facial palsy "incluindo a testa" is a
// lower motor neuron (Bell's) palsy, not a stroke.
func TestRound52Rules(t *testing.T) {
	in := func(lang, sex string, age int, sym, dur, notes string, v *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: v}
	}
	bp := &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(128), DiastolicBP: fp(80), TemperatureC: fp(36.6)}
	cases := []ruleCase{
		{"pt daytime sleepiness", in("pt-BR", "male", 52, "ronca alto e tem sonolência durante o dia", "2 anos", "Esposa viu pausas na respiração. Epworth 14. Não dirige profissionalmente.", nil), "routine", ""},
		{"pt bell palsy forehead", in("pt-BR", "female", 38, "boca torta para a direita e não fecha o olho esquerdo", "1 dia", "Fraqueza de toda a hemiface esquerda, incluindo a testa. Braços e pernas normais, fala normal.", bp), "non_urgent", "bells_palsy"},
	}
	checkRules(t, cases)
}
