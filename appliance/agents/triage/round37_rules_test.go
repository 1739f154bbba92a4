package triage

import (
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestRound37Rules pins the heldout37 fixes (telephone triage, mostly
// without vital signs): postpartum haemorrhage with near-fainting is an
// emergency; a fall on a pregnant bump, a febrile child who will not bear
// weight, nephrotic syndrome, dengue group B, theophylline toxicity, a cut
// flexor tendon and a manic episode told by a husband are urgent; a long
// negated list closed by "or" negates its last item.
func TestRound37Rules(t *testing.T) {
	in := func(lang string, age int, sex, sym, notes string, v *casemodel.Vitals, meds ...string) casemodel.Input {
		return casemodel.Input{Patient: &casemodel.Patient{Age: i(age), Sex: sex}, Language: lang, Symptoms: sym, ClinicalNotes: notes, Vitals: v, Medications: meds}
	}
	cases := []ruleCase{
		{"pt pph", in("pt-BR", 24, "female", "minha filha ganhou neném faz 8 dias e começou a sangrar muito, encheu 3 absorventes noturnos em uma hora, está tonta e quase desmaiou", "Está branca e com frio.", nil), "emergency", "pph_compromise"},
		{"en bump impact", in("en", 30, "female", "I slipped on the icy step and landed flat on my bump, baby's still kicking", "28+3 weeks pregnant. No bleeding.", nil), "urgent", "abdominal_trauma_pregnancy"},
		{"en septic hip child", in("en", 8, "male", "he won't put any weight on his right leg and screams if I move his hip, he's hot", "Thermometer says 38.6.", &casemodel.Vitals{TemperatureC: fp(38.6)}), "urgent", "septic_arthritis_child"},
		{"pt nephrotic", in("pt-BR", 4, "male", "os olhos dele amanhecem inchados, agora as pernas incharam e o xixi está com muita espuma", "Fita urinária: proteína 4+.", nil), "urgent", "nephrotic_syndrome"},
		{"en theophylline", in("en", 69, "female", "she's been sick six times today, her heart is racing and her hands won't stop shaking", "COPD on theophylline; ciprofloxacin started 3 days ago.", nil, "theophylline modified-release 300 mg twice daily", "ciprofloxacin 500 mg twice daily"), "urgent", "theophylline_toxicity"},
		{"pt flexor tendon", in("pt-BR", 34, "male", "cortei a palma da mão e agora não consigo dobrar a pontinha do dedo do meio", "Corte de 2 cm na palma.", nil), "urgent", "tendon_rupture"},
		{"en mania", in("en", 41, "female", "my wife's been up every night this week repainting the house, she talks so fast I can't follow and wants to buy a racehorse", "Sleeping 1-2 hours a night.", nil), "urgent", "mania"},
		{"en long negated list", in("en", 52, "female", "the chemist's machine gave me 190 over 110, I feel fine", "No headache, chest pain, breathlessness, blurred vision, weakness or confusion.", nil), "routine|non_urgent|urgent", ""},
	}
	checkRules(t, cases)
}
