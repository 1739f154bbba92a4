package clinical

import (
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Session 21 (heldout276-278, invented text): the single pressure of an
// LVAD patient is a Doppler pressure, not a systolic; the pH of a
// gastric aspirate is no blood gas.
func TestRound278Extraction(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	lvad := Build(casemodel.Input{Symptoms: "driveline site sore", ClinicalNotes: "HeartMate 3 since last year. Doppler pressure 78.", Vitals: &casemodel.Vitals{SystolicBP: f(78), HeartRate: f(84)}}, nil, ref)
	if lvad.Vitals.SystolicBP != nil || lvad.Vitals.LVADDoppler == nil || *lvad.Vitals.LVADDoppler != 78 {
		t.Errorf("LVAD pressure: systolic %v, doppler %v; want no systolic and a Doppler of 78", lvad.Vitals.SystolicBP, lvad.Vitals.LVADDoppler)
	}
	// a cuff pressure with its diastolic stays a systolic, LVAD or not
	cuff := Build(casemodel.Input{Symptoms: "dizzy", ClinicalNotes: "LVAD with a pulse today.", Vitals: &casemodel.Vitals{SystolicBP: f(96), DiastolicBP: f(70)}}, nil, ref)
	if cuff.Vitals.SystolicBP == nil || cuff.Vitals.LVADDoppler != nil {
		t.Errorf("cuff pressure with a diastolic should stay systolic: %+v", cuff.Vitals)
	}
	// no LVAD: a lone systolic of 80 is a systolic
	plain := Build(casemodel.Input{Symptoms: "dizzy", Vitals: &casemodel.Vitals{SystolicBP: f(80)}}, nil, ref)
	if plain.Vitals.SystolicBP == nil {
		t.Errorf("a systolic without an LVAD was dropped")
	}
	for notes, wantPH := range map[string]bool{
		"NG tube re-advanced; gastric aspirate tested pH 6.5.": false,
		"Urine dipstick pH 8, no blood.":                       false,
		"Venous gas: pH 7.12, bicarbonate 9.":                  true,
		"Troponin 40 ng/L; ABG pH 7.18.":                       true,
	} {
		c := Build(casemodel.Input{Symptoms: "unwell", ClinicalNotes: notes}, nil, ref)
		if _, got := c.LabValue("ph"); got != wantPH {
			t.Errorf("%q: pH read as a blood value %v, want %v", notes, got, wantPH)
		}
	}
}

// Session 21 (heldout281-284, invented text): what a note says about HIV
// prevention, an old allergic reaction, carbon monoxide and an ionised
// calcium.
func TestRound284Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	build := func(sym, notes string, meds, allergies []string, labs []casemodel.Lab) *Case {
		return Build(casemodel.Input{Symptoms: sym, ClinicalNotes: notes, Medications: meds, Allergies: allergies, Labs: labs}, nil, ref)
	}
	if c := build("wants to renew PrEP", "HIV negative last week; takes tenofovir/emtricitabine as PrEP.", []string{"emtricitabine/tenofovir disoproxil 200/245 mg daily (PrEP)"}, nil, nil); c.Has("hiv_known") {
		t.Errorf("PrEP and a negative HIV test read as HIV infection")
	}
	if c := build("review", "Living with HIV, on dolutegravir, viral load undetectable.", []string{"dolutegravir 50 mg daily"}, nil, nil); !c.Has("hiv_known") {
		t.Errorf("known HIV on treatment was lost")
	}
	if c := build("teste rápido", "Teste rápido de HIV não reagente.", nil, nil, nil); c.Has("new_hiv") {
		t.Errorf("a non-reactive HIV test read as a new diagnosis")
	}
	// an old reaction to a drug on the allergy list, not taken now
	old := build("dor lombar", "Relata inchaço nos lábios (angioedema) após tomar dipirona no ano de 2019.", []string{"paracetamol 750 mg"}, []string{"dipirona"}, nil)
	if old.Has("angioedema") {
		t.Errorf("an allergy's story read as angioedema now")
	}
	// the same drug taken today with the swelling now
	now := build("lips swelling now", "Swelling of the lips (angioedema) after taking ibuprofen this morning.", []string{"ibuprofen 400 mg"}, []string{"ibuprofen"}, nil)
	if !now.Has("angioedema") {
		t.Errorf("a reaction happening now was dropped")
	}
	if c := build("review after carbon monoxide poisoning", "Mild poisoning 3 weeks ago, treated with oxygen.", nil, nil, nil); c.Has("overdose") {
		t.Errorf("carbon monoxide poisoning read as an overdose")
	}
	// an ionised calcium is its own analyte: 1.17 mmol/L is normal
	ion := build("fingertip pain", "", nil, nil, []casemodel.Lab{{Name: "ionized calcium", Value: 1.17, Unit: "mmol/L"}})
	if _, ok := ion.LabValue("calcium"); ok {
		t.Errorf("an ionised calcium was read as a total calcium")
	}
	if v, ok := ion.LabValue("ionized_calcium"); !ok || v != 1.17 {
		t.Errorf("ionised calcium = %v, %v; want 1.17", v, ok)
	}
}

// A drug the note says was avoided is not a current medicine; an IV iron
// is a drug the allergy record can name.
func TestRound287Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c := Build(casemodel.Input{Symptoms: "follow-up", ClinicalNotes: "Atrial fibrillation on amiodarone (flecainide avoided because of coronary disease)."}, nil, ref)
	if c.OnDrug("flecainide") {
		t.Errorf("an avoided drug was read as taken")
	}
	if !c.OnDrug("amiodarone") {
		t.Errorf("amiodarone, taken, was lost")
	}
	if d := FindDrugs("ferric carboxymaltose 1000 mg IV", true); len(d) == 0 || d[0].Generic != "ferric carboxymaltose" {
		t.Errorf("ferric carboxymaltose not recognised: %v", d)
	}
}

// TestRound297Extraction: a fever "not coming down with paracetamol" is a
// treatment that did not work, not an allergy; "arm not swollen" denies
// the swelling; a septic arthritis named as what IV antibiotics treat is
// the course's indication, while a joint hot again is a finding now.
func TestRound297Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c := Build(casemodel.Input{Symptoms: "fever for 5 days not coming down with paracetamol, rash", Medications: []string{"paracetamol 15 mg/kg as needed"}}, nil, ref)
	if len(c.Allergies) != 0 {
		t.Errorf("a fever not coming down with paracetamol was read as an allergy: %+v", c.Allergies)
	}
	c = Build(casemodel.Input{Symptoms: "line will not flush", ClinicalNotes: "Arm not swollen, no redness."}, nil, ref)
	if c.Has("arm_swelling") {
		t.Errorf("'arm not swollen' read as a swollen arm")
	}
	c = Build(casemodel.Input{Symptoms: "PICC dressing", ClinicalNotes: "Home IV flucloxacillin, week 4, for MSSA septic arthritis of the right knee."}, nil, ref)
	if c.Has("hot_joint") || c.Has("sepsis") {
		t.Errorf("a septic arthritis under treatment read as a hot joint or sepsis now: %v", c.Findings)
	}
	c = Build(casemodel.Input{Symptoms: "fever and a hot swollen knee", ClinicalNotes: "Seen for a septic arthritis of the right knee."}, nil, ref)
	if !c.Has("hot_joint") {
		t.Errorf("a hot swollen knee now was lost: %v", c.Findings)
	}
	if !drugHasClass("teicoplanin", "antibiotic") || !drugHasClass("daptomycin", "antibiotic") {
		t.Errorf("teicoplanin and daptomycin should be antibiotics")
	}
}

// drugHasClass reports whether the table's drug generic has class cl.
func drugHasClass(generic, cl string) bool {
	d, ok := DrugByName(generic)
	return ok && d.HasClass(cl)
}

// TestRound300Extraction: "na UPA iniciaram alopurinol" days ago is a
// recent start; "improving on IV antibiotics" is an infection settling;
// a drain that "fell out" is no fall, one who "fell out of bed" is.
func TestRound300Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c := Build(casemodel.Input{Language: "pt-BR", Symptoms: "veio mostrar exames", ClinicalNotes: "Crise de gota há 4 dias; na UPA iniciaram alopurinol."}, nil, ref)
	if !c.Has("recently_started") {
		t.Errorf("'há 4 dias; na UPA iniciaram' not read as a recent start: %v", c.Findings)
	}
	c = Build(casemodel.Input{Symptoms: "asks for a laxative", ClinicalNotes: "Admitted with pneumonia, improving on IV antibiotics."}, nil, ref)
	if !c.Has("recovering") {
		t.Errorf("'improving on IV antibiotics' not read as settling: %v", c.Findings)
	}
	c = Build(casemodel.Input{Symptoms: "the wound drain fell out", ClinicalNotes: "Tip intact."}, nil, ref)
	if c.Has("fall") || c.Has("injury") {
		t.Errorf("a drain that fell out read as a fall: %v", c.Findings)
	}
	c = Build(casemodel.Input{Symptoms: "fell out of bed overnight"}, nil, ref)
	if !c.Has("fall") {
		t.Errorf("a fall out of bed was lost: %v", c.Findings)
	}
}

// TestRound309Extraction: a drug given "because of a penicillin allergy"
// is the alternative, not the allergen.
func TestRound309Extraction(t *testing.T) {
	ref := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	c := Build(casemodel.Input{Symptoms: "burning on passing urine", ClinicalNotes: "GP gave nitrofurantoin because of a penicillin allergy.", Allergies: []string{"penicillin"}}, nil, ref)
	for _, a := range c.Allergies {
		if a.Generic == "nitrofurantoin" {
			t.Errorf("the alternative chosen for an allergy was read as the allergen: %+v", c.Allergies)
		}
	}
}
