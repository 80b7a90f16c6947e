package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// exchangedRelease: a release told in the past "in exchange for" (or "in
// return for") one of the releasing state's own nationals is half a swap,
// and the other half is the freed captive's state releasing that national
// back: "Russia freed the American Brittney Griner in exchange for the
// Russian arms dealer Viktor Bout" is RUS→USA and USA→RUS 0841. Only when
// the first actor after "for" is the releaser's national and no third
// state is named after it ("in exchange for an Iranian diplomat jailed in
// Belgium" has another holder), and the release itself is no offer.
func exchangedRelease(ev *event.Event, sa *SentenceAnalysis, head int) []event.Event {
	if ev.CAMEO != "0841" || ev.Modality.Future || ev.Modality.Hypothetical || ev.Modality.Negated || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return nil
	}
	a, b := ev.Source[0].Country, ev.Target[0].Country
	if a == "" || b == "" || a == b || !allCountry(ev.Source, a) || !allCountry(ev.Target, b) {
		return nil
	}
	toks := sa.Sentence.Tokens
	k := exchangeFor(toks, head)
	if k < 0 {
		return nil
	}
	first := true
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start < k || ph.Modifier && !first {
				continue
			}
			if first {
				if ph.Country != a && ph.Country != b || ph.Inferred {
					return nil
				}
				first = false
				continue
			}
			if ph.Country != "" && ph.Country != a && ph.Country != b {
				return nil
			}
		}
	}
	if first {
		return nil
	}
	// The captive's state frees the releaser's national: the sides are
	// the release's own actors, turned round.
	rev := *ev
	rev.Source = append([]event.Actor(nil), ev.Target...)
	rev.Target = append([]event.Actor(nil), ev.Source...)
	rev.Mirror = ev.ID
	return []event.Event{rev}
}

// exchangeFor: the index after "in exchange for" or "in return for"
// following the head in the head's clause, -1 when there is none.
func exchangeFor(toks []text.Token, head int) int {
	for j := head + 1; j+2 < len(toks); j++ {
		switch toks[j].Lower {
		case ";", ":":
			return -1
		case "in":
			if w := toks[j+1].Lower; (w == "exchange" || w == "return") && toks[j+2].Lower == "for" {
				return j + 3
			}
		}
	}
	return -1
}

// allCountry: every actor is of country c.
func allCountry(as []event.Actor, c string) bool {
	for _, x := range as {
		if x.Country != c {
			return false
		}
	}
	return true
}
