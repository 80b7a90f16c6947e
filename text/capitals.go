package text

import "unicode"

// CapitalsWord reports whether w is written in capitals: two or more
// upper-case letters and no lower-case one ("KABUL", "GAC", "U.S.",
// "AL-ARISH"). Dots, hyphens and apostrophes may stand between the
// letters; anything else (a digit, a lower-case letter) makes it no word of
// capitals. Both a wire dateline ("KABUL, May 3 -") and an organisation's
// initials among lower-case words ("GAC") are told by this shape, so the
// place and pipeline stages share one reading of it.
func CapitalsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'' || r == '\u2019':
		default:
			return false
		}
	}
	return letters >= 2
}
