package phi

// Rules for text that reaches a clinic as messages and transcriptions:
// portal messages, voicemail and call transcriptions, telehealth
// transcripts, chat threads, answering-service logs.

// ordinalFollowers may follow a day of the month named by its ordinal
// alone ("labs on the 21st so …", "the 19th, and …"); any other word after
// it ("the 4th ventricle", "the 2nd dose") makes it an ordinal of that.
var ordinalFollowers = set(`so and at to but or for when if because then with which is was
	please until through thru works would will im i we he she they`)

// ordinalDay reads "21st", "3rd", "19th" with the suffix its number takes
// and a value of a day of the month.
func (a *analysis) ordinalDay(k int) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].kind != kAlnum {
		return false
	}
	v := a.tokText(k)
	d, ok := dayValue(v)
	if !ok || d < 1 || d > 31 || len(v) < 3 {
		return false
	}
	suf := v[len(v)-2:]
	want := "th"
	if d/10 != 1 {
		switch d % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return suf == want
}

// percentileNear reports whether a percentile is named within twelve
// tokens of k on its line, where ordinals rank a growth curve.
func (a *analysis) percentileNear(k int) bool {
	for j := max(0, k-12); j < min(len(a.toks), k+13); j++ {
		if a.isWord(j) {
			switch a.folded(j) {
			case "percentile", "percentiles", "percentil", "percentis", "centile", "centiles", "ile":
				return true
			}
		}
	}
	return false
}

// detectOrdinalDays marks a day of the month named by its ordinal after
// "the", as speech names a date ("labs on the 21st", "scheduled for the
// 19th", "the 20th-23rd"), when nothing after it makes it an ordinal of
// something else.
func (a *analysis) detectOrdinalDays() {
	n := len(a.toks)
	next := 1 // (a range's end is passed over)
	for _, ai := range a.classToks(tcAlnum) {
		i := int(ai)
		if i < next {
			continue
		}
		if a.toks[i].kind != kAlnum || !a.ordinalDay(i) || a.toks[i].nl || !a.isWord(i-1) || a.folded(i-1) != "the" {
			continue
		}
		e := i
		// a range: "the 20th-23rd"
		if i+2 < n && a.isPunct(i+1, "-") && a.toks[i+1].gap == 0 && a.toks[i+2].gap == 0 && a.ordinalDay(i+2) {
			e = i + 2
		}
		k := e + 1
		if k < n && !a.toks[k].nl {
			switch {
			case a.toks[k].kind == kPunct:
				c := a.tokText(k)
				if c != "." && c != "," && c != ";" && c != ":" && c != ")" && c != "!" && c != "?" {
					continue
				}
			case a.isWord(k) && ordinalFollowers[a.folded(k)]:
				// "the 2nd and 3rd metatarsal shafts": a list of ordinals
				// before the noun they count (round 49)
				if (a.folded(k) == "and" || a.folded(k) == "or") && k+2 < n && a.toks[k+1].kind == kAlnum && a.ordinalDay(k+1) && a.isWord(k+2) &&
					a.toks[k+2].shape == shLower && !a.toks[k+2].nl && (a.lexOf(k+2)&lxMedical != 0 || countedParts49[a.folded(k+2)]) {
					continue
				}
			default:
				continue
			}
		}
		if a.percentileNear(i) {
			continue // "fallen from the 25th to the 3rd percentile"
		}
		a.add(int(a.toks[i].s), int(a.toks[i].e), TypeDate, 0.7, pDate)
		if e > i {
			a.add(int(a.toks[e].s), int(a.toks[e].e), TypeDate, 0.7, pDate)
		}
		next = e + 1
	}
}

// selfIntroWords end the phrase a caller names themself after ("this
// is", "my name is", "aqui é", "meu nome é"); the word before must be
// "this", "name", "aqui" or "nome".
var selfIntroHeads = set(`this name aqui nome`)

// doctorWords name a doctor in lower case before the name (detectLowerCallers).
var doctorWords = set(`doctor dr`)

// lowerCallerEnds may follow a caller's name in a transcript: "this is
// hope ledbetter I'm calling", "this is frank, …".
var lowerCallerEnds = set(`i im calling from with at and um uh here again returning ligando da do de falando`)

// detectLowerCallers reads names that a transcription writes in lower
// case: a caller introducing themself ("this is hope ledbetter I'm
// calling about …") and a doctor named after the title ("a patient of
// doctor ngata"). The first word of a caller must be a listed given name
// (common words such as "hope", "frank" included), the next ones listed
// names or words in no list; the run must end the clause.
func (a *analysis) detectLowerCallers() {
	if !a.hasCue(cuSelfIntro) && !(a.en && a.hasCue(cuDoctor)) {
		return // (neither "this is" nor "doctor" in the note)
	}
	n := len(a.toks)
	next := 2 // (a caller's words are passed over)
	for _, wi := range a.wordToks {
		i := int(wi)
		if i < next {
			continue
		}
		t := a.toks[i]
		if t.kind != kWord || t.shape != shLower || t.nl || a.claimedAt(i) {
			continue
		}
		v := a.folded(i - 1)
		switch {
		case a.isWord(i-1) && (v == "is" || v == "e") && a.isWord(i-2) && a.cue(i-2)&cuSelfIntro != 0:
			x := a.lexOf(i)
			if x&lxGiven == 0 || x&(lxStop|lxCred|lxParticle|lxMonth|lxMedical) != 0 || t.e-t.s < 3 {
				continue
			}
			j := i + 1
			for j < n && j < i+3 && a.isWord(j) && !a.toks[j].nl && a.toks[j].shape == shLower && !a.claimedAt(j) &&
				(a.lexOf(j)&(lxGiven|lxName) != 0 && a.lexOf(j)&(lxCommon|lxStop|lxMedical) == 0 || a.unknownWord(j)) {
				j++
			}
			if j < n && !a.toks[j].nl && !(a.toks[j].kind == kPunct && a.tokText(j) != "'" || a.isWord(j) && lowerCallerEnds[a.folded(j)]) {
				continue
			}
			a.add(int(t.s), int(a.toks[j-1].e), TypeName, 0.7, pName)
			next = j
		case a.en && a.isWord(i-1) && a.toks[i-1].shape == shLower && (v == "doctor" || v == "dr"):
			// (a word in no list, or a listed surname that is no common word)
			if t.e-t.s < 3 || nameFunctionWords[a.folded(i)] || !(a.unknownWord(i) || a.lexOf(i)&lxName != 0 && a.lexOf(i)&(lxCommon|lxStop|lxMedical|lxCred) == 0) {
				continue
			}
			a.add(int(t.s), int(t.e), TypeName, 0.7, pName)
		}
	}
}

// callLogVerbs open a line of a call log with the caller's name after
// them: "Ligou Sebastião Rocha Filho, CPF …", "Telefonou Maria Souza".
var callLogVerbs = set(`ligou telefonou retornou`)

// detectCallLogNames reads the caller named after a call log's verb at
// the start of a line: a title-case run of two to four words opening with
// a listed given name.
func (a *analysis) detectCallLogNames() {
	if !a.hasCue(cuCallLog) {
		return
	}
	n := len(a.toks)
	for i := 0; i+2 < n; i++ {
		if a.cue(i)&cuCallLog == 0 || !(i == 0 || a.toks[i].nl || a.spacedDash(i-1)) || !a.isWord(i) {
			continue
		}
		k := i + 1
		if !a.isWord(k) || a.toks[k].nl || a.toks[k].shape != shTitle || a.claimedAt(k) || a.lexOf(k)&lxGiven == 0 || a.lexOf(k)&(lxStop|lxMonth|lxMedical|lxLabel) != 0 {
			continue
		}
		j := a.nameRun(k, runOpts{maxTok: 4})
		if j-k < 2 {
			continue
		}
		a.add(int(a.toks[k].s), int(a.toks[j-1].e), TypeName, 0.75, pName)
	}
}

// detectEndInitials reads the initials that sign a message at its very
// end: after a dash that follows a sentence ("… on doxy. — ER", "…
// Forwarded to HIM. — kp") or alone on the last line ("JT"), or a single
// initial alone on a line before a quoted reply ("M." then "> On …").
func (a *analysis) detectEndInitials() {
	n := len(a.toks)
	last := n - 1
	for last >= 0 && a.toks[last].kind == kPunct && a.tokText(last) == "." && !a.toks[last].nl {
		last--
	}
	if last >= 1 {
		t := a.toks[last]
		ok := t.kind == kWord && t.e-t.s >= 2 && t.e-t.s <= 3 && (t.shape == shUpper || t.shape == shLower) && !a.claimedAt(last) &&
			a.lexOf(last)&(lxCred|lxRegion|lxMonth) == 0 && !usStates[a.tokText(last)] && !brStates[a.tokText(last)]
		dash := last >= 2 && (a.isPunct(last-1, "—") || a.isPunct(last-1, "-") || a.isPunct(last-1, "–")) && a.toks[last-1].gap >= 1 && a.toks[last].gap <= 1 &&
			!a.toks[last].nl && (a.toks[last-1].nl || a.toks[last-2].kind == kPunct)
		alone := t.nl && t.shape == shUpper && a.lexOf(last)&(lxCommon|lxStop|lxMedical) == 0 && a.toks[last-1].kind == kPunct
		if ok && (dash || alone) {
			a.add(int(t.s), int(t.e), TypeName, 0.7, pName)
		}
	}
	for i := 1; i+2 < n && a.hasPunct('>'); i++ {
		t := a.toks[i]
		if t.kind != kWord || t.shape != shSingle || !t.nl || !a.isPunct(i+1, ".") || a.toks[i+1].gap != 0 || !a.toks[i+2].nl || !a.isPunct(i+2, ">") {
			continue
		}
		a.add(int(t.s), int(t.e), TypeName, 0.65, pName)
	}
}

// detectBracketSenders reads the sender of a text message written in
// brackets at the start of its line, the way SMS gateways and ride or
// pharmacy services sign their automated texts: "[CareRide] Your ride is
// booked …". The bracket must hold one to three capitalised words, one
// of them in no list or written in mixed case (a brand), and the message
// must go on after it on the same line ("[Patient Portal message]" alone
// on its line is a heading).
func (a *analysis) detectBracketSenders() {
	n := len(a.toks)
	for i := 0; i+3 < n && a.hasPunct('['); i++ {
		if !a.isPunct(i, "[") || !(i == 0 || a.toks[i].nl) {
			continue
		}
		j, brand := i+1, false
		for j < n && j-i <= 3 && a.isWord(j) && a.capShape(j) && !a.toks[j].nl {
			if a.toks[j].shape == shMixed || a.unknownWord(j) {
				brand = true
			}
			if a.lexOf(j)&(lxStop|lxMonth|lxTitle|lxCred|lxMedical) != 0 {
				brand = false
				break
			}
			j++
		}
		if !brand || j == i+1 || j+1 >= n || !a.isPunct(j, "]") || a.toks[j+1].nl || a.claimedAt(i+1) {
			continue
		}
		a.add(int(a.toks[i+1].s), int(a.toks[j-1].e), TypeOrganization, 0.7, pOrg)
		i = j
	}
}
