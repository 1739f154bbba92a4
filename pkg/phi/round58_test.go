package phi

import "testing"

// Round 58 rules (heldout168: hospital IT and machine-made records —
// HL7 v2 messages, FHIR JSON, DICOM dumps, analysers' printouts, labels,
// bed boards, audit logs, integration engines' errors, bounced mail, fax
// covers, e-SUS PEC and TISS XML; heldout169: social work and
// safeguarding records — case notes, child and adult protection
// referrals, domestic abuse assessments, Conselho Tutelar and CRAS/CREAS
// reports, housing and benefits letters, foster care, police liaison;
// heldout167: dev-imitating notes; invented text): the standards' URLs
// and OIDs of FHIR's "system" and "profile" and of XML's namespaces,
// a FHIR "code"; a FHIR reference's identifier; the names and
// organisations of TISS's "nome…" elements; user names after "por",
// "by" or a user's label; Brazilian public bodies by their kind and
// town, public schools by their letters and number; names after a
// profession in lower case; children listed with their ages; a chat
// sender found in lower case coming back before a time; the town and
// ZIP of a caret address. Against over-reach: social work teams'
// headings, a shelter's kind, a unit after a hospital's name, a
// service's letters beside a name, two names joined by "e", a caret
// name's suffix.
func TestRound58Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		// machine records
		{"pt-BR", `<ans:dadosBeneficiario><ans:nomeBeneficiario>JOSEFA DAS NEVES LIMA</ans:nomeBeneficiario></ans:dadosBeneficiario>`, "JOSEFA DAS NEVES LIMA", TypeName},
		{"pt-BR", `<ans:contratado><ans:nomeContratado>CLINICA ORTOPEDICA SAO LUCAS LTDA</ans:nomeContratado></ans:contratado>`, "CLINICA ORTOPEDICA SAO LUCAS LTDA", TypeOrganization},
		{"en", `  "performer": [ { "reference": "Practitioner/pr-55201", "display": "Dr Lena Oakes" } ],`, "pr-55201", TypeID},
		{"pt-BR", "Relatório impresso em 02/03/2024 09:12 por juliana.prates\nUBS Vila Esperança", "juliana.prates", TypeName},
		{"pt-BR", "| 10/01/2025 08:40 | operador enf.carla.mota | 2 etiquetas", "enf.carla.mota", TypeName},
		{"en", "Doctor      : RAMOS T                 Operator : bkesler\nAnalysis    : 2024/01/05", "bkesler", TypeName},
		{"en", "[label reprinted 03/02/2024 10:05  user tdoyle]", "tdoyle", TypeName},
		{"en", "Audit export 2025-02-03 08:15 by mkessler-adm\n-----------", "mkessler-adm", TypeName},
		{"en", `<ActiveParticipant UserID="tvanloon" UserIsRequestor="true"/>`, "tvanloon", TypeName},
		{"en", "(0010,1040) LO [71 Birch Rd^Modesto^CA^95350]         #  28, 1 PatientAddress", "95350", TypeZIP},
		{"en", "(0010,1040) LO [71 Birch Rd^Modesto^CA^95350]         #  28, 1 PatientAddress", "Modesto", TypeLocation},
		// social work and safeguarding
		{"pt-BR", "Medida protetiva deferida pelo Juizado de Violência Doméstica e Familiar contra a Mulher de Londrina, em março.", "Juizado de Violência Doméstica e Familiar contra a Mulher de Londrina", TypeOrganization},
		{"pt-BR", "PATRULHA MARIA DA PENHA - Guarda Civil Municipal de Curitiba\nRELATÓRIO", "Guarda Civil Municipal de Curitiba", TypeOrganization},
		{"pt-BR", "COMPANHIA DE HABITAÇÃO POPULAR DE LONDRINA - COHAB-LD\nPARECER SOCIAL", "COMPANHIA DE HABITAÇÃO POPULAR DE LONDRINA", TypeOrganization},
		{"pt-BR", "Vara da Família - Fórum Regional de Madureira\nESTUDO SOCIAL", "Fórum Regional de Madureira", TypeOrganization},
		{"pt-BR", "Matriculado no 8º ano no CEF 316 de Ceilândia; frequência regular.", "CEF 316 de Ceilândia", TypeOrganization},
		{"pt-BR", "Visita feita pela psicóloga Renata Campos Ilha, com a ACS Dora.", "Renata Campos Ilha", TypeName},
		{"en", "CHILDREN: Brooklyn (9) and Dallas (5), both at Lincoln Elementary.", "Dallas", TypeName},
		{"pt-BR", "Filhos em comum: Davi (8) e Aurora (2).", "Aurora", TypeName},
		{"pt-BR", "A equipe (GCM Lívia Torres e GCM Otávio Meireles) foi ao local.", "Otávio Meireles", TypeName},
		{"pt-BR", "Seguro residencial: apólice HAB-RES-2023-5521 vigente.", "HAB-RES-2023-5521", TypeHealthPlan},
		{"en", "(0008,0050) SH [MR24-0611-0457]            #  14, 1 AccessionNumber", "MR24-0611-0457", TypeID},
		{"en", "Hematology Lab        Printed 04/09/2024 07:41\n------\nWBC 3.1", "04/09/2024", TypeDate},
		{"pt-BR", `  "effectiveDateTime": "2024-04-11T10:35:00-03:00",`, "2024-04-11", TypeDate},
		{"pt-BR", "Conselho Tutelar de Belém - Região Norte II\nOfício nº 88/2024", "Conselho Tutelar de Belém - Região Norte II", TypeOrganization},
		{"pt-BR", "Ao Conselho Tutelar Microrregião 4\n\nComunicamos que", "Conselho Tutelar Microrregião 4", TypeOrganization},
		{"pt-BR", "Endereço: Beco Santa Luzia, casa 14, comunidade Nova Canaã, Manaus.", "Beco Santa Luzia, casa 14", TypeAddress},
		{"pt-BR", "Moram na Rua 71, lote 6 - Jardim Atlântico - Maricá/RJ.", "Rua 71, lote 6", TypeAddress},
		{"en", "CARE PLAN\nArea Agency on Aging of the Coastal Bend - STAR+PLUS", "Area Agency on Aging of the Coastal Bend", TypeOrganization},
		{"en", "She applied at the Bradford County Assistance Office for LIHEAP.", "Bradford County Assistance Office", TypeOrganization},
		{"en", "[Secure chat]\nnadia (charge RN) 02:10: bed 4 needs a look\nDr Oyelaran 02:12: coming\nnadia 02:15: thanks", "nadia", TypeName},
		{"pt-BR", "Nome: Ana Luísa Pereira dos Reis e Sousa\nCNS: 000", "Ana Luísa Pereira dos Reis e Sousa", TypeName},
	})
	// (the sender coming back before a time)
	lowerChat := "[Secure chat]\nnadia (charge RN) 02:10: bed 4 needs a look\nDr Oyelaran 02:12: coming\nnadia 02:15: thanks"
	spans := d.Detect(lowerChat, "en")
	s := len("[Secure chat]\nnadia (charge RN) 02:10: bed 4 needs a look\nDr Oyelaran 02:12: coming\n")
	if _, ok := covered(spans, s, s+len("nadia")); !ok {
		t.Errorf("second sender not marked: %s", show(lowerChat, spans))
	}
	checkClean(t, d, []cleanCase{
		{"en", `{ "system": "http://hl7.org/fhir/sid/us-ssn", "value": "000-00-0000" }`, "hl7.org"},
		{"en", `"coding": [ { "system": "http://loinc.org", "code": "2345-7" } ]`, "loinc.org"},
		{"en", `{ "type": { "text": "MRN" }, "system": "urn:oid:2.16.840.1.113883.19.5", "value": "X1" }`, "113883"},
		{"pt-BR", `<ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas">`, "ans.gov.br"},
		{"en", `"meta": { "profile": [ "http://example.gov/fhir/StructureDefinition/x" ] }`, "example.gov"},
		{"en", `"type": { "system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "x" }`, "110110"},
		{"en", "HOSPITAL SOCIAL WORK - DISCHARGE NOTE\nPatient seen on 4 West.", "SOCIAL WORK"},
		{"en", "Dana Pruitt, MSW, School Social Worker", "School Social Worker"},
		{"en", "DV SHELTER - INTAKE LOG\nClient seen.", "SHELTER"},
		{"en", "Infant: Baby Boy in Riverbend Hospital NICU, pod C", "NICU"},
		{"pt-BR", "[02/05/24 08:10] Ana CREAS: bom dia, liguem", "CREAS"},
		{"pt-BR", "A equipe (GCM Lívia Torres e GCM Otávio Meireles) foi ao local.", "GCM"},
		{"pt-BR", "Conselheiras: Ivone Lacerda e Kátia Moura Prado", " e "},
		{"en", "(0008,0090) PN [Okonkwo^Daniel^R^^MD]                   #  22, 1 ReferringPhysicianName", "MD"},
		{"pt-BR", "FICHA DE VISITA - AGENTE COMUNITÁRIO DE SAÚDE\nUnidade 3", "AGENTE"},
		{"pt-BR", "PROGRAMA DE VIGILÂNCIA DA SAÚDE DOS EXPOSTOS AO RUÍDO", "PROGRAMA"},
		{"en", "Her children are at school (2) and home (1).", "school"},
		{"pt-BR", "> Para: Serviço Social Hospital Santa Clara\n> Paciente: J.", "Serviço Social"},
		{"en", "Prepared by Dana Reyes, BSW, Riverside Memorial Hospital Care Coordination", "Care Coordination"},
		{"pt-BR", "LEITO | PACIENTE | MÉDICO\n12 | Zélia Prado | Dr. Akemi Sato\n14 | Ivo Lins | Dra. Paz Rocha", "Dr."},
		{"en", "Sent: CBC, TROP-HS; NEUT% 58", "TROP"},
		{"en", "Batch 2023-11-20 22:30 UTC by svc_nightly\nRows: 12", "svc_nightly"},
		{"en", "tail app.log | grep WARN", "WARN"},
	})
}
