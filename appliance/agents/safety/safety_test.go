package safety

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

var ref = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func check(meds, allergies []string, labs ...casemodel.Lab) Result {
	c := clinical.Build(casemodel.Input{PatientID: "p", Medications: meds, Allergies: allergies, Labs: labs}, nil, ref)
	return Check(c)
}

func keys(r Result) []string {
	var out []string
	for _, a := range r.Alerts {
		out = append(out, a.Kind+":"+a.Analyte+strings.Join(a.Drugs, "+"))
	}
	sort.Strings(out)
	return out
}

func TestInteractions(t *testing.T) {
	cases := []struct {
		name string
		meds []string
		want []string
	}{
		{"AAS + varfarina", []string{"AAS 100 mg", "varfarina 5 mg"}, []string{"drug_interaction:aspirin+warfarin"}},
		// FDA labels Tivicay, Tikosyn and Biltricide (contraindicated)
		{"dofetilide + dolutegravir (PEP)", []string{"dofetilide 500 mcg twice daily", "dolutegravir 50 mg daily"}, []string{"drug_interaction:dofetilide+dolutegravir"}},
		{"praziquantel + rifampicin", []string{"praziquantel 40 mg/kg single dose", "rifampicin 600 mg daily"}, []string{"drug_interaction:praziquantel+rifampicin"}},
		{"fezolinetant + fluvoxamine", []string{"fezolinetant 45 mg daily", "fluvoxamine 100 mg twice daily"}, []string{"drug_interaction:fezolinetant+fluvoxamine"}},
		// CDC ACIP: no live vaccine under a TNF inhibitor or 20 mg or more
		// of prednisone a day; FDA labels Mounjaro and Adipex-P
		{"yellow fever vaccine + adalimumab", []string{"adalimumab 40 mg every 2 weeks", "yellow fever vaccine (planned today)"}, []string{"drug_interaction:adalimumab+yellow fever vaccine"}},
		{"vacina febre amarela + prednisona 40 mg", []string{"prednisona 40 mg/dia", "vacina febre amarela (prevista)"}, []string{"drug_interaction:prednisone+yellow fever vaccine"}},
		{"vacina febre amarela + prednisona 5 mg (no alert)", []string{"prednisona 5 mg/dia", "vacina febre amarela (prevista)"}, nil},
		{"tirzepatide + desogestrel", []string{"tirzepatide 5 mg weekly", "desogestrel 75 mcg daily"}, []string{"drug_interaction:desogestrel+tirzepatide"}},
		{"phentermine + phenelzine", []string{"phentermine 37.5 mg daily", "phenelzine 15 mg three times daily"}, []string{"drug_interaction:phenelzine+phentermine"}},
		{"tofacitinib + itraconazole", []string{"tofacitinib 5 mg twice daily", "itraconazole 200 mg daily"}, []string{"drug_interaction:itraconazole+tofacitinib"}},
		{"adalimumabe + vacina febre amarela", []string{"adalimumabe 40 mg SC a cada 14 dias", "vacina febre amarela 0,5 mL SC"}, []string{"drug_interaction:adalimumab+yellow fever vaccine"}},
		{"semaglutide + gliclazide (moderate, no alert)", []string{"semaglutide 0.5 mg weekly", "gliclazide MR 60 mg daily"}, nil},
		// FDA dose limit: simvastatin up to 20 mg a day with amlodipine
		{"amlodipine + simvastatin 40 mg", []string{"amlodipine 10 mg daily", "simvastatin 40 mg nightly"}, []string{"drug_interaction:amlodipine+simvastatin"}},
		{"amlodipine + simvastatin 20 mg", []string{"amlodipine 5 mg daily", "simvastatin 20 mg nightly"}, nil},
		{"amlodipine + simvastatin, no dose", []string{"amlodipine", "simvastatin"}, []string{"drug_interaction:amlodipine+simvastatin"}},
		{"warfarin + naproxen", []string{"warfarin", "naproxen"}, []string{"drug_interaction:naproxen+warfarin"}},
		{"lithium + ACE inhibitor", []string{"carbonato de lítio 300 mg", "enalapril 10 mg"}, []string{"drug_interaction:enalapril+lithium"}},
		{"lithium + ibuprofen", []string{"lithium", "ibuprofen"}, []string{"drug_interaction:ibuprofen+lithium"}},
		{"lithium + haloperidol", []string{"lithium carbonate 400 mg twice daily", "Haldol 5 mg at night"}, []string{"drug_interaction:haloperidol+lithium"}},
		{"lithium + quetiapine (no alert)", []string{"lithium carbonate 400 mg", "quetiapine 100 mg"}, nil},
		{"ciprofloxacin + prednisolone", []string{"ciprofloxacin 500 mg twice daily", "prednisolone 10 mg daily"}, []string{"drug_interaction:ciprofloxacin+prednisolone"}},
		{"ciprofloxacin/dexamethasone ear drops (local)", []string{"ciprofloxacin/dexamethasone ear drops twice daily", "prednisolone 10 mg daily"}, nil},
		{"ibuprofen gel with warfarin (local)", []string{"ibuprofen 5% gel topically", "warfarin 5 mg"}, nil},
		{"miconazole oral gel with warfarin (systemic)", []string{"miconazole oral gel 20 mg/g four times daily", "warfarin 5 mg"}, []string{"drug_interaction:miconazole+warfarin"}},
		{"SSRI + tramadol", []string{"sertraline", "tramadol"}, []string{"drug_interaction:sertraline+tramadol"}},
		{"nitrate + PDE5", []string{"isosorbide mononitrate 60 mg", "sildenafil 50 mg"}, []string{"drug_interaction:isosorbide mononitrate+sildenafil"}},
		{"clopidogrel + omeprazole", []string{"clopidogrel", "omeprazole"}, []string{"drug_interaction:clopidogrel+omeprazole"}},
		{"QT pair", []string{"azithromycin", "hydroxychloroquine"}, []string{"drug_interaction:azithromycin+hydroxychloroquine"}},
		{"statin + clarithromycin", []string{"simvastatin 40", "clarithromycin"}, []string{"drug_interaction:clarithromycin+simvastatin"}},
		{"methotrexate + trimethoprim", []string{"methotrexate", "trimethoprim"}, []string{"drug_interaction:methotrexate+trimethoprim"}},
		{"ACEi + spironolactone", []string{"lisinopril", "spironolactone"}, []string{"drug_interaction:lisinopril+spironolactone"}},
		{"Xarelto + ibuprofeno", []string{"Xarelto 20 mg", "ibuprofeno 600 mg"}, []string{"drug_interaction:ibuprofen+rivaroxaban"}},
		{"fluconazole + warfarin", []string{"fluconazol", "varfarina"}, []string{"drug_interaction:fluconazole+warfarin"}},
		{"propranolol + salbutamol", []string{"propranolol 40 mg", "Aerolin spray"}, []string{"drug_interaction:propranolol+salbutamol"}},
		// Parekh et al. 2014: antimicrobials that put sulfonylurea users in hospital with hypoglycaemia
		{"glyburide + clarithromycin", []string{"glyburide 5 mg twice daily", "clarithromycin 500 mg"}, []string{"drug_interaction:clarithromycin+glibenclamide"}},
		{"gliclazida + Bactrim", []string{"gliclazida 60 mg", "Bactrim F 12/12h"}, []string{"drug_interaction:gliclazide+sulfamethoxazole"}},
		// Moderate or no interaction: no alert (precision).
		{"cardioselective bisoprolol + salbutamol", []string{"bisoprolol 5 mg", "salbutamol"}, nil},
		{"DAPT is intended", []string{"aspirin", "clopidogrel"}, nil},
		{"paracetamol + tramadol", []string{"paracetamol", "tramadol"}, nil},
		{"warfarin + bisoprolol + ramipril", []string{"warfarin", "bisoprolol", "ramipril"}, nil},
		{"ACEi + furosemide", []string{"lisinopril", "furosemide"}, nil},
		{"SSRI + triptan", []string{"sertraline", "sumatriptan"}, nil},
		{"metformin + glibenclamide", []string{"metformina", "glibenclamida"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := keys(check(c.meds, nil))
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("alerts %v, want %v", got, c.want)
			}
		})
	}
}

func TestAlertDrugsSortedLowercase(t *testing.T) {
	r := check([]string{"Warfarin 5 mg", "AAS 100 mg"}, nil)
	if len(r.Alerts) != 1 {
		t.Fatalf("alerts %v", r.Alerts)
	}
	d := r.Alerts[0].Drugs
	if !sort.StringsAreSorted(d) || d[0] != "aspirin" || r.Alerts[0].Severity != "major" || r.Alerts[0].Message == "" {
		t.Errorf("alert %+v", r.Alerts[0])
	}
}

func TestAllergyConflicts(t *testing.T) {
	cases := []struct {
		name      string
		meds      []string
		allergies []string
		want      []string
	}{
		{"penicillin class vs amoxicillin", []string{"amoxicillin 500 mg"}, []string{"penicillin"}, []string{"allergy:amoxicillin"}},
		{"penicilina vs amoxicilina", []string{"amoxicilina 500 mg 8/8h"}, []string{"penicilina"}, []string{"allergy:amoxicillin"}},
		{"ibuprofen allergy vs naproxen", []string{"naproxen"}, []string{"ibuprofen"}, []string{"allergy:naproxen"}},
		{"dipirona allergy vs dipirona", []string{"dipirona 1 g"}, []string{"dipirona"}, []string{"allergy:metamizole"}},
		// brand names patients use: Melhoral is aspirin, Novalgin and Analgin metamizole
		{"AAS allergy vs Melhoral", []string{"Melhoral 2 comprimidos 3x/dia"}, []string{"AAS"}, []string{"allergy:aspirin"}},
		{"Analgin allergy vs Novalgin", []string{"Novalgin drops 30 drops"}, []string{"Analgin"}, []string{"allergy:metamizole"}},
		{"sulfa vs co-trimoxazole", []string{"Bactrim"}, []string{"sulfa"}, []string{"allergy:sulfamethoxazole"}},
		{"amoxicillin allergy vs cefadroxil side chain", []string{"cefadroxil"}, []string{"amoxicillin"}, []string{"allergy:cefadroxil"}},
		{"amoxicillin anaphylaxis vs cephalexin (similar aminocephalosporin side chain)", []string{"cephalexin"}, []string{"amoxicillin (anaphylaxis)"}, []string{"allergy:cephalexin"}},
		{"amoxicillin allergy vs ceftriaxone (dissimilar side chain)", []string{"ceftriaxone"}, []string{"amoxicillin"}, nil},
		// No conflict.
		{"macrolide with penicillin allergy", []string{"azithromycin"}, []string{"penicillin"}, nil},
		{"nitrofurantoin with sulfa allergy", []string{"nitrofurantoin"}, []string{"sulfa"}, nil},
		{"cefalexin with penicillin allergy", []string{"cephalexin"}, []string{"penicillin"}, nil},
		{"peanut allergy", []string{"epinephrine auto-injector"}, []string{"peanuts"}, nil},
		{"metamizole allergy vs ibuprofen", []string{"ibuprofen"}, []string{"dipirona"}, nil},
		{"celecoxib with ibuprofen allergy", []string{"celecoxib"}, []string{"ibuprofen"}, nil},
		// Preferential COX-2 inhibitors need a supervised challenge in NSAID
		// hypersensitivity (EAACI/ENDA); selective coxibs do not alert.
		{"nimesulida with AINEs allergy", []string{"nimesulida 100 mg 12/12h"}, []string{"AINEs"}, []string{"allergy:nimesulide"}},
		{"meloxicam with ibuprofen allergy", []string{"Mobic 15 mg"}, []string{"ibuprofen"}, []string{"allergy:meloxicam"}},
		{"meloxicam with NSAID allergy", []string{"meloxicam"}, []string{"NSAIDs"}, []string{"allergy:meloxicam"}},
		{"celecoxib with NSAID allergy", []string{"celecoxib"}, []string{"NSAIDs"}, nil},
		{"meloxicam with metamizole allergy", []string{"meloxicam"}, []string{"dipirona"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := keys(check(c.meds, c.allergies))
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("alerts %v, want %v", got, c.want)
			}
		})
	}
}

func TestCriticalLabs(t *testing.T) {
	cases := []struct {
		lab  casemodel.Lab
		want bool
	}{
		{casemodel.Lab{Name: "potassium", Value: 6.3, Unit: "mmol/L"}, true},
		{casemodel.Lab{Name: "potassium", Value: 6.2, Unit: "mmol/L"}, false},
		{casemodel.Lab{Name: "potassium", Value: 2.5, Unit: "mmol/L"}, true},
		{casemodel.Lab{Name: "sodium", Value: 120, Unit: "mmol/L"}, true},
		{casemodel.Lab{Name: "sodium", Value: 125, Unit: "mmol/L"}, false},
		{casemodel.Lab{Name: "glucose", Value: 25, Unit: "mmol/L"}, true},
		{casemodel.Lab{Name: "glucose", Value: 280, Unit: "mg/dL"}, false},
		{casemodel.Lab{Name: "glicemia", Value: 42, Unit: "mg/dL"}, true},
		{casemodel.Lab{Name: "INR", Value: 7.4}, true},
		{casemodel.Lab{Name: "INR", Value: 3.4}, false},
		{casemodel.Lab{Name: "lactate", Value: 4.0, Unit: "mmol/L"}, true},
		{casemodel.Lab{Name: "venous pH", Value: 7.04}, true},
		{casemodel.Lab{Name: "pH", Value: 7.36}, false},
		{casemodel.Lab{Name: "hemoglobin", Value: 6.5, Unit: "g/dL"}, true},
		{casemodel.Lab{Name: "hemoglobin", Value: 10.8, Unit: "g/dL"}, false},
		{casemodel.Lab{Name: "platelets", Value: 18, Unit: "x10^3/uL"}, true},
		{casemodel.Lab{Name: "platelets", Value: 62, Unit: "x10^3/uL"}, false},
		{casemodel.Lab{Name: "troponin I", Value: 2.4, Unit: "ng/mL"}, true},
		{casemodel.Lab{Name: "troponin I", Value: 0.02, Unit: "ng/mL"}, false},
		{casemodel.Lab{Name: "hs-troponin T", Value: 12, Unit: "ng/L"}, false},
		{casemodel.Lab{Name: "hs-troponin T", Value: 48, Unit: "ng/L"}, true},
		{casemodel.Lab{Name: "creatinine", Value: 2.3, Unit: "mg/dL"}, false},
		{casemodel.Lab{Name: "lítio sérico", Value: 1.1, Unit: "mEq/L"}, false},
	}
	for _, c := range cases {
		t.Run(c.lab.Name, func(t *testing.T) {
			r := check(nil, nil, c.lab)
			if got := len(r.Alerts) == 1 && r.Alerts[0].Kind == "critical_lab"; got != c.want {
				t.Errorf("%v %v %s → alerts %v, want critical=%v", c.lab.Name, c.lab.Value, c.lab.Unit, r.Alerts, c.want)
			}
		})
	}
	// One alert per analyte (the most extreme), whatever the source.
	g := 480.0
	c := clinical.Build(casemodel.Input{PatientID: "p", Vitals: &casemodel.Vitals{GlucoseMgDl: &g}, Labs: []casemodel.Lab{{Name: "glucose", Value: 34, Unit: "mmol/L"}}, ClinicalNotes: "Glicemia 500"}, nil, ref)
	r := Check(c)
	if len(r.Alerts) != 1 || r.Alerts[0].Analyte != "glucose" || *r.Alerts[0].Value < 600 {
		t.Errorf("glucose alerts %+v", r.Alerts)
	}
	// A low white count is judged by its neutrophils when they were
	// measured: WBC 1.8 with neutrophils 0.7 is no critical finding, WBC
	// 1.8 alone is, and neutrophils 0.3 alert as neutrophils.
	for _, tc := range []struct {
		labs []casemodel.Lab
		want string
	}{
		{[]casemodel.Lab{{Name: "WBC", Value: 1.8, Unit: "x10^9/L"}, {Name: "neutrophils", Value: 0.7, Unit: "x10^9/L"}}, ""},
		{[]casemodel.Lab{{Name: "WBC", Value: 1.8, Unit: "x10^9/L"}}, "wbc"},
		{[]casemodel.Lab{{Name: "WBC", Value: 1.1, Unit: "x10^9/L"}, {Name: "neutrophils", Value: 0.3, Unit: "x10^9/L"}}, "neutrophils"},
	} {
		r := Check(clinical.Build(casemodel.Input{PatientID: "p", Labs: tc.labs}, nil, ref))
		got := ""
		for _, a := range r.Alerts {
			got += a.Analyte
		}
		if got != tc.want {
			t.Errorf("%v: critical alerts %q, want %q", tc.labs, got, tc.want)
		}
	}
	// Document labs with a critical flag on an unknown analyte still alert.
	c = clinical.Build(casemodel.Input{PatientID: "p"}, []casemodel.Lab{{Name: "Ammonia", Value: 210, Unit: "umol/L", Flag: "critical_high"}}, ref)
	if r := Check(c); len(r.Alerts) != 1 || r.Alerts[0].Analyte != "ammonia" {
		t.Errorf("flagged document lab: %+v", r.Alerts)
	}
}

func TestCheckDrug(t *testing.T) {
	c := clinical.Build(casemodel.Input{PatientID: "p", Medications: []string{"warfarin"}, Allergies: []string{"penicillin"}}, nil, ref)
	if cs := CheckDrug(c, "amoxicillin"); len(cs) != 1 || cs[0].Kind != "allergy" {
		t.Errorf("amoxicillin: %+v", cs)
	}
	if cs := CheckDrug(c, "ibuprofen"); len(cs) != 1 || cs[0].Kind != "interaction" || cs[0].With != "warfarin" {
		t.Errorf("ibuprofen: %+v", cs)
	}
	if cs := CheckDrug(c, "acetaminophen"); len(cs) != 0 {
		t.Errorf("paracetamol: %+v", cs)
	}
}

func TestInteractionTable(t *testing.T) {
	rows := interactions()
	if len(rows) < 50 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, r := range rows {
		if r.Source == "" || r.Effect.EN == "" || r.Effect.PT == "" {
			t.Errorf("row %s/%s incomplete", r.A, r.B)
		}
	}
}

// TestDialysisCreatinine: a high creatinine in a patient on maintenance
// dialysis is the usual state, no critical alert; without dialysis it is.
func TestDialysisCreatinine(t *testing.T) {
	for _, c := range []struct {
		notes string
		want  bool
	}{
		{"ESRD on haemodialysis three times a week, missed Friday's session.", false},
		{"DRC em hemodiálise 3x/semana.", false},
		{"Vomiting for three days, no urine since yesterday.", true},
	} {
		cs := clinical.Build(casemodel.Input{PatientID: "p", ClinicalNotes: c.notes, Labs: []casemodel.Lab{{Name: "creatinine", Value: 10.4, Unit: "mg/dL"}}}, nil, ref)
		got := false
		for _, a := range Check(cs).Alerts {
			got = got || a.Kind == "critical_lab" && a.Analyte == "creatinine"
		}
		if got != c.want {
			t.Errorf("%q: creatinine alert %v, want %v", c.notes, got, c.want)
		}
	}
}

// Session 13 (heldout152): a booster with an inhaled steroid, and a
// dialysis effluent's cell count that is not a blood count.
func TestRound152Safety(t *testing.T) {
	if got := keys(check([]string{"Stribild 1 tab daily", "Seretide 250 inhaler twice daily"}, nil)); strings.Join(got, ",") != "drug_interaction:cobicistat+fluticasone" {
		t.Errorf("cobicistat with fluticasone: %v", got)
	}
	if got := keys(check([]string{"Norvir 100 mg", "budesonide inhaler 400 mcg"}, nil)); strings.Join(got, ",") != "drug_interaction:budesonide+ritonavir" {
		t.Errorf("ritonavir with budesonide: %v", got)
	}
	if got := keys(check([]string{"beclometasone inhaler"}, nil)); len(got) != 0 {
		t.Errorf("an inhaled steroid alone alerted: %v", got)
	}
	if got := keys(check(nil, nil, casemodel.Lab{Name: "white cells in PD effluent", Value: 900, Unit: "/mm3"})); len(got) != 0 {
		t.Errorf("a peritoneal effluent count read as a blood count: %v", got)
	}
	if got := keys(check(nil, nil, casemodel.Lab{Name: "leucócitos", Value: 900, Unit: "/mm3"})); strings.Join(got, ",") != "critical_lab:wbc" {
		t.Errorf("a blood count of 900/mm3 not critical: %v", got)
	}
}

// Doril is aspirin with caffeine (ANVISA bulário).
func TestDorilIsAspirin(t *testing.T) {
	if got := keys(check([]string{"Doril 2 comprimidos"}, []string{"AAS"})); strings.Join(got, ",") != "allergy:aspirin" {
		t.Errorf("Doril with an AAS allergy: %v", got)
	}
}

// Carbamazepine with clozapine (Clozaril SmPC: contraindicated).
func TestClozapineCarbamazepine(t *testing.T) {
	if got := keys(check([]string{"clozapina 300 mg", "Tegretol 200 mg 2x/dia"}, nil)); strings.Join(got, ",") != "drug_interaction:carbamazepine+clozapine" {
		t.Errorf("clozapine with Tegretol: %v", got)
	}
}

func TestRound163Tables(t *testing.T) {
	if k := strings.Join(keys(check([]string{"methadone 80 mg", "naltrexone 50 mg"}, nil)), " "); !strings.Contains(k, "methadone+naltrexone") {
		t.Errorf("methadone with naltrexone not alerted: %s", k)
	}
	if k := strings.Join(keys(check([]string{"Frontal 0,5 mg", "itraconazol 100 mg"}, nil)), " "); !strings.Contains(k, "alprazolam+itraconazole") {
		t.Errorf("alprazolam with itraconazole not alerted: %s", k)
	}
	if k := strings.Join(keys(check([]string{"naltrexone 50 mg", "sertraline 50 mg"}, nil)), " "); k != "" {
		t.Errorf("naltrexone without an opioid alerted: %s", k)
	}
	if k := strings.Join(keys(check(nil, nil, casemodel.Lab{Name: "bilirrubina total", Value: 24.5, Unit: "mg/dL"})), " "); !strings.Contains(k, "bilirubin") {
		t.Errorf("a bilirubin of 24.5 mg/dL not critical: %s", k)
	}
}

func TestRound169Tables(t *testing.T) {
	for _, c := range []struct {
		meds []string
		want string
	}{
		{[]string{"Durogesic 25 mcg/h patch", "fluconazol 150 mg"}, "fentanyl+fluconazole"},
		{[]string{"fentanyl patch 12 mcg/h", "clarithromycin 500 mg"}, "clarithromycin+fentanyl"},
		{[]string{"venetoclax 50 mg", "Klaricid 500 mg"}, "clarithromycin+venetoclax"},
	} {
		k := strings.Join(keys(check(c.meds, nil)), " ")
		if !strings.Contains(k, c.want) {
			t.Errorf("%v: alerts %q, want %q", c.meds, k, c.want)
		}
	}
	// heparin-induced thrombocytopenia rules out every heparin, the
	// low-molecular-weight ones included
	if k := strings.Join(keys(check([]string{"enoxaparin 80 mg sc"}, []string{"heparin (HIT 2021)"})), " "); !strings.Contains(k, "enoxaparin") {
		t.Errorf("enoxaparin after heparin-induced thrombocytopenia not alerted: %s", k)
	}
	if k := strings.Join(keys(check([]string{"apixaban 5 mg"}, []string{"heparin (HIT 2021)"})), " "); k != "" {
		t.Errorf("apixaban after HIT alerted: %s", k)
	}
}

func TestRound182Tables(t *testing.T) {
	// oral levonorgestrel fails with an enzyme inducer; the hormonal coil
	// does not (FSRH 2022)
	if k := strings.Join(keys(check([]string{"carbamazepine 400 mg", "Postinor (levonorgestrel 1.5 mg) single dose"}, nil)), " "); !strings.Contains(k, "carbamazepine+levonorgestrel") {
		t.Errorf("levonorgestrel emergency contraception with carbamazepine not alerted: %s", k)
	}
	if k := strings.Join(keys(check([]string{"carbamazepine 400 mg", "Mirena intrauterine system"}, nil)), " "); k != "" {
		t.Errorf("the hormonal coil with carbamazepine alerted: %s", k)
	}
}

// Transplant and HIV pairs of held-out set 207: enzyme inducers lower
// calcineurin inhibitors (Prograf, Neoral labels); boosters raise
// amiodarone and midazolam (Norvir, Tybost labels).
func TestRound207Tables(t *testing.T) {
	for _, tc := range []struct {
		meds []string
		want string
	}{
		{[]string{"tacrolimus 4 mg twice daily", "rifampicin/isoniazid/pyrazinamide/ethambutol 4 tablets daily"}, "rifampicin+tacrolimus"},
		{[]string{"ciclosporina 100 mg 2x/dia", "carbamazepina 200 mg"}, "carbamazepine+cyclosporine"},
		{[]string{"darunavir 800 mg", "ritonavir 100 mg", "amiodarone 200 mg"}, "amiodarone+ritonavir"},
		{[]string{"Genvoya 1 tablet daily", "midazolam 7.5 mg orally before the procedure"}, "cobicistat+midazolam"},
	} {
		if k := strings.Join(keys(check(tc.meds, nil)), " "); !strings.Contains(k, tc.want) {
			t.Errorf("%v: want %s, got %s", tc.meds, tc.want, k)
		}
	}
	if k := strings.Join(keys(check([]string{"tacrolimus 2 mg", "pravastatin 20 mg"}, nil)), " "); k != "" {
		t.Errorf("tacrolimus with pravastatin alerted: %s", k)
	}
}

// Enzyme inducers lower the INR on warfarin (held-out set 211); one
// alert per pair even where a drug row and a class row both match.
func TestInducersWithWarfarin(t *testing.T) {
	if k := strings.Join(keys(check([]string{"warfarin 5 mg", "carbamazepine 200 mg twice daily"}, nil)), " "); k != "drug_interaction:carbamazepine+warfarin" {
		t.Errorf("carbamazepine with warfarin: %s", k)
	}
	if k := strings.Join(keys(check([]string{"varfarina 5 mg", "rifampicina 600 mg"}, nil)), " "); k != "drug_interaction:rifampicin+warfarin" {
		t.Errorf("rifampicin with warfarin: %s", k)
	}
}

// Stimulants and ecstasy with antidepressants (held-out sets 214, 215):
// MAO inhibitors with methylphenidate or MDMA (Ritalin label; TOXBASE),
// an SSRI with MDMA.
func TestStimulantsWithAntidepressants(t *testing.T) {
	for _, tc := range []struct {
		meds []string
		want string
	}{
		{[]string{"Ritalina 10 mg", "phenelzine 15 mg three times daily"}, "methylphenidate+phenelzine"},
		{[]string{"sertraline 100 mg daily", "MDMA (ecstasy) 2 pills"}, "mdma+sertraline"},
		{[]string{"tranilcipromina 20 mg", "bala (ecstasy)"}, "mdma+tranylcypromine"},
	} {
		if k := strings.Join(keys(check(tc.meds, nil)), " "); !strings.Contains(k, tc.want) {
			t.Errorf("%v: want %s, got %s", tc.meds, tc.want, k)
		}
	}
}

// Held-out sets 217 and 219: an ergot with a triptan (Imitrex label), a
// non-selective beta-blocker with adrenaline (EpiPen label), an mTOR
// inhibitor with an ACE inhibitor (Afinitor label); a penicillin label
// removed after a negative challenge conflicts with nothing.
func TestRound217Tables(t *testing.T) {
	for _, tc := range []struct {
		meds []string
		want string
	}{
		{[]string{"methylergometrine 0.2 mg three times daily", "sumatriptan 50 mg"}, "methylergometrine+sumatriptan"},
		{[]string{"propranolol 40 mg twice daily", "adrenaline 0.5 mg IM"}, "epinephrine+propranolol"},
		{[]string{"everolimus 10 mg daily", "ramipril 5 mg daily"}, "everolimus+ramipril"},
	} {
		if k := strings.Join(keys(check(tc.meds, nil)), " "); !strings.Contains(k, tc.want) {
			t.Errorf("%v: want %s, got %s", tc.meds, tc.want, k)
		}
	}
	if k := strings.Join(keys(check([]string{"amoxicillin 500 mg"}, []string{"penicillin - de-labelled 2024 after negative oral amoxicillin challenge"})), " "); k != "" {
		t.Errorf("a de-labelled penicillin allergy alerted: %s", k)
	}
	if k := strings.Join(keys(check([]string{"amoxicillin 500 mg"}, []string{"penicillin (hives)"})), " "); k != "allergy:amoxicillin" {
		t.Errorf("a live penicillin allergy: %s", k)
	}
}

// Eye drops that act systemically (held-out set 221): timolol with
// verapamil, brimonidine with an MAO inhibitor; acetazolamide with
// aspirin; CYP3A4 inhibitors with oxycodone (OxyContin boxed warning).
func TestRound221Tables(t *testing.T) {
	for _, tc := range []struct {
		meds []string
		want string
	}{
		{[]string{"timolol 0.5% eye drops twice daily", "verapamil 240 mg daily"}, "timolol+verapamil"},
		{[]string{"brimonidine 0.2% eye drops twice daily", "phenelzine 15 mg three times daily"}, "brimonidine+phenelzine"},
		{[]string{"acetazolamide 250 mg four times daily", "aspirin 900 mg four times daily"}, "acetazolamide+aspirin"},
		{[]string{"OxyContin 20 mg twice daily", "clarithromycin 500 mg twice daily"}, "clarithromycin+oxycodone"},
	} {
		if k := strings.Join(keys(check(tc.meds, nil)), " "); !strings.Contains(k, tc.want) {
			t.Errorf("%v: want %s, got %s", tc.meds, tc.want, k)
		}
	}
	if k := strings.Join(keys(check([]string{"chloramphenicol 0.5% eye drops", "phenelzine 15 mg"}, nil)), " "); k != "" {
		t.Errorf("antibiotic eye drops with an MAOI alerted: %s", k)
	}
}

// An MAOI started inside fluoxetine's five-week washout still meets it
// (FDA Prozac label); after the washout it does not.
func TestWashoutFluoxetineMAOI(t *testing.T) {
	in := casemodel.Input{Language: "en", Symptoms: "starting a new antidepressant", Medications: []string{"fluoxetine 40 mg daily (stopped 8 days ago)", "phenelzine 15 mg three times daily"}}
	r := Check(clinical.Build(in, nil, time.Now()))
	found := false
	for _, f := range r.Findings {
		if f.Alert.Kind == "drug_interaction" && strings.Join(f.Alert.Drugs, "+") == "fluoxetine+phenelzine" {
			found = true
		}
	}
	if !found {
		t.Errorf("fluoxetine stopped 8 days ago with phenelzine: no alert (%+v)", r.Findings)
	}
	in.Medications[0] = "fluoxetine 40 mg daily (stopped 8 weeks ago)"
	for _, f := range Check(clinical.Build(in, nil, time.Now())).Findings {
		if f.Alert.Kind == "drug_interaction" {
			t.Errorf("fluoxetine stopped 8 weeks ago: unexpected alert %v", f.Alert.Drugs)
		}
	}
}

// An ionised calcium is judged against its own limits (Kost 1990:
// 0.78/1.58 mmol/L) and reported under calcium, the contract's analyte.
func TestIonisedCalcium(t *testing.T) {
	if r := check(nil, nil, casemodel.Lab{Name: "ionized calcium", Value: 1.17, Unit: "mmol/L"}); len(r.Alerts) != 0 {
		t.Errorf("a normal ionised calcium raised %+v", r.Alerts)
	}
	r := check(nil, nil, casemodel.Lab{Name: "ionised calcium", Value: 0.70, Unit: "mmol/L"})
	if len(r.Alerts) != 1 || r.Alerts[0].Analyte != "calcium" || r.Alerts[0].Unit != "mmol/L" {
		t.Errorf("ionised calcium 0.70: alerts %+v, want one critical calcium in mmol/L", r.Alerts)
	}
}

// A vaccine component allergy (gelatin, neomycin) conflicts with the
// vaccines that contain it (CDC Pink Book excipient summary).
func TestVaccineComponentAllergy(t *testing.T) {
	for _, tc := range []struct {
		meds, allergies []string
		want            bool
	}{
		{[]string{"MMR vaccine (M-M-R II, today)"}, []string{"gelatin"}, true},
		{[]string{"vacina tríplice viral (aplicada)"}, []string{"neomicina"}, true},
		{[]string{"influenza vaccine (inactivated)"}, []string{"gelatin"}, false},
	} {
		r := check(tc.meds, tc.allergies)
		got := false
		for _, a := range r.Alerts {
			got = got || a.Kind == "allergy"
		}
		if got != tc.want {
			t.Errorf("%v with allergy %v: allergy alert %v, want %v (%+v)", tc.meds, tc.allergies, got, tc.want, r.Alerts)
		}
	}
}

// TestRound300Tables: lymecycline is a tetracycline (a doxycycline
// allergy conflicts; isotretinoin beside it is contraindicated).
func TestRound300Tables(t *testing.T) {
	if k := strings.Join(keys(check([]string{"lymecycline 408 mg daily"}, []string{"doxycycline"})), " "); k != "allergy:lymecycline" {
		t.Errorf("lymecycline with a doxycycline allergy: %s", k)
	}
	if k := strings.Join(keys(check([]string{"isotretinoin 20 mg daily", "lymecycline 408 mg daily"}, nil)), " "); !strings.Contains(k, "isotretinoin+lymecycline") {
		t.Errorf("isotretinoin with lymecycline: %s", k)
	}
}

// TestRound306Tables: nicorandil is a nitrate (contraindicated with a
// PDE5 inhibitor); chlordiazepoxide is a benzodiazepine (major with an
// opioid).
func TestRound306Tables(t *testing.T) {
	if k := strings.Join(keys(check([]string{"nicorandil 10 mg twice daily", "sildenafil 50 mg"}, nil)), " "); !strings.Contains(k, "nicorandil+sildenafil") {
		t.Errorf("nicorandil with sildenafil: %s", k)
	}
	if k := strings.Join(keys(check([]string{"methadone 60 mg daily", "chlordiazepoxide 20 mg four times daily"}, nil)), " "); !strings.Contains(k, "chlordiazepoxide+methadone") {
		t.Errorf("chlordiazepoxide with methadone: %s", k)
	}
}

// TestRound324Tables: a side effect recorded as an allergy (vomiting with
// codeine) is an intolerance and does not cross-react to morphine; a rash
// with codeine still does, and the same drug is always flagged.
func TestRound324Tables(t *testing.T) {
	if k := strings.Join(keys(check([]string{"morphine 2.5 mg SC as needed"}, []string{"codeine (vomiting)"})), " "); strings.Contains(k, "allergy") {
		t.Errorf("morphine with a codeine intolerance (vomiting): %s", k)
	}
	if k := strings.Join(keys(check([]string{"morphine 2.5 mg SC as needed"}, []string{"codeine (rash)"})), " "); !strings.Contains(k, "allergy:morphine") {
		t.Errorf("morphine with a codeine rash: %s", k)
	}
	if k := strings.Join(keys(check([]string{"codeine 30 mg four times daily"}, []string{"codeine (vomiting)"})), " "); !strings.Contains(k, "allergy:codeine") {
		t.Errorf("codeine with a codeine intolerance is still the same drug: %s", k)
	}
}
