package phi

import "testing"

// Round 8 rules (invented text): saints' names of hospitals, parishes and
// towns, countries that are US towns before a state, a place before "/UF",
// rural Brazilian addresses, bank accounts, more labels and chains.
func TestRound8Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"en", "Deacon Amato from St. Boniface's Parish visits on Sundays.", "St. Boniface's Parish", TypeOrganization},
		{"en", "Seen at the ED, St. Vincent's East, overnight.", "St. Vincent's East", TypeOrganization},
		{"en", "Cut his hand at work (Red Lobster, St. Marys).", "St. Marys", TypeLocation},
		{"en", "Her son is driving in from Lebanon, OH tonight.", "Lebanon", TypeLocation},
		{"pt-BR", "Local de coleta: Posto Graal - Registro/SP", "Registro", TypeLocation},
		{"pt-BR", "Endereço: Ramal do Sibéria, km 12, zona rural", "Ramal do Sibéria, km 12", TypeAddress},
		{"pt-BR", "Depósito na agência 3321-0, conta corrente 41.882-7.", "41.882-7", TypeAccount},
		{"pt-BR", "Criança: Luz Esperança Cardoso, 2a3m, 12 kg", "Luz Esperança Cardoso", TypeName},
		{"en", "Picked up at Kinney Drugs #38 on Market St.", "Kinney Drugs #38", TypeOrganization},
		{"en", "Works as a server at Olive Garden on weekends.", "Olive Garden", TypeOrganization},
	}
	checkTyped(t, d, cases)
	for _, text := range []string{"Implanted a St. Jude Medical pacemaker in 2015.", "Travelled to Lebanon and Jordan last year.", "Dose per St. John's wort interaction table."} {
		for _, sp := range d.Detect(text, "en") {
			t.Errorf("%q: unexpected %s %q", text, sp.Type, text[sp.Start:sp.End])
		}
	}
}

// Round 8b (heldout8): counties, nicknames in brackets, "Ed. Solar das X"
// complements, "casa dos fundos", employee cues.
func TestRound8bRules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"en", "Rollover on a county road west of Selma (Fresno County).", "Fresno County", TypeLocation},
		{"en", "RESIDENT OF DUPAGE COUNTY, ILLINOIS", "DUPAGE COUNTY", TypeLocation},
		// a court names the county inside an organisation (round 10)
		{"en", "IN THE CIRCUIT COURT OF DUPAGE COUNTY, ILLINOIS", "CIRCUIT COURT OF DUPAGE COUNTY", TypeOrganization},
		{"en", "Bed 11: Okafor-Hale, Adaeze (\"Daisy\"), 58F, MRN 7730041.", "Daisy", TypeName},
		{"pt-BR", "Endereço: Av. T-63, 1296, Ed. Solar das Acácias, bloco B, ap. 1403", "Ed. Solar das Acácias, bloco B, ap. 1403", TypeAddress},
		{"pt-BR", "Mora na Rua Sebastião Lopes, 47, casa dos fundos, Vila Esperança.", "casa dos fundos", TypeAddress},
		{"pt-BR", "Encaminho o colaborador Anderson Kauê Guajajara para avaliação.", "Anderson Kauê Guajajara", TypeName},
	}
	checkTyped(t, d, cases)
	for _, text := range []string{"The county health department sent the flu campaign.", "Parish nurse visit scheduled."} {
		for _, sp := range d.Detect(text, "en") {
			t.Errorf("%q: unexpected %s %q", text, sp.Type, text[sp.Start:sp.End])
		}
	}
}

// Round 8c (precision): capitalised words with word endings at a sentence
// start, clinical abbreviations, languages, issuers and eponyms are no PHI.
func TestRound8cKeepsNonPHI(t *testing.T) {
	d := detector(t)
	for _, c := range []struct{ lang, text string }{
		{"en", "Afebrile x 24h. Ambulates with walker. Neurovascularly intact."},
		{"en", "Centrilobular emphysema. Postvoid residual 12 mL."},
		{"en", "Oncologist on call notified. Niece and HCP notified per HIE."},
		{"en", "LDL CHOL (CALC) 171 H; HDL CHOL 44."},
		{"en", "He speaks Spanish; his daughter interprets."},
		{"en", "I am concerned about Lewy body dementia."},
		{"pt-BR", "Nega TCE e perda de consciência. Aguardando teste da orelhinha."},
		{"pt-BR", "Gastroplastia em Y de Roux há 5 anos."},
	} {
		for _, sp := range d.Detect(c.text, c.lang) {
			t.Errorf("%s %q: unexpected %s %q", c.lang, c.text, sp.Type, c.text[sp.Start:sp.End])
		}
	}
	// names that end like words but are listed stay names
	for _, c := range []struct{ text, value string }{
		{"Kelly called back at 3 pm.", "Kelly"},
		{"Seen with her mother, Fernando's wife, today.", "Fernando"},
	} {
		spans := d.Detect(c.text, "en")
		s, e := find(t, c.text, c.value)
		if _, ok := covered(spans, s, e); !ok {
			t.Errorf("%q: %q not covered; got %s", c.text, c.value, show(c.text, spans))
		}
	}
}

// Round 8d: an initial after a credential, "2nd floor" after a US street,
// a capitalised particle opening an organisation.
func TestRound8dRules(t *testing.T) {
	d := detector(t)
	for _, c := range []struct{ text, value, typ string }{
		{"ESI 2. Triage RN K. Abernathy.", "K. Abernathy", TypeName},
		{"Research Center, 77 Harbor Loop, 2nd floor, Duluth.", "77 Harbor Loop, 2nd floor", TypeAddress},
		{"He left AMA from Del Sol Medical Center last month.", "Del Sol Medical Center", TypeOrganization},
	} {
		spans := d.Detect(c.text, "en")
		s, e := find(t, c.text, c.value)
		sp, ok := covered(spans, s, e)
		if !ok {
			t.Errorf("%q: %q not covered by one span; got %s", c.text, c.value, show(c.text, spans))
			continue
		}
		if sp.Type != c.typ {
			t.Errorf("%q: %q typed %s, want %s", c.text, c.value, sp.Type, c.typ)
		}
	}
}

// Round 8e (OCR): masked SSNs with spaced separators and digits, house
// numbers spaced digit by digit, zeros inside street names.
func TestRound8eOCR(t *testing.T) {
	d := detector(t)
	text := "R E L E A S E  F 0 R M\nSSN ( last 4 ) :  XXX - XX - 4 1 8 6      MRN :  TR 0 0 7 7 1\nAddress :  2 3 7  D0gwood  Hill  Rd ,  Reno ,  NV"
	for _, c := range []struct{ value, typ string }{
		{"4 1 8 6", TypeSSN},
		{"2 3 7  D0gwood  Hill  Rd", TypeAddress},
	} {
		spans := d.Detect(text, "en")
		s, e := find(t, text, c.value)
		sp, ok := covered(spans, s, e)
		if !ok {
			t.Errorf("%q not covered by one span; got %s", c.value, show(text, spans))
			continue
		}
		if sp.Type != c.typ {
			t.Errorf("%q typed %s, want %s", c.value, sp.Type, c.typ)
		}
	}
}
