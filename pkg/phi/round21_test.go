package phi

import "testing"

// Round 21 rules (session 8, heldout52–55, invented text): a clinic
// writing in a chat after the writer's name or role; OCR commas spaced off
// surname-first names and their middle initials; a double zero read as OO
// inside a word; a "by" label needs a participle before it; a town and
// its state are no name; a relative joined by "is" or "-in-law"; a
// lower-case name after "dr."; numbered roads and a Box after a street; a
// town and ZIP with no state; one proper word before "Hospital"
// mid-sentence.
func TestRound21Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"pt-BR", "[08:10, 02/05/2024] Jussara - Clínica Sorriso Leve: Bom dia! Confirma a consulta?", "Clínica Sorriso Leve", TypeOrganization},
		{"pt-BR", "[11/06/2025 16:40] Recepção Clínica Nova Aurora: Boa tarde, sra. Leda.", "Clínica Nova Aurora", TypeOrganization},
		{"en", "WORK  STATUS  REP0RT\nEmployee :  VANDERH0EK ,  PIETER  J .\nEmpl0yer :  Lakeside  Foundry", "VANDERH0EK ,  PIETER", TypeName},
		{"en", "PATIENT: OKAFOR, CHIDIEBERE R              SEX: M      AGE: 54", "OKAFOR, CHIDIEBERE R", TypeName},
		{"en", "SCH00L  PHYSICAL  F0RM\nStudent :  BR00KSHIRE ,  TALIA    Grade : 9", "BR00KSHIRE", TypeName},
		{"en", "Med rec with son-in-law Tomasz Wieczorek: metoprolol, apixaban.", "Tomasz Wieczorek", TypeName},
		{"en", "pt2 says her dad is Haruto Ishikawa 312 555 0147, please call him", "Haruto Ishikawa", TypeName},
		{"en", "Spoke with Gustavo Ferreira today about the results.", "Gustavo Ferreira", TypeName},
		{"en", "echo tomorrow w/ cards (dr. mbeki-hartley) then home", "mbeki-hartley", TypeName},
		{"en", "Address: 41250 County Rd 12, Pelican Rapids, MN 56572", "41250 County Rd 12", TypeAddress},
		{"en", "Mailing: 220 Larkspur Ave, Box 0442, Fresno, CA 93704", "220 Larkspur Ave, Box 0442", TypeAddress},
		{"en", "Address: 918 E 4th St, Merrill 54452\nSpecimen: venous", "Merrill", TypeLocation},
		{"en", "Address: 918 E 4th St, Merrill 54452\nSpecimen: venous", "54452", TypeZIP},
		{"en", "Outside films from Regions Hospital were reviewed.", "Regions Hospital", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"pt-BR", "[08:10, 02/05/2024] Jussara - Clínica Médica: paciente chegou.", "Clínica Médica"},
		{"en", "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD\nFOR BLOOD SUGAR", "TWICE DAILY WITH FOOD"},
		{"en", "FAX  FR0M  YAKIMA  VALLEY  CARE  CENTER\nSELAH , WA\n- - - - -", "WA"},
		{"en", "Transferred from the General Hospital yesterday.", "the"},
		{"en", "Seen at a Community Hospital last year.", "Community"},
	})
}
