package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// offerOwner (S36B) aims an answer to an offer, a proposal, a demand, a
// plan or a statement at whoever made it, named by a possessive right
// after the verb: "North Korea rejected Seoul's offer of aid for victims
// of floods" PRK→KOR, not at the victims the offer was for; "China
// welcomed Pakistan's proposal for talks with India" CHN→PAK. What is
// offered, proposed or demanded is the owner's act; whoever it is for or
// about is no party to the answer. Only answers are read (statements,
// appeals, intents, approval, yielding, demands, disapproval,
// rejections, threats, protests and cuts): talks on "Moscow's demands"
// are between the parties that hold them, and "signed Trump's plan"
// binds its signers to each other.
func offerOwner(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Source) == 0 || head < 0 || !offerAnswerRoots.Has(ev.CAMEORoot) || ev.CAMEO == "057" {
		return
	}
	toks := sa.Sentence.Tokens
	k := head + 1
	if k < len(toks) && toks[k].Tag == "RP" {
		k++ // "turned down"
	}
	if k < len(toks) && offerPreps.Has(toks[k].Lower) {
		k++ // "agreed to Moscow's demand"
	}
	gi := groupAt(sa.Groups, k)
	if gi < 0 && k+1 < len(toks) && toks[k].Tag == "DT" {
		gi = groupAt(sa.Groups, k+1) // "the government's offer"
	}
	if gi < 0 || len(sa.Groups[gi].Phrases) != 1 {
		return
	}
	g := &sa.Groups[gi]
	if g.Start > k+1 || g.End >= len(toks) || toks[g.End].Tag != "POS" {
		return
	}
	n := g.End + 1
	for j := 0; j < 2 && n < len(toks) && (toks[n].Tag == "JJ" || toks[n].Tag == "NN") && !offerNouns.Has(toks[n].Lower); j++ {
		n++ // "Seoul's latest offer", "Kyiv's peace plan"
	}
	if n >= len(toks) || !offerNouns.Has(toks[n].Lower) {
		return
	}
	ph := g.Phrases[0]
	if ph.Country == "" {
		return // "the opposition's demand": a party of no state lends none
	}
	for _, s := range ev.Source {
		if s.Start == sa.Sentence.Tokens[g.Start].Start {
			return
		}
	}
	ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
}

// offerAnswerRoots: roots of an answer to something someone else
// offered, asked for or said.
var offerAnswerRoots = wordset.Of("01", "02", "03", "05", "08", "10", "11", "12", "13", "14", "16")

// offerPreps: a preposition between an answering verb and what it answers.
var offerPreps = wordset.Of("to", "with", "on", "over", "about", "against", "behind")

// offerNouns: what one party offers, asks for, plans or says, that
// another answers.
var offerNouns = wordset.Of(
	"offer", "offers", "proposal", "proposals", "demand", "demands", "request", "requests",
	"call", "calls", "invitation", "invitations", "initiative", "initiatives", "ultimatum",
	"bid", "overture", "overtures", "plan", "plans", "appeal", "appeals", "suggestion",
	"suggestions", "claim", "claims", "statement", "statements", "remarks", "comments",
	"decision", "terms", "conditions",
)
