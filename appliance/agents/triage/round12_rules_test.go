package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound12Rules pins the heldout12 fixes: back pain with a sensory
// level, or with fever and retention, is a spinal emergency, with fever
// alone urgent; pain out of proportion, or sudden in AF, is mesenteric
// ischaemia; a hot joint with fever or immunosuppression is septic
// arthritis; a resolved TIA written in Portuguese; zoster with Hutchinson's
// sign; new AF found at a pharmacy is reviewed within days; dark stools on
// iron with a negative occult blood test are not melaena; "coughing fits"
// are no seizure; mild bronchiolitis is not asthma.
func TestRound12Rules(t *testing.T) {
	normal := func() *casemodel.Vitals {
		return &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(128), DiastolicBP: fp(80), RespiratoryRate: fp(16), SpO2: fp(98), TemperatureC: fp(36.7), Consciousness: "alert"}
	}
	febrile := normal()
	febrile.TemperatureC, febrile.HeartRate = fp(38.4), fp(104)
	in := func(lang string, age int, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: "female"}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"pt epidural abscess", in("pt-BR", 58, "dor nas costas e dificuldade para urinar", "DM2. Hipoestesia abaixo de T12, globo vesical palpável.", febrile), "emergency", ""},
		{"en back pain with a sensory level", in("en", 66, "back pain", "Sensory level at T10, both legs weak.", normal()), "emergency", "spinal_cord_compression"},
		{"en back pain with fever only", in("en", 45, "low back pain", "Fever since yesterday. Neuro exam normal.", febrile), "urgent", "back_pain_fever"},
		{"en mesenteric ischaemia", in("en", 78, "sudden severe tummy pain around the belly button", "Atrial fibrillation, stopped apixaban. Abdomen soft, pain out of proportion to examination.", normal()), "emergency", "mesenteric_ischaemia"},
		{"en septic knee", in("en", 60, "right knee swollen and very painful", "Knee hot with a large effusion. Rheumatoid arthritis on methotrexate.", febrile, "methotrexate 15 mg weekly"), "urgent", "septic_arthritis"},
		{"pt resolved TIA", in("pt-BR", 70, "o braço direito ficou fraco e a fala ficou enrolada por 20 minutos, já voltou tudo ao normal", "Exame neurológico normal, NIHSS 0.", normal()), "urgent", "tia_resolved"},
		{"pt zoster with Hutchinson", in("pt-BR", 64, "bolhinhas na testa, olho vermelho", "Vesículas agrupadas no dermátomo V1 com sinal de Hutchinson.", normal()), "urgent", "zoster_complicated"},
		{"pt new AF at a pharmacy", in("pt-BR", 70, "disseram que meu pulso está irregular na farmácia, me sinto bem", "ECG: fibrilação atrial, FC 84. Nega dor torácica.", normal()), "non_urgent", "af_new"},
		{"pt dark stools on iron", in("pt-BR", 40, "fezes escuras", "Sulfato ferroso há 1 semana. Pesquisa de sangue oculto negativa.", normal(), "sulfato ferroso 40 mg"), "non_urgent", ""},
		{"en coughing fits, red eye", in("en", 60, "blood in the white of my eye", "Coughing fits with a cold. Vision normal, no pain.", normal()), "non_urgent", ""},
	}
	checkRules(t, cases)
}
