package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// ownPrisoners (S34): prisoners or detainees a state frees, or says it
// will free, with no state of their own named ("Myanmar's government
// freed hundreds of political prisoners", "Havana agreed to release 553
// prisoners", "the government would release more political prisoners")
// are its own people, held in its own jails: the release (0841, 084,
// 0353) is aimed at the state itself, as the dev sets code it throughout
// (X→X), where the target was left empty or nobody's (---CVL). Prisoners
// named with a state ("Palestinian prisoners") already have it, and
// hostages, held by the other side, are left alone.
func (p *Pipeline) ownPrisoners(ev *event.Event, sa *SentenceAnalysis, head int) {
	switch ev.CAMEO {
	case "0841", "084", "0353":
	default:
		return
	}
	if len(ev.Source) == 0 || head < 0 {
		return
	}
	c := ev.Source[0].Country
	if c == "" || !p.isState(c) {
		return
	}
	for _, s := range ev.Source[1:] {
		if s.Country != c {
			return // an exchange between two sides frees the other's men
		}
	}
	for _, t := range ev.Target {
		if t.Country != "" || !strings.HasPrefix(t.Code, "---") {
			// A target with a state, or a body of none ("through the Red
			// Cross", NGOHLHIRC): its code has no state slot to fill, and
			// writing the state over its first three letters made
			// RUSHLHIRC (A39).
			return
		}
	}
	toks := sa.Sentence.Tokens
	held := -1
	for k := head + 1; k < len(toks) && k <= head+8; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "hostages" || w == "hostage" {
			return
		}
		if w == "prisoners" || w == "detainees" || w == "prisoner" {
			held = k
			break
		}
	}
	if held < 0 {
		return
	}
	if len(ev.Target) == 0 {
		ev.Target = []event.Actor{{Text: toks[held].Text, Code: c, Country: c, Start: toks[held].Start, End: toks[held].End}}
		return
	}
	for i := range ev.Target {
		ev.Target[i].Country = c
		ev.Target[i].Code = c + ev.Target[i].Code[3:]
	}
}
