package pipeline

import "github.com/parley-events/parley/event"

// sentencePair: the two parties of an earlier one-way event in sentence
// si that has one source and one target of two different known states
// ("Pakistan warned India against any attack, as both countries moved
// troops towards their border"; "Ethiopia accused Eritrea of backing
// rebels, and the two countries massed troops"), for "both sides" or "the
// two countries" when the story has told of no meeting or agreement
// before. A side noun points back to the pair just named, whether the act
// that named it happened or was denied ("Kenya did not attack Somalia,
// and both sides later signed a trade deal"); an act only asked for or
// foreseen names parties of another clause. nil if none.
func sentencePair(out []event.Event, si int) *event.Event {
	for i := len(out) - 1; i >= 0 && out[i].SentenceIndex == si; i-- {
		e := &out[i]
		if e.Mirror != "" || e.Modality.Hypothetical || len(e.Source) != 1 || len(e.Target) != 1 {
			continue
		}
		if c, d := e.Source[0].Country, e.Target[0].Country; c == "" || d == "" || c == d || e.Source[0].Start < 0 || e.Target[0].Start < 0 {
			continue
		}
		return &event.Event{Source: inherited(e.Source), Target: inherited(e.Target)}
	}
	return nil
}
