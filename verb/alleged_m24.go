package verb

import "github.com/parley-events/parley/internal/wordset"

// forcesSentVerbs are the verbs of an appeal for protection whose act
// is coded of its own ("urged Kenya to send troops" is also Kenya's 15).
var forcesSentVerbs = wordset.Of("send", "deploy", "dispatch")

// freeInnerVerb reports whether token k, a verb inside a pattern's span,
// tells an act that is an event of its own although the pattern reads it
// to pick its code, so that its verb stays free to code (with its own
// sides and modality):
//   - the act alleged in the that-clause of an allegation noun, read by
//     an inquiry's pattern ("an inquiry into allegations that soldiers
//     had killed civilians" is 092 and the killing);
//   - the forces sent that an appeal for protection asks for ("urged
//     Kenya to send troops" is 0234 and Kenya's 15, as it was before the
//     appeal had its own code), unless a purpose follows ("to send
//     troops to help restore order"): troops asked for an aim are the
//     appeal alone, as the help-purpose rules have it.
func (s *sentence) freeInnerVerb(p *Pattern, m *Match, k int) bool {
	if k <= m.Head || k >= len(s.toks) || !s.toks[k].IsVerb() {
		return false
	}
	if s.thatClauseVerb(p, m, k) || s.documentActInside(k) {
		return true
	}
	switch {
	case p.Code == "0234":
		return s.toks[k-1].Lower == "to" && forcesSentVerbs.Has(s.toks[k].Lemma) && !s.purposeAfter(k)
	case p.Root() == "09":
		for j := k - 1; j > m.Head && j >= k-6; j-- {
			if s.toks[j].Lower == "that" {
				return allegationNouns.Has(s.toks[j-1].Lower)
			}
		}
	}
	return false
}

// purposeAfter reports whether an infinitive of purpose ("to" and a base
// verb) follows token k within its clause.
func (s *sentence) purposeAfter(k int) bool {
	for j := k + 1; j+1 < len(s.toks) && j <= k+10; j++ {
		switch s.toks[j].Lower {
		case ",", ";", ".", ":":
			return false
		case "to":
			if s.toks[j+1].Tag == "VB" {
				return true
			}
		}
	}
	return false
}
