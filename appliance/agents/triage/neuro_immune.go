package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Rules for the brain, nerves and the immune system that are told as a
// known condition or a drug rather than a single red flag: giant cell
// arteritis, the neuroleptic malignant and parkinsonism-hyperpyrexia
// syndromes, a shunt that may be blocked, a rash on a drug that causes
// SJS/DRESS, and steroids stopped abruptly. Sources are in each comment.

var (
	// umnSignsRx: upper motor neurone signs on examination.
	umnSignsRx = regexp.MustCompile(`\b((upgoing|up.going|extensor) (toes?|plantars?|plantar responses?)|babinski (sign )?(is )?(positive|present|positivo|presente|\+)|positive babinski|hyperreflex\w*|hiperreflex\w*|reflexos (vivos|exaltados)|brisk (tendon |leg )?reflexes|sustained clonus|clonus (at|in) (both |the )?ankles?)\b`)
	// cordFunctionRx: hands or bladder failing in a way a cord lesion
	// explains.
	cordFunctionRx = regexp.MustCompile(`\b(dropping (things|her cup|his cup|objects)|weak grip|clumsy hands|deixando cair (as )?coisas|(wetting|wet) (herself|himself|accidents?)|(new |urinary )incontinence|perdendo urina|fazendo xixi na roupa)\b`)
	// neckTroubleRx: a neck hurt, held or injured.
	neckTroubleRx = regexp.MustCompile(`\b(neck (pain|injury|injured|trauma|hurt\w*|stiff\w*)|(held|holding|holds) (her|his|the) (neck|head to one side)|whiplash|(hurt|injured|bent|twisted) (her|his|the) neck|trampoline|atlanto.?axial|dor (no|na) (pescoco|cervical)|trauma cervical|torcicolo)\b`)
)

func (a *assessor) neuroImmune() {
	c := a.c
	temp, hasT := val(c.Vitals.TemperatureC)
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	feverish := hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever")

	// Weakness of both legs with a sensory level or a bladder that will not
	// empty is an acute spinal cord syndrome whatever the cause
	// (compression, myelitis, decompression illness, a bleed): imaging and
	// treatment now (NICE NG234 spinal metastases and cord compression).
	if c.Has("spinal_cord_signs") && (c.Has("urinary_retention") || affirmedInClause(sensoryLevelRx, t)) && !c.Hx("spinal_cord_signs") && (c.DurationHours < 0 || c.DurationHours <= 24*14) {
		fl(E, "acute_cord_syndrome", "weakness of both legs with a sensory level or retention: acute spinal cord syndrome, imaging and treatment now", "fraqueza nas duas pernas com nível sensitivo ou retenção: síndrome medular aguda, imagem e tratamento já")
	}
	// Upper motor neurone signs (upgoing toes, brisk reflexes, clonus)
	// with a new unsteady gait, clumsy hands or loss of bladder control,
	// after a neck injury or with neck pain, is a compressive cervical
	// myelopathy until imaged (atlanto-axial instability in Down
	// syndrome, a disc or a fracture): immobilise and scan now (NICE
	// NG41; Down Syndrome Medical Interest Group 2021).
	if affirmedMatch(umnSignsRx, t) && (c.Has("ataxia") || affirmedMatch(cordFunctionRx, t) || c.Has("urinary_retention")) && (affirmedMatch(neckTroubleRx, t) || c.Has("head_injury")) && (c.DurationHours < 0 || c.DurationHours <= 24*14) {
		fl(E, "cervical_myelopathy_acute", "upper motor neurone signs with new gait, hand or bladder trouble after a neck injury or with neck pain: cervical cord compression until imaged, immobilise and scan now", "sinais de neurônio motor superior com alteração nova da marcha, das mãos ou da bexiga após trauma cervical ou com dor no pescoço: compressão medular cervical até imagem, imobilizar e fazer exame já")
	}
	// Neurological symptoms, breathlessness or chest pain within two days
	// of a dive are decompression illness: 100% oxygen and recompression
	// (DAN; UHMS 2018 best practice).
	// (water breathed in during the dive explains a cough and crackles
	// with no neurological sign: the drowning rules grade it)
	diveWindow := c.Has("diving") && (c.DurationHours < 0 || c.DurationHours <= 48)
	neuroAfterDive := c.HasAny("paresthesia", "arm_weakness", "spinal_cord_signs", "confusion", "speech", "vision_loss", "urinary_retention", "ataxia", "dizziness")
	if diveWindow && (neuroAfterDive || c.HasAny("dyspnea", "chest_pain") && !c.Has("drowning")) {
		fl(E, "decompression_illness", "symptoms after a dive: decompression illness, 100% oxygen and recompression (UHMS)", "sintomas após mergulho: doença descompressiva, oxigênio a 100% e recompressão")
	} else if diveWindow && (c.HasAny("joint_pain", "muscle_pain") || affirmedMatch(bendsRx, t)) {
		// Joint or limb pain, marbled skin or unusual tiredness after a
		// dive (or a flight soon after one) with a normal neurological
		// examination is pain-only decompression sickness: 100% oxygen
		// and a hyperbaric consultation the same day (DAN; UHMS 2018).
		fl(U, "decompression_sickness_pain", "joint or limb pain, marbled skin or unusual tiredness after a dive: pain-only decompression sickness, 100% oxygen and same-day hyperbaric consultation (DAN; UHMS)", "dor articular ou em membro, pele marmórea ou cansaço incomum após mergulho: doença descompressiva dolorosa, oxigênio a 100% e avaliação hiperbárica no mesmo dia")
	}
	// A stingray or venomous fish spine: hot water, exploration for a
	// retained barb and tetanus cover the same day (Brazilian Ministry of
	// Health, acidentes por animais aquáticos).
	if c.Has("marine_envenomation") {
		fl(U, "marine_envenomation", "stingray or venomous fish injury: hot-water immersion, exploration for a retained spine and tetanus cover the same day", "acidente por arraia ou peixe peçonhento: imersão em água quente, exploração de ferrão retido e profilaxia do tétano no mesmo dia")
	}
	// Giant cell arteritis after 50: high-dose steroids the same day; with
	// any visual symptom (amaurosis, double vision) the other eye is at
	// risk within hours (BSR 2020 GCA guideline).
	// (a GCA already on steroids is followed, not suspected)
	if c.Has("gca") && c.AgeOr(60) >= 50 && !c.OnClass("corticosteroid") {
		if c.HasAny("amaurosis", "vision_loss") || affirmedMatch(gcaVisionRx, t) {
			fl(E, "gca_visual", "suspected giant cell arteritis with visual symptoms: high-dose steroids now and same-day eye assessment (BSR 2020)", "suspeita de arterite de células gigantes com sintomas visuais: corticoide em dose alta já e avaliação oftalmológica no mesmo dia")
		} else {
			fl(U, "gca_suspected", "suspected giant cell arteritis: steroids and fast-track assessment the same day (BSR 2020)", "suspeita de arterite de células gigantes: corticoide e avaliação rápida no mesmo dia")
		}
	}
	// Fever with rigidity on an antipsychotic is the neuroleptic malignant
	// syndrome; in Parkinson's disease with levodopa stopped or missed it
	// is the parkinsonism-hyperpyrexia syndrome: both are emergencies
	// (Maudsley Prescribing Guidelines; Parkinson's UK).
	if c.Has("nms") || c.Has("rigidity") && feverish && c.OnClass("antipsychotic") {
		fl(E, "neuroleptic_malignant", "fever and rigidity on an antipsychotic: neuroleptic malignant syndrome, emergency care", "febre e rigidez em uso de antipsicótico: síndrome neuroléptica maligna, atendimento de emergência")
	}
	if c.Has("parkinson_disease") && c.Has("rigidity") && feverish && levodopaMissedRx.MatchString(t) {
		fl(E, "parkinsonism_hyperpyrexia", "fever and rigidity with levodopa missed: parkinsonism-hyperpyrexia syndrome, restart dopaminergic treatment now", "febre e rigidez com levodopa suspensa: síndrome de hiperpirexia parkinsoniana, reiniciar dopaminérgico já")
	}
	// Headache, vomiting or drowsiness with a CSF shunt is a blocked
	// shunt until a CT and shunt series say otherwise (NICE NG232
	// referral guidance; BSPN shunt malfunction).
	if c.Has("shunt") && c.HasAny("headache", "vomiting", "drowsy", "seizure", "nausea") && !c.Has("recovering") {
		fl(U, "shunt_malfunction", "headache, vomiting or drowsiness with a CSF shunt: possible blockage, same-day neurosurgical assessment and imaging", "cefaleia, vômitos ou sonolência com derivação ventricular: possível obstrução, avaliação neurocirúrgica e imagem no mesmo dia")
	}
	// A new rash in the first two months of a drug that causes SJS/TEN
	// or DRESS (lamotrigine, carbamazepine, phenytoin, allopurinol,
	// co-trimoxazole, nevirapine) is stopped and seen the same day (MHRA;
	// RegiSCAR).
	if c.Has("rash") && !c.Denied("rash") && c.Has("recently_started") && scarDrug(c) {
		fl(U, "scar_drug_rash", "new rash soon after starting a drug that causes SJS/TEN or DRESS: stop it and same-day assessment", "erupção nova logo após iniciar fármaco que causa SJS/NET ou DRESS: suspender e avaliar no mesmo dia")
	}
	// New breathlessness and cough on methotrexate, with crackles,
	// fever or new infiltrates, is methotrexate pneumonitis until shown
	// otherwise: stop it, same-day assessment (BSR 2017 DMARD guideline).
	if c.OnDrug("methotrexate") && c.Has("dyspnea") && !c.Denied("dyspnea") && c.Has("cough") && (c.HasAny("crackles", "fever") || infiltrateRx.MatchString(t)) {
		fl(U, "methotrexate_pneumonitis", "new cough and breathlessness on methotrexate: possible pneumonitis, stop it and same-day assessment (BSR 2017)", "tosse e dispneia novas em uso de metotrexato: possível pneumonite, suspender e avaliar no mesmo dia")
	}
	// ALT above twice normal on a DMARD is withheld and discussed within
	// days (BSR 2017: a rise to more than twice the upper limit, or over
	// 100 U/L; ACR monitoring).
	if alt, ok := c.LabValue("alt"); ok && alt > 80 && dmard(c) {
		a.flag(NonUrgent, "lab", "dmard_alt_raised", clinical.T("ALT above twice normal on a DMARD: withhold it, discuss and recheck within a week (BSR 2017)", "TGP acima de duas vezes o normal em uso de DMARD: suspender, discutir e repetir em uma semana"))
	}
	// Sore throat, mouth ulcers or fever on an antithyroid drug is
	// agranulocytosis until a same-day blood count says otherwise
	// (MHRA/BNF carbimazole warning).
	if c.OnClass("antithyroid") && (c.HasAny("sore_throat", "mucositis", "mucosal_sores") || c.Has("fever") && !c.Denied("fever")) && !neutrophilsMeasuredNormal(c) {
		fl(U, "antithyroid_agranulocytosis", "sore throat, mouth ulcers or fever on an antithyroid drug: stop it, same-day blood count for agranulocytosis (MHRA)", "dor de garganta, aftas ou febre em uso de antitireoidiano: suspender e hemograma no mesmo dia (agranulocitose)")
	}
	// Ketones of 0.6 or more with high sugars in type 1 diabetes (a pump
	// that has failed, an illness) are acted on within hours: correction
	// by pen, fluids and a recheck, before ketoacidosis (JBDS 2023 DKA;
	// ISPAD sick-day rules).
	if k, ok := c.LabValue("ketones"); ok && k >= 0.6 && (c.Has("type1_diabetes") || c.OnClass("insulin")) && c.HasAny("hyperglycemia_word", "diabetes") {
		fl(U, "ketosis_insulin", "blood ketones 0.6 or more with high sugars on insulin: correction, fluids and recheck within hours (JBDS)", "cetonemia 0,6 ou mais com glicemia alta em insulina: correção, hidratação e reavaliação em horas")
	}
	// A hot, swollen foot in a diabetic with neuropathy and no wound is
	// an active Charcot foot until shown otherwise: offloading the same
	// week, urgent foot team (NICE NG19: refer within 1 working day).
	if c.Has("diabetes") && c.Has("hot_swollen_foot") && neuropathyRx.MatchString(t) {
		fl(U, "charcot_foot", "hot swollen foot with neuropathy in diabetes: active Charcot foot until shown otherwise, foot team within a working day (NICE NG19)", "pé quente e edemaciado com neuropatia em diabético: Charcot ativo até prova em contrário, equipe do pé em 1 dia útil")
	}
	// Gestational diabetes above target after diet, hypoglycaemia no
	// longer felt: the diabetes team within days (NICE NG3; ADA 2024).
	if c.Has("gdm_above_target") && c.Pregnant || c.Has("hypo_unawareness") {
		fl(NonUrgent, "diabetes_review_days", "gestational diabetes above target, or hypoglycaemia no longer felt: diabetes team within days (NICE NG3, ADA)", "diabetes gestacional fora da meta ou hipoglicemias sem sintomas: equipe de diabetes em poucos dias")
	}
	// Long-term steroids stopped abruptly with fatigue, nausea or feeling
	// faint on standing is adrenal insufficiency: steroids restarted the
	// same day (Society for Endocrinology 2020 steroid emergency card).
	// (the medicines list may say it: "prednisona 20 mg/dia (parou há 5
	// dias)")
	if (c.Has("steroid_stopped") || steroidStoppedInList(c)) && (c.HasAny("presyncope", "nausea", "dizziness", "vomiting") || posturalWordsRx.MatchString(t) || orthostaticLayRx.MatchString(t)) {
		fl(U, "steroid_withdrawal", "long-term steroids stopped abruptly with symptoms: adrenal insufficiency, restart steroids the same day", "corticoide de uso prolongado suspenso abruptamente com sintomas: insuficiência adrenal, reiniciar no mesmo dia")
	}
}

var (
	sensoryLevelRx   = regexp.MustCompile(`\b(sensory level|nivel sensitivo|(below|abaixo d[oa]) (the )?(umbilicus|nipples?|waist|umbigo|mamilos?|cintura)|saddle (anaesthesia|anesthesia|numbness)|anestesia em sela)\b`)
	bendsRx          = regexp.MustCompile(`\b((deep |dull )?(ach\w*|pain\w*) (in|around) (the |his |her |my )?(shoulders?|elbows?|knees?|hips?|joints?)|marbl\w* skin|cutis marmorata|skin (mottling|marbling)|unusual(ly)? (tired|tiredness|fatigue)|extreme fatigue|dor (nas|nos|no|na) (articula\w*|ombros?|joelhos?|cotovelos?)|pele marmorea|cansaco (extremo|incomum))\b`)
	gcaVisionRx      = regexp.MustCompile(`\b(curtain|cortina|went dark|went black|escureceu)\b`)
	levodopaMissedRx = regexp.MustCompile(`\b(levodopa|co.?careldopa|co.?beneldopa|sinemet|madopar|prolopa|parkinson'?s (medication|meds|drugs))\b[^.]{0,80}\b(missed|not given|omitted|withheld|stopped|nao (foi )?administrad\w*|suspens\w*|nao recebeu)\b|\b(missed|not given|omitted|withheld|nao recebeu)\b[^.]{0,40}\b(levodopa|sinemet|madopar|prolopa)\b`)
	posturalWordsRx  = regexp.MustCompile(`\b(lightheaded|light.headed|dizzy|faint) (when|on) (standing|getting up)|standing bp|postural (drop|hypotension)|hipotensao postural|tontura ao levantar`)
)

var neuropathyRx = regexp.MustCompile(`\b(neuropath\w*|neuropatia|monofilament|monofilamento|insensate|loss of protective sensation)\b`)

var infiltrateRx = regexp.MustCompile(`\b(infiltrat\w*|interstitial|ground.glass|vidro fosco|opacidades)\b`)

// affirmedInClause reports a match of rx not denied earlier in its clause
// ("no new symptoms such as visual loss or a new sensory level").
func affirmedInClause(rx *regexp.Regexp, t string) bool {
	for _, loc := range rx.FindAllStringIndex(t, -1) {
		if !clauseNegRx.MatchString(t[max(0, loc[0]-80):loc[0]]) {
			return true
		}
	}
	return false
}

var clauseNegRx = regexp.MustCompile(`\b(no|not|without|denies|sem|nega|nao)\b[^.;]*$`)

// dmard reports a conventional DMARD whose liver tests are monitored.
func dmard(c *clinical.Case) bool {
	return c.OnAnyDrug("methotrexate", "leflunomide", "azathioprine", "sulfasalazine")
}

// scarDrug reports a drug with a known risk of severe cutaneous reactions
// early in treatment.
func scarDrug(c *clinical.Case) bool {
	return c.OnAnyDrug("lamotrigine", "carbamazepine", "phenytoin", "allopurinol", "sulfamethoxazole", "nevirapine", "oxcarbazepine")
}

// steroidListStoppedRx: a steroid line of the medicines list told as
// stopped or run out
var steroidListStoppedRx = regexp.MustCompile(`\b(prednisolon\w*|prednison\w*|hydrocortisone|hidrocortisona|dexamethasone|dexametasona|methylprednisolone|metilprednisolona|deflazacort\w*)\b[^;]{0,40}\b(stopped|discontinued|ran out|run out|parou|suspens\w*|interromp\w*|acabou)\b`)

// steroidStoppedInList reports a steroid in the medicines list marked as
// stopped.
func steroidStoppedInList(c *clinical.Case) bool {
	if c.Input == nil {
		return false
	}
	for _, m := range c.Input.Medications {
		if steroidListStoppedRx.MatchString(clinical.Fold(m)) {
			return true
		}
	}
	return false
}
