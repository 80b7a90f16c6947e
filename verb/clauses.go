package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// Rules for the clauses that long wire sentences hang on a main clause:
// an appositive naming the reaction to the main act ("..., a move that
// Moscow condemned").

// actNouns stand, in an appositive after a clause, for the act that
// clause reports: "imposed sanctions on Russia, a move that Moscow
// condemned"; "accused Serbia of sending troops, a charge Belgrade
// denied".
var actNouns = wordset.Of(
	"move", "moves", "decision", "step", "measure", "action", "act",
	"charge", "claim", "accusation", "allegation", "assertion",
	"announcement", "deal", "agreement", "ruling", "policy", "order",
	"ban", "verdict", "statement", "remark", "remarks", "comments",
)

// reactedAct gives a reaction with no object of its own, in an
// appositive or relative after the main clause, the main act's agent as
// target: "The EU imposed sanctions ..., a move that Moscow condemned"
// (RUS → EU); "Kosovo accused Serbia ..., a charge Belgrade denied"
// (SRB → KOS); "The ICC issued a warrant ..., which Khartoum rejected".
// The reaction's subject must open the clause right after the act noun
// (or "that"/"which"), and the main act must end before the comma.
func (s *sentence) reactedAct(ms []Match, i int) {
	m := &ms[i]
	if len(m.Target) > 0 || len(m.Source) != 1 || !reactionRoot(m.Pattern.Root()) {
		return
	}
	src := m.Source[0]
	if src.End > m.Head || src.Start < 4 {
		return
	}
	// Between the subject and the head only adverbs and auxiliaries:
	// "that the United Nations strongly condemned".
	for k := src.End; k < m.Head; k++ {
		if t := &s.toks[k]; t.Tag != "RB" && !isAux(t.Lower) && t.Tag != "MD" {
			return
		}
	}
	if gi := s.inGroup[src.Start]; gi < 0 || s.groups[gi].Start != src.Start {
		return
	}
	k := src.Start - 1
	if s.toks[k].Tag == "DT" {
		k-- // "a decision that the United Nations condemned"
	}
	rel := s.toks[k].Lower == "that" || s.toks[k].Lower == "which"
	if rel {
		k--
	}
	if s.toks[k].Lower != "," || !rel || s.toks[k+1].Lower != "which" {
		// Not ", which Khartoum rejected": look for "a move (that)".
		if !actNouns.Has(s.toks[k].Lower) {
			return
		}
		for k--; k > 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "RB"); k-- {
		}
		if s.toks[k].Lower != "," && (s.toks[k].Lower != "in" || !contactHeads.Has(s.toks[k+1].Lower) && !contactHeads.Has(s.toks[k+2].Lower)) {
			// (R25: "reopened its embassy in a step China welcomed":
			// an act's framing after "in" sums it up as an appositive
			// does.)
			return
		}
	}
	// k is the comma closing the main clause; its act is the last match
	// before it with a source of its own.
	for j := i - 1; j >= 0; j-- {
		p := &ms[j]
		if p.Head < k && len(p.Source) > 0 && p.Span[1] <= k {
			if p.Source[0].Code == src.Code {
				return // a reaction to one's own act is no reaction
			}
			m.Target = p.Source[:len(p.Source):len(p.Source)] // shared, like a group's phrases
			return
		}
	}
}

// useGerundObject marks as used the noun phrase a skipped gerund at i
// takes as object ("of blocking humanitarian aid", "for imposing new
// sanctions"), so its nouns head no event of the clause's subject. It
// stops at the first word that is no determiner, adjective, number,
// noun or possessive: a preposition, comma or verb ends the object.
//
// A gerund of intent takes its infinitive along: "criticised the
// Commission for threatening to cut funds" cuts nothing, and the
// Commission, not the critic, threatens.
func (s *sentence) useGerundObject(i int) {
	limit := i + 6
	for k := i + 1; k < len(s.toks) && k <= limit; k++ {
		t := &s.toks[k]
		if t.Lower == "to" && k == i+1 && k+1 < len(s.toks) && s.toks[k+1].Tag == "VB" {
			s.used[k+1] = true
			k++
			limit = k + 6
			continue
		}
		if !(t.IsNoun() || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS") {
			return
		}
		if s.inGroup[k] < 0 {
			s.used[k] = true
		}
	}
}

// appealedToo: match i is a second infinitive coordinated with the one an
// appeal before it governs ("urged Russia to withdraw its troops ... and
// to respect the ceasefire"). It is more of what is asked, already coded
// as the appeal, and no act of the appealer's.
func (s *sentence) appealedToo(ms []Match, i int) bool {
	h := ms[i].Span[0]
	if h < 3 || s.toks[h-1].Lower != "to" || s.toks[h-2].Lower != "and" {
		return false
	}
	for j := range ms {
		a := &ms[j]
		if j == i || a.Pattern.Root() != "02" || a.Span[1] > h-2 || a.Head >= h {
			continue
		}
		// The appeal's own infinitive lies between it and the "and",
		// in one clause.
		inf := false
		for k := a.Head + 1; k < h-2; k++ {
			t := &s.toks[k]
			if hardStop(t) || subordinators.Has(t.Lower) || s.clauseVerb(k) {
				inf = false
				break
			}
			if t.Lower == "to" && k+1 < len(s.toks) && s.toks[k+1].Tag == "VB" {
				inf = true
			}
		}
		if inf {
			return true
		}
	}
	return false
}

// partnerRoot: cooperative codes whose partner a coordinated verb leaves
// unsaid: intent (03), consultation (04), endorsement and agreement (05),
// material cooperation (06).
func partnerRoot(root string) bool {
	switch root {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// sharedPartner: "Modi met Abe in Tokyo and signed an agreement on
// nuclear cooperation", "Blinken met the crown prince and discussed the
// war": a cooperative verb joined by "and" to a meeting, with no partner
// of its own, has the meeting's partner as target.
func (s *sentence) sharedPartner(ms []Match, i int) {
	m := &ms[i]
	h := m.Head
	if len(m.Target) > 0 || len(m.Source) == 0 || h < 2 || s.toks[h-1].Lower != "and" || !s.toks[h].IsVerb() || len(m.Source) != 1 || !partnerRoot(m.Pattern.Root()) {
		return
	}
	for j := i - 1; j >= 0; j-- {
		p := &ms[j]
		if p.Pattern.Root() != "04" || len(p.Target) == 0 || p.Span[1] > h-1 || !s.toks[p.Head].IsVerb() {
			continue
		}
		if len(p.Source) == 0 || p.Source[0].Code != m.Source[0].Code {
			return
		}
		if !s.oneClause(p.Span[1], h-1) {
			return
		}
		m.Target = p.Target[:len(p.Target):len(p.Target)]
		return
	}
}

// infinitiveBefore: the "to" of the infinitive that the "and" at c joins
// a bare verb to ("to resign and amend"), or c when there is none within
// a few words of one clause.
func (s *sentence) infinitiveBefore(c int) int {
	for k := c - 1; k > 0 && k >= c-6; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || s.clauseVerb(k) || subordinators.Has(t.Lower) {
			break
		}
		if t.Tag == "VB" && s.toks[k-1].Lower == "to" {
			return k - 1
		}
	}
	return c
}

// adversaryRoot: the codes of acts aimed at someone that a verb coordinated
// with an earlier hostile act often leaves without an object: an appeal or
// demand (02, 10), a criticism (11), a rejection (12), a threat (13), a cut
// in relations (16).
func adversaryRoot(root string) bool {
	switch root {
	case "02", "10", "11", "12", "13", "16":
		return true
	}
	return false
}

// sharedAdversary: "Turkey summoned the Swedish envoy and threatened to
// block the bid", "Pakistan recalled its envoy from India and suspended
// trade", "Iran seized a Greek tanker and threatened retaliation": a
// hostile verb joined by "and" to an earlier hostile act (10-20) of the
// same subject, with no target of its own, is aimed at that act's target.
// One clause only, as in sharedPartner; a cooperative act before it
// ("met Zelensky and called for more aid") says nothing of whom the call
// is to.
func (s *sentence) sharedAdversary(ms []Match, i int) {
	m := &ms[i]
	h := m.Head
	if len(m.Target) > 0 || len(m.Source) != 1 || h < 2 || !adversaryRoot(m.Pattern.Root()) {
		return
	}
	tag := s.toks[h].Tag
	switch tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return // "convicted her of incitement and breaching the rules"
	}
	if s.ownAddressee(h) {
		return
	}
	c := h - 1
	if s.toks[c].Tag == "RB" {
		c-- // "and then warned", "and also suspended"
	}
	if c < 1 || s.toks[c].Lower != "and" {
		return
	}
	for j := i - 1; j >= 0; j-- {
		p := &ms[j]
		if len(p.Target) == 0 || p.Span[1] > c || !s.toks[p.Head].IsVerb() || p.Modality.Negated {
			continue
		}
		r := p.Pattern.Root()
		if r < "10" || len(p.Source) == 0 || p.Source[0].Code != m.Source[0].Code || strings.HasPrefix(p.Target[0].Code, "---") {
			return
		}
		if r >= "17" && publicAppeal(m) {
			// "The army killed five militants and called for calm",
			// "Police detained the separatists and appealed for
			// patience": who has used force asks the public, not its
			// victims, for calm or help.
			return
		}
		if tag == "VBN" && s.toks[p.Head].Tag != "VBD" {
			// A past participle only as the tagger's reading of a
			// past tense joined to one ("condemned ... and called").
			return
		}
		if !s.oneClause(p.Span[1], c) {
			return
		}
		m.Target = p.Target[:len(p.Target):len(p.Target)]
		return
	}
}

// ownAddressee: a verb of telling or urging with a noun right after it
// has an addressee of its own, named or not: "blamed the United States
// and urged revolutionaries to take to the streets" urges no American.
func (s *sentence) ownAddressee(h int) bool {
	switch s.toks[h].Lemma {
	case "urge", "ask", "press", "warn", "tell", "implore", "encourage", "advise", "order", "instruct":
	default:
		return false
	}
	if h+1 >= len(s.toks) {
		return false
	}
	switch s.toks[h+1].Tag {
	case "DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP", "CD", "PRP$":
		return true
	}
	return false
}

// publicAppeal: an appeal with no demand of its own (020: "appealed for
// witnesses", "for patience") or for de-escalation (0256: "called for
// calm", "for restraint"), which after an act of force is made to the
// public at large. An appeal for what the victim holds ("called for the
// release of the hostages", "for negotiations") is not one.
func publicAppeal(m *Match) bool {
	c := m.Code
	if c == "" {
		c = m.Pattern.Code
	}
	return c == "020" || c == "0256"
}

// oneClause: tokens a..b-1 stay in one clause: no comma, subordinator,
// hard stop or other clause verb between two coordinated verbs
// (sharedPartner, sharedAdversary).
func (s *sentence) oneClause(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.Lower == "," || hardStop(t) || subordinators.Has(t.Lower) || s.clauseVerb(k) {
			return false
		}
	}
	return true
}
