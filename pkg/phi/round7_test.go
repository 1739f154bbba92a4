package phi

import "testing"

// Round 7 rules (invented text): Brazilian house numbers with a thousands
// dot and complements (fundos, 3º andar, Ed. X), the district after them,
// planned-city blocks, letterhead organisations followed by a field, S/A,
// fire departments and "-clínica" names, council signatures, bed labels,
// ages after a pronoun, day/month-name dates, OCR look-alike digits inside
// numbers, dotted initials, initials defined after a name, HL7 caret
// names, streets named after a state.
func TestRound7Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"pt-BR", "Moram na Rua Padre Anchieta, 2.318, fundos, bairro Cidade Nova.", "Rua Padre Anchieta, 2.318, fundos", TypeAddress},
		{"pt-BR", "Rua Marechal Deodoro, 1.044, 3º andar - Batel - Curitiba/PR", "Rua Marechal Deodoro, 1.044, 3º andar", TypeAddress},
		{"pt-BR", "Rua Marechal Deodoro, 1.044, 3º andar - Batel - Curitiba/PR", "Batel", TypeLocation},
		{"pt-BR", "Novo endereço: Quadra 7, Conjunto C, Casa 14, Vila Nova.", "Quadra 7, Conjunto C, Casa 14", TypeAddress},
		{"pt-BR", "SERRANA SAÚDE ASSISTÊNCIA MÉDICA LTDA - CNPJ 11.222.333/0001-81", "SERRANA SAÚDE ASSISTÊNCIA MÉDICA LTDA", TypeOrganization},
		{"pt-BR", "De: SESMT - Metalúrgica Vale Verde S/A <sesmt@valeverde.com.br>", "Metalúrgica Vale Verde S/A", TypeOrganization},
		{"en", "Brought in by Springfield Fire Department Ambulance 4.", "Springfield Fire Department", TypeOrganization},
		{"pt-BR", "Encaminhado à Gastroclínica Paulista para endoscopia.", "Gastroclínica Paulista", TypeOrganization},
		{"pt-BR", "Retorno em 30 dias.\nHermínio Tavares Rolim - CRM/PB 8.114", "Hermínio Tavares Rolim", TypeName},
		{"pt-BR", "Leito 12-B: Josefa Aparecida Nunes, 78 anos, pós-operatório", "Josefa Aparecida Nunes", TypeName},
		{"en", "Please also get a CAM-ICU, he's 94 and was confused overnight.", "94", TypeAge},
		{"pt-BR", "Retorno com a pediatria em 12/abr, trazer caderneta.", "12/abr", TypeDate},
		{"en", "P A T I E N T  F 0 R M\nHome ph : ( 4l9 ) 555 - Ol28\nD0B : O4 / l7 / 1 9 3 O", "555 - Ol28", TypePhone},
		{"en", "P A T I E N T  F 0 R M\nHome ph : ( 4l9 ) 555 - Ol28\nD0B : O4 / l7 / 1 9 3 O", "O4 / l7 / 1 9 3 O", TypeDate},
		{"pt-BR", "Caso 2 - R.M.S.A., 41a, encaminhada pela UBS.", "R.M.S.A.", TypeName},
		{"en", "RN: Odalys Quintero (OQ)\n0600 | 98 | 120/70 | OQ", "OQ", TypeName},
		{"en", "PID|1||E77120^^^HOSP^MR||BRANDVOLD^ASTRID^K||19400211|F", "BRANDVOLD^ASTRID^K", TypeName},
		{"en", "Sent the prescription to the pharmacy on Virginia Ave today.", "Virginia Ave", TypeAddress},
	}
	checkTyped(t, d, cases)
}

// What the round 7 rules must leave alone.
func TestRound7KeepsNonPHI(t *testing.T) {
	d := detector(t)
	cases := []struct{ lang, text string }{
		{"en", "Give 1 tab p.o. b.i.d.; vitals q.i.d. at 8 a.m."},
		{"en", "The patient is 91 kg and the dose is 90 mg."},
		{"en", "Temperature 38.2, I gave 2 tablets of paracetamol."},
		{"pt-BR", "Lote 2.318 do fabricante; dose de 1.044 UI."},
		{"en", "Serum sodium normal. Ca 9.1, Mg 2.0."},
	}
	for _, c := range cases {
		if spans := d.Detect(c.text, c.lang); len(spans) > 0 {
			t.Errorf("%s %q: want no PHI, got %s", c.lang, c.text, show(c.text, spans))
		}
	}
}

// Round 7b: identifier prefixes joined by a hyphen, unit numbers after a
// head word, camel-case insurers.
func TestRound7bRules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"pt-BR", "Paciente Iara Zanella, 58 a, pront. HSVP-338120\nConvênio: IPE Saúde", "HSVP-338120", ""},
		{"en", "Her MRN is HC-00719934, visit account V5528.", "HC-00719934", TypeMRN},
		{"pt-BR", "SALA DE VACINA - UBS 2 Sobradinho - 10/10/24", "UBS 2 Sobradinho", TypeOrganization},
		{"en", "Appeal sent to BlueCross BlueShield of Texas on 3/2.", "BlueCross BlueShield of Texas", TypeOrganization},
	}
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		checkSpans(t, c.text, spans)
		s, e := find(t, c.text, c.value)
		sp, ok := covered(spans, s, e)
		if !ok {
			t.Errorf("%s %q: %q not covered by one span; got %s", c.lang, c.text, c.value, show(c.text, spans))
			continue
		}
		if c.typ != "" && sp.Type != c.typ {
			t.Errorf("%s %q: %q typed %s, want %s", c.lang, c.text, c.value, sp.Type, c.typ)
		}
	}
	if spans := d.Detect("Vaccines: COVID-19 (2023-24), lot HF3309.", "en"); len(spans) > 0 {
		for _, sp := range spans {
			if v := "Vaccines: COVID-19 (2023-24), lot HF3309."[sp.Start:sp.End]; v == "COVID-19" {
				t.Errorf("COVID-19 taken as an identifier")
			}
		}
	}
}
