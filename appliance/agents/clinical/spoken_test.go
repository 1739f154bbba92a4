package clinical

import "testing"

func TestSpokenNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"my inr is eight point one and my gums bleed":          "my inr is 8.1 and my gums bleed",
		"the thermometer say a hundred point six":              "the thermometer say 100.6",
		"temp a hundred and two":                               "temp 102",
		"it says eighty four over fifty and pulse one two two": "it says 84/50 and pulse one two two",
		"one fifty over ninety five":                           "150/95",
		"o potassio deu seis virgula quatro":                   "o potassio deu 6,4",
		"a pressao deu catorze por nove":                       "a pressao deu 14 por 9",
		"one side, two days, one over the other":               "one side, two days, one over the other",
		"tomar um por dia":                                     "tomar um por dia",
	} {
		if got := spokenNumbers(in); got != want {
			t.Errorf("spokenNumbers(%q) = %q, want %q", in, got, want)
		}
	}
}
