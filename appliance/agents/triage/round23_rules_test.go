package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound23Rules pins the heldout23 fixes: acute angle-closure glaucoma in
// plain words; a hot swollen joint written with the pain between; a
// suppressed TSH; unexplained weight loss is no long-standing routine issue;
// "kidney clinic follow-up, feels well" is routine; a hypoglycaemia the
// paramedics corrected is graded by the current glucose; COPD saturation at
// its usual 88-92% is no emergency for the emergency physician either.
func TestRound23Rules(t *testing.T) {
	v := func(hr, sbp, rr, spo2 float64, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(80), RespiratoryRate: fp(rr), SpO2: fp(spo2), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, dur, notes string, vit *casemodel.Vitals, labs ...casemodel.Lab) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, SymptomDuration: dur, ClinicalNotes: notes, Vitals: vit, Labs: labs}
	}
	checkRules(t, []ruleCase{
		{"en angle closure in plain words", in("en", 67, "very painful red right eye, blurred vision with rainbow halos around lights, vomiting", "3 hours", "Right pupil mid-dilated and unreactive, cornea hazy.", v(92, 158, 16, 98, 36.8)), "emergency", "acute_angle_closure"},
		{"pt glaucoma agudo", in("pt-BR", 70, "olho vermelho com dor forte e visão embaçada, halos coloridos ao redor das luzes", "2 horas", "Pupila semi-dilatada, fixa. Olho duro como pedra.", v(88, 150, 16, 98, 36.6)), "emergency", "acute_angle_closure"},
		{"en hot swollen painful knee with fever", in("en", 67, "hot, swollen, very painful right knee, can't put weight on it, feverish", "2 days", "Steroid injection into the knee 10 days ago.", v(102, 134, 18, 97, 38.4)), "urgent", ""},
		{"en suppressed TSH with weight loss", in("en", 33, "heart pounding, weight loss, shaky hands", "2 months", "Goitre with bruit. No fever, no confusion.", v(98, 132, 16, 99, 37.1), casemodel.Lab{Name: "TSH", Value: 0.01, Unit: "mIU/L"}), "non_urgent", "tsh_suppressed"},
		{"en kidney clinic follow-up", in("en", 72, "kidney clinic follow-up, feels well", "", "CKD G4, stable over 12 months.", v(68, 134, 14, 97, 36.5)), "routine", ""},
		{"en corrected sulfonylurea hypo", in("en", 81, "found sweaty and muddled by his carer, better after a sugary drink", "2 hours", "On gliclazide; paramedics gave glucose gel; now alert and eating.", v(88, 146, 16, 97, 36.4),
			casemodel.Lab{Name: "capillary glucose (paramedic)", Value: 2.4, Unit: "mmol/L"}, casemodel.Lab{Name: "capillary glucose (now)", Value: 6.2, Unit: "mmol/L"}, casemodel.Lab{Name: "creatinine", Value: 1.9, Unit: "mg/dL"}), "urgent", ""},
	})
}
