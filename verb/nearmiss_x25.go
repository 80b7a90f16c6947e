package verb

import "github.com/parley-events/parley/internal/wordset"

// X25: an act that nearly happened did not happen. "India came close to
// striking Pakistan", "the two fleets came within hours of clashing" and
// "the coalition narrowly avoided striking a hospital" tell a near miss:
// the gerund's act was not done, as after "refrained from" or "stopped
// short of" (heldBack). They were coded as done. An act one "was about
// to" do had not been done when the sentence looks at it ("the army was
// about to storm the parliament when the president resigned"); one that
// "is about to" happen is still to come.

// nearUnits measure how near a near miss came: "within hours of", "within
// a whisker of", "within metres of".
var nearUnits = wordset.Of(
	"seconds", "minutes", "hours", "days", "weeks", "inches", "metres",
	"meters", "yards", "feet", "whisker", "hair", "inch", "step", "steps",
)

// nearMiss answers for the gerund at h as ceasedBefore does: ceased for a
// near miss ("came close to striking", "came within hours of attacking",
// "avoided clashing"), notCeased when a negation governs the verb of the
// near miss ("did not avoid striking"), else notCeasing.
func (s *sentence) nearMiss(h int) int {
	if h < 2 {
		return notCeasing
	}
	k := h - 1
	v := -1 // the verb of the near miss
	switch w := s.toks[k].Lower; {
	case s.toks[k].IsVerb() && s.toks[k].Lemma == "avoid":
		v = k
	case w == "to" && s.toks[k-1].Lower == "close":
		// "came close to striking", "came dangerously close to".
		j := k - 2
		for j > 0 && s.toks[j].Tag == "RB" && !negators.Has(s.toks[j].Lower) {
			j--
		}
		if j >= 0 && s.toks[j].IsVerb() && s.toks[j].Lemma == "come" {
			v = j
		}
	case w == "of" && nearUnits.Has(s.toks[k-1].Lower):
		// "came within hours of clashing", "within a whisker of".
		j := k - 2
		for j > 0 && (s.toks[j].Tag == "CD" || s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ") {
			j--
		}
		if j > 0 && s.toks[j].Lower == "within" && s.toks[j-1].IsVerb() && s.toks[j-1].Lemma == "come" {
			v = j - 1
		}
	}
	if v < 0 {
		return notCeasing
	}
	if s.negatedBefore(v) {
		return notCeased
	}
	return ceased
}

// aboutTo: the infinitive whose "to" is at k follows "about" after a form
// of "be" ("was about to storm", "is about to invade"). past reports a
// past form of "be".
func (s *sentence) aboutTo(k int) (ok, past bool) {
	if k < 2 || s.toks[k-1].Lower != "about" {
		return false, false
	}
	switch s.toks[k-2].Lower {
	case "was", "were":
		return true, true
	case "is", "are", "am", "'s", "'re":
		return true, false
	}
	return false, false
}
