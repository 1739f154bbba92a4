package phi

import "testing"

// Round 56 rules (heldout163: emergency medical services and dispatch —
// run sheets, 911 and SAMU 192 dispatch logs and call transcripts,
// poison centres' calls, mass-casualty tags, interfacility transfers,
// air medical records; heldout162: public-system and insurer paperwork —
// SUS and ANS forms, INSS reports, TISS guides, CMS-1500 and UB-04
// claims, ABNs, eligibility letters, EOBs, DME orders; heldout161:
// dev-imitating notes; invented text): the name a caller gives when the
// call-taker asks it and the name met again as the caller is addressed,
// the tags and cards of a table of victims, a state's route with its
// direction and a mile marker after a comma, a street's block, a street
// a caller names in lower case with its number and unit, public bodies
// by their state or town (police, civil defence, poison centres, the
// fire brigades' acronyms, a regulation centre with its qualifier), a
// county's 911 centre, a town's police department, a township, an
// incident's number without its colon, a claim's names without their
// field's colon ("8 PATIENT Rose, Jordan T", "LAST … FIRST …") and a
// middle name, a form's lettered item before a name's label, an
// organisation in capitals on its address's line or above it, a street
// in capitals with a short word, Broadway and Concourse, "beco" as a
// unit, a medical complex, business heads (condomínio, panificadora),
// a visit's month and day.
// Against over-reach: a federal form's number and revision, HCPCS codes
// and the word after them, TRICARE as a checkbox's option, a team's
// colour, an occupation's and a procedure table's codes, national
// bodies and legal kinds in Portuguese, a service in capitals after an
// organisation in title case, clinics named by what they treat,
// abbreviations and words (stop56, medical56, common56).
func TestRound56Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// call transcripts
		{"en", "CT: 911, what is your emergency?\nC: My dad fell.\nCT: What's your name?\nC: kaylee\nCT: Kaylee, is he breathing?", "kaylee", TypeName},
		{"en", "CT: 911, what is your emergency?\nC: My dad fell.\nCT: What's your name?\nC: kaylee\nCT: Kaylee, is he breathing?", "Kaylee", TypeName},
		{"pt-BR", "ATENDENTE: qual o nome dele?\nSOLICITANTE: josé... josé carlos da penha, ele tem 70 anos.", "josé carlos da penha", TypeName},
		{"pt-BR", "ATENDENTE: qual seu nome?\nSOLICITANTE: rosimeire. rosimeire alves.\nATENDENTE: rosimeire, ele respira?", "rosimeire alves", TypeName},
		// tags and cards
		{"pt-BR", "Nº CARTÃO | COR | VÍTIMA\nRS-NOR-041 | VERMELHO | Caio Prates\nRS-NOR-044 | AMARELO | Dalva Rios\n", "RS-NOR-044", TypeID},
		{"en", "TAG      CAT   PATIENT\nKT0211   RED   Omar Lind, 40M\nKT0215   YEL   Ada Rusk, 22F\n", "KT0215", TypeID},
		{"pt-BR", "Cartão nº    Cor         Nome\n0071         vermelho    Telma Rocha, 40a\n0072         verde       Ivo Lins, 33a\n", "0072", TypeID},
		// places on roads, blocks, streets
		{"en", "Location: OH-7 southbound at mile marker 12.6, near the bridge", "OH-7 southbound at mile marker 12.6", TypeAddress},
		{"en", "Scene: I-75 northbound, mile marker 114, median crossover", "I-75 northbound, mile marker 114", TypeAddress},
		{"en", "Smoke reported at 2400 block of Maple Ave, two engines sent.", "2400 block of Maple Ave", TypeAddress},
		{"pt-BR", "SOLICITANTE: rua do Sossego, 210, apartamento 402, no centro.", "rua do Sossego, 210, apartamento 402", TypeAddress},
		{"pt-BR", "Residência: Rua Tupis, 812, beco 4, bairro Glória", "Rua Tupis, 812, beco 4", TypeAddress},
		{"en", "5. PATIENT ADDRESS: 4410 OLD FARM RD\n   CITY: DAYTON", "4410 OLD FARM RD", TypeAddress},
		{"en", "Billing: 118 W BROADWAY, GREENVILLE MS 38701", "118 W BROADWAY", TypeAddress},
		{"en", "Pick-up: 2250 Grand Concourse, Apt 3C, Bronx, NY 10453", "2250 Grand Concourse", TypeAddress},
		{"en", "Found near Tunkhannock Township line by a hunter.", "Tunkhannock Township", TypeLocation},
		// organisations
		{"pt-BR", "Ocorrência atendida com a Polícia Militar do Paraná às 22h.", "Polícia Militar do Paraná", TypeOrganization},
		{"pt-BR", "DEFESA CIVIL MUNICIPAL DE TERESÓPOLIS - RELATÓRIO", "DEFESA CIVIL MUNICIPAL DE TERESÓPOLIS", TypeOrganization},
		{"pt-BR", "Orientação pelo CIATox-PR às 03h10.", "CIATox-PR", TypeOrganization},
		{"pt-BR", "Ocorrência CBMGO nº 24-0071.", "CBMGO", TypeOrganization},
		{"pt-BR", "USA 03 - Central de Regulação Médica de Cuiabá", "Central de Regulação Médica de Cuiabá", TypeOrganization},
		{"en", "Wyandot County 911 - CAD INCIDENT DETAIL", "Wyandot County 911", TypeOrganization},
		{"en", "CORBIN POLICE DEPARTMENT - CASE NOTE", "CORBIN POLICE DEPARTMENT", TypeOrganization},
		{"en", "33. PRAIRIE LINE AMBULANCE SERVICE, 410 E MAIN ST, ALTON IL 62002", "PRAIRIE LINE AMBULANCE SERVICE", TypeOrganization},
		{"en", "1  CEDAR GLEN NURSING & REHAB CTR\n   77 N ELM ST\n   QUINCY  IL  62301", "CEDAR GLEN NURSING & REHAB CTR", TypeOrganization},
		{"en", "Call from Lakeview Medical Complex ED, Dr. Ruiz.", "Lakeview Medical Complex", TypeOrganization},
		{"pt-BR", "Trabalha como zelador no Condomínio Solar das Flores.", "Condomínio Solar das Flores", TypeOrganization},
		// identifiers, names in claims, dates
		{"en", "Incident 2023-1104-0217 | 11/04/2023 19:40 | Dispatcher Lee Ames", "2023-1104-0217", TypeID},
		{"en", "8 PATIENT Alder, Quinn R     10 BIRTHDATE 04/02/1981", "Alder, Quinn R", TypeName},
		{"en", "17 DK NAKASHIMA, REI   17b 1234567893", "NAKASHIMA, REI", TypeName},
		{"en", "2. PATIENT: DUNN, CORA MAE     3. DOB: 01 02 1950", "DUNN, CORA MAE", TypeName},
		{"en", "76 ATTENDING  NPI 1234567893   LAST HALVORSEN   FIRST TRYGVE", "HALVORSEN", TypeName},
		{"en", "76 ATTENDING  NPI 1234567893   LAST HALVORSEN   FIRST TRYGVE", "TRYGVE", TypeName},
		{"en", "A. Notifier: Lakeside Medical Supply\nB. Patient Name: Grace Whitlow", "Grace Whitlow", TypeName},
		{"en", "Please addend the 3/14 visit so we can resubmit.", "3/14", TypeDate},
	})
	checkClean(t, d, []cleanCase{
		// forms, codes, options
		{"en", "CMS-1500 (02/12) - SUPPLIER CLAIM", "02/12"},
		{"en", "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", "02/12"},
		{"en", "CERTIFICATE OF MEDICAL NECESSITY - CMS-484 - OXYGEN", "484"},
		{"en", "Medicare beneficiary.\n- K0823 Power wheelchair, group 2\n- E2366 Power wheelchair battery", "Power"},
		{"en", "DME order: E0601 CPAP device, heated humidifier", "E0601"},
		{"en", "1. [X] Medicare  [ ] Medicaid  [ ] TRICARE  [ ] Group Health Plan", "TRICARE"},
		{"pt-BR", "USF Vila Nova - equipe Verde", "Verde"},
		{"pt-BR", "15 - Código CBO: 225125", "225125"},
		{"pt-BR", "22 - Tabela 22     25 - Código: 40304361     26 - Descrição: hemograma", "40304361"},
		// national bodies and kinds
		{"pt-BR", "INSTITUTO NACIONAL DO SEGURO SOCIAL - PERÍCIA MÉDICA", "SEGURO SOCIAL"},
		{"pt-BR", "SISTEMA ÚNICO DE SAÚDE - MINISTÉRIO DA SAÚDE", "SAÚDE -"},
		{"pt-BR", "7 - Cartão Nacional de Saúde (CNS): 700 0000 0000 0000", "Saúde"},
		{"pt-BR", "VIDA PLENA SAÚDE - Operadora de Planos de Assistência à Saúde", "Operadora"},
		{"pt-BR", "Benefício de Prestação Continuada à Pessoa com Deficiência", "Pessoa"},
		{"pt-BR", "Nome do pai: SEM INFORMAÇÃO", "INFORMAÇÃO"},
		{"pt-BR", "CENTRO DE INFORMAÇÃO E ASSISTÊNCIA TOXICOLÓGICA - CIATox/PR", "INFORMAÇÃO"},
		{"pt-BR", "Regulação: Central de Regulação de Leitos informada.", "Central de Regulação"},
		// services, departments, words
		{"en", "Mercy Northland NEONATAL TRANSPORT TEAM - TRANSPORT RECORD", "NEONATAL"},
		{"en", "To: Addiction Medicine Clinic - Progress Note", "Addiction"},
		{"en", "Glucagon nasal powder renewed for school.", "Glucagon"},
		{"en", "Subject: Misfiled scan - wrong chart", "Misfiled"},
		{"pt-BR", "Conduzido pela USA 04 ao hospital.", "USA"},
		{"en", "MCI declared by BC Olsen at 16:40.", "BC"},
		{"en", "Attending Physician, General Medicine\nPager 4471", "Physician"},
		{"en", "Rule: OAC-style codes aside, see FY-2023 and FY-2024 tables.\nFY-2023   closed\nFY-2024   open\n", "FY-2024"},
		{"en", "0800   vitals stable\n0900   ambulating\n1000   discharged\n", "0900"},
	})
}
