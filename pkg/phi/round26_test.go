package phi

import "testing"

// Round 26 rules (heldout79–81, invented text): the public prosecutors'
// office (Ministério Público) as a head; a numbered court ("3ª Vara") and
// "Fazenda Pública" as the treasury, no farm; a lawyer's OAB number as a
// licence; a hospital's clinic (Ambulatório de … do Hospital …) on its own
// line; a council's region by its name and a unit's acronym after or
// before a spaced dash; a resident's year after a dash signing a note;
// "93 years of age"; a police report's number, a badge and a meeting
// passcode; a children's hospital's possessive. "Serviço de … do
// Hospital" and "Ao Ambulatório de …" in a sentence stay departments.
func TestRound26Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Ref.: Ofício nº 118/2023 - Ministério Público de Goiás - Promotoria de Justiça", "Ministério Público de Goiás", TypeOrganization},
		{"pt-BR", "Para instruir a ação, que tramita na 3ª Vara da Fazenda Pública de Itapetininga, solicitamos relatório.", "3ª Vara da Fazenda Pública de Itapetininga", TypeOrganization},
		{"pt-BR", "Requerente representada pela advogada Telma Quintão, OAB/PR 77.215", "OAB/PR 77.215", TypeLicense},
		{"pt-BR", "LAUDO MÉDICO PERICIAL\nAmbulatório de Dermatologia do Hospital Regional de Bauru\n\nPaciente: Joelma", "Ambulatório de Dermatologia do Hospital Regional de Bauru", TypeOrganization},
		{"pt-BR", "CONSELHO TUTELAR DE OSASCO - REGIÃO PIRATININGA\nOfício nº 77/2023", "CONSELHO TUTELAR DE OSASCO - REGIÃO PIRATININGA", TypeOrganization},
		{"pt-BR", "LAUDO MÉDICO - BPC\nCER III - Centro Especializado em Reabilitação de Petrolina\n\nRequerente: Caio", "CER III - Centro Especializado em Reabilitação de Petrolina", TypeOrganization},
		{"pt-BR", "Retorno ambulatorial em 15 dias.\nCarla Menezes - R2 Pediatria", "Carla Menezes", TypeName},
		{"pt-BR", "Encaminhamos para instruir o Procedimento CT-SUL 0311/2023.\n\nAtenciosamente,", "CT-SUL 0311/2023", TypeID},
		{"en", "The ward, born 02/14/1930, now 93 years of age, resides at home.", "93 years of age", TypeAge},
		{"en", "Stolen from her car; police report SPD-23-5512-08 provided.", "SPD-23-5512-08", TypeID},
		{"en", "Deputy L. Farrow (badge 2290) was present.", "2290", TypeID},
		{"en", "Visit by video (meeting ID 812 4471 9902, passcode Tq5521)", "Tq5521", TypeID},
		{"en", "Transferred from Brenner Children's ED last night.", "Brenner Children's", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Recife, 3 de maio de 2024.\n\nAo Serviço de Cardiologia do Hospital Santa Clara\n\nPrezados,", "Serviço de Cardiologia"},
		{"pt-BR", "Cuiabá, 3 de maio de 2024.\n\nAo Ambulatório de Ortopedia do Hospital Santa Clara\n\nPrezados,", "Ambulatório de Ortopedia"},
		{"pt-BR", "Vale Sereno Saúde - Núcleo de Autorizações\nBeneficiária: Ana", "Núcleo de Autorizações"},
	})
}
