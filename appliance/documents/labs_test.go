package documents

import (
	"math"
	"strings"
	"testing"

	"github.com/agnomedical/agno/appliance/casemodel"
)

func TestCanonicalAnalyte(t *testing.T) {
	if err := loadAnalytes().err; err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"potássio": "potassium", "Potassio": "potassium", "K": "potassium", "K+": "potassium",
		"troponina I": "troponin I", "TnI": "troponin I", "hs-cTnT": "troponin T", "Troponin T": "troponin T",
		"Troponina": "troponin", "glicose": "glucose", "Glucose, Fasting": "glucose", "Glicemia de jejum": "glucose",
		"creatinina": "creatinine", "hemoglobina": "hemoglobin", "Hb": "hemoglobin", "Hgb": "hemoglobin",
		"plaquetas": "platelets", "PLT": "platelets", "sódio": "sodium", "Na": "sodium", "lactato": "lactate",
		"pH": "ph", "INR": "inr", "RNI": "inr", "Hemoglobina glicada (HbA1c)": "hba1c", "TGO (AST)": "ast",
		"Bilirubin, Total": "total bilirubin", "PTH, Intact": "parathyroid hormone", "Cálcio iônico": "ionized calcium",
		"Cálcio total": "calcium", "TFG estimada (CKD-EPI)": "egfr", "CK-MB massa": "ck-mb", "CPK total": "creatine kinase",
		"Proteína C reativa (PCR)": "c-reactive protein", "| TSH": "tsh", "Troponina |": "troponin I",
	}
	for in, want := range cases {
		if got, ok := CanonicalAnalyte(in); !ok || got != want {
			t.Errorf("%q -> %q,%v want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Patient", "Collected", "Material", "K repeated later today twice", "", "Dr"} {
		if got, ok := CanonicalAnalyte(in); ok {
			t.Errorf("%q matched %q", in, got)
		}
	}
	if AlertAnalyte("troponin I") != "troponin" || AlertAnalyte("glucose") != "glucose" {
		t.Error("AlertAnalyte")
	}
	seen := map[string]bool{}
	for _, s := range Synonyms() {
		if s.Source == "" || s.Lang == "" {
			t.Errorf("synonym %q lacks source or lang", s.Text)
		}
		seen[s.Canonical] = true
	}
	for _, c := range []string{"troponin I", "potassium", "glucose", "inr", "ph", "lactate", "platelets", "hemoglobin", "sodium", "creatinine"} {
		if !seen[c] {
			t.Errorf("canonical %q missing", c)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in    string
		comma bool
		want  float64
	}{
		{"6,4", true, 6.4}, {"95.000", true, 95000}, {"1.240", true, 1240}, {"0,52", true, 0.52},
		{"1.234,5", true, 1234.5}, {"-11,5", true, -11.5}, {"150.000", true, 150000}, {"0.6", true, 0.6},
		{"1,240", false, 1240}, {"1,460", false, 1460}, {"3.4", false, 3.4}, {"1,234.5", false, 1234.5},
		{"0,5", false, 0.5}, {"12", false, 12}, {"+2,0", true, 2}, {"1.000.000", true, 1e6},
	}
	for _, c := range cases {
		got, ok := parseNumber(c.in, c.comma)
		if !ok || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("parseNumber(%q,%v)=%v,%v want %v", c.in, c.comma, got, ok, c.want)
		}
	}
	for _, bad := range []string{"", "-", "abc", ".5x", strings.Repeat("9", 40)} {
		if _, ok := parseNumber(bad, false); ok {
			t.Errorf("parseNumber(%q) accepted", bad)
		}
	}
}

func TestExtractLabsLayouts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []casemodel.Lab
	}{
		{"en table flag column", "Troponin I                 0.52      H     ng/mL          <0.04\nBNP                        1,460     H     pg/mL          <100",
			[]casemodel.Lab{{Name: "troponin I", Value: 0.52, Unit: "ng/mL", Flag: "high"}, {Name: "bnp", Value: 1460, Unit: "pg/mL", Flag: "high"}}},
		{"flag glued to value", "  AST (SGOT)              212 H       U/L             10 - 40\n  INR                     1.6 H                       0.9 - 1.1",
			[]casemodel.Lab{{Name: "ast", Value: 212, Unit: "U/L", Flag: "high"}, {Name: "inr", Value: 1.6, Flag: "high"}}},
		{"pt leaders unit then flag", "Paciente: Fulano\nTSH........................:  12,5     µUI/mL       H   0,45 a 4,50\nPlaquetas..................:  95.000   /mm³         L   150.000 a 450.000",
			[]casemodel.Lab{{Name: "tsh", Value: 12.5, Unit: "µUI/mL", Flag: "high"}, {Name: "platelets", Value: 95000, Unit: "/mm³", Flag: "low"}}},
		{"pt words flags", "Glicose                       312       Alto    mg/dL         70 - 99\nSódio                         128       Baixo   mEq/L         136 - 145\npH                            7,28      Baixo                 7,35 - 7,45",
			[]casemodel.Lab{{Name: "glucose", Value: 312, Unit: "mg/dL", Flag: "high"}, {Name: "sodium", Value: 128, Unit: "mEq/L", Flag: "low"}, {Name: "ph", Value: 7.28, Flag: "low"}}},
		{"previous column", "Prothrombin Time    36.8    H     31.2 H     sec         11.0-13.5\naPTT                34            33         sec         25-37",
			[]casemodel.Lab{{Name: "prothrombin time", Value: 36.8, Unit: "sec", Flag: "high"}, {Name: "aptt", Value: 34, Unit: "sec"}}},
		{"name then Resultado line", "PROTEÍNA C REATIVA (PCR)\n  Resultado: 148 mg/L         Alto      VR: Inferior a 5,0 mg/L\nPLAQUETAS\n  Resultado: 310.000 /mm³               VR: 150.000 a 450.000 /mm³",
			[]casemodel.Lab{{Name: "c-reactive protein", Value: 148, Unit: "mg/L", Flag: "high"}, {Name: "platelets", Value: 310000, Unit: "/mm³"}}},
		{"two results on a line", "Na   140   mmol/L      K   4.2   mmol/L",
			[]casemodel.Lab{{Name: "sodium", Value: 140, Unit: "mmol/L"}, {Name: "potassium", Value: 4.2, Unit: "mmol/L"}}},
		{"negative and unit with spaces", "Excesso de bases              -11,5     Baixo   mmol/L        -2,0 - +2,0\nD-Dimer                       2.8       H     ug/mL FEU       <0.50",
			[]casemodel.Lab{{Name: "base excess", Value: -11.5, Unit: "mmol/L", Flag: "low"}, {Name: "d-dimer", Value: 2.8, Unit: "ug/mL FEU", Flag: "high"}}},
		{"prose is not a lab", "Lactato acima de 4,0 mmol/L: valor crítico comunicado.\nPotassium repeated: 6.8 mmol/L confirmed.\nCRITICAL: Troponin I called to Dr. X at 07:49.\nCollected: 11/02/2024 06:40\nWarfarin target INR 2.0-3.0.", nil},
		{"dates and ids are not values", "Sodium: 11/02/2024\nPotassium  555-0142", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractLabs(c.text)
			if len(got) != len(c.want) {
				t.Fatalf("got %+v\nwant %+v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("%d: got %+v want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestReferenceRanges(t *testing.T) {
	r := ExtractLabResults("Potássio....:  6,4   mmol/L   H   3,5 a 5,1\nTroponin I    0.52   H   ng/mL   <0.04")
	if len(r) != 2 || r[0].RefLow == nil || *r[0].RefLow != 3.5 || *r[0].RefHigh != 5.1 || r[1].RefHigh == nil || *r[1].RefHigh != 0.04 || r[1].RefLow != nil {
		t.Fatalf("%+v", r)
	}
	if r[0].Label != "Potássio" || r[0].Line != 1 || r[1].Line != 2 {
		t.Errorf("provenance %+v", r)
	}
}

func TestRepairDroppedDecimal(t *testing.T) {
	text := "RNI.....:  34     H   0,9 a 1,2\nMagnesium   18    mg/dL   1.6-2.6\nCreatinine   12   H  mg/dL  0.7-1.3\nCRP   148  H  mg/L  <5.0"
	got := extractLabsOCR(text)
	want := []float64{3.4, 1.8, 12, 148}
	for i, w := range want {
		if got[i].Value != w {
			t.Errorf("%s: %v want %v", got[i].Name, got[i].Value, w)
		}
	}
	// Plain ExtractLabs never rewrites values.
	if ExtractLabs(text)[0].Value != 34 {
		t.Error("ExtractLabs changed a value")
	}
}

func TestOCRDigitFix(t *testing.T) {
	got := ExtractLabs("  25-OH Vitamin D               I4L            ng/mL                30 - 100")
	if len(got) != 1 || got[0].Value != 14 || got[0].Flag != "low" {
		t.Fatalf("%+v", got)
	}
}

func FuzzExtractLabs(f *testing.F) {
	for _, s := range []string{
		"Troponin I   0.52  H  ng/mL  <0.04",
		"Potássio....:  6,4   mmol/L   H   3,5 a 5,1",
		"PCR\n Resultado: 148 mg/L  Alto  VR: Inferior a 5,0",
		"Na   140   mmol/L      K   4.2   mmol/L",
		"Glicose  1.234.567,89  Alto",
		"\xff\xfe  12  H",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		labs := ExtractLabs(s)
		if len(labs) > strings.Count(s, "\n")*8+8 {
			t.Fatalf("%d labs from %d lines", len(labs), strings.Count(s, "\n")+1)
		}
		for _, l := range labs {
			if math.IsNaN(l.Value) || math.IsInf(l.Value, 0) {
				t.Fatalf("bad value %v", l.Value)
			}
			if !loadAnalytes().canon[l.Name] {
				t.Fatalf("non-canonical name %q", l.Name)
			}
			switch l.Flag {
			case "", "high", "low", "critical_high", "critical_low":
			default:
				t.Fatalf("flag %q", l.Flag)
			}
		}
		extractLabsOCR(s)
	})
}
