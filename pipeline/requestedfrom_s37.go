package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// requestedFrom (S37): an appeal (02) or a demand (10) that names no one
// is aimed at the party it asks something "from": "Nepal's government
// sought assistance from India and China for rescue and relief
// operations" NPL→IND+CHN, "Kurdish leaders in Erbil demanded heavy
// weapons from Washington" IRQ→USA. What one asks for from a party, that
// party is asked to give. A "from" after a word of leaving or removing
// ("demanded the withdrawal of troops from Ukraine", "called for the
// release of hostages from Gaza") tells where someone leaves, not whom
// the demand addresses, and is left; so is a "from" past a comma, a
// semicolon or another clause.
func requestedFrom(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || head < 0 || ev.Modality.Negated {
		return
	}
	if ev.CAMEORoot != "02" && ev.CAMEORoot != "10" {
		return
	}
	toks := sa.Sentence.Tokens
	f := -1
	for k := head + 1; k < len(toks) && k <= head+8; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "that" || w == "to" || w == "after" || w == "while" {
			return
		}
		if leavingWords.Has(toks[k].Lemma) || leavingWords.Has(w) {
			return
		}
		if w == "from" {
			f = k
			break
		}
	}
	if f < 0 || f == head+1 || f+1 >= len(toks) {
		return // "appealed from": no thing asked for stands between
	}
	n := f + 1
	if toks[n].Tag == "DT" {
		n++
	}
	var parties []event.Actor
	for n < len(toks) {
		gi := groupAt(sa.Groups, n)
		if gi < 0 || sa.Groups[gi].Start != n {
			break
		}
		g := &sa.Groups[gi]
		for _, ph := range g.Phrases {
			if ph.Country == "" && ph.Code == "" || hasActorCountry(ev.Source, ph.Country) && ph.Country != "" {
				return // the asker's own side: a request inside its own state
			}
			parties = append(parties, toActor(sa.Sentence, ph, ""))
		}
		n = g.End
		if n+1 < len(toks) && (toks[n].Lower == "and" || toks[n].Lower == ",") {
			n++
			if toks[n].Tag == "DT" {
				n++
			}
			continue
		}
		break
	}
	if len(parties) > 0 {
		ev.Target = parties
	}
}

// leavingWords: words of leaving or removing, after which "from" tells a
// place or a party left, not whom a demand addresses.
var leavingWords = wordset.Of(
	"withdraw", "withdrawal", "pull", "pullout", "leave", "exit", "remove", "removal",
	"return", "expel", "expulsion", "evacuate", "evacuation", "release", "free", "departure",
	"exclude", "exclusion", "ban", "bar", "retreat", "extradite", "extradition", "transfer",
)
