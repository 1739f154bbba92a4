package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Sleep and breathing at night. Hypercapnia, opioid toxicity, seizures
// and nocturnal angina are graded with the presentations; these rules
// grade the sleep disorders themselves, whose danger is mostly at the
// wheel. Sources are in each comment.

var (
	// the things that make sleep apnoea likely: witnessed pauses, a sleep
	// study, a CPAP, snoring with sleepiness
	apnoeaRx = regexp.MustCompile(`\b(sleep apn\w*|obstructive apn\w*|\bosa\b|\bsaos\b|apneia (obstrutiva )?do sono|witnessed (apn\w*|pauses)|(pauses?|stops?|stopping) (in )?(his |her |their )?breathing|(i|he|she|you) (stop|stops|stopped) breathing (at night|in (my|his|her|their) sleep|while asleep)|stop-?bang:? ?[5-8]\b|apneias? presenciadas?|para de respirar|ahi \d|iah \d)`)
	// sleepiness enough to matter: dozing by day, an Epworth score over 10
	sleepyRx = regexp.MustCompile(`\b(falls? asleep|fell asleep|dozes?|dozing|nodding off|drifts? off|sleepy|sleepiness|somnolen\w*|sonolen\w*|cochil\w*|dorme (no|ao|durante)|epworth( sleepiness)?( scale| score)?:? ?(1[1-9]|2[0-4])\b|\bess:? ?(1[1-9]|2[0-4])\b)`)
	// a driver whose sleepiness endangers others, or a near-miss
	driverRiskRx = regexp.MustCompile(`\b(hgv|lgv|lorry|truck|bus|coach|taxi|uber|delivery|forklift|train|professional|commercial|vocational) (driver|driving)|drives? (a |an |the )?(hgv|lgv|van|lorry|truck|bus|coach|taxi|for a living)|(nodding|nodded|dozing|dozed|falling|fell) (off|asleep) (\w+ ){0,2}(at|behind|while) (the )?(traffic lights|wheel|driving)|driving (his|her|their|a|the) (lorry|truck|bus|taxi|coach)|(asleep|dozed|dozing|nodded off|drifted) (\w+ ){0,3}(at|behind) the wheel|(drifted|swerved|veered) (\w+ ){0,4}(lane|road|verge|motorway|highway)|near.?miss|(quase|por pouco) (\w+ ){0,2}(bateu|dormiu|cochilou) (\w+ ){0,2}(dirigindo|ao volante|no volante|no semaforo)|(dormiu|cochilou) (\w+ ){0,2}(ao|no) volante|(caminhoneiro|motorista (de (onibus|caminhao|aplicativo|taxi)|profissional))`)
	// cataplexy, the sign of narcolepsy type 1
	cataplexyRx = regexp.MustCompile(`\b(cataplex\w*|catalepsia|(knees|legs|jaw|chin|head) (\w+ ){0,3}(buckle|buckles|buckling|give way|gives way|go weak|goes weak|drops?|sag\w*) (\w+ ){0,3}(laugh\w*|joke\w*|excit\w*|angry|surprise\w*)|(laugh\w*|joke\w*|excit\w*) (\w+ ){0,5}(knees|legs|jaw|chin|head) (\w+ ){0,2}(buckle\w*|give way|gives way|go weak|goes weak|drops?|sag\w*)|(pernas? (falham|fraquejam|amolecem)|queixo cai|cabeca cai) (\w+ ){0,4}(ri|rir|risada|riso|emocao|susto)|narcolep\w*)`)
	// central apnoea on a sleep study
	centralApnoeaRx = regexp.MustCompile(`\b(central (sleep )?apn\w*|central apn\w* index|apneia central|ataxic breathing|biot|cheyne.stokes)\b`)
)

func (a *assessor) sleepAndBreathing() {
	c := a.c
	t := clinical.Fold(c.Text)
	// Suspected obstructive sleep apnoea with excessive sleepiness in a
	// vocational driver, or after a near-miss at the wheel, is referred
	// urgently (NICE NG202 1.1.3) and told not to drive now (DVLA).
	if affirmedMatch(apnoeaRx, t) && affirmedMatch(sleepyRx, t) && affirmedInSentence(driverRiskRx, t) && !c.Has("drowsy") {
		a.flag(NonUrgent, "presentation", "sleepy_driver_osa", clinical.T("suspected sleep apnoea with sleepiness in a professional driver or after a near-miss: stop driving now and urgent sleep-service referral (NICE NG202; DVLA)", "suspeita de apneia do sono com sonolência em motorista profissional ou após quase acidente: suspender a direção e encaminhamento prioritário ao serviço de sono (NICE NG202)"))
	}
	// Sleepiness with cataplexy is narcolepsy type 1: a sleep-specialist
	// referral (polysomnography and MSLT) within weeks and no driving
	// until treated (AASM 2021; ICSD-3).
	if affirmedMatch(cataplexyRx, t) && affirmedMatch(sleepyRx, t) {
		a.flag(NonUrgent, "presentation", "narcolepsy_suspected", clinical.T("daytime sleepiness with cataplexy: suspected narcolepsy, sleep-specialist referral and no driving until treated (AASM 2021)", "sonolência diurna com cataplexia: suspeita de narcolepsia, encaminhamento ao especialista em sono e sem dirigir até o tratamento (AASM 2021)"))
	}
	// Central apnoea on a long-term opioid: a dose review with the
	// prescriber and naloxone within days (AASM 2016 central sleep
	// apnoea; CDC 2022 opioid guideline).
	if c.OnClass("opioid") && affirmedMatch(centralApnoeaRx, t) {
		a.flag(NonUrgent, "presentation", "opioid_central_apnoea", clinical.T("central sleep apnoea on an opioid: dose review and naloxone within days (AASM; CDC 2022)", "apneia central do sono em uso de opioide: revisão da dose e naloxona em poucos dias"))
	}
}
