package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// exileFlight: a visit or meeting (04) read from a verb of travel whose
// destination is exile ("Yahya Jammeh flew into exile in Equatorial
// Guinea", "Charles Taylor flew into exile in Nigeria"): going into exile
// is leaving one's own country, not calling on the host; a host that
// takes the exile in is an asylum given (075), which its own verb tells.
func exileFlight(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEORoot != "04" || h < 0 || h >= len(toks) {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+3; k++ {
		switch toks[k].Lower {
		case "into", "to", "in", "for":
			continue
		case "exile":
			return true
		}
		return false
	}
	return false
}

// fleeToll: a flight forced (201, "forced thousands to flee") told as the
// second predicate or participle of an attack's harm ("stormed Palma,
// killing dozens and forcing thousands to flee", "the offensive killed
// dozens of people and forced thousands to flee") is what that attack
// did, one incident: CAMEO's 201 is a mass expulsion, an act of its own,
// and people who run from fighting were not expelled. An expulsion told
// by its own clause ("Militias forced thousands of villagers to flee")
// stays, as does one of another agent or mood.
func fleeToll(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "201" || h < 2 || h >= len(toks) || toks[h].Lemma != "force" {
		return false
	}
	if toks[h-1].Lower != "and" && toks[h-1].Text != "," {
		return false
	}
	j := eventBefore(out, heads, i, h)
	if j < 0 {
		return false
	}
	o := &out[j]
	if !violentRoot(o.CAMEORoot) || o.CAMEO == "201" || !sameMood(o.Modality, ev.Modality) {
		return false
	}
	// The agent is the attack's, or the attack's state when one side
	// was read as a bare state ("insurgents ..., forcing" read as MOZ).
	if len(ev.Source) > 0 && len(o.Source) > 0 && !sameCodes(o.Source, ev.Source) && !(bareState(o.Source) && hasActorCountry(ev.Source, o.Source[0].Country)) && !(bareState(ev.Source) && hasActorCountry(o.Source, ev.Source[0].Country)) {
		return false
	}
	return oneClause(toks, heads[j]+1, h-1)
}

// armedDriven: a forced displacement (201) whose every target is an armed
// force, a state's army or non-state fighters ("Iraqi forces had driven
// the militants from the last territory they held"), is no expulsion of a
// population: forces that drive enemy fighters from ground take that
// ground (192). CAMEO's 201 is the mass expulsion of people.
func armedDriven(ev *event.Event) bool {
	if ev.CAMEO != "201" || len(ev.Target) == 0 {
		return false
	}
	for _, a := range ev.Target {
		if !fighterActor(a) {
			return false
		}
	}
	return true
}

// fighterActor: the actor is an armed force, by its sector or by the
// sector its code ends in (IMGMUSRAD).
func fighterActor(a event.Actor) bool {
	if a.Sector == "MIL" || armedSector(a.Sector) {
		return true
	}
	for _, s := range []string{"MIL", "REB", "RAD", "SEP", "INS"} {
		if len(a.Code) > 3 && strings.HasSuffix(a.Code, s) {
			return true
		}
	}
	return false
}

// strikeBlasts: explosions or blasts that rock or hit a place with no
// agent (183, the agentless line) in a sentence that codes a state's own
// strike or military operation (19x by a state or its forces: "Putin
// orders a military operation in Ukraine as explosions rock Kyiv",
// "Explosions rocked Baghdad as U.S. forces launched cruise missiles")
// are that strike heard, not a bombing by persons unknown. A bomb, a car
// bomb or an IED that hits a place keeps its own attack.
func strikeBlasts(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if !strings.HasPrefix(ev.CAMEO, "183") || len(ev.Source) > 0 || h < 1 || h >= len(toks) {
		return false
	}
	switch toks[h].Lemma {
	case "rock", "hit", "strike", "shake":
	default:
		return false
	}
	blast := false
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		switch toks[k].Lower {
		case "explosions", "explosion", "blasts", "blast":
			blast = true
		}
	}
	if !blast {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != "19" || o.Modality.Negated || len(o.Source) == 0 {
			continue
		}
		if s := o.Source[0]; s.Sector == "" && s.Code == s.Country || stateForceSector(s.Sector) {
			return true
		}
	}
	return false
}
