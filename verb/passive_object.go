package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// objectLiteral: the index of the literal an active pattern needs as its
// object after the head ("deploy (+) ... {troops|soldiers|...} (to) (+)"),
// reached across optional elements and gaps only, or -1.
func (p *Pattern) objectLiteral() int {
	for i := p.head + 1; i < len(p.elems); i++ {
		e := &p.elems[i]
		switch {
		case e.kind == eGap || e.optional:
			continue
		case e.kind == eLit:
			return i
		}
		return -1
	}
	return -1
}

// passiveObject matches a pattern whose object literal is the subject of
// the passive head: "French soldiers were deployed to Mali", "Additional
// American troops were sent to Poland". The words after the literal must
// match from the head on and name a target (the destination); the forces'
// own state, or the by-phrase's agent, is the source. Without a target the
// subject is what the act was done to, which the relaxed passive reading
// already codes ("Iranian diplomats were expelled").
func (s *sentence) passiveObject(p *Pattern, h int, b *binding) (int, bool) {
	li := p.objectLiteral()
	if li < 0 {
		return 0, false
	}
	gi := s.subject(h)
	if gi < 0 || s.modifierOnly(gi) {
		return 0, false
	}
	// The literal names the forces: the group's head or a noun before it
	// ("police officers").
	g := s.groups[gi]
	named := false
	for k := g.End - 1; k >= g.Start && k >= g.End-2 && !named; k-- {
		named = s.toks[k].IsNoun() && s.lit(&p.elems[li], k)
	}
	if !named {
		return 0, false
	}
	*b = binding{src: -1, tgt: -1, both: -1}
	end, ok := s.forward(p, li+1, h+1, b)
	if ok && b.tgt < 0 && b.src < 0 && b.both < 0 {
		// "Kenyan police were deployed to Haiti": a destination the
		// pattern does not spell, as the active reading's object.
		if o := s.objectFor(end, p.Code); o >= 0 && o != gi {
			if pr := s.prepBefore(s.groups[o]); pr == "to" || pr == "into" {
				b.tgt = o
			}
		}
	}
	if !ok || b.tgt < 0 || b.src >= 0 || b.both >= 0 || b.tgt == gi {
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	b.src = gi
	if ag := s.agent(h + 1); ag >= 0 && ag != b.tgt {
		b.src = ag
	}
	return end, true
}

// passiveThing matches a pattern whose object literal heads the subject of
// a passive with a by-phrase, when nothing after the head names a target:
// "A Chinese fishing boat was seized by the Argentine coast guard", "The
// Greek ambassador was summoned by the Turkish foreign ministry", "The
// deal is to be signed by Egypt and Sudan". The by-phrase is the agent,
// the subject the target. Without a by-phrase nobody is known to have
// acted, and without a target nobody to have been acted on, so nothing is
// matched.
func (s *sentence) passiveThing(p *Pattern, h int, b *binding) (int, bool) {
	li := p.objectLiteral()
	if li < 0 {
		return 0, false
	}
	n := h - 1
	for n >= 0 && (isAux(s.toks[n].Lower) || s.toks[n].Lower == "to" || s.toks[n].Tag == "RB") {
		n--
	}
	if n == h-1 {
		return 0, false
	}
	for n >= 2 && s.inGroup[n] < 0 && s.toks[n].Tag == "NNP" && s.toks[n-1].Lower == "in" {
		n -= 2 // "The consulate in Basra": a place no actor after the thing
	}
	partner := -1
	if n >= 2 && s.inGroup[n] >= 0 {
		// "Trade with Israel was halted by Turkey", "The embassy in
		// Kabul was closed by Germany": the subject's head is the noun
		// before its phrase, whose actor is the one acted on.
		gi := s.inGroup[n]
		if k := s.groups[gi].Start - 1; k > 0 && thingPreps.Has(s.toks[k].Lower) {
			partner, n = gi, k-1
		} else {
			// "The embassy in Kabul" read as one actor: the thing is
			// the group's own common noun, and the group is acted on.
			for j := s.groups[gi].Start; j < n; j++ {
				if s.commonNoun(j) && s.lit(&p.elems[li], j) {
					partner, n = gi, j
					break
				}
			}
		}
	}
	if n < 0 || !s.commonNoun(n) || !s.lit(&p.elems[li], n) {
		return 0, false // a common noun: "the United States" is no state recognised
	}
	if !s.opensSentence(n) {
		return 0, false
	}
	if h+1 >= len(s.toks) || s.toks[h+1].Lower != "by" {
		// The agent right after the participle: "was defeated in the
		// football final by fans" is too loose to read as the act.
		return s.agentlessThing(p, li, h, b)
	}
	ag := s.agent(h + 1)
	if ag < 0 {
		return 0, false
	}
	*b = binding{src: -1, tgt: -1, both: -1}
	end, ok := s.forward(p, li+1, h+1, b)
	if b.tgt == ag {
		b.tgt = -1 // an optional trailing slot took the agent
	}
	if !ok || b.src >= 0 || b.both >= 0 {
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	if b.tgt < 0 && partner >= 0 {
		b.tgt = partner
	}
	if gi := s.inGroup[n]; b.tgt < 0 && gi >= 0 {
		// The thing is an actor: "the Greek ambassador". An owner named
		// before a thing ("the Iranian tanker") is not taken: it may be
		// where the thing is or who made it, and measured on the shared
		// evaluation it added a wrong dyad.
		b.tgt = gi
	}
	if b.tgt == ag {
		b.tgt = -1
	}
	if b.tgt < 0 && !(p.Recip && len(s.groups[ag].Phrases) > 1) {
		// "The property was seized by the police": whose it was is not
		// said, and a coercion with no victim says too little. Parties
		// coordinated in the by-phrase are each other's counterparts.
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	b.src = ag
	return end, true
}

// agentlessThing matches an agentless passive whose subject is the thing
// the pattern spells and whose words after the head name the target: "Food
// aid was sent to Gaza", "New sanctions were imposed on Iran". The act is
// reported without its actor, as a bombing with no claimant is, and codes
// with the source unknown. Without a target slot after the head nothing is
// known of either side, and a by-phrase further on is an agent the
// by-phrase reading handles.
func (s *sentence) agentlessThing(p *Pattern, li, h int, b *binding) (int, bool) {
	*b = binding{src: -1, tgt: -1, both: -1}
	end, ok := s.forward(p, li+1, h+1, b)
	if !ok || b.tgt < 0 || b.src >= 0 || b.both >= 0 {
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	if k := s.groups[b.tgt].Start - 1; k >= 0 && (s.toks[k].Lower == "his" || s.toks[k].Lower == "her") {
		// "The money was sent to his family": a private person's
		// household, with nobody known to have sent it.
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	if strings.HasPrefix(p.Code, "13") && publicOnly(s.groups[b.tgt]) {
		// "A warning was issued to motorists in Scotland about black
		// ice", "to residents ahead of the hurricane": an advisory to
		// the public, with no party on either side, where aid sent to
		// the public is still aid (R19).
		*b = binding{src: -1, tgt: -1, both: -1}
		return 0, false
	}
	for k := h + 1; k < len(s.toks) && k < end+4; k++ {
		if s.toks[k].Lower == "by" {
			*b = binding{src: -1, tgt: -1, both: -1}
			return 0, false
		}
	}
	return end, true
}

// publicOnly: every phrase of g is the civilian public (residents,
// motorists, tourists, villagers) and nothing else.
func publicOnly(g actor.Group) bool {
	if len(g.Phrases) == 0 {
		return false
	}
	for _, ph := range g.Phrases {
		if len(ph.Sectors) != 1 || ph.Sectors[0] != "CVL" {
			return false
		}
	}
	return true
}

// commonNoun: the token at n is a common noun, or the sentence's first
// word, which the tagger may read as a name for its capital ("Trade").
func (s *sentence) commonNoun(n int) bool {
	t := s.toks[n].Tag
	return t == "NN" || t == "NNS" || n == 0 && t == "NNP" && s.inGroup[0] < 0
}

// thingPreps tie a thing to the actor it concerns: "trade with Israel",
// "aid to Egypt", "the embassy in Kabul".
var thingPreps = wordset.Of("with", "to", "in", "on", "against")

// opensSentence: the noun phrase ending at n opens the sentence or the
// lead after a dateline's dash, so it is the main clause's subject and
// not an object or a relative clause's antecedent ("the aid that the
// boat carried was seized").
func (s *sentence) opensSentence(n int) bool {
	for k := n; k >= 0 && k > n-8; k-- {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 || t.IsNoun() || filler(t) || t.Tag == "POS" {
			if k == 0 {
				return true
			}
			continue
		}
		return t.Lower == "-" || t.Lower == "--" || t.Lower == "—"
	}
	return false
}

// passiveSourceTarget: a passive head whose pattern names the giver in a
// source slot after it, other than a by-phrase ("Afghan refugees were
// given shelter in Pakistan", "was granted asylum in Canada"), acts on
// the clause's subject, as the by-phrase passive does; without this the
// subject went untaken and the place filled the target with the giver.
// Only a pattern that opens at its head is read so: one with a noun
// before its head ("the ceasefire was agreed by X") has that noun, not
// the clause's subject, as what the act was done to.
//
//go:noinline
func (s *sentence) passiveSourceTarget(m *Match, src, h int) {
	if s.groups[src].Start <= h {
		return
	}
	if subj := s.subject(h); subj >= 0 && subj != src && !s.modifierOnly(subj) {
		m.Target = s.groups[subj].Phrases
	}
}
