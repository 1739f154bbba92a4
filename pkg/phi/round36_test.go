package phi

import "testing"

// Round 36 rules (heldout103–105, invented text): legal and administrative
// paperwork — police ranks and court titles, the offices of a county,
// court case numbers, parties of a suit, statutes, document titles,
// legal dates — and the dev genres again: chat writers in lower case,
// relatives named beside their relation, OCR'd forms with spaced digits,
// street addresses left in pieces, organisations named by common words
// in their own field, and, against over-reach, reference ranges, eponyms,
// acuities, vehicles, job titles and laws.
func TestRound36Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// police ranks and court titles before a name
		{"en", "Referred to Det. M. Quintero, Property Crimes, on 3/2/24.", "M. Quintero", TypeName},
		{"en", "Reviewed and approved: Lt. Abernathy   3/4/24", "Abernathy", TypeName},
		{"en", "Sheriff's investigator: Inv. K. Dlamini, case 24-118830.", "K. Dlamini", TypeName},
		{"en", "Scene secured by Tpr. Wendell Farraday of Post 4.", "Wendell Farraday", TypeName},
		{"en", "Signed by the Hon. Marisol Etxeberria, Circuit Judge.", "Marisol Etxeberria", TypeName},
		// the offices of a county or a town
		{"en", "Report taken by Lassen County Sheriff's Office   Incident: 24-0091", "Lassen County Sheriff's Office", TypeOrganization},
		{"en", "Body released by the Pike County Coroner's Office at 14:10.", "Pike County Coroner's Office", TypeOrganization},
		{"en", "Counsel: Dana Ruiz, Pima County Public Defender's Office", "Pima County Public Defender's Office", TypeOrganization},
		{"en", "Harnett County Medical Examiner declined jurisdiction.", "Harnett County Medical Examiner", TypeOrganization},
		// identifiers
		{"pt-BR", "Reclamação trabalhista RTOrd 0021734-55.2023.5.15.0011 em andamento.", "0021734-55.2023.5.15.0011", TypeID},
		{"en", "Witness: 2017 Honda Civic, OR plate 318 KXB, left the scene.", "318 KXB", TypeVehicle},
		{"en", "Operator: W/F  DOB 02-11-1988  OLN TN G55-210-447", "G55-210-447", TypeLicense},
		{"en", "Filed with Dayton Police, case no. DYPD 23-118402; officer on scene.", "DYPD 23-118402", TypeID},
		{"en", "Log in with claim PIN W4K-7719 to upload the forms.", "W4K-7719", TypeID},
		{"en", "The jacket was logged as evidence item QC-E-23-0410.", "QC-E-23-0410", TypeID},
		{"en", "Specimen: whole blood     Lab #: K23-5561", "K23-5561", TypeID},
		{"en", "Coverage: Priority, member PRI 0093 1120 47", "PRI 0093 1120 47", TypeHealthPlan},
		{"pt-BR", "Protocolo do atendimento AT 2024.03.07-1189 registrado na ouvidoria.", "AT 2024.03.07-1189", TypeID},
		{"pt-BR", "O reembolso volta no cartão de final 4471 em até 30 dias.", "4471", TypeAccount},
		// parties and roles as name labels
		{"pt-BR", "Processo trabalhista\nReclamante: JOSUÉ MARTINS DE ALMEIDA     Reclamada: Metalúrgica Avanço Ltda.", "JOSUÉ MARTINS DE ALMEIDA", TypeName},
		{"pt-BR", "Perito: Dr. Paulo Itaberá\nAuxiliar de necropsia: Genivaldo", "Genivaldo", TypeName},
		{"pt-BR", "FICHA DE CADASTRO\nNome completo: Josélia Barbosa Matos\nSexo: F", "Josélia Barbosa Matos", TypeName},
		{"en", "Contacts: Thorvald 608-555-0142; his sister is POA.", "Thorvald", TypeName},
		// chat writers and relatives
		{"pt-BR", "[02/05/2024 20:11] Zuleide (neta): Dr boa noite, a vó caiu no banheiro", "Zuleide", TypeName},
		{"pt-BR", "[11/06/2024 07:40] Cris filha D. Lurdes: bom dia, ela dormiu bem", "Lurdes", TypeName},
		{"pt-BR", "Dona Tereza: marcos antonio feitosa lima, 14/09/1961, cpf 529.982.247-25", "marcos antonio feitosa lima", TypeName},
		{"pt-BR", "Cliente: 529.982.247-25, lucia m. barreto", "lucia m. barreto", TypeName},
		{"en", "pt stable overnight. her husband august called at 6, wants an update", "august", TypeName},
		{"pt-BR", "Seu Jorge: posso levar a carmen minha esposa? ela também precisa", "carmen", TypeName},
		{"en", "Pickup: Hale, Rosalind (mother) at 4 pm; donor Kowalczyk, Peter ID 22-0193", "Kowalczyk, Peter", TypeName},
		{"pt-BR", "Acompanhante: esposo, Rodnei das Graças Pinto, (62) 99871-2044.", "Rodnei das Graças Pinto", TypeName},
		// a name before a council, its initial no street
		{"pt-BR", "Atenciosamente,\n\nCelso R. Wakabayashi - CRM-PR 33.871 - Reumatologia", "Celso R. Wakabayashi", TypeName},
		{"pt-BR", "Lorena T. Aguiar  -  Assist.  Social  -  CRESS  7ª  Região  nº  3 . 1 0 4\n0 2 / 0 3 / 2 0 2 4", "CRESS  7ª  Região  nº  3 . 1 0 4", TypeLicense},
		// OCR'd declarations and forms
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nDeclaro  para  os  devidos  fins  que  GERS0N  AUGUST0  DE  S0UZA  NET0 ,\nRG  2 3.1 1 4.5 0 2-1  SSP/PR ,  esteve  nesta  unidade", "GERS0N  AUGUST0  DE  S0UZA  NET0", TypeName},
		{"en", "INSURANCE CARD  (SCANNED)\nAETNA  BETTER  HEALTH  0F  NEW  JERSEY\nMember :  C0NST ANCE  M  RIGGS\nID :  WQR  8O1 55 2 9 0 4", "WQR  8O1 55 2 9 0 4", TypeID},
		{"en", "REFERRAL  F0RM\nPATIENT :  D0NNELLY ,  RUTH\nMRN :  KG  0 0 8 8 1 2 4        PH0NE :  5 5 5 - 0 1 1 0", "KG  0 0 8 8 1 2 4", TypeMRN},
		{"en", "REFERRAL  F0RM\nMr .  Pettibone  is  a  9 4 - year - old  man  with  heart  failure .\nQuestions :  ( 4 1 7 )  5 5 5 - 0 1 9 9", "9 4 - year - old", TypeAge},
		{"en", "T0  WH0M  IT  MAY  C0NCERN :\nOct  1 l ,  2 0 2 2\nRE :  patient  letter", "Oct  1 l ,  2 0 2 2", TypeDate},
		{"en", "CARDIAC  CLINIC\n4 1 0  Medical  Pkwy ,  Ste  2 O 4     Jeff erson ,  M0   6 5 1 O 1\nRE :  device", "Ste  2 O 4", TypeAddress},
		// legal dates
		{"en", "Sworn before me this 21st day of October, 2023, at Salem.", "21st day of October, 2023", TypeDate},
		{"pt-BR", "Aos 3 dias do mês de abril de 2024, às 10h, reuniram-se as partes.", "3 dias do mês de abril de 2024", TypeDate},
		{"en", "Billed: Lakeview Physical Therapy   03/04/24-05/29/24   $4,120.00", "03/04/24", TypeDate},
		// ages after a relative named in apposition
		{"en", "I write for my father, Anselm Gruber, who is sick; Anselm Gruber, is 93 now and frail.", "93", TypeAge},
		// addresses
		{"en", "Sterling Heart Institute\n2200 E 12 Mile Rd, Warren, MI 48092", "2200 E 12 Mile Rd", TypeAddress},
		{"en", "WALGREENS #04471    880 S UNION ST    CARSON CITY NV 89701    775-555-0101", "880 S UNION ST", TypeAddress},
		{"en", "RITE AID #118    3300 17TH AVE NW    SEATTLE WA 98107    206-555-0199", "3300 17TH AVE NW", TypeAddress},
		{"en", "Claims Unit · Two Meridian Plaza · Columbus, OH 43215", "Two Meridian Plaza", TypeAddress},
		{"en", "Seen loitering near Lomas Blvd and Eubank Ave, per the caller.", "Lomas Blvd and Eubank Ave", TypeAddress},
		// organisations
		{"en", "Denver, CO 80203\n\nMay 2, 2024\n\nRidgeline Dermatology\nAttn: Medical Records", "Ridgeline Dermatology", TypeOrganization},
		{"en", "Thanks,\nLena\n--\nLena Brandt, MD | Colorectal Surgery | Thornbury Health", "Thornbury Health", TypeOrganization},
		{"en", "Appeals: Cascade Summit Health Plans\nPO Box 991", "Cascade Summit Health Plans", TypeOrganization},
		{"en", "Benefits administered by Pioneer State Mutual Life\nGroup claims", "Pioneer State Mutual Life", TypeOrganization},
		{"en", "Employer: Tri-Valley Waste Haulers   Job: driver", "Tri-Valley Waste Haulers", TypeOrganization},
		{"en", "Disposition: burial, Oak Knoll Cemetery", "Oak Knoll Cemetery", TypeOrganization},
		{"en", "Social: lineman for Upper Cumberland Electric, two kids.", "Upper Cumberland Electric", TypeOrganization},
		{"en", "Union: Riverport Pipefitters Union Local 204     Hired: 2011", "Riverport Pipefitters Union Local 204", TypeOrganization},
		{"en", "Insurance plan name: Keystone Summit BlueShield", "Keystone Summit BlueShield", TypeOrganization},
		{"en", "Then aides from Sonoma Home Helpers twice a week.", "Sonoma Home Helpers", TypeOrganization},
		{"pt-BR", "Registro: Cartório de Registro Civil das Pessoas Naturais do 3º Subdistrito de Recife", "Cartório de Registro Civil das Pessoas Naturais do 3º Subdistrito de Recife", TypeOrganization},
		{"pt-BR", "LAUDO Nº 0112/2024 - Núcleo de Medicina Legal de Chapecó", "Núcleo de Medicina Legal de Chapecó", TypeOrganization},
		{"pt-BR", "Tribunal Regional do Trabalho da 15ª Região\n2ª Vara do Trabalho de Sorocaba", "Tribunal Regional do Trabalho da 15ª Região", TypeOrganization},
		{"en", "SCANNED CARD\nBLUE  CR0SS  BLUE  SHIELD  0F  TEXAS\nMember :  J0SE  L  VARGAS", "BLUE  CR0SS  BLUE  SHIELD  0F  TEXAS", TypeOrganization},
		{"en", "cc: Lindgren, Oduya & Marsh, P.C., attn. counsel for the insurer", "Oduya & Marsh, P.C.", TypeOrganization},
		// an identifier asked for in a chat and given in the next message
		{"en", "Raj (PGY1) 02:10: pressure ok. MRN?\nTess (chief) 02:12: 8831-2207. wife at bedside.", "8831-2207", TypeMRN},
		// text messages: a name filled in capitals, a signature in lower case,
		// a relative in lower case met again
		{"en", "Lakeview Pediatrics: Reminder for MATILDA - flu shot Fri 10:20am.", "MATILDA", TypeName},
		{"en", "> ok thanks. my new number is 206 555 0148 - rosalind", "rosalind", TypeName},
		{"pt-BR", "Encaminhado à Secretaria Municipal de Saúde de Itabaiana para transporte.", "Secretaria Municipal de Saúde de Itabaiana", TypeOrganization},
		// places
		{"en", "Lives in Normal with her husband; walks daily.", "Normal", TypeLocation},
		{"pt-BR", "Sem leito de UTI em Cascavel; solicitada vaga em Curitiba.", "Cascavel", TypeLocation},
		{"pt-BR", "Desapareceu na praia de Itapoá durante a pesca.", "Itapoá", TypeLocation},
	})
	// the relative's second mention, as the object of a call
	txt := "night RN: her husband august left at 9.\nDr K: ok, I'll call august in the morning."
	got := 0
	for _, sp := range d.Detect(txt, "en") {
		if sp.Type == TypeName && txt[sp.Start:sp.End] == "august" {
			got++
		}
	}
	if got != 2 {
		t.Errorf("%q: want both mentions of august as names, got %d", txt, got)
	}
	checkClean(t, d, []cleanCase{
		// dotted titles want their dot and a name
		{"en", "Lt knee swollen, Lt Hand numb since the fall.", "knee"},
		{"en", "Lt knee swollen, Lt Hand numb since the fall.", "Hand"},
		{"en", "Prosecutor: Deputy County Attorney Jae Park", "County Attorney"},
		// a sender's role before a message in lower case; a post after a comma
		{"en", "02:10 sam RN: done. pressure is better", "done"},
		{"en", "Reviewed by Ada Lenz, RN, Director of Nursing, today.", "Director of Nursing"},
		{"en", "Discussed with the Chief Medical Officer this morning.", "Chief Medical"},
		// vehicles and their labels
		{"en", "Vehicle: 2015 Ford Ranger, NM plate AKD-331, VIN 1FTER4FH5FLA20018", "Ranger"},
		{"en", "Vehicle: 2015 Ford Ranger, NM plate AKD-331, VIN 1FTER4FH5FLA20018", "VIN"},
		{"en", "Parked in driveway: blue 2009 Chevy Silverado, KY plate 112 TRQ.", "Silverado"},
		{"pt-BR", "Condutor do automóvel Fiat Strada prata, placa RTY-2C33.", "Strada"},
		{"en", "She had a plate removed from the radius in 2019.", "plate"},
		// a specialist after a doctor's name
		{"pt-BR", "[03/03/2024 21:00] Dr. Renan Pediatra: Boa noite, pode dar o antitérmico.", "Pediatra"},
		// statutes, codes and ranges
		{"pt-BR", "Nos termos da Lei 8.213/91 e do Decreto 3.298/99, há nexo.", "8.213/91"},
		{"pt-BR", "Nos termos da Lei 8.213/91 e do Decreto 3.298/99, há nexo.", "3.298/99"},
		{"pt-BR", "Conforme Resolução CFM nº 2.217/2018, o sigilo é mantido.", "2.217/2018"},
		{"en", "Disclosure per 45 CFR 164.512 was logged.", "164.512"},
		{"en", "Charge: burglary (ORS 164.225); released.", "164.225"},
		{"en", "Count 1: assault (A.R.S. 13-1203) as charged.", "A.R.S. 13-1203"},
		{"en", "Dispensed per label, NDC 00093-7146-56, qty 30.", "00093-7146-56"},
		{"pt-BR", "Ocupação: soldador (CBO 7243-15), afastado.", "7243-15"},
		{"en", "WBC ........ 12.4 x10^3/uL   (4.0-11.0)   H", "(4.0-11.0)"},
		{"en", "PLATELETS .... 120 x10^3/uL  (150-450)  L", "(150-450)"},
		{"en", "Home readings 132-150/78-90 this week.", "132-150/78-90"},
		{"en", "On arrival ABG 7.31/52/64 on 4 L.", "7.31/52/64"},
		{"en", "Diagnosis on claim: S62.102A closed fracture of the wrist", "S62.102A"},
		{"en", "HOSPITAL COURSE: 81-year-old man with COPD.", "81-year-old"},
		// acuity and heart block are no avenues
		{"en", "ECG showed complete AV block over two minutes.", "AV block over"},
		{"pt-BR", "Ao exame: AV OE conta dedos a 2 m.", "conta dedos a 2"},
		// eponyms
		{"en", "A Wood's lamp exam was unremarkable.", "Wood"},
		{"en", "Ottawa ankle rules were negative.", "Ottawa"},
		{"en", "He had a Colles' fracture in 2010.", "Colles"},
		{"en", "History of Merkel cell carcinoma of the cheek.", "Merkel"},
		{"en", "Bair Hugger applied in PACU.", "Bair Hugger"},
		{"pt-BR", "Rankin modificado 3 na alta.", "Rankin"},
		{"pt-BR", "RN Rh positivo, Coombs indireto negativo.", "Coombs"},
		// list items open sentences; Portuguese verbs are no names
		{"pt-BR", "Quesitos: 1º) Houve morte? Sim. 3º) Qual o meio? Asfixia.", "Qual"},
		{"pt-BR", "Alta com orientações. Aguardar resultado da cultura. Procurar a UBS se febre.", "Aguardar"},
		{"pt-BR", "Alta com orientações. Aguardar resultado da cultura. Procurar a UBS se febre.", "Procurar"},
		{"pt-BR", "Mãe informa queda da cama. Foi levada à UPA.", "Foi"},
		// document titles, laws, posts and federal programmes
		{"en", "REQUEST FOR MEDICAL RECORDS OF HEALTH CARE PROVIDER\nPatient: see below", "HEALTH CARE PROVIDER"},
		{"en", "COURT-ORDERED EVALUATION OF FITNESS TO PROCEED\nPatient: see below", "COURT-ORDERED"},
		{"en", "TOXICOLOGY LABORATORY REPORT\nSpecimen: urine", "TOXICOLOGY LABORATORY"},
		{"en", "XR KNEE LEFT 2 VIEWS\nIndication: pain", "XR KNEE"},
		{"en", "Leave was approved under the Family and Medical Leave Act in May.", "Family and Medical"},
		{"en", "Under the No Surprises Act you may owe less.", "Surprises Act"},
		{"en", "Call the Medicare Beneficiary Ombudsman Center for help.", "Medicare Beneficiary"},
		// a letterhead beside its form's title stays a name
		{"en", "Sent by fax, see cover.\nRIVERSIDE FAMILY PRACTICE          REFERRAL FORM", "REFERRAL FORM"},
		// words of a government form
		{"pt-BR", "RG: 4.118.220 SDS/PE     Órg. emissor: SDS", "SDS/PE"},
		{"en", "Pharmacy sent a WhatsApp message about the refill.", "WhatsApp"},
		// a form's code, a field after a wide gap, a secretariat by its kind
		{"en", "WORK STATUS REPORT - Form DWC-73 (rev. 2021)", "Form DWC"},
		{"en", "Occupation: crane operator   Start date: 03/01/2019", "Start"},
		{"pt-BR", "PREFEITURA MUNICIPAL DE ITABAIANA - Secretaria Municipal de Saúde\nReceita", "Secretaria Municipal de Saúde"},
		// a month in lower case stays one; a question's answer needs a label
		{"en", "night RN: her husband august left at 9.\nDr K: in august we start the new trial.", "in august"},
		{"en", "Raj 02:10: pressure ok, lactate?\nTess 02:12: 2.4 now, repeat at 4.", "2.4"},
		{"en", "Refill reminder for ALLERGY - call us back.", "ALLERGY"},
	})
}
