package geo

import "github.com/parley-events/parley/text"

// Locate picks the mention that places an event: the event's clause is the
// byte range [lo, hi) of the sentence and its verb starts at anchor (-1 if
// unknown). It returns nil when no mention resolved.
//
// The order of preference, from the strongest:
//   - inside the event's clause;
//   - after a locative preposition ("in Idlib", "near the town of Rafah",
//     "return to Geneva") rather than in other roles ("Iraqi Kurds", "from
//     France", "the Astana talks");
//   - finer precision (a city says more than its country);
//   - nearer the verb.
func Locate(s *text.Sentence, ms []Mention, lo, hi, anchor int) *Mention {
	var best *Mention
	bestScore := 0.0
	for i := range ms {
		m := &ms[i]
		if m.Best == nil {
			continue
		}
		sc := 0.0
		if m.Start >= lo && m.End <= hi {
			sc += 10
		}
		switch p := prepositionBefore(s, m.Start); {
		case p == "from":
			sc += 1 // "withdrawal from Gorazde" is there; "refugees from Syria" is not
		case locativePreps.Has(p):
			sc += 4
		}
		if m.Attributive {
			sc -= 6
		}
		if containsOther(s, ms, i) {
			// "El Fasher in North Darfur", "Russia's Krasnodar region":
			// the container says where the finer place is, not where
			// the event is.
			sc -= 5
		}
		switch m.Best.Precision {
		case PrecisionPoint:
			sc += 4
		case PrecisionCity:
			sc += 3
		case PrecisionAdmin1:
			sc += 2
		case PrecisionCountry:
			sc += 1
		}
		if anchor >= 0 {
			d := m.Start - anchor
			if d < 0 {
				d = -d + 20 // places usually follow their verb
			}
			sc -= float64(d) / 100
		}
		if best == nil || sc > bestScore {
			best, bestScore = m, sc
		}
	}
	return best
}

// prepositionBefore returns the lower-cased word before the mention at
// byte offset start, skipping determiners, adjectives and the settlement
// words of "the northern city of Kirkuk" ("in ... of Kirkuk" counts as
// "in"). It looks back at most five tokens.
func prepositionBefore(s *text.Sentence, start int) string {
	if s == nil {
		return ""
	}
	k := -1
	for i, t := range s.Tokens {
		if t.Start >= start {
			break
		}
		k = i
	}
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := s.Tokens[k]
		w := lower(t)
		switch {
		case w == "of" && k > 0 && (settlementWords.Has(lower(s.Tokens[k-1])) || compassWords.Has(lower(s.Tokens[k-1]))):
			continue // "town of", "west of": look further back
		case compassWords.Has(w):
			return "near" // "west of Saraqeb"
		case w == "the" || w == "a" || w == "an" || settlementWords.Has(w) || directionWords.Has(w) ||
			t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "CD" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "VBN":
			continue
		}
		return w
	}
	return ""
}

// precisionRank orders precisions from the coarsest (0) to the finest.
func precisionRank(p string) int {
	switch p {
	case PrecisionPoint:
		return 4
	case PrecisionCity:
		return 3
	case PrecisionAdmin1:
		return 2
	case PrecisionCountry:
		return 1
	}
	return 0
}

// containsOther reports whether mention i is the container of a finer
// mention next to it in the same country: after it ("El Fasher in North
// Darfur", "Bam, Iran") or before it through a possessive ("Russia's
// Krasnodar region").
func containsOther(s *text.Sentence, ms []Mention, i int) bool {
	m := &ms[i]
	if s == nil || m.Best == nil {
		return false
	}
	finer := func(o *Mention) bool {
		if o.Best == nil || precisionRank(o.Best.Precision) <= precisionRank(m.Best.Precision) {
			return false
		}
		return m.Best.Country == "" || o.Best.Country == m.Best.Country
	}
	for j := range ms {
		o := &ms[j]
		if j == i || !finer(o) {
			continue
		}
		switch {
		case o.End <= m.Start && containerLink(s, o.End, m.Start, false):
			return true
		case m.End <= o.Start && containerLink(s, m.End, o.Start, true):
			return true
		}
	}
	return false
}

// containerLink reports whether the text between byte offsets lo and hi
// joins a place to its container: a comma or "in" with articles and
// compass words ("in North Darfur", ", in northwestern Syria"), or, when
// possessive is set, the possessive "'s" ("Russia's").
func containerLink(s *text.Sentence, lo, hi int, possessive bool) bool {
	n := 0
	for _, t := range s.Tokens {
		if t.Start < lo || t.End > hi {
			continue
		}
		n++
		w := lower(t)
		switch {
		case possessive && (w == "'s" || w == "\u2019s"):
		case !possessive && (w == "," || w == "in" || w == "the" || directionWords.Has(w) || compassWords.Has(w)):
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}
