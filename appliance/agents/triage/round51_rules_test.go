package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound51Rules pins the heldout51 fixes: palpitations told in
// Portuguese lay words ("coração falhando umas batidas", "pulo no peito")
// are a complaint, so "sem sintomas ao esforço" does not make the visit
// routine; a follow-up "feeling well" is routine.
func TestRound51Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(76), SystolicBP: fp(118), DiastolicBP: fp(74), RespiratoryRate: fp(14), SpO2: fp(99), TemperatureC: fp(36.5), Consciousness: "alert"}
	}
	in := func(lang, sex string, age int, sym, dur, notes string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: normal()}
	}
	cases := []ruleCase{
		{"pt palpitations lay", in("pt-BR", "female", 29, "coração falhando umas batidas, um pulo no peito de vez em quando", "4 dias", "Muito café. Sem sintomas ao esforço, sem desmaio. ECG normal."), "non_urgent", ""},
		{"en follow-up feeling well", in("en", "male", 58, "follow-up for blood pressure and mood, feeling well", "", "Home readings 128/80. PHQ-9 3."), "routine", ""},
	}
	checkRules(t, cases)
}
