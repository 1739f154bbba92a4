package phi

// Per-token cue bits. The detectors ask the small cue sets (lexicon.go and
// beside the rules) whether a token's folded form is in them, often
// several sets for the same token and the same token from several rules;
// a Go map lookup hashes the string each time. lookupAll instead looks
// every token up once in cueTab, keyed by the FNV hash it computes for the
// vocabulary anyway (entries are compared in full, so the answer is that of
// the sets), and keeps the bits per token: the hot loops test a bit.
//
// A set listed here must not change after init, and a bit must only be
// tested for the folded form of the token it was computed for.
const (
	cuOrgPrefix    uint64 = 1 << iota // orgPrefixHeads
	cuOrgSuffix                       // orgSuffixHeads
	cuWeakOrgHead                     // weakOrgHeads
	cuDocType                         // docTypeWords
	cuOrgPrep                         // orgPreps
	cuIDWord                          // idWords
	cuIDMRN                           // idMRNWords
	cuIDAccount                       // idAccountWords
	cuIDPlan                          // idPlanWords
	cuTypeMRN                         // typeMRNWords
	cuTypePlan                        // typePlanWords
	cuTypeAccount                     // typeAccountWords
	cuTypeLicense                     // typeLicenseWords
	cuMeasure                         // measureLabels
	cuWeekday                         // weekdayWords
	cuAgeTens                         // ageTens
	cuAgeHunds                        // ageHunds
	cuAgeWord                         // ageWords
	cuNameSuffix                      // nameSuffixWords
	cuTitle                           // titleWords
	cuCred                            // credWords
	cuBy                              // byWords
	cuClosing                         // closingWords
	cuGreet                           // greetWords
	cuRoleAfter                       // roleAfterWords
	cuBaby                            // babyWords
	cuDeviceEponym                    // deviceEponyms
	cuPersonVerb                      // personVerbs
	cuDrugCue                         // drugCueWords
	cuDrugAfter                       // drugAfterWords
	cuStreet                          // streetWords
	cuUSStreet                        // usStreetTypes
	cuBRStreet                        // brStreetWords
	cuDistrictHead                    // districtHeads
	cuDistrictCue                     // districtCue
	cuLocCue                          // locCueWords
	cuCompass                         // compassWords
	cuBed                             // bedWords
	cuKnown                           // knownPhrases (the keys)
	cuTypist                          // typistVerbs
	cuContact                         // contactWords
	cuCounty                          // countyWords
	cuCopula                          // copulaWords
	cuSpoken                          // spokenWords (the keys)
	cuRoleBefore                      // roleBeforeName
	cuRoster                          // rosterWords
	cuRuralRoad                       // ruralRoadWords
	cuBRLowStreet                     // brLowerStreets, folded (asked of the raw text)
	cuTitleInitial                    // titleInitialWords, folded (asked of the raw text)
	cuCouncil                         // councilWords, folded (asked of the raw text)
	cuSelfIntro                       // selfIntroHeads
	cuDoctor                          // doctorWords
	cuCallLog                         // callLogVerbs
	cuGoesBy                          // goesByWords
	cuEponymAfter                     // eponymNouns
	cuEponymBefore                    // eponymBefore
	cuSigned                          // signedWords
	cuDevice                          // deviceWords
	cuVehicle                         // vehicleMakes
	cuAttend                          // attendanceWords
	cuMotion                          // motionVerbs
	cuRare37                          // rare37Words
	cuTurn37                          // turn37Words
	cuRound39                         // round39Words
)

// cuPresence holds the bits asked only of the note as a whole (hasCue),
// to skip a pass whose trigger word is absent; they do not make a word a
// cue word (properCommon tests the others).
const cuPresence = cuTypist | cuContact | cuCounty | cuAttend | cuMotion | cuRare37 | cuTurn37

// cuFilter holds the bits of small sets that hot loops asked of nearly
// every token with a map lookup: the bit replaces the lookup, or, for a
// set asked of the raw text or for a value, is an exact pre-check before
// it (a token whose bit is clear is in no such map). They do not make a
// word a cue word either. (No word of them is a coinedClinic.)
const cuFilter = cuCopula | cuSpoken | cuRoleBefore | cuRoster | cuRuralRoad | cuBRLowStreet | cuTitleInitial | cuCouncil |
	cuSelfIntro | cuDoctor | cuCallLog | cuGoesBy | cuEponymAfter | cuEponymBefore | cuSigned | cuDevice | cuVehicle | cuRound39

// cueTab maps a folded word to the cue bits of the sets it is in.
var cueTab = func() *cueTable {
	sets := []struct {
		bit   uint64
		words []string
	}{
		{cuOrgPrefix, keys(orgPrefixHeads)}, {cuOrgSuffix, keys(orgSuffixHeads)},
		{cuWeakOrgHead, keys(weakOrgHeads)}, {cuDocType, keys(docTypeWords)}, {cuOrgPrep, keys(orgPreps)},
		{cuIDWord, keys(idWords)}, {cuIDMRN, keys(idMRNWords)}, {cuIDAccount, keys(idAccountWords)},
		{cuIDPlan, keys(idPlanWords)}, {cuTypeMRN, keys(typeMRNWords)}, {cuTypePlan, keys(typePlanWords)},
		{cuTypeAccount, keys(typeAccountWords)}, {cuTypeLicense, keys(typeLicenseWords)},
		{cuMeasure, keys(measureLabels)}, {cuWeekday, keys(weekdayWords)}, {cuAgeTens, keys(ageTens)},
		{cuAgeHunds, keys(ageHunds)}, {cuAgeWord, keys(ageWords)}, {cuNameSuffix, keys(nameSuffixWords)},
		{cuTitle, keys(titleWords)}, {cuCred, keys(credWords)}, {cuBy, keys(byWords)},
		{cuClosing, keys(closingWords)}, {cuGreet, keys(greetWords)}, {cuRoleAfter, keys(roleAfterWords)},
		{cuBaby, keys(babyWords)}, {cuDeviceEponym, keys(deviceEponyms)}, {cuPersonVerb, keys(personVerbs)},
		{cuDrugCue, keys(drugCueWords)}, {cuDrugAfter, keys(drugAfterWords)}, {cuStreet, keys(streetWords)},
		{cuUSStreet, keys(usStreetTypes)}, {cuBRStreet, keys(brStreetWords)},
		{cuDistrictHead, keys(districtHeads)}, {cuDistrictCue, keys(districtCue)},
		{cuLocCue, keys(locCueWords)}, {cuCompass, keys(compassWords)}, {cuBed, keys(bedWords)},
		{cuKnown, keys(knownPhrases)},
		{cuTypist, keys(typistVerbs)}, {cuContact, keys(contactWords)}, {cuCounty, keys(countyWords)},
		{cuCopula, keys(copulaWords)}, {cuSpoken, keys(spokenWords)}, {cuRoleBefore, keys(roleBeforeName)},
		{cuRoster, keys(rosterWords)}, {cuRuralRoad, keys(ruralRoadWords)},
		{cuBRLowStreet, foldedKeys(brLowerStreets)}, {cuTitleInitial, foldedKeys(titleInitialWords)},
		{cuCouncil, foldedKeys(councilWords)}, {cuSelfIntro, keys(selfIntroHeads)}, {cuDoctor, keys(doctorWords)},
		{cuCallLog, keys(callLogVerbs)}, {cuGoesBy, keys(goesByWords)}, {cuEponymAfter, keys(eponymNouns)},
		{cuEponymBefore, keys(eponymBefore)}, {cuSigned, keys(signedWords)}, {cuDevice, keys(deviceWords)},
		{cuVehicle, keys(vehicleMakes)}, {cuAttend, keys(attendanceWords)}, {cuMotion, keys(motionVerbs)},
		{cuRare37, keys(rare37Words)}, {cuTurn37, keys(turn37Words)},
		{cuRound39, round39Words()},
	}
	bits := map[string]uint64{}
	for _, s := range sets {
		for _, w := range s.words {
			bits[w] |= s.bit
		}
	}
	// (a load up to 0.32: the table is probed only past the filter, and
	// one of 8192 slots stays in the CPU's second-level cache where one of
	// 16384 would not; at 0.32 rather than 0.3 a probe is hardly longer,
	// and the cue words of round 42 kept it at 8192)
	size := 64
	for 8*size < 25*len(bits) {
		size *= 2
	}
	t := &cueTable{slots: make([]cueSlot, size), kinds: make([]uint64, size)}
	for w, b := range bits {
		t.add(w, b)
	}
	// (the kinds of round 39's trigger words, read with the bits: a map
	// lookup per trigger word in has39 cost more, round 47)
	for w, k := range r39Kinds {
		t.kinds[t.slotOf(w)] = k
	}
	return t
}()

// foldedKeys returns the folded keys of m, for a set asked of a token's
// raw text (the fold of a key is the fold of any text equal to it).
func foldedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, foldString(k))
	}
	return out
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// cueTable is a small open-addressing table (load ≤ 0.32) behind a bit
// filter of 8 KB indexed by the top bits of the hash: most tokens are in
// no cue set, and the filter, which stays in the CPU's first-level cache,
// turns nearly all of them away with one load.
type cueTable struct {
	filter [1 << (cueFilterBits - 6)]uint64
	slots  []cueSlot
	// kinds holds, beside each slot, the kinds of a trigger word of
	// round 39's passes (r39Kinds); it is read only for those words
	kinds []uint64
}

const cueFilterBits = 16

type cueSlot struct {
	h    uint64
	bits uint64
	w    string // "" for an empty slot
}

func (t *cueTable) add(w string, bits uint64) {
	h := hashString(w)
	f := h >> (64 - cueFilterBits)
	t.filter[f>>6] |= 1 << (f & 63)
	mask := uint64(len(t.slots) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> 32 & mask; ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.w == "" {
			*s = cueSlot{h, bits, w}
			return
		}
	}
}

// get returns the cue bits of folded word f, whose hashString is h,
// and the kinds of a trigger word of round 39's passes (r39Kinds).
func (t *cueTable) get(h uint64, f string) (uint64, uint64) {
	if b := h >> (64 - cueFilterBits); t.filter[b>>6]&(1<<(b&63)) == 0 {
		return 0, 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> 32 & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.w == "" {
			return 0, 0
		}
		if s.h == h && s.w == f {
			if s.bits&cuRound39 != 0 {
				return s.bits, t.kinds[i]
			}
			return s.bits, 0
		}
	}
}

// slotOf returns the index of the slot of word w, which the table holds.
func (t *cueTable) slotOf(w string) int {
	h := hashString(w)
	mask := uint64(len(t.slots) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> 32 & mask; ; i = (i + 1) & mask {
		if t.slots[i].w == w {
			return int(i)
		}
	}
}

// cue returns the cue bits of token i (see cuOrgPrefix).
func (a *analysis) cue(i int) uint64 { return a.cues[i] }
