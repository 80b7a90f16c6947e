package verb

import "github.com/parley-events/parley/internal/wordset"

// selfWarnedMay (F37): "Turkey warned (that) it could launch a ground
// incursion", "Kabila warned he might order the peacekeepers out": a
// party that warns or threatens that it itself could or might act
// announces the act as a threat, as "warned it would" does (warnedBefore),
// not as a guess. The modal's subject must be a personal pronoun right
// before it, so that a warning about what another party could do
// ("warned that China could invade") stays a guess.
func (s *sentence) selfWarnedMay(k int) bool {
	t := &s.toks[k]
	if t.Tag != "MD" || (t.Lower != "could" && t.Lower != "might" && t.Lower != "may") {
		return false
	}
	if k < 1 || s.toks[k-1].Tag != "PRP" || !selfPronouns.Has(s.toks[k-1].Lower) {
		return false
	}
	v := s.warnedBefore(k)
	return v >= 0 && (s.toks[v].Lemma == "warn" || s.toks[v].Lemma == "threaten")
}

// selfPronouns stand for the party that warns.
var selfPronouns = wordset.Of("it", "he", "she", "they", "we")

// weekdays name the day a warning was given ("warned on Tuesday that").
var weekdays = wordset.Of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
