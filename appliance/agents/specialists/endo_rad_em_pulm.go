package specialists

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/scores"
	"github.com/agnomedical/agno/appliance/agents/triage"
)

func labPtr(c *clinical.Case, a string) *float64 { return c.LabPtr(a) }

// Endocrinology: DKA and HHS (ADA criteria), hypoglycaemia (ADA levels),
// hyperglycaemia, thyroid function, diabetes review.
func Endocrinology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("endocrinology", c, t)
	g, hasG := c.LabValue("glucose")
	mental := "alert"
	if triage.Altered(c) {
		mental = "drowsy"
		if c.Vitals.GCS != nil && *c.Vitals.GCS <= 10 || c.Vitals.Consciousness == "pain" || c.Vitals.Consciousness == "unresponsive" {
			mental = "stupor"
		}
	}
	diab := c.Has("diabetes") || c.OnClass("insulin") || c.OnClass("antidiabetic")
	met, sev, suspected := scores.DKA(scores.DKAInput{Glucose: labPtr(c, "glucose"), PH: labPtr(c, "ph"), Bicarbonate: labPtr(c, "bicarbonate"), Ketones: labPtr(c, "ketones"), KnownDiabetes: diab && hasG && g >= 200, Mental: mental})
	if (met || suspected || triage.DKALike(c)) && (diab || hasG && g >= 250) {
		if sev == "" {
			sev = "unknown"
		}
		strength := 0.9
		if !met {
			strength = 0.7
			b.missing("ph_or_bicarbonate", "ketones")
		}
		b.hypo("dka", clinical.T("diabetic ketoacidosis ("+sev+", ADA criteria)", "cetoacidose diabética ("+map[string]string{"mild": "leve", "moderate": "moderada", "severe": "grave", "unknown": "gravidade indeterminada"}[sev]+", critérios ADA)"), strength, true, "vomiting", "abdominal_pain", "polydipsia", "polyuria", "kussmaul", "drowsy")
		b.o.Scores["dka_severity"] = map[string]float64{"mild": 1, "moderate": 2, "severe": 3, "unknown": 0}[sev]
		b.urgency(E, clinical.T("DKA needs IV fluids, insulin infusion and hourly monitoring", "CAD exige hidratação EV, insulina em infusão e monitorização horária"))
		b.rec(1, "0.9% saline 1 L in the first hour, then per protocol; check potassium before insulin", "Soro fisiológico 0,9% 1 L na primeira hora, depois conforme protocolo; potássio antes da insulina")
		if k, ok := c.LabValue("potassium"); ok && k < 3.5 {
			b.rec(1, "Potassium below 3.5: replace potassium and delay insulin (ADA)", "Potássio abaixo de 3,5: repor potássio e adiar insulina (ADA)", "potassium chloride")
		} else {
			b.rec(1, "Fixed-rate IV insulin infusion 0.1 unit/kg/h (regular insulin); add potassium when below 5.0-5.3", "Insulina regular EV em taxa fixa 0,1 U/kg/h; repor potássio quando abaixo de 5,0-5,3", "insulin regular")
		}
		b.rec(2, "Hourly capillary glucose and ketones, venous gas 2-hourly; find and treat the trigger (missed insulin, infection)", "Glicemia e cetonemia capilar de hora em hora, gasometria venosa a cada 2 h; tratar o fator desencadeante (falta de insulina, infecção)")
		b.avoid("class:sglt2_inhibitor", "SGLT2 inhibitors precipitate ketoacidosis", "iSGLT2 precipitam cetoacidose")
		b.ev("kb:dka-ada")
	} else if osm := effOsm(c); scores.HHS(labPtr(c, "glucose"), osm, labPtr(c, "ph"), labPtr(c, "bicarbonate"), triage.Altered(c)) {
		b.hypo("hhs", clinical.T("hyperosmolar hyperglycaemic state", "estado hiperosmolar hiperglicêmico"), 0.85, true, "polyuria", "polydipsia", "confusion")
		b.urgency(E, clinical.T("HHS: slow correction of osmolality, fluids and monitoring", "EHH: correção lenta da osmolalidade, hidratação e monitorização"))
		b.rec(1, "IV 0.9% saline first; low-dose insulin only once glucose stops falling with fluids; osmolality fall ≤3-8 mOsm/kg/h", "Soro 0,9% EV primeiro; insulina em dose baixa só quando a glicose parar de cair com hidratação; queda de osmolalidade ≤3-8 mOsm/kg/h")
		b.ev("kb:hhs-ada")
	} else if hasG && g < 70 {
		lvl := "level 1 (<70 mg/dL)"
		if g < 54 {
			lvl = "level 2 (<54 mg/dL)"
		}
		b.hypo("hypoglycaemia", clinical.T("hypoglycaemia, ADA "+lvl, "hipoglicemia, ADA "+strings.Replace(lvl, "level", "nível", 1)), 0.85, true, "confusion", "diaphoresis", "tremor")
		if triage.Altered(c) || c.HasAny("seizure") {
			b.urgency(E, clinical.T("hypoglycaemia with altered consciousness", "hipoglicemia com alteração da consciência"))
			b.rec(1, "IV glucose (e.g. 10% dextrose 150-200 mL) or IM glucagon 1 mg; recheck in 15 min", "Glicose EV (ex.: glicose 10% 150-200 mL) ou glucagon IM 1 mg; reavaliar em 15 min")
		} else if hasFlag(t, "hypoglycaemia_self_treated") {
			// (a level 1 low the patient treated without help, now
			// recovered, as triage read it: the dose is reviewed within
			// days, ADA 2024 §6)
			b.urgency(NU, clinical.T("self-treated level 1 hypoglycaemia, recovered: review the dose within days", "hipoglicemia nível 1 tratada pelo próprio paciente, recuperado: rever a dose em poucos dias"))
		} else {
			b.urgency(U, clinical.T("hypoglycaemia: treat now and find the cause", "hipoglicemia: tratar agora e buscar a causa"))
			b.rec(1, "15-20 g fast-acting oral glucose, recheck in 15 min, then a meal (rule of 15)", "15-20 g de glicose oral de ação rápida, reavaliar em 15 min, depois refeição (regra dos 15)")
		}
		if c.OnClass("sulfonylurea") {
			b.rec(2, "Sulfonylurea hypoglycaemia can recur for 24-72 h: observe and review the dose", "Hipoglicemia por sulfonilureia pode recorrer por 24-72 h: observar e rever a dose")
		}
		b.ev("kb:hypoglycaemia-ada")
	} else if hasG && g >= 450 {
		b.hypo("severe_hyperglycaemia", clinical.T("severe hyperglycaemia without DKA or HHS criteria", "hiperglicemia grave sem critérios de CAD ou EHH"), 0.8, false, "polyuria", "polydipsia", "blurred_vision")
		b.urgency(U, clinical.T("glucose ≥450 mg/dL (critical value): same-day treatment, exclude ketosis", "glicose ≥450 mg/dL (valor crítico): tratamento no mesmo dia, excluir cetose"))
		b.rec(1, "Check ketones and venous gas if not done; oral fluids; start or intensify insulin today", "Dosar cetonas e gasometria venosa se não feitas; hidratação oral; iniciar ou intensificar insulina hoje", "insulin")
		b.ev("kb:hyperglycaemia-management")
	} else if hasG && g >= 250 || (c.HasAny("polyuria", "polydipsia") && diab) {
		b.hypo("symptomatic_hyperglycaemia", clinical.T("symptomatic hyperglycaemia, uncontrolled diabetes", "hiperglicemia sintomática, diabetes descompensado"), 0.7, false, "polyuria", "polydipsia")
		b.urgency(NU, clinical.T("no ketosis, vomiting or altered mentation: intensify treatment within 24-48 h (ADA)", "sem cetose, vômitos ou alteração mental: intensificar tratamento em 24-48 h (ADA)"))
		b.rec(2, "Check ketones; review adherence and intensify glucose-lowering therapy (consider basal insulin if HbA1c ≥10% or symptomatic)", "Dosar cetonas; rever adesão e intensificar tratamento (considerar insulina basal se HbA1c ≥10% ou sintomático)", "metformin")
		b.ev("kb:hyperglycaemia-management")
	}
	if a1c, ok := c.LabValue("hba1c"); ok && b.o.Code == "" {
		switch {
		case a1c >= 6.5:
			b.hypo("diabetes_review", clinical.T("diabetes above target", "diabetes acima da meta"), 0.5, false)
			b.urgency(R, clinical.T("chronic diabetes management", "seguimento de diabetes"))
		case a1c >= 5.7:
			b.hypo("prediabetes", clinical.T("prediabetes (HbA1c 5.7-6.4%)", "pré-diabetes (HbA1c 5,7-6,4%)"), 0.45, false)
		}
	}
	if tsh, ok := c.LabValue("tsh"); ok {
		switch {
		case tsh < 0.1 && c.Has("fever") && c.Vitals.HeartRate != nil && *c.Vitals.HeartRate > 130:
			b.hypo("thyroid_storm", clinical.T("possible thyroid storm", "possível crise tireotóxica"), 0.7, true)
			b.urgency(E, clinical.T("thyrotoxicosis with fever and tachycardia", "tireotoxicose com febre e taquicardia"))
			b.ev("kb:thyroid-storm")
		case tsh < 0.4 || tsh > 4.5:
			if b.o.Code == "" {
				b.hypo("thyroid_dysfunction", clinical.T("thyroid dysfunction", "disfunção tireoidiana"), 0.5, false)
				b.urgency(R, clinical.T("thyroid function abnormality without instability", "alteração tireoidiana sem instabilidade"))
			}
		}
	}
	if b.o.Code == "" && diab && (c.Has("routine") || len(triage.Complaints(c)) == 0) {
		b.hypo("diabetes_review", clinical.T("diabetes follow-up", "seguimento de diabetes"), 0.45, false)
		b.urgency(R, clinical.T("routine diabetes review", "revisão de rotina do diabetes"))
		b.rec(3, "HbA1c, renal function, urine albumin, lipids, foot and eye screening (ADA)", "HbA1c, função renal, albuminúria, lípides, exame dos pés e fundo de olho (ADA)")
		b.ev("kb:diabetes-review")
	}
	return b.done()
}

func effOsm(c *clinical.Case) *float64 {
	if o, ok := c.LabValue("osmolality"); ok {
		return &o
	}
	na, ok1 := c.LabValue("sodium")
	g, ok2 := c.LabValue("glucose")
	if ok1 && ok2 {
		o := scores.EffectiveOsmolality(na, g)
		return &o
	}
	return nil
}

// Radiology: chooses the imaging the decision rules call for (Ottawa ankle,
// NICE/Canadian CT head, Wells/PERC for CTPA, Alvarado for appendicitis, CT
// KUB for renal colic, MRI for cauda equina) and says when none is needed.
func Radiology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("radiology", c, t)
	add := func(code, en, pt string, s float64, ev string) {
		b.hypo(code, clinical.T(en, pt), s, false)
		b.rec(1, en, pt)
		b.ev(ev)
	}
	switch {
	case hasFlag(t, "stroke_befast"):
		add("ct_stroke", "Non-contrast CT head with CT angiography now (stroke pathway)", "TC de crânio sem contraste com angio-TC agora (protocolo AVC)", 0.9, "kb:stroke-imaging")
	case hasFlag(t, "thunderclap") || hasFlag(t, "headache_red"):
		add("ct_sah", "Non-contrast CT head now; CT angiography or LP if negative", "TC de crânio sem contraste agora; angio-TC ou punção lombar se negativa", 0.9, "kb:sah-ottawa-rule")
	case hasFlag(t, "head_injury_high_risk") || hasFlag(t, "head_injury_ct") || hasFlag(t, "seizure_head_injury"):
		add("ct_head_1h", "CT head within 1 hour (NICE head-injury criteria)", "TC de crânio em até 1 hora (critérios NICE de trauma craniano)", 0.85, "kb:head-injury-nice-ct")
	case hasFlag(t, "head_injury_anticoag"):
		add("ct_head_8h", "CT head within 8 hours (anticoagulated head injury)", "TC de crânio em até 8 horas (trauma craniano anticoagulado)", 0.8, "kb:head-injury-nice-ct")
	case hasFlag(t, "possible_dvt"):
		add("us_dvt", "Proximal leg vein compression ultrasound within 4 hours", "Ultrassonografia de compressão venosa proximal em até 4 horas", 0.8, "kb:dvt-wells-ng158")
	case hasFlag(t, "possible_pe"):
		if c.Pregnant {
			add("ctpa_pregnancy", "Leg Doppler first; then V/Q scan or CTPA (pregnancy pathway)", "Doppler de membros inferiores primeiro; depois cintilografia V/Q ou angio-TC (protocolo gestação)", 0.7, "kb:pe-wells-perc")
		} else {
			add("ctpa", "CT pulmonary angiography (Wells >4), or D-dimer first if Wells ≤4", "Angio-TC de tórax (Wells >4), ou D-dímero primeiro se Wells ≤4", 0.75, "kb:ctpa-pe-pathway")
		}
	case hasFlag(t, "appendicitis") || (hasFlag(t, "peritonism") && c.Has("rlq_pain")):
		add("appendicitis_imaging", "Ultrasound first in the young or pregnant, otherwise CT abdomen/pelvis", "Ultrassonografia primeiro em jovens ou gestantes, caso contrário TC de abdome/pelve", 0.75, "kb:appendicitis-imaging")
	case hasFlag(t, "renal_colic") || hasFlag(t, "infected_obstruction"):
		add("ct_kub", "Non-contrast low-dose CT KUB within 24 h (ultrasound in pregnancy)", "TC de vias urinárias sem contraste em baixa dose em até 24 h (US na gestação)", 0.8, "kb:renal-colic-ct")
	case hasFlag(t, "cauda_equina"):
		add("mri_spine", "Emergency MRI lumbosacral spine", "RM de coluna lombossacra de emergência", 0.85, "kb:cauda-equina-mri")
	case hasFlag(t, "aortic_dissection"):
		add("ct_aorta", "CT aortic angiography now", "Angio-TC de aorta agora", 0.85, "kb:aortic-dissection")
	case hasFlag(t, "bowel_obstruction"):
		add("ct_abdomen", "CT abdomen/pelvis with contrast", "TC de abdome/pelve com contraste", 0.75, "kb:acute-abdomen")
	case hasFlag(t, "cholangitis_cholecystitis"):
		add("us_biliary", "Right upper quadrant ultrasound", "Ultrassonografia de hipocôndrio direito", 0.75, "kb:acute-abdomen")
	case hasFlag(t, "testicular_torsion") || hasFlag(t, "testicular_pain"):
		add("us_scrotum", "Urgent surgical exploration if torsion likely; Doppler ultrasound must not delay it", "Exploração cirúrgica urgente se torção provável; o Doppler não deve atrasá-la", 0.7, "kb:testicular-torsion")
	case hasFlag(t, "possible_fracture") || hasFlag(t, "deformity"):
		add("xray", "Plain radiographs of the injured region (two views)", "Radiografias da região (duas incidências)", 0.75, "kb:fracture-management")
	case c.Has("injury") && c.HasAny("limb", "joint_pain"):
		ankle := strings.Contains(c.Text, "ankle") || strings.Contains(c.Text, "tornozelo") || strings.Contains(c.Text, "malleol")
		bony := c.Has("bony_tenderness") && !c.Denied("bony_tenderness")
		unable := c.Has("non_weight_bearing")
		if ankle {
			need := scores.OttawaAnkle(true, bony, unable)
			b.o.Scores["ottawa_ankle_positive"] = b2f(need)
			if need {
				add("xray_ankle", "Ankle/foot X-ray (Ottawa ankle rules positive)", "Radiografia de tornozelo/pé (regras de Ottawa positivas)", 0.8, "kb:ottawa-ankle-rules")
			} else if c.Has("bears_weight") || c.Denied("bony_tenderness") {
				b.hypo("no_imaging", clinical.T("No X-ray needed: Ottawa ankle rules negative", "Radiografia desnecessária: regras de Ottawa negativas"), 0.75, false)
				b.rec(2, "No X-ray needed (Ottawa ankle rules negative); re-examine if not improving in 5-7 days", "Sem radiografia (regras de Ottawa negativas); reavaliar se não melhorar em 5-7 dias")
				b.ev("kb:ottawa-ankle-rules")
			}
		}
	case c.Has("lump"):
		add("mass_imaging", "Imaging of the mass (ultrasound first) and referral on a suspected-cancer pathway if features are concerning", "Imagem da massa (ultrassonografia primeiro) e encaminhamento por via de suspeita de câncer se houver sinais preocupantes", 0.55, "kb:suspected-cancer-imaging")
	case c.Has("back_pain") && !c.Has("cauda_equina"):
		b.hypo("no_imaging", clinical.T("No imaging for non-specific low back pain without red flags (NICE NG59)", "Sem imagem para lombalgia inespecífica sem sinais de alerta (NICE NG59)"), 0.65, false)
		b.rec(3, "Avoid routine imaging for non-specific low back pain (NICE NG59)", "Evitar imagem de rotina na lombalgia inespecífica (NICE NG59)")
		b.ev("kb:low-back-pain-nice-ng59")
	case c.HasAny("pneumonia", "crackles") || (c.Has("cough") && c.Has("fever") && c.Vitals.SpO2 != nil && *c.Vitals.SpO2 < 95):
		add("cxr", "Chest X-ray", "Radiografia de tórax", 0.6, "kb:pneumonia-curb65")
	}
	return b.done()
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// EmergencyMedicine: resuscitation priorities (ABCDE), shock, sepsis bundle,
// anaphylaxis, tension pneumothorax, respiratory failure; mirrors the
// physiological urgency.
func EmergencyMedicine(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("emergency_medicine", c, t)
	v := c.Vitals
	sbp, hasSBP := val(v.SystolicBP)
	spo2, hasSpO2 := val(v.SpO2)
	if n := t.NEWS2; n != nil {
		b.o.Scores["news2"] = float64(n.Score)
	}
	if si, ok := t.Scores["shock_index"]; ok {
		b.o.Scores["shock_index"] = si
	}
	b.ev("kb:esi-triage", "kb:news2-escalation")
	switch {
	case hasFlag(t, "anaphylaxis"):
		b.hypo("anaphylaxis", clinical.T("anaphylaxis", "anafilaxia"), 0.9, true, "airway", "angioedema", "urticaria", "dyspnea")
		b.urgency(E, clinical.T("anaphylaxis: IM adrenaline now", "anafilaxia: adrenalina IM agora"))
		b.rec(1, "IM adrenaline 0.5 mg (0.01 mg/kg in children) into the anterolateral thigh now; repeat every 5 min if needed", "Adrenalina IM 0,5 mg (0,01 mg/kg em crianças) no vasto lateral agora; repetir a cada 5 min se necessário", "epinephrine")
		b.rec(1, "High-flow oxygen, lie flat with legs raised, IV fluid bolus for hypotension; observe at least 6-12 h", "Oxigênio em alto fluxo, decúbito com pernas elevadas, bolus de cristaloide se hipotensão; observar 6-12 h")
		b.ev("kb:anaphylaxis-wao")
	case hasFlag(t, "tension_pneumothorax"):
		b.hypo("tension_pneumothorax", clinical.T("tension pneumothorax", "pneumotórax hipertensivo"), 0.9, true, "dyspnea", "chest_pain")
		b.urgency(E, clinical.T("obstructive shock: immediate decompression", "choque obstrutivo: descompressão imediata"))
		b.rec(1, "Immediate needle (or finger) decompression, then chest drain — do not wait for imaging (ATLS)", "Descompressão imediata por agulha (ou digital), depois drenagem torácica — não aguardar imagem (ATLS)")
		b.ev("kb:tension-pneumothorax-atls")
	case hasFlag(t, "sepsis_high_risk") || hasFlag(t, "meningococcal") || hasFlag(t, "neutropenic_sepsis"):
		b.hypo("sepsis", clinical.T("sepsis with organ dysfunction or high-risk features", "sepse com disfunção orgânica ou critérios de alto risco"), 0.85, true, "fever", "confusion")
		b.urgency(E, clinical.T("high-risk sepsis: hour-1 bundle", "sepse de alto risco: pacote da primeira hora"))
		b.rec(1, "Hour-1 bundle: blood cultures, lactate, broad-spectrum IV antibiotics within 1 hour, 30 mL/kg crystalloid if hypotensive or lactate ≥4 (Surviving Sepsis 2021)", "Pacote da 1ª hora: hemoculturas, lactato, antibiótico EV de amplo espectro em até 1 hora, cristaloide 30 mL/kg se hipotensão ou lactato ≥4 (Surviving Sepsis 2021)", "ceftriaxone")
		b.rec(2, "Vasopressor (noradrenaline) if MAP <65 after fluids; urine output monitoring", "Vasopressor (noradrenalina) se PAM <65 após volume; monitorar diurese")
		b.ev("kb:sepsis-hour1-bundle")
	// (a systolic of 80-90 in an eating disorder is MEED amber, which the
	// triage grades without its shock flag)
	case hasSBP && sbp <= 90 && !(hasFlag(t, "eating_disorder_amber") && !hasFlag(t, "hypotension")) || (t.Scores["shock_index"] > 1 && t.Level == triage.Emergency):
		b.hypo("shock", clinical.T("shock (cause to be defined)", "choque (causa a definir)"), 0.75, true)
		b.urgency(E, clinical.T("hypotension / shock index >1", "hipotensão / índice de choque >1"))
		b.rec(1, "Two large-bore IV lines, fluid bolus, bloods incl. lactate, group and crossmatch; find the source of shock", "Dois acessos calibrosos, bolus de volume, exames com lactato, tipagem e prova cruzada; identificar a causa do choque")
		b.ev("kb:shock-resuscitation")
	case hasSpO2 && (spo2 <= 91 && !c.Has("copd") || spo2 < 88) && !triage.SpO2AtBaseline(c, spo2):
		// COPD: the target is 88-92% (BTS 2017, NEWS2 scale 2), as in triage
		b.hypo("respiratory_failure", clinical.T("hypoxaemic respiratory failure", "insuficiência respiratória hipoxêmica"), 0.75, true, "dyspnea")
		b.urgency(E, clinical.T("SpO2 ≤91%", "SpO2 ≤91%"))
		b.rec(1, "Oxygen to target SpO2 94-98% (88-92% if at risk of hypercapnia); blood gas", "Oxigênio para SpO2 alvo 94-98% (88-92% se risco de hipercapnia); gasometria")
	case triage.Altered(c):
		b.hypo("altered_consciousness", clinical.T("acute altered consciousness", "alteração aguda da consciência"), 0.7, true, "confusion", "drowsy")
		b.urgency(E, clinical.T("new altered consciousness", "alteração aguda da consciência"))
		b.rec(1, "ABCDE, capillary glucose now, protect the airway if GCS ≤8", "ABCDE, glicemia capilar agora, proteger via aérea se Glasgow ≤8")
	}
	if b.o.Code == "" {
		if t.Level == triage.Emergency {
			b.hypo("time_critical", clinical.T("time-critical presentation (see specialist assessment)", "apresentação tempo-dependente (ver avaliação do especialista)"), 0.6, false)
			b.rec(1, "Resuscitation-area assessment (ESI 1-2): ABCDE, monitoring, IV access", "Avaliação na sala de emergência (ESI 1-2): ABCDE, monitorização, acesso venoso")
		} else {
			b.hypo("ed_workup", clinical.T("same-day emergency work-up", "investigação de emergência no mesmo dia"), 0.45, false)
			b.rec(2, "Same-day emergency department assessment with observations repeated", "Avaliação no pronto-socorro no mesmo dia com reavaliação dos sinais vitais")
		}
	}
	if c.Vitals.OnOxygen == nil || c.Vitals.RespiratoryRate == nil {
		b.missing("full_observations")
	}
	return b.done()
}

// Pulmonology: asthma severity (BTS/SIGN), COPD exacerbation, pneumonia
// (CURB-65), pulmonary embolism (Wells, PERC), pneumothorax, URTI.
func Pulmonology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("pulmonology", c, t)
	v := c.Vitals
	hr, hasHR := val(v.HeartRate)
	spo2, hasSpO2 := val(v.SpO2)
	age := c.AgeOr(40)
	peSymptoms := c.HasAny("dyspnea", "pleuritic", "hemoptysis", "chest_pain")
	if peSymptoms && !c.IsChild() {
		wells, band, likely := scores.WellsPE(scores.WellsPEInput{DVTSigns: c.Has("dvt_signs"),
			PEMostLikely:     (c.HasAny("dyspnea", "pleuritic") && (c.Has("dvt_signs") || c.HasAny("recent_surgery", "immobilization")) && !c.HasAny("fever", "wheeze", "productive_cough")),
			HeartRateOver100: hasHR && hr > 100, ImmobilisationOrSurgery: c.HasAny("recent_surgery", "immobilization"),
			PriorVTE: c.Hx("vte_event"), Haemoptysis: c.Has("hemoptysis"), Malignancy: c.Has("cancer")})
		perc, complete := scores.PERC(scores.PERCInput{Age: c.Age, HeartRate: v.HeartRate, SpO2: v.SpO2, Haemoptysis: c.Has("hemoptysis"),
			Estrogen: c.Has("estrogen") || c.OnClass("estrogen"), PriorVTE: c.Hx("vte_event"), UnilateralLegSwelling: c.Has("dvt_signs"), RecentSurgery: c.Has("recent_surgery")})
		b.score("wells_pe", wells, "Wells PE "+band+" probability (>4: PE likely)", "Wells TEP probabilidade "+map[string]string{"low": "baixa", "moderate": "moderada", "high": "alta"}[band]+" (>4: TEP provável)")
		b.o.Scores["perc_positive"] = float64(len(perc))
		if likely || (len(perc) > 0 && wells >= 2) || (c.HasAny("dvt_signs", "recent_surgery", "immobilization") && c.HasAny("dyspnea", "pleuritic")) {
			unstable := (v.SystolicBP != nil && *v.SystolicBP < 90) || (hasSpO2 && spo2 <= 91) || t.Scores["shock_index"] > 1
			b.hypo("pulmonary_embolism", clinical.T("pulmonary embolism to be excluded (Wells "+sp("%.1f", wells)+", PERC positive: "+strings.Join(perc, ", ")+")",
				"embolia pulmonar a excluir (Wells "+sp("%.1f", wells)+", PERC positivo: "+strings.Join(perc, ", ")+")"), 0.5+0.05*wells, true, "dyspnea", "chest_pain", "pleuritic", "palpitations", "anxiety")
			if unstable {
				b.urgency(E, clinical.T("suspected PE with hypoxaemia or haemodynamic compromise", "suspeita de TEP com hipoxemia ou comprometimento hemodinâmico"))
				b.rec(1, "Immediate anticoagulation (unless contraindicated) and CTPA or bedside echo; consider thrombolysis if shocked", "Anticoagulação imediata (se não contraindicada) e angio-TC ou eco à beira-leito; considerar trombólise se choque", "heparin")
			} else {
				b.urgency(U, clinical.T("suspected PE, haemodynamically stable: same-day D-dimer/CTPA", "suspeita de TEP estável: D-dímero/angio-TC no mesmo dia"))
				b.rec(1, "Same-day D-dimer (if Wells ≤4) or CTPA (Wells >4); interim anticoagulation if imaging is delayed", "D-dímero no mesmo dia (se Wells ≤4) ou angio-TC (Wells >4); anticoagulação provisória se a imagem atrasar", "enoxaparin")
			}
			b.ev("kb:pe-wells-perc")
		} else if complete && len(perc) == 0 && wells < 2 {
			b.o.Resolves = append(b.o.Resolves, "possible_pe")
			b.finding("PERC negative with low Wells: PE excluded without testing", "PERC negativo com Wells baixo: TEP excluído sem exames")
		}
	}
	// (under two, wheeze is bronchiolitis: NICE NG9, not the asthma rules)
	asthma := (c.Has("asthma") || c.Has("wheeze") && !c.Has("copd")) && c.HasAny("dyspnea", "wheeze", "inhaler_failing", "chest_pain", "cough") && !(c.IsChild() && c.AgeOr(5) < 2)
	if asthma && !hasFlag(t, "anaphylaxis") {
		pef, hasPEF := val(v.PEFPercent)
		if hasPEF {
			b.o.Scores["pef_percent"] = pef
		} else {
			b.missing("peak_flow")
		}
		switch {
		case hasFlag(t, "asthma_life_threatening"):
			b.hypo("asthma_life_threatening", clinical.T("life-threatening acute asthma", "asma aguda com risco de vida"), 0.9, true, "dyspnea", "wheeze")
			b.urgency(E, clinical.T("life-threatening asthma (BTS/SIGN)", "asma com risco de vida (BTS/SIGN)"))
		case hasFlag(t, "asthma_severe"):
			b.hypo("asthma_severe", clinical.T("acute severe asthma", "asma aguda grave"), 0.85, true, "dyspnea", "wheeze")
			b.urgency(E, clinical.T("acute severe asthma (BTS/SIGN)", "asma aguda grave (BTS/SIGN)"))
		case hasPEF && pef > 75 && !hasFlag(t, "asthma_moderate") && !(hasSpO2 && spo2 < 94) && !c.Has("life_threat_asthma"):
			// BTS/SIGN: peak flow above 75% of best without severe features
			// is loss of control, not an acute exacerbation
			b.hypo("asthma_poor_control", clinical.T("loss of asthma control (peak flow > 75% of best)", "perda de controle da asma (pico de fluxo > 75% do melhor)"), 0.7, false, "wheeze", "cough")
			b.urgency(triage.NonUrgent, clinical.T("loss of control with peak flow above 75%: step up treatment and review within 48 h", "perda de controle com pico de fluxo acima de 75%: intensificar tratamento e revisar em 48 h"))
		default:
			b.hypo("asthma_moderate", clinical.T("moderate acute asthma exacerbation (BTS/SIGN)", "exacerbação moderada de asma (BTS/SIGN)"), 0.75, false, "dyspnea", "wheeze", "chest_pain", "cough")
			b.urgency(U, clinical.T("moderate exacerbation: same-day bronchodilators and oral steroids", "exacerbação moderada: broncodilatador e corticoide oral no mesmo dia"))
		}
		b.rec(1, "Salbutamol 4-10 puffs via spacer (or nebulised 5 mg), repeat every 20 min; oxygen to SpO2 94-98%", "Salbutamol 4-10 jatos com espaçador (ou nebulização 5 mg), repetir a cada 20 min; oxigênio para SpO2 94-98%", "salbutamol")
		b.rec(1, "Prednisolone 40-50 mg orally for 5 days", "Prednisolona 40-50 mg via oral por 5 dias", "prednisolone")
		b.avoid("class:beta_blocker", "beta-blockers can precipitate bronchospasm", "betabloqueadores podem precipitar broncoespasmo")
		b.ev("kb:asthma-bts-sign")
	}
	if c.Has("copd") && c.HasAny("dyspnea", "cough", "productive_cough", "wheeze") && !triage.StableChronic(c) {
		b.hypo("copd_exacerbation", clinical.T("COPD exacerbation", "exacerbação de DPOC"), 0.7, false, "dyspnea", "cough")
		rr, hasRR := val(v.RespiratoryRate)
		switch {
		case hasSpO2 && spo2 < 88 && !triage.SpO2AtBaseline(c, spo2) || triage.Altered(c) || c.HasAny("cyanosis", "life_threat_asthma"):
			b.urgency(E, clinical.T("COPD exacerbation with hypoxaemia or drowsiness: blood gas, consider NIV", "DPOC exacerbada com hipoxemia ou sonolência: gasometria, considerar VNI"))
		case !hasSpO2 || spo2 < copdSatFloor(c) || hasRR && rr >= 25 || c.Has("life_threat_asthma"):
			// NICE NG115 1.3.3: hospital assessment for severe breathlessness,
			// SpO2 below 90%, a fast rate or no observations to reassure.
			b.urgency(U, clinical.T("COPD exacerbation: same-day assessment (NICE NG115)", "exacerbação de DPOC: avaliação no mesmo dia (NICE NG115)"))
		default:
			// Talking in full sentences, SpO2 at the usual level, no
			// tachypnoea: managed at home with review (NICE NG115 1.3.3).
			b.urgency(NU, clinical.T("mild to moderate COPD exacerbation (full sentences, usual SpO2): home treatment and review within 48 h (NICE NG115)", "exacerbação leve a moderada de DPOC (fala frases completas, SpO2 habitual): tratamento domiciliar e revisão em 48 h (NICE NG115)"))
		}
		b.rec(1, "Controlled oxygen to 88-92%, bronchodilators, prednisolone 30-40 mg for 5 days; antibiotic if purulent sputum (GOLD)", "Oxigênio controlado para 88-92%, broncodilatadores, prednisolona 30-40 mg por 5 dias; antibiótico se escarro purulento (GOLD)", "salbutamol", "prednisolone")
		b.ev("kb:copd-exacerbation-gold")
	}
	// (a chest infection told as fully resolved is history)
	pneumonia := c.Has("pneumonia") && !resolvedOnly(c, "pneumonia") || (c.HasAny("cough", "productive_cough") && (c.Has("crackles") || (c.Has("fever") && hasSpO2 && spo2 < 95)))
	if pneumonia {
		curb, band := scores.CURB65(scores.CURB65Input{Confusion: triage.Altered(c), BUN: labPtr(c, "bun"), RR: v.RespiratoryRate, SBP: v.SystolicBP, DBP: v.DiastolicBP, Age: age})
		if _, ok := c.LabValue("bun"); !ok {
			b.missing("urea")
		}
		b.score("curb65", float64(curb), "CURB-65 "+band+" severity (0-1 home, 2 hospital, ≥3 consider ICU)", "CURB-65 gravidade "+map[string]string{"low": "baixa", "moderate": "moderada", "high": "alta"}[band]+" (0-1 domicílio, 2 hospital, ≥3 considerar UTI)")
		b.hypo("pneumonia", clinical.T(sp("community-acquired pneumonia (CURB-65 %d)", curb), sp("pneumonia adquirida na comunidade (CURB-65 %d)", curb)), 0.7, false, "cough", "fever", "dyspnea")
		switch {
		case curb >= 3:
			b.urgency(E, clinical.T("severe pneumonia (CURB-65 ≥3)", "pneumonia grave (CURB-65 ≥3)"))
			b.rec(1, "IV antibiotics within 4 h (beta-lactam plus macrolide), blood cultures, consider ICU", "Antibiótico EV em até 4 h (betalactâmico mais macrolídeo), hemoculturas, considerar UTI", "ceftriaxone", "azithromycin")
		case curb == 2:
			b.urgency(U, clinical.T("moderate pneumonia (CURB-65 2): hospital assessment", "pneumonia moderada (CURB-65 2): avaliação hospitalar"))
			b.rec(1, "Hospital-based treatment: amoxicillin plus a macrolide (BTS/NICE NG138)", "Tratamento hospitalar: amoxicilina mais macrolídeo (BTS/NICE NG138)", "amoxicillin", "clarithromycin")
		default:
			if hasSpO2 && spo2 < 94 {
				b.urgency(U, clinical.T("low-severity pneumonia but SpO2 <94%", "pneumonia de baixa gravidade mas SpO2 <94%"))
			} else if t.Level == triage.Routine && c.Has("recovering") && !c.Has("worsening") {
				// already improving on the course it was given (a virtual
				// ward or a planned review): the plan goes on, no new
				// assessment (NICE NG138 review at 48-72 h done)
				b.urgency(R, clinical.T("low-severity pneumonia improving on treatment: continue the plan and review as planned", "pneumonia de baixa gravidade melhorando com o tratamento: manter o plano e revisar como programado"))
			} else {
				b.urgency(NU, clinical.T("low-severity pneumonia (CURB-65 0-1): home treatment", "pneumonia de baixa gravidade (CURB-65 0-1): tratamento domiciliar"))
			}
			b.rec(1, "Oral amoxicillin 500 mg three times daily for 5 days (NICE NG138); review at 48-72 h", "Amoxicilina oral 500 mg de 8/8 h por 5 dias (NICE NG138); reavaliar em 48-72 h", "amoxicillin")
		}
		b.rec(2, "Chest X-ray to confirm consolidation", "Radiografia de tórax para confirmar consolidação")
		b.ev("kb:pneumonia-curb65")
	}
	if c.Has("pneumothorax") || c.Has("absent_breath_sounds") && !hasFlag(t, "tension_pneumothorax") {
		b.hypo("pneumothorax", clinical.T("pneumothorax", "pneumotórax"), 0.6, true, "dyspnea", "pleuritic")
		b.urgency(U, clinical.T("possible pneumothorax: chest X-ray today", "possível pneumotórax: radiografia hoje"))
		b.ev("kb:pneumothorax-bts")
	}
	if hasFlag(t, "tension_pneumothorax") {
		b.hypo("tension_pneumothorax", clinical.T("tension pneumothorax", "pneumotórax hipertensivo"), 0.9, true, "dyspnea", "chest_pain")
		b.urgency(E, clinical.T("tension pneumothorax", "pneumotórax hipertensivo"))
		b.rec(1, "Needle decompression then chest drain", "Descompressão por agulha e depois drenagem torácica")
	}
	if b.o.Code == "" && c.Has("cough") && c.HasAny("rhinorrhea", "sore_throat") && !c.Has("crackles") {
		b.hypo("urti", clinical.T("viral upper respiratory tract infection", "infecção viral de vias aéreas superiores"), 0.55, false, "cough", "rhinorrhea", "sore_throat")
		b.urgency(NU, clinical.T("uncomplicated URTI", "IVAS não complicada"))
		b.rec(3, "Symptomatic care; no antibiotics; return if breathless, chest pain or fever beyond 5 days", "Tratamento sintomático; sem antibiótico; retornar se falta de ar, dor torácica ou febre por mais de 5 dias")
		b.ev("kb:primary-care-urti")
	}
	if b.o.Code == "" && c.Has("cough") && c.DurationHours >= 24*56 {
		b.hypo("chronic_cough", clinical.T("chronic cough (>8 weeks)", "tosse crônica (>8 semanas)"), 0.5, false, "cough")
		b.urgency(R, clinical.T("chronic cough without red flags", "tosse crônica sem sinais de alerta"))
		b.rec(2, "Chest X-ray and spirometry; review ACE inhibitor use, reflux, asthma and post-nasal drip", "Radiografia de tórax e espirometria; rever uso de IECA, refluxo, asma e gotejamento pós-nasal")
		b.ev("kb:chronic-cough")
	}
	if b.o.Code == "" && (c.HasAny("asthma", "copd")) && c.Has("routine") {
		b.hypo("airways_review", clinical.T("chronic airways disease review", "revisão de doença crônica das vias aéreas"), 0.45, false)
		b.urgency(R, clinical.T("stable chronic airways disease", "doença crônica das vias aéreas estável"))
		b.rec(3, "Check inhaler technique and adherence, spirometry, action plan, vaccinations", "Verificar técnica inalatória e adesão, espirometria, plano de ação, vacinas")
	}
	if b.o.Code == "" && c.Has("dyspnea") {
		b.hypo("dyspnoea", clinical.T("breathlessness to investigate", "dispneia a investigar"), 0.4, false, "dyspnea")
		b.rec(2, "Observations, chest X-ray, ECG and peak flow", "Sinais vitais, radiografia de tórax, ECG e pico de fluxo")
	}
	return b.done()
}

var usualSatRx = regexp.MustCompile(`(usual|baseline|habitual|basal|normally|de base)\s*(spo2|sat\w*|oxygen saturation)?[^\d\n]{0,15}(\d{2})\s*(%|-)`)

// copdSatFloor is the saturation under which a COPD exacerbation needs
// same-day assessment: 92% with no known baseline (NICE NG115 sends
// below 90%, and 90-91% without context is not reassuring), or two points
// under the usual saturation the notes give ("usual SpO2 92-94%").
func copdSatFloor(c *clinical.Case) float64 {
	if m := usualSatRx.FindStringSubmatch(clinical.Fold(c.Text)); m != nil {
		if v, err := strconv.Atoi(m[3]); err == nil && v >= 80 && v <= 100 {
			return math.Min(90, float64(v-2))
		}
	}
	return 92
}

// resolvedOnly: every current mention of a finding is told as fully
// over ("fully resolved"), not merely improving.
func resolvedOnly(c *clinical.Case, id string) bool {
	seen := false
	for _, m := range c.Mentions {
		if m.Concept != id || !m.Current() {
			continue
		}
		if !m.Resolved {
			return false
		}
		seen = true
	}
	return seen
}
