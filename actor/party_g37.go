package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// otherPartyName reports a party adjective match [i, j) ("Democratic",
// "Republican") that opens or continues another party's name rather than
// naming the US party: a capitalised word after it that is no agent noun
// ("the Democratic Society Party", "the Democratic Left Alliance"), or
// "Party" with another name before it ("the Kurdish Democratic Party") or
// "of" and a name after it ("the Democratic Party of Albania"). Parties
// of many states carry these words; the US ones are written with the
// adjective alone before an agent ("Democratic senators") or as the
// whole name.
func (r *Resolver) otherPartyName(toks []text.Token, i, j int) bool {
	if j >= len(toks) || !startsUpper(toks[j].Text) {
		return false
	}
	if toks[j].Lower != "party" {
		return !r.sectorAt(toks, j)
	}
	if j+2 < len(toks) && toks[j+1].Lower == "of" && startsUpper(toks[j+2].Text) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := &toks[i-1]
	if !startsUpper(prev.Text) || i-1 == 0 && prev.Tag == "DT" {
		return false
	}
	// "the U.S. Democratic Party", "America's Republican Party": a
	// name of the United States before it keeps it the US party.
	return r.oneWordEntry(prev, func(e *Entry) bool { return strings.HasPrefix(e.Code, "USA") }) == nil
}
