package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// numberWords are cardinals spelled out. Capitalised at the start of a
// sentence, a tagger often reads them as names ("Nineteen/NNP Afghan/NNP
// refugees"), but a count is never a given name before a surname.
var numberWords = wordset.Of(
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
	"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
	"thousand", "thousands", "dozen", "dozens", "scores",
)

// numberWord: w is a spelled-out cardinal, hyphenated ones included
// ("twenty-one"). The actor stage asks it of every token, so it splits
// in place rather than allocating the parts.
func numberWord(w string) bool {
	for {
		i := strings.IndexByte(w, '-')
		if i < 0 {
			return numberWords.Has(w)
		}
		if !numberWords.Has(w[:i]) {
			return false
		}
		w = w[i+1:]
	}
}
