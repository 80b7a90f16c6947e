package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// declaredObject (X33): a bare statement (010) read from "declare",
// "proclaim" or "announce" whose verb takes a noun phrase as its object
// rather than a clause: "Kosovo declared independence from Serbia", "the
// electoral commission declared Joko Widodo the winner", "Guaido declared
// himself interim president", "the Kremlin announced the death of
// Chernenko", "announced the formation of a judicial commission". Such a
// verb performs or names an act; it voices no position on anything, which
// is what CAMEO's 010 records, and the complete-listing dev sets list no
// 010 for any of them (they list the act named, when it is one, and code
// nothing for a result read out or a death made known). An act the noun
// names that a line of its own codes ("declared a state of emergency",
// "announced sanctions") is that line's event and is not touched, and an
// object that names an act begun or meant ("announced the start of its
// spring offensive", "announced plans for talks") voices an intent and
// stays a statement. A
// clause after the verb ("declared that ...", "announced it would
// withdraw", "announced tonight that ...") is a statement and stays, as
// does a verb followed by a preposition, a quote or a comma.
func declaredObject(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "010" || h < 0 || h+1 >= len(toks) || !toks[h].IsVerb() {
		return false
	}
	switch toks[h].Lemma {
	case "declare", "proclaim", "announce":
	default:
		return false
	}
	k := h + 1
	start := k
	onlyTime := true
	for ; k < len(toks) && objectWord(toks[k]); k++ {
		if !timeNoun(toks[k].Lower) {
			onlyTime = false
		}
		if toks[k].IsNoun() && intentNoun(toks[k].Lower) {
			return false // "announced the start of their offensive": an intent voiced
		}
	}
	if k == start || onlyTime {
		return false // no object: "declared on Friday", "announced tonight that"
	}
	if k == len(toks) {
		return true
	}
	next := toks[k]
	switch {
	case next.Lower == "that", next.Tag == "MD", next.Tag == "VBD", next.Tag == "VBZ", next.Tag == "VBP":
		return false // a clause: "announced it would withdraw", "declared Moscow had ..."
	case next.Lower == ":" || strings.ContainsAny(next.Text, "\"“”"):
		return false // a quote follows
	}
	return true
}

// objectWord: a word that may stand in a noun phrase right after a verb:
// a determiner, a possessive, a pronoun, an adjective, a number or a noun.
func objectWord(t text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "PRP", "POS", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS":
		return t.Lower != "that"
	}
	return false
}

// intentNoun: a noun of an act begun or meant, which makes an announced
// object a statement of intent ("announced the start of the fighting
// season", "announced plans for a referendum").
func intentNoun(w string) bool {
	switch w {
	case "start", "launch", "beginning", "opening", "plan", "plans", "intention", "intent", "readiness":
		return true
	}
	return false
}

// timeNoun: a noun of time a reporting verb is often followed by before
// its clause ("announced tonight that").
func timeNoun(w string) bool {
	switch w {
	case "today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// interceptedProjectile (X33): a show of force (150) read from "intercept"
// whose thing intercepted is a projectile named before the verb (a
// passive, a relative, a partitive: "300 drones and missiles Iran launched
// had been intercepted by Israel", "most of which were intercepted",
// "missiles ... which Qatar's air defences intercepted") is the air
// defence's use of force in the fight the projectiles belong to (190), as
// "intercepted a drone" already is by its own line; the complete-listing
// dev sets code every such interception 19x or list only the attack.
// A ship, a plane or a boat intercepted ("Kazakh jets intercepted American
// warships", "intercepting them at sea") stays 150.
func interceptedProjectile(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "150" || h < 1 || h >= len(toks) || toks[h].Lemma != "intercept" || !toks[h].IsVerb() {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+4; k++ {
		if toks[k].IsNoun() && !projectileNoun(toks[k].Lower) && !strings.HasPrefix(toks[k].Tag, "NNP") {
			return false // an object of its own after the verb: "intercepted American warships"
		}
		if toks[k].Lower == "," || toks[k].Lower == "." || toks[k].Tag == "IN" {
			break
		}
	}
	lo := h - 20
	if lo < 0 {
		lo = 0
	}
	for k := h - 1; k >= lo; k-- {
		if toks[k].Lower == ";" {
			return false
		}
		if toks[k].IsNoun() && projectileNoun(toks[k].Lower) {
			return true
		}
	}
	return false
}

// bodyInSession (X33): a meeting (040) with no counterpart whose one
// party is a deliberative body met by itself: "the Israeli security
// cabinet met for six hours overnight", "Haiti's transitional
// presidential council held its first meeting", "as Congress met to
// certify the vote". A body's own session is its internal business, no
// consultation between parties; the complete-listing dev sets list none
// (two no-event sentences, one extra root). A body that meets someone
// named ("the council met the UN envoy") has a target and stays, as do
// talks "held" by a delegation or parties, whose head nouns are no body.
func bodyInSession(ev *event.Event) bool {
	if ev.CAMEO != "040" || len(ev.Source) != 1 || len(ev.Target) != 0 || len(ev.Participants) > 1 {
		return false
	}
	words := strings.Fields(strings.ToLower(ev.Source[0].Text))
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "cabinet", "council", "parliament", "congress", "senate", "committee", "assembly", "legislature",
		"knesset", "politburo", "presidium", "duma", "sejm", "bundestag", "majlis", "junta", "board":
		return true
	}
	return false
}

// rejectedAsk (X33): a demand or an appeal named by a noun (roots 10 and
// 02) that is the object of a rejection coded in the same sentence:
// "turned down the opposition's demand for a caretaker administration",
// "rejected the US demand for Maduro's departure". The demand is the
// rejection's given, referred to as a vetoed act is (verb/nominal.go);
// the rejection answers it and is the event, and the complete-listing dev
// sets list the rejection alone in all four such sentences. An ask told
// by a verb ("the United States demanded ... and Cuba rejected the call")
// stays, and so does an offer turned down (the lead's
// TestS20LeadRejectedPurpose: the offer was made, 03x).
func rejectedAsk(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if h < 1 || h >= len(toks) || !toks[h].IsNoun() || ev.Modality.Negated {
		return false
	}
	switch ev.CAMEORoot {
	case "02", "10":
	default:
		return false // an offer turned down stays: it was made (TestS20LeadRejectedPurpose)
	}
	j := h - 1
	for j >= 0 {
		switch toks[j].Tag {
		case "DT", "PDT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH":
			j--
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	v := j
	switch {
	case toks[j].IsVerb() && (toks[j].Lemma == "reject" || toks[j].Lemma == "rebuff" || toks[j].Lemma == "spurn" || toks[j].Lemma == "dismiss"):
	case toks[j].Lower == "down" && j > 0 && toks[j-1].Lemma == "turn":
		v = j - 1
	default:
		return false
	}
	for k := range out {
		if k != i && heads[k] >= 0 && out[k].SentenceIndex == ev.SentenceIndex && out[k].CAMEORoot == "12" && !out[k].Modality.Negated && (heads[k] == v || heads[k] == j) {
			return true
		}
	}
	return false
}

// featureHeadline (X33): a headline that labels its story as comment or
// background ("Analysis: Why Xi may be in no hurry to invade Taiwan",
// "Opinion: ...", "Explainer: ...", "Factbox: ...", Reuters'
// "ANALYSIS-...") or that opens an explanation with "Why", "How" or
// "What" and a colon ("Why Japan accepts so few refugees: a tradition of
// ...") reports no act: what follows is the writer's account of a
// situation, and the complete-listing dev sets list every such line as a
// no-event sentence. A question of the news ("Will Iran retaliate?") or a
// "What" clause that is a sentence's subject with no colon is not such a
// headline.
func featureHeadline(toks []text.Token) bool {
	if len(toks) < 3 {
		return false
	}
	first := toks[0].Lower
	for _, l := range []string{"analysis", "opinion", "explainer", "factbox", "commentary", "comment", "editorial", "column", "insight"} {
		if first == l && toks[1].Lower == ":" || strings.HasPrefix(first, l+"-") {
			return true
		}
	}
	switch first {
	case "why", "how", "what":
	default:
		return false
	}
	colon := false
	for _, t := range toks[1:] {
		switch t.Lower {
		case ":":
			colon = true
		case "?":
			return false
		}
	}
	return colon
}

// siegeEndedByForce (X33): an eased blockade (0872) read from "to end the
// siege/blockade" that states the purpose of another act the same side
// does in the sentence: "Police stormed a cafe to end a 16-hour siege by a
// gunman", "Trudeau invoked the Emergencies Act to end the trucker
// blockades". CAMEO's 0872 is the blockader's concession; here the
// subject breaks someone else's siege by force or coercion (an act of
// roots 15-20 before it), and that act (the storming, the emergency
// powers) is the event. The complete-listing dev
// sets list the act alone in all four such sentences. A blockader's own
// end ("agreed to end the blockade", "reopened the corridor to end the
// blockade") has a verb of intent before "to" or no force of its side
// before it, and stays.
func siegeEndedByForce(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "0872" || h < 2 || h >= len(toks) || toks[h].Lemma != "end" || toks[h-1].Lower != "to" || len(ev.Source) == 0 {
		return false
	}
	switch toks[h-2].Lemma {
	case "agree", "vow", "pledge", "promise", "decide", "offer", "plan", "try", "seek", "refuse", "move", "deal", "agreement", "ready", "willing":
		return false // the blockader's own intent: "agreed to end the blockade"
	}
	for k := range out {
		o := &out[k]
		if k != i && heads[k] >= 0 && heads[k] < h && o.SentenceIndex == ev.SentenceIndex && !o.Modality.Negated && o.CAMEORoot >= "15" && len(o.Source) > 0 && o.Source[0].Country == ev.Source[0].Country {
			return true // a force or a coercion of its own breaks the siege
		}
	}
	return false
}

// paradeSetting (X33): a military parade (150) named after "at", "during"
// or "in" as the scene of another act: "Sadat was assassinated during a
// military parade", "blames Colombia for drone attack at military
// parade". The parade is where the news happened, not a show of force
// reported; the complete-listing dev sets and the team probe list the
// attack alone. A parade held or staged ("Syria held a military parade to
// show its strength") stays.
func paradeSetting(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "150" || h < 1 || h+1 >= len(toks) {
		return false
	}
	// The line's head is "military" ("{military} {parade|parades}").
	if toks[h].Lower != "parade" && toks[h].Lower != "parades" && toks[h+1].Lower != "parade" && toks[h+1].Lower != "parades" {
		return false
	}
	j := h - 1
	for j >= 0 {
		switch toks[j].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH":
			j--
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "at", "during", "in":
		return true
	}
	return false
}
