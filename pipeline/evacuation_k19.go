package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// safetyEvacuation (K19): an order to leave an area is coded as forced
// displacement (201) only when it is given to people not the orderer's
// own, ahead of its own attack: "The Israeli army ordered the evacuation
// of residents of northern Gaza", "Al-Shabaab militants ordered villagers
// to leave". An order a state gives its own people ("Ukrainian
// authorities ordered the evacuation of families from Pokrovsk"), any
// order before a storm, a flood, a fire or an eruption, and an order by
// civil authorities that names no one's people are safety orders: no
// political act. Armed groups (REB, INS, ...) displace whomever they
// order out.
func safetyEvacuation(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "201" || head < 0 || head >= len(toks) || toks[head].Lemma != "order" || !leaveOrder(toks, head) {
		return false
	}
	for _, t := range toks {
		if disasterNouns.Has(t.Lower) || fireNouns.Has(t.Lower) || eruptionNouns.Has(t.Lower) {
			return true
		}
	}
	military := false
	for _, s := range ev.Source {
		if armedSector(s.Sector) {
			return false
		}
		military = military || s.Sector == "MIL"
	}
	if len(ev.Target) == 0 {
		return !military
	}
	for _, s := range ev.Source {
		for _, t := range ev.Target {
			if s.Country != "" && s.Country == t.Country {
				return true
			}
		}
	}
	return false
}

// eruptionNouns are hazards disasterNouns leaves out.
var eruptionNouns = wordset.Of("volcano", "volcanoes", "eruption", "eruptions", "ash", "lava")

// leaveOrder: the order at head is one to leave: an evacuation, or people
// told to leave, flee or move, within the next few words.
func leaveOrder(toks []text.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+12; k++ {
		switch toks[k].Lemma {
		case "evacuation", "evacuate", "leave", "flee", "vacate", "move":
			return true
		}
		switch toks[k].Lower {
		case "evacuation", "evacuations":
			return true
		}
	}
	return false
}
