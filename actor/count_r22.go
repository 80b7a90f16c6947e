package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// countVictims adds the people a bare count names when it is the whole
// subject of a passive of custody: "Protests spread to Lyon; 40
// arrested", "dozens injured, 30 detained", "at least 40 were detained". The
// count is a number of people, as "dozens" is in the sector dictionary;
// without a phrase the verb stage finds no one the act was done to and
// codes nothing. A count before a noun ("40 people") has the noun's own
// phrase; a count after a verb or a preposition ("arrested 40", "in
// 2019") is no subject.
func (r *Resolver) countVictims(toks []text.Token, parts []Part) []Part {
	var people *Entry
	p := 0
	for i := 0; i+1 < len(toks); i++ {
		for p < len(parts) && parts[p].End <= i {
			p++
		}
		// The word after a count of people held is an auxiliary or the
		// participle itself; most tokens fail that before the number
		// test, which the stage would otherwise ask of every word.
		// The tag is read by its bytes (VBN or VBD) and the word in one
		// switch: seven string comparisons had been the loop's cost.
		if n := &toks[i+1]; !(len(n.Tag) == 3 && n.Tag[0] == 'V' && n.Tag[1] == 'B' && (n.Tag[2] == 'N' || n.Tag[2] == 'D')) {
			switch n.Lower {
			case "were", "was", "have", "had", "has":
			default:
				continue
			}
		}
		if toks[i].Tag != "CD" && !NumberWord(toks[i].Lower) || p < len(parts) && parts[p].Start <= i || !countSubject(toks, i) {
			continue
		}
		if people == nil {
			if people = r.peopleEntry(); people == nil {
				return parts
			}
		}
		parts = append(parts, Part{})
		copy(parts[p+1:], parts[p:])
		parts[p] = Part{Entry: people, Start: i, End: i + 1}
		p++
	}
	return parts
}

// countSubject: the number at i opens its clause (after a quantifier
// such as "at least") and a participle of custody follows it,
// bare or after "were", "have been".
func countSubject(toks []text.Token, i int) bool {
	w := toks[i].Lower
	if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
		return false // a year
	}
	j := i + 1
	switch toks[j].Lower {
	case "were", "was":
		j++
	case "have", "had", "has":
		if j+1 < len(toks) && toks[j+1].Lower == "been" {
			j += 2
		}
	}
	if j >= len(toks) || (toks[j].Tag != "VBN" && toks[j].Tag != "VBD") || !countHarm.Has(toks[j].Lemma) {
		return false
	}
	if j+1 < len(toks) {
		switch n := &toks[j+1]; {
		case n.Tag == "IN" || n.Tag == "RB" || n.Tag == "RP" || n.Tag == "TO" || n.Lower == "," || n.Lower == "." || n.Lower == ";" || n.Lower == "and" || n.Lower == "dead":
		default:
			return false // an object follows: "12 killed two guards" is no passive
		}
	}
	k := i - 1
	for k >= 0 && CountQualifiers.Has(toks[k].Lower) {
		k--
	}
	if k < 0 {
		return true
	}
	switch toks[k].Lower {
	case ";", ":", ",", "-", "--", "—", "and":
		return true
	}
	return false
}

// countHarm: custody and abduction a headline counts. The dead and the
// wounded are left out: "Gunmen stormed a hotel; 15 killed" counts the
// toll of the act before it, no act of its own.
var countHarm = wordset.Of("arrest", "detain", "kidnap", "abduct", "jail", "imprison", "deport",
	"expel", "sentence", "convict", "charge", "round")

// CountQualifiers come before a count: "at least 40", "more than 200".
// The verb stage's headline passive (verb/headline_r22.go) reads the
// same words before its bare counts.
var CountQualifiers = wordset.Of("at", "least", "about", "some", "nearly", "almost", "over", "around",
	"more", "than", "up", "to", "another", "a", "further", "roughly", "approximately")

// peopleEntry is the sector dictionary's entry for "people" (CVL).
func (r *Resolver) peopleEntry() *Entry {
	tok := text.Token{Text: "people", Lower: "people", Tag: "NNS", Lemma: "people"}
	n, ok := r.d.walk(0, &tok, true)
	if !ok || n == 0 {
		return nil
	}
	for _, ei := range r.d.entriesAt(n) {
		if e := &r.d.list[ei]; e.Kind == KindSector {
			return e
		}
	}
	return nil
}

// NumberWord: a count spelled out, which the tagger reads as a name at
// the head of a line ("Twelve/NNP arrested after riots").
func NumberWord(w string) bool { return numberWord(w) }
