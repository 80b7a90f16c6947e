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

// threatObjectOwner (S36B) aims an act whose only target is the actor's
// own state, named as the subject of the clause it says it will act in,
// at the state that clause's object names: "Netanyahu warned that Israel
// would strike Iran's nuclear facilities" ISR→IRN, not ISR→ISR;
// "Hollande promises France will stay in Mali" FRA→MLI. A state saying
// what it will do names itself as the actor, not as the one its act is
// aimed at; what it will strike, or where it will stay, belongs to the
// other ("would target the military bases of Poland" RUS→POL). Only the
// first actor of a state in the object is read, within a few words of
// the clause's verb and before any comma or other verb.
func threatObjectOwner(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Source) == 0 || len(ev.Target) != 1 || head < 0 {
		return
	}
	own := ev.Source[0].Country
	tg := ev.Target[0]
	if own == "" || tg.Country != own || tg.Start < 0 {
		return
	}
	toks := sa.Sentence.Tokens
	ti := groupAt(sa.Groups, tokenAt(toks, tg.Start))
	if ti < 0 || sa.Groups[ti].Start <= head {
		return
	}
	k := sa.Groups[ti].End
	if k+1 >= len(toks) || toks[k].Tag != "MD" || toks[k+1].Tag != "VB" {
		return // "warned that Israel would strike ...": the clause's subject
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		if toks[j].Text == "," || toks[j].IsVerb() {
			return
		}
		gi := groupAt(sa.Groups, j)
		if gi < 0 {
			continue
		}
		g := &sa.Groups[gi]
		if len(g.Phrases) != 1 {
			return
		}
		ph := g.Phrases[0]
		if ph.Country == "" {
			j = g.End - 1
			continue // "the military bases of Poland": a sector word of no state
		}
		if ph.Country == own {
			return
		}
		ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
		return
	}
}
