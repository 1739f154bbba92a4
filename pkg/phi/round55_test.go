package phi

import "testing"

// Round 55 rules (heldout159: dental and oral surgery, school
// counselling and school nurses, sports medicals, occupational health;
// heldout160: pharmacy benefit letters and appeals, home-care schedules
// and visit logs, clinical trial site correspondence, interpreter and
// transport bookings; heldout158: dev-imitating notes; invented text):
// staff initials and surnames in lower case after a field or "by", a
// lady's "d." before a given name, subject initials without their
// colon, a key safe's and a gate's code, a sports federation and club, a
// refinery, an ethics board, a research site's "Research", a supplement
// plan, a dental practice's "Smiles", universities by their acronyms, a
// town's "HC", a shelter in lower case, Cáritas, a licence's letter, a
// specimen's and a register's number, an SSN's last four, a street in
// lower case, a plate on a vehicle's line, a Portuguese date with the
// first day's ordinal, a chat sender in lower case, a name in lower case
// after a credential's field, a log's signature after a dash, a given
// name before a surname or a role in brackets, a month-named given name
// in a roster, a practice after a sender's dash, a given name in
// brackets after a team's worker, the council CREF, a table's column of
// initials ("RUBRICA") and of registers ("Matrícula").
// Against over-reach: teeth numbered in a dental note, a drug's
// dilution, fractions, a legend's numbered items, tests with a hyphen,
// criteria and a storm named by a word, a kind of disability, Bolsa
// Família, a department before its organisation in a mail header or
// after a dash, a school's office, a post after a name's dash, dotted
// degrees, Portuguese titles of care workers, a state before "Lic",
// an identity document's trigger that is a relation ("pai"), words.
func TestRound55Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// names
		{"en", "Chairside assist: m. pruett", "m. pruett", TypeName},
		{"en", "Visit verified 11/02/2024 14:10 by j. whitford (office)", "j. whitford", TypeName},
		{"pt-BR", "Amanhã a sua esposa, d. Iracema, pode acompanhar.", "Iracema", TypeName},
		{"pt-BR", "8h cheguei, d. carminha ainda dormindo.", "carminha", TypeName},
		{"en", "Site 114     Subject 114-0087     Initials K-L-P", "K-L-P", TypeName},
		{"en", "Tue 3/4 9:12 AM  omar khalil: can she go to recess?", "omar khalil", TypeName},
		{"en", "Charge RN: wendy marsh", "wendy marsh", TypeName},
		{"pt-BR", "14h banho no leito, sem intercorrências. - Joana", "Joana", TypeName},
		{"en", "Passenger: Eugene Whitebird     Pickup 06:40", "Eugene Whitebird", TypeName},
		{"en", "Thanks,\nNora Delahunt, MD - Riverside Pediatrics", "Nora Delahunt", TypeName},
		{"en", "08:10  Okafor, August (ST20931)   cough, sent home", "Okafor, August", TypeName},
		{"en", "Assistant coach (Trudy) has the inhaler.", "Trudy", TypeName},
		{"pt-BR", "Ciente: Marlene (coordenadora pedagógica)", "Marlene", TypeName},
		{"pt-BR", "Turma 3º B     Professora: Rosana Quintela", "Rosana Quintela", TypeName},
		{"pt-BR", "[02/04/2024 20:11] Dra. Lia Moura - Clínica Sorriso da Serra: Boa noite!", "Clínica Sorriso da Serra", TypeOrganization},
		{"en", "Hi Dana,\n\nHope called out today, so please take her 2 pm.\n\nRe: covering for Hope this week", "Hope", TypeName},
		{"pt-BR", "NOME                    FUNÇÃO            INÍCIO        RUBRICA\nTalita Borges           Coordenadora      02/09/2024    TB\nCaio Nunes Prado        Farmacêutico      02/09/2024    CNP\n", "CNP", TypeName},
		// organisations
		{"pt-BR", "Atleta federada na Federação Catarinense de Handebol desde 2019.", "Federação Catarinense de Handebol", TypeOrganization},
		{"pt-BR", "ESPORTE CLUBE SERRANO - Departamento Médico\nAtleta: Davi Rocha", "SERRANO", TypeOrganization},
		{"en", "She plays for Lakeside Youth Hockey Club on weekends.", "Lakeside Youth Hockey Club", TypeOrganization},
		{"pt-BR", "Trabalha na Refinaria Gabriel Passos há 12 anos.", "Refinaria Gabriel Passos", TypeOrganization},
		{"en", "Deviation reported to Prairie Institutional Review Board on 03/02/2024.", "Prairie Institutional Review Board", TypeOrganization},
		{"en", "Approved by Summit Central IRB (tracking 2024-118).", "Summit Central IRB", TypeOrganization},
		{"en", "Site 204: Delta Cardiology Research, Lafayette, LA", "Delta Cardiology Research", TypeOrganization},
		{"en", "Secondary: Liberty Medigap\nLevel: ALS", "Liberty Medigap", TypeOrganization},
		{"en", "Referred by: Ana Ruiz, DDS (Glenview Smiles, fax 847-555-0112)", "Glenview Smiles", TypeOrganization},
		{"pt-BR", "Vai operar nas férias da UFPR, em janeiro.", "UFPR", TypeOrganization},
		{"pt-BR", "[plantão] Residência de Pediatria - HC de Ribeirão Preto]", "HC de Ribeirão Preto", TypeOrganization},
		{"pt-BR", "Mora no abrigo Esperança 2 com a filha.", "Esperança 2", TypeOrganization},
		{"pt-BR", "Acompanhada pela assistente social da Cáritas, presencial.", "Cáritas", TypeOrganization},
		// identifiers and licences
		{"en", "1150 N Oak Rd, lockbox 5120     M-F 09:00-12:00", "5120", TypeID},
		{"pt-BR", "Portaria 24h; senha do portão da garagem 4471*09", "4471*09", TypeID},
		{"en", "Kelsey Varga, DDS     NV Lic B 204417", "B 204417", TypeLicense},
		{"pt-BR", "Preparadora física: Joana Lemos — CREF 011204-G/PR", "CREF 011204-G/PR", TypeLicense},
		{"en", "SPEC 25-118-2041  HEPATIC PANEL  COLL 03/04/2025", "25-118-2041", TypeID},
		{"pt-BR", "atendente: sônia - mat. 44812", "44812", TypeID},
		{"en", "Identity confirmed with DOB and last 4 of SSN, 7731.", "7731", TypeSSN},
		{"pt-BR", "pode entregar na rua barão de itapura 2210 ap 31, cep 13020-431?", "rua barão de itapura 2210 ap 31", TypeAddress},
		{"en", "Vehicle: white Honda Odyssey, NM 8-2210K\nDriver: Luis", "8-2210K", TypeVehicle},
		{"pt-BR", "Vigência: a partir de 1º/03/2025", "1º/03/2025", TypeDate},
		{"pt-BR", "Matrícula | Nome              | Idade | Setor\n20417     | Dorival Meireles  | 51    | caldeiraria\n20533     | Sueli Antunes     | 44    | pintura\n", "20533", TypeID},
	})
	checkClean(t, d, []cleanCase{
		// teeth, dilutions, fractions, legends, tests
		{"en", "Perio charting: BOP #2-3 and #14-15; crown prep on tooth #19 today.", "14-15"},
		{"pt-BR", "Bloqueio com articaína 4% e epinefrina 1:200.000 (1 tubete) sem intercorrências.", "200.000"},
		{"en", "Eating about 3/4 of usual portions since Monday.", "3/4"},
		{"en", "Drug: Dupixent 300 mg pen    Qty 2 / 28 d", "28"},
		{"pt-BR", "Legenda: 1-TCLE 2-triagem 3-randomização 4-dispensação", "2-triagem"},
		{"pt-BR", "Anti-TPO reagente. Child-Pugh A5.", "Child-Pugh"},
		{"pt-BR", "Anti-TPO reagente. Child-Pugh A5.", "Anti"},
		{"en", "ECG read with the Seattle criteria: normal.", "Seattle"},
		{"en", "Repeat MRI shows a Mayo endoscopic subscore of 2.", "Mayo"},
		{"en", "Clinic closed after Hurricane Delia knocked out power.", "Delia"},
		{"en", "Eligibility: Specific Learning Disability (math).", "Specific Learning"},
		{"pt-BR", "A família recebe Bolsa Família desde 2021.", "Família"},
		// departments, offices, posts, degrees, titles
		{"pt-BR", "Para: Ouvidoria Serra Azul Saúde <ouvidoria@serraazul.com.br>", "Ouvidoria"},
		{"pt-BR", "De: Central de Remoções Rota Viva Ambulâncias <remocoes@rotaviva.com.br>", "Central de Remoções"},
		{"en", "From: Front Desk <frontdesk@brightsmile.com>", "Front Desk"},
		{"pt-BR", "Defensoria Pública do Estado do Piauí - Núcleo de Saúde\n\nRef.: assistida", "Núcleo de Saúde"},
		{"en", "Jefferson Middle School Counseling Office - Ames, IA", "Counseling Office"},
		{"en", "Thanks,\nDana Keel, RN - Credentialed School Nurse", "School Nurse"},
		{"en", "Contact: Maya Ortiz, M.Ed. - 515-555-0100", "M.Ed"},
		{"pt-BR", "01/10    TE Rosilda Franco        TE Noêmia Sales", "TE"},
		{"pt-BR", "Paciente: Dª Amélia Torres, 91 anos", "Dª"},
		{"en", "Kelsey Varga, DDS     NV Lic B 204417", "NV Lic"},
		{"pt-BR", "Lembrete da visita 8 do seu pai (participante 031-0044) amanhã.", "participante"},
		{"pt-BR", "Cultura: > 100.000 UFC/mL de E. coli", "UFC"},
		{"pt-BR", "Em situação de rua há cerca de 3 anos.", "rua"},
		{"pt-BR", "Encaminhado ao Cirurgião - Jussara - Clínica Médica: avaliar.", "Clínica Médica"},
		{"pt-BR", "Prazo até 20/11. Sai hoje pra entrega.", "Sai"},
		{"en", "Interpreter: Mam (requested), relay via Spanish.", "Mam"},
	})
}
