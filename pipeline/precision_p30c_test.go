package pipeline

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// TestP30cOfferedAct: the act named inside an offer's or a proposal's
// infinitive, and a purpose infinitive nested in it, has not been done;
// the offer stays, an act told in a clause of its own stays, and a
// sentence whose only event is the offered act keeps it. Every sentence
// was written for this test.
func TestP30cOfferedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "fighting inside an offer's purpose infinitive", text: "Chile offered to send police officers to help Peru fight the smugglers.", code: "19", none: true},
		{why: "combat after a proposed gerund", text: "Ghana proposed deploying soldiers to combat the insurgents in Burkina Faso.", code: "19", none: true},
		{why: "a deployment named by a noun offer", text: "Italy's offer to send warships to attack the smugglers off Libya was welcomed by Tripoli.", code: "15", none: true},
		// must not: the offer itself, an act in its own clause, a lone act
		{why: "the offer stays", text: "Chile offered to send police officers to help Peru fight the smugglers.", code: "0334", src: "CHL", tgt: "-"},
		{why: "the praise of the offer stays", text: "Italy's offer to send warships to attack the smugglers off Libya was welcomed by Tripoli.", code: "051", src: "LBY", tgt: "ITA"},
		{why: "an attack after a subordinator", text: "Chile offered to mediate after Peruvian troops attacked the rebels.", code: "19", src: "PER", tgt: "-"},
		{why: "an attack in a coordinate clause", text: "Uganda offered to train Somali soldiers, and its troops attacked the militants.", code: "19", src: "SOM", tgt: "-"},
		{why: "the only event stays", text: "Uganda volunteered to dispatch troops to battle the militia in eastern Congo.", code: "154", src: "UGA", tgt: "-"},
	})
}

// TestP30cOfferGoverned: the chain from an offer, a proposal or a plan to
// the head runs through infinitives, gerunds and "so that", and stops at
// a clause mark, a subordinator or a finite verb.
func TestP30cOfferGoverned(t *testing.T) {
	tok := func(s string) text.Token {
		var w, tag, lem string
		for i := 0; i < len(s); i++ {
			if s[i] == '/' {
				w, tag = s[:i], s[i+1:]
			}
		}
		lem = w
		switch w {
		case "offered", "offers":
			lem = "offer"
		case "proposed":
			lem = "propose"
		case "volunteered":
			lem = "volunteer"
		}
		return text.Token{Text: w, Lower: w, Tag: tag, Lemma: lem}
	}
	toks := func(ws ...string) []text.Token {
		out := make([]text.Token, len(ws))
		for i, w := range ws {
			out[i] = tok(w)
		}
		return out
	}
	cases := []struct {
		why  string
		toks []text.Token
		h    int
		want bool
	}{
		{"purpose infinitive in an offer", toks("Chile/NNP", "offered/VBD", "to/TO", "send/VB", "police/NNS", "to/TO", "fight/VB", "gangs/NNS"), 6, true},
		{"gerund after proposed", toks("Ghana/NNP", "proposed/VBD", "sending/VBG", "troops/NNS", "to/TO", "fight/VB"), 5, true},
		{"noun offer", toks("the/DT", "offer/NN", "to/TO", "deploy/VB", "ships/NNS"), 3, true},
		{"so that inside a proposal", toks("he/PRP", "proposed/VBD", "allowing/VBG", "bases/NNS", "so/RB", "that/IN", "troops/NNS", "could/MD", "fight/VB"), 8, true},
		{"after opens a clause", toks("Chile/NNP", "offered/VBD", "to/TO", "mediate/VB", "after/IN", "troops/NNS", "attacked/VBD"), 6, false},
		{"a finite verb between", toks("Chile/NNP", "offered/VBD", "aid/NN", "and/CC", "troops/NNS", "attacked/VBD"), 5, false},
		{"a comma between", toks("Chile/NNP", "offered/VBD", "to/TO", "help/VB", ",/,", "troops/NNS", "fought/VBD"), 6, false},
		{"an offer of a thing", toks("Chile/NNP", "offered/VBD", "aid/NN"), 2, false},
		{"head out of range", toks("offered/VBD", "to/TO", "fight/VB"), 9, false},
	}
	for _, c := range cases {
		if got := offerGoverned(c.toks, c.h); got != c.want {
			t.Errorf("%s: offerGoverned = %v, want %v", c.why, got, c.want)
		}
	}
}
