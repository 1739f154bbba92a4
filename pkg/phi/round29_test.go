package phi

import "testing"

// Round 29 rules (heldout90, invented text): public bodies named by their
// state or town ("Oregon Department of Motor Vehicles", "Departamento de
// Água e Esgoto de Mato Grosso"), a police station ("5º Distrito Policial
// de Campinas"), a town's health secretariat ("SMS Maracanaú"), a jail
// ("… Juvenile Detention Complex"), escrow firms and a legal form after a
// comma ("Whitcomb & Decker, PLLC"); the second month of a range of months
// ("03/2022-09/2022"); an age over 89 after a name and "was"; the letters
// of a policy number after "No." ("Policy No. KX 448120"); code-system
// fields (CNAE, Dx) hold no identifier. A hospital's department, a
// "Complex" of medicine, an SMS message, a PC ventilator mode and a lab
// result after "was" stay as they are.
func TestRound29Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Copy sent to the Oregon Department of Motor Vehicles, Salem office.", "Oregon Department of Motor Vehicles", TypeOrganization},
		{"pt-BR", "Ofício ao Departamento de Água e Esgoto de Mato Grosso para ciência.", "Departamento de Água e Esgoto de Mato Grosso", TypeOrganization},
		{"pt-BR", "Registrado no 5º Distrito Policial de Campinas ontem à noite.", "5º Distrito Policial de Campinas", TypeOrganization},
		{"pt-BR", "Encaminhado pela SMS Maracanaú para avaliação.", "SMS Maracanaú", TypeOrganization},
		{"en", "Seen at the Yavapai County Juvenile Detention Complex, room 4.", "Yavapai County Juvenile Detention Complex", TypeOrganization},
		{"en", "Employer: Blue Ridge Title & Escrow     Phone on file", "Blue Ridge Title & Escrow", TypeOrganization},
		{"en", "Records released to Whitcomb & Decker, PLLC on request.", "Whitcomb & Decker, PLLC", TypeOrganization},
		{"en", "Prednisone 20 mg 03/2022-09/2022: partial response.", "09/2022", TypeDate},
		{"en", "Mrs. Odegaard was 97 when she moved to the farm.", "97", TypeAge},
		{"en", "Claim 5521-88     Policy No. KX 448120\nPart A", "KX 448120", TypeHealthPlan},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Grand rounds for the Department of Medicine today.", "Department"},
		{"pt-BR", "Discutido com o Departamento de Pediatria do serviço.", "Departamento"},
		{"en", "History of Tuberous Sclerosis Complex, seizures controlled.", "Complex"},
		{"pt-BR", "Enviado SMS de confirmação à paciente ontem.", "SMS"},
		{"pt-BR", "VM: PCV, PC 16 cmH2O, PEEP 10.", "PC"},
		{"en", "Pt is a 5 yo. tTG-IgA was 118 U/mL on 2/27.", "118"},
		{"en", "Rash since 03/2022-3/4 improved.", "3/4"},
		{"pt-BR", "Empresa metalúrgica\nCNAE: 2410-7/99     Risco 3", "2410-7/99"},
		{"en", "Refills: 0\nDx: C34.112 malignant neoplasm of lung", "C34.112"},
	})
}
