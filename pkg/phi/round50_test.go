package phi

import "testing"

// Round 50 rules (heldout145: care at home; heldout143: pharmacy and
// medicines paperwork; heldout142 and heldout144: dev-imitating notes;
// invented text): a grid's initials defined by a legend, staff numbers
// in brackets after a name and the name before them, a handover's shift
// head, a name before a profession in brackets, home-care businesses and
// services, a body on aging, a home-care service's "SAD", a street at a
// corner, a district before "(bairro)", "Our Lady of …", a family firm,
// a business on a street's name, a house's part after its address, a
// town and ZIP after a street's comma, a name before its phone's colon,
// "… Regional", a month's date with hyphens, chat speakers with a role
// and the time or after the time's bracket, a rota's cell, a signature's
// initial, a letter's closing before a post, relatives in lower case
// before what they do, a branch's district, the person a declaration
// names and a minor after "filho menor", a log's "Surname, Given"
// before an identifier, a last dose after "BID".
// Against over-reach: legends of abbreviations, scores over their
// maximum, a course's day, a lot's and an expiry's columns and a lot's
// "validade", a count after a strength, a product's barcode, a BIN, a
// chat's message after a business's colon, a resident's specialty,
// department names, a post after a credential, eponyms of techniques,
// devices and tests, a drug's reaction, a department before "of", a
// Portuguese preposition in English, milliseconds, a Portuguese
// article, a time of day before a head, a person's verb before a name,
// care-at-home words, national bodies, a prayer's "Our Lady".
func TestRound50Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// a grid's initials and their legend
		{"en", "Medication          Time   Mon   Tue   Wed\nLisinopril 10 mg    08:00  TB    TB    RC\nWarfarin 2 mg       18:00  RC    RC    TB\nInitials: TB = Tendai Banda (ID HC-2201); RC = Rosa Chikwanha.", "RC", TypeName},
		{"en", "Medication          Time   Mon   Tue   Wed\nLisinopril 10 mg    08:00  TB    TB    RC\nWarfarin 2 mg       18:00  RC    RC    TB\nInitials: TB = Tendai Banda (ID HC-2201); RC = Rosa Chikwanha.", "Tendai Banda", TypeName},
		{"pt-BR", "Medicamento        Horário   seg   ter\nDipirona 1 g       06h       LS    DV\nRubricas: LS = Lucélia Santana; DV = Dalva Vieira.", "DV", TypeName},
		// staff numbers in brackets and the names before them
		{"en", "TUE 3/12   AM: Grace Mutasa (emp HN-4471)   PM: Tom Reilly", "HN-4471", TypeID},
		{"pt-BR", "Noturno - dias ímpares: Rita de Cássia Moura (matr. AB-209) - (11) 98877-6655", "Rita de Cássia Moura", TypeName},
		{"pt-BR", "Noturno - dias ímpares: Rita de Cássia Moura (matr. AB-209) - (11) 98877-6655", "AB-209", TypeID},
		{"en", "VST-88120    2024-03-04    Yesenia Delgado (C-2207)        09:00-13:00", "C-2207", TypeID},
		{"pt-BR", "Plantão passado por Sâmia Lopes (Enf.) para Jonas Firmino (Enf.).", "Jonas Firmino", TypeName},
		// a handover's shift head
		{"en", "Late (14:00-22:00), Bronwen Achterberg:\n- Ate half of supper.", "Bronwen Achterberg", TypeName},
		// home-care businesses and services
		{"pt-BR", "Troca de curativo feita pela enfermeira da Renascer Assistência Domiciliar ontem.", "Renascer Assistência Domiciliar", TypeOrganization},
		{"pt-BR", "EVOLUÇÃO - ATENÇÃO DOMICILIAR\nServiço de Atenção Domiciliar de Uberaba - EMAD 1\nData: 02/04/2024", "Serviço de Atenção Domiciliar de Uberaba", TypeOrganization},
		{"pt-BR", "[03/05/2024 20:10] Lívia - Aconchego Cuidadores: Boa noite! A cuidadora já chegou.", "Aconchego Cuidadores", TypeOrganization},
		{"en", "CARE PLAN\nOakhaven Home Support     Client ref OHS-2210", "Oakhaven Home Support", TypeOrganization},
		{"en", "Delivery ticket\nRIVERBEND HOME OXYGEN & DME     FAX (555) 201-3344", "RIVERBEND HOME OXYGEN & DME", TypeOrganization},
		{"en", "Referred to Western Pima Office on Aging for meals.", "Western Pima Office on Aging", TypeOrganization},
		{"pt-BR", "Solicitar avaliação do SAD Vila Mariana para cama hospitalar.", "SAD Vila Mariana", TypeOrganization},
		{"en", "Her daughter works nights at Our Lady of Fatima and visits daily.", "Our Lady of Fatima", TypeOrganization},
		{"en", "Funeral home on file: Halvorsen & Sons, Billings.", "Halvorsen & Sons", TypeOrganization},
		{"en", "Dental home: Grins on Elm Family Dentistry.", "Grins on Elm Family Dentistry", TypeOrganization},
		{"en", "Patient referred from VitalHealth Pinehurst Regional", "VitalHealth Pinehurst Regional", TypeOrganization},
		// places and addresses
		{"en", "Gait training outdoors to the corner of S. Larkin Ave and back.", "S. Larkin Ave", TypeAddress},
		{"pt-BR", "Prefere ficar em casa, no Jabaquara (bairro), com a filha.", "Jabaquara", TypeLocation},
		{"pt-BR", "Endereço: Rua das Palmeiras, 120, casa 2 (fundos), Centro, Campinas/SP", "Rua das Palmeiras, 120, casa 2 (fundos)", TypeAddress},
		{"en", "Address: 512 Elm St, 3rd floor front, Dayton, OH 45402", "512 Elm St, 3rd floor front", TypeAddress},
		{"en", "new address is 14 Birch Ln apt 2, Kettering 45429 for the bills", "Kettering", TypeLocation},
		{"en", "new address is 14 Birch Ln apt 2, Kettering 45429 for the bills", "45429", TypeZIP},
		{"pt-BR", "Unidade Tabaqueira - Rua Silva Jatahy, 100 - Fortaleza/CE", "Tabaqueira", TypeLocation},
		// names
		{"pt-BR", "Família: irmã que mora em Itu, Joana Prates: (11) 98765-4321 - avisada.", "Joana Prates", TypeName},
		{"en", "[Secure chat - 4 West]\nviolet (charge RN) 03:40: bed 12 is hypotensive\ndr amos 03:41: coming", "violet", TypeName},
		{"pt-BR", "[01/02/2024 09:08] Cidinha: bom dia, o remédio chegou?\n[01/02/2024 09:10] Farmácia Sol: Chegou sim, dona Cidinha! Pix ou cartão?\n[01/02/2024 09:15] Cidinha: pix. manda a chave", "Cidinha", TypeName},
		{"pt-BR", "Sessão amanhã às 10h com a fisio Tainara. Confirma?", "Tainara", TypeName},
		{"pt-BR", "ta bom. meu neto joão paulo vai me buscar depois", "joão paulo", TypeName},
		{"en", "MON 3/11   AM: Precious / lunch: NO CALL - day centre   tea + bed: Ryan Oduya\nTUE 3/12   AM + lunch: Precious Mlambo (emp HN-1002)   tea + bed: Ryan Oduya", "Precious", TypeName},
		{"pt-BR", "ACS: Solange Brito     Data: 02/05/2024\nVisita sem intercorrências.\nSolange B.", "Solange B.", TypeName},
		{"pt-BR", "Informamos que o pedido foi negado.\n\nAtenciosamente,\nJuliana Tourinho - Gerência Médica - CRM-BA 11.204", "Juliana Tourinho", TypeName},
		{"pt-BR", "DECLARAÇÃO\nDeclaro para os devidos fins que CLEONICE  RAMOS  DA  SILVA\nRG 12.345.678-9, compareceu a esta unidade.", "CLEONICE  RAMOS  DA  SILVA", TypeName},
		{"pt-BR", "compareceu a esta unidade acompanhando seu filho menor DAVI LUCAS\nRAMOS SILVA , em consulta de pediatria.", "DAVI LUCAS\nRAMOS SILVA", TypeName},
		{"en", "Time    Patient (MRN)                 Removed\n02:15   Kowalczyk, Zofia (RH-4410287)    2 mg", "Kowalczyk, Zofia", TypeName},
		// dates
		{"en", "DOB: Mar-14-1941     Admit: Jan-02-2024", "Mar-14-1941", TypeDate},
		{"en", "Home medication               Last dose\nLosartan 50 mg BID            10/14 AM", "10/14", TypeDate},
	})
	checkClean(t, d, []cleanCase{
		// a legend of abbreviations
		{"en", "Abbreviations: HR = Heart Rate; BP = Blood Pressure\nHR 88, BP 122/80", "HR 88"},
		// scores, a course's day
		{"en", "Symptoms: nausea 5/10 -> 2/10 after ondansetron.", "5/10"},
		{"en", "Cognition: MoCA 22/30 (25 in Mar 2022).", "22/30"},
		{"pt-BR", "Antibiótico: cefazolina 1 g EV (D7/14).", "D7/14"},
		// a lot's and an expiry's columns, a lot's validity, counts, codes
		{"en", "Ingredient              Qty        Lot        Exp\nAmoxicillin 250 mg      20 caps    AX5521     11/2025\nWater                   60 mL      WT0093     02/2026", "AX5521"},
		{"en", "Ingredient              Qty        Lot        Exp\nAmoxicillin 250 mg      20 caps    AX5521     11/2025\nWater                   60 mL      WT0093     02/2026", "11/2025"},
		{"pt-BR", "Ceftriaxona 1 g, lote CFX0412, validade 03/2026, iniciada hoje.", "03/2026"},
		{"en", "Shipped: atorvastatin 40 mg (90), metformin 500 mg (180)", "90"},
		{"pt-BR", "Recolhimento do lote LT0091 (cx com 30 cp, EAN 7891234567895).", "7891234567895"},
		{"en", "RxBIN  003858   RxPCN  A4   RxGrp  ZX12", "003858"},
		// a business's chat message, a resident's specialty, departments
		{"pt-BR", "[02/06/2024 10:01] Clínica: Combinado! Até amanhã.", "Combinado"},
		{"pt-BR", "Dr. Caio Lins - residente de Clínica Médica", "Clínica Médica"},
		{"en", "From: Patient Portal Support <portal@hillcrest.org>\nTo: Thoracic Tumor Board <ttb@hillcrest.org>", "Tumor Board"},
		{"en", "From: Patient Portal Support <portal@hillcrest.org>\nTo: Thoracic Tumor Board <ttb@hillcrest.org>", "Portal Support"},
		{"en", "Contact: Mae Lindqvist, RN, Care Coordinator, 555-0142.", "Care Coordinator"},
		// eponyms and clinical words
		{"en", "Patch testing (T.R.U.E. test) booked.", "T.R.U.E."},
		{"en", "Line placed by the Seldinger technique; walks with a Zimmer frame.", "Seldinger"},
		{"en", "Line placed by the Seldinger technique; walks with a Zimmer frame.", "Zimmer"},
		{"en", "Archimedes spiral tremulous on the right.", "Archimedes"},
		{"pt-BR", "Oclusão no canal de Hunter à esquerda.", "Hunter"},
		{"pt-BR", "Correlacionar com Gleason prévio.", "Gleason"},
		{"en", "Urine grew Proteus last month. LVAD alarms reviewed. Kleihauer-Betke sent.", "Proteus"},
		{"en", "Urine grew Proteus last month. LVAD alarms reviewed. Kleihauer-Betke sent.", "Kleihauer"},
		{"en", "Caller: Ruth Ames (daughter, HCPOA) called back.", "HCPOA"},
		{"en", "YELLOW CARD - Suspected Adverse Drug Reaction (copy kept)", "Adverse Drug"},
		{"en", "Treated in the ED of Marlow Regional Hospital overnight.", "ED of"},
		{"en", "Medicare Part A only; no Part D on file.", "Part D"},
		{"en", "QTc 452 ms.\nPer Dr. Okafor: fine to dispense.", "Per"},
		{"pt-BR", "Senhora Diretora,\n\nO assistido, CPF 476.962.080-20, aguarda o medicamento.", "O assistido"},
		{"pt-BR", "[02/06/2024 10:05] Ana - Aconchego Cuidadores: A cuidadora chegou às 19h.", "A cuidadora"},
		{"en", "Chaplain visited this AM. Funeral home on file.", "AM."},
		{"en", "Doing well. Attends Maple Leaf Montessori 3 days a week.", "Attends"},
		{"en", "Rivergate Home Care - WEEKLY CARER ROTA\nClient: Ivo Brandt", "CARER ROTA"},
		{"en", "02:10 - Paged Dana Ruiz, RN (on call).", "Paged"},
		{"pt-BR", "O exame não consta no Rol de Procedimentos e Eventos em Saúde da ANS.", "Rol de Procedimentos"},
		{"pt-BR", "Conforme resolução publicada pela Anvisa, o lote foi recolhido; processo no CEAF.", "Anvisa"},
		// a service by its kind, a prayer, the kind of a service's acronym
		{"pt-BR", "Paciente em atenção domiciliar (Atenção Domiciliar tipo 2) desde março.", "Atenção Domiciliar"},
		{"pt-BR", "Colchão emprestado pelo SAD já instalado.", "SAD"},
		{"en", "She prays a novena to Our Lady of Sorrows each evening.", "Our Lady"},
		{"en", "Turned the corner of the hallway without the walker.", "hallway"},
		{"pt-BR", "Declaro para os devidos fins que o paciente compareceu à consulta.", "paciente"},
	})
}

// TestFoldedHas50 holds cueBefore's folded window (foldWindow50,
// foldedHas50) to containsFold's answer, on windows built from the cues'
// own pieces in both cases.
func TestFoldedHas50(t *testing.T) {
	cues := []string{"placa", "plate", "tag ", "license plate", "veículo", "vehicle", "exp", "val", "validade", "lot", "cnpj", "ndc", "rxcui", "a", "p/"}
	pieces := []string{"@", "[", "`", "{", "Z", "z", "PLA", "pla", "Ca", "TE", "te", " ", "tag", "TAG ", "veí", "VEÍ", "culo", "Vehicle", "EXP", "xp", "Val", "idade", "LOT", "lo", "t", "CNPJ", "ndc", "R", "xcui", "p", "/", "é", "1", "-"}
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for trial := 0; trial < 20000; trial++ {
		var w []byte
		for len(w) < 1+next(60) {
			w = append(w, pieces[next(len(pieces))]...)
		}
		if len(w) > 64 {
			w = w[:64]
		}
		var buf [64]byte
		b := foldWindow50(&buf, string(w))
		for k, c := range w {
			if want := c + 32*b2u('A' <= c && c <= 'Z'); b[k] != want {
				t.Fatalf("foldWindow50(%q)[%d] = %q, want %q", w, k, b[k], want)
			}
		}
		for _, c := range cues {
			if got, want := foldedHas50(b, c), containsFold(string(w), c); got != want {
				t.Fatalf("%q in %q: %v, containsFold %v", c, w, got, want)
			}
		}
	}
	for w := range roleAbbrevs44 {
		if !profAbbr50(w) {
			t.Errorf("profAbbr50(%q) false; it is roleAbbrevs44's", w)
		}
	}
}
