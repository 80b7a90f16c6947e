package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// friendlyFire: the participle clause at h says its victims were the
// attacker's own men ("killing two of its own soldiers", "killing a
// fellow soldier") or that they were killed by mistake ("mistakenly",
// "accidentally", "by mistake", "in a friendly fire incident"). Such
// victims are the attacker's, not the attacked state's: attackedSide
// must leave them their own state, and the killing stays an act of its
// own (N19).
func friendlyFire(toks []text.Token, h int) bool {
	if h > 0 {
		if w := toks[h-1].Lower; w == "mistakenly" || w == "accidentally" || w == "inadvertently" {
			return true // ", accidentally killing" (comma before the adverb)
		}
	}
	for k := h + 1; k < len(toks) && k < h+16; k++ {
		switch w := toks[k].Lower; w {
		case ".", ";", ":", "while", "and", "but", "after", "as":
			return false
		case "own":
			if p := toks[k-1].Lower; p == "its" || p == "their" || p == "his" {
				return true
			}
		case "fellow", "comrades", "comrade", "mistakenly", "accidentally", "inadvertently":
			return true
		case "mistake", "error":
			if p := toks[k-1].Lower; p == "by" || p == "in" {
				return true
			}
		case "friendly":
			if k+1 < len(toks) && toks[k+1].Lower == "fire" {
				return true
			}
		}
	}
	return false
}

// ownDead: every victim is of the attacker's own state, a party the
// attack was not aimed at.
func ownDead(attacker, victims []event.Actor) bool {
	if len(attacker) == 0 || attacker[0].Country == "" || len(victims) == 0 {
		return false
	}
	for _, v := range victims {
		if v.Country != attacker[0].Country {
			return false
		}
	}
	return true
}
