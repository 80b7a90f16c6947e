package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
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

// envoyExpelled: "expelled him" (or "her") after an ambassador, envoy or
// diplomat named earlier in the sentence ("Serbia recalled its ambassador
// after Podgorica expelled him") expels the envoy, which the dev sets
// code as diplomatic relations reduced (161, as "expelled the French
// ambassador"), not the deportation of a person (174) the bare "expel"
// line gives. personPronoun has already made the pronoun the envoy's
// state's agent.
func (p *Pipeline) envoyExpelled(ev *event.Event, toks []text.Token, h int) {
	if ev.CAMEO != "174" || h+1 >= len(toks) || toks[h].Lemma != "expel" || len(ev.Target) != 1 {
		return
	}
	if w := toks[h+1].Lower; w != "him" && w != "her" || ev.Target[0].Start != toks[h+1].Start {
		return
	}
	if h+2 < len(toks) && toks[h+2].Lower == "to" {
		return // "detained the Mexican diplomat but later expelled him to Mexico City": a person sent away
	}
	for j := 0; j < h; j++ {
		switch toks[j].Lower {
		case "ambassador", "envoy", "consul", "attache", "attaché", "diplomat", "chargé", "charge":
			p.recodeEvent(ev, "161")
			return
		}
	}
}

// judgedMoveAfter: a judgement (11, 12, or the approval of 05) with no target whose object is a definite
// "the move" (decision, step, expulsion, ...) followed by the time clause
// that tells the move ("Sweden condemned the move after Mali's military
// rulers expelled two of its diplomats", "Kenya criticised the decision
// when Uganda closed the border") is aimed at who made the move: the
// source of the clause's event, when that is of another state than the
// judge's. judgedRoot reads such a noun only with nothing after it and
// only of the story's earlier acts.
func judgedMoveAfter(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEORoot != "11" && ev.CAMEORoot != "12" && ev.CAMEORoot != "05" || len(ev.Target) > 0 || len(ev.Source) == 0 || h+3 >= len(toks) {
		return
	}
	k := h + 1
	if toks[k].Lower != "the" {
		return
	}
	k++
	switch toks[k].Lower {
	case "move", "decision", "step", "expulsion", "expulsions", "measure", "measures", "action":
	default:
		return
	}
	k++
	if k >= len(toks) || toks[k].Lower != "after" && toks[k].Lower != "when" {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] <= k || len(o.Source) == 0 || o.Modality.Negated {
			continue
		}
		if o.Source[0].Start < toks[k].End || o.Source[0].Country == "" || o.Source[0].Country == ev.Source[0].Country {
			return
		}
		ev.Target = append([]event.Actor(nil), o.Source...)
		return
	}
}
