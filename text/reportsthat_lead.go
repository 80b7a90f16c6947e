package text

import "github.com/parley-events/parley/internal/wordset"

// saysThatNouns are the -s forms of verbs of saying that are also plural
// nouns, and so are read as nouns after a name: "The Herald reports/NNS
// that police arrested ...", "Al Jazeera claims/NNS that". A press
// review's way of attributing what follows. As nouns ("reports that
// troops had fired", "claims that") they carry an allegation the
// sentence does not assert, so a verb misread as one turns the reported
// act hypothetical and loses its reporter.
var saysThatNouns = wordset.Of(
	"reports", "claims", "notes", "estimates", "states", "charges",
	"concludes", "recalls",
)

// nameSaysThat: the -s word at i, one of saysThatNouns, follows the
// clause's subject and opens a that-clause: "The Herald reports that",
// "Human Rights Watch claims that", "The ministry estimates that". The
// subject is names ("Al Jazeera", "Radio Ozodi"), after "The" if at
// all, or "the" and one of a state's collective nouns ("The army
// reports that"). Not a single capitalised word English also has in
// lower case ("Media reports that ...", "Intelligence reports that
// ..."), which opens a noun phrase as often as it names anyone, nor
// "media", "news" or another lower-case word in the subject ("Local
// media reports that", "Israeli media reports that": the reports are
// the subject).
func nameSaysThat(toks []Token, i int, known wordLister) bool {
	if i < 1 || i > 5 || i+2 >= len(toks) || !saysThatNouns.Has(toks[i].Lower) || toks[i+1].Lower != "that" {
		return false
	}
	k := 0
	if toks[0].Lower == "the" {
		k = 1
	}
	if k == i {
		return false // "The reports that ..."
	}
	if k == 1 && i == 2 && sectorNoun(toks[1].Lower) {
		return true // "The army reports that"
	}
	for j := k; j < i; j++ {
		t := &toks[j]
		// A capitalised adjective is part of a name the model split
		// ("Balkan/JJ Insight"); a lower-case word is no name's.
		if t.Tag != "NNP" && t.Tag != "NNPS" && t.Tag != "JJ" || !startsUpperASCII(t.Text) {
			return false
		}
		switch t.Lower {
		case "media", "news", "press", "intelligence", "police", "local", "state", "official", "unconfirmed", "initial", "early", "recent", "earlier", "new", "further":
			return false
		}
	}
	if k == 0 && i == 1 && known != nil && known.Known(toks[0].Lower) {
		return false // "Media reports that ...": no name
	}
	return true
}
