package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// coordinatedHarm: out[i] is the harm of a passive pair of participles
// sharing one auxiliary and one agent ("The governor was shot and wounded
// by gunmen", "Two activists were beaten and injured by police", "The
// mayor was stabbed and killed"). The first participle coded the attack
// of its own kind (an attempt on a life 185, a beating 182, an abduction
// 181), which oneAct leaves alone; the second tells only what that
// attack did, so it is no second event. The attack keeps its code, except
// that an attempt on a life that killed is an assassination (186) and a
// beating that killed is a killing by assault (1823). The harm's sides
// fill what the attack's lack (mergeAct's rule). Two clauses ("was shot
// and later died in hospital") or a second auxiliary ("was shot and was
// wounded") are not a pair.
func (p *Pipeline) coordinatedHarm(out []event.Event, i int, heads []int, a *Analysis) bool {
	ev := &out[i]
	if i >= len(heads) || heads[i] < 2 || ev.SentenceIndex >= len(a.Sentences) {
		return false
	}
	toks := a.Sentences[ev.SentenceIndex].Sentence.Tokens
	h := heads[i]
	if h >= len(toks) || toks[h].Tag != "VBN" || !harmLemma(toks[h].Lemma) || toks[h-1].Lower != "and" || toks[h-2].Tag != "VBN" {
		return false
	}
	g := h - 2
	if !passiveAux(toks, g) {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] != g || o.SentenceIndex != ev.SentenceIndex || !sameMood(o.Modality, ev.Modality) {
			continue
		}
		switch o.CAMEO {
		case "181", "182", "1821", "1822", "1823", "185", "186":
		default:
			continue
		}
		if !oneActSides(o, ev) {
			continue
		}
		if killed := toks[h].Lemma == "kill"; killed && o.CAMEO == "185" {
			p.recodeEvent(o, "186")
		} else if killed && (o.CAMEO == "182" || o.CAMEO == "1821" || o.CAMEO == "1822") {
			p.recodeEvent(o, "1823")
		}
		harm := *ev
		harm.CAMEO = o.CAMEO // the harm's code says less; only its sides count
		mergeAct(o, &harm)
		return true
	}
	return false
}

// passiveAux: the participle at g follows a form of "be" (an adverb may
// stand between: "was fatally shot").
func passiveAux(toks []text.Token, g int) bool {
	for k := g - 1; k >= 0 && k >= g-3; k-- {
		switch {
		case toks[k].Lemma == "be":
			return true
		case toks[k].Tag == "RB":
			continue
		}
		return false
	}
	return false
}
