package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// firingLemmas send a weapon in flight on its way.
var firingLemmas = wordset.Of("fire", "launch")

// interceptAuxes may stand between a passive interception's weapons
// clause and its verb ("missiles Iran launched overnight had been
// intercepted").
var interceptAuxes = wordset.Of("had", "has", "have", "been", "was", "were", "is", "are", "be", "being", "later", "all", "overnight", "successfully")

// firedAtDefender (Q40): an interception whose weapons are said to have
// been fired by a named state ("intercepted all 18 missiles Russia fired
// at Kyiv", "shot down three drones launched by Houthi rebels", "a drone
// launched from Yemen was intercepted", "300 drones and missiles Iran
// launched had been intercepted by Israel") tells of two acts: the
// defender's interception (the event coded, the defender its source)
// and the firer's strike on the defender, which CAMEO codes with the
// firer as source (195 for missiles and rockets, 1952 for drones, 194
// for shells). The sentence names the firer, so the strike's sides are
// the firer and the defender; the interception keeps its own. A weapon
// with no named firer ("shot down 43 of them", "a missile fired at
// Riyadh") tells of no second side, and nothing is added. head is the
// interception's head token.
func (p *Pipeline) firedAtDefender(ev *event.Event, sa *SentenceAnalysis, head int) []event.Event {
	// (An interception of a weapon is coded 150 or 19x; the 150 is
	// made 190 only after the events are assembled.)
	if !violentRoot(ev.CAMEORoot) && ev.CAMEORoot != "15" || ev.Modality.Negated || ev.Modality.Hypothetical || ev.Modality.Future || len(ev.Source) == 0 {
		return nil
	}
	def := ev.Source[0]
	toks := sa.Sentence.Tokens
	if def.Country == "" || head < 0 || head >= len(toks) || !interceptHead(toks, head) {
		return nil
	}
	f, n := firingClause(toks, head)
	if f < 0 {
		return nil
	}
	firer, ok := firerOf(sa, f)
	if !ok || firer.Country == "" || firer.Country == def.Country || firer.Inferred {
		return nil
	}
	code := "195"
	switch toks[n].Lower {
	case "drone", "drones", "uav", "uavs":
		code = "1952"
	case "shell", "shells", "mortar", "mortars":
		code = "194"
	}
	c := *ev
	if !p.recodeEvent(&c, code) {
		return nil
	}
	c.Source = []event.Actor{toActor(sa.Sentence, firer, "")}
	c.Target = []event.Actor{def}
	c.Evidence.Verb = event.Span{Text: toks[f].Text, Start: toks[f].Start, End: toks[f].End}
	c.Mirror = ""
	c.Participants = nil
	return []event.Event{c}
}

// interceptHead: the token at h brings a weapon in flight down
// ("intercepted", "shot down", "downed").
func interceptHead(toks []text.Token, h int) bool {
	switch {
	case toks[h].Lemma == "intercept":
		return true
	case toks[h].Lemma == "shoot":
		return h+1 < len(toks) && toks[h+1].Lower == "down"
	case toks[h].Lower == "downed":
		return true
	}
	return false
}

// firingClause finds the clause that fires the intercepted weapons: f is
// the firing verb's token, n the weapon noun's. Active: the weapons
// follow the head within a noun phrase ("intercepted all 18 missiles
// Russia fired"); passive: they precede it, with only auxiliaries and
// time words between ("missiles Iran launched overnight had been
// intercepted"). f is -1 when there is none.
func firingClause(toks []text.Token, h int) (f, n int) {
	// active: the object's noun phrase, then the firing clause right after it
	start := h + 1
	if toks[h].Lemma == "shoot" {
		start = h + 2
	}
	for k := start; k < len(toks) && k <= start+8; k++ {
		t := &toks[k]
		if projectileNouns.Has(t.Lower) {
			n = k
			for n+2 < len(toks) && toks[n+1].Lower == "and" && projectileNouns.Has(toks[n+2].Lower) {
				n += 2 // "drones and missiles"
			}
			if f = firedAfter(toks, n); f >= 0 {
				return f, n
			}
			return -1, -1
		}
		if !nounPhraseTag(t) {
			break
		}
	}
	// passive: "... launched (overnight) had been intercepted"
	if toks[h].Tag != "VBN" {
		return -1, -1
	}
	k := h - 1
	for k >= 0 && interceptAuxes.Has(toks[k].Lower) {
		k--
	}
	if k < 1 || !firingLemmas.Has(toks[k].Lemma) {
		return -1, -1
	}
	// the weapon noun before the firer ("missiles Iran launched") or
	// right before a participle ("a drone launched from Yemen")
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if projectileNouns.Has(toks[j].Lower) {
			if firedAfter(toks, j) == k {
				return k, j
			}
			return -1, -1
		}
	}
	return -1, -1
}

// firedAfter: the weapon noun at n is followed by the clause that fires
// it: a contact relative with a named subject ("missiles Russia fired",
// up to four words of subject) or a participle ("missiles fired by
// Iran", "a drone launched from Yemen"). It returns the firing verb's
// token or -1.
func firedAfter(toks []text.Token, n int) int {
	if n+1 >= len(toks) {
		return -1
	}
	if firingLemmas.Has(toks[n+1].Lemma) && toks[n+1].Tag == "VBN" {
		if n+2 < len(toks) && (toks[n+2].Lower == "by" || toks[n+2].Lower == "from") {
			return n + 1
		}
		return -1
	}
	for k := n + 1; k < len(toks) && k <= n+5; k++ {
		switch toks[k].Tag {
		case "NNP", "NNPS", "POS", "DT":
			continue
		case "VBD", "VBN":
			if k > n+1 && firingLemmas.Has(toks[k].Lemma) && (toks[n+1].Tag == "NNP" || toks[n+1].Tag == "NNPS" || toks[n+1].Tag == "DT") {
				return k
			}
		}
		return -1
	}
	return -1
}

// nounPhraseTag: the token may stand inside an object's noun phrase
// before its head ("all 18", "more than 300", "two Iranian").
func nounPhraseTag(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNP", "NNPS", "HYPH", "RB":
		return true
	}
	switch t.Lower {
	case "of", "than", "-", "down":
		return true
	}
	return false
}

// firerOf: the actor phrase that fired: the subject just before the
// firing verb at f ("Russia fired"), or the agent after "by" or the
// origin after "from" ("fired by Iran", "launched from Yemen").
func firerOf(sa *SentenceAnalysis, f int) (actor.Phrase, bool) {
	toks := sa.Sentence.Tokens
	if toks[f].Tag == "VBN" && f+1 < len(toks) && (toks[f+1].Lower == "by" || toks[f+1].Lower == "from") {
		for _, g := range sa.Groups {
			for _, ph := range g.Phrases {
				if ph.Start == f+2 || ph.Start == f+3 && toks[f+2].Tag == "DT" {
					return ph, !ph.Modifier
				}
			}
		}
		return actor.Phrase{}, false
	}
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.End == f && !ph.Modifier {
				return ph, true
			}
		}
	}
	return actor.Phrase{}, false
}
