// Package scores implements published clinical scores as pure functions over
// plain values. Nothing here parses text or knows about cases: each function
// takes the score's own inputs (nil pointer = not measured) and returns the
// points, so the thresholds can be tested against the publications directly.
package scores

import "math"

// Band names used across scores.
const (
	Low      = "low"
	Medium   = "medium"
	High     = "high"
	LowMed   = "low_medium"
	Moderate = "moderate"
)

// NEWS2Input holds the seven NEWS2 parameters. Consciousness follows ACVPU:
// "alert", or "confused"/"voice"/"pain"/"unresponsive" (each scores 3).
type NEWS2Input struct {
	RespiratoryRate *float64
	SpO2            *float64
	Scale2          bool // SpO2 scale 2: hypercapnic respiratory failure with a prescribed 88-92% target
	OnOxygen        *bool
	SystolicBP      *float64
	HeartRate       *float64
	Consciousness   string
	TemperatureC    *float64
}

// NEWS2Result is the aggregate score, per-parameter points, whether any single
// parameter scored 3, the clinical risk band and which parameters were missing.
type NEWS2Result struct {
	Score    int            `json:"score"`
	Parts    map[string]int `json:"parts"`
	AnyThree bool           `json:"any_three"`
	Band     string         `json:"band"`
	Missing  []string       `json:"missing,omitempty"`
}

// NEWS2 computes the National Early Warning Score 2 (Royal College of
// Physicians, 2017). Missing parameters score 0 and are listed in Missing.
// Bands: 0-4 low (a single 3 = low-medium), 5-6 medium, ≥7 high.
func NEWS2(in NEWS2Input) NEWS2Result {
	r := NEWS2Result{Parts: map[string]int{}}
	add := func(k string, p int) {
		r.Parts[k] = p
		r.Score += p
		if p == 3 {
			r.AnyThree = true
		}
	}
	if v := in.RespiratoryRate; v != nil {
		add("respiratory_rate", rrPoints(*v))
	} else {
		r.Missing = append(r.Missing, "respiratory_rate")
	}
	if v := in.SpO2; v != nil {
		if in.Scale2 {
			add("spo2", spo2Scale2(*v, in.OnOxygen != nil && *in.OnOxygen))
		} else {
			add("spo2", spo2Scale1(*v))
		}
	} else {
		r.Missing = append(r.Missing, "spo2")
	}
	if in.OnOxygen != nil {
		if *in.OnOxygen {
			add("air_or_oxygen", 2)
		} else {
			add("air_or_oxygen", 0)
		}
	} else {
		r.Missing = append(r.Missing, "air_or_oxygen")
	}
	if v := in.SystolicBP; v != nil {
		add("systolic_bp", sbpPoints(*v))
	} else {
		r.Missing = append(r.Missing, "systolic_bp")
	}
	if v := in.HeartRate; v != nil {
		add("pulse", pulsePoints(*v))
	} else {
		r.Missing = append(r.Missing, "pulse")
	}
	switch in.Consciousness {
	case "":
		r.Missing = append(r.Missing, "consciousness")
	case "alert":
		add("consciousness", 0)
	default:
		add("consciousness", 3)
	}
	if v := in.TemperatureC; v != nil {
		add("temperature", tempPoints(*v))
	} else {
		r.Missing = append(r.Missing, "temperature")
	}
	switch {
	case r.Score >= 7:
		r.Band = High
	case r.Score >= 5:
		r.Band = Medium
	case r.AnyThree:
		r.Band = LowMed
	default:
		r.Band = Low
	}
	return r
}

func rrPoints(v float64) int {
	switch {
	case v <= 8:
		return 3
	case v <= 11:
		return 1
	case v <= 20:
		return 0
	case v <= 24:
		return 2
	}
	return 3
}

func spo2Scale1(v float64) int {
	switch {
	case v <= 91:
		return 3
	case v <= 93:
		return 2
	case v <= 95:
		return 1
	}
	return 0
}

func spo2Scale2(v float64, onO2 bool) int {
	switch {
	case v <= 83:
		return 3
	case v <= 85:
		return 2
	case v <= 87:
		return 1
	case v <= 92:
		return 0
	case !onO2:
		return 0
	case v <= 94:
		return 1
	case v <= 96:
		return 2
	}
	return 3
}

func sbpPoints(v float64) int {
	switch {
	case v <= 90:
		return 3
	case v <= 100:
		return 2
	case v <= 110:
		return 1
	case v <= 219:
		return 0
	}
	return 3
}

func pulsePoints(v float64) int {
	switch {
	case v <= 40:
		return 3
	case v <= 50:
		return 1
	case v <= 90:
		return 0
	case v <= 110:
		return 1
	case v <= 130:
		return 2
	}
	return 3
}

func tempPoints(v float64) int {
	v = math.Round(v*10) / 10
	switch {
	case v <= 35.0:
		return 3
	case v <= 36.0:
		return 1
	case v <= 38.0:
		return 0
	case v <= 39.0:
		return 1
	}
	return 2
}

// QSOFA is the quick SOFA score (Singer et al., JAMA 2016): respiratory rate
// ≥22/min, altered mentation, systolic BP ≤100 mmHg; ≥2 is positive. Missing
// values are returned so that a caller can say the score is incomplete.
func QSOFA(rr, sbp *float64, altered *bool) (score int, missing []string) {
	if rr == nil {
		missing = append(missing, "respiratory_rate")
	} else if *rr >= 22 {
		score++
	}
	if sbp == nil {
		missing = append(missing, "systolic_bp")
	} else if *sbp <= 100 {
		score++
	}
	if altered == nil {
		missing = append(missing, "mentation")
	} else if *altered {
		score++
	}
	return score, missing
}

// ShockIndex is heart rate / systolic BP (Allgöwer & Burri 1967); >1.0 is
// abnormal. ok is false when either value is missing.
func ShockIndex(hr, sbp *float64) (si float64, ok bool) {
	if hr == nil || sbp == nil || *sbp <= 0 {
		return 0, false
	}
	return math.Round(*hr / *sbp * 100) / 100, true
}

// HEARTInput: History 0-2 (slightly/moderately/highly suspicious), ECG 0-2
// (normal / non-specific repolarisation / significant ST deviation), Age in
// years, RiskFactors count (hypertension, hypercholesterolaemia, diabetes,
// obesity, smoking, family history), KnownAtherosclerosis (prior MI, PCI/CABG,
// stroke, PAD), TroponinRatio = troponin / upper reference limit (nil if
// unknown).
type HEARTInput struct {
	History              int
	ECG                  int
	Age                  float64
	RiskFactors          int
	KnownAtherosclerosis bool
	TroponinRatio        *float64
}

// HEART computes the HEART score (Six, Backus & Kelder, Neth Heart J 2008):
// 0-3 low (MACE ~1.7%), 4-6 moderate, 7-10 high.
func HEART(in HEARTInput) (score int, band string) {
	score = clamp(in.History, 0, 2) + clamp(in.ECG, 0, 2)
	switch {
	case in.Age >= 65:
		score += 2
	case in.Age >= 45:
		score++
	}
	switch {
	case in.RiskFactors >= 3 || in.KnownAtherosclerosis:
		score += 2
	case in.RiskFactors >= 1:
		score++
	}
	if in.TroponinRatio != nil {
		switch {
		case *in.TroponinRatio > 3:
			score += 2
		case *in.TroponinRatio > 1:
			score++
		}
	}
	switch {
	case score >= 7:
		band = High
	case score >= 4:
		band = Moderate
	default:
		band = Low
	}
	return score, band
}

// CHA2DS2VAScInput are the stroke risk factors in atrial fibrillation.
type CHA2DS2VAScInput struct {
	HeartFailure, Hypertension, Diabetes, StrokeTIA, Vascular, Female bool
	Age                                                               float64
}

// CHA2DS2VASc (Lip et al., Chest 2010). ESC 2020: oral anticoagulation is
// recommended at ≥2 (men) / ≥3 (women) and considered at 1 / 2.
func CHA2DS2VASc(in CHA2DS2VAScInput) int {
	s := 0
	for _, b := range []bool{in.HeartFailure, in.Hypertension, in.Diabetes, in.Vascular, in.Female} {
		if b {
			s++
		}
	}
	if in.StrokeTIA {
		s += 2
	}
	switch {
	case in.Age >= 75:
		s += 2
	case in.Age >= 65:
		s++
	}
	return s
}

// AnticoagulationIndicated applies the ESC 2020 threshold to a CHA2DS2-VASc
// score (the female point does not count on its own).
func AnticoagulationIndicated(score int, female bool) bool {
	if female {
		return score >= 3
	}
	return score >= 2
}

// WellsPEInput are the criteria of the Wells score for pulmonary embolism.
type WellsPEInput struct {
	DVTSigns, PEMostLikely, HeartRateOver100, ImmobilisationOrSurgery, PriorVTE, Haemoptysis, Malignancy bool
}

// WellsPE (Wells et al., Thromb Haemost 2000): >6 high, 2-6 moderate, <2 low;
// two-tier >4 "PE likely".
func WellsPE(in WellsPEInput) (score float64, band string, likely bool) {
	if in.DVTSigns {
		score += 3
	}
	if in.PEMostLikely {
		score += 3
	}
	if in.HeartRateOver100 {
		score += 1.5
	}
	if in.ImmobilisationOrSurgery {
		score += 1.5
	}
	if in.PriorVTE {
		score += 1.5
	}
	if in.Haemoptysis {
		score++
	}
	if in.Malignancy {
		score++
	}
	switch {
	case score > 6:
		band = High
	case score >= 2:
		band = Moderate
	default:
		band = Low
	}
	return score, band, score > 4
}

// PERCInput are the PE rule-out criteria (Kline et al., J Thromb Haemost 2004).
type PERCInput struct {
	Age, HeartRate, SpO2                                                  *float64
	Haemoptysis, Estrogen, PriorVTE, UnilateralLegSwelling, RecentSurgery bool
}

// PERC returns the criteria that are positive; the rule is negative (PE
// excluded in low-pretest patients) only when none is positive and no value
// is missing.
func PERC(in PERCInput) (positive []string, complete bool) {
	complete = in.Age != nil && in.HeartRate != nil && in.SpO2 != nil
	if in.Age != nil && *in.Age >= 50 {
		positive = append(positive, "age_50_or_more")
	}
	if in.HeartRate != nil && *in.HeartRate >= 100 {
		positive = append(positive, "heart_rate_100_or_more")
	}
	if in.SpO2 != nil && *in.SpO2 < 95 {
		positive = append(positive, "spo2_below_95")
	}
	for _, c := range []struct {
		b bool
		n string
	}{{in.Haemoptysis, "haemoptysis"}, {in.Estrogen, "estrogen_use"}, {in.PriorVTE, "prior_vte"}, {in.UnilateralLegSwelling, "unilateral_leg_swelling"}, {in.RecentSurgery, "recent_surgery_or_trauma"}} {
		if c.b {
			positive = append(positive, c.n)
		}
	}
	return positive, complete
}

// CURB65Input: Confusion, blood urea nitrogen mg/dL (urea >7 mmol/L ≈ BUN
// >19 mg/dL), respiratory rate, systolic and diastolic BP, age.
type CURB65Input struct {
	Confusion    bool
	BUN          *float64
	RR, SBP, DBP *float64
	Age          float64
}

// CURB65 (Lim et al., Thorax 2003): 0-1 low (home), 2 moderate (hospital),
// 3-5 severe (consider ICU).
func CURB65(in CURB65Input) (score int, band string) {
	if in.Confusion {
		score++
	}
	if in.BUN != nil && *in.BUN > 19 {
		score++
	}
	if in.RR != nil && *in.RR >= 30 {
		score++
	}
	if (in.SBP != nil && *in.SBP < 90) || (in.DBP != nil && *in.DBP <= 60) {
		score++
	}
	if in.Age >= 65 {
		score++
	}
	switch {
	case score >= 3:
		band = High
	case score == 2:
		band = Moderate
	default:
		band = Low
	}
	return score, band
}

// CentorInput are the four Centor criteria plus age for the McIsaac change.
type CentorInput struct {
	TonsillarExudate, TenderAnteriorNodes, Fever, NoCough bool
	Age                                                   float64
}

// Centor returns the Centor score (Centor et al., Med Decis Making 1981, 0-4)
// and the McIsaac modification (+1 age 3-14, -1 age ≥45).
func Centor(in CentorInput) (centor, mcIsaac int) {
	for _, b := range []bool{in.TonsillarExudate, in.TenderAnteriorNodes, in.Fever, in.NoCough} {
		if b {
			centor++
		}
	}
	mcIsaac = centor
	switch {
	case in.Age >= 3 && in.Age <= 14:
		mcIsaac++
	case in.Age >= 45:
		mcIsaac--
	}
	return centor, mcIsaac
}

// GBSInput are the Glasgow-Blatchford parameters: BUN in mg/dL (converted to
// urea mmol/L internally), haemoglobin g/dL, SBP, HR, melaena, syncope,
// hepatic disease, cardiac failure, sex.
type GBSInput struct {
	BUN, Hemoglobin, SBP, HR                              *float64
	Male, Melena, Syncope, HepaticDisease, CardiacFailure bool
}

// GlasgowBlatchford (Blatchford et al., Lancet 2000): 0 = low risk, suitable
// for outpatient care; ≥7 predicts need for intervention. missing lists the
// absent measurements (each scored 0).
func GlasgowBlatchford(in GBSInput) (score int, missing []string) {
	if in.BUN != nil {
		urea := *in.BUN / 2.8
		switch {
		case urea >= 25:
			score += 6
		case urea >= 10:
			score += 4
		case urea >= 8:
			score += 3
		case urea >= 6.5:
			score += 2
		}
	} else {
		missing = append(missing, "urea")
	}
	if in.Hemoglobin != nil {
		h := *in.Hemoglobin
		if in.Male {
			switch {
			case h < 10:
				score += 6
			case h < 12:
				score += 3
			case h < 13:
				score++
			}
		} else {
			switch {
			case h < 10:
				score += 6
			case h < 12:
				score++
			}
		}
	} else {
		missing = append(missing, "hemoglobin")
	}
	if in.SBP != nil {
		switch s := *in.SBP; {
		case s < 90:
			score += 3
		case s < 100:
			score += 2
		case s < 110:
			score++
		}
	} else {
		missing = append(missing, "systolic_bp")
	}
	if in.HR != nil && *in.HR >= 100 {
		score++
	} else if in.HR == nil {
		missing = append(missing, "heart_rate")
	}
	if in.Melena {
		score++
	}
	if in.Syncope {
		score += 2
	}
	if in.HepaticDisease {
		score += 2
	}
	if in.CardiacFailure {
		score += 2
	}
	return score, missing
}

// BEFAST returns the positive items of the BE-FAST stroke screen (Balance,
// Eyes, Face, Arm, Speech; Aroor et al., Stroke 2017). Positive when any item
// is present.
func BEFAST(balance, eyes, face, arm, speech bool) (items []string) {
	for _, c := range []struct {
		b bool
		n string
	}{{balance, "balance"}, {eyes, "eyes"}, {face, "face"}, {arm, "arm"}, {speech, "speech"}} {
		if c.b {
			items = append(items, c.n)
		}
	}
	return items
}

// DKAInput: glucose mg/dL, pH, bicarbonate mmol/L, ketones (β-hydroxybutyrate
// mmol/L), known diabetes, and mental state ("alert", "drowsy", "stupor").
type DKAInput struct {
	Glucose, PH, Bicarbonate, Ketones *float64
	KnownDiabetes                     bool
	Mental                            string
}

// DKA applies the ADA consensus criteria (Kitabchi et al., Diabetes Care 2009;
// updated Umpierrez et al. 2024): hyperglycaemia ≥250 mg/dL (or known
// diabetes), ketonaemia ≥3 mmol/L, and acidosis (pH <7.3 or HCO3 <18).
// Severity: mild pH 7.25-7.30 / HCO3 15-18, moderate pH 7.00-7.24 / HCO3
// 10-15, severe pH <7.00 / HCO3 <10 or stupor. suspected is true when
// criteria are met except a missing measurement.
func DKA(in DKAInput) (met bool, severity string, suspected bool) {
	hyper := (in.Glucose != nil && *in.Glucose >= 250) || in.KnownDiabetes
	acid := (in.PH != nil && *in.PH < 7.3) || (in.Bicarbonate != nil && *in.Bicarbonate < 18)
	ket := in.Ketones != nil && *in.Ketones >= 3
	acidUnknown := in.PH == nil && in.Bicarbonate == nil
	ketUnknown := in.Ketones == nil
	if !hyper {
		return false, "", false
	}
	if acid && (ket || ketUnknown) {
		met = ket
		suspected = !ket
	} else if ket && acidUnknown {
		suspected = true
	}
	if !met && !suspected {
		return false, "", false
	}
	severity = "mild"
	ph := 7.4
	if in.PH != nil {
		ph = *in.PH
	}
	hco3 := 24.0
	if in.Bicarbonate != nil {
		hco3 = *in.Bicarbonate
	}
	switch {
	case ph < 7.0 || hco3 < 10 || in.Mental == "stupor":
		severity = "severe"
	case ph < 7.25 || hco3 < 15 || in.Mental == "drowsy":
		severity = "moderate"
	}
	return met, severity, suspected
}

// HHS applies the ADA criteria for the hyperosmolar hyperglycaemic state:
// glucose ≥600 mg/dL, effective osmolality >320 mOsm/kg (or altered
// mentation when osmolality is unknown), pH >7.30 and HCO3 ≥15.
func HHS(glucose, osm, ph, hco3 *float64, alteredMentation bool) bool {
	if glucose == nil || *glucose < 600 {
		return false
	}
	if ph != nil && *ph <= 7.3 {
		return false
	}
	if hco3 != nil && *hco3 < 15 {
		return false
	}
	if osm != nil {
		return *osm > 320
	}
	return alteredMentation
}

// EffectiveOsmolality = 2×Na + glucose/18 (mOsm/kg).
func EffectiveOsmolality(na, glucoseMgDl float64) float64 {
	return math.Round(2*na + glucoseMgDl/18)
}

// AlvaradoInput are the MANTRELS items.
type AlvaradoInput struct {
	Migration, Anorexia, NauseaVomiting, RLQTenderness, Rebound, Fever, Leukocytosis, LeftShift bool
}

// Alvarado (Ann Emerg Med 1986): ≥7 probable appendicitis, 5-6 possible.
func Alvarado(in AlvaradoInput) int {
	s := 0
	for _, c := range []struct {
		b bool
		p int
	}{{in.Migration, 1}, {in.Anorexia, 1}, {in.NauseaVomiting, 1}, {in.RLQTenderness, 2}, {in.Rebound, 1}, {in.Fever, 1}, {in.Leukocytosis, 2}, {in.LeftShift, 1}} {
		if c.b {
			s += c.p
		}
	}
	return s
}

// OttawaAnkle (Stiell et al., JAMA 1993): an ankle X-ray is indicated when
// there is malleolar-zone pain and either bony tenderness at the posterior
// edge/tip of a malleolus, or inability to bear weight both immediately and
// for four steps in the department. The foot series uses base of the fifth
// metatarsal or navicular tenderness instead.
func OttawaAnkle(malleolarPain, boneTenderness, unableToBearWeight bool) bool {
	return malleolarPain && (boneTenderness || unableToBearWeight)
}

// KDIGOStage stages acute kidney injury by serum creatinine (KDIGO 2012):
// stage 1 ≥1.5× baseline or ≥0.3 mg/dL rise, stage 2 ≥2.0×, stage 3 ≥3.0× or
// ≥4.0 mg/dL. Returns 0 for no AKI.
func KDIGOStage(baseline, current float64) int {
	if baseline <= 0 {
		return 0
	}
	r := current / baseline
	switch {
	case r >= 3 || (current >= 4.0 && current-baseline >= 0.3):
		return 3
	case r >= 2:
		return 2
	case r >= 1.5 || current-baseline >= 0.3:
		return 1
	}
	return 0
}

// PaedsVitals reports age-specific abnormalities for children (APLS normal
// ranges; NICE NG143 amber/red thresholds for tachycardia and tachypnoea).
// severe marks values in the red/life-threatening range.
func PaedsVitals(ageYears float64, hr, rr, sbp, spo2 *float64) (flags []string, severe bool) {
	hrHigh, rrHigh, sbpLow := 160.0, 60.0, 70.0
	switch {
	case ageYears < 1:
		hrHigh, rrHigh, sbpLow = 160, 50, 70
	case ageYears < 2:
		hrHigh, rrHigh, sbpLow = 150, 40, 70+2*ageYears
	case ageYears < 5:
		hrHigh, rrHigh, sbpLow = 140, 40, 70+2*ageYears
	case ageYears < 12:
		hrHigh, rrHigh, sbpLow = 120, 30, 70+2*ageYears
	default:
		hrHigh, rrHigh, sbpLow = 110, 25, 90
	}
	if hr != nil {
		if *hr > hrHigh {
			flags = append(flags, "tachycardia")
			if *hr > hrHigh+30 {
				severe = true
			}
		}
		if *hr < 60 {
			flags = append(flags, "bradycardia")
			severe = true
		}
	}
	if rr != nil && *rr > rrHigh {
		flags = append(flags, "tachypnoea")
		if *rr > 60 || *rr > rrHigh+20 {
			severe = true
		}
	}
	if sbp != nil && *sbp < sbpLow {
		flags = append(flags, "hypotension")
		severe = true
	}
	if spo2 != nil && *spo2 <= 95 {
		flags = append(flags, "low_spo2")
		if *spo2 < 92 {
			severe = true
		}
	}
	return flags, severe
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
