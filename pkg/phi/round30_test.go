package phi

import "testing"

// Round 30 rules (heldout92-94, invented text): numbers spoken in words in
// transcriptions — a phone number read digit by digit or in groups, in
// English and Portuguese, a date of birth read out, an age after "he's";
// a day of the month named by its ordinal after "the"; a hyphenated date
// with a two-digit year answering a date-of-birth question; callers and
// doctors named in lower case; a caller after "Ligou" and a name after a
// role label ("TARM:", "Quem ligou:"); a chat sender whose name the
// Portuguese suffix rules read as a common word; initials signing a
// message at its end; a plan's state by its postal code ("… of TN").
// Pain scores and test subscores, clinical words opening a sentence,
// hyphenated eponyms, ordinals of a growth curve and greetings after
// "doutora" stay as they are.
func TestRound30Rules(t *testing.T) {
	d := detector(t)
	checkTyped(t, d, []typedCase{
		{"en", "hey it's me again, please call me back at six zero three four four eight two one seven seven okay bye", "six zero three four four eight two one seven seven", TypePhone},
		{"en", "you can reach my cell at five five five, two one oh nine, thanks", "five five five, two one oh nine", TypePhone},
		{"pt-BR", "O telefone do filho é oitenta e sete, nove nove dois, trinta e um, quinze. Obrigada.", "oitenta e sete, nove nove dois, trinta e um, quinze", TypePhone},
		{"en", "calling about Mr. Haskins, date of birth eleven three nineteen forty-two, he needs a refill", "eleven three nineteen forty-two", TypeDate},
		{"en", "my father, he's ninety six, fell last night", "ninety six", TypeAge},
		{"en", "We moved your infusion to the 14th, see you then.", "14th", TypeDate},
		{"en", "I'll be out of town the 8th-11th so any other week works.", "11th", TypeDate},
		{"en", "Nurse: And your date of birth?\nCaller: Dolores Amberley 3-9-61", "3-9-61", TypeDate},
		{"en", "\"yeah hi this is marla quenneville calling about my refill\"", "marla quenneville", TypeName},
		{"en", "she sees doctor okonkwo-brandt on fridays", "okonkwo", TypeName},
		{"pt-BR", "Registro de ligações\nLigou Rosilene Matos Pereira, pediu segunda via do laudo.", "Rosilene Matos Pereira", TypeName},
		{"pt-BR", "Hora: 02h10   TARM: Edivaldo\nMotivo: queda", "Edivaldo", TypeName},
		{"pt-BR", "Quem ligou: Josiane, técnica do laboratório", "Josiane", TypeName},
		{"pt-BR", "[12/05/24, 09:10] ACS Juninhos: visitei a família hoje", "Juninhos", TypeName},
		{"en", "Dressing changed, edges clean, continue plan. — TW", "TW", TypeName},
		{"en", "Left a message for the daughter. — rb", "rb", TypeName},
		{"en", "Refill sent to the mail-order pharmacy.\nGK", "GK", TypeName},
		{"en", "Plan: Payer BlueCross BlueShield of KY    ID # 44XK0021\nDx: I10", "of KY", TypeOrganization},
	})
	checkClean(t, d, []cleanCase{
		{"en", "She walked two or three blocks, then one more; about twenty five minutes.", "two"},
		{"en", "Count backwards: one two three four five six seven, intact.", "seven"},
		{"en", "Dilated 4th ventricle; the 2nd dose was given late.", "2nd"},
		{"en", "Weight dropped from the 50th to the 10th percentile.", "10th"},
		{"en", "Knee pain 4/10 today, down from 7/10 last week.", "7/10"},
		{"en", "MoCA 22/30 (delayed recall 2/5, naming 3/3).", "2/5"},
		{"en", "Biopsy: Gleason 3+3=6 in 2/12 cores.", "2/12"},
		{"en", "Incisions clean. Ambulated twice with a walker. Euvolemic on exam.", "Ambulated"},
		{"en", "Incisions clean. Ambulated twice with a walker. Euvolemic on exam.", "Euvolemic"},
		{"en", "Ankle exam: Dorsiflexion limited on the right.", "Dorsiflexion"},
		{"pt-BR", "Retorno em 30 dias. Assintomático no momento.", "Assintomático"},
		{"pt-BR", "Gonartrose avançada (Kellgren-Lawrence grau III) à esquerda.", "Kellgren"},
		{"en", "Dry mouth but no Sjögren symptoms reported.", "Sjögren"},
		{"en", "Pt Name | MRN 448120 | Adm Mar 2 | D/C Mar 4", "Adm"},
		{"pt-BR", "[21:02, 04/03/2024] Dona Cida: doutora boa noite, ele dormiu bem", "boa"},
		{"en", "Range 12-10-24 on the old strip.", "12-10-24"},
	})
}
