package phi

import "testing"

// Round 20 rules (heldout46–48, invented text): a payer's name after an
// insurance label even in common words, but not a public programme; a
// plan operator's "X Saúde" on its own line; coined compounds of clinic as
// heads; plural professions as heads ("Bayside Midwives"); an employer in
// brackets after "no trabalho"; "Clínica X" mid-sentence; a lower-case l
// among capitals read as I in OCR; a numbered zone after an address; more
// street types; "en route from X".
func TestRound20Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Insurance: Lighthouse Health Plan, ID LHP55120934.", "Lighthouse Health Plan", TypeOrganization},
		{"en", "Insurance: Prairie Medicare Advantage, member PMA88120331.", "Prairie Medicare Advantage", TypeOrganization},
		{"pt-BR", "Atenciosamente,\nPantaneira Saúde - Central de Autorizações", "Pantaneira Saúde", TypeOrganization},
		{"pt-BR", "CORUMBÁ SAÚDE\nGUIA DE SP/SADT", "CORUMBÁ SAÚDE", TypeOrganization},
		{"pt-BR", "À Jequitibá Saúde Operadora de Planos - Auditoria", "Jequitibá Saúde Operadora de Planos", TypeOrganization},
		{"pt-BR", "Neurologista\nOrtoclínica Buriti - Av. Goiás, 1200", "Ortoclínica Buriti", TypeOrganization},
		{"en", "Smear taken by Ada Lind, CNM, Harbor Point Midwives", "Harbor Point Midwives", TypeOrganization},
		{"pt-BR", "Acidente com serra no trabalho (Serraria Irmãos Bortolini) há 1 hora.", "Serraria Irmãos Bortolini", TypeOrganization},
		{"pt-BR", "Refere estresse no trabalho (Cerrado Tecnologia Agrícola), dorme mal.", "Cerrado Tecnologia Agrícola", TypeOrganization},
		{"pt-BR", "Encaminhada ao ambulatório da Clínica Aurora para seguimento.", "Clínica Aurora", TypeOrganization},
		{"en", "PH0NE :  701 555 0142\nPATlENT :  BRANDVOLD ,  MARGIT\nD0B :  O2/ 03/ 1950", "BRANDVOLD", TypeName},
		{"pt-BR", "Rua Pioneiro Alcides, 88 - Zona 5, Maringá/PR", "Zona 5", TypeLocation},
		{"en", "Lives at 2210 Chalmette Causeway Apt 2, Slidell LA", "2210 Chalmette Causeway Apt 2", TypeAddress},
		{"en", "Daughter en route from Bozeman, ETA tonight.", "Bozeman", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Insurance: Medicare Part B", "Medicare"},
		{"en", "Insurance: Medicaid\nDiet: regular", "Medicaid"},
		{"pt-BR", "Orientada a cuidar da sua saúde. Mais Saúde na escola.", "saúde"},
		{"pt-BR", "Internada para investigação; alta para seguimento na UBS.", "alta"},
		{"en", "Stress at work (long shifts) and poor sleep.", "long shifts"},
	})
}

// TestRound20bRules (heldout48, invented text): a name before the identity
// clause of a declaration (", portadora do CPF"); a facility head and one
// word as the note's letterhead; a brand in mixed case before a prefix
// head.
func TestRound20bRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Declaro para os devidos fins que ODETE MARQUES BRAGA, portadora do CPF 529.982.247-25, compareceu.", "ODETE MARQUES BRAGA", TypeName},
		{"pt-BR", "Atesto que Ivo Tenório Falcão, portador do RG 4.557.120, esteve nesta unidade.", "Ivo Tenório Falcão", TypeName},
		{"pt-BR", "POLICLÍNICA JATOBÁ\nDECLARAÇÃO DE COMPARECIMENTO", "POLICLÍNICA JATOBÁ", TypeOrganization},
		{"pt-BR", "OrtoVida Clínica de Ortopedia - CNPJ 11.444.777/0001-61\nRua Sete, 100", "OrtoVida Clínica de Ortopedia", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "FARMÁCIA BÁSICA - REGISTRO DE DISPENSAÇÃO\nItem 1", "FARMÁCIA BÁSICA"},
		{"pt-BR", "HOSPITAL MUNICIPAL\nBoletim de atendimento", "HOSPITAL MUNICIPAL"},
	})
}

// TestRound20cRules (heldout49, invented text): the employer after
// "employer," and the payer in brackets after "plan"; a specialised unit's
// level in roman numerals; French street names after a house number.
func TestRound20cRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Note for his employer, Brightwater Logistics, about lifting limits.", "Brightwater Logistics", TypeOrganization},
		{"en", "Her plan (Cumberland Senior Select, ID CSS5520019) denied the scan.", "Cumberland Senior Select", TypeOrganization},
		{"pt-BR", "Segue em reabilitação no CER III Caruaru.", "CER III Caruaru", TypeOrganization},
		{"pt-BR", "Acompanhamento no CAPS II de Juazeiro.", "CAPS II de Juazeiro", TypeOrganization},
		{"en", "She lives at 415 Rue Chanson near the bayou.", "415 Rue Chanson", TypeAddress},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Discussed with her employer, who agreed to lighter duties.", "who"},
		{"en", "Her plan (see above) is unchanged.", "see above"},
	})
}

// TestRound20dRules (heldout50, invented text): a name in capitals broken
// over two lines and found by the clause after it; a double surname
// joined by a spaced hyphen before the comma after a label; an initial, a
// surname that is also a town, and a credential; an OCR dateline whose
// day carries a letter for a digit ("Caicó , O7 de março de 2 0 2 4").
func TestRound20dRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Declaro  para  os  devidos  fins  que  ROSÂNGELA  MARIA  DE\nALBUQUERQUE ,  portadora  do  RG  4.551.220 ,  compareceu .", "ROSÂNGELA  MARIA  DE\nALBUQUERQUE", TypeName},
		{"en", "Pt :  ALVARADO - RUIZ ,  MARISOL        Claim  No. : 7QX-2210", "ALVARADO - RUIZ ,  MARISOL", TypeName},
		{"en", "Handover: K. Lakewood, RN -> P. Osei, RN", "K. Lakewood", TypeName},
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nDeclaro  que  compareceu .\nCaicó ,  O7  de  março  de  2 0 2 4\n____", "O7  de  março  de  2 0 2 4", TypeDate},
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nDeclaro  que  compareceu .\nCaicó ,  O7  de  março  de  2 0 2 4\n____", "Caicó", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "RELATÓRIO DE ALTA HOSPITALAR\nPACIENTE EM BOM ESTADO GERAL, portadora do CPF informado.", "RELATÓRIO"},
	})
}

// TestRound20eRules (heldout52, invented text): "Sleep & Lung" practices,
// Montessori schools and "Confecções X" employers.
func TestRound20eRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Referred by Ana Ruiz, MD, of Cedar Valley Sleep & Lung, for a sleep study.", "Cedar Valley Sleep & Lung", TypeOrganization},
		{"en", "Her preschool, Willow Bend Montessori, reports good progress.", "Willow Bend Montessori", TypeOrganization},
		{"pt-BR", "Trabalha como costureira na Confecções Lua Nova.", "Confecções Lua Nova", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Lung: clear to auscultation. Sleep: 6 hours a night.", "Lung"},
	})
}
