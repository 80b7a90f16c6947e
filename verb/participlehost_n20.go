package verb

// judgingParticiple: participles whose subject must be someone who can
// judge or ask: "blaming the government", "accusing the authorities of
// negligence", "demanding justice". An accident, a storm or a blast
// blames no one.
func judgingParticiple(lemma string) bool {
	switch lemma {
	case "blame", "accuse", "demand", "condemn", "denounce", "criticise", "criticize", "urge":
		return true
	}
	return false
}

// nounClauseHost: the verb at k heads a time clause whose own subject is
// no actor (ownNounClause: "after a tanker explosion killed 12 people");
// the verb of the clause it hangs on, the clause verb before the
// opener ("Hundreds protested in Lagos after ..."), or -1. A participle
// of judging after such a clause ("..., blaming the government") is the
// main clause's subject's act, not the accident's (N20).
func (s *sentence) nounClauseHost(k int) int {
	if !s.ownNounClause(k) {
		return -1
	}
	j := k - 1
	for j > 0 && !timeOpeners.Has(s.toks[j].Lower) {
		j--
	}
	for v := j - 1; v >= 0 && v >= j-maxReach; v-- {
		if hardStop(&s.toks[v]) {
			break
		}
		if s.inGroup[v] < 0 && s.clauseVerb(v) {
			return v
		}
	}
	return -1
}
