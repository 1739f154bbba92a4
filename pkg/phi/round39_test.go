package phi

import "testing"

// Round 39 rules (heldout112: dictations, call and voicemail
// transcriptions, chats written by speech recognition; heldout113:
// dev-imitating notes; invented text): numbers said in words after their
// cue (dates, a date of birth asked on the turn before, identifiers
// spelled with their letters, extensions, ZIPs, house numbers), ages
// over 89 in words, names, organisations, streets and towns said in
// lower case after their cues; OCR numbers and names cut at a line's
// end; planned-city blocks; districts named after a state; a known city
// before a header's date; a street's compass point. Against
// over-reach: doses, counts, readings and percentages in words, a month
// alone, numbers with no label, common words after a title or a
// relation, Portuguese verbs, a credential spelled after a name.
func TestRound39Rules(t *testing.T) {
	d := detector(t)
	dict := "this is doctor helga brandvold dictating a clinic note on desmond okafor spelled o k a f o r medical record number seven seven one zero four two nine date of birth april fifth nineteen forty four period mister okafor is a ninety one year old retired welder from paducah who presented to saint columba's community hospital with two days of cough period his caseworker ingrid solvang at the county was updated period dictated by lorenzo bassi M D"
	dict2 := "clinic note november nine twenty twenty two period well visit for imani radcliffe date of birth march first twenty twenty period her grandmother goes to maple grove senior center and lives at forty two ten birchwood drive apartment three dayton ohio four five four two nine period the walgreens on elmwood avenue has the refill period signed ingrid solvang R N"
	call := "AGENT: thanks for calling, can you confirm the date of birth?\nCALLER: six eighteen nineteen forty-four\nAGENT: and the group number\nCALLER: four oh two eight one\nAGENT: and your name and date of birth\nCALLER: bronwyn castellano three nine eighty two"
	vm := "hi this is tanya, jaylen fairweather's dad, the claim number is K T four four dash two nine one seven zero and the member ID is Y H T five five two zero one nine eight, call me at six one seven five five five oh one four four extension two three thanks"
	ptDict := "evolução ponto paciente rosineide carvalho dantas vírgula setenta anos vírgula prontuário cinco cinco oito dois um sete ponto a neta kauany vírgula telefone ponto mora na rua das palmeiras trezentos e vinte vírgula bairro santa luzia vírgula e trabalha na padaria estrela dalva ponto atendida em doze de março de dois mil e vinte e dois ponto ditado por doutora odete brum CRM paraná trinta e dois mil quatrocentos e dez"
	chat := "Marguerite (aide): he ate half his lunch\nJo RN: ok recheck at 2\nMarguerite (aide): 2pm sugar 151\nJo RN: thanks"
	checkTyped(t, d, []typedCase{
		// dates in words: a month, its day and a year
		{"en", dict, "april fifth nineteen forty four", TypeDate},
		{"en", dict2, "november nine twenty twenty two", TypeDate},
		{"en", dict2, "march first twenty twenty", TypeDate},
		{"pt-BR", ptDict, "doze de março de dois mil e vinte e dois", TypeDate},
		// a date of birth answered on the next turn, and the name given
		// before it
		{"en", call, "six eighteen nineteen forty-four", TypeDate},
		{"en", call, "three nine eighty two", TypeDate},
		{"en", call, "bronwyn castellano", TypeName},
		// identifiers spelled out after their label, letters and all
		{"en", dict, "seven seven one zero four two nine", TypeMRN},
		{"en", vm, "K T four four dash two nine one seven zero", TypeID},
		{"en", vm, "Y H T five five two zero one nine eight", TypeHealthPlan},
		{"en", call, "four oh two eight one", TypeHealthPlan},
		{"pt-BR", ptDict, "cinco cinco oito dois um sete", TypeMRN},
		{"pt-BR", ptDict, "CRM paraná trinta e dois mil quatrocentos e dez", TypeLicense},
		// a phone's extension said in words
		{"en", vm, "six one seven five five five oh one four four extension two three", TypePhone},
		// a house number, a ZIP, a town in lower case
		{"en", dict2, "forty two ten birchwood drive apartment three", TypeAddress},
		{"en", dict2, "four five four two nine", TypeZIP},
		{"en", dict2, "elmwood avenue", TypeAddress},
		{"pt-BR", ptDict, "rua das palmeiras trezentos e vinte", TypeAddress},
		{"pt-BR", ptDict, "santa luzia", TypeLocation},
		{"en", dict, "paducah", TypeLocation},
		// an age over 89 in words, with "year old"; after "she'll be"; "is now"
		{"en", dict, "ninety one year old", TypeAge},
		{"en", "CALLER: she turned ninety last spring and she'll be ninety-two in may", "ninety-two", TypeAge},
		{"en", "Because she is now 93, we will see her at home.", "93", TypeAge},
		// names in lower case after their cues
		{"en", dict, "helga brandvold", TypeName},
		{"en", dict, "desmond okafor", TypeName},
		{"en", dict, "o k a f o r", TypeName},
		{"en", dict, "ingrid solvang", TypeName},
		{"en", dict, "lorenzo bassi", TypeName},
		{"en", dict2, "imani radcliffe", TypeName},
		{"en", dict2, "ingrid solvang", TypeName},
		{"en", vm, "jaylen fairweather", TypeName},
		{"pt-BR", ptDict, "rosineide carvalho dantas", TypeName},
		{"pt-BR", ptDict, "kauany", TypeName},
		{"pt-BR", ptDict, "odete brum", TypeName},
		{"en", chat, "Marguerite", TypeName},
		// organisations in lower case
		{"en", dict, "saint columba's community hospital", TypeOrganization},
		{"en", dict2, "maple grove senior center", TypeOrganization},
		{"pt-BR", ptDict, "padaria estrela dalva", TypeOrganization},
		{"en", "voicemail: hi it's me again um my insurance switched to humana in january so please update it thanks bye", "humana", TypeOrganization},
		// OCR: numbers and names cut at the end of a line
		{"en", "REFERRAL  F0R  PT\nMay  be  reached  at  ( 4 1 4 )  5 5 5 -\n0 3 8 2 ;  wife  Ann .\nDx :  low  back  pain", "0 3 8 2", TypePhone},
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nDeclaro  que  MARILENE  JOSEFA\nDA  SILVA  MOURA ,  CPF  5 2 9 . 9 8 2 .\n2 4 7 - 2 5 ,  esteve  nesta  clínica .", "2 4 7 - 2 5", TypeCPF},
		{"pt-BR", "DECLARAÇÃ0  DE  C0MPARECIMENT0\nDeclaro  que  MARILENE  JOSEFA\nDA  SILVA  MOURA ,  CPF  5 2 9 . 9 8 2 .\n2 4 7 - 2 5 ,  esteve  nesta  clínica .", "MARILENE", TypeName},
		{"en", "CHEST X-RAY\nORDERED BY: WHITLOCK, J\nINDICATION: cough", "WHITLOCK, J", TypeName},
		// places: an elided particle, hyphens, a common word before its state
		{"pt-BR", "Reside em São Jorge d'Oeste com a filha.", "São Jorge d'Oeste", TypeLocation},
		{"en", "She returned from Aix-les-Bains last month.", "Aix-les-Bains", TypeLocation},
		{"en", "Her brother drove down from Normal, IL for the visit.", "Normal", TypeLocation},
		// a known city before a dash and a date in a header; a street's compass point
		{"pt-BR", "[Transcrição automática - Central de Regulação - Vitória - 14/02/2024 10:12]\nTARM: qual a emergência?", "Vitória", TypeLocation},
		{"en", "Dr. Ames: the walk-in clinic opens at noon on 52nd Street NW\nMom: ok thanks", "52nd Street NW", TypeAddress},
		{"en", "Pharmacy: Hi Dana, this is Lou, pharmacist at the E Colfax Ave store. Your refill is ready.", "E Colfax Ave", TypeAddress},
		// a planned city's block, a district named after a state
		{"pt-BR", "Endereço: Quadra 208 Sul, Alameda 9, Lote 12, próximo ao posto.", "Quadra 208 Sul, Alameda 9, Lote 12", TypeAddress},
		{"pt-BR", "Mora na Vila Minas Gerais com o marido.", "Vila Minas Gerais", TypeLocation},
	})
	checkClean(t, d, []cleanCase{
		// doses, counts, readings and percentages in words
		{"en", dict, "two days"},
		{"en", "take two tablets twice daily and lisinopril twenty milligrams period blood pressure one hundred and twenty over eighty saturation ninety percent", "two tablets"},
		{"en", "take two tablets twice daily and lisinopril twenty milligrams period blood pressure one hundred and twenty over eighty saturation ninety percent", "twenty milligrams"},
		{"en", "take two tablets twice daily and lisinopril twenty milligrams period blood pressure one hundred and twenty over eighty saturation ninety percent", "one hundred and twenty over eighty"},
		{"en", "take two tablets twice daily and lisinopril twenty milligrams period blood pressure one hundred and twenty over eighty saturation ninety percent", "ninety percent"},
		// a month and a number with no ordinal or year
		{"en", "in october seventeen patients were seen at the clinic", "seventeen"},
		// a month, a day and a year with no date of birth asked
		{"en", "the scores were four seventeen ninety one and rising", "four seventeen ninety one"},
		// numbers with no label, or a weak label without "number"
		{"en", "she is in room four four one two on the ward", "four four one two"},
		{"en", "in case two three four five is needed", "two three four five"},
		{"en", "he walked ninety three two seven seven steps", "three two seven seven"},
		// no street: a time and a distance
		{"en", "she drives about three hours each way, so a combined visit helps", "three hours each way"},
		{"en", "this is the last message she is on her way home now period", "her way"},
		// common words after a title, a relation, a possessive verb
		{"en", "CALLER: ok what did the dr say about the stents and the doctor said he would call", "say"},
		{"en", "CALLER: ok what did the dr say about the stents and the doctor said he would call", "said"},
		{"pt-BR", "O filho vai levá-los de carro até a clínica.", "vai"},
		{"pt-BR", "Em caso de dúvidas, entre em contato pelo 0800 648 2210.", "pelo"},
		// a credential spelled after a dictated name
		{"en", dict, "M D"},
		{"en", "JANE A. MORRISON, M.D.\nInternal Medicine", "M.D."},
		// no organisation without a proper word, no place in a bed
		{"en", "hi um I'm calling because the pharmacy never got the script and I stayed in bed all day so call me back", "because the pharmacy"},
		// a kind of care after "and" is no organisation; a compass letter
		// before words is no part of the street
		{"en", "he has neuropathy and home health care will visit twice a week period dictated by doctor lund", "home health care"},
		{"en", "She lives off Elm Street N of the park.", "N of"},
		// a prescription's field in brackets is no speaker
		{"en", "Sig (es): Tome 2 tabletas\nSig (en): Take 2 tablets\nSig (es): Tome 1", "Sig"},
	})
}
