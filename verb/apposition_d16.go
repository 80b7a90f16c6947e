package verb

// appositionBefore looks back from the comma at c, which stands right
// before the "and" of a coordinated past verb, for the comma that opens
// the stretch ending there. A stretch with no finite verb is an
// apposition on the object before it ("killed some 1,200 people, most of
// them civilians, and took about 250 hostages", "stormed the school in
// Chibok, a town in Borno state, and abducted"): its opening comma is
// returned as open, so the search for the coordinated verb steps over it.
// A stretch that opens with a past verb is a member of a list of verbs
// ("stormed a hotel, killed 15 guests, and took others hostage"): that
// verb is returned as verb, and the verb after "and" shares its subject.
// Either is -1 when the stretch is neither (a clause of its own, "Israel
// struck Gaza, Hamas fired rockets, and ...", or no opening comma within
// reach).
func (s *sentence) appositionBefore(c int) (open, verb int) {
	for j := c - 1; j > 0 && j >= c-10; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" || t.Lower == "and" || t.Lower == "or" || subordinators.Has(t.Lower) {
			return -1, -1
		}
		if t.Lower != "," {
			continue
		}
		if j+1 >= c {
			return -1, -1
		}
		if f := &s.toks[j+1]; f.Tag == "VBD" && s.inGroup[j+1] < 0 && s.clauseVerb(j+1) {
			return -1, j + 1
		}
		for k := j + 1; k < c; k++ {
			switch s.toks[k].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return -1, -1
			}
			if w := s.toks[k].Lower; w == "who" || w == "which" || w == "that" {
				return -1, -1
			}
		}
		return j, -1
	}
	return -1, -1
}
