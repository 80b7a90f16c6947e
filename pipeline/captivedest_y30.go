package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// carryVerbs: verbs of carrying people off after a taking ("took them back
// to Gaza", "carried them across the border into", "moved them to").
var carryVerbs = wordset.Of("take", "carry", "bring", "move", "transfer",
	"drive", "ferry", "spirit", "smuggle", "whisk", "transport", "march", "fly")

// captivesDestination keeps the place captives were carried to from
// lending them its state: "seized 40 hostages and took them back to
// Gaza", "abducted the workers and took them by boat to the southern
// Philippines". A bare captive noun ("hostages", "the workers") took no
// state from the text, and the story lent it the one state the sentence
// names; but where captives are taken is their captor's ground, not who
// they are. When the lent state is that destination's, the captives take
// the one other state the sentence names beyond their captor's ("from a
// Malaysian resort", "into southern Israel"), or none.
func captivesDestination(ev *event.Event, sa *SentenceAnalysis, isState func(string) bool) {
	if ev.CAMEO != "181" && ev.CAMEO != "173" || len(ev.Source) != 1 || len(ev.Target) != 1 {
		return
	}
	src, tgt := ev.Source[0], ev.Target[0]
	if tgt.Country == "" {
		return
	}
	toks := sa.Sentence.Tokens
	dest, at, ok := carriedTo(sa, toks, ev.Evidence.Verb.Start)
	if !ok || dest != tgt.Country {
		return
	}
	// the destination itself taken for the target ("taking 251 hostages
	// back to Gaza" → Gaza) or the captives lent its state
	isDest := tgt.End > tgt.Start && tgt.Start >= 0 && tokenAt(toks, tgt.Start) == at
	if !isDest && !lentTarget(sa, toks, tgt) {
		return
	}
	other, name := "", ""
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			c := actor.CameoCountry(ph.Country)
			if ph.Inferred || ph.Foreign || c == "" || c == src.Country || c == dest || !isState(c) {
				continue
			}
			if other != "" && other != c {
				other = "-" // two others: say none
			}
			if other == "" {
				other, name = c, apposedName(toks, ph.Start, ph.End)
			}
		}
	}
	if other == "-" {
		other = ""
	}
	switch {
	case other == "" && isDest:
		ev.Target = nil // only the place was named: no target
	case other == "":
		ev.Target[0].Country, ev.Target[0].Code = "", "---"+tgt.Sector
	default:
		ev.Target[0].Country, ev.Target[0].Code = other, other+tgt.Sector
		if isDest {
			ev.Target[0].Text, ev.Target[0].Start, ev.Target[0].End = name, -1, -1
		}
	}
}

// lentTarget: the target is a bare noun whose state the story lent it (a
// phrase marked inferred, or no span of its own), with no capitalised word.
func lentTarget(sa *SentenceAnalysis, toks []text.Token, tgt event.Actor) bool {
	if tgt.Start < 0 || tgt.End <= tgt.Start {
		return true
	}
	b, e := tokenAt(toks, tgt.Start), tokenAt(toks, tgt.End)
	if e > len(toks) {
		e = len(toks)
	}
	for j := b; j < e; j++ {
		if capitalOpen(toks[j].Text) {
			return false
		}
	}
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Start >= b && ph.End <= e+1 && ph.End > b {
				return ph.Inferred
			}
		}
	}
	return false
}

// carriedTo finds "and took them (back) (by boat) to/into X" after the
// verb at byte offset verb, or "taking 40 hostages back to X" on the verb
// itself, and returns X's state and X's first token.
func carriedTo(sa *SentenceAnalysis, toks []text.Token, verb int) (string, int, bool) {
	v := tokenAt(toks, verb)
	for j := v; j < len(toks) && j <= v+20; j++ {
		if toks[j].Text == "." || toks[j].Text == ";" {
			return "", -1, false
		}
		if !toks[j].IsVerb() || !carryVerbs.Has(toks[j].Lemma) {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+10; k++ {
			if toks[k].Text == "," || toks[k].Text == "." || toks[k].Lower == "and" {
				break
			}
			if toks[k].Lower != "to" && toks[k].Lower != "into" {
				continue
			}
			p := k + 1
			for p < len(toks) && (toks[p].Tag == "DT" || toks[p].Tag == "JJ" && !capitalOpen(toks[p].Text)) {
				p++ // "to the southern Philippines"
			}
			for gi := range sa.Groups {
				for _, ph := range sa.Groups[gi].Phrases {
					if ph.Start == p && !ph.Inferred && ph.Country != "" {
						return actor.CameoCountry(ph.Country), p, true
					}
				}
			}
		}
		return "", -1, false
	}
	return "", -1, false
}
