package phi

import "testing"

// Round 27 rules (heldout84–85, invented text): a pharmacist's "Farm." and
// a technician's "Téc." before a name; a signer's initials after a dash
// with a credential or a role ("-DQ, LPN", "-HLV (NP student)"); a card on
// file ending in digits; home-infusion and freight-terminal businesses.
// Pain scores with a word between ("dor lombar 6/10") and acuities
// ("6/9 OD") are no dates; a code-system field ("CBO: 322205") is no
// identifier; departments and programmes named by their kind are no
// organisations; common words the lists miss (Creatinine, Callback, Tem,
// Raio X), device eponyms alone (Foley, Hoyer lift, Barrett esophagus) and
// clinical abbreviations (MVC, IR, SOG, CHPN) are no names.
func TestRound27Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Dose ajustada pela função renal.\nFarm. Rosângela Tavares Quintela - CRF-MG 31.207", "Rosângela Tavares Quintela", TypeName},
		{"pt-BR", "Passagem de plantão às 19h.\nEnf. Marlene / Téc. Gilvan", "Gilvan", TypeName},
		{"en", "Refill sent, patient aware.\n-DQ, LPN", "DQ", TypeName},
		{"en", "Will follow peripherally.\n-HLV (NP student) / attending Dr. Halloran", "HLV", TypeName},
		{"en", "Paid with card on file ending 9031.\nPicked up by son.", "9031", TypeAccount},
		{"en", "Antibiotics through Riverbend Home Infusion.\nFollow-up Monday.", "Riverbend Home Infusion", TypeOrganization},
		{"en", "Her husband drives for Tidewater Freight Terminal on weekdays.", "Tidewater Freight Terminal", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Queixa de dor lombar 6/10, em uso de dipirona.", "6/10"},
		{"en", "Vision today is counting fingers OS and 6/9 OD.", "6/9"},
		{"pt-BR", "Ocupação: técnico     CBO: 322205\n\nDADOS CLÍNICOS", "322205"},
		{"en", "Lakeview Medical Center - Department of Radiology\nAccession: pending", "Department of Radiology"},
		{"pt-BR", "Clínica Vida Plena - Serviço de Cardiologia\nPaciente: Joana", "Serviço de Cardiologia"},
		{"en", "Afebrile overnight.\nCreatinine this morning was 2.1, down from 2.6.", "Creatinine"},
		{"en", "Labs drawn.\nCallback number confirmed with the daughter.", "Callback"},
		{"pt-BR", "Exame sem alterações. Tem alergia a dipirona.", "Tem"},
		{"pt-BR", "Encaminhada para Raio X de tórax.", "Raio"},
		{"en", "Drains: JP x2, NGT, Foley.\nPlan: wean.", "Foley"},
		{"en", "Transfers with a Hoyer lift and two staff.", "Hoyer"},
		{"en", "EGD showed Barrett esophagus without dysplasia.", "Barrett"},
		{"en", "CC: MVC, restrained driver, airbag deployed.", "MVC"},
		{"en", "Drain placed yesterday by IR.\nplan: repeat CT.", "IR"},
		{"pt-BR", "Dieta 10 mL 3/3h por SOG.", "SOG"},
		{"en", "Visit completed.\nMarla Quist, RN, CHPN", "CHPN"},
		{"en", "Labs for AM:\n-CBC, BMP, Mg", "CBC"},
	})
}
