package verb

import "github.com/parley-events/parley/internal/wordset"

// relAgentNouns name a body or a person who acts, with no actor of their
// own.
var relAgentNouns = wordset.Of("group", "groups", "man", "men", "woman", "women", "organisation", "organization", "movement", "faction", "unit", "person", "people")

// relativeSubject: the finite verb at start follows an object relative
// clause on the sentence's subject ("The militia that the army fought
// last year attacked a convoy", "The envoy whom Russia expelled last week
// accused Moscow"): the relative's own subject stands nearest the verb,
// but the main verb's subject is the noun the clause hangs on. The
// relative's verb must have no object after it (the gap is its object),
// only adjuncts (a time, a preposition and its phrase), and the noun
// must open the sentence, so an object's relative ("freed the man whom
// militants had kidnapped") is left alone. It returns the noun's group,
// or -1 with ok set when the noun is no actor ("The group that French
// forces targeted kidnapped two aid workers": the agent is unknown, and
// not the relative's subject); ok is false when the verb follows no such
// clause.
func (s *sentence) relativeSubject(start int) (int, bool) {
	if gi := s.relativeAntecedent(start); gi != -2 {
		return gi, true
	}
	return -1, false
}

// relativeAntecedent is relativeSubject's search: the group, -1 for a
// noun that is no actor, -2 for no object relative before start.
func (s *sentence) relativeAntecedent(start int) int {
	if start < 4 || start >= len(s.toks) {
		return -2
	}
	switch s.toks[start].Tag {
	case "VBD", "VBZ", "VBP":
	default:
		return -2
	}
	// The relative's verb: the nearest verb before start, past adjuncts.
	v := -1
	for k := start - 1; k > 0 && k >= start-10; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || t.Lower == "and" {
			return -2
		}
		if s.inGroup[k] < 0 && t.IsVerb() && t.Tag != "VBG" {
			v = k
			break
		}
	}
	if v < 3 || !s.relativeGap(v, start) {
		return -2
	}
	// Its subject: an actor group (past auxiliaries and adverbs), and the
	// relative word before it.
	k := v - 1
	for k > 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		if beForms.Has(s.toks[k].Lower) {
			return -2 // a passive: its subject is the one acted on
		}
		k--
	}
	gi := s.inGroup[k]
	if gi < 0 || s.groups[gi].Start < 2 {
		return -2
	}
	r := s.groups[gi].Start - 1
	for r > 1 && s.inGroup[r] < 0 && (s.toks[r].Tag == "DT" || s.toks[r].Tag == "JJ") {
		r-- // "that the army", "whom Ethiopian troops"
	}
	switch s.toks[r].Lower {
	case "that", "whom", "which", "who":
	default:
		return -2
	}
	a := s.inGroup[r-1]
	first := 0
	if a < 0 && relAgentNouns.Has(s.toks[r-1].Lower) {
		// a noun that names an agent but no actor: "The group that
		// ...". An act's or a weapon's noun ("The bomb that insurgents
		// planted killed five") has the relative's subject for agent,
		// and is left to the walk.
		first = r - 1
	} else if a < 0 || s.groups[a].End != r || s.modifierOnly(a) {
		return -2
	} else {
		first = s.groups[a].Start
	}
	for j := 0; j < first; j++ {
		if tg := s.toks[j].Tag; tg != "DT" && tg != "JJ" && tg != "CD" {
			return -2 // not the sentence's opening noun
		}
	}
	return a
}

// relativeGap: nothing after the relative's verb at v, up to start, is
// its object: the next word is a preposition, a particle, an adverb or a
// time ("last year", "on Monday", "in 2020"), and no other verb follows.
func (s *sentence) relativeGap(v, start int) bool {
	if v+1 < start {
		n := &s.toks[v+1]
		switch {
		case n.Tag == "IN" || n.Tag == "RP" || n.Tag == "RB" || n.Tag == "CD":
		case timeWord(n.Lower) || s.dated(v+1):
		case n.Lower == "last" || n.Lower == "this" || n.Lower == "earlier" || n.Lower == "late":
		default:
			return false
		}
	}
	for k := v + 1; k < start; k++ {
		if s.inGroup[k] < 0 && s.toks[k].IsVerb() {
			return false
		}
	}
	return true
}
