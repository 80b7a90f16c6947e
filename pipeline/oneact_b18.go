package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// oneAct: out[i] is the harm (killed, wounded, died, left dead) that an
// attack coded in the same clause did: "A bombing at a wedding in Kabul
// killed 63 people", "An Israeli air strike killed five members of one
// family", "Twelve people were killed in a car bombing in Istanbul",
// "Al-Shabaab carried out a bombing that killed 18 people". The bombing,
// shelling, air strike or shooting and the killing it caused are one act:
// the attack's event keeps the more specific of the two codes (1832 over
// 190, 195 over 190, 194 over 183) and the better sides (an agent over
// no one or the place's state, the victims over the bare place), and
// out[i] goes. Two acts stay two when a clause opens between them ("A
// car bomb exploded in Kirkuk, while gunmen killed a judge", "...; in a
// separate incident, gunmen killed"), when their agents or their
// victims' states differ, and when the harm is of its own kind (a mass
// killing 20x, an assassination 186, an abduction 181 or a beating 182).
// harmTwin has judged the ", killing" participles already.
//
//go:noinline
func oneAct(out []event.Event, i int, heads []int, a *Analysis) bool {
	ev := &out[i]
	if i >= len(heads) || heads[i] < 0 || !oneActCode(ev.CAMEO) {
		return false
	}
	toks := a.Sentences[ev.SentenceIndex].Sentence.Tokens
	h := heads[i]
	if h >= len(toks) || !harmLemma(toks[h].Lemma) {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || heads[j] >= len(toks) || heads[j] == h || o.SentenceIndex != ev.SentenceIndex {
			continue
		}
		g := heads[j]
		if !violentRoot(o.CAMEORoot) || !oneActCode(o.CAMEO) || harmLemma(toks[g].Lemma) || !sameMood(o.Modality, ev.Modality) || !sameTime(o, ev) {
			continue
		}
		if !actLinked(toks, g, h) {
			continue
		}
		harm := ev
		if !oneActSides(o, ev) {
			// victims whose country only the place gave (sides_s23.go)
			if !guessedVictims(ev, &a.Sentences[ev.SentenceIndex]) {
				continue
			}
			if harm = victimless(ev); !oneActSides(o, harm) {
				continue
			}
		}
		if o.CAMEO != ev.CAMEO && actRank(o.CAMEO) < 2 && actRank(ev.CAMEO) < 2 {
			continue // "killed 40 people in an attack": neither says more
		}
		if g > h && o.CAMEORoot == ev.CAMEORoot && o.CAMEO != ev.CAMEO {
			// "were killed in an Israeli air strike": within one root the
			// victims' harm and the strike stay as coded unless they
			// share their sides (vaguerTwin).
			continue
		}
		mergeAct(o, harm)
		return true
	}
	return false
}

// oneActCode: the violent codes one incident's attack and harm share; a
// mass killing (20x), an assassination (185, 186), an abduction (181), a
// beating (182) or repression (175) is a harm of its own kind.
func oneActCode(c string) bool {
	if len(c) < 3 || c[0] != '1' || c[1] != '8' && c[1] != '9' {
		return false
	}
	switch c[:3] {
	case "181", "182", "184", "185", "186", "191", "192", "196":
		return c == "1823"
	}
	return true
}

// harmLemma: verbs that tell what an attack did to people.
func harmLemma(l string) bool {
	switch l {
	case "kill", "wound", "injure", "die", "leave", "maim", "hurt":
		return true
	}
	return false
}

// actLinked: the attack headed at g and the harm headed at h are told in
// one clause: the attack is the harm's subject or the antecedent of its
// relative pronoun ("A car bomb killed", "a bombing that killed", "a
// bombing in Baghdad, which killed"), or the harm's victims died in,
// during or by the attack ("were killed in a suicide bombing", "died
// in a roadside bombing", "killed 10 people in a shooting").
func actLinked(toks []text.Token, g, h int) bool {
	if g < h {
		if h-g > 14 {
			return false
		}
		finite := toks[h].Tag == "VBD" || toks[h].Tag == "VBZ" || toks[h].Tag == "VBP"
		if toks[h].Tag == "VBG" {
			return false // the ", killing" participle: harmTwin's
		}
		for k := g + 1; k < h; k++ {
			t := &toks[k]
			if (t.Tag == "WDT" || t.Lower == "that" || t.Lower == "which") && (k == h-1 || k == h-2 && toks[h-1].Lemma == "have") {
				return true
			}
			if !inClause(toks, k) {
				return false
			}
			if t.Lower == "and" && finite {
				return false // "... exploded in Mosul and gunmen killed": a clause of its own
			}
		}
		// A finite harm whose subject is the attack noun itself.
		return !finite || toks[g].IsNoun()
	}
	// The harm first: "were killed in a bombing", "died during shelling".
	if g-h > 10 {
		return false
	}
	p := g - 1
	for p > h && npTag(toks[p].Tag) {
		p--
	}
	switch toks[p].Lower {
	case "in", "during", "by":
	default:
		return false
	}
	for k := h + 1; k < p; k++ {
		if !inClause(toks, k) || toks[k].Text == "," || toks[k].Lower == "and" {
			return false
		}
	}
	return true
}

// inClause: the token at k opens no clause of its own and tells of no
// separate incident.
func inClause(toks []text.Token, k int) bool {
	t := &toks[k]
	switch t.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return nameParticle(toks, k)
	case "WDT", "WP", "WRB":
		return false
	}
	switch t.Lower {
	case ";", ":", "after", "before", "while", "whereas", "when", "since", "until", "because", "but", "separately", "separate", "elsewhere", "meanwhile", "also", "another", "later", "earlier", "then", "following":
		return false
	}
	return true
}

// oneActSides: the attack and the harm can be one act by one agent on one
// party: their agents are the same, or one has none or only the state of
// the place (the agentless rule's filling), and their victims are of the
// same state, or one side names none.
func oneActSides(att, harm *event.Event) bool {
	if !sameCodes(att.Source, harm.Source) && len(att.Source) > 0 && len(harm.Source) > 0 && !bareStateOf(att.Source, harm.Source) && !bareStateOf(harm.Source, att.Source) {
		return false
	}
	if len(att.Target) == 0 || len(harm.Target) == 0 {
		return true
	}
	for _, v := range harm.Target {
		if v.Country != "" && !hasActorCountry(att.Target, v.Country) {
			return false
		}
	}
	return true
}

// bareStateOf: a is one bare state (no sector), the state of b's one
// actor: "Israel" beside "Israeli warplanes", or the place's state the
// agentless rule gave one of the two. Not a part of a pair ("India-
// Pakistan border clashes": IND is not IND and PAK).
func bareStateOf(a, b []event.Actor) bool {
	return len(a) == 1 && len(b) == 1 && a[0].Sector == "" && a[0].Code == a[0].Country && a[0].Country != "" && b[0].Country == a[0].Country
}

// actRank orders codes by how much they say: a four-digit code over a
// three-digit one, which is over one "not specified below" (xx0).
func actRank(c string) int {
	switch {
	case len(c) >= 4:
		return 3
	case len(c) == 3 && c[2] != '0':
		return 2
	}
	return 1
}

// mergeAct makes att the one act of att and harm: the more specific code
// (att's when equal), the agent that is more than a place's state, and
// the victims when they say more than the place struck.
func mergeAct(att, harm *event.Event) {
	// A state's forces that bombed and killed used force (19): the
	// harm line's "non-military bombing" (183, for a bomb that killed)
	// says less of them, not more (lead, s23).
	if actRank(harm.CAMEO) > actRank(att.CAMEO) && !(strings.HasPrefix(harm.CAMEO, "183") && att.CAMEORoot == "19" && stateForces(att.Source)) {
		att.CAMEO, att.CAMEORoot, att.QuadClass, att.Goldstein, att.PLOVER = harm.CAMEO, harm.CAMEORoot, harm.QuadClass, harm.Goldstein, harm.PLOVER
	}
	if len(att.Target) == 0 || sectorOfPlace(att.Target, harm.Target) || len(harm.Target) > 0 && (sameCodes(att.Target, att.Source) || bareState(att.Target)) && !sameCodes(harm.Target, att.Source) && !bareState(harm.Target) && !unplacedOnly(harm.Target) {
		// The victims say more than the place struck ("a raid that
		// killed an Islamic State leader in Syria": IMG, not SYR), and
		// more than a target that is the attacker itself.
		att.Target = append(make([]event.Actor, 0, len(harm.Target)), harm.Target...)
	}
	switch {
	case len(harm.Source) == 0 || sameCodes(att.Source, harm.Source):
	case len(att.Source) == 0 && len(harm.Source) == 1 && harm.Source[0].Sector == "" && !hasActorCountry(att.Target, harm.Source[0].Country):
		// The host's state the agentless rule gave the harm is no agent
		// of an attack on another state's people or premises ("the
		// bombing of the US embassy in Nairobi killed").
	case len(att.Source) == 0 || bareStateOf(att.Source, harm.Source):
		att.Source = append(make([]event.Actor, 0, len(harm.Source)), harm.Source...)
	}
}

// attackedPlace: the place at [start, end) of sentence is what an attack
// noun struck, named after its "of" ("The bombing of Dresden in 1945 left
// 25,000 dead", "the siege of Mariupol", "the shelling of Sarajevo") or
// right before it ("the Oklahoma City bombing"): the place is the
// target's, and its state is no agent of the attack on itself.
func attackedPlace(sentence string, start, end int) bool {
	if start <= 0 || end > len(sentence) || start >= end {
		return false
	}
	before := strings.Fields(strings.ToLower(sentence[:start]))
	if n := len(before); n >= 2 && before[n-1] == "of" && placeAttackNouns.Has(before[n-2]) {
		return true
	}
	after := strings.Fields(strings.ToLower(sentence[end:]))
	return len(after) > 0 && placeAttackNouns.Has(strings.Trim(after[0], ",.;:"))
}

// placeAttackNouns name an attack by the place it struck.
var placeAttackNouns = wordset.Of(
	"bombing", "bombings", "firebombing", "bombardment", "shelling",
	"siege", "blitz", "massacre", "sack", "destruction", "airstrike",
	"airstrikes", "attack", "attacks", "raid", "raids",
)

// bareState: as is one state with no sector, as a place gives it.
func bareState(as []event.Actor) bool {
	return len(as) == 1 && as[0].Sector == "" && as[0].Country != "" && as[0].Code == as[0].Country
}

// unplacedOnly: every actor of as is of no known state ("---CVL"): the
// state struck says more than such victims ("the bombing of Gaza by
// Israeli jets killed dozens of people": PSE, not ---CVL).
func unplacedOnly(as []event.Actor) bool {
	for _, a := range as {
		if !strings.HasPrefix(a.Code, "---") {
			return false
		}
	}
	return len(as) > 0
}

// stateForces: every actor is a state's armed force, police, government
// or intelligence service.
func stateForces(as []event.Actor) bool {
	for _, a := range as {
		if a.Country == "" || !stateForceSector(a.Sector) {
			return false
		}
	}
	return len(as) > 0
}
