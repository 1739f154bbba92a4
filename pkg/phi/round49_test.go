package phi

import (
	"strings"
	"testing"
)

// Round 49 rules (heldout141: clinical research and legal paperwork;
// heldout140: dev-imitating notes; invented text): courts of a county,
// a city or a numbered district and the state closing their line, a
// vara by its ordinal, a comarca's town, a case's number and its
// county's letters, the parties of a caption, a firm's partners, a
// research site's, a sponsor's and a CRO's names, research heads, a
// league, a record retrieval service, a unit's number and place, a
// plan's state, a professional association's "P.A.", an organisation
// before its address after "to"; subjects' codes a list names and where
// they come back, a screening column, the last digits after "ending
// in", a masked social security number, a bar's number; names after
// "Coord.", a second initial, a petition's qualification, the word
// before a name met in a longer one, a banner's "Surname, Given", a name
// before its role in brackets, chat speakers with a title or a role, a
// name given as asked, a newborn's mother, a relative after "é o", a
// town after "mora em"; ages after "Participant is", a legal paper's day
// in words. Against over-reach: a state's or a common word's court,
// study titles and acronyms, a body's site, "Rand #", "State Bar",
// "Cause No.", legal abbreviations, a clerk, a seniority, "Per", "SIM",
// a section's number, a form's "(A)", a court's class and a council's
// resolution, a hospital's ambulatory service, Portuguese function
// words, a list of ordinals, pain scores and a train of four, eponyms of
// deformities, manoeuvres, equations and devices, a drug's brand in a
// list of drugs, obstetric and visual notations; and the names, dates
// and organisations these rules must leave alone.
func TestRound49Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// courts
		{"en", "IN THE PROBATE COURT OF LUCAS COUNTY, OHIO\nIn re the guardianship of Edna Pruitt", "PROBATE COURT OF LUCAS COUNTY, OHIO", TypeOrganization},
		{"en", "SUPERIOR COURT OF ARIZONA, COUNTY OF MARICOPA\nJANE R. DOLAN, Petitioner", "SUPERIOR COURT OF ARIZONA, COUNTY OF MARICOPA", TypeOrganization},
		{"en", "DISTRICT COURT, CITY AND COUNTY OF BROOMFIELD, COLORADO\nCase Number: 2024CV30111", "DISTRICT COURT, CITY AND COUNTY OF BROOMFIELD, COLORADO", TypeOrganization},
		{"en", "Order signed by Judge Ruth Okoye, 214th District Court, on 03/02/2024.", "214th District Court", TypeOrganization},
		{"pt-BR", "COMARCA DE JUNDIAÍ\n2ª VARA CÍVEL\nRua Rangel Pestana, 500", "2ª VARA CÍVEL", TypeOrganization},
		{"pt-BR", "COMARCA DE JUNDIAÍ\n2ª VARA CÍVEL\nRua Rangel Pestana, 500", "JUNDIAÍ", TypeLocation},
		{"en", "Re: Marsh v. Marsh, Pierce County Superior Court No. 24-3-01188-7 TAC\nEvaluator: Dr. Lowe", "24-3-01188-7 TAC", TypeID},
		{"en", "Re: Marsh v. Marsh, Pierce County Superior Court No. 24-3-01188-7 TAC\nEvaluator: Dr. Lowe", "Marsh", TypeName},
		{"en", "Case No. 2023 PRB 004412\nIn the matter of the estate", "2023 PRB 004412", TypeID},
		{"en", "ROBERT J. HALE, Plaintiff, v. CAPE HARBOR TRANSIT AUTHORITY, et al., Defendants.", "CAPE HARBOR TRANSIT AUTHORITY", TypeOrganization},
		{"en", "ROBERT J. HALE, Plaintiff, v. CAPE HARBOR TRANSIT AUTHORITY, et al., Defendants.", "ROBERT J. HALE", TypeName},
		{"en", "HOLLOWAY, PRICE & DUNN, P.C.\n400 Market St, Harrisburg, PA 17101", "HOLLOWAY, PRICE & DUNN, P.C.", TypeOrganization},
		{"en", "Alicia Ruiz (State Bar No. 301177), attorney for Respondent", "301177", TypeLicense},
		// research organisations
		{"en", "Site: Pinecrest Oncology Research, Spokane, WA     Sponsor: Quellin Biotherapeutics", "Pinecrest Oncology Research", TypeOrganization},
		{"en", "Site: Pinecrest Oncology Research, Spokane, WA     Sponsor: Quellin Biotherapeutics", "Quellin Biotherapeutics", TypeOrganization},
		{"en", "Site 14 - Blue Ridge MS Center\nSubject 14-006 | Form: AE", "Blue Ridge MS Center", TypeOrganization},
		{"en", "Protocol deviation.\nSite: Harborview Clinical Trials, Mobile, AL", "Harborview Clinical Trials", TypeOrganization},
		{"pt-BR", "CRO: Lumora Pesquisa Clínica     Centro: 07", "Lumora Pesquisa Clínica", TypeOrganization},
		{"pt-BR", "Atenciosamente,\nPatrícia\nCRA - Vertente CRO - (21) 3344-1020", "Vertente CRO", TypeOrganization},
		// other organisations
		{"en", "He pitches for the Maple Heights Little League team.", "Maple Heights Little League", TypeOrganization},
		{"en", "To (name of deposition officer): Dana Whitt, Keystone Record Retrieval", "Keystone Record Retrieval", TypeOrganization},
		{"en", "EMG at Summit Neurodiagnostics on 5/2.", "Summit Neurodiagnostics", TypeOrganization},
		{"en", "Insurance: Blue Cross NC, ID YQP8800112", "Blue Cross NC", TypeOrganization},
		{"en", "LAKESIDE DERMATOPATHOLOGY, P.A.\n12 Elm St, Durham, NC 27701", "LAKESIDE DERMATOPATHOLOGY, P.A.", TypeOrganization},
		{"en", "Sent 02/02/2024 to Riverbend Apothecary, 20 W Main St, Media, PA 19063", "Riverbend Apothecary", TypeOrganization},
		{"pt-BR", "Trabalha como motorista da empresa Transleste Cargas há 3 anos.", "Transleste Cargas", TypeOrganization},
		{"pt-BR", "Criança de 8 anos, aluno da Escola Classe 21 de Taguatinga.", "Escola Classe 21 de Taguatinga", TypeOrganization},
		{"pt-BR", "Segue no Ambulatório de Reumatologia do Hospital São Lucas de Caxias.", "Hospital São Lucas de Caxias", TypeOrganization},
		{"pt-BR", "AMBULATÓRIO DE ESPECIALIDADES DE SOROCABA\nEncaminhamento", "AMBULATÓRIO DE ESPECIALIDADES DE SOROCABA", TypeOrganization},
		// identifiers
		{"pt-BR", "Assunto: pendências - participantes 11-031 e 11-037\n\nOlá, Renata.", "11-031", TypeID},
		{"pt-BR", "Assunto: pendências - participantes 11-031 e 11-037\n\nOlá, Renata.", "11-037", TypeID},
		{"pt-BR", "Nº triagem   Iniciais   Data do TCLE   Idade\n08-T021      A.B.C.     02/05/2024     64\n", "08-T021", TypeID},
		{"en", "Your payment loads to your ClinCard ending in 8841 tomorrow.", "8841", TypeAccount},
		{"en", "Please bring the new card - front desk shows member ID ending 2290.", "2290", TypeHealthPlan},
		{"en", "Verified the social security number on file (***-**-5512) by phone.", "5512", TypeSSN},
		{"en", "CT chest (study EC24-55103) showed a 6 mm nodule.", "EC24-55103", TypeID},
		// names
		{"pt-BR", "[02/03/24 09:10] Coord. Fabiana (Estudo LUMEN): Bom dia!", "Fabiana", TypeName},
		{"pt-BR", "Nome: Caio Henrique Bastos Lima\nAssinatura: Caio H. B. Lima     Data: 02/03/2024", "Caio H. B. Lima", TypeName},
		{"pt-BR", "MARIA CLARA DUARTE FONTES, brasileira, solteira, estudante, vem requerer", "MARIA CLARA DUARTE FONTES", TypeName},
		{"en", "Rheumatology Clinic\nOkafor, Grace E.  |  MRN R-0044812  |  DOB 02/03/1961", "Okafor, Grace E.", TypeName},
		{"en", "Daughter en route.\nBeth (triage tech) / L. Moss, RN", "Beth", TypeName},
		{"en", "[night thread]\nkeisha (charge): bed 4 ready?\ndr ly: yes\nkeisha: ok\ndr ly: thx", "ly", TypeName},
		{"en", "[night thread]\nkeisha (charge): bed 4 ready?\ndr ly: yes\nkeisha: ok\ndr ly: thx", "keisha", TypeName},
		{"en", "kim: name/mrn?\nraj: ellen rose whitcomb 00912233. hip fx\nkim: ok", "ellen rose whitcomb", TypeName},
		{"en", "kim: name/mrn?\nraj: ellen rose whitcomb 00912233. hip fx\nkim: ok", "00912233", TypeMRN},
		{"pt-BR", "[02/02/24 10:00] Enf. Carla: o RN da Josiane (leito 3) mamou bem.", "Josiane", TypeName},
		{"pt-BR", "[02/02/24 10:02] Dra Bia: o pai é o wellington, mora longe?", "wellington", TypeName},
		{"pt-BR", "Atendente: Rita\nLigação de Osmar Freitas, filho da paciente.", "Osmar Freitas", TypeName},
		{"en", "Present: daughters Rosa Elena Quintero and Lidia Quintero-Baez.\nWitness signature: Rosa Elena Quintero", "Rosa Elena Quintero", TypeName},
		// places, ages, dates
		{"pt-BR", "[03/03/24 21:00] Enf. Lu: ele mora em são gonçalo, vem amanhã.", "são gonçalo", TypeLocation},
		{"en", "Safety call completed. Participant is 92 and lives with her son.", "92", TypeAge},
		{"pt-BR", "Aos quinze dias do mês de março de 2024, compareceu a curadora nomeada.", "quinze dias do mês de março de 2024", TypeDate},
		{"pt-BR", "Aos vinte e um dias do mês de maio de 2023, compareceu o curador.", "vinte e um dias do mês de maio de 2023", TypeDate},
		// what the rules leave alone
		{"en", "Seen by Dr. Ana Reyes-Munoz today about her knee.", "Ana Reyes-Munoz", TypeName},
		{"en", "Her daughter, Allegra, came along to the visit.", "Allegra", TypeName},
		{"en", "PI: Dr. Lena Ortiz\nStudy title: Home Exercise After Knee Replacement in Older Adults", "Lena Ortiz", TypeName},
		{"en", "Labs drawn on the 21st, results pending.", "21st", TypeDate},
	})
	checkClean(t, d, []cleanCase{
		// a state's court, or one named by a common word alone, is no
		// local organisation of its own
		{"en", "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCase No. 2025-DV-00412", "CIRCUIT COURT OF"},
		{"en", "IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT IN AND FOR ORANGE COUNTY, FLORIDA", "IN THE"},
		{"en", "Re: Tanaka v. Tanaka, custody matter", "v."},
		{"en", "/s/ Hon. Lorna P. Vickers\nCIRCUIT JUDGE", "CIRCUIT JUDGE"},
		// a study's titles and acronyms, a body's site
		{"en", "Protocol KTR-118-202: A Phase 2, Randomized, Double-Blind Study of Orvatinib in NSCLC", "Double-Blind"},
		{"en", "Protocol KTR-118-202: A Phase 2, Randomized, Double-Blind Study of Orvatinib in NSCLC", "Orvatinib"},
		{"en", "PI: Dr. Lena Ortiz\nStudy title: Home Exercise After Knee Replacement in Older Adults", "Home Exercise After Knee Replacement"},
		{"en", "Study: NOVA-HF     Site 03", "NOVA-HF"},
		{"en", "Week 8 call for subject KX-2-0099, BRIGHT-Mind cognition trial.", "BRIGHT-Mind"},
		{"en", "Injection site: Right Deltoid. Site: Clinical Research Unit", "Right Deltoid"},
		{"en", "Injection site: Right Deltoid. Site: Clinical Research Unit", "Clinical Research Unit"},
		{"en", "She plays in a little league on Saturdays.", "little league"},
		// labels and legal words
		{"en", "117-S001     R.T.M.     Randomized 01/22/2024, Rand # R77120", "Rand"},
		{"en", "Alicia Ruiz (State Bar No. 301177), attorney for Respondent", "State Bar"},
		{"en", "The order refers to Cause No. DF-23-01177 in Travis County.", "Cause"},
		{"en", "Notice served pursuant to Code Civ. Proc. section 1987.", "Civ"},
		{"en", "Very truly yours,\nJune Park, Esq.\nPA Attorney I.D. 208811", "I.D."},
		{"en", "The agency shall deliver the records to the Clerk under seal.", "Clerk"},
		{"en", "Best,\nJonah Pruitt\nSenior CRA, Lakeview Clinical Research", "Senior"},
		{"en", "Minor deviation. Per Advarra reporting policy, not reportable.", "Per"},
		{"pt-BR", "Lembrete da consulta amanhã. Responda SIM para confirmar.", "SIM"},
		{"pt-BR", "I - DOS FATOS\nA autora relata quedas.\nII - DO DIREITO\nArts. 747 e seguintes.", "II"},
		{"pt-BR", "EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA VARA DE FAMÍLIA", "(A)"},
		{"pt-BR", "Processo nº 1002233-11.2024.8.26.0100\nClasse/Assunto: Procedimento Comum Cível - Indenização por Dano Material e Moral\nAutor: João Pires", "Dano Material e Moral"},
		{"pt-BR", "Solicito cópia do prontuário com fundamento na Resolução CFM nº 2.217/2018.", "Resolução CFM"},
		{"pt-BR", "Segue no Ambulatório de Reumatologia do Hospital São Lucas de Caxias.", "Ambulatório de Reumatologia"},
		{"pt-BR", "Local: Ambulatório de Cardiologia Pediátrica - Hospital Infantil Santa Rita, Blumenau/SC", "Cardiologia Pediátrica"},
		{"pt-BR", "Sei que posso desistir a qualquer momento.", "Sei"},
		{"pt-BR", "Ilmo. Sr. Diretor,\n\nPelo presente, requisito cópia do prontuário.", "Pelo"},
		{"pt-BR", "Atendente: Rita\nLigação de Osmar Freitas, filho da paciente.", "Ligação"},
		{"pt-BR", "[02/02/24 10:00] Enf. Rosana UTIN: ok, vou ver", "UTIN"},
		{"pt-BR", "[02/03/24 09:10] Coord. Fabiana (Estudo LUMEN): Bom dia!", "Coord"},
		{"pt-BR", "Dona Lurdes disse que ela mora em casa própria.", "casa"},
		// clinical words and notations
		{"en", "X-ray: fractures of the 4th and 5th metatarsal shafts.", "4th"},
		{"en", "Tender over the 2nd and 3rd ribs on the left.", "2nd"},
		{"en", "Complaints: aching with lifting, 4/10; sleeps poorly.", "4/10"},
		{"pt-BR", "Refere dor no coto (7/10), melhora com dipirona.", "7/10"},
		{"en", "Rocuronium off since 20:00, TOF 2/4 after the last dose.", "2/4"},
		{"en", "Wrist films: no Madelung deformity.", "Madelung"},
		{"en", "Leopold maneuvers: vertex, EFW 3200 g.", "Leopold"},
		{"en", "LDL (Martin-Hopkins) 141 mg/dL", "Martin-Hopkins"},
		{"en", "MAP 70. Swan-Ganz not placed overnight.", "Swan-Ganz"},
		{"pt-BR", "PO de colectomia à Hartmann, evoluindo bem.", "Hartmann"},
		{"en", "Meds: on Allegra, Zyrtec, Flonase daily.", "Allegra"},
		{"en", "Patient: Ivy Moss    29 y/o G3P2002 at 38w1d", "G3P2002"},
		{"en", "Vision: Snellen chart 20/30 OU, hearing normal.", "20/30"},
	})
	// a name read again after its longer mention, the place its first
	// words make ("Maria Elena") left to it
	text := "Time of death: 05:02.\nPresent: daughters Maria Elena Villalobos and Rosa Villalobos-Paz, granddaughter Yara.\n" +
		"Controlled substances destroyed in presence of Maria Elena Villalobos: morphine 2 mL wasted."
	second := strings.LastIndex(text, "Maria Elena Villalobos")
	if sp, ok := covered(d.Detect(text, "en"), second, second+len("Maria Elena Villalobos")); !ok || sp.Type != TypeName {
		t.Errorf("%q: the second \"Maria Elena Villalobos\" is not one name", text)
	}
	text = "Criança: Ana Luísa Prado Teles, 7 anos. O pai trabalha fora. Ana Luísa gosta da escola."
	second = strings.LastIndex(text, "Ana Luísa")
	if sp, ok := covered(d.Detect(text, "pt-BR"), second, second+len("Ana Luísa")); !ok || sp.Type != TypeName {
		t.Errorf("%q: the second \"Ana Luísa\" is not one name", text)
	}
}
