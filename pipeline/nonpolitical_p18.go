package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Events coded where no political act happened (P18): what a film or
// novel narrates, harm done by an accident or an animal, a firm or a
// school disciplining its own customers or pupils, a verdict on a state of
// affairs with nobody in it, and a building searched for a person. Each is judged on
// the event's head token and its sentence, after the event is built.

// nonPolitical reports an event that P18's rules find no political act in.
func nonPolitical(ev *event.Event, toks []text.Token, head int) bool {
	return privateDiscipline(ev) || fictionNarrated(toks, head) || violentOrCoercive(ev.CAMEORoot) && accidentAgent(toks, head) || impersonalVerdict(ev, toks, head) || manhunt(ev, toks, head) || safetyEvacuation(ev, toks, head) || misfireR19(ev, toks, head)
}

// violentOrCoercive: the roots an accident's damage is mistaken for
// (protest violence, coercion, assault, fighting, mass violence).
func violentOrCoercive(r string) bool { return r == "14" || r == "17" || violentRoot(r) }

// fictionNarrated: the head is told by a work of fiction, not done in the
// world ("The film follows a Kurdish fighter who captures an Islamic State
// commander", "In the novel, a rebel army seizes the capital", "The
// actress plays a journalist who is arrested", "The assassination of the
// president is the premise of the new series"). What is done to the work
// ("The government banned the film, which depicts ...") comes before the
// frame and stays, and so does a real act the frame's sentence reports
// after it in a clause of its own.
func fictionNarrated(toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	// "In the novel, ...": a fronted fiction setting covers the sentence.
	if len(toks) > 3 && strings.EqualFold(toks[0].Text, "in") {
		for k := 1; k < len(toks) && k < 6; k++ {
			if toks[k].Text == "," {
				if k > 1 && fictionNouns.Has(toks[k-1].Lower) && head > k {
					return true
				}
				break
			}
		}
	}
	// "The film tells/depicts/follows/is about ...": a fiction noun as the
	// subject of a narrating verb before the head.
	for k := 0; k < head; k++ {
		if !fictionNouns.Has(toks[k].Lower) || !strings.HasPrefix(toks[k].Tag, "NN") && toks[k].Tag != "JJ" {
			continue
		}
		v := k + 1
		for v < head && (toks[v].Tag == "RB" || toks[v].Tag == "," || toks[v].Tag == "WDT") { // "the film, which depicts
			v++
		}
		if v >= head {
			continue
		}
		// The tagger often reads the verb after the noun as a plural
		// noun ("The opera tells/NNS of a king").
		if narrateVerbs.Has(toks[v].Lemma) && (strings.HasPrefix(toks[v].Tag, "VB") || toks[v].Tag == "NNS") {
			return true
		}
		if toks[v].Lemma == "be" && v+1 < head && (toks[v+1].Lower == "about" || toks[v+1].Lower == "set") {
			return true // "the play is about a queen who ...", "is set in a country where ..."
		}
	}
	// "plays a spy who kidnaps ...": an actor's role.
	for k := 0; k+2 < head; k++ {
		if toks[k].Lemma != "play" || !strings.HasPrefix(toks[k].Tag, "VB") {
			continue
		}
		if d := toks[k+1].Lower; d != "a" && d != "an" {
			continue
		}
		for j := k + 2; j < head && j < k+7; j++ {
			if toks[j].Lower == "who" || toks[j].Lower == "whose" {
				return true
			}
		}
	}
	// "The kidnapping of X was the plot of the new film".
	for k := head; k+3 < len(toks) && k < head+12; k++ {
		if toks[k].Lemma != "be" || toks[k+1].Lower != "the" || !plotNouns.Has(toks[k+2].Lower) {
			continue
		}
		for j := k + 3; j < len(toks) && j < k+9; j++ {
			if fictionNouns.Has(toks[j].Lower) {
				return true
			}
		}
	}
	return false
}

var (
	// Works that narrate. Not "book", "report", "video" or "memoir": a
	// memoir's or a report's account of real acts is a report of them.
	fictionNouns = wordset.Of("film", "films", "movie", "movies", "novel", "novels", "play", "opera", "musical", "thriller", "documentary", "series", "miniseries", "drama", "sitcom", "episode", "biopic", "comedy", "game", "screenplay", "script", "cartoon", "novella", "ballet", "blockbuster")
	narrateVerbs = wordset.Of("tell", "depict", "portray", "follow", "recount", "chronicle", "imagine", "dramatise", "dramatize", "centre", "center", "revolve", "show", "feature", "describe", "explore", "retell", "narrate", "star")
	plotNouns    = wordset.Of("plot", "premise", "storyline", "plotline")
)

// accidentAgent: the passive's agent is an accident, the weather or an
// animal ("A school bus was set alight by a short circuit", "Three people
// were killed by lightning", "a farmer was killed by an elephant"): no one
// acted. Only the agent right after "by" counts, so "killed by Israeli
// fire" (gunfire, with its shooter's adjective) and "set ablaze by rebels"
// stay.
func accidentAgent(toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	for k := head + 1; k < len(toks) && k < head+5; k++ {
		if toks[k].Lower != "by" {
			if toks[k].Tag == "IN" && toks[k].Lower != "on" || toks[k].Tag == "," {
				return false
			}
			continue
		}
		j := k + 1
		modified := false
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "VBG") {
			if toks[j].Tag != "DT" {
				modified = true
			}
			j++
		}
		// The head noun of the agent: the last of a run of nouns ("a short
		// circuit", "an electrical fault", "the floods").
		for j+1 < len(toks) && strings.HasPrefix(toks[j].Tag, "NN") && strings.HasPrefix(toks[j+1].Tag, "NN") {
			modified = true
			j++
		}
		if j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "NN") {
			return false
		}
		w := toks[j].Lower
		if blazeNouns.Has(w) {
			// "by fire", "by a fire": the blaze itself; "by army fire",
			// "by Israeli fire" is shooting.
			return !modified
		}
		return accidentNouns.Has(w)
	}
	return false
}

var (
	accidentNouns = wordset.Of("circuit", "fault", "faults", "wiring", "lightning", "storm", "storms", "flood", "floods", "floodwaters", "earthquake", "quake", "tremor", "tremors", "landslide", "landslides", "mudslide", "rockfall", "avalanche", "cyclone", "hurricane", "typhoon", "tornado", "winds", "rain", "rains", "tsunami", "heatwave", "drought",
		"elephant", "elephants", "shark", "sharks", "dog", "dogs", "bear", "bears", "lion", "lions", "tiger", "tigers", "crocodile", "crocodiles", "snake", "snakes", "leopard", "hippo", "hippopotamus", "bull", "wolves", "wolf")
	blazeNouns = wordset.Of("fire", "fires", "blaze", "flames")
)

// privateDiscipline: a firm, a school or a club threatening, penalising,
// suing or expelling its own customers, pupils or members, or another
// private party ("The airline introduced penalties on late passengers",
// "The school expelled three pupils for bullying", "The insurer
// threatened to sue the hospital"): the rules of a business or a club are
// no state's coercion. Aimed at a state, a party, workers or an armed
// group ("Gazprom threatened to cut gas to Ukraine", "the company
// threatened to fire striking workers"), or done by a state firm, it
// stays; so does violence.
func privateDiscipline(ev *event.Event) bool {
	switch {
	case ev.CAMEORoot == "13", ev.CAMEORoot == "16":
	case strings.HasPrefix(ev.CAMEO, "115"), strings.HasPrefix(ev.CAMEO, "172"), ev.CAMEO == "174":
	default:
		return false
	}
	if len(ev.Source) == 0 {
		return false
	}
	for i := range ev.Source {
		a := &ev.Source[i]
		switch {
		case a.Sector == "BUS" && !stateOwned(a.Text), a.Sector == "EDU", a.Sector == "MED" && !stateOwned(a.Text):
		case a.Sector == "CVL" && clubNouns.Has(lastWord(a.Text)):
		default:
			return false
		}
	}
	for i := range ev.Target {
		switch ev.Target[i].Sector {
		case "CVL", "BUS", "EDU", "HLH", "MED":
		default:
			return false
		}
	}
	return true
}

var clubNouns = wordset.Of("club", "clubs")

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// impersonalVerdict: a verdict with nobody to blame, said of a state of
// affairs in a clause after it ("The mayor said it was outrageous that
// buses were late", "it is unacceptable that patients wait months"):
// criticism of a thing, not of an actor. When the clause names an actor,
// the target is found there, so only a verdict with no target and such a
// clause is dropped; a bare "This is outrageous" keeps its event.
func impersonalVerdict(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "111" || len(ev.Target) > 0 || head < 0 || head+1 >= len(toks) {
		return false
	}
	k := head + 1
	if toks[k].Lower == "that" || toks[k].Lower == "how" || toks[k].Lower == "when" {
		return true
	}
	return toks[k].Lower == "to" && k+1 < len(toks) && toks[k+1].Tag == "VB"
}

// manhunt: a building searched for a person ("Police searched Buckingham
// Palace, the Queen's residence, for the intruder", "searched the hotel
// for the gunman") is a hunt or a rescue, not the seizure of property
// that 171 codes; searched for papers or weapons, or with nothing said,
// it stays a search.
func manhunt(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "171" || head < 0 || head >= len(toks) || toks[head].Lemma != "search" {
		return false
	}
	for k := head + 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "for" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "CD" || toks[j].Lower == "missing") {
			j++
		}
		return j < len(toks) && soughtPeople.Has(toks[j].Lower)
	}
	return false
}

var soughtPeople = wordset.Of("intruder", "intruders", "suspect", "suspects", "gunman", "gunmen", "fugitive", "fugitives", "survivors", "survivor", "bodies", "body", "victims", "boy", "boys", "girl", "girls", "child", "children", "man", "woman", "men", "women", "escapees", "escapee", "killer", "killers", "attacker", "attackers", "culprit", "culprits", "shooter", "burglar", "burglars", "thief", "thieves", "hiker", "hikers", "teenager", "toddler", "person", "people")
