package pipeline

import "github.com/parley-events/parley/text"

// armedSpeakerBefore: the country of an armed command that reports its own
// units' acts ("The General Command of the Army and Armed Forces announced
// that its units had liberated ..."), when the text names the command by
// its sector alone, its country to come from the story (Q33); the
// country it returns may be "", the bool says whether such a command owns
// the units. The state
// rule (lastStateBefore) wants a state the text gave, so such a command's
// "its units" made no actor and the act in its report was lost. Only a
// group of armed-forces phrases of one country, with a verb of saying or
// announcing between it and "its" and no other group, owns them: "its"
// after any other body, or after no report, keeps the state rule.
func armedSpeakerBefore(sa *SentenceAnalysis, k int) (string, bool) {
	toks := sa.Sentence.Tokens
	for gi := len(sa.Groups) - 1; gi >= 0; gi-- {
		g := &sa.Groups[gi]
		if g.End > k {
			continue
		}
		c := ""
		for i := range g.Phrases {
			ph := &g.Phrases[i]
			if ph.Modifier || ph.Foreign || len(ph.Sectors) != 1 || ph.Sectors[0] != "MIL" {
				return "", false
			}
			if i > 0 && ph.Country != c {
				return "", false
			}
			c = ph.Country
		}
		for j := g.End; j < k; j++ {
			if reportsOwnAct(&toks[j]) {
				return c, true
			}
		}
		return "", false
	}
	return "", false
}

// reportsOwnAct: a verb by which a command reports what its units did.
func reportsOwnAct(t *text.Token) bool {
	if !t.IsVerb() {
		return false
	}
	switch t.Lemma {
	case "say", "announce", "report", "state", "declare", "claim", "add":
		return true
	}
	return false
}
