package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// clausePassive: a clause with no "were", telegraphic as a headline's,
// inside a sentence: "Protests spread to Lyon; 40 arrested", "Clashes
// in Nairobi; dozens injured, 30 detained", "40 arrested as protests
// spread". A past form of a verb of harm or custody right after its
// subject, before a preposition, an adverb or the clause's end, with no
// finite verb of its own clause, tells what was done to the subject.
// headlinePassive reads a whole line so; here the clause opens after a
// semicolon or colon (any subject), or the subject is a bare count,
// which never does these acts with no object ("40 arrested"). A whole
// line that ends in a full stop is asked of stoppedHeadlinePassive
// (headlinestop_r23.go).
func (s *sentence) clausePassive(h int) bool {
	if s.stoppedHeadlinePassive(h) {
		return true
	}
	n := len(s.toks)
	if h < 1 || s.inGroup[h-1] < 0 {
		return false
	}
	if t := s.toks[h].Tag; t != "VBN" && !(t == "VBD" && headlineHarm.Has(s.toks[h].Lemma)) {
		return false
	}
	if casualtyR22.Has(s.toks[h].Lemma) {
		return false // "; 15 killed": the toll of the act before it
	}
	if h+1 < n {
		switch nx := &s.toks[h+1]; {
		case nx.Tag == "IN" || nx.Tag == "RB" || nx.Tag == "TO" || nx.Lower == "dead":
		case nx.Lower == "," || nx.Lower == "." || nx.Lower == ";" || nx.Lower == "and":
		default:
			return false
		}
	}
	g := s.groups[s.inGroup[h-1]]
	if g.End != h {
		return false
	}
	count := g.End == g.Start+1 && (s.toks[g.Start].Tag == "CD" || actor.NumberWord(s.toks[g.Start].Lower))
	c := g.Start - 1
	for c >= 0 && s.inGroup[c] < 0 {
		t := &s.toks[c]
		if t.Tag == "CD" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "JJR" || actor.CountQualifiers.Has(t.Lower) {
			c--
			continue
		}
		break
	}
	switch {
	case c >= 0 && (s.toks[c].Lower == ";" || s.toks[c].Lower == ":"):
	case count && (c < 0 || s.inGroup[c] < 0 && openers.Has(s.toks[c].Lower)):
	default:
		return false
	}
	for k := h + 1; k < n; k++ {
		t := &s.toks[k]
		if t.Lower == ";" || t.Lower == "," || subordinators.Has(t.Lower) || clauseOpenersR22.Has(t.Lower) {
			break
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// openers come before a clause's first word.
var openers = wordset.Of(",", "-", "--", "—", "and")

// clauseOpenersR22 open a clause of time or cause whose verb is its own:
// "40 arrested as protests spread to Lyon".
var clauseOpenersR22 = wordset.Of("as", "after", "before", "amid", "following", "until", "once")

// casualtyR22: a toll's verbs. "Gunmen stormed a hotel; 15 killed" and
// "clashes erupted; dozens injured" count the harm of the act before
// them, which the pipeline codes once.
var casualtyR22 = wordset.Of("kill", "wound", "injure", "hurt", "die")
