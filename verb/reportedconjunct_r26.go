package verb

import "github.com/parley-events/parley/internal/wordset"

// reporterConjunct: the act at start follows "and" after the verb v of a
// clause reported by a verb of saying before it ("Germany said Navalny
// had been poisoned and demanded an explanation from Moscow", "Manila
// said Chinese ships had rammed a supply boat and protested to
// Beijing", "said the rebels would lay down their arms and asked
// Colombians for forgiveness"). The act is the reporter's, coordinated
// with the verb of saying, when it cannot belong to the reported
// clause: that clause is passive and the act is not (an act with an
// object cannot share "had been"), or the clause's verb is a modal's or
// a present one and the act a past, or the clause's subject is a thing
// or a quantity, which speaks, protests and summons no one. The act must
// be one of speech or diplomacy (reporterActs). It returns the verb of
// saying, or -1.
func (s *sentence) reporterConjunct(v, start int) int {
	if start >= len(s.toks) || v < 2 || v >= start || !reporterActs.Has(s.toks[start].Lemma) {
		return -1
	}
	// The verb chain of v: its auxiliaries and adverbs.
	passive, present := false, false
	k := v - 1
	for ; k > 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD"); k-- {
		w := s.toks[k].Lower
		passive = passive || beForms.Has(w) && s.toks[v].Tag == "VBN"
		present = present || s.toks[k].Tag == "MD" || s.toks[k].Tag == "VBZ" || s.toks[k].Tag == "VBP"
	}
	if t := s.toks[v].Tag; t == "VBZ" || t == "VBP" || t == "VB" && !present {
		present = true
	}
	// Back over the reported clause's subject and "that" to the verb of
	// saying, with no other verb, comma or stop between.
	r, head := -1, -1
	for j := k; j >= 0 && j >= v-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," {
			return -1
		}
		if t.IsVerb() && s.inGroup[j] < 0 {
			if clauseTakers.Has(t.Lemma) && !reportingVerbs.Has(t.Lemma) {
				// "said tests showed proof that Navalny had been
				// poisoned": a clause seen or shown inside the one said.
				head = -1
				continue
			}
			if !reportingVerbs.Has(t.Lemma) || t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" {
				return -1
			}
			r = j
			break
		}
		if t.Tag == "NN" || t.Tag == "NNS" {
			head = j // the last common noun seen going back is the subject's head
		}
	}
	if r < 0 {
		return -1
	}
	act := s.toks[start].Tag
	switch {
	case passive && start+1 < len(s.toks) && (s.inGroup[start+1] >= 0 || s.toks[start+1].Tag == "DT" || s.toks[start+1].Tag == "CD" || s.toks[start+1].Tag == "PRP$" || s.toks[start+1].Tag == "TO" || s.toks[start+1].Lower == "for" || s.toks[start+1].Lower == "that"):
	case present && act == "VBD":
	case head >= 0 && thingSubjects.Has(s.toks[head].Lower):
	default:
		return -1
	}
	return r
}

// reporterActs are acts of speech and diplomacy that the party reporting
// a clause goes on to do ("said ... and summoned the ambassador").
var reporterActs = wordset.Of(
	"accuse", "urge", "demand", "warn", "condemn", "criticise", "criticize",
	"protest", "summon", "blame", "vow", "pledge", "threaten", "deny",
	"reject", "ask", "appeal", "promise", "welcome", "praise", "express",
	"voice", "reiterate", "lodge", "recall", "expel", "request", "call",
	"denounce", "apologise", "apologize", "thank",
)

// thingSubjects head subjects that cannot speak or protest: craft,
// weapons and quantities ("the number of extremists had risen").
var thingSubjects = wordset.Of(
	"ship", "ships", "vessel", "vessels", "boat", "boats", "aircraft",
	"jet", "jets", "plane", "planes", "drone", "drones", "missile",
	"missiles", "rocket", "rockets", "shell", "shells", "number", "numbers",
	"toll", "figure", "figures", "price", "prices", "level", "levels",
	"test", "tests", "rate", "rates", "share", "count", "total",
)

// verbBeforeAnd: the nearest verb before the conjunction at c, within its
// clause (no comma or stop between), that is no auxiliary; or -1.
func (s *sentence) verbBeforeAnd(c int) int {
	for k := c - 1; k > 0 && k >= c-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," {
			return -1
		}
		if t.IsVerb() && s.inGroup[k] < 0 && !isAux(t.Lower) {
			return k
		}
	}
	return -1
}

// durationAgo: the noun at k opens a time adverbial of a span and
// "later", "earlier" or "ago" ("released the two Canadians it had
// detained hours later", "the reporter it arrested years ago"): no object
// of the verb before it.
func (s *sentence) durationAgo(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.toks[k+1].Lower {
	case "later", "earlier", "ago":
	default:
		return false
	}
	switch s.toks[k].Lower {
	case "minutes", "hours", "days", "weeks", "months", "years", "decades":
		return true
	}
	return false
}

// includingAside: the comma at k closes an aside that "including" opens
// right after an earlier comma ("arrested five men, including two
// brothers who planned the attack, and accused Iran"): a list of some of
// the object's members, with whatever relative hangs on them. It returns
// the opening comma, or -1.
func (s *sentence) includingAside(k int) int {
	for j := k - 1; j > 0 && j >= k-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		if t.Lower == "," {
			if j+1 < k && s.toks[j+1].Lower == "including" {
				return j
			}
			return -1
		}
	}
	return -1
}

// gerundPastCondition: the gerund at start, right after "after", "before"
// or "since", follows a clause of condition, cause or concession ("if
// the South violated its territory, a day after shelling", "unless India
// withdrew, hours after shooting down a drone"): the reduced clause of
// time hangs on the main clause before that one, whose verb is returned;
// else -1 (the subject search goes on as before).
func (s *sentence) gerundPastCondition(start int) int {
	if start < 4 || start >= len(s.toks) || s.toks[start].Tag != "VBG" {
		return -1
	}
	switch s.toks[start-1].Lower {
	case "after", "before", "since":
	default:
		return -1
	}
	sub := -1
	for k := start - 2; k >= 0 && k >= start-2*maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) {
			return -1
		}
		if sub < 0 {
			switch t.Lower {
			case "if", "unless", "because", "although", "though", "whereas":
				sub = k
				continue
			}
			if t.IsVerb() && s.inGroup[k] < 0 && !isAux(t.Lower) && t.Tag != "VBG" && t.Tag != "MD" && k+1 < start-1 && !s.inCondition(k) {
				return -1 // a main clause's verb comes first
			}
			continue
		}
		if s.inGroup[k] < 0 && s.clauseVerb(k) {
			return k
		}
	}
	return -1
}

// inCondition: the verb at k stands in a clause opened by a word of
// condition, cause or concession before it, with no comma between.
func (s *sentence) inCondition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || t.IsVerb() && s.inGroup[j] < 0 && !isAux(t.Lower) {
			return false
		}
		switch t.Lower {
		case "if", "unless", "because", "although", "though", "whereas":
			return true
		}
	}
	return false
}
