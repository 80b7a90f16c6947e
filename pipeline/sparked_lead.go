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
		// Actor offsets are bytes, not token indices (R18b: with the
		// index, only an actor in a sentence's first few bytes counted).
		if t.Start >= 0 && t.Start < toks[head].Start && !quarrelSector(t.Sector) {
			return false // a political actor did what sparked them
		}
	}
	for k := 0; k < head; k++ {
		if politicalCauses.Has(toks[k].Lower) && !privatelyOwned(toks, k) {
			return false
		}
	}
	return true
}

// doerNouns: the cause nouns whose possessor is the one who acted ("the
// referee's decision"), unlike "Amini's death" or "Sonko's arrest",
// whose possessor is the one acted on.
var doerNouns = wordset.Of(
	"decision", "ruling", "verdict", "plan", "move", "remarks", "announcement",
	"policy", "ban", "measures", "reform", "reforms", "deal", "agreement",
	"hike", "cuts", "visit", "resignation",
)

// privatelyOwned: a doer noun right after a possessive ("The referee's
// decision", "the club's decision to sack the coach", with an adjective
// between: "the league's new ban") that sparkedPrivately reaches: had
// the possessor been a state, an organ or a group, its target would have
// kept the protest, so the act is a private party's (R18b).
func privatelyOwned(toks []text.Token, k int) bool {
	if !doerNouns.Has(toks[k].Lower) {
		return false
	}
	j := k - 1
	if j > 0 && toks[j].Tag == "JJ" {
		j--
	}
	return j > 0 && toks[j].Tag == "POS"
}
