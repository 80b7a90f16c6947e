package verb

import "github.com/parley-events/parley/internal/wordset"

// Leftover objects: "executed two protesters and sentenced three others to
// death", "expelled two American journalists and denied a visa to a
// third", "shot down a Saudi jet and captured its pilot". The second verb's
// object names no actor, only more of (or a member of) what the first
// verb's object named, so a pattern whose target slot it fills failed
// (or took the story's country). The earlier object is the target.

// leftoverHeads end a phrase that counts more of an earlier object.
var leftoverHeads = wordset.Of("others", "other", "another", "more", "second",
	"third", "fourth", "fifth", "rest", "remainder")

// leftoverMembers are the people an earlier vehicle or unit carried:
// "its pilot", "their crew".
var leftoverMembers = wordset.Of("pilot", "pilots", "crew", "crews", "co-pilot",
	"driver", "drivers", "captain", "passengers", "commander", "navigator")

// leftoverAt returns the end of a leftover object phrase starting at k, or
// -1: at most a determiner or number, then a leftover head that no noun
// follows ("a third country" is a country, no leftover); or "its" or
// "their" and a crew noun.
func (s *sentence) leftoverAt(k int) int {
	n := len(s.toks)
	if k >= n || s.inGroup[k] >= 0 {
		return -1
	}
	if t := &s.toks[k]; t.Lower == "its" || t.Lower == "their" {
		if k+1 < n && s.inGroup[k+1] < 0 && leftoverMembers.Has(s.toks[k+1].Lower) {
			return k + 2
		}
		return -1
	}
	j := k
	if t := &s.toks[j]; (t.Tag == "DT" || t.Tag == "CD") && t.Lower != "another" {
		j++
	}
	if j >= n || s.inGroup[j] >= 0 || !leftoverHeads.Has(s.toks[j].Lower) {
		return -1
	}
	if s.toks[j].Lower == "rest" || s.toks[j].Lower == "remainder" {
		return -1 // "the rest of the convoy" names its own whole
	}
	if j+1 < n && (s.toks[j+1].IsNoun() || s.inGroup[j+1] >= 0) {
		return -1
	}
	return j + 1
}

// leftoverAntecedent: the object of the verb coordinated before head h
// ("X executed two protesters and sentenced ..."): "and" (after a comma
// or not) right before h, and an actor group ending the phrase before it,
// within a determiner and a noun ("a Saudi jet"), that is not the
// clause's subject (a verb stands between them).
func (s *sentence) leftoverAntecedent(h int) int {
	k := h - 1
	for k >= 0 && s.toks[k].Tag == "RB" {
		k--
	}
	if k < 2 || s.toks[k].Lower != "and" {
		return -1
	}
	k--
	if s.toks[k].Lower == "," {
		k--
	}
	for j := k; j >= 0 && j >= k-1; j-- {
		gi := s.inGroup[j]
		if gi < 0 {
			if !s.toks[j].IsNoun() {
				return -1
			}
			continue
		}
		g := s.groups[gi]
		if c := g.Phrases[0].Code; len(c) >= 3 && c[:3] == "---" {
			// "signed two strikers and released three others": a
			// party of no known state is too weak a reading of the
			// earlier object to carry over.
			return -1
		}
		for v := g.Start - 1; v >= 0 && v >= g.Start-4; v-- {
			if s.inGroup[v] >= 0 {
				return -1
			}
			if s.toks[v].IsVerb() && !isAux(s.toks[v].Lower) {
				return gi
			}
		}
		return -1
	}
	return -1
}

// leftoverObject: the earlier object a leftover phrase right after a
// match with no target slot stands for, or -1.
func (s *sentence) leftoverObject(end, h int) int {
	if end != h+1 || s.leftoverAt(end) < 0 {
		return -1
	}
	return s.leftoverAntecedent(h)
}

// leftoverSource: the second verb's subject is the first verb's, not the
// earlier object that the subject search found nearest ("shot down a
// Saudi jet and captured its pilot" is the rebels' capture).
func (s *sentence) leftoverSource(m *Match, gi, h int) {
	if s.leftoverAntecedent(h) != gi || len(m.Source) == 0 || m.Source[0].Start < s.groups[gi].Start || m.Source[0].Start >= s.groups[gi].End {
		return
	}
	if subj := s.subject(s.groups[gi].Start); subj >= 0 && subj != gi {
		m.Source = s.groups[subj].Phrases
	} else {
		m.Source = nil
	}
}
