package pipeline

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// jointSubject: the act's subject is itself one force of two states
// ("Joint Kenyan and Somali forces recaptured the town", "A joint force
// of Nigerian and Chadian soldiers killed 30 insurgents"): a "joint" or
// "combined" before the verb, in the verb's own clause, that opens a
// phrase ending in a force noun. jointWord reads the word only from two
// tokens before the verb on, where the operation ("in a joint raid") is.
func jointSubject(toks []text.Token, head int) bool {
	if head <= 0 || head > len(toks) {
		return false
	}
	for k := head - 1; k >= 0 && k >= head-12; k-- {
		t := &toks[k]
		if t.Text == "," || t.Text == ";" || t.Tag == "WDT" || t.IsVerb() && t.Tag != "VBN" {
			return false // the subject ends at another clause or verb
		}
		if t.Lower != "joint" && t.Lower != "combined" {
			continue
		}
		for j := k + 1; j < head && j <= k+7; j++ {
			u := &toks[j]
			if jointForceNouns.Has(u.Lower) {
				return true
			}
			if !(u.IsNoun() || u.Tag == "JJ" || u.Tag == "HYPH" || u.Lower == "and" || u.Lower == "of" || u.Tag == "DT") {
				return false
			}
		}
		return false
	}
	return false
}

// jointForceNouns name a body of armed men or police.
var jointForceNouns = wordset.Of(
	"force", "forces", "troops", "soldiers", "contingent", "contingents",
	"units", "unit", "patrol", "patrols", "police", "team", "teams",
	"brigade", "battalion", "battalions", "army", "armies",
)
