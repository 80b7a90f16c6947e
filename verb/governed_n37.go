package verb

import "github.com/parley-events/parley/internal/wordset"

// unagentiveVerbs take an event noun as their object without doing the
// event, beyond outsideVerbs (which judge, report or suffer it): the
// subject receives, draws or awaits it ("Israel received a warning",
// "the raid drew condemnation"), weighs it ("the EU considered
// sanctions"), undoes or stops it ("lifted the ban", "intercepted a
// shipment of arms"), or breaks it ("defied the ban").
var unagentiveVerbs = wordset.Of(
	"receive", "get", "draw", "attract", "earn", "win", "provoke",
	"spark", "trigger", "prompt", "invite", "heed", "await", "expect",
	"consider", "weigh", "study", "review", "seek", "request", "want",
	"need", "lift", "ease", "end", "drop", "scrap", "suspend", "remove",
	"relax", "cut", "halt", "freeze", "withhold", "slash", "reduce",
	"stop", "violate", "breach", "defy", "evade", "flout", "circumvent",
	"challenge", "contest", "fight", "intercept", "seize", "confiscate",
	"track", "find", "discover", "uncover", "repay", "owe", "default",
	"brush", "shrug", "laugh", "avoid", "fear", "risk", "threaten",
)

// governedNoun (N37) keeps an [object] line only when its head noun is
// the object of a verb that does the event: "Iran fired off a warning to
// Israel", "the EU rolled out sanctions against Russia", whatever the
// verb, as long as it is not one that judges, reports, suffers, receives
// or undoes the event. The noun as subject ("a warning to Israel came"),
// inside a prepositional phrase ("after the warning to Israel") or after
// a copula ("this is a warning to Israel") is left to other lines, and
// so is a noun with a possessor or a country adjective of its own,
// which names its agent.
func (s *sentence) governedNoun(h int) string {
	if h >= len(s.toks) || !s.toks[h].IsNoun() {
		return "an event noun's line needs the noun"
	}
	for k := h - 1; k >= 0 && k >= h-5; k-- {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return "the event noun has an actor of its own before it"
		}
		if t.Tag == "POS" || t.Tag == "PRP$" && t.Lower != "its" && t.Lower != "their" {
			return "the event noun has a possessor"
		}
		if t.IsVerb() {
			if beForms.Has(t.Lower) || beForms.Has(t.Lemma) || t.Lemma == "have" {
				return "the event noun follows a copula, not a verb that does it"
			}
			if outsideVerbs.Has(t.Lemma) || unagentiveVerbs.Has(t.Lemma) {
				return "the verb over the event noun judges, reports, receives or undoes it"
			}
			return ""
		}
		if (t.Tag == "NN" || t.Tag == "NNS") && t.Lower == t.Text {
			// "trade sanctions", "arms embargo": a compound modifier.
			continue
		}
		if t.Tag == "RP" || filler(t) || t.Lower == "off" || t.Lower == "out" || t.Lower == "up" || t.Lower == "down" {
			continue
		}
		break
	}
	return "the event noun is not the object of a verb"
}
