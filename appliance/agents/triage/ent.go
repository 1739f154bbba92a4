package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Ear, nose and throat problems an ENT emergency clinic sees the same
// day, and the everyday ones that need only advice. Bleeding after a
// tonsillectomy, quinsy, epiglottitis and sudden hearing loss are
// graded with the presentations; sources are in each comment.

var (
	// a fish or chicken bone felt stuck in the throat
	fishBoneRx = regexp.MustCompile(`\b(fish.?bone|(chicken|meat) bone|espinha (de peixe)?|osso de (frango|galinha)|bone (\w+ ){0,2}(stuck|lodged|caught))\b`)
	// ulcer-like swelling of the septum after nose surgery or a blow
	septalHaematomaRx = regexp.MustCompile(`\b(septal ha?ematoma|hematoma (de|do) septo|(fluctuant|boggy|bulging)[, ]+(\w+[, ]+){0,5}sept(um|al)|sept(um|al) (\w+ ){0,4}(fluctuant|boggy|bulging))\b`)
	// vesicles in the ear with a facial palsy: herpes zoster oticus
	earVesiclesRx = regexp.MustCompile(`\b(ramsay.hunt|herpes zoster oticus|zoster (do|no) ouvido|(vesicles?|blisters?|vesiculas?|bolhas?) (\w+ ){0,4}(ear|concha|ear canal|external canal|auricle|pinna|orelha|ouvido|pavilhao))\b`)
	// otitis externa that will not settle in an older diabetic
	necrotisingOERx = regexp.MustCompile(`\b(necroti[sz]ing otitis|malignant otitis|otite externa (maligna|necrosante)|granulation (tissue )?(\w+ ){0,4}(ear )?canal|tecido de granulacao (\w+ ){0,4}(cae|conduto|canal auditivo))\b`)
	earPainRx       = regexp.MustCompile(`\b(ear|ears|otalgia|otorrh\w*|orelha|ouvido|otite)\b`)
	hayFeverRx      = regexp.MustCompile(`\b(hay ?fever|(seasonal |perennial )?allergic rhinitis|rinite alergica|rinite (sazonal|alergica sazonal))\b`)
	snoringRx       = regexp.MustCompile(`\b(snor\w*|ronc\w*)\b`)
	noApnoeaRx      = regexp.MustCompile(`\b(no (witnessed )?(apnoeas?|apneas?|pauses)|without (witnessed )?(apnoeas?|apneas?)|epworth( sleepiness scale)? [0-9]\b|sem (apneias?|pausas)|wakes refreshed)\b`)
)

func (a *assessor) earNoseThroat() {
	c := a.c
	t := clinical.Fold(c.Text)
	// A fish bone felt in the throat is looked for the same day
	// (laryngoscopy); drooling, not swallowing saliva, neck swelling or
	// chest pain mean a deep injury and are graded by the food-bolus and
	// deep-neck rules (ENT UK; BSG 2016 foreign bodies).
	if affirmedMatch(fishBoneRx, t) && (c.HasAny("dysphagia", "sore_throat") || throatSiteRx.MatchString(t)) {
		a.flag(Urgent, "presentation", "fish_bone_throat", clinical.T("a fish or meat bone felt in the throat: same-day ENT examination and laryngoscopy (ENT UK)", "espinha ou osso sentido na garganta: exame otorrinolaringológico e laringoscopia no mesmo dia"))
	}
	// A septal haematoma destroys the cartilage within days: same-day
	// incision and drainage (ENT UK; NICE CKS nasal injury).
	if affirmedMatch(septalHaematomaRx, t) {
		a.flag(Urgent, "presentation", "septal_haematoma", clinical.T("septal haematoma: same-day incision and drainage to save the cartilage (ENT UK)", "hematoma de septo: drenagem no mesmo dia para preservar a cartilagem"))
	}
	// A facial palsy with vesicles in the ear is herpes zoster oticus
	// (Ramsay Hunt): antivirals and steroids the same day; it does worse
	// than Bell's palsy (NICE CKS Bell's palsy; AAO-HNS 2013).
	if affirmedMatch(earVesiclesRx, t) && (c.HasAny("facial_droop", "bells_palsy") || earVesiclesRx.MatchString(t) && ramsayWordRx.MatchString(t)) {
		a.flag(Urgent, "presentation", "ramsay_hunt", clinical.T("facial palsy with vesicles in the ear (herpes zoster oticus): antivirals and steroids the same day, eye protection", "paralisia facial com vesículas no ouvido (herpes-zóster ótico): antiviral e corticoide no mesmo dia, proteção ocular"))
	}
	// Ear pain that keeps an older diabetic awake, granulation in the
	// canal or drops that have failed: necrotising otitis externa, a
	// skull-base osteomyelitis — same-day ENT, imaging and IV antibiotics
	// (Cohen and Friedman criteria; ENT UK).
	if affirmedMatch(necrotisingOERx, t) || earPainRx.MatchString(t) && (c.Has("diabetes") || c.OnClass("antidiabetic") || c.OnClass("insulin") || c.Has("immunosuppressed")) && c.AgeOr(0) >= 60 && oeFailingRx.MatchString(t) {
		a.flag(Urgent, "presentation", "necrotising_otitis_externa", clinical.T("ear pain with granulation or failing drops in an older diabetic: necrotising otitis externa until imaged, same-day ENT and IV antibiotics", "otalgia com granulação ou sem resposta a gotas em diabético idoso: otite externa necrosante até prova em contrário, otorrino e antibiótico EV no mesmo dia"))
	}
}

var (
	throatSiteRx = regexp.MustCompile(`\b(throat|swallow\w*|garganta|engol\w*)\b`)
	ramsayWordRx = regexp.MustCompile(`\b(facial (palsy|weakness|droop)|face (has )?(dropped|drooping)|(can'?t|cannot|unable to) close (my |his |her )?eye|paralisia facial|boca torta)\b`)
	oeFailingRx  = regexp.MustCompile(`\b(not (getting )?better with (the )?(ear )?drops|despite (\w+ ){0,3}drops|(two|2|several) courses of (topical )?drops|worse at night|pain out of proportion|granulation|sem melhora com (as )?gotas|piora a noite|dor desproporcional|granulacao|(ja usou|usou|usando) (\w+ ){0,4}(gotas|otosporin|ciprodex|ciloxan|otociriax|panotil) (\w+ ){0,4}(nao melhora|sem melhora|nao melhorou))\b`)
)
