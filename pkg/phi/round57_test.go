package phi

import "testing"

// Round 57 rules (heldout165: legal and insurance medical paperwork —
// medico-legal reports, personal-injury and workers' compensation
// claims, life and disability insurers' forms, independent
// examinations, subpoenas and depositions, records releases, police
// statements, laudos periciais, perícias do INSS, DPVAT claims;
// heldout166: pharmacy and supplier records — dispensing labels and
// logs, compounding worksheets, controlled-drug registers, home
// ventilation, oxygen and DME deliveries, telemedicine logs and chats,
// e-prescriptions, receipts, notificações de receita, pharmacists'
// interventions; heldout164: dev-imitating notes; invented text): courts
// with an ordinal in digits, a federal district's court, a caption's
// county and state, Brazil's regional courts, judicial sections,
// numbered juizados and police districts; law firms, companies before
// "P.C." or after ", LLC", a supplier in apposition, a disability
// determination service, a police division, a store's or a branch's
// number, a plan's last word in its field, a pharmacy's head before a
// chain, an acronym joined across a dash, a workers' compensation
// board, a regional SAMU, drug wholesalers, a parcel's carrier; a
// deponent, a month-named given name, a surname before "Given, MD", a
// name after "attn:", name labels (Proponente, Genitor, Carteiro,
// "Perito Médico Federal"), a key=value log's name, chat senders with
// the time in brackets, a surname's initial after a chat name, a
// receipt's buyer after the CPF, a relative's name in lower case in a
// chat, a child's name before "'s mom"; federal docket numbers, a
// policy's and a pathology report's letters, an RG by its issuer, a
// notificação's state, an invoice's number, a user's number, a form's
// letters after "nº"; "at the age of 96", "March 3rd of 2022", a
// Queens house number, a caps address with "N.", a road's side before
// its kilometre, a district in lower case after an address, a branch's
// district, defined initials after a mixed-case credential.
// Against over-reach: a deposition's Q/A marks, a title addressed, a
// common word followed by its own colon or compound, a role's word
// before a courier's name, a verb of dwelling after "colaborador", a
// teacher "de" a child, the national SIAPE register's name, a vehicle's
// model before its plate or after its year, a device's maker and model
// before "SN", lots and lot columns, ICF codes, receipts' product
// codes, a messaging standard's version, grip strength, ventilator
// modes, the pharmacopeia's chapter, a kit, a credential read as a
// place, an insurance's kind, a generic fire brigade, a ward's acronym
// on a heading, and the lists (medical57, common57, stop57).
func TestRound57Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// courts and public bodies
		{"en", "IN THE CIRCUIT COURT OF THE 4TH JUDICIAL CIRCUIT IN AND FOR DUVAL COUNTY, FLORIDA\nSTATE v. ROY PAGE", "CIRCUIT COURT OF THE 4TH JUDICIAL CIRCUIT IN AND FOR DUVAL COUNTY, FLORIDA", TypeOrganization},
		{"en", "                 Page 7\n 1   UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA\n 2   Civil Action No. 8:21-cv-00377-BCB", "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA", TypeOrganization},
		{"en", "CAUSE NO. 2022-CI-0412\nIn the 131st Judicial District Court, Hidalgo County, Texas", "131st Judicial District Court, Hidalgo County, Texas", TypeOrganization},
		{"pt-BR", "PODER JUDICIÁRIO\nTRIBUNAL REGIONAL DO TRABALHO DA 15ª REGIÃO\n3ª VARA DO TRABALHO DE JUNDIAÍ", "TRIBUNAL REGIONAL DO TRABALHO DA 15ª REGIÃO", TypeOrganization},
		{"pt-BR", "JUSTIÇA FEDERAL - SEÇÃO JUDICIÁRIA DE SANTA CATARINA\nAutos nº 5001234-11.2023.4.04.7200", "JUSTIÇA FEDERAL - SEÇÃO JUDICIÁRIA DE SANTA CATARINA", TypeOrganization},
		{"pt-BR", "Perícia designada pelo 4º Juizado Especial Federal de Joinville em março.", "4º Juizado Especial Federal de Joinville", TypeOrganization},
		{"pt-BR", "BO registrado no 27º Distrito Policial - Campo Belo, em 2022.", "27º Distrito Policial - Campo Belo", TypeOrganization},
		{"en", "Prepared for: Idaho Division of Disability Determination, Boise", "Idaho Division of Disability Determination", TypeOrganization},
		{"en", "CITY OF DAYTONA POLICE DIVISION\nSUPPLEMENTAL REPORT", "CITY OF DAYTONA POLICE DIVISION", TypeOrganization},
		{"en", "WORKERS' COMPENSATION BOARD OF THE STATE OF OREGON - FORM 801", "WORKERS' COMPENSATION BOARD OF THE STATE OF OREGON", TypeOrganization},
		{"pt-BR", "REGULAÇÃO - SAMU 192 Grande Recife\nChamado nº 8821", "SAMU 192 Grande Recife", TypeOrganization},
		// firms, suppliers, stores
		{"en", "Sincerely,\nNora Vance, Esq.\nVance Everly Law\n12 Elm St, Keene, NH 03431", "Vance Everly Law", TypeOrganization},
		{"en", "Ian Pruett, Esq.\nPruett Varga Injury Law | 400 Main St, Tulsa, OK 74103", "Pruett Varga Injury Law", TypeOrganization},
		{"pt-BR", "Atenciosamente,\nCamila Dorneles\nDorneles Advogados Associados | (51) 3222-0000", "Dorneles Advogados Associados", TypeOrganization},
		{"en", "Treating provider: Harbor Point Chiropractic P.C., TIN on file", "Harbor Point Chiropractic P.C.", TypeOrganization},
		{"en", "GLENN ORTIZ, Plaintiff, v. BLUE MESA OUTFITTERS, LLC, Defendant.", "BLUE MESA OUTFITTERS, LLC", TypeOrganization},
		{"en", "Your supplier, Bayou Home Mobility, will call you this week.", "Bayou Home Mobility", TypeOrganization},
		{"pt-BR", "DROGARIA SÃO BENTO FILIAL 208\nCNPJ 11.222.333/0001-81", "DROGARIA SÃO BENTO FILIAL 208", TypeOrganization},
		{"pt-BR", "FARMÁCIA PAGUE MENOS LOJA 1182\nCupom fiscal", "FARMÁCIA PAGUE MENOS LOJA 1182", TypeOrganization},
		{"en", "Last fill 3/3/24 at Kroger Pharmacy #M-318.", "Kroger Pharmacy #M-318", TypeOrganization},
		{"en", "Insurance: Carolina Healthcare Alliance     ID CHA0000000001", "Carolina Healthcare Alliance", TypeOrganization},
		{"en", "Seen on May 2, 2024, at Gulf Coast Medical Evaluations, Biloxi, MS", "Gulf Coast Medical Evaluations", TypeOrganization},
		{"pt-BR", "Relatório do Dr. Caio Lemos (CRM-BA 11.111), NUPREV - Centro Estadual de Prevenção e Reabilitação, de 02/02/2024.", "NUPREV - Centro Estadual de Prevenção e Reabilitação", TypeOrganization},
		{"pt-BR", "Radioterapia concluída no Hospital São Lucas de Itabuna - ASSOLUC.", "Hospital São Lucas de Itabuna - ASSOLUC", TypeOrganization},
		{"en", "| DEA 222 order 330001122 | McKesson #5512 | 50 |", "McKesson", TypeOrganization},
		{"en", "REFRIGERATE\nShipped UPS 2nd Day Air, adult signature.", "UPS", TypeOrganization},
		// names
		{"en", "VIDEOTAPED DEPOSITION OF GRETCHEN L. FALK, M.D.\nTaken May 2, 2024", "GRETCHEN L. FALK", TypeName},
		{"en", "Off-going: Jun Alcott, RN -> Oncoming: Pia Lund, RN", "Jun Alcott", TypeName},
		{"en", "FROM  Sundberg, Ingrid, MD     NPI 1234567893", "Sundberg, Ingrid", TypeName},
		{"en", "Please fax the MAR to 555-0100, attn: Greta.", "Greta", TypeName},
		{"pt-BR", "Perito Médico Federal: Heitor Quintana Brito - Matrícula SIAPE 1234567", "Heitor Quintana Brito", TypeName},
		{"pt-BR", "Proponente: Severino Quintela Barros Neto\nCPF: 111.444.777-35", "Severino Quintela Barros Neto", TypeName},
		{"pt-BR", "Filhos: Lia (5 anos).\nGenitor: Heitor Lago Júnior.", "Heitor Lago Júnior", TypeName},
		{"pt-BR", "Carteiro: Ademir T. - matrícula 1.222.333-4", "Ademir T.", TypeName},
		{"en", "09:12:01  participant_joined    display_name=\"ines v\" relation=daughter", "ines v", TypeName},
		{"en", "mira k (8:14 PM): my order never came\nAgent Priscilla (8:15 PM): Sorry Mira, checking now.\nmira k (8:17 PM): ok thanks", "mira k", TypeName},
		{"en", "mira k (8:14 PM): my order never came\nAgent Priscilla (8:15 PM): Sorry Mira, checking now.\nmira k (8:17 PM): ok thanks", "Priscilla", TypeName},
		{"pt-BR", "Cliente: gabriel p.     Loja: Drogasil Centro\n19:02 Jefferson: cheguei na portaria\n19:03 gabriel p.: pode subir", "gabriel p", TypeName},
		{"pt-BR", "CONSUMIDOR - CPF 111.444.777-35 - ANA LUCIA DOS SANTOS\nNFC-e nº 000221133", "ANA LUCIA DOS SANTOS", TypeName},
		{"pt-BR", "Título\n[02/02/2024 10:01] Cliente: oi aqui é a neide, mãe do enzo gabriel. tem dipirona gotas?", "enzo gabriel", TypeName},
		{"en", "[3:10] Parent: hi its tanya, kaden's mom. he has a fever.", "kaden", TypeName},
		{"pt-BR", "Dr. Ivo Ramos - CRM-SP 1.234; Enf. Clara Dias; ACS Ivonete", "Ivonete", TypeName},
		{"en", "Pharmacists: Ilse Brandvik, PharmD (IB) checked\n11:40 | Comirnaty | IB", "IB", TypeName},
		// identifiers, dates, ages
		{"en", " 2   Civil Action No. 3:22-cv-01912-JAM", "3:22-cv-01912-JAM", TypeID},
		{"en", "Claim  #  7-220114-01     Policy  GX 4401-118", "GX 4401-118", TypeHealthPlan},
		{"pt-BR", "Anexos: laudo anatomopatológico AP 3310-0912; TC de tórax.", "AP 3310-0912", TypeID},
		{"pt-BR", "Confirmar o RG da paciente (informado 4.221.907 SPTC/ES).", "4.221.907", TypeRG},
		{"pt-BR", "11/09 | Notif. A BA 0771234 - Joana Reis | 1 |", "BA 0771234", TypeID},
		{"pt-BR", "04/09 | NF 000.221.340 - distribuidora | 60 |", "000.221.340", TypeID},
		{"pt-BR", "CPF 111.444.777-35     ID usuário 40917", "40917", TypeID},
		{"pt-BR", "Termo de custódia nº FC 0815522", "FC 0815522", TypeID},
		{"en", "He died on May 4, 2022 at the age of 96.", "96", TypeAge},
		{"en", "the fall happened on March 3rd of 2022, in the evening", "March 3rd of 2022", TypeDate},
		// places
		{"en", "Home: 71-20 Austin St, Apt 2B, Forest Hills, NY 11375", "71-20 Austin St", TypeAddress},
		{"en", "CVS #01122   2210 S. DIXIE HWY   MIAMI, FL 33133", "2210 S. DIXIE HWY", TypeAddress},
		{"pt-BR", "Local do acidente: SE-100 Sul, km 14, Aracaju", "SE-100 Sul, km 14", TypeAddress},
		{"pt-BR", "pode entregar? rua Bento Correia 40 ap 12, meireles, cep 60160-110", "meireles", TypeLocation},
		{"pt-BR", "Endereço: rua joão de barros 77, jardim das rosas", "jardim das rosas", TypeLocation},
		{"pt-BR", "Fornecedor: Panvel - filial Petrópolis - 02/02/2025", "Petrópolis", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		// transcripts, addresses, common words after labels
		{"en", "Q. What did she say?\nA. The EMS report says 14:10.", "The EMS"},
		{"en", "Q. (By Ms. Grant) Doctor, when did you first see her?", "when"},
		{"en", "RE: Time-limited demand - our client Ann Roe", "Time"},
		{"en", "Form received by Board: 02/02/2024", "Board"},
		{"en", "Courier Ray Lopes delivered at 12:40, signed by wife.", "Courier"},
		{"pt-BR", "O colaborador mora em Canela e pode vir de manhã.", "mora"},
		{"pt-BR", "Falei com a professora de Davi, Sra. Rosa.", "de"},
		{"pt-BR", "Perito Médico Federal: Heitor Brito - Matrícula SIAPE 1234567", "SIAPE"},
		{"pt-BR", "Receita:\nUSO ORAL\n1) Amoxicilina 500 mg", "USO ORAL"},
		{"pt-BR", "SEGURO DPVAT - AVISO DE SINISTRO", "DPVAT"},
		{"pt-BR", "[02/02/2024 09:01] Dr. Renan Adv: bom dia! saiu a perícia", "Adv"},
		{"en", "cc: Mina Mbeki, APD; Paul Ren, ASA", "APD"},
		{"en", "COMPETENCY EVALUATION (Fla. R. Crim. P. 3.211)", "Crim"},
		{"en", "Lena Ruiz, L.Ac., Dipl. OM     license 001234", "Dipl"},
		// vehicles, devices, lots, codes
		{"pt-BR", "O suspeito saiu num Uno branco, placa QRT1A22.", "Uno"},
		{"pt-BR", "Entregador: Caio Lins - Strada placa QKX1B22", "Strada"},
		{"en", "Vehicle: 2020 RAM 2500, TX plate 4RK-2210", "RAM 2500"},
		{"en", "Home ventilator   Philips Trilogy Evo       SN TV2K0000001\nPulse oximeter    Masimo Rad-97             SN 1100001", "Trilogy"},
		{"en", "Home ventilator   Philips Trilogy Evo       SN TV2K0000001\nPulse oximeter    Masimo Rad-97             SN 1100001", "Rad-97"},
		{"en", "ITEM                    QTY   LOT / SERIAL\nSensors (G7)            10    lot L249911\nController              1     SN PDM5-0000001A", "L249911"},
		{"en", "TIME  | PATIENT        | VACCINE          | LOT      | BY\n09:10 | Petrakis, Ann    | Fluzone 24-25    | 771201   | DK\n09:30 | Reyes, Bo      | Comirnaty 24-25  | 661200   | DK", "661200"},
		{"pt-BR", "| Componente      | Lote          | Qtde |\n| Omeprazol       | 2310-OMP-02   | 2 g  |\n| Bicarbonato     | 2401-BIC-05   | qsp  |", "2310-OMP-02"},
		{"pt-BR", "Atividades e participação: d450.2, d510.1, d640.3.", "d450"},
		{"pt-BR", "1  7891234  DIPIRONA 500MG 10CP     1   UN  8,90     8,90\n2  7894567  SORO FISIOL 500ML       1   UN  6,50     6,50", "7891234"},
		{"en", "EPCS NewRx - NCPDP SCRIPT 2017071 - message detail", "2017071"},
		{"en", "Grip 5/5 bilaterally. Gait steady.", "5/5"},
		{"en", "Vent settings: AC/PC, IPAP 18, PEEP 6", "AC/PC"},
		{"en", "COMPOUNDING WORKSHEET (USP <797>, Category 2)", "USP"},
		{"en", "HOSPICE COMFORT KIT - DELIVERY RECORD", "HOSPICE"},
		{"en", "Pharmacists: Rita Moss, RPh; Ilse Brandvik, PharmD (IB)", "PharmD"},
		{"en", "LONG TERM DISABILITY - ATTENDING PHYSICIAN STATEMENT", "LONG TERM"},
		{"pt-BR", "Chegou às 23h10, trazido pelo Corpo de Bombeiros, com TCE leve.", "Corpo de Bombeiros"},
		{"pt-BR", "Passagem de plantão UTIN - Maternidade Santa Clara - 3º andar", "UTIN"},
		{"en", "Creatinine 2.1, est. CrCl ~28 mL/min. With CrCl < 30 the dose is halved.", "CrCl"},
		{"pt-BR", "Angio-TC sem oclusão de grande vaso.", "Angio"},
		{"pt-BR", "Paciente levada pela mãe da aniversariante.", "aniversariante"},
		{"en", "IV-2 Nora, proband's daughter, 4: asymptomatic.", "proband"},
		{"pt-BR", "CENTRAL SAMU 192 Sobral - chamado 55", "SAMU"},
	})
}
