package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// facialSwellingRx: a swollen face, cheek or jaw.
var facialSwellingRx = regexp.MustCompile(`\b((face|jaw|cheek|mandible|rosto|bochecha|mandibula|queixo) (\w+ ){0,2}(swollen|swelling|inchad\w*|inchou)|swelling (\w+ ){0,3}(over|of|on) the (\w+ )?(jaw|mandible|cheek|face)|(swollen|inchad\w*) (\w+ ){0,2}(face|jaw|cheek|rosto|bochecha))`)

// mildSwellingRx: a swelling the text calls slight.
var mildSwellingRx = regexp.MustCompile(`\b(um pouco inchad\w*|edema discreto|discreto edema|leve(mente)? inchad\w*|mild(ly)? swollen|mild swelling|slight(ly)? swollen|slight swelling|a little swollen|minimal swelling)\b`)

// recurrentUlcerRx: ulcers that come in episodes and heal.
var recurrentUlcerRx = regexp.MustCompile(`\b(recurrent|recurring|each episode|episodes a year|heal(s|ed)? (with)?in \d|come and go|comes and goes|recorrentes?|cicatriza\w* em \d)\b`)

// Mouth, teeth and jaws: a jaw fracture or dislocation, a dental
// infection that is spreading, a permanent tooth knocked out, an ulcer or
// exposed bone that does not heal. The contract has no dental specialty;
// these decide urgency. Sources are in each comment.

func (a *assessor) mouthAndJaws() {
	c := a.c
	temp, hasT := val(c.Vitals.TemperatureC)
	U, NU := Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }

	// A fractured or dislocated jaw with a patent airway is reduced and
	// fixed within a day (BAOMS; an airway problem is an emergency by the
	// airway rules).
	if c.Has("jaw_fracture") {
		fl(U, "jaw_fracture", "fractured or dislocated jaw: same-day maxillofacial assessment and imaging", "fratura ou luxação de mandíbula: avaliação bucomaxilofacial e imagem no mesmo dia")
	}
	// A dental infection with trismus, fever or facial swelling is
	// spreading into the fascial spaces: same-day drainage and antibiotics
	// (SDCEP 2016 drug prescribing for dentistry; BAOMS).
	if c.Has("dental_infection") && (c.Has("trismus") || hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever") || c.Has("cellulitis") || affirmedMatch(facialSwellingRx, clinical.Fold(c.Text)) && !mildSwellingRx.MatchString(clinical.Fold(c.Text)) && !(c.Has("recovering") && !c.Has("worsening"))) {
		fl(U, "dental_infection_spreading", "dental infection with trismus, fever or facial swelling: same-day drainage and antibiotics", "infecção dentária com trismo, febre ou edema facial: drenagem e antibiótico no mesmo dia")
	}
	// A permanent tooth knocked out is replanted within the hour; a baby
	// tooth is not replanted (IADT 2020 dental trauma guidelines).
	if c.Has("tooth_avulsion") {
		if c.Has("primary_tooth") || c.AgeOr(20) < 6 {
			fl(NU, "primary_tooth_avulsion", "knocked-out baby tooth: not replanted, dental review within days (IADT 2020)", "dente de leite avulsionado: não reimplantar, avaliação odontológica em poucos dias")
		} else {
			fl(U, "tooth_avulsion", "knocked-out permanent tooth: replant within the hour, keep it in milk or saliva (IADT 2020)", "dente permanente avulsionado: reimplantar em até uma hora, manter no leite ou saliva (IADT 2020)")
		}
	}
	// A mouth ulcer for three weeks or more is referred on the suspected
	// cancer pathway (NICE NG12).
	// (recurrent ulcers that each heal within days are aphthae, not this)
	if c.Has("oral_ulcer") && c.DurationHours >= 21*24 && !recurrentUlcerRx.MatchString(clinical.Fold(c.Text)) {
		fl(NU, "oral_ulcer_persistent", "mouth ulcer for three weeks or more: suspected cancer referral within two weeks (NICE NG12)", "úlcera oral há três semanas ou mais: encaminhamento por suspeita de câncer em duas semanas")
	}
	// Bone exposed in the mouth for weeks on a bisphosphonate or
	// denosumab is medication-related osteonecrosis (AAOMS 2022).
	if c.Has("exposed_jaw_bone") && (c.OnClass("bisphosphonate") || c.OnDrug("denosumab") || c.Has("osteoporosis")) && c.DurationHours >= 8*7*24 {
		fl(NU, "mronj", "exposed jaw bone for eight weeks on an antiresorptive: osteonecrosis of the jaw, oral surgery within days (AAOMS 2022)", "osso exposto na boca há oito semanas em uso de antirreabsortivo: osteonecrose, cirurgia bucal em poucos dias")
	}
}
