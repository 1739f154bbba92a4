// Package casemodel holds the case shapes of the external contract (CONTRACT.md,
// "Case input" and "Case output"). It is the one vocabulary shared by the API,
// the state machine, the agents and the document extractor, so it has no
// behaviour beyond validation helpers and depends on nothing but the standard
// library.
package casemodel

// Input is the body of POST /v1/cases. Only PatientID is required. Optional
// numbers are pointers so that "not measured" is never confused with zero.
type Input struct {
	PatientID       string   `json:"patient_id"`
	Priority        string   `json:"priority,omitempty"`
	Language        string   `json:"language,omitempty"`
	ClinicalNotes   string   `json:"clinical_notes,omitempty"`
	Patient         *Patient `json:"patient,omitempty"`
	Symptoms        string   `json:"symptoms,omitempty"`
	SymptomDuration string   `json:"symptom_duration,omitempty"`
	SeverityRating  *int     `json:"severity_rating,omitempty"`
	Vitals          *Vitals  `json:"vitals,omitempty"`
	Labs            []Lab    `json:"labs,omitempty"`
	Medications     []string `json:"medications,omitempty"`
	Allergies       []string `json:"allergies,omitempty"`
	SpecialtiesHint []string `json:"specialties_hint,omitempty"`
}

// Patient is the identity block. Name and DateOfBirth are PHI and are only
// ever stored encrypted.
type Patient struct {
	Name        string `json:"name,omitempty"`
	DateOfBirth string `json:"date_of_birth,omitempty"` // YYYY-MM-DD
	Age         *int   `json:"age,omitempty"`
	Sex         string `json:"sex,omitempty"` // male|female|other
}

// Vitals as measured at presentation. Units are fixed by the field names.
type Vitals struct {
	HeartRate       *float64 `json:"heart_rate,omitempty"`
	SystolicBP      *float64 `json:"systolic_bp,omitempty"`
	DiastolicBP     *float64 `json:"diastolic_bp,omitempty"`
	RespiratoryRate *float64 `json:"respiratory_rate,omitempty"`
	SpO2            *float64 `json:"spo2,omitempty"`
	TemperatureC    *float64 `json:"temperature_c,omitempty"`
	Consciousness   string   `json:"consciousness,omitempty"` // alert|confused|voice|pain|unresponsive
	OnOxygen        *bool    `json:"on_oxygen,omitempty"`
	GCS             *int     `json:"gcs,omitempty"`
	GlucoseMgDl     *float64 `json:"glucose_mg_dl,omitempty"`
}

// Lab is one laboratory value. Unit may be empty for unitless values (pH, INR).
type Lab struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Flag  string  `json:"flag,omitempty"` // high|low|critical_high|critical_low, documents only
}

// Enumerations of the contract.
var (
	Priorities     = []string{"low", "medium", "high", "critical"}
	Languages      = []string{"en", "pt-BR"}
	Sexes          = []string{"male", "female", "other"}
	Consciousness  = []string{"alert", "confused", "voice", "pain", "unresponsive"}
	Statuses       = []string{"processing", "completed", "escalated", "error"}
	UrgencyLevels  = []string{"emergency", "urgent", "non_urgent", "routine"}
	Specialties    = []string{"cardiology", "neurology", "endocrinology", "radiology", "emergency_medicine", "pulmonology", "gastroenterology", "infectious_disease", "nephrology", "psychiatry", "obstetrics_gynecology", "pediatrics", "orthopedics", "general_medicine"}
	DocumentMethod = []string{"text_layer", "ocr"}
)

// Analysis is what the agent pipeline produces for one case; the API merges it
// into the case output.
type Analysis struct {
	Status         string         `json:"status"` // completed|escalated|error
	Triage         *Triage        `json:"triage,omitempty"`
	Alerts         []Alert        `json:"alerts"`
	FinalReport    *FinalReport   `json:"final_report,omitempty"`
	AgentsInvolved []string       `json:"agents_involved"`
	Debates        []Debate       `json:"debates"`
	Outputs        map[string]any `json:"outputs,omitempty"` // per-agent detail, keyed by agent name
	Error          string         `json:"error,omitempty"`   // contract error code when Status is error (e.g. AGENT_TIMEOUT)
}

// Triage is the triage agent's verdict.
type Triage struct {
	UrgencyLevel string             `json:"urgency_level"`
	Specialties  []string           `json:"specialties"`
	RedFlags     []string           `json:"red_flags"`
	Scores       map[string]float64 `json:"scores"`
	Confidence   float64            `json:"confidence"`
}

// Alert is a safety finding: drug_interaction, allergy or critical_lab.
// Drug names are lower-case English generic names, sorted.
type Alert struct {
	Kind     string   `json:"kind"`
	Drugs    []string `json:"drugs,omitempty"`
	Severity string   `json:"severity,omitempty"`
	Analyte  string   `json:"analyte,omitempty"`
	Value    *float64 `json:"value,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Message  string   `json:"message"`
}

// FinalReport is the validator's synthesis.
type FinalReport struct {
	Synthesis           string   `json:"synthesis"`
	Recommendations     []string `json:"recommendations"`
	ConfidenceScore     float64  `json:"confidence_score"`
	CriticalFlag        bool     `json:"critical_flag"`
	HumanReviewRequired bool     `json:"human_review_required"`
}

// Debate is one validator debate between specialists.
type Debate struct {
	Topic        string       `json:"topic"`
	Participants []string     `json:"participants"`
	Turns        []DebateTurn `json:"turns"`
	Consensus    bool         `json:"consensus"`
	Agreement    float64      `json:"agreement"`
	Resolution   string       `json:"resolution"`
}

// DebateTurn is one argument in a debate.
type DebateTurn struct {
	Agent    string   `json:"agent"`
	Position string   `json:"position"`
	Evidence []string `json:"evidence,omitempty"`
	Weight   float64  `json:"weight"`
}

// Document is the contract's per-document summary in the case output.
type Document struct {
	DocumentID    string  `json:"document_id"`
	Filename      string  `json:"filename"`
	ContentType   string  `json:"content_type"`
	Size          int64   `json:"size"`
	Pages         int     `json:"pages"`
	Method        string  `json:"method,omitempty"` // text_layer|ocr
	Quality       float64 `json:"quality"`
	Status        string  `json:"status"` // pending|done|error
	Error         string  `json:"error,omitempty"`
	LabsExtracted []Lab   `json:"labs_extracted"`
}

// Contains reports whether v is one of set.
func Contains(set []string, v string) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}
