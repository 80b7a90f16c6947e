package verb

// boundRelativeOpener: the relative pronoun that opens a restrictive
// relative clause on a noun, closed by the comma at c but opened by no
// comma ("suspended the fare rise that had triggered the riots, and
// imposed a curfew"), or -1. The clause is the object's; the verb after
// ", and" is coordinated with the verb before it, as after one set off
// by commas (relativeOpener). The pronoun must follow a noun, so the
// "that" of a reported clause ("said that rebels had attacked, and")
// opens none.
func (s *sentence) boundRelativeOpener(c int) int {
	for j := c - 1; j > 0 && j >= c-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" || t.Lower == "," {
			return -1
		}
		switch t.Lower {
		case "that", "which", "who":
			if (t.Tag == "WDT" || t.Tag == "WP") && j+1 < c && s.toks[j+1].IsVerb() || (t.Tag == "WDT" || t.Tag == "WP") && j+2 < c && s.toks[j+1].Tag == "MD" {
				switch s.toks[j-1].Tag {
				case "NN", "NNS", "NNP", "NNPS":
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// pastVerbCompleted: the past clause verb within eight tokens before j
// whose object or complement the words from j on complete ("demanded that
// ...", "suspended the fare rise that had ..."), or -1 when a stop, a
// comma or another verb comes first.
func (s *sentence) pastVerbCompleted(j int) int {
	for v := j - 1; v > 0 && v >= j-8; v-- {
		if s.toks[v].Tag == "VBD" && s.inGroup[v] < 0 && s.clauseVerb(v) {
			return v
		}
		if hardStop(&s.toks[v]) || s.toks[v].Lower == "," || s.toks[v].IsVerb() {
			break
		}
	}
	return -1
}
