package verb

import "github.com/parley-events/parley/internal/wordset"

// actParticiples: participles whose by-phrase names who did the act they
// follow ("the bombing of a hospital carried out by Russian jets", "the
// raid on the camp, which was conducted by special forces"). "Blamed"
// names the one who blames and "claimed" a claimant of land as often as of
// an attack ("waters claimed by Greece"), so they are not here.
var actParticiples = wordset.Of(
	"carried", "conducted", "launched", "staged", "mounted", "perpetrated",
	"committed", "executed", "orchestrated", "masterminded", "organised",
	"organized", "ordered", "led", "waged", "unleashed",
	"initiated", "spearheaded", "undertaken", "undertook",
)

// agencyBy: the words from k are a reduced or full relative clause of
// agency after an act's noun phrase ("carried out by", ", which was
// conducted by", "that were reportedly launched by"); it returns the
// index of its "by", or -1. A judgement aimed at an act is aimed at whoever
// the clause names as its doer, as a plain "by" after the act already is.
func (s *sentence) agencyBy(k int) int {
	j := k
	if j < len(s.toks) && s.toks[j].Lower == "," {
		j++
	}
	if j < len(s.toks) && (s.toks[j].Lower == "which" || s.toks[j].Lower == "that") {
		j++
		for n := 0; n < 3 && j < len(s.toks); n++ {
			switch s.toks[j].Lower {
			case "was", "were", "is", "are", "has", "have", "had", "been", "being", "reportedly", "allegedly", "apparently":
				j++
				continue
			}
			break
		}
	} else if j > k {
		return -1 // a bare comma opens no relative of agency
	}
	for j < len(s.toks) && (s.toks[j].Lower == "reportedly" || s.toks[j].Lower == "allegedly" || s.toks[j].Lower == "apparently") {
		j++
	}
	if j >= len(s.toks) || !actParticiples.Has(s.toks[j].Lower) {
		return -1
	}
	j++
	if j < len(s.toks) && s.toks[j].Lower == "out" {
		j++
	}
	if j+1 < len(s.toks) && s.toks[j].Lower == "by" {
		return j
	}
	return -1
}

// bareLocation: every phrase of group gi names a place or state with no
// sector ("in Aleppo", "in Gaza"), so the group is where an act happened,
// not a party to it.
func (s *sentence) bareLocation(gi int) bool {
	g := s.groups[gi]
	for _, ph := range g.Phrases {
		if len(ph.Sectors) > 0 || ph.Modifier {
			return false
		}
	}
	return len(g.Phrases) > 0
}
