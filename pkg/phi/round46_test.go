package phi

import "testing"

// Round 46 rules (heldout134: health care inside institutions — military
// and veterans' records, prison and jail health, immigration detention,
// boarding schools and residence halls, ships and offshore rigs;
// heldout133 and heldout130: dev-imitating notes; heldout132: allied
// health and side clinics; heldout131: families, relatives and genetics;
// invented text): military units by their ordinals and heads, a
// lettered company and a chain of units, a headquarters' company, a
// battalion's numbers, a Brazilian air base; ranks and ship's posts kept
// out of the names after them, and the names they open; a ship's name
// before its IMO number, the number and a call sign; a residence hall's
// room and a block's flat; ports and a voyage's places; a letter and
// digit groups after an identifier's label; prisons as organisations'
// heads; two people joined by "e"; ages from 90 after "shes", "who
// is", ", now", ", at" and a death; a person's letter ("Patient A");
// licences of letters and four digits; a coined business writing in a
// chat; a community health worker's given name; a clinician after the
// profession's colon; a chat sender in lower case; letters before an
// identifier whose label stands a few words before; a newborn's name in
// brackets; relatives after a plural relation and its qualifier; a
// compound given name opening a field; a name found elsewhere opening a
// sentence before a verb of the present or a possessive; an agency's
// head, a letter's reference code, a thread's senders in lower case.
// Against
// over-reach: "Setor de Saúde", a state's "MN", "Gen Surg", a ward's
// number, "HIV 1/2", scores out of ten before a pain, monofilament
// sites, an ordinal alone, "Company" in a sentence, a ship's IMO
// without a name, "Blood cultures", "Telemedicina" as a service.
func TestRound46Rules(t *testing.T) {
	d := detector(t)
	dd214 := "7b .  H0ME  0F  REC0RD :  Laredo ,  TX\n8a .  LAST  DUTY  ASSIGNMENT  AND  MAJ0R  C0MMAND :  HHC  3RD  BDE  1ST  SUST  CMD\n8b .  STATI0N :  Fort Hale"
	vessel := "MEDICAL LOG - M/V SEA WREN     IMO 9418826     Call sign LBQX4\nPatient: AB Rufo D. Salcedo, 27M\nIn charge of medical care: C/O Tomas P. Ibarra\nVoyage: Antwerp -> Savannah\nCountersigned: Master K. Voss"
	chat := "[3/9/24 7:58 AM] Tara - Bayou Home Health: Good morning Marlowe, this is Tara.\n[3/9/24 8:01 AM] marlowe: hi! side door is open\n[3/9/24 8:03 AM] Tara - Bayou Home Health: Thanks!\n[3/9/24 8:10 AM] marlowe: ok see you"
	lab := "VidaLab: Olá, JOAQUIM! Seu laudo está pronto.\nPaciente: não consigo abrir\nVidaLab: Sr. Joaquim, retire na unidade."
	checkTyped(t, d, []typedCase{
		// military units and bases
		{"en", "Military history: US Navy 1961-1965; US Army 1966-1970, 3rd Battalion, 21st Infantry Regiment.", "3rd Battalion, 21st Infantry Regiment", TypeOrganization},
		{"en", "Pt: PFC Dion Ashby, 20M     Unit: A Company, 1st Battalion, 5th Field Artillery\nCC: heat illness", "A Company, 1st Battalion, 5th Field Artillery", TypeOrganization},
		{"en", "EDIPI 2290441187     Unit: 3rd Combat Engineer Battalion\nHPI: blast exposure", "3rd Combat Engineer Battalion", TypeOrganization},
		{"en", "Following up on SGT Lena Ortiz (HHC, 2-12 Infantry). She presented to sick call.", "HHC, 2-12 Infantry", TypeOrganization},
		{"en", "Rhea Gold, PA-C\nBattalion PA, 2-12 IN | (254) 555-0101", "2-12 IN", TypeOrganization},
		{"en", dd214, "HHC  3RD  BDE  1ST  SUST  CMD", TypeOrganization},
		{"pt-BR", "Prec-CP: 11 2201 9934\nOM: 14º Regimento de Cavalaria Mecanizado     Prontuário: HMA-24-1190", "14º Regimento de Cavalaria Mecanizado", TypeOrganization},
		{"pt-BR", "COMANDO DA AERONÁUTICA\nBase Aérea de Santa Maria - Seção de Saúde", "Base Aérea de Santa Maria", TypeOrganization},
		// ranks and posts
		{"en", "Patient: SSgt Colby R. Danvers, USMC     EDIPI 1188204471", "Colby R. Danvers", TypeName},
		{"en", "Two officers at bedside (CO T. Brandt, CO Alma Ruiz); leg restraint on.", "T. Brandt", TypeName},
		{"en", vessel, "Rufo D. Salcedo", TypeName},
		{"en", vessel, "Tomas P. Ibarra", TypeName},
		{"en", vessel, "K. Voss", TypeName},
		{"pt-BR", "Cap Méd Renato Faria Lobo - CRM-RS 33.120", "Renato Faria Lobo", TypeName},
		// ships
		{"en", vessel, "SEA WREN", TypeVehicle},
		{"en", vessel, "9418826", TypeVehicle},
		{"en", vessel, "LBQX4", TypeVehicle},
		{"en", "Worker on the semi-submersible drilling rig Gulf Warden (IMO 8812274), Gulf of Mexico.", "Gulf Warden", TypeVehicle},
		{"pt-BR", "Unidade marítima: FPSO Cabo Frio III (IMO 9583310)\nOperadora: X", "Cabo Frio III", TypeVehicle},
		{"en", vessel, "Savannah", TypeLocation},
		{"en", "Next port: Baltimore, ETA 03/11. Agent to book a clinic.", "Baltimore", TypeLocation},
		// rooms
		{"en", "College sophomore, lives in Everly Hall, Room 214\nInsurance: SHIP", "Everly Hall, Room 214", TypeAddress},
		{"pt-BR", "Matrícula 202311872\nMoradia: Casa do Estudante, bloco B, apto 112\nS: dor", "Casa do Estudante, bloco B, apto 112", TypeAddress},
		// identifiers
		{"en", "DOB: 04/02/1994     A-Number: A 208-441-902\nPlace of evaluation: X", "A 208-441-902", TypeID},
		{"en", "Bed 2: Amir Sayed, 30M, A# A 214 880 317, day 3", "A 214 880 317", TypeID},
		{"en", "VA File Number: C 22 118 904     Claim Number: 7", "C 22 118 904", TypeID},
		{"en", "Plan: Harbor Health Plan ID changed to HHP 4410 2291 08 per the pharmacist.", "HHP 4410 2291 08", TypeHealthPlan},
		{"pt-BR", "Cartão de saúde: FUSEX 01-2290441-02\nPrestador: X", "FUSEX 01-2290441-02", TypeID},
		{"en", "Mia Tran, MS, RDN, LMNT     NE license MNT 3310", "MNT 3310", TypeLicense},
		{"pt-BR", "Mãe: Rita Nunes, prontuário MX-0099812, pulseira RN-2204", "RN-2204", TypeID},
		// organisations
		{"pt-BR", "LAUDO MÉDICO\nPenitenciária Estadual de Guarapuava - Setor de Saúde", "Penitenciária Estadual de Guarapuava", TypeOrganization},
		{"en", "Orthosis delivered by Crestline Prosthetics & Orthotics - Tulsa", "Crestline Prosthetics & Orthotics", TypeOrganization},
		{"en", "Working full time at Mesa Verde Tire & Lube since March.", "Mesa Verde Tire & Lube", TypeOrganization},
		{"en", "Transcribed by a clerk at the Marin County Assessor's Office.", "Marin County Assessor's Office", TypeOrganization},
		{"pt-BR", lab, "VidaLab", TypeOrganization},
		{"pt-BR", "[08:12, 05/03/2024] Passo Firme Fisioterapia: Bom dia, Clarice!\n[08:40, 05/03/2024] Clarice: oi\n[08:41, 05/03/2024] Passo Firme Fisioterapia: Confirmado!", "Passo Firme Fisioterapia", TypeOrganization},
		{"pt-BR", "Teve crise na escola (Colégio Paranaense), durou 2 minutos.", "Colégio Paranaense", TypeOrganization},
		{"pt-BR", "Telemedicina com o Dr. Caio Reis (MarSaúde Telemedicina) às 10h.", "MarSaúde Telemedicina", TypeOrganization},
		{"pt-BR", "Pendências: agência marítima (Agência Marítima Cais do Porto, contato Kelly Nunes)", "Agência Marítima Cais do Porto", TypeOrganization},
		{"en", "Email: ops@harborcrew.ph\n\nOur ref: KLM/CR/24/2291     Your ref: X", "KLM/CR/24/2291", TypeID},
		{"en", "mom: grandpa is at the ER again\nrosalind: omg is he ok??\nmom: hip xray clear\nteddy: can drive over", "rosalind", TypeName},
		// places
		{"pt-BR", "Gestante de 30 semanas, moradora do Bairro da Liberdade. CNS 700", "Bairro da Liberdade", TypeLocation},
		// names
		{"pt-BR", "Responsáveis: Aline Kobayashi e Fábio Prado\nEscola: X", "Aline Kobayashi", TypeName},
		{"pt-BR", "Responsáveis: Aline Kobayashi e Fábio Prado\nEscola: X", "Fábio Prado", TypeName},
		{"pt-BR", "Visita domiciliar. A ACS Quitéria informa 2 faltas seguidas.", "Quitéria", TypeName},
		{"pt-BR", "Enfermeira: Ana Lima - COREN-SP 112.330\nPodóloga: Ivone", "Ivone", TypeName},
		{"en", chat, "marlowe", TypeName},
		{"pt-BR", "Leito 5 - RN gemelar 1 (Lorena), prontuário UN-220018", "Lorena", TypeName},
		{"pt-BR", "Heredograma:\n- Bisavós comuns: Severino Bezerra, falecido em 2001", "Severino Bezerra", TypeName},
		{"pt-BR", "Ciente e de acordo: Maria Eduarda F. Leal\nDra. X", "Maria Eduarda F. Leal", TypeName},
		{"pt-BR", "Nome escolhido: Ana Clara Souza Lima. Pai: Kaique", "Ana Clara Souza Lima", TypeName},
		{"en", "Ivy stays with her on weekends.\nCaller: Ivy Chambers, granddaughter of the patient.", "Ivy", TypeName},
		{"en", "Marco's appointment is separate. Results are back for your nephew Marco.", "Marco", TypeName},
		{"en", "VALLEY ANTICOAGULATION CLINIC\nDR. PARKINSON, ELLIS\nLOT 44T019", "PARKINSON, ELLIS", TypeName},
		// ages
		{"en", "Grandma Ruth Ames, DOB 08/09/1929, now 94, had endometrial cancer at 52.", "94", TypeAge},
		{"en", "She still speaks of how Lorraine, at 93, insisted on driving.", "93", TypeAge},
		{"en", "Mother, Greta Lindqvist, died in 2020 at 96. Lives alone.", "96", TypeAge},
		{"en", "can my mom come too? shes 91 but sharp", "91", TypeAge},
		{"en", "Mr. Quill (DOB 11/30/1933), who is 90 and still lives alone.", "90", TypeAge},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Presídio Regional de Rio do Sul - Setor de Saúde\nRua X", "Saúde"},
		{"pt-BR", "Origem: Penitenciária Estadual de Ponta Grossa - Módulo de Saúde     Matrícula: 338.206", "Saúde"},
		{"en", "Rx fill 02/21/2024. MN PMP reviewed 02/20/2024.", "PMP"},
		{"en", "Pt: SPC Tyrell M. Banks, 22M", "SPC"},
		{"en", "Critical finding called to CPT Luis Ferrer, PA-C, at 11:05.", "CPT"},
		{"pt-BR", "Laparoscopia em 09/04/2024 (Ten Cel Méd Augusto Lemes), com drenagem.", "Ten Cel Méd"},
		{"pt-BR", "Entry by: C/O R. Manalo     Countersigned: Master H. Lien", "C/O"},
		{"pt-BR", "HIV 1/2 (4ª geração) ........ NÃO REAGENTE", "1/2"},
		{"en", "S: Brandon reports 2/10 knee pain at the end of his shift.", "2/10"},
		{"pt-BR", "Monofilamento de 10 g ausente em 6/10 pontos no pé D.", "6/10"},
		{"en", "Absent to 10 g monofilament at 5/10 sites bilaterally.", "5/10"},
		{"en", "Cap refill < 2 s in the 3rd and 4th digits.", "4th"},
		{"en", "The company he works for pays for the 2nd Company plan.", "works for"},
		{"en", "IMO 9418826 was logged by the port.", "logged"},
		{"en", "Parents: Blood cultures x2 drawn. Blood cultures pending.", "cultures"},
		{"pt-BR", "ATENDIMENTO POR TELEMEDICINA - Psiquiatria - 14/05/2024", "TELEMEDICINA"},
		{"en", "CARRIER SCREENING REPORT\nPatient A: GOLDSTEIN, RACHEL E     DOB 03/02/1991", "Patient A"},
		{"en", "Twin B - Baby Girl Halvorsen B, MRN 7714520, bed 14.", "Twin B"},
		{"en", "BP was 95, HR at 92, now 91, fine", "91"},
		{"en", "Ref: CBC/BMP/LFT drawn today.", "CBC/BMP/LFT"},
		{"en", "plan: ok\nlabs: pending\nnote: fine\ndaisy: hi", "daisy"},
		{"pt-BR", "Responsáveis: Aline Kobayashi e Fábio Prado\nEscola: X", " e "},
		{"en", "Tx: exertional heat stroke protocol; Sporicidal wipes for the room.", "Sporicidal"},
		{"en", "Reynaldo Cabanilla, Oiler, DOB 03 Nov 1981", "Oiler"},
		{"en", "Ondansetron 4 mg given. Housemaster, Mr. Pemberton, informed.", "Housemaster"},
	})
}
