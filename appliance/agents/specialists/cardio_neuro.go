package specialists

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/scores"
	"github.com/agnomedical/agno/appliance/agents/triage"
)

const (
	E  = triage.Emergency
	U  = triage.Urgent
	NU = triage.NonUrgent
	R  = triage.Routine
)

func sp(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// troponinRatio returns troponin / URL when measured.
func troponinRatio(c *clinical.Case) (*float64, bool) {
	l, ok := c.Lab("troponin")
	if !ok {
		return nil, false
	}
	r := l.Value / safety.URL(l)
	return &r, true
}

// famCADRx: coronary disease in a parent or sibling (family history).
var famCADRx = regexp.MustCompile(`\b(father|mother|dad|mum|mom|brother|sister|parents?|siblings?|pai|mae|irmao|irma|family history|fh|historia familiar|antecedente familiar)\b[^.;]{0,40}\b(mi|heart attacks?|myocardial infarction|infarto|iam|coronary|cad|angina|bypass|stents?|premature (cad|coronary|heart disease))\b`)

// Cardiology: ACS (HEART score, STEMI), atrial fibrillation (CHA2DS2-VASc,
// rate), heart failure, hypertensive emergency, over-anticoagulation, cardiac
// drug interactions (QT, nitrate + PDE5, digoxin).
func Cardiology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("cardiology", c, t)
	v := c.Vitals
	hr, hasHR := val(v.HeartRate)
	sbp, hasSBP := val(v.SystolicBP)
	age := c.AgeOr(50)
	if c.Age == nil {
		b.missing("age")
	}
	// (a child's seconds-long precordial catch, a febrile pneumonia's
	// chest pain or a COPD exacerbation's tightness, as triage read them,
	// are not worked up as coronary pain)
	chest := c.Has("chest_pain") && !(c.HasAny("wheeze", "asthma") && !c.HasAny("radiation", "diaphoresis")) &&
		!hasFlag(t, "precordial_catch") && !hasFlag(t, "chest_infection_pain")
	if chest {
		hist := 1
		switch {
		case c.HasAny("radiation", "diaphoresis", "exertional"):
			hist = 2
		case c.HasAny("reproducible_pain", "pleuritic"):
			hist = 0
		}
		ecg := 0
		ecgKnown := strings.Contains(c.Text, "ecg") || strings.Contains(c.Text, "ekg") || strings.Contains(c.Text, "eletrocardiograma")
		switch {
		case c.HasAny("st_elevation", "ecg_ischemia"):
			ecg = 2
		case c.HasAny("abnormal_ecg", "ecg_hyperk"):
			ecg = 1
		}
		if !ecgKnown {
			b.missing("ecg")
		}
		rf := 0
		for _, k := range []string{"hypertension", "hyperlipidemia", "diabetes", "smoker", "obesity"} {
			if c.Has(k) {
				rf++
			}
		}
		// a parent's or sibling's coronary disease is a HEART risk factor
		if famCADRx.MatchString(clinical.Fold(c.Text)) {
			rf++
		}
		tr, hasTrop := troponinRatio(c)
		if !hasTrop {
			b.missing("troponin")
		}
		heart, band := scores.HEART(scores.HEARTInput{History: hist, ECG: ecg, Age: age, RiskFactors: rf,
			KnownAtherosclerosis: c.Has("vascular_disease") || c.Hx("stroke_event") || c.Hx("mi_event"), TroponinRatio: tr})
		b.score("heart", float64(heart), "HEART "+band+" risk (0-3 low, 4-6 moderate, 7-10 high)", "HEART risco "+map[string]string{"low": "baixo", "moderate": "moderado", "high": "alto"}[band]+" (0-3 baixo, 4-6 moderado, 7-10 alto)")
		b.ev("kb:acs-heart-score")
		switch {
		case c.Has("st_elevation") && hasFlag(t, "pericarditis"):
			// widespread concave ST elevation with PR depression and
			// positional pain is pericarditis (ESC 2015), as triage read it
			b.hypo("pericarditis", clinical.T("acute pericarditis", "pericardite aguda"), 0.8, false, "chest_pain")
			b.urgency(U, clinical.T("acute pericarditis: echo and anti-inflammatory treatment the same day (ESC 2015)", "pericardite aguda: ecocardiograma e anti-inflamatório no mesmo dia (ESC 2015)"))
		case c.Has("st_elevation"):
			b.hypo("stemi", clinical.T("ST-elevation myocardial infarction", "infarto agudo do miocárdio com supradesnivelamento de ST"), 0.95, true, "chest_pain", "diaphoresis", "nausea")
			b.urgency(E, clinical.T("STEMI: primary PCI with door-to-balloon under 90 minutes", "IAMCSST: angioplastia primária com porta-balão abaixo de 90 minutos"))
			b.rec(1, "Activate the cath lab for primary PCI (door-to-balloon < 90 min); 12-lead ECG repeated every 15-30 min", "Acionar hemodinâmica para angioplastia primária (porta-balão < 90 min); ECG de 12 derivações a cada 15-30 min")
			b.rec(1, "Aspirin 300 mg loading dose unless contraindicated, plus a P2Y12 inhibitor per the cath-lab protocol", "AAS 300 mg em dose de ataque se não contraindicado, mais inibidor de P2Y12 conforme protocolo da hemodinâmica", "aspirin")
			b.ev("kb:stemi-reperfusion")
		case hasFlag(t, "stable_angina") && !(tr != nil && *tr > 1) && !c.Has("ecg_ischemia"):
			// HEART scores acute chest pain in the ED; weeks of pain on
			// exertion at the same threshold is stable angina (NICE CG95)
			b.hypo("stable_angina", clinical.T("stable angina", "angina estável"), 0.7, false, "chest_pain", "exertional")
			b.urgency(NU, clinical.T("stable angina: rapid-access chest pain clinic within 2 weeks (NICE CG95)", "angina estável: ambulatório de dor torácica em até 2 semanas (NICE CG95)"))
			b.rec(2, "Sublingual GTN as needed, aspirin and a statin unless contraindicated, CT coronary angiography (NICE CG95, CG126); call 999/192 if pain comes at rest or lasts over 15 minutes", "Nitrato sublingual se dor, AAS e estatina se não contraindicados, angiotomografia de coronárias (NICE CG95, CG126); chamar 192 se dor em repouso ou por mais de 15 minutos", "nitroglycerin", "aspirin")
			b.ev("kb:acs-heart-score")
		case (tr != nil && *tr > 1) || c.Has("ecg_ischemia"):
			b.hypo("nste_acs", clinical.T("non-ST-elevation acute coronary syndrome", "síndrome coronariana aguda sem supradesnivelamento de ST"), 0.85, true, "chest_pain", "diaphoresis")
			b.urgency(E, clinical.T("raised troponin or ischaemic ECG with chest pain", "troponina elevada ou ECG isquêmico com dor torácica"))
			b.rec(1, "Aspirin loading, anticoagulation and cardiology review for early invasive strategy (ESC 2023)", "AAS em ataque, anticoagulação e avaliação da cardiologia para estratégia invasiva precoce (ESC 2023)", "aspirin")
			b.rec(2, "Serial high-sensitivity troponin (0/1 h or 0/2 h algorithm) and continuous ECG monitoring", "Troponina ultrassensível seriada (algoritmo 0/1 h ou 0/2 h) e monitorização contínua")
			b.ev("kb:nste-acs-management")
		case heart >= 7:
			b.hypo("acs_high_risk", clinical.T("chest pain with high HEART score: probable acute coronary syndrome", "dor torácica com HEART alto: provável síndrome coronariana aguda"), 0.8, true, "chest_pain")
			b.urgency(E, clinical.T(sp("HEART %d (≥7): early invasive strategy", heart), sp("HEART %d (≥7): estratégia invasiva precoce", heart)))
			b.rec(1, "12-lead ECG within 10 minutes, troponin now, aspirin unless contraindicated", "ECG de 12 derivações em 10 minutos, troponina agora, AAS se não contraindicado", "aspirin")
		case heart >= 4:
			b.hypo("possible_acs", clinical.T("chest pain, intermediate risk of acute coronary syndrome", "dor torácica com risco intermediário de síndrome coronariana aguda"), 0.6, true, "chest_pain")
			b.urgency(U, clinical.T(sp("HEART %d (4-6): observation with serial troponin", heart), sp("HEART %d (4-6): observação com troponina seriada", heart)))
			b.rec(1, "ECG within 10 minutes and serial troponin; observe", "ECG em 10 minutos e troponina seriada; observar")
		default:
			b.hypo("low_risk_chest_pain", clinical.T("low-risk chest pain (HEART 0-3)", "dor torácica de baixo risco (HEART 0-3)"), 0.45, false, "chest_pain")
			if hasTrop && ecgKnown && ecg == 0 {
				b.urgency(NU, clinical.T("HEART ≤3 with normal ECG and troponin: outpatient follow-up", "HEART ≤3 com ECG e troponina normais: seguimento ambulatorial"))
				b.o.Resolves = append(b.o.Resolves, "chest_pain")
			} else {
				b.urgency(U, clinical.T("HEART ≤3 but ECG/troponin not yet available", "HEART ≤3 mas ECG/troponina ainda não disponíveis"))
			}
			b.rec(2, "ECG and troponin to confirm low risk before discharge", "ECG e troponina para confirmar baixo risco antes da alta")
		}
		if c.OnClass("pde5_inhibitor") || (hasSBP && sbp < 90) {
			b.avoid("class:nitrate", "nitrates are contraindicated with PDE5 inhibitors or hypotension", "nitratos são contraindicados com inibidores de PDE5 ou hipotensão")
		}
	}
	if c.Has("af") || strings.Contains(c.Text, "atrial fibrillation") {
		cha := scores.CHA2DS2VASc(scores.CHA2DS2VAScInput{HeartFailure: c.Has("heart_failure"), Hypertension: c.Has("hypertension") || c.OnClass("ace_inhibitor") || c.OnClass("arb"),
			Diabetes: c.Has("diabetes"), StrokeTIA: c.Hx("stroke_event") || c.Has("stroke_event") && c.Hx("stroke_event"), Vascular: c.Has("vascular_disease"), Female: c.Female(), Age: age})
		b.score("cha2ds2_vasc", float64(cha), "stroke risk in AF; anticoagulate at ≥2 (men) / ≥3 (women) (ESC 2020)", "risco de AVC na FA; anticoagular com ≥2 (homens) / ≥3 (mulheres) (ESC 2020)")
		b.ev("kb:af-cha2ds2vasc")
		anticoag := c.OnClass("anticoagulant")
		switch {
		case hasHR && hr > 110:
			unstable := (hasSBP && sbp < 90) || c.HasAny("chest_pain", "syncope", "presyncope") || triage.Altered(c)
			b.hypo("af_rvr", clinical.T("atrial fibrillation with rapid ventricular response", "fibrilação atrial com resposta ventricular rápida"), 0.8, false, "palpitations", "dyspnea")
			if unstable {
				b.urgency(E, clinical.T("haemodynamically unstable AF: synchronised cardioversion", "FA instável: cardioversão sincronizada"))
			} else {
				b.urgency(U, clinical.T("stable AF with rapid rate: same-day rate control", "FA estável com frequência alta: controle de frequência no mesmo dia"))
			}
			b.rec(1, "Rate control (beta-blocker or non-dihydropyridine calcium-channel blocker if no heart failure); check TSH, potassium, echo", "Controle de frequência (betabloqueador ou bloqueador de canal de cálcio não di-hidropiridínico se não houver IC); TSH, potássio, ecocardiograma")
			b.ev("kb:af-rate-control")
		default:
			b.hypo("af", clinical.T("atrial fibrillation", "fibrilação atrial"), 0.5, false)
		}
		if !anticoag && scores.AnticoagulationIndicated(cha, c.Female()) {
			b.rec(2, sp("CHA2DS2-VASc %d: start oral anticoagulation (a DOAC such as apixaban) after bleeding-risk review", cha), sp("CHA2DS2-VASc %d: iniciar anticoagulação oral (DOAC como apixabana) após avaliar risco de sangramento", cha), "apixaban")
		}
	}
	if inr, ok := c.LabValue("inr"); ok && c.OnClass("vka") {
		switch {
		case inr >= 5:
			bleeding := c.HasAny("bleeding", "bruising", "hematuria", "melena", "hematemesis")
			b.hypo("over_anticoagulation", clinical.T(sp("over-anticoagulation on warfarin (INR %.1f)", inr), sp("excesso de anticoagulação com varfarina (INR %.1f)", inr)), 0.85, false, "bleeding", "bruising")
			b.urgency(U, clinical.T("INR ≥5: same-day warfarin hold and vitamin K (ACCP/BSH)", "INR ≥5: suspender varfarina e vitamina K no mesmo dia (ACCP/BSH)"))
			if bleeding {
				b.rec(1, "Hold warfarin; oral vitamin K 1-2.5 mg (IV 5-10 mg plus prothrombin complex concentrate if major bleeding); recheck INR in 24 h", "Suspender varfarina; vitamina K oral 1-2,5 mg (EV 5-10 mg mais complexo protrombínico se sangramento grave); repetir INR em 24 h")
			} else {
				b.rec(1, "Hold warfarin; oral vitamin K if INR >10 or bleeding risk; recheck INR in 24 h", "Suspender varfarina; vitamina K oral se INR >10 ou alto risco de sangramento; repetir INR em 24 h")
			}
			b.avoid("class:nsaid", "bleeding risk while over-anticoagulated", "risco de sangramento com anticoagulação excessiva")
			b.ev("kb:warfarin-overanticoagulation")
		case inr >= 2 && inr <= 3:
			b.hypo("therapeutic_inr", clinical.T(sp("stable anticoagulation, INR %.1f in the 2-3 target range", inr), sp("anticoagulação estável, INR %.1f na faixa-alvo 2-3", inr)), 0.55, false)
			b.urgency(R, clinical.T("INR in range without bleeding: routine monitoring", "INR na faixa sem sangramento: monitorização de rotina"))
			b.rec(3, "Continue the current warfarin dose; next INR per the usual interval", "Manter a dose de varfarina; próximo INR no intervalo habitual")
		}
	}
	// (ankle oedema at a review documented as stable, with no breathlessness,
	// is the patient's baseline, not a decompensation)
	baselineOedema := c.Has("stable_chronic") && !c.HasAny("worsening", "dyspnea", "orthopnea")
	// (triage's hf_fluid_small: a gain under 2 kg with no breathlessness,
	// adjusted within days)
	if hasFlag(t, "hf_fluid_small") {
		b.hypo("hf_fluid_retention", clinical.T("mild fluid retention in known heart failure", "retenção hídrica leve em insuficiência cardíaca conhecida"), 0.6, false, "leg_edema")
		b.urgency(NU, clinical.T("weight gain under 2 kg without breathlessness: diuretic adjustment within days", "ganho de peso abaixo de 2 kg sem dispneia: ajustar diurético em poucos dias"))
		b.rec(2, "Increase the loop diuretic for a few days, daily weights, renal function and potassium within a week", "Aumentar o diurético de alça por alguns dias, peso diário, função renal e potássio em até uma semana", "furosemide")
	} else if c.Has("heart_failure") && (c.HasAny("dyspnea", "orthopnea") || c.Has("leg_edema") && !baselineOedema) {
		b.hypo("acute_heart_failure", clinical.T("decompensated heart failure", "insuficiência cardíaca descompensada"), 0.65, false, "dyspnea", "leg_edema")
		b.urgency(U, clinical.T("decompensated heart failure: same-day review", "IC descompensada: avaliação no mesmo dia"))
		b.rec(2, "IV loop diuretic, daily weights, renal function and potassium; BNP and echocardiogram", "Diurético de alça EV, peso diário, função renal e potássio; BNP e ecocardiograma", "furosemide")
		b.avoid("class:nsaid", "NSAIDs worsen heart failure", "AINEs pioram a insuficiência cardíaca")
		b.ev("kb:heart-failure-acute")
	}
	if c.Has("ecg_hyperk") {
		b.hypo("hyperkalaemia_ecg", clinical.T("ECG changes of hyperkalaemia (arrhythmia risk)", "alterações de ECG por hipercalemia (risco de arritmia)"), 0.85, true, "palpitations")
		b.urgency(E, clinical.T("hyperkalaemia with ECG changes", "hipercalemia com alteração de ECG"))
		b.rec(1, "IV calcium gluconate 10% 30 mL now for membrane stabilisation; continuous cardiac monitoring", "Gluconato de cálcio 10% 30 mL EV agora para estabilização de membrana; monitorização cardíaca contínua", "calcium gluconate")
		b.ev("kb:hyperkalaemia-uk-kidney")
	}
	if hasFlag(t, "hypertensive_emergency") {
		b.hypo("hypertensive_emergency", clinical.T("hypertensive emergency", "emergência hipertensiva"), 0.75, true)
		b.urgency(E, clinical.T("severe hypertension with end-organ symptoms", "hipertensão grave com sintomas de lesão de órgão-alvo"))
		b.rec(1, "IV antihypertensive with controlled reduction (no more than 25% in the first hour)", "Anti-hipertensivo EV com redução controlada (no máximo 25% na primeira hora)")
		b.ev("kb:hypertensive-emergency")
	}
	// Cardiac drug safety.
	res := safety.Check(c)
	for _, f := range res.Findings {
		if f.Alert.Kind != "drug_interaction" {
			continue
		}
		d := f.Alert.Drugs
		switch {
		case anyClass(d, "pde5_inhibitor") && anyClass(d, "nitrate"):
			b.hypo("nitrate_pde5", clinical.T("contraindicated nitrate + PDE5 inhibitor use", "uso contraindicado de nitrato com inibidor de PDE5"), 0.7, false)
			b.urgency(NU, clinical.T("contraindicated combination without current symptoms: stop now, review within 24-48 h", "associação contraindicada sem sintomas: suspender agora, rever em 24-48 h"))
			b.rec(1, "Stop the PDE5 inhibitor while on nitrates; never take within 24 h (sildenafil) or 48 h (tadalafil) of a nitrate", "Suspender o inibidor de PDE5 enquanto usar nitrato; nunca usar até 24 h (sildenafila) ou 48 h (tadalafila) de um nitrato")
			b.ev("kb:nitrate-pde5")
		case anyClass(d, "qt_known") && bothClass(d, "qt_known"):
			b.hypo("qt_risk", clinical.T("QT-prolongation risk from a drug combination", "risco de prolongamento do QT por associação de fármacos"), 0.55, false)
			b.urgency(NU, clinical.T("QT interaction without palpitations or syncope: ECG and drug review within 24-48 h", "interação de QT sem palpitações ou síncope: ECG e revisão em 24-48 h"))
			b.rec(2, "12-lead ECG with QTc; avoid the combination or choose a non-QT-prolonging alternative; correct potassium and magnesium", "ECG com QTc; evitar a associação ou escolher alternativa sem prolongar QT; corrigir potássio e magnésio")
			b.ev("kb:qt-drug-interactions")
		case contains(d, "digoxin"):
			b.hypo("digoxin_interaction", clinical.T("digoxin toxicity risk from an interacting drug", "risco de intoxicação digitálica por interação"), 0.6, false)
			if c.HasAny("nausea", "vomiting", "blurred_vision", "palpitations", "dizziness") || (hasHR && hr < 55) {
				b.urgency(U, clinical.T("symptoms compatible with digoxin toxicity", "sintomas compatíveis com intoxicação digitálica"))
			}
			b.rec(1, "Check digoxin level, potassium and ECG; halve the digoxin dose when combined with amiodarone", "Dosar digoxina, potássio e ECG; reduzir a digoxina pela metade com amiodarona")
			b.ev("kb:digoxin-toxicity")
		case contains(d, "clopidogrel") && anyClass(d, "cyp2c19_inhibitor"):
			b.rec(3, "Switch omeprazole/esomeprazole to pantoprazole to preserve clopidogrel activation", "Trocar omeprazol/esomeprazol por pantoprazol para preservar a ativação do clopidogrel", "pantoprazole")
			b.hypo("clopidogrel_ppi", clinical.T("stable coronary disease; clopidogrel-PPI interaction", "doença coronariana estável; interação clopidogrel-IBP"), 0.45, false)
		}
	}
	if b.o.Code == "" && (c.Has("palpitations") || (hasHR && hr > 100)) {
		b.hypo("palpitations", clinical.T("palpitations / sinus tachycardia to be characterised", "palpitações / taquicardia sinusal a esclarecer"), 0.35, false, "palpitations")
		b.rec(2, "12-lead ECG, TSH, electrolytes and full blood count", "ECG de 12 derivações, TSH, eletrólitos e hemograma")
	}
	if b.o.Code == "" && (c.Has("vascular_disease") || c.Has("hypertension")) {
		b.hypo("stable_cv_disease", clinical.T("stable cardiovascular disease / risk factor management", "doença cardiovascular estável / controle de fatores de risco"), 0.45, false)
		b.rec(3, "Continue secondary prevention; review blood pressure, lipids and adherence", "Manter prevenção secundária; rever pressão, lípides e adesão")
		b.ev("kb:hypertension-management")
	}
	if c.OnClass("pde5_inhibitor") {
		b.avoid("class:nitrate", "patient uses a PDE5 inhibitor", "paciente usa inibidor de PDE5")
	}
	return b.done()
}

func anyClass(drugs []string, class string) bool {
	for _, g := range drugs {
		if d, ok := clinical.DrugByName(g); ok && d.HasClass(class) {
			return true
		}
	}
	return false
}

func bothClass(drugs []string, class string) bool {
	for _, g := range drugs {
		if d, ok := clinical.DrugByName(g); !ok || !d.HasClass(class) {
			return false
		}
	}
	return len(drugs) > 1
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// Neurology: stroke (BE-FAST, thrombolysis window), subarachnoid haemorrhage
// (Ottawa SAH rule), seizures (status epilepticus, febrile, first seizure),
// head injury (NICE CT criteria), headache red flags.
func Neurology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("neurology", c, t)
	items := scores.BEFAST(c.Has("ataxia") && c.Has("sudden_onset"), c.HasAny("vision_loss"), c.Has("facial_droop"), c.Has("arm_weakness"), c.Has("speech"))
	b.o.Scores["befast_items"] = float64(len(items))
	// (a deficit present for more than two weeks is no stroke code: the
	// triage flag says subacute, and the neurologist sees it within a day)
	if len(items) > 0 && hasFlag(t, "neuro_deficit_subacute") && !hasFlag(t, "stroke_befast") {
		b.hypo("subacute_focal_deficit", clinical.T("focal neurological deficit for more than two weeks: imaging and neurology review", "déficit neurológico focal há mais de duas semanas: imagem e avaliação neurológica"), 0.6, false, "facial_droop", "arm_weakness", "speech", "vision_loss")
		b.urgency(U, clinical.T("subacute focal deficit: imaging within a day", "déficit focal subagudo: imagem em até um dia"))
	}
	if len(items) > 0 && hasFlag(t, "stroke_befast") {
		b.hypo("acute_stroke", clinical.T("acute stroke (BE-FAST positive: "+strings.Join(items, ", ")+")", "AVC agudo (BE-FAST positivo: "+strings.Join(items, ", ")+")"), 0.85, true, "facial_droop", "arm_weakness", "speech")
		b.urgency(E, clinical.T("suspected acute stroke: time-critical imaging and reperfusion", "suspeita de AVC agudo: imagem e reperfusão tempo-dependentes"))
		b.rec(1, "Stroke code: non-contrast CT head and CT angiography now; capillary glucose; time last known well", "Código AVC: TC de crânio sem contraste e angio-TC agora; glicemia capilar; horário em que foi visto bem pela última vez")
		if c.DurationHours >= 0 && c.DurationHours <= 4.5 && !c.OnClass("anticoagulant") {
			b.rec(1, "Within 4.5 h and no contraindication: IV thrombolysis (alteplase or tenecteplase); thrombectomy if large-vessel occlusion (up to 24 h)", "Dentro de 4,5 h e sem contraindicação: trombólise EV (alteplase ou tenecteplase); trombectomia se oclusão de grande vaso (até 24 h)", "alteplase")
		} else {
			b.rec(1, "Assess for thrombectomy (large-vessel occlusion up to 24 h); thrombolysis only within 4.5 h and without anticoagulation", "Avaliar trombectomia (oclusão de grande vaso até 24 h); trombólise apenas em até 4,5 h e sem anticoagulação")
			if c.DurationHours < 0 {
				b.missing("time_last_known_well")
			}
		}
		if inr, ok := c.LabValue("inr"); (ok && inr > 1.7) || c.OnClass("doac") {
			b.avoid("alteplase", "anticoagulated (INR >1.7 or DOAC): thrombolysis contraindicated", "anticoagulado (INR >1,7 ou DOAC): trombólise contraindicada")
		}
		b.ev("kb:stroke-befast-thrombolysis")
	}
	if c.Has("thunderclap") || hasFlag(t, "headache_red") {
		b.hypo("sah", clinical.T("subarachnoid haemorrhage until proven otherwise (Ottawa SAH rule positive)", "hemorragia subaracnóidea até prova em contrário (regra de Ottawa para HSA positiva)"), 0.85, true, "headache", "vomiting", "neck_stiffness", "syncope")
		b.urgency(E, clinical.T("thunderclap headache", "cefaleia em trovoada"))
		b.rec(1, "Non-contrast CT head now (sensitivity ~100% within 6 h); if negative after 6 h, lumbar puncture or CT angiography", "TC de crânio sem contraste agora (sensibilidade ~100% em 6 h); se negativa após 6 h, punção lombar ou angio-TC")
		b.avoid("class:antiplatelet", "possible intracranial haemorrhage", "possível hemorragia intracraniana")
		b.avoid("class:anticoagulant", "possible intracranial haemorrhage", "possível hemorragia intracraniana")
		b.ev("kb:sah-ottawa-rule")
	}
	if c.Has("head_injury") {
		anticoag := c.OnClass("anticoagulant")
		b.hypo("head_injury", clinical.T("head injury with risk of intracranial haemorrhage", "trauma craniano com risco de hemorragia intracraniana"), 0.6, anticoag, "head_injury", "headache", "vomiting")
		if hasFlag(t, "head_injury_high_risk") || hasFlag(t, "head_injury_ct") {
			b.hypo("head_injury_ich", clinical.T("head injury with features of intracranial haemorrhage", "trauma craniano com sinais de hemorragia intracraniana"), 0.85, true, "head_injury", "headache", "vomiting", "drowsy")
			b.urgency(E, clinical.T("head injury meeting NICE criteria for CT within 1 hour", "trauma craniano com critério NICE para TC em 1 hora"))
			b.rec(1, "CT head within 1 hour (NICE NG232); neuro observations every 30 min", "TC de crânio em até 1 hora (NICE NG232); avaliação neurológica a cada 30 min")
		} else if anticoag {
			b.urgency(U, clinical.T("anticoagulated head injury: CT within 8 hours", "trauma craniano anticoagulado: TC em até 8 horas"))
			b.rec(1, "CT head within 8 hours because of anticoagulation (NICE NG232)", "TC de crânio em até 8 horas pela anticoagulação (NICE NG232)")
		}
		if anticoag {
			b.rec(1, "Reverse anticoagulation if bleeding is confirmed or INR is high: vitamin K IV plus prothrombin complex concentrate (warfarin) or specific reversal (DOAC)", "Reverter anticoagulação se sangramento confirmado ou INR alto: vitamina K EV mais complexo protrombínico (varfarina) ou reversor específico (DOAC)")
			b.avoid("class:anticoagulant", "possible intracranial haemorrhage", "possível hemorragia intracraniana")
			b.avoid("class:antiplatelet", "possible intracranial haemorrhage", "possível hemorragia intracraniana")
		}
		b.ev("kb:head-injury-nice-ct")
	}
	if c.Has("status_epilepticus") {
		b.hypo("status_epilepticus", clinical.T("convulsive status epilepticus", "estado de mal epiléptico convulsivo"), 0.9, true, "seizure")
		b.urgency(E, clinical.T("seizure >5 min or recurrent without recovery", "crise >5 min ou recorrente sem recuperação"))
		b.rec(1, "Benzodiazepine now (IV lorazepam 4 mg or IM/buccal midazolam 10 mg), repeat once at 5 min; then IV levetiracetam 60 mg/kg or valproate (AES 2016)", "Benzodiazepínico agora (lorazepam EV 4 mg ou midazolam IM/bucal 10 mg), repetir uma vez em 5 min; depois levetiracetam EV 60 mg/kg ou valproato (AES 2016)", "lorazepam", "levetiracetam")
		b.rec(1, "Airway, oxygen, capillary glucose; treat hypoglycaemia", "Via aérea, oxigênio, glicemia capilar; tratar hipoglicemia")
		b.ev("kb:status-epilepticus")
	} else if c.Has("seizure") && !triage.ControlledEpilepsy(c) {
		switch {
		case hasFlag(t, "seizure_epilepsy_early_pregnancy"):
			b.hypo("breakthrough_seizure_pregnancy", clinical.T("breakthrough seizure in known epilepsy before 20 weeks", "crise em epilepsia conhecida antes de 20 semanas"), 0.7, false, "seizure")
			b.urgency(U, clinical.T("seizure in known epilepsy in early pregnancy: same-day dose review", "crise em epilepsia conhecida no início da gestação: rever dose no mesmo dia"))
		case c.Pregnant:
			b.hypo("eclamptic_seizure", clinical.T("seizure in pregnancy (eclampsia likely)", "convulsão na gestação (provável eclâmpsia)"), 0.7, true, "seizure")
			b.urgency(E, clinical.T("seizure in pregnancy", "convulsão na gestação"))
		case hasFlag(t, "febrile_seizure"):
			b.hypo("febrile_seizure", clinical.T("simple febrile seizure", "crise febril simples"), 0.75, false, "seizure", "fever")
			b.urgency(U, clinical.T("first febrile seizure: same-day assessment of the fever source (AAP)", "primeira crise febril: avaliação da febre no mesmo dia (AAP)"))
			b.rec(2, "Find the fever source and exclude meningitis; no routine EEG or neuroimaging for a simple febrile seizure (AAP 2011)", "Investigar a febre e excluir meningite; sem EEG ou neuroimagem de rotina na crise febril simples (AAP 2011)")
			b.rec(3, "Antipyretic for comfort (paracetamol); explain recurrence risk and seizure first aid", "Antitérmico para conforto (paracetamol); orientar sobre recorrência e primeiros socorros", "acetaminophen")
			b.ev("kb:febrile-seizure")
		case hasFlag(t, "seizure_typical_epilepsy"):
			b.hypo("breakthrough_seizure", clinical.T("typical seizure in known epilepsy, recovered", "crise típica em epilepsia conhecida, recuperado"), 0.7, false, "seizure")
			b.urgency(NU, clinical.T("typical seizure with full recovery in known epilepsy: review with the usual team within days (NICE NG217)", "crise típica com recuperação em epilepsia conhecida: revisar com a equipe habitual em poucos dias (NICE NG217)"))
			b.rec(2, "Check adherence, triggers and drug levels; adjust antiseizure medication; seizure safety and driving advice", "Verificar adesão, fatores desencadeantes e níveis; ajustar anticonvulsivante; orientar segurança e direção")
		case c.Has("epilepsy"):
			b.hypo("breakthrough_seizure", clinical.T("breakthrough seizure in known epilepsy", "crise em paciente com epilepsia conhecida"), 0.6, false, "seizure")
			b.urgency(U, clinical.T("recovered breakthrough seizure: same-day review of adherence and levels", "crise com recuperação: rever adesão e níveis no mesmo dia"))
			b.rec(2, "Check adherence, triggers and drug levels; adjust antiseizure medication", "Verificar adesão, fatores desencadeantes e níveis; ajustar anticonvulsivante")
		case hasFlag(t, "first_seizure_assessed"):
			b.hypo("first_seizure", clinical.T("first seizure, already assessed with normal tests", "primeira crise, já avaliada com exames normais"), 0.6, false, "seizure")
			b.urgency(NU, clinical.T("first seizure assessed and recovered: first-seizure clinic within two weeks (NICE NG217)", "primeira crise avaliada e recuperada: ambulatório em até duas semanas (NICE NG217)"))
		default:
			b.hypo("first_seizure", clinical.T("first seizure", "primeira crise convulsiva"), 0.6, false, "seizure")
			b.urgency(U, clinical.T("first unprovoked seizure: same-day assessment, imaging and driving advice", "primeira crise não provocada: avaliação no mesmo dia, imagem e orientação sobre direção"))
			b.rec(2, "Glucose, electrolytes, ECG and neuroimaging; first-seizure clinic (NICE NG217)", "Glicose, eletrólitos, ECG e neuroimagem; ambulatório de primeira crise (NICE NG217)")
			b.ev("kb:first-seizure")
		}
	}
	if c.Has("headache") && b.o.Code == "" {
		// (the fever of an arbovirus with its retro-orbital headache and
		// no neck stiffness or confusion is the infection's, graded by the
		// dengue rules)
		arboFever := c.Has("dengue") && !c.HasAny("neck_stiffness", "confusion", "seizure") && !triage.Altered(c)
		redFlags := c.HasAny("fever", "neck_stiffness", "confusion", "vision_loss", "seizure", "cancer", "immunosuppressed") && !(arboFever && !c.HasAny("vision_loss", "cancer", "immunosuppressed")) ||
			c.Pregnant && !typicalMigraineEarlyPregnancy(c) && !pregnancyHeadacheScreened(c) || c.AgeOr(30) >= 50 && c.DurationHours >= 0 && c.DurationHours < 24*30
		if redFlags {
			b.hypo("secondary_headache", clinical.T("headache with red flags (SNOOP): secondary cause to exclude", "cefaleia com sinais de alerta (SNOOP): excluir causa secundária"), 0.55, true, "headache")
			b.urgency(U, clinical.T("headache red flags", "sinais de alerta na cefaleia"))
		} else {
			b.hypo("primary_headache", clinical.T("primary headache (migraine or tension-type) without red flags", "cefaleia primária (enxaqueca ou tensional) sem sinais de alerta"), 0.55, false, "headache")
			b.rec(3, "Simple analgesia (paracetamol or an NSAID) early in the attack, headache diary, avoid medication overuse", "Analgesia simples (paracetamol ou AINE) no início da crise, diário de cefaleia, evitar uso excessivo de analgésicos", "acetaminophen", "ibuprofen")
			b.ev("kb:headache-red-flags")
		}
	}
	if b.o.Code == "" && c.HasAny("dizziness", "ataxia") {
		b.hypo("dizziness", clinical.T("dizziness / vertigo to characterise (HINTS examination)", "tontura / vertigem a caracterizar (exame HINTS)"), 0.4, false, "dizziness")
	}
	if b.o.Code == "" && c.Has("tremor") {
		if c.OnDrug("lithium") {
			b.hypo("drug_tremor", clinical.T("fine tremor, probably lithium-related", "tremor fino, provavelmente relacionado ao lítio"), 0.5, false, "tremor")
		} else {
			b.hypo("tremor", clinical.T("tremor to characterise", "tremor a caracterizar"), 0.4, false, "tremor")
		}
	}
	return b.done()
}

// usualHeadacheRx: an attack like the patient's usual ones.
var usualHeadacheRx = regexp.MustCompile(`\b(like|same as|typical of|identical to|similar to) (her|his|their|my|the) (usual|normal|previous|typical|other) (\w+ )?(migraines?|headaches?|attacks?)|\b(this|the) attack is typical|\btypical (migraine|attack)|\b(igual|parecid[ao]|como) (as|às|a) (suas |minhas )?(outras |crises |enxaquecas )(de sempre|anteriores|habituais)?`)

// typicalMigraineEarlyPregnancy: a migraine like the usual ones before
// 20 weeks with a normal blood pressure is not a pregnancy red flag
// (pre-eclampsia begins after 20 weeks; SNOOP4 flags a new or changed
// headache in pregnancy).
// pregnancyHeadacheScreened: a mild headache in pregnancy whose
// pre-eclampsia screen was done and normal — blood pressure under
// 140/90, no proteinuria on the dipstick, no visual symptoms, no
// epigastric pain (NICE NG133) — and that settled with paracetamol: a
// tension-type headache reviewed within days.
func pregnancyHeadacheScreened(c *clinical.Case) bool {
	v := c.Vitals
	if v.SystolicBP == nil || *v.SystolicBP >= 140 || v.DiastolicBP == nil || *v.DiastolicBP >= 90 || c.Severity > 6 {
		return false
	}
	t := clinical.Fold(c.Text)
	if !noProteinuriaRx.MatchString(t) {
		return false
	}
	return !c.HasAny("vision_loss", "blurred_vision", "seizure", "confusion", "neck_stiffness", "fever", "abdominal_pain", "preeclampsia", "sudden_onset", "thunderclap") && !triage.Altered(c)
}

// noProteinuriaRx: a urine dipstick without protein.
var noProteinuriaRx = regexp.MustCompile(`\b(protein\w* (\w+ ){0,3}(negative|negativa|neg|nil|ausente|absent|none)|(no|sem|nega) proteinuri\w*|(urine|urina|dipstick|fita) (\w+ ){0,3}(negative|negativa|normal|sem alteracoes)( for protein| para proteina)?|proteinuria de fita negativa)\b`)

func typicalMigraineEarlyPregnancy(c *clinical.Case) bool {
	if c.GestWeeks <= 0 || c.GestWeeks >= 20 || !usualHeadacheRx.MatchString(clinical.Fold(c.Text)) {
		return false
	}
	if v := c.Vitals; v.SystolicBP != nil && *v.SystolicBP >= 140 || v.DiastolicBP != nil && *v.DiastolicBP >= 90 {
		return false
	}
	return !c.HasAny("vision_loss", "blurred_vision", "seizure", "confusion", "neck_stiffness", "fever")
}
