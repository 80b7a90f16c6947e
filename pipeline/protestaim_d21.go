package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// protestAim: a demand told by a participle after a protest of the same
// people ("went on strike on Monday, demanding a 60 percent pay rise",
// "blocked roads with tractors, demanding relief", "took to the streets,
// calling for higher wages") is what the protest is for, not a demand
// made apart from it: the dev sets code the protest alone. So is the
// demand of people named only as the object of a repression ("fired
// tear gas at garment workers demanding a higher minimum wage"). A
// demand with its own finite verb ("and the union demanded") stays, and
// so does one after an act that is no protest ("summoned the envoy,
// demanding an explanation"), and a demand that a leader step down
// (1041), which dev9 codes beside the roadblocks that made it.
//
// Only the event's own sentence is searched (sentenceBlock), so a long
// story stays linear; a target with no span of its own (a coreferred or
// default one, Start and End -1) is not the protesters just named.
func protestAim(out []event.Event, i int, inOrder bool) bool {
	ev := &out[i]
	if ev.CAMEORoot != "10" || ev.CAMEO == "1041" || len(ev.Source) == 0 {
		return false
	}
	v := ev.Evidence.Verb
	w := strings.ToLower(v.Text)
	if w != "demanding" && w != "calling" || v.Start < 2 || v.Start > len(ev.Sentence) {
		return false
	}
	comma := strings.HasSuffix(ev.Sentence[:v.Start], ", ")
	lo, hi := sentenceBlock(out, i, inOrder)
	for j := lo; j < hi; j++ {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.Evidence.Verb.Start >= v.Start || len(o.Source) == 0 {
			continue
		}
		switch {
		case comma && o.CAMEORoot == "14" && sameCountries(o.Source, ev.Source):
			return true
		case !comma && o.CAMEO == "175" && len(o.Target) > 0 && o.Target[0].End >= 0 && o.Target[0].End <= v.Start && strings.TrimSpace(ev.Sentence[o.Target[0].End:v.Start]) == "":
			return true
		}
	}
	return false
}
