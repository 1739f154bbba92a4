package validator

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/agents/specialists"
	"github.com/agnomedical/agno/appliance/agents/triage"
	"github.com/agnomedical/agno/appliance/casemodel"
)

func TestDebateOutcomes(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name      string
		ps        []Position
		consensus bool
		winner    string
		maxTurns  int
	}{
		{"unanimous", []Position{{Agent: "a", Claim: "x", Weight: 0.9}, {Agent: "b", Claim: "x", Weight: 0.7}}, true, "x", 2},
		{"weaker soft position concedes", []Position{{Agent: "a", Claim: "x", Weight: 0.9}, {Agent: "b", Claim: "y", Weight: 0.5}}, true, "x", 3},
		{"two hard positions: no consensus", []Position{{Agent: "a", Claim: "x", Weight: 0.9, Hard: true}, {Agent: "b", Claim: "y", Weight: 0.8, Hard: true}}, false, "x", 4},
		{"hard minority blocks consensus", []Position{{Agent: "a", Claim: "x", Weight: 0.9}, {Agent: "b", Claim: "x", Weight: 0.9}, {Agent: "c", Claim: "y", Weight: 0.7, Hard: true}}, false, "x", 4},
		{"tie broken towards the safer claim", []Position{{Agent: "a", Claim: "urgent", Weight: 0.8}, {Agent: "b", Claim: "emergency", Weight: 0.8}}, true, "emergency", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, win := Run(ctx, "topic", c.ps, saferLevel)
			if d.Consensus != c.consensus || win != c.winner {
				t.Errorf("consensus %v winner %s (agreement %v), want %v %s; turns %+v", d.Consensus, win, d.Agreement, c.consensus, c.winner, d.Turns)
			}
			if len(d.Turns) > c.maxTurns || len(d.Turns) < len(c.ps) {
				t.Errorf("%d turns", len(d.Turns))
			}
			if d.Consensus != (d.Agreement >= ConsensusThreshold) {
				t.Errorf("agreement %v vs consensus %v", d.Agreement, d.Consensus)
			}
			if d.Resolution == "" || len(d.Participants) == 0 {
				t.Error("empty resolution or participants")
			}
		})
	}
	// Bounded: never more than MaxRounds rounds even with many holdouts.
	var many []Position
	for i := 0; i < 8; i++ {
		many = append(many, Position{Agent: string(rune('a' + i)), Claim: string(rune('a' + i)), Weight: 0.5, Hard: true})
	}
	d, _ := Run(ctx, "t", many, nil)
	if d.Consensus || len(d.Turns) > len(many)*MaxRounds {
		t.Errorf("unbounded debate: %d turns", len(d.Turns))
	}
	// A cancelled context ends the debate.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	d, _ = Run(cctx, "t", []Position{{Agent: "a", Claim: "x", Weight: 0.5}, {Agent: "b", Claim: "y", Weight: 0.5}}, nil)
	if d.Consensus || !strings.Contains(d.Resolution, "timed out") {
		t.Errorf("cancelled debate: %+v", d)
	}
}

var ref = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func pipeline(in casemodel.Input) (Result, []specialists.Opinion) {
	in.PatientID = "p"
	c := clinical.Build(in, nil, ref)
	t := triage.Assess(c)
	var ops []specialists.Opinion
	for _, s := range t.Specialties {
		ops = append(ops, specialists.Registry[s](c, &t))
	}
	return Validate(context.Background(), Input{Case: c, Triage: t, Opinions: ops, Safety: safety.Check(c)}), ops
}

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

func TestRecommendedDrugAgainstAllergy(t *testing.T) {
	// Centor 4 pharyngitis: infectious disease recommends penicillin V; the
	// patient is allergic to penicillin → debate, withheld, alternative given.
	r, _ := pipeline(casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: ip(19)}, Symptoms: "sore throat, fever",
		ClinicalNotes: "Tonsillar exudate, tender anterior cervical nodes, no cough.", Allergies: []string{"penicillin"},
		Vitals: &casemodel.Vitals{HeartRate: fp(90), SystolicBP: fp(118), RespiratoryRate: fp(16), SpO2: fp(99), TemperatureC: fp(38.4), Consciousness: "alert"}})
	found := false
	for _, d := range r.Debates {
		if strings.Contains(d.Topic, "phenoxymethylpenicillin") {
			found = true
			if !d.Consensus {
				t.Errorf("allergy debate should reach consensus: %+v", d)
			}
		}
	}
	if !found || !contains(r.Withheld, "phenoxymethylpenicillin") {
		t.Fatalf("no drug debate: %+v withheld %v", r.Conflicts, r.Withheld)
	}
	alt := false
	for _, rc := range r.Recommendations {
		if strings.Contains(rc.Text.EN, "Do not give phenoxymethylpenicillin") && strings.Contains(rc.Text.EN, "clarithromycin") {
			alt = true
		}
	}
	if !alt {
		t.Errorf("recommendations %+v", r.Recommendations)
	}
}

func TestSpecialistContraindicationConflict(t *testing.T) {
	// Back pain in late pregnancy: orthopaedics suggests an NSAID, obstetrics
	// lists NSAIDs as contraindicated from 20 weeks.
	r, _ := pipeline(casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: ip(30), Sex: "female"}, Symptoms: "low back pain after lifting",
		SymptomDuration: "3 days", ClinicalNotes: "32 weeks pregnant. No fever, no saddle numbness."})
	if !contains(r.Withheld, "ibuprofen") {
		t.Errorf("ibuprofen not withheld: %+v", r.Conflicts)
	}
}

func TestHumanReviewWhenNoConsensus(t *testing.T) {
	// Anticoagulated head injury with a possible PE: pulmonology wants
	// anticoagulation, neurology objects (possible intracranial bleed).
	r, _ := pipeline(casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: ip(70), Sex: "female"},
		Symptoms:      "fell and hit her head, vomiting twice, sudden shortness of breath, pleuritic chest pain",
		ClinicalNotes: "Swollen painful left calf, 5 days after hip replacement. On apixaban.", Medications: []string{"apixaban 5 mg"},
		Vitals: &casemodel.Vitals{HeartRate: fp(118), SystolicBP: fp(88), RespiratoryRate: fp(28), SpO2: fp(88), Consciousness: "confused"}})
	if !r.HumanReview {
		t.Errorf("human review not required: %+v", r.Debates)
	}
	if r.Urgency != "emergency" || !r.Critical {
		t.Errorf("urgency %s critical %v", r.Urgency, r.Critical)
	}
}

func TestConsensusCaseNeedsNoReview(t *testing.T) {
	r, _ := pipeline(casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: ip(41)}, Symptoms: "runny nose and dry cough", SymptomDuration: "3 days",
		Vitals: &casemodel.Vitals{HeartRate: fp(80), SystolicBP: fp(122), RespiratoryRate: fp(14), SpO2: fp(98), TemperatureC: fp(37.4), Consciousness: "alert"}})
	if r.HumanReview || r.Critical || r.Urgency != "non_urgent" {
		t.Errorf("minor URTI: review %v (%v) critical %v urgency %s", r.HumanReview, r.HumanReviewReasons, r.Critical, r.Urgency)
	}
}

func TestUrgencyDebateUpgrade(t *testing.T) {
	// Triage sees a sleepy febrile toddler; the case must not be downgraded by
	// specialists, and any divergence is debated with the safer level kept.
	r, _ := pipeline(casemodel.Input{Language: "en", Patient: &casemodel.Patient{Age: ip(55)}, Symptoms: "very thirsty, vomiting",
		ClinicalNotes: "Type 1 diabetes, missed insulin.", Labs: []casemodel.Lab{{Name: "glucose", Value: 420, Unit: "mg/dL"}, {Name: "beta-hydroxybutyrate", Value: 5.2, Unit: "mmol/L"}, {Name: "bicarbonate", Value: 12, Unit: "mmol/L"}}})
	if r.Urgency != "emergency" {
		t.Errorf("DKA urgency %s (triage %s)", r.Urgency, r.TriageUrgency)
	}
}
