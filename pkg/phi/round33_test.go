package phi

import "testing"

// Round 33 rules (heldout98, 99, invented text): a donor's and a
// pharmacist's label; a middle initial alone in its field and capital
// initials alone after a name label; staff initials after their role,
// in the last cell of a log's row and in brackets after a consultation's
// verb; a month/day after a dose; a given name spelt like a month after
// a surname and its comma; an initial and surname after a dotted title.
func TestRound33Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "Ficha de triagem\nDoador: Gilberto Ramos Pedrosa     Sexo: M", "Gilberto Ramos Pedrosa", TypeName},
		{"en", "LAST: QUILLEN     FIRST: MARGO          MI: K\nSEX: F", "K", TypeName},
		{"en", "Label printed 14:02.\nRPh: DWQ", "DWQ", TypeName},
		{"en", "Images reviewed by Dr. Halvorsen / sonographer TRB", "TRB", TypeName},
		{"en", "Stat read called to floor, read back by tech hjv.", "hjv", TypeName},
		{"en", "Date | Drug | Qty | Bal | By\n02/11 | morphine | 10 | 40 | RQ", "RQ", TypeName},
		{"en", "Time | Unit | Verified | Init\n06:10 | 4W | Y | dmk", "dmk", TypeName},
		{"en", "Neurology consultation obtained (HZB), agrees with plan.", "HZB", TypeName},
		{"en", "BP high, so she started amlodipine 5 mg 10/14 at home.", "10/14", TypeDate},
		{"en", "07:20 | Okonkwo, Jun / 7710233 | ICU-2", "Jun", TypeName},
		{"en", "QTY: 30 REFILLS: 1\nDR. T. MARSH   DATE FILLED: 04/02/2024", "MARSH", TypeName},
	})
	checkClean(t, d, []cleanCase{
		{"en", "Take oxycodone 5 mg 1/2 tab at bedtime.", "1/2"},
		{"en", "Pain score after 10 mg 7/10 today.", "7/10"},
		{"en", "Labs drawn, Jun and Jul results pending.", "Jun"},
		{"en", "Date | Test | Result | Flag\n02/11 | K | 5.9 | H", "H"},
		{"en", "Chest film obtained (PA and lateral).", "PA"},
		{"en", "MI: none in the last year.", "none"},
		{"en", "Provider: ENT", "ENT"},
	})
}
