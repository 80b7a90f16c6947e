package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// "Saudi Arabia recalled its ambassador from Damascus; Kuwait and
// Bahrain followed suit": "followed suit" (or "did the same", "did
// likewise") repeats the act told before it, by a new agent, on the same
// target. English states the second act by reference only, so no verb
// pattern can match it; the act is the last one coded before the phrase
// in its sentence, or else the last of the sentence before ("Britain
// expelled 23 Russian diplomats. France and Germany later did the
// same."). Only a done act repeats: "may follow suit", "urged Japan to
// follow suit" and "did not follow suit" code nothing, nor does an agent
// that was the act's target ("Russia followed suit" after Britain
// expelled Russians is retaliation, told in other words).

// suitAt is the index of the finite verb of "followed suit", "did the
// same" or "did likewise" in toks, or -1. The word after the verb gates
// each token: a search of the sentence text for " suit" or "did " was
// six times the instructions, a space or a "d" opening most candidates.
func suitAt(toks []text.Token) int {
	for k := 1; k+1 < len(toks); k++ {
		switch toks[k+1].Lower {
		case "suit", "likewise", "the":
		default:
			continue
		}
		t := &toks[k]
		switch {
		case t.Lemma == "follow" && toks[k+1].Lower == "suit":
		case t.Lower == "did" && toks[k+1].Lower == "likewise":
		case t.Lower == "did" && toks[k+1].Lower == "the" && k+2 < len(toks) && toks[k+2].Lower == "same" && (k+3 >= len(toks) || !toks[k+3].IsNoun()):
		default:
			continue
		}
		if t.Tag != "VBD" && t.Tag != "VBZ" && !(t.Tag == "VBN" && (toks[k-1].Lemma == "have")) {
			return -1 // "may follow suit", "urged Japan to follow suit"
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if w := toks[j].Lower; w == "not" || w == "n't" || w == "never" {
				return -1
			}
		}
		return k
	}
	return -1
}

// subordinateHead: the head at h is in a clause a subordinator opens
// ("after protesters stormed", "when police fired"), found before any
// comma or semicolon to its left.
func subordinateHead(toks []text.Token, h int) bool {
	for j := h - 1; j >= 0 && j < len(toks); j-- {
		switch toks[j].Lower {
		case ",", ";", ":", "--":
			return false
		case "after", "when", "as", "because", "since", "before", "while", "until", "once", "if", "unless":
			return toks[j].Tag == "IN" || toks[j].Tag == "WRB"
		}
	}
	return false
}

// suitAgent is the group that ends right before the verb at k, with
// only adverbs between ("Kuwait and Bahrain quickly followed suit"), or
// nil.
func suitAgent(sa *SentenceAnalysis, k int) *actor.Group {
	toks := sa.Sentence.Tokens
	e := k
	for e > 0 && (toks[e-1].Tag == "RB" || toks[e-1].Lemma == "have") {
		e--
	}
	for gi := range sa.Groups {
		if g := &sa.Groups[gi]; g.End == e && len(g.Phrases) > 0 {
			return g
		}
	}
	return nil
}

// followSuit is the event the phrase at k of sentence si repeats, with
// the group before the phrase as its source, and whether there is one.
// out holds the events coded so far; heads their head tokens.
func followSuit(out []event.Event, heads []int, sa *SentenceAnalysis, si, k int) (event.Event, bool) {
	g := suitAgent(sa, k)
	if g == nil {
		return event.Event{}, false
	}
	model := -1
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.SentenceIndex < si-1 {
			break
		}
		if e.SentenceIndex == si && heads[i] >= k || e.Mirror != "" || e.Modality.Negated || e.Modality.Hypothetical || len(e.Source) == 0 {
			continue
		}
		if e.SentenceIndex == si && subordinateHead(sa.Sentence.Tokens, heads[i]) {
			// "Saudi Arabia cut ties with Iran after protesters stormed
			// its embassy, and Bahrain followed suit": the main clause's
			// act is repeated, not the one that dates it.
			continue
		}
		if e.SentenceIndex == si-1 && model >= 0 {
			break
		}
		model = i
		if e.SentenceIndex == si {
			break
		}
	}
	if model < 0 {
		return event.Event{}, false
	}
	m := out[model]
	phs := g.Phrases
	if len(phs) > 1 && prepObject(sa.Sentence.Tokens, g.Start) {
		// "Egypt cut ties with Qatar and Libya's eastern government and
		// the Maldives did likewise": the actor stage joined the object
		// of "with" and the new clause's subject; only the last member,
		// after "and", follows suit.
		phs = phs[len(phs)-1:]
	}
	src := make([]event.Actor, 0, len(phs))
	for _, ph := range phs {
		if ph.Country != "" && (suitCountry(m.Target, ph.Country) || suitCountry(m.Source, ph.Country)) {
			return event.Event{}, false // the target answering, or the agent again
		}
		src = append(src, toActor(sa.Sentence, ph, ""))
	}
	ev := m
	ev.SentenceIndex, ev.Sentence = si, sa.Sentence.Text
	ev.Source = src
	if m.SentenceIndex == si {
		ev.Target = append(make([]event.Actor, 0, len(m.Target)), m.Target...)
	} else {
		ev.Target = inherited(m.Target) // named in the sentence before
	}
	ev.Participants = []event.Actor{}
	ev.Evidence.Verb = span(sa.Sentence, k, k+2)
	ev.Modality.ReportedBy = ""
	return ev, true
}

// suitCountry: one of as is of country c.
func suitCountry(as []event.Actor, c string) bool {
	for i := range as {
		if as[i].Country == c {
			return true
		}
	}
	return false
}

// clashPair: "Thai troops clashed with Cambodian forces near the temple,
// and both sides accused each other of starting the fighting": with no
// agreement or meeting to refer to, "both sides" or "the two sides"
// doing something to each other are the two sides of the story's last
// fighting (root 19) in this sentence or the one before, when each is a
// single actor of its own state. It returns them as a one-way event
// whose sides orphanSides reads, or nil.
func clashPair(out []event.Event, si int) *event.Event {
	for i := len(out) - 1; i >= 0 && out[i].SentenceIndex >= si-1; i-- {
		e := &out[i]
		if e.CAMEORoot != "19" || e.Mirror != "" || e.Modality.Negated || len(e.Source) != 1 || len(e.Target) != 1 {
			continue
		}
		if c, d := e.Source[0].Country, e.Target[0].Country; c == "" || d == "" || c == d {
			continue
		}
		return &event.Event{Source: inherited(e.Source), Target: inherited(e.Target)}
	}
	return nil
}

// prepObject: the phrase starting at k follows a preposition, past its
// determiners and adjectives ("with the Maldives", "on Qatar").
func prepObject(toks []text.Token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j--
	}
	return j >= 0 && (toks[j].Tag == "IN" || toks[j].Tag == "TO")
}
