package verb

import "github.com/parley-events/parley/internal/wordset"

// notBegun reads the predicate of a nominal head that is its clause's
// subject ("Talks between the government and the rebels have not yet
// begun", "The meeting has yet to take place", "The vote, originally set
// for March, has been postponed"): an act said not to have begun, still
// to come, or put off did not happen. It returns negated for "has not
// begun" (a plain absence, no one's refusal) and pending for "has yet to
// begin", "is yet to be held" and "has been postponed". The subject must
// reach the predicate through noun-phrase words and one "between",
// "with", "on" or "of" phrase, so an object's verb ("Israel rejected the
// talks, which have not begun") is no predicate of the head.
//
//go:noinline
func (s *sentence) notBegun(h int) (negated, pending bool) {
	k := h + 1
	for ; k < len(s.toks) && k <= h+12; k++ {
		t := &s.toks[k]
		if t.IsVerb() || t.Tag == "MD" || notYetAdverb(t.Lower) {
			// X26: "The planned meeting never took place": the adverb
			// opens the predicate, as an auxiliary does.
			break
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "CC", "IN", "PRP$", "HYPH":
			continue
		}
		if e := s.scheduleAside(k); e > k {
			k = e // X26: "Talks in Geneva, planned for Monday, never began"
			continue
		}
		return false, false
	}
	if k >= len(s.toks) || k > h+12 {
		return false, false
	}
	// The auxiliaries before the predicate: have/has, are/is, been.
	not, yet := false, false
	j := k
	for ; j < len(s.toks) && j <= k+4; j++ {
		t := &s.toks[j]
		switch {
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never":
			not = true
		case t.Lower == "yet" || t.Lower == "still":
			yet = yet || t.Lower == "yet"
		case t.Lower == "to" && yet:
		case t.Lemma == "have" || t.Lemma == "be" || t.Lemma == "do":
		default:
			goto pred
		}
	}
pred:
	if j >= len(s.toks) || !s.toks[j].IsVerb() && s.toks[j].Tag != "VB" {
		return false, false
	}
	v := s.toks[j].Lemma
	begin := beginVerbs.Has(v) || (v == "take" && j+1 < len(s.toks) && s.toks[j+1].Lower == "place") || v == "hold" && s.toks[j].Tag == "VBN" || v == "go" && j+1 < len(s.toks) && s.toks[j+1].Lower == "ahead"
	switch {
	case begin && not:
		return true, false
	case begin && yet:
		return false, true
	case putOffVerbs.Has(v) && s.toks[j].Tag == "VBN" && !not:
		return false, true
	}
	return false, false
}

// notYetAdverb: an adverb that can open a nominal subject's predicate
// of not happening ("never took place", "still has not begun").
func notYetAdverb(w string) bool {
	return w == "never" || w == "not" || w == "still" || w == "yet"
}

// scheduleAside: the comma at k opens an aside of when an act was set
// for (", originally set for March,", ", planned for Monday,", ", due in
// May,"), closed by a comma within eight words and holding no finite
// verb; it returns the closing comma, or k when there is none.
func (s *sentence) scheduleAside(k int) int {
	if s.toks[k].Lower != "," {
		return k
	}
	j := k + 1
	for j < len(s.toks) && s.toks[j].Tag == "RB" {
		j++ // "originally", "initially"
	}
	if j >= len(s.toks) || !((s.toks[j].Tag == "VBN" || s.toks[j].Tag == "VBD") && scheduleVerbs.Has(s.toks[j].Lemma) || s.toks[j].Lower == "due") {
		return k
	}
	for e := j + 1; e < len(s.toks) && e <= k+8; e++ {
		t := &s.toks[e]
		if t.Lower == "," {
			return e
		}
		switch t.Tag {
		case "IN", "DT", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "TO", "POS":
			continue
		}
		return k
	}
	return k
}

var scheduleVerbs = wordset.Of("plan", "schedule", "set", "slate", "expect", "announce", "propose", "arrange")

// beginVerbs say an act got under way; putOffVerbs, as participles
// after a nominal subject, that it did not ("the talks have been
// postponed").
var (
	beginVerbs  = wordset.Of("begin", "start", "resume", "open", "commence", "happen", "occur", "materialise", "materialize", "convene")
	putOffVerbs = wordset.Of("postpone", "delay", "defer", "cancel", "suspend", "shelve", "scrap")
)

// purposeTo: the "to" at k opens the purpose a body was made or
// empowered for ("UNMISS was set up in 2011 to protect civilians", "the
// brigade is authorised to carry out offensive operations", "a fund
// created to support survivors"), or the duty a noun names ("The envoy's
// task is to facilitate dialogue", "its mandate is to monitor the
// ceasefire"). A mandate or an aim describes the body; the act it names
// is not reported as done.
func (s *sentence) purposeTo(k int) bool {
	j := k - 1
	// Over a short time or place phrase and a particle: "set up in 2011
	// to", "established by the Council in 2013 to".
	for n := 0; j > 0 && n < 6; n++ {
		t := &s.toks[j]
		if t.Tag == "CD" || t.Tag == "RP" || t.Lower == "in" || t.Lower == "by" || t.Lower == "up" || t.Tag == "DT" || t.Tag == "NNP" && s.inGroup[j] < 0 {
			j--
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	t := &s.toks[j]
	if t.Tag == "VBN" && purposeVerbs.Has(t.Lemma) {
		return true
	}
	return t.Lemma == "be" && j > 0 && s.toks[j-1].IsNoun() && purposeNouns.Has(s.toks[j-1].Lower)
}

var (
	purposeVerbs = wordset.Of("establish", "create", "set", "found", "mandate", "authorise", "authorize", "task", "design", "form", "launch", "empower", "entrust", "intend")
	purposeNouns = wordset.Of("task", "mandate", "role", "aim", "goal", "objective", "purpose", "job", "mission", "duty", "responsibility", "remit", "priority")
)

// perfectNot: the negation at k stands in a present perfect, "has not
// (yet) signed", "have never ratified", with the head at h its
// participle. It states what has not happened so far, which is no
// refusal: CAMEO's rejections (12) are refusals made ("refused to sign",
// "would not sign", "did not sign" at the signing). A past perfect ("had
// not been consulted") and a will not stay as they are.
func (s *sentence) perfectNot(k, h int) bool {
	if k < 1 || h >= len(s.toks) || s.toks[h].Tag != "VBN" {
		return false
	}
	if w := s.toks[k-1].Lower; w != "has" && w != "have" && w != "hasn't" && w != "haven't" {
		return false
	}
	for j := k + 1; j < h; j++ {
		if t := &s.toks[j]; t.Tag != "RB" {
			return false
		}
	}
	return true
}
