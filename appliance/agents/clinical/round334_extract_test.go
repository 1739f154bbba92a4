package clinical

import (
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Session 24 (heldout334-338, invented text): who a finding belongs to,
// when it happened, and which drugs are really being taken.
func TestRound334Reading(t *testing.T) {
	durationOf := map[string]string{"distensão abdominal e gases": "cerca de 1 ano"}
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	build := func(sym, notes, sex string) *Case {
		age := 50
		in := casemodel.Input{Symptoms: sym, ClinicalNotes: notes, SymptomDuration: durationOf[sym], Patient: &casemodel.Patient{Age: &age, Sex: sex}}
		return Build(in, nil, ref)
	}
	for _, tc := range []struct {
		name, sym, notes, sex, concept string
		present                        bool
	}{
		// a mention that ends in its own denial
		{"testicle isn't swollen", "small lump on my left testicle", "The testicle isn't swollen and it doesn't hurt.", "male", "testicular", false},
		{"testicle swollen", "my right testicle is swollen", "", "male", "testicular", true},
		// a visit last week "with" the complaint: that episode
		{"went to the ED last week with renal colic", "mild ache now", "Fui na UPA semana passada com cólica renal, agora estou bem.", "male", "renal_colic", false},
		{"renal colic now", "cólica renal forte desde ontem", "", "male", "renal_colic", true},
		// the one who has it is somebody else
		{"who has the colic is the brother-in-law", "dúvida sobre dieta", "Quem está com cólica renal agora é meu cunhado.", "male", "renal_colic", false},
		{"a husband's pneumonia for a woman patient", "tosse seca há 2 meses", "Marido teve pneumonia mês passado, já curado.", "female", "pneumonia", false},
		{"wife says he has chest pain", "wife says he has a heavy pressure in the middle of his chest", "", "male", "chest_pain", true},
		{"esposa diz que ele tem dor no peito", "esposa diz que ele tem dor no peito forte", "", "male", "chest_pain", true},
		{"a husband's own pneumonia written by him", "tosse e febre", "Meu marido teve pneumonia mês passado e agora eu estou com tosse.", "male", "pneumonia", true},
		// a named month places an episode in the past; a due date does not
		{"pancreatitis in March", "retorno, sem queixas", "Pancreatite aguda leve em março, colecistectomia em abril.", "female", "pancreatitis", false},
		{"follow-up post pancreatitis", "retorno pós-pancreatite", "Sem dor.", "female", "pancreatitis", false},
		// bloating for a year is not an obstructed bowel
		{"bloating for a year", "distensão abdominal e gases", "Sem vômitos.", "female", "bowel_obstruction", false},
		{"distension with vomiting is obstruction", "distensão abdominal e vômitos", "", "female", "bowel_obstruction", true},
		// a vaccine's name
		{"pneumonia vaccine", "renovação de receita", "Tomou vacina da gripe e da pneumonia.", "female", "pneumonia", false},
		// a spaced dash closes a denial
		{"no symptoms - colonoscopy result", "no symptoms - surveillance colonoscopy result", "", "female", "gi_screening", true},
		// a marker of the phase, not the disease's absence
		{"hepatitis B HBeAg negative", "retorno semestral", "Hepatite B crônica HBeAg negativo, carga viral baixa.", "male", "viral_hepatitis", true},
		{"hepatitis B serology negative", "exames", "Sorologia para hepatite B negativa.", "male", "viral_hepatitis", false},
		// post-negation in Portuguese
		{"febre não tem", "sonda não drena", "Febre não tem, medi 36,8.", "male", "fever", false},
		// an outbreak on a ward
		{"surto na ala", "coriza e tosse", "Surto na ala B, 5 casos de COVID.", "male", "psychosis", false},
		// reading gaps
		{"RCU is ulcerative colitis", "8 evacuações por dia com sangue", "RCU extensa.", "male", "ibd", true},
		{"pain on the right side of the chest", "sharp pain right side of my chest, hurts when I breathe in", "", "male", "chest_pain", true},
		{"hurts when I breathe in", "sharp pain right side of my chest, hurts more when i breathe in", "", "male", "pleuritic", true},
		{"sooty sputum after a flash burn", "face caught fire, coughing up black stuff", "", "male", "major_burn", true},
		{"blocked catheter", "sonda não tá saindo xixi", "Barriga embaixo do umbigo dura.", "male", "urinary_retention", true},
		{"baby moving much less", "baby moving much less since last night", "I'm 30 weeks pregnant.", "female", "reduced_fetal_movements", true},
		{"penile fracture", "ouvi um estalo no pênis durante a relação", "Inchado e roxo.", "male", "penile_fracture", true},
	} {
		c := build(tc.sym, tc.notes, tc.sex)
		if c.Has(tc.concept) != tc.present {
			t.Errorf("%s: %s present=%v, want %v (findings %v)", tc.name, tc.concept, c.Has(tc.concept), tc.present, c.Findings)
		}
	}
	// the cough "I had" that "has gone" is resolved
	c := build("CT results letter; the cough I had has gone", "", "female")
	for _, m := range c.Mentions {
		if m.Concept == "cough" && !m.Resolved {
			t.Errorf("resolved cough read as current: %+v", m)
		}
	}
	// drugs asked about, or given once in an earlier year, are not taken
	for _, tc := range []struct{ notes, drug string }{
		{"Can I take ibuprofen or naproxen for my knee? I'm on warfarin.", "naproxen"},
		{"Can I take ibuprofen or naproxen for my knee? I'm on warfarin.", "ibuprofen"},
		{"Was prescribed co-trimoxazole for a UTI in 2022, stopped after one dose.", "trimethoprim"},
	} {
		c := Build(casemodel.Input{Symptoms: "question", ClinicalNotes: tc.notes}, nil, ref)
		for _, m := range c.Meds {
			if m.Generic == tc.drug {
				t.Errorf("%q: %s read as taken", tc.notes, tc.drug)
			}
		}
	}
}

// Session 24, second round (heldout339-341, invented text).
func TestRound339Reading(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, sym, notes, sex string
		age                   int
		concept               string
		present               bool
	}{
		// a household member's illness, denied of the patient
		{"the daughter's temperature", "my daughter has had a temperature since yesterday", "She herself feels well, no fever.", "female", 48, "fever", false},
		{"a mother's words about her child patient", "my daughter has had a temperature since yesterday", "", "female", 6, "fever", true},
		{"a child patient's fever told by the mother, gone today", "her daughter has had a fever for three days", "No fever this morning after paracetamol.", "female", 4, "fever", true},
		// an episode told as over and denied today
		{"febrile neutropenia over, no fever today", "dúvida sobre dieta", "Teve neutropenia febril, já resolvido. Hoje sem febre.", "female", 46, "fever", false},
		// reading
		{"CA de mama", "dor nas costas", "CA de mama tratado em 2019.", "female", 58, "cancer", true},
		{"runny poo", "runny poo 5 times a day", "", "female", 60, "diarrhea", true},
		{"hand luggage is no hand", "can I take my tablets in hand luggage?", "", "male", 66, "limb", false},
		{"Nikolsky neg", "bolhas", "Nikolsky neg, mucosas poupadas.", "male", 40, "sjs_ten", false},
		{"weeping skin is no waters breaking", "pele descascando embaixo da mama, saindo um líquido claro", "", "female", 50, "rom", false},
		{"lábio de cima inchado", "lábio de cima inchado e placas vermelhas", "", "male", 3, "angioedema", true},
		{"numb band around the chest", "legs gave way", "A numb band around his chest.", "male", 70, "spinal_cord_signs", true},
		{"urine that smells strong", "confusa", "Urina escura e com cheiro forte.", "female", 86, "uti_signs", true},
		{"no acute ST/T change", "chest pressure", "ECG: sinus rhythm, no acute ST/T change.", "male", 60, "ecg_no_acute", true},
		// "há N meses" after a lasting complaint is its duration
		{"tosse há 2 meses", "tosse há 2 meses, sem febre", "", "male", 60, "cough", true},
		{"teve tosse há 2 meses", "teve tosse há 2 meses, agora bem", "", "male", 60, "cough", false},
	} {
		age := tc.age
		c := Build(casemodel.Input{Symptoms: tc.sym, ClinicalNotes: tc.notes, Patient: &casemodel.Patient{Age: &age, Sex: tc.sex}}, nil, ref)
		if c.Has(tc.concept) != tc.present {
			t.Errorf("%s: %s present=%v, want %v (findings %v)", tc.name, tc.concept, c.Has(tc.concept), tc.present, c.Findings)
		}
	}
	// "cough gone," is resolved
	c := Build(casemodel.Input{Symptoms: "follow-up", ClinicalNotes: "Finished antibiotics, cough gone, walking the dog."}, nil, ref)
	for _, m := range c.Mentions {
		if m.Concept == "cough" && !m.Resolved {
			t.Errorf("'cough gone' not resolved: %+v", m)
		}
	}
}
