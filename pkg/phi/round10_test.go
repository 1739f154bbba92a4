package phi

import "testing"

// Round 10 rules (heldout10/12, invented text): company names ending in
// "S.A.", chat senders, a labelled name made of words that are also common
// words or places, courts, registries, unions and public units named by
// acronym, regional insurers.
func TestRound10Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"pt-BR", "AMPARA SAÚDE ASSISTÊNCIA MÉDICA S.A. - CNPJ 60.521.937/0001-34", "AMPARA SAÚDE ASSISTÊNCIA MÉDICA S.A.", TypeOrganization},
		{"pt-BR", "[14/05/2024 08:03] Clínica Bem Nascer: Bom dia, Letícia!", "Clínica Bem Nascer", TypeOrganization},
		{"pt-BR", "Paciente: Ícaro Gonçalves Bonfim\nEndereço: Rua das Flores, 12", "Ícaro Gonçalves Bonfim", TypeName},
		{"en", "Court: Circuit Court of Cook County, Criminal Division", "Circuit Court of Cook County", TypeOrganization},
		{"en", "Her sister at work (Evergreen Valley Credit Union) called.", "Evergreen Valley Credit Union", TypeOrganization},
		{"en", "Referral to Dr. Yasmin El-Amin, Harborview Endodontics, today.", "Harborview Endodontics", TypeOrganization},
		{"en", "Her new insurance (Medical Mutual, ID MMO66120984) covers it.", "Medical Mutual", TypeOrganization},
		{"pt-BR", "Processo 0012874-55.2023.8.26.0001 - 3ª Vara da Família e Sucessões do Foro Regional de Santana", "Vara da Família e Sucessões do Foro Regional de Santana", TypeOrganization},
		{"pt-BR", "Atendido na UBS Pajuçara hoje.", "UBS Pajuçara", TypeOrganization},
		{"pt-BR", "Atenciosamente,\nDra. Juliana van der Linden Costa", "Juliana van der Linden Costa", TypeName},
		{"en", "Address: RR 2 Box 418, Mountain Grove, MO 65711", "RR 2 Box 418", TypeAddress},
		{"en", "45 Route 9W, Suite 3, Newburgh, NY 12550", "45 Route 9W, Suite 3", TypeAddress},
		{"en", "Clinic\n410 Market St, Floor 2, Knoxville, TN 37902", "410 Market St, Floor 2", TypeAddress},
		{"en", "DOB 10/02/1968 SSN ***-**-7204", "7204", TypeSSN},
		{"en", "DOB 12/24/1975 MRN SCM 0082147 SSN 612-30-8841", "SCM 0082147", TypeMRN},
		{"pt-BR", "Ana, 93 anos, pront. 778.412-0, consciente", "778.412-0", TypeMRN},
		{"pt-BR", "Local: Av. Recife, altura do nº 4800, Areias, Recife/PE", "Av. Recife, altura do nº 4800", TypeAddress},
		{"pt-BR", "Endereço: Rodovia BR-470, km 68, s/n, Distrito Industrial", "Rodovia BR-470, km 68, s/n", TypeAddress},
		{"en", "Hudson Valley Internal Medicine PC  Client acct HV0072291", "Hudson Valley Internal Medicine PC", TypeOrganization},
		{"en", "Lives on a farm outside St. Albans; no car.", "St. Albans", TypeLocation},
		{"en", "Coverage: UPMC for Life HMO, ID UFL10442918-01", "UPMC for Life", TypeOrganization},
		{"pt-BR", "Cópia ao Sindicato dos Trabalhadores nas Indústrias de Alimentação.", "Sindicato dos Trabalhadores nas Indústrias de Alimentação", TypeOrganization},
		{"pt-BR", "Vamos discutir na quarta?\n\nAbs,\nMariana\nDra. Mariana N. Seixas", "Mariana", TypeName},
	}
	checkTyped(t, d, cases)
	// A hospital's outpatient department is no organisation of its own.
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Para: Ambulatório de Cardiologia - Hospital Geral", "Ambulatório de Cardiologia"},
	})
}
