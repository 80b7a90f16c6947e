package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// claimedSides (S35): a claim of responsibility (015) and the one act of
// violence (18-20) its sentence tells share their sides: the claimant is
// the attack's agent when the attack has none ("Drone attacks hit Saudi
// Aramco oil facilities; Houthis claim responsibility" 195 YEM→SAU), and
// the attack's target is the claim's when the claim has none ("the
// Houthis in Yemen claimed the attack" 015 YEM→SAU). A sentence with two
// acts of violence, or none, is left: the claim could be of either.
func claimedSides(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if !strings.HasPrefix(ev.CAMEO, "015") || len(ev.Source) == 0 || heads[i] < 0 {
		return
	}
	v := -1
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.StoryID != ev.StoryID || !violentRoot(o.CAMEORoot) {
			continue
		}
		if v >= 0 {
			return // two acts: the claim could be of either
		}
		v = j
	}
	if v < 0 {
		return
	}
	o := &out[v]
	if len(o.Source) == 0 {
		o.Source = append([]event.Actor(nil), ev.Source...)
	}
	if len(ev.Target) == 0 && len(o.Target) > 0 && o.Target[0].Country != ev.Source[0].Country {
		ev.Target = append([]event.Actor(nil), o.Target...)
	}
}
