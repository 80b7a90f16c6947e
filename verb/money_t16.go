package verb

import "github.com/parley-events/parley/internal/wordset"

// currencyNouns name the unit of an amount written out ("2.8 billion
// euros of US steel").
var currencyNouns = wordset.Of(
	"dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles",
	"rubles", "francs", "riyals", "dirhams", "won", "lira", "reais",
)

// moneyOf: the tokens of an amount of money that measures the goods named
// after it ("$60 billion of American goods", "C$16.6 billion worth of US
// goods", "2.8 billion euros of US steel", "$200 billion in Chinese
// imports"): a currency sign or a currency noun, figures, an optional
// "worth", and "of" or "in". The state that makes the goods is the
// object, as in "tariffs on 128 American products". It returns how many
// tokens to skip from k, or 0.
func (s *sentence) moneyOf(k int) int {
	j, sign, unit := k, false, false
	if j < len(s.toks) && s.toks[j].Tag == "$" {
		sign = true
		j++
	}
	n := 0
	for j < len(s.toks) && s.toks[j].Tag == "CD" {
		j++
		n++
	}
	if n == 0 {
		return 0
	}
	if j < len(s.toks) && currencyNouns.Has(s.toks[j].Lower) {
		unit = true
		j++
	}
	if !sign && !unit {
		return 0
	}
	if j < len(s.toks) && s.toks[j].Lower == "worth" {
		if j+1 < len(s.toks) && s.toks[j+1].Lower == "of" {
			return j + 2 - k
		}
		return 0
	}
	if j < len(s.toks) && (s.toks[j].Lower == "of" || s.toks[j].Lower == "in") && s.inGroup[j] < 0 {
		return j + 1 - k
	}
	return 0
}
