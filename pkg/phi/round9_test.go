package phi

import "testing"

// Round 9 rules (heldout11, invented text): the RQE number without its label,
// fracture grades that are not initials, a state after a slash, regional
// insurers, clinic names ending in GYN or Imagem.
func TestRound9Rules(t *testing.T) {
	d := detector(t)
	cases := []typedCase{
		{"pt-BR", "Dra. Helena Quintas, CRM-PR 31.552, RQE 15.402", "15.402", TypeLicense},
		{"en", "Your insurance card (Premera Blue Cross) and a photo ID.", "Premera Blue Cross", TypeOrganization},
		{"en", "CLIENT: Placer Valley OB-GYN     ACCT: CL-441902", "Placer Valley OB-GYN", TypeOrganization},
		{"pt-BR", "Laudo emitido por CDI Araucária Imagem em março.", "CDI Araucária Imagem", TypeOrganization},
		{"en", "Veteran: Lamar D. Winter     ICN: 1012448873V447120", "Lamar D. Winter", TypeName},
		{"en", "ESI 1. Triage RN A. Cantú.", "A. Cantú", TypeName},
	}
	checkTyped(t, d, cases)
	// The label RQE stays readable; the state after "DETRAN/" is no name;
	// a Weber B fracture is a classification.
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Dra. Helena Quintas, RQE 15.402", "RQE"},
		{"pt-BR", "Órgão emissor: DETRAN/RJ", "RJ"},
		{"en", "X-ray shows a Weber B fracture of the lateral malleolus.", "Weber B"},
		{"en", "Diabetic neuropathy and retinopathy, stable.", "neuropathy"},
	})
}
