package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound25Rules pins the heldout25 fixes: necrotising infection written
// as pain "way worse than it looks" with woody swelling and a dusky patch;
// epiglottitis as "can't swallow my own spit", a muffled voice and a
// tripod posture, but a quinsy with trismus stays urgent; a long denial
// list ("Nega dor no peito ao esforço, desmaios, palpitações ou falta de
// ar") negates every item; a follow-up visit is routine.
func TestRound25Rules(t *testing.T) {
	v := func(hr, sbp, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(70), RespiratoryRate: fp(20), SpO2: fp(97), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, vit *casemodel.Vitals) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: vit}
	}
	checkRules(t, []ruleCase{
		{"en necrotising in plain words", in("en", 58, "cut my shin on a fence, now the leg hurts like crazy, way worse than it looks", "Tense, woody swelling extends well beyond the redness; a dusky violaceous patch with a blister.", v(112, 116, 37.9)), "emergency", "necrotizing"},
		{"en epiglottitis", in("en", 45, "really bad sore throat, can't swallow anything, not even my own spit, voice sounds muffled", "Sitting bolt upright leaning forward. Pharynx only mildly red. Soft inspiratory noise.", v(114, 134, 38.7)), "emergency", "epiglottitis"},
		{"en quinsy stays urgent", in("en", 25, "very sore throat on one side, can't swallow my spit, muffled voice", "Trismus, uvula deviated to the left, peritonsillar bulge.", v(104, 128, 38.4)), "urgent", "deep_neck_infection"},
		{"pt fitness certificate with long denial", in("pt-BR", 33, "preciso de um atestado pra liberar a academia", "Sem queixas. Nega dor no peito ao esforço, desmaios, palpitações ou falta de ar.", v(66, 122, 36.4)), "routine", ""},
		{"en follow-up visit", in("en", 54, "follow-up visit, hot flushes much better", "No breast lumps, bone pain or vaginal bleeding.", v(74, 124, 36.6)), "routine", ""},
	})
}
