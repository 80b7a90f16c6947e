package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// sceneVictims (S34): the victims of violence by no known agent, named
// only by what they are ("killing a woman", "took 18 people hostage",
// "stormed a television studio", "abducted more than 300 students"), are
// the people of the state where the violence happened, as localSides
// gives them when the place follows the verb: "A man drove his car into
// a crowd of counter-protesters in Charlottesville, Virginia, killing a
// woman" is ---→USA. The place is the event's own, or, when the event
// has none, the one state every other event of the sentence is placed
// in ("imposed a curfew in Baringo after bandits attacked Kapindasum
// village, killing a teacher"). Only harm whose agent has no state, and
// only victims of a state's own kinds (civilians, students, police,
// journalists, ...), count: refugees, foreigners and visitors are not
// the place's.
func sceneVictims(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if !violentRoot(ev.CAMEORoot) || len(ev.Target) == 0 || waterBody(ev) {
		return
	}
	for _, s := range ev.Source {
		if s.Country != "" || strings.HasPrefix(s.Code, "IGO") || strings.HasPrefix(s.Code, "IMG") {
			return
		}
	}
	for _, t := range ev.Target {
		if t.Country != "" || !strings.HasPrefix(t.Code, "---") || !victimSector(t.Sector) || visitorHead(t.Text) || strings.Contains(strings.ToLower(t.Text), "foreign") {
			return
		}
	}
	c := ""
	if l := ev.Location; l != nil {
		if fledDestination(ev.Sentence, l.Start) || !ownScene(ev) {
			return
		}
		c = l.Country
	} else {
		for j := range out {
			o := &out[j]
			if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] < 0 || o.Location == nil || o.Location.Country == "" {
				continue
			}
			if o.CAMEORoot < "14" || fledDestination(o.Sentence, o.Location.Start) {
				return // a meeting's venue or a refuge is no scene of harm
			}
			if c != "" && c != o.Location.Country {
				return // two states: no one scene
			}
			c = o.Location.Country
		}
	}
	if c == "" {
		return
	}
	c = actor.CameoCountry(c)
	for k := range ev.Target {
		t := &ev.Target[k]
		t.Country = c
		t.Code = c + t.Code[3:]
	}
}

// victimSector: the sectors of a state's own people and bodies that
// violence by an unknown agent strikes.
func victimSector(s string) bool {
	switch s {
	case "CVL", "EDU", "MED", "HLH", "LAB", "BUS", "COP", "MIL", "GOV", "JUD", "LEG", "ELI", "AGR", "CHR":
		return true
	}
	return false
}

// ownScene: the event's place is its own scene: named after its verb,
// or before a participle that goes on from the clause naming the place
// ("in Charlottesville, Virginia, killing a woman"), with no clause word
// between that would start another scene ("talks resumed in Doha, as
// militants attacked").
func ownScene(ev *event.Event) bool {
	l, v := ev.Location, ev.Evidence.Verb
	if l.Start >= v.Start {
		return true
	}
	if l.Start < 0 || l.End > v.Start || v.Start > len(ev.Sentence) || !strings.HasSuffix(v.Text, "ing") {
		return false
	}
	mid := " " + strings.ToLower(ev.Sentence[l.End:v.Start]) + " "
	for _, w := range [...]string{" as ", " while ", " when ", " after ", " before ", ";", " and "} {
		if strings.Contains(mid, w) {
			return false
		}
	}
	return true
}
