package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

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

// refugeInBuilding: refuge, shelter or a haven "found in" a church, a
// mosque, a school or a hospital (075, C14's refuge line, whose "in $"
// takes any actor) is a roof, not asylum a state grants: "The gunman found
// refuge in a church", "Displaced families found shelter in schools run
// by UNRWA" (R14). A state, its embassy (GOV) or an IGO after "in" is
// left: "Nearly a million Rohingya found refuge in Bangladesh".
func refugeInBuilding(ev *event.Event) bool {
	if ev.CAMEO != "075" || len(ev.Source) == 0 {
		return false
	}
	switch strings.ToLower(ev.Evidence.Verb.Text) {
	case "find", "finds", "found", "finding":
	default:
		return false
	}
	for _, s := range ev.Source {
		switch s.Sector {
		case "EDU", "HLH", "MOS", "CHR", "CTH", "DOX", "CPT", "MRN", "PRO", "JEW", "BUD", "HIN", "REL":
		default:
			return false
		}
	}
	return true
}

// placeInspection: an inspection let in (0862) whose only target is the
// place it happened names no inspecting body: "The landlord allowed the
// team to inspect the flat in Leeds" (C14's "{allow|permit|let} ...
// {experts|team|mission} to visit" line, R14). "Myanmar allowed a UN team
// to visit Rakhine state" keeps its UN target; a prison "opened to
// international monitors" in Tehran is another line's.
func placeInspection(ev *event.Event) bool {
	if ev.CAMEO != "0862" || len(ev.Target) != 1 || ev.Location == nil || ev.Target[0].Start != ev.Location.Start {
		return false
	}
	switch strings.ToLower(ev.Evidence.Verb.Text) {
	case "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "let", "lets":
		return true
	}
	return false
}
