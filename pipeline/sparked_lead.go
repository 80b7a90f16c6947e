package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// sparkLemmas: the verbs by which an act sets off protests
// (data/verbs/14-protest.txt, the converse "spark" lines).
var sparkLemmas = wordset.Of("spark", "trigger", "provoke", "ignite", "unleash", "prompt")

// politicalCauses: the acts and events whose aftermath protests are
// political news: a killing, an arrest, a ruling, a law, a vote.
var politicalCauses = wordset.Of(
	"killing", "killings", "death", "deaths", "murder", "shooting", "arrest",
	"arrests", "detention", "execution", "assassination", "ruling", "verdict",
	"sentence", "decision", "law", "bill", "election", "elections", "vote",
	"result", "results", "reform", "reforms", "ban", "policy", "measures",
	"crackdown", "coup", "raid", "strike", "strikes", "attack", "attacks",
	"remarks", "visit", "announcement", "plan", "move", "deal", "agreement",
	"dismissal", "ouster", "resignation", "tax", "taxes", "hike", "cuts",
	"subsidy", "subsidies", "curfew", "lockdown", "extradition", "deportation",
	"eviction", "evictions", "demolition", "rape", "abduction", "disappearance",
)

// quarrelSector: owners of an act whose protests stay private quarrels: a
// firm or club and its customers or fans.
func quarrelSector(sec string) bool { return sec == "BUS" || sec == "CVL" }

// sparkedPrivately: protests "sparked" by something that is neither a
// political actor's act nor a political event are no political protest:
// "The referee's late penalty sparked protests from Argentine players",
// "Apple's new charger sparked protests from customers in China", "The
// Brazilian club raised ticket prices, sparking protests by fans". The
// state, its organs, parties and groups that act keep theirs ("The
// government raised fuel prices, sparking protests"), and so does a
// killing, an arrest or a ruling with nobody named ("The killing of a
// teenager by police sparked riots").
func sparkedPrivately(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "14" || head <= 0 || head >= len(toks) || !sparkLemmas.Has(toks[head].Lemma) {
		return false
	}
	for _, t := range ev.Target {
		if t.Start >= 0 && t.Start < head && !quarrelSector(t.Sector) {
			return false // a political actor did what sparked them
		}
	}
	for k := 0; k < head; k++ {
		if politicalCauses.Has(toks[k].Lower) {
			return false
		}
	}
	return true
}
