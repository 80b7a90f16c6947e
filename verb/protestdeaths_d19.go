package verb

import "github.com/parley-events/parley/internal/wordset"

// bystanderNouns head an object that names people in general, not a
// crowd of protesters nor armed men: what makes their shooting repression
// is the protest it happened in ("shot dead 24 people during protests").
var bystanderNouns = wordset.Of("people", "persons", "civilians", "residents", "youths", "men", "women")

// protestEventNouns name a protest as an occasion.
var protestEventNouns = wordset.Of("protest", "protests", "demonstration", "demonstrations", "rally", "rallies",
	"march", "marches", "riots", "unrest", "sit-in", "sit-ins", "strike", "strikes")

// killedAtProtest: the object of the shooting is people in general and the
// clause places the act in a protest after it ("Police shot dead at least
// 24 people in opposition strongholds in protests over the election
// results", "Soldiers shot dead 12 people during protests against the fuel
// price hike"): with a state's force as the shooter (checked by
// protestersShot) that is violent repression (175), as the shooting of
// protesters is. The protest must follow a preposition of occasion
// (during, in, at, amid) within the next eight words and before another
// finite verb, so "shot dead three people and later joined a protest"
// stays what the line coded.
func (s *sentence) killedAtProtest(end int) bool {
	if end < 1 || end > len(s.toks) || !bystanderNouns.Has(s.toks[end-1].Lower) {
		return false
	}
	for k := end; k < len(s.toks) && k < end+8; k++ {
		t := &s.toks[k]
		if t.Lower == ";" || t.Lower == "and" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			return false
		}
		if t.Lower != "during" && t.Lower != "in" && t.Lower != "at" && t.Lower != "amid" {
			continue
		}
		// "during the anti-government protests", "in fresh protests"
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if protestEventNouns.Has(s.toks[j].Lower) {
				return true
			}
			if tg := s.toks[j].Tag; tg != "DT" && tg != "JJ" && tg != "PRP$" && tg != "CD" {
				break
			}
		}
	}
	return false
}

// wordsKilledAtProtest: the same when the line's own words hold the people
// ("kill ... {people|residents}" leaves no target group): the first such
// noun within six words of the head.
func (s *sentence) wordsKilledAtProtest(head int) bool {
	for k := head + 1; k < len(s.toks) && k <= head+6; k++ {
		if bystanderNouns.Has(s.toks[k].Lower) {
			return s.killedAtProtest(k + 1)
		}
	}
	return false
}
