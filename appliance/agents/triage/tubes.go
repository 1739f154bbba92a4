package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Tubes, lines and stomas that people live with at home: a feeding tube
// that came out, a nasogastric tube whose position is unproven, rigors
// when a central line is used, a hernia beside a stoma (or anywhere) that
// will not go back. Blocked and infected lines are graded in
// infection.go; sources are in each comment.

var (
	// gastrostomyRx: a gastrostomy or jejunostomy feeding tube
	gastrostomyRx = regexp.MustCompile(`\b(peg|rig|pej|g.?tube|j.?tube|gastrostom\w*|jejunostom\w*|mic.?key|balloon (gastrostomy )?button|feeding (tube|button)|sonda de gastrostomia|gastrostomia|jejunostomia|gtt)\b`)
	// tubeOutRx: a tube that has come out
	tubeOutRx = regexp.MustCompile(`\b((tube|peg|button|balloon|sonda) (\w+ ){0,3}(came|has come|fell|has fallen|slipped|was pulled|got pulled|pulled) out|(came|fell|pulled|slipped) (\w+ )?out (\w+ ){0,3}(tube|peg|button)|(pulled|yanked|tore) (the |his |her |their )?(tube|peg|button) out|(tube|peg|button) (\w+ ){0,2}(dislodged|displaced|fell out|is out|out completely)|(dislodged|displaced) (\w+ ){0,2}(tube|peg|button|gastrostomy)|(sonda|gastrostomia) (\w+ ){0,2}(saiu|caiu|foi arrancada|deslocou|sacou)|(arrancou|puxou) a sonda)\b`)
	// tubeRecentRx: a gastrostomy placed in the last weeks, before its
	// tract has matured
	tubeRecentRx = regexp.MustCompile(`\b(placed|inserted|sited|fitted|colocad[oa]|inserid[oa]|passad[oa]) (\w+ ){0,3}(\d|one|two|three|four|five|six|um|uma|dois|duas|tres) (days?|weeks?|dias?|semanas?) ago|\b(\d|one|two|three|four|five|six) (days?|weeks?) (after|post|since) (\w+ ){0,2}(placement|insertion|peg)|\bha (\d|um|uma|dois|duas|tres|quatro) (dias?|semanas?)\b`)
	// ngTubeRx: a nasogastric or nasojejunal feeding tube
	ngTubeRx = regexp.MustCompile(`\b(nasogastric|naso.?gastric|nasojejunal|\bngt?\b|ng tube|fine.bore (feeding )?tube|sonda nasogastrica|sonda nasoenteral|\bsne\b|\bsng\b)\b`)
	// ngPositionUnprovenRx: an NG tube whose tip is not confirmed in the
	// stomach (aspirate above pH 5.5, none obtained, the tube moved)
	ngPositionUnprovenRx = regexp.MustCompile(`\b(ph (of |was |tested |reading )?([6-9](\.\d)?|5\.[6-9])|(aspirate|aspirado)s? (\w+ ){0,3}ph ([6-9](\.\d)?|5\.[6-9])|(no|could not|couldn'?t|unable to|cannot|can'?t) (\w+ ){0,2}(obtain|get|aspirate) (an? )?(aspirate|fluid)|position (\w+ ){0,3}(not|un)(confirmed|certain|known)|(unconfirmed|uncertain|unknown) (tube )?position|(came|pulled|slipped) (partly |partially |half )?(out|back)|(partly|partially|half) (came|pulled|slipped|out)|pushed (it )?back( in)?|re.?advanced|posicao (nao confirmada|incerta)|saiu parcialmente)\b`)
	// centralAccessRx: a long-term central line or port used at home
	centralAccessRx = regexp.MustCompile(`\b(picc|hickman|groshong|portacath|port.a.cath|implanted port|central (venous )?(line|catheter)|tunnell?ed (line|catheter)|\bcvc\b|home parenteral|parenteral nutrition|\btpn\b|\bhpn\b|cateter (venoso )?central|cateter totalmente implantado|nutricao parenteral)\b`)
	// lineUseRigorsRx: rigors or a fever that came on as the line was used
	lineUseRigorsRx = regexp.MustCompile(`\b(rigou?rs?|shaking chills|shivering|calafrios?|tremores com febre)\b[^.;]{0,80}\b(after|on|when|within|with|following|apos|ao|depois d[aeo]) (\w+ ){0,3}(connect\w*|flush\w*|infus\w*|feed|line (use|access\w*)|using the line|conect\w*|infusao|lavagem)|\b(after|on|when|within|following|apos|ao) (\w+ ){0,3}(connect\w*|flush\w*|feed|infus\w*|conect\w*)\b[^.;]{0,60}\b(rigou?rs?|shaking chills|shivering|calafrios?)\b|(rigou?rs?|calafrios?) (started|began|comecaram) (\w+ ){0,2}(after|apos) (\w+ ){0,2}(line|connection|conexao)`)
	// herniaRx: an abdominal wall hernia, beside a stoma or elsewhere
	herniaRx = regexp.MustCompile(`\b(hernia\w*|(parastomal|groin|inguinal|femoral|umbilical|incisional|belly button|navel|stoma) (bulge|lump|swelling)|(bulge|lump|swelling) (\w+ ){0,3}(groin|stoma|belly button|navel|scar|umbigo|virilha|estomia|cicatriz))\b`)
	// irreducibleRx: a hernia that will not go back in
	irreducibleRx = regexp.MustCompile(`\b(irreducible|incarcerat\w*|(will ?not|won'?t|doesn'?t|does not|cannot|can'?t|could ?n'?t|no longer) (\w+ ){0,2}(go|push|pop|be pushed|be reduced|reduce) (\w+ ){0,1}(back|in)|(nao|já nao) (volta|entra|reduz)|encarcerad\w*|irredutivel)\b`)
	// strangulationRx: the signs that an irreducible hernia is dying
	strangulationRx = regexp.MustCompile(`\b(strangulat\w*|estrangulad\w*|(skin|lump|bulge|hernia) (\w+ ){0,3}(red|purple|dusky|discolou?red|black)|(no|not) (\w+ ){0,3}(wind|flatus|stool|output|gases)|stopped (passing|working)|stoma (\w+ ){0,3}(dusky|purple|black|dark)|sem (eliminar )?(gases|fezes))\b`)
)

func (a *assessor) tubesLinesAndStomas() {
	c := a.c
	t := clinical.Fold(c.Text)
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// A gastrostomy that has come out closes within hours: a
	// replacement tube (or a catheter to keep the tract) the same day,
	// before feeds and medicines are missed. In the first weeks the
	// tract is not mature and the stomach may leak into the peritoneum:
	// no blind replacement, same-day review (BSG 2010 PEG; NNNG 2020).
	if gastrostomyRx.MatchString(t) && affirmedMatch(tubeOutRx, t) {
		if tubeRecentRx.MatchString(t) {
			fl(U, "gastrostomy_out_immature", "a gastrostomy out within weeks of placement: no blind replacement, same-day review for a leak into the peritoneum (BSG 2010)", "gastrostomia que saiu semanas após a colocação: não repassar às cegas, avaliação no mesmo dia por vazamento peritoneal")
		} else {
			fl(U, "gastrostomy_out", "a gastrostomy tube has come out: replacement within hours before the tract closes (NNNG 2020)", "gastrostomia que saiu: repassar em poucas horas antes que o trajeto feche")
		}
	}
	// A nasogastric tube whose position is not proven (aspirate above pH
	// 5.5, no aspirate, a tube that moved) must not be used: a chest
	// X-ray or re-passing within hours, before the next feed or medicine
	// is due (NHS England never event; NPSA 2011 NG tube alert).
	if ngTubeRx.MatchString(t) && affirmedMatch(ngPositionUnprovenRx, t) {
		fl(U, "ng_tube_position_unproven", "a nasogastric tube whose position is not confirmed: do not use it, X-ray or re-pass within hours (NPSA 2011)", "sonda nasogástrica com posição não confirmada: não usar, radiografia ou repassar em poucas horas")
	}
	// Rigors or a fever that start when a central line is connected or
	// flushed are a catheter-related bloodstream infection until the
	// paired cultures say otherwise: same-day cultures from the line and
	// a vein, antibiotics, line rested (IDSA 2009; ESPEN 2018 HPN).
	if centralAccessRx.MatchString(t) && affirmedMatch(lineUseRigorsRx, t) {
		fl(U, "line_infection_rigors", "rigors when the central line is used: catheter-related bloodstream infection until cultures say otherwise, same day (IDSA 2009)", "calafrios ao usar o cateter central: infecção da corrente sanguínea relacionada ao cateter até prova em contrário, no mesmo dia")
	}
	// A hernia (beside a stoma or anywhere) that is painful and will not
	// go back is incarcerated: same-day surgical review; with a
	// discoloured lump, no wind or stool, or vomiting it is strangulated
	// and needs theatre now (WSES 2017 incarcerated hernia guidelines).
	if affirmedMatch(irreducibleRx, t) && herniaRx.MatchString(t) && (c.HasAny("abdominal_pain", "vomiting", "stoma") || painWordRx.MatchString(t)) {
		if affirmedMatch(strangulationRx, t) || c.Has("vomiting") && !c.Denied("vomiting") {
			fl(Emergency, "hernia_strangulated", "an irreducible hernia with a discoloured lump, vomiting or no wind or stool: strangulation, surgery now (WSES 2017)", "hérnia irredutível com pele alterada, vômitos ou parada de eliminação: estrangulamento, cirurgia já (WSES 2017)")
		} else {
			fl(U, "hernia_incarcerated", "a painful hernia that will not go back: incarceration, same-day surgical review (WSES 2017)", "hérnia dolorosa que não volta: encarceramento, avaliação cirúrgica no mesmo dia (WSES 2017)")
		}
	}
}
