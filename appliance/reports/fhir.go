package reports

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// FHIR code systems.
const (
	sysLOINC          = "http://loinc.org"
	sysUCUM           = "http://unitsofmeasure.org"
	sysObsCategory    = "http://terminology.hl7.org/CodeSystem/observation-category"
	sysInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
	sysActCode        = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	sysActPriority    = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
	sysDiagService    = "http://terminology.hl7.org/CodeSystem/v2-0074"
	// Agno identifier systems (URNs: the appliance has no public base URL).
	sysPatientRef = "urn:agno:patient-ref"
	sysCaseID     = "urn:agno:case-id"
	sysKB         = "urn:agno:kb"
)

type coding struct {
	System  string `json:"system,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

type concept struct {
	Coding []coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

type quantity struct {
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
	System string  `json:"system,omitempty"`
	Code   string  `json:"code,omitempty"`
}

type reference struct {
	Reference string `json:"reference"`
	Display   string `json:"display,omitempty"`
}

type identifier struct {
	System string `json:"system"`
	Value  string `json:"value"`
}

type loinc struct{ code, display, ucum string }

// labLOINC maps the agents' canonical analytes to LOINC (serum/plasma or
// blood, mass or substance concentration as usually reported).
var labLOINC = map[string]loinc{
	"glucose":     {"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"},
	"potassium":   {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"},
	"sodium":      {"2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"},
	"inr":         {"6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}"},
	"lactate":     {"2524-7", "Lactate [Moles/volume] in Serum or Plasma", "mmol/L"},
	"ph":          {"11558-4", "pH of Blood", "[pH]"},
	"hemoglobin":  {"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"},
	"platelets":   {"777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL"},
	"creatinine":  {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL"},
	"calcium":     {"17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL"},
	"magnesium":   {"19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL"},
	"phosphate":   {"2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL"},
	"bicarbonate": {"1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L"},
	"pco2":        {"2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", "mm[Hg]"},
	"po2":         {"2703-7", "Oxygen [Partial pressure] in Arterial blood", "mm[Hg]"},
	"wbc":         {"6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL"},
	"neutrophils": {"751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*3/uL"},
	"digoxin":     {"10535-3", "Digoxin [Mass/volume] in Serum or Plasma", "ng/mL"},
	"lithium":     {"14334-7", "Lithium [Moles/volume] in Serum or Plasma", "mmol/L"},
	"crp":         {"1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L"},
	"hba1c":       {"4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"},
	"bun":         {"3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL"},
	"tsh":         {"3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"},
	"cholesterol": {"2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL"},
	"ldl":         {"13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL"},
	"alt":         {"1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"},
	"ast":         {"1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"},
	"bilirubin":   {"1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL"},
	"lipase":      {"3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L"},
	"d-dimer":     {"48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}"},
	"bnp":         {"30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "pg/mL"},
	"albumin":     {"1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL"},
	"ck":          {"2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L"},
	"osmolality":  {"2692-2", "Osmolality of Serum or Plasma", "mosm/kg"},
	"anion gap":   {"33037-3", "Anion gap in Serum or Plasma", "mmol/L"},
	"hematocrit":  {"4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%"},
	"ferritin":    {"2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL"},
	// paracetamol (acetaminophen) level
	"paracetamol": {"3298-7", "Acetaminophen [Mass/volume] in Serum or Plasma", "ug/mL"},
}

// troponinLOINC picks the assay-specific troponin code from the lab's name.
func troponinLOINC(name string) (loinc, bool) {
	f := " " + strings.NewReplacer("-", " ", "(", " ", ")", " ", ".", " ").Replace(clinical.Fold(name)) + " "
	hs := strings.Contains(f, " hs ") || strings.Contains(f, "high sens") || strings.Contains(f, "ultrassens") || strings.Contains(f, " us ")
	isT := strings.Contains(f, " t ") || strings.Contains(f, "tnt") || strings.Contains(f, "ctnt")
	isI := strings.Contains(f, " i ") || strings.Contains(f, "tni") || strings.Contains(f, "ctni")
	switch {
	case isT && hs:
		return loinc{"67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L"}, true
	case isT:
		return loinc{"6598-7", "Troponin T.cardiac [Mass/volume] in Serum or Plasma", "ug/L"}, true
	case isI && hs:
		return loinc{"89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L"}, true
	case isI:
		return loinc{"10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "ng/mL"}, true
	}
	return loinc{}, false // assay unknown: text only, no guessed code
}

func labCode(name string) (loinc, bool) {
	def := clinical.MatchLabName(name)
	if def == nil {
		return loinc{}, false
	}
	if def.Analyte == "troponin" {
		return troponinLOINC(name)
	}
	l, ok := labLOINC[def.Analyte]
	return l, ok
}

// ucum maps the units labs are written in to UCUM codes.
func ucum(unit string) (string, bool) {
	u := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(unit), " ", ""))
	m := map[string]string{
		"ng/ml": "ng/mL", "ng/l": "ng/L", "pg/ml": "pg/mL", "ug/l": "ug/L", "mcg/l": "ug/L", "µg/l": "ug/L", "ug/ml": "ug/mL", "mcg/ml": "ug/mL",
		"mmol/l": "mmol/L", "meq/l": "meq/L", "mg/dl": "mg/dL", "g/dl": "g/dL", "g/l": "g/L", "mg/l": "mg/L", "umol/l": "umol/L", "µmol/l": "umol/L",
		"u/l": "U/L", "ui/l": "[IU]/L", "iu/l": "[IU]/L", "miu/l": "m[IU]/L", "mui/l": "m[IU]/L", "uui/ml": "u[IU]/mL", "%": "%",
		"x10^9/l": "10*9/L", "10^9/l": "10*9/L", "x10⁹/l": "10*9/L", "10*9/l": "10*9/L", "x10^3/ul": "10*3/uL", "10^3/ul": "10*3/uL", "k/ul": "10*3/uL",
		"/mm3": "/mm3", "mm3": "/mm3", "/ul": "/uL", "mmhg": "mm[Hg]", "mosm/kg": "mosm/kg", "s": "s", "sec": "s",
	}
	c, ok := m[u]
	return c, ok
}

func labQuantity(l casemodel.Lab, lc loinc) *quantity {
	q := &quantity{Value: l.Value, Unit: l.Unit}
	if code, ok := ucum(l.Unit); ok {
		q.System, q.Code = sysUCUM, code
	} else if l.Unit == "" && strings.HasPrefix(lc.ucum, "{") || l.Unit == "" && strings.HasPrefix(lc.ucum, "[") {
		// Unitless values (INR, pH) carry their UCUM annotation.
		q.System, q.Code = sysUCUM, lc.ucum
	}
	return q
}

func interpretation(flag string) []concept {
	code := map[string][2]string{"high": {"H", "High"}, "low": {"L", "Low"}, "critical_high": {"HH", "Critical high"}, "critical_low": {"LL", "Critical low"}}[flag]
	if code[0] == "" {
		return nil
	}
	return []concept{{Coding: []coding{{System: sysInterpretation, Code: code[0], Display: code[1]}}}}
}

// resourceID makes a stable id (and urn:uuid) for one resource of a case,
// so the same case always gives the same bundle.
func resourceID(caseID, name string) string {
	h := sha256.Sum256([]byte("agno-fhir\x00" + caseID + "\x00" + name))
	h[6] = (h[6] & 0x0f) | 0x50 // version 5 layout (name-based, SHA)
	h[8] = (h[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

type entry struct {
	FullURL  string         `json:"fullUrl"`
	Resource map[string]any `json:"resource"`
}

// FHIRBundle builds a FHIR R4 Bundle (type "collection") for the case:
// Patient (pseudonym identifier only: no name, no birth date), Encounter,
// one Observation per vital sign and per laboratory value (LOINC where the
// test is standard, UCUM units), a DiagnosticReport with the synthesis and
// the lab results, and a ClinicalImpression with the specialists' findings.
func FHIRBundle(c Case, opt Options) ([]byte, error) {
	if err := Ready(c); err != nil {
		return nil, err
	}
	lang := NormLang(opt.Language)
	if opt.Language == "" {
		lang = CaseLanguage(c)
	}
	c, err := Localize(c, lang)
	if err != nil {
		return nil, err
	}
	an := c.Analysis
	effective := c.Created.UTC().Format(time.RFC3339)
	issued := stampOf(c).UTC().Format(time.RFC3339)
	urn := func(name string) string { return "urn:uuid:" + resourceID(c.CaseID, name) }
	var entries []entry
	add := func(name string, res map[string]any) string {
		res["id"] = resourceID(c.CaseID, name)
		entries = append(entries, entry{FullURL: urn(name), Resource: res})
		return urn(name)
	}

	patient := map[string]any{"resourceType": "Patient",
		"identifier": []identifier{{System: sysPatientRef, Value: c.PatientRef}}}
	if p := c.Input.Patient; p != nil {
		switch p.Sex {
		case "male", "female", "other":
			patient["gender"] = p.Sex
		}
	}
	patRef := add("patient", patient)
	subject := reference{Reference: patRef}

	enc := map[string]any{"resourceType": "Encounter", "status": "finished",
		"identifier": []identifier{{System: sysCaseID, Value: c.CaseID}},
		"class":      coding{System: sysActCode, Code: "EMER", Display: "emergency"},
		"subject":    subject,
		"period":     map[string]string{"start": effective, "end": issued},
	}
	if t := an.Triage; t != nil {
		prio := map[string][2]string{"emergency": {"EM", "emergency"}, "urgent": {"UR", "urgent"}, "non_urgent": {"R", "routine"}, "routine": {"EL", "elective"}}[t.UrgencyLevel]
		if prio[0] != "" {
			enc["priority"] = concept{Coding: []coding{{System: sysActPriority, Code: prio[0], Display: prio[1]}}, Text: t.UrgencyLevel}
		}
		if t.UrgencyLevel != "emergency" && t.UrgencyLevel != "urgent" {
			enc["class"] = coding{System: sysActCode, Code: "AMB", Display: "ambulatory"}
		}
	}
	encRef := add("encounter", enc)
	encounter := reference{Reference: encRef}

	obs := func(name, category string, code concept) map[string]any {
		return map[string]any{"resourceType": "Observation", "status": "final",
			"category":          []concept{{Coding: []coding{{System: sysObsCategory, Code: category}}}},
			"code":              code,
			"subject":           subject,
			"encounter":         encounter,
			"effectiveDateTime": effective,
		}
	}
	vital := func(name, code, display, unit, ucumCode string, v *float64) {
		if v == nil {
			return
		}
		o := obs(name, "vital-signs", concept{Coding: []coding{{System: sysLOINC, Code: code, Display: display}}, Text: display})
		o["valueQuantity"] = quantity{Value: *v, Unit: unit, System: sysUCUM, Code: ucumCode}
		add(name, o)
	}
	if v := c.Input.Vitals; v != nil {
		vital("vital-hr", "8867-4", "Heart rate", "/min", "/min", v.HeartRate)
		vital("vital-rr", "9279-1", "Respiratory rate", "/min", "/min", v.RespiratoryRate)
		vital("vital-temp", "8310-5", "Body temperature", "Cel", "Cel", v.TemperatureC)
		if v.SpO2 != nil {
			o := obs("vital-spo2", "vital-signs", concept{Coding: []coding{{System: sysLOINC, Code: "59408-5", Display: "Oxygen saturation in Arterial blood by Pulse oximetry"}, {System: sysLOINC, Code: "2708-6", Display: "Oxygen saturation in Arterial blood"}}, Text: "SpO2"})
			o["valueQuantity"] = quantity{Value: *v.SpO2, Unit: "%", System: sysUCUM, Code: "%"}
			add("vital-spo2", o)
		}
		if v.SystolicBP != nil || v.DiastolicBP != nil {
			o := obs("vital-bp", "vital-signs", concept{Coding: []coding{{System: sysLOINC, Code: "85354-9", Display: "Blood pressure panel with all children optional"}}, Text: "Blood pressure"})
			var comps []map[string]any
			if v.SystolicBP != nil {
				comps = append(comps, map[string]any{"code": concept{Coding: []coding{{System: sysLOINC, Code: "8480-6", Display: "Systolic blood pressure"}}},
					"valueQuantity": quantity{Value: *v.SystolicBP, Unit: "mmHg", System: sysUCUM, Code: "mm[Hg]"}})
			}
			if v.DiastolicBP != nil {
				comps = append(comps, map[string]any{"code": concept{Coding: []coding{{System: sysLOINC, Code: "8462-4", Display: "Diastolic blood pressure"}}},
					"valueQuantity": quantity{Value: *v.DiastolicBP, Unit: "mmHg", System: sysUCUM, Code: "mm[Hg]"}})
			}
			o["component"] = comps
			add("vital-bp", o)
		}
		if v.GCS != nil {
			g := float64(*v.GCS)
			o := obs("vital-gcs", "survey", concept{Coding: []coding{{System: sysLOINC, Code: "9269-2", Display: "Glasgow coma score total"}}, Text: "Glasgow coma scale"})
			o["valueQuantity"] = quantity{Value: g, Unit: "{score}", System: sysUCUM, Code: "{score}"}
			add("vital-gcs", o)
		}
		if v.GlucoseMgDl != nil {
			o := obs("vital-glucose", "laboratory", concept{Coding: []coding{{System: sysLOINC, Code: "41653-7", Display: "Glucose [Mass/volume] in Capillary blood by Glucometer"}}, Text: "Capillary glucose"})
			o["valueQuantity"] = quantity{Value: *v.GlucoseMgDl, Unit: "mg/dL", System: sysUCUM, Code: "mg/dL"}
			add("vital-glucose", o)
		}
		if v.Consciousness != "" {
			o := obs("vital-avpu", "exam", concept{Text: "Level of consciousness (ACVPU)"})
			o["valueString"] = v.Consciousness
			add("vital-avpu", o)
		}
	}

	var labRefs []reference
	lab := func(name string, l casemodel.Lab) {
		code := concept{Text: l.Name}
		lc, ok := labCode(l.Name)
		if ok {
			code.Coding = []coding{{System: sysLOINC, Code: lc.code, Display: lc.display}}
		}
		o := obs(name, "laboratory", code)
		o["valueQuantity"] = labQuantity(l, lc)
		if in := interpretation(l.Flag); in != nil {
			o["interpretation"] = in
		}
		labRefs = append(labRefs, reference{Reference: add(name, o), Display: l.Name})
	}
	for i, l := range c.Input.Labs {
		lab(fmt.Sprintf("lab-%d", i), l)
	}
	for _, d := range c.Documents {
		for i, l := range d.LabsExtracted {
			lab(fmt.Sprintf("doclab-%s-%d", d.DocumentID, i), l)
		}
	}

	fr := an.FinalReport
	report := map[string]any{"resourceType": "DiagnosticReport", "status": "final",
		"identifier": []identifier{{System: sysCaseID, Value: c.CaseID}},
		"category":   []concept{{Coding: []coding{{System: sysDiagService, Code: "OTH", Display: "Other"}}, Text: "Clinical decision support"}},
		"code":       concept{Text: L("physician.title", lang)},
		"subject":    subject, "encounter": encounter,
		"effectiveDateTime": effective, "issued": issued,
		"conclusion": fr.Synthesis,
		"presentedForm": []map[string]string{{"contentType": "application/pdf", "language": lang,
			"url": "/v1/reports/" + c.CaseID + "/physician", "title": L("physician.title", lang)}},
	}
	if len(labRefs) > 0 {
		report["result"] = labRefs
	}
	add("diagnostic-report", report)

	impression := map[string]any{"resourceType": "ClinicalImpression", "status": "completed",
		"subject": subject, "encounter": encounter,
		"effectiveDateTime": effective, "date": issued,
		"summary": fr.Synthesis,
	}
	if an.Triage != nil {
		impression["description"] = L("urgency", lang) + ": " + Lx("urgency", an.Triage.UrgencyLevel, lang)
	}
	var findings []map[string]any
	for _, op := range opinions(an) {
		if op.Code == "" || op.Code == "no_specific_finding" {
			continue
		}
		findings = append(findings, map[string]any{
			"itemCodeableConcept": concept{Coding: []coding{{System: "urn:agno:hypothesis", Code: op.Code}}, Text: op.Hypothesis.In(lang)},
			"basis":               fmt.Sprintf("%s, %s %s", specName(op.Agent, lang), L("confidence", lang), pct(op.Confidence)),
		})
	}
	if len(findings) > 0 {
		impression["finding"] = findings
	}
	if len(labRefs) > 0 {
		impression["investigation"] = []map[string]any{{"code": concept{Text: L("labs", lang)}, "item": labRefs}}
	}
	var notes []map[string]string
	for _, r := range fr.Recommendations {
		notes = append(notes, map[string]string{"text": r})
	}
	for _, a := range an.Alerts {
		notes = append(notes, map[string]string{"text": a.Message})
	}
	if fr.HumanReviewRequired {
		notes = append(notes, map[string]string{"text": L("human_review", lang)})
	}
	if len(notes) > 0 {
		impression["note"] = notes
	}
	var protocol []string
	for _, e := range evidence(an) {
		protocol = append(protocol, sysKB+":"+strings.TrimPrefix(e, "kb:"))
	}
	if len(protocol) > 0 {
		impression["protocol"] = protocol
	}
	add("clinical-impression", impression)

	bundle := map[string]any{
		"resourceType": "Bundle",
		"id":           resourceID(c.CaseID, "bundle"),
		"type":         "collection",
		"timestamp":    issued,
		"identifier":   identifier{System: sysCaseID, Value: c.CaseID},
		"entry":        entries,
	}
	return json.MarshalIndent(bundle, "", "  ")
}
