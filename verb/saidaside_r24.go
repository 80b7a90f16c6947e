package verb

// attributionAside: the comma at k closes an attribution set off by
// commas inside a clause ("Turkish jets struck Kurdish positions, the
// defence ministry said, and killed 20 militants"): a speaker's noun
// phrase and a verb of saying between two commas. The verb after "and"
// is the first clause's, not the speaker's, so conjunctVerb steps over
// the aside. Returns the index of the comma that opens it, or -1.
func (s *sentence) attributionAside(k int) int {
	if k < 4 || k >= len(s.toks) || s.toks[k].Lower != "," {
		return -1
	}
	v := &s.toks[k-1]
	if v.Tag != "VBD" && v.Tag != "VBZ" || !reportLemma(v.Lemma) {
		return -1
	}
	for j := k - 2; j > 0 && j >= k-8; j-- {
		t := &s.toks[j]
		if t.Lower == "," {
			if j == k-2 {
				return -1 // no speaker between the commas
			}
			return j
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "CD":
		default:
			return -1
		}
	}
	return -1
}
