package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// contactHeads: nouns that a contact relative (a relative clause with no
// pronoun) most often follows in news of an act: the act's own framing
// ("in a step China welcomed", "a move the United States criticised",
// "a deal Iran signed"). Nouns of saying are not here: "said in a
// statement Iran had fired" opens a complement, whose subject may be
// whom it is about.
var contactHeads = wordset.Of(
	"step", "steps", "move", "moves", "decision", "decisions", "deal", "deals",
	"agreement", "agreements", "gesture", "gestures", "measure", "measures",
	"plan", "plans", "offer", "offers", "proposal", "proposals", "initiative",
	"overture", "overtures", "concession", "concessions", "action", "actions",
	"policy", "policies", "development", "decree", "ruling", "sanctions",
	"ceasefire", "truce", "accord", "pact", "law", "bill", "resolution",
	"demands", "demand", "terms", "conditions", "mission", "operation",
	"operations", "way", "manner", "sign", "signal", "breakthrough",
)

// contactSubject: group g is the subject of a contact relative clause on
// a noun before it ("reopened its embassy in a step China welcomed",
// "expelled two diplomats in a move Russia called hostile"): "in" or a
// comma, an article or possessive, perhaps adjectives, a framing noun,
// then g and a finite verb of g's own. The relative's subject acts in that clause and is no
// object of the act before it.
func (s *sentence) contactSubject(g actor.Group) bool {
	if g.End >= len(s.toks) || g.Start < 2 {
		return false
	}
	v := g.End
	if s.toks[v].Tag == "RB" && v+1 < len(s.toks) {
		v++ // "a move Washington quickly condemned"
	}
	if t := s.toks[v].Tag; t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
		return false
	}
	k := g.Start - 1
	if s.toks[k].Tag == "DT" {
		k-- // "a move the United States criticised"
	}
	if k < 1 || s.inGroup[k] >= 0 || !contactHeads.Has(s.toks[k].Lower) {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		switch s.toks[j].Tag {
		case "DT", "PRP$":
			// Only the act's own framing, after "in" or a comma: "the
			// rebels rejected the terms the government offered" names
			// the terms' author, whom the rejection is aimed at.
			w := s.toks[j-1].Lower
			return w == "in" || w == ","
		case "JJ", "JJR", "JJS", "CD", "VBN", "NN":
			continue
		}
		return false
	}
	return false
}
