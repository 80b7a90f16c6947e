package verb

// commaConjunct: the present verb at start follows a comma that closes a
// clause whose own verb is a present of the same number, and nothing
// between that verb and the comma is another finite verb, a quotation,
// a subordinator or a clause's end: headlines join their verbs with a
// comma alone ("China demands Japan retract remarks, summons
// ambassador", "Iran's Raisi slams Israel, vows revenge"), and the
// second verb shares the first one's subject, never the first one's
// object, which stands nearest. It returns the first verb, or -1.
// "Rebels shell Gao, army says" has the army between the comma and the
// verb, and is not looked at.
func (s *sentence) commaConjunct(start int) int {
	if start < 4 || start >= len(s.toks) || s.toks[start-1].Lower != "," {
		return -1
	}
	tag := s.toks[start].Tag
	if tag != "VBZ" && tag != "VBP" {
		return -1
	}
	for k := start - 2; k > 0 && k >= start-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || t.Tag == "``" || t.Tag == "''" || t.Lower == "that" || subordinators.Has(t.Lower) {
			return -1
		}
		if s.inGroup[k] >= 0 || !s.clauseVerb(k) {
			continue
		}
		if t.Tag != tag || reportingVerbs.Has(t.Lemma) {
			// "Trudeau says India may be behind the killing, ...": a
			// second verb after a reported clause may be the reported
			// subject's; a past verb is another tense's clause.
			return -1
		}
		return k
	}
	return -1
}
