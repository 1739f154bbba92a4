package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound29Rules pins the heldout29 fixes: a ripping pain "straight
// thru to my back" with a pulse deficit is a dissection; Bell's palsy (the
// forehead involved, nothing else) is no stroke; decompensated heart
// failure off its diuretic; a painful sickle cell crisis; a reaction with a
// year after it is history; "feel fine" and prescription renewals are
// routine.
func TestRound29Rules(t *testing.T) {
	v := func(hr, sbp, rr, spo2 float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(80), RespiratoryRate: fp(rr), SpO2: fp(spo2), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, dur, notes string, vit *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: vit, Medications: meds}
	}
	checkRules(t, []ruleCase{
		{"en dissection in lay words", in("en", 64, "sudden ripping pain went straight thru to my back, clammy", "1 hour", "Weak L radial pulse.", v(112, 196, 24, 95)), "emergency", "aortic_dissection"},
		{"en Bell's palsy", in("en", 38, "woke up and right side of my face has dropped, cant shut my eye", "1 day", "R LMN facial weakness incl forehead. No limb weakness, speech or visual disturbance.", v(74, 126, 14, 98)), "non_urgent", "bells_palsy"},
		{"en heart failure off furosemide", in("en", 79, "cant lie flat, ankles like balloons, puffed out going to the loo", "1 week", "HFrEF EF 35%. Wt +4 kg in 10 d. Ran out of furosemide 2 wks ago.", v(96, 138, 22, 94), "bisoprolol 5 mg", "furosemide 40 mg (ran out)"), "urgent", "hf_decompensated"},
		{"pt sickle crisis", in("pt-BR", 22, "crise de dor nas costas e pernas, o remédio de casa não segurou", "12 horas", "Anemia falciforme (HbSS). Sem dor torácica, dispneia, febre ou priapismo.", v(104, 128, 18, 97)), "urgent", "sickle_crisis"},
		{"en past angioedema with a year", in("en", 22, "really bad period cramps, took some ibuprofen", "1 day", "Diclofenac -> facial angioedema 2021. No reaction yet.", v(84, 112, 14, 99), "ibuprofen 400 mg"), "non_urgent", ""},
		{"en borderline sugar letter", in("en", 46, "got a letter saying my sugar was borderline, feel fine", "", "", nil), "routine", ""},
		{"pt renewal", in("pt-BR", 27, "quer renovar a pílula e os remédios da epilepsia", "", "Sem crises há 2 anos.", nil), "routine|non_urgent", ""},
	})
}
