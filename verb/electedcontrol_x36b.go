package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// X36B: control "taken" of a council, a parliament or a majority of seats
// is won at the polls, not by force (192): "Pro-democracy candidates won
// a landslide, taking control of 17 of the 18 councils", "the opposition
// gained control of the Senate". Armed men who seize the chamber, or the
// parliament building, still occupy it.

// electedBodies name what an election gives control of.
var electedBodies = wordset.Of(
	"council", "councils", "parliament", "parliaments", "legislature",
	"legislatures", "assembly", "assemblies", "congress", "senate", "house",
	"chamber", "chambers", "seats", "majority", "municipalities",
	"municipality", "mayoralty", "mayoralties", "city-hall", "statehouses",
	"governorships", "legislative",
)

// controlVerbs take, win or keep control.
var controlVerbs = wordset.Of("take", "gain", "seize", "win", "wrest", "assume", "secure", "regain", "retake", "retain", "keep")

// electedControl: the 192 match at m's head takes "control of" an elected
// body, and no armed subject took it (true drops the match).
func (s *sentence) electedControl(m *Match) bool {
	h := m.Head
	if !strings.HasPrefix(m.EventCode(), "192") || !controlVerbs.Has(s.toks[h].Lemma) {
		return false
	}
	for i := range m.Source {
		if forceSector(m.Source[i].Sectors) {
			return false
		}
	}
	if s.armedSubjectNoun(h) {
		return false
	}
	k := h + 1
	for k < len(s.toks) && k <= h+3 && s.toks[k].Lower != "control" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].Lower != "control" || k+1 >= len(s.toks) {
		return false
	}
	if w := s.toks[k+1].Lower; w != "of" && w != "over" {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+8; j++ {
		t := &s.toks[j]
		if electedBodies.Has(t.Lower) {
			// "the parliament building", "the council offices": a place.
			return j+1 >= len(s.toks) || !s.toks[j+1].IsNoun()
		}
		if !(filler(t) || t.Lower == "of" || t.Lower == "the" || t.Tag == "NNP" || t.Tag == "NNPS") {
			return false
		}
	}
	return false
}

// armedSubjectNoun: a bare armed noun no actor holds is the subject right
// before the verb at h ("gunmen took control of parliament").
func (s *sentence) armedSubjectNoun(h int) bool {
	k := h - 1
	for k >= 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB") {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].Lower {
	case "gunmen", "soldiers", "troops", "rebels", "militants", "fighters", "insurgents", "militiamen", "mutineers", "protesters", "demonstrators", "rioters", "mob":
		return true
	}
	return false
}
