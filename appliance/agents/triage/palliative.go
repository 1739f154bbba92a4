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
	if !ceilingRx.MatchString(t) || allowsHospital(t) {
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
