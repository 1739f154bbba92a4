package scores

import "testing"

func f(v float64) *float64 { return &v }
func b(v bool) *bool       { return &v }

func TestNEWS2Parameters(t *testing.T) {
	// Each row: one parameter value and its published NEWS2 points (RCP 2017).
	cases := []struct {
		name string
		in   NEWS2Input
		key  string
		want int
	}{
		{"rr 8", NEWS2Input{RespiratoryRate: f(8)}, "respiratory_rate", 3},
		{"rr 9", NEWS2Input{RespiratoryRate: f(9)}, "respiratory_rate", 1},
		{"rr 11", NEWS2Input{RespiratoryRate: f(11)}, "respiratory_rate", 1},
		{"rr 12", NEWS2Input{RespiratoryRate: f(12)}, "respiratory_rate", 0},
		{"rr 20", NEWS2Input{RespiratoryRate: f(20)}, "respiratory_rate", 0},
		{"rr 21", NEWS2Input{RespiratoryRate: f(21)}, "respiratory_rate", 2},
		{"rr 24", NEWS2Input{RespiratoryRate: f(24)}, "respiratory_rate", 2},
		{"rr 25", NEWS2Input{RespiratoryRate: f(25)}, "respiratory_rate", 3},
		{"spo2 91", NEWS2Input{SpO2: f(91)}, "spo2", 3},
		{"spo2 92", NEWS2Input{SpO2: f(92)}, "spo2", 2},
		{"spo2 94", NEWS2Input{SpO2: f(94)}, "spo2", 1},
		{"spo2 96", NEWS2Input{SpO2: f(96)}, "spo2", 0},
		{"scale2 spo2 90 air", NEWS2Input{SpO2: f(90), Scale2: true, OnOxygen: b(false)}, "spo2", 0},
		{"scale2 spo2 85", NEWS2Input{SpO2: f(85), Scale2: true}, "spo2", 2},
		{"scale2 spo2 97 on o2", NEWS2Input{SpO2: f(97), Scale2: true, OnOxygen: b(true)}, "spo2", 3},
		{"oxygen", NEWS2Input{OnOxygen: b(true)}, "air_or_oxygen", 2},
		{"sbp 90", NEWS2Input{SystolicBP: f(90)}, "systolic_bp", 3},
		{"sbp 91", NEWS2Input{SystolicBP: f(91)}, "systolic_bp", 2},
		{"sbp 101", NEWS2Input{SystolicBP: f(101)}, "systolic_bp", 1},
		{"sbp 111", NEWS2Input{SystolicBP: f(111)}, "systolic_bp", 0},
		{"sbp 220", NEWS2Input{SystolicBP: f(220)}, "systolic_bp", 3},
		{"hr 40", NEWS2Input{HeartRate: f(40)}, "pulse", 3},
		{"hr 41", NEWS2Input{HeartRate: f(41)}, "pulse", 1},
		{"hr 90", NEWS2Input{HeartRate: f(90)}, "pulse", 0},
		{"hr 91", NEWS2Input{HeartRate: f(91)}, "pulse", 1},
		{"hr 111", NEWS2Input{HeartRate: f(111)}, "pulse", 2},
		{"hr 131", NEWS2Input{HeartRate: f(131)}, "pulse", 3},
		{"new confusion", NEWS2Input{Consciousness: "confused"}, "consciousness", 3},
		{"alert", NEWS2Input{Consciousness: "alert"}, "consciousness", 0},
		{"temp 35.0", NEWS2Input{TemperatureC: f(35.0)}, "temperature", 3},
		{"temp 35.1", NEWS2Input{TemperatureC: f(35.1)}, "temperature", 1},
		{"temp 38.0", NEWS2Input{TemperatureC: f(38.0)}, "temperature", 0},
		{"temp 38.1", NEWS2Input{TemperatureC: f(38.1)}, "temperature", 1},
		{"temp 39.1", NEWS2Input{TemperatureC: f(39.1)}, "temperature", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := NEWS2(c.in)
			if r.Parts[c.key] != c.want {
				t.Errorf("%s = %d, want %d", c.key, r.Parts[c.key], c.want)
			}
		})
	}
}

func TestNEWS2Bands(t *testing.T) {
	cases := []struct {
		name  string
		in    NEWS2Input
		score int
		band  string
	}{
		{"all normal", NEWS2Input{f(16), f(98), false, b(false), f(120), f(70), "alert", f(36.8)}, 0, Low},
		{"single 3 is low-medium", NEWS2Input{f(16), f(98), false, b(false), f(120), f(135), "alert", f(36.8)}, 3, LowMed},
		{"5 is medium", NEWS2Input{f(22), f(95), false, b(false), f(120), f(105), "alert", f(38.5)}, 5, Medium},
		{"7 is high", NEWS2Input{f(26), f(93), false, b(false), f(105), f(100), "alert", f(36.8)}, 7, High},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := NEWS2(c.in)
			if r.Score != c.score || r.Band != c.band {
				t.Errorf("got %d/%s, want %d/%s (%v)", r.Score, r.Band, c.score, c.band, r.Parts)
			}
			if len(r.Missing) != 0 {
				t.Errorf("missing %v", r.Missing)
			}
		})
	}
	if r := NEWS2(NEWS2Input{HeartRate: f(80)}); len(r.Missing) != 6 {
		t.Errorf("missing = %v, want 6 entries", r.Missing)
	}
}

func TestQSOFA(t *testing.T) {
	cases := []struct {
		rr, sbp float64
		alt     bool
		want    int
	}{{22, 100, true, 3}, {21, 101, false, 0}, {22, 120, false, 1}, {16, 95, true, 2}}
	for _, c := range cases {
		got, missing := QSOFA(f(c.rr), f(c.sbp), b(c.alt))
		if got != c.want || len(missing) != 0 {
			t.Errorf("QSOFA(%v,%v,%v) = %d, want %d", c.rr, c.sbp, c.alt, got, c.want)
		}
	}
	if got, missing := QSOFA(nil, f(90), nil); got != 1 || len(missing) != 2 {
		t.Errorf("partial qSOFA = %d %v", got, missing)
	}
}

func TestShockIndex(t *testing.T) {
	cases := []struct{ hr, sbp, want float64 }{{110, 100, 1.1}, {70, 140, 0.5}, {120, 120, 1}}
	for _, c := range cases {
		if got, ok := ShockIndex(f(c.hr), f(c.sbp)); !ok || got != c.want {
			t.Errorf("SI(%v/%v) = %v", c.hr, c.sbp, got)
		}
	}
	if _, ok := ShockIndex(nil, f(100)); ok {
		t.Error("missing HR must not compute")
	}
}

func TestHEART(t *testing.T) {
	cases := []struct {
		name string
		in   HEARTInput
		want int
		band string
	}{
		{"young, slightly suspicious", HEARTInput{History: 0, Age: 30}, 0, Low},
		{"band edge 3", HEARTInput{History: 1, Age: 50, RiskFactors: 1}, 3, Low},
		{"band edge 4", HEARTInput{History: 2, Age: 50, RiskFactors: 1}, 4, Moderate},
		{"band edge 6", HEARTInput{History: 2, ECG: 1, Age: 66, RiskFactors: 1}, 6, Moderate},
		{"band edge 7", HEARTInput{History: 2, ECG: 2, Age: 66, RiskFactors: 1}, 7, High},
		{"troponin >3x", HEARTInput{History: 2, ECG: 2, Age: 70, RiskFactors: 3, TroponinRatio: f(10)}, 10, High},
		{"troponin 1-3x", HEARTInput{Age: 30, TroponinRatio: f(2)}, 1, Low},
		{"known atherosclerosis", HEARTInput{Age: 30, KnownAtherosclerosis: true}, 2, Low},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, band := HEART(c.in)
			if got != c.want || band != c.band {
				t.Errorf("HEART = %d/%s, want %d/%s", got, band, c.want, c.band)
			}
		})
	}
}

func TestCHA2DS2VASc(t *testing.T) {
	cases := []struct {
		name     string
		in       CHA2DS2VAScInput
		want     int
		anticoag bool
	}{
		{"young man", CHA2DS2VAScInput{Age: 50}, 0, false},
		{"woman only", CHA2DS2VAScInput{Age: 50, Female: true}, 1, false},
		{"65-74", CHA2DS2VAScInput{Age: 70}, 1, false},
		{"75+ man", CHA2DS2VAScInput{Age: 76}, 2, true},
		{"all", CHA2DS2VAScInput{HeartFailure: true, Hypertension: true, Diabetes: true, StrokeTIA: true, Vascular: true, Female: true, Age: 80}, 9, true},
		{"woman 2 points", CHA2DS2VAScInput{Female: true, Hypertension: true, Age: 60}, 2, false},
	}
	for _, c := range cases {
		got := CHA2DS2VASc(c.in)
		if got != c.want || AnticoagulationIndicated(got, c.in.Female) != c.anticoag {
			t.Errorf("%s: %d (anticoag %v), want %d (%v)", c.name, got, AnticoagulationIndicated(got, c.in.Female), c.want, c.anticoag)
		}
	}
}

func TestWellsPE(t *testing.T) {
	cases := []struct {
		in     WellsPEInput
		want   float64
		band   string
		likely bool
	}{
		{WellsPEInput{}, 0, Low, false},
		{WellsPEInput{HeartRateOver100: true}, 1.5, Low, false},
		{WellsPEInput{HeartRateOver100: true, Haemoptysis: true}, 2.5, Moderate, false},
		{WellsPEInput{DVTSigns: true, HeartRateOver100: true}, 4.5, Moderate, true},
		{WellsPEInput{DVTSigns: true, PEMostLikely: true, HeartRateOver100: true, ImmobilisationOrSurgery: true}, 9, High, true},
	}
	for _, c := range cases {
		got, band, likely := WellsPE(c.in)
		if got != c.want || band != c.band || likely != c.likely {
			t.Errorf("Wells %+v = %v/%s/%v", c.in, got, band, likely)
		}
	}
}

func TestPERC(t *testing.T) {
	pos, complete := PERC(PERCInput{Age: f(30), HeartRate: f(80), SpO2: f(98)})
	if len(pos) != 0 || !complete {
		t.Errorf("PERC negative expected, got %v %v", pos, complete)
	}
	pos, _ = PERC(PERCInput{Age: f(55), HeartRate: f(112), SpO2: f(94), Estrogen: true})
	if len(pos) != 4 {
		t.Errorf("PERC positives = %v", pos)
	}
}

func TestCURB65(t *testing.T) {
	cases := []struct {
		in   CURB65Input
		want int
		band string
	}{
		{CURB65Input{Age: 40, RR: f(18), SBP: f(120), DBP: f(80)}, 0, Low},
		{CURB65Input{Age: 70, RR: f(18), SBP: f(120), DBP: f(80)}, 1, Low},
		{CURB65Input{Age: 70, Confusion: true, SBP: f(120), DBP: f(80)}, 2, Moderate},
		{CURB65Input{Age: 70, Confusion: true, BUN: f(25), RR: f(30), SBP: f(85)}, 5, High},
		{CURB65Input{Age: 40, DBP: f(60)}, 1, Low},
		{CURB65Input{Age: 40, BUN: f(19)}, 0, Low},
	}
	for _, c := range cases {
		got, band := CURB65(c.in)
		if got != c.want || band != c.band {
			t.Errorf("CURB65 = %d/%s, want %d/%s", got, band, c.want, c.band)
		}
	}
}

func TestCentor(t *testing.T) {
	cases := []struct {
		in          CentorInput
		centor, mci int
	}{
		{CentorInput{TonsillarExudate: true, TenderAnteriorNodes: true, Fever: true, NoCough: true, Age: 19}, 4, 4},
		{CentorInput{TonsillarExudate: true, TenderAnteriorNodes: true, Fever: true, NoCough: true, Age: 10}, 4, 5},
		{CentorInput{Fever: true, Age: 50}, 1, 0},
		{CentorInput{}, 0, 0},
	}
	for _, c := range cases {
		ce, mc := Centor(c.in)
		if ce != c.centor || mc != c.mci {
			t.Errorf("Centor %+v = %d/%d", c.in, ce, mc)
		}
	}
}

func TestGlasgowBlatchford(t *testing.T) {
	// BUN 32 mg/dL = urea 11.4 mmol/L (4), Hb 10.8 male (3), SBP 128 (0), HR 96 (0), melaena (1) = 8.
	got, missing := GlasgowBlatchford(GBSInput{BUN: f(32), Hemoglobin: f(10.8), SBP: f(128), HR: f(96), Male: true, Melena: true})
	if got != 8 || len(missing) != 0 {
		t.Errorf("GBS = %d %v, want 8", got, missing)
	}
	got, _ = GlasgowBlatchford(GBSInput{BUN: f(10), Hemoglobin: f(14), SBP: f(130), HR: f(80), Male: true})
	if got != 0 {
		t.Errorf("low-risk GBS = %d, want 0", got)
	}
	got, _ = GlasgowBlatchford(GBSInput{BUN: f(80), Hemoglobin: f(8), SBP: f(85), HR: f(120), Syncope: true, HepaticDisease: true, CardiacFailure: true, Melena: true})
	if got != 23 {
		t.Errorf("max GBS = %d, want 23", got)
	}
	if _, missing := GlasgowBlatchford(GBSInput{Melena: true}); len(missing) != 4 {
		t.Errorf("missing = %v", missing)
	}
}

func TestDKA(t *testing.T) {
	cases := []struct {
		name      string
		in        DKAInput
		met       bool
		sev       string
		suspected bool
	}{
		{"severe by pH", DKAInput{Glucose: f(612), PH: f(6.95), Ketones: f(6)}, true, "severe", false},
		{"moderate", DKAInput{Glucose: f(612), PH: f(7.04), Ketones: f(6.8)}, true, "moderate", false},
		{"mild", DKAInput{Glucose: f(300), PH: f(7.28), Bicarbonate: f(16), Ketones: f(3.5)}, true, "mild", false},
		{"no acidosis", DKAInput{Glucose: f(482), PH: f(7.36), Bicarbonate: f(24), Ketones: f(0.4)}, false, "", false},
		{"acidosis, ketones unknown", DKAInput{Glucose: f(400), PH: f(7.2)}, false, "moderate", true},
		{"stupor makes severe", DKAInput{Glucose: f(400), PH: f(7.2), Ketones: f(4), Mental: "stupor"}, true, "severe", false},
		{"euglycaemic, known diabetes", DKAInput{Glucose: f(200), PH: f(7.1), Ketones: f(5), KnownDiabetes: true}, true, "moderate", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			met, sev, sus := DKA(c.in)
			if met != c.met || sev != c.sev || sus != c.suspected {
				t.Errorf("DKA = %v/%s/%v, want %v/%s/%v", met, sev, sus, c.met, c.sev, c.suspected)
			}
		})
	}
}

func TestHHS(t *testing.T) {
	if !HHS(f(800), f(340), f(7.38), f(22), false) {
		t.Error("HHS expected")
	}
	if HHS(f(800), f(340), f(7.1), f(10), false) {
		t.Error("acidosis excludes HHS")
	}
	if HHS(f(500), nil, nil, nil, true) {
		t.Error("glucose <600 excludes HHS")
	}
	if got := EffectiveOsmolality(140, 900); got != 330 {
		t.Errorf("osm = %v", got)
	}
}

func TestAlvaradoOttawaKDIGO(t *testing.T) {
	if got := Alvarado(AlvaradoInput{Migration: true, Anorexia: true, NauseaVomiting: true, RLQTenderness: true, Rebound: true, Fever: true, Leukocytosis: true}); got != 9 {
		t.Errorf("Alvarado = %d", got)
	}
	if !OttawaAnkle(true, true, false) || !OttawaAnkle(true, false, true) || OttawaAnkle(true, false, false) || OttawaAnkle(false, true, true) {
		t.Error("Ottawa ankle rule")
	}
	cases := []struct {
		base, cur float64
		want      int
	}{{1.0, 1.2, 0}, {1.0, 1.3, 1}, {1.4, 2.3, 1}, {1.0, 2.1, 2}, {1.0, 3.0, 3}, {2.0, 4.4, 3}}
	for _, c := range cases {
		if got := KDIGOStage(c.base, c.cur); got != c.want {
			t.Errorf("KDIGO(%v→%v) = %d, want %d", c.base, c.cur, got, c.want)
		}
	}
}

func TestBEFASTAndPaeds(t *testing.T) {
	if got := BEFAST(false, false, true, true, false); len(got) != 2 {
		t.Errorf("BEFAST = %v", got)
	}
	if _, severe := PaedsVitals(3, f(172), f(40), f(78), f(95)); !severe {
		t.Error("HR 172 at 3 years is red")
	}
	if flags, severe := PaedsVitals(2, f(140), f(30), nil, f(98)); severe || len(flags) != 0 {
		t.Errorf("normal toddler flagged: %v", flags)
	}
}
