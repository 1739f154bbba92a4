package phi

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// precheckCase generates strings slot by slot (each slot a random choice
// among its pieces, sometimes a piece of another slot) so that many match
// the pattern and many nearly do.
type precheckCase struct {
	name   string
	re     *regexp.Regexp
	window int
	pre    func(string) bool
	slots  [][]string
	repeat int // the slots from this one on may repeat
}

// The cheap pre-checks in front of anchored patterns must never say no
// where their pattern matches.
func TestPrechecksNeverMissAMatch(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	ws := []string{" ", "  ", "\n", "\t", "", " \n "}
	checks := []precheckCase{
		{"reAddrDF", reAddrDF, 80, dfStart, [][]string{
			{"Q", "QI", "QL", "QNL", "QE", "QNMA", "QABCD", "SQN", "SQSW", "SQW", "SHIN", "SHCGN", "SHA", "SH", "SCLRN", "SCABCD", "SRTVS", "SRTV", "SEN", "SE", "CLN", "CL", "EQS", "SMPW", "SMDB", "SMLN", "CPF", "SUS", "qnl", "Qnl", "SBN"},
			ws,
			{"14", "3", "12345", "Quadra 2", "quadra", "Qd", "qd. 12", "QD3", "Q", "x", ",", "é"},
			{" ", ", ", ",", "", "\n"},
			{"Conjunto", "conj.", "Conj", "C", "Bloco", "bl", "BL.", "Casa", "Lote", "lt.", "apto", "Ap", "Apartamento", "Quadra", "Sala", "Loja", "Andar", "Torre", "rua"},
			ws,
			{"C", "22", "b-3", "-", "_", "é", ","},
		}, 3},
		{"reAddrBR", reAddrBR, 140, brNumberAhead, [][]string{
			{"Rua", "R.", "Av.", "Av", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia", "Praça", "Pça", "Largo", "Sítio", "RUA", "AV.", "PRAÇA", "rua"},
			ws,
			{"Luís Bordini", "Djalma Batista", "25 de Março", "das Flores", "A", "X (antiga)", "Tabapuã;", "Sete", "B/", "s", "São João"},
			{",", ", ", " ", "\n", ",\n", ";", "(", "", " - "},
			{"altura do ", "Altura da ", "nº ", "n. ", "no", "n°", "N ", ""},
			{"80", "1661", "1.234", "12A", "s/n", "S/N", "S/n", "quadra 4", "Qd. 12", "km 23", "km", "x", "-"},
			{", ", " - ", ",", " ,", "-", " "},
			{"loja 12", "apto 3", "casa", "fundos", "casa dos fundos", "bloco B", "3º andar", "ed. Solar", "Edifício Monte Azul", "s/n", "sala 5", "(", "Centro"},
		}, 6},
		{"reAddrGrid", reAddrGrid, 40, gridStart, [][]string{
			{"455", "12", "1234567", "7", "x"},
			ws,
			{"N", "S.", "E", "W", "n", "NE"},
			ws,
			{"300", "12", "x"},
			ws,
			{"E", "W.", "N", "s", "Ea"},
		}, 6},
		{"rePhoneExt", rePhoneExt, 24, extStart, [][]string{
			ws,
			{",", "", ";"},
			ws,
			{"x", "X", "ext", "Ext.", "EXTENSION", "ramal", "Ramal", "r.", "R.", "e", "y"},
			ws,
			{"22", "104", "1234567", "a"},
		}, 5},
	}
	for _, c := range checks {
		matched := 0
		for n := 0; n < 100000; n++ {
			var b strings.Builder
			for k := 0; k < len(c.slots); k++ {
				sl := c.slots[k]
				if rng.Intn(10) == 0 {
					sl = c.slots[rng.Intn(len(c.slots))]
				}
				b.WriteString(sl[rng.Intn(len(sl))])
				if k == len(c.slots)-1 && rng.Intn(2) == 0 {
					k = c.repeat - 1
				}
			}
			s := b.String()
			w := window(s, 0, c.window)
			if c.re.MatchString(w) {
				matched++
				if !c.pre(w) {
					t.Fatalf("%s: pre-check rejects %q, which the pattern matches", c.name, w)
				}
			}
		}
		t.Logf("%s: %d of 100000 match", c.name, matched)
		if matched < 2000 {
			t.Fatalf("%s: only %d strings match", c.name, matched)
		}
	}
}

func TestCEPMatchesPattern(t *testing.T) {
	re := regexp.MustCompile(`\b\d{5}-\d{3}\b|\b\d{2}\.\d{3}-\d{3}\b`)
	rng := rand.New(rand.NewSource(5))
	alpha := "0123456789-.- /a"
	for n := 0; n < 200000; n++ {
		b := make([]byte, 6+rng.Intn(7))
		for i := range b {
			b[i] = alpha[rng.Intn(len(alpha))]
		}
		if rng.Intn(3) == 0 {
			b = []byte([]string{"12345-678", "12.345-678", "1234-5678", "12.345-6789"}[rng.Intn(4)])
			b[rng.Intn(len(b))] = alpha[rng.Intn(len(alpha))]
		}
		v := string(b)
		m := re.FindStringIndex(v)
		if want := m != nil && m[0] == 0 && m[1] == len(v); isCEP(v) != want {
			t.Fatalf("isCEP(%q) = %v, pattern %v", v, !want, want)
		}
	}
}
