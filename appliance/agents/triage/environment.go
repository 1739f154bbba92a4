package triage

import (
	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// The environment: drowning survivors and brown-spider bites. (Heat,
// cold, snakes, scorpions, caterpillars and floods are in the main
// presentation rules.) Sources are in each comment.

func (a *assessor) environment() {
	c := a.c
	v := c.Vitals
	spo2, hasSpO2 := val(v.SpO2)
	E, U := Emergency, Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }

	// A drowning survivor with a cough, crackles or breathlessness may
	// develop pulmonary oedema hours later: observation for 6-8 hours
	// with a chest X-ray; low oxygen, altered consciousness or a rescue
	// with CPR is an emergency (Szpilman classification, NEJM 2012;
	// ERC 2021 drowning).
	if c.Has("drowning") && !c.Hx("drowning") {
		switch {
		case Altered(c) || hasSpO2 && spo2 < 90 || c.Has("cardiac_arrest"):
			fl(E, "drowning_severe", "drowning with low oxygen, altered consciousness or CPR: emergency care now (Szpilman grade 3-6)", "afogamento com hipoxemia, alteração de consciência ou RCP: emergência (Szpilman 3-6)")
		case c.HasAny("cough", "dyspnea", "crackles", "wheeze") || hasSpO2 && spo2 < 95:
			fl(U, "drowning_symptomatic", "drowning survivor with cough, crackles or breathlessness: chest X-ray and 6-8 hours of observation (Szpilman grade 1-2)", "sobrevivente de afogamento com tosse, estertores ou dispneia: raio X e observação por 6-8 horas (Szpilman 1-2)")
		}
	}
	// A heat rash in a well child without fever: lighter clothes and a
	// cooler room, advice at home (NICE CKS miliaria; SBP).
	temp, hasT := val(v.TemperatureC)
	if c.Has("miliaria") && !c.HasAny("fever", "drowsy", "ill_appearing", "cellulitis", "worsening") && !(hasT && temp >= 38) && !feverOnChart(c) {
		a.flag(Routine, "context", "miliaria", clinical.T("heat rash without fever in a well person: keep cool, advice at home", "brotoeja sem febre em pessoa bem: manter fresco, orientação em casa"))
	}
	// A brown-spider bite with a spreading, marbled or blistering plaque
	// is graded the same day for steroids and antivenom, and watched for
	// haemolysis (Brazilian Ministry of Health, acidentes por aranhas).
	if c.Has("loxoscelism") && !c.Hx("loxoscelism") {
		fl(U, "loxoscelism", "brown-spider bite: same-day severity grading for steroids or antivenom and a check for haemolysis (Ministério da Saúde)", "picada de aranha-marrom: classificação de gravidade no mesmo dia para corticoide ou soro e pesquisa de hemólise (Ministério da Saúde)")
	}
}
