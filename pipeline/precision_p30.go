package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/verb"
)

// conditionAct: out[i]'s head stands inside a clause of condition, one
// opened by "if" or "unless" and running to the next comma, semicolon,
// colon or dash, or to the sentence's end: "Iran warned it would close
// the Strait if Western powers imposed sanctions", "threatened to cut
// ties unless Israel apologised", "warned Finland of countermeasures if
// it joined NATO", fronted "If the West had armed Ukraine earlier, ...".
// A condition names what has not happened, or what the speaker supposes:
// no act is reported in it. The modality stage already marks such an act
// hypothetical, but a hypothetical event is still an event to every
// consumer that counts events, and the complete-listing sets list none
// of them (the threat, the warning or the promise around the condition
// is listed, and stays: its head lies outside the clause). "As if" opens
// a clause of manner, not a condition, and is left alone.
//
//go:noinline
func conditionAct(toks []text.Token, h int) bool {
	if h < 1 || h >= len(toks) {
		return false
	}
	for k := h - 1; k >= 0; k-- {
		if j := verb.AsideOpen(toks, k); j >= 0 {
			k = j // a relative clause or "as" aside inside the condition
			continue
		}
		switch toks[k].Lower {
		case ",", ";", ":", "--", "-", "(", ")", ".", "!", "?":
			return false
		case "if", "unless":
			return toks[k].Lower == "unless" || k == 0 || toks[k-1].Lower != "as"
		case "whether":
			// An open question ("the debate over whether to let Kyiv
			// strike inside Russia", "has not decided whether to match
			// the tariffs") asserts neither answer.
			return true
		}
	}
	return false
}

// conditionActs drops every event of out whose head lies in a clause of
// condition (conditionAct).
func conditionActs(out []event.Event, heads []int, a *Analysis) {
	for i := range out {
		if heads[i] < 0 {
			continue
		}
		toks := a.Sentences[out[i].SentenceIndex].Sentence.Tokens
		if out[i].Modality.Hypothetical && conditionAct(toks, heads[i]) || agreementTerms(&out[i], toks, heads[i]) {
			heads[i] = -1
		}
	}
}

// documentNouns name agreements and texts whose terms a relative clause
// may tell: what the deal, the pact or the resolution would do.
var documentNouns = map[string]bool{
	"agreement": true, "deal": true, "pact": true, "treaty": true, "accord": true,
	"memorandum": true, "arrangement": true, "partnership": true, "compact": true,
	"resolution": true, "plan": true, "proposal": true, "framework": true,
	"declaration": true, "protocol": true, "understanding": true, "bill": true,
	"law": true, "decree": true, "truce": true, "ceasefire": true, "deals": true,
	"agreements": true, "pacts": true, "treaties": true, "accords": true,
}

// agreementTerms: the head h of an event still to come (future or
// hypothetical) stands in a relative clause that tells the terms of an
// agreement or a text: "signed an agreement under which Albania will host
// two centres", "a pact under which Ankara will help protect Somalia's
// coastline", "a memorandum ... that would give it access to the sea",
// "vetoed a resolution that would have condemned the annexation", "a deal
// whereby the rebels would disarm". The agreement is the event (057, 045,
// the veto); what its parties are to do under it has not been done, and
// the complete-listing sets never list it beside the agreement. A term
// told in the past ("a memorandum under which Ankara lifted its veto",
// "the policy under which Petro opened talks") is an act done and stays,
// as does a clause whose relative word is the object of its verb.
//
//go:noinline
func agreementTerms(ev *event.Event, toks []text.Token, h int) bool {
	if !ev.Modality.Future && !ev.Modality.Hypothetical || h < 2 || h >= len(toks) {
		return false
	}
	for k := h - 1; k >= 1 && k >= h-25; k-- {
		switch toks[k].Lower {
		case ",", ";", ":", ".", "(", ")":
			return false
		case "whereby":
			return true
		case "which":
			switch toks[k-1].Lower {
			case "under", "by", "through":
				return true
			}
			return modalAfter(toks, k) && documentBefore(toks, k)
		case "that":
			return modalAfter(toks, k) && documentBefore(toks, k)
		}
	}
	return false
}

// modalAfter: the relative word at k is the subject of a modal verb
// ("that would give", "which will allow").
func modalAfter(toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Tag == "MD"
}

// documentBefore: a noun of documentNouns stands among the few words
// before k, with no verb or comma between ("a memorandum of understanding
// with the breakaway region of Somaliland that").
func documentBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := &toks[j]
		if t.Lower == "," || t.IsVerb() {
			return false
		}
		if documentNouns[t.Lower] && (t.Tag == "NN" || t.Tag == "NNS") {
			return true
		}
	}
	return false
}

// ownForcesAccused: a 112 read from a report whose speaker is a state
// (bare, or its government, military or police) and whose one target is
// a force of that same state (its military or police, or the speaker's
// own code): "Russia's Defence Ministry said air defence systems had
// intercepted 25 Ukrainian drones" (was 112 RUSGOV>RUSMIL), "India says
// 20 soldiers killed in clash with Chinese troops" (112 IND>INDMIL). A
// state telling what its own forces did or suffered accuses no one;
// ownSideAccused (P27) reads the same when a possessive names the force
// ("its forces"), and this takes the forces named without one. Rebels,
// militias, opposition or civilians of the same country ("the army said
// FARC dissidents had attacked a base") are another party and keep their
// 112, as do accusations across states.
//
//go:noinline
func ownForcesAccused(ev *event.Event, toks []text.Token, h int) bool {
	s, t, ok := sameStateReport(ev, toks, h)
	if !ok {
		return false
	}
	switch s.Sector {
	case "", "GOV", "MIL", "COP":
	default:
		return false
	}
	return t.Sector == "MIL" || t.Sector == "COP" || t.Code == s.Code
}
