package verb

import "github.com/parley-events/parley/internal/wordset"

// aspectVerbs after the modal tell when the gerund's act happens, not what
// it would cause.
var aspectVerbs = wordset.Of("begin", "start", "resume", "continue", "end", "stop", "finish", "take", "go")

// threatCondition: match i is an act named by a gerund that opens the
// that-clause of a warning, threat or statement coded before it and is
// the subject of a conditional ("Russia warned NATO that deploying troops
// to Ukraine would be met with force", "China said that sending warships
// through the strait would cross a red line"). The act is the condition
// the speaker warns of, which no one has done; coders code the warning
// alone. "would", "could" and "might" make any clause conditional;
// "will" only under a warning or threat (13), since a statement's "will"
// may announce a plan ("said that sending the troops will start soon").
//
//go:noinline
func (s *sentence) threatCondition(ms []Match, i int) bool {
	m := &ms[i]
	h := m.Head
	if m.Modality.Negated || h < 2 || s.toks[h].Tag != "VBG" || s.toks[h-1].Lower != "that" {
		return false
	}
	modal := ""
	for k := h + 1; k < len(s.toks) && k < h+16; k++ {
		t := &s.toks[k]
		if t.Tag == "MD" {
			modal = t.Lower
			if k+1 < len(s.toks) && aspectVerbs.Has(s.toks[k+1].Lemma) {
				// "said that sending aid would resume on Monday": the
				// act's own plan, not a condition.
				return false
			}
			break
		}
		if hardStop(t) || t.Lower == "," || s.clauseVerb(k) {
			return false
		}
	}
	switch modal {
	case "would", "could", "might", "'d":
		modal = "any"
	case "will", "'ll":
	default:
		return false
	}
	for j := range ms {
		a := &ms[j]
		if j == i || a.Head >= h-1 || a.Modality.Negated || len(a.Source) == 0 {
			continue
		}
		r := a.EventCode()[:2]
		if r == "13" || modal == "any" && (r == "01" || r == "11" || r == "10" || r == "12") {
			return true
		}
	}
	return false
}
