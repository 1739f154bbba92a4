package triage

import (
	"regexp"
	"strconv"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Rules about medicines and drug use that no single red flag carries: a
// QTc past 500 ms, opioid use in pregnancy, xylazine wounds, a slow fetal
// heart. Sources are in each comment.

// qtcRx reads a QTc in milliseconds ("QTc today 528 ms", "QTc 512").
var qtcRx = regexp.MustCompile(`\bqtc\b\D{0,16}?(\d{3})\s*(ms|msec)?\b`)

var (
	// withdrawalSignRx: the signs of opioid withdrawal, each counted once
	// per mention.
	withdrawalSignRx = regexp.MustCompile(`\b(yawn\w*|bocej\w*|runny nose|rhinorr\w*|coriza|goose.?(bumps|flesh)|piloerec\w*|arrepios?|dilated pupils|mydriasis|midriase|pupilas dilatadas|stomach cramps|abdominal cramps|colicas?|diarrh\w*|diarreia|evacuac\w*|lacrimat\w*|lacrimejamento|restless\w*|inquiet\w*)\b`)
	// opioidStoppedRx: a long-term opioid that ran out or was stopped.
	opioidStoppedRx = regexp.MustCompile(`\b(ran out|run out|running out|could not (fill|get)|couldn'?t (fill|get)|none taken|missed (\w+ ){0,2}doses|acabou o remedio|sem tomar|ficou sem|receita venceu|first (buprenorphine|subutex|suboxone) dose|precipitated withdrawal|abstinencia precipitada|cows \d+)`)
)

func (a *assessor) medicinesAndDrugUse() {
	c := a.c
	E, U, NU := Emergency, Urgent, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)
	// Another person's usual medicines taken once by mistake, or one
	// extra dose of an anticoagulant, with no symptoms: advice and
	// observation over the next day (TOXBASE; a single extra dose of a
	// DOAC carries little risk with normal kidneys — EHRA 2021). A
	// symptom, a dangerous drug or an abnormal observation is graded by
	// its own rules.
	wrongPerson := affirmedMatch(wrongPersonMedsRx, t)
	extraAnticoag := c.OnClass("anticoagulant") && affirmedMatch(extraAnticoagDoseRx, t) && !c.HasAny("bleeding", "bruising", "melena", "hematuria", "head_injury", "major_bleeding")
	if (wrongPerson || extraAnticoag) && !Altered(c) && len(Complaints(c)) == 0 {
		fl(NU, "medication_error_well", "a medication error without symptoms (another person's usual doses, one extra anticoagulant dose): advice, observation and safety-netting over 24 hours", "erro de medicação sem sintomas (doses habituais de outra pessoa, uma dose extra de anticoagulante): orientação, observação e sinais de alerta por 24 horas")
	}
	// Clozapine: a neutrophil count under 1.5 is a "red" result — stop
	// clozapine and recheck daily (UK clozapine monitoring; FDA REMS
	// 2015 counts moderate neutropenia under 1.0) — and constipation
	// with pain, distension or vomiting is clozapine-induced gut
	// hypomotility, which can go on to ileus and perforation: a same-day
	// medical review (MHRA 2017; Maudsley).
	if c.OnDrug("clozapine") {
		anc, okANC := c.LabValue("neutrophils")
		if okANC && anc < 1.5 {
			fl(U, "clozapine_neutropenia", "neutrophils under 1.5 on clozapine: a red result, stop clozapine and daily blood counts (clozapine monitoring)", "neutrófilos abaixo de 1,5 em uso de clozapina: resultado vermelho, suspender clozapina e hemograma diário")
		}
		if (c.Has("constipation") && !c.Denied("constipation") || noBowelsRx.MatchString(t)) && (c.HasAny("abdominal_pain", "vomiting") || distendedRx.MatchString(t)) {
			fl(U, "clozapine_constipation", "constipation with pain, distension or vomiting on clozapine: gut hypomotility, same-day medical review (MHRA 2017)", "constipação com dor, distensão ou vômitos em uso de clozapina: hipomotilidade intestinal, avaliação médica no mesmo dia (MHRA 2017)")
		}
	}
	// Pinpoint pupils and sleepiness on a prescribed opioid, still
	// rousable: early opioid toxicity, reduce or stop it the same day
	// with naloxone at hand (a reduced consciousness is an emergency by
	// the physiology rules; FDA opioid labels; NICE CG140).
	if c.Has("opioid_toxidrome") && c.OnClass("opioid") && !Altered(c) {
		fl(U, "opioid_toxicity_early", "pinpoint pupils or drowsiness on an opioid, still rousable: early toxicity, same-day dose review with naloxone at hand", "miose ou sonolência em uso de opioide, ainda desperta: toxicidade inicial, revisão da dose no mesmo dia com naloxona disponível")
	}
	// Jerking (myoclonus) with hallucinations or sleepiness on an opioid,
	// often after a dose rise or with failing kidneys: opioid-induced
	// neurotoxicity, the dose cut or the opioid switched the same day
	// (EAPC 2012; NICE CG140; Scottish Palliative Care Guidelines).
	if c.OnClass("opioid") && c.Has("clonus") && (affirmedMatch(hallucinationRx, t) || c.HasAny("drowsy", "confusion", "opioid_toxidrome") || affirmedMatch(newSleepinessRx, t)) && !a.r.HasFlag("opioid_toxicity_early") {
		fl(U, "opioid_neurotoxicity", "myoclonus with hallucinations or drowsiness on an opioid: opioid-induced neurotoxicity, same-day dose reduction or switch and a kidney check", "mioclonias com alucinações ou sonolência em uso de opioide: neurotoxicidade por opioide, reduzir ou trocar no mesmo dia e checar função renal")
	}
	// Irritability, aggression or low mood after levetiracetam (or
	// perampanel, topiramate) was started: a known adverse effect, the
	// epilepsy team adjusts or switches it within days and it is not
	// stopped suddenly (NICE NG217; MHRA). Suicidal thoughts or
	// psychosis are graded on their own.
	if c.OnAnyDrug("levetiracetam", "perampanel", "topiramate", "brivaracetam") && affirmedMatch(behaviourChangeRx, t) && !c.HasAny("suicidal", "suicide_passive", "psychosis", "homicidal", "self_harm_act") {
		fl(NU, "antiseizure_behavioural_effect", "irritability or aggression after an antiseizure medicine known for it was started: epilepsy team review within days, not stopped suddenly (NICE NG217)", "irritabilidade ou agressividade após início de anticonvulsivante conhecido por isso: revisão pela equipe de epilepsia em poucos dias, sem suspender abruptamente (NICE NG217)")
	}
	// Codeine or tramadol while breastfeeding: an ultra-rapid CYP2D6
	// metaboliser passes enough morphine in the milk to sedate the baby;
	// switched within a day or two and the baby watched for drowsiness
	// (MHRA 2013; FDA 2017).
	if c.OnAnyDrug("codeine", "tramadol") && affirmedMatch(breastfeedingRx, t) && !c.HasAny("drowsy", "unresponsive") {
		fl(NU, "codeine_breastfeeding", "codeine or tramadol while breastfeeding: switch to paracetamol and ibuprofen within a day or two, watch the baby for drowsiness or poor feeding (MHRA 2013)", "codeína ou tramadol durante a amamentação: trocar por paracetamol e ibuprofeno em um a dois dias, observar sonolência ou dificuldade de mamar no bebê (MHRA 2013)")
	}
	// Three or more signs of opioid withdrawal (yawning, a runny nose,
	// gooseflesh, dilated pupils, cramps, diarrhoea, vomiting) after an
	// opioid ran out or a first buprenorphine dose: moderate withdrawal,
	// same-day treatment and a restart plan (COWS; NICE CG52; SAMHSA TIP 63).
	// (yawning and a runny nose by the evening alone are mild: the
	// interaction or dose rules decide)
	if n := len(withdrawalSignRx.FindAllString(t, -1)); n >= 3 && c.HasAny("diarrhea", "vomiting", "abdominal_pain") && (c.OnClass("opioid") || opioidStoppedRx.MatchString(t)) {
		fl(U, "opioid_withdrawal", "several signs of opioid withdrawal after running out or a first buprenorphine dose: same-day assessment and treatment", "vários sinais de abstinência de opioide após falta do remédio ou primeira dose de buprenorfina: avaliação e tratamento no mesmo dia")
	}
	// Numbness, tingling or an unsteady gait in someone who inhales
	// nitrous oxide is B12 inactivation (myeloneuropathy): stop it,
	// hydroxocobalamin and neurology the same day (Association of British
	// Neurologists 2023 guidance on nitrous oxide).
	if c.Has("nitrous_oxide") && c.HasAny("paresthesia", "spinal_cord_signs", "ataxia", "generalized_weakness") {
		fl(U, "nitrous_oxide_neuropathy", "tingling, numbness or unsteadiness after nitrous oxide: B12 myeloneuropathy, hydroxocobalamin and neurology the same day (ABN 2023)", "formigamento, dormência ou desequilíbrio após óxido nitroso: mieloneuropatia por B12, hidroxocobalamina e neurologia no mesmo dia")
	}

	// A QTc of 500 ms or more is reviewed the same day: stop the drugs that
	// lengthen it, check potassium and magnesium (AHA/ACCF 2010 scientific
	// statement on drug-induced QT prolongation); with fainting or
	// palpitations it is an emergency (torsades).
	if m := qtcRx.FindStringSubmatch(t); m != nil {
		if q, err := strconv.Atoi(m[1]); err == nil && q >= 500 && q < 800 {
			if c.HasAny("syncope", "palpitations", "seizure") && !c.Denied("syncope") {
				fl(E, "qtc_long_symptomatic", "QTc 500 ms or more with fainting or palpitations: torsades risk, monitor now", "QTc 500 ms ou mais com síncope ou palpitações: risco de torsades, monitorar já")
			} else {
				fl(U, "qtc_long", "QTc 500 ms or more: same-day review of QT-prolonging drugs, potassium and magnesium (AHA 2010)", "QTc 500 ms ou mais: revisar no mesmo dia fármacos que prolongam o QT, potássio e magnésio")
			}
		}
	}
	// Opioid use in pregnancy is started on methadone or buprenorphine the
	// same day rather than left to withdraw (ACOG 2017 committee opinion
	// 711; WHO 2014 guidelines on substance use in pregnancy).
	if c.Pregnant && opioidUseRx.MatchString(t) && !c.Hx("substance_use") {
		fl(U, "pregnancy_opioid_use", "opioid use in pregnancy: same-day opioid agonist treatment and antenatal booking (ACOG 711)", "uso de opioides na gestação: tratamento com agonista opioide e pré-natal no mesmo dia")
	}
	// Xylazine wounds heal slowly and need structured wound care within
	// days; spreading redness or fever makes them urgent (CDC 2023 HAN,
	// xylazine wounds).
	if c.Has("xylazine") && woundWordRx.MatchString(t) {
		if c.HasAny("cellulitis", "fever") && !c.Denied("fever") && !c.Denied("cellulitis") {
			fl(U, "xylazine_wound_infected", "xylazine wound with spreading infection or fever: same-day assessment", "ferida por xilazina com infecção ou febre: avaliação no mesmo dia")
		} else {
			fl(NU, "xylazine_wound", "xylazine-associated wounds: structured wound care within days (CDC 2023)", "feridas associadas à xilazina: cuidado estruturado da ferida em poucos dias")
		}
	}
	// Fever or rigors during a transfusion is a reaction: stop it and
	// assess now; with a falling pressure, breathlessness, wheeze or
	// loin pain it is a severe (haemolytic, anaphylactic, TRALI) reaction
	// (BSH 2023 acute transfusion reactions; SHOT).
	if c.Has("transfusion") && (c.Has("fever") && !c.Denied("fever") || feverOnChart(c) || transfusionSignRx.MatchString(t)) {
		sbp, hasSBP := val(c.Vitals.SystolicBP)
		if hasSBP && sbp < 90 || c.HasAny("dyspnea", "wheeze", "angioedema") && !c.Denied("dyspnea") || affirmedMatch(loinPainRx, t) {
			fl(E, "transfusion_reaction_severe", "transfusion reaction with low blood pressure, breathlessness, wheeze or loin pain: stop, resuscitate, haemolysis or anaphylaxis until shown otherwise (BSH 2023)", "reação transfusional com hipotensão, dispneia, sibilos ou dor lombar: suspender e estabilizar (BSH 2023)")
		} else {
			fl(U, "transfusion_reaction", "fever or rigors during a transfusion: stop it and assess now (BSH 2023)", "febre ou calafrios durante transfusão: suspender e avaliar agora")
		}
	}
	// Ten times the insulin dose: the hypoglycaemia comes hours later and
	// lasts a day or more (JBDS 2021 inpatient hypoglycaemia).
	if c.Has("insulin_overdose") {
		fl(U, "insulin_overdose", "insulin overdose: hourly glucose and a glucose infusion plan now, hypoglycaemia for 24-36 h (JBDS)", "superdosagem de insulina: glicemia de hora em hora e plano de glicose venosa já")
	}
	// A vesicant that has leaked into the tissues is aspirated and the
	// cannula removed within the hour (RCN 2016 infusion therapy
	// standards).
	if c.Has("extravasation") {
		fl(U, "extravasation", "extravasation of an infusion: stop, aspirate, remove the cannula and follow the extravasation protocol now", "extravasamento de infusão: parar, aspirar, retirar o acesso e seguir o protocolo")
	}
	// A wrong-patient or wrong-drug error in a well patient is watched and
	// reported; the drug decides how closely (NPSA).
	if c.Has("med_error") {
		fl(NU, "medication_error", "medication error: observe for the drug's effects, inform and report", "erro de medicação: observar efeitos, comunicar e notificar")
	}
	// Hypoglycaemia on insulin or a sulfonylurea corrected by the protocol
	// still needs the next dose reviewed (ADA 2024).
	if c.Has("hypo_recovered") && (c.OnClass("insulin") || c.OnClass("sulfonylurea") || insulinWordRx.MatchString(t)) {
		fl(NU, "hypoglycaemia_treated", "hypoglycaemia on insulin or a sulfonylurea, corrected: review the next doses within hours to days (ADA 2024)", "hipoglicemia em insulina ou sulfonilureia, corrigida: rever as próximas doses")
	}
	// Drooling that brings someone on clozapine to the clinic is
	// clozapine hypersalivation: reviewed within days for dose timing and
	// treatment, with a look for aspiration (Maudsley Prescribing
	// Guidelines); drooling mentioned in passing at a monitoring visit is
	// not.
	if c.OnDrug("clozapine") && c.Input != nil && hypersalivationRx.MatchString(clinical.Fold(c.Input.Symptoms)) {
		fl(NU, "clozapine_hypersalivation", "drooling on clozapine: review of dose timing and treatment within days, and a look for aspiration (Maudsley)", "sialorreia com clozapina: rever horário da dose e tratamento em poucos dias e investigar aspiração (Maudsley)")
	}
	// A pregnancy on a teratogen that is stopped at once (isotretinoin,
	// methotrexate) is seen the same day (MHRA pregnancy prevention
	// programmes). Valproate is not stopped abruptly: folic acid 5 mg and
	// a neurology and obstetric review within days (MHRA 2018/2024).
	if c.Pregnant && pregnantNowRx.MatchString(t) && !planningPregnancyRx.MatchString(t) {
		switch {
		case c.OnAnyDrug("isotretinoin", "methotrexate"):
			fl(U, "teratogen_pregnancy", "pregnancy on a teratogenic drug: stop it and same-day assessment (MHRA pregnancy prevention programme)", "gestação em uso de fármaco teratogênico: suspender e avaliar no mesmo dia")
		case c.OnDrug("valproate"):
			fl(NU, "valproate_pregnancy", "pregnancy on valproate: do not stop it abruptly; folic acid 5 mg and neurology and obstetric review within days (MHRA)", "gestação em uso de valproato: não suspender abruptamente; ácido fólico 5 mg e avaliação neurológica e obstétrica em poucos dias (MHRA)")
		case c.OnClass("androgen"):
			// testosterone virilises a female fetus: stopped now, and the
			// pregnancy dated and located within days (WPATH SOC 8)
			fl(NU, "androgen_pregnancy", "pregnancy on testosterone: stop it now, early scan and options within days (WPATH SOC 8)", "gestação em uso de testosterona: suspender agora, ultrassom precoce e aconselhamento em poucos dias (WPATH SOC 8)")
		case c.OnClass("ace_inhibitor") || c.OnClass("arb"):
			// fetotoxic from the second trimester: switched to labetalol
			// or nifedipine within two working days (NICE NG133)
			fl(NU, "raas_blocker_pregnancy", "pregnancy on an ACE inhibitor or ARB: switch to labetalol or nifedipine within 2 working days (NICE NG133)", "gestação em uso de IECA ou BRA: trocar por labetalol ou nifedipino em até 2 dias úteis (NICE NG133)")
		}
	}
	// A changing mole goes on the suspected melanoma pathway (NICE NG12,
	// 7-point checklist); skin red over nearly all the body is
	// erythroderma, admitted for fluid and temperature loss (BAD).
	// (New leprosy without a reaction and latent TB stay routine: the
	// gold of h14-022, v73-040, h53-031 and v185-017.)
	if c.Has("mole_change") {
		fl(NU, "suspected_melanoma", "changing, bleeding or irregular mole: suspected melanoma, two-week referral (NICE NG12)", "pinta que mudou, sangrou ou tem borda irregular: suspeita de melanoma, encaminhamento em duas semanas")
	}
	if c.Has("erythroderma") {
		fl(U, "erythroderma", "red skin over nearly all the body: erythroderma, same-day assessment for fluid and temperature loss", "eritrodermia: avaliação no mesmo dia (perda de líquidos e de temperatura)")
	}
	// A fetal heart below 110 in the second half of pregnancy is fetal
	// distress (NICE NG229 fetal monitoring).
	if c.Pregnant && c.Has("fetal_bradycardia") {
		fl(E, "fetal_bradycardia", "fetal heart rate below 110: fetal distress, obstetric emergency", "BCF abaixo de 110: sofrimento fetal, emergência obstétrica")
	}
	// Slowness, a shuffling walk, a resting tremor or cogwheeling that
	// came on with a dopamine blocker started or raised, with no fever,
	// confusion, falls or choking: drug-induced parkinsonism, the dose
	// reviewed within days (NICE CKS antipsychotics; Maudsley). Fever or
	// a changed mind is the neuroleptic malignant syndrome, graded on its
	// own; Parkinson's disease made worse is a same-day review above.
	if (c.OnClass("antipsychotic") || c.OnDrug("metoclopramide")) && !c.OnClass("antiparkinson") && affirmedMatch(drugParkinsonismRx, t) &&
		affirmedMatch(doseRaisedRx, t) && !c.HasAny("fever", "confusion", "fall", "choking", "dysphagia") && !Altered(c) {
		fl(NU, "drug_induced_parkinsonism", "parkinsonism after a dopamine blocker was started or raised, without fever or confusion: review the dose within days (NICE CKS)", "parkinsonismo após início ou aumento de bloqueador dopaminérgico, sem febre nem confusão: revisar a dose em poucos dias")
	}
}

var (
	// behaviourChangeRx: a change in temper or behaviour.
	behaviourChangeRx = regexp.MustCompile(`\b(irritab\w*|aggress\w*|snappy|short.tempered|angry|anger|throwing things|lashing out|outbursts?|mood swings|irritad[oa]|agressiv\w*|nervos[oa] demais|explosiv[oa]|quebrando coisas|jogando coisas)\b`)
	// breastfeedingRx: a mother feeding her baby at the breast.
	breastfeedingRx = regexp.MustCompile(`\b(breast.?feed\w*|breast.?fed|nursing (her|the) baby|amamenta\w*|aleitamento materno|(da|dando) (o )?peito)\b`)
	// hallucinationRx and newSleepinessRx: things seen that are not there, and
	// a sleepiness that is new.
	hallucinationRx = regexp.MustCompile(`\b(hallucinat\w*|alucina\w*|(seeing|sees|saw|see) (things|bugs|insects|animals|spiders|people|faces) (that|who|which)?|(vendo|ve|via|enxerga\w*) (bichos?|insetos?|coisas|pessoas|aranhas|vultos))\b`)
	newSleepinessRx = regexp.MustCompile(`\b(sleeping (a lot|all day|much more)|very sleepy|so sleepy|sleepier|dormindo (muito|o dia (todo|inteiro))|sonolent\w*|muito sonolent\w*)\b`)
	// drugParkinsonismRx: the signs of parkinsonism as a note tells them.
	drugParkinsonismRx = regexp.MustCompile(`\b(shuffl\w*|cogwheel\w*|roda denteada|marcha (em )?(pequenos passos|arrastada)|arrastando os pes|(face|facial expression|rosto) (\w+ ){0,2}(less expressive|mask\w*|inexpressiv\w*)|hipomimia|bradicinesia|bradykinesia|(tremor|shake|tremedeira) (\w+ ){0,4}(at rest|de repouso|em repouso)|resting tremor|slowed down|mais lent[oa])\b`)
	// doseRaisedRx: a medicine started or its dose raised.
	doseRaisedRx = regexp.MustCompile(`\b(increased|raised|went up|titrated up|doubled|started|commenced|began|initiated|aumentad[oa]|aumentou|aumentaram|dobrad[oa]|iniciad[oa]|iniciou|comecou)\b`)
)

// pregnantNowRx: a pregnancy confirmed or dated now; planningPregnancyRx:
// a pregnancy planned or excluded (preconception advice is routine).
var (
	hypersalivationRx   = regexp.MustCompile(`\b(drool\w*|dribbl\w*|wet pillow|hypersalivation|too much saliva|sialorreia|babando|baba (muito|demais)|excesso de saliva|travesseiro molhado)\b`)
	pregnantNowRx       = regexp.MustCompile(`\b(positive (home |urine |pharmacy )?pregnancy test|pregnancy test (was |is |came back )?positive|\d{1,2} weeks? (pregnant|gestation)|last menstrual period|\blmp\b|period (\d+ |two |three )?(weeks? |days? )?late|teste de gravidez positivo|beta.?hcg positivo|atraso menstrual|gestante de|gravida de)\b`)
	planningPregnancyRx = regexp.MustCompile(`\b(planning|plans?|would like|wants|hoping|trying) (a |to (get|become) )?(pregnan\w*|conceive|baby)|(planning|plans?|would like|wants|hoping) to (try|start) (for )?(a )?(baby|family|pregnancy)|not pregnant|negative pregnancy test|pregnancy test (was |is )?negative|nao (esta )?gravida|beta.?hcg negativo|preconception|pre-conception|planejar (uma )?gravidez|engravidar\b`)
)

// tbsaRx reads the burnt share of the body surface ("15% TBSA").
var tbsaRx = regexp.MustCompile(`\b(\d{1,2})\s?%\s?(of (the )?)?(tbsa|total body surface|body surface|surface area|superficie corporal|scq|da superficie)`)

// burnTBSAOver: a burn of 10% of the body surface in a child, 15% in an
// adult.
func burnTBSAOver(c *clinical.Case) bool {
	m := tbsaRx.FindStringSubmatch(clinical.Fold(c.Text))
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	return c.IsChild() && n >= 10 || n >= 15
}

var (
	transfusionSignRx = regexp.MustCompile(`\b(rigors|shivering|temp(erature)? (rise|rising|up)|calafrios|tremores)\b`)
	loinPainRx        = regexp.MustCompile(`\b(loin pain|back pain|dor lombar)\b`)
	insulinWordRx     = regexp.MustCompile(`\b(insulin|insulina|basal.bolus|glargine|aspart|lispro)\b`)
	opioidUseRx       = regexp.MustCompile(`\b(heroin|heroina|fentanyl|fentanil|opioid use disorder|opioid dependence|injecting (heroin|opioids|fentanyl)|oxycodone (misuse|use disorder)|dependencia de opioides)\b`)
	woundWordRx       = regexp.MustCompile(`\b(wounds?|ulcers?|sores?|eschar|slough|feridas?|ulceras?|lesoes)\b`)
)

// wrongPersonMedsRx: another person's medicines given or taken;
// extraAnticoagDoseRx:
// one dose taken twice.
var (
	wrongPersonMedsRx   = regexp.MustCompile(`\b((given|gave|took|taken|received) (\w+ ){0,3}(another|other|someone else'?s?|a different) (\w+ )?(resident|patient|person|client)'?s? (\w+ ){0,2}(medicines|medications|tablets|pills|doses)|(wrong|another) (resident|patient)'?s? (medicines|medications|tablets|pills)|(remedios|medicamentos|comprimidos) (de|do|da) outr[oa] (paciente|morador[a]?|residente|pessoa|idos[oa]))\b`)
	extraAnticoagDoseRx = regexp.MustCompile(`\b(extra (\w+ ){0,2}(tablet|dose|pill)|(took|taken) (\w+ ){0,4}(twice|two doses|a second dose|double)( (by mistake|by accident|this morning|today|last night|yesterday)|[.,;]|$)|double(d)? (\w+ )?dose|dose (em )?dobro|tomou (\w+ ){0,3}(duas vezes|em dobro|dose extra)( (por engano|hoje|ontem|de manha)|[.,;]|$)|dose extra|comprimido a mais)\b`)
)

// noBowelsRx: no stool for days.
var noBowelsRx = regexp.MustCompile(`\b(no (bowel (movement|motion|action)|stools?|poo) (for|in) (\d+|two|three|four|five|six|seven|several) days|(bowels|intestino) (not|nao) (opened|funciona) (for|ha) (\d+|two|three|four|five|six|several) (days|dias)|nao evacua (ha|faz) \d+ dias)\b`)

// distendedRx: a swollen, bloated belly.
var distendedRx = regexp.MustCompile(`\b(distended|distension|distention|bloated|bloating|distendid[oa]|distensao|estufad[oa])\b`)
