package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// subordinators open an adverbial clause of time or cause whose own
// subject and finite verb follow ("after Ottawa ordered out ...", "as
// Georgian forces shelled ...", "because Israel had closed ...").
var subordinators = wordset.Of("after", "as", "while", "when", "because", "since", "before", "until", "once", "whereas")

// subjectAuxes may stand between a clause's subject and its finite
// verb without ending the subject ("after Iran had fired", "as China
// also began").
var subjectAuxes = wordset.Of("had", "has", "have", "also", "again", "reportedly", "allegedly", "first", "then", "just", "already", "repeatedly")

// subordinateSubject (C40): an event whose verb is the finite verb of
// an adverbial clause ("..., a day after Ottawa ordered out an Indian
// officer", "... after UN experts criticised the killings", "... after
// French helicopters and U.N. forces pounded his weapons") has that
// clause's subject as its source: in English the noun phrase between a
// subordinating conjunction and its clause's finite verb is the verb's
// subject. The pairing of actors with verbs by nearness lends such a
// verb the main clause's subject instead, and sometimes makes its own
// subject its target. The rule gives the event its clause's subject as
// source when the source it holds stands before the conjunction, i.e.
// in another clause; a target that was the clause's own subject becomes
// the displaced main-clause actor, the only other party the two clauses
// name (CAMEO codes the subordinate act between its own subject and the
// party it acts on, which in "X struck back after Y pounded X" is X).
// Passive clauses ("after Iran was attacked by ...") are left alone:
// their subject is the target.
func subordinateSubject(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	if h <= 1 || h >= len(toks) || len(ev.Source) == 0 || ev.Mirror != "" {
		return
	}
	switch toks[h].Tag {
	case "VBD", "VBZ", "VBP":
	default:
		return
	}
	subj, s := clauseSubjectBefore(sa, h)
	if len(subj) == 0 {
		return
	}
	cut := toks[s].Start
	for _, a := range ev.Source {
		if a.End == 0 || a.Start >= cut {
			return // the source is already in the verb's clause (or no phrase)
		}
	}
	for _, ph := range subj {
		if ph.Country == "" && (ph.Code == "" || strings.HasPrefix(ph.Code, "---")) || ph.Inferred {
			return // "after the two men shook hands": no side named
		}
	}
	old := ev.Source
	ev.Source = ev.Source[:0:0]
	for _, ph := range subj {
		ev.Source = append(ev.Source, toActor(sa.Sentence, ph, ""))
	}
	for _, t := range ev.Target {
		if t.End > 0 && t.Start >= cut && t.End <= toks[h].Start || t.End <= 0 && sameCountryAs(t, subj) {
			// the clause's own subject held as target: the other clause's
			// actor is the one acted on
			ev.Target = old
			break
		}
	}
}

// clauseSubjectBefore finds the subject of the finite verb at h when it
// opens an adverbial clause: the subordinator at s, then a noun phrase
// holding one or more actor phrases (coordinated with "and" or commas),
// then only auxiliaries or adverbs before the verb. It returns the
// phrases and s, or nil.
func clauseSubjectBefore(sa *SentenceAnalysis, h int) ([]actor.Phrase, int) {
	toks := sa.Sentence.Tokens
	k := h - 1
	for k > 0 && (subjectAuxes.Has(toks[k].Lower) || toks[k].Tag == "RB") {
		k--
	}
	// the subject noun phrase: walk back over noun-phrase tokens
	s := -1
	for j := k; j >= 0 && j >= k-10; j-- {
		t := &toks[j]
		if subordinators.Has(t.Lower) && (t.Tag == "IN" || t.Tag == "WRB" || t.Tag == "RB") {
			s = j
			break
		}
		if !subjectNPTag(t) {
			return nil, -1
		}
	}
	if s < 0 || s+1 > k {
		return nil, -1
	}
	var subj []actor.Phrase
	for _, g := range sa.Groups {
		if g.Start <= s && g.End > s {
			return nil, -1 // "Britain, France, and Germany triggered": one subject
		}
		for _, ph := range g.Phrases {
			// a country adjective in the subject ("after French
			// helicopters pounded") names the agent
			if ph.Start > s && ph.End <= k+1 {
				subj = append(subj, ph)
			}
		}
	}
	if len(subj) == 0 {
		return nil, -1
	}
	return subj, s
}

// subjectNPTag: the token may stand inside a clause subject's noun
// phrase ("the UN's human rights experts", "French helicopters and U.N.
// forces", "Kim Yo Jong, the leader's sister,").
func subjectNPTag(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "HYPH", "CC", "VBN", "VBG":
		return true
	}
	switch t.Lower {
	case "-", ".", "'s":
		return true
	}
	return false
}

// sameCountryAs: the actor t, which no phrase of the sentence names (a
// side filled from a place or the story), is of one of the phrases'
// states.
func sameCountryAs(t event.Actor, phs []actor.Phrase) bool {
	for _, ph := range phs {
		if t.Country != "" && ph.Country == t.Country {
			return true
		}
	}
	return false
}
