package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// The days and weeks after an operation have their own emergencies: a
// bleed from a tonsil bed, a leaking anastomosis, a burst wound, a
// compartment filling under a nailed fracture. Each is told in the words
// of a ward nurse or of a patient phoning a surgical advice line, often
// calmly. These rules read them; the sources are in each comment.

// postOpDayRx: the day after an operation written as POD#4, PO3, 3º PO,
// "day 8 after", "8 days after the repair", "3º dia de pós-operatório".
var postOpDayRx = regexp.MustCompile(`\bpod ?#? ?\d{1,2}\b|\bpo\d{1,2}\b|\b\d{1,2}o po\b|\bpoi\b|\bday \d{1,2} (after|post|following)\b|\b\d{1,2} days? (after|post|following|since) (\w+ ){0,3}(surgery|operation|op|repair|replacement|\w+ectomy|\w+otomy|\w+plasty|\w+pexy)\b|\b\d{1,2}o dia (de |do )?pos.?operatorio\b|\bdia \d{1,2} (de |do )?pos.?operatorio\b`)

// fistulaRx: stool or wind through the vagina or neovagina.
var fistulaRx = regexp.MustCompile(`\b((stool|faec\w*|fec\w*|poo|wind|gas|flatus|fezes|gases|bits of stool) (\w+ ){0,4}(through|from|out of|per|via|pela|pelo) (the |a |o |her )?(neo.?)?vagin\w*|recto.?(neo)?vaginal fistula|reto.?(neo)?vaginal|fistula reto\w*|(faecal|fecal) (material|matter) (\w+ ){0,4}(dilator|vagin\w*))\b`)

func (a *assessor) afterSurgery() {
	c := a.c
	hr, hasHR := val(c.Vitals.HeartRate)
	temp, hasT := val(c.Vitals.TemperatureC)
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	// an operation in the past weeks: the recent-surgery concept or a
	// post-operative day
	afterOp := c.Has("recent_surgery") || postOpDayRx.MatchString(t)

	// Stool or wind through the vagina or a neovagina is a rectovaginal
	// fistula: the surgical team the same day (examination, imaging,
	// sometimes diversion); sepsis is graded by the observations.
	if affirmedMatch(fistulaRx, t) {
		fl(U, "rectovaginal_fistula", "stool or wind passed through the vagina: rectovaginal fistula, same-day surgical review", "fezes ou gases pela vagina: fístula retovaginal, avaliação cirúrgica no mesmo dia")
	}
	// Any fresh bleeding in the two weeks after a tonsillectomy goes to
	// hospital at once: a small "herald" bleed can precede a torrential
	// one, and children swallow blood (ENT UK post-tonsillectomy
	// haemorrhage guidance; AAO-HNS 2019 tonsillectomy guideline).
	if c.Has("tonsillectomy") && (c.HasAny("bleeding", "hemoptysis", "hematemesis") || affirmedMatch(tonsilBloodRx, t)) && !c.Hx("bleeding") {
		fl(E, "post_tonsillectomy_bleed", "bleeding after a tonsillectomy: hospital now, a small bleed can herald a major one (ENT UK)", "sangramento após amigdalectomia: hospital já, um sangramento pequeno pode anteceder um grave")
	}
	// A wound that has burst open with bowel or omentum showing is an
	// evisceration: moist sterile cover and theatre now; a wound that has
	// come apart without that needs a surgeon the same day (ACS/SSI and
	// NICE NG125 wound care).
	if c.Has("evisceration") {
		fl(E, "evisceration", "wound burst open with bowel showing (evisceration): cover with moist sterile dressing, nil by mouth, theatre now", "ferida aberta com alças expostas (evisceração): cobrir com compressa úmida estéril, jejum e centro cirúrgico já")
	} else if c.Has("dehiscence") && afterOp {
		fl(U, "wound_dehiscence", "surgical wound that has come apart: same-day surgical review", "deiscência de ferida operatória: avaliação cirúrgica no mesmo dia")
	}
	// After abdominal or bariatric surgery a heart rate above 120 is a
	// leak until a CT says otherwise; the patient often feels only "off"
	// (ASMBS 2016 leak position statement; ERAS colorectal guidance).
	// (a pulse of 111-120 with a fever, a productive cough and crackles
	// over a soft abdomen without peritonism is a chest infection first:
	// graded by NEWS2 and the sepsis screen)
	chestSource := c.HasAny("cough", "pneumonia") && c.HasAny("crackles", "pneumonia") && benignAbdomenRx.MatchString(t)
	if c.Has("abdominal_surgery") && afterOp && (hasHR && hr > 120 || hasHR && hr > 110 && (hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever")) && !chestSource) {
		fl(E, "postop_leak", "tachycardia after abdominal or bariatric surgery: anastomotic or staple-line leak until proven otherwise, emergency review and CT", "taquicardia após cirurgia abdominal ou bariátrica: fístula/deiscência de anastomose até prova em contrário, avaliação de emergência e TC")
	}
	// Pain on passive stretch, a tense compartment or pain out of
	// proportion after a fracture, its fixation or a crush is a
	// compartment syndrome: pulses stay until late, fasciotomy within
	// hours (BOAST 10, 2014).
	if c.Has("compartment_signs") && (c.HasAny("fracture", "orthopedic_surgery", "injury") || afterOp || castRx.MatchString(t)) {
		fl(E, "compartment_syndrome", "pain on passive stretch or a tense compartment after a fracture or its fixation: compartment syndrome, surgical review now (BOAST 10)", "dor ao estiramento passivo ou compartimento tenso após fratura ou fixação: síndrome compartimental, avaliação cirúrgica já")
	}
	// Bile coming out of a drain after gallbladder or liver surgery is a
	// bile leak: imaging and an ERCP within a day (SAGES, Tokyo 2018).
	if c.Has("bile_leak") {
		fl(U, "bile_leak", "bile in the drain after surgery: bile leak, imaging and ERCP within a day", "bile pelo dreno após cirurgia: fístula biliar, imagem e CPRE em até um dia")
	}
	// Tingling around the mouth or in the fingertips after thyroid or
	// parathyroid surgery is hypocalcaemia: calcium the same day; spasm
	// of the hands (tetany) is an emergency (Society for Endocrinology
	// 2016 emergency guidance: acute hypocalcaemia).
	if c.Has("tetany") && (c.Has("neck_endocrine_surgery") || calciumUnder(c, 2.1)) {
		fl(E, "tetany", "tetany with low calcium or after neck surgery: intravenous calcium now (Society for Endocrinology)", "tetania com cálcio baixo ou após cirurgia cervical: cálcio venoso já")
	} else if (c.Has("perioral_tingling") || c.Has("paresthesia") && c.Has("neck_endocrine_surgery")) && (c.Has("neck_endocrine_surgery") || calciumUnder(c, 2.1)) {
		fl(U, "symptomatic_hypocalcaemia", "tingling with low calcium or after thyroid/parathyroid surgery: symptomatic hypocalcaemia, same-day calcium and treatment", "formigamento com cálcio baixo ou após tireoidectomia/paratireoidectomia: hipocalcemia sintomática, cálcio e tratamento no mesmo dia")
	}
	// An infected surgical wound with fever needs a surgeon the same day,
	// more so over a mesh or implant (NICE NG125).
	if c.Has("wound_infection") && afterOp && (hasT && temp >= 38 || !hasT && c.Has("fever") && !c.Denied("fever")) {
		fl(U, "ssi_fever", "infected surgical wound with fever: same-day surgical review (NICE NG125)", "infecção de ferida operatória com febre: avaliação cirúrgica no mesmo dia")
	}
	// Bilious vomiting with a distended belly or no wind after an
	// abdominal operation is an ileus or an early obstruction: drip and
	// suck and imaging the same day.
	if c.Has("abdominal_surgery") && afterOp && c.Has("bilious_vomiting") && (c.Has("bowel_obstruction") || noFlatusRx.MatchString(t)) {
		fl(U, "postop_obstruction", "bilious vomiting with distension or no flatus after abdominal surgery: ileus or obstruction, same-day review and imaging", "vômitos biliosos com distensão ou sem flatos após cirurgia abdominal: íleo ou obstrução, avaliação e imagem no mesmo dia")
	}
}

// tonsilBloodRx: blood spat, coughed or found after a tonsillectomy.
var tonsilBloodRx = regexp.MustCompile(`\b(blood|bloody|bleed\w*|clots?|sangue|sangr\w*|coagulos?)\b`)

// noFlatusRx: no wind passed since the operation, or a distended, drum-like
// belly.
var noFlatusRx = regexp.MustCompile(`\b(no|not|hasn'?t|has not|haven'?t|have not|hasnt) (\w+ ){0,2}(passed|passing|pass) (any )?(wind|gas|flatus)\b|\bno (wind|gas|flatus) passed\b|\bdistended\b|\bdistendid[oa]\b|\btympanic\b|\btimpanic[oa]\b|sem eliminar flatos|nao elimina flatos`)

// calciumUnder reports an adjusted or total calcium below lim mmol/L
// (the table keeps calcium in mg/dL).
// (An ionised calcium is about half the total: under lim/2 counts too.)
func calciumUnder(c *clinical.Case, lim float64) bool {
	if i, ok := c.LabValue("ionized_calcium"); ok && i > 0 && i < lim/2 {
		return true
	}
	v, ok := c.LabValue("calcium")
	return ok && v > 0 && v < lim*4.008
}

// benignAbdomenRx: an abdomen examined and found soft, without
// peritonism.
var benignAbdomenRx = regexp.MustCompile(`\b(abdomen (is |was )?(soft|benign|non.?tender)|soft,? non.?tender abdomen|no (signs of )?periton\w*|abdome (\w+ )?(flacido|indolor|inocente)|abdome sem (sinais de )?periton\w*|sem (sinais de )?peritonite)\b`)
