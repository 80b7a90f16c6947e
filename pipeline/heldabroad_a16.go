package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// heldAbroad: a state that demands or appeals for the release of its own
// nationals held in another state addresses that state, the one holding
// them ("Nigeria demanded the release of its citizens detained in
// Ghana", "India called for the release of its fishermen held in Sri
// Lanka"): CAMEO's target of a demand is whom it is made to, and the
// detainees are the object of the release, not its addressee. Coded as
// they were, the demand went from Nigeria to Nigeria. The target becomes
// the state named right after the participle of holding ("detained in",
// "held by"), when the target named no other state than the source's;
// with no holder named ("demanded the release of its citizens") the
// event stays as it was.
func heldAbroad(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for i := range sa.Verbs.Matches {
		m := &sa.Verbs.Matches[i]
		switch m.EventCode() {
		case "0253", "1053", "0243", "1043":
		default:
			continue
		}
		if len(m.Source) == 0 || len(m.Target) == 0 {
			continue
		}
		src := m.Source[0].Country
		ok := src != ""
		for _, ph := range m.Target {
			if ph.Country != "" && ph.Country != src || len(ph.Sectors) == 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		k := m.Target[len(m.Target)-1].End
		if k+2 >= len(toks) || !holdVerbs.Has(toks[k].Lower) || toks[k+1].Lower != "in" && toks[k+1].Lower != "by" {
			continue
		}
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if g.Start != k+2 && !(g.Start == k+3 && toks[k+2].Lower == "the") {
				continue
			}
			holder := g.Phrases[0]
			if holder.Country == "" || holder.Country == src {
				break
			}
			m.Target = []actor.Phrase{holder}
			break
		}
	}
}

var holdVerbs = wordset.Of("detained", "held", "jailed", "imprisoned", "arrested",
	"kidnapped", "abducted", "captured", "stranded", "trapped", "seized", "taken")
