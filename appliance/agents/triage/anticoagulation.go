package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Blood thinners seen at an anticoagulation clinic: an INR above range
// without bleeding, a platelet fall on heparin, and a pregnancy on
// warfarin. Bleeding on an anticoagulant, an INR of 5 or more and a
// head injury are decided with the presentations; these rules add
// what a clinic sees between them. Sources are in each comment.

var (
	plateletFallRx = regexp.MustCompile(`\b((fell|fall|drop|dropped|halved|queda|caiu|caira\w*) (\w+ ){0,4}(platelet|plaqueta)s?|(platelet|plaqueta)s? (\w+ ){0,4}(fell|fallen|dropped|halved|caira\w*|cai\w*)|4 ?ts|anti.?pf4)\b`)
)

func (a *assessor) bloodThinners() {
	c := a.c
	t := clinical.Fold(c.Text)
	bleeding := c.HasAny("bleeding", "bruising", "hematuria", "melena", "hematemesis", "major_bleeding", "epistaxis", "vaginal_bleeding", "head_injury")
	// An INR above the range on warfarin, below 5 and without bleeding:
	// omit or reduce a dose and recheck within about a week (BSH 2011
	// oral anticoagulation guideline; ACCP 2012). At 5 or more the
	// critical-lab rule decides.
	if inr, ok := c.LabValue("inr"); ok && c.OnClass("vka") && inr > 3.5 && inr < 5 && !bleeding {
		a.flag(NonUrgent, "lab", "inr_above_range", clinical.T(f("INR %.1f on warfarin, above range without bleeding: omit or reduce a dose and recheck within a week (BSH)", inr), f("INR %.1f em varfarina, acima da faixa e sem sangramento: omitir ou reduzir uma dose e repetir em até uma semana (BSH)", inr)))
	}
	// A platelet count that falls on heparin, usually 5-10 days after it
	// started, is heparin-induced thrombocytopenia until the 4Ts score and
	// anti-PF4 test say otherwise: stop all heparin the same day and give a
	// non-heparin anticoagulant (ASH 2018 HIT guideline).
	if plt, ok := c.LabValue("platelets"); ok && c.OnClass("heparin") && (plt < 100 || plt < 150 && plateletFallRx.MatchString(t)) {
		a.flag(Urgent, "lab", "hit_suspected", clinical.T(f("platelets %.0f on heparin: suspected heparin-induced thrombocytopenia, 4Ts score, stop all heparin and start a non-heparin anticoagulant today (ASH 2018)", plt), f("plaquetas %.0f em uso de heparina: suspeita de trombocitopenia induzida por heparina, escore 4Ts, suspender toda heparina e iniciar anticoagulante não heparínico hoje (ASH 2018)", plt)))
	}
	// A pregnancy on warfarin: the embryopathy window is weeks 6-12, so
	// cardiology and obstetrics plan the switch to monitored
	// low-molecular-weight heparin within days, without leaving a
	// mechanical valve unprotected (ESC 2018 pregnancy guideline).
	if c.Pregnant && c.OnClass("vka") && pregnantNowRx.MatchString(t) && !planningPregnancyRx.MatchString(t) {
		a.flag(Urgent, "presentation", "vka_pregnancy", clinical.T("pregnancy on warfarin: same-day plan with cardiology and obstetrics to switch to monitored heparin, never stopping anticoagulation without a replacement (ESC 2018)", "gestação em uso de varfarina: plano no mesmo dia com cardiologia e obstetrícia para troca por heparina monitorada, sem suspender a anticoagulação sem substituto (ESC 2018)"))
	}
}
