package phi

import "testing"

// Round 5 rules: names under labels the rules did not know, signature
// lines under a closing, chat speakers, a lone letter before spaced
// digits, names broken in two pieces by OCR, date ranges, police and
// school organisation heads.
func TestRound5Rules(t *testing.T) {
	d := detector(t)
	cases := []struct {
		lang, text, value, typ string
	}{
		{"pt-BR", "Vítima: Leandro Quintanilha, 28 anos, colisão.", "Leandro Quintanilha", TypeName},
		{"pt-BR", "Periciando: Wellington Souza Prates, natural de Montes Claros", "Wellington Souza Prates", TypeName},
		{"pt-BR", "Equipe: Tânia (téc. enf.), Odair (condutor)", "Tânia", TypeName},
		{"en", "Victim Renata Szymanski (DOB 03/27/1991) reported", "Renata Szymanski", TypeName},
		{"en", "Photographed by Ofc. Pruitt #4412.", "Pruitt", TypeName},
		{"pt-BR", "O delegado Aurélio Brandt ouviu a vítima.", "Aurélio Brandt", TypeName},
		{"en", "Caregiver Beatrix assisted with the camera.", "Beatrix", TypeName},
		{"pt-BR", "Atenciosamente,\n\nLívia Carvalhal Duarte\nCirurgiã Geral - CRM-BA 24.118", "Lívia Carvalhal Duarte", TypeName},
		{"pt-BR", "Paciente: Gilvan Teixeira\nGilvan: doutora to com dor\nGilvan: 38,2 ontem.", "Gilvan: 38", ""},
		{"en", "F A X\nMRN W 8 8 2 1 4 7 7\nCT abdomen", "W 8 8 2 1 4 7 7", TypeMRN},
		{"pt-BR", "P R O N T U Á R I O :  7 7 4 1 0 2 9\nPaciente: Ri car do Go mes\nNasc.: 1 2 / 0 6 / 1 9 8 0", "Ri car do Go mes", TypeName},
		{"en", "F A X   T O :  Dr. Whitcombe\nRead by Ma rcus Fen wick MD", "Ma rcus Fen wick", TypeName},
		{"en", "RN decision: approved 5 days, 10/20/2025-10/24/2025.", "10/20/2025", TypeDate},
		{"en", "RN decision: approved 5 days, 10/20/2025-10/24/2025.", "10/24/2025", TypeDate},
		{"pt-BR", "EMEF Professora Cecília Meireles - FICHA DE SAÚDE", "EMEF Professora Cecília Meireles", TypeOrganization},
		{"pt-BR", "Requisição: Delegacia de Mulheres, IP 1230044/2025", "Delegacia de Mulheres", TypeOrganization},
		{"pt-BR", "Local: Rua Barão de Jaguara, 1120, Centro\nVítima: Leandro", "Centro", TypeLocation},
		{"pt-BR", "Praça Almeida Couto, 500 - Nazaré - Salvador/BA", "Nazaré", TypeLocation},
		{"pt-BR", "Rua das Flores, 123, Apto 4 - Jardim América.", "Jardim América", TypeLocation},
	}
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		checkSpans(t, c.text, spans)
		s, e := find(t, c.text, c.value)
		if c.typ == "" {
			// the speaker's second mention: only its first word must be covered
			e = s + len("Gilvan")
		}
		sp, ok := covered(spans, s, e)
		if !ok {
			t.Errorf("%s %q: %q not covered by one span; got %s", c.lang, c.text, c.value, show(c.text, spans))
			continue
		}
		if c.typ != "" && sp.Type != c.typ {
			t.Errorf("%s %q: %q typed %s, want %s", c.lang, c.text, c.value, sp.Type, c.typ)
		}
	}
}

// What the round 5 rules must leave alone.
func TestRound5KeepsNonPHI(t *testing.T) {
	d := detector(t)
	cases := []struct{ lang, text string }{
		{"pt-BR", "Foi à delegacia registrar a ocorrência. Nota: paciente bem.\nConduta: repouso"},
		{"en", "Thanks,\nFollow up in 2 weeks.\nBest regards"},
		{"en", "Patient Education provided on inhaler technique."},
		{"en", "Lot 10/20/2025-5 expired. BP 120/80-130/85 on the ward."},
		{"en", "Sincerely,\n\nCardiology Associates Team"},
		{"en", "SpO2 95% RA. Foley removed 06:00, voided x2."},
		{"en", "2200 N. Lakeshore Dr., Suite 410 and 12 Oak Street - Second floor walkup"},
		{"pt-BR", "Rua Barão de Jaguara, 1120, Centro Médico Vida"},
	}
	for _, c := range cases {
		for _, s := range d.Detect(c.text, c.lang) {
			if s.Type == TypeName || s.Type == TypeDate || s.Type == TypeLocation {
				t.Errorf("%s %q: unexpected %s %q", c.lang, c.text, s.Type, c.text[s.Start:s.End])
			}
		}
	}
}
