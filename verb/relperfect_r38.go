package verb

// relativePerfectBefore: the comma at k closes a restrictive relative
// clause in a perfect ("that had triggered the riots", "which has
// sheltered refugees") inside the object of a past verb: that past verb,
// or -1. A restrictive relative takes no comma of its own, so ", and"
// after it coordinates with the clause the relative hangs from, and a
// simple past cannot share the relative's pluperfect: in "Pinera
// suspended the fare rise that had triggered the riots, and imposed a
// curfew" Pinera imposed it (before, the relative's object, or no one,
// was taken for the subject).
func (s *sentence) relativePerfectBefore(k int) int {
	for j := k - 1; j > 0 && j >= k-12; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || t.Lower == "and" || t.Lower == "but" {
			return -1
		}
		switch t.Lower {
		case "that", "which", "who":
		default:
			continue
		}
		a := j + 1
		if a < k && s.toks[a].Tag == "RB" {
			a++
		}
		if a+1 >= k {
			return -1
		}
		switch s.toks[a].Lower {
		case "had", "has", "have":
		default:
			return -1
		}
		if s.toks[a+1].Tag != "VBN" && s.toks[a+1].Tag != "VBD" {
			return -1
		}
		return s.pastVerbCompleted(j)
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
