package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound28Rules pins the heldout28 fixes: "pain in left ball" with
// vomiting is torsion; ataxia and diplopia after clarithromycin on
// carbamazepine make the interaction symptomatic; "penicillin anaphylaxis"
// is an allergy record; "quero ajuda para emagrecer" is routine;
// leptospirosis after a flood, graded by the Ministry of Health's signs.
func TestRound28Rules(t *testing.T) {
	v := func(hr, temp float64) *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(hr), SystolicBP: fp(120), DiastolicBP: fp(76), RespiratoryRate: fp(18), SpO2: fp(98), TemperatureC: fp(temp), Consciousness: "alert"}
	}
	in := func(lang string, age int, sex, sym, notes string, vit *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: vit, Medications: meds}
	}
	mastitis := in("en", 31, "female", "left breast red, sore and hot, breastfeeding my 6 week old", "Wedge of erythema, no mass. Well. Penicillin anaphylaxis, so GP started erythromycin.", v(88, 37.9), "erythromycin 500 mg qds")
	mastitis.SymptomDuration = "2 days"
	// with no duration field, "my 6 week old" is the baby's age, not how
	// long the breast has been sore
	mastitisNoDur := in("en", 31, "female", "left breast red, sore and hot since yesterday, breastfeeding my 6 week old", "Wedge of erythema, no mass. Well.", v(88, 37.9))
	checkRules(t, []ruleCase{
		{"en torsion in lay words", in("en", 14, "male", "sudden bad pain in left ball woke him up, threw up twice, it's swollen, hard and higher", "", v(108, 36.9)), "emergency", ""},
		{"en carbamazepine toxicity", in("en", 38, "male", "dizzy, seeing double, walking like I'm drunk", "Clarithromycin started 4 days ago. Horizontal nystagmus, wide-based gait.", v(88, 36.7), "carbamazepine 400 mg bid", "clarithromycin 500 mg bid"), "urgent", "interaction_symptomatic"},
		{"en mastitis with penicillin anaphylaxis on record", mastitis, "non_urgent", ""},
		{"en an age is no duration", mastitisNoDur, "non_urgent", ""},
		{"pt weight management", in("pt-BR", 39, "female", "quero ajuda para emagrecer, IMC 32, sem outras queixas", "", nil), "routine", ""},
		{"pt leptospirosis", in("pt-BR", 29, "male", "febre, dor na batata da perna, olhos vermelhos", "Limpou casa após enchente há 12 dias. Sufusão conjuntival bilateral, panturrilhas dolorosas. Sem icterícia.", v(104, 38.7)), "urgent", "leptospirosis"},
		{"pt leptospirosis with jaundice", in("pt-BR", 38, "male", "depois da enchente deu febre alta, dor nas batatas das pernas, agora tô amarelo", "Icterícia 2+/4, sufusão conjuntival. Sem hemoptise, sem dispneia.", v(98, 38.1)), "urgent", "leptospirosis_weil"},
	})
}
