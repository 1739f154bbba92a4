package phi

import "testing"

// Round 44 rules (heldout125: medicines, vaccines and the operating
// theatre — controlled-drug registers, notifications of prescription,
// vaccination records, operative notes, implant logs, sterilisation
// traceability, transfusion records; heldout126: how staff talk to each
// other — e-mails, chats, bleep logs, handovers, rotas, whiteboards;
// heldout127: dev-imitating notes; invented text): a device's GS1 UDI, a
// blood bag's ISBT 128 number, internal extensions and bleeps, a
// notification's number with its state, colleagues after their post or
// their shift, a rota's names, a handover line's patient, the cells of a
// bar table, a name before an age, Dutch particles with "'t", a surname
// and its initial closing a line, a business writing in a thread and the
// name it greets, short links, a ZIP after a town, a chat speaker in lower
// case with a role in brackets, a relative's given name that is also a
// medical word, "Drs.", a county's office, "<Place> Regional", a British
// flat, "Royal … Infirmary", "SAMU 192 Regional …". Against over-reach:
// catalogue, lot and sterilisation-load numbers, a regulator's
// registration, suture sizes, brands of sutures and vaccines and their
// makers, eponyms, a form's ticked boxes, workflow words, posts and wards,
// fractions that are scores, doses or grades, departments named by their
// kind, a knee's extension in degrees.
func TestRound44Rules(t *testing.T) {
	d := detector(t)
	register := "Date         Time   Patient / MRN                  Given\n04/02/2024   08:10  MWANGI, ZAWADI / QX-008812     50 mcg\n04/02/2024   09:40  ODUYA, KEMI / QX-008815        25 mcg"
	board := "BED | PT | AGE | DX | RN\n3 | R. OKONKWO | 93 | urosepsis | Tamsin\n4 | HALLORAN, Edie | 71 | CAP | Dr. Mbeki"
	rota := "Updated March rota:\n\nMar 4 - Mar 8: Adeyemi\nMar 11 - Mar 15: HALVORSEN (swapped with Adeyemi)\n\nThanks, Priya"
	thread := "Driftwood Pediatrics: Marisol, your visit with Dr. Ferreira is Tue 9/10 at 8:15 AM. Forms: dftpeds.co/f/Q7zR2 Reply Y to confirm.\nMe: Y. new address is 22 Tamarack Ln Hampton 23666\nDriftwood Pediatrics: Thanks, see you then."
	checkTyped(t, d, []typedCase{
		// structured numbers
		{"en", "Femoral component, size 4 - UDI (01)00614321098765(17)280630(10)55120347(21)K440981\nTibial tray", "(01)00614321098765(17)280630(10)55120347(21)K440981", TypeDevice},
		{"en", "Intra-op: 2 units PRBC, DIN W0388 23 551207 6, no reaction; Hb 9.1 post.", "W0388 23 551207 6", TypeID},
		{"en", "21:08  Ward 9 (Staff Nurse Ellery, bleep 2217) - new fever", "2217", TypePhone},
		{"en", "Social work (Bettina, ext 3064) has the forms.", "3064", TypePhone},
		{"pt-BR", "Enf. Carla Menezes - CCIH - ramal 5120", "5120", TypePhone},
		{"pt-BR", "Ramal do posto: 4471. Plantonista: Dr. Heitor.", "4471", TypePhone},
		{"pt-BR", "NOTIFICAÇÃO DE RECEITA A - NÚMERO SP 4417203\nEmitente: Dr. Caio Brandão", "SP 4417203", TypeID},
		{"pt-BR", "12/03/2024 | zolpidem 10 mg cp (B1) | 30 | NRB PR 2290731 | Irene Souza", "PR 2290731", TypeID},
		// names in registers, boards, rotas and handovers
		{"en", register, "MWANGI, ZAWADI", TypeName},
		{"en", board, "R. OKONKWO", TypeName},
		{"en", board, "93", TypeAge},
		{"en", board, "Tamsin", TypeName},
		{"en", rota, "Adeyemi", TypeName},
		{"en", rota, "HALVORSEN", TypeName},
		{"pt-BR", "SEG 08/04: diurno Jasmim / noturno Thaís Brandão\nTER 09/04: diurno Thaís Brandão / noturno Jasmim", "Jasmim", TypeName},
		{"pt-BR", "Leito 12 - Edvaldo (pront. 331.207-1), 58a, DPOC exacerbado", "Edvaldo", TypeName},
		{"pt-BR", "SALA AMARELA\nB4 - Claudinei 61a - pneumonia - aguarda leito", "Claudinei", TypeName},
		{"en", "Handler: Ward Manager Gwenllian Prosser   Reviewed: 29/11/2023", "Gwenllian Prosser", TypeName},
		{"en", "Charge RN: Loretta | Anesthesia: Dr. Hale | Runner: Tendai", "Tendai", TypeName},
		{"en", "Dose confirmed with the facility nurse Perpetua Vasquez: reduced in May.", "Perpetua Vasquez", TypeName},
		{"en", "Discussed with SpR Dr Haldane.\n22:15  Ward 12 - obs stable", "Haldane", TypeName},
		{"en", "Present: Drs. Obi, Varga, Lindahl; pharmacist Rhee.", "Obi", TypeName},
		{"en", "Wife's cell 513-555-0190. Son Anthony driving in from Akron.", "Anthony", TypeName},
		{"en", "[02:10] grace (pharm): is the heparin ok for bed 4?\n[02:11] Dr Lee: yes", "grace", TypeName},
		{"pt-BR", "Quarto 4 piorou a lesão. Tati, consegue pedir o colchão pneumático?", "Tati", TypeName},
		{"pt-BR", "Leito 305: constatado óbito de Ondina Prates, 101 anos, às 04h10.", "Ondina Prates", TypeName},
		{"en", "Patient: Maarten van 't Zand    DOB Jan 2, 1950", "Maarten van 't Zand", TypeName},
		{"en", "Subject: ICD shock alert - Vanderhoek, R.\n\nDr. Patel,", "Vanderhoek, R", TypeName},
		{"pt-BR", "Empregadora: Cerrado Verde Engenharia Florestal. Contato: rh@cerradoverde.com.br", "Cerrado Verde Engenharia Florestal", TypeOrganization},
		// a business in a thread, the name it greets, its link, a ZIP
		{"en", thread, "Driftwood Pediatrics", TypeOrganization},
		{"en", thread, "Marisol", TypeName},
		{"en", thread, "dftpeds.co/f/Q7zR2", TypeURL},
		{"en", thread, "23666", TypeZIP},
		// organisations and addresses
		{"en", "Time off work from Sauk County Public Works since the fall.", "Sauk County Public Works", TypeOrganization},
		{"en", "Presented to the ED of Marion Regional with bronchiolitis.", "Marion Regional", TypeOrganization},
		{"pt-BR", "CENTRAL DE REGULAÇÃO - SAMU 192 Regional Vale do Ribeira\nFicha 2024-0411", "SAMU 192 Regional Vale do Ribeira", TypeOrganization},
		{"en", "Royal Tynedale Infirmary - Department of Surgery\nDear Dr Shaw,", "Royal Tynedale Infirmary", TypeOrganization},
		{"en", "Mrs Ada Lumb, DOB 02/03/1931\nFlat 3, 11 Gallowgate, Hexham\nThank you for seeing her.", "Flat 3, 11 Gallowgate", TypeAddress},
		{"en", "GREENFIELD GENERAL HOSPITAL\nGreenfield General Hospital Sterile Processing Department     QA report", "Greenfield General Hospital", TypeOrganization},
		// a face sheet's scanned fields, a street in words, ages in brackets
		{"en", "SEX :  F     D0B :  O2-l4-l93O     AGE :  9l\nADDR :  R0UTE  3 ,  B0X  l 2 7     ELGIN   SC   2 9 O 4 5", "9l", TypeAge},
		{"en", "SEX :  F     D0B :  O2-l4-l93O     AGE :  9l\nADDR :  R0UTE  3 ,  B0X  l 2 7     ELGIN   SC   2 9 O 4 5", "B0X  l 2 7", TypeAddress},
		{"en", "Referred to the shelter on E. Third St - intake worker Jo.", "E. Third St", TypeAddress},
		{"en", "RT 23:40: bed 7 Ashcombe (96) off BiPAP, on 4 L NC.", "Ashcombe", TypeName},
		{"en", "Two falls: Mr Pendry (hosp no. QH0331207, 93) in bed 4 and Mrs Lyle in bay C.", "93", TypeAge},
		// over-reach guards that keep PHI
		{"pt-BR", "Colonoscopia marcada para o dia 14/09 às 7h com o Dr. Anselmo.", "14/09", TypeDate},
		{"en", "Insurance: Medica, member ID MDA55127304.", "Medica", TypeOrganization},
		{"en", "REFERENCE LAB\nUniversity Hospital Laboratory Services, Albuquerque\nName: Begay", "University Hospital Laboratory Services", TypeOrganization},
		{"pt-BR", "Nome da mãe: Irma Weber\nResidência: Blumenau", "Irma Weber", TypeName},
		{"en", "Rm 512A - Oleander \"Ollie\" Pruett, 67F, POD2", "Oleander", TypeName},
		{"en", "Infant: Baby Girl Thibodeaux, MRN MWH-4471399, to mother for skin-to-skin.", "Thibodeaux", TypeName},
	})
	checkClean(t, d, []cleanCase{
		// products' numbers: catalogue, lots, loads, registrations
		{"en", "2. Tibial insert, 10 mm - REF 71-4410-002-03, LOT 88120457\n   SN Q220851", "71-4410-002-03"},
		{"en", "3. Bone cement, 40 g x2 - LOT 3312B04 and 3312B07\nRegistry: submitted", "3312B07"},
		{"en", "Trays checked (indicator results checked, steam load 1122-05). No concerns.", "1122-05"},
		{"pt-BR", "Caixa de laparotomia - autoclave 2, ciclo 77, carga 240101-3-02 - esterilizada em 01/01/2024", "240101-3-02"},
		{"pt-BR", "Haste femoral - ref. 2210-14 - lote 4471023 - registro ANVISA 80145110027", "80145110027"},
		{"pt-BR", "Haste femoral - ref. 2210-14 - lote 4471023 - registro ANVISA 80145110027", "2210-14"},
		{"pt-BR", "Vacina febre amarela - fabricante e lote: Bio-Manguinhos 231VFA044Z\nData: 02/02/2024", "Bio-Manguinhos 231VFA044Z"},
		{"en", "Fascia closed with running 2-0/3-0/4-0 Vicryl.", "2-0/3-0/4-0"},
		{"en", "Skin with 4-0 Monocryl and Dermabond; sac ligated with 2-0 Prolene.", "Monocryl"},
		{"en", "Skin with 4-0 Monocryl and Dermabond; sac ligated with 2-0 Prolene.", "Prolene"},
		{"en", "Given the Fluzone High-Dose from the adult bin; COVID-19 (Spikevax), Moderna.", "Fluzone"},
		{"en", "Given the Fluzone High-Dose from the adult bin; COVID-19 (Spikevax), Moderna.", "Moderna"},
		{"en", "SCr 1.1 -> CrCl (Cockcroft-Gault, capped 125) 64 mL/min.", "Cockcroft-Gault"},
		{"pt-BR", "Dissecção do triângulo de Calot com visão crítica de segurança.", "Calot"},
		{"en", "Recorded by Ana Reyes, RN, CIC; checked by B. Lowe, MLS(ASCP).", "CIC"},
		{"en", "Perforated DU, s/p Graham patch 2/7, drain output low.", "Graham"},
		{"en", "No Janeway lesions; no Roth spots on fundoscopy.", "Roth"},
		{"en", "Ottawa foot rules positive; no Lisfranc injury on films.", "Ottawa"},
		{"pt-BR", "Caixa de laparotomia com 1 pinça Kelly com ponto de oxidação.", "Kelly"},
		{"en", "Spinal: 25G Whitacre, single pass. Tranexamic acid 1 g IV.", "Whitacre"},
		// a form's boxes, workflow words, posts, wards
		{"en", "[x] Risk of aspiration: no     [x] Key concerns for recovery: none", "Risk"},
		{"pt-BR", "[x] Via aérea difícil: não     [ ] Risco de sangramento: não", "Via"},
		{"en", "Premeds given at 09:00. Signout to night team at 19:00.", "Premeds"},
		{"en", "Premeds given at 09:00. Signout to night team at 19:00.", "Signout"},
		{"en", "Called Marguerite Oduya (DOB 2/3/1950) about the recall.", "Called"},
		{"en", "Prelim K. Ferris, DO; final M. Tehrani, MD.", "Prelim"},
		{"en", "Reporter: Tomasz Wrobel, Staff Nurse, tomasz.wrobel@nhs.net", "Staff"},
		{"en", "Ravi - 5 North can take her once bed 11 is cleaned.", "North"},
		{"en", "Pacemaker check: RA lead impedance 480 ohms; RV lead fine.", "RA"},
		{"pt-BR", "[19/02/2024 10:14] Farm. Juliane (Drogaria Bom Preço): bom dia", "Farm"},
		{"pt-BR", "[25/10/2023 08:02] Fisio Rodrigo: bom dia! hoje faço a visita", "Fisio"},
		{"pt-BR", "Nós, abaixo assinados, autorizamos a doação.", "Nós"},
		{"pt-BR", "Meu pai mora comigo na Rua Otto Boehm, 455.", "mora"},
		// fractions
		{"en", "Girl delivered 02:31, Apgars 3/8, to NICU.", "3/8"},
		{"en", "R: BiPAP 12/6, FiO2 50%, furosemide 80 mg IV.", "12/6"},
		{"pt-BR", "Paciente com dor abdominal intensa (7/10) e FC 118.", "7/10"},
		{"en", "Exam: 3/6 holosystolic murmur at the apex.", "3/6"},
		{"en", "P: pred 40 day 3/5, then stop.", "3/5"},
		{"pt-BR", "Posologia: 1/2 a 1 comprimido ao deitar.", "1/2"},
		// departments by their kind
		{"en", "From: Dr. Ames <ames@lakeview.org>\nTo: Health Information Management <him@lakeview.org>", "Health Information Management"},
		{"pt-BR", "De: Dr. Lobo <lobo@hgr.br>\nPara: Direção Clínica <direcao@hgr.br>", "Direção Clínica"},
		{"en", "GREENFIELD GENERAL HOSPITAL\nGreenfield General Hospital Sterile Processing Department     QA report", "Sterile Processing Department"},
		// extension's digits that are no extension
		{"en", "Knee ext 110° and flexion 95°.", "110"},
		{"en", "Knee ext 120 degrees at discharge.", "120"},
		{"en", "Troponin (12/01, 95) was flat.", "95"},
		// times, terms, product codes, newborns, scales, a time's AM
		{"pt-BR", "Hospital Regional de Itu     Data: 05/09/2023 10h40     Unidade: 3º andar", "10h40"},
		{"en", "Specimen QR-55120777\nGA at collection: 13w2d    Collected 02/04/2024", "13w2d"},
		{"en", "Unit issued\nW0412 24 118377 2    E0291V00       A POS    compatible", "E0291V00"},
		{"pt-BR", "2. Cabeça femoral 36 mm - ref. 4036-L - lote C230815 - nº de série 1187", "4036-L"},
		{"en", "Infant: Baby Girl Thibodeaux, MRN MWH-4471399, to mother for skin-to-skin.", "Baby Girl"},
		{"en", "EMS: prehospital Cincinnati Prehospital Stroke Scale 3/3, LKW 14:10.", "Cincinnati"},
		{"en", "Sent: Friday, August 23, 2024 10:17 AM\nSubject: RE: specimen", "AM"},
		{"en", "If this was not you, please call the Service Desk at 541-555-0100.", "Service Desk"},
		// a rota's and a handover's over-reach
		{"en", "Updated:\n\nFeb 5: Discharged home with daughter", "Discharged"},
		{"pt-BR", "Leito 12 - Piora (ver evolução), 58a", "Piora"},
		{"en", "Spoke with the charge nurse Tuesday about it.", "Tuesday"},
	})
}
