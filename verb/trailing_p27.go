package verb

import "github.com/parley-events/parley/internal/wordset"

// P27 (session 27): a trailing attribution whose speaker is no actor.

// plainSayVerbs are the verbs of a closing attribution (", the committee
// said", ", the agency reported").
var plainSayVerbs = wordset.Of("say", "report", "announce", "add", "state", "note", "confirm", "write")

// trailingNounSpeaker: the verb of saying at start closes the sentence
// after a comma with a noun phrase of its own that names no actor ("...,
// its lowest level in two decades, the copper commission Cochilco
// said", "..., the national statistics office said in Abuja"). That noun
// phrase is the speaker, unknown to the dictionaries; the subject walk
// must not go on past the comma into what was said and take an actor of
// the content ("Chile's copper output fell ...") for the speaker.
func (s *sentence) trailingNounSpeaker(start int) bool {
	if start < 4 || start >= len(s.toks) || !plainSayVerbs.Has(s.toks[start].Lemma) || s.toks[start].Tag != "VBD" && s.toks[start].Tag != "VBZ" && s.toks[start].Tag != "VBP" {
		return false
	}
	if t := &s.toks[start-1]; !t.IsNoun() || s.inGroup[start-1] >= 0 {
		return false
	}
	for k := start - 2; k >= 1 && k >= start-8; k-- {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return false // "the Tajik energy ministry": an actor's own words
		}
		switch t.Tag {
		case ",":
			return true
		case "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH":
			continue
		}
		return false
	}
	return false
}
