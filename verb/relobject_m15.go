package verb

import "github.com/parley-events/parley/internal/wordset"

// Object relatives: "freed a British aid worker whom they had detained in
// January", "retook the town, which the rebels had seized in 2012". The
// relative clause has a subject of its own, and its verb's object is the
// noun the clause hangs on, so nothing follows the verb as its object.
// English news puts a second, earlier act there as often as it puts one
// in a subject relative ("who had been granted asylum"), and a careful
// coder lists both.

// relSubjectPronouns may open an object relative's own clause as its
// subject; "it" too, which stands for a state ("whom it had arrested").
var relSubjectPronouns = wordset.Of("he", "she", "it", "they", "we", "i", "you")

// tellVerbs take an addressee and then a that-clause, so "told Ukraine
// that its forces had retreated" is no relative clause on Ukraine.
var tellVerbs = wordset.Of("tell", "warn", "inform", "assure", "remind", "notify", "convince",
	"persuade", "promise", "advise", "caution", "reassure", "brief", "show", "signal", "urge")

// objectRelative: the actor group an object relative clause whose verb is
// at h hangs on, or -1. The verb is active (no form of "be" before it),
// has its own subject between it and the relative word (an actor or a
// subject pronoun, past auxiliaries and adverbs), and no object after it
// (a preposition, a time word, a comma or the end comes next). The
// relative word is "whom", "which", "who" or "that" right after the
// group, or after its comma, or none before a subject pronoun ("the
// refugees it had detained"); "that" (or none) after the object of a verb
// of telling opens what is told. A reaction (root) after ", which" reacts to
// the act before the comma, not to the group ("imposed sanctions on
// Russia, which Moscow rejected": reactedAct).
func (s *sentence) objectRelative(h int, root string) int {
	if h < 3 || h >= len(s.toks) || s.inGroup[h] >= 0 {
		return -1
	}
	switch s.toks[h].Tag {
	case "VBD", "VBN", "VBP", "VBZ":
	default:
		return -1
	}
	if h+1 < len(s.toks) {
		n := &s.toks[h+1]
		if s.inGroup[h+1] >= 0 || n.IsNoun() && !timeWord(n.Lower) && !s.dated(h+1) && !s.durationAgo(h+1) || n.Tag == "DT" || n.Tag == "PRP" || n.Tag == "PRP$" || n.Tag == "JJ" || n.Tag == "RP" || n.Tag == "VBG" || n.Lower == "that" {
			return -1
		}
		if n.Lower == "to" && (h+2 >= len(s.toks) || s.toks[h+2].Tag == "VB") {
			return -1 // an infinitive: "whom it had asked to mediate" asks
		}
	}
	k := h - 1
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		if beForms.Has(s.toks[k].Lower) {
			return -1 // "whom police had been told": passive, the subject is acted on
		}
		k--
	}
	if k < 2 {
		return -1
	}
	pronoun := false
	if gi := s.inGroup[k]; gi >= 0 {
		k = s.groups[gi].Start - 1
	} else if s.toks[k].Tag == "PRP" && relSubjectPronouns.Has(s.toks[k].Lower) {
		pronoun = true
		k--
	} else {
		return -1
	}
	if k < 1 {
		return -1
	}
	rel := s.toks[k].Lower
	a := k - 1
	switch rel {
	case "whom", "which", "who", "that":
	default:
		if !pronoun {
			return -1
		}
		// With no relative word, only a subject pronoun marks the
		// clause: "released the Afghan refugees it had detained".
		rel, a = "", k
	}
	if s.toks[a].Lower == "," && rel != "that" && rel != "" {
		if rel == "which" && reactionRoot(root) {
			return -1
		}
		a--
	}
	if a < 0 {
		return -1
	}
	gi := s.inGroup[a]
	if gi < 0 || s.groups[gi].End != a+1 || s.modifierOnly(gi) {
		return -1
	}
	if st := s.groups[gi].Start; (rel == "that" || rel == "") && st > 0 && s.toks[st-1].IsVerb() && tellVerbs.Has(s.toks[st-1].Lemma) {
		return -1
	}
	return gi
}

// relativeOpens: the word at r is a relative pronoun or a subordinating
// conjunction that opens a clause with a subject of its own ("whom
// al-Shabab militants had kidnapped", "which Israel closed", "after he
// was abducted by Russian soldiers"), which a pattern's gap does not
// cross: the words after it belong to that clause's verb, not to the
// head's pattern ("freed 12 hostages whom militants had kidnapped" frees
// no one "kidnapped", nor does "the mayor was freed after he was
// abducted").
func (s *sentence) relativeOpens(r int) bool {
	if r+2 >= len(s.toks) {
		return false
	}
	switch s.toks[r].Lower {
	case "whom":
		return true
	case "which", "who", "after", "before", "since", "until", "when", "while", "as", "once":
		// ("that" is left out: after a verb or a noun of saying or
		// demanding it opens what is said or asked, which such a
		// pattern reads: "demanded that Iran stop sending weapons".)
	default:
		return false
	}
	k := r + 1
	if gi := s.inGroup[k]; gi >= 0 && s.groups[gi].Start == k {
		k = s.groups[gi].End
	} else if s.toks[k].Tag == "PRP" && relSubjectPronouns.Has(s.toks[k].Lower) {
		k++
	} else {
		return false
	}
	for k < len(s.toks) && s.inGroup[k] < 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD" || isAux(s.toks[k].Lower)) {
		k++
	}
	return k < len(s.toks) && s.inGroup[k] < 0 && s.toks[k].IsVerb() && s.toks[k].Tag != "VBG"
}

// conjBefore: the "and" or "but" right before the verb at start (past a
// sequence adverb: "but later released them"), or -1. A past verb right
// after "but" shares its subject as one after "and" does: "Hungary signed
// the declaration but vetoed new sanctions", "the junta asked for aid but
// refused to admit foreign workers".
func (s *sentence) conjBefore(start int) int {
	if c := s.andBefore(start); c >= 0 {
		return c
	}
	if start < 3 || start >= len(s.toks) {
		return -1
	}
	c := start - 1
	if sequenceAdverbs.Has(s.toks[c].Lower) {
		c--
	}
	if s.toks[c].Lower != "but" {
		return -1
	}
	return c
}

// perfectModifier: the country adjective group on the non-actor noun at k
// that is the subject of an active verb at start past its auxiliaries
// ("Chinese vessels had rammed", "Israeli tanks have entered"), which
// names the agent as it does with no auxiliary ("Chinese vessels rammed",
// modifiesSubject), or -1. A form of "be" makes a passive, whose subject
// is acted on.
func (s *sentence) perfectModifier(k, start int) int {
	if start >= len(s.toks) || start <= k+1 || !s.toks[start].IsVerb() {
		return -1
	}
	for m := k + 1; m < start; m++ {
		t := &s.toks[m]
		if beForms.Has(t.Lower) || !isAux(t.Lower) && t.Tag != "RB" && t.Tag != "MD" {
			return -1
		}
	}
	gi := s.ownerAdjective(k, start)
	if gi < 0 || !s.modifiesSubject(s.groups[gi], start) {
		return -1
	}
	return gi
}
