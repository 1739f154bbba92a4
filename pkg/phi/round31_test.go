package phi

import "testing"

// Round 31 rules (heldout92-94, invented text): codes of capitals and a
// long number after a hyphen with no label ("ours KV-55190"), chained
// prefixes of a labelled value; an identifier given in a sentence after
// its word and a verb ("the claim number … is", "serial … says");
// usernames; a ZIP closing an address whose state was left out; a
// service's name in brackets opening a text message; a later mention of
// an organisation by the first word of its name. Specialties and
// programmes after a clinician's credential, a pharmacy label's
// directions and a lab value after "CRP" are no longer PHI; medical
// codes, years, lot numbers and numbers that are no ZIP stay as they are.
func TestRound31Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Wound care per their protocol (their chart KV-55190, ours).", "KV-55190", TypeMRN},
		{"en", "Reviewed cytology QT25-08817 from last week: benign.", "QT25-08817", TypeID},
		{"pt-BR", "Protocolo estadual MG-VAGAS-2023-550172 aberto.", "MG-VAGAS-2023-550172", TypeID},
		{"en", "Hi, the claim number with the carrier is 52-7C11-884, thanks.", "52-7C11-884", TypeID},
		{"en", "Her prescription number is K 3307 5512. Please refill.", "K 3307 5512", TypeID},
		{"en", "Serial on the bottom says QX1150-218803.", "QX1150-218803", TypeDevice},
		{"pt-BR", "O número do pedido é 88231-4, favor conferir.", "88231-4", TypeID},
		{"en", "A sign-in to your account (username mbrightwater42) was noted.", "mbrightwater42", TypeID},
		{"en", "PATIENT: 418 Juniper Lane, uh-huh, 61704.\nDR: Thanks.", "61704", TypeZIP},
		{"en", "Mailing address is 77 Quarry Rd, Prairie Hollow, 68510.", "68510", TypeZIP},
		{"en", "[RideLinq] Your ride to the clinic is booked for 9:40 AM.", "RideLinq", TypeOrganization},
		{"en", "Called by the nurse with Summit, she will visit Tuesday.\nSummit Home Health", "Summit", TypeOrganization},
		{"en", "Thanks,\nJo Park, MD | Juniper Ridge Family Medicine | 555-0100", "Juniper Ridge Family Medicine", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "COVID-19 PCR negative; CA-125 pending; ICD-10 R10.9.", "CA-125"},
		{"en", "LDL CHOLESTEROL (13457-7) 188 H", "13457-7"},
		{"en", "Vaccine lot: EL-93148, exp 2025.", "EL-93148"},
		{"en", "Her last visit was 2019 and the number of pills is 30.", "2019"},
		{"en", "Labs: WBC 10.1, CRP 48, Cr 1.1.", "CRP 48"},
		{"en", "Attending: Rhea Sand, MD (General Surgery)\nCopy to: PCP", "General Surgery"},
		{"en", "Oren Vale, MD | Maternal-Fetal Medicine | Bayside Health Partners", "Maternal-Fetal Medicine"},
		{"en", "Ines Crane, MD\nPulmonary Hypertension Clinic\nRiverside University Hospital", "Pulmonary Hypertension Clinic"},
		{"en", "LISINOPRIL 10 MG TAB\nTAKE 1 TABLET BY MOUTH DAILY OR AS DIRECTED BY HEART FAILURE CLINIC\nQTY: 30", "TAKE 1 TABLET"},
		{"en", "Lives at 12 Elm Street, 54703 steps logged this week.", "54703"},
		{"en", "[Patient message]\nPlease call me back.", "message"},
	})
}
