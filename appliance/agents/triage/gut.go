package triage

import (
	"regexp"
	"strconv"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/scores"
)

// The gut: food stuck in the gullet, acute severe ulcerative colitis,
// bleeding in the weeks after a polyp is removed, and the
// Glasgow-Blatchford score of 0 that lets a small upper GI bleed be
// seen as an outpatient. Sources are in each comment.

var (
	// salivaBlockedRx: a gullet blocked so completely that saliva does
	// not pass.
	salivaBlockedRx = regexp.MustCompile(`\b(can'?t|cannot|unable to|not able to|nao consegue|nao esta conseguindo) (swallow|engolir|manage) (\w+ ){0,2}(saliva|spit|secretions|a saliva)|drooling|babando|spitting (out )?(saliva|everything)|cuspindo (a )?saliva|cosp\w* (toda )?(a )?saliva`)
	// stoolCountRx: "8 times a day", "oito evacuações por dia".
	stoolCountRx = regexp.MustCompile(`\b(\d{1,2}|two|three|four|five|duas|tres|quatro|cinco|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|seis|sete|oito|nove|dez|onze|doze|quinze|vinte) ?(x|times|episodes|bloody stools|stools|bowel movements|bowel motions|motions|vezes|evacuac\w*|episodios|dejecoes)\b[^.;]{0,40}?\b(a|per|por|ao|/) ?(day|dia|24 ?h)\b`)
	// recentDaysRx and longAgoRx place a procedure in the last days or
	// in earlier months and years.
	recentDaysRx = regexp.MustCompile(`\b((\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez) (days?|dias)|yesterday|ontem|last week|semana passada|this week|esta semana|nesta semana)\b`)
	longAgoRx    = regexp.MustCompile(`\b(years?|anos?|months?|meses|mes)\b`)
	polypRx      = regexp.MustCompile(`polypectom|polipectomia|polyp|polipo`)
	sentenceEnd  = regexp.MustCompile(`[.;!?]\s+|\n`)
	// antibioticBeforeRx: a course of antibiotics that came before the
	// diarrhoea, or is still running
	antibioticBeforeRx = regexp.MustCompile(`\b(after|following|finished|completed|since (starting|finishing|taking)|started|treated (\w+ ){0,3}with|course of|on|apos|depois d[eao]s?|terminou|usou|em uso de|tratad[oa] (\w+ ){0,3}com) (\w+ ){0,6}(antibiotic\w*|antibiotico\w*|clindamycin|clindamicina|co-amoxiclav|amoxicillin.clavulan\w*|amoxicilina.clavulan\w*|cef\w+|ceph\w+|ciprofloxacin\w*|levofloxacin\w*|moxifloxacin\w*|amoxicillin|amoxicilina|piperacillin\w*|meropenem)`)
	// travelDiarrhoeaRx: diarrhoea brought back from a trip
	travelDiarrhoeaRx = regexp.MustCompile(`\b(travel\w*|trip|returned from|back from|since (returning|getting back|i got back)|voltou de|viagem|cancun|mexico)\b`)
	// noRecentAntibioticRx: antibiotics denied ("no recent antibiotics")
	noRecentAntibioticRx = regexp.MustCompile(`\b(no|not|without|denies|nega|sem|nenhum) (\w+ ){0,2}(antibiotics?|antibioticos?)\b`)
)

var countWords = map[string]int{"two": 2, "duas": 2, "three": 3, "tres": 3, "four": 4, "quatro": 4, "five": 5, "cinco": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20}

// stoolsPerDay reads the largest stool count per day in the text (0
// when none is given).
func stoolsPerDay(t string) int { return largestCount(stoolCountRx, t) }

// largestCount reads the largest number, in digits or words, that rx
// captures first in t (0 when none).
func largestCount(rx *regexp.Regexp, t string) int {
	n := 0
	for _, m := range rx.FindAllStringSubmatch(t, -1) {
		k, err := strconv.Atoi(m[1])
		if err != nil {
			k = countWords[m[1]]
		}
		n = max(n, k)
	}
	return n
}

// recentPolypectomy: a polyp removed days ago, not months or years ago.
func recentPolypectomy(c *clinical.Case) bool {
	if !c.Has("polypectomy") {
		return false
	}
	for _, s := range sentenceEnd.Split(clinical.Fold(c.Text), -1) {
		if polypRx.MatchString(s) && recentDaysRx.MatchString(s) && !longAgoRx.MatchString(s) {
			return true
		}
	}
	return false
}

func (a *assessor) gut() {
	c := a.c
	v := c.Vitals
	hr, hasHR := val(v.HeartRate)
	temp, hasT := val(v.TemperatureC)
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)

	// Three or more loose stools a day during or after a course of
	// antibiotics is C. difficile until the stool test says otherwise:
	// same-day test, isolation and treatment (NICE NG199 2021; IDSA/SHEA
	// 2021). Diarrhoea that came first, as a traveller's diarrhoea then
	// treated with an antibiotic, is not this.
	if c.Has("diarrhea") && stoolsPerDay(t) >= 3 && affirmedMatch(antibioticBeforeRx, t) && !travelDiarrhoeaRx.MatchString(t) && !noRecentAntibioticRx.MatchString(t) {
		fl(U, "c_difficile_suspected", "diarrhoea three or more times a day after antibiotics: suspected C. difficile, same-day stool test and isolation (NICE NG199)", "diarreia três ou mais vezes ao dia após antibiótico: suspeita de C. difficile, pesquisa nas fezes e isolamento no mesmo dia (NICE NG199)")
	}

	// Food stuck in the gullet: a complete obstruction (saliva does not
	// pass) is removed endoscopically within 6 hours, an incomplete one
	// within 24 hours (ESGE 2016 guideline on foreign bodies, Birk et al.).
	// (choking on a piece of meat and now spitting out saliva, while
	// breathing easily, is a food bolus in the gullet, not the airway)
	if !c.Has("food_bolus") && c.Has("choking") && affirmedMatch(salivaBlockedRx, t) && !c.HasAny("cyanosis", "airway") {
		fl(E, "food_bolus_complete", "choked on food and saliva not passing while breathing easily: complete oesophageal obstruction, endoscopy within 6 hours (ESGE 2016)", "engasgo com alimento sem passar saliva e respirando bem: obstrução esofágica completa, endoscopia em até 6 horas (ESGE 2016)")
	}
	if c.Has("food_bolus") {
		if affirmedMatch(salivaBlockedRx, t) {
			fl(E, "food_bolus_complete", "food stuck in the gullet and saliva not passing: complete obstruction, endoscopy within 6 hours (ESGE 2016)", "alimento impactado no esôfago sem passar saliva: obstrução completa, endoscopia em até 6 horas (ESGE 2016)")
		} else {
			fl(U, "food_bolus", "food stuck in the gullet, saliva still passing: endoscopy within 24 hours (ESGE 2016)", "alimento impactado no esôfago, saliva ainda passa: endoscopia em até 24 horas (ESGE 2016)")
		}
	}
	// Pain in the chest, back or belly, fever or a racing pulse, or air
	// under the skin of the neck, in the hours after a dilatation or
	// another endoscopic procedure, is a perforation until a CT says
	// otherwise: nil by mouth, antibiotics, CT with oral contrast and the
	// surgeons (ESGE 2020 iatrogenic perforation position statement).
	// (pain with a lipase three times normal after an ERCP is the far
	// commoner post-ERCP pancreatitis, graded with pancreatitis)
	lipase, hasLipase := c.LabValue("lipase")
	pancreatitisNow := c.Has("pancreatitis") || hasLipase && lipase >= 180
	if recentEndoscopy(c, t) && (affirmedMatch(surgicalEmphysemaRx, t) ||
		!pancreatitisNow && c.HasAny("chest_pain", "abdominal_pain", "back_pain") && (c.Severity >= 7 || hasT && temp >= 38 || hasHR && hr > 100)) {
		fl(E, "post_endoscopy_perforation", "pain, fever, tachycardia or air under the skin hours after an endoscopic dilatation or resection: perforation until CT says otherwise, nil by mouth and surgical review (ESGE 2020)", "dor, febre, taquicardia ou enfisema subcutâneo horas após dilatação ou ressecção endoscópica: perfuração até TC provar o contrário, jejum e avaliação cirúrgica (ESGE 2020)")
	}
	// Acute severe ulcerative colitis by Truelove and Witts: six or more
	// bloody stools a day with a pulse over 90, a temperature over 37.8,
	// Hb under 10.5 g/dL or a CRP over 30 is admitted for intravenous
	// steroids (BSG 2019 IBD guideline, Lamb et al.).
	if c.Has("ibd") && c.Has("rectal_bleeding") && stoolsPerDay(t) >= 6 {
		hb, hasHb := c.LabValue("hemoglobin")
		crp, hasCRP := c.LabValue("crp")
		if hasHR && hr > 90 || hasT && temp > 37.8 || hasHb && hb < 10.5 || hasCRP && crp > 30 {
			fl(U, "acute_severe_colitis", "six or more bloody stools a day with a systemic sign: acute severe colitis (Truelove and Witts), same-day admission for intravenous steroids (BSG 2019)", "seis ou mais evacuações com sangue por dia com sinal sistêmico: colite aguda grave (Truelove e Witts), internação no mesmo dia para corticoide venoso (BSG 2019)")
		}
	}
	// Bleeding from the bowel in the days after a polyp was removed is
	// delayed post-polypectomy bleeding: hospital assessment and, if it
	// goes on, colonoscopy for haemostasis (ESGE 2017 polypectomy
	// guideline, Ferlitsch et al.).
	if c.Has("rectal_bleeding") && recentPolypectomy(c) {
		fl(U, "post_polypectomy_bleed", "bleeding from the bowel days after a polyp was removed: same-day hospital assessment (ESGE 2017)", "sangramento intestinal dias após retirada de pólipo: avaliação hospitalar no mesmo dia (ESGE 2017)")
	}
}

// glasgowBlatchfordZero: an upper GI bleed scoring 0 on the
// Glasgow-Blatchford score, with every part of it measured, may be
// managed as an outpatient (NICE CG141; Stanley et al., Lancet 2009).
func glasgowBlatchfordZero(c *clinical.Case) bool {
	gbs, miss := scores.GlasgowBlatchford(scores.GBSInput{BUN: c.LabPtr("bun"), Hemoglobin: c.LabPtr("hemoglobin"), SBP: c.Vitals.SystolicBP, HR: c.Vitals.HeartRate,
		Male: c.Sex == "male", Melena: c.Has("melena"), Syncope: c.HasAny("syncope", "presyncope"), HepaticDisease: c.Has("liver_disease"), CardiacFailure: c.Has("heart_failure")})
	return gbs == 0 && len(miss) == 0 && c.Sex != "" && !c.HasAny("large_volume", "major_bleeding")
}

// endoscopicProcedureRx: a dilatation, resection or ERCP through a scope;
// sameDayRx: within the last day; surgicalEmphysemaRx: air under the skin
var (
	endoscopicProcedureRx = regexp.MustCompile(`\b((balloon|endoscopic|oesophageal|esophageal|pneumatic|bougie|savary|cre|stricture) (\w+ )?(dilatation|dilation)|(dilatation|dilation) (of (the |a )?(stricture|oesophagus|esophagus|anastomosis)|to \d+ ?mm)|dilatacao (endoscopica|esofagica|com balao|da estenose|ate \d+ ?mm)|ercp|cpre|polypectom\w*|polipectomia|mucosectomia|\besd\b|\bemr\b|submucosal dissection|dissecc?ao submucosa|(oesophageal|esophageal|enteral|duodenal|colonic) stent\w*|(ogd|egd|endoscop\w*|colonoscop\w*|eda) (\w+ ){0,4}(with|com) (\w+ ){0,2}(biops\w*|resect\w*|ressec\w*|polypectom\w*|polipectomia))\b`)
	sameDayRx             = regexp.MustCompile(`\b(this (morning|afternoon|evening)|today|tonight|yesterday|last night|(\d+|a few|two|three|four|six) hours? (ago|after|later)|hours after|after the (procedure|test|scope)|in recovery|recovery (area|room|lounge)|discharge lounge|hoje|ontem|esta (manha|tarde)|nesta (manha|tarde)|(ha )?\d+ ?h(oras)? (apos|depois|atras)|horas (apos|depois)|apos o (procedimento|exame)|na recuperacao|sala de recuperacao)\b`)
	surgicalEmphysemaRx   = regexp.MustCompile(`\b(surgical emphysema|subcutaneous emphysema|enfisema subcutaneo|crepitus (\w+ ){0,4}(neck|chest|supraclavicular|face|pescoco|torax)|(neck|chest|pescoco|pele) (\w+ ){0,3}(crackl\w*|crunch\w*|crepit\w*)|crepitac\w* (\w+ ){0,3}(pescoco|supraclavicular|cervical|torax))\b`)
)

// recentEndoscopy: an endoscopic procedure that can perforate, done in the
// last day.
func recentEndoscopy(c *clinical.Case, t string) bool {
	return affirmedMatch(endoscopicProcedureRx, t) && sameDayRx.MatchString(t)
}
