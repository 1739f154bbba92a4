package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Results and reports that arrive without the patient: an ECG, a scan
// or a report read by a doctor who must decide whether to call the
// patient in today. Sources are in each comment.

var (
	// pulmonaryEmbolismRx: a pulmonary embolism named in a report.
	pulmonaryEmbolismRx = regexp.MustCompile(`\b(pulmonary embol\w*|pe|tromboembolismo pulmonar|tep|embolia pulmonar)\b`)
	// newAFRx: atrial fibrillation found for the first time.
	newAFRx = regexp.MustCompile(`\b(new(ly)?( \w+){0,3} (atrial fibrillation|af)|no (previous|prior|known) (af|atrial fibrillation)|(af|atrial fibrillation) (\w+ ){0,2}not (previously )?(known|documented|recorded)|(fa|fibrilacao atrial) (nova|recem.?diagnosticada)|primeiro (episodio|registro) de (fa|fibrilacao atrial)|sem (fa|fibrilacao atrial) previa)\b`)
	// eyeSurgeryRx: eye surgery or an injection into the eye in the last
	// weeks.
	eyeSurgeryRx = regexp.MustCompile(`\b(cataract|catarata|facoemulsifica\w*|phaco\w*|intraocular lens|lente intraocular|intravitreal|intravitrea|vitrectom\w*|vitrectomia|trabeculectom\w*)\b`)
	// benignCystRx: a cyst the report calls simple or benign.
	benignCystRx = regexp.MustCompile(`\b(simple (\w+ )?cysts?|bosniak (i|1)\b|cisto (\w+ )?simples|no follow.?up (imaging )?(needed|required)|benign (\w+ )?cysts?)`)
)

func (a *assessor) reports() {
	c := a.c
	E, NU := Emergency, NonUrgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	t := clinical.Fold(c.Text)

	// Complete heart block is paced: transfer now with monitoring and
	// external pacing ready (ESC 2021 pacing guideline; Resuscitation
	// Council UK bradycardia algorithm).
	if c.Has("complete_heart_block") {
		fl(E, "complete_heart_block", "complete heart block: monitored transfer now, pacing ready (ESC 2021)", "bloqueio atrioventricular total: transferência monitorizada já, com marca-passo disponível (ESC 2021)")
	}
	// Atrial fibrillation found for the first time, rate controlled and
	// without symptoms: anticoagulation decided within days (CHA2DS2-VASc,
	// NICE NG196); symptoms or a fast rate are judged by the other rules,
	// and AF already anticoagulated has had that decision.
	if c.Has("af") && newAFRx.MatchString(t) && !c.OnClass("anticoagulant") && !c.HasAny("chest_pain", "dyspnea", "syncope", "presyncope", "palpitations") {
		fl(NU, "new_af", "atrial fibrillation found for the first time, no symptoms: stroke-risk score and anticoagulation within days (NICE NG196)", "fibrilação atrial detectada pela primeira vez, sem sintomas: escore de risco e anticoagulação em poucos dias (NICE NG196)")
	}
	// ALT above three times normal on a statin: stop or reduce it and
	// recheck (NICE CG181 lipid modification).
	if alt, ok := c.LabValue("alt"); ok && alt > 120 && c.OnClass("statin") {
		a.flag(NU, "lab", "statin_alt_raised", clinical.T("ALT above three times normal on a statin: stop or reduce it and recheck liver tests within weeks (NICE CG181)", "TGP acima de três vezes o normal em uso de estatina: suspender ou reduzir e repetir em semanas (NICE CG181)"))
	}
	// A simple (Bosniak I) kidney cyst found by chance needs no follow-up
	// (Bosniak 2019 update, Silverman et al., Radiology).
	if c.Has("kidney_cyst") && c.Has("incidental_finding") && benignCystRx.MatchString(t) && a.level <= Routine {
		a.flag(Routine, "context", "benign_incidental_cyst", clinical.T("simple kidney cyst found by chance: no follow-up needed (Bosniak 2019)", "cisto renal simples achado por acaso: sem necessidade de seguimento (Bosniak 2019)"))
	}
	// Endophthalmitis (hypopyon, or a painful red eye with falling vision
	// days after eye surgery) and an open globe are sight-threatening
	// emergencies: intravitreal antibiotics or surgical repair within
	// hours (RCOphth; EVS; a shield, no pressure, CT for a metal fragment).
	if c.Has("endophthalmitis") || eyeSurgeryRx.MatchString(t) && c.Has("red_eye") && c.HasAny("vision_loss", "blurred_vision") && (c.HasAny("eye_pain", "sudden_onset", "worsening") || c.Severity >= 7) {
		fl(E, "endophthalmitis", "painful red eye with falling vision or hypopyon after eye surgery: endophthalmitis, emergency eye assessment for intravitreal antibiotics", "olho vermelho doloroso com piora visual ou hipópio após cirurgia ocular: endoftalmite, avaliação oftalmológica de emergência")
	}
	if c.Has("open_globe") {
		fl(E, "open_globe", "open-globe injury: shield the eye without pressure, nil by mouth, emergency eye surgery and CT for a metal fragment", "trauma ocular aberto: proteger o olho sem pressão, jejum, cirurgia oftalmológica de emergência e TC para fragmento metálico")
	}
	// A pulmonary embolism with a strained right ventricle is at least
	// intermediate-high risk: admission with monitoring, reperfusion if
	// it decompensates (ESC 2019 acute PE guideline).
	if c.Has("rv_strain") && (c.Has("vte_event") || pulmonaryEmbolismRx.MatchString(t)) {
		fl(E, "pe_rv_strain", "pulmonary embolism with right-ventricular strain: emergency admission with monitoring (ESC 2019)", "embolia pulmonar com sobrecarga do ventrículo direito: internação de emergência com monitorização (ESC 2019)")
	}
}
