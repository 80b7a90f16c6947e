package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
)

// firstPersonObject: the object of an act told in a speaker's own words
// ("'Moscow has accused us of sabotage,' Estonia's foreign minister
// said", "'Beijing has imposed sanctions on our companies,' a Lithuanian
// minister said", "'Russian troops are shelling our cities,' Ukraine's
// foreign minister told reporters", "'Police arrested us at the
// checkpoint,' a Kenyan protester said") is the speaker's side: "us" and
// "our" name the one the quotation is attributed to. It returns the speaker's group and
// the token of the pronoun, or -1, -1. The act needs a source other than
// the speaker ("'We will defend our borders,' the minister said" has
// none), and the speaker a state or an organisation the text names:
// "the prime minister" of a story about Turkey may be Greece's.
func (s *sentence) firstPersonObject(m *Match, p *Pattern, h int) (int, int) {
	if p.Speech || p.Recip || len(m.Source) == 0 || m.Orphan {
		return -1, -1
	}
	k := s.firstPersonAfter(h)
	if k < 0 {
		return -1, -1
	}
	sp := s.firstPersonSpeaker(k)
	if sp < 0 {
		return -1, -1
	}
	g := &s.groups[sp]
	if len(g.Phrases) == 0 {
		return -1, -1
	}
	if phraseState(g.Phrases[0]) == "" || g.Phrases[0].Inferred || m.Source[0].Start >= g.Start && m.Source[0].Start < g.End {
		return -1, -1
	}
	return sp, k
}

// phraseState is a phrase's country, or its organisation prefix (IGO,
// NGO) when it names no state, or "".
func phraseState(ph actor.Phrase) string {
	if ph.Country != "" {
		return ph.Country
	}
	if len(ph.Code) >= 3 && ph.Code[:3] != "---" {
		return ph.Code[:3]
	}
	return ""
}

// firstPersonAfter: "us" or "our" as (or inside) the object of the head
// at h, with only the object's own words before it ("accused us",
// "imposed sanctions on our companies"), or -1. An actor, another verb or
// the end of the clause comes first and the pronoun belongs elsewhere.
func (s *sentence) firstPersonAfter(h int) int {
	for j := h + 1; j < len(s.toks) && j <= h+5; j++ {
		t := &s.toks[j]
		if t.Text == "us" || t.Lower == "our" {
			if t.Lower == "our" && s.relationAfter(j) {
				return -1 // "our allies" are others (review_r16.go)
			}
			return j
		}
		if hardStop(t) || t.Lower == "," || quoteMark(t.Lower) || s.inGroup[j] >= 0 || s.clauseVerb(j) || t.Tag == "TO" || t.Lower == "that" {
			return -1
		}
	}
	return -1
}

// firstPersonSpeaker: the speaker of the words holding token k. Either a
// quotation open before k and closed after it, attributed right after the
// closing mark ("...," Hamas said / "...," said Hamas), or, in a
// sentence with no quotation marks, a clause that opens the sentence and
// a trailing attribution after its comma ("Russia accused us of
// provocations, a Ukrainian minister said"). It returns the speaker's
// group, or -1.
func (s *sentence) firstPersonSpeaker(k int) int {
	open := -1
	for j := k - 1; j >= 0; j-- {
		if quoteMark(s.toks[j].Lower) {
			open = j
			break
		}
	}
	q := -1
	if open >= 0 {
		for j := k + 1; j < len(s.toks); j++ {
			if quoteMark(s.toks[j].Lower) {
				q = j
				break
			}
		}
		if q < 0 || s.toks[q-1].Lower != "," {
			return -1
		}
	} else {
		if gi := s.speakerLabel(k); gi >= 0 {
			// "Zakharova: Berlin expelled our diplomats" (lead, s27).
			return gi
		}
		for j := range s.toks {
			if quoteMark(s.toks[j].Lower) {
				return -1
			}
		}
		for j := 0; j < k; j++ {
			if t := &s.toks[j]; t.Lower == "," || t.IsVerb() && reportingVerbs.Has(t.Lemma) && s.inGroup[j] < 0 {
				return -1
			}
		}
		for j := k + 1; j < len(s.toks); j++ {
			if s.toks[j].Lower == "," {
				q = j
				break
			}
			if hardStop(&s.toks[j]) {
				return -1
			}
		}
		if q < 0 {
			return -1
		}
	}
	return s.attributedAfter(q)
}

// speakerTarget applies firstPersonObject: with no target, the speaker
// becomes it; with a target of no state right after "our" ("our
// companies", "our diplomats"), that target takes the speaker's state.
func (s *sentence) speakerTarget(m *Match, p *Pattern, h int) {
	sp, k := s.firstPersonObject(m, p, h)
	if sp < 0 {
		return
	}
	g := &s.groups[sp]
	if len(m.Target) == 0 {
		m.Target = append([]actor.Phrase(nil), g.Phrases[:1]...)
		return
	}
	if s.toks[k].Lower != "our" {
		return
	}
	t := &m.Target[0]
	if t.Start < k+1 || t.Start > k+3 || t.Country != "" || !strings.HasPrefix(t.Code, "---") {
		return
	}
	own := g.Phrases[0].Country
	if own == "" {
		return
	}
	c := *t
	c.Country, c.Code, c.Inferred = own, own+strings.TrimPrefix(t.Code, "---"), true
	m.Target = append([]actor.Phrase{c}, m.Target[1:]...)
}
