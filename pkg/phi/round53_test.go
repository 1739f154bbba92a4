package phi

import "testing"

// Round 53 rules (heldout154: courts, police and legal medicine;
// heldout153: radiology and imaging paperwork; heldout152: dev-imitating
// notes; invented text): a police force after its town, police cars and
// units, police stations with their ordinal or district, an IML's
// branch, a forum's numbered court, a programme after its organisation
// or place, a public defender's office, an employer in apposition, a
// staff register's number with its body's capitals, officers and
// couriers before their names, a judge's name before "MM. Juiz", a
// medical examiner's office, a children's hospital named by its region,
// a parent after "filiação:", references joined by slashes, a
// prosecutor's office heading its letter, an imaging centre's "CDI" and
// "Open MRI", DICOM names glued by carets anywhere, a relative's name in
// quotes or in lower case between commas, "SURNAME, GIVEN" in capitals
// and a list's "Surname, Given", a patient's name before a finding's
// colon, lower-case chat speakers met again, a town before its state's
// code or after a facility in brackets, an institution before its kind's
// acronym, a titled person's street, a district before a semicolon, a
// court's county after its comma, an account's last digits in brackets,
// a field's date, accession and ticket numbers, an IP glued to a station
// name, CRTR, a regional hospital of two words, solicitors and visiting
// nurse associations, UAPS, a name before "I'm", a given name before its
// day, a Portuguese preterite after a name.
// Against over-reach: specialties after a credential, a department's
// unit, kinds of courts, a state's health plan, a care plan's section,
// parties' labels, articles, posts after a comma, MR's words, a device's
// brand and model, scores and sizes read as dates, a statute's section,
// blood pressures, ambulances' units, plans' departments, hospitals'
// programmes, greetings before a name, a minor, agencies' and offices'
// abbreviations, a state after its town, a bus's unit number.
func TestRound53Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// police forces, cars and units
		{"en", "Deputy Ruiz from Fresno PD brought him in at 02:10.", "Fresno PD", TypeOrganization},
		{"en", "Arrived in custody of the sheriff's deputy, patrol car KT-4471, at 03:12.", "KT-4471", TypeVehicle},
		{"pt-BR", "Escolta: policiais militares, viatura QRM-2B45. Paciente algemado.", "QRM-2B45", TypeVehicle},
		{"pt-BR", "Relata agressão pela guarnição da viatura 7.2210 na abordagem.", "7.2210", TypeVehicle},
		{"en", "Agency: County Sheriff     Officer: Dana Price, unit 2290\nSubject: J. Roe", "2290", TypeID},
		{"en", "[01:10] Officer Hale: bringing him in, ETA 5 min, unit MPD 3317", "MPD 3317", TypeVehicle},
		// police stations, the IML's branch, a forum's court
		{"pt-BR", "Guia policial: 5ª Delegacia Territorial - Pituba, nº 2.114/2024", "5ª Delegacia Territorial - Pituba", TypeOrganization},
		{"pt-BR", "POLÍCIA CIVIL\nDELEGACIA DE PROTEÇÃO AO IDOSO - DEPI\nOfício nº 12/2024", "DELEGACIA DE PROTEÇÃO AO IDOSO - DEPI", TypeOrganization},
		{"pt-BR", "INSTITUTO MÉDICO LEGAL - NÚCLEO DE SOROCABA\nLAUDO DE EXAME", "INSTITUTO MÉDICO LEGAL - NÚCLEO DE SOROCABA", TypeOrganization},
		{"pt-BR", "TRIBUNAL DE JUSTIÇA\nFORO DE OSASCO - 2ª VARA CÍVEL\nMANDADO", "FORO DE OSASCO - 2ª VARA CÍVEL", TypeOrganization},
		// programmes, public defenders, employers
		{"en", "Records from our Cedar Falls Recovery Program are withheld.", "Cedar Falls Recovery Program", TypeOrganization},
		{"en", "His attorney is Dana Ruiz (Lakeshore Public Defender), 312-555-0101.", "Lakeshore Public Defender", TypeOrganization},
		{"en", "Lost wages from your employer, Q-Mart, are pending documentation.", "Q-Mart", TypeOrganization},
		{"en", "Group number: 8812\nEmployer group: Costco (member plan)", "Costco", TypeOrganization},
		// staff numbers, references
		{"pt-BR", "Atenciosamente,\nEscrivã Judicial - matrícula TJSP 7.204-1", "TJSP 7.204-1", TypeID},
		{"pt-BR", "Recusa registrada pelo agente Paulo Sato (mat. STTU-4471).", "STTU-4471", TypeID},
		{"en", "Kestrel Hale LLP\nOur ref: KT/CL/23-0991     Your ref: 4410", "KT/CL/23-0991", TypeID},
		// names after posts and before a judge's post
		{"en", "Two officers at bedside; current officers Alvarez (badge 2231) and Nowicki; relief at 23:00.", "Alvarez", TypeName},
		{"en", "Two officers at bedside; current officers Alvarez (badge 2231) and Nowicki; relief at 23:00.", "Nowicki", TypeName},
		{"en", "Custody: evidence locker 05/01/2024 -> courier B. Holt 05/02/2024 -> lab", "B. Holt", TypeName},
		{"pt-BR", "O DOUTOR FABIO KENJI SATO , MM. Juiz de Direito, MANDA que se cumpra.", "FABIO KENJI SATO", TypeName},
		{"pt-BR", "Preso: Caio Lemos, 22 anos, filiação: Rosana Teixeira / pai ignorado", "Rosana Teixeira", TypeName},
		{"en", "R: do not release. A caller claiming to be his sister \"Rhonda\" called twice.", "Rhonda", TypeName},
		{"pt-BR", "[09:10] Tarso: a filha dele, socorro, deixou o telefone com a enfermagem.", "socorro", TypeName},
		{"en", "Served by: Dep. R. Ortiz #5512 on 3/12/24", "R. Ortiz", TypeName},
		{"en", "Requested by: PS Hannah Brierley on behalf of the custody officer", "Hannah Brierley", TypeName},
		// offices and hospitals
		{"en", "OFFICE OF THE CHIEF MEDICAL EXAMINER - RICHMOND\nREPORT OF AUTOPSY", "OFFICE OF THE CHIEF MEDICAL EXAMINER", TypeOrganization},
		{"en", "I'll call his pediatrician's office at Central Ohio Children's for the refill.", "Central Ohio Children's", TypeOrganization},
		{"pt-BR", "Ao Senhor Promotor\nPromotoria de Justiça de Defesa da Saúde - Campinas", "Promotoria de Justiça de Defesa da Saúde", TypeOrganization},
		{"en", "Applicant: Mr Ray Cole (son), represented by Hale & Crane Solicitors, ref HC/22", "Hale & Crane Solicitors", TypeOrganization},
		{"en", "Provider: Valley Visiting Nurse Assoc.\nPhone 555-0100", "Valley Visiting Nurse Assoc", TypeOrganization},
		{"en", "DISTRICT COURT, LARIMER COUNTY, COLORADO\nCase Number: 2024CV1187", "DISTRICT COURT, LARIMER COUNTY", TypeOrganization},
		{"en", "Pt is 91F on apixaban; transfer to Grand Forks Regional being arranged.", "Grand Forks Regional", TypeOrganization},
		// imaging centres
		{"pt-BR", "CDI Serra Verde - Diagnóstico por Imagem\nRESSONÂNCIA MAGNÉTICA", "CDI Serra Verde", TypeOrganization},
		{"en", "Lakeview Open MRI: Hi, your scan is on Monday at 9:00.", "Lakeview Open MRI", TypeOrganization},
		{"pt-BR", "PASSAGEM DE PLANTÃO - Lar dos Idosos Bom Pastor (ILPI) - Ala C", "Lar dos Idosos Bom Pastor", TypeOrganization},
		{"pt-BR", "Encaminho à UAPS Jardim Iracema para vacinas.", "UAPS Jardim Iracema", TypeOrganization},
		// DICOM and radiology lists
		{"en", "Correct patient is DOYLE^MARGARET^A, MRN 44120931, DOB 02/03/1950.", "DOYLE^MARGARET^A", TypeName},
		{"en", "[22:14] Bree (CT tech): pt on table 3, OKORO, EMEKA acc 5512093. IV in R hand", "OKORO, EMEKA", TypeName},
		{"en", "1. Lakeside Hospital - DuBois, Marcel, acc 4412093. CT head negative.", "DuBois, Marcel", TypeName},
		{"en", "16:55 - Outpatient, acc 55120931, Priya Raman: CT head without acute findings.", "Priya Raman", TypeName},
		{"en", "Facility: Mercy Heights Hospital (Dubuque)\nScanner: CT 2", "Dubuque", TypeLocation},
		{"en", "Tech will resend from modality AE CT_ROOM2 (10.12.4.77).", "10.12.4.77", TypeIP},
		{"pt-BR", "Aberto por Juliano Matos, tecnólogo em radiologia (CRTR-SP 12.345)", "CRTR-SP 12.345", TypeLicense},
		{"pt-BR", "2. UPA Centro - TC de abdome, acesso HRX-0219-55: apendicite.", "HRX-0219-55", TypeID},
		{"pt-BR", "O técnico vai reenviar as imagens. Chamado TKT-4410 aberto.", "TKT-4410", TypeID},
		// places and addresses
		{"en", "Brought by private vehicle from Normal (IL) with a hand laceration.", "Normal", TypeLocation},
		{"pt-BR", "Colisão na Av. Padre Cícero Romão, Centro, Juazeiro do Norte.", "Av. Padre Cícero Romão", TypeAddress},
		{"pt-BR", "Visita à residência da avó, na Rua das Flores, 120, Aldeota; contato com a escola.", "Aldeota", TypeLocation},
		// identifiers and dates
		{"en", "$9,000 was withdrawn from her savings account (ending 7712) in May.", "7712", TypeAccount},
		{"pt-BR", "Laudo nº 3.118/2024\nData do exame: 11/04/2024, 10h30.", "11/04/2024", TypeDate},
		// names met again
		{"en", "He wrote \"tell Ana I'm sorry\" on the wall. Ana is his daughter.", "Ana", TypeName},
		{"en", "Interviews: mother 2/20 and 3/5; Zion 3/12 (office). Subject child: Zion Bright, 7.", "Zion", TypeName},
		{"pt-BR", "Lara voltou calma após a visita.\nCriança: Lara Beatriz Pinheiro, 6 anos.", "Lara", TypeName},
		{"en", "[2/9/24 06:41] dawn (night RN): dr achebe, pt confused\n[2/9/24 06:47] Dr Achebe: thx dawn. recheck\n[2/9/24 06:49] dawn: CAM positive\n[2/9/24 06:53] dawn: she says yes", "dawn", TypeName},
	})
	checkClean(t, d, []cleanCase{
		// specialties, units, kinds of courts, a state's plan
		{"en", "Delphine Okafor-Mills, MD, Geriatric Psychiatry     Ohio license 35.148822", "Geriatric"},
		{"en", "Lillian Park, MD, Child & Adolescent and Forensic Psychiatry     April 1, 2024", "Adolescent"},
		{"en", "Det. Sean Ruiz (Grand Rapids Police Department, Special Victims Unit) attended.", "Special Victims"},
		{"en", "Mr. Tillery was accepted into Drug Court on 08/15/2024 (Judge Ann Kessel).", "Drug Court"},
		{"en", "He has an Oregon Health Plan member ID MH4471902.", "Oregon Health Plan"},
		{"en", "Plan: Both children remain with their grandmother.", "Both"},
		{"en", "Plaintiff: Ann Lee v. Defendants: Acme Rideshare LLC", "Defendants"},
		{"en", "I wanted to be sure it did not get lost. The phone we have is 941-555-0100.", "The"},
		{"en", "To: Dr. Anneliese Borg, ED Medical Director, Harbor Point Hospital", "ED Medical"},
		{"en", "10/02/2023 15:12     Taken by: Yolanda Brisbane, ROI Specialist", "ROI"},
		{"en", "Got it, that stent is MR Conditional, you're all set.", "Conditional"},
		{"en", "MR Safety Officer: Darnell Fortune, RT(R)(MR)", "Safety"},
		{"en", "Me: [image] it's from dr asante, card says Xience Skypoint, implant date 01/16/2024", "Xience"},
		{"en", "She said she is \"scared when Daddy drinks.\" Teacher reports better attendance.", "Teacher"},
		// scores and sizes, statutes, pressures, ambulances
		{"en", "MoCA today 12/30 (18/30 in 2021). She believed the year was 1987.", "12/30"},
		{"en", "Exam: MRC 4+/5 proximal, 4/5 ankle dorsiflexion bilaterally.", "4/5"},
		{"en", "Port accessed with a 20G 3/4\" needle, heparin-locked.", "3/4"},
		{"pt-BR", "Opacidades pequenas, profusão 1/1. Pneumoconiose, categoria 1/1.", "1/1"},
		{"en", "APPLICATION FOR 72-HOUR DETENTION (W&I Code 5150)\nDetained person: Ann Roe", "5150"},
		{"pt-BR", "Sinais vitais: PA 100x60 mmHg, FC 122 bpm.", "100x60"},
		{"pt-BR", "Data: 15/03/2024     Viatura: USA-07 (suporte avançado)", "USA-07"},
		{"en", "Officer Kim: he punched the hood of a city bus (unit 8812) with his fists.", "8812"},
		// departments and programmes of a plan or a hospital
		{"pt-BR", "Atenciosamente,\nAmparo Saúde - Núcleo de Autorizações", "Núcleo"},
		{"en", "Riverside Behavioral Health Intensive Outpatient Program - DBT Skills Group", "Program"},
		{"pt-BR", "RELATÓRIO - SETOR DE SERVIÇO SOCIAL E PSICOLOGIA JUDICIÁRIA\n12ª Vara de Família", "SERVIÇO"},
		// greetings, a minor, words and abbreviations
		{"pt-BR", "Clínica Sorriso: Olá, Jaqueline! Lembrete da sua consulta.", "Olá"},
		{"en", "Call me after 4 pm at 207-555-0139.\nThanks, Roz\n--\nRosalind Achebe, MD", "Thanks"},
		{"pt-BR", "Autores: Enzo Machado (filho, menor, representado pela mãe) e a mãe.", "menor"},
		{"en", "L ankle shackled to bed per DOC policy; remove only for imaging.", "DOC"},
		{"en", "His visit with his mom is at the DCS office on Monday.", "DCS"},
		{"en", "Hi Privacy team,\nFlagging a report from the ED.", "Privacy"},
		{"en", "SUBPOENA DUCES TECUM (RECORDS ONLY)", "DUCES"},
		{"en", "Arrested after a foot pursuit. Tased once (2 probes).", "Tased"},
		{"en", "Mercy Medical Center - Health Information Management / Legal Records", "Legal Records"},
		{"pt-BR", "Processo nº 3318802-37.2024.8.06.0001 - Ação de Guarda\nRequerente: Ana", "Guarda"},
		{"pt-BR", "Respostas aos quesitos: 1º) Sim. 2º) Contundente. 3º) a 7º) Não.", "Não"},
		{"en", "PCP is Dr. Georgia Abernathy. Family moved from Savannah, Georgia last summer.", ", Georgia last"},
		{"en", "Findings: CHEST, ABDOMEN unremarkable per report.", "CHEST"},
		{"pt-BR", "Passou acesso venoso periférico 20G sem intercorrências.", "venoso"},
		// a DICOM header's keywords and plain values
		{"en", "Outside header:\n  PatientName ............ DOYLE^ANN\n  StudyDescription ....... MRI LUMBAR SPINE W/WO\n  InstitutionName ........ Desert Palms Imaging Center", "LUMBAR"},
		{"en", "Outside header:\n  PatientName ............ DOYLE^ANN\n  StudyDescription ....... MRI LUMBAR SPINE W/WO\n  InstitutionName ........ Desert Palms Imaging Center", "InstitutionName"},
		{"pt-BR", "(0008,0090) ReferringPhysicianName ANDRADE^CAMILA^R\n(0008,1010) StationName TC_PS01", "ReferringPhysicianName"},
	})
}

// TestRound53OCR pins the rules that read a scanner's text: an initial
// spaced off after a surname's comma, an Irish surname's O, a hospital
// wrapped after its "de", a staff number spaced out.
func TestRound53OCR(t *testing.T) {
	d := detector(t)
	text := "MESA  P0LICE  DEPARTMENT          INCIDENT  REP0RT\n" +
		"Rep0rt # : 2O24-O4187     Date :  O4/ 21/2O24  22 :14\n" +
		"Rep0rting  0fficer : KOWAL ,  J .   #  21O47\n" +
		"Judge  Maura  T .  0'Neill\n"
	checkTyped(t, d, []typedCase{
		{"en", text, "KOWAL ,  J", TypeName},
		{"en", text, "Maura  T .  0'Neill", TypeName},
	})
	pt := "F0R0  DE  GUARULH0S  -  1ª  VARA  CÍVEL\n" +
		"Process0  n° 1120447-7O.2O24.8.26.O224\n" +
		"residente na Rua  Itapi ra ,  412 , Guarulh0s/SP , a0  H0spital  Geral  de\n" +
		"Guarulh0s , para avaliaçã0 e internaçã0 c0mpuls0ria .\n" +
		"Oficial  de  Justiça : Eds0n  Carvalh0 - mat . 8 1 4 . 2 2 7 - 3\n"
	checkTyped(t, d, []typedCase{
		{"pt-BR", pt, "H0spital  Geral  de\nGuarulh0s", TypeOrganization},
		{"pt-BR", pt, "8 1 4 . 2 2 7 - 3", TypeID},
	})
}
