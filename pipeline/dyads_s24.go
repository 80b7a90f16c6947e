package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/verb"
)

// fleeForms: the inflected verbs of flight whose "to" phrase names a
// refuge ("fled to Chad", "fleeing into Lebanon").
var fleeForms = wordset.Of("flee", "flees", "fled", "fleeing", "escape", "escapes", "escaped", "escaping",
	"emigrate", "emigrates", "emigrated", "emigrating")

// fledDestination (S24): the place at byte off of sent is where people
// fled to ("forced residents to flee to Poland", "fled across the border
// into Uganda", "sought refuge in Chad"). What drove them out happened
// elsewhere, so the refuge says nothing of whose the people are nor of
// who acted on them; verb.FledTo reads the same on tokens. Gated on the
// word before the place being one of four prepositions, so most events
// pay one comparison.
func fledDestination(sent string, off int) bool {
	if off <= 0 || off > len(sent) {
		return false
	}
	rest := strings.TrimRight(sent[:off], " ")
	w, rest := splitLast(rest)
	if compass.Has(strings.ToLower(w)) {
		w, rest = splitLast(rest) // "fled to northern Kenya"
	}
	if w == "" || w == "the" || w == "The" {
		w, rest = splitLast(rest) // "fled to the Netherlands"
	}
	lw := strings.ToLower(w)
	switch lw {
	case "to", "into", "towards", "toward":
	case "in":
		w, rest = splitLast(rest)
		if !verb.RefugeNoun(strings.ToLower(w)) {
			return false
		}
		w, _ = splitLast(rest)
		switch strings.ToLower(w) {
		case "seek", "seeks", "sought", "seeking", "take", "takes", "took", "taken", "taking":
			return true
		}
		return false
	default:
		return false
	}
	w, rest = splitLast(rest)
	if lw = strings.ToLower(w); lw == "border" || lw == "frontier" {
		// "across the border into Uganda"
		if d, r := splitLast(rest); strings.EqualFold(d, "the") {
			if p, r2 := splitLast(r); strings.EqualFold(p, "across") || strings.EqualFold(p, "over") {
				w, rest = splitLast(r2)
				lw = strings.ToLower(w)
			}
		}
	}
	if verb.FlightWay(lw) {
		w, _ = splitLast(rest)
		lw = strings.ToLower(w)
	}
	return fleeForms.Has(lw)
}

// splitLast splits the last space-separated word off s and returns it
// with what stands before it.
func splitLast(s string) (string, string) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:], s[:max(i, 0)]
}

// refugePhrase (S24): the phrase ph names where people fled ("forced
// villagers to flee to Cameroon"): like a travel destination, a refuge is
// no sign of whose the story's people are (elsewhere).
func refugePhrase(toks []text.Token, ph *actor.Phrase) bool {
	k := ph.Start - 1
	for k >= 0 && k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	return k >= 1 && verb.FledTo(toks, k)
}

// outlawNouns: people named only by their taking of hostages, ships or
// aircraft. Bandits, gangs, terrorists and mobs are left as they are: the
// project's rows and tests code them both ways ("Bandits attack village
// in Katsina" NGA, "A mob lynched two men in Jharkhand" IND, but
// "Bandits abducted 15 passengers" ---), and a held-out floor fell when
// they lost the place's state.
var outlawNouns = wordset.Of("kidnappers", "abductors", "pirates", "hijackers", "hostage-takers")

// unnamedOutlaws (S24): kidnappers, pirates or hijackers that the text
// names by their deed alone ("Kidnappers seized a Chinese engineer in
// southern Nigeria", "Pirates boarded a container ship off Benin and
// kidnapped six Danish crew members") are of no known state when they
// strike: where they struck tells whose the victims are, not whose the
// captors are, and the complete-listing sets code such a source "---"
// (rows of dev17, dev20 and dev21). A state the text gives them ("Somali
// pirates"), a place of their own after them ("pirates from Somalia"), a
// definite reference to ones named before ("the kidnappers") and the
// agent of a noun ("a raid by pirates") keep what they have.
func unnamedOutlaws(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.Source) != 1 || !(violentRoot(ev.CAMEORoot) || ev.CAMEO == "145") {
		return
	}
	a := &ev.Source[0]
	toks, ph, ok := lentSource(ev, sa) // sides_s23.go
	if !ok {
		return // the text named their state
	}
	head := toks[ph.End-1].Lower
	if !outlawNouns.Has(head) {
		return
	}
	for k := ph.Start; k < ph.End-1; k++ {
		if toks[k].IsProper() {
			return // "Boko Haram gunmen", "Sinaloa cartel gangs": a named body
		}
	}
	if ph.End < len(toks) {
		switch toks[ph.End].Lower {
		case "in", "from", "across", "of", "throughout", "loyal", "linked", "allied":
			return // "a mob in Assam", "gangs linked to ...": their own place or patron
		}
	}
	k := ph.Start - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "VBN") {
		k--
	}
	if k >= 0 {
		switch toks[k].Lower {
		case "the", "these", "those", "by", "its", "their", "his", "her":
			return // named before, or a noun's agent
		}
	}
	a.Country, a.Code = "", "---"+a.Code[3:]
}
