package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Infections where immunity is low, and the exposures whose prophylaxis
// has a deadline: measles or chickenpox contact in a pregnant woman, an
// immunosuppressed person or a baby; chickenpox in pregnancy; a new HIV
// diagnosis. Sources are in each comment.

var (
	// immuneToRashIllnessRx: documented immunity to measles or chickenpox.
	immuneToRashIllnessRx = regexp.MustCompile(`\b(measles|mmr|varicella|chickenpox|chicken pox|vzv|sarampo|catapora|varicela|triplice viral)( \w+){0,3} (igg )?(positive|positivo|reagente|immune|imune)\b|\bimmune to (measles|chickenpox|varicella)|\b(had|teve) (measles|chickenpox|sarampo|catapora|varicela) (as a child|in childhood|na infancia|quando crianca)|\b(two|2|duas) doses (of |de )?(mmr|triplice viral|varicella vaccine|vacina contra (sarampo|varicela))`)
	// spotsRx: a rash told in other words.
	spotsRx = regexp.MustCompile(`\b(spots|blisters?|vesic\w*|bolhas?|pintas|pintinhas|bolinhas)\b`)
	// undetectableRx: HIV with a suppressed viral load.
	undetectableRx = regexp.MustCompile(`\bundetectable|\bindetect\w*|\b(viral load|carga viral) (\w+ ){0,2}(suppressed|suprimida|< ?50|<50|below 50)|\bcd4 (count )?(of |is |was |de )?([3-9]\d\d|\d{4})\b`)
	// otherImmunosuppressionRx: immunity lowered by something other than
	// HIV (a transplant, chemotherapy, a biologic, a steroid course).
	otherImmunosuppressionRx = regexp.MustCompile(`\b(transplant\w*|transplantad\w*|chemo\w*|quimio\w*|neutropeni\w*|biologic\w*|imunobiologic\w*|immunosuppressant\w*|imunossupressor\w*|asplen\w*|splenectom\w*|esplenectom\w*|prednis\w*|dexamethason\w*|dexametason\w*)`)
)

// controlledHIV: the only lowered immunity is HIV with a suppressed viral
// load or a CD4 count of 300 or more, which BHIVA treats like normal
// immunity for shingles and most infections (BHIVA 2017 opportunistic
// infection guidelines).
func controlledHIV(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return c.Has("hiv_known") && undetectableRx.MatchString(t) && !otherImmunosuppressionRx.MatchString(t) &&
		!c.OnClass("immunosuppressant") && !c.OnClass("corticosteroid")
}

// immuneToRashIllness: immunity the text documents, not one it doubts
// ("unsure whether she had chickenpox as a child").
func immuneToRashIllness(t string) bool {
	for _, m := range immuneToRashIllnessRx.FindAllStringIndex(t, -1) {
		if !unsureRx.MatchString(t[max(0, m[0]-40):m[0]]) {
			return true
		}
	}
	return false
}

// unsureRx: a history the person cannot vouch for.
var unsureRx = regexp.MustCompile(`\b(unsure|not sure|uncertain|unknown|doesn'?t (know|remember|recall)|does not (know|remember|recall)|can'?t (remember|recall)|cannot (remember|recall)|no (record|documentation)|nao (sabe|lembra|se lembra|tem certeza)|incert\w*|desconhec\w*)\b`)

// contactLongAgoRx: a contact a month or more ago, past the window for
// prophylaxis and past the longest incubation (21 days for chickenpox,
// UKHSA 2023): with no illness since, nothing is left to prevent.
var contactLongAgoRx = regexp.MustCompile(`\b(last month|a month ago|(\d|four|five|six|several) weeks ago|mes passado|ha (um|1|dois|2) mes(es)?|ha ([4-9]|quatro|cinco|seis) semanas)\b`)

func (a *assessor) infections() {
	c := a.c
	U, NU := Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	// (a pregnant contact in the same room is not the patient: a boy or a
	// young child cannot be the pregnancy)
	pregnant := c.Pregnant || c.Has("pregnancy") && c.Sex != "male" && c.AgeOr(30) >= 10
	// (a TNF inhibitor, a transplant drug or chemotherapy under way is
	// low immunity too)
	lowImmunity := c.Has("immunosuppressed") && !controlledHIV(c) || c.OnClass("tnf_inhibitor") || c.OnAnyDrug("tacrolimus", "mycophenolate", "ciclosporin", "cyclophosphamide") || c.Has("chemotherapy") && !c.Hx("chemotherapy")

	// A child under five, or someone with low immunity, living with a
	// case of infectious pulmonary tuberculosis is assessed within days
	// (chest X-ray, TST or IGRA) and started on preventive treatment once
	// active disease is excluded: the youngest progress fast to
	// meningitis and miliary disease (WHO 2024 TB preventive treatment;
	// Brazilian Ministry of Health 2019 manual; NICE NG33).
	if c.Has("tb_suspected") && (c.AgeOr(30) < 5 || lowImmunity) && affirmedMatch(tbContactRx, t) {
		fl(NU, "tb_contact_high_risk", "a young child or an immunosuppressed person living with infectious tuberculosis: contact assessment and preventive treatment within days (WHO 2024; NICE NG33)", "criança pequena ou imunossuprimido convivendo com tuberculose pulmonar: avaliação de contato e tratamento preventivo em poucos dias (MS 2019; OMS 2024)")
	}
	// Measles contact for a pregnant woman, an immunosuppressed person or
	// a baby under one, and chickenpox contact for a pregnant woman or an
	// immunosuppressed person without immunity: human normal
	// immunoglobulin within 6 days of a measles contact, VZIG or
	// antivirals within 10 days of a chickenpox contact (UKHSA 2019
	// post-exposure prophylaxis for measles; UKHSA 2023 guidance on
	// varicella post-exposure prophylaxis; RCOG Green-top 13).
	// A well pregnant woman after a chickenpox contact (no measles, no low
	// immunity) has days, not hours: her VZV IgG is checked and aciclovir
	// runs from day 7 to 14 after the contact (RCOG Green-top 13, UKHSA
	// 2023), so she is seen within a day or two.
	chickenpoxOnlyInPregnancy := pregnant && !lowImmunity && (c.Age == nil || *c.Age >= 1) && c.Has("varicella") && !c.Has("measles") && !c.Has("fever") && !c.Has("dyspnea")
	if c.Has("rash_illness_exposure") && chickenpoxOnlyInPregnancy && !immuneToRashIllness(t) {
		fl(NU, "varicella_exposure_pregnancy", "chickenpox contact in a well pregnant woman without known immunity: VZV IgG and aciclovir from day 7 of the contact (RCOG GTG13)", "contato com varicela em gestante bem sem imunidade conhecida: sorologia VZV e aciclovir a partir do 7º dia do contato (RCOG GTG13)")
	} else if c.Has("rash_illness_exposure") && (pregnant || lowImmunity || c.Age != nil && *c.Age < 1) && !immuneToRashIllness(t) && !(affirmedMatch(contactLongAgoRx, t) && !c.HasAny("fever", "rash")) {
		fl(U, "rash_illness_exposure", "measles or chickenpox contact without known immunity in pregnancy, low immunity or infancy: same-day immunity check and prophylaxis (UKHSA)", "contato com sarampo ou varicela sem imunidade conhecida na gestação, imunossupressão ou lactente: sorologia e profilaxia no mesmo dia")
	}
	// A cough, breathlessness and fever on rituximab, a TNF inhibitor,
	// high-dose steroids or other strong immunosuppression is an
	// opportunistic pneumonia (Pneumocystis, Legionella) until imaged and
	// treated: same-day assessment (BTS 2009 CAP; ATS/IDSA 2019; EULAR
	// 2022 PCP prophylaxis).
	if (lowImmunity || c.OnClass("immunosuppressant") || c.OnAnyDrug("rituximab")) && c.Has("cough") && c.Has("dyspnea") && !c.Denied("dyspnea") && (c.Has("fever") && !c.Denied("fever") || feverOnChart(c)) {
		fl(U, "chest_infection_immunosuppressed", "cough, breathlessness and fever on strong immunosuppression: opportunistic pneumonia (Pneumocystis) until shown otherwise, same-day assessment", "tosse, dispneia e febre em imunossupressão forte: pneumonia oportunista (Pneumocystis) até prova em contrário, avaliação no mesmo dia")
	}
	// A newborn of a mother with hepatitis B (HBsAg positive) needs the
	// vaccine and hepatitis B immunoglobulin within 12 hours of birth to
	// prevent transmission (Ministério da Saúde/PNI; UKHSA Green Book ch.
	// 18; CDC 2018).
	if c.AgeOr(99) < 1 && newbornRx.MatchString(t) && motherHBVRx.MatchString(t) && !hbvProphylaxisGivenRx.MatchString(t) {
		fl(U, "newborn_hbv_exposure", "newborn of a mother with hepatitis B: vaccine and immunoglobulin within 12 hours of birth (PNI; UKHSA Green Book)", "recém-nascido de mãe com hepatite B: vacina e imunoglobulina nas primeiras 12 horas de vida (PNI)")
	}
	// Chickenpox in pregnancy or with low immunity: oral aciclovir within
	// 24 hours of the rash and assessment for pneumonitis (RCOG Green-top
	// 13; UKHSA).
	// (After a contact, the rash in the text may be the contact's: "no
	// rash" about the patient keeps it a contact.)
	if c.Has("varicella") && (c.Has("rash") && !(c.Has("rash_illness_exposure") && c.DeniedSomewhere("rash")) || affirmedMatch(spotsRx, t)) && (pregnant || lowImmunity) {
		fl(U, "varicella_high_risk", "chickenpox in pregnancy or with low immunity: same-day aciclovir and assessment for pneumonitis (RCOG GTG13)", "varicela na gestação ou em imunossuprimido: aciclovir e avaliação de pneumonite no mesmo dia (RCOG GTG13)")
	}
	// A new HIV diagnosis: antiretroviral therapy is started within seven
	// days, the same day where possible (WHO 2021 consolidated HIV
	// guidelines; BHIVA 2022).
	if c.Has("new_hiv") {
		fl(NU, "new_hiv_diagnosis", "new HIV diagnosis: HIV clinic and start of antiretroviral therapy within 7 days (WHO 2021)", "diagnóstico novo de HIV: serviço de HIV e início da TARV em até 7 dias (OMS 2021)")
	}
	// Cutaneous anthrax (a painless black eschar after handling a dead
	// animal or hides): same-day treatment and notification; marked
	// oedema, fever or a head or neck lesion needs IV therapy, and
	// systemic signs are graded by the physiology (CDC 2023 anthrax
	// guidelines).
	if c.Has("anthrax") {
		fl(U, "cutaneous_anthrax", "suspected cutaneous anthrax: same-day antibiotics and public-health notification (CDC 2023)", "suspeita de carbúnculo cutâneo: antibiótico e notificação no mesmo dia (CDC 2023)")
	}
	// HIV treatment interrupted for days (tablets ran out, doses missed)
	// in someone who is well: restart within a day or two, before the
	// virus rebounds and resistance appears (BHIVA 2022 adherence).
	if (c.Has("hiv_known") || c.OnClass("antiretroviral")) && affirmedMatch(artInterruptedRx, t) {
		fl(NU, "art_interruption", "HIV treatment interrupted: restart within 24-48 hours and check the viral load (BHIVA 2022)", "TARV interrompida: reiniciar em 24-48 horas e checar a carga viral")
	}
	// Tuberculosis treatment interrupted (tablets lost, run out or
	// stopped): restarted and the patient assessed the same day when
	// coughing, febrile or bringing up blood, isolated where people live
	// close together; within days when well (WHO 2022 treatment
	// interruption; Ministério da Saúde manual de TB 2019).
	if tbKnownRx.MatchString(t) && affirmedMatch(tbInterruptedRx, t) {
		if c.HasAny("cough", "fever", "hemoptysis", "blood_streaked", "dyspnea") && !c.Denied("cough") {
			fl(U, "tb_treatment_interrupted", "tuberculosis treatment interrupted with symptoms: same-day restart, sputum and isolation (WHO 2022)", "tratamento de tuberculose interrompido com sintomas: reiniciar, escarro e isolamento no mesmo dia (Ministério da Saúde)")
		} else {
			fl(NU, "tb_treatment_interrupted", "tuberculosis treatment interrupted: restart within days with adherence support (WHO 2022)", "tratamento de tuberculose interrompido: reiniciar em poucos dias com apoio à adesão (Ministério da Saúde)")
		}
	}
	// A transplanted liver whose tests turn hepatitic or cholestatic, or a
	// transplanted kidney whose creatinine climbs, is rejection (or a
	// vessel or drug problem) until shown otherwise: same-day review by
	// the transplant team with a Doppler ultrasound (AASLD 2013 long-term
	// liver transplant care; KDIGO 2009 kidney transplant care).
	if c.Has("liver_transplant") && graftLiverTestsUp(c) || c.Has("kidney_transplant") && affirmedMatch(creatinineRisingRx, t) {
		fl(U, "graft_dysfunction", "a transplanted organ whose blood tests are worsening: same-day transplant-team review and Doppler ultrasound (AASLD 2013; KDIGO 2009)", "órgão transplantado com exames piorando: avaliação da equipe de transplante e Doppler no mesmo dia (AASLD 2013; KDIGO 2009)")
	}
	// Primary or secondary syphilis in pregnancy (a chancre, a rash of the
	// palms and soles) is treated with benzathine penicillin the same day,
	// before it reaches the baby; a latent infection found at screening is
	// treated within days (sti_positive) (Ministério da Saúde PCDT IST
	// 2022; BASHH 2015).
	if pregnant && c.Has("syphilis") && affirmedInSentence(syphilisActiveRx, t) && !c.Hx("syphilis") && !syphilisTreatedRx.MatchString(t) {
		fl(U, "syphilis_pregnancy", "syphilis in pregnancy: benzathine penicillin the same day to prevent congenital syphilis (MS PCDT IST 2022)", "sífilis na gestação: penicilina benzatina no mesmo dia para prevenir sífilis congênita (PCDT IST 2022)")
	}
	// A sexual or blood exposure to hepatitis B in someone not immune:
	// hepatitis B immunoglobulin and the first vaccine dose, best within
	// 48 hours and no later than 7 days (UKHSA Green Book ch. 18; CDC
	// 2018; Ministério da Saúde PCDT PEP).
	if hbvSourceRx.MatchString(t) && affirmedMatch(hbvNotImmuneRx, t) && hbvExposureRx.MatchString(t) && (c.DurationHours < 0 || c.DurationHours <= 24*7) {
		fl(U, "hepatitis_b_exposure", "exposure to hepatitis B in someone not immune: immunoglobulin and vaccine the same day, within 48 hours (UKHSA Green Book)", "exposição à hepatite B em pessoa não imune: imunoglobulina e vacina no mesmo dia, em até 48 horas")
	}
	// Mpox with proctitis (rectal pain, tenesmus, bleeding), eye
	// involvement, uncontrolled pain or a fever that keeps the patient
	// from coping is assessed the same day for admission and antivirals;
	// a few lesions in someone well are isolated and reviewed within days
	// (UKHSA 2024 mpox clinical management; CDC).
	if mpoxRx.MatchString(t) {
		if mpoxSevereRx.MatchString(t) && !affirmedMatch(mpoxSevereDeniedRx, t) || c.Has("fever") && !c.Denied("fever") && c.Severity >= 7 {
			fl(U, "mpox_severe", "suspected mpox with proctitis, eye involvement or uncontrolled pain: same-day assessment (UKHSA 2024)", "suspeita de mpox com proctite, acometimento ocular ou dor não controlada: avaliação no mesmo dia")
		} else {
			fl(NU, "mpox_mild", "suspected mpox without complications: isolation advice, result and contact tracing within days (UKHSA 2024)", "suspeita de mpox sem complicações: isolamento, resultado e rastreio de contatos em poucos dias")
		}
	}
	// Urethritis that persists after treatment (a resistant Mycoplasma
	// genitalium, a failed course) is re-treated within days (BASHH 2018).
	if persistentUrethritisRx.MatchString(t) {
		fl(NU, "persistent_urethritis", "urethritis persisting after treatment: test of cure and second-line treatment within days (BASHH 2018)", "uretrite persistente após tratamento: controle de cura e segunda linha em poucos dias")
	}
	// A blocked central line (will not flush or aspirate) in someone who
	// lives on it (parenteral nutrition, chemotherapy, antibiotics) is
	// unblocked the same day, before feeds are missed and the clot
	// grows (ESPEN 2018 home parenteral nutrition; INS 2021).
	// (nothing due through it today — no parenteral feed, the next
	// dose tomorrow or the chemotherapy days away — and no swelling, fever or pain: the line
	// team unblocks it within a day or two)
	lineNotNeededYet := nextDoseDaysAwayRx.MatchString(t) && !affirmedMatch(parenteralRx, t) && !(c.Has("fever") && !c.Denied("fever")) && !c.HasAny("arm_swelling", "dvt_signs")
	if affirmedMatch(centralLineRx, t) && affirmedMatch(lineBlockedRx, t) && lineNotNeededYet {
		fl(NU, "central_line_blocked_not_due", "a blocked central line with nothing due through it today: line-team unblocking before the next dose, within 24-48 hours (INS 2021)", "cateter central obstruído sem infusão prevista para hoje: desobstrução pela equipe antes da próxima dose, em 24-48 horas")
	} else if affirmedMatch(centralLineRx, t) && affirmedMatch(lineBlockedRx, t) {
		fl(U, "central_line_blocked", "a blocked central line: same-day unblocking by the line team (ESPEN 2018)", "cateter central obstruído: desobstrução no mesmo dia pela equipe (ESPEN 2018)")
	}
	// A central venous line (PICC, Hickman, port) with pus or redness at
	// its exit site and a fever may seed the blood: cultures from the line
	// and a vein, and a decision on the line, the same day (IDSA 2009
	// catheter-related bloodstream infection).
	if affirmedMatch(centralLineRx, t) && affirmedInSentence(lineSiteInfectionRx, t) && (c.Has("fever") && !c.Denied("fever") || feverOnChart(c)) {
		fl(U, "central_line_infection", "a central line with an inflamed exit site and fever: line and peripheral blood cultures the same day (IDSA 2009)", "cateter venoso central com óstio inflamado e febre: hemoculturas do cateter e periférica no mesmo dia (IDSA 2009)")
	}
}

var (
	// centralLineRx: a line into a central vein.
	centralLineRx = regexp.MustCompile(`\b(picc|hickman|portacath|port.a.cath|implanted port|central (venous )?(line|catheter)|tunnell?ed (line|catheter)|\bcvc\b|cateter (venoso )?central|cateter de picc|cateter totalmente implantado)`)
	// lineSiteInfectionRx: pus or spreading redness where it leaves the skin.
	lineSiteInfectionRx = regexp.MustCompile(`\b(pus|purulen\w*|discharg\w*|erythema|red(ness)?|sore|tender\w*|swollen|secre\w*|hiperemi\w*|vermelh\w*|eritema)\b`)
)

// creatinineRisingRx: a creatinine told as climbing
var creatinineRisingRx = regexp.MustCompile(`\b(creatinine|creatinina|creat|cr)\b[^.;]{0,40}\b(doubled|rising|rose|risen|climb\w*|up from|increased|dobrou|subiu|subindo|aumentou|elevou)\b|\b(rising|rise in|increase in|doubling of|aumento da|elevacao da) (the |a )?(serum )?(creatinine|creatinina)`)

// graftLiverTestsUp: ALT or AST over about three times the upper limit,
// or a bilirubin of 2 mg/dL or more.
func graftLiverTestsUp(c *clinical.Case) bool {
	if v, ok := c.LabValue("alt"); ok && v >= 120 {
		return true
	}
	if v, ok := c.LabValue("ast"); ok && v >= 120 {
		return true
	}
	v, ok := c.LabValue("bilirubin")
	return ok && v >= 2
}

// artInterruptedRx: HIV tablets run out, stopped or missed for days
var artInterruptedRx = regexp.MustCompile(`\b(ran out|run out|running out|out of|missed|without|stopped|lost|perdeu|interrupt\w*|ficou sem|acabou|acabaram|parou|sem tomar|esqueceu) (\w+ ){0,4}(hiv|arvs?|art|antiretroviral\w*|tarv|tablets|pills|medication|meds|remedios|comprimidos)\b`)

// tbKnownRx: tuberculosis diagnosed or on treatment; tbInterruptedRx:
// its tablets lost, run out or stopped.
var (
	tbKnownRx       = regexp.MustCompile(`\b(tb|tuberculosis|tuberculose)\b[^.;]{0,60}\b(diagnos\w*|treatment|tratamento|on |em uso|phase|fase|smear|baciloscopia)|\b(rhze|rhz|rifampicin\w*|rifampicina|isoniazid\w*)\b`)
	tbInterruptedRx = regexp.MustCompile(`\b(lost|ran out of|run out of|stopped|interrupted|abandoned|without|perdeu|acabou|acabaram|parou|abandonou|sem tomar|sem) (\w+ ){0,4}(tablets|pills|medicines|medication|treatment|doses|rhze|comprimidos|remedios|tratamento)\b|\b(tablets|pills|medicines|medication|treatment|doses|comprimidos|remedios|tratamento) (\w+ ){0,4}(lost|stopped|interrupted|abandoned|perdidos|interrompido|abandonado)\b|\b(none|not) taken\b`)
)

// lineBlockedRx: a line that will not flush or draw back
// newbornRx, motherHBVRx and hbvProphylaxisGivenRx: a baby in its first
// days, a mother with hepatitis B, and the prophylaxis already given
var (
	newbornRx             = regexp.MustCompile(`\b(newborn|neonate|born (\d+|a few|two|three|six|twelve) hours ago|recem.?nascid[oa]|\brn\b|nasceu ha|hours old|horas de vida)\b`)
	motherHBVRx           = regexp.MustCompile(`\b(mother|mae|maternal|materna) (\w+ ){0,4}(hbsag|hepatitis b|hepatite b)\b|\b(hbsag|hepatitis b|hepatite b) (\w+ ){0,3}(mother|mae|maternal|materna)\b`)
	hbvProphylaxisGivenRx = regexp.MustCompile(`\b(received|given|gave|recebeu|aplicad[oa]s?|administrad[oa]s?|tomou) (\w+ ){0,4}(hbig|immunoglobulin|imunoglobulina|hepatitis b vaccine|vacina (da |contra )?hepatite b)\b`)
)

// Sexual health: active syphilis, a hepatitis B source and a
// non-immune contact, mpox and its complications, persistent urethritis.
var (
	syphilisActiveRx       = regexp.MustCompile(`\b(palms?|soles?|palmas?|plantas?|rash|exantema|roseola|condylomat\w* lata|condiloma\w* plano|mucous patch\w*|chancre|cancro duro)\b`)
	syphilisTreatedRx      = regexp.MustCompile(`\b(treated|tratad[oa]|completed (\w+ ){0,3}(penicillin|treatment)|serological (cure|scar)|cicatriz sorologica)\b`)
	hbvSourceRx            = regexp.MustCompile(`\b(hepatit\w* b|hepatite b|hbsag|hbv)\b`)
	hbvNotImmuneRx         = regexp.MustCompile(`\b(never (\w+ ){0,2}vaccinated|unvaccinated|not (been )?vaccinated|nunca (\w+ ){0,2}vacinad[oa]|nao vacinad[oa]|non.?immune|not immune|anti.?hbs (negative|nao reagente)|no (hepatitis b|hbv) (vaccin\w*|immunity))\b`)
	hbvExposureRx          = regexp.MustCompile(`\b(sex\w*|condom\w*|preservativo|relac\w* sexua\w*|needle.?stick|sharps?|exposure|exposicao|exposto|acidente (com )?(material )?biologico|shared (needles?|syringes?))\b`)
	mpoxRx                 = regexp.MustCompile(`\b(mpox|monkeypox|monkey pox|variola dos macacos)\b`)
	mpoxSevereRx           = regexp.MustCompile(`\b(proctit\w*|tenesmus|tenesmo|rectal (pain|bleeding)|(pain|bleeding) (in|from) the (back passage|rectum|anus)|back passage|(eye|ocular|conjunctiv\w*|corneal?) (\w+ ){0,2}(lesion|involvement|pain|red\w*)|pain (\w+ ){0,3}not controlled|uncontrolled pain|unable to (swallow|eat|pass urine))\b`)
	mpoxSevereDeniedRx     = regexp.MustCompile(`\b(no|without|sem|nao) (\w+ )?(perianal |oral |anal )?(or )?(proctit\w*|tenesmus|rectal (pain|bleeding)|eye (symptoms|involvement|lesions))\b`)
	persistentUrethritisRx = regexp.MustCompile(`\b((persistent|recurrent|ongoing) (\w+ ){0,2}urethritis|urethritis (\w+ ){0,4}(despite|after) (\w+ ){0,2}treatment|mycoplasma genitalium|(macrolide|azithromycin).resist\w*)\b`)
)

// nextDoseDaysAwayRx and parenteralRx: the next treatment through a line
// two or more days away, and a parenteral feed that cannot wait
var (
	nextDoseDaysAwayRx = regexp.MustCompile(`\bnext (\w+ ){0,2}(dose|cycle|treatment|infusion|chemo\w*|session|course|antibiotic) (is )?(due |planned |booked )?((in|on|em) ([2-9]|1[0-4]|two|three|four|five|six|seven|a week|ten|several) (days?|dias?)|tomorrow)\b|\bproxim[oa] (\w+ ){0,2}(dose|ciclo|sessao|infusao|quimio\w*) (e |esta )?(prevista |marcada )?(para )?amanha\b|\bproxim[oa] (\w+ ){0,2}(dose|ciclo|sessao|infusao|quimio\w*) (em|daqui a) ([2-9]|dois|tres|quatro|cinco|seis|sete) dias\b`)
	parenteralRx       = regexp.MustCompile(`\b(parenteral|\btpn\b|\bhpn\b|npt\b|nutricao parenteral|feeds? (through|via|by) (the |her |his )?(line|picc|hickman|port))`)
)

var lineBlockedRx = regexp.MustCompile(`\b((will ?not|won'?t|cannot|can'?t|unable to|does ?n'?t|doesn'?t) (\w+ ){0,2}(flush|aspirate|draw back|bleed back|infuse|run)|(blocked|occluded|obstructed) (\w+ ){0,2}(line|catheter|lumen|picc|port)|(line|catheter|lumen|picc|port) (\w+ ){0,2}(blocked|occluded|obstructed|not flushing)|(nao|sem) (flui|reflui|infunde)|(cateter|linha) (\w+ ){0,2}(obstruid[oa]|entupid[oa]))`)

// tbContactRx: living with, or a contact of, someone with tuberculosis
var tbContactRx = regexp.MustCompile(`\b((contact|contato|comunicante|exposure|exposicao|exposed|exposto)\b[^.;]{0,40}\b(tb|tuberculos\w*)|(tb|tuberculos\w*) (\w+ ){0,2}(contact|contato|comunicante)|(mother|father|mum|dad|brother|sister|grandmother|grandfather|uncle|aunt|mae|pai|irmao|irma|avo|tio|tia|household member|someone at home)\b[^.;]{0,40}\b(diagnosed|diagnosticad[oa]|com|has|with|started|iniciou)\b[^.;]{0,30}\b(tb|tuberculos\w*))\b`)
