package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// igoTerritory (S38): an international body named right before a noun
// for land it protects ("the U.N. safe area of Srebrenica", "the United
// Nations enclave of Srebrenica", "a UN safe zone") names no actor: the
// land is the territory of the state it lies in, and a force that
// overruns or shells it acts on that state, which the place gives. Only
// a phrase of one body alone counts, and only nouns for protected land:
// "a U.N. base", "U.N. peacekeepers" and "the U.N. mission" stay the
// body's.
func igoTerritory(toks []text.Token, ph *Phrase) bool {
	if len(ph.Parts) != 1 || ph.Parts[0].Entry.Kind != KindActor || !strings.HasPrefix(ph.Parts[0].Entry.Code, "IGO") || ph.End+1 > len(toks) {
		return false
	}
	next := toks[ph.End].Lower
	switch next {
	case "enclave", "enclaves":
		return true
	case "safe", "protected":
	default:
		return false
	}
	if ph.End+1 >= len(toks) {
		return false
	}
	switch toks[ph.End+1].Lower {
	case "area", "areas", "zone", "zones", "haven", "havens":
		return true
	}
	return false
}
