// Package validator checks the specialists against each other and against
// the safety agent, runs a bounded, evidence-weighted debate on every
// contradiction, and produces the validated urgency, recommendations,
// confidence and the human-review decision.
package validator

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/agnomedical/agno/appliance/casemodel"
)

// Debate parameters (DESIGN.md: "Validator").
const (
	MaxRounds          = 5
	ConsensusThreshold = 0.8
	// SafetyBias multiplies the weight of the safer position (higher urgency,
	// objection to a drug, the dangerous diagnosis): under-treating costs more
	// than over-treating.
	SafetyBias = 1.5
)

// Position is one participant's stance.
type Position struct {
	Agent    string
	Claim    string // the claim key (an urgency level, "give"/"withhold", a hypothesis code)
	Text     string // how the agent states it
	Weight   float64
	Evidence []string
	Hard     bool // a hard position never concedes (allergy, objective life threat)
}

// Run holds a debate in rounds. Round 1: every participant states its
// position. Later rounds: each participant outside the leading claim concedes
// if its position is soft and weaker than the leader's support, otherwise it
// restates. Agreement is the leader's share of total weight; consensus when it
// reaches ConsensusThreshold. The debate stops at consensus, after MaxRounds,
// when nobody moves, or when ctx expires.
func Run(ctx context.Context, topic string, ps []Position, safer func(a, b string) bool) (casemodel.Debate, string) {
	d := casemodel.Debate{Topic: topic, Turns: []casemodel.DebateTurn{}}
	pos := append([]Position(nil), ps...)
	for _, p := range pos {
		d.Participants = append(d.Participants, p.Agent)
		d.Turns = append(d.Turns, casemodel.DebateTurn{Agent: p.Agent, Position: p.Text, Evidence: p.Evidence, Weight: round2(p.Weight)})
	}
	d.Participants = uniq(d.Participants)
	leader, agreement := tally(pos, safer)
	rounds := 1
	for agreement < ConsensusThreshold && rounds < MaxRounds {
		if ctx.Err() != nil {
			d.Resolution = "debate timed out"
			break
		}
		rounds++
		moved := false
		support := supportOf(pos, leader)
		idx := make([]int, 0, len(pos))
		for i := range pos {
			idx = append(idx, i)
		}
		sort.SliceStable(idx, func(a, b int) bool { return pos[idx[a]].Weight < pos[idx[b]].Weight })
		for _, i := range idx {
			p := &pos[i]
			if p.Claim == leader.Claim {
				continue
			}
			if !p.Hard && (p.Weight < support || (p.Weight == support && safer != nil && safer(leader.Claim, p.Claim))) {
				d.Turns = append(d.Turns, casemodel.DebateTurn{Agent: p.Agent, Weight: round2(p.Weight),
					Position: fmt.Sprintf("concedes to %s (support %.2f vs %.2f): %s", leader.Agent, support, p.Weight, leader.Text)})
				p.Claim, p.Text = leader.Claim, leader.Text
				moved = true
			} else {
				d.Turns = append(d.Turns, casemodel.DebateTurn{Agent: p.Agent, Position: "maintains: " + p.Text, Evidence: p.Evidence, Weight: round2(p.Weight)})
			}
		}
		leader, agreement = tally(pos, safer)
		if !moved {
			break
		}
	}
	d.Agreement = round2(agreement)
	d.Consensus = agreement >= ConsensusThreshold
	if d.Resolution == "" {
		if d.Consensus {
			d.Resolution = "consensus: " + leader.Text
		} else {
			d.Resolution = "no consensus after " + fmt.Sprint(rounds) + " rounds; pending human review: " + leader.Text
		}
	}
	return d, leader.Claim
}

func tally(ps []Position, safer func(a, b string) bool) (Position, float64) {
	total := 0.0
	sup := map[string]float64{}
	first := map[string]Position{}
	for _, p := range ps {
		total += p.Weight
		sup[p.Claim] += p.Weight
		if q, ok := first[p.Claim]; !ok || p.Weight > q.Weight {
			first[p.Claim] = p
		}
	}
	claims := make([]string, 0, len(sup))
	for k := range sup {
		claims = append(claims, k)
	}
	sort.Slice(claims, func(i, j int) bool {
		a, b := claims[i], claims[j]
		if math.Abs(sup[a]-sup[b]) > 1e-9 {
			return sup[a] > sup[b]
		}
		if safer != nil && safer(a, b) != safer(b, a) {
			return safer(a, b)
		}
		return a < b
	})
	if total == 0 || len(claims) == 0 {
		return Position{}, 1
	}
	return first[claims[0]], sup[claims[0]] / total
}

func supportOf(ps []Position, leader Position) float64 {
	s := 0.0
	for _, p := range ps {
		if p.Claim == leader.Claim {
			s += p.Weight
		}
	}
	return s
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
