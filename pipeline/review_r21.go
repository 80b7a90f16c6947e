package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// forceAttack: an "attack on" that a leader orders or authorises, or one
// on an armed force that no word marks as speech, is force, whatever
// forum it is announced in (R21): "Netanyahu ordered a fresh attack on
// Hezbollah positions in a televised speech" stays 190, where N22's
// verbalAttack read the speech as the forum of words. "launched a verbal
// attack on the PKK in a speech" is still words.
func forceAttack(ev *event.Event, toks []text.Token, h, noun int) bool {
	switch toks[h].Lemma {
	case "order", "authorize", "authorise", "approve", "command":
		return true
	}
	for k := h; k < noun; k++ {
		switch toks[k].Lower {
		case "verbal", "rhetorical", "scathing", "blistering", "stinging", "withering", "scorching", "personal":
			return false
		}
	}
	for _, a := range ev.Target {
		for _, sec := range []string{"MIL", "REB", "UAF", "INS"} {
			if containsSector(a.Code, sec) {
				return true
			}
		}
	}
	return false
}
