// Package communicator turns the validated analysis into text: the
// physician-facing synthesis and recommendations in the case's language, and
// a plain-language patient summary (short words and sentences; English
// Flesch reading ease ≥60) that never contains identifiers.
package communicator

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/agents/validator"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// Output is the communicator's text.
type Output struct {
	Language        string   `json:"language"`
	Synthesis       string   `json:"synthesis"`
	Recommendations []string `json:"recommendations"`
	PatientSummary  string   `json:"patient_summary"`
	ReadingEase     float64  `json:"reading_ease"` // Flesch (English) or Flesch adapted to Portuguese (Martins et al. 1996)
}

// Input is what the communicator reads.
type Input struct {
	Case      *clinical.Case
	Triage    triage.Result
	Opinions  []specialists.Opinion
	Validated validator.Result
	Alerts    []casemodel.Alert
}

// Write produces the texts.
func Write(in Input) Output {
	lang := in.Case.Lang
	pt := clinical.IsPT(lang)
	o := Output{Language: "en"}
	if pt {
		o.Language = "pt-BR"
	}
	v := in.Validated
	lvl := triage.LevelOf(v.Urgency)
	var sb strings.Builder
	sb.WriteString(cap1(triage.LevelText(lvl).In(lang)) + ". ")
	var hyps []string
	byAgent := map[string]specialists.Opinion{}
	for _, op := range in.Opinions {
		byAgent[op.Agent] = op
	}
	for _, l := range v.Leading {
		ag, _, _ := strings.Cut(l, ":")
		if op, ok := byAgent[ag]; ok {
			hyps = append(hyps, fmt.Sprintf("%s (%s, %.0f%%)", op.Hypothesis.In(lang), agentName(ag, pt), op.Confidence*100))
		}
	}
	if len(hyps) > 0 {
		sb.WriteString(clinical.T("Leading assessment: ", "Avaliação principal: ").In(lang) + strings.Join(hyps, "; ") + ". ")
	}
	if rf := in.Triage.RedFlags(lang); len(rf) > 0 {
		if len(rf) > 4 {
			rf = rf[:4]
		}
		sb.WriteString(clinical.T("Red flags: ", "Sinais de alerta: ").In(lang) + strings.Join(rf, "; ") + ". ")
	}
	if sc := scoreLine(in.Triage, in.Opinions); sc != "" {
		sb.WriteString(clinical.T("Scores: ", "Escores: ").In(lang) + sc + ". ")
	}
	if len(in.Alerts) > 0 {
		var as []string
		for _, a := range in.Alerts {
			switch a.Kind {
			case "critical_lab":
				as = append(as, clinical.T("critical ", "").In(lang)+a.Analyte+clinical.T("", " crítico").In(lang))
			case "drug_interaction":
				as = append(as, strings.Join(a.Drugs, " + "))
			case "allergy":
				as = append(as, clinical.T("allergy conflict: ", "conflito alérgico: ").In(lang)+strings.Join(a.Drugs, ", "))
			}
		}
		sb.WriteString(clinical.T("Safety alerts: ", "Alertas de segurança: ").In(lang) + strings.Join(as, "; ") + ". ")
	}
	for _, d := range nonTrivialDebates(v) {
		sb.WriteString(clinical.T("Debate on ", "Debate sobre ").In(lang) + d.Topic + ": " + d.Resolution + ". ")
	}
	for _, n := range in.Triage.Notes {
		sb.WriteString(cap1(n.In(lang)) + ". ")
	}
	if v.HumanReview {
		sb.WriteString(clinical.T("Human review required.", "Revisão humana necessária.").In(lang))
	}
	o.Synthesis = strings.TrimSpace(sb.String())
	for _, r := range v.Recommendations {
		o.Recommendations = append(o.Recommendations, r.Text.In(lang))
	}
	o.PatientSummary = patientSummary(in, lvl, pt)
	if pt {
		o.ReadingEase = FleschPT(o.PatientSummary)
	} else {
		o.ReadingEase = Flesch(o.PatientSummary)
	}
	return o
}

func nonTrivialDebates(v validator.Result) []casemodel.Debate {
	return v.Debates
}

func scoreLine(t triage.Result, ops []specialists.Opinion) string {
	var parts []string
	if n, ok := t.Scores["news2"]; ok {
		parts = append(parts, fmt.Sprintf("NEWS2 %.0f", n))
	}
	if q, ok := t.Scores["qsofa"]; ok {
		parts = append(parts, fmt.Sprintf("qSOFA %.0f", q))
	}
	if si, ok := t.Scores["shock_index"]; ok {
		parts = append(parts, fmt.Sprintf("shock index %.2f", si))
	}
	names := map[string]string{"heart": "HEART", "cha2ds2_vasc": "CHA2DS2-VASc", "wells_pe": "Wells", "curb65": "CURB-65", "centor": "Centor",
		"glasgow_blatchford": "Glasgow-Blatchford", "alvarado": "Alvarado", "kdigo_stage": "KDIGO"}
	for _, op := range ops {
		for _, s := range op.ScoreDetail {
			if n, ok := names[s.Name]; ok {
				parts = append(parts, fmt.Sprintf("%s %g", n, s.Value))
			}
		}
	}
	return strings.Join(parts, ", ")
}

func agentName(a string, pt bool) string {
	en := strings.ReplaceAll(a, "_", " ")
	if !pt {
		return en
	}
	return map[string]string{"cardiology": "cardiologia", "neurology": "neurologia", "endocrinology": "endocrinologia", "radiology": "radiologia",
		"emergency_medicine": "medicina de emergência", "pulmonology": "pneumologia", "gastroenterology": "gastroenterologia",
		"infectious_disease": "infectologia", "nephrology": "nefrologia", "psychiatry": "psiquiatria", "obstetrics_gynecology": "ginecologia e obstetrícia",
		"pediatrics": "pediatria", "orthopedics": "ortopedia", "general_medicine": "clínica geral"}[a]
}

func cap1(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// patientSummary is written for the patient: short sentences, common words,
// no names, dates of birth or record numbers.
func patientSummary(in Input, lvl int, pt bool) string {
	var s []string
	if pt {
		switch lvl {
		case triage.Emergency:
			s = append(s, "Seu caso precisa de atendimento agora.", "Procure o pronto-socorro ou chame ajuda já.")
		case triage.Urgent:
			s = append(s, "Seu caso precisa ser visto por um médico hoje.")
		case triage.NonUrgent:
			s = append(s, "Seu caso não parece grave agora.", "Um médico deve ver você em um ou dois dias.")
		default:
			s = append(s, "Seu caso não é urgente.", "Você pode marcar uma consulta de rotina.")
		}
		for _, a := range in.Alerts {
			switch a.Kind {
			case "allergy":
				s = append(s, "Um dos seus remédios pode causar alergia em você. Não tome antes de falar com o médico.")
			case "drug_interaction":
				s = append(s, "Dois dos seus remédios não combinam bem. O médico vai rever isso com você.")
			case "critical_lab":
				s = append(s, "Um dos seus exames está muito alterado. A equipe precisa saber disso logo.")
			}
		}
		s = append(s, "Se piorar, tiver falta de ar, dor forte ou desmaio, procure ajuda na hora.")
	} else {
		switch lvl {
		case triage.Emergency:
			s = append(s, "You need care right now.", "Go to the emergency department or call for help now.")
		case triage.Urgent:
			s = append(s, "A doctor needs to see you today.")
		case triage.NonUrgent:
			s = append(s, "This does not look serious right now.", "A doctor should see you in a day or two.")
		default:
			s = append(s, "This is not urgent.", "You can book a normal visit.")
		}
		seen := map[string]bool{}
		for _, a := range in.Alerts {
			if seen[a.Kind] {
				continue
			}
			seen[a.Kind] = true
			switch a.Kind {
			case "allergy":
				s = append(s, "One of your medicines may cause an allergy for you. Do not take it until you talk to your doctor.")
			case "drug_interaction":
				s = append(s, "Two of your medicines do not mix well. Your doctor will check them with you.")
			case "critical_lab":
				s = append(s, "One of your test results is far from normal. Your care team needs to know about it soon.")
			}
		}
		s = append(s, "If you feel worse, find it hard to breathe, have bad pain or pass out, get help at once.")
	}
	return scrub(strings.Join(s, " "), in.Case)
}

// scrub removes any identifier of the input that slipped into the text.
func scrub(text string, c *clinical.Case) string {
	if c == nil || c.Input == nil {
		return text
	}
	in := c.Input
	var ids []string
	if in.Patient != nil {
		if in.Patient.Name != "" {
			ids = append(ids, in.Patient.Name)
			ids = append(ids, strings.Fields(in.Patient.Name)...)
		}
		if in.Patient.DateOfBirth != "" {
			ids = append(ids, in.Patient.DateOfBirth)
		}
	}
	if in.PatientID != "" {
		ids = append(ids, in.PatientID)
	}
	for _, id := range ids {
		if len(id) < 3 {
			continue
		}
		text = regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(id)+`\b`).ReplaceAllString(text, "")
	}
	return strings.Join(strings.Fields(text), " ")
}

var wordRx = regexp.MustCompile(`[A-Za-zÀ-ÿ']+`)

// Flesch reading ease for English (Flesch 1948): 206.835 − 1.015 (words /
// sentences) − 84.6 (syllables / words).
func Flesch(text string) float64 {
	w, s, syl := counts(text)
	if w == 0 || s == 0 {
		return 0
	}
	return round1(206.835 - 1.015*float64(w)/float64(s) - 84.6*float64(syl)/float64(w))
}

// FleschPT is the Portuguese adaptation (Martins et al. 1996): 248.835 −
// 1.015 ASL − 84.6 ASW.
func FleschPT(text string) float64 {
	w, s, syl := counts(text)
	if w == 0 || s == 0 {
		return 0
	}
	return round1(248.835 - 1.015*float64(w)/float64(s) - 84.6*float64(syl)/float64(w))
}

func counts(text string) (words, sentences, syllables int) {
	for _, r := range text {
		if r == '.' || r == '!' || r == '?' {
			sentences++
		}
	}
	if sentences == 0 && strings.TrimSpace(text) != "" {
		sentences = 1
	}
	for _, w := range wordRx.FindAllString(text, -1) {
		words++
		syllables += Syllables(w)
	}
	return
}

// Syllables estimates syllables by counting vowel groups (a silent final "e"
// in English is dropped).
func Syllables(w string) int {
	w = strings.ToLower(clinical.Fold(w))
	n := 0
	prev := false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prev {
			n++
		}
		prev = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	if n == 0 {
		n = 1
	}
	return n
}

func round1(v float64) float64 { return float64(int(v*10+0.5*sign(v))) / 10 }

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}
