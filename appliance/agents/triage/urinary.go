package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Kidney, dialysis and urinary-tract rules that are not a single red
// flag: the penis and foreskin, catheters, dialysis access, and drugs
// whose dose the kidneys decide. Sources are in each comment.

func (a *assessor) urinaryTract() {
	c := a.c
	temp, hasT := val(c.Vitals.TemperatureC)
	E, U, NU := Emergency, Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)

	// A painful erection for hours is ischaemic priapism until a blood
	// gas from the corpora says otherwise: aspiration within hours saves
	// erectile function (AUA/SMSNA 2022 priapism guideline).
	if c.Has("priapism") && !c.Female() {
		fl(E, "priapism", "prolonged painful erection: ischaemic priapism, corporal aspiration within hours (AUA 2022)", "ereção prolongada e dolorosa: priapismo isquêmico, aspiração dos corpos cavernosos em poucas horas")
	}
	// Bleeding with clots in the weeks after a prostate resection (the
	// secondary haemorrhage of days 7-14, often after straining) can block
	// the catheterless bladder with clot: same-day assessment for a
	// three-way catheter and irrigation (EAU 2024 BPO; BAUS TURP leaflet).
	if c.Has("hematuria") && !c.Denied("hematuria") && !c.Female() && (c.Has("recent_surgery") || weeksAfterOpRx.MatchString(t)) && prostateResectionRx.MatchString(t) && affirmedMatch(urineClotRx, t) {
		fl(U, "post_prostatectomy_clots", "blood and clots in the urine after a prostate resection: same-day assessment for clot retention (EAU; BAUS)", "sangue e coágulos na urina após ressecção de próstata: avaliação no mesmo dia pelo risco de retenção por coágulos")
	}
	// A retracted foreskin that will not go back swells the glans and can
	// cut off its blood: reduction within hours; a dusky or black glans is
	// an emergency (EAU paediatric/andrology guidance; NICE CKS).
	if c.Has("paraphimosis") {
		if glansIschaemicRx.MatchString(t) && !glansPinkRx.MatchString(t) {
			fl(E, "paraphimosis_ischaemic", "paraphimosis with a dusky or dark glans: reduction now", "parafimose com glande arroxeada ou escura: redução imediata")
		} else {
			fl(U, "paraphimosis", "paraphimosis: manual reduction within hours", "parafimose: redução manual em poucas horas")
		}
	}
	// A suprapubic catheter that has fallen out must go back within an hour
	// or two before the tract closes (EAUN 2016 catheter guideline).
	if c.Has("catheter_out") && c.Has("suprapubic") {
		fl(U, "suprapubic_catheter_out", "suprapubic catheter has come out: replace within 1-2 hours before the tract closes (EAUN)", "cistostomia saiu: recolocar em 1-2 horas antes que o trajeto feche")
	}
	// Fever in someone on dialysis is a line or access infection until
	// blood cultures say otherwise: same-day cultures and antibiotics
	// (KDOQI 2019 vascular access; IDSA 2009 catheter-related infection).
	if c.Has("on_dialysis") && (hasT && temp >= 38 || !hasT && c.Has("fever") && !c.Denied("fever")) && !c.Has("pd_peritonitis") {
		fl(U, "dialysis_fever", "fever in a dialysis patient: catheter or access infection until cultures say otherwise, same-day assessment", "febre em paciente em diálise: infecção de cateter ou acesso até prova em contrário, avaliação no mesmo dia")
	}
	// A red exit site of a peritoneal dialysis catheter without fever,
	// tunnel tenderness or cloudy bags is treated with oral antibiotics
	// at the PD clinic within days (ISPD 2023 catheter-related infection).
	if pdExitSiteOnly(c) {
		if hasT && temp >= 38 || tunnelRx.MatchString(t) && !tunnelDeniedRx.MatchString(t) {
			fl(U, "pd_exit_site_tunnel", "PD exit-site infection with fever or tunnel involvement: same-day review", "infecção de óstio de cateter de DP com febre ou túnel: avaliação no mesmo dia")
		} else {
			fl(NU, "pd_exit_site", "PD catheter exit-site infection without tunnel, fever or peritonitis: swab and oral antibiotics within days (ISPD 2023)", "infecção de óstio de saída de DP sem túnel, febre ou peritonite: cultura e antibiótico oral em poucos dias")
		}
	}
	// Drugs the kidneys no longer clear at this eGFR: metformin below 30
	// (FDA label), dabigatran with creatinine clearance below 30 (EMA
	// SmPC), the factor-Xa inhibitors below 15. Changed within days.
	if egfr, ok := kidneyFunction(c); ok {
		switch {
		case c.OnDrug("metformin") && egfr < 30:
			fl(NU, "metformin_low_egfr", "metformin with eGFR below 30: stop and revise glucose-lowering treatment within days (FDA label)", "metformina com TFG abaixo de 30: suspender e rever o tratamento em poucos dias")
		case c.OnDrug("dabigatran") && egfr < 30:
			fl(NU, "dabigatran_low_crcl", "dabigatran with creatinine clearance below 30: change the anticoagulant within days (EMA SmPC)", "dabigatrana com clearance abaixo de 30: trocar o anticoagulante em poucos dias")
		case c.OnClass("doac") && !c.OnDrug("dabigatran") && egfr < 15:
			fl(NU, "doac_low_crcl", "factor-Xa inhibitor with creatinine clearance below 15: review the anticoagulant within days", "inibidor do fator Xa com clearance abaixo de 15: rever o anticoagulante em poucos dias")
		}
	}
	// A PSA above the age-specific threshold goes on the suspected
	// prostate cancer pathway (NICE NG12 2021; PCRMP 2016 thresholds).
	// (a man already on active surveillance for a known cancer has his PSA
	// read against its own trend at the planned review, NICE NG131)
	surveillance := activeSurveillanceRx.MatchString(t) && !affirmedMatch(psaRisingRx, t)
	if psa, ok := c.LabValue("psa"); ok && !c.Female() && psa > psaThreshold(c.AgeOr(65)) && !surveillance {
		fl(NU, "psa_raised", "PSA above the age-specific threshold: suspected cancer pathway, MRI prostate (NICE NG12)", "PSA acima do limite para a idade: investigação de câncer de próstata, RM de próstata")
	}
}

var (
	activeSurveillanceRx = regexp.MustCompile(`\b(active surveillance|vigilancia ativa)\b`)
	psaRisingRx          = regexp.MustCompile(`\b(psa (\w+ ){0,3}(rising|risen|rose|doubl\w*|velocity|subindo|subiu|aumentou|dobrou)|rising psa|psa doubling|progression|progressao|upgrad\w*|reclassif\w*)\b`)
	glansIschaemicRx     = regexp.MustCompile(`\b(dusky|black|blue|purple|dark|necrotic|cold|arroxead\w*|escur\w*|necrotic\w*|enegrecid\w*|cianotic\w*)\b[^.]{0,20}\b(glans|glande)\b|\b(glans|glande)\b[^.]{0,20}\b(dusky|black|blue|purple|dark|necrotic|cold|arroxead\w*|escur\w*|necrotic\w*|enegrecid\w*|cianotic\w*)\b`)
	glansPinkRx          = regexp.MustCompile(`\b(glans|glande)\b[^.]{0,10}\b(pink|rosea|rosada|warm)\b`)
	tunnelRx             = regexp.MustCompile(`\btunnel\w*\b|\btunel\b`)
	tunnelDeniedRx       = regexp.MustCompile(`\b(no|not|without|sem|nao)\b[^.]{0,50}\b(tunnel\w*|tunel)\b|\b(tunnel\w*|tunel)\b (\w+ ){0,2}(not|non|nao|is not|was not) (tender|red|swollen|inflamed|involved|indurated|doloroso|hiperemiado|acometido)|\b(tunnel\w*|tunel)\b (\w+ ){0,2}(clean|normal|ok|fine|calm|limpo|sem alteracoes)`)
	deviceWordRx         = regexp.MustCompile(`\b(pacemaker|icd|defibrillator|generator|driveline|lvad|marca.?passo|desfibrilador|gerador)\b`)
	crclRx               = regexp.MustCompile(`\b(?:creatinine clearance|crcl|clcr|clearance de creatinina|cockcroft.gault|egfr|tfg|tfge)\b[^.;\d]{0,30}?(\d{1,3})(?:[.,]\d)?\s*(?:ml|$|\)|,|;|\.|\s)`)
)

// pdExitSiteOnly: the device-infection words were about a peritoneal
// dialysis catheter's exit site, not a cardiac device.
func pdExitSiteOnly(c *clinical.Case) bool {
	return c.Has("dialysis_exit_site") && !c.Has("pd_peritonitis") && !deviceWordRx.MatchString(clinical.Fold(c.Text))
}

// kidneyFunction returns the eGFR (or creatinine clearance written in the
// note), the lower when both are given.
func kidneyFunction(c *clinical.Case) (float64, bool) {
	v, ok := c.LabValue("egfr")
	for _, m := range crclRx.FindAllStringSubmatch(clinical.Fold(c.Text), -1) {
		n := num(m[1])
		if n >= 3 && n <= 150 && (!ok || n < v) {
			v, ok = n, true
		}
	}
	return v, ok
}

// psaThreshold is the age-specific PSA above which NICE NG12 refers
// (PCRMP 2016).
func psaThreshold(age float64) float64 {
	switch {
	case age < 50:
		return 2.5
	case age < 60:
		return 3.5
	case age < 70:
		return 4.5
	case age < 80:
		return 6.5
	}
	return 7.5
}

var (
	catheterDrainingRx = regexp.MustCompile(`\b(draining|drains|drenando|drenagem (adequada|boa|livre))\b`)
	catheterBlockedRx  = regexp.MustCompile(`\b(not draining|stopped draining|blocked|bypassing|no urine|nao (esta |ta )?(drena|drenando)|parou de drenar|obstruid[oa]|entupid[oa])\b`)
	noPainRx           = regexp.MustCompile(`\b(no|without|denies) (\w+ ){0,2}pain\b|\bpain.free\b|\bsem dor\b|\bnega dor\b|\bassintomatic[oa]\b|\basymptomatic\b`)
)

// StoneWithoutPain: a known stone reviewed at a planned visit, the note
// saying there is no pain ("annual kidney stone follow-up, no pain").
func StoneWithoutPain(c *clinical.Case) bool {
	return c.HasAny("routine", "stable_chronic") && noPainRx.MatchString(clinical.Fold(c.Text)) && !c.HasAny("flank_pain", "abdominal_pain", "back_pain") && c.Severity < 4
}

// weeksAfterOpRx: days or a few weeks after an operation ("10 days after
// TURP", "10º dia de pós-operatório")
var weeksAfterOpRx = regexp.MustCompile(`\b((\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen) (days?|weeks?|dias?|semanas?) (after|since|post|following|apos|depois d[aeo]|de pos.?operatorio)|\d{1,2}o? dia (de )?pos.?operatorio|\bpod ?\d{1,2})\b`)

// prostateResectionRx: an operation that cores out the prostate (or a
// bladder tumour) through the urethra
var prostateResectionRx = regexp.MustCompile(`\b(turp|turbt|holep|thulep|transurethral resection|prostatectom\w*|rtu( de prostata| prostatica| de bexiga)?|ressec\w* transuretral|prostatectomia|greenlight|enucleac\w* (da )?prostata)\b`)
