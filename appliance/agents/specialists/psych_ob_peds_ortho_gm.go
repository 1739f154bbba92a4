package specialists

import (
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/scores"
	"github.com/agnomedical/agno/appliance/agents/triage"
)

// Psychiatry: suicide risk, psychosis, serotonin toxicity (Hunter criteria),
// lithium toxicity and interactions, depression, anxiety/panic (a diagnosis of
// exclusion), insomnia.
func Psychiatry(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("psychiatry", c, t)
	temp, hasT := val(c.Vitals.TemperatureC)
	if c.OnClass("serotonergic") && c.HasAny("clonus", "ocular_clonus") {
		hunter := c.Has("ocular_clonus") || (c.Has("clonus") && c.HasAny("agitation", "diaphoresis", "tremor")) || (c.Has("clonus") && hasT && temp > 38)
		b.o.Scores["hunter_criteria_met"] = b2f(hunter)
		if hunter {
			severe := (hasT && temp >= 38.5) || triage.Altered(c)
			b.hypo("serotonin_toxicity", clinical.T("serotonin toxicity (Hunter criteria met)", "toxicidade serotoninérgica (critérios de Hunter)"), 0.9, true, "agitation", "diaphoresis", "tremor", "clonus", "diarrhea", "fever")
			if severe {
				b.urgency(E, clinical.T("severe serotonin toxicity (hyperthermia/altered mentation)", "toxicidade serotoninérgica grave (hipertermia/alteração mental)"))
			} else {
				b.urgency(U, clinical.T("serotonin toxicity", "toxicidade serotoninérgica"))
			}
			b.rec(1, "Stop all serotonergic drugs; supportive care, active cooling; benzodiazepines for agitation; cyproheptadine if moderate-severe", "Suspender todos os serotoninérgicos; suporte, resfriamento ativo; benzodiazepínico para agitação; ciproeptadina se moderada-grave", "diazepam")
			b.avoid("class:serotonergic", "serotonin toxicity", "toxicidade serotoninérgica")
			b.ev("kb:serotonin-syndrome-hunter")
		}
	}
	if c.OnDrug("lithium") {
		lvl, has := c.LabValue("lithium")
		if has {
			b.o.Scores["lithium_level"] = lvl
		} else {
			b.missing("lithium_level")
		}
		switch {
		case hasFlag(t, "lithium_toxicity_severe"):
			b.hypo("lithium_toxicity_severe", clinical.T("severe lithium toxicity", "intoxicação grave por lítio"), 0.85, true, "confusion", "tremor", "ataxia", "vomiting", "diarrhea")
			b.urgency(E, clinical.T("severe lithium toxicity: consider haemodialysis (EXTRIP)", "intoxicação grave por lítio: considerar hemodiálise (EXTRIP)"))
			b.rec(1, "Stop lithium; IV fluids; urgent nephrology for haemodialysis if level >4.0 or >2.5 with neurological signs/renal impairment (EXTRIP 2015)", "Suspender lítio; hidratação EV; nefrologia para hemodiálise se nível >4,0 ou >2,5 com sinais neurológicos/disfunção renal (EXTRIP 2015)")
		case hasFlag(t, "lithium_toxicity"):
			b.hypo("lithium_toxicity", clinical.T("lithium toxicity", "intoxicação por lítio"), 0.75, true, "tremor", "vomiting", "diarrhea", "ataxia")
			b.urgency(U, clinical.T("possible lithium toxicity: same-day level and renal function", "possível intoxicação por lítio: litemia e função renal no mesmo dia"))
			b.rec(1, "Hold lithium, same-day lithium level, creatinine and electrolytes; stop the interacting drug", "Suspender lítio, litemia, creatinina e eletrólitos no mesmo dia; suspender o fármaco interagente")
		default:
			if has && lvl >= 0.4 && lvl <= 1.2 {
				b.hypo("lithium_therapeutic", clinical.T(sp("bipolar disorder on lithium, level %.1f (therapeutic, no toxicity features)", lvl), sp("transtorno bipolar em uso de lítio, nível %.1f (terapêutico, sem sinais de toxicidade)", lvl)), 0.6, false, "tremor")
				interacting := c.OnClass("nsaid") || c.OnClass("ace_inhibitor") || c.OnClass("arb") || c.OnClass("thiazide")
				// A long-standing combination with a therapeutic level at a
				// scheduled visit stays routine; a newly added interacting
				// drug or a new complaint needs a level within days.
				if interacting && (t.Level > R || c.Has("recently_started")) {
					b.urgency(NU, clinical.T("therapeutic level; interaction needs review within days", "nível terapêutico; interação exige revisão em poucos dias"))
				}
			}
		}
		if c.OnClass("nsaid") || c.OnClass("ace_inhibitor") || c.OnClass("arb") || c.OnClass("thiazide") {
			b.rec(1, "Interacting drug raises lithium: recheck lithium level and renal function within 5-7 days, or switch (e.g. a calcium-channel blocker for hypertension, paracetamol for pain)", "Fármaco interagente eleva o lítio: repetir litemia e função renal em 5-7 dias, ou trocar (ex.: bloqueador de canal de cálcio para HAS, paracetamol para dor)", "amlodipine")
		}
		b.avoid("class:nsaid", "raises lithium levels", "eleva o lítio")
		b.ev("kb:lithium-toxicity")
	}
	// (a toddler who got into the medicine cabinet has had an accident,
	// not a suicide attempt: the toxicology rules grade it)
	accidentalChild := c.Has("overdose") && c.AgeOr(18) < 10 && !c.HasAny("suicidal", "self_harm_act")
	if (c.Has("overdose") || c.Has("suicidal") || c.Has("homicidal")) && !accidentalChild {
		high := c.HasAny("suicide_plan", "psychosis", "homicidal") || c.Has("overdose") && !hasFlag(t, "overdose_medically_cleared") && !hasFlag(t, "staggered_paracetamol_overdose")
		if high {
			b.hypo("suicide_high_risk", clinical.T("high suicide/violence risk (plan, intent, attempt or psychosis)", "alto risco de suicídio/violência (plano, intenção, tentativa ou psicose)"), 0.85, true, "suicidal", "overdose", "depression")
			b.urgency(E, clinical.T("high-risk self-harm or attempt", "autolesão ou tentativa de alto risco"))
			b.rec(1, "Do not leave the patient alone; remove means; emergency mental-health assessment; treat any overdose (paracetamol and salicylate levels, toxicology)", "Não deixar o paciente sozinho; remover meios; avaliação psiquiátrica de emergência; tratar intoxicação (níveis de paracetamol e salicilato, toxicologia)")
		} else if triage.PassiveIdeationOnly(c) {
			b.hypo("passive_death_wish", clinical.T("passive death wishes without plan or intent", "pensamentos passivos de morte sem plano nem intenção"), 0.7, false, "suicidal", "depression")
			b.urgency(U, clinical.T("passive ideation, plan and intent denied: same-day risk assessment", "ideação passiva, sem plano nem intenção: avaliação de risco no mesmo dia"))
			b.rec(1, "Same-day mental-health risk assessment, written safety plan, crisis contacts, involve family; reassess at once if plan or intent appears (NICE NG225)", "Avaliação de risco em saúde mental no mesmo dia, plano de segurança escrito, contatos de crise, envolver a família; reavaliar de imediato se surgir plano ou intenção (NICE NG225)")
		} else {
			b.hypo("suicidal_ideation", clinical.T("suicidal ideation without a stated plan", "ideação suicida sem plano declarado"), 0.7, true, "suicidal", "depression")
			b.urgency(U, clinical.T("suicidal ideation: same-day structured risk assessment", "ideação suicida: avaliação de risco estruturada no mesmo dia"))
			b.rec(1, "Same-day mental-health assessment (C-SSRS), safety plan, restrict access to means, involve family", "Avaliação em saúde mental no mesmo dia (C-SSRS), plano de segurança, restringir meios, envolver a família")
		}
		b.ev("kb:suicide-risk-assessment")
	}
	if c.Has("psychosis") && b.o.Code != "suicide_high_risk" && !triage.PsychosisSettling(c) {
		b.hypo("psychosis", clinical.T("acute psychotic episode", "episódio psicótico agudo"), 0.7, true, "psychosis", "agitation")
		if c.HasAny("agitation", "homicidal") {
			b.urgency(E, clinical.T("psychosis with agitation", "psicose com agitação"))
		} else {
			b.urgency(U, clinical.T("acute psychosis: same-day psychiatric assessment", "psicose aguda: avaliação psiquiátrica no mesmo dia"))
		}
		b.rec(1, "Exclude organic causes (glucose, infection, drugs, delirium); early-intervention psychiatric assessment", "Excluir causas orgânicas (glicose, infecção, drogas, delirium); avaliação psiquiátrica de intervenção precoce")
		b.ev("kb:psychosis-acute")
	}
	if c.Has("mania") && b.o.Code == "" {
		b.hypo("mania", clinical.T("manic episode", "episódio maníaco"), 0.65, false)
		b.urgency(U, clinical.T("mania", "mania"))
	}
	if c.Has("eating_disorder") {
		b.hypo("eating_disorder", clinical.T("eating disorder with medical risk", "transtorno alimentar com risco clínico"), 0.65, true)
		if k, ok := c.LabValue("potassium"); ok && k < 3.0 {
			b.urgency(U, clinical.T("eating disorder with hypokalaemia (MEED risk)", "transtorno alimentar com hipocalemia (risco MEED)"))
		}
		b.rec(2, "Medical risk assessment (MEED): ECG, electrolytes, phosphate; refeeding precautions", "Avaliação de risco clínico (MEED): ECG, eletrólitos, fósforo; cuidado com síndrome de realimentação")
		b.ev("kb:eating-disorder-meed")
	}
	if c.Has("anxiety") && b.o.Code == "" {
		organic := c.HasAny("chest_pain", "dyspnea", "palpitations") || (c.Vitals.HeartRate != nil && *c.Vitals.HeartRate > 110)
		b.hypo("panic_anxiety", clinical.T("panic attack / anxiety", "crise de pânico / ansiedade"), 0.5, false, "anxiety", "palpitations", "dyspnea", "chest_pain", "paresthesia")
		if organic {
			b.finding("panic is a diagnosis of exclusion: organic causes of chest pain, breathlessness or tachycardia must be excluded first", "pânico é diagnóstico de exclusão: causas orgânicas de dor torácica, dispneia ou taquicardia devem ser excluídas antes")
		} else {
			b.urgency(NU, clinical.T("anxiety without red flags", "ansiedade sem sinais de alerta"))
		}
		b.rec(3, "Psychoeducation and CBT; SSRI if recurrent panic disorder (NICE CG113)", "Psicoeducação e TCC; ISRS se transtorno de pânico recorrente (NICE CG113)")
		b.ev("kb:panic-disorder")
	}
	if c.Has("depression") && b.o.Code == "" {
		b.hypo("depression", clinical.T("depressive episode", "episódio depressivo"), 0.55, false, "depression")
		if t.Level > R {
			b.urgency(NU, clinical.T("depression without suicidal intent", "depressão sem intenção suicida"))
		} else {
			b.urgency(R, clinical.T("stable or remitted depression at a scheduled visit", "depressão estável ou em remissão em consulta agendada"))
		}
		b.rec(2, "PHQ-9, ask about suicidal thoughts, psychological therapy ± antidepressant (NICE NG222)", "PHQ-9, perguntar sobre ideação suicida, psicoterapia ± antidepressivo (NICE NG222)")
		b.ev("kb:depression-phq")
	}
	if c.Has("insomnia") && b.o.Code == "" {
		chronic := c.DurationHours >= 24*90
		b.hypo("insomnia", clinical.T("insomnia disorder", "transtorno de insônia"), 0.6, false, "insomnia")
		if chronic {
			b.urgency(R, clinical.T("chronic insomnia without mood disorder or sleep apnoea features", "insônia crônica sem transtorno do humor ou sinais de apneia"))
		}
		b.rec(2, "CBT for insomnia first line; sleep hygiene; reduce caffeine, especially after midday; avoid long-term hypnotics (AASM 2017)", "TCC para insônia em primeira linha; higiene do sono; reduzir cafeína, sobretudo após o meio-dia; evitar hipnóticos a longo prazo (AASM 2017)")
		b.ev("kb:insomnia-cbti")
	}
	// Psychotropic interactions (not already toxicity).
	if b.o.Code == "" {
		for _, cl := range []string{"ssri", "snri", "maoi", "tca", "antipsychotic"} {
			if c.OnClass(cl) && c.OnClass("serotonergic") && (c.OnDrug("tramadol") || c.OnClass("maoi")) {
				b.hypo("serotonergic_combination", clinical.T("serotonergic drug combination without toxicity features", "associação serotoninérgica sem sinais de toxicidade"), 0.55, false)
				b.rec(1, "Replace tramadol with a non-serotonergic analgesic; teach the warning signs of serotonin toxicity (agitation, tremor, sweating, diarrhoea, fever)", "Substituir o tramadol por analgésico não serotoninérgico; orientar sinais de toxicidade serotoninérgica (agitação, tremor, sudorese, diarreia, febre)", "acetaminophen")
				b.ev("kb:serotonin-syndrome-hunter")
				break
			}
		}
	}
	return b.done()
}

var pregnancyAvoid = []struct{ drug, en, pt string }{
	{"class:ace_inhibitor", "fetotoxic (renal dysgenesis)", "fetotóxico (disgenesia renal)"},
	{"class:arb", "fetotoxic", "fetotóxico"},
	{"class:vka", "teratogenic (warfarin embryopathy)", "teratogênico (embriopatia varfarínica)"},
	{"class:statin", "avoid in pregnancy", "evitar na gestação"},
	{"methotrexate", "teratogenic, abortifacient", "teratogênico, abortivo"},
	{"valproate", "teratogenic (neural tube defects)", "teratogênico (defeitos do tubo neural)"},
	{"class:nsaid", "avoid from 20 weeks (oligohydramnios, ductus closure)", "evitar a partir de 20 semanas (oligoâmnio, fechamento do ducto)"},
	{"class:tetracycline", "teeth and bone effects", "efeitos em dentes e ossos"},
	{"class:fluoroquinolone", "avoid in pregnancy when alternatives exist", "evitar na gestação quando houver alternativa"},
}

// ObstetricsGynecology: pre-eclampsia/eclampsia (ACOG), ectopic pregnancy,
// antepartum bleeding, reduced fetal movements (RCOG), routine antenatal and
// gynaecological care, drugs to avoid in pregnancy.
func ObstetricsGynecology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("obstetrics_gynecology", c, t)
	v := c.Vitals
	sbp, _ := val(v.SystolicBP)
	dbp, _ := val(v.DiastolicBP)
	gw := c.GestWeeks
	if c.Pregnant {
		b.o.Scores["gestational_weeks"] = float64(gw)
		if gw == 0 {
			b.missing("gestational_age")
		}
		for _, a := range pregnancyAvoid {
			b.avoid(a.drug, a.en, a.pt)
		}
	}
	switch {
	case c.Pregnant && c.Has("seizure") && hasFlag(t, "seizure_epilepsy_early_pregnancy"):
		// before 20 weeks, in known epilepsy, with a normal blood
		// pressure: a breakthrough seizure, not eclampsia
		b.hypo("breakthrough_seizure_pregnancy", clinical.T("breakthrough seizure in known epilepsy before 20 weeks", "crise em epilepsia conhecida antes de 20 semanas"), 0.7, false, "seizure")
		b.urgency(U, clinical.T("seizure in known epilepsy in early pregnancy: same-day dose review", "crise em epilepsia conhecida no início da gestação: rever dose no mesmo dia"))
	case c.Pregnant && c.Has("seizure"):
		b.hypo("eclampsia", clinical.T("eclampsia", "eclâmpsia"), 0.9, true, "seizure", "headache", "blurred_vision")
		b.urgency(E, clinical.T("eclampsia: magnesium sulfate and BP control now", "eclâmpsia: sulfato de magnésio e controle pressórico agora"))
		b.rec(1, "Magnesium sulfate 4-6 g IV over 15-20 min then 1-2 g/h (ACOG PB 222)", "Sulfato de magnésio 4-6 g EV em 15-20 min, depois 1-2 g/h (ACOG PB 222)", "magnesium sulfate")
		b.rec(1, "Treat severe-range BP within 30-60 min: IV labetalol or hydralazine, or oral nifedipine; plan delivery after stabilisation", "Tratar PA em faixa grave em 30-60 min: labetalol ou hidralazina EV, ou nifedipino oral; planejar o parto após estabilização", "labetalol")
		b.ev("kb:eclampsia-magnesium", "kb:preeclampsia-acog")
	case hasFlag(t, "ectopic"):
		b.hypo("ruptured_ectopic", clinical.T("ruptured ectopic pregnancy", "gravidez ectópica rota"), 0.85, true, "abdominal_pain", "vaginal_bleeding", "syncope", "presyncope")
		b.urgency(E, clinical.T("haemorrhagic shock from suspected ectopic pregnancy", "choque hemorrágico por suspeita de gravidez ectópica"))
		b.rec(1, "Resuscitate (two large-bore lines, crossmatch, activate massive-transfusion protocol if needed); emergency gynaecology for surgery", "Ressuscitar (dois acessos calibrosos, prova cruzada, protocolo de transfusão maciça se necessário); ginecologia de emergência para cirurgia")
		b.ev("kb:ectopic-pregnancy")
	case hasFlag(t, "severe_hypertension_pregnancy") || hasFlag(t, "preeclampsia_severe"):
		b.hypo("preeclampsia_severe", clinical.T("pre-eclampsia with severe features", "pré-eclâmpsia com sinais de gravidade"), 0.85, true, "headache", "blurred_vision")
		b.urgency(E, clinical.T(sp("severe-range BP %.0f/%.0f in pregnancy", sbp, dbp), sp("PA %.0f/%.0f em faixa grave na gestação", sbp, dbp)))
		b.rec(1, "Antihypertensive within 30-60 min (labetalol, hydralazine or nifedipine); magnesium sulfate for seizure prophylaxis; fetal monitoring", "Anti-hipertensivo em 30-60 min (labetalol, hidralazina ou nifedipino); sulfato de magnésio para profilaxia; vitalidade fetal", "labetalol", "magnesium sulfate")
		b.ev("kb:preeclampsia-acog")
	case hasFlag(t, "hypertension_pregnancy"):
		b.hypo("gestational_hypertension", clinical.T("gestational hypertension / pre-eclampsia without severe features", "hipertensão gestacional / pré-eclâmpsia sem sinais de gravidade"), 0.7, false)
		b.urgency(U, clinical.T("new hypertension in pregnancy: same-day assessment", "hipertensão na gestação: avaliação no mesmo dia"))
		b.rec(1, "Urine protein:creatinine ratio, platelets, creatinine, liver enzymes; fetal assessment", "Relação proteína/creatinina urinária, plaquetas, creatinina, transaminases; avaliação fetal")
		b.ev("kb:preeclampsia-acog")
	case c.Pregnant && c.Has("reduced_fetal_movements"):
		b.hypo("reduced_fetal_movements", clinical.T("reduced fetal movements", "redução dos movimentos fetais"), 0.8, true, "reduced_fetal_movements")
		b.urgency(U, clinical.T("reduced fetal movements from 28 weeks: CTG within 2 hours (RCOG GTG 57)", "redução de movimentos fetais a partir de 28 semanas: cardiotocografia em até 2 horas (RCOG GTG 57)"))
		b.rec(1, "Same-day maternity assessment: CTG, fundal height, ultrasound if risk factors", "Avaliação obstétrica no mesmo dia: cardiotocografia, altura uterina, ultrassonografia se fatores de risco")
		b.ev("kb:reduced-fetal-movements-rcog")
	case c.Pregnant && c.Has("vaginal_bleeding") && hasFlag(t, "threatened_miscarriage"):
		b.hypo("threatened_miscarriage", clinical.T("threatened miscarriage (light painless bleeding, intrauterine pregnancy confirmed)", "ameaça de aborto (sangramento leve e indolor, gestação tópica confirmada)"), 0.7, false, "vaginal_bleeding")
		b.urgency(NU, clinical.T("light painless bleeding with a confirmed intrauterine pregnancy: early pregnancy unit review (NICE NG126)", "sangramento leve e indolor com gestação tópica: revisão ambulatorial (NICE NG126)"))
		b.rec(2, "Early pregnancy unit review; return at once if bleeding becomes heavy, pain or dizziness; anti-D if Rh negative and over 12 weeks", "Revisão ambulatorial de pré-natal precoce; retornar imediatamente se sangramento intenso, dor ou tontura; anti-D se Rh negativo e acima de 12 semanas")
	case c.Pregnant && c.Has("vaginal_bleeding") && hasFlag(t, "ectopic_methotrexate_followup"):
		b.hypo("ectopic_after_methotrexate", clinical.T("ectopic pregnancy after methotrexate, pain-free", "gestação ectópica após metotrexato, sem dor"), 0.7, false, "vaginal_bleeding")
		b.urgency(NU, clinical.T("light painless bleeding after methotrexate for an ectopic: keep the planned hCG follow-up (NICE NG126)", "sangramento leve e indolor após metotrexato para ectópica: manter o seguimento de hCG (NICE NG126)"))
		b.rec(1, "Serial hCG as planned (days 4 and 7); return at once with pain, shoulder-tip pain, dizziness or heavy bleeding; avoid folate-antagonist antibiotics and NSAIDs after methotrexate", "hCG seriado como programado (dias 4 e 7); retornar imediatamente com dor, dor no ombro, tontura ou sangramento intenso; evitar antibióticos antifolato e AINEs após metotrexato")
	case c.Pregnant && c.Has("vaginal_bleeding"):
		b.hypo("pregnancy_bleeding", clinical.T("bleeding in pregnancy", "sangramento na gestação"), 0.7, true, "vaginal_bleeding")
		b.urgency(U, clinical.T("vaginal bleeding in pregnancy", "sangramento vaginal na gestação"))
		b.rec(1, "Early-pregnancy or maternity assessment today; ultrasound; anti-D if Rh negative", "Avaliação obstétrica hoje; ultrassonografia; imunoglobulina anti-D se Rh negativo")
	case c.Pregnant && hasFlag(t, "cystitis_pregnancy"):
		b.hypo("uti_pregnancy", clinical.T("cystitis in pregnancy (dysuria, positive dipstick, no fever, loin pain or bleeding)", "cistite na gestação (disúria, fita positiva, sem febre, dor lombar ou sangramento)"), 0.65, false, "dysuria")
		b.urgency(NU, clinical.T("lower UTI in the second trimester: antibiotic, culture and review in 48 h (NICE NG109)", "ITU baixa no segundo trimestre: antibiótico, urocultura e reavaliação em 48 h (NICE NG109)"))
		b.rec(2, "Urine culture; nitrofurantoin or cefalexin for 7 days; return if fever, loin pain, bleeding or contractions", "Urocultura; nitrofurantoína ou cefalexina por 7 dias; retornar se febre, dor lombar, sangramento ou contrações")
	case c.Pregnant && c.HasAny("abdominal_pain", "pelvic_pain"):
		b.hypo("pregnancy_pain", clinical.T("abdominal pain in pregnancy (ectopic, miscarriage or obstetric cause to exclude)", "dor abdominal na gestação (excluir ectópica, abortamento ou causa obstétrica)"), 0.6, true, "abdominal_pain")
		b.urgency(U, clinical.T("abdominal pain in pregnancy", "dor abdominal na gestação"))
	case c.Pregnant && c.Has("contractions") && !c.Has("rom") && hasFlag(t, "pregnancy_common_symptom"):
		b.hypo("braxton_hicks", clinical.T("painless irregular tightenings (Braxton Hicks)", "contrações de treinamento (Braxton Hicks)"), 0.65, false)
		b.urgency(R, clinical.T("painless irregular tightenings that settle with rest: advice, return if regular, painful, bleeding or fluid (NICE NG201)", "endurecimentos indolores e irregulares que passam com repouso: orientar retorno se regulares, dolorosos, sangramento ou perda de líquido"))
	case c.Pregnant && c.HasAny("rom", "contractions"):
		b.hypo("labour", clinical.T("possible labour or rupture of membranes", "possível trabalho de parto ou rotura de membranas"), 0.65, false)
		b.urgency(U, clinical.T("maternity assessment today", "avaliação obstétrica hoje"))
	case c.Pregnant:
		b.hypo("routine_antenatal", clinical.T("pregnancy without complications reported", "gestação sem intercorrências relatadas"), 0.5, false)
		if len(triage.Complaints(c)) == 0 || c.Has("routine") {
			b.urgency(R, clinical.T("routine antenatal care", "pré-natal de rotina"))
		}
		b.rec(3, "Routine antenatal schedule: BP, urine, fetal growth, screening per gestational age", "Pré-natal de rotina: PA, urina, crescimento fetal, rastreios conforme a idade gestacional")
		b.ev("kb:prenatal-care-routine")
	case c.Has("postpartum"):
		b.hypo("postpartum", clinical.T("postpartum problem", "intercorrência puerperal"), 0.5, false)
	case c.Female() && c.Has("vaginal_bleeding"):
		b.hypo("abnormal_uterine_bleeding", clinical.T("abnormal uterine bleeding", "sangramento uterino anormal"), 0.5, false, "vaginal_bleeding")
		b.rec(2, "Pregnancy test, full blood count; pelvic ultrasound", "Teste de gravidez, hemograma; ultrassonografia pélvica")
	case c.Has("gynecology"):
		b.hypo("gynaecological_care", clinical.T("gynaecological or preventive women's-health visit", "consulta ginecológica ou preventiva"), 0.5, false)
		b.urgency(R, clinical.T("routine gynaecological care", "cuidado ginecológico de rotina"))
		b.rec(3, "Cervical screening and contraception per guidelines", "Rastreamento de colo uterino e contracepção conforme diretrizes")
		b.ev("kb:preventive-screening-uspstf")
	}
	return b.done()
}

// Pediatrics: NICE NG143 fever traffic light, febrile seizure, dehydration,
// well-child care; paediatric drug cautions.
func Pediatrics(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("pediatrics", c, t)
	if !c.IsChild() && !(c.Age != nil && *c.Age < 18) {
		return b.done()
	}
	age := *c.Age
	b.avoid("aspirin", "Reye syndrome risk under 16", "risco de síndrome de Reye em menores de 16 anos")
	if age < 12 {
		b.avoid("codeine", "contraindicated under 12 (FDA 2017)", "contraindicado em menores de 12 anos (FDA 2017)")
		b.avoid("tramadol", "contraindicated under 12 (FDA 2017)", "contraindicado em menores de 12 anos (FDA 2017)")
	}
	flags, _ := scores.PaedsVitals(age, c.Vitals.HeartRate, c.Vitals.RespiratoryRate, c.Vitals.SystolicBP, c.Vitals.SpO2)
	b.o.Scores["age_specific_vital_flags"] = float64(len(flags))
	fever := c.Has("fever") || (c.Vitals.TemperatureC != nil && *c.Vitals.TemperatureC >= 38)
	switch {
	case hasFlag(t, "nice_red") || hasFlag(t, "paeds_vitals_red") || hasFlag(t, "meningococcal"):
		b.hypo("serious_bacterial_infection", clinical.T("serious illness in a child (NICE red features)", "doença grave na criança (sinais vermelhos NICE)"), 0.85, true, "fever", "nonblanching_rash", "drowsy")
		b.urgency(E, clinical.T("NICE traffic light red", "semáforo NICE vermelho"))
		b.rec(1, "Immediate paediatric emergency assessment; IV/IO access, bloods and cultures; parenteral ceftriaxone if meningococcal disease suspected", "Avaliação pediátrica de emergência imediata; acesso EV/IO, exames e culturas; ceftriaxona parenteral se suspeita de doença meningocócica", "ceftriaxone")
		b.ev("kb:fever-under5-nice-ng143")
	case hasFlag(t, "febrile_seizure"):
		b.hypo("febrile_seizure", clinical.T("simple febrile seizure", "crise febril simples"), 0.75, false, "seizure", "fever")
		b.urgency(U, clinical.T("first febrile seizure: same-day evaluation", "primeira crise febril: avaliação no mesmo dia"))
		b.rec(2, "Identify the fever source (ears, throat, urine); exclude meningitis; reassure and give seizure first-aid advice", "Identificar a origem da febre (ouvidos, garganta, urina); excluir meningite; tranquilizar e orientar primeiros socorros", "acetaminophen")
		b.ev("kb:febrile-seizure-aap")
	case hasFlag(t, "nice_amber") || hasFlag(t, "paeds_vitals_amber") || hasFlag(t, "cap_refill"):
		b.hypo("amber_illness", clinical.T("child with NICE amber features", "criança com sinais âmbar NICE"), 0.7, false, "fever")
		b.urgency(U, clinical.T("NICE amber: face-to-face assessment today", "NICE âmbar: avaliação presencial hoje"))
		b.rec(1, "Same-day clinical assessment; urine test; consider bloods; safety-net advice", "Avaliação clínica no mesmo dia; exame de urina; considerar exames; orientar sinais de alarme")
		b.ev("kb:fever-under5-nice-ng143")
	case c.HasAny("diarrhea", "vomiting"):
		if c.Has("dehydration") {
			b.hypo("gastroenteritis_dehydration", clinical.T("gastroenteritis with dehydration", "gastroenterite com desidratação"), 0.7, false, "diarrhea", "vomiting")
			b.urgency(U, clinical.T("clinical dehydration in a child", "desidratação clínica na criança"))
			b.rec(1, "Oral rehydration solution 50 mL/kg over 4 h (nasogastric if refusing); IV if shocked (NICE CG84)", "Soro de reidratação oral 50 mL/kg em 4 h (sonda se recusar); EV se choque (NICE CG84)", "oral rehydration salts")
		} else {
			b.hypo("gastroenteritis", clinical.T("gastroenteritis without dehydration", "gastroenterite sem desidratação"), 0.6, false, "diarrhea", "vomiting")
			b.urgency(NU, clinical.T("no dehydration", "sem desidratação"))
			b.rec(2, "Continue feeds, oral rehydration solution after each loose stool; return if dehydration signs", "Manter alimentação, soro de reidratação oral após cada evacuação; retornar se sinais de desidratação", "oral rehydration salts")
		}
		b.ev("kb:paediatric-dehydration")
	case fever && t.Level == triage.Routine && c.Vitals.TemperatureC != nil && *c.Vitals.TemperatureC < 37.5:
		// the fever belongs to an illness already over (a follow-up
		// after a febrile seizure, afebrile today): nothing new to assess
		b.hypo("fever_resolved", clinical.T("earlier febrile illness, afebrile today", "doença febril anterior, afebril hoje"), 0.6, false, "fever")
		b.urgency(R, clinical.T("fever over, afebrile today: routine follow-up", "febre resolvida, afebril hoje: seguimento de rotina"))
	case fever:
		b.hypo("febrile_child_green", clinical.T("febrile child without amber or red features", "criança febril sem sinais âmbar ou vermelhos"), 0.6, false, "fever")
		b.urgency(NU, clinical.T("NICE green", "NICE verde"))
		b.rec(2, "Antipyretic for comfort, fluids, safety-net advice", "Antitérmico para conforto, líquidos, orientar sinais de alarme", "acetaminophen")
		b.ev("kb:fever-under5-nice-ng143")
	case c.Has("routine") || len(triage.Complaints(c)) == 0:
		b.hypo("well_child", clinical.T("well-child visit", "consulta de puericultura"), 0.6, false)
		b.urgency(R, clinical.T("routine well-child care", "puericultura de rotina"))
		b.rec(3, "Growth and development review, immunisations per schedule, anticipatory guidance (AAP Bright Futures)", "Crescimento e desenvolvimento, vacinas conforme calendário, orientação antecipatória (AAP Bright Futures)")
		b.ev("kb:well-child-bright-futures")
	}
	return b.done()
}

// Orthopedics: Ottawa ankle rules, low back pain red flags (NICE NG59),
// cauda equina, fractures, septic arthritis, osteoarthritis.
func Orthopedics(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("orthopedics", c, t)
	switch {
	case hasFlag(t, "cauda_equina"):
		b.hypo("cauda_equina", clinical.T("cauda equina syndrome", "síndrome da cauda equina"), 0.8, true, "back_pain", "cauda_equina")
		b.urgency(E, clinical.T("suspected cauda equina: emergency MRI and spinal surgery", "suspeita de cauda equina: RM e cirurgia de coluna de emergência"))
		b.rec(1, "Emergency MRI and immediate spinal surgical referral (NICE NG59)", "RM de emergência e encaminhamento imediato à cirurgia de coluna (NICE NG59)")
		b.ev("kb:cauda-equina-mri")
	case hasFlag(t, "gout_flare"):
		b.hypo("gout_flare", clinical.T("acute gout flare", "crise aguda de gota"), 0.7, false, "hot_joint", "podagra", "joint_pain")
		b.urgency(NU, clinical.T("gout flare in a well, afebrile patient", "crise de gota em paciente sem febre e em bom estado"))
		b.rec(2, "Colchicine at low dose, an NSAID or a short oral corticosteroid, chosen against kidney function, anticoagulants and interactions; rest and ice; aspirate if fever or doubt (NICE CKS gout; BSR 2017)", "Colchicina em dose baixa, AINE ou corticoide oral por poucos dias, conforme função renal, anticoagulantes e interações; repouso e gelo; puncionar se febre ou dúvida (BSR 2017)")
		b.ev("kb:septic-arthritis")
	// (a knee that swells within hours of a twist, without fever, is the
	// injury's haemarthrosis: the triage rule decides the same way)
	case c.HasAny("hot_joint", "podagra") && (hasFlag(t, "hot_joint") || hasFlag(t, "septic_arthritis") || !c.Has("injury")):
		b.hypo("septic_arthritis", clinical.T("septic arthritis until proven otherwise", "artrite séptica até prova em contrário"), 0.7, true, "joint_pain")
		b.urgency(U, clinical.T("hot swollen joint: aspiration before antibiotics", "articulação quente e edemaciada: punção antes do antibiótico"))
		b.rec(1, "Joint aspiration for Gram stain, culture and crystals before antibiotics; bloods and cultures", "Punção articular para Gram, cultura e cristais antes do antibiótico; exames e hemoculturas")
		b.ev("kb:septic-arthritis")
	case c.Has("deformity") || hasFlag(t, "possible_fracture"):
		b.hypo("fracture", clinical.T("suspected fracture", "suspeita de fratura"), 0.7, false, "injury", "joint_pain")
		b.urgency(U, clinical.T("suspected fracture: X-ray and immobilisation today", "suspeita de fratura: radiografia e imobilização hoje"))
		b.rec(1, "Analgesia, immobilise, neurovascular check, X-ray", "Analgesia, imobilizar, avaliar status neurovascular, radiografia")
		b.ev("kb:fracture-management")
	case c.Has("injury") && c.HasAny("limb", "joint_pain") && (c.Has("bears_weight") || c.Denied("bony_tenderness")):
		b.hypo("sprain", clinical.T("soft-tissue sprain (Ottawa rules negative)", "entorse de partes moles (regras de Ottawa negativas)"), 0.7, false, "injury", "joint_pain")
		b.urgency(NU, clinical.T("sprain without fracture criteria", "entorse sem critérios de fratura"))
		b.rec(2, "Rest, ice, compression, elevation; early mobilisation; simple analgesia; review if not improving in 5-7 days", "Repouso, gelo, compressão, elevação; mobilização precoce; analgesia simples; reavaliar se não melhorar em 5-7 dias", "acetaminophen")
		b.ev("kb:ottawa-ankle-rules")
	case c.Has("back_pain"):
		red := c.HasAny("cancer", "weight_loss") || (c.Has("fever") && !c.Denied("fever")) || c.AgeOr(40) > 50 && c.Has("injury")
		if red {
			b.hypo("back_pain_red_flags", clinical.T("back pain with red flags (malignancy, infection or fracture to exclude)", "lombalgia com sinais de alerta (excluir neoplasia, infecção ou fratura)"), 0.6, true, "back_pain")
			b.urgency(U, clinical.T("back pain red flags", "sinais de alerta na lombalgia"))
		} else {
			b.hypo("mechanical_back_pain", clinical.T("non-specific mechanical low back pain (no red flags)", "lombalgia mecânica inespecífica (sem sinais de alerta)"), 0.7, false, "back_pain")
			if c.DurationHours >= 24*90 || c.Passing("back_pain") || t.Level == triage.Routine && c.DurationHours < 0 && c.Has("routine") {
				// long-standing, or told as resolved ("back pain resolved"),
				// or a "bad back" named in passing at a routine visit
				b.urgency(R, clinical.T("chronic or settled mechanical back pain", "lombalgia mecânica crônica ou resolvida"))
			} else {
				b.urgency(NU, clinical.T("acute mechanical back pain without red flags (NICE NG59)", "lombalgia aguda mecânica sem sinais de alerta (NICE NG59)"))
			}
			b.rec(2, "Stay active, reassurance, exercise; an oral NSAID at the lowest effective dose for the shortest time if suitable (NICE NG59)", "Manter-se ativo, tranquilizar, exercícios; AINE oral na menor dose e pelo menor tempo se adequado (NICE NG59)", "ibuprofen")
		}
		b.ev("kb:low-back-pain-nice-ng59")
	case c.Has("joint_pain"):
		chronic := c.DurationHours >= 24*90
		b.hypo("osteoarthritis", clinical.T("degenerative joint pain (osteoarthritis pattern)", "dor articular degenerativa (padrão de osteoartrite)"), 0.55, false, "joint_pain")
		if chronic {
			b.urgency(R, clinical.T("chronic joint pain without red flags", "dor articular crônica sem sinais de alerta"))
		}
		b.rec(2, "Exercise and physiotherapy, weight loss if needed, topical NSAID, paracetamol (NICE NG226)", "Exercício e fisioterapia, perda de peso se necessário, AINE tópico, paracetamol (NICE NG226)", "acetaminophen")
		b.ev("kb:osteoarthritis-knee")
	}
	return b.done()
}

// GeneralMedicine coordinates non-emergency adult care: minor acute illness,
// preventive care, chronic disease follow-up and medication review.
func GeneralMedicine(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("general_medicine", c, t)
	comp := triage.Complaints(c)
	switch {
	case len(comp) == 0 && c.Has("routine"):
		b.hypo("preventive_visit", clinical.T("preventive or administrative visit without acute complaint", "consulta preventiva ou administrativa sem queixa aguda"), 0.65, false)
		b.urgency(R, clinical.T("routine visit", "consulta de rotina"))
		b.rec(3, "Age-appropriate screening (blood pressure, lipids, diabetes, cancer screening) and vaccinations (USPSTF)", "Rastreamentos conforme a idade (pressão, lípides, diabetes, câncer) e vacinas (USPSTF)")
		if ldl, ok := c.LabValue("ldl"); ok && ldl >= 130 {
			b.rec(3, "LDL above target: lifestyle advice and 10-year cardiovascular risk estimate to decide on a statin", "LDL acima da meta: orientação de estilo de vida e cálculo do risco cardiovascular em 10 anos para decidir estatina")
		}
		b.ev("kb:preventive-screening-uspstf")
	case c.HasAny("rhinorrhea", "sore_throat", "cough") && !c.HasAny("crackles", "dyspnea") && t.Level <= triage.NonUrgent:
		b.hypo("urti", clinical.T("uncomplicated upper respiratory infection", "infecção de vias aéreas superiores não complicada"), 0.55, false, "cough", "rhinorrhea", "sore_throat")
		if t.Level == triage.Routine && (c.Has("recovering") || allPassing(c, "rhinorrhea", "sore_throat", "cough")) {
			// a cold that is passing after care, or a cough told as
			// resolved at a planned review, needs no new assessment
			b.urgency(R, clinical.T("resolving minor illness", "doença leve em resolução"))
		} else {
			b.urgency(NU, clinical.T("minor acute illness", "doença aguda leve"))
		}
		b.rec(3, "Symptomatic treatment, fluids, safety-net advice", "Tratamento sintomático, líquidos, orientar sinais de alarme", "acetaminophen")
		b.ev("kb:primary-care-urti")
	case c.Has("sinusitis"):
		bacterial := c.DurationHours >= 24*10 || c.Has("worsening")
		b.hypo("rhinosinusitis", clinical.T(map[bool]string{true: "probable acute bacterial rhinosinusitis (>10 days or double worsening)", false: "acute viral rhinosinusitis"}[bacterial],
			map[bool]string{true: "provável rinossinusite bacteriana aguda (>10 dias ou piora bifásica)", false: "rinossinusite viral aguda"}[bacterial]), 0.6, false, "sinusitis", "rhinorrhea")
		b.urgency(NU, clinical.T("no orbital or intracranial red flags", "sem sinais de alerta orbitários ou intracranianos"))
		if bacterial {
			b.rec(2, "Amoxicillin-clavulanate for 5-7 days, nasal saline, analgesia (IDSA 2012)", "Amoxicilina-clavulanato por 5-7 dias, soro nasal, analgesia (IDSA 2012)", "amoxicillin")
		}
		b.ev("kb:rhinosinusitis-idsa")
	case len(comp) > 0 && c.DurationHours >= 24*28 && !c.HasAny("worsening", "sudden_onset"):
		b.hypo("chronic_complaint", clinical.T("long-standing stable complaint", "queixa crônica estável"), 0.5, false)
		b.urgency(R, clinical.T("chronic, stable", "crônica, estável"))
	}
	if c.Has("dvt_signs") && !c.HasAny("dyspnea", "pleuritic", "hemoptysis") {
		wells := 0.0
		for _, k := range []string{"dvt_signs", "cancer", "recent_surgery", "immobilization"} {
			if c.Has(k) {
				wells++
			}
		}
		if c.Hx("vte_event") {
			wells++
		}
		if strings.Contains(c.Text, "pitting") || strings.Contains(c.Text, "cacifo") {
			wells++
		}
		if strings.Contains(c.Text, "deep vein") || strings.Contains(c.Text, "veias profundas") {
			wells++
		}
		b.score("wells_dvt", wells, "two-level Wells DVT (≥2: DVT likely)", "Wells TVP dois níveis (≥2: TVP provável)")
		b.hypo("dvt", clinical.T("deep vein thrombosis", "trombose venosa profunda"), 0.75, true, "dvt_signs")
		b.urgency(U, clinical.T("suspected DVT: proximal leg ultrasound within 4 h or interim anticoagulation (NICE NG158)", "suspeita de TVP: ultrassonografia em até 4 h ou anticoagulação provisória (NICE NG158)"))
		b.rec(1, "Proximal leg vein ultrasound within 4 hours; if not available, D-dimer and interim anticoagulation (NICE NG158)", "Ultrassonografia venosa proximal em até 4 horas; se indisponível, D-dímero e anticoagulação provisória (NICE NG158)", "apixaban")
		b.ev("kb:dvt-wells-ng158")
	}
	res := medicationReview(c)
	if res {
		if b.o.Code == "" {
			b.hypo("medication_review", clinical.T("medication review needed (interaction or allergy conflict)", "revisão de medicamentos necessária (interação ou conflito alérgico)"), 0.5, false)
		}
		b.rec(2, "Medication review: resolve the flagged interactions or allergy conflicts with the prescriber", "Revisão de medicamentos: resolver as interações ou conflitos alérgicos sinalizados com o prescritor")
		b.ev("kb:medication-review")
	}
	if b.o.Code == "" {
		b.hypo("primary_care", clinical.T("primary-care assessment", "avaliação em atenção primária"), 0.35, false)
	}
	if c.Has("hypertension") && c.Vitals.SystolicBP != nil && *c.Vitals.SystolicBP >= 140 && *c.Vitals.SystolicBP < 180 {
		b.rec(3, "Blood pressure above target: confirm with home/ambulatory readings and adjust treatment", "Pressão acima da meta: confirmar com medidas domiciliares/MAPA e ajustar tratamento")
		b.ev("kb:hypertension-management")
	}
	return b.done()
}

// medicationReview: polypharmacy (≥5 drugs) or any safety finding on the
// current medicines.
func medicationReview(c *clinical.Case) bool {
	return len(c.Meds) >= 5 || len(safety.Check(c).Findings) > 0 && len(c.Meds) > 0
}

// allPassing reports whether every one of the findings the case holds is
// told as over or getting better ("cough resolved").
func allPassing(c *clinical.Case, ids ...string) bool {
	for _, id := range ids {
		if c.Has(id) && !c.Passing(id) {
			return false
		}
	}
	return true
}
