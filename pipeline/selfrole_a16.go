package pipeline

import (
	"slices"

	"github.com/parley-events/parley/event"
)

// selfComplement drops an actor that is the complement of a reflexive
// pronoun: "Juan Guaido declared himself interim president", "the
// general named himself head of state", "the rebels proclaimed
// themselves the government". What follows "himself" there is what the
// subject says he is, not a second party, and left as an actor it is
// the nearest "person" a later "him" binds to ("..., and Donald Trump
// recognised him" gave Trump's own state). Only a verb, the reflexive
// and words of the noun phrase (determiners, adjectives, nouns) may come
// before the group; "defended itself against Ukraine" names Ukraine
// after a preposition and keeps it.
func selfComplement(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for gi := 0; gi < len(sa.Groups); gi++ {
		g := &sa.Groups[gi]
		if len(g.Phrases) != 1 {
			continue
		}
		k := g.Start - 1
		for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !toks[k].IsProper()) {
			k--
		}
		if k < 1 || toks[k].Tag != "PRP" || !toks[k-1].IsVerb() {
			continue
		}
		switch toks[k].Lower {
		case "himself", "herself", "themselves", "itself":
		default:
			continue
		}
		sa.Groups = slices.Delete(sa.Groups, gi, gi+1)
		gi--
	}
}

// previousPair: sentencePair's pair from the sentence before: "Armenia
// has accused Azerbaijan of shelling its villages. The two countries
// agreed to a ceasefire on Tuesday" coded nothing, as the pair of a
// one-way act told just before was looked for only in the side noun's
// own sentence (a coordination, "Relations between Kenya and Somalia",
// and a clash, clashPair, were already found there). Only the latest
// one-way event of that sentence with two known, different states, told
// as having happened, counts.
func previousPair(out []event.Event, si int) *event.Event {
	if si == 0 {
		return nil
	}
	for i := len(out) - 1; i >= 0 && out[i].SentenceIndex >= si-1; i-- {
		if out[i].SentenceIndex == si-1 {
			return sentencePair(out[:i+1], si-1)
		}
	}
	return nil
}
