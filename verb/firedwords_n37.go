package verb

import "github.com/parley-events/parley/internal/wordset"

// wordNouns are things said that news "fires", "hurls" or "lobs" at a
// party: "fired accusations at Japan", "fired off a warning at the
// United States", "lobbed insults at Riyadh".
var wordNouns = wordset.Of(
	"accusation", "accusations", "warning", "warnings", "threat", "threats",
	"insult", "insults", "question", "questions", "criticism", "criticisms",
	"barb", "barbs", "jibe", "jibes", "gibe", "gibes", "taunt", "taunts",
	"rebuke", "rebukes", "condemnation", "letter",
	"letters", "message", "messages", "tweet", "tweets", "remark",
	"remarks", "words", "invective", "abuse", "allegation", "allegations",
	"complaint", "complaints", "demand", "demands", "ultimatum",
)

// firingVerbs launch weapons and, in news English, words alike.
var firingVerbs = wordset.Of("fire", "launch", "hurl", "lob", "shoot", "unleash")

// firedWords (N37) reports whether the verb at h fires words, not
// weapons, before its "at"/"on" party: "China fired accusations at
// Japan" is no use of force, while "fired warning shots at fishermen"
// (a word noun modifying a weapon) still is.
func (s *sentence) firedWords(h int) bool {
	for k := h + 1; k < len(s.toks) && k <= h+8; k++ {
		t := &s.toks[k]
		switch t.Lower {
		case "at", "on", "upon", "into", "against", "toward", "towards":
			return false
		}
		if wordNouns.Has(t.Lower) && t.IsNoun() {
			if k+1 < len(s.toks) && s.toks[k+1].IsNoun() {
				continue // "warning shots", "protest marchers"
			}
			return true
		}
		if s.inGroup[k] >= 0 || t.IsVerb() {
			return false
		}
	}
	return false
}
