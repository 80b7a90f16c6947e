package verb

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Role names for participants.
const (
	RoleParticipant = "participant"
	RoleGuarantor   = "guarantor"
	RoleObserver    = "observer"
	RoleMediator    = "mediator"
	RoleHost        = "host"
)

// Participant is an actor in a many-party event with its role.
type Participant struct {
	Phrase actor.Phrase
	Role   string
}

// Modality says how real an event is according to the text.
type Modality struct {
	Negated, Future, Hypothetical bool
	ReportedBy                    *actor.Phrase
	// denied: the negation is a denial ("denied sending weapons"), which
	// says the act did not happen; it is no refusal to cooperate.
	denied bool
	// pending: the act is still awaited or scheduled ("has yet to
	// release", "are to send"), which announces no intention, so it is
	// not recoded as one; a scheduled meeting is (R35, recode.go).
	pending bool
}

// Match is one coded event in a sentence.
type Match struct {
	Pattern      *Pattern
	Head         int    // token index of the head word
	Span         [2]int // token span of the matched pattern words
	Source       []actor.Phrase
	Target       []actor.Phrase
	Participants []Participant
	Passive      bool
	Agentless    bool // a nominal event whose agent the text does not name
	Modality     Modality
	// Code is the event code when it differs from the pattern's: an
	// action under an intent verb ("agreed to withdraw") is coded as the
	// matching CAMEO 03 intent. Empty means Pattern.Code.
	Code string
	// Governor is the token of the intent or threat verb that recoded
	// this match ("pledged" in "pledged to expel"), or -1.
	Governor int
	// reporter is 1 + the token of the reporting verb whose complement
	// holds this event, or 0.
	reporter int32
	// byText marks a statement whose speaker is the author of a text
	// ("A statement from the army said ..."): like "according to the
	// army", it attributes what it reports rather than taking a side.
	byText bool
	// Orphan marks a meeting or agreement whose clause names nobody ("the
	// agreements reached in May 2017"); the pipeline gives it the parties
	// of the story's previous meeting or agreement, or drops it.
	Orphan bool
	// FromPrevious marks a source that a sentence-initial pronoun takes
	// from the previous sentence's subject ("It said ..."): its phrases'
	// token indices are that sentence's, not this one's.
	FromPrevious bool
	// TopicRef marks a match whose object is a definite reference to an
	// agreement or meeting with no party named ("welcomed the deal", "the
	// accord was welcomed by Egypt"): the pipeline takes its target from
	// the parties of the story's last meeting or agreement.
	TopicRef bool
	// Joint marks an orphan whose subject is "both sides" acting together
	// on an object of their own, or on none: the pipeline makes the
	// parties of the story's last meeting or agreement its source and
	// keeps its target.
	Joint bool
	// Mutual marks a match whose object was "each other" or "one
	// another": the subject's members act on one another, and the event
	// holds in every direction, as a reciprocal pattern's does.
	Mutual bool
	// place is 1 + the token span of the place that locates the event
	// this match judges, claims or threatens ("the coup in Myanmar"), or
	// zero (see ObjectPlace). Two int16s fit in the padding after the
	// flags above, so a Match is no larger for them.
	place [2]int16
}

// Try records one pattern tried on one head word, for `parley explain`.
type Try struct {
	Head    int
	Pattern *Pattern
	Result  string // "matched", or why it did not
}

// Result is what the verb stage found in one sentence.
type Result struct {
	Matches []Match
	Attach  []Match // "X were also present": actors to add to the previous event
	Tries   []Try
	// Subject is the sentence's main subject, what a pronoun opening the
	// next sentence may stand for (pass it to CodeAfter).
	Subject Antecedent
	// prevToks are the tokens that FromPrevious sources index.
	prevToks []text.Token
}

// Coder applies a Dictionary to sentences. It is immutable but for a pool
// of per-sentence scratch arrays, and safe for concurrent use.
type Coder struct {
	d       *Dictionary
	scratch sync.Pool // *scratch
}

// scratch holds a sentence's working arrays between calls: four
// allocations fewer per sentence. None of them reaches a Result.
type scratch struct {
	inGroup []int
	used    []bool
	present []uint64
	forms   [][2]*wordEntry
	folds   []uint64
	// a token's candidates when its lemma and its own form both head
	// patterns, merged (see candidates)
	cands []*Pattern
	quick []quickCheck
}

// NewCoder wraps a dictionary.
func NewCoder(d *Dictionary) *Coder { return &Coder{d: d} }

// sentence is the per-call working view of one sentence.
type sentence struct {
	toks    []text.Token
	groups  []actor.Group
	inGroup []int // token → group index or -1
	used    []bool
	present []uint64 // bit set of the required words in the sentence
	// forms holds each token's dictionary entries: for its lower-cased
	// form and for its lemma (nil where the dictionary has none).
	forms [][2]*wordEntry
	// folds holds the bits of each token's entries (wordEntry.bit).
	folds []uint64
	// presentFold is present folded into 64 bits (see Pattern.reqFold).
	presentFold uint64
	// presentWide is present folded into 256 bits (see Pattern.altWide).
	presentWide [4]uint64
	// relaxTarget lets a passive head match a pattern whose target slot
	// follows the verb: in "X was attacked by Y" the target is the subject.
	relaxTarget bool
	// frontedClause: the head being tried opens the sentence as a
	// participle ("Attacking Kurdish rebels, Turkish troops ..."), so no
	// gap of its pattern crosses the comma that closes its clause.
	frontedClause bool
	// frontComma is the comma that closes a subordinate clause opening
	// the sentence ("If the rebels withdraw, ..."), or -1. A verb before
	// it takes no object from the main clause after it.
	frontComma int
	// tryHead is the head being tried: a noun head's gap ("an end to
	// violence before any talks") does not cross "after", "before",
	// "since" or "until" either, which open a time phrase of the clause.
	tryHead int
	// conjPass: the second pass over a conjunct head's patterns, whose
	// words before the head may stand before the first conjunct's verb
	// (conjhead_r23.go).
	conjPass bool
	// prev is the previous sentence's subject, or nil.
	prev *Antecedent
}

// Code finds the events of one sentence.
func (c *Coder) Code(toks []text.Token, groups []actor.Group) Result {
	return c.code(toks, groups, nil, false)
}

// CodeTrace is Code that also records every pattern tried and why it
// failed, for `parley explain`; coding at speed skips that bookkeeping.
func (c *Coder) CodeTrace(toks []text.Token, groups []actor.Group) Result {
	return c.code(toks, groups, nil, true)
}

// CodeAfter is Code for a sentence that follows another in a story: a
// personal pronoun opening one of its clauses with no actor before it
// ("It said the deal was illegal") stands for prev, the previous
// sentence's Result.Subject, when they agree. prev may be nil.
func (c *Coder) CodeAfter(toks []text.Token, groups []actor.Group, prev *Antecedent, trace bool) Result {
	return c.code(toks, groups, prev, trace)
}

func (c *Coder) code(toks []text.Token, groups []actor.Group, prev *Antecedent, trace bool) Result {
	sc, _ := c.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer c.scratch.Put(sc)
	toks = sinceView(toks)
	n := len(toks)
	sc.inGroup = slices.Grow(sc.inGroup[:0], n)[:n]
	sc.used = slices.Grow(sc.used[:0], n)[:n]
	clear(sc.used)
	sc.present = slices.Grow(sc.present[:0], int(c.d.nReq+63)/64)[:(c.d.nReq+63)/64]
	clear(sc.present)
	sc.forms = slices.Grow(sc.forms[:0], n)[:n]
	sc.folds = slices.Grow(sc.folds[:0], n)[:n]
	s := &sentence{toks: toks, groups: groups, inGroup: sc.inGroup, used: sc.used, present: sc.present, forms: sc.forms, folds: sc.folds, prev: prev}
	for i := range s.inGroup {
		s.inGroup[i] = -1
	}
	for gi, g := range groups {
		for k := g.Start; k < g.End && k < len(toks); k++ {
			s.inGroup[k] = gi
		}
	}
	s.frontComma = s.closingComma()
	for i := range toks {
		lower := c.d.entry(toks[i].Lower)
		lemma := lower
		if toks[i].Lemma != toks[i].Lower {
			lemma = c.d.entry(toks[i].Lemma)
		} else if w := toks[i].Lower; lower == nil && len(w) >= 4 && w[len(w)-1] == 's' && s.headlineSlot(i) {
			lemma = c.headlineStem(toks[i].Lower)
		}
		s.forms[i] = [2]*wordEntry{lower, lemma}
		var fold uint64
		if lower != nil {
			fold = lower.bit
		}
		if lemma != nil {
			fold |= lemma.bit
		}
		s.folds[i] = fold
		if lower != nil && lower.req >= 0 {
			r := uint32(lower.req)
			s.present[r/64] |= 1 << (r % 64)
			s.presentFold |= 1 << (r % 64)
			s.presentWide[r/64%4] |= 1 << (r % 64)
		}
		if lemma != lower && lemma != nil && lemma.req >= 0 { // the same entry's bits are set
			r := uint32(lemma.req)
			s.present[r/64] |= 1 << (r % 64)
			s.presentFold |= 1 << (r % 64)
			s.presentWide[r/64%4] |= 1 << (r % 64)
		}
	}
	var res Result
	for i := range toks {
		if s.used[i] || s.inGroup[i] >= 0 {
			continue
		}
		// Most tokens head no pattern (candidates below would be empty),
		// and every test before it only skips the token, except a gerund's,
		// which marks its particle and object used: so the rest can wait.
		if f := &s.forms[i]; (f[0] == nil || len(f[0].heads) == 0) && (f[1] == nil || len(f[1].heads) == 0) && toks[i].Tag != "VBG" {
			continue
		}
		// A capitalised proper noun mid-sentence ("Islamic State", "Peace
		// Corps") is a name, not a verb or event noun. After a dateline's
		// dash the lead's first word is capitalised as a sentence's is
		// ("BEIRUT (Reuters) - Trade relations between ...").
		if toks[i].IsProper() && i > 0 && toks[i-1].Lower != "-" && toks[i-1].Lower != "--" {
			continue
		}
		// A participle inside a noun phrase names a kind of thing, not an
		// event: "the opposition negotiating body", "the ruling party".
		// A document's operative participle is its act, as keptRelative
		// says, even before a bare noun: "signed a law banning imports
		// of Russian uranium" bans them (D27).
		// So is an appeal's participle with an actor for its object: "wrote
		// to Macron asking France to take back migrants" asks France (D27).
		// So is a crowd's protest where force met it: "fired tear gas at
		// protesters blocking roads" (crowdmet_r33.go).
		if toks[i].Tag == "VBG" && i > 0 && i+1 < len(toks) && toks[i+1].IsNoun() && (s.inGroup[i-1] >= 0 || toks[i-1].IsNoun() || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "DT") && !(documentNoun(toks[i-1].Lower) && operativeVerb(toks[i].Lemma)) && !(s.inGroup[i+1] >= 0 && askingVerb(toks[i].Lemma)) && !s.crowdMetWithForce(i) {
			continue
		}
		// So does one opening the sentence before the actor it describes:
		// "Striking workers demanded higher wages" strikes nobody.
		if toks[i].Tag == "VBG" && i == 0 && len(toks) > 1 && toks[1].IsNoun() && s.inGroup[1] >= 0 && s.frontedParticiple() < 0 {
			continue
		}
		// A past participle there describes its actor too: "Jailed
		// activist X has been on hunger strike" jails no one now.
		if i == 0 && toks[i].Tag == "VBN" && len(toks) > 2 && s.inGroup[1] >= 0 && s.groups[s.inGroup[1]].Start == 1 {
			continue
		}
		// A participle after a determiner or number and before its noun
		// is an adjective: "rescued 20 kidnapped schoolgirls", "the
		// detained activists". The event it names happened earlier and by
		// someone else, so the clause's subject is not its agent. So is a
		// past participle right after a preposition ("after armed gang
		// members stormed", "by masked gunmen"): no finite verb stands there.
		if (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") && i > 0 && i+1 < len(toks) && toks[i+1].IsNoun() {
			if pt := toks[i-1].Tag; (pt == "DT" && !floatedQuantifier(toks, i)) || pt == "CD" || pt == "PRP$" || pt == "IN" && toks[i].Tag == "VBN" {
				continue
			}
		}
		// A gerund after "of" is alleged or possible, not done: "accused
		// China of harassing fishermen", "the risk of attacking".
		// After "for" it is the reason given for another act: "jailed a
		// student for helping militants", "thanked Japan for helping".
		// After "against" it is what is opposed or warned of, an act of
		// someone else's that has not happened: "warned the West against
		// sending troops", "protested against building the dam". After
		// "at" it is an aim: "a move aimed at easing tensions", "efforts
		// at rebuilding trust" (not "were good at negotiating", where a
		// verb other than a participle comes before). After "on" it is a
		// topic or a condition: "talks on handing power to civilians",
		// "insisted on holding the vote".
		if toks[i].Tag == "VBG" && i > 0 && (toks[i-1].Lower == "of" || toks[i-1].Lower == "for" || toks[i-1].Lower == "against" || toks[i-1].Lower == "on" && toks[i-1].Tag == "IN" || toks[i-1].Lower == "at" && i > 1 && !toks[i-2].IsVerb() || toks[i-1].Lower == "at" && i > 1 && toks[i-2].Tag == "VBN" || s.listedGerund(i)) {
			// Its particle goes with it: "accused Syria of shooting down
			// a jet" shoots down nothing either.
			if i+1 < len(toks) && (toks[i+1].Tag == "RP" || toks[i+1].Tag == "RB") && s.inGroup[i+1] < 0 {
				s.used[i+1] = true
			}
			// So does its object: "accused the Houthis of blocking
			// humanitarian aid" gives no aid.
			s.useGerundObject(i)
			continue
		}
		// An infinitive after a plot noun is what the plotters meant to
		// do (plot_m16.go): "summoned Iran's envoy over a plot to kill an
		// activist" kills no one, and its object goes with it.
		if toks[i].Tag == "VB" && s.plottedAct(i) {
			s.useGerundObject(i)
			continue
		}
		// After "to" it names a goal or topic: "a day dedicated to working
		// together", "opposed to negotiating".
		if toks[i].Tag == "VBG" && i > 1 && toks[i-1].Lower == "to" && (toks[i-2].Tag == "VBN" || toks[i-2].Tag == "JJ") {
			continue
		}
		// What an investigation looks into is alleged: "an investigation
		// into alleged crimes committed by Croat forces".
		if toks[i].IsNoun() && s.underInquiry(i) {
			continue
		}
		// "shelled out billions" pays; it fires no shelling (phrasal_v20.go).
		if s.paidOut(i) {
			continue
		}
		cands, quick := candidates(s.forms[i], sc)
		if len(cands) == 0 {
			continue
		}
		if toks[i].Tag == "VB" && i > 3 && toks[i-1].Lower == "to" && s.rankedAppositive(i-1) {
			continue
		}
		// A past participle right after its noun, with no auxiliary and a
		// finite verb of the clause elsewhere, is a reduced relative: it
		// names an earlier act that describes the noun ("pardoned 50
		// people jailed on terrorism charges", "the deal reached in
		// Vienna"), not news of its own; some kinds stay (keptRelative).
		// So is a present participle there, an ongoing state of the
		// noun's ("a resolution backing the plan", "guards escorting
		// the workers", "supporters marching in La Paz"); after a comma
		// it is a clause of its own ("..., killing six guards"). Where the
		// participle stands (postnominal) is asked once a pattern matched.
		// A nominal act dated by, causing or marked by the clause's act is
		// referred to, not reported (nominal.go). Both are asked once a
		// pattern matched (referred), and remembered in ref.
		ref := refNo
		if t := toks[i].Tag; len(t) == 3 && t[0] == 'V' && (t[2] == 'N' || t[2] == 'G' || t[2] == 'D') {
			if s.participleGate(i) {
				ref = refUnasked
			}
		} else if toks[i].IsNoun() {
			ref = refUnasked
		}
		// Whether the head reads as a noun is asked only when a pattern
		// that needs a verb comes up: 0 unknown, 1 noun, 2 verb.
		var nounHead int8
		// A particle or adverb right after a verb belongs to it ("pull
		// back troops", "hit back at", "set up"): read alone it would be
		// another verb ("back +", to support). Only a pattern that spells
		// more words after it is written for the particle ("shot down ...
		// a drone", "laid down their tools"), and not one whose head must
		// be a verb ([verb]).
		particle := (toks[i].Tag == "RP" || toks[i].Tag == "RB") && i > 0 && toks[i-1].IsVerb() && s.inGroup[i-1] < 0
		// A second pass for a verb after "and" that nothing matched,
		// with the words before its head sought before the first
		// conjunct's verb too (conjhead_r23.go).
		conjFrom := len(res.Matches) + len(res.Attach)
	conjAgain:
		for ci := 0; ci < len(cands); ci++ {
			// Most candidates lack a required word (nine in ten of those
			// that pass the fold): every test before that one only skips
			// a candidate too, so without a trace (which records which
			// test skipped it) it goes first, in a loop of its own.
			if !trace {
				if ci = s.viableFrom(cands, quick, ci); ci == len(cands) {
					break
				}
			}
			p := cands[ci]
			if quick[ci].verbalOnly && s.nounHead(i, &nounHead) {
				continue // "the statement", "a report": nouns report nothing
			}
			if particle && (len(p.reqIDs) == 0 || quick[ci].verbalOnly) {
				if trace {
					res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: "a particle after a verb heads no pattern of its own"})
				}
				continue
			}
			if trace && (quick[ci].fold&^s.presentFold != 0 || !s.hasRequired(p)) {
				res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: "a required word is not in the sentence"})
				continue
			}
			// Once the head is known to be a reduced relative or a
			// background noun, only a pattern that may stay is tried.
			if ref > refNo && s.referredCode(i, p.Code, ref) {
				continue
			}
			m, why := s.try(p, i)
			if why == "" && p.Town {
				why = s.namedPlaceTaken(i)
			}
			if why == "" && p.Object {
				why = s.governedNoun(i)
			}
			if why == "" && p.Derived {
				why = s.twinGoverned(i)
			}
			if why == "" && p.Root() >= "18" && s.toks[i].IsVerb() && firingVerbs.Has(s.toks[i].Lemma) && s.firedWords(i) {
				why = "words fired at a party, not weapons: \"fired accusations at\""
			}
			if why == "" && s.givenUp(i, p) {
				why = "\"give up\" relinquishes; the pattern gives to another (givenup_l40.go)"
			}
			if why == "" && !spellsPower(p) && s.powerHeld(i) {
				why = "a power or right held, not used: \"the power of veto\", \"veto powers\""
			}
			if why == "" && p.Root() <= "13" {
				why = s.privateReceipt(p, &m) // received_r18.go
			}
			if why == "" && (p.Code[1] == '2' && p.Code[0] == '0' || p.callNoFor) {
				why = s.notAnAppeal(p, &m)
			}
			if why == "" && p.Root() == "10" && s.toks[i].Lemma == "insist" {
				why = s.insistedFact(i) // longheld_g16.go
			}
			if why == "" && p.Root() == "13" && s.toks[i].Lemma == "threaten" {
				why = s.thingThreatens(i)
			}
			if why == "" && (p.Code == "150" || p.Code == "062") {
				why = s.civilDrill(&m) // drills_r17.go
			}
			if why == "" && p.Code == "050" {
				why = s.accreditedPress(&m) // accredit_r17.go
			}
			if why == "" && p.Code == "1721" {
				why = s.closedBody(p, &m) // closed_v18.go
			}
			if why == "" && p.Code == "166" {
				why = s.closedOffice(p, &m) // closedoffice_v39.go
			}
			if why == "" && p.Code == "174" {
				why = s.returnScheme(p, &m) // closed_v18.go
			}
			if why == "" && p.Code == "0874" {
				why = s.territoryHanded(p, &m) // handover_n22.go
			}
			if why == "" && p.Code == "1623" {
				why = s.aidWorkHalted(p, &m) // handover_n22.go
			}
			if why == "" && p.Code == "150" {
				why = s.laserByCrowd(p, &m) // review_r21.go
			}
			if why == "" && p.Code == "173" {
				why = s.capturedRecord(p, &m) // review_r21.go
			}
			if why == "" && p.Code == "173" {
				why = s.heldPerson(p, &m) // held_i27.go
			}
			if why == "" && p.Code == "1711" {
				why = s.controlFromForce(p, &m) // review_r21.go
			}
			if why == "" && p.Code == "1711" {
				why = s.farmModifier(p, &m) // review_r21.go
			}
			if why == "" && p.Code == "112" {
				why = s.responsibleForTask(p, &m) // review_r21.go
			}
			if why == "" && p.Code == "180" {
				why = s.studioStormer(p, &m) // review_r21.go
			}
			if why == "" && (p.Code == "1723" || p.Code == "172" || p.Code == "174" || p.Code == "173" || p.Code == "150") {
				why = s.privateMeasure(p, &m) // measure_r18b.go
			}
			if why == "" && p.Code == "110" {
				why = s.angerWithoutDoer(p, &m) // measure_r18b.go
			}
			if why == "" && p.Code == "111" {
				why = s.privateDismay(p, &m) // dismay_r33.go
			}
			if why == "" && p.Code == "082" {
				why = s.campOnlyPlace(&m) // campcleared_s24.go
			}
			if why == "" && p.Code == "160" {
				why = s.armedWithdrawn(&m) // withdrawn_d27.go
			}
			if why == "" && ref != refNo {
				if ref == refUnasked {
					ref = s.referred(i)
				}
				if ref > refNo && s.referredCode(i, p.Code, ref) {
					why = "a reduced relative or a nominal act of time, cause or marking: referred to, not reported"
				}
			}
			if why != "" {
				if trace {
					res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: why})
				}
				continue
			}
			// A pattern whose noun matched the verb of an infinitive
			// further on yields to an equally specific one that ends
			// sooner: "gave Jordan a grant to support its budget" is a
			// grant (071), not support given (051).
			for _, q := range cands[ci+1:] {
				if !s.infinitiveEnd(m) {
					break
				}
				if q.weight != p.weight {
					break
				}
				if (q.Speech || q.Verb) && s.nounHead(i, &nounHead) || !s.hasRequired(q) {
					continue
				}
				if q.Root() == p.Root() {
					continue // "asking Obama to help Iran": an appeal for help (023) names the act asked
				}
				if m2, why2 := s.try(q, i); why2 == "" && m2.Span[1]-m2.Span[0] < m.Span[1]-m.Span[0] {
					if trace {
						res.Tries = append(res.Tries, Try{Head: i, Pattern: m.Pattern, Result: "matched, but an equally specific pattern lies closer to the head"})
					}
					m, p = m2, q
				}
			}
			if trace {
				res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: "matched"})
			}
			end := m.Span[1]
			if reportingVerbs.Has(toks[m.Head].Lemma) && toks[m.Head].IsVerb() {
				// A statement's pattern reads the clause it reports
				// without taking its words: "officials said Russia
				// violated the ceasefire" is the accusation and the
				// violation it reports.
				end = m.Head + 1
			}
			for k := m.Span[0]; k < end; k++ {
				// A second coordinated verb the match passed over ("hosted
				// and praised") keeps its own chance to code.
				if s.inGroup[k] < 0 && !(k != m.Head && k > 0 && toks[k].IsVerb() && (toks[k-1].Lower == "and" || toks[k-1].Lower == "or")) && !s.brokeredPact(&m, k) && !s.freeInnerVerb(p, &m, k) { // alleged_m24.go
					s.used[k] = true
				}
			}
			s.useOfComplement(m.Span[1], p.Root())
			if p.Attach != "" {
				res.Attach = append(res.Attach, m)
			} else {
				res.Matches = append(res.Matches, m)
			}
			break
		}
		if !s.conjPass && len(res.Matches)+len(res.Attach) == conjFrom && s.conjunctBefore(i) >= 0 {
			s.conjPass = true
			goto conjAgain
		}
		s.conjPass = false
		if ref == refUnasked && toks[i].IsVerb() && (toks[i].Tag == "VBG" || i+2 < len(toks) && toks[i+2].Tag == "VBG") {
			s.relativeAt(i) // no pattern matched: its complements are still its own
		}
	}
	gov := map[int]bool{}
	for i := range res.Matches {
		res.Matches[i].Governor = -1
		if m := &res.Matches[i]; m.Span[0] > 0 && (toks[m.Head].Tag == "VBN" || toks[m.Span[0]-1].Lower == "to") {
			s.nounClause(m)
		}
		s.requested(&res.Matches[i])
		if res.Matches[i].Pattern.material {
			s.preventedAct(&res.Matches[i])
		}
		if l := toks[res.Matches[i].Head].Lemma; l == "withdraw" || l == "pull" {
			// D30: a body left is read before the future is: "announced
			// it would withdraw from the ICC" is 160 announced, not the
			// intent to de-escalate (0356) that 0874 would give.
			leaveBody(&res.Matches[i])
		}
		s.intent(&res.Matches[i])
		s.stateProtest(&res.Matches[i])
		s.labourStrike(&res.Matches[i])
		s.armedStorm(&res.Matches[i])
		s.sharedDrills(&res.Matches[i])
		s.crowdStorm(&res.Matches[i])
		s.crowdViolence(&res.Matches[i])
		s.loneAttacker(&res.Matches[i])
		s.irregularForce(&res.Matches[i])
		s.verbalClash(&res.Matches[i])
		s.protestersShot(&res.Matches[i])
		expelledMission(&res.Matches[i])
		s.handedCaptive(&res.Matches[i])
		s.handedRemains(&res.Matches[i])
		s.policeSeized(&res.Matches[i])
		s.orderedAgency(&res.Matches[i])
		expelledAgency(&res.Matches[i])
		s.requestedForces(&res.Matches[i])
		s.foreignVisas(&res.Matches[i]) // visa_c24.go
		switch toks[res.Matches[i].Head].Lemma {
		case "back":
			s.politicalBacking(&res.Matches[i])
		case "clear", "dismantle", "remove":
			s.armedClearing(&res.Matches[i])
		case "bomb":
			nonStateBombing(&res.Matches[i])
			stateBombing(&res.Matches[i])
			s.armyBombing(&res.Matches[i]) // bombing_r34.go
			if !s.toks[res.Matches[i].Head].IsNoun() {
				forcesBombing(&res.Matches[i]) // "began bombing": the gerund
			}
		case "bombing":
			// The noun: its kind, its victims, then whose bombing it was
			// (bombing_b18.go).
			s.bombingKind(&res.Matches[i])
			s.diedIn(&res.Matches[i])
			forcesBombing(&res.Matches[i])
		case "come":
			comeUnderFire(&res.Matches[i], toks)
		case "attack", "assault", "beat":
			s.verbalAttack(&res.Matches[i])
			mobAssault(&res.Matches[i])
			s.aerialMeans(&res.Matches[i]) // aerial_m25.go
		case "capture", "seize", "take", "overrun", "retake", "recapture", "conquer", "grab":
			capturedPlace(&res.Matches[i])
			s.capturedPeople(&res.Matches[i]) // capture_m25.go
			if recordedCapture(&res.Matches[i]) || s.wonPrize(&res.Matches[i]) || s.contrabandSeized(&res.Matches[i]) {
				gov[res.Matches[i].Head] = true
			}
		case "kill", "wound", "injure":
			s.relativeAttack(&res.Matches[i])
			s.killedInAttack(&res.Matches[i]) // bombing_b18.go
			s.aerialMeans(&res.Matches[i])    // aerial_m25.go
		case "strike", "hit", "target", "pound", "destroy", "eliminate", "assassinate", "bombard", "blast", "hammer":
			s.aerialMeans(&res.Matches[i]) // aerial_m25.go
		case "vacate":
			if s.vacatedVenue(&res.Matches[i]) {
				gov[res.Matches[i].Head] = true
			}
		case "torch", "set", "raze", "burn", "loot", "ransack", "plunder":
			crowdArson(&res.Matches[i])
		case "withdraw", "pull",
			// "announced its withdrawal from ECOWAS" (lead, s23)
			"announce", "complete", "begin", "start", "finish", "conclude":
			leaveBody(&res.Matches[i])
		case "leave", "quit", "exit":
			if s.quitBody(&res.Matches[i]) || s.lastTroops(&res.Matches[i]) { // leave_c24.go
				gov[res.Matches[i].Head] = true
			}
		case "expel":
			if s.expelledFromBody(&res.Matches[i]) {
				gov[res.Matches[i].Head] = true
			}
		case "oppose":
			if h := res.Matches[i].Head; s.opposedStance(h) {
				gov[h] = true
			}
		case "order":
			if unordered(&res.Matches[i]) {
				gov[res.Matches[i].Head] = true
			} else if res.Matches[i].EventCode() == "100" {
				s.orderedAct(res.Matches, i)
			} else {
				ownTroops(&res.Matches[i])
			}
		}
		s.civilianMeasure(&res.Matches[i])
		s.ownVictim(&res.Matches[i])
		if civilTruce(&res.Matches[i]) && !s.violentTruce() || s.aidInTransit(&res.Matches[i]) || s.suppliesAtFacility(&res.Matches[i]) || s.crowdOccasion(&res.Matches[i]) || s.seizedOn(&res.Matches[i]) || s.contemptAttitude(&res.Matches[i]) || s.bombModifier(&res.Matches[i]) || s.handedBack(&res.Matches[i]) || s.fuelFigure(&res.Matches[i]) || s.peopleOffStreet(&res.Matches[i]) || s.electedControl(&res.Matches[i]) || s.seekToVerb(&res.Matches[i]) {
			gov[res.Matches[i].Head] = true
		}
		if res.Matches[i].Pattern.Root() == "13" && len(res.Matches[i].Source) > 0 {
			s.avengedTarget(res.Matches, i)
		}
		s.conditionTarget(&res.Matches[i])
		// S15: a nominal act's "by" agent, an inquiry's accused act.
		s.agentAsObject(&res.Matches[i])
		s.inquiryAgent(&res.Matches[i])
		s.objectPlace(&res.Matches[i])
		s.ownVictimPlace(&res.Matches[i])
		s.reactedAct(res.Matches, i)
		s.sharedPartner(res.Matches, i)
		s.sharedAdversary(res.Matches, i)
		if g := res.Matches[i].Governor; g >= 0 {
			gov[g] = true
		}
	}
	s.weaponPurpose(res.Matches, gov) // instrument_i27.go
	// "Qatar pledged to expel ...": the pledge is coded through what it
	// pledges; the bare intent verb's own event would say less, twice.
	if len(gov) > 0 {
		kept := res.Matches[:0]
		for _, m := range res.Matches {
			if !gov[m.Head] {
				kept = append(kept, m)
			}
		}
		res.Matches = kept
	}
	if len(res.Matches) > 1 {
		drop := s.purposeTwins(res.Matches)
		kept := res.Matches[:0]
		for i := range res.Matches {
			if !(i < 64 && drop&(1<<i) != 0) && !s.appealedToo(res.Matches, i) && !s.occasionOf(res.Matches, i) {
				kept = append(kept, res.Matches[i])
			}
		}
		res.Matches = kept
	}
	s.askedContent(res.Matches)                 // asked_r34.go
	s.invitedTo(res.Matches)                    // invited_r35.go
	s.drivenOut(res.Matches)                    // drivenout_r35.go
	res.Matches = s.signedTogether(res.Matches) // signed_r35.go
	s.prisonSentences(&res)
	s.reporting(&res)
	res.Subject = antecedent(&res, toks, groups, prev)
	if prev != nil {
		for i := range res.Matches {
			if res.Matches[i].FromPrevious {
				_, res.prevToks, _ = prev.resolve(0)
				break
			}
		}
	}
	return res
}

// candidates lists the patterns a token heads, by its lemma and by its
// own form, most specific first, with their quick checks. A merged list is
// built in sc's buffers, valid until the next call.
func candidates(forms [2]*wordEntry, sc *scratch) ([]*Pattern, []quickCheck) {
	lower, lemma := forms[0], forms[1]
	if lemma == nil {
		if lower == nil {
			return nil, nil
		}
		return lower.heads, lower.quick
	}
	if lower == lemma || lower == nil || len(lower.heads) == 0 {
		return lemma.heads, lemma.quick
	}
	if len(lemma.heads) == 0 {
		return lower.heads, lower.quick
	}
	// Both lists are already ranked (most specific first, ties in
	// dictionary order), so a merge that takes the lemma's on a tie gives
	// the stable sort of the two lists joined, without sorting.
	out := sc.cands[:0]
	a, b := lemma.heads, lower.heads
	for len(a) > 0 && len(b) > 0 {
		if a[0].weight >= b[0].weight {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	out = append(append(out, a...), b...)
	sc.cands = out
	sc.quick = sc.quick[:0]
	for _, p := range out {
		sc.quick = append(sc.quick, quickCheck{fold: p.reqFold, verbalOnly: p.Speech || p.Verb})
	}
	return out, sc.quick
}

func (t elem) matches(tok *text.Token) bool {
	for _, w := range t.words {
		if tok.Lemma == w || tok.Lower == w {
			return true
		}
		if w == numWord && tok.Tag == "CD" {
			return true
		}
	}
	return false
}

// lit reports that token k matches the literal element e. A token whose
// form and lemma are no dictionary word matches no literal (every literal
// word has an entry), which holds for most tokens, and then no string is
// compared.
func (s *sentence) lit(e *elem, k int) bool {
	f := &s.forms[k]
	if e.ents == nil {
		if f[0] == nil && f[1] == nil && !e.num {
			return false
		}
		return e.matches(&s.toks[k])
	}
	// A word's entry is its spelling's, so comparing the entries of the
	// token's form and lemma with the words' is comparing spellings,
	// without reading a string.
	if e.fold&s.folds[k] == 0 {
		return false
	}
	lower, lemma := int32(-1), int32(-1)
	if f[0] != nil {
		lower = f[0].num
	}
	if f[1] != nil && (f[0] != nil || s.toks[k].Lemma != s.toks[k].Lower) {
		lemma = f[1].num // not a headline stem (code): the token's own lemma
	}
	for _, x := range e.ents {
		if x == lower || x == lemma {
			return true
		}
	}
	return false
}

// numWord is the literal a number fills ("kill <num> in +": "killed 20 in
// Gaza"). No token is spelled so, so it is never among a pattern's
// required words.
const numWord = "<num>"

// numeric: the element is the literal numWord.
func (t elem) numeric() bool { return len(t.words) == 1 && t.words[0] == numWord }

// filler tags may sit between pattern elements without being written.
func filler(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "RBR", "CD", "POS":
		return true
	case "RB":
		// A negation is never skipped: "promised not to attack" is no
		// threat to attack.
		return t.Lower != "not" && t.Lower != "never"
	}
	return t.Lower == "(" || t.Lower == "\"" || timeWord(t.Lower)
}

// timeWord: a bare day or relative day, which news English drops into
// any slot of a clause ("Nigeria today announced", "opened a hearing
// Wednesday into", "signed Tuesday a deal with").
//
// Only the length test is inlined into its 70 callers: the string switch
// compiles to some 300 bytes of compares, which inlined everywhere filled
// the instruction cache of the matcher's hot loops, and most words are
// shorter than "today" or longer than "wednesday".
func timeWord(w string) bool {
	return len(w) >= len("today") && len(w) <= len("wednesday") && timeWordSwitch(w)
}

//go:noinline
func timeWordSwitch(w string) bool {
	switch w {
	case "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// dated: token k, which is no filler, belongs to a dated phrase that wire
// copy drops between a verb's arguments ("warned NATO on Monday against
// expanding", "invited Sudan last week to join", "told Iran on March 5 to
// stop"), so the matcher skips it like a filler. The loops test filler
// first, inlined, and call dated only where that fails.
func (s *sentence) dated(k int) bool {
	w := s.toks[k].Lower
	if w == "on" {
		// "on Monday", "on March 5", "on 5 March"
		if k+1 >= len(s.toks) {
			return false
		}
		n := s.toks[k+1].Lower
		return timeWord(n) || monthWord(n) && k+2 < len(s.toks) && s.toks[k+2].Tag == "CD" ||
			k+2 < len(s.toks) && s.toks[k+1].Tag == "CD" && monthWord(s.toks[k+2].Lower)
	}
	if k == 0 || s.inGroup[k] >= 0 {
		return false
	}
	switch p := s.toks[k-1].Lower; p {
	case "on":
		// "on March 5": the month (the day is a CD, a filler)
		return monthWord(w) && k+1 < len(s.toks) && s.toks[k+1].Tag == "CD"
	case "last", "next", "this", "that", "late", "early":
		return timeUnit(w) // "last week", "late Tuesday night"
	default:
		return timeWord(p) && timeUnit(w)
	}
}

// timeUnit: a span of time that "last", "this" or a day can qualify.
func timeUnit(w string) bool {
	switch w {
	case "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening":
		return true
	}
	return false
}

// inStateName: token k of group gi is part of a state's own name, which
// holds no pattern word: "recognised by the United States as" recognises
// no state, "the Union of Comoros" joins no union. (Words inside other
// names still count: "took Russia to the International Court".)
func (s *sentence) inStateName(gi, k int) bool {
	for _, ph := range s.groups[gi].Phrases {
		if k >= ph.Start && k < ph.End {
			return ph.Country != "" && len(ph.Sectors) == 0 && ph.Code == ph.Country && s.toks[k].IsProper()
		}
	}
	return false
}

// sideNouns are plural nouns that "both", "the two" or "the warring"
// make a definite reference to the parties already named.
var sideNouns = wordset.Of(
	"sides", "parties", "countries", "nations", "governments", "leaders",
	"ministers", "presidents", "premiers", "envoys", "negotiators",
	"delegations", "camps", "neighbours", "neighbors", "rivals", "states",
	"armies", "factions",
	// "Netanyahu met Abbas, and the two men agreed to resume talks": two
	// persons just named, as "the two leaders" are.
	"men",
)

// raisingAdjectives govern an infinitive whose subject is theirs: "are
// due to meet", "is likely to sign".
var raisingAdjectives = wordset.Of("due", "set", "likely", "unlikely", "expected", "scheduled", "ready", "poised", "able", "willing", "eager", "keen")

// bothSides: the clause before start has for subject "both sides", "the
// two parties", "the warring factions" or the like, and no actor.
func (s *sentence) bothSides(start int) bool { return s.sidesAt(start) >= 0 }

// sidesAt is bothSides, giving the index of the side noun ("sides",
// "leaders") or -1.
func (s *sentence) sidesAt(start int) int {
	k := start - 1
	for k >= 0 && s.inGroup[k] < 0 {
		t := &s.toks[k]
		if isAux(t.Lower) || t.Tag == "MD" || t.Tag == "RB" {
			k--
			continue
		}
		// "Both sides agreed to disarm", "the two leaders are due to
		// meet": through the verb or adjective that governs an
		// infinitive to its subject.
		if t.Lower == "to" && k > 0 && s.inGroup[k-1] < 0 && (s.toks[k-1].IsVerb() || raisingAdjectives.Has(s.toks[k-1].Lower)) {
			k -= 2
			continue
		}
		break
	}
	if k >= 1 && s.toks[k].Lower == "and" && s.inGroup[k-1] < 0 {
		// "The two sides exchanged views on regional issues and agreed to
		// deepen cooperation": a verb after "and" with no subject of its
		// own shares the earlier verb's.
		return s.sidesBefore(k)
	}
	if k >= 1 && k+1 < len(s.toks) && bareSidesCount(s.toks[k].Lower) && s.toks[k-1].Lower == "the" && s.inGroup[k] < 0 && (s.toks[k+1].IsVerb() || s.toks[k+1].Tag == "MD" || s.toks[k+1].Tag == "RB") {
		// K39: "met Moon Jae-in, and the two pledged to end
		// hostilities", "hosted the leaders of Japan and South Korea,
		// and the three agreed": a bare count after "the", as the
		// subject, is the parties just named, as "the two sides" is.
		// Only right before the verb: "the four gunmen who attacked"
		// counts gunmen.
		return k
	}
	if k < 1 || !sideNouns.Has(s.toks[k].Lower) {
		return -1
	}
	noun := k
	if gi := s.inGroup[k]; gi >= 0 {
		// "the two leaders": a bare sector noun with no country of its
		// own (or one only inferred from the story) is a reference too,
		// not a party.
		g := s.groups[gi]
		if len(g.Phrases) != 1 || g.Phrases[0].Country != "" && !g.Phrases[0].Inferred || g.Start != k || g.End != k+1 {
			return -1
		}
	}
	k--
	if s.toks[k].Lower == "warring" || s.toks[k].Lower == "rival" || s.toks[k].Lower == "opposing" {
		k--
		if k >= 0 && s.toks[k].Lower == "the" {
			return noun
		}
	}
	if k < 0 {
		return -1
	}
	switch s.toks[k].Lower {
	case "both":
		return noun
	case "two":
		if k > 0 && s.toks[k-1].Lower == "the" {
			return noun
		}
	}
	return -1
}

// bareSidesCount: the counts that stand for the parties of a meeting
// after "the" with no noun of their own.
func bareSidesCount(w string) bool { return w == "two" || w == "three" || w == "four" }

// sidesBefore is sidesAt for the finite verb of the clause that ends at
// the "and" at k, or -1: the nearest finite verb before it, with no clause
// boundary or actor between.
func (s *sentence) sidesBefore(k int) int {
	for j := k - 1; j > 0 && j > k-25; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.inGroup[j] >= 0 {
			return -1
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP":
			// Only a side noun that is no actor: "the two leaders" is a
			// group the verb after "and" shares as any subject.
			if n := s.sidesAt(j); n >= 0 && s.inGroup[n] < 0 {
				return n
			}
			return -1
		}
	}
	return -1
}

// useOfComplement marks as used the "of" complement of an event noun a
// match ends on: in "signed a cessation of hostilities" or "agreed to a
// resumption of talks", the hostilities and the talks are the matched
// event's content, not events of their own. So is the "over", "about" or
// "for" complement of an accusation or a rejection.
func (s *sentence) useOfComplement(end int, root string) {
	if end < 1 || end+1 >= len(s.toks) || !s.toks[end-1].IsNoun() && !(s.toks[end-1].Tag == "JJ" && blameAdjective(s.toks[end-1].Lower)) || s.inGroup[end-1] >= 0 {
		return
	}
	// "traded accusations over airspace violations", "blame for the
	// bombing": what an accusation is over is alleged, no act of the
	// accusers'.
	if w := s.toks[end].Lower; w != "of" && !((root == "11" || root == "12") && (w == "over" || w == "about" || w == "for")) && !((root == "03" || root == "04" || root == "05") && (w == "on" || w == "about")) {
		// (An agreement or talks "on" a topic: "signed an agreement on
		// the deployment of border guards" deploys no one yet.)
		return
	}
	for k := end + 1; k < len(s.toks) && k <= end+4; k++ {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return
		}
		if t.IsNoun() {
			s.used[end] = true
			for j := end + 1; j <= k; j++ {
				s.used[j] = true
			}
			return
		}
		if !filler(t) && t.Tag != "VBG" && t.Tag != "RP" {
			return // ("a memorandum on setting up de-escalation zones")
		}
	}
}

// blameAdjective: "held X responsible for the bombing", "found X guilty
// of the killing": what X is blamed for is alleged, no act of the
// accuser's.
func blameAdjective(w string) bool {
	switch w {
	case "responsible", "accountable", "guilty", "culpable", "complicit":
		return true
	}
	return false
}

// mutualAt: tokens k and k+1 are "each other" or "one another".
func (s *sentence) mutualAt(k int) bool {
	if k+1 >= len(s.toks) || s.inGroup[k] >= 0 {
		return false
	}
	a, b := s.toks[k].Lower, s.toks[k+1].Lower
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// Reciprocal reports an event that holds in both directions: a
// reciprocal pattern ("met", "signed a deal with") or a mutual object
// ("blamed each other").
func (m *Match) Reciprocal() bool { return m.Pattern.Recip || m.Mutual }

// monthWord: a month's name, lower-cased ("may" only as the modal's
// homograph is excluded by the callers' need for a day number beside it).
func monthWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.":
		return true
	}
	return false
}

// judgingSpeaker: a judging adjective (11, 12: "unacceptable",
// "illegal") heads the match, and the clause it judges in is the
// complement of a reporting verb whose subject is an actor: that
// subject's group, or -1.
func (s *sentence) judgingSpeaker(p *Pattern, start, h int) int {
	if r := p.Root(); r != "11" && r != "12" {
		return -1
	}
	if s.toks[h].Tag != "JJ" {
		return s.quotedVerdictSpeaker(start, h)
	}
	for k := start - 1; k >= 0 && k >= start-12; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," {
			return s.quotedVerdictSpeaker(start, h)
		}
		if s.clauseVerb(k) && reportingVerbs.Has(t.Lemma) {
			return s.subject(k)
		}
	}
	return s.quotedVerdictSpeaker(start, h)
}

// attributionAt: the comma at c opens a trailing attribution, a short
// subject and a reporting verb ("..., officials said", "..., the
// ministry said in a statement", "..., state media reported").
func (s *sentence) attributionAt(c int) bool {
	for j := c + 1; j < len(s.toks) && j <= c+6; j++ {
		t := &s.toks[j]
		if t.Lower == "," || hardStop(t) {
			return false
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP":
			return reportingVerbs.Has(t.Lemma)
		}
	}
	return false
}

// hardStop tokens end a clause for gaps, subjects and objects.
func hardStop(t *text.Token) bool {
	switch t.Lower {
	case ";", ":", ".", "?", "!", "--", "|":
		return true
	}
	return false
}

type binding struct {
	src, tgt, both int // group indices or -1
	// mutual: the target slot held "each other" or "one another", so the
	// coordinated subject's members act on one another.
	mutual bool
}

// hasRequired is a cheap pre-check: every literal the pattern requires
// (besides its head) occurs somewhere in the sentence.
func (s *sentence) hasRequired(p *Pattern) bool {
	if p.reqFold&^s.presentFold != 0 {
		return false
	}
	for k, masks := range p.reqMasks {
		if p.altFold[k]&s.presentFold == 0 {
			return false
		}
		ok := false
		for _, m := range masks {
			if s.present[m.word]&m.bits != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// viableFrom returns the index of the first candidate from ci on that
// has every word it requires in the sentence (hasRequired), or
// len(cands). Nine candidates in ten fail it; in code's loop, whose
// body holds more than the registers do, each paid reloads from the
// stack, so it is a loop of its own, kept out of line (inlined, it
// would share code's registers again). TestViableFromMatchesHasRequired
// keeps it in step with hasRequired, which the traced loop asks.
//
//go:noinline
func (s *sentence) viableFrom(cands []*Pattern, quick []quickCheck, ci int) int {
	fold, present, wide := s.presentFold, s.present, &s.presentWide
	quick = quick[:len(cands)]
next:
	for ; ci < len(cands); ci++ {
		if quick[ci].fold&^fold != 0 {
			continue
		}
		p := cands[ci]
	group:
		for k, masks := range p.reqMasks {
			// The 256-bit fold implies altFold's test and rules out more.
			if a := &p.altWide[k]; a[0]&wide[0]|a[1]&wide[1]|a[2]&wide[2]|a[3]&wide[3] == 0 {
				continue next
			}
			for _, m := range masks {
				if present[m.word]&m.bits != 0 {
					continue group
				}
			}
			continue next
		}
		return ci
	}
	return len(cands)
}

// try matches pattern p with its head at token h.
// passiveTries reads a passive head's pattern the ways a passive allows,
// once its plain reading failed: with the target slot relaxed, with the
// subject as the object the pattern spells, and as a thing acted on.
// Out of try, which most heads leave at the plain reading.
//
//go:noinline
func (s *sentence) passiveTries(p *Pattern, h int, b *binding) (int, bool) {
	s.relaxTarget = true
	*b = binding{src: -1, tgt: -1, both: -1}
	end, ok := s.forward(p, p.head+1, h+1, b)
	s.relaxTarget = false
	if !ok {
		end, ok = s.passiveObject(p, h, b)
	}
	if !ok {
		end, ok = s.passiveThing(p, h, b)
	}
	return end, ok
}

func (s *sentence) try(p *Pattern, h int) (Match, string) {
	b := binding{src: -1, tgt: -1, both: -1}
	s.frontedClause = h == 0 && (s.toks[0].Tag == "VBG" || s.toks[0].Tag == "VBN") || h < s.frontComma && s.toks[h].IsVerb()
	s.tryHead = h
	end, ok := s.forward(p, p.head+1, h+1, &b)
	passive := -1 // s.passive(h), asked once: 0 no, 1 yes, -1 not yet
	if !ok {
		passive = 0
		if s.passive(h) {
			passive = 1
			end, ok = s.passiveTries(p, h, &b)
		}
		if !ok {
			return Match{}, "words after the head did not match"
		}
	}
	if end > h+2 && s.toks[h].Tag == "VBN" && s.reducedRelative(h) {
		// "Missiles launched by the Houthis struck Saudi Arabia": the
		// participle's object is the noun before it; words after the
		// main clause's verb are not its complement.
		for k := h + 2; k < end; k++ {
			if s.clauseVerb(k) && s.inGroup[k] < 0 {
				return Match{}, "a reduced relative's pattern runs into the main clause's verb"
			}
		}
	}
	start, ok := s.backward(p, p.head-1, h-1, &b)
	if !ok && p.head > 0 && s.conjPass {
		if v := s.conjunctBefore(h); v >= 0 {
			start, ok = s.backward(p, p.head-1, v, &b) // conjhead_r23.go
		}
	}
	if !ok {
		return Match{}, "words before the head did not match"
	}
	if s.toks[h].Tag == "JJ" && p.head == len(p.elems)-1 && h+1 < len(s.toks) && (s.toks[h+1].Tag == "NN" || s.toks[h+1].Tag == "NNS") {
		// "unacceptable accusations": a judging adjective before its
		// noun describes it; only "X is unacceptable" judges.
		return Match{}, "an attributive adjective judges nothing"
	}
	m := Match{Pattern: p, Head: h, Span: [2]int{start, end}}
	if passive < 0 {
		m.Passive = s.passive(h)
	} else {
		m.Passive = passive == 1
	}
	if m.Passive && strings.HasPrefix(p.Code, "042") && s.toks[h].Lemma != "visit" {
		return Match{}, "a passive journey is no visit ('was flown to Los Angeles')"
	}
	if h > 0 && s.toks[h].Tag == "VBG" && s.toks[h-1].Tag == "DT" && strings.HasPrefix(p.Code, "042") {
		return Match{}, "'the visiting president' names the visitor; the clause's subject visits no one"
	}
	if r := p.Root(); (r == "18" || r == "19" || r == "20") && s.attributive(h) {
		return Match{}, "a participle before its noun describes it ('Striking doctors rejected the offer')"
	}
	if selfWarnedLine(p) && !s.selfWarnedAct(h, end) {
		return Match{}, "no act of the warner's own after the modal (selfwarnedact_k40.go)"
	}
	if strings.HasPrefix(p.Code, "191") && m.Passive && s.byNobody(h) {
		return Match{}, "besieged by applicants, requests or calls is no siege"
	}
	if p.Agentless && s.deedNotSubject(p, start, end) {
		return Match{}, "the deed's noun is not the verb's subject (deedsubject_r24.go)"
	}
	if r := p.Root(); (r == "17" && strings.HasPrefix(p.Code, "171") || r == "18" || r == "19" || r == "20") && s.byAccident(start, end, m.Passive) {
		// Property damaged or destroyed (171) by floods or a fire is no
		// one's coercion either: "Floods damaged 40,000 homes".
		return Match{}, "the harm was done by an accident or a disaster, not by anyone"
	}
	if b.both >= 0 {
		g := s.groups[b.both]
		if len(g.Phrases) < 2 && p.Recip && g.End > 0 && s.toks[g.End-1].Tag != "NNS" && s.toks[g.End-1].Tag != "NNPS" {
			// "a meeting of the party's central committee": a body
			// meeting on its own meets no party ("opposition parties
			// agreed that", a plural, are several).
			return Match{}, "a slot for both sides holds one party"
		}
		m.Source = g.Phrases[:1]
		m.Target = g.Phrases[1:]
	}
	if b.src >= 0 {
		m.Source = s.groups[b.src].Phrases
	}
	if b.tgt >= 0 {
		m.Target = s.groups[b.tgt].Phrases
	}
	// An optional source slot after the head left empty is still a
	// converse frame: "survived an assassination attempt (by X)" has its
	// subject as the target even when the attacker goes unnamed.
	openConverse := b.src < 0 && b.both < 0 && b.tgt < 0 && !m.Passive && p.sourceAfterHead()
	if b.src < 0 && b.both < 0 && !openConverse {
		if m.Passive {
			// The by-phrase follows the participle, inside or after the
			// match: "Iran was hailed by Egypt for its efforts".
			if ag := s.agent(h + 1); ag >= 0 {
				m.Source = s.groups[ag].Phrases
			} else if ag := s.coordAgent(h); ag >= 0 {
				// "were detained by Myanmar police and later freed"
				m.Source = s.groups[ag].Phrases
			} else if r := p.Root(); r == "18" || r == "19" || r == "20" {
				// "Four civilians were killed in Israeli shelling": the
				// agent of the attack they died in is the perpetrator.
				if ag := s.attackAgent(end); ag >= 0 {
					m.Source = s.groups[ag].Phrases
				} else if ag := s.whenAgent(end); ag >= 0 {
					m.Source = s.groups[ag].Phrases
				}
			}
			// "victims killed by ...": a reduced relative on a noun that
			// is no actor has that noun as its subject, not an actor
			// further back.
			if b.tgt < 0 && start > 0 && s.inGroup[start-1] >= 0 && s.groups[s.inGroup[start-1]].End == start && !s.modifierOnly(s.inGroup[start-1]) {
				// "arrested two men accused of smuggling": the reduced
				// relative's subject is the group right before it, even
				// when that group is another verb's object.
				m.Target = s.groups[s.inGroup[start-1]].Phrases
			} else if b.tgt < 0 && !s.nounBefore(start) && !(start < h && s.toks[start].IsNoun() && s.inGroup[start] < 0) {
				// (A match opening with its own noun, "a truce announced
				// by Peru", has that noun as the participle's subject:
				// the clause's subject, who welcomed it, is no target.)
				if subj := s.subject(start); subj >= 0 {
					m.Target = s.groups[subj].Phrases
				}
			}
		} else if s.toks[h].IsNoun() && h == start && materialRoot(p.Code) {
			// A nominal event ("the Israeli airstrikes on Gaza") takes its
			// agent from its own modifiers or a by-phrase; the clause
			// subject is its agent only when the verb between them is a
			// light verb ("Israel carried out airstrikes"), not when it
			// reports or judges ("Egypt denounced the airstrikes").
			if ag := s.nominalAgent(h, end); ag >= 0 && s.attackedModifier(ag, h) && !s.clauseSubjectAt(h) {
				// "the Peshawar mosque bombing", "the Kabul embassy
				// attack": a place or premises named before an attack
				// noun is what was hit, not who hit it.
				m.Agentless = true
				if len(m.Target) == 0 {
					m.Target = s.groups[ag].Phrases
				}
			} else if ag >= 0 {
				// "Russia, China veto resolution": a headline's verb
				// tagged as a noun after a comma-only list.
				m.Source = s.subjectPhrases(ag, start)
			} else if subj := s.subject(start); subj >= 0 && s.lightPath(s.groups[subj].End, start) {
				m.Source = s.groups[subj].Phrases
			} else {
				m.Agentless = true // "condemned the kidnapping of workers": it happened, by someone
			}
		} else if s.toks[h].IsNoun() && h == start && p.Root() != "01" {
			// "welcomed Uganda's call for talks", "praised Qatar's
			// mediation": a nominal appeal, meeting or offer is its
			// possessor's; the subject of a judging verb is not its agent.
			if ag := s.nominalAgent(h, end); ag >= 0 {
				m.Source = s.subjectPhrases(ag, start)
			} else if subj := s.subject(start); subj >= 0 && (s.lightPath(s.groups[subj].End, start) || !s.judgedPath(s.groups[subj].End, start)) {
				// A light or reporting verb between leaves the subject as
				// the agent: "Turkey said negotiations with Jordan would
				// continue" are Turkey's.
				m.Source = s.groups[subj].Phrases
			} else if subj >= 0 {
				// "endorsed an association agreement with the EU": the
				// thing judged has no agent of its own in the text.
				return Match{}, "a nominal event under a judging verb names no agent"
			}
		} else if gi := s.forSubject(start); gi >= 0 {
			// "called for Kenyan troops to withdraw": the party a call is
			// for is the subject of the infinitive.
			m.Source = s.groups[gi].Phrases
		} else if gi := s.bidOwner(start); gi >= 0 {
			// "Turkey blocked Sweden's bid to join NATO": the act a bid,
			// plan or attempt is for is its owner's.
			m.Source = s.groups[gi].Phrases
		} else if gi := s.inGroup[start]; gi >= 0 && start < h && p.elems[0].kind == eLit && s.toks[start].IsNoun() && s.groups[gi].Start == start && !s.modifierOnly(gi) {
			// "demonstrators who gathered outside the palace": a pattern
			// opening with an actor noun before its verb has that actor
			// as agent, wherever the clause around it puts it.
			m.Source = s.groups[gi].Phrases
		} else if gi := s.crowdOfAt(start); gi >= 0 && start < h && p.elems[0].kind == eLit {
			// "Thousands of farmers marched on parliament": a pattern
			// opening with a crowd's count has the counted group as agent.
			m.Source = s.groups[gi].Phrases
		} else if gi := s.whoseOwnerAt(start); p.Agentless && h > start && gi >= 0 {
			// "Iran, whose missiles struck two US bases": the owner
			// of the weapons the pattern opens with fires them.
			m.Source = s.groups[gi].Phrases
		} else if gi := s.weaponPartner(start); p.Agentless && h > start && gi >= 0 {
			// "American warplanes and cruise missiles struck": the armed
			// actor the weapon is coordinated with fires it
			// (weaponpartner_s38.go).
			m.Source = s.groups[gi].Phrases
		} else if p.Agentless && h > start && s.ownNounSubject(start) {
			// "as protests spread", "when clashes erupted": the event's
			// own noun is its clause's subject; the actor of the clause
			// before did not protest.
		} else if gi := s.occasionSubject(start, end); gi >= 0 {
			// "During his visit to Russia, the Chinese leader signed",
			// also after a dateline or a "said that": the occasion's
			// maker is the subject right after the comma that closes it,
			// not a group before it.
			m.Source = s.groups[gi].Phrases
		} else if subj := s.subject(start); subj >= 0 {
			m.Source = s.subjectPhrases(subj, start)
		}
	}
	if b.tgt >= 0 {
		s.leftoverSource(&m, b.tgt, h)
	}
	if b.tgt >= 0 && p.Recip && len(m.Source) > 1 && s.modifierOnly(b.tgt) {
		// "Egypt and Jordan discussed the Gaza crisis by phone": with both
		// parties in the subject, a country that only modifies the object
		// names the topic, not a third party.
		m.Target = nil
	}
	converse := openConverse || b.src >= 0 && b.tgt < 0 && b.both < 0 && !m.Passive && s.groups[b.src].Start > h
	if converse {
		// A source slot after the head with no target slot is a converse
		// frame: "Kenya received weapons from Uganda" is Uganda → Kenya,
		// so the clause's subject is the target.
		if subj := s.subject(start); subj >= 0 && subj != b.src {
			m.Target = s.groups[subj].Phrases
		}
		if openConverse {
			m.Agentless = true // it happened to the subject, by someone
		}
	}
	if m.Passive && b.src >= 0 && b.tgt < 0 && b.both < 0 && len(m.Target) == 0 && start == h {
		s.passiveSourceTarget(&m, b.src, h)
	}
	if b.tgt < 0 && b.both < 0 && !m.Passive && !converse {
		tt := -1
		if complementTarget(p.Root()) {
			tt = s.thatTarget(h, end)
			if tt >= 0 && p.Root() == "13" {
				tt = s.conditionParty(tt, m.Source)
			}
		}
		if tt >= 0 {
			m.Target = s.groups[tt].Phrases
		} else if gi := s.literalVictim(p, h, end); gi >= 0 {
			// "fired tear gas at protesters in Nairobi"
			// (literalvictim_r24.go).
			m.Target = s.groups[gi].Phrases
		} else if gi := s.leftoverObject(end, h); gi >= 0 {
			// "detained two traders and deported another"
			// (leftover_g16.go).
			m.Target = s.groups[gi].Phrases
			s.leftoverSource(&m, gi, h)
		} else if obj := s.objectFor(end, p.Code); obj >= 0 && !(p.Recip && len(m.Source) > 1 && s.weakObject(obj)) {
			if to := s.pastRelativeAgent(obj); to >= 0 {
				obj = to
			}
			m.Target = s.groups[obj].Phrases
		}
		if gi := s.objectRelative(h, p.Root()); gi >= 0 && tt < 0 {
			// "arrested a man whom militants had kidnapped": no word
			// after the verb is its object; the noun the relative hangs
			// on is (relobject_m15.go).
			m.Target = s.groups[gi].Phrases
		}
		if len(m.Target) == 0 && b.src >= 0 && strings.HasPrefix(p.Code, "07") && start < h && s.groups[b.src].Start > start {
			// "used the HIMARS systems the US had supplied": the
			// weapons' user is the recipient (suppliedarms_p20.go).
			gi := s.armsUser(start, b.src)
			if gi < 0 {
				return Match{}, "weapons a relative clause says were supplied, with no user named ('the missiles the US supplied were stolen')"
			}
			m.Target = s.groups[gi].Phrases
		}
	}
	if len(m.Target) == 0 && b.tgt < 0 && b.both < 0 && !m.Passive && !converse && end > h+1 && s.inGroup[end-1] >= 0 {
		// "Gunmen stormed a village, killing 30 villagers": a victim the
		// pattern spells as a word, when that word is an actor of a known
		// state right after the verb, is the target.
		// The same for the envoys summoned or expelled: "summoned the
		// French and Spanish ambassadors".
		if r := p.Root(); (r == "18" || r == "19" || r == "20" || r == "11" || r == "16") && s.victimObject(h, s.inGroup[end-1]) {
			m.Target = s.groups[s.inGroup[end-1]].Phrases
		} else if p.Code == "175" && crowdOnly(s.groups[s.inGroup[end-1]].Phrases) {
			// "opened fire on protesters in Kathmandu", "used tear gas to
			// disperse demonstrators": the crowd the repression line
			// spells as its last word is its target, wherever it stands
			// in the line (lead, s24).
			m.Target = s.groups[s.inGroup[end-1]].Phrases
		}
	}
	if len(m.Target) == 0 && b.tgt < 0 && b.both < 0 && !m.Passive && !converse && p.Root() == "16" && h+1 < end {
		// "ordered diplomats from Argentina, Chile and Peru to leave":
		// the envoys the pattern spells inside its span open an actor
		// group right after the verb, which names the states whose
		// missions are cut; objectFor only looks past the span.
		// The actor's own envoys ("summoned its ambassador in London")
		// are no target of its own cut.
		if gi := s.inGroup[h+1]; gi >= 0 && s.groups[gi].End <= end && s.victimObject(h, gi) && !sameState(m.Source, s.groups[gi].Phrases[0].Country) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if len(m.Target) == 0 && b.tgt < 0 && b.both < 0 && start >= 2 && s.toks[start-1].Lower == "to" {
		// "summoned the Israeli ambassador to protest the raid": the
		// summoner's purpose is aimed at the envoy summoned.
		if gi := s.inGroup[start-2]; gi >= 0 && s.summoned(s.groups[gi]) && !s.phraseIn(m.Source, gi) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if b.tgt < 0 && b.both < 0 && !m.Passive && !converse && len(m.Target) > 0 && complementTarget(p.Root()) {
		// The same when the object was found after a pattern word inside
		// the clause ("demanded an admission by Moscow that NKVD security
		// forces murdered ...").
		if gi := s.beforeThat(h, m.Target[0].Start); gi >= 0 {
			m.Target = s.groups[gi].Phrases
		}
	}
	if b.tgt >= 0 && !m.Passive && complementTarget(p.Root()) {
		// "demanded that the US cancel plans to sell weapons to Taiwan":
		// a slot the pattern bound inside the that-clause of a demand
		// names what is asked, not whom; the clause's subject is asked.
		tt := s.thatTarget(h, end)
		if tt >= 0 && p.Root() == "13" {
			tt = s.conditionParty(tt, m.Source)
		}
		if tt >= 0 && s.groups[tt].Start < s.groups[b.tgt].Start {
			m.Target = s.groups[tt].Phrases
		} else if gi := s.beforeThat(h, s.groups[b.tgt].Start); gi >= 0 && !s.audienceGroup(gi) && !s.toldOfThird(h, gi, b.tgt, m.Source) { // hearer_s24.go
			// "demanded an admission by Moscow that Soviet forces
			// murdered officers": the party before the clause is asked.
			m.Target = s.groups[gi].Phrases
		}
	}
	if len(m.Target) == 0 && b.tgt < 0 && b.both < 0 && !m.Passive && !converse && (p.Root() == "02" || p.Root() == "10") {
		// "appealed to Ethiopia to allow aid": a pattern that reaches past
		// the addressee to the thing asked still has it as target.
		if gi := s.addressee(h); gi >= 0 {
			m.Target = s.groups[gi].Phrases
		}
	}
	if b.both < 0 && !m.Passive && !converse && (p.Root() == "02" || p.Root() == "10") {
		// "The UN called for Iran to release the journalists": the party
		// a call is for, as the subject of the act asked, is asked; a slot
		// inside the act names what is asked, as in a that-clause.
		if gi := s.forAddressee(h); gi >= 0 && (len(m.Target) == 0 || m.Target[0].Start > s.groups[gi].Start) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if b.both < 0 && !m.Passive && !converse && reactionRoot(p.Root()) && !s.toks[h].IsNoun() {
		// "Berlin rejected calls by Belarus for economic aid": a reaction
		// to a call, demand or offer answers its maker. A target found
		// after the maker is part of what was asked ("rejected calls by
		// Uganda to withdraw troops"), as in a demand's that-clause.
		if gi := s.requestMaker(h); gi >= 0 && !s.phraseIn(m.Source, gi) && (len(m.Target) == 0 || m.Target[0].Start > s.groups[gi].Start) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if len(m.Target) == 0 && b.tgt < 0 && b.both < 0 && !m.Passive && !converse && end > h+2 && (p.Root() == "11" || p.Root() == "12") {
		// "Russia refused to recognise the results of Moldova's
		// election": what is judged or rejected belongs to the party
		// that owns it inside the object phrase the pattern ran through.
		if gi := s.possessorIn(h+1, end); gi >= 0 && !s.phraseIn(m.Source, gi) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if r := p.Root(); (r == "18" || r == "19" || r == "20") && !m.Passive && b.src < 0 && b.both < 0 && (len(m.Source) == 0 || strings.HasPrefix(m.Source[0].Code, "---")) {
		// "Rockets fired by Hamas hit southern Israel", "drones launched
		// by Russia struck Kyiv": the agent of the weapon's reduced
		// relative is the agent of the harm the weapon did.
		if gi := s.innerAttackAgent(start, h); gi >= 0 {
			m.Source = s.groups[gi].Phrases
			m.Agentless = false
		}
	}
	if b.tgt < 0 && b.both < 0 && m.Passive && reactionRoot(p.Root()) && !s.toks[h].IsNoun() {
		// "Calls by Belarus for aid were rejected by Berlin": the same,
		// with the call as the passive's subject; an actor found before
		// it belongs to a clause of its own ("Poland said calls by ...").
		if gi := s.requestMakerBefore(start); gi >= 0 && !s.phraseIn(m.Source, gi) && (len(m.Target) == 0 || m.Target[0].Start < s.groups[gi].Start) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if n := len(m.Target); n > 1 && m.Target[n-1].Start >= 0 && m.Target[n-1].Start < len(s.inGroup) {
		// "struck Gaza, and Hamas fired rockets": the last member is the
		// subject of the next clause, no target of this one.
		if gi := s.inGroup[m.Target[n-1].Start]; gi >= 0 && s.groups[gi].Start > h && s.clauseSplit(gi) {
			m.Target = m.Target[:n-1]
		}
	}
	if p.Recip && len(m.Source) > 1 && b.tgt < 0 && b.both < 0 && len(m.Target) > 0 && (s.againstPhrase(m.Target[0]) || p.Root() == "06" && s.raidedPhrase(m.Target[0])) {
		// "The Nigerian army and Cameroonian troops conducted joint
		// operations against Boko Haram": the partners are the subject;
		// whom they act against is no party to their cooperation, nor
		// whom they raid ("carried out a joint raid on al-Shabaab
		// camps").
		m.Target = nil
	}
	if p.Root() == "15" && (len(m.Target) == 0 || ownForces(m.Target, m.Source)) {
		// "Britain mobilized army reservists for a war against Iraq": the
		// forces moved are Britain's own; the show of force is aimed at
		// whoever it is against, or whose border or coast it is moved to
		// ("massed troops on the Kuwaiti border", "sent a task force
		// toward Grenada").
		m.Target = nil
		if gi := s.againstTarget(end); gi >= 0 {
			m.Target = s.groups[gi].Phrases
		}
	}
	if p.Root() == "15" && !m.Passive {
		// A show of force "aimed at" a party is aimed at it, not at the
		// place it passes over or the forces it moves (aimedAt, G13).
		if gi := s.aimedAt(end); gi >= 0 && !s.phraseIn(m.Source, gi) {
			m.Target = s.groups[gi].Phrases
		}
	}
	if strings.HasPrefix(p.Code, "087") && len(m.Target) == 1 && len(m.Source) > 0 && !m.Passive && forcePhrase(m.Target[0]) && s.objectAfter(h, m.Target[0].Start) {
		// "Russia withdrew its forces from Kherson", "India and China
		// pulled back troops": one withdraws one's own forces; the
		// retreat is from whoever holds the place left ("from East
		// Timor" → TLS), or from the place's state (the pipeline).
		t := m.Target[0]
		m.Target = nil
		if t.Country != "" && !slices.ContainsFunc(m.Source, func(ph actor.Phrase) bool { return ph.Country == t.Country }) {
			t.Sectors, t.Code = nil, t.Country
			m.Target = []actor.Phrase{t}
		}
	}
	if len(m.Source) == 0 && !m.Passive && start < h && start < len(s.inGroup) {
		// "Demonstrators marched on the Pentagon": a pattern word before
		// the head that is a whole actor phrase is the subject as well.
		if gi := s.inGroup[start]; gi >= 0 && s.groups[gi].Start == start && s.groups[gi].End <= h && !s.modifierOnly(gi) {
			m.Source = s.groups[gi].Phrases
		}
	}
	if len(m.Source) == 0 && len(m.Target) == 0 && m.Passive {
		s.patternSubject(&m, start, h) // "Police were placed on alert" (passive_k17.go)
	}
	if len(m.Source) == 0 && !m.Passive {
		// "In a phone call with Russia, Syria discussed trade": a fronted
		// phrase's event belongs to the main clause's subject.
		if gi := s.frontedSubject(start, end); gi >= 0 {
			m.Source = s.groups[gi].Phrases
		}
	}
	if len(m.Source) == 0 && !m.Passive && s.prev != nil {
		// "It said the deal was illegal": a pronoun with no actor before
		// it in its sentence stands for the previous sentence's subject.
		if pr := s.pronounBefore(start); pr != "" && s.prev.agrees(pr) && s.noGroupBefore(start) {
			m.Source, _, _ = s.prev.resolve(0)
			m.FromPrevious = true
		}
	}
	if !b.mutual && len(m.Target) == 0 && !m.Passive && s.mutualAt(end) && (len(m.Source) > 1 || s.sidesAt(start) >= 0) {
		// "Ethiopia and Eritrea praised each other"; "both sides accused
		// each other of starting the fighting" too, whose parties the
		// pipeline finds.
		b.mutual = true
	}
	bothSides := false
	if !m.Passive {
		// "held talks with Vucic ..., and the two sides agreed": a
		// subject found before the side noun belongs to an earlier
		// clause; "the two sides" is this one's.
		if n := s.sidesAt(start); n >= 0 {
			bothSides = len(m.Source) == 0 || len(m.Source) == 1 && (m.Source[0].Country == "" || m.Source[0].Inferred) && m.Source[0].End == m.Source[0].Start+1 ||
				m.Source[len(m.Source)-1].End <= n-1
		}
	}
	if b.mutual && !bothSides {
		// "Armenia and Azerbaijan blamed each other": each member acts on
		// the others, and the pipeline codes every direction.
		if len(m.Source) < 2 {
			return Match{}, "'each other' needs two parties in the subject"
		}
		m.Source, m.Target = m.Source[:1], m.Source[1:]
		m.Mutual = true
	}
	if bothSides {
		// "The two sides exchanged fire", "both sides blamed each other":
		// the parties are the story's last meeting's or agreement's, and
		// each acts on the other (the pipeline fills and mirrors them).
		// "Both leaders condemned the attack", "both sides agreed to
		// disarm the militias": together they act, on their object if any.
		m.Source = nil
		m.Orphan = true
		if p.Recip || b.mutual {
			m.Mutual = true
		} else {
			m.Joint = true
		}
	}
	if p.Recip && len(m.Source) == 0 && len(m.Target) > 1 {
		// "agreements signed between Russia and Turkey"
		m.Source, m.Target = m.Target[:1], m.Target[1:]
	}
	if (p.Root() == "04" || strings.HasPrefix(p.Code, "036")) && len(m.Target) > 0 && m.Target[0].Start >= 0 && m.Target[0].Start < len(s.inGroup) {
		// "Lavrov held talks on Syria with his Turkish counterpart",
		// "Britain and Argentina held talks on the Falklands": what a
		// meeting is about is no party when a partner is named.
		if gi := s.inGroup[m.Target[0].Start]; gi >= 0 && topicPreps.Has(s.prepBefore(s.groups[gi])) {
			if w := s.groupAfterWord(s.groups[gi].End, "with"); w >= 0 {
				m.Target = s.groups[w].Phrases
			} else if len(m.Source) > 1 {
				m.Target = nil
			}
		}
	}
	if (strings.HasPrefix(p.Code, "045") || strings.HasPrefix(p.Code, "039")) && !m.Passive {
		// "The Red Cross facilitated the exchange of prisoners between
		// Russia and Ukraine": a mediation is between its parties,
		// whatever else its object names.
		if gi := s.groupAfterWord(h+1, "between"); gi >= 0 {
			m.Target = s.groups[gi].Phrases
		}
	}
	if p.Recip && len(m.Source) > 1 && len(m.Target) > 0 && m.Target[0].Start >= 0 && m.Target[0].Start < len(s.inGroup) {
		// "Saudi Arabia and Iran agreed to restore relations after talks
		// brokered by China": a mediator, host or guarantor is no party;
		// the participants list gives it its role.
		if gi := s.inGroup[m.Target[0].Start]; gi >= 0 {
			if r, _ := s.roleFor(s.groups[gi]); r != "" && r != RoleParticipant {
				m.Target = nil
			}
		}
	}
	if p.Recip && len(m.Target) == 0 && len(m.Source) > 1 {
		m.Target = m.Source[1:]
		m.Source = m.Source[:1]
	}
	if p.Recip || p.Attach != "" {
		s.participants(&m, p)
	}
	if len(m.Source) == 0 && len(m.Target) == 0 && len(m.Participants) == 0 && p.Agentless {
		// "A bomb exploded in Mumbai": an event without actors, which the
		// pipeline keeps only if the place gives it a target.
		m.Agentless = true
	} else if sp := s.firstPersonQuote(&m, p, start); sp >= 0 {
		// "'We reject this decision,' Hamas said": the quoted first
		// person acts, the speaker after the quotation.
		m.Source = s.groups[sp].Phrases
	} else if len(m.Source) == 0 && len(m.Target) == 0 && len(m.Participants) == 0 && !m.Orphan {
		if sp := s.judgingSpeaker(p, start, h); sp >= 0 {
			// "Chile said the coup was unacceptable": a judgement
			// with no actor in its clause is the speaker's.
			m.Source = s.groups[sp].Phrases
		} else if !p.Recip || p.Root() >= "14" {
			// A clash or riot with nobody named has no topic to stand
			// for its sides, unlike "the meeting on Syria".
			return Match{}, "no actor in the clause"
		}
		// "the meeting on Syria will take place": the topic is the
		// counterpart; the speaker who announced it may be the source.
		if t := s.topic(h + 1); t >= 0 {
			m.Target = s.groups[t].Phrases
		} else {
			m.Orphan = true
		}
	}
	if p.Speech && h > 0 && (s.toks[h-1].Lower == "," || s.toks[h-1].Lower == "\"" || s.toks[h-1].Lower == "''") && !s.complementAfter(h) {
		// ", said the spokesman for the prime minister": inverted
		// attribution; the speaker follows the verb and nobody is addressed.
		if gi := s.inverted(h); gi >= 0 {
			m.Source, m.Target = s.groups[gi].Phrases, nil
		}
	}
	if p.Speech && len(m.Source) == 0 {
		return Match{}, "a statement needs a speaker"
	}
	if p.Speech && s.passiveReport(h) {
		return Match{}, "'X are said to' reports of X; X says nothing"
	}
	if p.Speech {
		if gi := s.inGroup[m.Source[0].Start]; gi >= 0 && s.textAuthor(s.groups[gi]) {
			m.byText = true
		}
	}
	if strings.HasPrefix(p.Code, "042") && crowdOnly(m.Source) && !actor.RelativeOf(s.toks, &m.Source[0]) {
		return Match{}, "crowds, refugees and migrants make no visit ('refugees arrived in Greece')"
	}
	if strings.HasPrefix(p.Code, "042") && len(m.Source) > 0 && s.toks[h].IsVerb() && s.forceBody(m.Source[0]) {
		return Match{}, "troops, police units and contingents that arrive or land deploy; they pay no visit ('a contingent of Kenyan police officers landed in Port-au-Prince')"
	}
	if h < s.frontComma && len(m.Target) > 0 && b.tgt < 0 && m.Target[0].Start > s.frontComma && s.toks[h].IsVerb() {
		// "If the rebels withdraw, the government will release ...":
		// the main clause's subject is no object of the verb of the
		// clause before it.
		m.Target = nil
	}
	if r := p.Root(); (r == "18" || r == "19") && len(m.Source) > 0 && !m.Passive && (s.toks[h].IsNoun() || s.toks[h].Tag == "VBG") && !s.clauseSubjectAt(h) {
		// "The mosque bombing killed 20", "the Kabul embassy attack":
		// the place before the attack noun was hit (attackedModifier).
		if gi := s.inGroup[m.Source[0].Start]; gi >= 0 && s.groups[gi].Start == m.Source[0].Start && s.attackedModifier(gi, h) {
			if len(m.Target) == 0 {
				m.Target = m.Source
			}
			m.Source, m.Agentless = nil, true
		}
	}
	m.Source = s.whoseOwner(m.Source)
	m.Target = s.whoseOwner(m.Target)
	if len(m.Source) > 0 && len(m.Target) > 0 && m.Source[0].Start == m.Target[0].Start && m.Source[0].Code == m.Target[0].Code {
		// One phrase read as both sides ("Iraqi Kurdistan was struck by
		// Iranian drones", the region no actor): the target is unknown.
		m.Target = nil
	}
	if r := p.Root(); (r == "18" || r == "19" || r == "20") && mediaOnly(m.Source) {
		return Match{}, "reporters besiege, bombard and hound only with questions ('was besieged by reporters')"
	}
	if len(m.Target) == 0 && len(m.Source) > 0 && !m.Orphan && (topicRefRoot(p.Root()) || p.Code == "196") && s.topicRef(h, end, m.Passive) {
		m.TopicRef = true
	}
	// "'Moscow has accused us of sabotage,' Estonia's foreign minister
	// said": the quoted first person object is the speaker's state.
	s.speakerTarget(&m, p, h)
	// "suspended budget support and security cooperation with Niger":
	// the partner after a second object is the target.
	s.coordinatedObjectTarget(&m, p)
	m.Modality = s.modality(start, h, p.Root() >= "14")
	s.pastDecline(&m, p, start) // "would not comment" (verdict_q17.go)
	return m, ""
}

// forcePhrase: the phrase names armed forces, police or peacekeepers.
func forcePhrase(ph actor.Phrase) bool {
	for _, sec := range ph.Sectors {
		switch sec {
		case "MIL", "COP", "PKO":
			return true
		}
	}
	return false
}

// objectAfter: only fillers and particles ("back", "out") lie between
// the head and token k, so the phrase at k is the head's direct object.
func (s *sentence) objectAfter(h, k int) bool {
	for j := h + 1; j < k; j++ {
		if t := &s.toks[j]; !filler(t) && t.Tag != "RP" {
			return false
		}
	}
	return k > h
}

// topicPreps introduce what a meeting or a statement is about.
var topicPreps = wordset.Of("on", "over", "about", "regarding", "concerning")

// groupAfterWord: a group right after the word w later in the clause,
// from token k ("between Russia and Ukraine", "with his Turkish
// counterpart"), or -1.
func (s *sentence) groupAfterWord(k int, w string) int {
	for j := k; j+1 < len(s.toks) && j < k+10; j++ {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || s.clauseVerb(j) {
			return -1
		}
		if t.Lower != w {
			continue
		}
		for q := j + 1; q < len(s.toks) && q <= j+4; q++ {
			if gi := s.inGroup[q]; gi >= 0 {
				return gi
			}
			if !filler(&s.toks[q]) {
				break
			}
		}
	}
	return -1
}

// attributive: the present participle at h opens a noun phrase and
// describes the actor right after it, "Striking doctors", "the striking
// miners": an adjective, not a verb. After a comma, a subject or a
// preposition ("..., killing 15 soldiers", "accused of killing
// civilians") it stays a verb.
func (s *sentence) attributive(h int) bool {
	if s.toks[h].Tag != "VBG" && s.toks[h].Tag != "JJ" || h+1 >= len(s.toks) {
		return false
	}
	gi := s.inGroup[h+1]
	if gi < 0 || s.groups[gi].Start != h+1 {
		return false
	}
	// The phrase is the clause's subject: its verb follows ("Striking
	// doctors rejected", "have blocked"). "Attacking Kurdish rebels,
	// Turkish troops ..." is a participial clause, a verb.
	if e := s.placeAfter(s.groups[gi].End); e >= len(s.toks) || !(s.clauseVerb(e) || isAux(s.toks[e].Lower) || s.toks[e].Tag == "MD") {
		return false
	}
	if h == 0 {
		return true
	}
	switch s.toks[h-1].Tag {
	case "DT", "PRP$", "POS", ",", ":":
		// After a comma or a dateline's dash too: "On Tuesday, striking
		// miners ... were".
		return true
	}
	switch s.toks[h-1].Lower {
	case "-", "--", "—":
		return true
	}
	return s.toks[h-1].Lower == "that"
}

// placeAfter: the token after a place phrase that starts at e ("in
// Bolivia", "from the north"), or e when none starts there: the subject's
// verb may follow the place that locates the subject.
func (s *sentence) placeAfter(e int) int {
	if e+1 >= len(s.toks) {
		return e
	}
	switch s.toks[e].Lower {
	case "in", "from", "near":
	default:
		return e
	}
	k := e + 1
	for k < len(s.toks) && k <= e+5 {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			k = s.groups[gi].End
			continue
		}
		if t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NNP" {
			k++
			continue
		}
		break
	}
	if k == e+1 {
		return e
	}
	return k
}

// byNobody: the participle at h is followed by a by-phrase with no actor
// in it ("was besieged by visa applicants", "besieged by requests").
func (s *sentence) byNobody(h int) bool {
	if h+1 >= len(s.toks) || s.toks[h+1].Lower != "by" {
		return false
	}
	for k := h + 2; k < len(s.toks) && k <= h+5; k++ {
		if s.inGroup[k] >= 0 {
			return false
		}
		if t := &s.toks[k]; !(filler(t) || t.IsNoun()) {
			break
		}
	}
	return true
}

// whoseOwner: a side of no known state right after "whose" belongs to
// the relative clause's antecedent: "Russia, whose troops invaded
// Ukraine" is Russia's act. The antecedent's phrases stand for it.
func (s *sentence) whoseOwner(ps []actor.Phrase) []actor.Phrase {
	if len(ps) == 0 || ps[0].Country != "" || ps[0].Start < 2 || ps[0].Start > len(s.toks) || s.toks[ps[0].Start-1].Lower != "whose" {
		return ps
	}
	k := ps[0].Start - 2
	if s.toks[k].Lower == "," && k > 0 {
		k--
	}
	if gi := s.inGroup[k]; gi >= 0 && s.groups[gi].Phrases[0].Country != "" {
		return s.groups[gi].Phrases
	}
	return ps
}

// countWords may stand between a verb and the number of its victims:
// "killed at least 30", "wounded nearly 40".
var countWords = wordset.Of("at", "least", "about", "around", "nearly", "almost", "some", "more", "than", "over", "up", "to")

// victimObject: group gi is the direct object of the verb at h, with only
// a count before it, and belongs to a known state.
func (s *sentence) victimObject(h, gi int) bool {
	g := s.groups[gi]
	if g.Start <= h || g.Start > h+6 || g.Phrases[0].Country == "" {
		return false
	}
	for k := h + 1; k < g.Start; k++ {
		if t := &s.toks[k]; !(filler(t) || countWords.Has(t.Lower)) {
			return false
		}
	}
	return true
}

// crowdOnly: every phrase is civilians or refugees and nothing else.
func crowdOnly(ps []actor.Phrase) bool {
	for _, ph := range ps {
		if !onlySectors(ph.Sectors, "CVL", "REF") {
			return false
		}
	}
	return len(ps) > 0
}

// mediaOnly: every phrase is the press and nothing else.
func mediaOnly(ps []actor.Phrase) bool {
	for _, ph := range ps {
		if !onlySectors(ph.Sectors, "MED") {
			return false
		}
	}
	return len(ps) > 0
}

// onlySectors: secs is not empty and every sector is among allowed.
func onlySectors(secs []string, allowed ...string) bool {
	for _, sec := range secs {
		if !slices.Contains(allowed, sec) {
			return false
		}
	}
	return len(secs) > 0
}

// agreementNouns name a meeting or an agreement: a definite one with no
// party of its own refers to the one the story is about.
var agreementNouns = wordset.Of(
	"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire",
	"cease-fire", "armistice", "talks", "meeting", "summit", "negotiations",
	"understanding", "settlement", "arrangement", "roadmap", "memorandum",
)

// topicRefRoot: codes whose object can be another's meeting or agreement:
// judging it (01, 05, 11, 12), asking about it (02, 10), threatening it
// (13) or mediating it (04). Violating a ceasefire (196) is the other
// code whose object is an agreement.
func topicRefRoot(r string) bool {
	switch r {
	case "01", "02", "04", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// topicRef: the match's object, after the match or (in a passive) before
// the head, is a definite agreement or meeting noun phrase with no actor
// in it: "welcomed the landmark deal", "rejected Monday's accord", "The
// agreement was welcomed by the US".
func (s *sentence) topicRef(h, end int, passive bool) bool {
	if passive {
		k := h - 1
		for k >= 0 && s.inGroup[k] < 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB") {
			k--
		}
		if k < 1 || s.inGroup[k] >= 0 || !agreementNouns.Has(s.toks[k].Lower) {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			t := &s.toks[j]
			if s.inGroup[j] >= 0 {
				return false
			}
			if t.Lower == "the" || t.Lower == "this" || t.Lower == "that" {
				return true
			}
			if !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "POS" || timeWord(t.Lower)) {
				return false
			}
		}
		return false
	}
	definite := false
	for k := end; k < len(s.toks) && k < end+5; k++ {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 {
			return false
		}
		switch {
		case t.Lower == "the" || t.Lower == "this" || t.Lower == "that":
			definite = true
		case agreementNouns.Has(t.Lower):
			if !definite {
				return false
			}
			// "the deal with Iran", "the talks between X and Y" name their
			// parties: those are found by the patterns.
			if n := k + 1; n < len(s.toks) {
				switch s.toks[n].Lower {
				case "with", "between", "among", "of":
					return false
				}
			}
			return true
		case t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "POS" || timeWord(t.Lower):
		default:
			return false
		}
	}
	return false
}

// forward matches elements ei.. starting at token pos; it returns the end
// of the match.
func (s *sentence) forward(p *Pattern, ei, pos int, b *binding) (int, bool) {
	if ei >= len(p.elems) {
		return pos, true
	}
	e := p.elems[ei]
	switch e.kind {
	case eGap:
		comma, participle := false, false
		opened := 0 // parentheses opened inside the gap
		limit := pos + 8
		for k := pos; k <= limit && k <= len(s.toks); k++ {
			// An aside of examples between commas is crossed whole, and
			// its words do not count against the gap (aside_r36.go).
			aside := false
			if k > pos && s.toks[k-1].Lower == "," {
				if c := s.asideClose(k - 1); c > 0 {
					limit += c + 1 - k
					k = c + 1
					aside = true
				}
			}
			// What follows "without" is what did not happen: "the talks
			// ended without a deal" ends no deal.
			if k > pos && (hardStop(&s.toks[k-1]) || s.clauseVerb(k-1) && !s.judgedLink(p, ei, k-1) || s.toks[k-1].Lower == "without") {
				break
			}
			// A gap that began inside a parenthesis ends at its close:
			// "Russia (which holds the rotating chair) protested to
			// Somalia" holds no protest (S18). A whole parenthesis
			// crossed is an aside and stays crossable.
			if k > pos && s.toks[k-1].Lower == "(" {
				opened++
			}
			if k > pos && s.toks[k-1].Lower == ")" {
				if opened == 0 {
					break
				}
				opened--
			}
			// What follows "in exchange (for)" is the price, not the
			// object: "handed over the town in exchange for safe passage
			// for prisoners" hands over no prisoners.
			if k > pos+1 && s.toks[k-1].Lower == "exchange" && s.toks[k-2].Lower == "in" {
				break
			}
			// A gerund after "after", "before", "while" or "when" opens
			// a clause of its own: "arrived in Riyadh after holding talks
			// with Netanyahu" arrives for no talks.
			if k > pos+1 && s.toks[k-1].Tag == "VBG" && clauseGerund(s.toks[k-2].Lower) {
				break
			}
			// A relative pronoun with a subject of its own after it
			// opens another clause: "freed 12 hostages whom militants had
			// kidnapped" frees no one "kidnapped" (relobject_m15.go).
			if k > pos && s.relativeOpens(k-1) {
				break
			}
			// An auxiliary and its participle crossed together are
			// another clause's verb ("the expulsion of Afghan refugees
			// has drawn criticism from the UN refugee agency" expels no
			// agency); a pattern whose next word is the participle
			// itself ("a ceasefire was brokered") stops on it first.
			if k > pos+1 && s.toks[k-1].Tag == "VBN" && finiteAux(s.toks[k-2].Lower) {
				break
			}
			// A subordinating conjunction crossed leaves the clause: "NATO
			// stationed more troops in Poland after Russia invaded Ukraine"
			// has no troops invading, "halted the tests because talks with
			// Washington" no talks halted. Before the head "after",
			// "before", "since" and "until" end it too, as prepositions or
			// conjunctions, since the head's subject comes after them.
			if k > pos {
				if g := gapWord(s.toks[k-1].Lower, ei < p.head); g == gapClause || g == gapTime && s.toks[s.tryHead].IsNoun() {
					break
				} else if g == gapFor && k > pos+1 && appealNouns.Has(s.toks[k-2].Lower) && !callObjectRoot(p.Code) {
					// What "a call for", "an appeal for" or "a demand
					// for" asks is not done: "renewed its call for a
					// ceasefire" renews no ceasefire. Only the verbal
					// roots that take such calls as their object (to
					// make, back, reject or condemn one) cross.
					break
				}
			}
			// Past a comma, a finite verb is a new clause's, never the
			// pattern's next word: "released 2,000 prisoners on
			// Wednesday, state media reported" releases no report.
			if k > pos && s.toks[k-1].Lower == "," && !aside {
				if s.attributionAt(k - 1) {
					// "..., officials said", "..., state media
					// reported": the pattern ends before the
					// attribution, whose words are no part of it.
					break
				}
				if s.frontedClause || s.resumptiveAppositive(k) {
					// (", a move its minister called": resumptive_x17.go)
					break
				}
				comma = true
				// "withdrew its troops from Gambia, ending a six-year
				// mission": a participle after the comma opens its own
				// predicate; the pattern may name the participle itself
				// ("fired back at X, calling ...") but no word after it.
				participle = k < len(s.toks) && s.toks[k].Tag == "VBG" && s.inGroup[k] < 0
			}
			if comma && k < len(s.toks) && s.clauseVerb(k) {
				continue
			}
			// "pulled out of Goma under a deal": after the head, the
			// deal the act follows is not its object; before it ("under a
			// ceasefire mediated by Russia") it may be the head's own
			// (underframe_l40.go).
			if ei > p.head && ei+1 < len(p.elems) && s.underFrame(pos, k, &p.elems[ei+1]) {
				continue
			}
			save := *b
			if end, ok := s.forward(p, ei+1, k, b); ok {
				return end, true
			}
			*b = save
			if participle {
				break
			}
		}
		// "sentenced a man who stabbed a teacher to life in prison":
		// the relative clause on the defendant is skipped whole
		// (relskip_l18.go).
		for k := pos; k <= pos+8 && k < len(s.toks); k++ {
			if hardStop(&s.toks[k]) {
				break
			}
			if m := s.relativeSentenceTo(p, ei+1, k); m > 0 {
				save := *b
				if end, ok := s.forward(p, ei+1, m, b); ok {
					return end, true
				}
				*b = save
				break
			}
		}
		return 0, false
	case eLit:
		// Try the literal at pos and after each implicit filler word.
		for k, n := pos, 0; k < len(s.toks) && n <= 4; k, n = k+1, n+1 {
			if gi := s.inGroup[k]; gi >= 0 {
				if !s.used[k] && s.lit(&e, k) && !s.inStateName(gi, k) && !s.ingModifier(gi, k) {
					if end, ok := s.forward(p, ei+1, k+1, b); ok {
						return end, true
					}
				}
				// "summoned Syria's envoy": the pattern's noun is the head
				// of an actor phrase, which is then the target.
				g := s.groups[gi]
				if g.Start == k && len(g.Phrases) == 1 && b.tgt < 0 && b.both < 0 && s.lit(&e, g.End-1) && !s.inStateName(gi, g.End-1) && !s.sideNotTarget(g, s.prepBefore(g), p.Root()) {
					save := *b
					// A bare "peacekeepers" or "intelligence" names no one
					// in particular: the words match, the target is elsewhere.
					// Nor do vehicles the pattern names, when only the story
					// gives their country: "sent military aircraft carrying
					// medicine to Aceh" sends the sender's own aircraft to
					// someone else, who is the target.
					if !strings.HasPrefix(g.Phrases[0].Code, "---") && !(g.Phrases[0].Inferred && vehicleHeads.Has(s.toks[g.End-1].Lower)) {
						b.tgt = gi
					}
					if end, ok := s.forward(p, ei+1, g.End, b); ok {
						return end, true
					}
					*b = save
				}
				break
			}
			if !s.used[k] && s.lit(&e, k) && !s.reducedRelative(k) && !s.gerundClause(k) {
				if end, ok := s.forward(p, ei+1, k+1, b); ok {
					return end, true
				}
			}
			if ei == p.head+1 && pos > 0 && s.toks[pos-1].IsNoun() {
				// "the talks in Geneva between Iran and the US": where a
				// nominal event happens may stand between it and its
				// complement.
				if l := s.placePhrase(k); l > 0 {
					k += l - 1
					continue
				}
			}
			if !filler(&s.toks[k]) && !s.dated(k) {
				break
			}
		}
		if e.optional {
			return s.forward(p, ei+1, pos, b)
		}
		return 0, false
	default:
		optional := e.optional || e.kind == eTarget && s.relaxTarget
		// Quantifiers before the group: "killed at least five soldiers".
		// (The optional path below keeps pos: a pattern may spell them.)
		if ei == p.head+1 && pos+2 < len(s.toks) && (s.toks[pos].Lower == "and" || s.toks[pos].Lower == "or") &&
			s.toks[pos+1].IsVerb() && !isAux(s.toks[pos+1].Lower) && s.inGroup[pos+1] < 0 {
			// "Egypt hosted and praised the delegation": two verbs share
			// the object after the second.
			pos += 2
		}
		if e.kind == eTarget && ei > p.head && pos == s.tryHead+1 {
			// "arrested three Palestinians and shot them": the object
			// pronoun stands for an earlier party of the sentence.
			if gi := s.objectAntecedent(s.tryHead); gi >= 0 {
				save := *b
				bind(b, e.kind, gi)
				if end, ok := s.forward(p, ei+1, pos+1, b); ok {
					return end, true
				}
				*b = save
			}
		}
		if e.kind == eTarget && ei == p.head+1 && !e.optional && pos == s.tryHead+1 {
			// "freed an aid worker whom they had detained in Kabul": an
			// object relative's verb has the noun it hangs on as its
			// object (relobject_m15.go).
			if gi := s.objectRelative(s.tryHead, p.Root()); gi >= 0 {
				save := *b
				bind(b, e.kind, gi)
				if end, ok := s.forward(p, ei+1, pos, b); ok {
					return end, true
				}
				*b = save
			}
		}
		if e.kind == eTarget && ei > p.head {
			// "sentenced three others to death": more of the earlier
			// verb's object (leftover_g16.go).
			if end := s.leftoverAt(pos); end > 0 {
				if gi := s.leftoverAntecedent(s.tryHead); gi >= 0 {
					save := *b
					bind(b, e.kind, gi)
					if end, ok := s.forward(p, ei+1, end, b); ok {
						return end, true
					}
					*b = save
				}
			}
		}
		qpos := pos + s.quantifier(pos)
		if e.kind == eTarget {
			qpos += s.moneyOf(qpos)
		}
		qpos += s.roleOf(qpos)
		if e.kind == eTarget && !p.Agentless {
			qpos += s.namedAppositive(qpos) // namedappositive_r24.go
		}
		if e.kind == eTarget && s.mutualAt(pos) {
			// "Armenia and Azerbaijan blamed each other"
			save := *b
			b.mutual = true
			if end, ok := s.forward(p, ei+1, pos+2, b); ok {
				return end, true
			}
			*b = save
		}
		for k := qpos; k < len(s.toks) && k <= qpos+3; k++ {
			if gi := s.inGroup[k]; gi >= 0 && s.groups[gi].Start == k {
				save := *b
				if e.kind != eTarget || !s.vehicleOwner(gi) || ei+1 >= len(p.elems) || p.elems[ei+1].kind != eLit || !s.lit(&p.elems[ei+1], s.groups[gi].End) {
					bind(b, e.kind, gi)
				}
				if end, ok := s.forward(p, ei+1, s.groups[gi].End, b); ok {
					return end, true
				}
				if end, ok := s.headWordAfter(p, ei, gi, b); ok {
					return end, true
				}
				if m := s.relativeSentenceTo(p, ei+1, s.groups[gi].End); m > 0 {
					// (relskip_l18.go)
					if end, ok := s.forward(p, ei+1, m, b); ok {
						return end, true
					}
				}
				*b = save
				break
			}
			if !filler(&s.toks[k]) && !s.dated(k) && s.toks[k].Tag != "VBG" && s.toks[k].Tag != "VBN" && !s.titleNoun(k) && !s.honorific(k) && !(s.toks[k].Tag == "VBD" && s.pastBeforeGroup(k)) && !(s.toks[k].Tag == "NN" && s.compoundModifier(k)) {
				break
			}
		}
		if e.kind == eTarget && s.relaxTarget && ei+1 < len(p.elems) && pos+1 < len(s.toks) && s.toks[pos].Lower == "by" {
			// "Vietnam was invited by Japan to join the summit": the
			// passive's agent stands where the active object was; the
			// pattern goes on after it, and the agent is read later.
			for k := pos + 1; k < len(s.toks) && k <= pos+3; k++ {
				if gi := s.inGroup[k]; gi >= 0 {
					if s.groups[gi].Start == k {
						save := *b
						if end, ok := s.forward(p, ei+1, s.groups[gi].End, b); ok {
							return end, true
						}
						*b = save
					}
					break
				}
				if !filler(&s.toks[k]) {
					break
				}
			}
		}
		if optional {
			return s.forward(p, ei+1, pos, b)
		}
		return 0, false
	}
}

// backward matches elements ei down to 0, ending at token pos; it returns
// the start of the match.
func (s *sentence) backward(p *Pattern, ei, pos int, b *binding) (int, bool) {
	if ei < 0 {
		return pos + 1, true
	}
	e := p.elems[ei]
	switch e.kind {
	case eGap:
		for k := pos; k >= pos-8 && k >= -1; k-- {
			if k < pos && k+1 < len(s.toks) && (hardStop(&s.toks[k+1]) || s.clauseVerb(k+1) || gapStop(s.toks[k+1].Lower, true)) {
				break
			}
			save := *b
			if start, ok := s.backward(p, ei-1, k, b); ok {
				return start, true
			}
			*b = save
		}
		return 0, false
	case eLit:
		for k, n := pos, 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
			if !s.used[k] && s.lit(&e, k) {
				if start, ok := s.backward(p, ei-1, k-1, b); ok {
					return start, true
				}
			}
			if !(filler(&s.toks[k]) || s.dated(k) || isAux(s.toks[k].Lower)) || s.inGroup[k] >= 0 {
				if t := s.toks[k].Lower; (t == "which" || t == "that") && s.relativeLiteral(k) {
					if s.toks[k-1].Lower == "," {
						k-- // ", which was signed by": skip the comma too
					}
					continue
				}
				break
			}
		}
		if e.optional {
			return s.backward(p, ei-1, pos, b)
		}
		return 0, false
	default:
		for k := pos; k >= 0 && k >= pos-2; k-- {
			if gi := s.inGroup[k]; gi >= 0 && s.groups[gi].End == k+1 {
				save := *b
				bind(b, e.kind, gi)
				if start, ok := s.backward(p, ei-1, s.groups[gi].Start-1, b); ok {
					return start, true
				}
				*b = save
				break
			}
			if !filler(&s.toks[k]) && !s.dated(k) {
				break
			}
		}
		if e.optional {
			return s.backward(p, ei-1, pos, b)
		}
		return 0, false
	}
}

// relativeLiteral: the relative pronoun at k, right before a passive
// head ("The truce, which was signed by Armenia and Azerbaijan", "the
// ceasefire that was agreed by"), stands for the noun before it (and its
// comma), so a pattern's literal may be that noun.
func (s *sentence) relativeLiteral(k int) bool {
	return k > 1 && k+2 < len(s.toks) && isAux(s.toks[k+1].Lower) && s.toks[k+2].Tag == "VBN"
}

// reducedRelative: the token at k is a participle opening a reduced
// relative with its agent ("rockets fired by Hamas"), so it is a verb,
// never the second noun of a compound ("rocket fire").
func (s *sentence) reducedRelative(k int) bool {
	return k > 0 && k+1 < len(s.toks) && (s.toks[k].Tag == "VBN" || s.toks[k].Tag == "VBD") && s.toks[k+1].Lower == "by" && s.toks[k-1].IsNoun()
}

// innerAttackAgent finds, between start and the head h, an actor that is
// the by-phrase of an attack noun or weapon ("rockets fired by Hamas").
func (s *sentence) innerAttackAgent(start, h int) int {
	for k := start; k < h; k++ {
		if gi := s.inGroup[k]; gi >= 0 {
			if s.attackBy(s.groups[gi]) {
				return gi
			}
			k = s.groups[gi].End - 1
		}
	}
	return -1
}

// clauseVerb: a finite verb that a gap must not cross: it heads another
// clause ("Russia said Iran rejected the deal" is no statement about a
// deal). Auxiliaries are crossed freely ("a ceasefire was brokered"), and
// so are infinitives, which carry the content of appeals and promises
// ("urged Syria to deepen cooperation").
func (s *sentence) clauseVerb(k int) bool {
	t := &s.toks[k]
	if isAux(t.Lower) || t.Tag == "MD" {
		return false
	}
	switch t.Tag {
	case "VBD":
		// A past form after a determiner or number and before its noun
		// is an adjective the tagger misread ("freed three kidnapped/VBD
		// aid workers"), no verb ending the clause.
		return !s.participleAdjective(k) && !s.aspectual(k)
	case "VBZ", "VBP":
		return !s.aspectual(k) // aspect_d23.go
	}
	return false
}

// pastBeforeGroup: the past form at k stands between a verb and an
// actor, as an adjective the tagger misread ("arrests suspected/VBD
// Russian spies", "detained suspected militants"): two finite verbs do
// not follow each other, but after a noun ("the raid infuriated Egypt")
// it is the clause's verb.
func (s *sentence) pastBeforeGroup(k int) bool {
	if s.toks[k].Tag != "VBD" || k == 0 || k+1 >= len(s.toks) {
		return false
	}
	if gi := s.inGroup[k+1]; gi < 0 || s.groups[gi].Start != k+1 {
		return false
	}
	p := &s.toks[k-1]
	if p.IsVerb() {
		return !isAux(p.Lower)
	}
	// A headline's -s verb the tagger took for a noun: "Germany
	// arrests/NNS suspected/VBD Russian spies".
	return p.Tag == "NNS" && p.Lemma != p.Lower && k > 1 && s.headlineSubject(k-1)
}

// participleAdjective: token k sits between a determiner, number or
// possessive and a noun, the place of an adjective.
func (s *sentence) participleAdjective(k int) bool {
	if k == 0 || k+1 >= len(s.toks) || !s.toks[k+1].IsNoun() {
		return false
	}
	switch s.toks[k-1].Tag {
	case "DT", "CD", "PRP$":
		return true
	}
	return false
}

// titleNoun: a lower-case common noun used as a title right before a
// named actor, "executed the writer Ken Saro-Wiwa", "arrested the
// journalist X". The name is the slot's actor; the noun describes it.
func (s *sentence) titleNoun(k int) bool {
	t := &s.toks[k]
	if t.Tag != "NN" || s.inGroup[k] >= 0 || k+1 >= len(s.toks) || t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	gi := s.inGroup[k+1]
	if gi < 0 || s.groups[gi].Start != k+1 {
		return false
	}
	next := &s.toks[k+1]
	return next.Tag == "NNP" && startsCap(next.Text)
}

// honorific: a courtesy title right before an actor group ("met Mr.
// Putin", "Dr. Tedros"); wire copy (the New York Times, the Economist) puts
// one before every later mention of a name, and the title is no part of
// the name, so a slot may step over it as over a determiner.
func (s *sentence) honorific(k int) bool {
	t := &s.toks[k]
	if t.Tag != "NNP" || len(t.Lower) < 2 || len(t.Lower) > 5 || t.Lower[0] != 'm' && t.Lower[0] != 'd' && t.Lower[0] != 'p' {
		return false
	}
	switch t.Lower {
	case "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.":
	default:
		return false
	}
	gi := -1
	if k+1 < len(s.toks) {
		gi = s.inGroup[k+1]
	}
	return gi >= 0 && s.groups[gi].Start == k+1
}

// crowdOfAt returns the group counted by a crowd's count at k
// ("thousands of farmers", "tens of thousands of teachers"), or -1.
func (s *sentence) crowdOfAt(k int) int {
	if k < 0 || k >= len(s.toks) || s.inGroup[k] >= 0 {
		return -1
	}
	n := s.quantifier(k)
	if n == 0 || s.toks[k+n-1].Lower != "of" || k+n >= len(s.toks) {
		return -1 // only the counts that end in "of"
	}
	j := k + n
	for j < len(s.toks) && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "PRP$") {
		j++ // "thousands of angry farmers" when the adjective is no part of the group
	}
	if j < len(s.toks) {
		if gi := s.inGroup[j]; gi >= 0 && s.groups[gi].Start == j && !s.modifierOnly(gi) {
			return gi
		}
	}
	return -1
}

// quantifier returns the length of a multiword quantifier at k ("at
// least", "more than", "up to", "as many as"), or 0.
func (s *sentence) quantifier(k int) int {
	w := func(i int) string {
		if k+i < len(s.toks) {
			return s.toks[k+i].Lower
		}
		return ""
	}
	// One switch on the first word first: most words open none of the
	// quantifiers spelled out below, and only the estimate is left.
	switch w(0) {
	case "at", "more", "less", "fewer", "up", "as", "dozens", "scores", "hundreds", "thousands", "millions", "tens":
	default:
		if s.estimatedQuantifier(k) {
			return 2
		}
		return 0
	}
	switch {
	case w(0) == "at" && (w(1) == "least" || w(1) == "most"):
		return 2
	case (w(0) == "more" || w(0) == "less" || w(0) == "fewer") && w(1) == "than":
		return 2
	case w(0) == "up" && w(1) == "to":
		return 2
	case s.estimatedQuantifier(k): // "an estimated 300" (estimated_d23.go)
		return 2
	case w(0) == "as" && (w(1) == "many" || w(1) == "much") && w(2) == "as":
		return 3
	case (w(0) == "dozens" || w(0) == "scores" || w(0) == "hundreds" || w(0) == "thousands" || w(0) == "millions" || w(0) == "tens") && w(1) == "of":
		if w(2) == "thousands" && w(3) == "of" {
			return 4 // "tens of thousands of"
		}
		return 2
	}
	return 0
}

// Kinds of word a forward gap checks (gapWord).
const (
	gapPlain  = iota
	gapClause // opens another clause: the gap stops (gapStop)
	gapFor    // "for": the gap stops after an appeal noun ("a call for")
	gapTime   // "after", "before", "since", "until" after the head: a noun head's gap stops
)

// gapWord sorts w for a forward gap in one switch: gapClause where
// gapStop holds, gapFor for "for", else gapPlain.
func gapWord(w string, beforeHead bool) int {
	switch w {
	case "because", "although", "though", "whereas", "unless":
		return gapClause
	case "after", "before", "since", "until":
		if beforeHead {
			return gapClause
		}
		return gapTime
	case "whose":
		if beforeHead {
			return gapClause
		}
	case "for":
		return gapFor
	}
	return gapPlain
}

// gapStop: a conjunction that opens another clause, which a gap does not
// cross; before the head, "after", "before", "since" and "until" too.
func gapStop(w string, beforeHead bool) bool {
	switch w {
	case "because", "although", "though", "whereas", "unless":
		return true
	case "after", "before", "since", "until":
		return beforeHead
	case "whose":
		// "a stronghold of Hezbollah, whose fighters captured two
		// soldiers": the noun before "whose" owns the head's subject; it
		// is no word of the head's own pattern ("stronghold ... ^capture").
		return beforeHead
	}
	return false
}

// opposedStance: "opposed" at h right after its noun and before "to"
// ("Truck drivers opposed to vaccine mandates blockaded the bridge")
// names a stance that describes the group, no act of opposing (the
// tagger reads it as a past verb).
func (s *sentence) opposedStance(h int) bool {
	t := &s.toks[h]
	return (t.Tag == "VBD" || t.Tag == "VBN") && h > 0 && h+1 < len(s.toks) && s.toks[h+1].Lower == "to" && s.inGroup[h-1] >= 0 && s.groups[s.inGroup[h-1]].End == h
}

// forceBody: the phrase names armed men in numbers, a unit rather than
// an officer or a delegation: its last word is a plural force noun
// ("Kenyan police officers", "French troops") or it follows "contingent
// of", "battalion of" and the like.
func (s *sentence) forceBody(ph actor.Phrase) bool {
	if !forcePhrase(ph) || ph.End < 1 || ph.End > len(s.toks) {
		return false
	}
	switch s.toks[ph.End-1].Lower {
	case "troops", "soldiers", "officers", "policemen", "forces", "marines", "paratroopers", "peacekeepers", "gendarmes", "contingent", "contingents", "battalion", "battalions", "units":
		return true
	}
	if ph.Start >= 2 && s.toks[ph.Start-1].Lower == "of" {
		switch s.toks[ph.Start-2].Lower {
		case "contingent", "battalion", "unit", "company", "detachment", "team":
			return true
		}
	}
	return false
}

// frontSubordinator: a conjunction that, opening a sentence, opens a
// subordinate clause closed by a comma.
func frontSubordinator(w string) bool {
	switch w {
	case "if", "when", "after", "once", "unless", "while", "although", "though", "before", "until", "because", "whenever":
		return true
	}
	return false
}

// closingComma: in a sentence that opens with a subordinating
// conjunction, the first comma, which closes that clause; else -1.
func (s *sentence) closingComma() int {
	if len(s.toks) < 4 || !frontSubordinator(s.toks[0].Lower) {
		return -1
	}
	for k := 1; k < len(s.toks) && k < 40; k++ {
		switch s.toks[k].Lower {
		case ",":
			return k
		case ";", ":", "--":
			return -1
		}
	}
	return -1
}

// frontedParticiple: the sentence opens with a participle whose object is
// a name, in a phrase a comma closes before any finite verb ("Accusing
// Israel of war crimes, Bolivia cut ties"): an adverbial clause whose
// subject is the main clause's, not an adjective on the name ("Striking
// workers demanded" has no comma and a common noun). It returns the
// comma, or -1.
func (s *sentence) frontedParticiple() int {
	if len(s.toks) < 5 || s.toks[0].Tag != "VBG" || s.toks[1].Tag != "NNP" {
		return -1
	}
	for k := 2; k < len(s.toks) && k < 30; k++ {
		switch t := &s.toks[k]; {
		case t.Lower == ",":
			if k+1 < len(s.toks) && s.inGroup[k+1] >= 0 {
				return k
			}
			return -1
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Lower == ";":
			return -1
		}
	}
	return -1
}

// compoundModifier: the common noun at k modifies the actor noun right
// after it ("sued the gun makers", "killed three oil workers"): the pair
// is one noun phrase, whose head is the actor.
func (s *sentence) compoundModifier(k int) bool {
	if k+1 >= len(s.toks) || s.inGroup[k] >= 0 {
		return false
	}
	gi := s.inGroup[k+1]
	return gi >= 0 && s.groups[gi].Start == k+1 && (s.toks[k+1].Tag == "NNS" || s.toks[k+1].Tag == "NN")
}

// possessorIn: the first actor group inside tokens [a, e) that owns a
// noun after it, by a possessive ("Moldova's election") or an "of"
// before it ("the results of the Moldovan vote" has none; "the demands
// of Hamas" has Hamas), the group ending before e; or -1. Country
// adjectives that only modify ("the Moldovan vote") own nothing here.
func (s *sentence) possessorIn(a, e int) int {
	for k := a; k < e; k++ {
		gi := s.inGroup[k]
		if gi < 0 {
			if hardStop(&s.toks[k]) || s.clauseVerb(k) {
				return -1
			}
			continue
		}
		g := s.groups[gi]
		if g.End >= e || s.modifierOnly(gi) {
			return -1
		}
		if s.toks[g.End].Tag == "POS" || g.Start > 0 && s.toks[g.Start-1].Lower == "of" {
			return gi
		}
		return -1
	}
	return -1
}

// callObjectRoot: the roots whose patterns may run through "a call for
// X" to its topic: making, repeating or backing the call (01, 02, 05,
// 10) or rejecting or condemning it (11, 12).
func callObjectRoot(code string) bool {
	switch code[:2] {
	case "01", "02", "05", "10", "11", "12":
		return true
	}
	return false
}

// finiteAux: a finite form of "have" or "be", which heads a clause's
// verb group; "being" and "been" do not ("barred X from being sworn in
// as leader" is one clause).
func finiteAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were":
		return true
	}
	return false
}

// roleOf is the length of a person named by a role towards the actor
// after "of" ("the head of the main opposition party", "the son of a
// Hamas commander", "two aides of the former prime minister"), which
// the dictionaries do not hold as an actor of its own: the slot's actor
// is the one after "of", and the act falls on its side. A role noun the
// actor stage took into a group is left to it.
func (s *sentence) roleOf(k int) int {
	j := k
	for j < len(s.toks) && j < k+3 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "CD" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "PRP$") {
		j++
	}
	if j+2 >= len(s.toks) || s.inGroup[j] >= 0 || s.toks[j+1].Lower != "of" || !ofRoles.Has(s.toks[j].Lower) {
		return 0
	}
	return j + 2 - k
}

// ofRoles are people known by their tie to someone: kin, helpers and
// members.
var ofRoles = wordset.Of(
	"head", "chief", "founder", "co-founder", "member", "members", "leader", "leaders",
	"son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers",
	"sister", "sisters", "father", "mother", "nephew", "niece", "cousin", "relatives",
	"family", "lawyer", "lawyers", "aide", "aides", "adviser", "advisers", "advisor",
	"advisors", "bodyguard", "bodyguards", "associate", "associates", "supporter",
	"supporters", "followers", "loyalists", "spokesman", "spokeswoman", "deputy",
	"secretary-general",
)

func bind(b *binding, k elemKind, gi int) {
	switch k {
	case eSource:
		b.src = gi
	case eTarget:
		b.tgt = gi
	case eBoth:
		b.both = gi
	}
}

// Describe renders a try for explain output.
func (t Try) Describe(toks []text.Token) string {
	return fmt.Sprintf("%-8s %-40s %s (%s)", t.Pattern.Code, t.Pattern.Text, t.Result, t.Pattern.Pos)
}

// SpanText returns the text of a token span.
func SpanText(toks []text.Token, sent string, a, b int) string {
	if a >= b || a < 0 || b > len(toks) {
		return ""
	}
	return strings.TrimSpace(sent[toks[a].Start:toks[b-1].End])
}

// ownNounSubject: the match opens with a common noun that no actor
// covers or modifies, so that noun is its clause's subject.
func (s *sentence) ownNounSubject(start int) bool {
	t := &s.toks[start]
	return (t.Tag == "NNS" || t.Tag == "NN") && s.inGroup[start] < 0 && (start == 0 || s.inGroup[start-1] < 0 && s.toks[start-1].Tag != "POS")
}

// nounHead reports that the head at i reads as a noun, not a verb, and
// keeps the answer in *known (0 not yet asked, 1 noun, 2 verb).
func (s *sentence) nounHead(i int, known *int8) bool {
	if *known == 0 {
		*known = 2
		if !s.toks[i].IsVerb() && !s.presentVerb(i) {
			*known = 1
		}
	}
	return *known == 1
}

// presentVerb: a present-tense verb the tagger read as a noun because it
// follows a name, as in headlines and captions ("Trump delivers
// remarks", "Merkel signs the law", "Pakistan condemns Afghanistan over
// the attack"): an -s form in a headline slot whose verb reading the
// dictionary knows, either from the tagger's lemma or, for a form the
// tagger left whole ("condemns"/NN), from its stem.
func (s *sentence) presentVerb(i int) bool {
	if s.toks[i].Lemma == s.toks[i].Lower && s.forms[i][1] == s.forms[i][0] {
		// No verb reading apart from the word itself, unless a plural
		// subject's bare verb stands between two actors ("Taliban/NNP
		// release/NN Afghan aid workers").
		return s.toks[i].Tag == "NN" && i > 0 && s.inGroup[i-1] >= 0 && s.bareHeadline(i)
	}
	return s.headlineSlot(i)
}

// bareHeadline: the uninflected noun at i sits right between the end of
// a subject actor and the start of another actor, the slot of a plural
// subject's verb in a headline ("Rebels free 12 hostages" has a number
// between, so only actor-to-actor counts). A noun does not stand between
// two actors in English: a compound's modifier actor comes right before
// it, but then no actor starts right after it.
func (s *sentence) bareHeadline(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.inGroup[i] >= 0 {
		return false
	}
	gi, gj := s.inGroup[i-1], s.inGroup[i+1]
	return gi >= 0 && gj >= 0 && s.groups[gi].End == i && s.groups[gj].Start == i+1 && !s.modifierOnly(gi)
}

// headlineSlot: the -s noun at i stands where a headline puts its verb,
// right after its subject (an actor group that is not a mere modifier,
// or a proper noun) and before the start of its object: an actor, a
// determiner, a noun phrase or a particle. A plural noun of an event
// ("Iran talks stalled", "US sanctions bite", "Israel strikes kill 20")
// is followed by its clause's verb instead; one that names events more
// often than it acts ("talks", "strikes") must be followed by an actor
// or a determiner, since "Russia strikes kill" and "Iran sanctions
// relief" are noun compounds.
func (s *sentence) headlineSlot(i int) bool {
	t := &s.toks[i]
	// The tagger also reads some headline verbs as adjectives
	// ("Venezuela expels/JJ German ambassador").
	if (t.Tag != "NNS" && t.Tag != "NN" && t.Tag != "JJ") || i == 0 || i+1 >= len(s.toks) || len(t.Lower) < 4 || t.Lower[len(t.Lower)-1] != 's' {
		return false
	}
	if !s.headlineSubject(i) {
		return false
	}
	next := &s.toks[i+1]
	if gi := s.inGroup[i+1]; gi >= 0 && s.groups[gi].Start == i+1 {
		return true // "Israel strikes Gaza", "Kenya condemns Somalia over ..."
	}
	switch next.Tag {
	case "DT", "PRP$", "PRP", "CD", "RP", "TO":
		return true
	case "JJ", "NN", "NNS":
		return !eventPlurals.Has(t.Lower)
	}
	return false
}

// headlineSubject: the token before i ends a headline's subject: an
// actor group that is not a mere modifier, or a proper noun.
func (s *sentence) headlineSubject(i int) bool {
	if gi := s.inGroup[i-1]; gi >= 0 {
		// The actor stage reads a name before a noun as its modifier
		// ("Israel strikes"); a country adjective ("Israeli") is one,
		// a name may be the subject.
		// A sentence-initial name may come out NN ("Indonesia/NN
		// offers/NNS to mediate"): capitalised, it is a name all the same.
		if s.groups[gi].End != i || s.modifierOnly(gi) && !s.nameTag(i-1) {
			return false
		}
		return true
	}
	return s.nameTag(i - 1)
}

// nameTag: token k is a proper noun, or a capitalised common noun (the
// tagger's reading of some names that open a sentence).
func (s *sentence) nameTag(k int) bool {
	t := &s.toks[k]
	// A plural-looking name opening a headline ("Philippines/NNS protests
	// ...", "Maldives expels ...") is one too.
	return t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "NN" && startsCap(t.Text) || k == 0 && t.Tag == "NNS" && startsCap(t.Text)
}

// eventPlurals are -s forms a headline uses as plural event nouns at
// least as often as verbs: before a bare noun they stay nouns ("Israel
// strikes kill 20", "Iran talks progress", "US sanctions relief").
var eventPlurals = wordset.Of(
	"talks", "strikes", "sanctions", "attacks", "raids", "clashes",
	"protests", "threats", "demands", "calls", "cuts", "plans", "pledges",
	"bids", "deals", "arms", "shells", "blasts", "bombs", "visits",
	"rallies", "moves", "reports", "claims", "charges", "offers",
	"appeals", "fears", "hopes", "ties", "aids", "curbs", "bans", "fights",
	"meets", "marches", "votes", "polls", "probes", "rows", "spats",
	"feuds", "rifts", "pacts", "accords", "exports", "imports", "funds",
	"troops", "forces", "arrests", "killings", "kills", "rules", "laws",
)

// headlineStem: the dictionary entry of a verb whose -s form the tagger
// left whole ("condemns"/NN): the form less "s", or less "es" ("pushes").
// Only an entry that heads patterns counts; the stem is a slice of w, so
// no string is built.
func (c *Coder) headlineStem(w string) *wordEntry {
	if len(w) < 2 {
		return nil
	}
	if e := c.d.entry(w[:len(w)-1]); e != nil && len(e.heads) > 0 {
		return e
	}
	if strings.HasSuffix(w, "es") {
		if e := c.d.entry(w[:len(w)-2]); e != nil && len(e.heads) > 0 {
			return e
		}
	}
	if n := len(w); n > 4 && n <= stemMax && strings.HasSuffix(w, "ies") {
		// "denies", "replies": the stem ends in y. It is spelled in an
		// array on the stack, which the lookup reads without keeping.
		var buf [stemMax]byte
		copy(buf[:], w[:n-3])
		buf[n-3] = 'y'
		if e := c.d.entryBytes(buf[:n-2]); e != nil && len(e.heads) > 0 {
			return e
		}
	}
	return nil
}

// stemMax bounds the -ies forms headlineStem respells; no verb is longer.
const stemMax = 64

// nounBefore: the token right before start is a common noun outside every
// actor, the subject of a reduced relative ("victims killed in ...").
func (s *sentence) nounBefore(start int) bool {
	if start == 0 || s.inGroup[start-1] >= 0 {
		return false
	}
	t := &s.toks[start-1]
	return t.Tag == "NN" || t.Tag == "NNS"
}

// firstParticiple: the participle at start follows "and"; the first
// participle of its chain, right after a comma, with no clause verb
// between, or -1.
func (s *sentence) firstParticiple(start int) int {
	for k := start - 2; k >= 1 && k >= start-maxReach; k-- {
		t := &s.toks[k]
		if t.Tag == "VBG" && s.toks[k-1].Lower == "," {
			return k
		}
		if hardStop(t) || s.clauseVerb(k) {
			return -1
		}
	}
	return -1
}

// disasterSubject: the clause whose verb is at k opens with a noun
// phrase headed by a disaster ("Heavy rains caused", "The cyclone
// flattened"), with nothing but its modifiers before it in the clause.
func (s *sentence) disasterSubject(k int) bool {
	if k < 1 || s.inGroup[k-1] >= 0 || !s.toks[k-1].IsNoun() || !accidents.Has(s.toks[k-1].Lower) {
		return false
	}
	j := k - 2
	for j >= 0 && s.inGroup[j] < 0 {
		switch s.toks[j].Tag {
		case "DT", "JJ", "NN", "NNS", "CD":
			j--
			continue
		}
		break
	}
	return j < 0 || s.toks[j].Lower == "," || s.toks[j].Lower == "that"
}

// byAccident: the harm is caused by an accident or a disaster, "killed by
// the Air India crash", "an earthquake killed 40 people": no actor did it,
// so it is no attack.
func (s *sentence) byAccident(start, end int, passive bool) bool {
	if !passive {
		if start > 2 && start < len(s.toks) && s.toks[start].Tag == "VBG" && s.toks[start-1].Lower == "and" {
			// "..., cutting off roads and forcing thousands from their
			// homes": the second participle hangs on the clause the
			// first does.
			if p := s.firstParticiple(start); p > 0 {
				start = p
			}
		}
		if start > 1 && start < len(s.toks) && s.toks[start].Tag == "VBG" && s.toks[start-1].Lower == "," {
			// "A train derailed in Egypt, killing 18 passengers", "the
			// storm battered the coast, killing 20": the clause before
			// names the accident.
			for k := start - 2; k >= 0 && k >= start-maxReach; k-- {
				if hardStop(&s.toks[k]) {
					return false
				}
				if s.inGroup[k] < 0 && (s.clauseVerb(k) || s.toks[k].Tag == "VBN") {
					if accidentVerbs.Has(s.toks[k].Lemma) {
						return true
					}
					if s.disasterSubject(k) {
						// "Heavy rains caused floods across Kenya,
						// forcing thousands from their homes": the
						// clause's subject is the disaster.
						return true
					}
					start = k
					break
				}
			}
		}
		if start > 0 && start < len(s.toks) && s.causedBlast(start) {
			return true // the pattern's own "explosion": "A gas explosion ... killed"
		}
		if start > 0 && start < len(s.toks) && s.illness(start) {
			return true // "A heart attack left him dead" (accident_k17.go)
		}
		if t := &s.toks[start]; t.IsNoun() && accidents.Has(t.Lower) && !s.actorsFire(start) {
			// The pattern's own noun names the accident: "A fire at a
			// hospital", read as "fire at" + target. A verb, or weapons
			// fire after an actor ("troops fire on"), is not one.
			return true
		}
		if start > 2 && start < len(s.toks) && s.toks[start-1].Lower == "and" && s.toks[start].IsVerb() && s.toks[start].Tag != "VBG" {
			// "Floods displaced 200,000 people and damaged 40,000
			// homes": a second conjunct has the first one's subject.
			for k := start - 2; k >= 0 && k >= start-maxReach; k-- {
				if t := &s.toks[k]; hardStop(t) || t.Lower == "," {
					break
				}
				if s.inGroup[k] < 0 && (s.clauseVerb(k) || s.toks[k].Tag == "VBN") {
					start = k
					break
				}
			}
		}
		k := start - 1
		for k >= 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB") {
			k--
		}
		if k > 1 && s.toks[k].Tag == "WDT" && (s.toks[k].Lower == "which" || s.toks[k].Lower == "that") {
			// A relative clause's harm is its antecedent's: "after the
			// earthquake in Izmit, which killed 17,000 people", "the
			// stampede at a stadium that killed 125" (P14).
			k--
			if s.toks[k].Lower == "," {
				k--
			}
		}
		return s.accidentSubject(k)
	}
	for k := end; k < len(s.toks) && k < end+8; k++ {
		if hardStop(&s.toks[k]) {
			return false
		}
		if s.mishapWhen(k) {
			return true // "were killed when a bus plunged into a ravine" (accident_k17.go)
		}
		if s.toks[k].Lower == "by" || s.toks[k].Lower == "in" && k == end {
			// "killed by a landslide", "was killed in a car crash": an
			// accident's victims, not an attack's ("killed in an attack",
			// "killed in rocket fire" keep theirs).
			for j := k + 1; j < len(s.toks) && j < k+9; j++ {
				t := &s.toks[j]
				if s.toks[k].Lower == "by" && s.animalAt(j) {
					return true // "attacked by a shark" (accident_k17.go)
				}
				if accidents.Has(t.Lower) {
					if s.toks[k].Lower == "in" && (t.Lower == "fire" || t.Lower == "fires") {
						return false
					}
					return !s.actorsFire(j)
				}
				if !(t.IsNoun() || filler(t)) && s.inGroup[j] < 0 {
					return false
				}
			}
			return false
		}
	}
	return false
}

// causedBlast: the explosion or blast at k has an accidental cause
// before it ("a gas explosion", "a boiler blast").
func (s *sentence) causedBlast(k int) bool {
	switch s.toks[k].Lower {
	case "explosion", "explosions", "blast", "blasts":
		return blastCauses.Has(s.toks[k-1].Lower)
	}
	return false
}

// subjectPreps attach a place or a part to the subject's head noun: "a
// fire at a hospital in Baghdad", "floods in the north of Kenya"; or a
// time ("a crowd crush during Halloween celebrations in Seoul", P14).
var subjectPreps = wordset.Of("at", "in", "on", "near", "of", "off", "outside", "inside", "across", "during")

// accidentSubject: the noun phrase ending at k, through its place and
// partitive phrases, is headed by an accident or a disaster: "A fire at a
// hospital in Baghdad killed", "Typhoon Haikui battered". Only the
// leftmost phrase is the head, so "rebels in the flood zone attacked"
// keeps its agent.
func (s *sentence) accidentSubject(k int) bool {
	found := false
	for lo := k - 12; k >= 0 && k > lo; k-- {
		t := &s.toks[k]
		switch {
		case s.inGroup[k] >= 0:
			k = s.groups[s.inGroup[k]].Start
		case subjectPreps.Has(t.Lower):
			found = false
		case accidents.Has(t.Lower):
			found = !s.actorsFire(k)
		case s.animalAt(k):
			found = true // "Wild dogs attacked a child" (accident_k17.go)
		case k > 0 && s.causedBlast(k):
			found = true
		case t.IsNoun() || filler(t):
		default:
			return found
		}
	}
	return found
}

// occasionWords mark an occasion: "to mark the anniversary".
var occasionWords = wordset.Of("mark", "commemorate", "celebrate", "honour", "honor")

// occasionOf: match i is a symbolic act (017) that only names the
// occasion of an earlier event in its sentence, as an infinitive of
// purpose or a participle after a comma ("met in Sochi, marking the
// anniversary of their truce", "held talks to celebrate 30 years of
// ties"). The occasion is why the event happened, not a second act; a
// finite "Iraq marked the anniversary" still codes.
func (s *sentence) occasionOf(ms []Match, i int) bool {
	m := &ms[i]
	h := m.Head
	if h < 1 || !strings.HasPrefix(m.Pattern.Code, "017") || !occasionWords.Has(s.toks[h].Lemma) {
		return false
	}
	if t := &s.toks[h]; !(t.Tag == "VB" && s.toks[h-1].Lower == "to" || t.Tag == "VBG" && s.toks[h-1].Lower == ",") {
		return false
	}
	for j := range ms {
		if j != i && ms[j].Head < h && ms[j].Pattern.Root() != "01" {
			return true
		}
	}
	return false
}

// appealWithoutInfinitive: a "call on" appeal pattern that ends in "to"
// matched a "to" that no verb follows: calling on someone to act takes
// an infinitive, so "called on the cleric during his visit to Najaf"
// appeals for nothing (it is a visit).
func (s *sentence) appealWithoutInfinitive(p *Pattern, m *Match) bool {
	last := m.Span[1] - 1
	if last < 0 || last+1 >= len(s.toks) || s.toks[last].Lower != "to" || s.toks[m.Head].Lemma != "call" {
		// Only "call on" is also a visit; "invited Putin to Beijing"
		// asks him to come.
		return false
	}
	e := &p.elems[len(p.elems)-1]
	if e.kind != eLit || e.optional || len(e.words) != 1 || e.words[0] != "to" {
		return false
	}
	next := &s.toks[last+1]
	return !next.IsVerb() && next.Tag != "RB" && next.Tag != "TO"
}

// notAnAppeal says why an appeal pattern's match (or one headed by
// "call" that does not spell "for") is no such event, or "". Out of
// code's candidate loop, which most matches leave at its first test.
//
//go:noinline
func (s *sentence) notAnAppeal(p *Pattern, m *Match) string {
	if p.callNoFor {
		if h := m.Head; h+1 < len(s.toks) && s.toks[h+1].Lower == "for" && s.toks[h].Lemma == "call" {
			return "a call for something appeals or demands; it names no other act ('rejected US calls for the creation of a state once the war is over')"
		}
		return ""
	}
	if s.appealWithoutInfinitive(p, m) {
		return "an appeal's closing 'to' is a preposition here, not an infinitive ('called on X during a visit to Najaf')"
	}
	if s.toks[m.Head].Lemma == "ask" && s.askedQuestion(m.Head) {
		return "'asked about' or 'asked whether' puts a question, it requests nothing"
	}
	return ""
}

// askedQuestion: "ask" at h puts a question ("reporters asked the
// president about the charges", "asked whether the talks would resume"):
// a question asks for an answer, not for an act, so no appeal is coded.
// Only the question words right after the verb or its one addressee
// count; "asked Japan for help about the floods" is still an appeal.
func (s *sentence) askedQuestion(h int) bool {
	k := h + 1
	if k < len(s.toks) {
		if gi := s.inGroup[k]; gi >= 0 {
			k = s.groups[gi].End
		} else if s.toks[k].Tag == "PRP" {
			k++
		}
	}
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].Lower {
	case "whether", "if":
		// "asked Germany if it could supply air defence": asking
		// whether one can do something is a polite request.
		return !s.askedIfAble(k + 1)
	case "about", "how", "why", "what", "when", "where", "who", "which", "questions", "question":
		return true
	}
	return false
}

// askedIfAble: the clause from k opens with a subject (a pronoun or an
// actor) and "could" or "can": "if it could supply", "whether Japan can
// send".
func (s *sentence) askedIfAble(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if gi := s.inGroup[k]; gi >= 0 {
		k = s.groups[gi].End
	} else if s.toks[k].Tag == "PRP" {
		k++
	} else {
		return false
	}
	return k < len(s.toks) && (s.toks[k].Lower == "could" || s.toks[k].Lower == "can")
}

// purposeTwins marks (a bit per match) the matches that an infinitive of
// purpose right after them codes again: "fired tear gas to disperse
// protesters", "shelled the area to drive out rebels" are one act, which
// the infinitive's match codes with its target; "took to the streets of
// Nairobi to protest against tax increases" is one protest, the first
// match's, with its sides.
func (s *sentence) purposeTwins(ms []Match) uint64 {
	any := false
	for j := range ms {
		if h := ms[j].Head; h > 0 && s.toks[h-1].Lower == "to" {
			any = true
			break
		}
	}
	if !any {
		return 0
	}
	var drop uint64
	for i := range ms {
		if i >= 64 {
			break
		}
		j := s.purposeTwin(ms, i)
		if j < 0 || j >= 64 {
			continue
		}
		m, o := &ms[i], &ms[j]
		switch {
		case len(m.Target) == 0:
			drop |= 1 << i
		case m.Pattern.Root() == "14" && o.Pattern.Root() == "14":
			drop |= 1 << j
		}
	}
	return drop
}

// purposeTwin is the match of an infinitive of purpose right after match
// i that names the same kind of act, or -1.
func (s *sentence) purposeTwin(ms []Match, i int) int {
	m := &ms[i]
	if len(m.Target) > 0 && m.Pattern.Root() != "14" {
		return -1
	}
	for j := range ms {
		o := &ms[j]
		h := o.Head
		if j == i || h < 1 || h-1 < m.Span[1] || h-1 > m.Span[1]+6 || s.toks[h].Tag != "VB" || s.toks[h-1].Lower != "to" || o.Pattern.Root() != m.Pattern.Root() {
			continue
		}
		// Its object is an actor ("to disperse protesters"), not a thing
		// ("held a parade to show its strength"); a protest's purpose is
		// the protest whatever its object ("took to the streets to
		// protest against tax increases").
		object := len(o.Target) > 0 || o.Pattern.Code[0] == '1' && o.Pattern.Code[1] == '4'
		for k := h + 1; k < o.Span[1] && !object; k++ {
			object = s.inGroup[k] >= 0
		}
		if !object {
			continue
		}
		between := true
		for k := m.Span[1]; k < h-1; k++ {
			if s.toks[k].IsVerb() || s.toks[k].Lower == "," {
				between = false
			}
		}
		if between {
			return j
		}
	}
	return -1
}

// actorsFire: the word at k is "fire" right after an actor ("Israeli
// fire", "army fire", "fire from rebels" aside): weapons fired by someone,
// not a blaze.
func (s *sentence) actorsFire(k int) bool {
	if w := s.toks[k].Lower; (w == "fire" || w == "fires") && s.firesWeapon(k) {
		// "Iran fires missiles at Kurdish militants": a headline's
		// present verb the tagger read as a plural noun. What a blaze
		// is followed by is never a weapon.
		return true
	}
	if k == 0 || s.toks[k].Lower != "fire" {
		return false
	}
	if fireWeapons.Has(s.toks[k-1].Lower) {
		return true // "rocket fire", "sniper fire": weapons fired
	}
	if s.inGroup[k-1] < 0 {
		return false
	}
	// A firm, a hospital or a school does not fire weapons: "a Lebanese
	// factory fire" is a blaze in a factory.
	for _, ph := range s.groups[s.inGroup[k-1]].Phrases {
		if !onlySectors(ph.Sectors, "BUS", "HLH", "EDU", "MED", "AGR", "LAB", "CVL", "REF") {
			return true
		}
	}
	return false
}

// firesWeapon: the word at k ("fire", "fires") has a weapon for its
// object, numbers and adjectives aside: "fires two ballistic missiles".
func (s *sentence) firesWeapon(k int) bool {
	j := k + 1
	for j < len(s.toks) && j <= k+4 && filler(&s.toks[j]) {
		j++
	}
	return j < len(s.toks) && firedWeapons.Has(s.toks[j].Lower)
}

// firedWeapons are what an actor fires.
var firedWeapons = wordset.Of(
	"missile", "missiles", "rocket", "rockets", "shell", "shells",
	"mortar", "mortars", "artillery", "salvo", "salvos", "barrage",
	"projectile", "projectiles", "drone", "drones", "shots", "bullets",
	"torpedo", "torpedoes", "grenades", "warning", "tear", "volleys",
)

// fireWeapons name what fires when they come before "fire".
var fireWeapons = wordset.Of(
	"rocket", "rockets", "mortar", "mortars", "artillery", "sniper",
	"snipers", "tank", "machine-gun", "machinegun", "gun", "cannon",
	"naval", "anti-aircraft", "missile", "shell", "small-arms", "automatic",
	"heavy", "enemy", "hostile", "friendly", "live", "cross", "return",
)

// infinitiveEnd: the match ends on the verb of an infinitive ("to support").
func (s *sentence) infinitiveEnd(m Match) bool {
	e := m.Span[1] - 1
	for e > m.Head && s.inGroup[e] >= 0 {
		e = s.groups[s.inGroup[e]].Start - 1 // a trailing slot's actor
	}
	for e > m.Head && s.inGroup[e] < 0 && (filler(&s.toks[e]) || s.toks[e].Lower == "for" || s.toks[e].Lower == "to" || s.toks[e].Lower == "with") {
		e-- // a trailing optional preposition, the slot actor's determiner
	}
	return e > m.Head+1 && s.toks[e].Tag == "VB" && s.toks[e-1].Lower == "to"
}

// accidentVerbs happen to vehicles and buildings without an attacker.
var accidentVerbs = wordset.Of(
	"crash", "derail", "sink", "capsize", "collapse", "collide", "plunge",
	"overturn", "topple",
)

// inquiryNouns look into something alleged.
var inquiryNouns = wordset.Of(
	"investigation", "investigations", "inquiry", "enquiry", "probe",
	"inquest", "hearing", "hearings", "review",
)

// underInquiry: the noun at i is what an investigation looks "into".
func (s *sentence) underInquiry(i int) bool {
	k := i - 1
	for k >= 0 && s.inGroup[k] < 0 && (filler(&s.toks[k]) || s.toks[k].Lower == "alleged" || s.toks[k].Tag == "NN" || s.toks[k].Tag == "VBN") && k >= i-4 {
		k--
	}
	if k < 1 || s.toks[k].Lower != "into" {
		return false
	}
	j := k - 1
	for j >= 0 && s.inGroup[j] < 0 && (filler(&s.toks[j]) || s.toks[j].IsNoun() && !inquiryNouns.Has(s.toks[j].Lower)) && j >= k-3 {
		j--
	}
	return j >= 0 && inquiryNouns.Has(s.toks[j].Lower)
}

// judgedPath: a judging (not merely reporting) verb stands between the
// subject ending at a and the nominal head at b.
func (s *sentence) judgedPath(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.IsVerb() && outsideVerbs.Has(t.Lemma) && !reportingVerbs.Has(t.Lemma) {
			return true
		}
	}
	return false
}

// rankedAppositive: the "to" at k closes an appositive that ranks its
// noun ("Benedict XVI, the first pontiff in six centuries to resign,
// died", "Nicaragua ..., the latest country to abandon Taipei", "the
// longest-serving leader and the first to resign"). Its
// infinitive describes the actor by something done before the story, not
// an event of the sentence. A ranking after a verb ("became the first
// leader to visit Israel") is the news itself, and stays.
func (s *sentence) rankedAppositive(k int) bool {
	for j := k - 1; j >= 2 && j >= k-9; j-- {
		t := &s.toks[j]
		if t.Lower == "," || t.IsVerb() {
			return false
		}
		switch t.Lower {
		case "first", "last", "only", "latest", "second", "third":
			return s.toks[j-1].Lower == "the" && (s.toks[j-2].Lower == "," || s.toks[j-2].Lower == "and")
		}
	}
	return false
}

// postnominal: the participle at k, after a noun, modifies that noun
// rather than heading a clause; it returns 1 on an object, 2 on the
// subject, 0 when the participle heads a clause: a finite verb of its own clause comes
// before the noun ("Kenya deported two men arrested in a raid"), or after
// the participle's phrase when the noun is the subject ("Truckers opposed
// to the mandates blockaded a bridge"). A headline passive ("Five jailed
// over riots") has no such verb, and a reporting verb's complement
// ("Iran says five soldiers killed in clash") drops only its auxiliary.
// A past form the tagger calls finite (VBD) is a participle only after
// its clause's verb, and not across "and" ("as students and workers
// protested against"): as a subject's verb it is the clause's own.
func (s *sentence) postnominal(k int) int {
	// "accused/VBD of" with no object between is a participle, whatever
	// the tagger says (reducedpassive_r26.go).
	vbd := s.toks[k].Tag == "VBD" && !s.allegationPassive(k)
	// The tag is asked first: most words are nouns, determiners and
	// adjectives, which neither stop the scan nor end it.
	for j := k - 2; j >= 0; j-- {
		t := &s.toks[j]
		switch t.Tag {
		case "NN", "NNS", "NNP", "NNPS", "DT", "JJ", "CD", "POS", "PRP$", "RB", "TO", "VB", "VBN":
			continue
		case ",", ".", ":", "WDT", "WP", "WRB":
			return 0
		case "CC":
			if vbd {
				return 0
			}
			continue
		case "IN":
			if t.Lower == "that" || t.Lower == "as" || t.Lower == "since" || frontSubordinator(t.Lower) {
				return 0
			}
			continue
		case "VBG":
			if j > 0 && s.toks[j-1].Lower == "," && s.inGroup[j] < 0 {
				return 1 // a participle clause's object: ", killing four guards escorting a convoy"
			}
			continue
		case "VBD", "VBZ", "VBP":
			if s.inGroup[j] >= 0 {
				continue
			}
			if reportingVerbs.Has(t.Lemma) || clauseTakers.Has(t.Lemma) || admitVerb(t.Lemma) {
				// "Kyiv admitted its troops retreated", "footage showed
				// police detaining him": a clause or a scene with no
				// "that", told as it is reported or seen.
				return 0
			}
			if isAux(t.Lower) || !s.participleAdjective(j) {
				return 1
			}
		}
	}
	// The subject's modifier, with or without an agent ("militias backed
	// by the government massacred villagers"; an attacker's by-phrase,
	// "missiles fired by the Houthis struck Riyadh", is violence, which
	// keptRelative keeps). A participle followed by a particle or an
	// object may be the mis-tagged main verb itself ("FARC rebels
	// handed/VBN over to ...").
	if vbd || k+1 >= len(s.toks) || s.toks[k].Tag == "VBN" && s.toks[k+1].Tag != "IN" && s.toks[k+1].Tag != "TO" {
		return 0
	}
	for j := k + 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		switch t.Tag {
		case ",", ".", ":", "WDT", "WP", "WRB", "PRP", "CC":
			return 0
		case "IN":
			if t.Lower == "that" || t.Lower == "amid" || t.Lower == "as" || t.Lower == "since" || frontSubordinator(t.Lower) {
				return 0
			}
		case "VBZ", "VBP", "MD":
			if s.inGroup[j] < 0 {
				return 2
			}
		case "VBD":
			if s.inGroup[j] < 0 && !s.participleAdjective(j) && !s.infinitiveObjectRelative(k, j) {
				return 2
			}
		}
	}
	return 0
}

// infinitiveObjectRelative: the past form at j, after the participle at k,
// follows an infinitive of k's own phrase ("called/VBN on Ethiopia to
// release the journalists held/VBD under its law") and may itself open a
// reduced relative on that infinitive's object: it modifies the object,
// so it is no finite verb of a clause whose subject k could modify.
func (s *sentence) infinitiveObjectRelative(k, j int) bool {
	if !s.participleGate(j) {
		return false
	}
	for i := k + 1; i+1 < j; i++ {
		if s.toks[i].Tag == "TO" && s.toks[i+1].Tag == "VB" {
			return true
		}
	}
	return false
}

// pastRelativeAgent: the object group gi is the agent of a reduced
// relative on the thing the verb acts on ("returned artworks looted by
// colonial troops to Benin"); the party after "to" is then the target,
// not the looters. It returns that party, or -1.
func (s *sentence) pastRelativeAgent(gi int) int {
	st := s.groups[gi].Start
	for st > 0 && s.inGroup[st-1] < 0 && (s.toks[st-1].Tag == "JJ" || s.toks[st-1].Tag == "DT" || s.toks[st-1].Tag == "CD" || s.toks[st-1].Tag == "NN") {
		st--
	}
	if st < 3 || s.toks[st-1].Lower != "by" || s.toks[st-2].Tag != "VBN" || !s.toks[st-3].IsNoun() {
		return -1
	}
	end := s.groups[gi].End
	if end+1 >= len(s.toks) || s.toks[end].Lower != "to" {
		return -1
	}
	return s.inGroup[end+1]
}

// keptRelative: some reduced relatives are news after all. A meeting's
// host or mediator, or a protest's leader ("met at a summit hosted by
// Macron", "joined a march led by the opposition"): hosting and leading go
// on while they meet or march (but "activists protesting against the
// law", a present participle, is the state they were in). And violence:
// the dead and wounded of an attack ("mourned the 12 soldiers killed in
// Sunday's bombing") and fighters caught in the act ("killed 20 militants
// attacking a checkpoint") are the story's events, and coders code them;
// so is a document's or a crowd's demand.
func (s *sentence) keptRelative(k int, code string, subject bool) bool {
	vbg := s.toks[k].Tag == "VBG"
	if vbg && documentNoun(s.toks[k-1].Lower) && operativeVerb(s.toks[k].Lemma) {
		// What a bill, decree, order or package does is the act itself
		// ("signed an order expelling all Venezuelan diplomats",
		// "approved a package providing aid to Ukraine", "passed a bill
		// granting amnesty"): it gives, frees, expels or bans as it is
		// issued. Backing so told ("a resolution backing the plan")
		// still describes it.
		return true
	}
	switch code[:2] {
	case "04", "19", "20":
		return true
	case "07":
		// Aid handed over, told of a subject ("Aid convoys sent by
		// Turkey reached Aleppo", "Weapons supplied by Iran were
		// found"): the giving is the story's, as its arrival says.
		// Backing or funding so told ("militias backed by the army")
		// describes the subject.
		return subject && !vbg && handedOver(s.toks[k].Lemma)
	case "18":
		// Hostages "held by militants" on an object are in a standing
		// state, not taken now.
		return subject || code != "181"
	case "14":
		// A crowd met with force as it protested ("fired tear gas at
		// demonstrators protesting against ...") protested: crowdmet_r33.go.
		return !vbg || !subject && s.crowdMetWithForce(k)
	case "17":
		// A subject's participle with its agent ("journalists silenced by
		// the government went into exile"): coercion told so is the
		// story's too.
		return subject && !vbg && k+1 < len(s.toks) && s.toks[k+1].Lower == "by"
	case "02", "10", "11", "12":
		// A present participle of demand, appeal, criticism or rejection
		// after a document or a crowd is its act, made as it is issued or
		// as they march ("a UN report accusing its forces of war crimes",
		// "a resolution calling for a ceasefire"); support or a statement
		// so told ("a resolution backing the plan") describes the
		// document.
		return vbg
	}
	return false
}

// ingModifier: the token k of actor group gi is a participle of holding
// power or of being at war before the group's own head ("its ruling
// party", "the governing coalition", "the warring factions"): it says
// what the actor is, so it is no noun a pattern names ("imposed
// sanctions on its ruling party" hands down no ruling). Compound nouns
// ("a UN peacekeeping force") keep their noun: troops of a peacekeeping
// force still keep the peace.
func (s *sentence) ingModifier(gi, k int) bool {
	switch s.toks[k].Lower {
	case "ruling", "governing", "warring", "opposing", "reigning":
	default:
		return false
	}
	g := s.groups[gi]
	return k+1 < g.End && s.inGroup[k+1] == gi && s.toks[k+1].IsNoun()
}

// powerHeld: the noun head at i names a power or a right that someone
// holds ("five permanent members with the power of veto", "the veto
// powers", "police were given powers of arrest"): it is no act.
func (s *sentence) powerHeld(i int) bool {
	if !s.toks[i].IsNoun() {
		return false
	}
	if i >= 2 && s.toks[i-1].Lower == "of" && powerNouns.Has(s.toks[i-2].Lower) {
		return true
	}
	if i == 0 || i+1 >= len(s.toks) || s.toks[i].Tag != "NN" || !powerNouns.Has(s.toks[i+1].Lower) || s.inGroup[i] >= 0 {
		return false
	}
	// "its veto power", "Russia's veto powers"; not a headline's verb read
	// as a noun ("Military seizes power").
	switch s.toks[i-1].Tag {
	case "DT", "PRP$", "POS", "JJ":
		return true
	}
	return false
}

// spellsPower: the pattern names a power or a right itself ("seize
// power", "grant rights"), so the word after its head is its object.
func spellsPower(p *Pattern) bool {
	for _, e := range p.elems {
		if e.kind != eLit {
			continue
		}
		for _, w := range e.words {
			if powerNouns.Has(w) {
				return true
			}
		}
	}
	return false
}

// powerNouns: nouns of a power or a right held.
var powerNouns = wordset.Of("power", "powers", "right", "rights")

// handedOver: a verb of giving that moves goods to someone.
func handedOver(lemma string) bool {
	switch lemma {
	case "send", "supply", "deliver", "provide", "donate", "ship", "airlift", "airdrop", "give":
		return true
	}
	return false
}

// admitVerb: a verb of conceding whose object may be a clause with no
// "that" ("admitted its troops retreated"); clauseTakers has those of
// thinking and seeing.
func admitVerb(lemma string) bool {
	return lemma == "admit" || lemma == "acknowledge" || lemma == "concede" || lemma == "watch"
}

// operativeVerb: what a document issued does to someone: gives, grants,
// frees, expels, bans or imposes.
func operativeVerb(lemma string) bool {
	switch lemma {
	case "provide", "grant", "give", "send", "supply", "allocate", "release", "free", "pardon",
		"expel", "deport", "ban", "outlaw", "impose", "suspend", "freeze", "seize", "confiscate",
		"withdraw", // D27: "signed an order withdrawing the country from the accord"
		// D30: a document that ends, lifts or revokes a measure does so
		// as it is issued ("an executive order ending the sanctions
		// programme", "a decree lifting the curfew").
		"end", "lift", "ease", "revoke", "rescind", "repeal",
		// M36: a treaty or decree that annexes a region takes it as it
		// is signed ("signed treaties annexing four Ukrainian regions").
		"annex":
		return true
	}
	return false
}

// askingVerb: a verb of asking or urging, whose participle after a noun
// takes the party asked as its object ("a letter urging Iran to ...").
func askingVerb(lemma string) bool {
	switch lemma {
	case "ask", "urge", "request", "implore", "press", "beg":
		return true
	}
	return false
}

// documentNoun: a document that acts as it is issued, one or several
// ("signed orders imposing tariffs", "passed laws banning the agency").
func documentNoun(w string) bool {
	switch w {
	case "bill", "law", "decree", "order", "package", "measure", "legislation", "act", "resolution", "directive", "ordinance", "edict",
		"bills", "laws", "decrees", "orders", "packages", "measures", "resolutions", "directives", "ordinances", "edicts",
		// M36: a treaty acts as it is signed, as a decree does.
		"treaty", "treaties":
		return true
	}
	return false
}

// usePurpose marks used the verb of a purpose infinitive that belongs to
// the present participle at k ("supporters marching in La Paz to demand
// his return"): the noun's people demand it, not the clause's subject.
func (s *sentence) usePurpose(k int) {
	for j := k + 1; j+1 < len(s.toks) && j <= k+8; j++ {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || s.clauseVerb(j) {
			return
		}
		if t.Lower == "to" && s.toks[j+1].Tag == "VB" {
			s.used[j+1] = true
			return
		}
	}
}

// relativeAt asks postnominal for the participle at k and, when it is a
// reduced relative, marks used what goes with it: what it charges or
// accuses of ("a soldier charged with killing a protester" kills no one
// here) and a present participle's purpose ("supporters marching in La
// Paz to demand his return": the police demand nothing).
func (s *sentence) relativeAt(k int) int {
	place := s.postnominal(k)
	if place == 0 {
		return 0
	}
	toks := s.toks
	if k+2 < len(toks) && toks[k+2].Tag == "VBG" && (toks[k+1].Lower == "with" || toks[k+1].Lower == "of") {
		s.used[k+2] = true
		s.useGerundObject(k + 2)
	}
	if toks[k].Tag == "VBG" {
		s.usePurpose(k)
	}
	return place
}

// What referred finds of a pattern's head: not asked yet, no referred act,
// a reduced relative on an object or on the subject, a background noun.
const (
	refUnasked int8 = iota
	refNo
	refObject
	refSubject
	refBackground
)

// participleGate: the verb form at i may open a reduced relative on the
// noun before it (postnominal decides): a past or present participle, or
// a past form before a preposition, that is no auxiliary.
//
//go:noinline
func (s *sentence) participleGate(i int) bool {
	toks := s.toks
	t := &toks[i]
	switch t.Tag {
	case "VBN", "VBG", "VBD":
	default:
		return false
	}
	// "a Chinese national accused of spying": the tagger calls the
	// citizen noun JJ as often as NN; the actor stage read it as a noun
	// (actor.citizenNoun) when it ends an actor group.
	// So does a lone demonym ("a Palestinian/JJ accused of stabbing",
	// reducedpassive_r26.go).
	if i == 0 || i+1 >= len(toks) || !toks[i-1].IsNoun() && !(toks[i-1].Lower == "national" && s.inGroup[i-1] >= 0) && !s.citizenAdjective(i-1) || t.Lemma == "be" || t.Lemma == "have" {
		return false
	}
	next := &toks[i+1]
	switch t.Tag {
	case "VBG":
		return next.Tag != "" && next.Tag[0] >= 'A' // "appalling." is an adjective
	case "VBD":
		// "Officials said on Monday": the commonest past form reports.
		return (next.Tag == "IN" && next.Lower != "that" || next.Tag == "TO") && t.Lemma != "say"
	}
	return true
}

// referred asks, for the head at i, whether it names an act the sentence
// refers to rather than reports: a reduced relative (postnominal) or a
// background noun (backgroundNominal).
//
//go:noinline
func (s *sentence) referred(i int) int8 {
	if s.toks[i].IsNoun() {
		if s.backgroundNominal(i) {
			return refBackground
		}
		return refNo
	}
	switch s.relativeAt(i) {
	case 1:
		return refObject
	case 2:
		return refSubject
	}
	return refNo
}

// referredCode: a pattern with this code at a head found referred to is
// not coded there (keptRelative and meetings stay).
//
//go:noinline
func (s *sentence) referredCode(i int, code string, ref int8) bool {
	if ref == refBackground {
		return !(code[0] == '0' && code[1] == '4')
	}
	return !s.keptRelative(i, code, ref == refSubject)
}

// occasionSubject: a fronted match opening with "during" or "on" (a visit
// or talks named as the occasion of the clause's act) that a comma closes
// (after the place a pattern with no target slot leaves out),
// with an actor group after the comma that a finite verb follows, has
// that group for its maker; else -1.
func (s *sentence) occasionSubject(start, end int) int {
	if w := s.toks[start].Lower; w != "during" && w != "on" {
		return -1
	}
	if start > 0 {
		// Only a fronted phrase: at the sentence's start, after a
		// dateline's dash or after "that". A phrase inside the clause
		// ("signed a deal during a visit to Baku, state media reported")
		// is followed by an attribution, not by its maker.
		switch s.toks[start-1].Lower {
		case "-", "--", "—", "that":
		case ",":
			// "On Tuesday, during his visit to Russia, ...": after a
			// fronted adjunct with no actor and no verb of its own.
			if !s.frontedAdjunct(start - 1) {
				return -1
			}
		default:
			return -1
		}
	}
	for end < len(s.toks) && end < start+12 && s.inGroup[end] < 0 && (s.toks[end].Tag == "NNP" || s.toks[end].Tag == "NNPS") {
		end++ // a place the pattern leaves out: "On a visit to Hanoi,"
	}
	if end+1 >= len(s.toks) || s.toks[end].Lower != "," {
		return -1
	}
	k := end + 1
	for k < len(s.toks) && k <= end+3 && s.inGroup[k] < 0 && filler(&s.toks[k]) {
		k++ // "the", "its"
	}
	if k >= len(s.toks) {
		return -1
	}
	gi := s.inGroup[k]
	if gi < 0 || s.groups[gi].Start != k {
		return -1
	}
	if e := s.groups[gi].End; e < len(s.toks) && s.clauseVerb(e) {
		return gi
	}
	return -1
}

// frontedAdjunct: the comma at c closes a short phrase that opens the
// sentence or the lead after a dateline's dash, with no verb in it and
// no actor unless it is an attribution ("On Tuesday,", "Earlier this
// week,", "According to state media,").
func (s *sentence) frontedAdjunct(c int) bool {
	actor := false
	for k := c - 1; k >= 0 && k >= c-8; k-- {
		t := &s.toks[k]
		open := k == 0
		switch t.Lower {
		case "-", "--", "—":
			if k == c-1 {
				return false
			}
			open, k = true, k+1
			t = &s.toks[k]
		}
		if !open {
			if s.inGroup[k] >= 0 {
				actor = true
			}
			if t.IsVerb() || t.Lower == "," {
				return false
			}
			continue
		}
		// k is the phrase's first word
		if t.Lower == "according" && k+1 < c && s.toks[k+1].Lower == "to" {
			return true
		}
		return !actor && s.inGroup[k] < 0 && !t.IsVerb()
	}
	return false
}

// headWordAfter matches the word a pattern wants after an actor with the
// actor's own last word: "overran the Tamil Tiger stronghold" holds the
// "stronghold" of "+ {camp|stronghold|...}" inside the actor the
// dictionary reads as "Tamil Tiger stronghold", since the place a force
// holds stands for the force. Only for a group of two or more words, so
// the word is the head of a phrase that names someone before it, and only
// for the nouns of heldPlace.
//
// A gap between the actor and the word is crossed too, for the bodies a
// state or group sends, whose noun heads the actor the same way: "hosted
// Israeli and Hamas delegations" holds the "delegation" of "host (+) ...
// {delegation|envoy|...}" inside the actor "Hamas delegations".
func (s *sentence) headWordAfter(p *Pattern, ei, gi int, b *binding) (int, bool) {
	g := &s.groups[gi]
	j := ei + 1
	if j < len(p.elems) && p.elems[j].kind == eGap && sentBody(s.toks[g.End-1].Lower) {
		j++
	}
	if j >= len(p.elems) || p.elems[j].kind != eLit || g.End-g.Start < 2 || !heldPlace(s.toks[g.End-1].Lower) && !sentBody(s.toks[g.End-1].Lower) || !s.lit(&p.elems[j], g.End-1) {
		return 0, false
	}
	return s.forward(p, j+1, g.End, b)
}

// sentBody: the nouns for the people a state or group sends to others,
// which the actor dictionary lets stand for their sender ("a Hamas
// delegation", "Iranian envoys").
func sentBody(w string) bool {
	switch w {
	case "delegation", "delegations", "envoy", "envoys", "emissary", "emissaries",
		"representative", "representatives", "counterpart", "counterparts":
		return true
	}
	return false
}

// heldPlace: the nouns for a place a force holds, which the actor
// dictionary lets stand for the force ("rebel positions", "a militant
// hideout"). Not the things a force is or owns ("military aircraft",
// "army trucks"): "sent military aircraft" does not send to the army.
func heldPlace(w string) bool {
	switch w {
	case "camp", "camps", "base", "bases", "position", "positions", "stronghold", "strongholds",
		"hideout", "hideouts", "outpost", "outposts":
		return true
	}
	return false
}

// attackedModifier: the group gi right before the attack noun at h names
// a place or premises, the thing hit ("the Peshawar mosque bombing", "the
// Kabul bombing", "a school attack"), not an agent: its last word is a
// building or site, or it is a capital standing for its state. Forces,
// groups and state adjectives ("Israeli air strikes", "a Hamas attack",
// "the army's shelling") stay agents.
func (s *sentence) attackedModifier(gi, h int) bool {
	g := &s.groups[gi]
	if g.End != h || len(g.Phrases) != 1 || h < 1 || s.toks[h-1].Lower == "'s" {
		return false
	}
	if siteNouns.Has(s.toks[h-1].Lower) {
		return true
	}
	ph := &g.Phrases[0]
	return len(ph.Parts) == 1 && ph.Parts[0].Entry != nil && ph.Parts[0].Entry.Metonym
}

// siteNouns: buildings and sites an attack noun's modifier names as what
// was hit.
var siteNouns = wordset.Of(
	"mosque", "mosques", "church", "churches", "school", "schools", "hospital", "hospitals",
	"embassy", "consulate", "market", "hotel", "temple", "synagogue", "shrine", "university",
	"stadium", "airport", "bus", "train", "cathedral", "clinic", "camp", "prison", "jail",
)

// clauseSubjectAt: the noun at h is followed by its clause's finite verb
// ("The mosque bombing killed 20 people"): the clause's own verb codes
// that act with the subject its rules find, so the noun keeps its reading.
func (s *sentence) clauseSubjectAt(h int) bool {
	if s.finiteAfter(h) {
		return true
	}
	j := s.pastAdverbs(h)
	return j < len(s.toks) && s.toks[j].Tag == "MD"
}

// sameState: one of the phrases belongs to the state c.
func sameState(ps []actor.Phrase, c string) bool {
	for _, ph := range ps {
		if ph.Country == c {
			return true
		}
	}
	return false
}
