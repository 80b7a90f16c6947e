package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// loyalArmedMen (S35B): armed men of no named state whom the text calls
// "loyal to" someone ("Gunmen loyal to the Ampatuan clan abducted 57
// people in Maguindanao", "Gunmen loyal to the former government ambushed
// security forces near Jableh") are named by their side in a local
// struggle, not by their deed: a clan, a cartel or a fallen government
// has its men where it holds sway, so they are the state of the place
// their clause names, as the dev sets code them (PHL, SYR, MEX: every such
// row), while bare "gunmen" stay "---" (T30, S24). A patron that is
// itself a state ("loyal to Russia") says whose they are and is left to
// the actor stage, and a place the story's dateline lent (l.Start < 0)
// says only where the reporter files.
func loyalArmedMen(ev *event.Event, sa *SentenceAnalysis) {
	l := ev.Location
	if len(ev.Source) != 1 || l == nil || l.Country == "" || l.Start < 0 {
		return
	}
	a := &ev.Source[0]
	if a.Country != "" || a.Sector != "UAF" || a.Start < 0 {
		return
	}
	toks := sa.Sentence.Tokens
	j := tokenAt(toks, a.Start)
	if j >= len(toks) || toks[j].Start != a.Start {
		return
	}
	ph, ok := phraseAt(sa, j)
	if !ok || ph.End+1 >= len(toks) || toks[ph.End].Lower != "loyal" || toks[ph.End+1].Lower != "to" {
		return
	}
	k := ph.End + 2
	for k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	if patron, ok := phraseAt(sa, k); ok && patron.Country != "" && !patron.Inferred {
		return // "loyal to Russia": the patron's state is the actor stage's to give
	}
	code := actor.CameoCountry(l.Country)
	a.Country, a.Code = code, code+a.Sector
}
