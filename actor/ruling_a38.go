package actor

import "github.com/parley-events/parley/text"

// rulingBefore reports "ruling" or "governing" right before toks[start]
// (after an optional article): "the ruling Republican Party". English
// news calls a party "ruling" in states where one party governs through
// parliament or alone; the US parties, which the [shared] names "the
// Republican Party" and "the Democratic Party" default to, are called
// "the party in power" or named by the branch they hold, seldom "the
// ruling party". So a ruling Republican Party with no state of its own
// in the phrase is the party of the state the sentence is about (see
// soleOtherCountry), not the American one.
func rulingBefore(toks []text.Token, start int) bool {
	k := start - 1
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "ruling", "governing":
		return true
	}
	return false
}

// soleOtherCountry is the one country that the sentence's other phrases
// name in their own words (not filled from context), "" when they name
// none or several.
func soleOtherCountry(phs []Phrase, i int) string {
	c := ""
	for k := range phs {
		o := &phs[k]
		if k == i || o.Country == "" || o.Inferred {
			continue
		}
		if c != "" && o.Country != c {
			return ""
		}
		c = o.Country
	}
	return c
}
