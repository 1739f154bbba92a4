package phi

import "testing"

// Round 21 rules (session 8, heldout52–55, invented text): a clinic
// writing in a chat after the writer's name or role; OCR commas spaced off
// surname-first names and their middle initials; a double zero read as OO
// inside a word; a "by" label needs a participle before it; a town and
// its state are no name; a relative joined by "is" or "-in-law"; a
// lower-case name after "dr."; numbered roads and a Box after a street; a
// town and ZIP with no state; one proper word before "Hospital"
// mid-sentence.
func TestRound21Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "[08:10, 02/05/2024] Jussara - Clínica Sorriso Leve: Bom dia! Confirma a consulta?", "Clínica Sorriso Leve", TypeOrganization},
		{"pt-BR", "[11/06/2025 16:40] Recepção Clínica Nova Aurora: Boa tarde, sra. Leda.", "Clínica Nova Aurora", TypeOrganization},
		{"en", "WORK  STATUS  REP0RT\nEmployee :  VANDERH0EK ,  PIETER  J .\nEmpl0yer :  Lakeside  Foundry", "VANDERH0EK ,  PIETER", TypeName},
		{"en", "PATIENT: OKAFOR, CHIDIEBERE R              SEX: M      AGE: 54", "OKAFOR, CHIDIEBERE R", TypeName},
		{"en", "SCH00L  PHYSICAL  F0RM\nStudent :  BR00KSHIRE ,  TALIA    Grade : 9", "BR00KSHIRE", TypeName},
		{"en", "Med rec with son-in-law Tomasz Wieczorek: metoprolol, apixaban.", "Tomasz Wieczorek", TypeName},
		{"en", "pt2 says her dad is Haruto Ishikawa 312 555 0147, please call him", "Haruto Ishikawa", TypeName},
		{"en", "Spoke with Gustavo Ferreira today about the results.", "Gustavo Ferreira", TypeName},
		{"en", "echo tomorrow w/ cards (dr. mbeki-hartley) then home", "mbeki-hartley", TypeName},
		{"en", "Address: 41250 County Rd 12, Pelican Rapids, MN 56572", "41250 County Rd 12", TypeAddress},
		{"en", "Mailing: 220 Larkspur Ave, Box 0442, Fresno, CA 93704", "220 Larkspur Ave, Box 0442", TypeAddress},
		{"en", "Address: 918 E 4th St, Merrill 54452\nSpecimen: venous", "Merrill", TypeLocation},
		{"en", "Address: 918 E 4th St, Merrill 54452\nSpecimen: venous", "54452", TypeZIP},
		{"en", "Outside films from Regions Hospital were reviewed.", "Regions Hospital", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "[08:10, 02/05/2024] Jussara - Clínica Médica: paciente chegou.", "Clínica Médica"},
		{"en", "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD\nFOR BLOOD SUGAR", "TWICE DAILY WITH FOOD"},
		{"en", "FAX  FR0M  YAKIMA  VALLEY  CARE  CENTER\nSELAH , WA\n- - - - -", "WA"},
		{"en", "Transferred from the General Hospital yesterday.", "the"},
		{"en", "Seen at a Community Hospital last year.", "Community"},
	})
}

// TestRound21bRules (heldout55–56, invented text): a role before a
// lower-case given name; a name in brackets after a role; an age over 89
// in brackets after a name; "Last 4:" and "SSN last 4"; an employer after
// "works nights at"; a unit's number and "de"; "Boa Vista" is no greeting;
// parishes, public defenders and jails as organisations; a check
// character after an identifier's hyphen; OCR's spaced direction dot; a
// lower-case "apt".
func TestRound21bRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Please let nurse rosalind know at the clinic.", "rosalind", TypeName},
		{"pt-BR", "Doula (Gracielle) e marido presentes no parto.", "Gracielle", TypeName},
		{"en", "Lives with her father, Anselmo Pires Duarte (93, bedbound), and a niece.", "93", TypeAge},
		{"en", "OKEREKE, BARNABAS T     Last 4: 5521     DOB 1949-02-11", "5521", TypeSSN},
		{"en", "Benefits renewal done (SSN last 4 8814).", "8814", TypeSSN},
		{"en", "Mom works nights at FedEx, dad at home.", "FedEx", TypeOrganization},
		{"pt-BR", "Encaminhada à UBS 12 de Samambaia para puericultura.", "UBS 12 de Samambaia", TypeOrganization},
		{"pt-BR", "Chegou a Boa Vista em 2021 com os filhos.", "Boa Vista", TypeLocation},
		{"pt-BR", "A Paróquia São Judas Tadeu doou as fraldas.", "Paróquia São Judas Tadeu", TypeOrganization},
		{"en", "Released from Hampden County House of Correction last week.", "Hampden County House of Correction", TypeOrganization},
		{"pt-BR", "Documento: RNM G552019-7, atendimento com intérprete.", "G552019-7", TypeID},
		{"en", "Address :  4410  N .  Saguaro  Ridge  Blvd     City :  Tucson", "4410  N .  Saguaro  Ridge  Blvd", TypeAddress},
		{"en", "deliver to 14 Ashford St apt 2L please", "14 Ashford St apt 2L", TypeAddress},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Diarrhoea over the last 4 days, 6 episodes a day.", "4"},
		{"pt-BR", "Bom dia Carla, tudo bem?", "Bom dia"},
		{"en", "The nurse will call tomorrow.", "nurse"},
	})
}

// TestRound21cRules (heldout57–58, invented text): a ZIP closing a
// bracket; "account ending"; identifiers after pathology, biopsy and
// contract; an organisation named after a facility label; an ALL-CAPS
// facility after its label; Alliance and Campus as heads; OCR e-mails
// with the @ spaced off; the lower-case half of a hyphenated given name; a
// business writing in a chat ("Harbor Skin & Laser:").
func TestRound21cRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Work site (480 Industrial Pkwy, Ogden, UT 84404). Note given.", "84404", TypeZIP},
		{"en", "Copay refunded to the card ending 9031.", "9031", TypeAccount},
		{"en", "Margins clear (pathology MHS24-2291), healing well.", "MHS24-2291", TypeID},
		{"pt-BR", "Lesão no dorso (biópsia AP-24-8812, de 02/05/2024).", "AP-24-8812", TypeID},
		{"en", "Hospice: Lakeshore Hospice; comfort care only.", "Lakeshore Hospice", TypeOrganization},
		{"en", "FACILITY: MAPLE HOLLOW NURSING CENTER     UNIT: C-WING", "MAPLE HOLLOW NURSING CENTER", TypeOrganization},
		{"en", "Prairie Rivers Health Alliance\nNOTICE OF DENIAL", "Prairie Rivers Health Alliance", TypeOrganization},
		{"en", "PH0NE :  555 0100\nEmail :  dkowalczyk @ frontier.net\nPATlENT :  K0WALCZYK ,  DARIA", "dkowalczyk @ frontier.net", TypeEmail},
		{"pt-BR", "[03/02/2025 08:10] Hye-jin (mãe do Lucas): bom dia, doutora", "Hye-jin", TypeName},
		{"en", "Bayview Vein & Laser: Hi Marisol! Your appointment is Friday.\nMarisol: thanks", "Bayview Vein & Laser", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Assessment & Plan: rest, fluids, review in a week.", "Assessment"},
		{"en", "Pathology showed a benign naevus.", "benign"},
	})
}

// TestRound21dRules (heldout59–60, invented text): an Arabic particle
// joined by a hyphen after a title; a capitalised particle opening a
// surname written first; capitals addresses with an ordinal or a
// lettered street; a town and its state at the end of a line are no name.
func TestRound21dRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Discussed with Dr. el-Masri, who agreed.", "el-Masri", TypeName},
		{"en", "Patient: DE LA ROSA, MARISOL T.     MRN: 7741200", "DE LA ROSA, MARISOL T.", TypeName},
		{"en", "RIVERA, TOMAS\n318 W 22ND ST, SILVER CITY NM\nAMOXICILLIN 500 MG", "318 W 22ND ST", TypeAddress},
		{"en", "MESA VERDE DRUG   2210 K AVE   GALLUP NM 87301", "2210 K AVE", TypeAddress},
	})
	checkClean(t, d, []cleanCase{
		{"en", "TOMAS RIVERA\n318 W 22ND ST, GRANT NM\nAMOXICILLIN 500 MG", "NM"},
		{"en", "ECG: 2 MM ST ELEVATION IN V2-V4", "ELEVATION"},
	})
}

// TestRound21eRules (heldout61–62, invented text): the person before an
// address in angle brackets on a mail header, never a department; a
// lower-case given name after "this is" or "enf."; a surname in capitals
// before a given name in title case; Brazilian church and charity bodies
// and "UBSF" units.
func TestRound21eRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "From: lupe archuleta <larchuleta77@gmail.com>\nTo: Front Desk <desk@clinic.org>", "lupe archuleta", TypeName},
		{"en", "hi, this is roberto montoya, date of birth 3/2/1960, about my refill", "roberto", TypeName},
		{"pt-BR", "[22:10] enf. dayane: dr, leito 4 com febre", "dayane", TypeName},
		{"en", "Apr 2nd - COLÓN RIVERA, Wilfredo - MRN SI-7741093", "RIVERA, Wilfredo", TypeName},
		{"pt-BR", "Acolhida no abrigo da Pastoral do Migrante desde março.", "Pastoral do Migrante", TypeOrganization},
		{"pt-BR", "Irmandade da Santa Casa de Misericórdia de Bagé - Alta", "Irmandade da Santa Casa de Misericórdia de Bagé", TypeOrganization},
		{"pt-BR", "Controle glicêmico na UBSF Jardim Itamaracá.", "UBSF Jardim Itamaracá", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "From: Maria Lopes <mlopes@clinic.org>\nTo: Release of Information <roi@clinic.org>", "Release of Information"},
		{"en", "this is normal for her age", "normal"},
	})
}
