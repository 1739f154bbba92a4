package phi

import "testing"

// Round 48 rules (heldout139: names and documents from many cultures;
// heldout138: death and after-death paperwork; heldout137: dev-imitating
// notes; invented text): names in their own script (Cyrillic, Chinese,
// Japanese, Korean), a patient's "Utente:", Vietnamese family names that
// are particles elsewhere, "Mr. Bin …", Spanish particles after a
// conjunction, a name in quotes, a second given name in capitals, a
// passport's machine-readable surname, a nickname in quotes inside a
// name, a speaker's initial and surname, a colleague after a handoff's
// arrow, a name's field with words before its colon, a tattoo's name;
// ages from 90 before the sex and after a bracketed label; foreign
// identity documents and professional registers, a registry's book, leaf
// and entry, a donor's referral; consulates, a business after its kind
// in Portuguese, a civil registry, builders, funeral homes and
// crematoria, a memorial's gardens, a county's office of the medical
// examiner, a burial place in capitals, a practice after a signature's
// credential; foreign places after a journey or before a duration,
// hyphenated places, a city's numbered parts after an address and a
// lane's house number. Against over-reach: languages and demonyms,
// honorifics, organisms' genera, feasts, "FNU", a clinic's service named
// by its kind, a department as an addressee, a state's code, a range of
// years, a pharmacy's BIN, a count of packs, a drug's brand in brackets;
// and the names, dates and organisations these rules must leave alone.
func TestRound48Rules(t *testing.T) {
	d := detector(t)
	obit := "Obituary\n\nHelen Rose \"Dolly\" Marchetti\nMarch 2, 1931 - June 9, 2024\n\nDolly worked for 40 years as a seamstress."
	checkTyped(t, d, []typedCase{
		// names in their own script
		{"en", "Pt: Irina Sergeyevna Volkova (Ирина Сергеевна Волкова), 81F, MRN 55-201-774.", "Ирина Сергеевна Волкова", TypeName},
		{"en", "Caller: son. Mother's name on the card: 王秀英; DOB 02/03/1951.", "王秀英", TypeName},
		{"en", "Registered as Young-Hee Kim (Korean name 김영희), DOB 1941-05-05.", "김영희", TypeName},
		{"pt-BR", "No registro japonês consta 佐藤花子; no RNE, \"Hanako Sato\".", "佐藤花子", TypeName},
		// names
		{"pt-BR", "Utente: Ana Rita Ferreira dos Reis     N.º de utente: 123 456 789", "Ana Rita Ferreira dos Reis", TypeName},
		{"en", "Daughter and proxy: Do Thi Hanh, (714) 555-0199.", "Do Thi Hanh", TypeName},
		{"en", "Her late husband was Mr. Le Van Binh.", "Le Van Binh", TypeName},
		{"en", "He asked to be called Mr. Bin Salem at the clinic.", "Bin Salem", TypeName},
		{"en", "Her surnames are Ramírez (paternal) and de la Torre (maternal).", "de la Torre", TypeName},
		{"pt-BR", "Paciente: Ana Paula Rocha dos Santos Lima. No convênio o nome saiu abreviado: \"Ana Paula R dos S Lima\"; corrigir.", "Ana Paula R dos S Lima", TypeName},
		{"en", "PATIENT: WONG, SIU MING (Cantonese spelling)\nDOB: 01/02/1950", "WONG, SIU MING", TypeName},
		{"en", "MRZ:\nP<PAKKHAN<<AYESHA<BIBI<<<<<<<<<<<<<<<<<<<<<", "PAKKHAN", TypeName},
		{"en", obit, "Helen Rose \"Dolly\" Marchetti", TypeName},
		{"en", obit, "Dolly", TypeName},
		{"en", "Security R. Banerjee: dock door open\nDriver: thanks", "R. Banerjee", TypeName},
		{"en", "Handoff: Marisol, RN -> Tavion, patient transport.", "Tavion", TypeName},
		{"en", "Stillbirth at 36 weeks.\nName given by parents: Elio.\nWeight 2.1 kg.", "Elio", TypeName},
		{"en", "External exam: tattoo reading \"MARISOL\" on the right shoulder.", "MARISOL", TypeName},
		// ages
		{"en", "Patient: Yia Lor Vang, 94 F     MRN 2231907", "94", TypeAge},
		{"en", "Decedent: Howard Blum     91 W M     DOB 01/02/1932", "91", TypeAge},
		{"en", "3. Date of birth: 02/03/1929     Age (last birthday): 94", "94", TypeAge},
		// identity documents and registers
		{"pt-BR", "Documento: cédula de identidad boliviana 5.332.118     Pedido: 44", "5.332.118", TypeID},
		{"pt-BR", "Documentos: cédula venezolana V-18.223.904; CPF a confirmar.", "V-18.223.904", TypeID},
		{"en", "Her passport (no. K 4471902) was renewed in May.", "K 4471902", TypeID},
		{"pt-BR", "Cartão de Cidadão: 11223344 5 ZX2     Idade: 80 anos", "11223344 5 ZX2", TypeID},
		{"pt-BR", "Médico: Dr. Rui Paiva (cédula profissional OM n.º 55102)", "55102", TypeLicense},
		{"en", "Treating physician: Dr. Julián Ortega, medical registration RM 71.336.204.", "RM 71.336.204", TypeLicense},
		{"pt-BR", "Data do registro: 02/02/2024 - Livro C-92, folha 118, termo 40217.", "C-92", TypeID},
		{"pt-BR", "Data do registro: 02/02/2024 - Livro C-92, folha 118, termo 40217.", "40217", TypeID},
		{"en", "Gift of Hope referral OPO-1133-207; family declined.", "OPO-1133-207", TypeID},
		// organisations
		{"en", "Consulate General of Peru in Chicago\nDepartment of Protection", "Consulate General of Peru", TypeOrganization},
		{"en", "March 3, 2024\n\nBrazilian Consulate General, Boston - Consular Assistance", "Brazilian Consulate General", TypeOrganization},
		{"pt-BR", "CONSULADO-GERAL DA REPÚBLICA DO PARAGUAI EM CAMPO GRANDE\nOfício nº 12/2024", "CONSULADO-GERAL DA REPÚBLICA DO PARAGUAI", TypeOrganization},
		{"pt-BR", "Trabalha como garçom no restaurante Tempero da Vila, no centro.", "Tempero da Vila", TypeOrganization},
		{"pt-BR", "REGISTRO CIVIL DAS PESSOAS NATURAIS - 2º SUBDISTRITO DE SANTOS\nCERTIDÃO DE ÓBITO", "REGISTRO CIVIL DAS PESSOAS NATURAIS - 2º SUBDISTRITO DE SANTOS", TypeOrganization},
		{"en", "He fell from a ladder at a site of Blue Mesa Builders last week.", "Blue Mesa Builders", TypeOrganization},
		{"pt-BR", "Funerária contratada: Funerária Recanto da Paz.", "Funerária Recanto da Paz", TypeOrganization},
		{"en", "12. Disposition: burial     Place: Oak Hollow Memorial Gardens, Ames, IA", "Oak Hollow Memorial Gardens", TypeOrganization},
		{"en", "NOTIFICATION LOG\nPima County Office of the Medical Examiner - intake line 520-555-0100", "Pima County Office of the Medical Examiner", TypeOrganization},
		{"en", "DISPOSITION :  BURIAL ,  SAINT ADALBERT CEMETERY ,  NILES", "SAINT ADALBERT CEMETERY", TypeOrganization},
		{"en", "From: Omar Tadros, DDS - Sunny Side Smiles of Ames\nTo: Oral Surgery", "Sunny Side Smiles of Ames", TypeOrganization},
		// places and addresses
		{"en", "S: 40F who arrived from Mombasa 3 months ago; works nights.", "Mombasa", TypeLocation},
		{"pt-BR", "Paciente retornou de visita a Maputo em 02/02/2024 com febre.", "Maputo", TypeLocation},
		{"pt-BR", "Parto anterior em Port-au-Prince, sem intercorrências.", "Port-au-Prince", TypeLocation},
		{"en", "Address: 152/9 Nguyen Trai Street, Ward 5, District 1, Ho Chi Minh City", "152/9 Nguyen Trai Street, Ward 5, District 1", TypeAddress},
		{"en", "Address : 21 , Sector 14 , Rohini , DELHI", "21 , Sector 14", TypeAddress},
		// (and what the new regions must leave alone)
		{"en", "Our courier (Marcus) will pick up the kit at 2 pm.", "Marcus", TypeName},
		{"en", "Delivery of a liveborn female (Isabela) on 3/3 at 04:10.", "Isabela", TypeName},
		{"en", "CBT weekly; next session 4/23 at 3 pm.", "4/23", TypeDate},
		{"pt-BR", "Endereço: Rua Pará de Minas, 55, Padre Eustáquio, Belo Horizonte", "Padre Eustáquio", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		// languages, demonyms, faiths and feasts
		{"en", "Interpreter: Telugu, by phone (staff interpreter).", "Telugu"},
		{"en", "Identified from a Guatemalan DPI card (2211 33445 0101) at triage.", "Guatemalan DPI"},
		{"en", "They prefer a Dari interpreter, not Pashto.", "Dari"},
		{"en", "Prayers per their Catholic tradition; he plans to fast during Ramadan.", "Catholic"},
		{"en", "Prayers per their Catholic tradition; he plans to fast during Ramadan.", "Ramadan"},
		{"en", "Registered as FNU Raman; single name on the passport.", "FNU"},
		// organisms
		{"en", "Pending: CBC with differential; Strongyloides serology; HIV screen.", "Strongyloides"},
		{"pt-BR", "Diagnóstico: malária por Plasmodium vivax, forma leve.", "Plasmodium"},
		// honorifics
		{"en", "Patient: Chief Emeka Obi, 77, here with his son.", "Chief"},
		{"pt-BR", "Cc: Padre Tomás Lenz <tomas@acolhida.org.br>", "Padre"},
		{"en", "The family prefers \"Bà Lan\" to \"Mrs. Do\".", "Bà"},
		{"en", "Dear Consul Ferreira-Matos:\nThank you for your letter.", "Consul"},
		// services and departments
		{"en", "INTERNAL MEDICINE CLINIC - FOLLOW-UP - 03/04/2024", "INTERNAL MEDICINE CLINIC"},
		{"en", "To: Hepatology Clinic, Lakeshore Liver Center", "Hepatology Clinic"},
		{"en", "Requesting unit: 5 East Oncology, Mercy Ridge Hospital", "East Oncology"},
		{"en", "To: Medical Records <records@lakeshore.org>\nFrom: Ana Ruiz", "Medical Records"},
		{"en", "POST-MORTEM CARE / MORGUE HANDOFF - 4 South", "POST-MORTEM CARE"},
		// states, years, codes and counts
		{"pt-BR", "Naturalidade: Itajaí-SC     RG 4.112.908 SSP/SC", "SC"},
		{"en", "Transport: white Ford Focus, AZ plate 7KD-441.", "AZ"},
		{"en", "Veteran: Army 1966-1968, Vietnam.", "1966-1968"},
		{"en", "Ins: Bright Plan  ID BP77120044  Rx BIN 610014  PCN ADV", "610014"},
		{"en", "Tobacco: still smokes 1/2 ppd, down from 1 ppd.", "1/2"},
		{"en", "Decedent: Howard Blum     91 W M     DOB 01/02/1932", "W M"},
		{"en", "Meds: ulipristal (Ella) 30 mg once; continue Ella 30 mg if vomited.", "Ella"},
		{"pt-BR", "Senhor Diretor,\n\nEste Consulado-Geral informa que a paciente segue internada.", "Consulado"},
		// what the new readings must not take
		{"en", "Instructions given in Russian: Принимать по одной таблетке утром.", "Принимать"},
		{"en", "Label printed in Chinese: 说明：每日一次，饭后服用。", "说明"},
		{"en", "Problems:\nA. Fib: rate controlled on metoprolol.", "Fib"},
		{"en", "Name of medication: Lisinopril 10 mg daily.", "Lisinopril"},
		{"en", "Significant difference (P<0.001) between the arms.", "0.001"},
		{"en", "DISPOSITION :  BURIAL IN CEMETERY PLOT", "BURIAL IN"},
		{"en", "Shelter arrived from intake 4 months ago.", "intake"},
	})
}
