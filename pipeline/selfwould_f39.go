package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// selfWould (F39): a bare statement (010) read from a verb of saying,
// announcing or telling whose complement is the speaker's own future act
// ("Norway said it would release the frozen funds", "Milei said he would
// move the embassy", "Rwanda said its troops would stay", "the govt told
// the UN it would allow aid convoys") is an intent (030): CAMEO's root
// 03 is a statement of what the actor will do, and 010 is a comment with
// no commitment. The pipeline already makes "said it would <act>" the
// intent for the act when the act has a verb line (0331, 0356, ...);
// this rule takes the rest, whose verbs have none, as intent with no
// narrower code. It needs the complement's subject to be the speaker
// (a subject pronoun, or a possessive pronoun and its noun: "its troops",
// "his government"), "would" or "will" next, and a verb in the base form
// other than "be" and "have" ("would be difficult" forecasts) and other
// than a verb of force or contest (contestVerbs), with no "not" (a
// refusal is not a promise), no "if" or "unless" in the complement (a
// condition set) and no other event before the complement's end (an act
// coded from the complement has been judged already; a clause after a
// comma, "..., and Trump hailed the move", is another's).
func selfWould(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "010" || ev.Modality.Negated || h < 0 || h >= len(toks) || !selfWouldVerbs.Has(toks[h].Lemma) {
		return false
	}
	k := h + 1
	// "said on Monday", "told parliament", "told the UN": up to five
	// words before the complement, none a verb, a comma or a clause word.
	for n := 0; k < len(toks) && n < 6; n++ {
		w := toks[k].Lower
		if w == "that" || selfPronouns.Has(w) || selfPossessives.Has(w) {
			break
		}
		if toks[k].IsVerb() || w == "," || w == "if" || w == "when" || toks[k].Tag == "MD" {
			return false
		}
		k++
	}
	if k < len(toks) && toks[k].Lower == "that" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].Lower; {
	case selfPronouns.Has(w):
		k++
	case selfPossessives.Has(w):
		k++
		for n := 0; k < len(toks) && n < 3 && (toks[k].IsNoun() || toks[k].Tag == "JJ"); n++ {
			k++
		}
	default:
		return false
	}
	if k+2 < len(toks) && readyBe.Has(toks[k].Lower) && readyWords.Has(toks[k+1].Lower) && toks[k+2].Lower == "to" {
		k += 3 // "said it was ready to", "said they were willing to"
	} else if k >= len(toks) || (toks[k].Lower != "would" && toks[k].Lower != "will") {
		return false
	} else {
		k++
	}
	for k < len(toks) && toks[k].Tag == "RB" && toks[k].Lower != "not" && toks[k].Lower != "never" {
		k++ // "would fully accept", "will soon open"
	}
	if k >= len(toks) || toks[k].Tag != "VB" || toks[k].Lemma == "be" || toks[k].Lemma == "have" || contestVerbs.Has(toks[k].Lemma) {
		return false
	}
	end := k + 1 // the complement runs to the next comma or semicolon
	for end < len(toks) && toks[end].Lower != "," && toks[end].Lower != ";" {
		if w := toks[end].Lower; w == "if" || w == "unless" {
			return false // "would resume enrichment if talks failed": a condition set, a threat or an offer
		}
		end++
	}
	for j := range out {
		if j != i && heads[j] >= 0 && heads[j] < end && out[j].SentenceIndex == ev.SentenceIndex {
			return false // an act before the statement, or one coded from its complement
		}
	}
	return true
}

// contestVerbs promise force, coercion or a fight, which is no intent to
// cooperate ("said he would fight on", "said it would close 80 mosques",
// "said it would intervene to defend the rupee").
var contestVerbs = wordset.Of(
	"fight", "close", "ban", "punish", "retaliate", "respond", "resist", "continue",
	"intervene", "attack", "strike", "hit", "crush", "destroy", "defeat", "expel", "arrest",
	"prosecute", "sue", "block", "veto", "oppose", "challenge", "boycott", "quit", "leave",
)

// selfWouldVerbs report what the speaker says it will do.
var selfWouldVerbs = wordset.Of("say", "announce", "tell", "declare", "state")

// selfPronouns and selfPossessives open a complement whose subject is the
// speaker ("said it would", "said its troops would").
var selfPronouns = wordset.Of("it", "he", "she", "they", "we", "i")
var selfPossessives = wordset.Of("its", "his", "her", "their", "our")

// readyBe and readyWords: "was ready to", "is willing to", "were
// prepared to" state the speaker's readiness to act, as "would" does.
var readyBe = wordset.Of("was", "is", "were", "are")
var readyWords = wordset.Of("ready", "willing", "prepared")
