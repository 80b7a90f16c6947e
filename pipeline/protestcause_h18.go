package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// protestCause: a protest whose target was found inside the "of" phrase
// of an arrest, a jailing or a death it answers ("Protests erupted across
// Pakistan after the arrest of Imran Khan", "crowds protested in Lagos
// over the killing of a student") is made for that person, not against
// them: it is aimed at whoever arrested or killed them. When that party
// is named ("the killing of George Floyd by police") the coders found it
// already; else the state of the place the protest happened in is the
// one it is aimed at, as the state arrests and answers for deaths in its
// custody. With no place there is no telling whose act it was: the
// target stays.
func (p *Pipeline) protestCause(ev *event.Event, toks []text.Token) {
	if ev.CAMEORoot != "14" || len(ev.Target) == 0 || ev.Target[0].Start < 0 || ev.Location == nil || ev.Location.Country == "" {
		return
	}
	k := tokenAt(toks, ev.Target[0].Start)
	if k >= len(toks) || toks[k].Start != ev.Target[0].Start {
		return
	}
	of := -1
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].Lower == "of" {
			of = j
			break
		}
		if !causeModifier(toks[j].Tag) {
			return
		}
	}
	if of < 1 || !causeNoun(toks[of-1].Lower) {
		return
	}
	j := of - 2
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ") {
		j--
	}
	if j < 0 {
		// "The arrest of X sparked protests": the cause is the subject.
	} else if !causeLink(toks[j].Lower) {
		return
	}
	end := tokenAt(toks, ev.Target[len(ev.Target)-1].End)
	for m := end; m < len(toks) && m < end+8; m++ {
		w := toks[m].Lower
		if w == "by" {
			return // its agent is named: that one's sides were read already
		}
		if w == "," || w == ";" || w == "and" || toks[m].Tag == "WDT" {
			break
		}
	}
	c := actor.CameoCountry(ev.Location.Country)
	if c == "" {
		return
	}
	ev.Target = p.stateSide(c)
}

// causeNoun: the acts done to a person that protests answer on that
// person's behalf.
func causeNoun(w string) bool {
	switch w {
	case "arrest", "arrests", "detention", "detentions", "jailing", "imprisonment", "death", "deaths",
		"killing", "killings", "murder", "shooting", "execution", "abduction", "kidnapping",
		"disappearance", "beating", "torture", "sentencing", "conviction":
		return true
	}
	return false
}

// causeLink: the words that tie a protest to the act it answers.
func causeLink(w string) bool {
	switch w {
	case "after", "following", "over", "against", "at", "amid":
		return true
	}
	return false
}

func causeModifier(tag string) bool {
	switch tag {
	case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS", "VBN", "HYPH":
		return true
	}
	return false
}
