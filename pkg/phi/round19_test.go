package phi

import "testing"

// Round 19 rules (heldout41, invented text): a chat sender of two words
// with no timestamp and a name greeted first after a sender; a census line
// with commas around the given name; a typist's initials further on the
// typist's line.
func TestRound19Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Enf. Paula: Marlene, seu exame chegou.\nMarlene Quintão: oi, posso buscar hoje?", "Marlene Quintão", TypeName},
		{"pt-BR", "Enf. Paula: Marlene, seu exame chegou.\nMarlene Quintão: oi, posso buscar hoje?", "Marlene", TypeName},
		{"en", "SICU bed 3 - 0700\nOkafor, Chidinma, 61F, post-op day 2", "Okafor, Chidinma", TypeName},
		{"en", "Transcribed 03/11/2025 09:40 (rtk)", "rtk", TypeName},
		{"en", "*** scanned into chart 04/02/2025 by dmv ***", "dmv", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Chief Complaint: cough for three days", "Chief Complaint"},
		{"en", "Dictated but not read (dbnr).", "dbnr"},
	})
}

// TestRound19bRules (heldout42, invented text): an age first in brackets
// after a name ("Mr. Okafor (93, MRN …)"), the last four of an SSN in
// brackets, and "X Assistência Médica" insurers.
func TestRound19bRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Home visit for Mrs. Okafor (93, MRN KH-448120), frail.", "93", TypeAge},
		{"en", "Identity checked with DOB and last four of SSN (7731).", "7731", TypeSSN},
		{"pt-BR", "Vitalmed Assistência Médica\nRua Sete de Setembro, 77", "Vitalmed Assistência Médica", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Mrs. Okafor (63, MRN KH-448120) seen today.", "63"},
		{"pt-BR", "Encaminhada à assistência social do município.", "assistência social"},
	})
}

// TestRound19cRules (heldout43, invented text): Spanish street names after
// a house number and a unit after a grid address.
func TestRound19cRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Discharged home to 412 Camino del Sol, Socorro, NM.", "412 Camino del Sol", TypeAddress},
		{"en", "Address: 88 W 400 S, Apt 12, Logan, UT", "88 W 400 S, Apt 12", TypeAddress},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Paracetamol 500 mg, tomar 1 comprimido via oral de 6/6h se dor.", "via oral"},
	})
}

// TestRound19dRules (heldout44, invented text): a compass point before a
// Spanish street name, rural addresses in Brazil, a chat sender after a
// time with AM/PM and a role in brackets.
func TestRound19dRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "Found down in the carport at 903 W. Calle Milagro, Yuma.", "903 W. Calle Milagro", TypeAddress},
		{"pt-BR", "Endereço: Linha 62, lote 7, gleba 2, zona rural", "Linha 62, lote 7, gleba 2", TypeAddress},
		{"en", "Mon 7:52 AM  Adaeze (HHA): hi, at his house now", "Adaeze", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "5:16 PM client: it says access denied", "client"},
	})
}

// TestRound19eRules (heldout45, invented text): "Diagnósticos X" names an
// imaging centre; "diagnósticos diferenciais" stays.
func TestRound19eRules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "ULTRASSONOGRAFIA DE ABDOME TOTAL\nDiagnósticos Vale Verde\nPaciente: Irene Campos", "Diagnósticos Vale Verde", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "Diagnósticos diferenciais: artrose, bursite.", "Diagnósticos diferenciais"},
	})
}
