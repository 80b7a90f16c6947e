package geo

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// weaponName reports a weapon's noun at token j, or after one word that
// describes it: a capitalised name before it ("Tomahawk cruise
// missiles", "Patriot missile systems", "Shahed drones") names the
// weapon, as "Kalibr" and "Javelin" do, not the town it shares a word
// with.
func weaponName(toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k < j+2; k++ {
		w := lower(toks[k])
		if weaponNouns.Has(w) {
			return true
		}
		if isCapitalized(toks[k].Text) || !toks[k].IsNoun() && toks[k].Tag != "JJ" {
			return false
		}
	}
	return false
}

var weaponNouns = wordset.Of(
	"missile", "missiles", "rocket", "rockets", "drone", "drones", "launcher", "launchers",
	"howitzer", "howitzers", "rifle", "rifles", "tank", "tanks", "helicopter", "helicopters",
	"warhead", "warheads", "interceptor", "interceptors",
)

// onlyTowns reports candidates that are all towns under 100,000 people,
// none a capital: a city's or a state's name before a weapon ("Gaza
// rockets", "Iranian drones") says where it flies from or whose it is.
func onlyTowns(cs []cand) bool {
	for _, c := range cs {
		if c.kind != "place" || c.p.Population >= 100000 || c.p.Feature == "PPLC" {
			return false
		}
	}
	return len(cs) > 0
}
