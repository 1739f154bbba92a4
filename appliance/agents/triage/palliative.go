package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Palliative care: symptom crises at home, and the ceiling of care that
// keeps them there.
//
// A ceiling of care: someone recognised as dying, or with an advance care
// plan (DNACPR with ReSPECT, "not for hospital transfer", a wish to die at
// home) that keeps treatment at home. Their symptom crises (terminal
// agitation, a death rattle, opioid toxicity, a stopped syringe driver)
// are urgent for the palliative team within hours, not an emergency
// transfer (NICE NG31 care of dying adults; NICE NG142 end of life care;
// ReSPECT). A plan that allows hospital care, or a case with no plan,
// keeps every emergency.

var (
	// ceilingRx: the plan or the phase that keeps care at home.
	ceilingRx = regexp.MustCompile(`\b(not for (hospital )?(transfer|admission|escalation|hospital)|preferred place of (death|care) (is )?(at )?home|(wish|wishes|wishing|plan|plans|preference|chose|chosen|wants) to die at home|comfort.(focused|measures|care) only|comfort.focused care|recogni[sz]ed as dying|dying phase|last (hours|days) (of life|to days)|deseja (morrer|falecer|ficar|ser cuidad[oa]) em casa|(wishes|wants|wish|prefers) to (be cared for|stay|remain) at home|desejo de (morrer|falecer) em casa|(nao|sem) (indicacao de )?(transferencia|internacao|hospitalizacao)|cuidados (de )?fim de vida|cuidados paliativos exclusivos|medidas de conforto|processo ativo de morte|fase final de vida|em fase final)\b`)
	// activeTreatmentRx: a plan that still allows hospital treatment.
	activeTreatmentRx = regexp.MustCompile(`\b(for (full )?(active )?(treatment|escalation)|full active treatment|for hospital (admission|transfer|treatment)|for admission if|would want (hospital|admission|treatment)|accepts? (hospital|admission|transfer)|aceita (internacao|hospital|transferencia)|tratamento ativo|para internacao se)\b`)
)

var (
	// rescueDosesRx: three or more breakthrough doses in a day, or rescue
	// doses that do not hold.
	rescueDosesRx = regexp.MustCompile(`\b((\d+|three|four|five|six|seven|eight|several|tres|quatro|cinco|seis|sete|oito|varios|varias) (\w+ ){0,2}(breakthrough|rescue|as.needed|prn|resgates?|doses de resgate)|(breakthrough|rescue|resgate|as.needed) (\w+ ){0,3}(wear off|wears off|not (helping|working|holding)|nao (alivia|resolve|adianta|segura))|nao alivia com (a )?(morfina|o resgate|resgate))`)
	// catastrophicBleedRx: blood that spurts or soaks towels: a
	// catastrophic haemorrhage under way.
	catastrophicBleedRx = regexp.MustCompile(`\b((jorrando|jorra|esguich\w*|spurting|pumping|gushing|pouring|squirting) (\w+ )?(sangue|blood|out)?|(soaked|soaking|soaks|encharc\w*|ensop\w*) (through )?(\w+ ){0,3}(towels?|toalhas?|lencois|sheets|pillows?)|(blood|sangue) (everywhere|por todo (lado|canto))|carotid blow.?out)`)
	// driverFailedRx: a syringe driver or subcutaneous infusion that has
	// stopped delivering (alarming, occluded, still full, out) or whose
	// site is inflamed.
	driverFailedRx = regexp.MustCompile(`\b((syringe driver|driver|syringe pump|infusion pump|pump|bomba( de seringa| de infusao)?|infusao (continua|subcutanea)|hipodermoclise) (\w+ ){0,4}(alarm\w*|beeping|apitando|occlu\w*|oclusao|blocked|stopped|parou|not running|not going through|nao (esta )?(rodando|infundindo|correndo)|still full|praticamente cheia|cheia|dislodged|came out|fell out|saiu|solt\w*)|(site|local|butterfly) (\w+ ){0,5}(red and (hard|swollen)|inflamed|vermelho e (endurecido|inchado)|endurecid\w*))`)
	// distressRx: pain or distress shown by someone who may not say it.
	distressRx = regexp.MustCompile(`\b(pain|painful|dor|gemendo|gemido|groaning|moaning|grimac\w*|cara de dor|restless\w*|inquiet\w*|agitad\w*|agitation|agitacao|distress\w*|agoniad\w*|sofrendo)\b`)
	// deathRattleRx: noisy respiratory secretions of the dying
	deathRattleRx = regexp.MustCompile(`\b(death rattle|(noisy|rattly|rattling|gurgl\w*) (\w+ )?(breathing|breaths|secretions|chest)|(loud |noisy )?rattle (when|as) (she|he) breathes|respiratory secretions|estertor\w*|sororoca|respiracao (ruidosa|com barulho|gorgolejante)|secrecao (na garganta|ruidosa))\b`)
	// dyingPhaseRx: the last hours or days of life recognised.
	dyingPhaseRx = regexp.MustCompile(`\b(recogni[sz]ed as dying|dying phase|last (hours|days) (of life|to days)|(is|was) actively dying|processo ativo de morte|fase final de vida|ultimos dias de vida|ultimas horas de vida)\b`)
	// settledRx2: comfortable and settled now.
	settledRx2 = regexp.MustCompile(`\b(comfortable|settled|peaceful|confortavel|tranquil[oa]|sereno|serena)\b`)
	// bleedOverRx: a bleed told as stopped in other words ("it's
	// stopped now", "stopped bleeding after").
	bleedOverRx = regexp.MustCompile(`\b((bleeding|it|it'?s|sangramento|sangue) (\w+ ){0,3}(has |had |is |was |now )?(stopped|settled|controlled|parou|estancou|cessou|controlad[oa])|stopped (bleeding|after)|parou de sangrar|haemostasis|hemostasia)\b`)
	// bloodFlowingRx: blood told as flowing out.
	bloodFlowingRx = regexp.MustCompile(`\b((blood|sangue) (\w+ )?(pouring|spurting|gushing|pumping|squirting|jorrando|esguichando|escorrendo)|(pouring|spurting|gushing|pumping|squirting|jorrando|esguichando) (\w+ )?(blood|sangue))\b`)
	// tumourBleedRx: a bleed from a fungating tumour, or a herald bleed.
	tumourBleedRx = regexp.MustCompile(`\b((herald|sentinel|warning) (bleed|haemorrhage|hemorrhage)|sangramento sentinela|(fungating|ulcerat\w*|exofitic\w*|vegetante) (\w+ ){0,4}(wound|tumou?r|mass|lesion|ferida|tumor|lesao)|(carotid|carotida) (\w+ ){0,3}(blow.?out|rupture|ruptura))`)
)

// palliativeCrises: symptom crises that need the palliative team the
// same day whatever the ceiling of care.
func (a *assessor) palliativeCrises() {
	c := a.c
	t := clinical.Fold(c.Text)
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// Cancer pain at 7/10 or more despite three or more breakthrough
	// doses a day: the regular opioid is raised the same day (NICE CG140
	// opioids in palliative care; EAPC 2012).
	// (pain getting worse with the rescue doses multiplying is the same
	// crisis at a lower score)
	if c.Has("cancer") && (c.Severity >= 7 || c.Has("worsening") && !c.Denied("worsening")) && rescueDosesRx.MatchString(t) {
		fl(Urgent, "palliative_pain_crisis", "cancer pain 7/10 or more despite repeated breakthrough doses: same-day review of the regular opioid (NICE CG140)", "dor oncológica 7/10 ou mais apesar de resgates repetidos: revisão do opioide regular no mesmo dia (NICE CG140)")
	}
	// A bleed from a fungating tumour near a large vessel may herald a
	// catastrophic haemorrhage: same-day visit to plan dark towels and a
	// crisis sedative (APM/NHS Scotland palliative care guidelines, bleeding).
	// A syringe driver that has stopped delivering, with pain or
	// agitation back: a visit within hours to resite the line, restart
	// the infusion and give breakthrough doses (NICE NG31; Scottish
	// Palliative Care Guidelines, syringe pumps).
	if affirmedMatch(driverFailedRx, t) && affirmedMatch(distressRx, t) {
		fl(Urgent, "syringe_driver_failed", "syringe driver stopped or its site inflamed, with pain or agitation back: visit within hours to resite and restart, breakthrough doses meanwhile", "bomba de infusão parada ou local inflamado, com dor ou agitação de volta: visita em poucas horas para repuncionar e reiniciar, doses de resgate enquanto isso")
	}
	// Agitation, pain or noisy secretions in someone recognised as dying
	// at home, not yet eased by the anticipatory medicines: a nurse or
	// doctor visit within hours to give them and consider a syringe
	// driver (NICE NG31 1.4-1.7; NICE NG142).
	if dyingPhaseRx.MatchString(t) && (affirmedMatch(distressRx, t) || affirmedMatch(deathRattleRx, t)) && !affirmedMatch(settledRx2, t) {
		fl(Urgent, "dying_symptoms_uncontrolled", "agitation, pain or noisy secretions in the last days of life: visit within hours to give the anticipatory medicines (NICE NG31)", "agitação, dor ou secreções ruidosas nos últimos dias de vida: visita em poucas horas para as medicações antecipatórias (NICE NG31)")
	}
	// A bleed that is spurting or soaking towels now is a catastrophic
	// haemorrhage: someone with the patient at once, pressure with dark
	// towels and the crisis sedative, or emergency services where the
	// plan allows (APM and NHS Scotland palliative guidelines, terminal
	// haemorrhage; ATLS). The response is immediate even at home, so the
	// ceiling of care below does not cap it.
	if (c.HasAny("bleeding", "major_bleeding") || affirmedMatch(bloodFlowingRx, t)) && affirmedMatch(catastrophicBleedRx, t) && !c.Passing("bleeding") && !bleedStoppedRx.MatchString(t) && !bleedOverRx.MatchString(t) {
		fl(Emergency, "catastrophic_bleed", "bleeding that is spurting or soaking towels: catastrophic haemorrhage, immediate response (pressure, crisis medicine or emergency services as the plan allows)", "sangramento jorrando ou encharcando toalhas: hemorragia catastrófica, resposta imediata (compressão, medicação de crise ou serviço de emergência conforme o plano)")
	}
	if c.Has("cancer") && c.HasAny("bleeding", "major_bleeding") && tumourBleedRx.MatchString(t) {
		fl(Urgent, "tumour_bleed", "bleeding from a fungating tumour: possible herald of a catastrophic bleed, same-day palliative plan (dark towels, crisis medicine)", "sangramento de tumor vegetante: possível sangramento sentinela, plano paliativo no mesmo dia (toalhas escuras, medicação de crise)")
	}
}

// ceilingOfCare caps an emergency at urgent when the plan keeps care at
// home; it never lowers anything below urgent.
func (a *assessor) ceilingOfCare() {
	c := a.c
	if a.level < Emergency {
		return
	}
	t := clinical.Fold(c.Text)
	if !ceilingRx.MatchString(t) || allowsHospital(t) || a.r.HasFlag("catastrophic_bleed") {
		return
	}
	// Someone recognised as dying who is comfortable and settled, with no
	// distress and nothing new for the team to do, is dying as expected:
	// unresponsiveness and pauses in breathing are part of it, and the
	// planned visits go on (NICE NG31 1.2, 1.4).
	if dyingPhaseRx.MatchString(t) && affirmedMatch(settledRx2, t) && !affirmedInSentence(distressRx, t) && !a.r.HasFlag("syringe_driver_failed") && !a.r.HasFlag("catastrophic_bleed") {
		a.level = Routine
		a.r.Flags = append(a.r.Flags, Flag{Code: "expected_dying_settled", Level: Routine, Kind: "context", Text: clinical.T(
			"recognised as dying and comfortable, no distress: dying as expected, continue the plan and the planned visits (NICE NG31)",
			"em fase final de vida e confortável, sem sofrimento: evolução esperada, manter o plano e as visitas programadas (NICE NG31)")})
		return
	}
	a.level = Urgent
	a.r.Flags = append(a.r.Flags, Flag{Code: "ceiling_of_care", Level: Urgent, Kind: "context", Text: clinical.T(
		"care plan keeps treatment at home (recognised as dying or not for hospital transfer): urgent visit by the palliative team within hours, no emergency transfer (NICE NG31)",
		"plano de cuidados mantém o tratamento em casa (fase final de vida ou sem transferência hospitalar): visita urgente da equipe de cuidados paliativos em poucas horas, sem transferência de emergência")})
}

// allowsHospital: the plan allows hospital treatment ("for hospital
// admission", but not "not for hospital transfer").
func allowsHospital(t string) bool {
	for _, loc := range activeTreatmentRx.FindAllStringIndex(t, -1) {
		pre := t[max(0, loc[0]-4):loc[0]]
		if pre != "not " && pre != "nao " {
			return true
		}
	}
	return false
}

// CeilingOfCare reports whether triage capped the case at urgent for its
// care plan (the validator keeps specialists under the same ceiling).
func CeilingOfCare(r Result) bool { return r.HasFlag("ceiling_of_care") }

// HasFlag reports whether triage raised a flag code.
func (r Result) HasFlag(code string) bool {
	for _, f := range r.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}
