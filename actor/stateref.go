package actor

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/text"
)

// stateRefModifiers may stand between "the" and the head: "the Gulf
// state", "the oil-rich kingdom", "the Himalayan nation". A modifier that
// makes the phrase a thing of its own ("the Islamic State", "a member
// state", "the federal state") is not one.
func stateRefModifier(t *text.Token) bool {
	switch t.Lower {
	case "islamic", "member", "federal", "nation", "police", "one-party", "welfare", "rogue", "client", "buffer", "sovereign":
		return false
	}
	switch t.Tag {
	case "JJ", "NNP", "NN", "VBN":
		return true
	}
	return false
}

// descriptionOpens are the words after which a description of a state opens
// a clause as its subject ("The kingdom also invited", "..., and the
// island accused"); after a verb or a preposition it is an object or a
// place ("left the country", "across the country"), which stays unread.
func descriptionOpens(t *text.Token) bool {
	switch t.Lower {
	case ",", "and", "but", "that", "while", "as", "``", "\"", "--", ";":
		return true
	}
	return false
}

// stateRefs finds the states a sentence names by description as subjects
// ("The kingdom also invited Syria", "The reclusive state warned
// Washington") and adds a phrase for each, marked StateRef, where no other
// phrase is ("the country's supreme leader" is one already: possessives).
// The pipeline fills them from the story (Phrase.StateRef). It returns
// phs, grown when a phrase was added.
func stateRefs(toks []text.Token, phs []Phrase) []Phrase {
	// Led by "the" and the word before it, which reject almost every
	// token at the cost of one comparison: this runs for every sentence.
	for s := 0; s < len(toks)-2; s++ {
		if toks[s].Lower != "the" || s > 0 && !descriptionOpens(&toks[s-1]) {
			continue
		}
		h := s + 1
		for h < len(toks)-1 && h <= s+2 && !stateRefNouns.Has(toks[h].Lower) && stateRefModifier(&toks[h]) {
			h++
		}
		if h >= len(toks)-1 || !stateRefNouns.Has(toks[h].Lower) {
			continue
		}
		if toks[h].Tag == "NNP" && toks[h].Lower != "island" && toks[h].Lower != "kingdom" {
			continue // "the Czech Republic", "the Islamic State"
		}
		if toks[h].Lower == "state" && h == s+1 {
			continue // "the state" alone is often the government or a US state
		}
		n := h + 1
		for n < len(toks)-1 && n <= h+2 && toks[n].Tag == "RB" {
			n++ // "The kingdom also invited"
		}
		if !toks[n].IsVerb() {
			continue // "the country director", "the state media", "the island of Crete"
		}
		if slices.IndexFunc(phs, func(p Phrase) bool { return p.Start <= h && p.End > s }) >= 0 {
			continue // "the country's army" is one phrase already (possessives)
		}
		e := &Entry{Kind: KindSector, Code: "-", Alias: toks[h].Lower, Pos: "a state named by description"}
		ph := Phrase{Start: s, End: h + 1, Parts: []Part{{Entry: e, Start: h, End: h + 1}}, Code: "---", StateRef: true}
		at, _ := slices.BinarySearchFunc(phs, s, func(p Phrase, s int) int { return p.Start - s })
		phs = slices.Insert(phs, at, ph)
		s = h
	}
	return phs
}

// stateRunBody reports whether "state" at k opens the name of a body a
// state runs ("state television", "state news agency", "state
// companies", "state security"), which a province's name does not own.
func (r *Resolver) stateRunBody(toks []text.Token, k int) bool {
	return r.entryAlong(toks, k, 4, func(e *Entry) bool {
		if e.Kind != KindSector || !strings.Contains(e.Alias, " ") {
			return false
		}
		return e.Code == "MED" || e.Code == "BUS" || e.Code == "SPY"
	}) != nil
}
