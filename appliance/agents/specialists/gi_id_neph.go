package specialists

import (
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/scores"
	"github.com/agnomedical/agno/appliance/agents/triage"
)

// Gastroenterology: upper GI bleeding (Glasgow-Blatchford), appendicitis
// (Alvarado), gastroenteritis and dehydration, biliary disease, obstruction.
func Gastroenterology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("gastroenterology", c, t)
	v := c.Vitals
	temp, hasT := val(v.TemperatureC)
	if c.HasAny("hematemesis", "melena") {
		gbs, miss := scores.GlasgowBlatchford(scores.GBSInput{BUN: labPtr(c, "bun"), Hemoglobin: labPtr(c, "hemoglobin"), SBP: v.SystolicBP, HR: v.HeartRate,
			Male: c.Sex == "male", Melena: c.Has("melena"), Syncope: c.HasAny("syncope", "presyncope"), HepaticDisease: c.Has("liver_disease"), CardiacFailure: c.Has("heart_failure")})
		b.missing(miss...)
		b.score("glasgow_blatchford", float64(gbs), "Glasgow-Blatchford (0 = outpatient; ≥7 = likely to need intervention)", "Glasgow-Blatchford (0 = ambulatorial; ≥7 = provável intervenção)")
		b.hypo("upper_gi_bleed", clinical.T(sp("upper gastrointestinal bleeding (Glasgow-Blatchford %d)", gbs), sp("hemorragia digestiva alta (Glasgow-Blatchford %d)", gbs)), 0.8, true, "hematemesis", "melena", "syncope", "presyncope")
		switch {
		case hasFlag(t, "gi_bleed_unstable"):
			b.urgency(E, clinical.T("upper GI bleed with haemodynamic compromise: resuscitation and urgent endoscopy", "HDA com instabilidade hemodinâmica: ressuscitação e endoscopia urgente"))
		case hasFlag(t, "gi_bleed_low_risk"):
			b.urgency(NU, clinical.T("Glasgow-Blatchford 0 with every part measured: outpatient assessment (NICE CG141)", "Glasgow-Blatchford 0 com todos os itens medidos: avaliação ambulatorial (NICE CG141)"))
		case gbs >= 7:
			b.urgency(U, clinical.T("Glasgow-Blatchford ≥7 but stable: same-day admission, endoscopy within 24 h", "Glasgow-Blatchford ≥7 mas estável: internação no mesmo dia, endoscopia em até 24 h"))
		default:
			b.urgency(U, clinical.T("upper GI bleed: same-day assessment", "HDA: avaliação no mesmo dia"))
		}
		b.rec(1, "Two large-bore IV lines, group and crossmatch, restrictive transfusion (Hb <7 g/dL; <8 with cardiovascular disease)", "Dois acessos calibrosos, tipagem e prova cruzada, transfusão restritiva (Hb <7 g/dL; <8 se doença cardiovascular)")
		b.rec(1, "IV proton-pump inhibitor after endoscopy for high-risk stigmata; endoscopy within 24 h (NICE CG141)", "Inibidor de bomba de prótons EV após endoscopia com estigmas de alto risco; endoscopia em até 24 h (NICE CG141)", "pantoprazole")
		if c.Has("liver_disease") {
			b.rec(1, "Suspected variceal bleed: terlipressin and antibiotic prophylaxis before endoscopy", "Suspeita de sangramento varicoso: terlipressina e antibiótico profilático antes da endoscopia")
		}
		b.avoid("class:nsaid", "active gastrointestinal bleeding", "sangramento digestivo ativo")
		b.avoid("class:antiplatelet", "active gastrointestinal bleeding (continue low-dose aspirin only for strong secondary prevention, after specialist review)", "sangramento digestivo ativo (manter AAS apenas em prevenção secundária forte, após avaliação)")
		b.avoid("class:anticoagulant", "active gastrointestinal bleeding", "sangramento digestivo ativo")
		b.ev("kb:ugib-glasgow-blatchford")
	}
	if c.HasAny("rlq_pain", "pain_migration") || (c.Has("abdominal_pain") && c.Has("peritonism")) {
		wbc, hasW := c.LabValue("wbc")
		alv := scores.Alvarado(scores.AlvaradoInput{Migration: c.Has("pain_migration"), Anorexia: c.Has("anorexia"), NauseaVomiting: c.HasAny("nausea", "vomiting"),
			RLQTenderness: c.Has("rlq_pain"), Rebound: c.Has("peritonism"), Fever: (hasT && temp >= 37.3) || c.Has("fever"), Leukocytosis: hasW && wbc > 10})
		if !hasW {
			b.missing("wbc")
		}
		b.score("alvarado", float64(alv), "Alvarado (≥7 probable, 5-6 possible appendicitis)", "Alvarado (≥7 provável, 5-6 possível apendicite)")
		switch {
		case alv >= 7:
			b.hypo("appendicitis", clinical.T(sp("probable acute appendicitis (Alvarado %d)", alv), sp("provável apendicite aguda (Alvarado %d)", alv)), 0.85, true, "abdominal_pain", "rlq_pain", "nausea", "vomiting", "fever")
			b.urgency(U, clinical.T("probable appendicitis: same-day surgical review and imaging", "provável apendicite: avaliação cirúrgica e imagem no mesmo dia"))
		case alv >= 5:
			b.hypo("possible_appendicitis", clinical.T(sp("possible appendicitis (Alvarado %d)", alv), sp("possível apendicite (Alvarado %d)", alv)), 0.65, true, "abdominal_pain", "rlq_pain")
			b.urgency(U, clinical.T("possible appendicitis: same-day imaging", "possível apendicite: imagem no mesmo dia"))
		default:
			b.hypo("abdominal_pain_nonspecific", clinical.T("abdominal pain, appendicitis unlikely (Alvarado <5)", "dor abdominal, apendicite improvável (Alvarado <5)"), 0.45, false, "abdominal_pain")
		}
		b.rec(1, "Nil by mouth, IV fluids and analgesia (analgesia does not mask the diagnosis); surgical review", "Jejum, hidratação EV e analgesia (não mascara o diagnóstico); avaliação cirúrgica")
		b.ev("kb:appendicitis-alvarado")
	}
	if c.Has("bowel_obstruction") {
		b.hypo("bowel_obstruction", clinical.T("bowel obstruction", "obstrução intestinal"), 0.7, true, "abdominal_pain", "vomiting")
		b.urgency(U, clinical.T("bowel obstruction: surgical assessment today", "obstrução intestinal: avaliação cirúrgica hoje"))
		b.rec(1, "Nil by mouth, nasogastric decompression, IV fluids and electrolytes, CT abdomen", "Jejum, sonda nasogástrica, hidratação EV e eletrólitos, TC de abdome")
		b.ev("kb:acute-abdomen")
	}
	if c.Has("biliary") {
		b.hypo("biliary", clinical.T("gallstone disease (biliary colic / cholecystitis)", "litíase biliar (cólica biliar / colecistite)"), 0.6, false, "abdominal_pain")
		if c.HasAny("fever", "jaundice") {
			b.urgency(U, clinical.T("biliary pain with fever or jaundice", "dor biliar com febre ou icterícia"))
		}
	}
	// (vomiting in early pregnancy while still eating and drinking is the
	// sickness of pregnancy, which the triage grades)
	if c.HasAny("diarrhea", "vomiting") && b.o.Code == "" && !triage.DKALike(c) && !hasFlag(t, "pregnancy_common_symptom") {
		dehydrated := c.Has("dehydration") || (v.HeartRate != nil && *v.HeartRate > 100 && !c.IsChild())
		b.hypo("gastroenteritis", clinical.T("acute gastroenteritis", "gastroenterite aguda"), 0.65, false, "diarrhea", "vomiting", "nausea", "abdominal_pain")
		switch {
		case hasFlag(t, "improving_after_care") && !dehydrated:
			// the bug has passed: nothing left to assess
			b.urgency(R, clinical.T("gastroenteritis already settled", "gastroenterite já resolvida"))
		case dehydrated:
			b.urgency(U, clinical.T("gastroenteritis with dehydration", "gastroenterite com desidratação"))
			b.rec(1, "Assess dehydration; oral rehydration or IV fluids if unable to keep fluids down", "Avaliar desidratação; reidratação oral ou EV se não tolerar líquidos", "oral rehydration salts")
		default:
			b.urgency(NU, clinical.T("gastroenteritis without dehydration or red flags", "gastroenterite sem desidratação ou sinais de alerta"))
			b.rec(2, "Oral rehydration solution and fluids; no antibiotics; return if blood in stool, persistent vomiting or reduced urine", "Soro de reidratação oral e líquidos; sem antibiótico; retornar se sangue nas fezes, vômitos persistentes ou pouca urina", "oral rehydration salts")
		}
		b.ev("kb:gastroenteritis-ors")
	}
	if c.Has("rectal_bleeding") && b.o.Code == "" {
		b.hypo("lower_gi_bleed", clinical.T("rectal bleeding", "sangramento retal"), 0.5, false, "rectal_bleeding")
		b.rec(2, "Digital rectal examination, full blood count; colonoscopy referral if over 50 or with change in bowel habit", "Toque retal, hemograma; colonoscopia se acima de 50 anos ou alteração do hábito intestinal")
	}
	// (a baby's jaundice is graded by the newborn rules in triage)
	if c.Has("jaundice") && b.o.Code == "" && !(c.IsChild() && c.AgeOr(1) < 0.25) {
		b.hypo("jaundice", clinical.T("jaundice to investigate", "icterícia a investigar"), 0.5, false, "jaundice")
		b.urgency(U, clinical.T("new jaundice: liver tests and ultrasound", "icterícia nova: provas hepáticas e ultrassonografia"))
	}
	if c.Has("abdominal_pain") && b.o.Code == "" {
		b.hypo("abdominal_pain", clinical.T("abdominal pain without peritonism", "dor abdominal sem irritação peritoneal"), 0.4, false, "abdominal_pain")
		b.rec(2, "Examination, urinalysis, pregnancy test in women of child-bearing age, blood tests as indicated", "Exame físico, urina tipo 1, teste de gravidez em mulheres em idade fértil, exames conforme indicação")
	}
	return b.done()
}

// InfectiousDisease: sepsis (qSOFA, NICE NG51), pharyngitis (Centor/McIsaac),
// cellulitis (Eron), urinary infection, meningitis, febrile neutropenia.
func InfectiousDisease(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("infectious_disease", c, t)
	v := c.Vitals
	temp, hasT := val(v.TemperatureC)
	hr, _ := val(v.HeartRate)
	if q, ok := t.Scores["qsofa"]; ok {
		b.score("qsofa", q, "qSOFA (≥2: high risk of poor outcome)", "qSOFA (≥2: alto risco de desfecho ruim)")
	}
	if lac, ok := c.LabValue("lactate"); ok {
		b.o.Scores["lactate"] = lac
	}
	switch {
	case hasFlag(t, "meningococcal") || (c.Has("meningitis")) || (c.Has("neck_stiffness") && c.Has("fever") && c.Has("headache")):
		b.hypo("meningococcal_or_meningitis", clinical.T("bacterial meningitis / meningococcal septicaemia", "meningite bacteriana / meningococcemia"), 0.85, true, "fever", "nonblanching_rash", "headache", "neck_stiffness", "drowsy")
		b.urgency(E, clinical.T("suspected meningococcal disease: parenteral antibiotics immediately", "suspeita de doença meningocócica: antibiótico parenteral imediato"))
		b.rec(1, "IV/IM ceftriaxone immediately (do not delay for lumbar puncture); blood cultures; notify public health", "Ceftriaxona EV/IM imediatamente (não atrasar pela punção lombar); hemoculturas; notificar a vigilância", "ceftriaxone")
		b.ev("kb:meningococcal-disease")
	case hasFlag(t, "neutropenic_sepsis") || hasFlag(t, "neutropenic_fever"):
		b.hypo("febrile_neutropenia", clinical.T("febrile neutropenia", "neutropenia febril"), 0.85, true, "fever")
		b.urgency(E, clinical.T("neutropenic sepsis: antibiotics within 1 hour (NICE CG151)", "sepse neutropênica: antibiótico em 1 hora (NICE CG151)"))
		b.rec(1, "Piperacillin-tazobactam IV within 1 hour of arrival", "Piperacilina-tazobactam EV em até 1 hora da chegada", "piperacillin")
		b.ev("kb:neutropenic-sepsis")
	case hasFlag(t, "sepsis_high_risk"):
		b.hypo("sepsis", clinical.T("sepsis (high-risk criteria met)", "sepse (critérios de alto risco)"), 0.85, true, "fever", "confusion")
		b.urgency(E, clinical.T("sepsis with organ dysfunction", "sepse com disfunção orgânica"))
		b.rec(1, "Cultures then empirical IV antibiotics for the likely source within 1 hour; lactate and fluids", "Culturas e antibiótico EV empírico para o foco provável em 1 hora; lactato e volume", "ceftriaxone")
		b.ev("kb:sepsis-qsofa-nice-ng51")
	}
	if c.Has("sore_throat") && (c.HasAny("tonsillar_exudate", "cervical_nodes", "fever") || (hasT && temp >= 38)) {
		centor, mc := scores.Centor(scores.CentorInput{TonsillarExudate: c.Has("tonsillar_exudate"), TenderAnteriorNodes: c.Has("cervical_nodes"),
			Fever: c.Has("fever") || (hasT && temp > 38), NoCough: c.Denied("cough") || !c.Has("cough"), Age: c.AgeOr(30)})
		b.score("centor", float64(centor), "Centor (≥3: consider testing/antibiotics; 4: probable streptococcal)", "Centor (≥3: considerar teste/antibiótico; 4: provável estreptococo)")
		b.o.Scores["mcisaac"] = float64(mc)
		if c.Has("ent_deep_infection") {
			b.hypo("deep_neck_infection", clinical.T("peritonsillar abscess or deep neck infection", "abscesso periamigdaliano ou infecção cervical profunda"), 0.75, true, "sore_throat")
			b.urgency(U, clinical.T("signs of deep neck infection", "sinais de infecção cervical profunda"))
		} else if centor >= 3 {
			b.hypo("strep_pharyngitis", clinical.T(sp("probable streptococcal pharyngitis (Centor %d)", centor), sp("provável faringite estreptocócica (Centor %d)", centor)), 0.7, false, "sore_throat", "fever")
			b.urgency(NU, clinical.T("pharyngitis without airway compromise", "faringite sem comprometimento de via aérea"))
			b.rec(2, "Rapid strep test or empirical phenoxymethylpenicillin for 10 days (IDSA/NICE NG84)", "Teste rápido para estreptococo ou penicilina V empírica por 10 dias (IDSA/NICE NG84)", "phenoxymethylpenicillin")
		} else {
			b.hypo("viral_pharyngitis", clinical.T(sp("probable viral pharyngitis (Centor %d)", centor), sp("provável faringite viral (Centor %d)", centor)), 0.6, false, "sore_throat")
			b.urgency(NU, clinical.T("low Centor score: symptomatic care", "Centor baixo: tratamento sintomático"))
			b.rec(3, "No antibiotic; analgesia and fluids", "Sem antibiótico; analgesia e hidratação", "acetaminophen")
		}
		b.ev("kb:pharyngitis-centor")
	}
	if c.Has("cellulitis") {
		// (the systemic features are triage's reading: a fever gone on a
		// normal temperature, or lactational mastitis, is class I)
		class := 1
		if hasFlag(t, "cellulitis_systemic") || hr > 100 {
			class = 2
		}
		if t.Level == triage.Emergency || c.Has("necrotizing") {
			class = 3
		}
		b.score("eron_class", float64(class), "Eron class (I outpatient; II may need IV/same-day review; III-IV admit)", "classe de Eron (I ambulatorial; II pode exigir EV/revisão no dia; III-IV internar)")
		b.hypo("cellulitis", clinical.T(sp("cellulitis, Eron class %d", class), sp("celulite, classe de Eron %d", class)), 0.75, class >= 3, "cellulitis", "fever")
		switch class {
		case 1:
			if t.Level == triage.Routine && c.Has("recovering") && !c.Has("worsening") {
				// settling on a course already given: the planned review
				// (and the switch to tablets) is routine (NICE NG141)
				b.urgency(R, clinical.T("cellulitis settling on treatment: review at the planned visit", "celulite melhorando com o tratamento: revisão na consulta programada"))
			} else {
				b.urgency(NU, clinical.T("cellulitis without systemic features", "celulite sem sinais sistêmicos"))
			}
		case 2:
			b.urgency(U, clinical.T("cellulitis with systemic features (Eron II)", "celulite com sinais sistêmicos (Eron II)"))
		default:
			b.urgency(E, clinical.T("severe soft-tissue infection", "infecção de partes moles grave"))
		}
		b.rec(1, "Flucloxacillin (or cefalexin) for 5-7 days; mark the margins and review at 48 h (NICE NG141)", "Flucloxacilina (ou cefalexina) por 5-7 dias; demarcar bordas e reavaliar em 48 h (NICE NG141)", "flucloxacillin")
		b.ev("kb:cellulitis-eron")
	}
	if c.Has("dysuria") || c.Has("urinary_frequency") {
		upper := c.Has("flank_pain") || (hasT && temp >= 38) || c.Has("fever")
		switch {
		case upper:
			b.hypo("pyelonephritis", clinical.T("upper urinary tract infection (pyelonephritis)", "infecção urinária alta (pielonefrite)"), 0.7, false, "dysuria", "fever", "flank_pain")
			b.urgency(U, clinical.T("pyelonephritis: same-day assessment", "pielonefrite: avaliação no mesmo dia"))
			b.rec(1, "Urine culture; oral ciprofloxacin or cefalexin for 7 days, or IV if vomiting or septic (NICE NG111)", "Urocultura; ciprofloxacino ou cefalexina oral por 7 dias, ou EV se vômitos ou sepse (NICE NG111)", "cephalexin")
		case c.Pregnant:
			b.hypo("uti_pregnancy", clinical.T("urinary tract infection in pregnancy", "infecção urinária na gestação"), 0.65, false, "dysuria")
			b.urgency(NU, clinical.T("lower UTI in pregnancy: treat and culture", "ITU baixa na gestação: tratar e fazer cultura"))
		default:
			b.hypo("uncomplicated_cystitis", clinical.T("uncomplicated lower urinary tract infection", "infecção urinária baixa não complicada"), 0.7, false, "dysuria", "urinary_frequency")
			b.urgency(NU, clinical.T("uncomplicated cystitis", "cistite não complicada"))
			b.rec(2, "Nitrofurantoin 100 mg twice daily for 5 days (IDSA/NICE NG109)", "Nitrofurantoína 100 mg de 12/12 h por 5 dias (IDSA/NICE NG109)", "nitrofurantoin")
		}
		b.ev("kb:uti-uncomplicated")
	}
	if b.o.Code == "" && (c.Has("fever") || (hasT && temp >= 38)) {
		if c.Has("travel") {
			b.hypo("fever_returned_traveller", clinical.T("fever in a returned traveller (malaria to exclude)", "febre após viagem (excluir malária)"), 0.6, true, "fever")
			b.urgency(U, clinical.T("fever after travel", "febre após viagem"))
			b.rec(1, "Malaria rapid test and thick/thin films today", "Teste rápido e gota espessa para malária hoje")
		} else if c.HasAny("rhinorrhea", "cough", "sore_throat") {
			b.hypo("viral_infection", clinical.T("probable viral respiratory infection", "provável infecção respiratória viral"), 0.5, false, "fever", "cough")
			b.urgency(NU, clinical.T("fever with viral features and normal observations", "febre com quadro viral e sinais vitais normais"))
		} else {
			b.hypo("fever_unknown_source", clinical.T("fever without a clear source", "febre sem foco definido"), 0.4, false, "fever")
		}
	}
	if c.Has("zoster") {
		complicated := c.Has("ophthalmic_zoster") || hasFlag(t, "zoster_complicated") // (HIV with a suppressed load is not low immunity here)
		b.hypo("herpes_zoster", clinical.T(map[bool]string{true: "complicated herpes zoster (eye involvement or immunosuppression)", false: "uncomplicated herpes zoster"}[complicated],
			map[bool]string{true: "herpes-zóster complicado (ocular ou imunossupressão)", false: "herpes-zóster não complicado"}[complicated]), 0.8, complicated, "zoster", "rash")
		if complicated {
			b.urgency(U, clinical.T("zoster with eye involvement or immunosuppression: same-day antivirals and ophthalmology", "zóster ocular ou em imunossuprimido: antiviral e oftalmologia no mesmo dia"))
		} else {
			b.urgency(NU, clinical.T("uncomplicated zoster: start antivirals within 72 h of rash onset", "zóster não complicado: antiviral em até 72 h do início"))
		}
		b.rec(1, "Oral aciclovir 800 mg five times daily (or valaciclovir) for 7 days if within 72 h of rash onset, age >50 or severe pain; analgesia (NICE CKS)", "Aciclovir oral 800 mg 5x/dia (ou valaciclovir) por 7 dias se até 72 h do início, idade >50 ou dor intensa; analgesia (NICE CKS)", "acyclovir")
		b.ev("kb:herpes-zoster")
	}
	// Antibiotic allergy stewardship.
	for _, al := range c.Allergies {
		if al.Class == "penicillin" || al.Generic == "amoxicillin" {
			b.rec(2, "Documented penicillin allergy: avoid penicillins; consider allergy testing/delabelling when stable (most labels are not true allergy)", "Alergia a penicilina documentada: evitar penicilinas; considerar teste/desrotulagem quando estável (a maioria não é alergia verdadeira)")
			b.ev("kb:penicillin-allergy")
			break
		}
	}
	return b.done()
}

// Nephrology: acute kidney injury (KDIGO), hyperkalaemia (UK Kidney
// Association 2020), dysnatraemia, renal colic, nephrotoxic drug combinations.
func Nephrology(c *clinical.Case, t *triage.Result) Opinion {
	b := newBuilder("nephrology", c, t)
	cr, hasCr := c.LabValue("creatinine")
	var baseline float64
	for _, l := range c.Labs {
		if l.Analyte == "creatinine" && l.Source == "text" && (containsAny(c.Text, "baseline", "basal", "previous", "previa", "anterior")) {
			baseline = l.Value
		}
	}
	if v, ok := c.BaselineCreatinine(); ok && baseline == 0 && hasCr && cr > v {
		baseline = v
	}
	if hasCr && baseline > 0 && cr > baseline {
		st := scores.KDIGOStage(baseline, cr)
		b.o.Scores["kdigo_stage"] = float64(st)
		if st > 0 {
			b.hypo("aki", clinical.T(sp("acute kidney injury, KDIGO stage %d (creatinine %.1f from baseline %.1f mg/dL)", st, cr, baseline), sp("lesão renal aguda, KDIGO estágio %d (creatinina %.1f, basal %.1f mg/dL)", st, cr, baseline)), 0.75, false, "oliguria")
			b.urgency(U, clinical.T("acute kidney injury", "lesão renal aguda"))
		}
	} else if hasCr && cr >= 1.5 && b.o.Code == "" {
		b.hypo("raised_creatinine", clinical.T(sp("raised creatinine %.1f mg/dL (acute vs chronic to be defined)", cr), sp("creatinina elevada %.1f mg/dL (aguda vs crônica a definir)", cr)), 0.55, false)
		b.missing("baseline_creatinine")
	}
	if hasCr && cr >= 1.5 {
		b.rec(2, "Stop nephrotoxins (NSAIDs), hold ACE inhibitor/ARB, diuretics and metformin while creatinine is rising (sick-day rules); fluid status and urine output", "Suspender nefrotóxicos (AINEs), pausar IECA/BRA, diuréticos e metformina enquanto a creatinina sobe; avaliar volemia e diurese")
		b.avoid("class:nsaid", "acute kidney injury / impaired renal function", "lesão renal aguda / função renal reduzida")
		b.ev("kb:aki-kdigo")
	}
	if k, ok := c.LabValue("potassium"); ok && k >= 5.5 {
		sev := "mild"
		switch {
		case k >= 6.5:
			sev = "severe"
		case k >= 6.0:
			sev = "moderate"
		}
		ecg := c.Has("ecg_hyperk")
		b.hypo("hyperkalaemia", clinical.T(sp("%s hyperkalaemia (K %.1f mmol/L)%s", sev, k, map[bool]string{true: " with ECG changes", false: ""}[ecg]), sp("hipercalemia %s (K %.1f mmol/L)%s", map[string]string{"mild": "leve", "moderate": "moderada", "severe": "grave"}[sev], k, map[bool]string{true: " com alterações de ECG", false: ""}[ecg])), 0.85, k >= 6.0, "arm_weakness", "palpitations")
		if sev == "severe" || ecg {
			b.urgency(E, clinical.T("severe hyperkalaemia or ECG changes: emergency treatment", "hipercalemia grave ou alteração de ECG: tratamento de emergência"))
			b.rec(1, "IV calcium gluconate 10% 30 mL if ECG changes; insulin 10 units with glucose 25 g IV; nebulised salbutamol 10-20 mg; cardiac monitoring (UKKA 2020)", "Gluconato de cálcio 10% 30 mL EV se alteração de ECG; insulina 10 U com glicose 25 g EV; salbutamol nebulizado 10-20 mg; monitorização cardíaca (UKKA 2020)", "calcium gluconate", "insulin regular", "salbutamol")
		} else if sev == "moderate" {
			b.urgency(U, clinical.T("hyperkalaemia: same-day repeat and treatment", "hipercalemia: repetir e tratar no mesmo dia"))
			b.rec(1, "Repeat potassium and ECG today; review potassium-raising drugs and diet", "Repetir potássio e ECG hoje; rever fármacos e dieta que elevam potássio")
		} else {
			// UK Kidney Association 2020: mild (5.5-5.9) with a normal ECG,
			// repeat within three days and stop the culprit drugs.
			b.urgency(NU, clinical.T("mild hyperkalaemia with no ECG changes: repeat within 3 days, review potassium-raising drugs (UKKA 2020)", "hipercalemia leve sem alteração de ECG: repetir em 3 dias, rever fármacos (UKKA 2020)"))
			b.rec(1, "Repeat potassium within 3 days; stop or reduce potassium-raising drugs (trimethoprim, spironolactone, ACE inhibitors) and review diet", "Repetir potássio em 3 dias; suspender ou reduzir fármacos que elevam potássio e rever dieta")
		}
		b.avoid("class:potassium_sparing", "hyperkalaemia", "hipercalemia")
		b.avoid("class:potassium_supplement", "hyperkalaemia", "hipercalemia")
		b.avoid("class:ace_inhibitor", "hyperkalaemia (hold until potassium is normal)", "hipercalemia (pausar até normalizar)")
		b.avoid("class:arb", "hyperkalaemia (hold until potassium is normal)", "hipercalemia (pausar até normalizar)")
		b.avoid("trimethoprim", "raises potassium", "eleva o potássio")
		b.ev("kb:hyperkalaemia-uk-kidney")
	}
	if k, ok := c.LabValue("potassium"); ok && k < 3.0 {
		b.hypo("hypokalaemia", clinical.T(sp("hypokalaemia (K %.1f mmol/L)", k), sp("hipocalemia (K %.1f mmol/L)", k)), 0.8, k < 2.5)
		if k < 2.5 {
			b.urgency(U, clinical.T("severe hypokalaemia: IV replacement with monitoring", "hipocalemia grave: reposição EV com monitorização"))
		} else {
			b.urgency(U, clinical.T("hypokalaemia: replace and find the cause", "hipocalemia: repor e investigar"))
		}
		b.rec(1, "ECG; potassium replacement (IV if <2.5 or symptomatic, max 10-20 mmol/h peripherally); check magnesium", "ECG; reposição de potássio (EV se <2,5 ou sintomático, máx. 10-20 mmol/h em veia periférica); dosar magnésio", "potassium chloride")
		b.ev("kb:hypokalaemia")
	}
	if na, ok := c.LabValue("sodium"); ok && na <= 130 {
		b.hypo("hyponatraemia", clinical.T(sp("hyponatraemia (Na %.0f mmol/L)", na), sp("hiponatremia (Na %.0f mmol/L)", na)), 0.75+b2f(na <= 120)*0.1, na <= 120, "confusion", "nausea")
		if na <= 125 && (c.HasAny("seizure", "confusion") || triage.Altered(c)) {
			b.urgency(E, clinical.T("symptomatic severe hyponatraemia", "hiponatremia grave sintomática"))
			b.rec(1, "3% hypertonic saline 150 mL bolus over 20 min for severe symptoms; repeat sodium", "Salina hipertônica 3% 150 mL em 20 min se sintomas graves; repetir sódio")
		} else if na <= 125 {
			b.urgency(U, clinical.T("severe hyponatraemia without severe symptoms: same-day work-up", "hiponatremia grave sem sintomas graves: investigação no mesmo dia"))
		}
		b.rec(1, "Limit correction to 8-10 mmol/L in 24 h (osmotic demyelination risk); serum and urine osmolality, urine sodium, volume status; review thiazides/SSRIs (ESE/ERA 2014)", "Limitar a correção a 8-10 mmol/L em 24 h (risco de desmielinização osmótica); osmolalidade sérica e urinária, sódio urinário, volemia; rever tiazídicos/ISRS")
		b.ev("kb:hyponatraemia-management")
	}
	if na, ok := c.LabValue("sodium"); ok && na >= 150 {
		b.hypo("hypernatraemia", clinical.T(sp("hypernatraemia (Na %.0f mmol/L)", na), sp("hipernatremia (Na %.0f mmol/L)", na)), 0.75, na >= 160)
		b.urgency(U, clinical.T("hypernatraemia", "hipernatremia"))
	}
	if c.Has("renal_colic") && !triage.ColicOver(c) && !triage.StoneWithoutPain(c) {
		b.hypo("renal_colic", clinical.T("renal colic (ureteric stone)", "cólica renal (cálculo ureteral)"), 0.7, false, "flank_pain", "abdominal_pain", "hematuria")
		switch {
		case hasFlag(t, "infected_obstruction"):
			b.urgency(E, clinical.T("obstructed infected kidney needs emergency decompression", "rim obstruído infectado exige descompressão de urgência"))
		case hasFlag(t, "obstructed_solitary_kidney"):
			b.urgency(E, clinical.T("obstructed solitary kidney or anuria needs emergency decompression", "rim único obstruído ou anúria exige desobstrução de emergência"))
		case hasFlag(t, "renal_colic_controlled"):
			b.urgency(NU, clinical.T("small stone with the pain controlled: medical expulsive therapy and review in 24-48 h", "cálculo pequeno com dor controlada: terapia expulsiva e reavaliação em 24-48 h"))
		default:
			b.urgency(U, clinical.T("renal colic: analgesia and imaging today", "cólica renal: analgesia e imagem hoje"))
		}
		if !(hasCr && cr >= 1.5) && !c.Pregnant && !c.OnClass("anticoagulant") {
			b.rec(1, "NSAID analgesia first line (IM/IV diclofenac or ketorolac), paracetamol if contraindicated (EAU 2024)", "Analgesia com AINE em primeira linha (diclofenaco ou cetorolaco IM/EV), paracetamol se contraindicado (EAU 2024)", "diclofenac")
		} else {
			b.rec(1, "Paracetamol IV and opioid if needed (NSAID avoided because of renal function, pregnancy or anticoagulation)", "Paracetamol EV e opioide se necessário (AINE evitado pela função renal, gestação ou anticoagulação)", "acetaminophen")
		}
		b.rec(2, "Non-contrast CT KUB; urology if stone >10 mm, infection or single kidney", "TC de vias urinárias sem contraste; urologia se cálculo >10 mm, infecção ou rim único")
		b.ev("kb:renal-colic-eau")
	}
	if c.OnDrug("lithium") && (c.OnClass("nsaid") || c.OnClass("ace_inhibitor") || c.OnClass("arb") || c.OnClass("thiazide")) {
		if b.o.Code == "" {
			b.hypo("lithium_nephrotoxic_combination", clinical.T("lithium with a drug that reduces its renal clearance", "lítio com fármaco que reduz sua depuração renal"), 0.55, false)
		}
		b.rec(1, "Lithium level and creatinine within days; stop the NSAID or choose an alternative antihypertensive", "Litemia e creatinina em poucos dias; suspender o AINE ou trocar o anti-hipertensivo")
		b.ev("kb:lithium-nephrotoxicity")
	}
	if c.Has("ckd") && b.o.Code == "" {
		b.hypo("ckd", clinical.T("chronic kidney disease", "doença renal crônica"), 0.5, false)
		b.avoid("class:nsaid", "chronic kidney disease", "doença renal crônica")
	}
	return b.done()
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
