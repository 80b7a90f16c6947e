package verb

import "github.com/parley-events/parley/internal/wordset"

// insistedFact: "insist that" demands only with a subjunctive or a modal
// of obligation after the clause's subject ("insisted that Russia
// withdraw", "insisted that Iran must stop"); a verb in the present or past
// ("Cairo insists that the Ethiopian dam threatens its survival",
// "insisted that the loan would not raise taxes") states what the
// speaker holds to be so (G16). It returns why the demand is not one, or "".
func (s *sentence) insistedFact(h int) string {
	n := len(s.toks)
	if h+1 >= n || s.toks[h+1].Lower != "that" {
		return ""
	}
	for k := h + 2; k < n && k <= h+12; k++ {
		t := &s.toks[k]
		if t.Tag == "," || t.Tag == ":" {
			return "" // "that Syria comply, officials said": past the clause
		}
		if s.inGroup[k] >= 0 {
			continue
		}
		switch t.Tag {
		case "VB":
			return ""
		case "MD":
			switch t.Lower {
			case "must", "should", "shall":
				return ""
			}
			return "'insist that' with a modal of what will be states, it demands nothing"
		case "VBZ", "VBD", "VBP":
			// "insisted that Turkey withdraw" may be tagged as a
			// present: a verb in its base form is a subjunctive.
			if t.Lower == t.Lemma {
				return ""
			}
			return "'insist that' with a verb in the present or past states, it demands nothing"
		}
	}
	return ""
}

// threateningThings are things a state owns or makes that news says
// threaten something ("the Ethiopian dam threatens Egypt's water"): a
// danger, not a threat the state makes.
var threateningThings = wordset.Of("dam", "dams", "project", "projects", "pipeline",
	"canal", "reservoir", "plant", "mine", "law", "bill", "policy", "policies",
	"plan", "tariff", "tariffs", "ban", "crisis", "debt", "drought", "economy",
	"inflation", "election", "decision", "move", "programme", "program", "reform", "reforms")

// thingThreatens: the subject of "threaten" at h is such a thing with a
// country adjective on it, so no state threatens (G16).
func (s *sentence) thingThreatens(h int) string {
	if h < 2 || !s.toks[h].IsVerb() {
		return ""
	}
	k := h - 1
	if s.inGroup[k] >= 0 || !threateningThings.Has(s.toks[k].Lower) || s.inGroup[k-1] < 0 {
		return ""
	}
	return "a thing a state owns threatens, the state makes no threat"
}
