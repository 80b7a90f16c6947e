// How real an event is (negation, future, hypothesis) and who reports it.

package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

var (
	negators = wordset.Of("not", "n't", "never", "no", "neither", "nor")
	futures  = wordset.Of("will", "'ll", "shall", "next", "upcoming", "forthcoming")
	hypos    = wordset.Of("would", "could", "might", "may", "should", "must", "if", "unless")
	// verbs whose complement is not (yet) an event: "plans to meet" is
	// future, "meant to reduce" and "seeks to sign" hypothetical, "denied
	// meeting" negated.
	futureVerbs = wordset.Of("plan", "intend", "schedule", "expect", "prepare", "set", "due", "go", "poise", "poised")
	hypoVerbs   = wordset.Of("mean", "aim", "seek", "hope", "want", "try", "attempt", "propose", "offer", "wish")
	hypoNouns   = wordset.Of("bid", "bids", "application", "applications", "attempt", "attempts", "effort", "efforts", "push", "drive", "quest", "plan", "plans", "proposal", "proposals", "ambition", "ambitions", "aim", "hopes", "desire", "wish", "readiness", "willingness", "intention", "ultimatum", "ultimatums", "deadline", "deadlines")
	negVerbs    = wordset.Of("deny", "refuse", "fail", "decline", "reject")
)

// modality reads the words between the clause start and the head. For
// force and coercion (forceful), an attempt is the event: "tried to storm
// the parliament", "attempted to hack the ministry" happened, failed or not.
func (s *sentence) modality(start, h int, forceful bool) Modality {
	var m Modality
	// A pattern that opens with its subject's words ("troops ... ^drive
	// + out") holds the modal between them and the head ("troops would
	// drive Boko Haram out"): the modal is read as the one before the verb.
	for k := h - 1; k > start; k-- {
		if s.toks[k].Lower == "," {
			// "Hamas must release the hostages, Blinken said": the modal
			// is the quoted obligation's, before the attribution, not the
			// speaker's (lead, s23).
			break
		}
		if s.toks[k].Tag == "MD" {
			if s.inGroup[k-1] >= 0 || s.toks[k-1].Tag == "NNS" || s.toks[k-1].Tag == "NN" {
				start = k + 1
			}
			break
		}
	}
	inverted := false // "Had Washington lifted", "Were Russia to attack"
	lo := start - 6
	if gi := s.inGroup[start]; gi >= 0 && s.groups[gi].Start > 0 {
		j := s.groups[gi].Start - 1
		if s.toks[j].Tag == "DT" && j > 0 {
			j-- // "as the troops entered"
		}
		if w := s.toks[j].Lower; timeOpener(w) {
			// "The rebels did not fire a shot as troops entered the
			// town", "did not meet after Russia's invasion": a clause or
			// phrase of its own time, with its own subject, is beyond
			// the reach of what comes before it. Looked at once, before
			// the scan.
			lo = j + 1
			if w != "as" || s.asSoonAs(j) {
				m.Hypothetical = s.futureClause(j, h)
			}
		} else if w == "when" {
			m.Hypothetical = s.futureClause(j, h)
		}
	} else if start > 2 && s.toks[start-1].Lower == "for" || start > 3 && s.toks[start-2].Lower == "for" {
		m.Hypothetical = s.exchangedFor(start)
	}
	for k := start - 1; k >= 0 && k >= lo; k-- {
		t := &s.toks[k]
		if (t.Lower == "to" || t.Lower == "for") && k > 0 && answerVerbs.Has(s.toks[k-1].Lemma) && s.toks[h].IsNoun() {
			// "Moscow will respond to the expulsion of its diplomats":
			// what is answered has happened; the modal is the answer's
			// (lead, s27).
			break
		}
		if (t.Lower == "and" || t.Lower == "or") && s.finiteAfter(k) {
			// "Venezuela denied the charges and accused Colombia": a
			// second finite verb opens its own predicate, so the first
			// one's denial, refusal or modal does not reach it. A bare
			// verb shares them ("did not meet and discuss", "refused to
			// meet and talk"), and so does a second predicate inside a
			// condition ("only if Israel agreed to a ceasefire and
			// withdrew its forces").
			if s.conditionedConjunct(k) {
				m.Hypothetical = true
			}
			break
		}
		if j := AsideOpen(s.toks, k); j >= 0 {
			// "whether the IMF, which had lent the money, made matters
			// worse": the aside's commas do not close the clause whose
			// verb this is (AsideOpen); the scan goes on before it.
			lo -= k - j
			k = j
			continue
		}
		if gi := s.inGroup[k]; gi >= 0 && s.letObject(gi, h) {
			// M31: "refused to let Ukraine strike targets", "whether to
			// allow the inspectors to visit": the one let or allowed is
			// the doer of the act, no clause subject of its own, so the
			// letting's mood (a refusal, an open question, a modal) is
			// the act's. The scan goes on before "let".
			j := s.groups[gi].Start - 1
			lo -= k - j
			k = j
			continue
		}
		if t.Lower == "whether" {
			// "It remains to be seen whether Iran will release them",
			// "asked whether Cairo would mediate": an open question.
			m.Hypothetical = true
			break
		}
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.inGroup[k] >= 0 {
			if t.Lower == "if" || t.Lower == "unless" {
				m.Hypothetical = true
			}
			if t.Lower == "that" && (s.doubtedThat(k) || s.conditionOpener(k)) {
				// "Analysts doubt that Moscow will withdraw": what is
				// doubted is not asserted, nor what is set as a
				// condition ("provided that Stockholm cracks down").
				m.Hypothetical = true
			}
			// "The army denied (that) its soldiers had shot protesters":
			// what is denied is said not to have happened. The clause's
			// subject may stand between.
			d := k
			if gi := s.inGroup[k]; gi >= 0 {
				d = s.groups[gi].Start - 1
				if d >= 0 && invertedWord(s.toks[d].Lower) && s.invertedCondition(d, start) {
					m.Hypothetical, inverted = true, true
				}
				if k == start-2 && s.toks[start-1].Lower == "to" && (s.foreseenBy(d) || s.modalGoverned(d)) {
					m.Hypothetical = true
				}
				if d >= 3 && (s.toks[d].Lower == "from" || s.toks[d].Lower == "by") && s.unaskedRequest(d-1) {
					// "has not received any request from Israel to host
					// talks", "there was no call by the UN to": an act
					// asked in a request that was never made.
					m.Negated, m.denied = true, true
				}
				if j := d; j > 0 {
					if s.toks[j].Tag == "DT" {
						j--
					}
					// "will not end the war until Hamas releases", "would
					// disarm once the army withdraws" (the tagger may call
					// "once" an adverb, which the filler scan below skips).
					if w := s.toks[j].Lower; (w == "when" || timeOpener(w) && (w != "as" || s.asSoonAs(j))) && s.futureClause(j, h) {
						m.Hypothetical = true
					}
				}
				if d >= 0 && (s.toks[d].Lower == "neither" || s.toks[d].Lower == "nor" && s.neitherBefore(d)) && !m.Negated {
					// "Neither Ankara nor Damascus has commented": the
					// negation opens the subject.
					m.Negated = !s.attitudeBetween(d, start)
				}
				for d >= 0 && s.inGroup[d] < 0 && filler(&s.toks[d]) {
					d-- // "its soldiers", "the two"
				}
			}
			if d >= 0 && (s.toks[d].Lower == "that" && s.deniedThat(d) || d < k && s.toks[d].IsVerb() && s.toks[d].Lemma == "deny") {
				m.Negated, m.denied = true, true
			}
			if d >= 0 && d < k {
				// The clause's subject stands between: "If Russia attacks
				// Moldova, ...", "whether Iran will release", "doubt
				// that Moscow will withdraw".
				switch w := s.toks[d].Lower; {
				case w == "if" || w == "unless" || w == "whether":
					m.Hypothetical = true
				case w == "that" && s.doubtedThat(d):
					m.Hypothetical = true
				case w == "that" && !m.Negated && s.allegedThat(d, start):
					m.Hypothetical = true
				case (w == "that" || w == "as" || w == "case" || w == "provided" || w == "providing") && s.conditionOpener(d):
					m.Hypothetical = true
				}
			}
			break
		}
		switch {
		case negators.Has(t.Lower):
			// "No group has claimed the bombing": the negation is the
			// claim's, and the bombing happened.
			m.Negated = m.Negated || !s.attitudeBetween(k, start)
			if m.Negated && s.perfectNot(k, h) {
				// "Kenya has not signed the agreement", "the Council has
				// not discussed the matter since 2019": a state of
				// affairs, no refusal made.
				m.denied = true
			}
		case futures.Has(t.Lower) && (t.Tag == "MD" || t.Lower == "next" || t.Lower == "upcoming"):
			m.Future = true
		case (t.Lower == "would" || t.Lower == "'d") && t.Tag == "MD" && s.hedged(k):
			// "would likely seize", "would probably agree": a forecast
			// hedged, not an intention announced.
			m.Hypothetical = true
		case (t.Lower == "would" || t.Lower == "'d") && t.Tag == "MD" && (s.reportedBefore(k) || s.warnedBefore(k) >= 0):
			// "said he would send troops": the future of reported speech,
			// an announced intention, not a hypothesis. So is what one
			// warns, vows or threatens one would do ("warned Armenia it
			// would take military action if ...").
			m.Future = true
		case s.selfWarnedMay(k) && !s.hedged(k):
			// F37: "warned it could launch an incursion" is the threat
			// announced, as "warned it would" is (warnedcould_f37.go).
			m.Future = true
		case hypos.Has(t.Lower) && (t.Tag == "MD" || t.Lower == "if" || t.Lower == "unless"):
			m.Hypothetical = true
		case futureVerbs.Has(t.Lemma) && k+1 < len(s.toks) && s.toks[k+1].Lower == "to":
			m.Future = true
		case t.Lower == "to" && k == start-1 && k > 1 && s.toks[k-1].Lower == "about":
			// X25 (nearmiss_x25.go): "was about to storm" had not been
			// done; "is about to invade" is still to come.
			if ok, past := s.aboutTo(k); ok {
				m.Future = m.Future || !past
				m.Hypothetical = m.Hypothetical || past
			}
		case t.Lower == "to" && (k == start-1 || k == start-2 && s.toks[start-1].Tag == "VB") && s.purposeTo(k):
			// "set up in 2011 to protect civilians", "the envoy's task is
			// to facilitate dialogue": a mandate, not an act.
			m.Hypothetical = true
		case t.Lower == "yet" && k+1 < len(s.toks) && s.toks[k+1].Lower == "to":
			// "Israel has yet to release the prisoners": still to come,
			// not done, so no act yet ("The ministry has yet to publish
			// the figures" is no statement).
			m.Future, m.pending, m.Hypothetical = true, true, true
			if replyVerb(s.toks[h].Lemma) {
				// "The army has yet to comment on the claims": nothing
				// was said, and nobody refused to say it.
				m.Negated, m.denied = true, true
			}
		case t.Lemma == "be" && k+1 < len(s.toks) && s.toks[k+1].Lower == "to" && (t.Tag == "VBP" || t.Tag == "VBZ" || t.Tag == "VBD"):
			// "The prisoners are to be freed on Monday", "Kenya is to
			// send police": a scheduled act, reported as such, not an
			// announced intention.
			m.Future, m.pending = true, true
		case (t.Lower == "unlikely" || t.Lower == "likely") && k+1 < len(s.toks) && s.toks[k+1].Lower == "to":
			// "Egypt is unlikely to send troops": a forecast, not an act.
			m.Hypothetical = true
		case hypoNouns.Has(t.Lower) && t.IsNoun() && k+1 < len(s.toks) && s.toks[k+1].Lower == "to":
			// "Sweden's bid to join NATO", "an attempt to end the war":
			// the act is sought, not done.
			m.Hypothetical = true
		case hypoVerbs.Has(t.Lemma) && t.IsVerb():
			if (t.Tag == "VBN" || t.Tag == "VBD") && k > 0 && s.toks[k-1].IsNoun() && k+1 < len(s.toks) && s.toks[k+1].Tag == "IN" {
				// "a businessman wanted in Lagos was detained": a
				// participle after its noun, before a preposition (not
				// "wanted to"), says what others want of the person,
				// however the tagger read it; the act is no one's wish.
				break
			}
			if !(forceful && (t.Lemma == "try" || t.Lemma == "attempt")) {
				m.Hypothetical = true
			}
		case negVerbs.Has(t.Lemma) && t.IsVerb():
			if s.attitudeBetween(k, start) {
				break // "refused to comment on the strike": it struck
			}
			m.Negated = true
			// A denial says the act did not happen; it refuses nothing.
			// So does a failure to coerce or use force ("police failed to
			// arrest him" is no defiance), while failing to agree or
			// cooperate is a rejection ("failed to reach agreement").
			m.denied = t.Lemma == "deny" || t.Lemma == "fail" && forceful
		}
	}
	if h > 0 && s.toks[h].Tag == "VBG" && s.toks[h-1].Lower == "against" {
		// "warned the West against sending troops", "voted against
		// imposing sanctions": what one is against doing is not done.
		m.Hypothetical = true
	}
	if h > 0 && s.toks[h].Tag == "VBG" && s.toks[h-1].Lower == "without" {
		// "ended the talks without reaching agreement", "withdrew without
		// firing a shot": what was done without happening did not happen.
		// It is a plain negation, no refusal, so it is not recoded as one.
		m.Negated, m.denied = true, true
	}
	if h > 0 && s.toks[h].Tag == "VBG" {
		s.gerundMood(h, &m)
		switch s.nearMiss(h) { // nearmiss_x25.go
		case ceased:
			m.Negated, m.denied = true, true
		case notCeased:
			m.Negated, m.denied = false, false
		}
		switch s.ceasedBefore(h) {
		case ceased:
			// "Bolivia stopped attacking Peru", "ceased shelling the
			// town": what one stops doing is no longer done. Like
			// "without", a plain negation, not a refusal.
			m.Negated, m.denied = true, true
		case notCeased:
			// "did not stop attacking": the negation is the stopping's,
			// and the attacks go on.
			m.Negated, m.denied = false, false
		}
	}
	if m.Negated && !m.denied && s.toks[h].IsNoun() && s.thereWasNo(h) {
		// "There was no meeting between the two leaders": an absence
		// stated, nobody's refusal.
		m.denied = true
	}
	if !inverted && s.headlineInfinitive(start) {
		// "Kenya to send police to Haiti": a headline's bare infinitive
		// after its subject announces what is to come.
		m.Future = true
	}
	// "the next round of talks", "a planned meeting": the head noun's own
	// modifiers.
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		t := &s.toks[k]
		if futures.Has(t.Lower) || t.Lower == "planned" || t.Lower == "proposed" {
			m.Future = true
		}
		if !(filler(t) || t.IsNoun() || t.Lower == "of" || t.Tag == "VBN") {
			break
		}
	}
	if s.toks[h].IsNoun() && !m.Negated {
		// "Talks between the two sides have not yet begun", "the
		// meeting has yet to take place": the head's own predicate. X26:
		// it outranks a head only proposed ("A proposed summit ... did
		// not take place" is no act, however it was meant).
		if neg, pend := s.notBegun(h); neg {
			m.Negated, m.denied = true, true
		} else if pend {
			m.Hypothetical = true
		}
	}
	// "will take place" after a nominal head.
	for k := h + 1; k < len(s.toks) && k <= h+3 && s.toks[h].IsNoun(); k++ {
		if s.toks[k].Tag != "MD" {
			continue
		}
		if futures.Has(s.toks[k].Lower) {
			m.Future = true
		}
		if hypos.Has(s.toks[k].Lower) {
			m.Hypothetical = true
		}
	}
	return m
}

// attitudeVerbs take an act for their object and say something of it
// without doing it: to claim, confirm, condemn or comment on an attack
// is not to attack, so their negation leaves the attack standing.
var attitudeVerbs = wordset.Of(
	"claim", "confirm", "condemn", "criticise", "criticize", "denounce",
	"comment", "report", "mention", "explain", "disclose", "reveal",
	"acknowledge", "recognise", "recognize", "forget", "forgive", "mourn",
	"investigate", "discuss", "welcome", "blame", "justify",
)

// attitudeBetween: a verb of attitude stands between the negation at k
// and the match at start, a nominal act ("No group has claimed the
// bombing", "declined to comment on the strike", "did not condemn the
// attack"): the negation is that verb's. A match that opens with a verb
// is no object of it: "did not condemn or criticise Togo" shares the
// negation. It runs only when a negation is in reach.
func (s *sentence) attitudeBetween(k, start int) bool {
	if t := &s.toks[start]; t.IsVerb() && t.Tag != "VBG" {
		return false
	}
	for j := k + 1; j < start; j++ {
		if t := &s.toks[j]; t.IsVerb() && attitudeVerbs.Has(t.Lemma) {
			return true
		}
	}
	return false
}

// gerundMood reads the verb a gerund at h completes for acts held back
// from or opposed. It runs for gerund heads only, out of line: modality
// runs on every pattern tried.
//
//go:noinline
func (s *sentence) gerundMood(h int, m *Modality) {
	switch p := &s.toks[h-1]; {
	case h > 1 && (p.Lower == "from" || p.Lower == "of" || p.Lower == "on"):
		switch s.heldBack(h - 1) {
		case ceased:
			// "Turkey refrained from criticising Moscow", "the EU
			// stopped short of imposing sanctions", "police prevented
			// the crowd from marching": what is held back from is not
			// done. A plain negation, no refusal, like "without".
			m.Negated, m.denied = true, true
		case notCeased:
			// "Israel did not refrain from striking": it struck.
			m.Negated, m.denied = false, false
		}
	case p.IsVerb() && opposeVerbs.Has(p.Lemma):
		// "Most Americans oppose sending more aid to Ukraine": what is
		// opposed is not done.
		m.Hypothetical = true
	}
}

// forecastVerbs, in all their forms, foresee another's act in an object
// and an infinitive: "expect Beijing to impose sanctions".
var forecastVerbs = wordset.Of(
	"expect", "expects", "expected", "expecting",
	"predict", "predicts", "predicted", "predicting",
	"forecast", "forecasts", "forecasting",
	"anticipate", "anticipates", "anticipated", "anticipating",
)

// foreseenBy: the infinitive's subject, which ends right after d, is
// the object of a verb of foreseeing: "few expect Beijing to impose
// sanctions", "expect the junta to hand power back". Another's act
// foreseen is not done. The verb is read by its word: the tagger takes
// "expect" after "few" for an adjective.
func (s *sentence) foreseenBy(d int) bool {
	for d >= 0 && (s.toks[d].Tag == "DT" || s.toks[d].Tag == "PRP$") {
		d--
	}
	return d >= 0 && forecastVerbs.Has(s.toks[d].Lower)
}

// modalGoverned: the infinitive's subject, which ends right after d, is
// the object of a bare verb under a modal of possibility: "the new rules
// would allow police to detain suspects", "sanctions could force Iran to
// close the strait". What a possible act would let or make another do is
// as possible as it. A "would" of reported speech or a warning is
// future, not possible ("said it would allow inspectors to visit").
func (s *sentence) modalGoverned(d int) bool {
	for d >= 0 && (s.toks[d].Tag == "DT" || s.toks[d].Tag == "PRP$") {
		d--
	}
	if d < 1 || s.toks[d].Tag != "VB" {
		return false
	}
	k := d - 1
	for k > 0 && s.toks[k].Tag == "RB" && !negators.Has(s.toks[k].Lower) {
		k--
	}
	t := &s.toks[k]
	if t.Tag != "MD" || !hypos.Has(t.Lower) {
		return false
	}
	if t.Lower == "would" && (s.reportedBefore(k) || s.warnedBefore(k) >= 0) {
		return false
	}
	return true
}

// opposeVerbs take the act they oppose as a gerund: "oppose sending
// troops", "resisted imposing sanctions".
var opposeVerbs = wordset.Of("oppose", "resist")

// heldBack: the preposition at k ("from", "of", "on") completes a verb of
// holding back from an act ("refrained from", "abstained from", "desisted
// from", "stopped short of", "held off on", "held back from") or of
// keeping someone else from it ("prevented the crowd from marching",
// "barred both sides from deploying"). It answers as ceasedBefore does:
// ceased, notCeased under a negation ("did not refrain from striking"),
// or notCeasing.
func (s *sentence) heldBack(k int) int {
	j := k - 1
	if w := s.toks[j].Lower; j > 0 && (w == "off" || w == "back") && s.toks[j-1].Lemma == "hold" {
		// "held back from", "held off on": the particle, which the
		// tagger may read as an adverb, before the adverbs are passed.
		if s.negatedBefore(j - 1) {
			return notCeased
		}
		return ceased
	}
	for j > 0 && s.toks[j].Tag == "RB" && !negators.Has(s.toks[j].Lower) {
		j--
	}
	t := &s.toks[j]
	v := -1 // the verb of holding back
	switch s.toks[k].Lower {
	case "from":
		switch {
		case t.IsVerb() && (t.Lemma == "refrain" || t.Lemma == "abstain" || t.Lemma == "desist"):
			v = j
		case s.inGroup[j] >= 0 || t.Tag == "PRP":
			// "prevented the crowd from", "stopped them from": past the
			// object to its verb.
			o := j
			if gi := s.inGroup[j]; gi >= 0 {
				o = s.groups[gi].Start
			}
			for o > 0 && s.inGroup[o-1] < 0 && filler(&s.toks[o-1]) {
				o--
			}
			if o > 0 && s.toks[o-1].IsVerb() && preventVerbs.Has(s.toks[o-1].Lemma) {
				v = o - 1
			}
		}
	case "of":
		if t.Lower == "short" && j > 0 && s.toks[j-1].IsVerb() && s.toks[j-1].Lemma == "stop" {
			v = j - 1
		}
	}
	if v < 0 {
		return notCeasing
	}
	if s.negatedBefore(v) {
		return notCeased
	}
	return ceased
}

// preventVerbs keep their object from the act in a "from" gerund.
var preventVerbs = wordset.Of("prevent", "stop", "bar", "block", "keep", "prohibit", "deter", "dissuade", "restrain", "discourage")

// negatedBefore: a negation among the three words before the verb at k
// ("did not refrain from attacking": the attacks happened).
func (s *sentence) negatedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if negators.Has(s.toks[j].Lower) {
			return true
		}
	}
	return false
}

// unaskedRequest: the noun at n is a request, call or invitation that
// is denied ("no request", "not received any request", "never got an
// invitation").
func (s *sentence) unaskedRequest(n int) bool {
	switch s.toks[n].Lower {
	case "request", "requests", "call", "calls", "invitation", "invitations", "appeal", "appeals", "demand", "demands", "offer", "offers":
	default:
		return false
	}
	switch s.toks[n-1].Lower {
	case "no":
		return true
	case "any", "an", "a":
		return s.negatedBefore(n - 1)
	}
	return false
}

// timeOpener: w opens a clause or phrase of time ("as troops entered",
// "after Russia's invasion"), tested by length first: it is asked of
// every word before a pattern tried.
func timeOpener(w string) bool {
	switch len(w) {
	case 2:
		return w == "as"
	case 4:
		return w == "once"
	case 5:
		return w == "after" || w == "until"
	case 6:
		return w == "before"
	}
	return false
}

// notRuledOut: m is a refusal ("refused", "declined") whose infinitive
// rules something out: "refused to rule out sending troops to Niger",
// "declined to exclude a military response". To refuse to rule an act
// out keeps it open: no one rejected anything, and the act itself is
// only possible.
func (s *sentence) notRuledOut(m *Match) bool {
	h := m.Head
	if h+3 >= len(s.toks) || s.toks[h+1].Lower != "to" || m.Pattern.Root() != "12" {
		return false // "refused to rule out military action" is a threat's own pattern (138)
	}
	switch s.toks[h].Lemma {
	case "refuse", "decline":
	default:
		return false
	}
	return s.toks[h+2].Lemma == "rule" && s.toks[h+3].Lower == "out" || s.toks[h+2].Lemma == "exclude"
}

// describedCharge: the agentless passive accusation m is a participle
// right after the people it describes, in a sentence with a finite verb
// of its own: "demolished the homes of two Palestinians accused of
// killing soldiers", "The trial of six men accused of plotting a kidnap
// opens on Monday". It says who they are, and no one accuses anyone in
// it. A headline's "Opposition leader accused of treason" has no other
// verb and is news of the charge.
//
//go:noinline
func (s *sentence) describedCharge(m *Match) bool {
	h := m.Head
	if m.Pattern.Root() != "11" || h < 1 || h+1 >= len(s.toks) || s.toks[h+1].Lower != "of" || s.inGroup[h-1] < 0 {
		return false
	}
	if t := s.toks[h].Tag; t != "VBN" && t != "VBD" {
		return false
	}
	// The people described hang on "of" ("the homes of", "the trial
	// of"): no party to the main clause. Those the main verb acts on
	// ("arrested two men accused of smuggling weapons") are charged by
	// the ones who act, and the accusation stays.
	o := s.groups[s.inGroup[h-1]].Start - 1
	for o >= 0 && (s.toks[o].Tag == "CD" || s.toks[o].Tag == "JJ" || s.toks[o].Tag == "DT") {
		o--
	}
	if o < 0 || s.toks[o].Lower != "of" {
		return false
	}
	for k := range s.toks {
		if t := &s.toks[k]; k != h && s.inGroup[k] < 0 && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") {
			return true
		}
	}
	return false
}

// calledOrShown reads the verb that takes the act of m as its object,
// once per coded match (modality runs on every pattern tried):
//   - a verb that calls it off ("called off a planned march", "postponed
//     the talks", "cancelled the visit"): the act will not happen as
//     planned; a plain negation, not a refusal (the verb's own pattern
//     codes any rejection);
//   - a verb of showing whose subject is a work of art ("The film, which
//     portrays the assassination of a president, opened in cinemas"):
//     what a film or a novel shows is told, not done, nor even foreseen;
//     calledOrShown reports true for such an act, which is dropped.
//
//go:noinline
func (s *sentence) calledOrShown(m *Match) bool {
	if s.occasionPhrase(m) {
		// "urged restraint during talks with Sisi", "called for calm on
		// a visit to Cairo": a phrase of time or occasion dates the act
		// before it and is no object of it; the talks took place.
		return false
	}
	v := m.Span[0] - 1
	for n := 0; v >= 0 && n < 5; n++ {
		t := &s.toks[v]
		if s.inGroup[v] < 0 && (t.IsVerb() && t.Tag != "VBN" && t.Tag != "VBG" || hardStop(t) || t.Lower == ",") {
			break
		}
		v-- // "a planned", "the long-awaited", "Russian soldiers", "off"
	}
	if v < 0 || s.inGroup[v] >= 0 || !s.toks[v].IsVerb() || v+1 == m.Span[0] && s.toks[v].Lower == "to" {
		return false
	}
	if s.called(v) {
		if v+1 < len(s.toks) && s.toks[v+1].Lower == "off" || s.toks[v].Lemma != "call" && s.toks[v].Lemma != "put" {
			m.Modality.Negated, m.Modality.denied = true, true
		}
		return false
	}
	if s.demanded(v, m.Span[0]) {
		// "marched in the capital to demand the release of jailed
		// leaders", "called for the withdrawal of foreign troops": the
		// act named is asked for, not done. Named by no agent, it is
		// only the demand's content (coded, if at all, as the demand)
		// and is dropped.
		m.Modality.Hypothetical = true
		return len(m.Source) == 0 && m.Agentless
	}
	return depictionVerb(s.toks[v].Lemma) && s.artworkBefore(v)
}

// occasionPhrase: match m is told in a phrase that gives the occasion
// of another act, opened by "during" or "amid" ("during talks with",
// "amid a visit by"), or by "on" before a visit, trip or tour ("on a
// visit to Cairo"). What opens it presupposes the occasion.
func (s *sentence) occasionPhrase(m *Match) bool {
	switch s.toks[m.Span[0]].Lower {
	case "during", "amid", "amidst":
		return m.Head > m.Span[0]
	case "on":
		switch s.toks[m.Head].Lemma {
		case "visit", "trip", "tour":
			return m.Head > m.Span[0]
		}
	}
	return false
}

// demanded: the verb at v demands the act named at h, its object:
// "demand the release", "seek the extradition", "called for the
// withdrawal", "pressed for the return".
func (s *sentence) demanded(v, h int) bool {
	switch s.toks[v].Lemma {
	case "demand", "seek", "urge":
		return true
	case "call", "press", "push", "appeal", "clamour", "clamor":
		for k := v + 1; k < h; k++ {
			if s.toks[k].Lower == "for" {
				return true
			}
		}
	}
	return false
}

// called: the verb at k calls off what follows it: "cancelled",
// "postponed", "scrapped", "shelved", "called off", "put off".
func (s *sentence) called(k int) bool {
	switch s.toks[k].Lemma {
	case "cancel", "postpone", "scrap", "shelve", "defer":
		return true
	case "call", "put":
		return k+1 < len(s.toks) && s.toks[k+1].Lower == "off"
	}
	return false
}

// depictionVerb: lemma tells what a work of art shows or tells.
func depictionVerb(lemma string) bool {
	switch lemma {
	case "depict", "portray", "show", "tell", "dramatise", "dramatize", "recreate", "chronicle", "feature", "imagine", "fictionalise", "fictionalize":
		return true
	}
	return false
}

// artworkBefore: a work of art (a film, a novel, a play) heads the
// clause of the verb at k, as its subject or the antecedent of its
// relative pronoun, past a phrase on it: "The film, which depicts", "a
// novel that imagines", "A film about the Korean War that depicts".
func (s *sentence) artworkBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if t := s.toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
		switch s.toks[j].Lower {
		case "film", "films", "movie", "movies", "novel", "novels", "play", "documentary", "drama", "series", "opera", "musical", "painting", "sitcom", "thriller", "biopic", "comedy", "book":
			return s.toks[j].IsNoun()
		}
	}
	return false
}

// futureClause: the clause that the time word at j opens ("until Hamas
// releases the hostages", "once the government withdraws its troops",
// "as soon as Kabul hands over", "when the EU admits Serbia") has its
// verb at h in the present, and the clause it hangs on is future or
// intended: "will not end the war until", "said they would lay down their
// arms once", "agreed to reopen the crossing after". English puts the
// future of such a clause in the present tense, so its act is still to
// come and may never: a condition, not news. A past verb ("after Hamas
// released") is told as done, and so is a present clause under a present
// or past main verb (a headline's "Hamas frees hostages after Israel
// releases prisoners").
func (s *sentence) futureClause(j, h int) bool {
	if t := &s.toks[h]; t.Tag != "VBZ" && t.Tag != "VBP" && !(t.IsVerb() && thirdPerson(t.Lower, t.Lemma)) {
		return t.Tag == "VBD" && s.backshifted(j)
	}
	if s.toks[j].Lower == "when" && s.timeRelative(j) {
		return false
	}
	return s.futureBefore(j)
}

// timeRelative: the "when" at j follows a comma after a time ("resume on
// Friday, when Blinken meets Netanyahu", "in March, when the council
// meets"): it says what happens at that time, a plan, not a condition.
func (s *sentence) timeRelative(j int) bool {
	if j < 2 || s.toks[j-1].Lower != "," {
		return false
	}
	t := &s.toks[j-2]
	if t.Tag == "CD" {
		return true // "on March 3, when", "in 2026, when"
	}
	switch t.Lower {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
		"today", "tomorrow", "tonight", "later", "spring", "summer", "autumn", "winter",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// thirdPerson: w is the -s form of the verb lemma, whatever tag the
// tagger gave it ("withdraws" is sometimes read as a past form).
func thirdPerson(w, lemma string) bool {
	return len(w) == len(lemma)+1 && w[len(w)-1] == 's' && strings.HasPrefix(w, lemma) ||
		len(w) == len(lemma)+2 && strings.HasSuffix(w, "es") && strings.HasPrefix(w, lemma)
}

// futureBefore: a modal of the future ("will", "would", "won't") or an
// infinitive after a verb ("agreed to free", "threatened to boycott")
// stands before token j in its sentence. A headline (a line with no full
// stop) tells the past in the present and the future by a bare
// infinitive ("Russia to expel diplomats after Britain expels envoys"):
// its clauses are left as told.
func (s *sentence) futureBefore(j int) bool {
	if n := len(s.toks); n == 0 || s.toks[n-1].Lower != "." && (n < 2 || s.toks[n-2].Lower != ".") {
		return false
	}
	for k := j - 1; k >= 0; k-- {
		t := &s.toks[k]
		if hardStop(t) {
			return false
		}
		switch {
		case t.Tag == "MD":
			switch t.Lower {
			case "will", "would", "'ll", "wo", "shall", "'d":
				return true
			}
		case t.Lower == "to" && k+1 < j && s.toks[k+1].Tag == "VB" && k > 0 && s.toks[k-1].IsVerb():
			return true
		}
	}
	return false
}

// asSoonAs: the "as" at j closes "as soon as" or "as early as".
func (s *sentence) asSoonAs(j int) bool {
	return j >= 2 && s.toks[j-2].Lower == "as" && (s.toks[j-1].Lower == "soon" || s.toks[j-1].Lower == "early")
}

// exchangedFor: the nominal act at start is what a future or intended
// act is offered "in exchange for" or "in return for" ("agreed to free
// ten hostages in return for the release of 30 prisoners", "will lift
// the blockade in exchange for an end to the rocket fire"): the price
// asked, not yet paid. A swap told in the past ("freed ten hostages in
// exchange for the release of") happened on both sides.
func (s *sentence) exchangedFor(start int) bool {
	f := start - 1
	if s.toks[f].Tag == "DT" {
		f--
	}
	if f < 2 || s.toks[f].Lower != "for" || s.toks[f-2].Lower != "in" {
		return false
	}
	if w := s.toks[f-1].Lower; w != "exchange" && w != "return" {
		return false
	}
	return s.futureBefore(f - 2)
}

// invertedWord: w may open an inverted condition ("had", "were",
// "should"), by length and first letter: it is asked on most patterns
// tried.
func invertedWord(w string) bool {
	return (len(w) == 3 || len(w) == 4 || len(w) == 6) && (w[0] == 'h' || w[0] == 'w' || w[0] == 's')
}

// invertedCondition: the word at d opens a conditional clause by
// inversion, with the clause's subject between it and the match at
// start: "Had Washington lifted the sanctions, ...", "Were Russia to
// attack Moldova, ...", "Should Iran close the strait, ...". It must open
// the sentence or follow a comma: "Iran had lifted" is no inversion.
func (s *sentence) invertedCondition(d, start int) bool {
	ok := false
	switch s.toks[d].Lower {
	case "had":
		// The tagger, not seeing the inversion, may read the
		// participle as a past form.
		ok = s.toks[start].Tag == "VBN" || s.toks[start].Tag == "VBD"
	case "were":
		ok = start > 0 && s.toks[start-1].Lower == "to"
	case "should":
		ok = s.toks[start].Tag == "VB"
	}
	if !ok || d == 0 {
		return ok
	}
	switch s.toks[d-1].Lower {
	case ",", "\"", "``", "(":
		return true
	}
	return false
}

// ceasingVerbs end the activity their gerund names.
var ceasingVerbs = wordset.Of("stop", "cease", "quit", "halt", "discontinue")

// Answers of ceasedBefore.
const (
	notCeasing = iota
	ceased
	notCeased
)

// ceasedBefore: a ceasing verb right before the gerund at h, adverbs
// aside ("stopped attacking", "quickly ceased firing"): ceased, or
// notCeased when a negation governs the ceasing verb ("did not stop
// attacking"), else notCeasing.
func (s *sentence) ceasedBefore(h int) int {
	k := h - 1
	for k > 0 && s.toks[k].Tag == "RB" && !negators.Has(s.toks[k].Lower) {
		k--
	}
	if !s.toks[k].IsVerb() || !ceasingVerbs.Has(s.toks[k].Lemma) {
		return notCeasing
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if negators.Has(s.toks[j].Lower) {
			return notCeased
		}
	}
	return ceased
}

// headlineInfinitive: the match at start is a bare infinitive right after
// its subject with no verb before it in the sentence, the headline form of
// the future ("Kenya to send police to Haiti", "Sudan army, RSF to resume
// talks"). After any verb the infinitive belongs to that verb ("urged
// Kenya to send").
func (s *sentence) headlineInfinitive(start int) bool {
	k := start - 1
	for k >= 0 && s.inGroup[k] < 0 && s.toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || s.toks[k].Lower != "to" || s.inGroup[k-1] < 0 {
		return false
	}
	for j := s.groups[s.inGroup[k-1]].Start - 1; j >= 0; j-- {
		if t := &s.toks[j]; t.IsVerb() || t.Tag == "MD" {
			return false
		}
	}
	return true
}

// denialNouns are what a denial can deny "that" of: "rejected claims that
// its troops had crossed the border".
var denialNouns = wordset.Of(
	"claims", "claim", "reports", "report", "allegations", "allegation",
	"accusations", "accusation", "charges", "suggestions", "rumours",
	"rumors", "speculation",
)

// thereWasNo: the noun at h is the subject of an existential negation,
// "there was no", "there have been no", "there will be no".
func (s *sentence) thereWasNo(h int) bool {
	k := h - 1
	for k >= 0 && h-k <= 3 && (s.toks[k].Tag == "JJ" || s.toks[k].Tag == "NN") {
		k-- // "no formal peace talks"
	}
	if k < 1 || s.toks[k].Lower != "no" {
		return false
	}
	for k--; k >= 0 && k >= h-8; k-- {
		w := s.toks[k].Lower
		if w == "there" {
			return true
		}
		if !isAux(w) && w != "be" && s.toks[k].Tag != "MD" && s.toks[k].Tag != "RB" {
			return false
		}
	}
	return false
}

// finiteAfter: a finite verb follows the coordinator at k, adverbs
// aside ("and later accused").
func (s *sentence) finiteAfter(k int) bool {
	j := s.pastAdverbs(k)
	if j >= len(s.toks) {
		return false
	}
	switch s.toks[j].Tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// pastAdverbs: the first token after k that is not one of up to three
// adverbs ("and later accused", "bombing almost certainly killed").
func (s *sentence) pastAdverbs(k int) int {
	j := k + 1
	for j < len(s.toks) && j <= k+3 && s.toks[j].Tag == "RB" {
		j++
	}
	return j
}

// doubtVerbs cast doubt on their that-clause.
var doubtVerbs = wordset.Of("doubt")

// doubtedThat: the "that" at k opens the complement of doubt: "doubt
// that", "doubts that", "expressed doubt that", "was doubtful that".
func (s *sentence) doubtedThat(k int) bool {
	if k == 0 {
		return false
	}
	t := &s.toks[k-1]
	return doubtVerbs.Has(t.Lemma) || t.Lower == "doubtful" || t.Lower == "unclear" || t.Lower == "uncertain" || t.Lemma == "confirm" && t.IsVerb() && s.unsaid(k-1)
}

// unsaid: the verb of saying at v is negated or refused ("has not
// confirmed that", "would not say", "declined to confirm", "neither
// confirmed nor denied"): its speaker asserted nothing, so what follows
// is not reported by it, and a that-clause after "not confirmed" is
// unconfirmed, not asserted.
func (s *sentence) unsaid(v int) bool {
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		t := &s.toks[j]
		switch {
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never" || t.Lower == "neither":
			return true
		case t.Lower == "to" && j > 0 && s.toks[j-1].IsVerb():
			switch s.toks[j-1].Lemma {
			case "decline", "refuse", "fail":
				return true
			}
			return false
		case t.Tag == "MD" || t.Tag == "RB" || t.Lemma == "have" || t.Lemma == "do" || t.Lemma == "be":
			continue
		}
		return false
	}
	return false
}

// conditionOpener: the word at d, with the words before it, opens a
// condition: "in the event that", "provided (that)", "on condition
// that", "as long as", "so long as", "in case". What is set as a
// condition has not happened.
func (s *sentence) conditionOpener(d int) bool {
	if d < 1 {
		return false
	}
	w, p := s.toks[d].Lower, s.toks[d-1].Lower
	switch w {
	case "that":
		return p == "event" || p == "provided" || p == "providing" || p == "condition"
	case "provided", "providing":
		return true
	case "as":
		return p == "long"
	case "case":
		return p == "in"
	}
	return false
}

// allegedNouns carry a that-clause that someone alleges and the
// sentence does not assert: "looking into reports that its troops had
// fired", "an inquiry into allegations that soldiers had killed".
var allegedNouns = wordset.Of(
	"claims", "claim", "reports", "allegations", "allegation",
	"accusations", "rumours", "rumors", "suggestions", "speculation",
)

// allegedThat: the "that" at k opens the clause of an allegation noun
// ("investigating claims that officers had beaten protesters"), or the
// clause of a demand in the subjunctive ("insisted that Russia withdraw
// its troops"): a bare verb after the clause's subject, with no modal
// or tense of its own, is asked for, not done.
func (s *sentence) allegedThat(k, start int) bool {
	if n := s.claimNoun(k); n >= 0 && allegedNouns.Has(s.toks[n].Lower) && s.toks[n].IsNoun() {
		return !s.vouchedFor(n)
	} else if n >= 0 && s.rumourSpread(n) >= 0 {
		// "Rumours swirled in Harare that the army was preparing"
		r := s.rumourSpread(n)
		return s.toks[r].IsNoun() && allegedNouns.Has(s.toks[r].Lower)
	}
	return s.toks[start].Tag == "VB" && s.subjunctiveVerb(k)
}

// claimNoun: the word whose that-clause the "that" at k opens, past a
// phrase naming who makes the claim ("claims by rights groups that
// soldiers had executed villagers", "reports from activists that"); -1
// when k opens no clause.
func (s *sentence) claimNoun(k int) int {
	j := k - 1
	if j < 2 {
		return -1
	}
	if gi := s.inGroup[j]; gi >= 0 && s.groups[gi].End == k {
		if b := s.groups[gi].Start - 1; b > 0 && (s.toks[b].Lower == "by" || s.toks[b].Lower == "from") {
			return b - 1
		}
	}
	return j
}

// vouchedFor: the allegation noun at n is the object of a verb that
// vouches for it ("Amnesty said it had documented reports that soldiers
// had killed", "verified claims that"): the speaker asserts the act.
func (s *sentence) vouchedFor(n int) bool {
	j := n - 1
	for j > 0 && (s.toks[j].Tag == "JJ" || s.toks[j].Tag == "DT" || s.toks[j].Tag == "CD") {
		j-- // "documented dozens of credible reports"
	}
	if j < 0 || !s.toks[j].IsVerb() {
		return false
	}
	switch s.toks[j].Lemma {
	case "document", "confirm", "verify", "corroborate", "substantiate", "collect", "gather":
		return true
	}
	return false
}

// subjunctiveVerb: the verb before the "that" at k demands
// ("insisted that", "demanded that", "proposed that").
func (s *sentence) subjunctiveVerb(k int) bool {
	if k == 0 {
		return false
	}
	t := &s.toks[k-1]
	if !t.IsVerb() {
		return false
	}
	switch t.Lemma {
	case "insist", "demand", "propose", "suggest", "recommend", "urge", "ask", "request", "require":
		return true
	}
	return false
}

// deniedThat: the "that" at k opens the complement of a denial: "denied
// that", "rejected claims that", "dismissed reports that".
func (s *sentence) deniedThat(k int) bool {
	j := k - 1
	if j < 0 {
		return false
	}
	if t := &s.toks[j]; t.IsVerb() && t.Lemma == "deny" {
		return true
	}
	j = s.claimNoun(k)
	if j < 0 || !denialNouns.Has(s.toks[j].Lower) {
		return false
	}
	for n := j; j >= 0 && j >= n-6; j-- {
		if j == n {
			continue
		}
		t := &s.toks[j]
		if t.Lower == "as" {
			// "rejected as baseless accusations that", "dismissed as
			// propaganda claims that": the verb's judgement stands
			// before its object.
			continue
		}
		if t.IsVerb() {
			switch t.Lemma {
			case "deny", "reject", "dismiss", "refute", "rebut":
				return true
			}
			return false
		}
		if !filler(t) {
			return false
		}
	}
	return false
}

// reportedBefore reports a reporting verb before token k in the sentence.
func (s *sentence) reportedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if s.toks[j].IsVerb() && reportingVerbs.Has(s.toks[j].Lemma) {
			return true
		}
	}
	return false
}

// vowVerbs announce what their subject would do as a threat or a vow.
var vowVerbs = wordset.Of("warn", "threaten", "vow", "pledge", "promise", "swear", "assure")

// warnedBefore: the modal at k is the future of a clause that a warning,
// threat or vow governs, "warned (Armenia) (that) it would": the verb is
// at most three tokens before the modal's subject, with only its object
// between. It returns the verb's index, or -1.
func (s *sentence) warnedBefore(k int) int {
	j := k - 1
	for j >= 0 && (s.inGroup[j] >= 0 || s.toks[j].Tag == "PRP" || s.toks[j].Tag == "DT" || s.toks[j].Tag == "PRP$") {
		j-- // the modal's subject, "it", "Moscow", "the army", "his forces"
	}
	if j >= 0 && s.toks[j].Lower == "that" {
		j--
		// F37: "warned on Tuesday that it would": the day the warning
		// was given stands between the verb and its clause.
		if j >= 1 && weekdays.Has(s.toks[j].Lower) && s.toks[j-1].Lower == "on" {
			j -= 2
		}
	}
	for n := 0; j >= 0 && n < 6 && s.inGroup[j] >= 0; n++ {
		j-- // the party warned
	}
	if j >= 0 && s.toks[j].IsVerb() && vowVerbs.Has(s.toks[j].Lemma) {
		return j
	}
	return -1
}

// reporting assigns reporters: the subject of a speech verb reports the
// events in its complement ("X said that ...", "..., X said") and "according
// to X" reports the whole sentence. The speech event itself is kept next to
// the events it reports: the statement is an event too.
func (s *sentence) reporting(r *Result) {
	var shown uint64 // matches a work of art shows, dropped
	for i := range r.Matches {
		// Only an act named by a noun or a gerund is a verb's object.
		if t := &s.toks[r.Matches[i].Head]; (t.IsNoun() || t.Tag == "VBG") && s.calledOrShown(&r.Matches[i]) && i < 64 {
			shown |= 1 << i
		}
	}
	if shown != 0 {
		r.dropMasked(shown)
	}
	forecast := false // a possible act, which a pundit may have guessed
	if len(r.Matches) > 0 {
		var asked uint64 // acts only asked for, threatened or alleged, dropped
		for i := range r.Matches {
			m := &r.Matches[i]
			if i >= 64 || m.Pattern.Speech {
				continue
			}
			if m.Governor > 0 && !m.Modality.Hypothetical && !m.Modality.Negated {
				s.governorMood(m)
			}
			forecast = forecast || m.Modality.Hypothetical || m.Code != "" && m.Modality.Future || s.toks[m.Span[0]].Tag == "MD" || m.Span[0] > 0 && s.toks[m.Span[0]-1].Tag == "MD"

			if m.Modality.Hypothetical && (s.askedFor(r.Matches, i) || s.untoldWhether(m.Span[0])) || m.Pattern.Code[0] == '0' && m.Pattern.Code[1] == '1' && s.marketMood(m) || (m.Modality.Hypothetical || m.Governor > 0) && m.Span[0] > 2 && s.allegedAct(m.Span[0]) || m.Span[0] > 3 && s.toks[m.Head].IsNoun() && s.reportedOf(m.Span[0]) || m.Span[0] > 3 && (s.toks[m.Span[0]-1].Lower == "to" || s.toks[s.helpedObject(m.Span[0])-1].Lower == "help") && s.postureAim(r.Matches, i) || s.helpedAsked(r.Matches, i) || s.threatCondition(r.Matches, i) || s.afterNoun(r.Matches, i) {
				asked |= 1 << i
			}
		}
		if asked != 0 {
			r.dropMasked(asked)
		}
	}
	if forecast && len(r.Matches) > 0 {
		s.guesses(r)
	}
	var speech, other []int
	for i := range r.Matches {
		if r.Matches[i].Pattern.Speech {
			speech = append(speech, i)
		} else {
			other = append(other, i)
		}
	}
	if len(r.Matches) == 1 && len(speech) == 1 && s.contentless(&r.Matches[0]) {
		r.Matches = r.Matches[:0]
		return
	}
	if len(speech) > 0 && s.asides(r, speech) {
		// speech and other index r.Matches: start again without them.
		s.reporting(r)
		return
	}
	if len(speech) > 0 && s.opinionSpeaker(r, speech) {
		// speech and other index r.Matches: start again without them.
		s.reporting(r)
		return
	}
	if len(speech) > 0 && s.outletSpeaker(r, speech) {
		s.reporting(r)
		return
	}
	// Only events other than speech take a reporter, and most sentences
	// have none: the scans for "according to" and for speech verbs wait.
	if len(other) > 0 {
		s.reporters(r, other)
	}
	s.reportedActs(r)
	// An event needs an agent unless the text leaves it out on purpose
	// (a passive with no "by"), or it lists its participants.
	kept := r.Matches[:0]
	for _, m := range r.Matches {
		// Violence with a victim but no named perpetrator is still an
		// event ("a roadside bomb killed five soldiers"): the source is
		// unknown, as in ACLED's "unidentified armed group".
		// Protest by an unnamed crowd against a named target is one too
		// ("Thousands marched against the government").
		violent := len(m.Target) > 0 && (m.Pattern.Root() == "14" || m.Pattern.Root() == "18" || m.Pattern.Root() == "19" || m.Pattern.Root() == "20")
		// An [agentless] line that names who received the act keeps it
		// with its agent unknown, as one that names nobody keeps it for
		// its place: "More than 300 aid trucks entered the Gaza Strip".
		violent = violent || len(m.Target) > 0 && m.Pattern.Agentless
		if len(m.Source) == 0 && !m.Passive && !m.Agentless && len(m.Participants) == 0 && !m.Orphan && !violent && !(len(m.Target) > 0 && s.personSubject(m.Span[0])) {
			continue
		}
		if len(m.Source) == 0 && m.Passive && s.describedCharge(&m) || s.notRuledOut(&m) {
			continue
		}
		kept = append(kept, m)
	}
	r.Matches = kept
	s.accusations(r)
	if len(speech) > 0 && len(other) > 0 {
		// "Rebels shelled the town, officials said": a trailing
		// attribution only sources the event before it, as CAMEO coders
		// read it; its speaker lives on as reported_by. A leading "X said
		// that ..." stays a statement of its own: X chose to speak.
		kept = r.Matches[:0]
		for i, m := range r.Matches {
			if m.Pattern.Speech && m.Code == "" && (reports(r.Matches, i) || m.byText && reportsAfter(r.Matches, i)) {
				continue
			}
			kept = append(kept, m)
		}
		r.Matches = kept
	}
	// Otherwise a statement is an event of its own (CAMEO 01: who said
	// it, and to whom), and it also reports the events in its complement.
	// A statement with no actor for a speaker was dropped above.
}

// contentless: the plain statement m (010, addressed to no one) is the
// sentence's only match, and what it says names no political actor and
// no political act: a tally, a result, the weather, a market, a disaster
// ("Heavy rains have displaced 200,000 people in eastern Kenya, the Red
// Cross said", "The central bank said foreign reserves rose to $31
// billion", "Police said no one was injured during the carnival"). Such
// a report passes on news of no one's act, and a CAMEO coder codes
// nothing. It takes a sign that the content is of that kind: a noun of
// such a matter (apoliticalNouns) or a clause that says nothing happened.
// Statements with political content stay (the ConfliBERT raters code a
// plain political statement 01): content naming any actor but civilians
// and the places where things happened, the speaker speaking of itself
// (a pronoun), a leader speaking, a quote, a future announced ("said
// elections would be held next year") or a noun of a political act ("the
// talks were useful", "the sanctions stay in place").
//
// A figure is a sign too (countSign: "More than 3 million people have
// been displaced since April, OCHA said"), and so is a death of old age
// (obituary), which no one's act and no leader's word makes political.
//
//go:noinline
func (s *sentence) contentless(m *Match) bool {
	if m.Pattern.Code != "010" || m.Code != "" || len(m.Participants) > 0 || len(m.Source) != 1 || m.FromPrevious {
		return false
	}
	sp := m.Source[0]
	// The sign of a matter of no one's act first: most statements have
	// none, and are kept after one look at their nouns.
	apolitical, tally := false, false
	for k := range s.toks {
		t := &s.toks[k]
		switch w := t.Lower; w {
		case "no", "nobody", "none":
			apolitical = s.nothingHappened(k)
		case "percent", "%", "seats", "votes", "majority", "run-off", "runoff", "election", "elections", "polls":
			tally = true // X23: who won an election or a run-off is a tally too
		default:
			apolitical = t.IsNoun() && apoliticalNouns.Has(w) || t.Lemma == "harvest" && t.IsVerb() || s.figureSign(k) || s.figureChange(k) // figure_x25.go
		}
		if apolitical {
			break
		}
	}
	result := !apolitical && tally && s.electionResult(m.Head)
	dieAt := -1
	if !apolitical && !result {
		dieAt = s.obituary()
	}
	died := dieAt >= 0
	apolitical = apolitical || !result && !died && s.countSign()
	// A target is allowed: the loop below still asks every actor but the
	// speaker to be a bystander ("the ministry said 400 schools had been
	// damaged by the floods" takes the schools for its target).
	if !apolitical && !result && !died || s.leader(&sp) && !died && !(apolitical && s.portfolioMinister(sp.Start, sp.End)) {
		return false
	}
	clause := false
	for k := range s.toks {
		if k >= sp.Start && k < sp.End || k == m.Head {
			continue
		}
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			if s.outletAttribution(gi) {
				continue // "..., TASS reported": the outlet passing it on
			}
			if died && (s.groups[gi].End <= dieAt || s.placeBefore(s.groups[gi].Start-1) >= 0 && s.toks[s.placeBefore(s.groups[gi].Start-1)].Lower == "in") {
				continue // the dead, whoever they were, and where they died
			}
			if !result && !s.bystanders(gi) && !(apolitical && (s.tallySubject(s.groups[gi].End) || s.tradePartner(gi))) {
				return false // the parties of an election result are no sign of an act
			}
			continue
		}
		switch t.Tag {
		case "PRP", "``", "''":
			return false
		case "PRP$":
			if w := t.Lower; w == "our" || w == "my" || w == "its" && !s.trailingSpeaker(&sp) {
				return false // the speaker's own ("its reserves"); "their homes" are the victims'
			}
		case "MD":
			if (futures.Has(t.Lower) || t.Lower == "would") && !s.figureModal(k) {
				return false // "said elections would be held next year": a plan announced
			}
		}
		if t.Lower == "\"" || politicalNouns.Has(t.Lower) && !(k > 0 && (s.toks[k-1].Lower == "no" || t.Tag == "VBG" && s.toks[k-1].Lower == ",")) && !s.despite(k) {
			return false
		}
		clause = clause || t.IsVerb()
	}
	return clause
}

// electionResult: what the statement at head says is who won how much
// of a vote ("the ruling party won 62 percent of the vote", "the
// opposition took 212 of the 350 seats", "secured a majority"): a tally
// of ballots, which CAMEO codes as no one's act. The parties it names
// do not make it political content; a vote rigged or annulled is an act
// and is coded by its own pattern.
func (s *sentence) electionResult(head int) bool {
	for k := range s.toks {
		if k == head || !s.toks[k].IsVerb() {
			continue
		}
		switch s.toks[k].Lemma {
		case "win", "take", "secure", "garner", "capture", "get", "obtain", "poll", "defeat", "beat":
		default:
			continue
		}
		// X22: "won Taiwan's presidential election with 40 percent" puts
		// the share eight words on.
		for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
			switch s.toks[j].Lower {
			case "percent", "%", "seats", "votes", "majority":
				return true
			case "run-off", "runoff", "election", "elections", "polls":
				// X23: "narrowly defeated Bolsonaro in Brazil's presidential
				// run-off", "won the election": the result, no one's act.
				return true
			case ",", ".", ";":
				j = len(s.toks)
			}
		}
	}
	return false
}

// nothingHappened: the token at k opens a clause that says nothing
// happened: "no one was hurt", "nobody was injured", "no shots were
// fired", "no arrests were made".
func (s *sentence) nothingHappened(k int) bool {
	w := s.toks[k].Lower
	j := k + 1
	switch {
	case w == "nobody" || w == "none":
	case w == "no" && j+2 < len(s.toks) && (s.toks[j].Lower == "reports" || s.toks[j].Lower == "report") && s.toks[j+1].Lower == "of":
		// "There were no reports of casualties"
		return noneOfHarm(s.toks[j+2].Lower)
	case w == "no" && j < len(s.toks) && noneOfHarm(s.toks[j].Lower):
		return true // "There were no casualties"
	case w == "no" && j < len(s.toks) && (s.toks[j].Lower == "one" || s.toks[j].IsNoun()):
		j++
	default:
		return false
	}
	return j+1 < len(s.toks) && (s.toks[j].Lower == "was" || s.toks[j].Lower == "were") && s.toks[j+1].Tag == "VBN"
}

// apoliticalNouns name the matters of reports that carry no one's act:
// the economy's figures, the weather and disasters, fires and accidents,
// public health tallies, festivals and turnout. They only count in a
// statement whose content names no political actor or act (see
// contentless).
var apoliticalNouns = wordset.Of(
	"inflation", "unemployment", "gdp", "economy", "reserves", "output",
	"temperatures", "temperature", "weather", "rainfall", "harvest",
	"floods", "flooding", "quake", "earthquake", "storm", "typhoon",
	"cyclone", "hurricane", "drought", "heatwave", "landslide",
	"blaze", "fire", "accident", "crash", "collision", "derailment",
	"festival", "concert", "carnival", "visitors", "tourists",
	"turnout", "attendance", "cholera", "measles", "outbreak",
	"crop", "crops", "wildfire", "wildfires", "snowfall", "profit",
	"profits", "revenue", "prices", "tourism", "downpours", "snowstorm", "avalanche", "mudslide", "mudslides",
	"landslides", "tsunami", "eruption", "volcano", "heat", "bus", "ravine",
	"ferry",
	// Epidemics and the health and welfare figures agencies count: what
	// a health ministry or a U.N. agency reports of them is a count, not
	// an act ("Malaria cases in Ethiopia doubled last year, the health
	// ministry said"). Not "toll", which an attack has as often as a
	// flood, nor a season's "rains", which officials speak of as policy.
	"virus", "epidemic", "pandemic", "ebola", "dengue", "malaria",
	"coronavirus", "covid-19", "covid", "infections", "polio", "mpox",
	"diphtheria", "tuberculosis", "poverty", "malnutrition",
	"monsoon", "snow", "storms", "cyclones", "floodwaters",
	"earthquakes", "aftershocks", "exports", "imports",
)

// ownsTally: the phrase ending before e is a possessive whose noun
// phrase is a matter of no one's act ("Ukraine's wheat harvest", "Egypt's
// annual inflation"): the state is where the figure is counted.
func (s *sentence) ownsTally(e int) bool {
	if e+1 >= len(s.toks) || s.toks[e].Tag != "POS" {
		return false
	}
	for k := e + 1; k < len(s.toks) && k <= e+4; k++ {
		t := &s.toks[k]
		if t.IsNoun() && (apoliticalNouns.Has(t.Lower) || countHeads.Has(t.Lower) || currencyNoun.Has(t.Lower)) {
			return true
		}
		if !filler(t) && !t.IsNoun() {
			return false
		}
	}
	return false
}

// despite: the noun at k stands in a "despite" phrase ("the harvest rose
// despite the war"): the setting a tally is set against, not what the
// statement is about.
func (s *sentence) despite(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.toks[j].Lower == "despite" {
			return true
		}
		if !filler(&s.toks[j]) && !s.toks[j].IsNoun() {
			return false
		}
	}
	return false
}

// opinionSpeaker drops the plain statements (010) of opinion writers:
// a columnist, an editorial, a commentator ("A columnist in the
// Washington Post argued that the sanctions had failed", "The
// newspaper's editorial said the government had mishandled the
// crisis"). An opinion piece argues; it is no party's act, and CAMEO
// codes none. A paper's statement "in an editorial" is the paper's own
// and stays. It reports whether it dropped any.
//
//go:noinline
func (s *sentence) opinionSpeaker(r *Result, speech []int) bool {
	var drop uint64
	for _, i := range speech {
		m := &r.Matches[i]
		if i >= 64 || m.Pattern.Code != "010" || m.Code != "" || len(m.Source) != 1 || m.FromPrevious || m.Source[0].Start >= m.Head {
			continue
		}
		for k := m.Source[0].Start; k < m.Head && k < len(s.toks); k++ {
			switch s.toks[k].Lower {
			case "columnist", "columnists", "editorial", "editorials", "commentator", "commentators", "op-ed", "blogger", "bloggers", "pundit", "pundits", "leader-writer":
				drop |= 1 << i
			}
		}
	}
	if drop == 0 {
		return false
	}
	r.dropMasked(drop)
	return true
}

// leader: the speaker is a person the dictionaries name, or a head of
// state, government or ministry: what a leader chooses to say of the
// economy or a storm is a political statement, where an agency's figures
// are a report.
func (s *sentence) leader(p *actor.Phrase) bool {
	for _, pt := range p.Parts {
		if pt.Entry != nil && len(pt.Entry.Ranges) > 0 {
			return true
		}
	}
	for k := p.Start; k < p.End && k < len(s.toks); k++ {
		switch s.toks[k].Lower {
		case "president", "minister", "premier", "chancellor", "king", "queen", "emir", "prince", "leader", "secretary-general", "secretary", "governor", "mayor":
			return true
		}
	}
	return false
}

// bystanders: every phrase of group gi is civilians or a place where
// something happened ("people in eastern Kenya", "on Lombok island"):
// no party to a political event.
func (s *sentence) bystanders(gi int) bool {
	g := &s.groups[gi]
	placed := false // the phrase before was a place where it happened
	for pi, p := range g.Phrases {
		if len(p.Sectors) == 1 && (p.Sectors[0] == "CVL" || p.Sectors[0] == "AGR" || p.Sectors[0] == "REF" || p.Sectors[0] == "EDU") {
			// Civilians and farmers: those a tally counts or a harvest
			// is reaped by, no party to a political act. So are refugees
			// and schools in an agency's count ("the number of refugees
			// in Chad has doubled", "400 schools were damaged by the
			// floods").
			placed = false
			continue
		}
		if len(p.Sectors) > 0 {
			return false
		}
		if s.ownsTally(p.End) {
			placed = false
			continue // "Ukraine's wheat harvest rose", "Japan's economy shrank"
		}
		if e := p.End; e < len(s.toks) && s.toks[e].IsNoun() && (apoliticalNouns.Has(s.toks[e].Lower) || currencyNoun.Has(s.toks[e].Lower)) {
			placed = false
			continue // "the Pakistan floods", "Libya floods: ...": the place names the matter
		}
		k := p.Start - 1
		if pi > 0 && placed && k >= 0 {
			if w := s.toks[k].Lower; w == "," || w == "and" || w == "or" {
				continue // "in Guinea, Liberia and Sierra Leone": one list of places
			}
		}
		k = s.placeBefore(k)
		if k < 0 {
			return false
		}
		if s.toks[k].Lower == "of" && k > 0 && s.toks[k-1].Tag != "POS" {
			// "in the Horn of Africa", "across much of Europe", "in
			// parts of Kenya": a region of the place.
			switch j := k - 1; {
			case s.inGroup[j] >= 0:
				return false
			case s.toks[j].Tag == "NNP":
				k = s.placeBefore(j)
			case regionWords.Has(s.toks[j].Lower):
				k = s.placeBefore(j - 1)
			default:
				return false
			}
		}
		if k < 0 {
			return false
		}
		switch s.toks[k].Lower {
		case "in", "on", "at", "near", "across", "throughout", "around", "through", "along", "off", "over", "inside", "within":
		default:
			return false
		}
		placed = true
	}
	return true
}

// placeBefore steps back from k over the words that may stand before a
// place in a locative phrase ("in eastern Kenya", "in the southern
// Sindh") and returns the index of the first word that may not, or -1.
func (s *sentence) placeBefore(k int) int {
	for k >= 0 && (s.toks[k].Tag == "JJ" || s.toks[k].Tag == "DT" || s.toks[k].Tag == "NNP") && s.inGroup[k] < 0 {
		k--
	}
	return k
}

// regionWords name a part of a place before "of" ("parts of Kenya",
// "much of Europe", "the north of Syria").
var regionWords = wordset.Of(
	"parts", "part", "much", "most", "areas", "regions", "north", "south",
	"east", "west", "northeast", "northwest", "southeast", "southwest",
	"centre", "center", "rest",
)

// politicalNouns name political acts and matters: a statement about them
// is political content, even with no actor named ("the talks were
// useful", "the sanctions would stay in place").
var politicalNouns = wordset.Of(
	"talks", "negotiations", "dialogue", "sanctions", "ceasefire", "truce",
	"war", "attack", "attacks", "offensive", "fighting", "clashes",
	"violence", "conflict", "crisis", "deal", "agreement", "accord",
	"treaty", "peace", "aid", "visit", "summit", "meeting", "protest",
	"protests", "strike", "strikes", "arrest", "arrests", "detention",
	"ban", "law", "bill", "decree", "policy", "reforms", "investigation",
	"inquiry", "charges", "trial", "verdict", "weapons", "arms",
	"missile", "missiles", "nuclear", "security", "border", "sovereignty",
	"independence", "occupation", "invasion", "coup", "terrorism",
	"corruption", "rights", "democracy", "killing", "killings",
	"executions", "hostages", "prisoners", "relations", "ties",
	"cooperation", "support", "threat", "threats", "accusations",
	"allegations", "demands", "proposal", "plan", "resolution",
	"situation", "humanitarian",
	// a curfew, a siege, a blockade or a bombardment is someone's act
	// (an election's figures stay a tally: dev10 codes none)
	"constitution", "curfew", "siege", "blockade", "bombing", "bombings",
	"bombardment", "shelling", "airstrike", "airstrikes",
	// custody and abuse are someone's doing: "died in custody at the age
	// of 45" is no obituary
	"custody", "prison", "jail", "torture", "abuses", "violations",
)

// reporters sets the reporter of each event in other (indices into
// r.Matches): the speaker of a speech verb before it, or after it behind
// a comma, else the source after "according to".
func (s *sentence) reporters(r *Result, other []int) {
	// The source after the last "according to", read in the same pass
	// over the words as the reporters.
	var according *actor.Phrase
	// Reporters: the subject of every reporting verb, whether or not the
	// dictionary codes that verb as a statement.
	type reporter struct {
		head  int
		who   actor.Phrase
		comma bool // ", officials said": reports what came before
	}
	var reps []reporter
	for k := range s.toks {
		t := &s.toks[k]
		if t.Lower == "according" && k+2 < len(s.toks) && s.toks[k+1].Lower == "to" {
			j := k + 2
			for j < len(s.toks) && filler(&s.toks[j]) {
				j++
			}
			if j < len(s.toks) && s.inGroup[j] >= 0 {
				p := s.groups[s.inGroup[j]].Phrases[0]
				according = &p
			}
		}
		if !t.IsVerb() || !reportingVerbs.Has(t.Lemma) || s.passiveReport(k) || k > 0 && negOrTo(s.toks[k-1].Lower) && s.unsaid(k) {
			continue
		}
		if gi := s.invertedSpeaker(k); gi >= 0 {
			// "Pakistan will not join, said Najam Sethi": the speaker is
			// the one after the verb, as the match itself reads it, not
			// the subject of the clause reported.
			reps = append(reps, reporter{head: k, who: s.groups[gi].Phrases[0], comma: true})
		} else if gi := s.subject(k); gi >= 0 && !s.modifierOnly(gi) {
			reps = append(reps, reporter{head: k, who: s.groups[gi].Phrases[0], comma: s.commaBefore(k)})
		} else if gi := s.inverted(k); gi >= 0 && k > 0 && invertedOpener(s.toks[k-1].Lower) {
			// ", said the ministry" (with a clause of its own after it).
			// Not after a subject the dictionaries do not know:
			// "Witnesses said soldiers opened fire" is not reported by
			// the soldiers.
			reps = append(reps, reporter{head: k, who: s.groups[gi].Phrases[0], comma: true})
		}
	}
	for _, oi := range other {
		o := &r.Matches[oi]
		if len(o.Source) == 0 && !o.Passive && len(o.Participants) == 0 && !s.inSaidRelative(o.Span[0]) {
			pr := s.pronounBefore(o.Span[0])
			for _, rp := range reps {
				// "Russia said he attacked": a pronoun that cannot stand
				// for the speaker leaves the agent unknown.
				if rp.head < o.Head && s.speakerAgrees(rp.who, pr) {
					o.Source = []actor.Phrase{rp.who}
					o.Orphan = false
				}
				// "'We will not negotiate with terrorists,' Netanyahu
				// said": the quoted first person is the speaker (or the
				// side the speaker speaks for).
				if rp.head > o.Head && rp.comma && (pr == "we" || pr == "i") {
					o.Source = []actor.Phrase{rp.who}
					o.Orphan = false
					break
				}
			}
		}
		for _, rp := range reps {
			if rp.head == o.Head {
				continue
			}
			if o.Head > rp.head || (o.Head < rp.head && rp.comma) {
				p := rp.who
				o.Modality.ReportedBy = &p
				if o.Head < rp.head && !s.complementAfter(rp.head) {
					o.reporter = int32(rp.head + 1)
				}
				break
			}
		}
		if o.Modality.ReportedBy == nil && according != nil {
			o.Modality.ReportedBy = according
		}
	}
}

// witnessVerbs report or record violence named as a noun: "SOHR
// reported shelling in Idlib", "the UN recorded violations", "the monitor
// documented abuses". Who reports is not who shoots.
var witnessVerbs = wordset.Of(
	"report", "record", "document", "register", "log", "observe",
	"monitor", "note", "witness", "hear", "see", "detect", "count",
	"confirm", "describe", "verify",
)

// reportedActs: a nominal act of violence that is the object of a verb
// of reporting or recording takes that verb's subject as its reporter,
// not as its agent: "The Observatory reported shelling in Idlib" is
// shelling of Idlib by someone unnamed, reported by the Observatory. An
// agent named with the noun ("Russian shelling", "abuses by the army")
// is kept, and so is a party the noun pairs the subject with ("the army
// reported clashes with rebels").
func (s *sentence) reportedActs(r *Result) {
	for i := range r.Matches {
		m := &r.Matches[i]
		// Roots 18-20 only, read off the code's first bytes before
		// anything else: most events are of other roots.
		if c := m.EventCode(); c[0] != '2' && (c[0] != '1' || c[1] < '8') {
			continue
		}
		if len(m.Source) != 1 || m.Passive || m.Pattern.Speech || !s.toks[m.Head].IsNoun() && !s.bareGerund(m.Head) {
			continue
		}
		s.reportedAct(m)
	}
}

// reportedAct does reportedActs' work for one nominal match. An act
// that someone is "responsible for" is not the subject's either: "vowed
// to punish those responsible for the massacre" names no one who did it.
func (s *sentence) reportedAct(m *Match) {
	v := m.Span[0] - 1
	for v >= 0 && s.inGroup[v] < 0 && filler(&s.toks[v]) {
		v--
	}
	if v > 1 && s.toks[v].Lower == "for" && culprits.Has(s.toks[v-1].Lower) && !beForms.Has(s.toks[v-2].Lower) && s.inGroup[v-2] < 0 {
		// ("The rebels were responsible for the massacre" names the
		// rebels: only culprits not named are no one.)
		m.Source = nil
		m.Agentless = true
		return
	}
	for v >= 0 && s.inGroup[v] < 0 && (filler(&s.toks[v]) || s.toks[v].IsNoun() || s.toks[v].Lower == "of") {
		v--
	}
	if v < 0 || s.inGroup[v] >= 0 || !s.toks[v].IsVerb() || !witnessVerbs.Has(s.toks[v].Lemma) {
		return
	}
	gi := s.subject(v)
	if gi < 0 || s.groups[gi].Phrases[0].Start != m.Source[0].Start {
		return
	}
	for _, sec := range m.Source[0].Sectors {
		if sec == "MIL" {
			return // an army reports its own strikes more often than it witnesses others'
		}
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+3; k++ {
		if w := s.toks[k].Lower; w == "with" || w == "between" {
			return // "reported clashes with rebels": the reporter fights
		}
		if !filler(&s.toks[k]) {
			break
		}
	}
	p := m.Source[0]
	m.Source = nil
	m.Agentless = true // the place it happened gives the target when no one is named
	m.Modality.ReportedBy = &p
}

// culprits stand before "for" and the act someone else did: "those
// responsible for the attack".
var culprits = wordset.Of("responsible", "accountable", "culpable", "blame", "liable")

// bareGerund: a gerund used as a noun, with no object of its own:
// "reported shelling in Idlib", but not "reported killing 20 militants",
// where the reporter claims its own act.
func (s *sentence) bareGerund(h int) bool {
	if s.toks[h].Tag != "VBG" || h+1 >= len(s.toks) {
		return false
	}
	switch s.toks[h+1].Lower {
	case "in", "on", "near", "across", "around", "at", "overnight", ",", ".", "by", "from", "along", "throughout":
		return true
	}
	return false
}

// complementAfter: the reporting verb at head has a clause of its own
// after it ("Turkey, which backs X, said the deal lacked credibility"), so
// it is no trailing attribution.
func (s *sentence) complementAfter(head int) bool {
	for k := head + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," {
			return false // ", officials said, adding that ...": still trailing
		}
		if (t.IsVerb() || t.Tag == "MD") && s.inGroup[k] < 0 {
			return true
		}
	}
	return false
}

// reportsAfter: some other kept event follows the verb of match i, in
// the clause it reports.
func reportsAfter(ms []Match, i int) bool {
	for j := range ms {
		if j != i && !ms[j].Pattern.Speech && ms[j].Head > ms[i].Head {
			return true
		}
	}
	return false
}

// reports: some other kept event is reported by the verb of match i.
func reports(ms []Match, i int) bool {
	for j := range ms {
		if j != i && !ms[j].Pattern.Speech && int(ms[j].reporter) == ms[i].Head+1 {
			return true
		}
	}
	return false
}

// reportingVerbs introduce reported speech; their subject is the source
// that reports the events in their complement.
var reportingVerbs = wordset.Of(
	"say", "report", "announce", "state", "tell", "claim",
	"add", "note", "confirm", "allege", "write", "declare",
	"insist", "assert", "disclose", "reveal", "indicate", "explain",
)

// commaBefore: a trailing attribution ", officials said".
func (s *sentence) commaBefore(head int) bool {
	for k := head - 1; k >= 0 && k >= head-8; k-- {
		if s.toks[k].Lower == "," {
			return true
		}
		if s.inGroup[k] < 0 && s.toks[k].IsVerb() {
			return false
		}
	}
	return false
}

// inverted finds the subject of an inverted attribution: ", said the
// ministry".
func (s *sentence) inverted(head int) int {
	for k := head + 1; k < len(s.toks) && k <= head+3; k++ {
		if gi := s.inGroup[k]; gi >= 0 {
			return gi
		}
		if !filler(&s.toks[k]) {
			return -1
		}
	}
	return -1
}

// invertedOpener: the token before a reporting verb whose speaker may
// follow it (", said the ministry", "'...,' said X").
func invertedOpener(w string) bool {
	switch w {
	case ",", "\"", "''":
		return true
	}
	return false
}

// invertedSpeaker: the group after a reporting verb written after a
// comma or a closing quote with no clause of its own (", said the
// ministry"), as Match reads a speech pattern's speaker; -1 if none.
func (s *sentence) invertedSpeaker(head int) int {
	if head == 0 {
		return -1
	}
	switch s.toks[head-1].Lower {
	case ",", "\"", "''":
	default:
		return -1
	}
	if s.complementAfter(head) {
		return -1
	}
	return s.inverted(head)
}

// personSubject: the verb at start has a person for its subject whom the
// dictionaries do not know, a name ("Councilman Jim Ortiz lashed out at
// the mayor") or a personal pronoun ("He condemned Israel"). Somebody did
// act on a named target, so the event is kept with its source unknown;
// an event with no subject at all ("criticism of Israel") still needs an
// agent.
func (s *sentence) personSubject(start int) bool {
	k := start - 1
	for k >= 0 && s.inGroup[k] < 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB") {
		k--
	}
	if k < 0 || s.inGroup[k] >= 0 {
		return false
	}
	t := &s.toks[k]
	switch t.Lower {
	case "he", "she", "they", "i", "we":
		return true
	}
	if t.Tag != "NNP" || k == 0 || t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	// A name is two or more capitalised words ("Jim Ortiz"), or one after
	// a title; a lone capitalised word may be a place or a headline word.
	p := &s.toks[k-1]
	if p.Lower == "." && k >= 2 && len(s.toks[k-2].Text) == 1 {
		return true // a middle initial: "Miguel A. Ortiz"
	}
	return p.Tag == "NNP" && s.inGroup[k-1] < 0 && startsCap(p.Text)
}

// accusations recodes a statement that reports violence by another party
// as what CAMEO makes of it too, an accusation (112) against the perpetrator:
// "Syria said Turkish jets bombed the town", "Rebels shelled the town, the
// army said". The violence reported is kept as well, reported by the
// speaker. An informant (a news medium, medics, witnesses, unnamed
// sources) accuses nobody, nor does a speaker reporting its own violence,
// nor one telling its losses in a fight with the other ("said 20 of its
// soldiers were killed in a clash with Chinese troops", fightFoe), nor
// one telling its own blow at the party beside that party's fire ("said
// it had shot down two Indian jets after Indian warplanes struck",
// ownBlowReported).
func (s *sentence) accusations(r *Result) {
	n := len(r.Matches)
	for i := 0; i < n; i++ {
		sp := &r.Matches[i]
		if !sp.Pattern.Speech || sp.Code != "" || len(sp.Source) == 0 || sp.Modality.Negated || sp.Modality.Hypothetical || sp.byText {
			continue
		}
		who := sp.Source[0].Code
		if s.anyInformant(sp.Source) || explicitAccusation(r.Matches[:n], who) {
			// "police and residents said": speakers joined with
			// witnesses tell what happened. "the coast guard said,
			// accusing Beijing of ...": the accusation is there already.
			continue
		}
		for j := 0; j < n; j++ {
			o := &r.Matches[j]
			if j == i || o.Pattern.Speech || o.Modality.ReportedBy == nil || o.Modality.ReportedBy.Code != who {
				continue
			}
			if root := o.EventCode()[:2]; root < "18" || root > "20" || o.Modality.Negated || o.Modality.Hypothetical || len(o.Source) == 0 {
				continue
			}
			if ag := o.Source[0]; ag.Code == who || strings.HasPrefix(ag.Code, "---") && len(ag.Sectors) == 0 || ownSide(sp.Source[0], ag) || s.firstPerson(ag) || s.fightFoe(ag) || s.ownBlowReported(r.Matches[:n], i, ag) {
				continue
			}
			acc := *sp
			acc.Code = "112"
			acc.Target = o.Source
			r.Matches = append(r.Matches, acc)
			break
		}
	}
}

// firstPerson: the phrase is the speaker's own, "we" or "our forces" in
// a quote: a speaker does not accuse itself.
func (s *sentence) firstPerson(p actor.Phrase) bool {
	if p.Start < 0 || p.Start >= len(s.toks) {
		return false
	}
	if w := s.toks[p.Start].Lower; w == "we" || w == "our" {
		return true
	}
	return p.Start > 0 && s.toks[p.Start-1].Lower == "our"
}

// anyInformant: one of the speakers is an informant (informant).
func (s *sentence) anyInformant(ps []actor.Phrase) bool {
	for _, p := range ps {
		if s.informant(p) {
			return true
		}
	}
	return false
}

// explicitAccusation: the speaker accuses someone in so many words in
// the same sentence (an 11x event of its own).
func explicitAccusation(ms []Match, who string) bool {
	for i := range ms {
		if m := &ms[i]; !m.Pattern.Speech && len(m.Source) > 0 && m.Source[0].Code == who && m.Pattern.Root() == "11" && !m.Modality.Negated {
			return true
		}
	}
	return false
}

// ownSide: the agent is the speaker's own state or its forces ("Israel
// said Israeli jets struck"). Rebels, the opposition and rights monitors
// are not on the side of the state they share a country with.
func ownSide(speaker, agent actor.Phrase) bool {
	if speaker.Country == "" || speaker.Country != agent.Country {
		return false
	}
	return !nonState(speaker) && !nonState(agent)
}

func nonState(p actor.Phrase) bool {
	for _, sec := range p.Sectors {
		switch sec {
		case "REB", "OPP", "INS", "SEP", "UAF", "CRM", "RAD", "HRI", "NGO":
			return true
		}
	}
	return false
}

// informant: a speaker who tells what happened rather than taking a side:
// the media, medics, witnesses, residents, unnamed "sources", and
// officials of no known state ("military officials said").
func (s *sentence) informant(p actor.Phrase) bool {
	if strings.HasPrefix(p.Code, "---") {
		return true
	}
	for _, sec := range p.Sectors {
		switch sec {
		case "MED", "HLH", "CVL":
			return true
		}
	}
	if p.End > 0 && p.End <= len(s.toks) {
		switch s.toks[p.End-1].Lower {
		case "source", "sources", "witness", "witnesses", "resident", "residents", "correspondent", "correspondents":
			return true
		}
	}
	return false
}

// grantedPeriod: a plural unit of time, as a deadline grants it. Most
// words fail the length and last-letter test, which is inlined.
func grantedPeriod(w string) bool {
	return len(w) >= len("days") && len(w) <= len("months") && w[len(w)-1] == 's' && periodSwitch(w)
}

func periodSwitch(w string) bool {
	switch w {
	case "days", "hours", "weeks", "months":
		return true
	}
	return false
}

// nounClause reads the modality of a match that the words right before
// it put in a clause of a noun's, once per coded match (modality runs on
// every pattern tried):
//   - a reduced relative ("rejected a peace plan proposed by China") is a
//     clause of its own: the verb before its noun, which rejects or
//     denies the noun, does not negate it;
//   - "the refusal of Serbia to recognise Kosovo", "a bid by Sweden to
//     join": the noun before the infinitive's agent says whether the act
//     is refused or only sought;
//   - "gave Iraq 30 days to comply": the act is demanded within the
//     period, not done.
func (s *sentence) nounClause(m *Match) {
	start, h := m.Span[0], m.Head
	if start == h && h > 0 && h+1 < len(s.toks) && s.toks[h+1].Lower == "by" && s.toks[h].Tag == "VBN" && s.toks[h-1].IsNoun() && s.inGroup[h-1] < 0 {
		m.Modality.Negated, m.Modality.denied, m.Modality.Hypothetical, m.Modality.Future = false, false, false, false
		return
	}
	if start < 3 || s.toks[start-1].Lower != "to" {
		return
	}
	noun := ""
	if n := s.asideBefore(start - 1); n > 0 && s.toks[n].IsNoun() && (s.toks[n-1].Tag == "POS" || s.inGroup[n-1] >= 0) {
		// "Germany's refusal, through most of January, to send tanks":
		// an aside between the noun and its infinitive leaves the noun
		// governing the act.
		start = n + 2
	}
	if gi := s.inGroup[start-2]; gi >= 0 && s.groups[gi].End == start-1 && s.groups[gi].Start > 1 {
		noun = s.decisionNoun(s.groups[gi])
	} else if s.toks[start-2].IsNoun() && (s.toks[start-3].Tag == "POS" || s.inGroup[start-3] >= 0) {
		noun = s.toks[start-2].Lower // "Hungary's refusal to send"
	}
	if noun != "" {
		switch noun {
		case "refusal", "failure":
			m.Modality.Negated = true
		case "attempt", "attempts", "efforts", "effort":
			// An attempt at force is the event, failed or not.
			if m.Pattern.Root() < "14" {
				m.Modality.Hypothetical = true
			}
		case "bid", "bids", "plan", "plans", "offer", "intention", "readiness", "willingness":
			m.Modality.Hypothetical = true
		}
		return
	}
	if start >= 4 && grantedPeriod(s.toks[start-2].Lower) && s.toks[start-3].Tag == "CD" && s.inGroup[start-4] >= 0 {
		m.Modality.Hypothetical = true
	}
}

// asideBefore: the word at to is preceded by an aside set off by two
// commas ("refusal, through most of January, to send"): it returns the
// index of the word before the aside's opening comma, or -1. The aside
// is short and holds no verb, so a comma ending a clause or a list is
// not read as one.
func (s *sentence) asideBefore(to int) int {
	k := to - 1
	if k < 3 || s.toks[k].Lower != "," {
		return -1
	}
	for j := k - 1; j >= 1 && k-j <= 8; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.IsVerb() || t.Tag == "MD" || t.Lower == "and" || t.Lower == "or" {
			return -1
		}
		if t.Lower == "," {
			if j == k-1 {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// askedFor: the hypothetical act of match i lies inside the act that an
// appeal or a threat coded before it asks for or threatens, as that
// act's purpose or as a second bare verb of it: "appealed to Senegal to
// send troops to the north to protect civilians", "asked the junta
// leader to step down and hand power to a civilian", "urged workers to
// join a strike to topple the government". CAMEO codes the appeal or
// threat (through the act it names first); what that act would be for or
// would go on to do was not done and no coder codes it beside the appeal.
// The act directly asked ("urged Kenya to send police") stays, as
// hypothetical, as do conditions and alleged acts; a denied act
// (negated) stays too.
func (s *sentence) askedFor(ms []Match, i int) bool {
	m := &ms[i]
	h := m.Span[0]
	if m.Modality.Negated || h < 4 {
		return false
	}
	if w := s.toks[h-1].Lower; !(w == "to" || w == "and" && s.toks[h].Tag == "VB") {
		return false
	}
	switch m.EventCode()[:2] {
	case "02", "13":
		return false // an appeal or threat of its own
	}
	for j := range ms {
		a := &ms[j]
		if j == i || a.Head >= h-2 || h-a.Head > 20 || len(a.Source) == 0 {
			// An appeal with no one to make it is dropped below, and
			// what it asks is then all there is.
			continue
		}
		if r := a.EventCode()[:2]; (r == "02" || r == "13") && s.askedInfinitive(a.Head, h-1) {
			return true
		}
	}
	return false
}

// askedInfinitive: between the appeal or threat at a and the word at b,
// in one clause, stands the infinitive of the act it asks or threatens
// ("to send troops", "to step down"), after which b's act follows.
func (s *sentence) askedInfinitive(a, b int) bool {
	inf := false
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.clauseVerb(k) {
			return false
		}
		if t.Lower == "to" && s.toks[k+1].Tag == "VB" {
			inf = true
		}
	}
	return inf
}

// untoldWhether: the act starting at h lies in a whether-clause that a
// negated or refused verb of saying governs: "The Kremlin did not say
// whether Putin would attend the summit", "officials would not say
// whether Israel had struck the consulate", "declined to say whether".
// The speaker told nothing, so the clause asserts, foresees and alleges
// no act; it is dropped (the hypothetical a bare whether-clause gets
// stays for "asked whether Cairo would mediate", an open question put
// to someone).
//
//go:noinline
func (s *sentence) untoldWhether(h int) bool {
	k := h - 1
	for ; k > 2 && k >= h-8; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," {
			return false
		}
		if t.Lower == "whether" {
			break
		}
	}
	if k <= 2 || s.toks[k].Lower != "whether" {
		return false
	}
	v := k - 1
	switch s.toks[v].Lemma {
	case "say", "comment", "disclose", "confirm", "specify", "reveal", "indicate", "elaborate", "tell", "explain":
	default:
		return false
	}
	j := v - 1
	if s.toks[j].Tag == "RB" && !negators.Has(s.toks[j].Lower) && j > 1 {
		j-- // "did not immediately say"
	}
	if negators.Has(s.toks[j].Lower) {
		return true
	}
	return s.toks[j].Lower == "to" && (s.toks[j-1].Lemma == "decline" || s.toks[j-1].Lemma == "refuse")
}

// postureAim: match i is the purpose infinitive of a signed deal (057)
// or of a deployment or show of force coded before it (CAMEO 15): "deployed 1,000 soldiers to Cabo
// Delgado to fight the insurgents", "sent warships to the Red Sea to
// deter the Houthis". The deployment is the event; what the troops are
// sent to do has not been done, and coders code the deployment alone.
//
//go:noinline
func (s *sentence) postureAim(ms []Match, i int) bool {
	m := &ms[i]
	force := false
	switch m.EventCode()[:2] {
	case "17", "18", "19", "20":
		force = true
	case "01", "02", "05":
		return false
	}
	h := s.helpedObject(m.Span[0]) - 1 // the "to"
	if s.toks[h].Lower == "help" {
		h-- // "to help fight"
	}
	if s.toks[h].Lower != "to" {
		return false
	}
	for j := range ms {
		a := &ms[j]
		if j == i || a.Head >= h || h-a.Head > 16 || a.Modality.Negated || len(a.Source) == 0 {
			continue
		}
		if c := a.EventCode(); !(force && (c[:2] == "15" || militaryAid(c)) || c == "057" || rejectedPlan(c) && turnedDown(m.EventCode()) && s.proposalBetween(a.Head, h)) {
			// A signed deal (057) is coded as the signing: "signed a
			// deal in Riyadh to hand power to his deputy", "signed an
			// accord to boost trade" agree on what is still to be done.
			continue
		}
		clear := true
		for k := a.Head + 1; k < h; k++ {
			if t := &s.toks[k]; hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.clauseVerb(k) || t.Lower == "to" && s.toks[k+1].Tag == "VB" {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// hedged: the modal at k is followed by an adverb of likelihood ("would
// likely try", "would probably agree", "would almost certainly
// retaliate"): what is weighed is a forecast, whoever says it.
func (s *sentence) hedged(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		switch s.toks[j].Lower {
		case "likely", "probably", "possibly", "presumably", "perhaps":
			return true
		case "almost", "most", "very", "quite":
			continue
		}
		return false
	}
	return false
}

// punditNouns name people whose trade is to comment on events they take
// no part in: what they guess may happen is no one's act.
var punditNouns = wordset.Of(
	"analysts", "analyst", "experts", "expert", "observers", "commentators",
	"economists", "pundits", "strategists", "forecasters", "scholars",
	"historians", "academics", "critics", "watchers", "researchers",
	"scientists", "investors", "traders", "markets",
)

// punditAt: the verb at v guesses, and its subject is a pundit ("analysts
// said", "Western analysts widely expect", "analysts in Washington
// said", "experts at the institute warned") or it is a verb that only
// guesses ("some diplomats speculate").
func (s *sentence) punditAt(v int) bool {
	t := &s.toks[v]
	if t.Tag == "" || t.Tag[0] != 'V' {
		return false
	}
	if t.Lower == "according" && v+2 < len(s.toks) && s.toks[v+1].Lower == "to" {
		// "According to analysts, China may seek to mediate"
		j := v + 2
		for j+1 < len(s.toks) && filler(&s.toks[j]) {
			j++
		}
		return punditNouns.Has(s.toks[j].Lower)
	}
	switch t.Lemma {
	case "speculate", "predict", "reckon", "guess", "wonder", "forecast":
		return true // only ever guesses, whoever the subject ("some diplomats speculate that")
	case "say", "believe", "expect", "think", "suggest", "fear", "warn", "doubt", "argue", "worry", "caution", "estimate", "tell", "note", "add", "write", "see":
		return s.punditSubject(v)
	}
	return false
}

// punditSubject: the subject right before the verb at v is a pundit.
func (s *sentence) punditSubject(v int) bool {
	j := v - 1
	for j > 0 && (s.toks[j].Tag == "RB" || s.toks[j].Lemma == "have") {
		j-- // "analysts widely expect", "commentators have suggested"
	}
	if j < 0 {
		return false
	}
	switch s.toks[j].Tag {
	case "NN", "NNS", "NNP", "NNPS": // "Experts/NNP warned" opening a sentence
		if punditNouns.Has(s.toks[j].Lower) {
			return !s.monitorsOf(j)
		}
	}
	if j > 0 && (s.toks[j].Tag == "NNPS" || s.toks[j].Tag == "NNS") && manyOf(s.toks[j-1].Lower) {
		// "Many Israelis fear", "most Germans believe": a public's
		// guess, like a poll's.
		return true
	}
	// A place or body after the noun: "analysts in Washington said",
	// "experts at the International Crisis Group warned". Only names,
	// nouns and their modifiers stand between.
	for n := 0; j > 0 && n < 6; j, n = j-1, n+1 {
		switch t := &s.toks[j]; t.Tag {
		case "NNP", "NNPS", "NN", "NNS", "DT", "JJ":
			continue
		case "IN":
			switch t.Lower {
			case "in", "at", "from", "with":
				return punditNouns.Has(s.toks[j-1].Lower) && !s.monitorsOf(j-1) && !(j+1 < len(s.toks) && s.monitorsOf(j+1))
			}
		}
		return false
	}
	return false
}

// monitorsOf: the token at j stands in a group coded as an international
// body ("the EU's observers", "UN human rights experts", "observers from
// the African Union"): a body's monitors and rapporteurs report and
// demand in its name; they are no pundits (R12).
func (s *sentence) monitorsOf(j int) bool {
	if j < 0 || j >= len(s.inGroup) || s.inGroup[j] < 0 {
		return false
	}
	for _, p := range s.groups[s.inGroup[j]].Phrases {
		if strings.HasPrefix(p.Code, "IGO") {
			return true
		}
	}
	return false
}

// ownPlan: the clause after the guessing verb at v has "they" or "we"
// for subject ("Russian military experts said they would help Syria",
// "Kremlin critics said they would stage a protest"): the pundits tell
// their own intention, which is announced, not guessed (R12).
func (s *sentence) ownPlan(v int) bool {
	j := v + 1
	if j < len(s.toks) && s.toks[j].Lower == "that" {
		j++
	}
	return j < len(s.toks) && (s.toks[j].Lower == "they" || s.toks[j].Lower == "we")
}

// guesses drops what pundits guess may happen ("Analysts in Washington
// said China could invade Taiwan within the decade", "If the talks
// fail, the rebels could resume attacks, analysts said", "Some diplomats
// speculate that Riyadh could normalise relations"): nobody acted, and
// nobody with a stake announced it; CAMEO codes no forecast, and the
// probes count a hypothetical event as coded. The pundit's own comment
// (01: "analysts said", "many Poles fear that") goes with it when it is
// one (the actor stage may read "military experts" as the military). What pundits report as done
// ("analysts said the strike killed 20 militants") and what a party says
// another could do ("Kyiv said Russia could attack Moldova") stay. It is
// called only for a sentence with a possible act (hypothetical, or a
// modal at or before the match).
//
//go:noinline
func (s *sentence) guesses(r *Result) {
	var drop uint64
	for v := range s.toks {
		// The tag first, here rather than in punditAt: most words are
		// no verb.
		if t := &s.toks[v]; t.Tag == "" || t.Tag[0] != 'V' || !s.punditAt(v) || s.ownPlan(v) {
			continue
		}
		trailing := s.commaBefore(v)
		guessed := false
		for i := range r.Matches {
			m := &r.Matches[i]
			if i >= 64 || m.Pattern.Speech || m.Head == v {
				continue
			}
			// A forecast: hypothetical, or a modal before the head that
			// the pattern may hold itself ("{will|would} retaliate").
			if !(m.Modality.Hypothetical || !m.Modality.pending && s.modalBetween(v, m.Head)) {
				continue
			}
			if m.Span[0] > v && !s.stopBetween(v, m.Span[0]) || trailing && m.Head < v && !s.stopBetween(m.Head, v) {
				drop |= 1 << i
				guessed = true
			}
		}
		if !guessed {
			continue
		}
		for i := range r.Matches {
			if m := &r.Matches[i]; i < 64 && m.Head == v && m.Code == "" && strings.HasPrefix(m.Pattern.Code, "01") && s.punditSubject(v) {
				drop |= 1 << i
			}
		}
	}
	if drop == 0 {
		return
	}
	r.dropMasked(drop)
}

// modalBetween: a modal of the future or of likelihood stands after a and
// up to b: the future is the modal's, not a schedule's.
func (s *sentence) modalBetween(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	for k := lo + 1; k <= hi && k < len(s.toks); k++ {
		if t := &s.toks[k]; t.Tag == "MD" && t.Lower != "must" && t.Lower != "should" {
			return true
		}
	}
	return false
}

// stopBetween: a full stop, colon or semicolon stands between a and b.
func (s *sentence) stopBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(s.toks); k++ {
		if hardStop(&s.toks[k]) {
			return true
		}
	}
	return false
}

// allegedAct: the act starting at start, hypothetical, is told only in the that-clause
// of a report, claim, allegation or rumour that no one in the sentence
// vouches for ("declined to comment on reports that Beijing had sent
// fighter jets to the islands", "is investigating reports that troops
// had killed civilians", "began examining allegations that Rwanda had
// armed the rebels", "Rumours swirled in Harare that the army was
// preparing to remove the president"). The sentence tells of the
// report; the act is neither asserted nor anyone's plan, and a coder
// codes only what is done with the report (the inquiry, the comment).
// A report documented or confirmed ("Amnesty said it had documented
// reports that") asserts the act, and a denied one is negated.
func (s *sentence) allegedAct(start int) bool {
	for k, n := start-1, 0; k > 0 && n < 12; k, n = k-1, n+1 {
		t := &s.toks[k]
		// The tag first: a word that is no punctuation, conjunction or
		// "that" is passed over with one look.
		switch t.Tag {
		case "IN", "WDT", "DT":
		case "CC":
			if t.Lower == "and" || t.Lower == "but" {
				return false
			}
			continue
		default:
			if t.Tag == "" || t.Tag[0] < 'A' || t.Tag[0] > 'Z' {
				if hardStop(t) || t.Lower == "," {
					return false
				}
			}
			continue
		}
		if t.Lower != "that" || t.Tag == "DT" && k+1 < len(s.toks) && s.toks[k+1].IsVerb() {
			continue
		}
		c := s.claimNoun(k)
		if c < 0 {
			return false
		}
		if !allegedNouns.Has(s.toks[c].Lower) {
			c = s.rumourSpread(c)
		}
		if c < 0 || !s.toks[c].IsNoun() || !allegedNouns.Has(s.toks[c].Lower) {
			return false
		}
		switch s.toks[c].Lower {
		case "rumours", "rumors", "speculation":
			return true
		}
		return s.uncommented(c)
	}
	return false
}

// uncommented: the report noun at c is what someone comments on or
// answers ("declined to comment on reports that", "did not respond to
// claims that"): the comment, or its refusal, is the event, and the
// report stays no one's word. A report examined or investigated keeps
// its act, hypothetical, beside the inquiry.
func (s *sentence) uncommented(c int) bool {
	j := c - 1
	for j > 0 && filler(&s.toks[j]) {
		j-- // "on recent media reports"
	}
	if j < 1 || s.toks[j].Lower != "on" && s.toks[j].Lower != "to" {
		return false
	}
	// "declined to comment on Monday on reports": a time may stand
	// between the verb and its object.
	for n := 0; j > 0 && n < 5; n++ {
		j--
		t := &s.toks[j]
		if t.IsVerb() {
			switch t.Lemma {
			case "comment", "respond", "react", "reply":
				return true
			}
			return false
		}
		if !(t.Lower == "on" || t.Tag == "NNP" || t.Tag == "RB" || filler(t)) {
			return false
		}
	}
	return false
}

// rumourSpread: the word at j ends "Rumours swirled (in Harare)",
// "speculation grew", a report that spreads, and its clause follows;
// the noun's index, or -1.
func (s *sentence) rumourSpread(j int) int {
	// "swirled in Harare that", "grew among diplomats that"
	for b := j; b > 1 && b >= j-4; b-- {
		if w := s.toks[b].Lower; w == "in" || w == "across" || w == "among" {
			j = b - 1
			break
		}
		if t := &s.toks[b]; !t.IsNoun() && !filler(t) {
			break
		}
	}
	if j < 1 {
		return -1
	}
	// By the word too: the tagger may read "spread" after a noun as one.
	switch t := &s.toks[j]; t.Lemma {
	case "swirl", "circulate", "spread", "grow", "mount", "abound", "persist", "emerge", "surface", "intensify":
		if t.IsVerb() || t.Lower == "spread" {
			return j - 1
		}
	}
	return -1
}

// marketNouns name the crowds whose mood a market report tells.
var marketNouns = wordset.Of("investors", "traders", "markets", "dealers", "bondholders", "speculators", "shoppers", "consumers")

// marketMood: the comment m (01) is the mood of investors or traders
// ("the real fell as investors fretted over the government's spending
// plans", "traders worried about new US tariffs"): a market's reaction,
// told by the reporter, is nobody's statement. A named fund or firm
// speaking stays.
func (s *sentence) marketMood(m *Match) bool {
	if len(m.Source) != 1 {
		return false
	}
	p := &m.Source[0]
	return p.End > p.Start && p.End <= len(s.toks) && marketNouns.Has(s.toks[p.End-1].Lower)
}

// replyVerb: a verb of commenting or answering, which "has yet to"
// makes a silence.
func replyVerb(lemma string) bool {
	switch lemma {
	case "comment", "respond", "reply", "react", "confirm", "say", "speak", "answer":
		return true
	}
	return false
}

// conditionedConjunct: the "and" at k, before a finite verb with no
// subject of its own, joins a second predicate to a condition's first
// ("if Israel agreed to a ceasefire and withdrew its forces", "unless
// Hamas frees the hostages and disarms"): the condition reaches it. The
// condition's clause holds one finite verb before the "and", so an
// "and" of the main clause after a condition is not taken for one.
func (s *sentence) conditionedConjunct(k int) bool {
	finite := 0
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		// By the tag first: one look at most words.
		switch t := &s.toks[j]; t.Tag {
		case "VBD", "VBZ", "VBP":
			finite++
		case "IN":
			if t.Lower == "if" || t.Lower == "unless" {
				return finite == 1
			}
		case ",", ".", ":":
			return false
		}
	}
	return false
}

// governorMood: the act m is coded through the intent or threat verb
// that governs it ("agree to extend", "seek to mediate", "vowed to
// retaliate"), which takes the act's own mood away; a modal or an open
// question before that verb is the coded event's ("China may seek to
// mediate", "It remains unclear whether Russia will agree to extend the
// grain deal"): the intent itself is only possible.
func (s *sentence) governorMood(m *Match) {
	g := m.Governor
	if g >= len(s.toks) {
		return
	}
	// Most governors have no modal or question word just before them;
	// only those are read again.
	open := false
	for k := g - 1; k >= 0 && k >= g-4; k-- {
		if t := &s.toks[k]; t.Tag == "MD" || t.Lower == "whether" || t.Lower == "if" || t.Lower == "unless" {
			open = true
			break
		}
	}
	if !open {
		return
	}
	if gm := s.modality(g, g, false); gm.Hypothetical {
		m.Modality.Hypothetical = true
	}
}

// asides drops the plain statements (010) said inside a relative clause
// on a noun: "struck what New Delhi said was a militant camp", "targets
// that the United States said were not held by Islamic State", "a deal
// Turkey said was null and void", "islands it claims", "Mousavi, who
// says the election was stolen", "in what it said may amount to a war
// crime". The speaker characterises the thing named; the sentence tells
// another act, and a coder codes no statement. It reports whether it
// dropped any.
func (s *sentence) asides(r *Result, speech []int) bool {
	var drop uint64
	for _, i := range speech {
		if m := &r.Matches[i]; i < 64 && m.Code == "" && m.Pattern.Code == "010" && m.Head > 1 && s.toks[m.Head].IsVerb() && s.relativeSaid(m.Head) {
			drop |= 1 << i
		}
	}
	if drop == 0 {
		return false
	}
	r.dropMasked(drop)
	return true
}

// relativeSaid: the verb of saying at h stands in a relative clause on a
// noun, with its own subject ("that the US said", "a deal Turkey said",
// "what it said") and a gap after it where the noun belongs (a verb:
// "said was", "say is", "said may amount"; or the clause's end: "islands
// it claims in the South China Sea"), or as the relative's own verb after
// a comma or a noun ("Mousavi, who says").
func (s *sentence) relativeSaid(h int) bool {
	j := h - 1
	// The gap after the verb first, which most verbs of saying lack
	// ("said that", "said the"); a relative pronoun subject needs none.
	if w := s.toks[j].Lower; w != "who" && w != "which" && !s.gapAfter(h) {
		return false
	}
	switch s.toks[j].Lower {
	case "who", "which":
		// On an object ("marched in support of Mousavi, who says"), not
		// on the sentence's subject, whose aside speaks for it
		// ("Belarus, which said the exercises were defensive, moved
		// tanks").
		b := &s.toks[j-1]
		return (b.Lower == "," || b.IsNoun()) && s.finiteBefore(j)
	}
	switch t := &s.toks[j]; {
	case t.Tag == "PRP":
	case s.inGroup[j] >= 0:
		j = s.groups[s.inGroup[j]].Start
		if j > 0 && s.toks[j-1].Tag == "DT" {
			j--
		}
	default:
		return false
	}
	if j < 2 {
		return false
	}
	a := &s.toks[j-1]
	switch a.Lower {
	case "what":
	case "that", "which", "whom", "who":
		if !s.toks[j-2].IsNoun() && s.toks[j-2].Lower != "," {
			return false // "said that Israel said": a complement, not a relative
		}
		if a.Lower == "that" && s.sayingBefore(j-2) {
			// "Officials said on Tuesday that Iran said", "told
			// reporters that": the noun ends the first verb's adjunct
			// or object, and "that" opens its complement.
			return false
		}
	default:
		if !(a.Tag == "NN" || a.Tag == "NNS") || s.inGroup[j-1] >= 0 {
			return false
		}
	}
	return true
}

// sayingBefore: a verb of saying stands at most five words before k,
// with only its object or a time or place adjunct between (nouns,
// determiners, numbers and prepositions; no comma, no other verb).
func (s *sentence) sayingBefore(k int) bool {
	for j := k; j >= 0 && j >= k-5; j-- {
		t := &s.toks[j]
		if t.IsVerb() {
			return reportingVerbs.Has(t.Lemma)
		}
		if t.Lower == "," || !(t.IsNoun() || s.inGroup[j] >= 0 || filler(t) || t.Tag == "IN") {
			return false
		}
	}
	return false
}

// gapAfter: the verb of saying at h is followed by a verb or the end of
// its clause, where a relative's noun belongs ("said was", "say is",
// "claims in the South China Sea"), not by a complement of its own.
func (s *sentence) gapAfter(h int) bool {
	k := h + 1
	for k < len(s.toks) && s.toks[k].Tag == "RB" {
		k++
	}
	if k >= len(s.toks) {
		return true
	}
	switch n := &s.toks[k]; n.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "IN", ",", ".":
		return n.Lower != "that"
	}
	return false
}

// negOrTo: w may end the negation or refusal of the verb after it
// ("not", "never", "to" after "declined"), the only words unsaid needs.
func negOrTo(w string) bool {
	switch w {
	case "not", "n't", "never", "to", "neither":
		return true
	}
	return false
}

// finiteBefore: a finite verb outside any actor stands before k.
func (s *sentence) finiteBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch s.toks[j].Tag {
		case "VBD", "VBZ", "VBP":
			if s.inGroup[j] < 0 {
				return true
			}
		}
	}
	return false
}

// backshifted: the clause opened at j ("only after Sudanese troops
// withdrew", "until Hamas freed the hostages") is a condition or time in
// reported speech, its present put in the past by the verb of saying:
// "saying talks could start only after Sudanese troops withdrew". It
// takes "only" before the opener, or "until" or "once", after a modal of
// the future or of possibility that a verb of saying governs.
func (s *sentence) backshifted(j int) bool {
	switch w := s.toks[j].Lower; {
	case w == "until" || w == "once":
	case j > 0 && s.toks[j-1].Lower == "only":
	default:
		return false
	}
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		t := &s.toks[k]
		if hardStop(t) {
			return false
		}
		if t.Tag == "MD" {
			switch t.Lower {
			case "would", "could", "might", "'d":
				return s.reportedBefore(k)
			}
			return false
		}
	}
	return false
}

// noneOfHarm: w names the harm a report says there was none of.
func noneOfHarm(w string) bool {
	switch w {
	case "casualties", "injuries", "deaths", "fatalities", "damage", "victims":
		return true
	}
	return false
}

// reportedOf: the nominal act starting at start is what reports someone
// would not comment on are of ("has not commented on the reports of a
// prisoner swap", "declined to comment on reports of a raid"): as with
// "reports that" (allegedAct), the report is no one's word.
func (s *sentence) reportedOf(start int) bool {
	j := start - 1
	for n := 0; j > 1 && n < 3 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD"); n++ {
		j--
	}
	if s.toks[j].Lower != "of" {
		return false
	}
	switch s.toks[j-1].Lower {
	case "reports", "report", "claims", "rumours", "rumors", "allegations":
		return s.uncommented(j - 1)
	}
	return false
}

// neitherBefore: the "nor" at d closes a subject opened by "neither"
// ("Neither Ankara nor Damascus has commented").
func (s *sentence) neitherBefore(d int) bool {
	for k := d - 1; k >= 0 && k >= d-6; k-- {
		if s.toks[k].Lower == "neither" {
			return true
		}
	}
	return false
}

// manyOf: w quantifies a public ("many Israelis", "most Germans").
func manyOf(w string) bool {
	switch w {
	case "many", "most", "some":
		return true
	}
	return false
}

// dropMasked removes the matches whose bit is set in mask (the first 64
// matches; later ones are always kept), keeping the others in order.
func (r *Result) dropMasked(mask uint64) {
	kept := r.Matches[:0]
	for i, m := range r.Matches {
		if i >= 64 || mask&(1<<i) == 0 {
			kept = append(kept, m)
		}
	}
	r.Matches = kept
}

// helpedObject: where the bare verb at v starts counting back to "help",
// past the name that is help's object: "to help Mozambique battle the
// insurgents" gives the index of "Mozambique", whose clause the purpose
// shares with "to help fight"; v itself when no name stands there.
func (s *sentence) helpedObject(v int) int {
	j := v
	for j > 0 && v-j < 3 && (s.toks[j-1].Tag == "NNP" || s.toks[j-1].Tag == "NNPS") {
		j--
	}
	if j < v && j > 0 && s.toks[j-1].Lower == "help" {
		return j
	}
	return v
}

// answerVerbs answer an act named as their object ("respond to the
// expulsion", "retaliate for the strike"): the act is presupposed.
var answerVerbs = wordset.Of("respond", "react", "retaliate", "reply", "answer")

// letObject reports whether group gi is the object of a causative "let"
// (or "allow", "permit" with "to") whose complement is the act at h:
// "let Ukraine strike", "let US Navy ships deliver aid", "allow the IAEA
// to install cameras" (M31). Only nouns and modifiers may stand between
// the group and the act, so "let the talks fail, and Russia attacked" is
// not read as one chain.
func (s *sentence) letObject(gi, h int) bool {
	g := s.groups[gi]
	j := g.Start - 1
	if j < 0 || g.End > h || !s.toks[j].IsVerb() {
		return false
	}
	lemma := s.toks[j].Lemma
	if lemma != "let" && lemma != "allow" && lemma != "permit" {
		return false
	}
	k := g.End
	for k < h && (s.toks[k].IsNoun() || filler(&s.toks[k])) && s.inGroup[k] < 0 {
		k++
	}
	if lemma == "let" {
		return k == h
	}
	return k == h-1 && s.toks[k].Lower == "to"
}
