package clinical

import (
	"math"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

var ref = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func build(lang, text string) *Case {
	return Build(casemodel.Input{PatientID: "p", Language: lang, ClinicalNotes: text}, nil, ref)
}

func TestNegationAndHistory(t *testing.T) {
	cases := []struct {
		lang, text, concept string
		present, denied     bool
	}{
		{"en", "No chest pain.", "chest_pain", false, true},
		{"en", "Denies chest pain or shortness of breath.", "dyspnea", false, true},
		{"en", "Chest pain since this morning.", "chest_pain", true, false},
		{"en", "No fever, cough or dyspnoea.", "cough", false, true},
		{"en", "No blood in stool, drinking fluids well.", "tolerating_fluids", true, false},
		{"en", "No chest pain, but short of breath.", "dyspnea", true, false},
		{"en", "History of stroke in 2019. Now well.", "stroke_event", false, false},
		{"en", "Mother had a stroke.", "stroke_event", false, false},
		{"en", "Return if fever develops.", "fever", false, false},
		{"en", "Afebrile.", "fever", false, false},
		{"pt-BR", "Nega dor torácica.", "chest_pain", false, true},
		{"pt-BR", "Sem febre.", "fever", false, true},
		{"pt-BR", "Sem diarreia, vômitos ou confusão.", "vomiting", false, true},
		{"pt-BR", "Dor no peito ao respirar.", "chest_pain", true, false},
		{"pt-BR", "AVC há 3 anos, sem sequelas.", "stroke_event", false, false},
		{"pt-BR", "Asma sem melhora com salbutamol.", "asthma", true, false},
		{"pt-BR", "Paciente com febre há 3 dias.", "fever", true, false},
		// the list closes inside the mention itself
		{"en", "No blisters, skin peeling, mouth or eye sores.", "mucosal_sores", false, true},
	}
	for _, c := range cases {
		t.Run(c.lang+" "+c.text, func(t *testing.T) {
			k := build(c.lang, c.text)
			if k.Has(c.concept) != c.present {
				t.Errorf("Has(%s) = %v, want %v (findings %v, negated %v)", c.concept, k.Has(c.concept), c.present, k.Findings, k.Negated)
			}
			if k.Denied(c.concept) != c.denied {
				t.Errorf("Denied(%s) = %v, want %v", c.concept, k.Denied(c.concept), c.denied)
			}
		})
	}
	// A chronic condition mentioned as history is still present.
	if k := build("en", "Known epilepsy, history of diabetes."); !k.Has("epilepsy") || !k.Has("diabetes") {
		t.Errorf("conditions: %v", k.Findings)
	}
	if k := build("en", "History of stroke."); !k.Hx("stroke_event") || k.Has("stroke_event") {
		t.Error("history of stroke is not a stroke now")
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.05 }

func TestVitalsFromText(t *testing.T) {
	cases := []struct {
		lang, text string
		check      func(v Vitals) bool
	}{
		{"pt-BR", "PA 80x50, FC 128 bpm, FR 28, SatO2 86% em ar ambiente, Tax 38,5", func(v Vitals) bool {
			return *v.SystolicBP == 80 && *v.DiastolicBP == 50 && *v.HeartRate == 128 && *v.RespiratoryRate == 28 && *v.SpO2 == 86 && near(*v.TemperatureC, 38.5) && v.OnOxygen != nil && !*v.OnOxygen
		}},
		{"en", "BP 80/50, HR 140, RR 36, SpO2 84% on room air. T 101.3F", func(v Vitals) bool {
			return *v.SystolicBP == 80 && *v.HeartRate == 140 && *v.RespiratoryRate == 36 && *v.SpO2 == 84 && near(*v.TemperatureC, 38.5)
		}},
		{"pt-BR", "Tax 39,2 °C", func(v Vitals) bool { return near(*v.TemperatureC, 39.2) }},
		{"en", "temperature 102 F, GCS 13, capillary refill 4 seconds", func(v Vitals) bool {
			return near(*v.TemperatureC, 38.9) && *v.GCS == 13 && *v.CapRefillS == 4 && v.Consciousness == "confused"
		}},
		{"en", "Peak flow 250 L/min (best 450, 55% of best).", func(v Vitals) bool { return *v.PEFPercent == 55 }},
		{"en", "Responds only to pain.", func(v Vitals) bool { return v.Consciousness == "pain" }},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			k := build(c.lang, c.text)
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("missing vital: %+v", k.Vitals)
				}
			}()
			if !c.check(k.Vitals) {
				t.Errorf("vitals %+v", k.Vitals)
			}
		})
	}
	// Structured fields win over text.
	hr := 90.0
	k := Build(casemodel.Input{PatientID: "p", ClinicalNotes: "HR 140", Vitals: &casemodel.Vitals{HeartRate: &hr}}, nil, ref)
	if *k.Vitals.HeartRate != 90 || k.Vitals.Source["heart_rate"] != "input" {
		t.Errorf("structured HR lost: %v", *k.Vitals.HeartRate)
	}
}

func TestLabUnits(t *testing.T) {
	cases := []struct {
		name, unit string
		value      float64
		analyte    string
		want       float64
	}{
		{"glucose", "mmol/L", 34, "glucose", 612.5},
		{"glicemia", "mg/dL", 42, "glucose", 42},
		{"glucose", "", 5.5, "glucose", 99.1},
		{"troponin I", "ng/mL", 2.4, "troponin", 2400},
		{"hs-troponin T", "ng/L", 52, "troponin", 52},
		{"creatinine", "µmol/L", 265, "creatinine", 3.0},
		{"plaquetas", "/mm3", 15000, "platelets", 15},
		{"platelets", "x10^9/L", 62, "platelets", 62},
		{"hemoglobin", "g/L", 68, "hemoglobin", 6.8},
		{"lactato", "mg/dL", 45, "lactate", 5.0},
		{"potássio", "mEq/L", 6.8, "potassium", 6.8},
		{"venous pH", "", 7.04, "ph", 7.04},
		{"INR", "", 7.4, "inr", 7.4},
		{"lítio sérico", "mEq/L", 1.1, "lithium", 1.1},
		{"hemoglobina glicada", "%", 10.2, "hba1c", 10.2},
		{"ureia", "mg/dL", 64, "bun", 29.9},
		{"K+", "mmol/L", 6.1, "potassium", 6.1},
	}
	for _, c := range cases {
		t.Run(c.name+" "+c.unit, func(t *testing.T) {
			k := Build(casemodel.Input{PatientID: "p", Labs: []casemodel.Lab{{Name: c.name, Value: c.value, Unit: c.unit}}}, nil, ref)
			v, ok := k.LabValue(c.analyte)
			if !ok || math.Abs(v-c.want) > 0.2 {
				t.Errorf("%s = %v (%v), want %v; labs %+v", c.analyte, v, ok, c.want, k.Labs)
			}
		})
	}
	// Free text and decimal commas; the vitals glucose field is a glucose lab.
	g := 65.0
	k := Build(casemodel.Input{PatientID: "p", Language: "pt-BR", ClinicalNotes: "Lactato 5,8 mmol/L. Plaquetas 15.000/mm3. Hb 6,2 g/dL.", Vitals: &casemodel.Vitals{GlucoseMgDl: &g}}, nil, ref)
	for a, want := range map[string]float64{"lactate": 5.8, "platelets": 15, "hemoglobin": 6.2, "glucose": 65} {
		if v, ok := k.LabValue(a); !ok || math.Abs(v-want) > 0.01 {
			t.Errorf("text %s = %v, want %v", a, v, want)
		}
	}
	// Document labs count too.
	k = Build(casemodel.Input{PatientID: "p"}, []casemodel.Lab{{Name: "Potassium", Value: 6.9, Unit: "mmol/L", Flag: "critical_high"}}, ref)
	if l, ok := k.Lab("potassium"); !ok || l.Source != "document" {
		t.Errorf("document lab: %+v", k.Labs)
	}
}

func TestDrugSynonyms(t *testing.T) {
	cases := map[string][]string{
		"AAS 100 mg":                       {"aspirin"},
		"varfarina 5 mg/dia":               {"warfarin"},
		"dipirona 1 g se dor":              {"metamizole"},
		"Xarelto 20 mg":                    {"rivaroxaban"},
		"carbonato de lítio 300 mg 3x/dia": {"lithium"},
		"Lithium carbonate 400 mg":         {"lithium"},
		"isosorbide mononitrate 60 mg":     {"isosorbide mononitrate"},
		"budesonide/formoterol 200/6":      {"budesonide", "formoterol"},
		"Bactrim F 12/12h":                 {"sulfamethoxazole", "trimethoprim"},
		"insulin glargine 20 units":        {"insulin glargine"},
		"paracetamol 750 mg":               {"acetaminophen"},
		"Tylenol 500 mg":                   {"acetaminophen"},
		"metoprolol succinate 50 mg":       {"metoprolol"},
		"amoxicilina + clavulanato 875 mg": {"amoxicillin"},
		"Marevan 5mg":                      {"warfarin"},
	}
	for in, want := range cases {
		got := FindDrugs(in, true)
		var names []string
		for _, d := range got {
			names = append(names, d.Generic)
		}
		if len(names) != len(want) {
			t.Errorf("%q → %v, want %v", in, names, want)
			continue
		}
		for i := range want {
			found := false
			for _, n := range names {
				if n == want[i] {
					found = true
				}
			}
			if !found {
				t.Errorf("%q → %v, want %v", in, names, want)
			}
		}
	}
	// List-only abbreviations are not matched in free text.
	if got := FindDrugs("the ASA grade was 2", false); len(got) != 0 {
		t.Errorf("free-text ASA matched %v", got)
	}
}

func TestMedicationsAndAllergies(t *testing.T) {
	k := Build(casemodel.Input{PatientID: "p", Language: "en",
		Medications:   []string{"metformin 1000 mg twice daily (stopped by patient)", "warfarin 5 mg"},
		ClinicalNotes: "Amiodarone started 3 weeks ago. No recent antibiotics. He reports hives with ibuprofen in the past. Parou a glibenclamida.",
		Allergies:     []string{"penicilina", "NKDA", "sulfa", "peanuts"}}, nil, ref)
	meds := map[string]bool{}
	for _, m := range k.Meds {
		meds[m.Generic] = true
	}
	if !meds["warfarin"] || !meds["amiodarone"] || meds["metformin"] || meds["ibuprofen"] || meds["glibenclamide"] {
		t.Errorf("active meds %v", k.Meds)
	}
	if len(k.StoppedMeds) != 1 || k.StoppedMeds[0].Generic != "metformin" {
		t.Errorf("stopped %v", k.StoppedMeds)
	}
	got := map[string]bool{}
	for _, a := range k.Allergies {
		got[a.Generic+"/"+a.Class] = true
	}
	for _, w := range []string{"/penicillin", "/sulfonamide_antibiotic", "ibuprofen/"} {
		if !got[w] {
			t.Errorf("allergy %s missing: %+v", w, k.Allergies)
		}
	}
}

func TestDemographics(t *testing.T) {
	k := Build(casemodel.Input{PatientID: "p", Patient: &casemodel.Patient{DateOfBirth: "1968-03-14", Sex: "male"}}, nil, ref)
	if k.Age == nil || *k.Age != 58 {
		t.Errorf("age from DOB = %v", k.Age)
	}
	k = build("en", "3-year-old boy with fever")
	if k.Age == nil || *k.Age != 3 || !k.IsChild() {
		t.Errorf("age from text = %v", k.Age)
	}
	k = build("pt-BR", "Gestante de 34 semanas, G1P0.")
	if !k.Pregnant || k.GestWeeks != 34 {
		t.Errorf("pregnancy %v %d", k.Pregnant, k.GestWeeks)
	}
	k = build("en", "Not pregnant (LMP 1 week ago).")
	if k.Pregnant {
		t.Error("negated pregnancy")
	}
	if DetectLanguage(Fold("Paciente com dor no peito há 2 horas, nega febre")) != "pt-BR" || DetectLanguage(Fold("Patient with chest pain for 2 hours, denies fever")) != "en" {
		t.Error("language detection")
	}
	if parseDuration("2 semanas") != 336 || parseDuration("30 minutes") != 0.5 || parseDuration("since yesterday") != 24 {
		t.Error("durations")
	}
}

func TestDataFiles(t *testing.T) {
	tb := loadTables()
	if len(tb.drugs) < 250 || len(tb.labs) < 30 || len(tb.classes) < 10 {
		t.Fatalf("tables too small: %d drugs, %d labs, %d classes", len(tb.drugs), len(tb.labs), len(tb.classes))
	}
	for _, d := range tb.drugs {
		if d.Source == "" || len(d.Classes) == 0 {
			t.Errorf("drug %s lacks source or class", d.Generic)
		}
		if d.Generic != Fold(d.Generic) {
			t.Errorf("generic %q is not lower-case", d.Generic)
		}
	}
	for _, l := range tb.labs {
		if l.Source == "" || l.Unit == "" {
			t.Errorf("lab %s lacks source or unit", l.Analyte)
		}
	}
	// Every concept pattern compiles (MustCompile) and is reachable.
	if len(ConceptIDs()) < 100 {
		t.Errorf("lexicon has %d concepts", len(ConceptIDs()))
	}
}

// TestFoldQuotes: quotation marks go, apostrophes inside words stay.
func TestFoldQuotes(t *testing.T) {
	for in, want := range map[string]string{
		`took 'a whole bottle' of "Tylenol"`: "took a whole bottle of tylenol",
		"don't, can’t, O'Brien":              "don't, can't, o'brien",
		"the parents' car, ‘feels fine’":     "the parents car, feels fine",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
