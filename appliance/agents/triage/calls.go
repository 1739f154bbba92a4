package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Telephone triage: what a call-handler hears from a caller who is often
// not the patient. A birth that is about to happen at home, and the
// advice calls about a forgotten dose or a single forgotten pill that
// need no visit. Sources are in each comment.

var (
	// singleMissedPillRx: one combined pill forgotten.
	singleMissedPillRx = regexp.MustCompile(`\b(missed|forgot|forgotten|esqueceu|esqueci) (to take )?(de tomar )?(one|a|1|a single|only one|uma|um|so uma|apenas uma) (\w+ ){0,2}(pill|pilula|comprimido)`)
	// emergencyContraceptionNeedRx: what makes a missed pill need
	// emergency contraception (sex without other cover, two or more
	// pills, a progestogen-only pill) or asks for it outright.
	emergencyContraceptionNeedRx = regexp.MustCompile(`\b(unprotected|condom (broke|split|came off)|sem (camisinha|preservativo)|(camisinha|preservativo) (estourou|rompeu|furou)|morning.after|emergency contracept\w*|contracepcao de emergencia|pilula do dia seguinte|(two|2|three|3|duas|dois|tres) (or more )?(\w+ )?(pills|pilulas|comprimidos)|progestogen.only|progestin.only|mini.?pill|minipilula|desogestrel|norethisterone|noretisterona|cerazette|drospirenone only)\b`)
)

// askAboutEmergencyContraceptionRx: a question about emergency
// contraception.
var askAboutEmergencyContraceptionRx = regexp.MustCompile(`\b(asks?|asking|wants to know|wondering|question|pergunta|perguntou|duvida) (\w+ ){0,2}(about|if|whether|sobre|se) (\w+ ){0,4}(emergency contracept\w*|morning.after( pill)?|pilula do dia seguinte|contracepcao de emergencia)`)

// singleMissedPill: one combined pill forgotten and nothing that makes
// emergency contraception needed: take it now and carry on (FSRH CEU
// guidance on combined hormonal contraception, 2019, missed pills).
func singleMissedPill(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	// (asking whether emergency contraception is needed is no need for it)
	t = askAboutEmergencyContraceptionRx.ReplaceAllString(t, " ")
	return singleMissedPillRx.MatchString(t) && !emergencyContraceptionNeedRx.MatchString(t)
}

func (a *assessor) telephoneAdvice() {
	c := a.c
	E := Emergency
	// A baby about to be born (crowning, an urge to push): an emergency
	// ambulance with the call-handler guiding the birth (AMPDS protocol
	// 24; NICE CG190 birth before arrival).
	if c.Has("imminent_birth") && (c.Pregnant || c.Has("pregnancy") || c.Has("contractions") || c.Has("membrane_rupture") || c.Female()) {
		a.flag(E, "presentation", "imminent_birth", clinical.T("birth about to happen (crowning or an urge to push): emergency ambulance, guided delivery, ready to resuscitate the newborn", "parto iminente (coroamento ou puxos): ambulância de emergência, parto orientado, pronto para reanimar o recém-nascido"))
	}
	if a.level > Routine {
		return
	}
	// A forgotten dose or a single forgotten pill asked about with no
	// symptoms is advice by phone (take it when remembered unless the
	// next dose is near, never double; FSRH for the pill).
	comp := Complaints(c)
	if singleMissedPill(c) && len(comp) == 1 && comp[0] == "emergency_contraception" {
		comp = nil
	}
	if len(comp) == 0 && !c.HasAny("fever", "dyspnea", "worsening") && (c.Has("missed_dose") || singleMissedPill(c)) {
		a.flag(Routine, "context", "missed_dose_advice", clinical.T("question about a forgotten dose without symptoms: advice by phone, do not double the next dose", "dúvida sobre dose esquecida sem sintomas: orientação por telefone, não dobrar a próxima dose"))
	}
}
