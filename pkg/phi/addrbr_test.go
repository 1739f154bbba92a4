package phi

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The pattern addrBRAt replaced.
var (
	// Brazilian: "Rua Luís Bordini, 80", "Av. Djalma Batista, 1661, loja 12".
	reAddrBR = regexp.MustCompile(`^(?:Rua|R\.|Avenida|Av\.?|Travessa|Tv\.|Alameda|Al\.|Estrada|Estr\.|Rodovia|Rod\.|Praça|Pça\.?|Largo|Viela|Beco|Ladeira|Servidão|Ramal|Sítio|Sitio|Fazenda|Chácara|Chacara|Vicinal|Linha|RUA|AVENIDA|AV\.?|TRAVESSA|ALAMEDA|ESTRADA|RODOVIA|PRAÇA)\s+[^\n,;()]{1,60}?(?:,\s*|\s+)(?:(?i:altura\s+d[oa])\s+)?(?:n[º°o]\.?\s*)?(?:\d{1,3}(?:\.\d{3})+\b|\d{1,6}[A-Za-z]?\b|s/n\b|S/N\b|(?i:quadra|qd\.?)\s*\d{1,4}\b|km\s*\d{1,4}\b)(?:\s*[,\-]\s*(?:(?i:(?:casa )?(?:dos |de )?fundos)|s/n\b|S/N\b|(?i:apto?\.?|apartamento|ap\.?|casa|bloco|bl\.?|loja|sala|sl\.?|conj\.?|cj\.?|conjunto|lote|lt\.?|quadra|qd\.?|andar|sobrado|km|torre|unidade|box)\s*[\w\-]*|\d{1,3}[º°o]?\s*(?i:andar)|(?i:ed\.|edif[ií]cio)\s+[A-ZÀ-Ú][\wÀ-ú]+(?:\s+(?:d[aeo]s?\s+)?[A-ZÀ-Ú][\wÀ-ú]+){0,3}))*`)
)

// addrBRAt must end every match where reAddrBR ends it, and match nothing
// else.
func TestAddrBRMatchesPattern(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	ws := []string{" ", "  ", "\n", " \n", "\t", "", "\n\n "}
	slots := [][]string{
		{"Rua", "R.", "Av.", "Av", "Avenida", "Travessa", "Tv.", "Alameda", "Estrada", "Estr.", "Rodovia", "Praça", "Pça", "Pça.", "Largo", "Sítio", "Servidão", "RUA", "AV.", "AV", "PRAÇA", "rua", "Ruas", "R"},
		ws,
		{"Luís Bordini", "Djalma Batista", "25 de Março", "das Flores", "A", "X (antiga)", "Tabapuã;", "Sete", "B/", "s", "São João", "", " ", "Km", "Quadra", "n", "no", "Dr. Arnaldo 4", "\xc3", "ſ", "K"},
		{",", ", ", " ", "\n", ",\n", ";", "(", "", " - ", ",  ", "\t"},
		{"altura do ", "Altura da ", "ALTURA  DO\n", "altura de ", "alturado ", "nº ", "n. ", "no", "n°", "N ", "nº.", "no.  ", "n", "", ""},
		{"80", "1661", "1.234", "12.345.678", "1.2345", "1234.567", "12A", "12Ab", "1234567", "12_", "s/n", "S/N", "S/n", "s/nº", "quadra 4", "QUADRA12", "Qd. 12", "qd.3", "Qd 12345", "km 23", "km23", "Km 2", "km", "x", "-", "0"},
		{", ", " - ", ",", " ,", "-", " ", "", "\n-", ";"},
		{"loja 12", "apto 3", "Apto. 4B", "ap 1", "casa", "fundos", "casa dos fundos", "Casa De Fundos", "bloco B", "bl. 2", "3º andar", "12 ANDAR", "ed. Solar", "Edifício Monte Azul", "edificio São Luís das Flores Altas", "Ed. solar", "s/n", "S/N2", "sala 5", "sl.3", "conj. 4", "lote", "lt.", "sobrado", "km 3", "ſala", "Kilo", "torre", "unidade-2", "box", "(", "Centro", "x", ""},
	}
	matched, n := 0, 300000
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := 0; k < len(slots); k++ {
			sl := slots[k]
			if rng.Intn(12) == 0 {
				sl = slots[rng.Intn(len(slots))]
			}
			if rng.Intn(25) == 0 {
				continue
			}
			b.WriteString(sl[rng.Intn(len(sl))])
			if k == len(slots)-1 && rng.Intn(2) == 0 {
				k = len(slots) - 3 // more complements
			}
			if k == 2 && rng.Intn(4) == 0 {
				k = 0 // a longer name (or a second head)
			}
		}
		s := b.String()
		if rng.Intn(4) == 0 && len(s) > 0 {
			s = s[:rng.Intn(len(s))] // a window cut short
		}
		want := -1
		if m := reAddrBR.FindStringSubmatchIndex(s); m != nil {
			want = m[1]
			matched++
		}
		if got := addrBRAt(s); got != want {
			t.Fatalf("addrBRAt(%q) = %d, regexp %d", s, got, want)
		}
	}
	t.Logf("%d of %d match", matched, n)
	if matched < n/10 {
		t.Fatalf("only %d strings match", matched)
	}
}
