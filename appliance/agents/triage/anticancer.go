package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// The cancer treatment helpline: the toxicities of chemotherapy and of
// checkpoint inhibitors that a patient phones about. Neutropenic sepsis,
// spinal cord compression, hypercalcaemia and tumour lysis are graded
// with the presentations and the labs; this file adds the immune-related
// adverse events graded by the ASCO 2021 and ESMO 2022 guidelines and
// diarrhoea counted against the patient's usual (UKONS 2020 triage
// tool). Sources are in each comment.

var (
	// stoolsAboveUsualRx: stools counted against the usual ("5 more
	// than usual each day", "5 vezes ao dia acima do habitual" is read by
	// stoolCountRx)
	stoolsAboveUsualRx = regexp.MustCompile(`\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|duas|tres|quatro|cinco|seis|sete|oito|nove|dez) (more|extra|a mais) (\w+ ){0,2}(than (usual|normal|baseline)|a day|each day|per day|por dia|que o habitual)`)
	// newBreathingRx: a new cough or breathlessness told as new or worse
	newBreathingRx = regexp.MustCompile(`\b(new (dry )?cough|new (\w+ )?breathless\w*|breathless\w* (\w+ ){0,4}(climbing|walking|on exertion|stairs)|short of breath (\w+ ){0,3}(walking|climbing|on exertion)|tosse seca nova|tosse nova|falta de ar (nova|aos esforcos|ao subir))\b`)
	// extravasationWordsRx: a burning, red or swollen arm where a
	// chemotherapy infusion ran
	extravasationWordsRx = regexp.MustCompile(`\b((burning|stinging|pain|ardencia|queimacao|ardor) (\w+ ){0,3}(during|durante) (the |a |o )?(infusion|infusao|quimio\w*|chemo\w*)|(vermelhidao|inchaco|dor|edema|eritema|red\w*|swollen|swelling|painful|sore) (\w+ ){0,6}(onde|where) (recebeu|fez|correu|foi feita|the (chemo\w*|infusion|drip) (was|ran|went))|(vermelhidao|inchaco|dor|edema|eritema|red\w*|swollen|swelling|painful) (\w+ ){0,6}(no )?local (da|do) (infusao|quimio\w*|puncao|acesso))\b`)
	// gutToxicChemoRx: cytotoxic drugs whose diarrhoea can kill
	gutToxicChemoRx = regexp.MustCompile(`\b(irinotecan\w*|folfiri\w*|folfox|capecitabin\w*|xeloda|fluorouracil\w*|5-?fu|xelox|capox|chemotherap\w*|quimioterapi\w*|\bquimio\b|\bchemo\b)\b`)
)

// stoolsAboveUsual: "5 more than usual each day" (0 when not told).
func stoolsAboveUsual(t string) int { return largestCount(stoolsAboveUsualRx, t) }

func (a *assessor) anticancerTreatment() {
	c := a.c
	t := clinical.Fold(c.Text)
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	checkpoint := c.OnClass("checkpoint_inhibitor")
	// Diarrhoea of four or more stools a day above the usual on
	// chemotherapy (irinotecan, a fluoropyrimidine) is grade 2: same-day
	// review, high-dose loperamide and bloods (UKONS 2020 amber; ASCO
	// 2004 chemotherapy-induced diarrhoea).
	if !checkpoint && c.Has("diarrhea") && !c.Denied("diarrhea") && gutToxicChemoRx.MatchString(t) && max(stoolsPerDay(t), stoolsAboveUsual(t)) >= 4 {
		fl(U, "chemo_diarrhoea", "four or more stools a day above the usual on chemotherapy: grade 2 diarrhoea, same-day review and bloods (UKONS)", "quatro ou mais evacuações por dia acima do habitual em quimioterapia: diarreia grau 2, avaliação e exames no mesmo dia (UKONS)")
	}
	// Liver enzymes over five times the upper limit on a checkpoint
	// inhibitor are grade 3 immune hepatitis: immunotherapy held and
	// steroids the same day (ASCO 2021; ESMO 2022).
	if checkpoint {
		alt, okA := c.LabValue("alt")
		ast, okS := c.LabValue("ast")
		if okA && alt > 200 || okS && ast > 200 {
			fl(U, "immune_hepatitis", "liver enzymes over five times normal on a checkpoint inhibitor: grade 3 immune hepatitis, hold immunotherapy, same-day steroids (ASCO 2021)", "transaminases acima de cinco vezes o normal em inibidor de checkpoint: hepatite imunomediada grau 3, suspender imunoterapia e corticoide no mesmo dia (ASCO 2021)")
		}
	}
	// A new cough or breathlessness on a checkpoint inhibitor is
	// pneumonitis until a CT says not: same-day assessment (ASCO 2021;
	// ESMO 2022); hypoxia is graded by the observations.
	if checkpoint && c.HasAny("cough", "dyspnea") && !c.Denied("dyspnea") && affirmedMatch(newBreathingRx, t) {
		fl(U, "immune_pneumonitis", "new cough or breathlessness on a checkpoint inhibitor: pneumonitis until a CT says not, same-day assessment (ASCO 2021)", "tosse ou falta de ar nova em inibidor de checkpoint: pneumonite até a TC excluir, avaliação no mesmo dia (ASCO 2021)")
	}
	// A burning, red, swollen arm where chemotherapy ran is an
	// extravasation: same-day review, marking and the antidote or
	// plastics pathway (ESMO-EONS 2012 extravasation guideline).
	if !c.Has("extravasation") && c.Has("chemotherapy") && affirmedMatch(extravasationWordsRx, t) {
		fl(U, "extravasation", "redness, swelling or burning where chemotherapy ran: extravasation, same-day review (ESMO-EONS 2012)", "vermelhidão, inchaço ou ardência no local da quimioterapia: extravasamento, avaliação no mesmo dia (ESMO-EONS 2012)")
	}
}
