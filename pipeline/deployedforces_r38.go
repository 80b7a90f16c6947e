package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// deployVerbs send a state's forces somewhere: the heads of the 154 lines
// for troops sent, deployed, dispatched or ordered to a place.
var deployVerbs = wordset.Of("send", "deploy", "dispatch", "order", "rush", "fly", "airlift", "move")

// protectPurposes name what forces sent into another state do for it
// (CAMEO 074, "provide military protection or peacekeeping"): "to join
// the force restoring order", "to serve with the UN peacekeeping force",
// "to protect relief supplies", "to help the government".
var protectPurposes = wordset.Of(
	"help", "protect", "join", "serve", "support", "assist", "reinforce",
	"shield", "restore", "bolster", "stabilise", "stabilize", "keep", "defend", "back",
)

// hostileAims are what forces sent into a state to fight there are for.
var hostileAims = wordset.Of(
	"fight", "drive", "pursue", "attack", "crush", "hunt", "invade", "seize",
	"capture", "oust", "topple", "occupy", "push", "root", "battle", "combat",
	"strike", "destroy", "chase", "expel", "retake", "take",
)

// ownPurposes after "to help" serve the sender, not the host.
var ownPurposes = wordset.Of("evacuate", "train", "monitor", "repatriate", "observe")

// partyNouns after the purpose verb name one side of the host's conflict:
// forces sent "to help the rebels" aid a party (072, R31), they protect
// no state.
var partyNouns = wordset.Of(
	"rebel", "rebels", "insurgent", "insurgents", "separatist", "separatists",
	"militia", "militias", "opposition", "fighters", "militants",
)

// zoneNouns after "into" name an area at a state's edge, not the state:
// "sent 25 warplanes into Taiwan's air defence identification zone" is a
// show of force (150), not an invasion.
var zoneNouns = wordset.Of(
	"zone", "zones", "airspace", "waters", "space", "strait", "sea", "gulf",
	"buffer", "corridor", "border", "borders", "frontier",
)

// deployedForces (R38) reads what a deployment of forces into another
// state is for. A deployment (154) of state A's forces to state B,
// with a purpose infinitive of protection after it ("Fiji sent 50
// soldiers to Honiara on Monday to join the Australian-led force
// restoring order", "ordered 28,000 American troops to Somalia to
// protect relief supplies"), is military protection (074), as R31 reads
// "to help" and "at the request of". Without one, forces sent "into" B
// or "across the border" invade it ("Putin sent troops into Ukraine",
// "Ethiopia sent troops and warplanes into Somalia to drive back the
// Islamic Courts Union"): CAMEO's 190, the dev sets' reading. Forces
// sent within their own state, to a zone, a sea or a border area, or in
// a promise, a threat or a denial keep 154.
func (p *Pipeline) deployedForces(ev *event.Event, sa *SentenceAnalysis, head int) {
	toks := sa.Sentence.Tokens
	if ev.CAMEO != "154" || head < 0 || head >= len(toks) || !deployVerbs.Has(toks[head].Lemma) {
		return
	}
	if m := ev.Modality; m.Negated || m.Future || m.Hypothetical {
		return
	}
	if len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	src, tgt := ev.Source[0].Country, ev.Target[0].Country
	if src == "" || tgt == "" || src == tgt || !p.isState(src) || !p.isState(tgt) {
		return
	}
	for _, a := range ev.Source {
		if a.Country != src {
			return
		}
	}
	for _, a := range ev.Target {
		if a.Country != tgt {
			return
		}
	}
	into, zone, to, aim := false, false, false, false
	for k := head + 1; k < len(toks) && k <= head+20; k++ {
		t := &toks[k]
		switch t.Lower {
		case "as":
			if k+1 < len(toks) && toks[k+1].Lower == "part" {
				aim = true // "as part of the UN mission": no invasion
			}
			k = len(toks)
			continue
		case ";", ":", ".", "?", "!", ",", "--", "but", "while", "after", "when", "because", "amid", "before", "since", "until":
			k = len(toks)
			continue
		case "and":
			// "sent troops and warplanes into Somalia" goes on; "sent
			// troops and warned" starts another clause.
			if k+1 < len(toks) && toks[k+1].IsVerb() {
				k = len(toks)
			}
			continue
		case "at":
			// "at the Solomon Islands government's request": the host
			// asked (X35's reading, which the verb stage cannot make
			// when the destination is a city the gazetteer places). The
			// host must be named before "at": "sent warships to the Gulf
			// at the request of Kuwait" names the asker, not the host.
			if ev.Target[0].Start < toks[k].Start && p.hostRequest(sa, k, tgt) {
				p.recodeEvent(ev, "074")
				return
			}
			continue
		case "more", "additional", "extra", "further", "reinforcements", "another":
			// "sent 3,000 more troops into Afghanistan": forces added to
			// a deployment already there increase it (154's own sense).
			if !to {
				return
			}
			continue
		case "into":
			// the state itself ("into Ukraine"), not a place in it that
			// the gazetteer gives a state ("into the Donbas")
			into = into || stateAt(sa, k+1, tgt) || stateAt(sa, k+2, tgt) && toks[k+1].Lower == "the"
			for j := k + 1; j < len(toks) && j <= k+8 && !commaOrStop(toks[j].Lower); j++ {
				if zoneNouns.Has(toks[j].Lower) {
					zone = true
				}
			}
			continue
		case "across":
			if k+2 < len(toks) && toks[k+1].Lower == "the" && (toks[k+2].Lower == "border" || toks[k+2].Lower == "frontier") {
				into = true
			}
			continue
		case "to":
			to = true
			if k+1 >= len(toks) || !toks[k+1].IsVerb() {
				continue
			}
			if !protectPurposes.Has(toks[k+1].Lemma) {
				// "into Somalia to drive back the Islamic Courts": an
				// invasion's aim; "to evacuate", "to monitor" are not.
				aim = aim || !hostileAims.Has(toks[k+1].Lemma)
				continue
			}
			for j := k + 2; j < len(toks) && j <= k+6 && !commaOrStop(toks[j].Lower); j++ {
				if partyNouns.Has(toks[j].Lower) {
					return
				}
			}
			if k+2 < len(toks) && toks[k+2].IsVerb() && ownPurposes.Has(toks[k+2].Lemma) {
				return // "to help evacuate its citizens" protects no host
			}
			p.recodeEvent(ev, "074")
			return
		}
	}
	if into && !zone && !aim && toks[head].Lemma == "send" {
		p.recodeEvent(ev, "190")
	}
}

// stateAt: token k starts a group whose first phrase is of state c.
func stateAt(sa *SentenceAnalysis, k int, c string) bool {
	for _, g := range sa.Groups {
		if g.Start == k && len(g.Phrases) > 0 {
			return g.Phrases[0].Country == c
		}
	}
	return false
}

// hostRequest: "at" at token k opens "at the request (invitation,
// behest) of" the host, or "at X's request" with X of the host's state
// tgt or of no state named ("at the government's request").
func (p *Pipeline) hostRequest(sa *SentenceAnalysis, k int, tgt string) bool {
	toks := sa.Sentence.Tokens
	r := -1
	for j := k + 1; j < len(toks) && j <= k+7 && !commaOrStop(toks[j].Lower); j++ {
		if w := toks[j].Lower; w == "request" || w == "invitation" || w == "behest" {
			r = j
			break
		}
	}
	if r < 0 {
		return false
	}
	end := r
	if r+1 < len(toks) && toks[r+1].Lower == "of" {
		end = min(len(toks), r+6)
	}
	for _, g := range sa.Groups {
		if g.End <= k+1 || g.Start >= end {
			continue
		}
		for _, ph := range g.Phrases {
			if ph.Country != "" && ph.Country != tgt {
				return false
			}
		}
	}
	return true
}

// commaOrStop: a comma or a sentence-internal stop ends a phrase.
func commaOrStop(w string) bool {
	switch w {
	case ",", ";", ":", ".", "?", "!", "--":
		return true
	}
	return false
}
