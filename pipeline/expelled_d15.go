package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// envoyNouns head a target phrase that is a state's diplomats.
var envoyNouns = wordset.Of(
	"diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
	"consul", "consuls", "attache", "attaches", "attaché", "attachés",
)

// expelVerbs are the heads of an expulsion.
var expelVerbs = wordset.Of("expel", "expels", "expelled", "expelling", "kick", "kicks", "kicked", "oust", "ousts", "ousted")

// expelledEnvoys: diplomats a state expels are another state's, never
// its own. A bare "diplomats" or "envoy" with no state in the text takes
// the story's country, which is the expeller's ("Venezuela expels
// diplomats from seven Latin American countries" is no expulsion of
// Venezuela's own diplomats), so that country is dropped and the target
// is left unknown. An envoy the text names a state for keeps it
// ("expelled the Russian ambassador"), and so does any target whose
// country the text gave.
func expelledEnvoys(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.Source) == 0 || len(ev.Target) != 1 || ev.Target[0].Country == "" || !sameCountries(ev.Target, ev.Source) || !expelVerbs.Has(strings.ToLower(ev.Evidence.Verb.Text)) {
		return
	}
	t := &ev.Target[0]
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if !ph.Inferred || ph.End < 1 || ph.End > len(sa.Sentence.Tokens) || span(sa.Sentence, ph.Start, ph.End).Start != t.Start || !envoyNouns.Has(sa.Sentence.Tokens[ph.End-1].Lower) {
				continue
			}
			t.Country = ""
			t.Code = "---" + strings.TrimPrefix(t.Code, ph.Country)
			return
		}
	}
}
