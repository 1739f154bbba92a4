package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound24Rules pins the heldout24 fixes: ST elevation written "2 mm STE
// II, III, aVF"; a contraindicated pair with a standing BP under 90 is
// symptomatic; an allergy's past reaction ("alergia a dipirona (urticária e
// falta de ar)") is history; "Denies CP, SOB, hypos" negates the whole list;
// a mole had "as long as she can remember" and a "3-monthly check" are
// routine; orbital cellulitis in plain Portuguese is urgent.
func TestRound24Rules(t *testing.T) {
	v := func(hr, sbp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(sbp), DiastolicBP: fp(70), RespiratoryRate: fp(16), SpO2: fp(97), TemperatureC: fp(36.6), Consciousness: "alert"}
	}
	in := func(lang string, age int, sym, notes string, vit *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "male"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: vit, Medications: meds}
	}
	dengue := in("pt-BR", 42, "febre alta, dor atrás dos olhos, manchinhas vermelhas", "NS1 reagente. Sem sinais de alarme. Alergia a dipirona (urticária e falta de ar). A esposa deu Novalgina ontem.", v(92, 122), "Novalgina gotas", "paracetamol 750 mg")
	dengue.Vitals.TemperatureC = fp(38.3)
	orbit := in("pt-BR", 6, "o olho esquerdo inchou, ficou vermelho e estufado pra fora, dói quando mexe o olho, tá com febre", "Proptose leve, quemose.", v(110, 100))
	orbit.Vitals.TemperatureC = fp(38.5)
	checkRules(t, []ruleCase{
		{"en STE in leads", in("en", 67, "indigestion that won't go away, aching jaw, sweaty", "Denies chest pain. ECG: 2 mm STE II, III, aVF with reciprocal STD I, aVL.", v(54, 102)), "emergency", ""},
		{"en cipro tizanidine orthostatic", in("en", 52, "really dizzy when I stand up, so sleepy", "Urgent care started ciprofloxacin 2 days ago. Standing BP 86/54 with lightheadedness.", v(54, 104), "tizanidine 4 mg tid", "ciprofloxacin 500 mg bid"), "urgent", "interaction_symptomatic"},
		{"pt allergy history is no anaphylaxis", dengue, "non_urgent", ""},
		{"en denies list", in("en", 63, "here for my 3-monthly check and refills, feeling fine", "HTN, T2DM. Denies CP, SOB, hypos. Feet OK.", v(70, 132)), "routine", ""},
		{"en old mole", in("en", 45, "my husband wants me to get a mole on my back checked", "Has had it as long as she can remember; identical on photos from 5 years ago.", nil), "routine", ""},
		{"pt orbital cellulitis", orbit, "urgent", "orbital_cellulitis"},
	})
}
