package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// ownCaptives: the holder of the captives whose release is demanded is
// the demand's target even when it shares their state (N22):
// holderTarget's country test kept the captives as the target whenever
// captives and holder were of one state, which reads the demand as made
// of the captives. Two cases: the captives are the source's own people
// ("Boko Haram demanded the release of its fighters held by the Nigerian
// army", "the opposition demanded the release of its members detained by
// police"), and captives whose country the text does not give, filled
// from the story ("the EU demanded the release of journalists held by the
// junta in Niger"). The holder must name an agent (a sector): a state's
// own forces and the state are one party, and the test for root 19 (what
// was launched by whom) is untouched.
func ownCaptives(ev *event.Event, sa *SentenceAnalysis, holder actor.Phrase) bool {
	if ev.CAMEORoot == "19" || len(ev.Source) == 0 || len(ev.Target) == 0 || len(holder.Sectors) == 0 {
		return false
	}
	src, tgt := ev.Source[0], ev.Target[0]
	if holder.Code == src.Code || holder.Code == tgt.Code {
		return false
	}
	if src.Code == tgt.Code && src.Sector != "" {
		return true
	}
	k := tokenAt(sa.Sentence.Tokens, tgt.Start)
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start == k {
				return ph.Inferred && src.Country != holder.Country
			}
		}
	}
	return false
}
