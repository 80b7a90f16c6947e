package verb

import "github.com/parley-events/parley/internal/wordset"

// A noun phrase after a clause's comma that sums the clause up ("Kenya
// attacked Turkish troops near the border, a move its foreign minister
// called necessary", "..., a step analysts read as a warning") names the
// act just told, never a word of it: a pattern's gap that crossed the
// comma found "move" there and read "attacked ... move" as criticism of
// a policy. A gap stops at such an appositive.

// resumptiveNouns stand for the clause before them.
var resumptiveNouns = wordset.Of(
	"move", "step", "decision", "measure", "gesture", "development",
	"escalation", "action", "signal", "sign", "reversal", "rebuke",
)

// resumptiveAppositive: the word at k, right after a comma, opens a
// resumptive appositive: "a"/"an" and a resumptive noun, or one
// adjective between ("a rare move", "an unusual step").
func (s *sentence) resumptiveAppositive(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k-1].Lower != "," {
		return false
	}
	if w := s.toks[k].Lower; w != "a" && w != "an" {
		return false
	}
	n := k + 1
	if s.toks[n].Tag == "JJ" && n+1 < len(s.toks) {
		n++
	}
	return resumptiveNouns.Has(s.toks[n].Lower) && (s.toks[n].Tag == "NN")
}
