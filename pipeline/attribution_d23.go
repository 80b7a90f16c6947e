package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// ownActReported (D23): a state's trailing attribution of its own past act
// ("Pakistan shot down an Indian jet, ISPR said", "The two armies began
// disengaging, the defence minister told parliament", "Milei won the
// run-off, the electoral authority said") is where the report came from,
// not a statement of the state's: every complete-listing set codes such a
// sentence by its act alone (the "statement beside own act" the dev tests
// count as an extra root), and nothing when the act has no code. The
// speaker and the subject of the narrated clause are of one state, and the
// subject acts for it (a government, its forces, police, courts or the
// state's name). A ministry reporting another state's act ("Kim Jong Un
// visited a factory, the South Korean defence ministry said"), people
// who are no organ of the state ("residents spent the night in shelters,
// the governor said"), a stance told with a modal or in the present, and a
// leading "X said that ..." stay statements.
func ownActReported(ev *event.Event, sa *SentenceAnalysis, h int) bool {
	toks := sa.Sentence.Tokens
	if len(ev.Source) == 0 || ev.Source[0].Country == "" || h < 2 || h >= len(toks) || len(ev.Target) > 0 && !toldHearers(ev, toks, h) {
		return false
	}
	k := pastTrailingReport(toks, h)
	if k < 0 {
		return false
	}
	return stateSubjectActs(sa, ev.Source[0].Country, k)
}

// stateSubjectActs: the clause before the attribution comma k opens with
// an actor of the state country that acts for it, and a past verb
// follows it within two words ("Pakistan shot down", "Indian and Chinese
// troops began", "The Islamic Emirate suspended").
func stateSubjectActs(sa *SentenceAnalysis, country string, k int) bool {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start > sa.dateline+1 || g.End >= k {
			return false
		}
		if g.Start < sa.dateline {
			continue
		}
		past := false
		for j := g.End; j < k && j <= g.End+2; j++ {
			if toks[j].Tag == "VBD" {
				past = true
				break
			}
			if toks[j].Lower == "," {
				break
			}
		}
		if !past {
			return false
		}
		for pi := range g.Phrases {
			ph := &g.Phrases[pi]
			if ph.Country != country || ph.Modifier {
				continue
			}
			if len(ph.Sectors) == 0 {
				return true
			}
			switch ph.Sectors[0] {
			case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI":
				return true
			}
		}
		return false
	}
	return false
}

// toldHearers: every target of a "told" is its hearer, named after the
// verb (", the minister told reporters"), not someone the content is about.
func toldHearers(ev *event.Event, toks []text.Token, h int) bool {
	if toks[h].Lemma != "tell" {
		return false
	}
	for _, a := range ev.Target {
		if tokenAt(toks, a.Start) <= h {
			return false
		}
	}
	return true
}

// attributionComma: the index of the comma or closing quote that the
// trailing speaker of the verb at h follows, or -1 (the same walk back
// over the speaker's words that trailingReport takes).
func attributionComma(toks []text.Token, h int) int {
	if h >= len(toks) {
		return -1
	}
	k := h - 1
	for n := 0; k > 0 && n < 10 && speakerWord(&toks[k]); n++ {
		k--
	}
	if k < 0 || !attributionMark(toks[k].Lower) {
		return -1
	}
	return k
}

// pastTrailingReport is the index of the comma that opens a trailing
// attribution headed at h (", the ministry said"), or -1 when h is no
// reporting verb, the attribution does not trail, or the clause before it
// holds a modal or a present verb: a stance or a forecast is the
// speaker's statement, not a report of a done act.
func pastTrailingReport(toks []text.Token, h int) int {
	switch toks[h].Lemma {
	case "say", "report", "tell", "announce", "confirm":
	default:
		return -1
	}
	if !trailingReport(toks, h) {
		return -1
	}
	k := attributionComma(toks, h)
	if k < 2 {
		return -1
	}
	for j := 0; j < k; j++ {
		switch toks[j].Tag {
		case "MD", "VBZ", "VBP":
			return -1
		}
	}
	return k
}
