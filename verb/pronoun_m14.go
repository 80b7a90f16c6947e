package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// objectAntecedent: the actor an object pronoun ("him", "her", "them")
// right after the head at h stands for, or -1. English binds no object
// pronoun to its own clause's subject (that would be "himself"), so the
// pronoun is an earlier party of the sentence: the object of a verb
// before ("arrested three Palestinians and shot them"), or the subject of
// an earlier clause ("gunmen attacked a church before police shot them
// dead"). The nearest agreeing group before the head that is not the
// head's own subject (nor of its code: "Putin invited Modi, and the
// Indian leader visited him") is taken; "him" and "her" need one person,
// "them" a plural. A plural noun naming no actor between them ("seized
// weapons from the rebels and destroyed them") may be what "them" means,
// so it binds nothing; nor does a pronoun across ";" or a quotation.
func (s *sentence) objectAntecedent(h int) int {
	p := h + 1
	if p >= len(s.toks) || s.toks[p].Tag != "PRP" || s.inGroup[p] >= 0 {
		return -1
	}
	pron := s.toks[p].Lower
	if pron == "it" {
		if gi := s.itAntecedent(h); gi >= 0 {
			return gi
		}
		return s.participleItAntecedent(h)
	}
	if pron != "him" && pron != "her" && pron != "them" {
		return -1
	}
	// The head's own subject: the noun phrase right before it, past
	// adverbs and auxiliaries ("US helicopters killed them").
	subj := -1
	k := h - 1
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		k--
	}
	for ; k >= 0; k-- {
		if gi := s.inGroup[k]; gi >= 0 {
			subj = gi
			k = s.groups[gi].Start
			continue
		}
		if t := &s.toks[k]; !t.IsNoun() && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "DT" && t.Tag != "PRP$" && t.Tag != "POS" {
			break
		}
	}
	for ; k >= 0; k-- {
		t := &s.toks[k]
		if t.Text == ";" || t.Text == ":" || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		gi := s.inGroup[k]
		if gi < 0 {
			if pron == "them" && t.Tag == "NNS" {
				return -1
			}
			continue
		}
		k = s.groups[gi].Start
		if gi == subj || subj >= 0 && sameGroupCodes(s.groups[gi], s.groups[subj]) {
			continue
		}
		if !s.agrees(gi, pron) {
			continue
		}
		if pron == "them" && !s.pluralGroup(gi) {
			continue
		}
		return gi
	}
	return -1
}

// pluralGroup: the group names several parties, a list or a plural head.
func (s *sentence) pluralGroup(gi int) bool {
	g := s.groups[gi]
	if len(g.Phrases) > 1 {
		return true
	}
	t := &s.toks[g.End-1]
	if t.Tag == "NNS" || t.Tag == "NNPS" {
		return true
	}
	// A sector noun the tagger took for a name ("Gunmen/NNP attacked").
	ph := &g.Phrases[0]
	if len(ph.Parts) == 0 {
		return false
	}
	last := ph.Parts[len(ph.Parts)-1].Entry
	return last != nil && last.Kind == actor.KindSector && (strings.HasSuffix(t.Lower, "men") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss"))
}

// sameGroupCodes: both groups hold one phrase, of one code.
func sameGroupCodes(a, b actor.Group) bool {
	return len(a.Phrases) == 1 && len(b.Phrases) == 1 && a.Phrases[0].Code == b.Phrases[0].Code
}

// subjectParticiple: the participle at k follows the actor that opens
// its sentence or clause, with no auxiliary, and has an object right
// after it ("The rebels captured/VBN two soldiers"): the tagger's
// participle is the clause's past verb. A participle before "by" or a
// preposition ("soldiers captured in the raid") stays a reduced relative.
func (s *sentence) subjectParticiple(k int) bool {
	if k < 1 || k+1 >= len(s.toks) {
		return false
	}
	gi := s.inGroup[k-1]
	if gi < 0 || s.groups[gi].End != k {
		return false
	}
	j := s.groups[gi].Start - 1
	for j >= 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD") {
		j--
	}
	if j >= 0 && s.toks[j].Text != "," && s.toks[j].Tag != "CC" {
		return false
	}
	n := &s.toks[k+1]
	switch n.Tag {
	case "DT", "CD", "PRP$", "NNP", "NNPS":
		return true
	}
	return s.inGroup[k+1] >= 0
}

// sequenceAdverbs may stand between "and" and a second past verb:
// "captured two soldiers and later executed them".
var sequenceAdverbs = wordset.Of("later", "then", "subsequently", "also", "eventually", "briefly", "promptly", "quickly", "finally")

// andBefore: the "and" right before the verb at start, or one sequence
// adverb before it; -1 if none.
func (s *sentence) andBefore(start int) int {
	if start < 3 || start >= len(s.toks) {
		return -1
	}
	c := start - 1
	if sequenceAdverbs.Has(s.toks[c].Lower) {
		c--
	}
	if s.toks[c].Lower != "and" {
		return -1
	}
	return c
}

// pluralBetween: the plural group nearest before token b and after a,
// or -1: what "they" opening a clause at b stands for when the clause
// before has a singular subject ("The government agreed to talks with
// the rebels, hours after they attacked Omdurman").
func (s *sentence) pluralBetween(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if gi := s.inGroup[k]; gi >= 0 {
			if s.pluralGroup(gi) && !s.personLike(gi) {
				return gi
			}
			k = s.groups[gi].Start
		}
	}
	return -1
}

// adverbialOpeners open a clause of time or reason before its subject.
var adverbialOpeners = wordset.Of("after", "before", "when", "as", "while", "because", "until", "since", "once")

// reducedAdverbial: the gerund at start opens a reduced clause of time
// right after "while", "when" or "whilst" ("while criticising Saudi
// Arabia"), whose understood subject is that of the finite verb before
// it in the sentence; that verb, or -1. (After "after", "before" and
// "since", prepositions as well, the subject search reaches it already.)
func (s *sentence) reducedAdverbial(start int) int {
	if start < 3 || start >= len(s.toks) || s.toks[start].Tag != "VBG" {
		return -1
	}
	switch s.toks[start-1].Lower {
	case "while", "when", "whilst":
	default:
		return -1
	}
	for k := start - 2; k >= 0 && k >= start-maxReach; k-- {
		if hardStop(&s.toks[k]) {
			return -1
		}
		if s.inGroup[k] < 0 && s.clauseVerb(k) {
			return k
		}
	}
	return -1
}

// gerundClause: the token at k is a gerund with an actor as its object
// right after "after", "before", "while", "when" or "since" ("arrived in
// Paris after meeting Sisi"): a verb of its own clause, never the noun a
// pattern names ("arrive ... {meeting|talks}").
func (s *sentence) gerundClause(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k].Tag != "VBG" || s.inGroup[k+1] < 0 {
		return false
	}
	return clauseGerund(s.toks[k-1].Lower)
}

// clauseGerund: a gerund right after w opens a reduced clause of time.
func clauseGerund(w string) bool {
	switch w {
	case "after", "before", "while", "when", "since", "whilst":
		return true
	}
	return false
}

// coordPassive: the participle at h, after "and" (or "and later"), with
// no object of its own, is coordinated with a passive participle before
// it in its clause ("was arrested in Tehran in 2014 and released 18
// months later", "were detained by police and later freed"): it is
// passive too, and has that participle's subject. The first participle,
// or -1.
func (s *sentence) coordPassive(h int) int {
	if t := s.toks[h].Tag; t != "VBN" && t != "VBD" {
		return -1
	}
	c := s.andBefore(h)
	if c < 2 {
		return -1
	}
	if h+1 < len(s.toks) {
		switch n := &s.toks[h+1]; {
		case n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "PRP" || s.inGroup[h+1] >= 0:
			return -1 // "and released two journalists": its own object
		}
	}
	for k := c - 1; k > 0 && k >= c-12; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Text == "," || subordinators.Has(t.Lower) {
			return -1
		}
		if t.Tag == "VBN" && s.inGroup[k] < 0 {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if beForms.Has(s.toks[j].Lower) {
					return k
				}
				if s.toks[j].Tag != "RB" {
					break
				}
			}
			return -1
		}
		if s.inGroup[k] < 0 && s.clauseVerb(k) {
			return -1
		}
	}
	return -1
}

// coordAgent: the by-agent of the passive participle the one at h is
// coordinated with, or -1.
func (s *sentence) coordAgent(h int) int {
	if k := s.coordPassive(h); k >= 0 {
		return s.agent(k + 1)
	}
	return -1
}
