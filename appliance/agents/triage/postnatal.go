package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// The six weeks after a birth: postpartum psychosis and thoughts of
// harming the baby, retained products and endometritis, a breast
// abscess. Sources are in each comment.

// babyHarmRx: thoughts or acts that put the baby in danger.
var babyHarmRx = regexp.MustCompile(`\b((harm|hurt|kill|smother|drown) (\w+ ){0,2}(the |my |her )?baby|(both|we would both|the baby and i|ela e o bebe) (\w+ ){0,3}(dead|better off dead|safer dead|mortos|morrer)|(se jogar|pular|jump\w*|throw\w* (herself|myself)) (\w+ ){0,4}(com o bebe|with the baby)|subiu (ate )?a laje com o bebe|com o bebe (no colo|junto)|(machucar|matar|sufocar|afogar) (o |a )?(bebe|nene|nenem|crianca)|levar o bebe junto)`)

func (a *assessor) postnatal() {
	c := a.c
	if !c.Has("postpartum") || c.Has("pregnancy") && !c.Has("postpartum") {
		return
	}
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	temp, hasT := val(c.Vitals.TemperatureC)
	// Hallucinations, delusions, mania or confusion in the weeks after a
	// birth are postpartum psychosis: a psychiatric emergency, mother and
	// baby unit (NICE CG192; RCPsych).
	if c.HasAny("psychosis", "mania") && !c.Hx("psychosis") {
		fl(E, "postpartum_psychosis", "psychosis or mania after a birth: postpartum psychosis, emergency psychiatric assessment (NICE CG192)", "psicose ou mania no pós-parto: psicose puerperal, avaliação psiquiátrica de emergência (NICE CG192)")
	}
	// Thoughts of suicide with thoughts of harming the baby, or a
	// rehearsal with the baby, after a birth: emergency assessment (NICE
	// CG192; MBRRACE-UK 2023).
	if c.Has("suicidal") && !c.Hx("suicidal") && affirmedMatch(babyHarmRx, t) {
		fl(E, "perinatal_suicide_risk", "thoughts of suicide involving the baby after a birth: emergency perinatal mental-health assessment, do not leave mother and baby alone (NICE CG192)", "ideação suicida envolvendo o bebê no pós-parto: avaliação de emergência em saúde mental perinatal, não deixar mãe e bebê sozinhos")
	}
	// Heavier or offensive lochia with fever, pain or a tender uterus is
	// retained products or endometritis: same-day assessment (NICE CG37
	// postnatal care; RCOG Green-top 64b sepsis after pregnancy).
	if c.Has("lochia_abnormal") && (c.HasAny("fever", "abdominal_pain", "pelvic_pain") || hasT && temp >= 37.5 || uterusTenderRx.MatchString(t)) {
		fl(U, "retained_products_endometritis", "heavier or offensive lochia with fever, pain or a tender uterus after a birth: retained products or endometritis, same-day assessment (NICE CG37)", "lóquios aumentados ou fétidos com febre, dor ou útero doloroso no pós-parto: restos ovulares ou endometrite, avaliação no mesmo dia")
	}
	// A fluctuant breast lump, or mastitis not settling after two days of
	// antibiotics, is a breast abscess until scanned: same-day drainage
	// (NICE CKS mastitis and breast abscess).
	if c.Has("breast_abscess_sign") {
		fl(U, "breast_abscess", "fluctuant breast lump or mastitis not settling on antibiotics: breast abscess, same-day ultrasound and drainage (NICE CKS)", "nódulo mamário flutuante ou mastite sem melhora com antibiótico: abscesso mamário, ultrassom e drenagem no mesmo dia")
	}
}

// uterusTenderRx: a tender or bulky uterus on examination.
var uterusTenderRx = regexp.MustCompile(`\b(uterus|uterine|utero|fundus|fundo uterino) (\w+ ){0,3}(tender|bulky|doloros\w*|sensivel|aumentad\w*)|(tender|doloros\w*) (\w+ ){0,2}(uterus|utero)`)
