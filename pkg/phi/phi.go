// Package phi finds and removes protected health information (PHI) from
// clinical free text in English and Brazilian Portuguese.
//
// Detection combines patterns with checksums (CPF, CNPJ, CNS, NPI, DEA, SSN
// rules), labels and context cues ("MRN:", "Dr.", "esposa,"), embedded
// vocabularies (given names, surnames, places, common and medical words) and
// capitalisation heuristics. Everything runs in time linear in the input and
// never panics; see DESIGN.md.
package phi

import (
	"sort"
	"sync"
)

// Span is one piece of PHI: UTF-8 byte offsets into the text (End exclusive),
// its contract type and a confidence in [0,1].
type Span struct {
	Start, End int
	Type       string
	Score      float64
}

// The contract's PHI types.
const (
	TypeName         = "NAME"
	TypeDate         = "DATE"
	TypeAge          = "AGE"
	TypePhone        = "PHONE"
	TypeFax          = "FAX"
	TypeEmail        = "EMAIL"
	TypeSSN          = "SSN"
	TypeMRN          = "MRN"
	TypeHealthPlan   = "HEALTH_PLAN"
	TypeAccount      = "ACCOUNT"
	TypeLicense      = "LICENSE"
	TypeVehicle      = "VEHICLE"
	TypeDevice       = "DEVICE"
	TypeURL          = "URL"
	TypeIP           = "IP"
	TypeAddress      = "ADDRESS"
	TypeZIP          = "ZIP"
	TypeLocation     = "LOCATION"
	TypeOrganization = "ORGANIZATION"
	TypeCPF          = "CPF"
	TypeCNPJ         = "CNPJ"
	TypeCNS          = "CNS"
	TypeRG           = "RG"
	TypeID           = "ID"
)

var allTypes = []string{
	TypeName, TypeDate, TypeAge, TypePhone, TypeFax, TypeEmail, TypeSSN, TypeMRN,
	TypeHealthPlan, TypeAccount, TypeLicense, TypeVehicle, TypeDevice, TypeURL,
	TypeIP, TypeAddress, TypeZIP, TypeLocation, TypeOrganization, TypeCPF,
	TypeCNPJ, TypeCNS, TypeRG, TypeID,
}

// Types returns the contract's PHI type names (a fresh slice).
func Types() []string { return append([]string(nil), allTypes...) }

// Option configures a Detector.
type Option func(*Detector)

// WithObserver makes Detect and Scrub call fn once per reported span with its
// type, e.g. to feed the phi_detections_total{type} counter. fn never sees
// the value. It must be safe for concurrent use if the Detector is shared.
func WithObserver(fn func(typ string)) Option { return func(d *Detector) { d.observe = fn } }

// WithMinScore drops spans whose confidence is below min (default 0.3).
func WithMinScore(min float64) Option { return func(d *Detector) { d.minScore = min } }

// Detector finds PHI. It is immutable after NewDetector and safe for
// concurrent use.
type Detector struct {
	v        *vocab
	fakes    *fakes
	observe  func(string)
	minScore float64
}

var (
	vocabOnce sync.Once
	vocabVal  *vocab
	fakesVal  *fakes
	vocabErr  error
)

// NewDetector loads the embedded vocabularies (once per process) and returns
// a Detector.
func NewDetector(opts ...Option) (*Detector, error) {
	vocabOnce.Do(func() {
		vocabVal, vocabErr = loadVocab()
		if vocabErr == nil {
			fakesVal, vocabErr = loadFakes(vocabVal)
		}
	})
	if vocabErr != nil {
		return nil, vocabErr
	}
	d := &Detector{v: vocabVal, fakes: fakesVal, minScore: 0.3}
	for _, o := range opts {
		o(d)
	}
	return d, nil
}

// Detect returns the PHI spans of text, sorted by Start, non-overlapping, on
// UTF-8 boundaries. lang is "en" or "pt-BR"; anything else applies the cues
// of both languages.
func (d *Detector) Detect(text, lang string) []Span {
	spans := d.detect(text, lang)
	if d.observe != nil {
		for _, s := range spans {
			d.observe(s.Type)
		}
	}
	return spans
}

func (d *Detector) detect(text, lang string) (out []Span) {
	defer func() {
		// Detection must never take the caller down, and must never let
		// PHI through because of a bug: should some odd input trip one,
		// the whole text is reported as one ID span (fail closed).
		if r := recover(); r != nil {
			out = []Span{{Start: 0, End: len(text), Type: TypeID, Score: 0}}
		}
	}()
	if len(text) == 0 {
		return nil
	}
	a := newAnalysis(d, text, lang)
	defer a.release()
	a.run()
	return a.result()
}

// sortSpans orders spans by start, longer first.
func sortSpans(s []Span) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End > s[j].End
	})
}
