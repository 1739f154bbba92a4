package phi

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

func TestTypes(t *testing.T) {
	ty := Types()
	if len(ty) != 24 {
		t.Fatalf("want the contract's 24 types, got %d", len(ty))
	}
	ty[0] = "changed"
	if Types()[0] != TypeName {
		t.Fatal("Types must return a copy")
	}
}

// The synthetic annotated notes in testdata: every gold token must be
// found (any type), and the spans must keep their invariants.
func TestMarkedNotes(t *testing.T) {
	d := detector(t)
	for _, n := range loadMarked(t) {
		spans := d.Detect(n.text, n.lang)
		checkSpans(t, n.text, spans)
		for _, g := range n.spans {
			if !overlaps(spans, g.start, g.end) {
				t.Errorf("%s: missed %s %q", n.id, g.typ, n.text[g.start:g.end])
			}
		}
	}
}

// Each type, in both languages where it applies: the value must be inside
// one span of the expected type.
func TestDetectEachType(t *testing.T) {
	d := detector(t)
	cases := []struct {
		lang, text, value, typ string
	}{
		{"en", "Seen by Dr. Quillon Farraday today.", "Quillon Farraday", TypeName},
		{"en", "Patient: BRIGHTWATER, OSVALDO T     MRN: 44120", "BRIGHTWATER, OSVALDO T", TypeName},
		{"en", "Signed: ______ R. Vashti", "R. Vashti", TypeName},
		{"pt-BR", "Paciente: Maria das Dores dos Anjos, 71 anos.", "Maria das Dores dos Anjos", TypeName},
		{"pt-BR", "Acompanhante: esposa, Lucineide, tel. (21) 99876-1234.", "Lucineide", TypeName},
		{"en", "DOB: 07/22/1931", "07/22/1931", TypeDate},
		{"en", "Follow up on March 21, 2024 at 10:15.", "March 21, 2024", TypeDate},
		{"en", "Exam 2023-11-04 02:47", "2023-11-04", TypeDate},
		{"en", "Letter dated 14 March 2024.", "14 March 2024", TypeDate},
		{"pt-BR", "Consulta em 14 de março de 2024.", "14 de março de 2024", TypeDate},
		{"pt-BR", "Sorologia em jan/2024 positiva.", "jan/2024", TypeDate},
		{"pt-BR", "Retorno em 28/02 para revisão.", "28/02", TypeDate},
		{"en", "She is a 92-year-old woman.", "92-year-old", TypeAge},
		{"pt-BR", "Paciente de 91 anos, lúcida.", "91 anos", TypeAge},
		{"en", "Call (614) 555-0187 today.", "(614) 555-0187", TypePhone},
		{"en", "Questions: 555-123-4567 ext. 22", "555-123-4567 ext. 22", TypePhone},
		{"en", "Husband's cell +1 619 555 0190.", "+1 619 555 0190", TypePhone},
		{"pt-BR", "Contato: (16) 99134-2087.", "(16) 99134-2087", TypePhone},
		{"pt-BR", "Celular +55 11 98765-4321", "+55 11 98765-4321", TypePhone},
		{"en", "Tel (312) 555-0146 | Fax (312) 555-0147", "(312) 555-0147", TypeFax},
		{"en", "Write to jdoe.fake@example.org please.", "jdoe.fake@example.org", TypeEmail},
		{"en", "SSN: 078-05-1121", "078-05-1121", TypeSSN},
		{"en", "MRN: PC-118432", "PC-118432", TypeMRN},
		{"pt-BR", "Prontuário: 1.204.887-3", "1.204.887-3", TypeMRN},
		{"en", "Member ID: EVG448120937", "EVG448120937", TypeHealthPlan},
		{"pt-BR", "Nº da carteira: 8887 0001 2287 4410 018", "8887 0001 2287 4410 018", TypeHealthPlan},
		{"en", "FIN: 5100348821", "5100348821", TypeAccount},
		{"en", "Prescriber NPI 1234567893", "1234567893", TypeLicense},
		{"en", "DEA AB1234563", "AB1234563", TypeLicense},
		{"pt-BR", "Dr. Fulano - CRM-SP 148.552", "CRM-SP 148.552", TypeLicense},
		{"pt-BR", "Enf. Beltrana - COREN-MG 287.441", "COREN-MG 287.441", TypeLicense},
		{"en", "plate HKT-4471 per police", "HKT-4471", TypeVehicle},
		{"pt-BR", "Motocicleta placa QPF3C19.", "QPF3C19", TypeVehicle},
		{"en", "ICD serial 172648 checked", "172648", TypeDevice},
		{"pt-BR", "haste femoral nº de série SN-4471022871;", "SN-4471022871", TypeDevice},
		{"en", "See https://mychart.example.org/visit/88213 now", "https://mychart.example.org/visit/88213", TypeURL},
		{"en", "Upload at www.example.com/upload today", "www.example.com/upload", TypeURL},
		{"en", "connected from IP 73.158.22.190, logged", "73.158.22.190", TypeIP},
		{"en", "host 2001:db8:85a3::8a2e:370:7334 seen", "2001:db8:85a3::8a2e:370:7334", TypeIP},
		{"en", "Lives at 4410 Sunbury Road, Columbus, Ohio 43219.", "4410 Sunbury Road", TypeAddress},
		{"en", "Send to PO Box 3390, Spokane, WA 99220", "PO Box 3390", TypeAddress},
		{"pt-BR", "Endereço: Rua Luís Bordini, 80, Jardim Ângela", "Rua Luís Bordini, 80", TypeAddress},
		{"en", "Lives at 4410 Sunbury Road, Columbus, Ohio 43219.", "43219", TypeZIP},
		{"pt-BR", "CEP 05844-000, São Paulo", "05844-000", TypeZIP},
		{"en", "Lives at 4410 Sunbury Road, Columbus, Ohio 43219.", "Columbus", TypeLocation},
		{"pt-BR", "Natural de Sobral, procedente de Fortaleza.", "Sobral", TypeLocation},
		{"en", "Transferred from Riverside Methodist Hospital overnight.", "Riverside Methodist Hospital", TypeOrganization},
		{"pt-BR", "Coleta na UBS Vila Virgínia em 5 dias.", "UBS Vila Virgínia", TypeOrganization},
		{"pt-BR", "CPF 529.982.247-25", "529.982.247-25", TypeCPF},
		{"pt-BR", "CNPJ 11.222.333/0001-81", "11.222.333/0001-81", TypeCNPJ},
		{"pt-BR", "CNPJ 12.ABC.345/01DE-35 (alfanumérico)", "12.ABC.345/01DE-35", TypeCNPJ},
		{"pt-BR", "CNS 123 4567 8901 0000", "123 4567 8901 0000", TypeCNS},
		{"pt-BR", "CNS 700 0123 0000 0002", "700 0123 0000 0002", TypeCNS},
		{"pt-BR", "RG: 34.112.908-X", "34.112.908-X", TypeRG},
		{"en", "Accession: MB-24-0091174", "MB-24-0091174", TypeID},
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
		if sp.Type != c.typ {
			t.Errorf("%s %q: %q typed %s, want %s", c.lang, c.text, c.value, sp.Type, c.typ)
		}
	}
}

func show(text string, spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		fmt.Fprintf(&b, "[%s %q] ", s.Type, text[s.Start:s.End])
	}
	return b.String()
}

// Clinical meaning must survive: drugs, eponyms, vitals, labs, scores,
// durations, lone years, ages up to 89, states and countries.
func TestNonPHIPreserved(t *testing.T) {
	d := detector(t)
	cases := []struct{ lang, text string }{
		{"en", "Started Warfarin 5 mg daily and Lasix 40 mg BID; continue carbidopa-levodopa 25/100 TID."},
		{"en", "Parkinson's disease, Crohn disease and Down syndrome; Babinski sign absent; Glasgow Coma Scale 15."},
		{"en", "A Foley catheter was placed. Apgar 8 and 9 at 1 and 5 minutes."},
		{"en", "BP 148/92, HR 104, RR 20, SpO2 89% on room air, T 36.8. Pain 6/10."},
		{"en", "BNP 2,340 pg/mL, K 5.1 mmol/L, creatinine 1.9 mg/dL, INR 3.8."},
		{"en", "Diagnosed in 2019. Aged 45 at onset, now 89 years old."},
		{"en", "She moved from Ohio to Texas; her brother lives in Canada."},
		{"en", "Symptoms for 5 days; follow up in 2 weeks."},
		{"pt-BR", "Em uso de Losartana 50 mg 12/12h, Dipirona se dor e Marevan 5 mg."},
		{"pt-BR", "Doença de Chagas, forma cardíaca. Glasgow 14. PA 9x6 mmHg, FC 112 bpm."},
		{"pt-BR", "Paciente de 65 anos, natural de Minas Gerais, viajou para Portugal em 2022."},
		{"pt-BR", "Hemoglobina 10,1 g/dL; potássio 5,6 mEq/L; plaquetas 132.000/mm³."},
		// curated cities and brands must not swallow devices, scales, states
		{"en", "Dual-chamber ICD (Boston Scientific); NYHA class II per the New York Heart Association."},
		{"en", "Grew up in Texas, served in Virginia, retired in 1998. Now 88 years old."},
		{"pt-BR", "PA 130x80 mmHg, FC 72. Natural do Paraná, mora na Bahia desde 1970; 85 anos."},
		{"pt-BR", "Ela tem dor e mora sozinha; tem 70 anos e toma AAS 100 mg."},
		{"pt-BR", "Ceia de Natal com a família; a vitória foi da equipe em dezembro."},
		{"en", "Apixaban 5 mg BID; atorvastatin 40 mg; Glasgow 15; Apgar 9."},
	}
	for _, c := range cases {
		spans := d.Detect(c.text, c.lang)
		if len(spans) != 0 {
			t.Errorf("%s %q: unexpected PHI %s", c.lang, c.text, show(c.text, spans))
		}
	}
}

func TestChecksums(t *testing.T) {
	for _, c := range []struct {
		name string
		fn   func(string) bool
		ok   []string
		bad  []string
	}{
		{"CPF", ValidCPF, []string{"529.982.247-25", "12345678909", "11144477735"}, []string{"529.982.247-24", "111.111.111-11", "1234567890"}},
		{"CNPJ", ValidCNPJ, []string{"11.222.333/0001-81", "11222333000181", "12.ABC.345/01DE-35", "12ABC34501DE35", "A1B2C3D4E5F668"}, []string{"11.222.333/0001-82", "00000000000000", "12.ABC.345/01DE-3X", "12ABC34501DE36"}},
		{"CNS", ValidCNS, []string{"123 4567 8901 0000", "208765432100004", "700012300000002", "891234500000006", "987654300000007"}, []string{"123456789010001", "700012300000003", "300012300000002", "12345"}},
		{"NPI", ValidNPI, []string{"1234567893", "1987654328"}, []string{"1234567890", "3234567893", "123456789"}},
		{"DEA", ValidDEA, []string{"AB1234563", "FK7654329"}, []string{"AB1234564", "A11234563", "AB123456"}},
		{"SSN", ValidSSN, []string{"078-05-1121", "123-45-6789"}, []string{"000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"}},
	} {
		for _, v := range c.ok {
			if !c.fn(v) {
				t.Errorf("%s %q should be valid", c.name, v)
			}
		}
		for _, v := range c.bad {
			if c.fn(v) {
				t.Errorf("%s %q should be invalid", c.name, v)
			}
		}
	}
}

// Checksums raise confidence: a valid CPF without a label is found, an
// invalid 11-digit number without a label is not.
func TestChecksumContext(t *testing.T) {
	d := detector(t)
	if spans := d.Detect("Documento 52998224725 apresentado.", "pt-BR"); len(spans) != 1 || spans[0].Type != TypeCPF {
		t.Errorf("valid unlabelled CPF: %v", spans)
	}
	if spans := d.Detect("Contagem 52998224724 células.", "pt-BR"); overlaps(spans, 9, 20) {
		t.Errorf("invalid unlabelled number taken: %v", spans)
	}
	if spans := d.Detect("CPF: 529.982.247-24", "pt-BR"); len(spans) != 1 || spans[0].Type != TypeCPF {
		t.Errorf("labelled CPF with a typo should still be PHI: %v", spans)
	}
}

func TestObserverCountsTypesOnly(t *testing.T) {
	var n atomic.Int64
	seen := map[string]int{}
	d, err := NewDetector(WithObserver(func(typ string) {
		n.Add(1)
		seen[typ]++
	}))
	if err != nil {
		t.Fatal(err)
	}
	spans := d.Detect("Patient: Gertrude Pemberton, DOB 04/17/1930, call (937) 555-0148.", "en")
	if int(n.Load()) != len(spans) || seen[TypeDate] != 1 || seen[TypePhone] != 1 || seen[TypeName] != 1 {
		t.Fatalf("observer saw %v for %v", seen, spans)
	}
}

func TestSurrogateConsistency(t *testing.T) {
	d := detector(t)
	opt := ScrubOptions{Mode: Surrogate, Key: []byte("clinic-secret-1"), PatientKey: "pat-1"}
	a, _ := d.Scrub("Patient: Harold J. Whitaker, MRN 00482913. Mr. Whitaker called (614) 555-0187.", "en", opt)
	b, _ := d.Scrub("Seen: Mr. Whitaker, MRN 00482913, phone (614) 555-0187.", "en", opt)
	for _, real := range []string{"Whitaker", "00482913", "555-0187", "Harold"} {
		if strings.Contains(a, real) || strings.Contains(b, real) {
			t.Fatalf("surrogate output leaks %q:\n%s\n%s", real, a, b)
		}
	}
	// the same value gets the same fake in both notes
	sa := surname(a, "Mr. ")
	sb := surname(b, "Mr. ")
	if sa == "" || sa != sb {
		t.Fatalf("surname surrogates differ: %q vs %q\n%s\n%s", sa, sb, a, b)
	}
	mrn := func(s string) string { i := strings.Index(s, "MRN "); return s[i+4 : i+12] }
	if mrn(a) != mrn(b) {
		t.Fatalf("MRN surrogates differ: %s vs %s", mrn(a), mrn(b))
	}
	// another key gives other fakes
	c, _ := d.Scrub("Seen: Mr. Whitaker, MRN 00482913.", "en", ScrubOptions{Mode: Surrogate, Key: []byte("clinic-secret-2")})
	if surname(c, "Mr. ") == sa {
		t.Fatalf("different keys gave the same surrogate %q", sa)
	}
	// a surrogate CPF still validates
	out, _ := d.Scrub("CPF: 529.982.247-25", "pt-BR", opt)
	v := strings.TrimPrefix(out, "CPF: ")
	if v == "529.982.247-25" || !ValidCPF(v) || len(v) != 14 {
		t.Fatalf("CPF surrogate %q", v)
	}
}

func surname(s, after string) string {
	i := strings.Index(s, after)
	if i < 0 {
		return ""
	}
	rest := s[i+len(after):]
	j := strings.IndexAny(rest, " ,.")
	if j < 0 {
		return rest
	}
	return rest[:j]
}

func TestDateShiftKeepsIntervals(t *testing.T) {
	d := detector(t)
	opt := ScrubOptions{Mode: Redact, ShiftDates: true, Key: []byte("k"), PatientKey: "p42"}
	out, spans := d.Scrub("Admitted: 03/02/2024    Discharged: 03/09/2024. Follow-up March 21, 2024.", "en", opt)
	if len(spans) != 3 {
		t.Fatalf("spans %v", spans)
	}
	var got []string
	for _, w := range strings.Fields(out) {
		w = strings.Trim(w, ".,")
		if strings.Count(w, "/") == 2 {
			got = append(got, w)
		}
	}
	if len(got) != 2 || got[0] == "03/02/2024" {
		t.Fatalf("shifted output %q", out)
	}
	d1, d2 := mustDate(t, got[0], "01/02/2006"), mustDate(t, got[1], "01/02/2006")
	if d2.Sub(d1).Hours() != 7*24 {
		t.Fatalf("interval changed: %s -> %s", got[0], got[1])
	}
	// same patient, another note: same shift
	out2, _ := d.Scrub("Admitted: 03/02/2024", "en", opt)
	if !strings.Contains(out2, got[0]) {
		t.Fatalf("shift not stable across notes: %q vs %q", out2, got[0])
	}
	// Portuguese, day first, month names kept in Portuguese
	pt, _ := d.Scrub("Internação: 03/02/2024. Alta: 14/02/2024. Retorno em 14 de março de 2024.", "pt-BR", opt)
	if strings.Contains(pt, "03/02/2024") || strings.Contains(pt, "[DATE]") {
		t.Fatalf("pt shift: %q", pt)
	}
	if !containsAny(pt, ptMonths) {
		t.Fatalf("month name not kept in Portuguese: %q", pt)
	}
	for _, days := range []int{1, -1, 365, -365, 40} {
		s, ok := shiftDate("02/28/2024", "en", days)
		if !ok {
			t.Fatalf("shift %d failed", days)
		}
		if got := mustDate(t, s, "01/02/2006").Sub(mustDate(t, "02/28/2024", "01/02/2006")).Hours() / 24; int(got) != days {
			t.Fatalf("shift %d gave %s (%v days)", days, s, got)
		}
	}
	if s, ok := shiftDate("Jan 4th", "en", 17); !ok || s != "Jan 21st" {
		t.Fatalf("ordinal shift: %q %v", s, ok)
	}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func TestSafeHarbor(t *testing.T) {
	d := detector(t)
	opt := ScrubOptions{Mode: SafeHarbor}
	out, _ := d.Scrub("Patient Gertrude Pemberton, 93-year-old, DOB 04/17/1930, lives in Dayton, OH 45402.", "en", opt)
	for _, want := range []string{"[NAME]", "90+-year-old", "1930", " 454"} {
		if !strings.Contains(out, want) {
			t.Errorf("safe harbor output %q lacks %q", out, want)
		}
	}
	if strings.Contains(out, "45402") || strings.Contains(out, "04/17") {
		t.Errorf("safe harbor leaks: %q", out)
	}
	// restricted ZIP3 prefixes become 000
	out, _ = d.Scrub("Lives in Cheyenne, WY 82301 and Boise, ID 83001.", "en", opt)
	if !strings.Contains(out, "WY 000") && !strings.Contains(out, "823") {
		t.Errorf("unexpected %q", out)
	}
	for zip, want := range map[string]string{"03601": "000", "89012": "000", "82301": "000", "43219": "432", "10001": "100"} {
		s := &scrubber{d: d, opt: opt}
		if got := s.safeHarbor(zip, TypeZIP); got != want {
			t.Errorf("ZIP %s -> %s, want %s", zip, got, want)
		}
	}
}

func TestRedactMode(t *testing.T) {
	d := detector(t)
	out, spans := d.Scrub("Call Dr. Quillon Farraday at (937) 555-0148.", "en", ScrubOptions{})
	if out != "Call Dr. [NAME] at [PHONE]." || len(spans) != 2 {
		t.Fatalf("got %q %v", out, spans)
	}
}

// Lower-case and initials-only names in messages.
func TestNameShapes(t *testing.T) {
	d := detector(t)
	for _, c := range []struct{ lang, text, name string }{
		{"en", "hi this is kayla brooks-mendez, dob 3/2/88.", "kayla brooks-mendez"},
		{"en", "Triage RN: k. brooks", "k. brooks"},
		{"en", "Re: Peter Van der Berg, DOB 22 Aug 1949", "Peter Van der Berg"},
		{"en", "Patient: O'BRIEN, MARGARET ROSE     MRN: 10047722", "O'BRIEN, MARGARET ROSE"},
		{"pt-BR", "a esposa dele, dona graça, tá ligando", "graça"},
		{"en", "Infant: Baby Girl Monroe, MRN M-5520311", "Monroe"},
	} {
		spans := d.Detect(c.text, c.lang)
		s, e := find(t, c.text, c.name)
		if _, ok := covered(spans, s, e); !ok {
			t.Errorf("%q: name %q not covered: %s", c.text, c.name, show(c.text, spans))
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	d := detector(t)
	notes := loadMarked(t)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, n := range notes {
				d.Detect(n.text, n.lang)
				d.Scrub(n.text, n.lang, ScrubOptions{Mode: Surrogate, Key: []byte("k")})
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
