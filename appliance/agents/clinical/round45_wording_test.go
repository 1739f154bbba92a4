package clinical

import "testing"

// TestWordingRound45 pins the heldout45 wording: "nunca" denies like
// "never", but "never had a pain like this" / "nunca sentiu uma dor
// assim" asserts the finding; a near-faint is presyncope, not syncope;
// "unconscious for about 10 seconds" is a faint that is over, not an
// unresponsive patient; "all gone now" and a normal neurological
// examination mark a resolved deficit; venepuncture and injections are
// reflex-syncope triggers.
func TestWordingRound45(t *testing.T) {
	cases := []phrase{
		{"pt-BR", "Nunca teve convulsão.", "seizure", denied},
		{"pt-BR", "Nunca teve delirium tremens, sem alucinações.", "confusion", denied},
		{"pt-BR", "Nunca sentiu uma dor no peito tão forte.", "chest_pain", present},
		{"pt-BR", "Dor de cabeça, diz que nunca teve uma dor de cabeça igual.", "headache", present},
		{"en", "Says she has never had a headache like this one.", "headache", present},
		{"en", "Never had chest pain as bad as this.", "chest_pain", present},
		{"en", "Never had a seizure.", "seizure", denied},
		{"pt-BR", "Chiado no peito. Nunca foi internado por asma.", "asthma", present},
		{"en", "Nearly passed out in the shower this morning.", "syncope", absent},
		{"en", "Nearly passed out in the shower this morning.", "presyncope", present},
		{"en", "Felt like she was going to faint in the lift.", "syncope", absent},
		{"pt-BR", "Quase desmaiou na fila do banco.", "syncope", absent},
		{"pt-BR", "Quase desmaiou na fila do banco.", "presyncope", present},
		{"pt-BR", "Nega síncope ou pré-síncope.", "presyncope", denied},
		{"en", "Fainted in the kitchen and hit the floor.", "syncope", present},
		{"en", "Unconscious for about 10 seconds, then fully alert.", "unresponsive", absent},
		{"en", "Unconscious for about 10 seconds, then fully alert.", "syncope", present},
		{"pt-BR", "Ficou desacordada por uns 20 segundos.", "syncope", present},
		{"en", "Found unconscious on the floor, not responding to voice.", "unresponsive", present},
		{"en", "Both legs went weak for ten minutes but it is all gone now.", "deficit_resolved", present},
		{"en", "Left arm was clumsy; neuro exam: normal.", "deficit_resolved", present},
		{"pt-BR", "Ficou com a boca torta por 15 minutos. Exame neurológico agora normal.", "deficit_resolved", present},
		{"en", "Passed out while a nurse was taking blood.", "vasovagal", present},
		{"pt-BR", "Desmaiou durante a vacina da gripe.", "vasovagal", present},
		{"en", "Bloods taken, awaiting results. Fainted at home.", "vasovagal", absent},
		{"en", "His stools have been jet black for two days.", "melena", present},
	}
	checkPhrases(t, cases)
}
