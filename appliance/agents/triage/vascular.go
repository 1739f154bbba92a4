package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Blood vessels and limbs: the vascular problems that are not an
// acutely ischaemic limb (graded with the presentations) but still
// need a same-day or a within-days vascular look. Sources are in each
// comment.

var (
	// cltiRx: ischaemic rest pain, gangrene or an arterial ulcer,
	// the signs of chronic limb-threatening ischaemia
	cltiRx = regexp.MustCompile(`\b((pain|dor|burning|queimacao) (\w+ ){0,6}(at night|a noite|in bed|na cama)[^.;]{0,60}(hanging|dangling|pendurad\w*|leg down|perna para baixo|sleeps? in (the |a )?chair|dorme (na |sentad\w*))|(sleeps?|sleeping|dorme|dormindo) (\w+ ){0,3}(in (the |a )?chair|sentad\w*|na cadeira)[^.;]{0,40}(leg|perna)|rest pain|dor (isquemica )?de repouso|(dry |wet )?gangren\w*|(black|blackened|necrotic|necrosis|necrose|preta|enegrecid\w*) (\w+ ){0,4}(toe|toes|dedo|dedos|hallux|tip)|(toe|dedo)s? (\w+ ){0,4}(black|necrotic|necros\w*|gangren\w*)|arterial ulcer|ulcera arterial|punched.out (\w+ )?ulcer|abpi (of |de )?0[.,][0-4]\d?|itb (de )?0[.,][0-4]\d?|toe pressure (\w+ ){0,2}([0-2]\d|30) ?mm)\b`)
	// digitalIschaemiaRx: a finger or toe that stays dusky, blue or
	// white and does not warm, or breaks down
	digitalIschaemiaRx = regexp.MustCompile(`\b((finger|fingertip|digit|toe|dedo|ponta do dedo)s? (\w+ ){0,6}(dusky|blue|white|cold|arroxead\w*|cianotic\w*|branc\w*|fri[oa])\b[^.;]{0,80}\b(not warming|not reperfus\w*|despite warming|persist\w*|for (\d+|many) hours|nao (melhora|esquenta|reaquece)|necro\w*|ulcer\w*|black)|not warming (up )?like (her|his|their|my) usual|(necrotic|necrose|ulcer\w*) (\w+ ){0,3}(finger|fingertip|digit|dedo) ?tip)`)
	// sfjThrombophlebitisRx: a superficial thrombophlebitis reaching the
	// saphenofemoral or saphenopopliteal junction
	sfjThrombophlebitisRx = regexp.MustCompile(`\b(([0-3] ?cm|[0-3] centimetros) (\w+ ){0,3}(from|of|da|do|de) (the |a )?(sapheno.?femoral|sapheno.?popliteal|safeno.?femoral|safeno.?poplitea) junction|(sapheno.?femoral|safeno.?femoral|sapheno.?popliteal|safeno.?poplitea) (junction|juncao)?[^.;]{0,30}\b([0-3] ?cm)|(extends?|extending|reaching|chegando|atingindo) (\w+ ){0,3}(the |a )?(sapheno.?femoral|safeno.?femoral|juncao safeno)|([0-3] ?cm) (\w+ ){0,3}(da|de|do) juncao safeno.?(femoral|poplitea))`)
	// cltiResolvedRx: rest pain told as treated or gone
	cltiResolvedRx = regexp.MustCompile(`\b((rest pain|dor de repouso) (\w+ ){0,2}(resolved|gone|settled|improved|resolvida|melhorou|desapareceu)|(bypass|angioplasty|revasculari\w*|stent\w*|amputation|amputacao|ponte|angioplastia) (\w+ ){0,6}(for|por) (\w+ )?(rest pain|gangren\w*|dor de repouso))\b`)
	// varicoseBleedRx: a varicose vein that bled
	varicoseBleedRx = regexp.MustCompile(`\b((bleed\w*|bled|blood|sangr\w*|sangue) (\w+ ){0,4}(varicose|variz|varizes|varicosidade)|(varicose (vein|ulcer)s?|variz|varizes) (\w+ ){0,4}(bled|bleed\w*|burst|sangr\w*|rompeu|estourou))\b`)
	// dvtExcludedRx: an ultrasound that excluded a deep vein thrombosis
	dvtExcludedRx = regexp.MustCompile(`\b(no (evidence of )?(dvt|deep vein thrombosis)|(dvt|deep vein thrombosis|tvp|trombose venosa profunda) (\w+ ){0,2}(excluded|ruled out|descartad\w*|afastad\w*)|(veins?|veias?) (\w+ ){0,4}(fully )?(compressible|compressiveis|comprimiveis)|sem (sinais de )?(tvp|trombose venosa profunda))\b`)
)

func (a *assessor) vesselsAndLimbs() {
	c := a.c
	t := clinical.Fold(c.Text)
	U, NU := Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// Rest pain, gangrene or an arterial ulcer with poor pulses is
	// chronic limb-threatening ischaemia: vascular assessment and imaging
	// the same day or next (Global Vascular Guidelines 2019; NICE CG147).
	if affirmedInSentence(cltiRx, t) && !cltiResolvedRx.MatchString(t) && (!c.HasAny("limb_ischemia", "limb_ischaemia") || c.DurationHours > 24*14) && !frostbite(c) {
		fl(U, "chronic_limb_threatening_ischaemia", "rest pain, gangrene or an arterial ulcer: chronic limb-threatening ischaemia, urgent vascular assessment and imaging (GVG 2019)", "dor de repouso, gangrena ou úlcera arterial: isquemia crônica com ameaça ao membro, avaliação vascular e imagem urgentes")
	}
	// A digit that stays dusky and does not warm, or breaks down, is
	// critical digital ischaemia: same-day hospital assessment for
	// prostacyclin (BSR 2024 systemic sclerosis; EULAR 2023).
	if affirmedMatch(digitalIschaemiaRx, t) && !c.Has("limb_ischemia") && !frostbite(c) {
		fl(U, "critical_digital_ischaemia", "a finger or toe that stays dusky or is breaking down: critical digital ischaemia, same-day assessment (BSR; EULAR)", "dedo que permanece arroxeado ou necrosando: isquemia digital crítica, avaliação no mesmo dia")
	}
	// A superficial thrombophlebitis within 3 cm of the saphenofemoral
	// junction is treated like a DVT: anticoagulation the same day (ESVS
	// 2021 venous thrombosis; NICE CKS superficial thrombophlebitis).
	if affirmedMatch(sfjThrombophlebitisRx, t) {
		fl(U, "junctional_thrombophlebitis", "superficial thrombophlebitis within 3 cm of the saphenous junction: anticoagulation the same day (ESVS 2021)", "tromboflebite superficial a menos de 3 cm da junção safena: anticoagulação no mesmo dia (ESVS 2021)")
	}
	// A varicose vein that has bled, even once and now stopped, is
	// referred to a vascular service at once (NICE CG168); a bleed still
	// running is graded by the bleeding rules.
	if affirmedMatch(varicoseBleedRx, t) {
		fl(U, "varicose_bleed", "bleeding from a varicose vein: immediate referral to a vascular service (NICE CG168)", "sangramento de variz: encaminhamento imediato ao serviço vascular (NICE CG168)")
	}
	// (a calf whose duplex excluded a DVT — a ruptured Baker's cyst — is
	// reviewed within days)
	if c.Has("dvt_signs") && affirmedMatch(dvtExcludedRx, t) && !c.HasAny("dyspnea", "pleuritic", "hemoptysis") {
		fl(NU, "dvt_excluded", "a swollen calf whose ultrasound excluded a DVT: review of the other cause within days", "panturrilha edemaciada com ultrassom sem TVP: rever a outra causa em poucos dias")
	}
}
