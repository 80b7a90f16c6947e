package fasttag

// Special cases prose's tagOne applies before the model. prose tests them
// with a map and two regular expressions on every token; these are exact
// hand-written equivalents (checked against the originals by the tests).

// isEmoticon is prose's internal/emoticon set (v3.2.3), tagged SYM. A
// switch on constant strings compiles to a length-then-value search.
func isEmoticon(s string) bool {
	// Bounds from the set (the table flip is 30 bytes), to skip the search
	// for most words.
	if len(s) < 2 || len(s) > 30 {
		return false
	}
	switch s {
	case "(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
		"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()",
		":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p",
		":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o",
		":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:",
		"^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", "¯\\(ツ)/¯":
		return true
	}
	return false
}

// emoticons lists the same set, for the test that compares it with prose's
// source.
var emoticons = [...]string{
	"(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
	"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()",
	":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p",
	":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o",
	":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:",
	"^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", "¯\\(ツ)/¯",
}

// isNone matches prose's noneRe, Penn Treebank traces and elisions:
//
//	^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$
//
// \w and \d are ASCII-only in Go's regexp.
func isNone(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 3 || w[0] != '*' {
		return false
	}
	// \*[\w?]\*
	if len(w) == 3 && (isWordByte(w[1]) || w[1] == '?') && w[2] == '*' {
		return true
	}
	// \*\-\d{1,3}
	if w[1] == '-' {
		return isDigits13(w[2:])
	}
	// \*[A-Z]+\*\-\d{1,3}
	k := 1
	for k < len(w) && 'A' <= w[k] && w[k] <= 'Z' {
		k++
	}
	return k > 1 && k+2 < len(w) && w[k] == '*' && w[k+1] == '-' && isDigits13(w[k+2:])
}

func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

func isDigits13(s string) bool {
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// isKeep matches prose's keepRe, bracket literals like -LRB-, which are
// tagged as themselves: ^\-[A-Z]{3}\-$
func isKeep(w string) bool {
	return len(w) == 5 && w[0] == '-' && w[4] == '-' &&
		'A' <= w[1] && w[1] <= 'Z' && 'A' <= w[2] && w[2] <= 'Z' && 'A' <= w[3] && w[3] <= 'Z'
}
