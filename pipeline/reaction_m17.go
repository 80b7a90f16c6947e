package pipeline

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// reactionAgent gives a protest, complaint or threat that names no one
// the agent of the act it answers, told in a clause right after it:
// "Beijing protested after the United States shot down its surveillance
// balloon" (CHN→USA 114, was CHN→nobody), "Iran vowed revenge after an
// Israeli strike killed one of its advisers" (IRN→ISR 130). A state
// protests to, or threatens, the state that acted against it; the clause
// after "after", "when" or "as" says who that was. Only another state's
// actor (or an international body) that is the clause's subject counts:
// "Farmers protested after the government raised fuel prices" keeps its
// own sides, and so does a clause with no actor for subject ("Poland
// protested after the talks collapsed") or a reaction that names its
// target ("Japan protested to China after ...").
func reactionAgent(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for i := range sa.Verbs.Matches {
		m := &sa.Verbs.Matches[i]
		if len(m.Target) > 0 || len(m.Source) != 1 || m.Passive || m.FromPrevious {
			continue
		}
		switch m.Pattern.Root() {
		case "11", "13":
		case "14":
			// A state's protest is a complaint (recoded 114 later); a
			// crowd's is a demonstration, left as it is.
			if secs := m.Source[0].Sectors; len(secs) > 0 && secs[0] != "GOV" {
				continue
			}
		default:
			continue
		}
		src := m.Source[0].Country
		if src == "" || m.Source[0].Start > m.Head {
			continue
		}
		op := reactionOpener(toks, m.Span[1])
		if op < 0 {
			continue
		}
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if g.Start <= op {
				continue
			}
			if g.Start > op+3 {
				break
			}
			// The clause's subject: its verb follows the group, across
			// its auxiliaries or the head noun of an act the group's
			// adjective names ("an Israeli strike killed").
			if !clauseVerbAfter(toks, g.End) {
				break
			}
			ok := true
			for _, ph := range g.Phrases {
				if ph.Country == src || ph.Country == "" && !strings.HasPrefix(ph.Code, "IGO") {
					ok = false
				}
			}
			if ok {
				m.Target = append(m.Target[:0:0], g.Phrases...)
			}
			break
		}
	}
}

// reactionOpener finds "after", "when" or "as" that opens a clause right
// after the reaction, across a few words of time or manner ("protested
// strongly on Tuesday after", "vowed revenge hours after"); -1 if none.
func reactionOpener(toks []text.Token, from int) int {
	for k := from; k < len(toks) && k < from+5; k++ {
		t := toks[k]
		switch t.Lower {
		case "after", "when", "as":
			return k
		case "on", "a", "day", "days", "hours", "weeks", "shortly", "just", "strongly", "formally", "again", "swiftly", "quickly", "angrily":
			continue
		}
		if t.Tag == "RB" || t.Tag == "CD" || t.Tag == "NNP" && weekday(t.Lower) {
			continue
		}
		if k := ownMeasure(toks, k); k > 0 {
			return reactionOpener(toks, k)
		}
		return -1
	}
	return -1
}

// ownMeasure (S38): "of its own" or "in kind" at k, closing the
// reaction's object ("would respond with tariffs of its own after
// Washington imposed a levy", "vowed to respond in kind after"): the
// answer is the same measure as the act it answers, and the clause after
// still names that act. It returns the token after the phrase, or 0.
func ownMeasure(toks []text.Token, k int) int {
	switch {
	case k+2 < len(toks) && toks[k].Lower == "of" && (toks[k+1].Lower == "its" || toks[k+1].Lower == "their" || toks[k+1].Lower == "his" || toks[k+1].Lower == "her") && toks[k+2].Lower == "own":
		return k + 3
	case k+1 < len(toks) && toks[k].Lower == "in" && toks[k+1].Lower == "kind":
		return k + 2
	}
	return 0
}

// weekday: a day's name.
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// clauseVerbAfter: a finite verb follows the token end, across
// auxiliaries, adverbs and up to two nouns.
func clauseVerbAfter(toks []text.Token, end int) bool {
	nouns := 0
	for k := end; k < len(toks) && k < end+4; k++ {
		t := toks[k]
		switch {
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return t.Lower != "said" && t.Lower != "says"
		case t.Tag == "RB" && t.Lower != "there":
		case (t.Tag == "NN" || t.Tag == "NNS") && nouns < 2:
			nouns++
		default:
			return false
		}
	}
	return false
}
