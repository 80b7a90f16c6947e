package pipeline

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// brokeredAt: the name starting at token k is a broker, named after
// "brokered by", "mediated by" or "facilitated by" (articles and
// adjectives between allowed: "mediated by Russian peacekeepers"), or a
// later member of that list ("brokered by the United States and
// Turkey", "mediated by Qatar, Egypt and the US"; a name after a comma
// that closes the list, "brokered by Qatar, Israel said", is none), or
// named before "mediation" after "under" or "with" ("under Saudi and US
// mediation"). A broker stands between the sides; it is the party of
// its own mediation (045) only.
func brokeredAt(toks []text.Token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if mediationNouns.Has(toks[j].Lower) {
			// "under Saudi and US mediation": only names, adjectives
			// and the list's joints between
			if allListWords(toks[k+1:j]) && mediatedUnder(toks, k) {
				return true
			}
			break
		}
	}
	b := k - 1
	for hops := 0; b > 0 && hops < 6; hops++ {
		for b > 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ") {
			b--
		}
		switch toks[b].Lower {
		case "by":
			return b > 0 && brokerVerbs.Has(toks[b-1].Lower)
		case "and", ",":
			if hops == 0 && toks[b].Lower == "," && !listGoesOn(toks, k) {
				return false // "brokered by Qatar, Israel said": a reporter
			}
			// past the list's member before: its proper nouns,
			// adjectives and articles ("the United States and")
			b--
			n := 0
			for b > 0 && (toks[b].IsProper() || toks[b].Tag == "DT" || toks[b].Tag == "JJ") {
				b--
				n++
			}
			if n == 0 {
				return false
			}
			continue // the word before that member
		}
		return false
	}
	return false
}

// listGoesOn: the name at k is followed, past its own words, by "," or
// "and": it stands inside a list, not after the list's close.
func listGoesOn(toks []text.Token, k int) bool {
	e := k + 1
	for e < len(toks) && (toks[e].IsProper() || toks[e].Tag == "JJ") {
		e++
	}
	return e < len(toks) && (toks[e].Lower == "," || toks[e].Lower == "and")
}

// mediatedUnder: the list at k follows "under", "with", "through",
// "after" or "following" (an article between allowed): the act was done
// under the mediation. "rejected Kenyan mediation" or "a Qatari
// mediation offer" make the mediation the act's object, and its broker a
// party to that act.
func mediatedUnder(toks []text.Token, k int) bool {
	b := k - 1
	for b > 0 && allListWords(toks[b:b+1]) {
		b-- // back to the list's start: "under Saudi and US mediation"
	}
	switch toks[b].Lower {
	case "under", "with", "through", "after", "following", "via", "amid":
		return true
	}
	return false
}

// allListWords: the words between a list's first name and its head noun
// are names, adjectives, articles and the list's joints only.
func allListWords(ts []text.Token) bool {
	for _, t := range ts {
		if !t.IsProper() && t.Tag != "JJ" && t.Tag != "DT" && t.Lower != "and" && t.Lower != "," {
			return false
		}
	}
	return true
}

// brokerVerbs: "<verb> by X" names X as the broker of a deal or talks.
var brokerVerbs = wordset.Of("brokered", "mediated", "facilitated")

// mediationNouns: "X mediation" names X as the broker.
var mediationNouns = wordset.Of("mediation")
