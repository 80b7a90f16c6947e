package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

var (
	// hackerNouns head a phrase of hackers; "group" and "groups" need
	// "hacking", "cyber" or "ransomware" before them.
	hackerNouns = wordset.Of("hackers", "hacker", "cybercriminals", "cyberspies")
	// hedgeWords open "believed to be", "thought to be", "said to be".
	hedgeWords = wordset.Of("believed", "thought", "suspected", "said", "reported", "alleged")
	// linkTo and linkBy are the participles that attribute hackers to a
	// backer: "linked to", "tied to"; "backed by", "sponsored by".
	linkTo = wordset.Of("linked", "tied", "connected", "affiliated", "loyal")
	linkBy = wordset.Of("backed", "sponsored", "directed", "run", "controlled", "employed", "funded", "supported")
)

// hackersFor reads the backer after hackers: "hackers linked to Russia's
// military intelligence", "a hacking group backed by the Chinese state",
// "hackers believed to be working for North Korea". As "Kremlin-backed
// hackers" are (ledBy), such hackers are the backer's: they have no land
// to be local to, and the text gives no other state. Only hackers with no
// country of their own, and only a backer named within three words of
// the link ("linked to the GRU", "backed by Iran"); a state's adjective
// counts ("backed by the Chinese state").
func hackersFor(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Country != "" || ph.Modifier || ph.Foreign || !hackerPhrase(toks, ph) {
			continue
		}
		k := ph.End
		if k < len(toks) && toks[k].Lower == "," {
			k++
		}
		if k+2 < len(toks) && hedgeWords.Has(toks[k].Lower) && toks[k+1].Lower == "to" && toks[k+2].Lower == "be" {
			k += 3
		}
		if k+1 >= len(toks) {
			continue
		}
		switch w, nx := toks[k].Lower, toks[k+1].Lower; {
		case linkTo.Has(w) && nx == "to", linkBy.Has(w) && nx == "by", (w == "working" || w == "spying") && nx == "for":
			k += 2
		default:
			continue
		}
		for j := range phs {
			b := &phs[j]
			if b.Start < k || b.Start > k+3 || b.Country == "" {
				continue
			}
			ph.Country = b.Country
			ph.Code = strings.TrimSuffix(b.Code, strings.Join(b.Sectors, "")) + strings.Join(ph.Sectors, "")
			ph.Inferred = false
			break
		}
	}
}

// hackerPhrase: the phrase ends in a hacker noun, or in "group" or
// "groups" after "hacking", "cyber" or "ransomware".
func hackerPhrase(toks []text.Token, ph *Phrase) bool {
	if ph.End < 1 || ph.End > len(toks) {
		return false
	}
	last := toks[ph.End-1].Lower
	if hackerNouns.Has(last) {
		return true
	}
	if (last == "group" || last == "groups") && ph.End >= 2 {
		switch toks[ph.End-2].Lower {
		case "hacking", "cyber", "ransomware":
			return true
		}
	}
	return false
}
