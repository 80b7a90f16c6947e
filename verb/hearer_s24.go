package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// hearerVerbs take the hearer as object before what they are told:
// "told the UN that Russia must withdraw".
var hearerVerbs = wordset.Of("tell", "inform", "assure", "remind", "notify", "brief")

// toldOfThird (S24): the head at h tells hearer gi a demand, charge or
// refusal about the group tgt bound in its that-clause, and tgt is a third
// party, of neither the speaker's state nor the hearer's ("Zelensky told
// the UN that Russia must withdraw", "Erdogan told Germany that Israel
// must stop"). The demand is made of that party; the hearer only hears it.
// When the clause names the speaker's own side or the hearer's, the
// hearer stays the target ("Biden told Iran that the US would respond").
func (s *sentence) toldOfThird(h, gi, tgt int, src []actor.Phrase) bool {
	if h < 0 || h >= len(s.toks) || !hearerVerbs.Has(s.toks[h].Lemma) || gi < 0 || tgt < 0 || gi >= len(s.groups) || tgt >= len(s.groups) || gi == tgt {
		return false
	}
	third := false
	for _, t := range s.groups[tgt].Phrases {
		if t.Country == "" {
			return false
		}
		for _, o := range s.groups[gi].Phrases {
			if o.Country == t.Country {
				return false
			}
		}
		for _, o := range src {
			if o.Country == t.Country {
				return false
			}
		}
		third = true
	}
	return third
}
