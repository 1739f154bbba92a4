package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Nerves and muscles told as a known condition: Parkinson's medicines
// missed, an ascending weakness after an infection, a foot that is
// dropping. The respiratory and bulbar emergencies of these conditions
// are graded by the observations and the presentations; sources are in
// each comment.

var (
	// pdMissedRx: Parkinson's medicines missed, late or not given
	pdMissedRx = regexp.MustCompile(`\b((doses?|levodopa|madopar|sinemet|co-?careldopa|co-?beneldopa|medicines?|medication|tablets?) (\w+ ){0,4}(missed|not given|omitted|delayed|late|nao (foi |foram )?(dad[oa]s?|administrad[oa]s?))|(missed|omitted|no) (\w+ ){0,3}(levodopa|parkinson'?s? (doses?|medicines?|medication)|doses)|nil by mouth|jejum (\w+ ){0,3}(cirurgi\w*|procedimento)|sem (receber|tomar) (a )?levodopa)\b`)
	// gbsRx: the ascending weakness or lost reflexes of Guillain-Barré
	gbsRx = regexp.MustCompile(`\b(guillain|\bgbs\b|ascending (weakness|numbness|paraesthesi\w*|paresthesi\w*)|creeping up(wards)? (\w+ ){0,3}(legs?|arms?|body)|creeping upwards|(absent|reduced|lost|diminished) (ankle |knee |deep tendon |tendon )?reflexes|areflex\w*|arreflexi\w*|fraqueza ascendente|subindo pelas pernas)\b`)
	// footDropRx: a foot or a muscle group at grade 3 or less
	footDropRx = regexp.MustCompile(`\b(foot drop|dropped foot|pe caido|pe (esquerdo |direito )?caido|(dorsiflex\w*|dorsiflexao|plantarflex\w*|extensao do halux|extension of the (big |great )?toe) ([\w-]+ ){0,5}(grade |grau |mrc )?[0-3] ?/ ?5|foot (is |now |keeps )*(slapping|catching|dragging)|(slapping|dragging) (gait|(the |his |her |my )?foot))\b`)
	// motorProgressRx: a weakness told as getting worse, or graded
	// higher at an earlier examination ("2/5 today, were 4/5 a week ago")
	motorProgressRx = regexp.MustCompile(`\b((worse|weaker|worsening|progress\w*|deteriorat\w*) over (the (last|past) )?(\d+|a few|two|three|four|five|several) (days?|weeks?)|(were|was|from) [0-5][+-]? ?/ ?5|piorando|piorou (em|nos|ao longo de) (\d+|poucos|alguns) dias)\b`)
	// firstSeizureWorkedUpRx: a first seizure already assessed in the
	// emergency department with normal tests
	firstSeizureWorkedUpRx = regexp.MustCompile(`\b((seen|assessed|evaluated|reviewed|atendid[oa]|avaliad[oa]) (\w+ ){0,3}(in the |at the |no |na )?(emergency department|\bed\b|a&e|pronto.?socorro|emergencia|upa)|discharged|recebeu alta|(ct|tomografia|tc) (head |de cranio |do cranio )?(\w+ )?(normal|sem alteracoes))\b`)
)

func (a *assessor) nervesAndMuscles() {
	c := a.c
	t := clinical.Fold(c.Text)
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// Parkinson's medicines missed for hours (nil by mouth, a ward
	// that did not give them) with a severe "off" state or trouble
	// swallowing: restore them within hours — by tube or a rotigotine
	// patch — before aspiration or parkinsonism-hyperpyrexia (NICE NG71;
	// Parkinson's UK "Get it on time").
	if c.Has("parkinson_disease") && affirmedMatch(pdMissedRx, t) && c.HasAny("rigidity", "tremor", "dysphagia", "cough", "fall", "confusion") {
		fl(U, "parkinson_missed_doses", "Parkinson's medicines missed with a severe 'off' state or unsafe swallow: restore them within hours (NICE NG71)", "medicação do Parkinson não administrada com estado 'off' grave ou deglutição insegura: restabelecer em poucas horas (NICE NG71)")
	}
	// Numbness or weakness creeping up both legs with lost reflexes,
	// often after a diarrhoeal or chest infection, is Guillain-Barré
	// until shown otherwise: same-day admission for serial vital
	// capacity, nerve studies and IVIG (NICE CKS; EAN/PNS 2023). Bulbar
	// or breathing trouble is graded as an emergency by the observations.
	if affirmedMatch(gbsRx, t) && c.HasAny("paresthesia", "generalized_weakness", "arm_weakness", "spinal_cord_signs") {
		fl(U, "guillain_barre_suspected", "ascending weakness or numbness with lost reflexes: Guillain-Barré until shown otherwise, same-day admission for vital capacity monitoring (EAN/PNS 2023)", "fraqueza ou dormência ascendente com arreflexia: Guillain-Barré até prova em contrário, internação no mesmo dia com monitorização da capacidade vital")
	}
	// A foot drop or a muscle group at grade 3 or less that is getting
	// worse is a progressive motor deficit: MRI and a spinal opinion
	// within a day (NICE NG59; BASS); saddle numbness or a bladder
	// change is cauda equina, graded as an emergency elsewhere.
	if affirmedMatch(footDropRx, t) && (c.Has("worsening") || motorProgressRx.MatchString(t) || c.DurationHours >= 0 && c.DurationHours <= 24*14) {
		fl(U, "progressive_motor_deficit", "a foot drop or a muscle at grade 3 or less, new or worsening: MRI and spinal opinion within a day (NICE NG59)", "pé caído ou força grau 3 ou menos, novo ou piorando: RM e avaliação da coluna em até um dia (NICE NG59)")
	}
}
