package pipeline

import "github.com/parley-events/parley/actor"

// includedNationals: a group of no state the text names, followed by
// the state of most or all of its members ("nine foreigners, most of them
// Ukrainians and Belarusians", "200 migrants, mostly Afghans"), is of the
// first state so named, not of the story's state. An aside that picks
// out only some of them ("some 50 people, among them three Americans",
// "including two Britons") names a notable part, often foreign, and says
// nothing of the rest, so it is left alone. It gives that state's CAMEO
// code, or "" when no such aside follows the phrase.
func includedNationals(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	k := ph.End
	if k+2 >= len(toks) || toks[k].Text != "," {
		return ""
	}
	j := -1
	switch toks[k+1].Lower {
	case "mostly", "mainly":
		j = k + 2
	case "most", "all":
		if k+3 < len(toks) && toks[k+2].Lower == "of" && toks[k+3].Lower == "them" {
			j = k + 4
		}
	}
	if j < 0 {
		return ""
	}
	for j < len(toks) && (toks[j].Tag == "CD" || toks[j].Lower == "a" || toks[j].Lower == "an") {
		j++
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if q := &sa.Groups[gi].Phrases[pi]; q.Start == j && q.Country != "" && !q.Inferred && !q.Modifier {
				return q.Country
			}
		}
	}
	return ""
}
