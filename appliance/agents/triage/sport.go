package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Sport and exercise: the injuries a team doctor, a physiotherapist or
// the emergency department sees after training and matches. Collapse on
// the field, heat and sodium, concussion and rhabdomyolysis are graded
// with the presentations; this file adds the neck injured in a tackle or
// a dive and the stress fracture that can displace. Sources are in each
// comment.

var (
	// neckInjuryRx: a neck hurt by a force through the head or a fall
	neckInjuryRx = regexp.MustCompile(`\b(tackl\w*|head.?(down|first)|axial (load\w*|compression)|spear\w*|div(e|ed|ing) (into|in) (a |the )?(shallow|pool|water|river|lake)|shallow (water|end)|mergulh\w*|scrum|collapsed scrum|trampoline|cama elastica|whiplash|efeito chicote|(fell|fall|falling|fallen|queda|caiu) (\w+ ){0,4}(on|onto|de) (his|her|the|a)? ?(head|neck|cabeca|pescoco)|(hit|struck|bateu|atingid[oa]) (\w+ ){0,3}(head|neck|cabeca|pescoco)|(crown|top) of (the |his |her )?(head|helmet))\b`)
	// neckRx: the neck or a cervical level
	neckRx = regexp.MustCompile(`\b(neck|cervical|c[1-7]( ?[-/] ?c?[1-7])?|pescoco|nuca|coluna cervical)\b`)
	// cordDeficitRx: weakness, numbness or tingling in both arms, both
	// legs or all four limbs, or a limb-wide grade of weakness
	cordDeficitRx = regexp.MustCompile(`\b((weak\w*|numb\w*|tingl\w*|paraesthesi\w*|paresthesi\w*|burning|(reduced|decreased|altered|loss of) (sensation|power|strength|feeling)|(unable|could not|couldn'?t|can'?t|cannot) (to )?move|fraqueza|dormencia|formigamento|parestesia\w*|perda de (forca|sensibilidade)|nao (conseguia|consegue) mexer) (\w+ ){0,4}(both (arms|legs|hands|feet)|all (four )?limbs|(arms|hands) (and|or) (legs|feet)|ambos os (bracos|membros)|ambas as (pernas|maos)|(bracos|maos) e (pernas|pes)|quatro membros)|(both (arms|legs|hands)|(arms|hands) (and|or) (legs|feet)|(bracos|maos) e (pernas|pes)) (\w+ ){0,3}(weak\w*|numb\w*|tingl\w*|dormentes?|fracos?)|(grip|hand|arm) (strength|power|grip) [0-4] ?/ ?5 bilateral\w*|bilateral\w* (\w+ ){0,3}(weakness|numbness|paraesthesia|paresthesia|fraqueza|parestesia)|tetrapares\w*|quadripares\w*|tetrapleg\w*|quadripleg\w*|central cord)\b`)
	// cspineTenderRx: tenderness on the spine itself, not the muscles
	cspineTenderRx = regexp.MustCompile(`\b(midline (cervical |neck |spinal )?(tenderness|tender|pain)|(tenderness|tender|pain) (\w+ ){0,2}(over|in|on|at) (the )?(midline|spinous process\w*|c[1-7]\b)|dor (a |na )?palpacao (\w+ ){0,2}(linha media|processos? espinhos\w*|apofises? espinhos\w*|coluna cervical))\b`)
	// femoralStressRx: groin or hip pain in a runner that hurts at rest,
	// at night or on a hop, the signs of a femoral neck stress fracture
	femoralStressRx = regexp.MustCompile(`\b((groin|hip|virilha|quadril)\b[^.;]{0,80}\b(at night|night pain|at rest|when walking|on walking|a noite|em repouso|ao caminhar)|(pain|dor) (\w+ ){0,3}(single.leg hop|hop test|hopping|salto unipodal)|(end.range|pain (on|with)) internal rotation|(dor (na|a) )?rotacao interna|femoral neck stress|stress fracture of the femoral neck|fratura por estresse do colo)\b`)
	// enduranceLoadRx: the training load behind a stress fracture
	enduranceLoadRx = regexp.MustCompile(`\b(runner|running|marathon|cross.country|track|\d+ ?km (a|per|por) (week|semana)|mileage|corredora?|corrida|maratona|military recruit|recruta|training load|carga de treino|red.?s|relative energy deficiency|female athlete triad|triade da atleta)\b`)
)

func (a *assessor) sportAndExercise() {
	c := a.c
	t := clinical.Fold(c.Text)
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	neckHurt := neckInjuryRx.MatchString(t) && neckRx.MatchString(t) || c.Has("injury") && affirmedMatch(cspineTenderRx, t)
	// A neck injured by a force through the head with weakness, numbness
	// or tingling in both arms or all four limbs is a cervical spinal
	// cord injury until imaged, even if it is getting better (a central
	// cord syndrome, a transient quadriparesis): full spinal motion
	// restriction, CT and MRI (NICE NG41 spinal injury; Canadian C-spine
	// rule, a high-risk factor is a paraesthesia in the limbs).
	if neckHurt && affirmedMatch(cordDeficitRx, t) {
		fl(E, "cervical_cord_injury", "neck injury with weakness or numbness in both arms or all four limbs: spinal cord injury until imaged, spinal motion restriction, CT and MRI (NICE NG41)", "trauma cervical com fraqueza ou dormência nos dois braços ou nos quatro membros: lesão medular até prova em contrário, restrição de movimento, TC e RM (NICE NG41)")
	} else if neckHurt && affirmedMatch(cspineTenderRx, t) && !c.Has("routine") {
		// Midline tenderness after a dangerous mechanism needs imaging
		// of the cervical spine the same day (Canadian C-spine rule).
		fl(U, "cspine_imaging", "midline neck tenderness after a dangerous mechanism: imaging of the cervical spine the same day (Canadian C-spine rule)", "dor à palpação da linha média cervical após mecanismo de risco: imagem da coluna cervical no mesmo dia (regra canadense)")
	}
	// Groin pain in a runner that hurts at night, at rest or on a hop is
	// a femoral neck stress fracture until an MRI says not: a normal
	// X-ray does not exclude it, and a tension-side fracture can
	// displace (British Journal of Sports Medicine; IOC 2018 RED-S
	// consensus): non-weight-bearing and MRI within a day.
	if enduranceLoadRx.MatchString(t) && affirmedMatch(femoralStressRx, t) && !c.Has("routine") {
		fl(U, "femoral_stress_fracture", "groin pain in a runner at rest, at night or on hopping: femoral neck stress fracture until an MRI says not, crutches now (IOC RED-S)", "dor na virilha em corredor em repouso, à noite ou ao saltar: fratura por estresse do colo femoral até a RM excluir, muletas agora")
	}
}
