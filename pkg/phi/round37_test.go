package phi

import "testing"

// Round 37 rules (heldout107–109, invented text): behavioural health and
// social care — attendance sheets, relatives and case workers named by a
// given name that is also a word or a title, crisis teams, probation
// offices, councils on aging, therapeutic communities, prosecutors'
// offices, social workers' council numbers — and the dev genres again:
// plates after a state's "tag", ages one turns, signers by initial,
// identifiers with a plan's or a facility's letters, roads by number,
// and, against over-reach, eponyms, species, scores as fractions, God,
// state Medicaid plans and ward teams.
func TestRound37Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// an attendance sheet's names, initials in brackets among them
		{"en", "SKILLS GROUP ROSTER\n1. Wren T. - present, on time.\n2. Hollis Baptiste - absent (work).\n3. Hope K. (HK) - present; shared a goal.", "Wren T.", TypeName},
		{"en", "SKILLS GROUP ROSTER\n1. Wren T. - present, on time.\n2. Hollis Baptiste - absent (work).\n3. Hope K. (HK) - present; shared a goal.", "Hope K.", TypeName},
		{"en", "SKILLS GROUP ROSTER\n1. Wren T. - present, on time.\n2. Hollis Baptiste - absent (work).\n3. Hope K. (HK) - present; shared a goal.", "HK", TypeName},
		{"pt-BR", "Lista de presença\n1. Dalva - presente\n2. M. das Graças P. - falta justificada\n3. Noêmia Brito - ausente", "M. das Graças P.", TypeName},
		{"pt-BR", "Lista de presença\n1. Dalva - presente\n2. M. das Graças P. - falta justificada\n3. Noêmia Brito - ausente", "Dalva", TypeName},
		// a given name that is also a title, in a name's field
		{"en", "Student: Justice Mbeki     Grade 5     ID S-55120", "Justice Mbeki", TypeName},
		// an organisation named on after its head by whom it serves
		{"en", "Plan: referral to Tri-County Council on Aging; home meals.", "Tri-County Council on Aging", TypeOrganization},
		{"en", "Outpatient program:\nPinecrest Center for Eating Recovery\nWeek 3", "Pinecrest Center for Eating Recovery", TypeOrganization},
		{"en", "Counseling referral to Dunmore Center for Mental Health and IDD; intake Friday.", "Dunmore Center for Mental Health and IDD", TypeOrganization},
		// councils' and boards' numbers
		{"pt-BR", "Ana Lúcia Prado - Assistente social - CRESS-BA 5ª Região 12.004", "CRESS-BA 5ª Região 12.004", TypeLicense},
		{"pt-BR", "Técnica de referência, CRESS-SC 12ª Região nº 4.417", "CRESS-SC 12ª Região nº 4.417", TypeLicense},
		{"en", "Marta Ruiz, LMSW - TX license LMSW 77012", "LMSW 77012", TypeLicense},
		{"en", "Prescriber NPI 1457392208    OR lic. MD.118204", "MD.118204", TypeLicense},
		{"en", "ID checked: WA driver license HOLTCJ*412PA at triage.", "HOLTCJ*412PA", TypeLicense},
		// plates after a state's "tag"
		{"en", "Left in his 2009 Ford Focus, GA tag PXR4471, in the lot.", "PXR4471", TypeVehicle},
		{"en", "Sleeping in a 2001 Mercury Sable, KS tag 318 KLD, near the river.", "318 KLD", TypeVehicle},
		// ages one turns
		{"en", "Mrs. Oyelaran turns 97 next week and wants a party.", "97", TypeAge},
		{"en", "Mr. Falk just turned 91, and his son visits daily.", "91", TypeAge},
		// signers and officers by initial
		{"en", "Transported by County Police CIT Officer R. Quezada on a hold.", "R. Quezada", TypeName},
		{"pt-BR", "Dispensado pela farmacêutica L. Tavares - 03/05/2024", "L. Tavares", TypeName},
		{"pt-BR", "Paciente dormiu bem.\nR. Albuquerque - COREN-PE 300.112", "R. Albuquerque", TypeName},
		{"pt-BR", "Endereço: R. das Palmeiras, 45 - fundos", "R. das Palmeiras, 45 - fundos", TypeAddress},
		// a surname that is a word, before a phone number
		{"en", "Supports: counselor Calla Marsh, LPC.\nCrisis plan: call Calla Marsh 412-555-0139 on weekdays.", "412-555-0139", TypePhone},
		// heads of organisations
		{"en", "Outcome: Douglas Mobile Crisis Team dispatched at 03:10.", "Douglas Mobile Crisis Team", TypeOrganization},
		{"en", "Referral: officer Jo Paulk, Cochise County Adult Probation, 520-555-0101.", "Cochise County Adult Probation", TypeOrganization},
		{"en", "The cup was sent to Harbor Toxicology for confirmation.", "Harbor Toxicology", TypeOrganization},
		{"en", "Distraction: roommate; Bellweather Climbing Gym; the library.", "Bellweather Climbing Gym", TypeOrganization},
		{"en", "Shutoff notice from Lakeshore Energy (account 2201 4471 90).", "Lakeshore Energy", TypeOrganization},
		{"en", "She brought a certificate from South Fork Intermediate. He is proud.", "South Fork Intermediate", TypeOrganization},
		{"en", "Signed,\nMara Quist, LADC | Keystone Recovery | 12 Elm St", "Keystone Recovery", TypeOrganization},
		{"en", "Team: Crescent Lake ACT Team     Date: 10/24/2024", "Crescent Lake ACT Team", TypeOrganization},
		{"en", "Case manager: Ida Rusk, Topeka Street Outreach Collaborative, irusk@tsoc.org", "Topeka Street Outreach Collaborative", TypeOrganization},
		// Brazilian bodies
		{"pt-BR", "Encaminhamentos: Promotoria de Justiça de Defesa do Idoso de Campina Grande (ofício 22/2024).", "Promotoria de Justiça de Defesa do Idoso de Campina Grande", TypeOrganization},
		{"pt-BR", "Para: Comunidade Terapêutica Fazenda Boa Semente - CNPJ 11.222.333/0001-81", "Comunidade Terapêutica Fazenda Boa Semente", TypeOrganization},
		{"pt-BR", "Mora na Fazenda Boa Vista, zona rural", "Fazenda Boa Vista", TypeAddress},
		{"pt-BR", "Para: Equipe Verde - Policlínica Regional do Largo do Machado <verde@saude.gov.br>", "Policlínica Regional do Largo do Machado", TypeOrganization},
		// an organisation on its address's line, in a field, in brackets
		{"en", "COURT-ORDERED EVALUATION\nLakeside Counseling & Assessment, 412 W. Elm St, Peoria, IL 61602", "Lakeside Counseling & Assessment", TypeOrganization},
		{"en", "PCP: Dr. Ferreira, Birchwood Pediatrics.\nRN on duty", "Birchwood Pediatrics", TypeOrganization},
		{"en", "Callback 608-555-0117 (cell) / 608-555-0110 (work, Cardinal Freight Systems).", "Cardinal Freight Systems", TypeOrganization},
		{"en", "Sunrise Senior Choice (HMO)\nNOTICE OF DENIAL OF COVERAGE", "Sunrise Senior Choice", TypeOrganization},
		{"en", "She was admitted to UCM Health St. Joseph for sepsis last month.", "UCM Health St. Joseph", TypeOrganization},
		{"en", "GRANITE VALLEY LABORATORY · 12 Pine St, Keene, NH 03431", "GRANITE VALLEY LABORATORY", TypeOrganization},
		{"en", "Patient: Horace Lindqvist, 301 N. Main St, Bloomington, IL 61701", "Horace Lindqvist", TypeName},
		{"en", "If it gets worse she would rather go to PeakCare Boise than drive.", "PeakCare Boise", TypeOrganization},
		// names
		{"en", "FILLED: 06/12/2024\nHARTWELL-OKON, APRIL J\n212 ELM AVE, TULSA OK 74104", "HARTWELL-OKON, APRIL J", TypeName},
		{"en", "Subject: rehab referral - van den Berg, Anouk", "van den Berg", TypeName},
		{"en", "Client: Winifred Ames (prefers \"Dodie\")     DOB 1971-02-03", "Dodie", TypeName},
		// identifiers
		{"en", "Auth submitted, ref QA-23-0412-8831; decision in 3 days.", "QA-23-0412-8831", TypeID},
		{"en", "Urgent: call TEL-555-123-4567 now.", "555-123-4567", TypePhone},
		{"pt-BR", "Paciente de 91 anos, prontuário HRSM 441.207.\nDúvida: pode triturar?", "HRSM 441.207", TypeMRN},
		{"en", "Ins: Ozark Health Plan    Mbr # 00447 1928\nReason: screening", "00447 1928", TypeHealthPlan},
		// places
		{"pt-BR", "A mãe ligou de Diadema às 6h pedindo notícias.", "Diadema", TypeLocation},
		{"en", "Family: brother Cole Amari in Reading (no contact for years).", "Reading", TypeLocation},
		{"pt-BR", "oi doutora! a dona rita da rua das Palmeiras 12 ligou de novo", "rua das Palmeiras 12", TypeAddress},
		{"en", "the Walgreens on Hwy 72 in Athens has the refill ready", "Hwy 72", TypeAddress},
		// a name before "+" meaning "and" stays a name
		{"en", "Subject: camp forms for Tobin + new insurance card\n\nHello, Tobin starts Monday.", "Tobin", TypeName},
	})
	checkClean(t, d, []cleanCase{
		// an examination's list is no roster
		{"en", "EXAM\n1. Pulses - present\n2. Edema - absent\n3. Murmur - absent", "Pulses"},
		{"en", "EXAM\n1. Pulses - present\n2. Edema - absent\n3. Murmur - absent", "Edema"},
		// a title word before a common word
		{"en", "Patient: Justice system involvement noted in 2019.", "Justice"},
		// what follows an organisation that is no part of it
		{"en", "Seen at Maple Grove Clinic on Monday for a recheck.", "Monday"},
		{"en", "Letter of necessity from Hillcrest Family Clinic for Wegovy (semaglutide).", "Wegovy"},
		{"en", "Pick up the refill at the CVS on Broadway tomorrow.", "on Broadway"},
		{"en", "Image read by Summit Teleradiology for Cottonwood Rural Health Clinic\nReport", " for "},
		// a state's prosecutors without a town, a ward's team, plain words
		{"pt-BR", "Ministério Público de Goiás - Promotoria de Defesa da Pessoa Idosa, Procedimento 12", "Promotoria de Defesa"},
		{"en", "[Gen Surg Team B thread - Oct 3]\nPriya: bed 4 is ready", "Gen Surg Team"},
		{"en", "Recovery was uneventful and she went home.", "Recovery"},
		// products, portals and state plans in one word
		{"en", "Sent through the MyHealth portal on Tuesday.", "MyHealth"},
		{"en", "On a pump (Medtronic MiniMed 780G) since 2022.", "MiniMed"},
		{"en", "MassHealth application pending; SNAP approved.", "MassHealth"},
		// roads and tags that name no place
		{"en", "Two-car collision on Route 9 near Gorham.", "Route 9"},
		{"en", "Luggage ID tag 44 and a price tag of 12.99.", "12.99"},
		{"en", "The knee turned 90 degrees in the brace.", "90"},
		// eponyms and species
		{"pt-BR", "Sem nódulos de Heberden ou de Bouchard nas mãos.", "Bouchard"},
		{"pt-BR", "Tela de Amsler alterada em OD.", "Amsler"},
		{"pt-BR", "Icterícia zona III de Kramer no 3º dia.", "Kramer"},
		{"pt-BR", "Usadas as técnicas de Kabat e de Maitland na sessão.", "Maitland"},
		{"pt-BR", "Refere crises de Stokes-Adams há um ano.", "Stokes-Adams"},
		{"pt-BR", "Teste com monofilamento de Semmes-Weinstein normal.", "Semmes-Weinstein"},
		{"pt-BR", "LDL pela equação de Friedewald.", "Friedewald"},
		{"en", "MRI: a small Hill-Sachs lesion, no Bankart tear.", "Hill-Sachs"},
		{"en", "Melanoma, Breslow thickness 1.2 mm, Clark level III.", "Breslow"},
		{"en", "Melanoma, Breslow thickness 1.2 mm, Clark level III.", "Clark"},
		{"en", "Normal Valsalva response bilaterally.", "Valsalva"},
		{"en", "Morse fall score 55; bed alarm on.", "Morse"},
		{"en", "Tuning fork: Weber midline.", "Weber"},
		{"en", "Disposition per Schmitt-Thompson chest pain protocol: clinic today.", "Schmitt-Thompson"},
		{"en", "A Stanley-Brown safety plan was written with him.", "Stanley-Brown"},
		{"en", "CV: Swan-Ganz in place, wedge 14.", "Swan-Ganz"},
		{"en", "Cirrhosis, MELD 18, Child-Pugh C.", "Child-Pugh"},
		{"en", "Blood cultures grew Proteus mirabilis again.", "Proteus"},
		{"en", "Babesia microti PCR ........ not detected", "Babesia"},
		// scores read as fractions, God, a word that is also a name
		{"en", "MMSE is 22/30 (26/30 in 2021); family notes decline.", "22/30"},
		{"en", "Diary card complete; used skills 5/7 days.", "5/7"},
		{"en", "Pill box 5/7 taken this week.", "5/7"},
		{"pt-BR", "Disse que graças a Deus melhorou.", "Deus"},
		{"pt-BR", "Coordenação de Amparo Reis. Relata falta de amparo familiar.", "amparo familiar"},
		// a quoted drug after "prefers", a credential after a name
		{"en", "She prefers \"Tylenol\" to ibuprofen.", "Tylenol"},
		{"en", "Counselor: Tomás Vega, LISAC - AZ license LISAC-20417", "LISAC -"},
		{"en", "Seen by Dr. Smith in Clinic today.", "Clinic"},
		// a plan of care is a document; a sign read as present; Portuguese
		// words that open a sentence
		{"en", "CRISIS SAFETY PLAN\nClient: see chart", "SAFETY PLAN"},
		{"en", "We wrote a Stanley-Brown Safety Plan together.", "Safety Plan"},
		{"pt-BR", "Dor em FID, Blumberg +, Rovsing +, febre 38,1.", "Blumberg"},
		{"pt-BR", "Sem plano. Uma tentativa prévia em 2019.", "Uma"},
		{"pt-BR", "Diz que dorme mal. Faz uso de sertralina. Usa óculos.", "Diz"},
		{"pt-BR", "Diz que dorme mal. Faz uso de sertralina. Usa óculos.", "Faz"},
		{"pt-BR", "Ata lavrada pela equipe e assinada pelos presentes.", "Ata"},
	})
}
