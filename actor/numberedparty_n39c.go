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
	// The whole pair is looked up, not "party" alone, so the phrase is
	// named by the dictionary's "party alliance" line.
	pair := [2]text.Token{{Text: "party", Lower: "party"}, toks[i+1]}
	n := int32(0)
	for k := range pair {
		nx, ok := r.d.walk(n, &pair[k], k == 0)
		if !ok || nx == 0 && k == 1 {
			return nil
		}
		n = nx
	}
	for _, ei := range r.d.entriesAt(n) {
		if e := &r.d.list[ei]; e.Kind == KindSector && e.Code == "PTY" {
			return e
		}
	}
	return nil
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
