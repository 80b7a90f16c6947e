package verb

import "github.com/parley-events/parley/internal/wordset"

// stoppedHeadlinePassive: a headline's passive with its "was" dropped
// that ends in a full stop ("Journalist shot dead in Karachi.", "Three
// soldiers killed in ambush in Mali.", "Opposition leader arrested in
// Harare."), which headlinePassive leaves to the active reading because
// a full stop marks a sentence. The line must still read as a headline:
// it opens with its bare subject (no determiner: "The army attacked at
// dawn." is a sentence), the verb is one that needs its victim as
// object in the active (stopHarm), a preposition of place, time or cause
// or "dead" follows it ("shot at protesters" is active), and no other
// finite verb stands in the sentence.
//
//go:noinline
func (s *sentence) stoppedHeadlinePassive(h int) bool {
	n := len(s.toks)
	if h < 1 || h+1 >= n || n < 4 || s.toks[n-1].Text != "." || !s.toks[h-1].IsNoun() || s.inGroup[h-1] < 0 && s.toks[h-1].Tag != "NNS" {
		return false
	}
	if t := s.toks[h].Tag; t != "VBN" && t != "VBD" || !stopHarm.Has(s.toks[h].Lemma) {
		return false
	}
	p := h + 1
	if s.toks[p].Lower == "dead" {
		p++ // "shot dead in Karachi."; "shot dead two protesters" is active
	}
	if !(p == n-1 && p > h+1) && (s.toks[p].Tag != "IN" || !stopPreps.Has(s.toks[p].Lower)) {
		return false // "Journalist shot dead." ends at the full stop
	}
	for k := 0; k < h; k++ {
		switch s.toks[k].Tag {
		case "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "POS":
		default:
			return false
		}
	}
	return !s.otherFinite(h) // the words before h are nouns and numbers only
}

// otherFinite: a finite verb or a modal other than the one at h stands in
// the sentence, so h is not the only verb a headline's dropped "was"
// leaves (headlinePassive, stoppedHeadlinePassive).
func (s *sentence) otherFinite(h int) bool {
	for k := range s.toks {
		if k == h {
			continue
		}
		switch s.toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// stopHarm: verbs of harm and custody that are never used without their
// victim in the active ("attack" and "charge" are: "Rebels attacked at
// dawn", "Police charged into the crowd").
var stopHarm = wordset.Of(
	"kill", "wound", "injure", "kidnap", "abduct", "arrest", "detain",
	"jail", "execute", "shoot", "hang", "behead", "massacre", "murder",
	"slay", "deport", "expel", "sentence", "convict", "free", "release",
)

// stopPreps: prepositions after which a harm verb with no object is a
// passive: place, time and cause, never a target ("at", "on" a crowd,
// "into").
var stopPreps = wordset.Of(
	"in", "near", "after", "during", "outside", "inside", "following",
	"amid", "over", "across", "for", "since",
)
