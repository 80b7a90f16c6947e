package pipeline

import "github.com/parley-events/parley/event"

// ownAid: military aid (072) or a pledge of economic aid (0331) whose
// only target is the bare state of every source is a state's own
// spending, not aid: "The army trained three new battalions in Kaduna"
// (NGAMIL, the place's NGA), "Biden pledged $1 trillion for America's
// economy" (R14, narrowing C14's trained battalions and D14's money
// pledged for a state's economy). A party of the same state with a
// sector ("armed village militias") is left.
func ownAid(ev *event.Event) bool {
	if ev.CAMEO != "072" && ev.CAMEO != "0331" || len(ev.Target) != 1 || len(ev.Source) == 0 {
		return false
	}
	t := &ev.Target[0]
	if t.Country == "" || t.Sector != "" || t.Code != t.Country {
		return false
	}
	for _, s := range ev.Source {
		if s.Country != t.Country {
			return false
		}
	}
	return true
}
