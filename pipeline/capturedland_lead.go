package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// capturedLand: what is captured or seized is land when every target is
// a bare state, as a place name gives it ("Israel captured the West Bank,
// Gaza and the Golan Heights", "Azerbaijani forces seized Karabakh"):
// occupying territory (192), not arresting people (173), whom news names
// by a sector ("captured Turkish fighters").
func (p *Pipeline) capturedLand(ev *event.Event, toks []text.Token, h int) {
	if ev.CAMEO != "173" || h < 0 || h >= len(toks) || len(ev.Target) == 0 {
		return
	}
	switch toks[h].Lemma {
	case "capture", "seize", "recapture":
	default:
		return
	}
	// The land is the verb's object, named right after it: a state
	// taken from the event's place ("captured X ... in Watertown") or
	// from a word before the verb ("an Indian MiG-21 and captured its
	// pilot") says nothing of what was captured.
	v, t0 := ev.Evidence.Verb, ev.Target[0]
	if t0.Start < v.End || t0.Start > len(ev.Sentence) || v.End < 0 {
		return
	}
	if gap := strings.TrimSpace(ev.Sentence[v.End:t0.Start]); gap != "" && !strings.EqualFold(gap, "the") {
		return
	}
	for _, t := range ev.Target {
		if t.Sector != "" || t.Country == "" || t.Code != t.Country {
			return
		}
	}
	p.recodeEvent(ev, "192")
}
