package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// allegationPassive: the verb at h is one of those that take their object
// before "of" or "with" ("accused Iran of", "charged him with"), right
// before that preposition: with no object between, the form is a passive
// participle whatever its tag ("officials accused of war crimes", "an
// Afghan accused/VBD of spying was hanged"), never a finite verb.
func (s *sentence) allegationPassive(h int) bool {
	if h+1 >= len(s.toks) {
		return false
	}
	switch w := s.toks[h+1].Lower; s.toks[h].Lemma {
	case "accuse", "suspect", "convict", "acquit":
		return w == "of"
	case "charge":
		return w == "with"
	}
	return false
}

// citizenAdjective: the adjective at j is a demonym standing alone for
// one of its people ("a Palestinian accused of stabbing a soldier", "the
// Iranian detained in Paris"): a whole actor group of one word, after a
// determiner or a number or at the start. The tagger calls such a noun
// JJ, so the clause stages would otherwise find no noun for a following
// participle to hang on.
func (s *sentence) citizenAdjective(j int) bool {
	if j < 0 || j >= len(s.toks) || s.toks[j].Tag != "JJ" {
		return false
	}
	gi := s.inGroup[j]
	if gi < 0 {
		return false
	}
	g := s.groups[gi]
	if g.Start != j || g.End != j+1 || len(g.Phrases) != 1 || g.Phrases[0].Country == "" || len(g.Phrases[0].Sectors) > 0 {
		return false
	}
	if j == 0 {
		return true
	}
	switch s.toks[j-1].Tag {
	case "DT", "CD":
		return true
	}
	return false
}

// topicParty: the group g follows the preposition p that opens what a
// statement, judgement or demand is about ("voiced concern about
// Beijing's crackdown in Hong Kong", "expressed alarm at Ethiopia's
// offensive in Tigray", "voiced alarm about Russian naval drills"): the
// party named there, or whose deed or state is named, is what is judged,
// as a party right after the verb is ("condemned Russia's attack"); a
// place named later in the phrase is only where the deed was done.
// (objectFor takes "over", "on", "to", "with" and "against" for any code.)
//
// "At" names a cause only after a feeling ("alarm at", "dismay at"); after
// anything else it names a place or a forum ("filed a case at the
// International Court of Justice", "protested at the UN").
func (s *sentence) topicParty(g actor.Group, p, code string, judging bool) bool {
	switch p {
	case "about", "regarding", "concerning":
	case "at":
		k := g.Start - 1
		for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "PRP$") {
			k--
		}
		return k >= 1 && s.toks[k].Lower == "at" && feelingNouns.Has(s.toks[k-1].Lower)
	default:
		return false
	}
	if judging {
		return true
	}
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "10", "11", "12":
		return true
	}
	return false
}

// feelingNouns are what is felt at a cause: "alarm at", "dismay at".
var feelingNouns = wordset.Of(
	"alarm", "dismay", "concern", "concerns", "anger", "outrage", "regret",
	"shock", "surprise", "disappointment", "frustration", "displeasure",
	"indignation", "anxiety", "unease", "horror", "revulsion", "disgust",
	"satisfaction", "delight", "pleasure", "relief",
)
