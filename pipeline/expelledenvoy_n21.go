package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// expelledEnvoy: "France condemned the decision after the junta expelled
// its ambassador". A state expels another state's envoys, never its own
// (it recalls those), so "its ambassador" in a clause that a state's
// reaction answers is that state's, and a bare "the junta" or "the
// regime" expelling it is another state's government, though the story
// names only the reacting state and lent it that state (N21). The
// expulsion then goes from the unnamed government to the reacting state's.
// Only when the reaction's subject is a state acting before the
// expulsion in the same sentence and the expeller took that very state.
func expelledEnvoy(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEO != "161" && ev.CAMEO != "174" || len(ev.Source) != 1 || len(ev.Target) != 1 || ev.Evidence.Verb.Text == "" || !strings.HasPrefix(strings.ToLower(ev.Evidence.Verb.Text), "expel") {
		return
	}
	src, tgt := ev.Source[0], ev.Target[0]
	if src.Sector != "GOV" || src.Country == "" || src.Start < 4 || tgt.Start < 4 || tgt.Start > len(ev.Sentence) {
		return
	}
	words := strings.Fields(strings.ToLower(src.Text))
	if len(words) == 0 || !regimeNoun(words[len(words)-1]) || !strings.HasSuffix(strings.ToLower(ev.Sentence[:src.Start]), "the ") {
		return
	}
	if !strings.HasSuffix(ev.Sentence[:tgt.Start], "its ") && !strings.HasSuffix(ev.Sentence[:tgt.Start], "their ") {
		return
	}
	if tw := strings.Fields(strings.ToLower(tgt.Text)); len(tw) == 0 || !envoyNouns.Has(tw[len(tw)-1]) {
		return
	}
	for j := i - 1; j >= 0 && out[j].SentenceIndex == ev.SentenceIndex; j-- {
		r := &out[j]
		if len(r.Source) != 1 || r.Evidence.Verb.Start >= src.Start || r.Source[0].End > r.Evidence.Verb.Start {
			continue
		}
		if r.Source[0].Country != src.Country || r.Source[0].Sector != "" && r.Source[0].Sector != "GOV" {
			return
		}
		c := actor.CameoCountry(src.Country)
		s := src
		s.Country, s.Code = "", "---GOV"
		t := tgt
		t.Country, t.Code, t.Sector = src.Country, c+"GOV", "GOV"
		ev.Source, ev.Target = []event.Actor{s}, []event.Actor{t}
		return
	}
}
