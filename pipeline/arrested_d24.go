package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// arrestedHere gives the state of the police, soldiers, court or
// government that arrest or repress someone the text gives no state
// ("Armenian security forces detained Archbishop Bagrat Galstanyan",
// "Georgian police detained the opposition leader Nika Melia") that
// state as the target's: an arrest is made under a state's own law, on
// its own ground, and CAMEO codes it X→X, as the actor stage's story
// context already does for a bare "a man". A person named by name is
// left countryless by that stage (one may be foreign); beside the
// state's own arrest or force the state is still the best the text
// gives. Only a named person counts: a bare kind of person ("two
// Catholic priests", "a tourist", "a cult leader") is left as the actor
// stage reads it, as the older tests want. An arrest at sea or in another state, a target with a state of
// its own or a body of none (Islamic State), migrants, refugees and
// unnamed attackers, and a source that is no organ of a state keep
// theirs.
func arrestedHere(ev *event.Event) {
	if ev.CAMEO != "173" && ev.CAMEO != "175" || len(ev.Source) == 0 || len(ev.Target) == 0 || waterBody(ev) {
		return
	}
	country := ev.Source[0].Country
	if country == "" {
		return
	}
	for _, a := range ev.Source {
		if a.Country != country {
			return
		}
		switch a.Sector {
		case "COP", "MIL", "GOV", "JUD", "SPY":
		default:
			return
		}
	}
	if l := ev.Location; l != nil && l.Country != "" && actor.CameoCountry(l.Country) != country {
		return
	}
	for _, a := range ev.Target {
		if a.Country != "" || len(a.Code) >= 3 && a.Code[:3] != "---" {
			return // a state's, or a body of none (IGO, IMG)
		}
		if !personNamed(a.Text) {
			return // "two Catholic priests", "a tourist", "a criminal network": left as the actor stage reads them
		}
		switch a.Sector {
		case "REF", "UAF", "IGO", "NGO", "CRM":
			// Migrants and refugees at a border are foreigners; an
			// attacker the text leaves unnamed stays so (dev17 codes
			// "police arrested the attacker" with no state).
			return
		}
	}
	for i := range ev.Target {
		a := &ev.Target[i]
		a.Country = country
		if len(a.Code) >= 3 && a.Code[:3] == "---" {
			a.Code = country + a.Code[3:]
		} else if a.Code == "" {
			a.Code = country
		}
	}
}

// personNamed: the phrase ends in two capitalised words, a person's
// given name and surname ("Archbishop Bagrat Galstanyan", "opposition
// figure Jawhar Ben Mbarek"), not a kind of person ("Catholic priests").
func personNamed(s string) bool {
	caps := 0
	for i := len(s) - 1; i >= 0 && caps < 2; i-- {
		if s[i] == ' ' || i > 0 && s[i-1] != ' ' {
			continue
		}
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
		caps++
	}
	return caps == 2
}
