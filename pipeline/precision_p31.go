package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// purposeViolence: the head h of a violent event (roots 18-20) is the verb
// of an infinitive of purpose hung on a noun phrase or on a verb of
// sending: "sent troops to Somalia to fight al-Shabaab", "a mission to
// help Haiti's police fight the gangs", "pledged 200 million euros to
// fight people smuggling", "officers arrived on Tuesday to help fight the
// gangs". The purpose names what the troops, the money or the mission are
// for, not a battle fought: the sending, the aid or the authorisation is
// the event. An infinitive after another verb ("vowed to fight",
// "continued to fight", "refused to attack") or an adjective ("ready to
// fight") is that verb's complement and is left to the verb's own rules.
func purposeViolence(toks []text.Token, h int) bool {
	if h < 2 || h >= len(toks) || !campaignVerb(toks[h].Lemma) {
		return false
	}
	k := h - 1
	if toks[k].Lower != "to" {
		// "help fight", "help Haiti's police fight": back over a short
		// noun phrase to "help", which must itself follow "to".
		for n := 0; n < 5 && k > 0 && purposeNPWord(toks[k]); n++ {
			k--
		}
		if toks[k].Lemma != "help" || toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBN" {
			return false
		}
		k--
		if k < 1 || toks[k].Lower != "to" {
			return false
		}
	}
	if k < 1 {
		return false
	}
	p := toks[k-1]
	switch {
	case strings.HasPrefix(p.Tag, "NN"), p.Tag == "CD", p.Tag == "PRP":
		return p.Lower != "it" // "it is time to fight" names no one sent
	case strings.HasPrefix(p.Tag, "VB"):
		return sendVerb(p.Lemma)
	}
	return false
}

// purposeNPWord: a word of the short noun phrase between "help" and the
// verb it governs ("help Haiti's police fight").
func purposeNPWord(t text.Token) bool {
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "POS" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "PRP"
}

// campaignVerb: verbs of fighting an enemy over time, which an infinitive
// of purpose names as the task of the forces, money or mission sent. A
// single blow ("sent jets to strike the depots", "used missiles to hit
// the airfields") is told by the same words as done, and is left alone.
func campaignVerb(lemma string) bool {
	switch lemma {
	case "fight", "combat", "battle", "confront", "tackle", "counter", "quell", "crush", "defeat":
		return true
	case "topple", "overthrow", "depose", "unseat":
		// X37: a ruler's fall is the aim of the whole war or invasion
		// ("invaded Afghanistan to topple the Taliban", "its war to
		// topple Saddam Hussein"), not a blow struck in it.
		return true
	}
	return false
}

// sendVerb: verbs of sending and arriving whose infinitive after them is
// one of purpose ("were deployed to fight", "arrived to fight").
func sendVerb(lemma string) bool {
	switch lemma {
	case "send", "deploy", "dispatch", "arrive", "rush", "fly", "mobilise", "mobilize", "train", "recruit", "hire", "enlist", "travel", "go", "come", "return", "move":
		return true
	}
	return false
}

// purposeActs drops the violent events whose heads stand in an infinitive
// of purpose (purposeViolence), when the sentence keeps another event: a
// sentence whose only coded act is the purpose keeps it rather than lose
// its only event.
func purposeActs(out []event.Event, heads []int, a *Analysis) {
	drop := make([]bool, len(out))
	for i := range out {
		if heads[i] >= 0 && violentRoot(out[i].CAMEORoot) && !out[i].Modality.Negated {
			drop[i] = purposeViolence(a.Sentences[out[i].SentenceIndex].Sentence.Tokens, heads[i])
		}
	}
	for i := range out {
		if !drop[i] {
			continue
		}
		for j := range out {
			if j != i && !drop[j] && heads[j] >= 0 && out[j].SentenceIndex == out[i].SentenceIndex {
				heads[i] = -1
				break
			}
		}
	}
}
