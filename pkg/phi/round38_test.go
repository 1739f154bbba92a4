package phi

import "testing"

// Round 38 rules (heldout110, invented text): chat speakers named by a
// bare label at the start of their lines, repeated (a given name in
// lower case, a name and an initial, a business in capitals); numbers an
// OCR'd form cut at a line's end; a month's date whose year OCR spaced
// off after the comma; streets named with particles; a state's Medicaid
// plan in brackets; a driver's employer. Against over-reach: a
// prescription's repeated fields, a single speaker-like label, a lone
// number on the line after a finished one, a date's comma before a
// count.
func TestRound38Rules(t *testing.T) {
	d := detector(t)
	chat := "[ward 5 nights]\nomar: who has bed 12? pt febrile 38.9\nPriya S: me, cultures sent\nomar: thanks. lactate?\nPriya S: 1.4, repeating at 4am"
	family := "[cousins]\nAdaeze: who is driving mum to the clinic friday\nKemi: i can, after my shift\nAdaeze: ok bring her insurance card\nKemi: will do"
	biz := "FARMÁCIA BOA VIAGEM JARDINS: Olá, Sr. Paulo! Seu pedido está pronto.\nCliente: obrigado, passo amanhã\nFARMÁCIA BOA VIAGEM JARDINS: Estamos abertos até as 18h."
	checkTyped(t, d, []typedCase{
		// chat speakers by a bare label, repeated, two of them
		{"en", chat, "omar", TypeName},
		{"en", chat, "Priya S", TypeName},
		{"en", family, "Adaeze", TypeName},
		{"en", family, "Kemi", TypeName},
		// a business writing the same way
		{"pt-BR", biz, "FARMÁCIA BOA VIAGEM JARDINS", TypeOrganization},
		// numbers an OCR'd form cut at the end of its line
		{"en", "REFERRAL  F0R  PT\nCell  ph :  414 - 555 -\n0 3 8 2\nDx :  low  back  pain", "0 3 8 2", TypePhone},
		{"pt-BR", "FICHA  DE  ATENDIMENT0\nCPF :  529 . 982 . 247 -\n25\nQueixa :  tosse", "25", TypeCPF},
		// a month's date whose year OCR spaced off after the comma
		{"en", "H0SPITAL  REC0RDS\nD0B :  Mar  9 ,  l 9 5 2     MRN :  55 1 902", "l 9 5 2", TypeDate},
		// a street named with particles
		{"en", "Picked up her refills at the Walgreens on Ponce de Leon Ave yesterday.", "Ponce de Leon Ave", TypeAddress},
		{"en", "Lives at 2210 Camino de la Cruz Rd with her son.", "Camino de la Cruz Rd", TypeAddress},
		// a state's Medicaid plan in brackets after "Medicaid"
		{"en", "Coverage: Medicaid (Sunshine Partners) ID FL4471902, active.", "Sunshine Partners", TypeOrganization},
		// a driver's employer
		{"en", "He drives a truck for Kessler Logistics and is off this week.", "Kessler Logistics", TypeOrganization},
		{"en", "She drives a bus for MVRTA and needs a work note.", "MVRTA", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		// a prescription's fields repeat at the start of lines
		{"en", "Rx: Cephalexin 500 mg capsule\nSig: 1 cap PO QID x 7 days\nDisp: #28\nRx: Ibuprofen 600 mg\nSig: 1 tab PO q6h PRN\nDisp: #20", "Sig"},
		{"en", "Rx: Cephalexin 500 mg capsule\nSig: 1 cap PO QID x 7 days\nQty: 28\nRx: Ibuprofen 600 mg\nSig: 1 tab PO q6h PRN\nQty: 20", "Qty"},
		// one repeated label is no conversation
		{"en", "Shift notes\nMorrow: afebrile overnight\nVitals stable\nMorrow: ambulating in hall", "Morrow"},
		// a lone count on the line after a finished phone number, in clean text
		{"en", "Call 617-555-0142\n12 pills left in the bottle.", "12 pills"},
		// a date's comma before a count
		{"en", "Seen on Mar 9, 2024 pills counted.", "pills"},
		// a particle before a street in a sentence, after a common word
		{"en", "She walked to de Leon Ave last night.", "walked"},
		// "took a bus from" names no employer
		{"en", "She took a bus from Macon to see her sister.", "took"},
	})
}
