package phi

import "testing"

// Round 40 rules (heldout114: records that move between institutions and
// machines — HL7 segments, DICOM header dumps, CSV exports, lab and
// pathology headers, device and pharmacy records; heldout115/116:
// dev-imitating notes; invented text): fields typed by their place in
// an HL7 segment, a DICOM attribute's value representation and keyword,
// a CSV column's header; names joined by carets; study UIDs; hyphen
// codes of specimens and tubes and the identifiers listed after one;
// staff initials and user names after "by" and a user's label; a
// collection site, a regulator, an ambulance base, a pharmacy named "Rx";
// OCR's spaced dates and values; a caps address with a compass point; a
// title's "SURNAME, GIVEN"; a chat's lower-case address closed by a ZIP;
// speakers signing as initials with a role in brackets. Against
// over-reach: coded fields, a study's description and a machine's
// model, the standard's own UIDs, versions, ages under 90, drugs and
// NDCs in a CSV, an injection site, bacteria after "by", measurements
// joined by a hyphen, "complexo QRS", "RX de tórax", eponyms.
func TestRound40Rules(t *testing.T) {
	d := detector(t)
	hl7 := "MSH|^~\\&|LAB|RIVERBEND GENERAL HOSPITAL|EMR|RIVERBEND CLINIC|20230911083015||ORU^R01|RB0911083015|P|2.5.1\n" +
		"PID|1||RB4471920^^^^MR||OKAFOR^ADAEZE^N||19560214|F|||18 HARBOR LN^^MARBLEHEAD^MA^01945||^PRN^PH^^1^781^5550122|||||A77120934\n" +
		"PV1|1|O|CL3^^^RIVERBEND CLINIC||||1234567893^HALVORSEN^PER^J^^^MD\n" +
		"OBR|1|ORD7712044|RB23-0911044|80053^METABOLIC PANEL^C4|||202309110715||||||||SER^Serum|1234567893^HALVORSEN^PER^J\n" +
		"OBX|1|NM|2345-7^Glucose^LN||98|mg/dL|70-99|N|||F\n" +
		"IN1|1|PL01|HX9|TIDEWATER SENIOR CHOICE|PO BOX 4471^^NORFOLK^VA^23501||||TSC-5512009|||||||MEDICARE ADV|OKAFOR^ADAEZE^N|SELF|19560214"
	dcm := "(0008,0020) StudyDate                DA  [20230307]\n" +
		"(0008,0050) AccessionNumber          SH  [BV230307-0021]\n" +
		"(0008,0060) Modality                 CS  [CT]\n" +
		"(0008,0080) InstitutionName          LO  [BAYVIEW IMAGING CENTER]\n" +
		"(0008,0090) ReferringPhysicianName   PN  [QUARSHIE^EDWINA^A]\n" +
		"(0008,1030) StudyDescription         LO  [CT CHEST WO CONTRAST]\n" +
		"(0008,1070) OperatorsName            PN  [TLM]\n" +
		"(0008,1090) ManufacturerModelName    LO  [Revolution Apex]\n" +
		"(0010,0010) PatientName              PN  [BRANNIGAN^THEODORA^R]\n" +
		"(0010,0020) PatientID                LO  [BV-2219034]\n" +
		"(0010,0030) PatientBirthDate         DA  [19300512]\n" +
		"(0010,1010) PatientAge               AS  [092Y]\n" +
		"(0008,0016) SOPClassUID              UI  [1.2.840.10008.5.1.4.1.1.2]\n" +
		"(0020,000D) StudyInstanceUID         UI  [1.2.840.113619.2.55.3.604688119.971.1678100000.1]"
	csv := "patient_id,last_name,first_name,dob,age,zip,drug,ndc,prescriber\n" +
		"PX10044,Lindqvist,Maren,1929-04-11,94,53703,lisinopril 10 mg tab,00093-7339-01,\"Oyelaran, T\"\n" +
		"PX10051,Vo,Anh,1971-12-30,52,53711,metformin 500 mg tab,00093-1048-01,\"Oyelaran, T\""
	csv2 := "fill_date,rx_number,patient_last,patient_first,prescriber,qty\n2024-03-01,771204,Bellweather,Jonas,Amankwah, R,30\n2024-03-02,771260,Ferris,Dorothea,Amankwah, R,60"
	csvPT := "cns;nome;data_nasc;idade;telefone;vacinador\n700 5023 7729 1105;CLEONICE ARAÚJO DE MELO;02/03/1930;94;(62) 99123-4410;Rosilda Campos\n"
	pipes := "vaccine | date | site | given by\nMMR | 2023-05-02 | L thigh | JR\nVAR | 2023-05-02 | R thigh | JR"
	checkTyped(t, d, []typedCase{
		// HL7: each field by its place
		{"en", hl7, "RIVERBEND GENERAL HOSPITAL", TypeOrganization},
		{"en", hl7, "20230911083015", TypeDate},
		{"en", hl7, "RB4471920", TypeMRN},
		{"en", hl7, "OKAFOR^ADAEZE^N", TypeName},
		{"en", hl7, "19560214", TypeDate},
		{"en", hl7, "18 HARBOR LN", TypeAddress},
		{"en", hl7, "MARBLEHEAD", TypeLocation},
		{"en", hl7, "01945", TypeZIP},
		{"en", hl7, "781^5550122", TypePhone},
		{"en", hl7, "A77120934", TypeAccount},
		{"en", hl7, "HALVORSEN^PER^J", TypeName},
		{"en", hl7, "RB23-0911044", TypeID},
		{"en", hl7, "202309110715", TypeDate},
		{"en", hl7, "TIDEWATER SENIOR CHOICE", TypeOrganization},
		{"en", hl7, "NORFOLK", TypeLocation},
		{"en", hl7, "23501", TypeZIP},
		// DICOM: by the value representation, then the keyword
		{"en", dcm, "20230307", TypeDate},
		{"en", dcm, "BV230307-0021", TypeID},
		{"en", dcm, "BAYVIEW IMAGING CENTER", TypeOrganization},
		{"en", dcm, "QUARSHIE^EDWINA^A", TypeName},
		{"en", dcm, "TLM", TypeName},
		{"en", dcm, "BRANNIGAN^THEODORA^R", TypeName},
		{"en", dcm, "BV-2219034", TypeMRN},
		{"en", dcm, "19300512", TypeDate},
		{"en", dcm, "092Y", TypeAge},
		{"en", dcm, "1.2.840.113619.2.55.3.604688119.971.1678100000.1", TypeID},
		// a study's UID anywhere
		{"en", "Outside CD: Study UID 1.2.276.0.7230010.3.1.4.8323329.4412.1699999999.771 re-sent to PACS.", "1.2.276.0.7230010.3.1.4.8323329.4412.1699999999.771", TypeID},
		// caret names after a label or a field's border
		{"en", "Patient: BRANNIGAN^THEODORA^R     MRN: BV-2219034", "BRANNIGAN^THEODORA^R", TypeName},
		{"pt-BR", "Paciente: MEDEIROS^ANA LUÍZA^PORTO     Prontuário: 441.208-3", "MEDEIROS^ANA LUÍZA^PORTO", TypeName},
		{"en", "Outside demographics: PELLETIER^ROY^D | outside ID SIC-0041187", "PELLETIER^ROY^D", TypeName},
		// CSV: the header types the cells
		{"en", csv, "Lindqvist", TypeName},
		{"en", csv, "Maren", TypeName},
		{"en", csv, "Vo", TypeName},
		{"en", csv, "94", TypeAge},
		{"en", csv, "53703", TypeZIP},
		{"en", csv, "1929-04-11", TypeDate},
		{"en", csv, "Oyelaran, T", TypeName},
		{"en", csv2, "Amankwah, R", TypeName},
		{"en", csv2, "Dorothea", TypeName},
		{"pt-BR", csvPT, "CLEONICE ARAÚJO DE MELO", TypeName},
		{"pt-BR", csvPT, "94", TypeAge},
		{"en", pipes, "JR", TypeName},
		// staff after "by" and a staff verb, a user after a user's label
		{"en", "Results phoned to 4 West 14:02 by k. lindqvist.", "k. lindqvist", TypeName},
		{"en", "NTE|1||Fasting 10 h. Verified by qrm 03/02/2024 10:12.", "qrm", TypeName},
		{"pt-BR", "Valor crítico comunicado à enfermagem às 08h53 por lbt. Amostra recoletada.", "lbt", TypeName},
		{"pt-BR", "Operador regulador: joana.p - impresso em 06/02/2024 10:14", "joana.p", TypeName},
		// hyphen codes of specimens, tubes and accounts; a listed ID
		{"en", "Samples: recipient serum (tube R0311-4471); donor (tube D0311-4472).", "R0311-4471", TypeID},
		{"en", "Received 2 slides labelled QX-S23-0917 A1, plus 1 block.", "QX-S23-0917", TypeID},
		{"en", "Accession: MC23-114-0072     Container IDs: BT0311A (aerobic), BT0311B (anaerobic)", "BT0311B", TypeID},
		// organisations
		{"pt-BR", "Central reguladora: Complexo Regulador Municipal de Itabira\nCódigo: 5520", "Complexo Regulador Municipal de Itabira", TypeOrganization},
		{"pt-BR", "Transporte: USA do SAMU Regional Serra Azul, saída 23h48.", "SAMU Regional Serra Azul", TypeOrganization},
		{"en", "COLLECTED: 06/11/2024 07:55 at Lakemont Patient Service Center - Dover", "Lakemont Patient Service Center", TypeOrganization},
		{"en", "DME: Hollowbrook Home Medical, Dover, DE     302-555-0100", "Hollowbrook Home Medical", TypeOrganization},
		{"en", "Copay card applied. Shipped from Northgate Specialty Rx     1200 Harbor Blvd, Suite 4", "Northgate Specialty Rx", TypeOrganization},
		{"en", "Transplant center: Bramblewood Kidney Transplant Program, coordinator Ruthie Greer, RN", "Bramblewood Kidney Transplant Program", TypeOrganization},
		// a caps address with a compass point; a title's surname first
		{"en", "PRIOR, GWEN A\n4410 NE 45TH ST APT 3  PORTLAND OR 97213", "4410 NE 45TH ST APT 3", TypeAddress},
		{"en", "QTY: 30     NO REFILLS\nDR. HALLORAN, BRIDGET\nINS: BLUE SHIELD", "HALLORAN, BRIDGET", TypeName},
		// a lower-case address closed by its ZIP
		{"en", "no we moved to 88 birch hollow ln fairview 75069. new email soon", "88 birch hollow ln", TypeAddress},
		{"en", "no we moved to 88 birch hollow ln fairview 75069. new email soon", "fairview", TypeLocation},
		{"en", "no we moved to 88 birch hollow ln fairview 75069. new email soon", "75069", TypeZIP},
		// speakers in initials with a role in brackets
		{"en", "KT (PGY2): bp 88/50 after the bolus\nDr. Amsel: fluids?\nKT (PGY2): 1L running", "KT", TypeName},
		// a name addressed before a request; a nickname's field; a VNA
		{"en", "Lisinopril held, PPI stopped. Kiran, can you confirm the pharmacy has the new list?", "Kiran", TypeName},
		{"en", "DOB: 05/19/1949\nPreferred name: \"Buck\"\nConsult #: CC-2024-0661", "Buck", TypeName},
		{"en", "Lives with his wife; Keystone Ridge VNA for wound checks twice a week.", "Keystone Ridge VNA", TypeOrganization},
		{"pt-BR", "Nome civil: JOSÉ CARLOS PEREIRA\nNome social: Valentina\nApelido: Nena", "Valentina", TypeName},
		{"pt-BR", "Nome civil: JOSÉ CARLOS PEREIRA\nNome social: Valentina\nApelido: Nena", "Nena", TypeName},
		// OCR: a month's date with its digits spaced; a spaced plan number
		{"en", "REFERRAL  F0R  CONSULT\nSept .  2 1 ,  2 0 2 0\nD0B :  0 3 / 1 1 / 1 9 4 2\nT0 :  Clinic", "Sept .  2 1 ,  2 0 2 0", TypeDate},
		{"en", "REFERRAL  F0R  C0NSULT     ( 5 7 0 )  5 5 5 - 0 1 8 8     O4/22/2O24\nPt :  HALVERSEN ,  GUNNAR  P          D0B :  O1 / O6 / 1939\nMedicare :  7 T Q 4 - K L 2 - M X 1 9\nDx :  ulcer", "7 T Q 4 - K L 2 - M X 1 9", TypeHealthPlan},
	})
	checkClean(t, d, []cleanCase{
		// coded fields, a machine's model and description, the standard's UIDs
		{"en", hl7, "Glucose"},
		{"en", hl7, "METABOLIC PANEL"},
		{"en", hl7, "Serum"},
		{"en", hl7, "MEDICARE ADV"},
		{"en", dcm, "Modality"},
		{"en", dcm, "Revolution Apex"},
		{"en", dcm, "CT CHEST WO CONTRAST"},
		{"en", dcm, "1.2.840.10008.5.1.4.1.1.2"},
		{"en", "(0010,1010) PatientAge               AS  [046Y]", "046Y"},
		{"en", "Firmware 4.2.1.7 installed; gateway 10.2.3.4 reached.", "4.2.1.7"},
		{"en", "Order: 80061^LIPID PANEL^C4 sent to the lab", "LIPID PANEL"},
		// a record's codes, values and ranges are no identifiers
		{"pt-BR", "MSH|^~\\&|LAB|HOSP X|PEP|HOSP X|20240604085512||ORU^R01|L20240604|P|2.5\nOBX|2|NM|LEUC^Leucócitos^LOCAL||21.400|/mm3|4.000-10.000|H|||F", "4.000-10.000"},
		{"en", hl7, "2345-7"},
		{"en", "(0008,0030) StudyTime                TM  [093412.000]\n(0010,0010) PatientName              PN  [DOE^JANE]", "093412.000"},
		{"en", csv, "00093-7339-01"},
		{"pt-BR", "HEMOGRAMA COMPLETO (TUSS 40304361)\nFERRITINA (TUSS 40316270) .. 9,8 ng/mL", "40304361"},
		{"en", "SUMAtriptan 50 mg tablet (RxCUI 313213)\nSig: take 1 tablet", "313213"},
		// CSV cells of no PHI; an age under 90; an injection site
		{"en", csv, "52"},
		{"en", csv, "lisinopril 10 mg tab"},
		{"en", pipes, "L thigh"},
		{"en", "Date | Rx# | Patient | Qty\n03/06/24 | -- | DESTRUCTION (expired), witnessed | 30\n03/07/24 | -- | RETURN (damaged), witnessed | 10", "DESTRUCTION"},
		// "by" before a test, a patient, a role
		{"en", "Potassium repleted; checked by bmp tomorrow.", "bmp"},
		{"en", "Verified by pt 03/02/2024. Collected by mom. Results called by rn.", "pt"},
		{"en", "Verified by pt 03/02/2024. Collected by mom. Results called by rn.", "rn"},
		// measurements and ranges joined by hyphens
		{"en", "new afib RVR 140-150s, BP 104/66", "140-150s"},
		{"en", "CA 19-9 418 U/mL", "19-9"},
		// a lower-case count is no address
		{"en", "take 2 tabs daily x 10 days st louis trip 63101 miles", "2 tabs"},
		// not an organisation
		{"pt-BR", "ECG: complexo QRS estreito, ritmo sinusal. Complexo QRS alargado em V1.", "QRS"},
		{"pt-BR", "Acionado o SAMU às 10h, chegou em 20 minutos.", "SAMU"},
		{"pt-BR", "VHS 54. RX de mãos com erosões em 2ª e 3ª MCF.", "RX"},
		{"en", "New Rx for amoxicillin sent to the pharmacy.", "Rx"},
		{"pt-BR", "Para: Ambulatório de Cardiologia - Hospital Geral do Grajaú", "Ambulatório de Cardiologia"},
		// a town's ambulance service; a sender that is a centre
		{"pt-BR", "SAMU Porto Alegre - Boletim de Atendimento\nPaciente removido às 10h.", "SAMU"},
		{"en", "Sandhill Skin & Mohs Center: Drivers must be 18+. Can another adult come?", "Drivers"},
		// a common word or a greeting addressed
		{"en", "Yes, please call. Thanks, can you check the list?", "Thanks"},
		{"en", "Team, please review before rounds.", "Team"},
		// a nickname's field left empty; a title's name with a service
		{"en", "Preferred name: None on file\nNickname: none", "None"},
		{"en", "Referred by DR. HALE, CARDIOLOGY\nFollow-up in 2 weeks", "CARDIOLOGY"},
		// a software's version is no address
		{"en", "Pump: t:slim X2, SN 1293774, software 7.6.0.2; uploaded", "7.6.0.2"},
		// a device's field
		{"en", "Scanner: Aquilion Prime     Technologist: RJM", "Aquilion Prime"},
		{"en", "Monitor: HeartLink Smart app 2.1 on patient's phone", "HeartLink Smart"},
		// eponyms
		{"en", "Reflexes 2+, no Babinski. No Brugada pattern on the ECG.", "Brugada"},
		{"en", "Bone age by the Greulich and Pyle atlas is 12 years.", "Greulich"},
		{"en", "Slit lamp: no Kayser-Fleischer rings. Echo without Ebstein anomaly.", "Ebstein"},
		{"pt-BR", "Icterícia em zona de risco intermediário pelo nomograma de Bhutani.", "Bhutani"},
		{"en", "Labor: Oxytocin at 6 mU/min. Epidural placed 16:40.", "Oxytocin"},
	})
}
