package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// topicPreps introduce what a dispute or a deal is about, not who takes
// part in it.
var topicPreps = wordset.Of("over", "about", "regarding", "concerning")

// topicVerbs take what is talked about as their object: "Putin and Trump
// discussed Ukraine by phone" is a call between two, about a third.
var topicVerbs = wordset.Of("discuss", "discussed", "discusses", "discussing",
	"debate", "debated", "debates", "debating")

// topicObject reports whether every target of a reciprocal event with a
// coordinated subject is the object of a topic preposition: in "Greece and
// Turkey traded accusations over Cyprus" the parties are Greece and Turkey
// and Cyprus is the issue, as the Falklands are in "Argentina and Britain
// exchanged angry words over the Falklands", or the object of "discuss"
// ("Russia and China discussed Iran's nuclear programme").
func topicObject(ev *event.Event) bool {
	if len(ev.Target) == 0 {
		return false
	}
	for _, t := range ev.Target {
		if t.Start <= 0 || t.Start > len(ev.Sentence) {
			return false
		}
		before := strings.TrimRight(ev.Sentence[:t.Start], " ")
		// lastWord is lower case; "over the Falklands" skips the article.
		if v := ev.Evidence.Verb; v.End <= t.Start && v.Start >= 0 && v.Start <= v.End && v.End <= len(ev.Sentence) && topicVerbs.Has(strings.ToLower(ev.Sentence[v.Start:v.End])) {
			if gap := strings.TrimSpace(ev.Sentence[v.End:t.Start]); gap == "" || strings.EqualFold(gap, "the") {
				continue // the object of "discussed"
			}
		}
		w := lastWord(before)
		if w == "the" {
			before = strings.TrimRight(before[:len(before)-len(w)], " ")
			w = lastWord(before)
		}
		if !topicPreps.Has(w) && !dealTopic(before, w) {
			return false
		}
	}
	return true
}

// dealNouns name an accord or talks; what follows their "on", or their
// infinitive, is what they settle, not a party: "Italy and Albania signed
// a deal on migrants", "... a deal to process migrants in Albania"
// (lead, s24).
var dealNouns = wordset.Of("deal", "deals", "agreement", "agreements", "accord", "accords",
	"pact", "pacts", "treaty", "memorandum", "talks", "arrangement", "protocol")

// dealTopic: the text before a target ends in "<deal noun> on", or in
// "<deal noun> to" and up to two words of the infinitive's verb phrase.
func dealTopic(before, w string) bool {
	// splitLast (dyads_s24.go) cuts at the space: lastWord's lower-cased
	// copy may be longer than the word ("İ", an invalid byte).
	_, rest := splitLast(before)
	rest = strings.TrimRight(rest, " ")
	if w == "on" {
		return dealNouns.Has(lastWord(rest))
	}
	for n := 0; n < 3 && rest != ""; n++ {
		if w == "to" {
			return dealNouns.Has(lastWord(rest))
		}
		w = lastWord(rest)
		_, rest = splitLast(rest)
		rest = strings.TrimRight(rest, " ")
	}
	return false
}
