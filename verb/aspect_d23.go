package verb

import "github.com/parley-events/parley/internal/wordset"

// catenativeAspect take the act they begin, go on with or end as a gerund or
// an infinitive: "troops began disengaging", "the army continued to
// shell the town".
var catenativeAspect = wordset.Of("begin", "start", "continue", "resume", "keep", "finish", "stop", "cease")

// aspectual: the finite verb at k is an aspect verb right before the act
// being tried ("began disengaging", "started to withdraw"), so it opens
// no clause of its own: the subject before it is the act's, and a gap
// from the subject to the act's head crosses it ("Indian and Chinese
// troops began disengaging" for "troops ... disengaging"). Only for that
// head: another verb's gap ("stopped attending the meetings, and forces
// began shelling") still stops at it.
func (s *sentence) aspectual(k int) bool {
	h := s.tryHead
	if h <= k || h > k+2 || h >= len(s.toks) || !catenativeAspect.Has(s.toks[k].Lemma) {
		return false
	}
	if h == k+1 {
		return s.toks[h].Tag == "VBG"
	}
	return s.toks[k+1].Lower == "to" && s.toks[h].Tag == "VB"
}
