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
// ("twenty-one").
func numberWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if !numberWords.Has(p) {
			return false
		}
	}
	return w != ""
}
