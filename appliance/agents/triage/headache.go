package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Headache and dizziness that need the same day although nothing looks
// like a stroke or a haemorrhage: the acute vestibular syndrome that
// only an examination can separate from a stroke, status migrainosus,
// a post-dural-puncture headache and ergot poisoning. Thunderclap,
// meningism, GCA and raised pressure are graded with the
// presentations; sources are in each comment.

var (
	// continuousVertigoRx: a spinning that has not stopped for hours
	continuousVertigoRx = regexp.MustCompile(`\b(constant|continuous|continual|persistent|non.?stop|all (day|night)|since (waking|this morning|last night|yesterday)|for (\d+|several|many) hours|(nao|sem) para(r)?|o tempo todo|constante|continua|desde (que acordou|ontem|hoje cedo))\b[^.;]{0,50}\b(spin\w*|vertig\w*|dizz\w*|tontura|gira\w*|roda\w*)|\b(spin\w*|vertig\w*|dizz\w*|tontura|gira\w*|roda\w*)\b[^.;]{0,40}\b(constant|continuous|persistent|since (waking|this morning|last night|yesterday)|all (day|night)|o tempo todo|constante|continua|desde (que acordou|ontem|hoje cedo))\b`)
	// briefPositionalRx: seconds-long spins on turning, the pattern of BPPV
	briefPositionalRx = regexp.MustCompile(`\b(few seconds|seconds|less than a minute|under a minute|segundos|menos de um minuto)\b|\b(roll\w* over|turn\w* over|turn\w* in bed|look\w* up|vira na cama|olha pra cima|olhar para cima)\b`)
	// postDuralRx: a headache that comes on sitting up and goes lying
	// flat, after a spinal, an epidural or a lumbar puncture
	postDuralRx        = regexp.MustCompile(`\b(dural puncture|wet tap|post.?dural|lumbar puncture|spinal (an(a)?esthe\w*|block)|epidural|puncao lombar|raquianestesia|raqui\b|peridural|puncao (dural )?acidental)\b`)
	posturalHeadacheRx = regexp.MustCompile(`\b(when (sitting|standing|upright|sits|stands)|on (sitting|standing)|sitting (or|and) standing|(goes|eases|settles|relieved|better|improves?|disappears?) (\w+ ){0,4}(lying|lie) (flat|down)|lying flat|purely postural|postural headache|ao (sentar|levantar|ficar em pe)|melhora (ao|quando) deita|deitad[ao] melhora|cefaleia postural)\b`)
	// ergotismRx: cold, white, numb fingers or toes (vasospasm)
	ergotismRx = regexp.MustCompile(`\b(ergotism|ergotismo|(fingers|toes|hands|feet|dedos|maos|pes) (\w+ ){0,4}(cold|white|pale|blue|numb|frios?|brancos?|palidos?|arroxeados?)|(cold|white|pale|numb) (\w+ ){0,2}(fingers|toes|hands|feet)|(hands|feet|limbs) (are |were )?(pale|cool|cold))\b`)
	ergotRx    = regexp.MustCompile(`\b(ergotamin\w*|dihydroergotamin\w*|ergot\w*|cafergot|migril|methysergid\w*|ergometrin\w*|methylergometrin\w*|metilergometrin\w*)\b`)
	// longMigraineRx: the headache is a migraine (status migrainosus when
	// it lasts beyond 72 hours)
	longMigraineRx = regexp.MustCompile(`\b(migraine|enxaqueca|migranea)\b`)
)

// visualFieldRx: a field defect found on examination or told as
// walking into things on one or both sides.
var visualFieldRx = regexp.MustCompile(`\b(bitemporal|homonymous|hemianop\w*|quadrantanop\w*|visual field (loss|defect|cut)s?|field (loss|defect|cut) (\w+ ){0,2}(on|to|in)|(bumping|bumps|walking|walks|banging) into (door ?frames?|doorways|things|people|furniture|objects)|(esbarr\w*|bate|batendo) (\w+ ){0,2}(nos? |nas? )?(portas|batentes|moveis|coisas|pessoas)|hemianopsia|quadrantanopsia|defeito de campo visual|perda de campo visual)\b`)

func (a *assessor) headacheAndDizziness() {
	c := a.c
	t := clinical.Fold(c.Text)
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// A visual field defect that came on over weeks or months (walking
	// into door frames, a bitemporal hemianopia) is a mass on the optic
	// pathway until imaged: MRI and formal fields within a day (RCOphth;
	// Endocrine Society 2011 pituitary incidentaloma); a sudden one is
	// graded as a stroke.
	if affirmedMatch(visualFieldRx, t) && !c.HasAny("sudden_onset", "thunderclap") && !Altered(c) && !c.Hx("vision_loss") {
		fl(U, "visual_field_defect", "a visual field defect come on over time: a lesion of the optic pathway until imaged, MRI and formal fields within a day", "defeito de campo visual progressivo: lesão da via óptica até prova em contrário, RM e campimetria em até um dia")
	}
	// Continuous vertigo for hours with nausea or vomiting, first time,
	// still walking: vestibular neuritis most often, but a posterior
	// stroke can look the same by phone — same-day HINTS and gait
	// examination (Kattah 2009; NICE CKS vertigo). A deficit, a fall to
	// one side or not walking are graded as a stroke elsewhere.
	if c.Has("dizziness") && affirmedMatch(continuousVertigoRx, t) && c.HasAny("vomiting", "nausea") && !affirmedMatch(briefPositionalRx, t) &&
		c.DurationHours >= 1 && c.DurationHours <= 24*4 {
		fl(U, "acute_vestibular_syndrome", "continuous vertigo for hours with vomiting: acute vestibular syndrome, same-day HINTS and gait examination to exclude a posterior stroke", "vertigem contínua há horas com vômitos: síndrome vestibular aguda, exame HINTS e marcha no mesmo dia para excluir AVC de circulação posterior")
	}
	// A headache on sitting or standing that goes lying flat after a
	// spinal, an epidural or a lumbar puncture is a post-dural-puncture
	// headache: analgesia, fluids and a review within 1-2 days (ICHD-3
	// 7.2.1); after childbirth the obstetric anaesthetist sees it the
	// same day, because pre-eclampsia and venous sinus thrombosis must
	// be excluded (OAA 2019).
	if c.Has("headache") && affirmedMatch(postDuralRx, t) && affirmedMatch(posturalHeadacheRx, t) {
		if c.Has("postpartum") || c.Pregnant {
			fl(U, "post_dural_puncture_headache", "postural headache after an epidural or spinal around childbirth: same-day obstetric anaesthetic review (OAA 2019)", "cefaleia postural após peridural ou raquianestesia no parto: avaliação anestésica obstétrica no mesmo dia (OAA 2019)")
		} else {
			fl(NonUrgent, "post_dural_puncture_headache", "postural headache after a lumbar puncture or spinal: analgesia, fluids and review within 1-2 days, blood patch if it persists (ICHD-3)", "cefaleia postural após punção lombar ou raquianestesia: analgesia, hidratação e reavaliação em 1-2 dias, blood patch se persistir (ICHD-3)")
		}
	}
	// Cold, white or numb fingers or toes on an ergot: ergotism, stop it
	// and assess the circulation the same day (FDA ergotamine label).
	if (ergotRx.MatchString(t) || c.OnClass("ergot")) && affirmedMatch(ergotismRx, t) {
		fl(U, "ergotism", "cold, pale or numb fingers or toes on an ergot: suspected ergotism, stop it and same-day assessment (FDA label)", "dedos frios, pálidos ou dormentes em uso de ergotamina: suspeita de ergotismo, suspender e avaliar no mesmo dia")
	}
	// A migraine lasting more than 72 hours is status migrainosus:
	// parenteral treatment the same day (ICHD-3 1.4.1; AHS 2016).
	if c.Has("headache") && longMigraineRx.MatchString(t) && c.DurationHours > 72 && c.DurationHours <= 24*10 {
		fl(U, "status_migrainosus", "a migraine lasting more than 72 hours: status migrainosus, same-day parenteral treatment (ICHD-3)", "enxaqueca há mais de 72 horas: estado de mal enxaquecoso, tratamento parenteral no mesmo dia (ICHD-3)")
	}
}
