package verb

import "github.com/parley-events/parley/text"

// AsideOpen: the comma at k closes a parenthetical set between two commas
// right after a noun, a relative clause or an "as" aside ("whether the
// IMF, which had lent the money, made matters worse", "if Russia, as it
// has threatened, cuts the gas"); it returns the opening comma's index,
// or -1. The aside is a clause of its own, so its verb is not the
// enclosing clause's, and the commas around it do not close that clause:
// a scan back from the clause's verb to its opener ("if", "unless",
// "whether") steps over the aside instead of stopping at its first
// comma. The aside must open with a relative word or "as" and follow a
// noun (the clause's subject), so a comma after a verb or a whole clause
// ("If Russia attacks, which it may, ...") is still a boundary.
func AsideOpen(toks []text.Token, k int) int {
	if k < 3 || k >= len(toks) || toks[k].Lower != "," {
		return -1
	}
	for j := k - 2; j >= 1 && j >= k-14; j-- {
		switch toks[j].Lower {
		case ";", ":", ".", "?", "!", "--", "-", "(", ")", "|":
			return -1
		case ",":
			switch toks[j+1].Lower {
			case "which", "who", "whom", "whose", "as":
			default:
				return -1
			}
			if !toks[j-1].IsNoun() {
				return -1
			}
			return j
		}
	}
	return -1
}
