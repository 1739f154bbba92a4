package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Inherited blood disorders: haemophilia and von Willebrand disease,
// where a bleed is treated with factor first and imaged after, and
// sickle cell disease, where the spleen no longer guards against
// pneumococcus. Sources are in each comment; the sickle cell crisis
// itself is graded with the presentations.

var (
	bleedingDisorderRx = regexp.MustCompile(`\b(ha?emophilia|hemofilia|hemofilico|haemophiliac|hemophiliac|von willebrand|\bvwd\b|factor (viii|ix|8|9) deficiency|deficiencia de fator (viii|ix|8|9)|christmas disease)\b`)
	// a bleed into a joint or muscle: the knee, ankle or elbow swollen,
	// warm or tingling, or an iliopsoas bleed
	jointBleedRx = regexp.MustCompile(`\b((knee|ankle|elbow|hip|shoulder|wrist|joint|joelho|tornozelo|cotovelo|quadril|ombro|punho|articulacao) (\w+ ){0,4}(swollen|swelling|effusion|warm|hot|tense|tingl\w*|inchad\w*|inchaco|derrame|quente|formigamento)|(swollen|tense|warm|hot|painful|inchad\w*|dolorid\w*) (\w+ ){0,3}(knee|ankle|elbow|joint|joelho|tornozelo|cotovelo)|ha?emarthrosis|hemartrose|target joint|articulacao.alvo|iliopsoas|psoas (bleed|haematoma|hematoma)|muscle (bleed|haematoma|hematoma)|sangramento muscular|hematoma muscular)\b`)
	oozingRx     = regexp.MustCompile(`\b(oozing|ooze|still bleeding|keeps bleeding|won'?t stop bleeding|does not stop|doesn'?t stop|continuous (slow )?(ooze|bleed\w*)|sangrando (ainda|sem parar|muito)|nao para de sangrar|sangramento (persistente|continuo))\b`)
	mildPainRx   = regexp.MustCompile(`\b(mild|settling|improving|easing|like (his|her) usual mild|leve|melhorando|passando)\b`)
)

func (a *assessor) inheritedBloodDisorders() {
	c := a.c
	t := clinical.Fold(c.Text)
	temp, hasT := val(c.Vitals.TemperatureC)
	if bleedingDisorderRx.MatchString(t) {
		switch {
		// A head injury in haemophilia is an intracranial bleed until CT
		// says otherwise: factor to 80-100% before any imaging, whatever
		// the GCS (WFH guidelines for the management of haemophilia 2020).
		case c.Has("head_injury") && !c.Denied("head_injury"):
			a.flag(Emergency, "presentation", "head_injury_bleeding_disorder", clinical.T("head injury in haemophilia or a severe bleeding disorder: factor replacement now, before CT (WFH 2020)", "trauma de crânio em hemofilia ou coagulopatia grave: reposição de fator agora, antes da TC (WFH 2020)"))
		// A joint or muscle bleed is treated with factor within about two
		// hours to save the joint (WFH 2020).
		case affirmedMatch(jointBleedRx, t) || c.Has("hot_joint"):
			a.flag(Urgent, "presentation", "haemophilia_joint_bleed", clinical.T("joint or muscle bleed in a bleeding disorder: factor or bypassing agent within about two hours, rest, ice and review (WFH 2020)", "sangramento articular ou muscular em coagulopatia: fator ou agente de bypass em cerca de duas horas, repouso, gelo e reavaliação (WFH 2020)"))
		// Bleeding that will not stop after a tooth extraction or a cut:
		// same-day tranexamic acid, desmopressin or factor (WFH 2020).
		case affirmedMatch(oozingRx, t) || c.Has("bleeding") && !c.Denied("bleeding") && c.Has("worsening"):
			a.flag(Urgent, "presentation", "bleeding_disorder_bleed", clinical.T("bleeding that will not stop in a bleeding disorder: same-day tranexamic acid, desmopressin or factor and local measures (WFH 2020)", "sangramento que não para em coagulopatia: ácido tranexâmico, desmopressina ou fator e medidas locais no mesmo dia (WFH 2020)"))
		}
	}
	// A fever of 38.5 or more in sickle cell disease is pneumococcal sepsis
	// until shown otherwise: the spleen is lost, so blood cultures and
	// parenteral antibiotics within an hour (NHLBI 2014 expert panel).
	// A fever in someone without a spleen (removed or never working) is
	// overwhelming post-splenectomy infection until shown otherwise:
	// cultures and IV antibiotics within the hour, however well the
	// patient looks (BCSH 2011 guideline on the asplenic patient).
	if asplenicRx.MatchString(clinical.Fold(c.Text)) && !noSplenectomyRx.MatchString(clinical.Fold(c.Text)) && (hasT && temp >= 38 || c.Has("fever") && !c.Denied("fever") && !hasT) {
		a.flag(Emergency, "presentation", "asplenic_fever", clinical.T("fever without a working spleen: possible overwhelming post-splenectomy infection, cultures and IV antibiotics within one hour (BCSH 2011)", "febre em paciente sem baço funcionante: possível sepse pós-esplenectomia, hemoculturas e antibiótico EV em até uma hora (BCSH 2011)"))
	}
	if c.Has("sickle_cell") && hasT && temp >= 38.5 {
		a.flag(Emergency, "presentation", "sickle_fever", clinical.T("fever of 38.5 °C or more in sickle cell disease: functional asplenia, blood cultures and parenteral antibiotics within one hour (NHLBI 2014)", "febre de 38,5 °C ou mais em doença falciforme: asplenia funcional, hemoculturas e antibiótico parenteral em até uma hora (NHLBI 2014)"))
	}
}

// asplenicRx: a spleen removed or not working; noSplenectomyRx: denied.
var (
	asplenicRx      = regexp.MustCompile(`\b(splenectom\w*|esplenectom\w*|asplen\w*|no spleen|without a spleen|spleen (was )?removed|sem baco|retirou o baco|baco (foi )?retirado)`)
	noSplenectomyRx = regexp.MustCompile(`\b(no|not|never|nunca|sem) (\w+ ){0,2}(splenectom\w*|esplenectom\w*)|(planned|elective|before|scheduled|upcoming|antes da|programada|eletiva) (\w+ ){0,2}(splenectom\w*|esplenectom\w*)`)
)

// b12NeuroRx: the spinal-cord and brain signs of B12 deficiency (a
// tingling or a reduced vibration sense in the feet alone is an early
// neuropathy, treated within days);
// perniciousRx: pernicious anaemia named or proven
var (
	b12NeuroRx   = regexp.MustCompile(`\b((reduced|absent|lost|loss of|impaired|diminished) (\w+ ){0,2}(proprioception|joint position)|subacute combined|unsteady|ataxi\w*|romberg (positive|\+)|positive romberg|memory (loss|problems)|confus\w*|(weak|weakness) (\w+ ){0,2}legs)\b`)
	perniciousRx = regexp.MustCompile(`\b(pernicious an(a)?emia|anemia perniciosa|intrinsic factor (antibod\w* )?(positive|\+)|anti.?intrinsic factor (antibod\w* )?(positive|\+)|fator intrinseco (positivo|reagente))\b`)
)

// bloodResults grades a vitamin B12 deficiency found on a blood test:
// treatment within days, or urgently with nerve or cord signs, which can
// become permanent (NICE NG239 2024; BSH 2014 cobalamin guideline).
func (a *assessor) bloodResults() {
	c := a.c
	t := clinical.Fold(c.Text)
	b12, hasB12 := c.LabValue("b12")
	if !(hasB12 && b12 < 180 || perniciousRx.MatchString(t)) {
		return
	}
	if affirmedMatch(b12NeuroRx, t) || c.Has("ataxia") {
		a.flag(Urgent, "lab", "b12_deficiency_neuro", clinical.T("vitamin B12 deficiency with spinal-cord or cognitive signs: same-day hydroxocobalamin and specialist advice (NICE NG239)", "deficiência de vitamina B12 com sinais medulares ou cognitivos: hidroxocobalamina e avaliação especializada no mesmo dia (NICE NG239)"))
		return
	}
	a.flag(NonUrgent, "lab", "b12_deficiency", clinical.T("vitamin B12 deficiency without neurological signs: start B12 replacement within days (NICE NG239)", "deficiência de vitamina B12 sem sinais neurológicos: iniciar reposição em poucos dias (NICE NG239)"))
}
