package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// unlendAgentless takes back the source placeAsSource lent a violent act
// (the place's bare state, spanning the place) when its clause tells no
// agent at all: the place it happened in has no one to stand for. It runs
// after every side rule, so the victims keep the state the place gave
// them through the lent source ("A truck bomb killed 30 people in Baghdad"
// ---→IRQ).
//
// No agent is told when the clause's subject is
// the weapon that did it The clause's subject is
// the weapon that did it ("A car bomb killed seven people in Oslo", "Two
// bombs exploded near the convoy in Karachi", "A series of bombings tore
// through churches in Sri Lanka") or one unnamed attacker ("A gunman shot
// dead four men in Darwin"), or the act is told in the passive with no
// "by" ("was stabbed in the stomach during a campaign event in Minas
// Gerais"). A bomb or a lone gunman is no state's act: CAMEO codes an
// actor only when the text names one, and the dev sets' complete listings
// write such a source "---". A subject that names some group, even one the
// dictionaries do not know ("An alliance of ethnic armed groups attacked
// posts in Shan state", "Dogon hunters killed villagers in Mali"), is
// still lent the place's state as a local party (placeAsSource), and so
// are many victims in the passive ("Three soldiers were killed near
// Kismayo"), the convention of S9 and the PLOVER gold for harm at home.
func unlendAgentless(ev *event.Event, toks []text.Token) {
	l := ev.Location
	if len(ev.Source) != 1 || l == nil || !violentRoot(ev.CAMEORoot) {
		return
	}
	if a := ev.Source[0]; a.Start != l.Start || a.End != l.End || a.Sector != "" || a.Code != a.Country || !noAgentTold(ev, toks) {
		return // not the place's state lent by placeAsSource
	}
	ev.Source = nil
}

// noAgentTold: the clause of ev's verb names no agent (see unlendAgentless).
func noAgentTold(ev *event.Event, toks []text.Token) bool {
	if len(toks) == 0 || ev.Evidence.Verb.End <= ev.Evidence.Verb.Start {
		return false
	}
	h := tokenAt(toks, ev.Evidence.Verb.Start)
	if h >= len(toks) || toks[h].Start != ev.Evidence.Verb.Start {
		return false
	}
	if agentlessPassive(toks, h) {
		return true
	}
	head := subjectHead(toks, h)
	if head >= 0 && anaphoricSubject(toks, head) {
		return false // "the strikes", "these attacks": an act told before, whose agent the story named
	}
	return head >= 0 && (weaponSubjects.Has(toks[head].Lower) || loneAttackers.Has(toks[head].Lower) && singularOpen(toks, head))
}

// agentlessPassive: the verb at h is a participle after a form of "be" or
// "get" (an adverb between allowed) whose subject ends in a proper name
// (one named person: "Jo Cox was shot"), and no "by" follows it in its
// clause.
func agentlessPassive(toks []text.Token, h int) bool {
	if toks[h].Tag != "VBN" {
		return false
	}
	b := h - 1
	if b >= 0 && toks[b].Tag == "RB" {
		b--
	}
	if b < 1 || toks[b].Lemma != "be" && toks[b].Lemma != "get" || toks[b-1].Tag != "NNP" {
		return false // the one named person the attack was on: "Jo Cox was shot"
	}
	for j := h + 1; j < len(toks); j++ {
		switch toks[j].Lower {
		case "by":
			return false
		case ",", ";", ":":
			return true
		}
	}
	return true
}

// subjectHead is the head noun of the clause's subject before the verb at
// h: the noun run that opens the clause (the sentence's start or right
// after a subordinator or a semicolon), with "series/string/wave of" read
// through; -1 when the clause does not open with a noun phrase that runs
// up to a preposition or the verb.
func subjectHead(toks []text.Token, h int) int {
	s := 0
	for j := h - 1; j >= 0; j-- {
		if toks[j].Lower == ";" || toks[j].Lower == ":" || subjectOpeners.Has(toks[j].Lower) {
			s = j + 1
			break
		}
	}
	head := -1
	j := s
	for ; j < h; j++ {
		t := toks[j]
		switch {
		case t.Tag == "NN" || t.Tag == "NNS" || loneAttackers.Has(t.Lower) || weaponSubjects.Has(t.Lower):
			head = j // the tagger reads "gunman" before a verb as an adjective
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "VBN" && head < 0 || t.Lower == "-" || t.Tag == "HYPH":
		case t.Lower == "of" && head >= 0 && seriesNouns.Has(toks[head].Lower):
			head = -1
		default:
			if head < 0 {
				return -1
			}
			if t.Tag != "IN" && t.Tag != "RB" && t.Tag != "MD" && j != h {
				return -1
			}
			return head
		}
	}
	return head
}

// singularOpen: the noun at k is singular and its phrase opens with "a"
// or "an" ("a gunman", "an attacker"), one person the text does not name.
func singularOpen(toks []text.Token, k int) bool {
	if toks[k].Tag == "NNS" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Lower == "a" || toks[j].Lower == "an" {
			return true
		}
		if toks[j].Tag != "JJ" && toks[j].Tag != "NN" && toks[j].Tag != "CD" && toks[j].Lower != "-" {
			return false
		}
	}
	return false
}

// weaponSubjects are the nouns that tell an attack by what did it, with
// no one named as having done it.
var weaponSubjects = wordset.Of("bomb", "bombs", "bombing", "bombings", "explosion", "explosions", "blast", "blasts", "device", "devices", "ied", "ieds", "landmine", "landmines", "grenade", "grenades", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells", "shelling")

// loneAttackers name one person by the attack alone.
var loneAttackers = wordset.Of("gunman", "attacker", "assailant", "bomber", "knifeman", "sniper")

// seriesNouns count what follows "of" ("a series of bombings").
var seriesNouns = wordset.Of("series", "string", "wave", "spate", "pair", "number")

// subjectOpeners open a clause whose subject follows them.
var subjectOpeners = wordset.Of("after", "when", "as", "before", "since", "because", "while", "until", "though", "although", "where", "and", "but")

// anaphoricSubject: the subject phrase whose head is at k opens with a
// definite determiner or a possessive pronoun, so it names an act the
// story told before ("the strikes", "these attacks", "its missiles").
func anaphoricSubject(toks []text.Token, k int) bool {
	j := k
	for j > 0 && (toks[j-1].Tag == "JJ" || toks[j-1].Tag == "NN" || toks[j-1].Tag == "CD" || toks[j-1].Lower == "-") {
		j--
	}
	if j == 0 {
		return false
	}
	switch toks[j-1].Lower {
	case "the", "this", "these", "those", "that", "its", "their", "his", "her":
		return true
	}
	return false
}
