package phi

import "testing"

// Round 47 rules (heldout136: digital health platforms — telehealth
// logs, patient-portal threads and account records, device exports, app
// audit trails, EHR access logs, booking chats and reminders; heldout135:
// dev-imitating notes; invented text): user names after their label, in
// brackets, as a handle and where they come back; a machine's asset code
// after its label and in a table's workstation column; hardware
// addresses; an audit table's user and role columns, a remark past its
// last column and a date cell's time; a FHIR record's values by their
// keys; a browser's user agent; a platform's bot as a speaker; a role
// before a name in brackets; a role in capitals before a chat sender; a
// broadcaster's call letters; a plan's name between its card's label and
// number; a branch named by its district; "dona" before a given name
// that folds to a relation; consumer devices; a national body's acronym
// and country; eponyms of two words or in brackets, with "&", before a
// test's noun; "herself 90"; organisations with a number before their
// head and groceries; a person's verb after a name met before; an
// unlisted nickname in brackets; a letterhead above its CNPJ; a unit
// after a street; a lower-case month before its day; "SSN (last 4)"; "a
// d. luzia"; "o filho é o …"; a list's dash opening a sentence; an eye's
// row in a refraction; forms and a hospital's department of a
// specialty. Against over-reach: a word after "usuária" in a sentence,
// "@" before a dose, e-mail addresses, times and ratios, a workstation
// named by a word, a role column's cells, "Apple Health", "Operadora de
// Planos de Saúde" under a brand, a common word after "unidade", a
// named person after a list's dash with a relation, a murmur's grade,
// a rating, a date before its hour.
func TestRound47Rules(t *testing.T) {
	d := detector(t)
	portal := "PORTAL THREAD - exported 04/02/2024\nPortal user: kmarsh_cyclist    Proxy: none\n\n[04/01/2024 21:10] kmarsh_cyclist: my watch says 44 at night, ok?\n[04/01/2024 22:02] Ines Baptiste, RN: Hi, any dizziness?\n[04/02/2024 07:15] kmarsh_cyclist: none, thanks"
	audit := "TIMESTAMP             USER ID    NAME              ROLE        WORKSTATION       IP            ACTION\n" +
		"2024-03-02 10:11:12   tnguyen7   Thao Nguyen       RN          NWH-5E-WOW03      10.20.1.14    Chart open\n" +
		"2024-03-02 23:40:01   bkessel    Brent Kessel      Unit Clerk  NWH-ER-REG02      10.20.9.7     Face sheet   ** FLAG"
	pipe := "DATA/HORA            | USUÁRIO         | NOME                | PERFIL       | ESTAÇÃO         | AÇÃO\n" +
		"05/03/2024 09:14:55 | lu.tavares      | Luana Tavares       | Téc. Radiol. | HSC-RX-EST02    | visualizou\n" +
		"05/03/2024 09:20:10 | dr.caio.m       | Caio Mendonça       | Médico       | HSC-PS-CONS1    | prescreveu"
	fhir := "{\n  \"resourceType\": \"Patient\",\n  \"id\": \"pt-51c0e9aa\",\n  \"name\": [{\"family\": \"Arceneaux\", \"given\": [\"Odile\", \"Maribel\"]}],\n  \"address\": [{\"line\": [\"77 Bayou Rd, Unit 2\"], \"city\": \"Houma\", \"postalCode\": \"70360\"}]\n}"
	checkTyped(t, d, []typedCase{
		// user names and handles
		{"en", portal, "kmarsh_cyclist", TypeID},
		{"en", "[04/02/2024 07:16] kmarsh_cyclist: bye\nPortal user: kmarsh_cyclist", "kmarsh_cyclist", TypeID}, // (where it comes back)
		{"en", "Accessed by: Dana Whitcomb (user dwhitcomb), Pharmacist\nReason: audit", "dwhitcomb", TypeID},
		{"en", "Her son keeps his own login (leo.ferraz09); code texted to him.", "leo.ferraz09", TypeID},
		{"en", "Queried by Ana Ruiz, NP (PDMP user aruiz_np; DEA MR1234563)", "aruiz_np", TypeID},
		{"pt-BR", "Empresa: Transportes Sul Ltda. - usuário do RH rh.marcia - IP 187.10.2.3", "rh.marcia", TypeID},
		{"pt-BR", "Glicosímetro sincronizado com o app da clínica (usuária brunaksf)", "brunaksf", TypeID},
		{"en", "Participants: Omar Haddad, MD (@ohaddad.icu); Lee Park, RN (@lpark3N)", "@ohaddad.icu", TypeID},
		{"en", "[06/01/2024 03:12] @lpark3N: pt in 12 needs a call", "@lpark3N", TypeID},
		// audit tables
		{"en", audit, "tnguyen7", TypeID},
		{"en", audit, "NWH-5E-WOW03", TypeDevice},
		{"en", audit, "bkessel", TypeID},
		{"en", audit, "NWH-ER-REG02", TypeDevice},
		{"pt-BR", pipe, "lu.tavares", TypeID},
		{"pt-BR", pipe, "dr.caio.m", TypeID},
		{"pt-BR", pipe, "HSC-RX-EST02", TypeDevice},
		{"pt-BR", pipe, "05/03/2024", TypeDate},
		// machines
		{"en", "Workstation: MCH-ED-RT04    IP: 10.4.7.52", "MCH-ED-RT04", TypeDevice},
		{"en", "Cart asset tag SVH-TELE-03; cart IP 192.168.2.9.", "SVH-TELE-03", TypeDevice},
		{"pt-BR", "Tablet do programa, patrimônio PMC-TAB-0217, entregue ao paciente.", "PMC-TAB-0217", TypeDevice},
		{"en", "Cuff paired over Bluetooth, address 3C:71:BF:0A:22:9D, firmware 1.2", "3C:71:BF:0A:22:9D", TypeDevice},
		{"pt-BR", "Oxímetro com endereço MAC D8-3A-DD-41-07-5B pareado ao tablet.", "D8-3A-DD-41-07-5B", TypeDevice},
		// FHIR
		{"en", fhir, "Maribel", TypeName},
		{"en", fhir, "pt-51c0e9aa", TypeID},
		{"en", fhir, "77 Bayou Rd, Unit 2", TypeAddress},
		{"en", fhir, "70360", TypeZIP},
		// chats and platforms
		{"pt-BR", "03/10/2023 08:02 - Dona Neide: bom dia\n03/10/2023 08:40 - ACS Cleiton: Bom dia, dona Neide! Passo aí depois.", "Cleiton", TypeName},
		{"en", "Patient works as a producer at WQRT Channel 4; media calls go to PR.", "WQRT Channel 4", TypeOrganization},
		{"pt-BR", "Localizei o cadastro. Carteirinha Vitalmed 0093 1120 4471 8. Confirma?", "Vitalmed", TypeOrganization},
		{"pt-BR", "Horários disponíveis na unidade Stiep: 1) 12/07 10h", "Stiep", TypeLocation},
		{"pt-BR", "Ligação às 20h; a esposa, dona Irma, relatou tosse.", "Irma", TypeName},
		// dev-imitating notes
		{"en", "Lives alone. Sister, Odette, herself 91 and still driving, checks in daily.", "91", TypeAge},
		{"en", "Mother works nights at Fairhaven County 911 Dispatch; father drives her in.", "Fairhaven County 911 Dispatch", TypeOrganization},
		{"en", "Found sleeping behind Blue Spruce Grocery at 4 am.", "Blue Spruce Grocery", TypeOrganization},
		{"en", "Harmony attends Lakeview Primary.\nHarmony Obi, 6 y/o F, brought by her aunt.", "Harmony", TypeName},
		{"pt-BR", "Responsável: neta, Ana Lúcia Prado (Lulinha), tel. (85) 98811-2020.", "Lulinha", TypeName},
		{"pt-BR", "IMAGICLIN - Centro de Imagem do Seridó\nCNPJ 12.345.678/0001-95 - Rua Sete, 10", "IMAGICLIN", TypeOrganization},
		{"pt-BR", "IMAGICLIN - Centro de Imagem do Seridó\nCNPJ 12.345.678/0001-95 - Rua Sete, 10", "Centro de Imagem do Seridó", TypeOrganization},
		{"en", "Clinic: 2210 Camino Real, Bldg D - Santa Fe, NM 87505", "2210 Camino Real, Bldg D", TypeAddress},
		{"en", "DELIVER TO: 310 W 2200 S APT 12, OGDEN UT", "310 W 2200 S APT 12", TypeAddress},
		{"en", "hey, still owe $40 for my oct 14 visit? insurance said paid", "oct 14", TypeDate},
		{"en", "DOB 07-21-1979    SSN (last 4) 4432    Badge 22", "4432", TypeSSN},
		{"pt-BR", "gente, a d. marlene da rua das Flores faltou de novo", "marlene", TypeName},
		{"pt-BR", "mora sozinho. o neto é o Juninho, zap (31) 98888-1212", "Juninho", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Observação: usuária pediu atualização de endereço.", "pediu"},
		{"pt-BR", "Usuário: sim, é meu pai\nAssistente: Obrigado!", "sim"},
		{"en", "Ondansetron 4 mg @ 10 mg/h overnight.", "@ 10"},
		{"en", "The login page was slow; user reported a timeout.", "page"},
		{"en", "The login page was slow; user reported a timeout.", "reported"},
		{"en", "Session: 2024-02-08 14:00-14:25, call quality 10:20:30 good", "10:20:30"},
		{"en", "Scanned by TGB on workstation IMPORT-02, 08/27/2024 15:14.", "IMPORT"},
		{"en", audit, "Clerk"},
		{"pt-BR", pipe, "Radiol"},
		{"pt-BR", pipe, "09:14:55"},
		{"en", fhir, "Patient"},
		{"en", "User agent: Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36", "Mobile Safari"},
		{"en", "Bot: Good morning! Weight today?\nPatient: 188\nBot: Thank you.\nPatient: ok\nBot: A nurse will call.", "Bot"},
		{"en", "08/12/2024 16:32  Staff (Corinne): Hi Theo, skip the Adderall that morning.", "Staff"},
		{"en", "08/12/2024 16:32  Staff (Corinne): Hi Theo, skip the Adderall that morning.", "Adderall"},
		{"en", "Issue: Bluetooth stethoscope lost pairing; my Garmin shows 41 at night.", "Bluetooth"},
		{"en", "Issue: Bluetooth stethoscope lost pairing; my Garmin shows 41 at night.", "Garmin"},
		{"pt-BR", "Assistente: Olá! Sou o assistente virtual. Acesse o link para confirmar.", "Sou"},
		{"pt-BR", "Assistente: Olá! Sou o assistente virtual. Acesse o link para confirmar.", "Acesse"},
		{"en", "AF burden recorded on his Apple Watch, per the export.", "Apple Watch"},
		{"pt-BR", "Documento assinado digitalmente (ICP-Brasil) por Dra. Inês Lobo.", "ICP-Brasil"},
		{"en", "ON-DEMAND VIRTUAL URGENT CARE - INTAKE\nRequest VUC-1120", "VIRTUAL URGENT CARE"},
		{"pt-BR", "Registro de dispensação: 11/09/2023 19:15 - Drogaria Central", "19:15"},
		{"pt-BR", "[sistema] sessão encerrada 19:06 - avaliação 5/5", "5/5"},
		{"en", "Exam: late-peaking 3/6 crescendo-decrescendo murmur at the RUSB.", "3/6"},
		{"pt-BR", "Horários na unidade Básica: 1) 12/07 10h", "Básica"},
		// eponyms
		{"en", "Diastolic rumble; no Austin Flint murmur, no Quincke pulses.", "Austin Flint"},
		{"en", "Murphy sign negative, no Cullen or Grey Turner sign.", "Cullen"},
		{"en", "Tinel negative; Watson shift test negative bilaterally.", "Watson"},
		{"en", "Prominent perivascular (Virchow-Robin) spaces; no Dandy-Walker spectrum anomaly.", "Virchow-Robin"},
		{"en", "Prominent perivascular (Virchow-Robin) spaces; no Dandy-Walker spectrum anomaly.", "Dandy-Walker"},
		{"pt-BR", "Parkinsonismo, Hoehn & Yahr 2. Babinski ausente, Hoffmann ausente.", "Hoehn"},
		{"pt-BR", "Parkinsonismo, Hoehn & Yahr 2. Babinski ausente, Hoffmann ausente.", "Hoffmann"},
		{"en", "DNR in chart. No Foley.\nVS: BP 140/80", "Foley"},
		{"en", "Oncotype not sent (node positive). Crepitus over the left chest wall.", "Oncotype"},
		{"en", "s/p laparoscopic Roux-en-Y gastric bypass in 2019.", "Roux"},
		// lists, letters, forms and tables
		{"en", "Findings:\n- On 5/02 at 21:40 the portal sent a link.\n- The notification held a name.", "On"},
		{"en", "Findings:\n- On 5/02 at 21:40 the portal sent a link.\n- The notification held a name.", "The"},
		{"pt-BR", "Recife, 3 de maio de 2024.\n\nIlmo. Sr.\nCarlos Andrade", "Ilmo"},
		{"pt-BR", "Motivo: na Declaração de Saúde assinada em 03/10/2023 consta diabetes.", "Declaração de Saúde"},
		{"pt-BR", "Esférico    Cilíndrico    Eixo\nLonge  OD     -1,25       -0,50    90°\n       OE     -1,00       -0,25    85°", "Longe"},
		{"en", "Riverside University Hospital Department of Pathology\nCase: SP-24-0001", "Department of Pathology"},
		{"pt-BR", "Vivacor Saúde - Operadora de Planos de Saúde\nCNPJ 12.345.678/0001-95", "Operadora de Planos"},
	})
	// a cue of the line before still names a relative after a dash
	checkTyped(t, d, []typedCase{
		{"en", "Family:\n- Grace (daughter) called at noon.", "Grace", TypeName},
	})
}
