package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// claimableNouns name an act of violence a group can own up to.
var claimableNouns = wordset.Of(
	"attack", "attacks", "bombing", "bombings", "blast", "blasts",
	"explosion", "explosions", "killing", "killings", "assassination",
	"kidnapping", "kidnappings", "abduction", "abductions", "raid", "raids",
	"ambush", "ambushes", "shooting", "shootings", "massacre", "hijacking",
	"beheading", "beheadings",
)

// claimedObject: the verb at h is an active "claim" whose object is an
// attack ("Al-Shabaab claimed the attack on the hotel", "ISKP claims
// suicide attack on mosque"); ok is false when it is not, or when the
// object is the subject of a clause of its own ("Russia claimed the
// attack was staged", "claimed the bombing had been carried out by
// agents"), which reports a claim about the attack, not the attack's
// ownership. n is the attack noun's index.
func claimedObject(toks []text.Token, h int) (n int, ok bool) {
	if h < 0 || h >= len(toks) || toks[h].Lemma != "claim" || toks[h].Tag == "VBN" || toks[h].Tag == "NN" || toks[h].Tag == "NNS" {
		return -1, false
	}
	n = -1
	for k := h + 1; k < len(toks) && k <= h+6; k++ {
		t := &toks[k]
		if claimableNouns.Has(t.Lower) {
			n = k
			if k+1 < len(toks) && claimableNouns.Has(toks[k+1].Lower) {
				continue // "a car bomb attack", "a gun attack"
			}
			break
		}
		switch t.Tag {
		case "DT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "HYPH":
			continue
		}
		if t.Lower == "-" || t.Lower == "of" && k > h+1 && (toks[k-1].Lower == "string" || toks[k-1].Lower == "series" || toks[k-1].Lower == "wave") {
			continue // "a string of bombings"
		}
		return -1, false
	}
	if n < 0 {
		return -1, false
	}
	// The object's own phrase ("on the hotel in Mogadishu") runs up to
	// a boundary; a finite verb before one makes it a clause's subject.
	for k := n + 1; k < len(toks) && k <= n+12; k++ {
		t := &toks[k]
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return -1, false
		case ",", ".", ":":
			return n, true
		}
		switch t.Lower {
		case ";", "and", "but", "which", "that", "who", "saying", "in which", "after", "as", "while":
			return n, true
		}
	}
	return n, true
}

// claimedAttackAct (N23): the dev sets code an attack claimed as a claim
// of responsibility (015), whether or not the word "responsibility" is
// there ("the Houthis claimed the attack", "an anarchist group that
// claimed a string of bombings", "Islamic State claims Kerman bombings"
// lists the bombing as well). The speech line on "claim" made the first
// a statement (010); this makes it 015, aimed at the place the attack
// struck when no victim is named. A claim about an attack ("Moscow
// claimed the bombing had been carried out by Ukrainian agents") is a
// statement, whatever line coded it.
func (p *Pipeline) claimedAttackAct(ev *event.Event, toks []text.Token, h int) {
	if h < 0 || h >= len(toks) || toks[h].Lemma != "claim" || len(ev.Source) == 0 || ev.Modality.Negated {
		return
	}
	n, ok := claimedObject(toks, h)
	switch {
	case !ok && violentRoot(ev.CAMEORoot) && n < 0 && clauseAfterAttack(toks, h):
		p.recodeEvent(ev, "010")
		ev.Target = nil
	case ok && ev.CAMEO == "010":
		p.recodeEvent(ev, "015")
		if len(ev.Target) == 0 && ev.Location != nil && ev.Location.Country != "" && ev.Location.Start > toks[n].Start {
			ev.Target = []event.Actor{{Text: safeSlice(ev.Sentence, ev.Location.Start, ev.Location.End), Code: ev.Location.Country, Country: ev.Location.Country, Start: ev.Location.Start, End: ev.Location.End}}
		}
	}
}

// clauseAfterAttack: "claimed the bombing had been carried out by": the
// attack noun after "claim" at h heads a clause of its own.
func clauseAfterAttack(toks []text.Token, h int) bool {
	for k := h + 1; k < len(toks) && k <= h+6; k++ {
		if claimableNouns.Has(toks[k].Lower) {
			for j := k + 1; j < len(toks) && j <= k+12; j++ {
				switch toks[j].Tag {
				case "VBD", "VBZ", "VBP", "MD":
					return true
				case ",", ".", ":":
					return false
				}
			}
			return false
		}
	}
	return false
}

// claimedTwin: a bombing or attack coded from "claim" ("The Pakistani
// Taliban claimed the bombing of a police station") is also the claim
// of responsibility (015), with the same sides (N23).
func (p *Pipeline) claimedTwin(ev *event.Event, toks []text.Token, h int) []event.Event {
	if !violentRoot(ev.CAMEORoot) || len(ev.Source) == 0 || ev.Modality.Negated {
		return nil
	}
	if _, ok := claimedObject(toks, h); !ok {
		return nil
	}
	c := *ev
	if !p.recodeEvent(&c, "015") {
		return nil
	}
	return []event.Event{c}
}
