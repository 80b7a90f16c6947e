package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// interceptVerbs bring an incoming weapon down.
var interceptVerbs = wordset.Of("intercept", "intercepted", "intercepts", "intercepting",
	"down", "downed", "downs", "downing", "shot", "shoot", "shoots", "shooting")

// projectileNouns are weapons in flight, which are intercepted where they
// arrive, not where their makers are.
var projectileNouns = wordset.Of("missile", "missiles", "rocket", "rockets", "drone", "drones",
	"projectile", "projectiles", "uav", "uavs", "shell", "shells", "mortar", "mortars", "balloon", "balloons")

// interception: the event's verb brings down a weapon in flight named
// within a few words after it ("intercepted a ballistic missile", "shot
// down 30 drones", "downed two Houthi drones"), so its place is where
// the weapon fell, not its maker's state.
func interception(ev *event.Event) bool {
	v := ev.Evidence.Verb
	if v.Start < 0 || v.End > len(ev.Sentence) || v.Start >= v.End {
		return false
	}
	if !interceptVerbs.Has(strings.ToLower(ev.Sentence[v.Start:v.End])) {
		return false
	}
	rest := ev.Sentence[v.End:]
	for i, w := range strings.Fields(rest) {
		if i >= 6 {
			break
		}
		w = strings.ToLower(strings.Trim(w, ".,;:"))
		if projectileNouns.Has(w) {
			return true
		}
	}
	return false
}

// interceptedWeapons: the bare weapons an interception brings down ("shot
// down 30 drones over Kyiv") took the story's state, which is the
// defenders' own; weapons in flight over one's land are the attacker's,
// unnamed. Only weapons named with no state of their own ("Russian
// drones" keep theirs) and only when that state is the source's lose it.
func interceptedWeapons(ev *event.Event) {
	if len(ev.Source) == 0 || ev.CAMEORoot < "18" || ev.CAMEORoot > "20" || !interception(ev) {
		return
	}
	own := ev.Source[0].Country
	for i := range ev.Target {
		t := &ev.Target[i]
		if own == "" || t.Country != own || !bareWeapons(t.Text) {
			continue
		}
		t.Country = ""
		t.Code = "---" + t.Sector
	}
}

// bareWeapons: the text names weapons in flight and no state (no capital
// letter after an article: "30 drones", "two ballistic missiles").
func bareWeapons(s string) bool {
	if !bareText(s) { // selfexpel_lead.go
		return false
	}
	for _, w := range strings.Fields(s) {
		if projectileNouns.Has(strings.Trim(w, ".,;:")) {
			return true
		}
	}
	return false
}
