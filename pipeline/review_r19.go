package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// misfireR19 reports an event the nineteenth session's review (R19) finds
// no such act in: a repulse whose repeller is no known party, a protest
// "drawn from" people no actor line knows, and an order to stay put read
// as an order to leave.
func misfireR19(ev *event.Event, toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	return unknownRepeller(ev, toks, head) || unknownProtestersFrom(ev, toks, head) || stayOrder(ev, toks, head) || courtInjunction(ev, toks, head) || onlookerSigning(ev, toks, head)
}

// onlookerSigning: D19's "witnessed the signing of" line (057) makes the
// leaders who watch their ministers sign the parties. Onlookers with no
// state office ("Tourists witnessed the signing of the peace treaty") are
// no party, and when other signatories are named after "between" ("the
// signing of a memorandum between two car makers") the witness is not one.
func onlookerSigning(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "057" || toks[head].Lemma != "witness" {
		return false
	}
	for k := head + 1; k < len(toks) && k <= head+12; k++ {
		if toks[k].Lower == "between" {
			// "between their governments", "between the two
			// countries" are the witnesses' own.
			own := k+1 < len(toks) && (toks[k+1].Lower == "their" || toks[k+1].Lower == "both" ||
				toks[k+1].Lower == "the" && k+2 < len(toks) && toks[k+2].Lower == "two")
			if !own {
				return true
			}
			break
		}
	}
	for _, a := range ev.Source {
		switch a.Sector {
		case "CVL", "EDU", "MED", "BUS", "LAB", "AGR", "REF":
		default:
			return false
		}
	}
	return len(ev.Source) > 0
}

// courtInjunction: D19's "prohibitory orders" line (172) is the ban on
// gatherings a district administration imposes; a court's prohibitory
// order is an injunction in a case ("The court issued prohibitory orders
// against the builder"), no restriction of political life.
func courtInjunction(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "172" || len(ev.Source) == 0 {
		return false
	}
	for _, a := range ev.Source {
		if a.Sector != "JUD" {
			return false
		}
	}
	for k := head + 1; k < len(toks) && k <= head+6; k++ {
		if toks[k].Lower == "prohibitory" {
			return true
		}
	}
	return false
}

// unknownRepeller: attacks repelled, repulsed, beaten back or fended off
// (K19's lines, 190) are the repeller's force; when no actor is the
// repeller the clause tells no party's force: "The goalkeeper repelled
// attacks from the French strikers", "Arsenal's defence beat back wave
// after wave of attacks".
func unknownRepeller(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "190" || len(ev.Source) > 0 {
		return false
	}
	switch toks[head].Lemma {
	case "repel", "repulse":
		return true
	case "beat", "fend", "fight":
		return head+1 < len(toks) && (toks[head+1].Lower == "back" || toks[head+1].Lower == "off")
	}
	return false
}

// unknownProtestersFrom: an act that "drew protests from" people no actor
// line knows ("from Amazon's rivals in Brussels") names its protesters,
// so the place is not whom they protest, and objections from a firm's
// rivals are no demonstration: nobody known is left on either side.
// "Drew protests across France" names none and keeps its place.
func unknownProtestersFrom(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "14" || len(ev.Source) > 0 {
		return false
	}
	switch toks[head].Lemma {
	case "draw", "attract":
	default:
		return false
	}
	for k := head + 1; k < len(toks) && k <= head+6; k++ {
		if toks[k].Lower == "from" {
			return k > head+1 && (toks[k-1].Lower == "protests" || toks[k-1].Lower == "protest" || toks[k-1].Lower == "demonstrations" || toks[k-1].Lower == "rallies")
		}
	}
	return false
}

// stayOrder: "ordered residents not to leave their homes" is an order to
// stay, not K19's forced displacement (201).
func stayOrder(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "201" || toks[head].Lemma != "order" {
		return false
	}
	for k := head + 2; k < len(toks) && k <= head+12; k++ {
		switch toks[k].Lemma {
		case "leave", "evacuate", "flee", "vacate", "move":
			return toks[k-1].Lower == "to" && (toks[k-2].Lower == "not" || toks[k-2].Lower == "never")
		}
	}
	return false
}
