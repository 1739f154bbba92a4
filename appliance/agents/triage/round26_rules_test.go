package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound26Rules pins the heldout26 fixes: a GCS of 14 given as the
// patient's usual one; a COPD saturation at its documented baseline; an
// infant's age in weeks and a temperature with words before its value;
// bronchiolitis after "a cold" with saturations of 90-91% (NICE NG9 2021);
// a brief knock-out in a tackle with one vomit; slipped capital femoral
// epiphysis; asymptomatic BP of 180/110 or more; a nosebleed that stopped
// on warfarin with an INR in range; a baseline creatinine in µmol/L.
func TestRound26Rules(t *testing.T) {
	v := func(hr, sbp, rr, spo2, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(80), RespiratoryRate: fp(rr), SpO2: fp(spo2), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, vit *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: vit, Medications: meds}
	}
	dementia := in("en", 84, "burning when passing urine, going more often", "Care home: her usual self - Alzheimer's dementia (usual GCS 14). No fever, no loin pain.", v(78, 136, 16, 96, 36.9))
	g := 14
	dementia.Vitals.GCS = &g
	copd := in("pt-BR", 69, "mais falta de ar que o habitual, catarro amarelo-esverdeado", "DPOC. SatO2 habitual 88% em ar ambiente. Fala frases completas.", v(98, 132, 22, 87, 37.8))
	neonate := casemodel.Input{Patient: &casemodel.Patient{Age: i(0), Sex: "female"}, Language: "en", Symptoms: "she feels hot, fussy, not finishing her bottles",
		ClinicalNotes: "She's only 3 weeks old. Axillary temperature at triage 100.9 F. Pink, no rash.", Vitals: &casemodel.Vitals{HeartRate: fp(176), RespiratoryRate: fp(48), SpO2: fp(98)}}
	bronch := casemodel.Input{Patient: &casemodel.Patient{Age: i(0), Sex: "female"}, Language: "en", Symptoms: "she's had a cold for three days and now she's breathing fast, taking half her feeds",
		ClinicalNotes: "5 months old. Nasal flaring, mild subcostal recession, crackles and wheeze. No grunting, no pauses, not blue.", Vitals: &casemodel.Vitals{HeartRate: fp(158), RespiratoryRate: fp(56), SpO2: fp(91), TemperatureC: fp(37.8), Consciousness: "alert"}}
	aki := in("en", 82, "gone off his legs, not eating much", "Loose stools for 3 days, kept taking his tablets. Baseline creatinine 96 umol/L in March.", v(96, 104, 18, 96, 36.9), "ramipril 10 mg", "furosemide 40 mg")
	aki.Labs = []casemodel.Lab{{Name: "creatinine", Value: 214, Unit: "µmol/L"}}
	bp := in("pt-BR", 58, "veio medir a pressão, sem queixas", "Sem losartana há 2 semanas. PA 182x104. Nega cefaleia, dor torácica, falta de ar ou alteração visual.", nil)
	nose := in("en", 79, "nosebleed this morning, stopped after pinching my nose for 10 minutes", "AF on warfarin. Anterior bleed, now stopped.", v(74, 146, 16, 97, 36.6), "warfarin 4 mg daily")
	nose.Labs = []casemodel.Lab{{Name: "INR", Value: 2.7}}
	checkRules(t, []ruleCase{
		{"en usual GCS 14", dementia, "non_urgent", ""},
		{"pt COPD at baseline saturation", copd, "urgent", ""},
		{"en 3-week-old with 100.9 F", neonate, "emergency", "infant_fever"},
		{"en bronchiolitis SpO2 91 at 5 months", bronch, "urgent", "bronchiolitis_ng9"},
		{"en knocked out in a tackle, one vomit", in("en", 15, "he got knocked out for a few seconds in a rugby tackle, threw up once, now has a headache", "One vomit only. GCS 15, normal neuro exam.", v(84, 124, 16, 99, 36.7)), "urgent", "head_injury_loc"},
		{"en SCFE", in("en", 12, "limping for a few weeks, left knee hurts after football", "Internal rotation of the left hip markedly reduced and painful; the thigh rolls into external rotation when the hip is flexed.", nil), "urgent", "scfe"},
		{"pt asymptomatic BP 182/104", bp, "non_urgent", "severe_hypertension_asymptomatic"},
		{"en nosebleed stopped on warfarin", nose, "non_urgent", "minor_bleed_stopped_anticoagulant"},
		{"en AKI against a baseline in umol/L", aki, "urgent", ""},
	})
}
