package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// What a poisons service asks about a young child's ingestion: what, how
// much, and is the child well. An accidental swallow by a well toddler
// is referred for assessment and observation (urgent), not resuscitated;
// and some medicines are dangerous to a toddler at one tablet, so a
// single tablet of them is referred even when the child looks well
// (TOXBASE; AAPCC/NPDS "one pill can kill" list: calcium-channel
// blockers, sulfonylureas, tricyclics, opioids, beta blockers, clonidine,
// antimalarials, antiarrhythmics, theophylline, camphor and methyl
// salicylate).

var (
	// a swallow told as such, or a tablet found missing near the child
	childSwallowRx = regexp.MustCompile(`\b(swallowed|swallow|ate|eaten|ingested|chewed|got into|sucked|took|taken|drank|engoliu|engolido|comeu|ingeriu|mastigou|tomou|bebeu|chupou|mexeu n[ao]s?)\b|\b(tablets?|pills?|capsules?|comprimidos?|capsulas?) (\w+ ){0,3}(missing|gone|unaccounted|faltando|sumid[oa]s?)\b|\b(faltando|falta) (\w+ ){0,2}(comprimidos?|capsulas?)\b|\bfound (him|her|them|the (child|baby|toddler|boy|girl)) (\w+ ){0,2}with\b|\b(bottle|frasco|vidro) (\w+ ){0,8}(now )?(is )?(almost |nearly |half |mostly )?(empty|vazio|pela metade)\b|\b(almost|nearly) all (of it )?gone\b`)
	// a medicine named only by what it treats
	dangerousKindRx = regexp.MustCompile(`\b(blood pressure|heart|diabetes|diabetic|sugar|angina|pressure|pressao|diabetes|coracao|acucar)( \w+)? (tablets?|pills?|medicines?|meds|comprimidos?|remedios?)\b|\b(comprimidos?|remedios?) (\w+ ){0,2}(para|da|de) (pressao|diabetes|coracao|acucar)\b|\b(oil of wintergreen|methyl salicylate|salicilato de metila|camphor|canfora|buprenorphine patch)\b`)
	// how a carer tells an accidental swallow of a medicine: swallowed,
	// chewed, drunk from a bottle, a tablet found missing
	accidentalRx   = regexp.MustCompile(`\b(swallowed|ate|eaten|chewed|got into|drank (from|some of)|found with|sucked on|ingested|engoliu|comeu|mastigou|bebeu (do|da|um|uma|o|a)|encontrad[oa] com|ingeriu)\b|\b(tablets?|pills?|capsules?|comprimidos?|capsulas?) (\w+ ){0,3}(missing|gone|unaccounted|faltando)\b|\b(faltando|falta) (\w+ ){0,2}(comprimidos?|capsulas?)\b|\bfound (him|her|them|the (child|baby|toddler|boy|girl)) (\w+ ){0,2}with\b|\b(bottle|frasco|vidro) (\w+ ){0,8}(now )?(is )?(almost |nearly |half |mostly )?(empty|vazio|pela metade)\b|\b(almost|nearly) all (of it )?gone\b`)
	medicineWordRx = regexp.MustCompile(`\b(tablets?|pills?|medicines?|medication|syrup|suspension|capsules?|patch|drops|comprimidos?|remedios?|medicamentos?|xarope|suspensao|capsulas?|gotas)\b`)
	// intent to self-harm keeps the overdose an emergency
	selfHarmIntentRx = regexp.MustCompile(`\b(on purpose|deliberate\w*|intentional\w*|wanted to die|suicid\w*|self.harm|de proposito|proposital\w*|tentativa de (suicidio|autoexterminio)|queria morrer)\b`)
)

// nontoxicClasses are medicines a young child's acute swallow does not
// poison (TOXBASE non-toxic lists): statins, the pill, penicillins and
// cephalosporins, vitamins without iron, calcium, proton-pump
// inhibitors, thyroxine. Iron is never among them: it is a leading
// cause of poisoning deaths in toddlers.
var nontoxicClasses = []string{"statin", "estrogen", "progestin", "penicillin", "cephalosporin", "vitamin", "ppi", "thyroid_hormone"}

var nontoxicGenerics = map[string]bool{"calcium carbonate": true, "multivitamin": true}

var ironRx = regexp.MustCompile(`\b(iron|ferro|ferrous|ferroso|ferric|ferrico)\b`)

// childMedicineIngestion: a young child told to have swallowed a
// medicine by accident, other than only non-toxic ones.
func childMedicineIngestion(c *clinical.Case) bool {
	if !c.IsChild() || c.AgeOr(99) >= 6 {
		return false
	}
	t := swallowText(c)
	// ("no ingestion has occurred, asking about safe storage" is advice)
	if !affirmedMatch(accidentalRx, t) {
		return false
	}
	if ironRx.MatchString(t) {
		return true
	}
	drugs := clinical.FindDrugs(c.Text, false)
	if len(drugs) == 0 {
		return medicineWordRx.MatchString(t)
	}
	for _, d := range drugs {
		harmless := nontoxicGenerics[d.Generic]
		for _, cl := range nontoxicClasses {
			if d.HasClass(cl) {
				harmless = true
				break
			}
		}
		if !harmless {
			return true
		}
	}
	return false
}

// oneTabletClasses are the medicine classes dangerous to a toddler at a
// single tablet.
var oneTabletClasses = []string{"ccb_dhp", "ccb_nondhp", "sulfonylurea", "tca", "opioid", "beta_blocker", "antimalarial", "antiarrhythmic", "xanthine"}

// swallowText is the folded text read for a swallow: in Portuguese the
// folded "até" (until) is no English "ate".
func swallowText(c *clinical.Case) string {
	t := clinical.Fold(c.Text)
	if c.Lang == "pt-BR" {
		t = ateRx.ReplaceAllString(t, "até")
	}
	return t
}

var ateRx = regexp.MustCompile(`\bate\b`)

// youngChildIngestion: a child under 6 with a swallow told in the case.
func youngChildIngestion(c *clinical.Case) bool {
	return c.IsChild() && c.AgeOr(99) < 6 && affirmedMatch(childSwallowRx, swallowText(c))
}

// accidentalWellChild: an accidental ingestion by a young child who is
// alert, well and without symptoms of poisoning, so assessment and
// observation, not resuscitation, is what the poisons service advises.
func accidentalWellChild(c *clinical.Case, a *assessor) bool {
	if !youngChildIngestion(c) || Altered(c) || selfHarmIntentRx.MatchString(clinical.Fold(c.Text)) {
		return false
	}
	if c.HasAny("drowsy", "confusion", "seizure", "unresponsive", "dyspnea", "syncope", "hematemesis", "melena", "opioid_toxidrome", "organophosphate") {
		return false
	}
	if a.r.Scores["paediatric_vital_flags"] > 0 {
		return false
	}
	return c.Has("well_appearing") || noSymptomsRx.MatchString(clinical.Fold(c.Text))
}

var noSymptomsRx = regexp.MustCompile(`\b(no symptoms|asymptomatic|symptom.free|currently well|is well|seems (fine|well|normal)|looks (fine|well|normal)|sem sintomas|assintomatic[oa]|sem queixas|esta bem|parece bem)\b`)

// oneTabletDanger: a young child who may have swallowed a single tablet
// of a medicine that can kill a toddler at that dose.
func oneTabletDanger(c *clinical.Case) bool {
	if !youngChildIngestion(c) {
		return false
	}
	t := clinical.Fold(c.Text)
	if dangerousKindRx.MatchString(t) {
		return true
	}
	for _, d := range clinical.FindDrugs(c.Text, false) {
		for _, cl := range oneTabletClasses {
			if d.HasClass(cl) {
				return true
			}
		}
		if d.Generic == "clonidine" {
			return true
		}
	}
	return false
}

func (a *assessor) poisoning() {
	c := a.c
	switch {
	case c.Has("overdose") && accidentalWellChild(c, a):
		a.flag(Urgent, "presentation", "accidental_ingestion_child", clinical.T("accidental ingestion by a young child who is well: assessment, levels where they guide treatment, and observation in hospital (TOXBASE)", "ingestão acidental por criança pequena em bom estado: avaliação, dosagens quando orientam o tratamento e observação hospitalar (TOXBASE)"))
	case childMedicineIngestion(c) && (Altered(c) || c.HasAny("drowsy", "confusion", "seizure", "unresponsive", "dyspnea", "opioid_toxidrome")):
		a.flag(Emergency, "presentation", "child_poisoning_symptomatic", clinical.T("a young child drowsy, fitting or breathless after swallowing a medicine: poisoning, resuscitation room now", "criança pequena sonolenta, convulsionando ou com dispneia após ingerir medicamento: intoxicação, sala de emergência já"))
	case oneTabletDanger(c):
		a.flag(Urgent, "presentation", "one_tablet_danger", clinical.T("a young child may have swallowed a medicine that is dangerous at one tablet (calcium-channel blocker, sulfonylurea, tricyclic, opioid, beta blocker, clonidine): hospital observation even if well now, effects can be delayed (TOXBASE)", "criança pequena pode ter ingerido medicamento perigoso com um só comprimido (bloqueador de canal de cálcio, sulfonilureia, tricíclico, opioide, betabloqueador, clonidina): observação hospitalar mesmo se bem agora, os efeitos podem tardar (TOXBASE)"))
	case childMedicineIngestion(c):
		a.flag(Urgent, "presentation", "accidental_ingestion_child", clinical.T("accidental ingestion of a medicine by a young child: assessment of the dose taken, levels where they guide treatment, and observation (TOXBASE)", "ingestão acidental de medicamento por criança pequena: avaliar a dose ingerida, dosagens quando orientam o tratamento e observação (TOXBASE)"))
	}
}
