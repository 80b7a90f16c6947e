package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// numberedParty returns the party-alliance sector entry for a count of
// parties written as one hyphenated word before "alliance" or
// "coalition" ("the 18-party alliance", "a four-party coalition", "the
// multi-party alliance"), or nil. English fuses the count to "party", so
// the dictionary's "party alliance" line can never see its first word;
// the count is free, and only the pair after it is looked up, so "the
// six-party talks" (no alliance) stays no actor.
func (r *Resolver) numberedParty(toks []text.Token, i int) *Entry {
	w := toks[i].Lower
	if i+1 >= len(toks) || !strings.HasSuffix(w, "-party") {
		return nil
	}
	switch toks[i+1].Lower {
	case "alliance", "alliances", "coalition", "coalitions":
	default:
		return nil
	}
	count := w[:len(w)-len("-party")]
	if !partyCount(count) {
		return nil
	}
	pair := [2]text.Token{{Text: "party", Lower: "party"}, toks[i+1]}
	return r.entryAlong(pair[:], 0, 2, func(e *Entry) bool { return e.Kind == KindSector && e.Code == "PTY" })
}

// partyCount: s is a count of parties as English writes it before
// "-party": digits ("18"), a spelled-out cardinal ("four",
// "twenty-one"), or "multi".
func partyCount(s string) bool {
	if s == "" {
		return false
	}
	if s == "multi" || numberWord(s) {
		return true
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}
