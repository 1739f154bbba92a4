package phi

import "strings"

// Medical word shapes the vocabularies miss. WordNet's drug and disease
// nouns stop at the common ones, so a capitalised "Milrinone" at the start
// of a sentence, "Prediabetes" in a problem list or "Ketones negative" read
// as unknown words, and unknown capitalised words can be names. Three
// shapes make a word medical without listing it: an international
// non-proprietary name stem (WHO, "The use of stems in the selection of
// INNs", 2018; USAN Council stem list), a medical prefix before a listed
// medical or common word ("pre" + "diabetes", "peri" + "neural"), and the
// plural of a listed medical word. Listed names always win: classify only
// asks about words in no list.

// innStems are suffixes that only drug names end with (each at least five
// letters long as written, so surnames are not caught by a short ending).
var innStems = []string{
	"inone", "azole", "olol", "pril", "sartan", "vastatin", "ximab", "zumab", "umab", "tinib", "cillin",
	"mycin", "micin", "cycline", "floxacin", "triptan", "dipine", "afil", "parin", "oxetine", "azepam",
	"azolam", "tidine", "prazole", "gliptin", "gliflozin", "glitazone", "semide", "thiazide", "tiazida",
	"profen", "coxib", "dronate", "dronato", "lukast", "setron", "terol", "tropium", "curonium", "platin",
	"rubicin", "taxel", "relin", "pressin", "opram", "apine", "idone", "oxacin", "conazole", "conazol",
	"vudine", "navir", "previr", "asvir", "buvir", "ciclovir", "cyclovir", "dazole", "nidazol", "statina",
	"prazol", "sartana", "olone", "onide", "asone", "cortisone", "gluconate", "gluconato", "sulfate", "sulfato",
	"hydrochloride", "cloridrato", "fosfato", "phosphate", "tartrate", "tartarato", "maleate", "maleato",
	"succinate", "succinato", "mesylate", "mesilato", "besylate", "besilato", "valerate", "valerato",
	// (and the names of specialties: "Hepatology", "Neonatology")
	"ology",
	// (and their adjectives: "Neuropathologic", "Physiologic")
	"ologic", "ological",
	// (and clinical findings opening a sentence: "Euvolemic",
	// "Dorsiflexion", "Ambulated")
	"volemic", "flexion", "ulated",
}

// stemsByLast buckets innStems by their last byte: one short list to try
// per word instead of all of them.
var stemsByLast = func() (b [256][]string) {
	for _, s := range innStems {
		b[s[len(s)-1]] = append(b[s[len(s)-1]], s)
	}
	return b
}()

// medPrefixes join a medical or common word into a medical one.
var medPrefixes = []string{
	// (not di-, bi-, tri-, dis-: "Dimonte", "Bimonte", "Disanto" are surnames)
	"pre", "peri", "post", "hyper", "hypo", "hiper", "hipo", "anti", "intra", "trans", "supra", "endo",
	"poly", "poli", "micro", "macro", "pseudo", "retro", "infra", "ultra", "multi", "dorsi", "plantar",
}

// medPrefixesByFirst buckets medPrefixes by their first byte, in order.
var medPrefixesByFirst = func() (b [256][]string) {
	for _, p := range medPrefixes {
		b[p[0]] = append(b[p[0]], p)
	}
	return b
}()

// medicalShape reports whether folded word f, in no list, is shaped like
// a medical word.
func (v *vocab) medicalShape(f string) bool {
	if len(f) < 6 {
		return false
	}
	for _, s := range stemsByLast[f[len(f)-1]] {
		if len(f) >= len(s)+2 && strings.HasSuffix(f, s) {
			return true
		}
	}
	for _, p := range medPrefixesByFirst[f[0]] {
		if rest, ok := strings.CutPrefix(f, p); ok && len(rest) >= 5 {
			if x := v.lookup(rest); x&(lxGiven|lxName) == 0 && (x&lxMedical != 0 || x&(vfEN|vfPT) != 0 && len(rest) >= 6) {
				return true
			}
		}
	}
	// English past tenses of listed verbs opening a sentence: "Ambulated
	// hallway", "Tolerated diet"
	if rest, ok := strings.CutSuffix(f, "d"); ok && len(rest) >= 6 && strings.HasSuffix(rest, "e") {
		if x := v.lookup(rest); x&(lxGiven|lxName) == 0 && x&(vfEN|lxMedical) != 0 {
			return true
		}
	}
	// Portuguese negations in "as-": "Assintomático", "Assimétrico"
	if rest, ok := strings.CutPrefix(f, "as"); ok && len(rest) >= 7 && rest[0] == 's' {
		if x := v.lookup(rest); x&(lxGiven|lxName) == 0 && x&(vfPT|lxMedical) != 0 {
			return true
		}
	}
	// plurals: "ketones", "fibroids", "cetonas"
	for _, cut := range []string{"es", "s"} {
		if rest, ok := strings.CutSuffix(f, cut); ok && len(rest) >= 5 && v.lookup(rest)&lxMedical != 0 {
			return true
		}
	}
	return false
}
