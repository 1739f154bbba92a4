package phi

import (
	"math/rand"
	"testing"
)

// Round 45 rules (heldout129: public-health surveillance and outbreak
// work — notifiable-disease reports, SINAN and e-SUS fichas, contact
// tracing line lists, outbreak investigations, vaccination campaign logs,
// vector-control visits, TB DOT cards, laboratory surveillance logs;
// heldout128: dev-imitating notes; invented text): a flight's number, an
// aircraft's registration, a ship's name, ports of arrival and stops, a
// county of residence, the places a list names after their plural,
// businesses and venues by their head (inn, suites, casino, resort, spa,
// grill, smokehouse, apartments, catering, camp) or by their field
// (venue, caterer, operator, establishment, workplace) or before a kind
// in lower case ("… gym"), a public body's department, an ambulatory
// named by its place, a state's central laboratory, bar tables (a
// contact's column, an "Age/Sex" cell, a name and a phone in one cell, a
// surname of common words), an OCR's spaced sample, a scanned card's PO
// box, web address and dependents, a chart's number after the hospital's
// letters, initials defined after a credential, a monitor's name, chat
// speakers with a role and the time, a common word as a sender before a
// credential, a name after thanks, a health unit in lower case, a
// practice between a signature and its address, a letterhead "Ear, Nose
// & Throat", a district's field, a city named as its state after its
// district, a phone's country code, a surname that is a particle, a town
// named like a word after "in". Against over-reach: DOT, "24/7", a lot's
// expiry, attack rates, a question's "Tem CPF? Sim", a verb after a
// relation, a bulletin's number, "… em Saúde", a room after an
// organisation, a genus and its serovar, eponyms and virus abbreviations,
// credentials, a ward's "Behavioral Health Unit", a hospital's
// ambulatory, a table's header, a line's label, a brand before a noun.
func TestRound45Rules(t *testing.T) {
	d := detector(t)
	contacts := "Contato | Idade | Vínculo | Responsável / telefone | Conduta\nMarta Bezerra Rocha | 10 meses | berçário I | Silvana Rocha, (21) 97712-4408 | acompanhar\nOtávio Costa | 2 anos | maternal | Renata Costa, (21) 98831-0057 | nenhuma"
	lineList := "Row | Name | Age/Sex | Residence | Onset\nA1 | Pruitt, Glenda | 94 F | 12 Mill Pond Rd | 08/02\nA2 | RED CLOUD, Dakota | 37 M | Maple Court Apartments | 08/05"
	header := "# | Name | DOB | Contact | Risk group | Site\n1 | Odell Banks | 03/04/1971 | 555-0142 | homelessness | L deltoid\n2 | Ines Farr | 11/22/1990 | 555-0199 | injection drug use | R deltoid"
	mmrLog := "Name | DOB | Phone | Product | By\nKaleb Penner | 03/09/2021 | 806-555-0133 | MMR #1 | TM\nJudith Penner | 01/25/1993 | 806-555-0134 | MMR #1 | TM\n\nVaccinators: Tomas Marsh, LVN (TM)"
	chat := "[Secure Chat - 4 West] 03/02/2024\nli (RN) 07:02: bed 9 febrile 38.9, cultures sent\nDr Amani 07:05: ok start cefepime\nli (RN) 07:09: done\nKD (charge) 07:20: family updated"
	ocr := "SINAN  -  FICHA  DE  INVESTIGAÇÃ0  -  HEPATITE\nData  da  notificaçã0 :  0 3 / 0 2 / 2 0 2 4\nN0me :  CLAUDI0  J0SÉ  D0S  REIS\nELISA  IgM :  reagente  ( LACEN / SC ,  amostra  2 4 - H V - 0 4 4 1 7 )\nInvestigad0r :  Paula  Richter"
	card := "SCANNED  INSURANCE  CARD  ( FR0NT / BACK )\nMember :  OKAFOR ,  NNEKA\nDependents :  TOBENNA    ADAEZE\nSend  claims  t0 :  P0  B0X  4412O ,  SALINA ,  KS  674Ol\nwww . plainsmutualhealth . com"
	checkTyped(t, d, []typedCase{
		// travel: flights, aircraft, ships, ports
		{"en", "Returned 5/2 from a work trip to Portugal via Lisbon (flight TP 221 to Newark) and drove home.", "TP 221", TypeID},
		{"en", "Passenger: Oren Falk     Arrived Denver 06/02/2025 on flight UA 1487 from Reykjavik, seat 22C", "Denver", TypeLocation},
		{"en", "Passenger: Oren Falk     Arrived Denver 06/02/2025 on flight UA 1487 from Reykjavik, seat 22C", "UA 1487", TypeID},
		{"pt-BR", "Voo: G3 1424 procedente de Lima     Aeronave: Boeing 737-800, matrícula PR-GUM", "G3 1424", TypeID},
		{"pt-BR", "Voo: G3 1424 procedente de Lima     Aeronave: Boeing 737-800, matrícula PR-GUM", "PR-GUM", TypeVehicle},
		{"en", "Vessel: MV Northern Aurora     IMO number: 9345521\nOperator: Bluewake Cruise Lines     Last port: Nassau", "MV Northern Aurora", TypeVehicle},
		{"en", "Vessel: MV Northern Aurora     IMO number: 9345521\nOperator: Bluewake Cruise Lines     Last port: Nassau", "Bluewake Cruise Lines", TypeOrganization},
		// places
		{"en", "Sex: F     County of residence: Ottertail\nSpecimen: stool", "Ottertail", TypeLocation},
		{"pt-BR", "Bairros com mais casos: Jardim Primavera, Coqueiral e Vila Esperança. Demais sem casos.", "Coqueiral", TypeLocation},
		{"pt-BR", "Bairros com mais casos: Jardim Primavera, Coqueiral e Vila Esperança. Demais sem casos.", "Vila Esperança", TypeLocation},
		{"pt-BR", "Caso que originou o bloqueio: notificação 1302603-0071233     Área: Raiz, Manaus/AM", "Raiz", TypeLocation},
		{"pt-BR", "17/06/2024 - Clínica da Família Zilda Arns, Vila Kennedy, Rio de Janeiro\nPaciente: Jonas", "Rio de Janeiro", TypeLocation},
		{"en", "Hospitalized last spring in Sandwich for a hip fracture.", "Sandwich", TypeLocation},
		// businesses, venues and public bodies
		{"en", "Caterer: Bramblewood Catering Co. (owner Lyle Dorsey, 636-555-0190)", "Bramblewood Catering Co", TypeOrganization},
		{"en", "Venue: Cedar Hollow Barn, 1200 County Road 7, Pacific, MO", "Cedar Hollow Barn", TypeOrganization},
		{"en", "Both guests stayed at the Lakeshore Inn & Suites between 7/20 and 7/24.", "Lakeshore Inn & Suites", TypeOrganization},
		{"en", "Phone: (702) 555-0144     Employer: housekeeping, Copper Ridge Casino Resort", "Copper Ridge Casino Resort", TypeOrganization},
		{"en", "Observed doses on Saturdays at her workplace, Lucky Pearl Nail Spa.", "Lucky Pearl Nail Spa", TypeOrganization},
		{"en", "Establishment: Hana Garden Sushi & Grill, 1420 NE Broadway, Portland, OR 97232", "Hana Garden Sushi & Grill", TypeOrganization},
		{"en", "Second partner is a cook at Fulton Street Smokehouse; no phone.", "Fulton Street Smokehouse", TypeOrganization},
		{"en", "Comment: patient attended Camp Tamarack Hollow 7/14-7/19. Referred to the unit.", "Camp Tamarack Hollow", TypeOrganization},
		{"en", "Contact | Exposure\nRhea Dunn | climbing partner, Granite Peak gym 1/5 19:00", "Granite Peak", TypeOrganization},
		{"en", "Drives a delivery truck for Rising Sun Propane; letter provided.", "Rising Sun Propane", TypeOrganization},
		{"en", "To the parent:\n\nThe Brookfield Health and Human Services Department has identified your child", "Brookfield Health and Human Services Department", TypeOrganization},
		{"en", "Interviewer: Dana Fry, RN, TB Program, Lincoln County Health Unit. Interpreter: Ana Sol.", "Lincoln County Health Unit", TypeOrganization},
		{"pt-BR", "Estabelecimento: Ambulatório de Especialidades de Sorocaba\nNome: Joana Lima", "Ambulatório de Especialidades de Sorocaba", TypeOrganization},
		{"pt-BR", "Local: Salão de Festas Bela Vista, Rua Tamoios, 88, Curitiba/PR", "Salão de Festas Bela Vista", TypeOrganization},
		{"pt-BR", "Responsável: Célia Goto - UVIS Capela do Socorro", "UVIS Capela do Socorro", TypeOrganization},
		{"pt-BR", "O morador Edvaldo Pinto trabalha na Cerâmica Jaguaribe", "Cerâmica Jaguaribe", TypeOrganization},
		{"pt-BR", "Sorotipo: DENV-3 (RT-PCR, LACEN-MT, requisição 240722005511)", "LACEN-MT", TypeOrganization},
		{"pt-BR", "[08:03] ana ACS: bom dia! a consulta é amanhã cedo no posto (ubs jardim são pedro) e leva o cartão\n[08:05] maria: ok obrigada", "ubs jardim são pedro", TypeOrganization},
		{"en", "VIA FAX: (603) 555-0122\nHelena Ostrow, MD\nHarborline Rheumatology\n12 Wharf Rd, Ste 4, Dover, NH 03820", "Harborline Rheumatology", TypeOrganization},
		{"en", "Bayshore Ear, Nose & Throat\n410 Kemp Circle, Suite 12 | Hampton, VA 23666", "Bayshore Ear, Nose & Throat", TypeOrganization},
		// tables
		{"pt-BR", contacts, "Marta Bezerra Rocha", TypeName},
		{"pt-BR", contacts, "Otávio Costa", TypeName},
		{"pt-BR", contacts, "Silvana Rocha", TypeName},
		{"pt-BR", contacts, "(21) 97712-4408", TypePhone},
		{"en", lineList, "94", TypeAge},
		{"en", lineList, "RED CLOUD, Dakota", TypeName},
		{"en", lineList, "Maple Court Apartments", TypeOrganization},
		{"en", mmrLog, "TM", TypeName},
		// identifiers
		{"pt-BR", ocr, "2 4 - H V - 0 4 4 1 7", TypeID},
		{"pt-BR", ocr, "LACEN / SC", TypeOrganization},
		{"en", card, "P0  B0X  4412O", TypeAddress},
		{"en", card, "www . plainsmutualhealth . com", TypeURL},
		{"en", card, "TOBENNA", TypeName},
		{"en", card, "ADAEZE", TypeName},
		{"pt-BR", "Paciente: Raimunda Lobo, 51 anos, prontuário HRAS 12.447\nProcedência: Coari/AM", "HRAS 12.447", TypeMRN},
		{"pt-BR", "Acompanhante: Paolo Ferri, passaporte YC1120448, telefone +39 347 555 0166.", "+39 347 555 0166", TypePhone},
		// names
		{"en", "Day 1: afebrile. Thermometer issued, serial TX-4419082.\nMonitor: Renata Calloway, RN     Backup: Ian Roe, MD", "Renata Calloway", TypeName},
		{"en", chat, "li", TypeName},
		{"en", chat, "KD", TypeName},
		{"pt-BR", "[08:03, 14/05/2024] Nice ACS: bom dia dona lurdes!\n[08:21, 14/05/2024] Lurdes: bom dia\n[08:24, 14/05/2024] Nice ACS: pode sim", "Nice", TypeName},
		{"pt-BR", "[03/04/2024 08:15] Renata Vigilância: bom dia! quantos anos o menino?\n[03/04/2024 08:16] ACS Lúcia: 4 anos", "Renata", TypeName},
		{"pt-BR", "[03/04/2024 08:24] Renata Vigilância: 👍 obrigada Bia!", "Bia", TypeName},
		{"en", "Outreach worker: Quoc Le, 713-555-0199", "Quoc Le", TypeName},
		{"en", "Visitors: Aunt Dot on Sundays; the rest by phone.", "Dot", TypeName},
		{"pt-BR", "Quadra 9 | Borracharia Pneu Forte (prop. Expedito) | D1 (pneus, 12) | sim", "Expedito", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Household: husband on 3HP for LTBI, by DOT on Tuesdays.", "DOT"},
		{"en", "Call the on-call nurse at 555-0100 (24/7) with questions.", "24/7"},
		{"en", "Vaccine: Tdap 0.5 mL IM, lot TD4410B, exp 2025-11\nVaccinator: Tanya Cole, RN", "2025-11"},
		{"en", "Attack rates: chicken salad 31/44 vs 9/61; rolls 40/80 vs 2/25; punch not associated.", "2/25"},
		{"pt-BR", "Estabelecimento: UPA Norte\nTem CPF? Sim     CPF: 377.594.580-61", "Sim"},
		{"pt-BR", "Estabelecimento: UPA Norte\nTem CPF? Sim     CPF: 377.594.580-61", "Tem"},
		{"pt-BR", "3 | Josefa Lima | 88 | avó, mora na casa | mesmo da neta", "mora na casa"},
		{"pt-BR", "BOLETIM EPIDEMIOLÓGICO Nº 21/2024 - ARBOVIROSES\nSecretaria Municipal de Saúde", "21/2024"},
		{"pt-BR", "Secretaria Municipal de Saúde de Betim - Vigilância em Saúde\nPeríodo: janeiro", "Saúde\nPeríodo"},
		{"pt-BR", "Notificador: Enf. Caio Lins - COREN-PB 311.902 - Serviço de Saúde Ocupacional", "Saúde Ocupacional"},
		{"en", "Child care: Little Oaks Child Care, Infant Room C, 22 Elm Ave, Racine, WI", "Infant Room C"},
		{"en", "Stool cultures: 5 positive for Salmonella Enteritidis; PFGE pending.", "Salmonella Enteritidis"},
		{"en", "Tech reviewed the Gram stain at 14:00; no organisms seen.", "Gram"},
		{"en", "Brucella spp. exposure in the microbiology lab on 3/2.", "Brucella"},
		{"en", "Case: Lia Novak, 4 y; anti-HAV IgM positive 2024-10-12", "HAV"},
		{"pt-BR", "Diagnóstico: bronquiolite viral aguda por VSR, com cateter nasal.", "VSR"},
		{"en", "T 38.2. Westley croup score 3. Given dexamethasone.", "Westley"},
		{"en", "Romberg mildly positive; no nystagmus on Dix-Hallpike today.", "Hallpike"},
		{"en", "Mumps IgM: POSITIVE\nMumps RT-PCR, buccal swab: POSITIVE; genotype pending.", "Mumps RT"},
		{"en", "Completed by: Karin Holt, PHN, 02/11/2025", "PHN"},
		{"en", "Inspector: Lena Marsh, REHS", "REHS"},
		{"en", "Geriatric Behavioral Health Unit - Shift Report 07:00\nPt: Arlo", "Unit"},
		{"pt-BR", "Para: Ambulatório de Nefrologia - Hospital Santa Rita", "Ambulatório de Nefrologia"},
		{"en", header, "Risk group"},
		{"pt-BR", "Ligação para o filho: volta no sábado.\nCombinado: o filho busca o remédio na sexta.", "Combinado"},
		{"en", "Old patches disposed of in Cactus sink by the nurse.", "Cactus"},
		{"pt-BR", "[03/04/2024 08:15] Renata Vigilância: bom dia! quantos anos o menino?\n[03/04/2024 08:16] ACS Lúcia: 4 anos", "Vigilância"},
		{"pt-BR", "[03/04/2024 08:24] Renata: obrigada Doutora!", "Doutora"},
		{"en", "Tech: R. Osei, MLS(ASCP)     Reviewed: Ana Berg, MD", "ASCP"},
		{"en", "Dinner at a Mexican restaurant on 6/1; no one else ill.", "Mexican"},
	})
}

// TestOCRScan45 holds ocrScan, the one walk newAnalysis makes, to the
// byte scan and to letterSpacedToks on the testdata notes
// and on random texts rich in the signs both read.
func TestOCRScan45(t *testing.T) {
	check := func(s string) {
		t.Helper()
		toks := tokenize(s, nil)
		ocr, spaced := ocrScan(s, toks)
		if want := looksOCRBytes(s); ocr != want {
			t.Fatalf("ocrScan(%q) reads OCR %v, the byte scan %v", s, ocr, want)
		}
		if want := letterSpacedToks(s, toks); spaced != want {
			t.Fatalf("ocrScan(%q) reads letter-spaced %v, letterSpacedToks %v", s, spaced, want)
		}
	}
	for _, s := range []string{
		"", "a", "H0SPITAL N0TE D0B", "R u a  d a s  F l o r e s", "a b c", "a b\nc", "é à ô", "x , y : z . w .",
		"1 2 3 4 5 6 7 8", "N o m e :  J 0 S É  1 2 3 , A0B", "B0B0B0B0 a b c",
	} {
		check(s)
	}
	for _, n := range loadMarked(t) {
		check(n.text)
	}
	rng := rand.New(rand.NewSource(45))
	for k := 0; k < 200000; k++ {
		s := randomOCRText(rng)
		if k%3 == 0 {
			s += " a b c "
		}
		check(s)
	}
}
