package clinical

import (
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// TestClinicianWordingRound6 pins the wording fixes of the heldout6 round
// (specialties and age groups): open fracture, a passed stone, incidental
// imaging findings, passive death wishes versus plan/intent, and a
// hypoglycaemic episode versus "hypoglycaemia awareness".
func TestClinicianWordingRound6(t *testing.T) {
	cases := []phrase{
		{"en", "Deformed lower leg with a 4 cm wound, bone visible.", "open_fracture", present},
		{"en", "Compound fracture of the left radius.", "open_fracture", present},
		{"pt-BR", "Fratura exposta de tíbia após queda de moto.", "open_fracture", present},
		{"pt-BR", "Osso exposto na perna direita.", "open_fracture", present},
		{"en", "Closed fracture of the wrist, skin intact.", "open_fracture", absent},
		{"en", "Renal stone passed yesterday.", "stone_passed", present},
		{"pt-BR", "Eliminou o cálculo ontem, sem dor.", "stone_passed", present},
		{"en", "Ureteric stone, not yet passed.", "stone_passed", absent},
		{"en", "CT reported an incidental 6 mm lung nodule.", "incidental_finding", present},
		{"pt-BR", "Ultrassom de rotina mostrou cisto simples Bosniak I.", "incidental_finding", present},
		{"pt-BR", "Achado incidental de nódulo adrenal na TC.", "incidental_finding", present},
		{"pt-BR", "Relata pensamentos passivos de morte.", "suicide_passive", present},
		{"pt-BR", "Pensa que seria melhor não acordar.", "suicide_passive", present},
		{"en", "Feels he would be better off dead.", "suicide_passive", present},
		{"en", "Passive suicidal ideation, denies plan or intent.", "suicide_passive", present},
		{"en", "Passive suicidal ideation, denies plan or intent.", "suicide_plan", denied},
		{"pt-BR", "Sem plano e sem intenção suicida.", "suicide_plan", denied},
		{"en", "Says he intends to hang himself.", "suicide_passive", absent},
		{"en", "Cut my arms last night.", "self_harm_act", present},
		{"pt-BR", "Se cortou nos braços ontem.", "self_harm_act", present},
		{"en", "No self-harm.", "self_harm_act", denied},
		{"pt-BR", "Hipoglicemia pela manhã, já resolvida.", "hypo_episode", present},
		{"pt-BR", "Glicemia capilar de 52 mg/dL com sudorese.", "hypo_episode", present},
		{"en", "Had a hypo overnight, treated with juice.", "hypo_episode", present},
		{"en", "Hypoglycaemia awareness intact.", "hypo_episode", absent},
		{"en", "No episodes of hypoglycaemia.", "hypo_episode", denied},
	}
	checkPhrases(t, cases)
}

// TestNarrativeLabSuperseded: a value in the notes for an analyte that a
// structured field measures is narrative (an earlier value); the structured
// one is current. Without a structured value the text value still counts.
func TestNarrativeLabSuperseded(t *testing.T) {
	g := 118.0
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		analyte string
		in      casemodel.Input
		want    float64
		count   int
	}{
		{"vitals glucose supersedes earlier text value", "glucose", casemodel.Input{Language: "pt-BR", ClinicalNotes: "Hoje de manhã glicemia capilar de 52 mg/dL, tomou suco e melhorou.", Vitals: &casemodel.Vitals{GlucoseMgDl: &g}}, 118, 1},
		{"input potassium supersedes text", "potassium", casemodel.Input{Language: "en", ClinicalNotes: "Potassium 6.9 mmol/L on Monday.", Labs: []casemodel.Lab{{Name: "potassium", Value: 5.0, Unit: "mmol/L"}}}, 5.0, 1},
		{"text value alone counts", "potassium", casemodel.Input{Language: "en", ClinicalNotes: "Potassium 6.9 mmol/L this morning."}, 6.9, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := Build(c.in, nil, ref)
			analyte := c.analyte
			n := 0
			for _, l := range k.Labs {
				if l.Analyte == analyte {
					n++
				}
			}
			v, ok := k.LabValue(analyte)
			if !ok || v != c.want || n != c.count {
				t.Errorf("%s: value %v (ok %v), %d values; want %v, %d (labs %+v)", analyte, v, ok, n, c.want, c.count, k.Labs)
			}
		})
	}
}

// TestDedupSentences: repeated long sentences (copied-forward notes) are
// dropped, short answers ("No.") and distinct sentences kept.
func TestDedupSentences(t *testing.T) {
	cases := []struct{ in, want string }{
		{"chest pain since morning. chest pain since morning. fever.", "chest pain since morning. fever."},
		{"chest pain? no. fever? no.", "chest pain? no. fever? no."},
		{"a first long sentence here. another long sentence here.", "a first long sentence here. another long sentence here."},
		{strings.Repeat("paciente com dor no peito e febre. no chest pain. ", 3), "paciente com dor no peito e febre. no chest pain. no chest pain. no chest pain. "},
	}
	for _, c := range cases {
		if got := dedupSentences(c.in); got != c.want {
			t.Errorf("dedupSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
