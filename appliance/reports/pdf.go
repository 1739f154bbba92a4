package reports

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/agents/validator"
	"github.com/agnomedical/agno/appliance/casemodel"
	"github.com/agnomedical/agno/appliance/knowledge"
)

// DejaVu Sans (fonts-dejavu-core 2.37; licence in fonts/LICENSE) covers
// Latin-1 and Latin Extended, so Portuguese (ã, ç, õ, é…) renders exactly.
//
//go:embed fonts/DejaVuSans.ttf
var fontRegular []byte

//go:embed fonts/DejaVuSans-Bold.ttf
var fontBold []byte

const fontFamily = "dejavu"

// doc wraps fpdf with the few layout primitives the reports use.
type doc struct {
	pdf  *fpdf.Fpdf
	lang string
}

func newDoc(title, lang string, stamp time.Time, footer string) *doc {
	p := fpdf.New("P", "mm", "A4", "")
	p.AddUTF8FontFromBytes(fontFamily, "", fontRegular)
	p.AddUTF8FontFromBytes(fontFamily, "B", fontBold)
	p.SetTitle(title, true)
	p.SetSubject(L("product", lang), true)
	p.SetCreator("Agno Medical", true)
	p.SetProducer("Agno Medical (go-pdf/fpdf)", true)
	p.SetLang(lang)
	if stamp.IsZero() {
		stamp = time.Unix(0, 0)
	}
	// Fixed dates and sorted catalogs make the same case give the same
	// bytes on every node.
	p.SetCatalogSort(true)
	p.SetCreationDate(stamp.UTC())
	p.SetModificationDate(stamp.UTC())
	p.SetMargins(18, 16, 18)
	p.SetAutoPageBreak(true, 20)
	p.AliasNbPages("{nb}")
	d := &doc{pdf: p, lang: lang}
	p.SetFooterFunc(func() {
		p.SetY(-14)
		p.SetFont(fontFamily, "", 7.5)
		p.SetTextColor(110, 110, 110)
		p.CellFormat(0, 4, footer, "", 1, "L", false, 0, "")
		p.CellFormat(0, 4, fmt.Sprintf("%s %d/{nb}", L("page", lang), p.PageNo()), "", 0, "R", false, 0, "")
		p.SetTextColor(0, 0, 0)
	})
	p.AddPage()
	return d
}

func (d *doc) title(s, sub string) {
	d.pdf.SetFont(fontFamily, "B", 17)
	d.pdf.MultiCell(0, 8, s, "", "L", false)
	if sub != "" {
		d.pdf.SetFont(fontFamily, "", 9)
		d.pdf.SetTextColor(90, 90, 90)
		d.pdf.MultiCell(0, 5, sub, "", "L", false)
		d.pdf.SetTextColor(0, 0, 0)
	}
	d.pdf.Ln(2)
}

func (d *doc) h1(s string) {
	d.pdf.Ln(2)
	d.pdf.SetFont(fontFamily, "B", 12.5)
	d.pdf.SetFillColor(232, 238, 245)
	d.pdf.MultiCell(0, 7, s, "", "L", true)
	d.pdf.Ln(1)
}

func (d *doc) h2(s string) {
	d.pdf.SetFont(fontFamily, "B", 10.5)
	d.pdf.MultiCell(0, 5.5, s, "", "L", false)
}

func (d *doc) para(s string, size float64) {
	if strings.TrimSpace(s) == "" {
		return
	}
	d.pdf.SetFont(fontFamily, "", size)
	d.pdf.MultiCell(0, size*0.5, s, "", "L", false)
	d.pdf.Ln(1)
}

// kv writes "label: value" with a bold label.
func (d *doc) kv(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	d.pdf.SetFont(fontFamily, "B", 9.5)
	w := d.pdf.GetStringWidth(label+": ") + 1
	d.pdf.CellFormat(w, 5, label+":", "", 0, "L", false, 0, "")
	d.pdf.SetFont(fontFamily, "", 9.5)
	d.pdf.MultiCell(0, 5, value, "", "L", false)
}

func (d *doc) bullets(items []string) {
	d.pdf.SetFont(fontFamily, "", 9.5)
	left, _, _, _ := d.pdf.GetMargins()
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			continue
		}
		d.pdf.SetX(left + 2)
		d.pdf.CellFormat(4, 5, "•", "", 0, "L", false, 0, "")
		d.pdf.MultiCell(0, 5, it, "", "L", false)
	}
}

// label writes a bold line introducing a list.
func (d *doc) label(s string) {
	d.pdf.SetFont(fontFamily, "B", 9.5)
	d.pdf.MultiCell(0, 5, s+":", "", "L", false)
}

// numbered writes a numbered list.
func (d *doc) numbered(items []string) {
	left, _, _, _ := d.pdf.GetMargins()
	d.pdf.SetFont(fontFamily, "", 9.5)
	for i, it := range items {
		d.pdf.SetX(left + 1)
		d.pdf.CellFormat(7, 5, fmt.Sprintf("%d.", i+1), "", 0, "R", false, 0, "")
		d.pdf.MultiCell(0, 5, " "+it, "", "L", false)
	}
}

// table writes a simple grid; widths are in mm.
func (d *doc) table(head []string, widths []float64, rows [][]string) {
	p := d.pdf
	p.SetFont(fontFamily, "B", 8.5)
	p.SetFillColor(240, 240, 240)
	for i, h := range head {
		p.CellFormat(widths[i], 5.5, h, "1", 0, "L", true, 0, "")
	}
	p.Ln(-1)
	p.SetFont(fontFamily, "", 8.5)
	for _, r := range rows {
		for i, c := range r {
			p.CellFormat(widths[i], 5, fit(p, c, widths[i]-1.5), "1", 0, "L", false, 0, "")
		}
		p.Ln(-1)
	}
	p.Ln(1.5)
}

// fit shortens s to fit w mm in the current font.
func fit(p *fpdf.Fpdf, s string, w float64) string {
	if p.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && p.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func (d *doc) bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("reports: render PDF: %w", err)
	}
	return buf.Bytes(), nil
}

func stampOf(c Case) time.Time {
	if !c.Completed.IsZero() {
		return c.Completed
	}
	return c.Created
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func pct(v float64) string { return fmt.Sprintf("%.0f%%", math.Round(v*100)) }

func specName(s, lang string) string { return Lx("spec", s, lang) }

func specNames(ss []string, lang string) string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, specName(s, lang))
	}
	return strings.Join(out, ", ")
}

// PhysicianPDF renders the physician report: triage (urgency, scores, red
// flags), safety alerts, specialist findings, debate summary, final
// synthesis and recommendations with confidence and human review, and the
// laboratory results (entered and extracted from documents).
func PhysicianPDF(c Case, opt Options) ([]byte, error) {
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
	d := newDoc(L("physician.title", lang)+" — "+c.CaseID, lang, stampOf(c), L("disclaimer", lang))
	d.title(L("physician.title", lang), L("product", lang))

	d.kv(L("case", lang), c.CaseID)
	d.kv(L("status", lang), Lx("status", c.Status, lang)+"   "+L("priority", lang)+": "+Lx("priority", c.Priority, lang))
	d.kv(L("created", lang), fmtTime(c.Created))
	d.kv(L("completed", lang), fmtTime(c.Completed))

	// Identity: the physician report is for the treating team.
	d.h1(L("patient", lang))
	in := c.Input
	d.kv(L("patient_id", lang), in.PatientID)
	if p := in.Patient; p != nil {
		d.kv(L("name", lang), p.Name)
		d.kv(L("dob", lang), p.DateOfBirth)
		if p.Age != nil {
			d.kv(L("age", lang), fmt.Sprintf("%d %s", *p.Age, L("years", lang)))
		}
		if p.Sex != "" {
			d.kv(L("sex", lang), Lx("sex", p.Sex, lang))
		}
	}

	d.h1(L("presentation", lang))
	d.kv(L("symptoms", lang), in.Symptoms)
	d.kv(L("duration", lang), in.SymptomDuration)
	if in.SeverityRating != nil {
		d.kv(L("severity", lang), fmt.Sprint(*in.SeverityRating))
	}
	d.kv(L("vitals", lang), vitalsLine(in.Vitals, lang))
	d.kv(L("medications", lang), listOr(in.Medications, lang))
	d.kv(L("allergies", lang), listOr(in.Allergies, lang))
	d.kv(L("notes", lang), in.ClinicalNotes)

	// Triage.
	t := an.Triage
	d.h1(L("triage", lang))
	d.kv(L("urgency", lang), Lx("urgency", t.UrgencyLevel, lang))
	var tr triage.Result
	if decode(an.Outputs, "triage", &tr) && tr.Urgency != "" && tr.Urgency != t.UrgencyLevel {
		d.kv(L("triage_urgency", lang), Lx("urgency", tr.Urgency, lang))
	}
	d.kv(L("confidence", lang), pct(t.Confidence))
	d.kv(L("specialties", lang), specNames(t.Specialties, lang))
	d.kv(L("scores", lang), scoresLine(t.Scores))
	if len(t.RedFlags) > 0 {
		d.h2(L("red_flags", lang))
		d.bullets(t.RedFlags)
	}

	// Safety alerts.
	d.h1(L("alerts", lang))
	if len(an.Alerts) == 0 {
		d.para(L("none", lang), 9.5)
	} else {
		var items []string
		for _, a := range an.Alerts {
			s := a.Message
			if s == "" {
				s = alertText(a, lang)
			}
			if a.Severity != "" {
				s = "[" + Lx("severity", a.Severity, lang) + "] " + s
			}
			items = append(items, s)
		}
		d.bullets(items)
	}

	// Specialists.
	d.h1(L("specialists", lang))
	for _, op := range opinions(an) {
		writeOpinion(d, op, lang)
	}

	// Debates.
	d.h1(L("debates", lang))
	if len(an.Debates) == 0 {
		d.para(L("no_debates", lang), 9.5)
	}
	for _, db := range an.Debates {
		d.h2(db.Topic)
		d.kv(L("participants", lang), specNames(db.Participants, lang))
		yn := L("no", lang)
		if db.Consensus {
			yn = L("yes", lang)
		}
		d.kv(L("consensus", lang), fmt.Sprintf("%s (%s %s)", yn, pct(db.Agreement), L("agreement", lang)))
		d.kv(L("resolution", lang), db.Resolution)
		var turns []string
		for _, tu := range db.Turns {
			turns = append(turns, fmt.Sprintf("%s: %s (%.2f)", specName(tu.Agent, lang), tu.Position, tu.Weight))
		}
		d.bullets(turns)
	}

	// Final assessment.
	fr := an.FinalReport
	d.h1(L("final", lang))
	d.h2(L("synthesis", lang))
	d.para(fr.Synthesis, 9.5)
	if len(fr.Recommendations) > 0 {
		d.h2(L("recommendations", lang))
		d.numbered(fr.Recommendations)
	}
	d.kv(L("final_confidence", lang), pct(fr.ConfidenceScore))
	d.kv(L("critical_flag", lang), yesNo(fr.CriticalFlag, lang))
	d.kv(L("human_review", lang), yesNo(fr.HumanReviewRequired, lang))
	var v validator.Result
	if fr.HumanReviewRequired && decode(an.Outputs, "validator", &v) && len(v.HumanReviewReasons) > 0 {
		d.kv(L("human_review_reasons", lang), strings.Join(v.HumanReviewReasons, "; "))
	}

	// Laboratory results.
	d.h1(L("labs", lang))
	head := []string{L("lab.name", lang), L("lab.value", lang), L("lab.unit", lang), L("lab.flag", lang)}
	widths := []float64{80, 30, 35, 29}
	any := false
	if len(in.Labs) > 0 {
		any = true
		d.h2(L("labs_entered", lang))
		d.table(head, widths, labRows(in.Labs))
	}
	for _, doc := range c.Documents {
		if len(doc.LabsExtracted) == 0 {
			continue
		}
		any = true
		d.h2(fmt.Sprintf("%s: %s (%s %s, %s %s)", L("document", lang), doc.Filename, L("method", lang), doc.Method, L("quality", lang), pct(doc.Quality)))
		d.table(head, widths, labRows(doc.LabsExtracted))
	}
	if !any {
		d.para(L("no_labs", lang), 9.5)
	}

	if opt.IncludeEvidence {
		d.h1(L("kb", lang))
		for _, id := range evidence(an) {
			if kd, ok := knowledge.Lookup(id, lang); ok {
				d.h2(kd.Title)
				d.para(id+" — "+kd.Source, 8.5)
			} else {
				d.para(id, 8.5)
			}
		}
	}
	return d.bytes()
}

func writeOpinion(d *doc, op specialists.Opinion, lang string) {
	d.h2(fmt.Sprintf("%s — %s (%s %s)", cap1(specName(op.Agent, lang)), op.Hypothesis.In(lang), L("confidence", lang), pct(op.Confidence)))
	if op.Urgency != "" {
		d.kv(L("proposed_urgency", lang), Lx("urgency", op.Urgency, lang)+urgencyReason(op, lang))
	}
	var sc []string
	for _, s := range op.ScoreDetail {
		line := fmt.Sprintf("%s %s", s.Name, num(s.Value))
		if it := s.Interpretation.In(lang); it != "" {
			line += " — " + it
		}
		sc = append(sc, line)
	}
	if len(sc) > 0 {
		d.kv(L("scores", lang), strings.Join(sc, "; "))
	}
	var diff []string
	for _, x := range op.Differential {
		diff = append(diff, x.In(lang))
	}
	d.kv(L("differential", lang), strings.Join(diff, "; "))
	var fs []string
	for _, f := range op.Findings {
		fs = append(fs, f.In(lang))
	}
	d.kv(L("findings", lang), strings.Join(fs, "; "))
	var recs []string
	for _, r := range op.Recommendations {
		recs = append(recs, r.Text.In(lang))
	}
	if len(recs) > 0 {
		d.label(L("recommendations", lang))
		d.bullets(recs)
	}
	var av []string
	for _, a := range op.Avoid {
		av = append(av, strings.TrimPrefix(a.Drug, "class:")+": "+a.Reason.In(lang))
	}
	d.kv(L("avoid", lang), strings.Join(av, "; "))
	d.kv(L("missing", lang), strings.Join(op.Missing, ", "))
	d.kv(L("evidence_ids", lang), strings.Join(op.Evidence, ", "))
	d.pdf.Ln(1.5)
}

func urgencyReason(op specialists.Opinion, lang string) string {
	if r := op.UrgencyReason.In(lang); r != "" {
		return " — " + r
	}
	return ""
}

func yesNo(b bool, lang string) string {
	if b {
		return L("yes", lang)
	}
	return L("no", lang)
}

func listOr(items []string, lang string) string {
	if len(items) == 0 {
		return L("none", lang)
	}
	return strings.Join(items, "; ")
}

func scoresLine(s map[string]float64) string {
	if len(s) == 0 {
		return ""
	}
	names := map[string]string{"news2": "NEWS2", "qsofa": "qSOFA", "shock_index": "Shock index"}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sortStrings(keys)
	var parts []string
	for _, k := range keys {
		n := names[k]
		if n == "" {
			n = k
		}
		parts = append(parts, n+" "+num(s[k]))
	}
	return strings.Join(parts, ", ")
}

func vitalsLine(v *casemodel.Vitals, lang string) string {
	if v == nil {
		return ""
	}
	var p []string
	add := func(key string, val *float64, unit string) {
		if val != nil {
			p = append(p, fmt.Sprintf("%s %s%s", L(key, lang), num(*val), unit))
		}
	}
	add("vital.heart_rate", v.HeartRate, "/min")
	if v.SystolicBP != nil || v.DiastolicBP != nil {
		bp := L("vital.bp", lang) + " "
		if v.SystolicBP != nil {
			bp += num(*v.SystolicBP)
		}
		bp += "/"
		if v.DiastolicBP != nil {
			bp += num(*v.DiastolicBP)
		}
		p = append(p, bp+" mmHg")
	}
	add("vital.rr", v.RespiratoryRate, "/min")
	add("vital.spo2", v.SpO2, "%")
	add("vital.temp", v.TemperatureC, " °C")
	if v.Consciousness != "" {
		p = append(p, L("vital.consciousness", lang)+" "+v.Consciousness)
	}
	if v.OnOxygen != nil && *v.OnOxygen {
		p = append(p, L("vital.oxygen", lang))
	}
	if v.GCS != nil {
		p = append(p, fmt.Sprintf("%s %d", L("vital.gcs", lang), *v.GCS))
	}
	add("vital.glucose", v.GlucoseMgDl, " mg/dL")
	return strings.Join(p, "; ")
}

func labRows(labs []casemodel.Lab) [][]string {
	rows := make([][]string, 0, len(labs))
	for _, l := range labs {
		rows = append(rows, []string{l.Name, num(l.Value), l.Unit, l.Flag})
	}
	return rows
}

// PatientPDF renders the patient summary: large plain text in the case's
// (or the requested) language, without identifiers unless opt says so.
func PatientPDF(c Case, opt Options) ([]byte, error) {
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
	pt := PatientText(c, opt)
	d := newDoc(L("patient.title", lang), lang, stampOf(c), "")
	d.title(pt.Title, "")
	if opt.IncludeIdentifiers {
		for _, kv := range pt.Identity {
			d.kv(kv[0], kv[1])
		}
		d.pdf.Ln(2)
	}
	for _, para := range pt.Paragraphs {
		d.para(para, 13)
	}
	return d.bytes()
}

func cap1(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}
