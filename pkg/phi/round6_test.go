package phi

import "testing"

// Round 6 rules (invented text): dates and ages whose digits OCR spaced
// apart or that are written in words, council numbers with a category
// suffix or a numbered region, organisation heads and extensions, names
// after receipt and beneficiary cues, surname-first names with a comma,
// nicknames, Goiânia-style addresses and the districts and cities after
// an address.
func TestRound6Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"pt-BR", "R E C I B 0\nCampinas , 0 7 de agosto de 2 0 2 4\nAssinatura", "0 7 de agosto de 2 0 2 4", TypeDate},
		{"en", "F A X  P A G E  2\nMarch 0 9 , 2 0 2 2\nRE : follow-up", "0 9 , 2 0 2 2", TypeDate},
		{"pt-BR", "Visita à Sra. Odete Paiva, noventa e quatro anos, acamada.", "noventa e quatro anos", TypeAge},
		{"en", "She is ninety-six years old and lives alone.", "ninety-six years", TypeAge},
		{"pt-BR", "Enf. Rosângela Dutra - COREN-PR 208.114-ENF", "COREN-PR 208.114-ENF", TypeLicense},
		{"pt-BR", "Fisioterapeuta Caio Mendes - CREFITO-8 118204-F", "CREFITO-8 118204-F", TypeLicense},
		{"en", "Seen today at Lakeshore Urgent Care for a cough.", "Lakeshore Urgent Care", TypeOrganization},
		{"pt-BR", "A menina frequenta a Creche Municipal Sementinha Feliz desde março.", "Creche Municipal Sementinha Feliz", TypeOrganization},
		{"pt-BR", "Classificação de risco - UPA 24h Vila Esperança", "UPA 24h Vila Esperança", TypeOrganization},
		{"en", "Insurance: Keystone Meridian Care, ID KM4471203", "Keystone Meridian Care", TypeOrganization},
		{"pt-BR", "Recebi de ROSIMEIRE APARECIDA LOPES a quantia de R$ 250,00", "ROSIMEIRE APARECIDA LOPES", TypeName},
		{"pt-BR", "Beneficiária Josiane Mascarenhas, 41 anos, carteirinha 0098", "Josiane Mascarenhas", TypeName},
		{"pt-BR", "Declaro que o(a) Sr(a) FRANCISCA LIMA compareceu", "FRANCISCA LIMA", TypeName},
		{"en", "Last: Okafor      First: Denise      DOB: 04/02/1961", "Denise", TypeName},
		{"pt-BR", "plantão: leito 4\nRenan R1: paciente estável", "Renan", TypeName},
		{"en", "rm 14 pt HOLLOWAY, DENISE, repeat lactate", "HOLLOWAY, DENISE", TypeName},
		{"en", "Board: Marchetti, Gloria A. - bed 3", "Marchetti, Gloria A.", TypeName},
		{"en", "Oncology follow-up\nBernadette \"Bernie\" Kowalczyk   MRN 448102", "Bernadette \"Bernie\" Kowalczyk", TypeName},
		{"pt-BR", "Endereço: Rua T-37, Qd. 118, Lt. 9, Setor Bueno", "Rua T-37, Qd. 118, Lt. 9", TypeAddress},
		{"pt-BR", "Av. Brasil, 2040, cj. 305 - Savassi, Belo Horizonte", "Savassi", TypeLocation},
		{"pt-BR", "Rua Dona Zulmira, 45, apto 12, Vila Isabel, Rio de Janeiro", "Rio de Janeiro", TypeLocation},
		{"en", "Prior auth sent to Blue Cross Blue Shield of Nebraska today.", "Blue Cross Blue Shield of Nebraska", TypeOrganization},
	}
	checkTyped(t, d, cases)
}

// What the round 6 rules must leave alone.
func TestRound6KeepsNonPHI(t *testing.T) {
	d := detector(t)
	cases := []struct{ lang, text string }{
		{"en", "Complete the enclosed Attending Physician Statement and return it."},
		{"en", "Critical Value Call: potassium 6.8, read back."},
		{"pt-BR", "Sorologia positiva para Doença de Chagas, ECG com BRD."},
		{"en", "CT Head Rule negative, so no imaging."},
		{"en", "Ninety percent of the dose was given over ninety minutes."},
		{"pt-BR", "Dose de noventa miligramas; retorno em noventa dias."},
		{"en", "Labs: SODIUM, POTASSIUM, CHLORIDE within range."},
	}
	for _, c := range cases {
		if spans := d.Detect(c.text, c.lang); len(spans) > 0 {
			t.Errorf("%s %q: want no PHI, got %s", c.lang, c.text, show(c.text, spans))
		}
	}
}
