package verb

import "github.com/parley-events/parley/actor"

// strikersShotD21: workers on strike are protesters for the repression
// of them: "Police shot dead 34 striking miners", "opened fire on
// striking oil workers", "troops killed three strikers" are violent
// repression (175) as the shooting of protesters is. "Striking" must
// stand right before the phrase or one word before it ("striking oil
// workers"), so "a striking number of civilians" is no crowd.
func (s *sentence) strikersShotD21(ph *actor.Phrase) bool {
	if ph.End < 1 || ph.End > len(s.toks) {
		return false
	}
	if w := s.toks[ph.End-1].Lower; w == "strikers" || w == "striker" {
		return true
	}
	for k := ph.Start - 1; k >= 0 && k >= ph.Start-2; k-- {
		if s.toks[k].Lower == "striking" {
			return k+1 < len(s.toks) && s.toks[k+1].Lower != "number" && s.toks[k+1].Lower != "numbers"
		}
	}
	return false
}
