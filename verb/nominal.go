package verb

import "github.com/parley-events/parley/internal/wordset"

// The team's convention for acts named by nouns (eleventh session): a
// sentence reports one event per act it tells as news. A nominal act that
// the sentence only refers to, to date another act ("days after clashes
// between their troops"), to give its cause ("over the killing of two
// diplomats", "in protest at the arrest of the mayor", "citing the new
// unity pact") or as the thing marked or mourned ("marked the
// anniversary of the coup"), is no event of the sentence: a story that
// reports it as news tells it with a clause of its own ("amid" is no such
// preposition: what goes on at the same time is news). A nominal act
// that is the news stays: as a clause's subject ("Clashes between police
// and protesters killed five"), as the object of a light verb ("carried
// out air strikes") or on its own ("The talks between X and Y ended"),
// and so does one the sentence tells more of in a relative clause ("the
// air strikes on Tripoli, which killed 12"). Meetings stay in any case:
// talks named beside another act usually are news of the same day
// ("issued a statement after talks in Beijing").

// reactionVerbs cite, mark or mourn an act they take as given: their
// object is the act referred to, not reported. Verbs that judge an act
// ("condemned Iran's seizure of a tanker", "welcomed China's release of
// two citizens") are left out: the team's tests code the act judged, with
// its agent, beside the judgement, and dev10's listing does not; the lead
// decides (report of the eleventh session). Depicting is the modality
// stage's (a film's or novel's story).
var reactionVerbs = wordset.Of(
	"cite", "mark", "commemorate", "mourn",
	// An act vetoed did not happen ("Hungary's Orban vetoed a 50
	// billion euro EU aid package for Ukraine"): the veto is the event.
	// "block" is left out: an attack blocked was still attempted, and
	// for force an attempt is the event (lead, s23).
	"veto",
)

// backgroundNominal: the event noun at k heads a noun phrase governed by
// a preposition of time or cause, or by a verb of reaction, so it names an
// act the sentence refers to (see above). Only a noun is asked: verbs
// and participles report.
func (s *sentence) backgroundNominal(k int) bool {
	j := k - 1
	for j >= 0 {
		if gi := s.inGroup[j]; gi >= 0 {
			j = s.groups[gi].Start - 1
			continue
		}
		switch s.toks[j].Tag {
		case "DT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNS", "NNP", "NNPS":
			j--
			continue
		}
		if w := s.toks[j].Lower; (w == "and" || w == "or") && j > 0 && (s.toks[j-1].Tag == "NN" || s.toks[j-1].Tag == "NNS") {
			// X25: "for Friday's suicide bombing and gun attack": a
			// second act noun shares the first's preposition.
			j--
			continue
		}
		break
	}
	if j < 0 {
		return false
	}
	t := &s.toks[j]
	if t.IsVerb() {
		return reactionVerbs.Has(t.Lemma) && !s.toldFurther(k)
	}
	if t.Tag != "IN" && t.Tag != "TO" {
		return false
	}
	if k+1 < len(s.toks) && s.finite(k+1) {
		return false // "after Iranian missiles struck the bases": a clause's subject
	}
	switch t.Lower {
	case "over", "since", "despite":
		// X23: "despite" concedes what is known ("despite its chief's
		// promise of elections", "despite Moscow's demands", "despite a
		// constitutional ban"): no complete-listing set lists it.
		// "amid" is left out: what goes on at the same time is news of
		// the day ("Schools closed in Kyiv amid Russian missile strikes",
		// often the sentence's only political act).
		return true
	case "after", "following", "before":
		// "two days after the Hamas attack": a span dates the act apart
		// from the story's; a plain "after" may be its immediate trigger,
		// reported with it ("Iran vows revenge after Israeli strike").
		return j > 0 && spanUnit(s.toks[j-1].Lower)
	}
	if j == 0 {
		return false
	}
	// "in protest at the arrest of the mayor". (What a response, reprisal
	// or revenge answers stays: its agent is the avenger's target.)
	switch prev := s.toks[j-1].Lower; t.Lower {
	case "at", "against":
		return prev == "protest" || prev == "protests"
	case "for":
		return s.apologyBefore(j) || s.ownedOrPunished(j, k) // referred_x25.go
	}
	return false
}

// apologyHeads ask or give pardon for an act: what they are for is the
// act referred to, often decades old ("The Dutch government apologised
// for the Srebrenica massacre", "Germany asked forgiveness for the
// massacre in Namibia"), not an act of the day, and never one of the
// apologiser's today.
var apologyHeads = wordset.Of("apologise", "apologize", "apology", "apologies",
	"forgiveness", "pardon", "remorse", "atone", "atonement", "reparations", "repentance")

// apologyBefore: an apology head governs the "for" at j, directly or
// across its addressee ("apologised to Congo for the killing of ...").
func (s *sentence) apologyBefore(j int) bool {
	for i := j - 1; i >= 0 && i >= j-6; i-- {
		t := &s.toks[i]
		if apologyHeads.Has(t.Lemma) || apologyHeads.Has(t.Lower) {
			return true
		}
		if gi := s.inGroup[i]; gi >= 0 {
			i = s.groups[gi].Start // the loop's i-- steps past the group
			continue
		}
		if t.IsVerb() || hardStop(t) {
			return false
		}
	}
	return false
}

// toldFurther: the noun phrase the event noun at k heads goes on into a
// relative clause that tells more of the act ("condemned the US missile
// strike on a Syrian air base, which ...", "the bombing that killed 24"):
// the sentence reports the act after all.
func (s *sentence) toldFurther(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+14; j++ {
		t := &s.toks[j]
		if t.Lower == "," {
			return j+1 < len(s.toks) && (s.toks[j+1].Lower == "which" || s.toks[j+1].Lower == "who")
		}
		if t.Tag == "WDT" {
			return true
		}
		if hardStop(t) || s.clauseVerb(j) {
			return false
		}
	}
	return false
}

// spanUnit: a unit of the span before "after" or "before" ("two days
// after", "hours before").
func spanUnit(w string) bool {
	switch w {
	case "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "minutes":
		return true
	}
	return false
}
