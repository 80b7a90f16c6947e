package pipeline

import (
	"strconv"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// massKilling: a killing (180, 190, 193) whose object is a count of a
// hundred or more named as non-combatants ("killed more than 1,000
// Masalit civilians", "killed about 8,000 men and boys", "massacred 150
// villagers") is a mass killing (202), as the 202 lines already code
// "killed hundreds of civilians" written in words. The dictionary's
// <num> matches any number, so the count is read here. "People" is left
// out, and so are children and women: complete-listing coders code a
// force that kills a hundred people in a protest or a raid, or gunmen
// who kill 132 children at a school, by the other act (175, 180), and
// write civilians, villagers or "men and boys" when they mean a
// massacre.
func (p *Pipeline) massKilling(ev *event.Event, toks []text.Token, h int) {
	switch ev.CAMEO {
	case "180", "190", "193":
	default:
		return
	}
	if h < 0 || h >= len(toks) {
		return
	}
	switch toks[h].Lemma {
	case "kill", "massacre", "slaughter", "execute", "murder":
	default:
		return
	}
	k := h + 1
	for n := 0; k < len(toks) && n < 3 && countLead(toks[k].Lower); n++ {
		k++ // "more than", "at least", "about", "some"
	}
	if k >= len(toks) || toks[k].Tag != "CD" || countValue(toks[k].Lower) < 100 {
		return
	}
	k++
	for n := 0; k < len(toks) && n < 2 && (toks[k].Tag == "JJ" || strings.HasPrefix(toks[k].Tag, "NNP")); n++ {
		k++ // "Masalit", "unarmed", "Bosniak"
	}
	if k >= len(toks) {
		return
	}
	switch toks[k].Lower {
	case "civilians", "villagers", "men", "worshippers", "worshipers", "refugees", "noncombatants", "non-combatants":
		p.recodeEvent(ev, "202")
	}
}

// countLead: a word that may stand between a verb and the count of its
// victims.
func countLead(w string) bool {
	switch w {
	case "more", "than", "at", "least", "about", "around", "some", "over", "nearly", "almost", "up", "to", "an", "estimated":
		return true
	}
	return false
}

// countValue: the value of a number written in figures ("1,000",
// "8000"), or 0.
func countValue(w string) int {
	n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	if err != nil {
		return 0
	}
	return n
}
