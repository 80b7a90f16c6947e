package verb

import (
	"fmt"
	"sort"
	"strings"

	"github.com/parley-events/parley/actor"
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
	// Orphan marks a meeting or agreement whose clause names nobody ("the
	// agreements reached in May 2017"); the pipeline gives it the parties
	// of the story's previous meeting or agreement, or drops it.
	Orphan bool
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
}

// Coder applies a Dictionary to sentences. It is immutable.
type Coder struct{ d *Dictionary }

// NewCoder wraps a dictionary.
func NewCoder(d *Dictionary) *Coder { return &Coder{d: d} }

// sentence is the per-call working view of one sentence.
type sentence struct {
	toks    []text.Token
	groups  []actor.Group
	inGroup []int // token → group index or -1
	used    []bool
	words   map[string]struct{} // every lemma and lower-cased form in the sentence
	// relaxTarget lets a passive head match a pattern whose target slot
	// follows the verb: in "X was attacked by Y" the target is the subject.
	relaxTarget bool
}

// Code finds the events of one sentence.
func (c *Coder) Code(toks []text.Token, groups []actor.Group) Result {
	return c.code(toks, groups, false)
}

// CodeTrace is Code that also records every pattern tried and why it
// failed, for `parley explain`; coding at speed skips that bookkeeping.
func (c *Coder) CodeTrace(toks []text.Token, groups []actor.Group) Result {
	return c.code(toks, groups, true)
}

func (c *Coder) code(toks []text.Token, groups []actor.Group, trace bool) Result {
	s := &sentence{toks: toks, groups: groups, inGroup: make([]int, len(toks)), used: make([]bool, len(toks))}
	s.words = make(map[string]struct{}, 2*len(toks))
	for i := range toks {
		s.words[toks[i].Lower] = struct{}{}
		s.words[toks[i].Lemma] = struct{}{}
	}
	for i := range s.inGroup {
		s.inGroup[i] = -1
	}
	for gi, g := range groups {
		for k := g.Start; k < g.End && k < len(toks); k++ {
			s.inGroup[k] = gi
		}
	}
	var res Result
	for i := range toks {
		if s.used[i] || s.inGroup[i] >= 0 {
			continue
		}
		// A capitalised proper noun mid-sentence ("Islamic State", "Peace
		// Corps") is a name, not a verb or event noun.
		if toks[i].IsProper() && i > 0 {
			continue
		}
		// A participle inside a noun phrase names a kind of thing, not an
		// event: "the opposition negotiating body", "the ruling party".
		if toks[i].Tag == "VBG" && i > 0 && i+1 < len(toks) && toks[i+1].IsNoun() && (s.inGroup[i-1] >= 0 || toks[i-1].IsNoun() || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "DT") {
			continue
		}
		cands := c.candidates(&toks[i])
		for _, p := range cands {
			if (p.Speech || p.Verb) && !toks[i].IsVerb() {
				continue // "the statement", "a report": nouns report nothing
			}
			if !s.hasRequired(p) {
				if trace {
					res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: "a required word is not in the sentence"})
				}
				continue
			}
			m, why := s.try(p, i)
			if why != "" {
				if trace {
					res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: why})
				}
				continue
			}
			if trace {
				res.Tries = append(res.Tries, Try{Head: i, Pattern: p, Result: "matched"})
			}
			for k := m.Span[0]; k < m.Span[1]; k++ {
				if s.inGroup[k] < 0 {
					s.used[k] = true
				}
			}
			if p.Attach != "" {
				res.Attach = append(res.Attach, m)
			} else {
				res.Matches = append(res.Matches, m)
			}
			break
		}
	}
	gov := map[int]bool{}
	for i := range res.Matches {
		res.Matches[i].Governor = -1
		s.intent(&res.Matches[i])
		if g := res.Matches[i].Governor; g >= 0 {
			gov[g] = true
		}
	}
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
	s.reporting(&res)
	return res
}

// EventCode is the code the match stands for.
func (m *Match) EventCode() string {
	if m.Code != "" {
		return m.Code
	}
	return m.Pattern.Code
}

// intentWords govern an infinitive that is promised, offered or accepted,
// not done: "agreed to withdraw", "is ready to meet", "pledged to send aid".
var intentWords = map[string]bool{
	"agree": true, "promise": true, "pledge": true, "vow": true, "offer": true, "commit": true,
	"undertake": true, "volunteer": true, "willing": true, "ready": true, "prepared": true,
	"eager": true, "determined": true, "intend": true, "plan": true, "resolve": true, "swear": true,
}

// intent recodes an action inside an intent complement as CAMEO's
// "express intent to" code for it (CAMEO 03 mirrors roots 04–08).
func (s *sentence) intent(m *Match) {
	h := m.Span[0]
	k := h - 1
	for k >= 0 && (s.toks[k].Tag == "RB" || s.toks[k].Lower == "not") {
		k--
	}
	code := m.Pattern.Code
	if k >= 1 && s.toks[k].Lower == "to" {
		gov := s.toks[k-1].Lemma
		switch {
		case threatWords[gov] && threatCode(code) != "":
			// "vowed to attack", "wants to attack": the threat is the event
			// (CAMEO 13), and it is real, not hypothetical.
			m.Code = threatCode(code)
			m.Modality.Future, m.Modality.Hypothetical = false, false
			m.Governor = k - 1
			return
		case intentWords[gov] && intentCode(code) != "":
			m.Code = intentCode(code)
			m.Modality.Future, m.Modality.Hypothetical = false, false
			m.Governor = k - 1
		}
	}
	// An announced future action is coded as what it is when announced:
	// CAMEO's intent (03) for cooperation ("Finland will give Tanzania a
	// grant") and threat (13) for coercion and force ("they would blockade
	// Paris"). The event keeps its future modality.
	if m.Code == "" && m.Modality.Future && !m.Modality.Negated && !m.Passive {
		if c := intentCode(code); c != "" {
			m.Code = c
		} else if c := threatCode(code); c != "" {
			m.Code = c
		}
	}
	// Refusing or withholding cooperation is itself an event: CAMEO codes
	// "would not provide support" and "refused to meet" as rejections (12),
	// not as negated cooperation. Negated force stays negated.
	if m.Modality.Negated {
		if c := rejectCode(m.EventCode()); c != "" {
			m.Code = c
			m.Modality.Negated = false
		}
	}
}

// threatWords govern an infinitive of force that is announced, not done.
var threatWords = map[string]bool{
	"threaten": true, "vow": true, "plan": true, "intend": true, "want": true, "pledge": true,
	"promise": true, "swear": true, "warn": true, "prepare": true, "ready": true, "determined": true,
}

// threatCode maps coercion and violence to the CAMEO 13 threat for it.
func threatCode(c string) string {
	switch {
	case strings.HasPrefix(c, "191"):
		return "1381"
	case strings.HasPrefix(c, "192"):
		return "1382"
	case strings.HasPrefix(c, "20"):
		return "1383"
	case strings.HasPrefix(c, "18"), strings.HasPrefix(c, "19"):
		return "1384"
	case strings.HasPrefix(c, "17"):
		return "137"
	case strings.HasPrefix(c, "163"):
		return "1312"
	case strings.HasPrefix(c, "16"):
		return "1313"
	case strings.HasPrefix(c, "14"):
		return "133"
	}
	return ""
}

// rejectCode maps a refused cooperative code to the CAMEO 12 rejection.
func rejectCode(c string) string {
	switch {
	case strings.HasPrefix(c, "0311"), strings.HasPrefix(c, "061"):
		return "1211"
	case strings.HasPrefix(c, "0312"), strings.HasPrefix(c, "062"):
		return "1212"
	case strings.HasPrefix(c, "031"), strings.HasPrefix(c, "06"), strings.HasPrefix(c, "033"), strings.HasPrefix(c, "07"):
		return "121"
	case strings.HasPrefix(c, "0351"), strings.HasPrefix(c, "081"):
		return "1241"
	case strings.HasPrefix(c, "0352"), strings.HasPrefix(c, "082"):
		return "1242"
	case strings.HasPrefix(c, "0353"), strings.HasPrefix(c, "084"):
		return "1243"
	case strings.HasPrefix(c, "0354"), strings.HasPrefix(c, "085"):
		return "1244"
	case strings.HasPrefix(c, "0355"), strings.HasPrefix(c, "086"):
		return "1245"
	case strings.HasPrefix(c, "0356"), strings.HasPrefix(c, "087"):
		return "1246"
	case strings.HasPrefix(c, "035"), strings.HasPrefix(c, "08"):
		return "124"
	case strings.HasPrefix(c, "036"), strings.HasPrefix(c, "04"):
		return "125"
	case strings.HasPrefix(c, "038"), strings.HasPrefix(c, "039"):
		return "126"
	case strings.HasPrefix(c, "037"), strings.HasPrefix(c, "057"):
		return "127"
	case strings.HasPrefix(c, "03"), strings.HasPrefix(c, "05"):
		return "120"
	}
	return ""
}

func intentCode(c string) string {
	switch {
	case c == "045" || c == "0451":
		return "039"
	case strings.HasPrefix(c, "04"):
		return "036"
	case strings.HasPrefix(c, "05"):
		return "032"
	case strings.HasPrefix(c, "061"):
		return "0311"
	case strings.HasPrefix(c, "062"):
		return "0312"
	case strings.HasPrefix(c, "063"):
		return "0313"
	case strings.HasPrefix(c, "064"):
		return "0314"
	case strings.HasPrefix(c, "06"):
		return "031"
	case strings.HasPrefix(c, "071"):
		return "0331"
	case strings.HasPrefix(c, "072"):
		return "0332"
	case strings.HasPrefix(c, "073"):
		return "0333"
	case strings.HasPrefix(c, "074"):
		return "0334"
	case strings.HasPrefix(c, "07"):
		return "033"
	case strings.HasPrefix(c, "0831"):
		return "0341"
	case strings.HasPrefix(c, "0832"):
		return "0342"
	case strings.HasPrefix(c, "0833"):
		return "0343"
	case strings.HasPrefix(c, "0834"):
		return "0344"
	case strings.HasPrefix(c, "083"):
		return "034"
	case strings.HasPrefix(c, "081"):
		return "0351"
	case strings.HasPrefix(c, "082"):
		return "0352"
	case strings.HasPrefix(c, "084"):
		return "0353"
	case strings.HasPrefix(c, "085"):
		return "0354"
	case strings.HasPrefix(c, "086"):
		return "0355"
	case strings.HasPrefix(c, "087"):
		return "0356"
	case strings.HasPrefix(c, "08"):
		return "035"
	}
	return ""
}

func (c *Coder) candidates(t *text.Token) []*Pattern {
	a := c.d.byHead[t.Lemma]
	if t.Lower == t.Lemma {
		return a
	}
	b := c.d.byHead[t.Lower]
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := append(append([]*Pattern(nil), a...), b...)
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}

func (t elem) matches(tok *text.Token) bool {
	for _, w := range t.words {
		if tok.Lemma == w || tok.Lower == w {
			return true
		}
	}
	return false
}

// filler tags may sit between pattern elements without being written.
func filler(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "RB", "RBR", "CD", "POS":
		return true
	}
	return t.Lower == "(" || t.Lower == "\""
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
}

// hasRequired is a cheap pre-check: every literal the pattern requires
// (besides its head) occurs somewhere in the sentence.
func (s *sentence) hasRequired(p *Pattern) bool {
	for _, alts := range p.required {
		ok := false
		for _, w := range alts {
			if _, found := s.words[w]; found {
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

// try matches pattern p with its head at token h.
func (s *sentence) try(p *Pattern, h int) (Match, string) {
	b := binding{-1, -1, -1}
	end, ok := s.forward(p, p.head+1, h+1, &b)
	if !ok && s.passive(h) {
		s.relaxTarget = true
		b = binding{-1, -1, -1}
		end, ok = s.forward(p, p.head+1, h+1, &b)
		s.relaxTarget = false
	}
	if !ok {
		return Match{}, "words after the head did not match"
	}
	start, ok := s.backward(p, p.head-1, h-1, &b)
	if !ok {
		return Match{}, "words before the head did not match"
	}
	m := Match{Pattern: p, Head: h, Span: [2]int{start, end}}
	m.Passive = s.passive(h)
	if b.both >= 0 {
		g := s.groups[b.both]
		m.Source = g.Phrases[:1]
		m.Target = g.Phrases[1:]
	}
	if b.src >= 0 {
		m.Source = s.groups[b.src].Phrases
	}
	if b.tgt >= 0 {
		m.Target = s.groups[b.tgt].Phrases
	}
	if b.src < 0 && b.both < 0 {
		if m.Passive {
			if ag := s.agent(end); ag >= 0 {
				m.Source = s.groups[ag].Phrases
			}
			if b.tgt < 0 {
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
			if ag := s.nominalAgent(h, end); ag >= 0 {
				m.Source = s.groups[ag].Phrases
			} else if subj := s.subject(start); subj >= 0 && s.lightPath(s.groups[subj].End, start) {
				m.Source = s.groups[subj].Phrases
			} else {
				m.Agentless = true // "condemned the kidnapping of workers": it happened, by someone
			}
		} else if subj := s.subject(start); subj >= 0 {
			m.Source = s.groups[subj].Phrases
		}
	}
	if b.tgt < 0 && b.both < 0 && !m.Passive {
		if obj := s.objectFor(end, p.Code); obj >= 0 && !(p.Recip && len(m.Source) > 1 && s.weakObject(obj)) {
			m.Target = s.groups[obj].Phrases
		}
	}
	if len(m.Source) == 0 && !m.Passive {
		// "In a phone call with Russia, Syria discussed trade": a fronted
		// phrase's event belongs to the main clause's subject.
		if gi := s.frontedSubject(start, end); gi >= 0 {
			m.Source = s.groups[gi].Phrases
		}
	}
	if p.Recip && len(m.Source) == 0 && len(m.Target) > 1 {
		// "agreements signed between Russia and Turkey"
		m.Source, m.Target = m.Target[:1], m.Target[1:]
	}
	if p.Recip && len(m.Target) == 0 && len(m.Source) > 1 {
		m.Target = m.Source[1:]
		m.Source = m.Source[:1]
	}
	if p.Recip || p.Attach != "" {
		s.participants(&m, p)
	}
	if len(m.Source) == 0 && len(m.Target) == 0 && len(m.Participants) == 0 {
		if !p.Recip {
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
	if p.Speech && h > 0 && (s.toks[h-1].Lower == "," || s.toks[h-1].Lower == "\"" || s.toks[h-1].Lower == "''") {
		// ", said the spokesman for the prime minister": inverted
		// attribution; the speaker follows the verb and nobody is addressed.
		if gi := s.inverted(h); gi >= 0 {
			m.Source, m.Target = s.groups[gi].Phrases, nil
		}
	}
	if p.Speech && len(m.Source) == 0 {
		return Match{}, "a statement needs a speaker"
	}
	m.Modality = s.modality(start, h)
	return m, ""
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
		for k := pos; k <= pos+8 && k <= len(s.toks); k++ {
			if k > pos && (hardStop(&s.toks[k-1]) || s.clauseVerb(k-1)) {
				break
			}
			save := *b
			if end, ok := s.forward(p, ei+1, k, b); ok {
				return end, true
			}
			*b = save
		}
		return 0, false
	case eLit:
		// Try the literal at pos and after each implicit filler word.
		for k, n := pos, 0; k < len(s.toks) && n <= 4; k, n = k+1, n+1 {
			if gi := s.inGroup[k]; gi >= 0 {
				if !s.used[k] && e.matches(&s.toks[k]) {
					if end, ok := s.forward(p, ei+1, k+1, b); ok {
						return end, true
					}
				}
				// "summoned Syria's envoy": the pattern's noun is the head
				// of an actor phrase, which is then the target.
				g := s.groups[gi]
				if g.Start == k && len(g.Phrases) == 1 && b.tgt < 0 && b.both < 0 && e.matches(&s.toks[g.End-1]) {
					save := *b
					// A bare "peacekeepers" or "intelligence" names no one
					// in particular: the words match, the target is elsewhere.
					if !strings.HasPrefix(g.Phrases[0].Code, "---") {
						b.tgt = gi
					}
					if end, ok := s.forward(p, ei+1, g.End, b); ok {
						return end, true
					}
					*b = save
				}
				break
			}
			if !s.used[k] && e.matches(&s.toks[k]) {
				if end, ok := s.forward(p, ei+1, k+1, b); ok {
					return end, true
				}
			}
			if !filler(&s.toks[k]) {
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
		qpos := pos + s.quantifier(pos)
		for k := qpos; k < len(s.toks) && k <= qpos+3; k++ {
			if gi := s.inGroup[k]; gi >= 0 && s.groups[gi].Start == k {
				save := *b
				bind(b, e.kind, gi)
				if end, ok := s.forward(p, ei+1, s.groups[gi].End, b); ok {
					return end, true
				}
				*b = save
				break
			}
			if !filler(&s.toks[k]) && s.toks[k].Tag != "VBG" && s.toks[k].Tag != "VBN" {
				break
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
			if k < pos && k+1 < len(s.toks) && (hardStop(&s.toks[k+1]) || s.clauseVerb(k+1)) {
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
			if !s.used[k] && e.matches(&s.toks[k]) {
				if start, ok := s.backward(p, ei-1, k-1, b); ok {
					return start, true
				}
			}
			if !(filler(&s.toks[k]) || isAux(s.toks[k].Lower)) || s.inGroup[k] >= 0 {
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
			if !filler(&s.toks[k]) {
				break
			}
		}
		if e.optional {
			return s.backward(p, ei-1, pos, b)
		}
		return 0, false
	}
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
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
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
	switch {
	case w(0) == "at" && (w(1) == "least" || w(1) == "most"):
		return 2
	case (w(0) == "more" || w(0) == "less" || w(0) == "fewer") && w(1) == "than":
		return 2
	case w(0) == "up" && w(1) == "to":
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

var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "'s": true, "get": true, "got": true, "gets": true}

func isAux(w string) bool {
	return beForms[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "not" || w == "n't"
}

// passive: a past participle after a form of "be", or a reduced relative
// ("forces, backed by Russia").
func (s *sentence) passive(h int) bool {
	if s.toks[h].Tag != "VBN" || statives[s.toks[h].Lower] {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		w := s.toks[k].Lower
		if beForms[w] {
			return true
		}
		if s.toks[k].Tag != "RB" && w != "not" && w != "n't" {
			break
		}
	}
	if h+1 < len(s.toks) && s.toks[h+1].Lower == "by" {
		return true
	}
	// A reduced relative: "ten Russian soldiers killed in Ukraine".
	// Only after a common noun: a name before a participle is usually the
	// subject of a main verb the tagger took for a participle ("Egypt
	// proposed").
	// It must be inside a noun phrase: a finite verb follows in the clause
	// ("soldiers killed in the raid were buried") or the clause is
	// existential ("there were ten soldiers killed"); otherwise the
	// participle is the main verb ("protesters demonstrated").
	if !(h > 0 && s.inGroup[h-1] >= 0 && s.toks[h-1].IsNoun() && !startsCap(s.toks[h-1].Text)) {
		return false
	}
	if h+1 < len(s.toks) && (s.inGroup[h+1] >= 0 || s.toks[h+1].Tag == "DT" || s.toks[h+1].Tag == "PRP" || s.toks[h+1].Tag == "TO") {
		return false
	}
	for k := h + 1; k < len(s.toks) && k <= h+3; k++ {
		if s.inGroup[k] >= 0 && s.prepBefore(s.groups[s.inGroup[k]]) == "" {
			return false // an object follows: a transitive main verb
		}
	}
	for k := h + 1; k < len(s.toks) && !hardStop(&s.toks[k]) && s.toks[k].Lower != ","; k++ {
		if t := s.toks[k].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && s.inGroup[k] < 0 {
			return true
		}
	}
	g := s.groups[s.inGroup[h-1]]
	for k := g.Start - 1; k >= 0 && k >= g.Start-4; k-- {
		if s.toks[k].Lower == "there" {
			return true
		}
	}
	return false
}

// maxReach bounds how far subjects and topics are looked for, in tokens:
// news clauses are far shorter, and it keeps coding linear in the input.
const maxReach = 60

func startsCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// statives are participles that describe a state after "be", not a
// passive action: "Egypt was disappointed with Iran" has Egypt as agent.
var statives = map[string]bool{
	"disappointed": true, "concerned": true, "worried": true, "pleased": true, "committed": true,
	"prepared": true, "determined": true, "interested": true, "satisfied": true, "dissatisfied": true,
	"alarmed": true, "angered": true, "outraged": true, "frustrated": true, "encouraged": true,
	"convinced": true, "opposed": true, "involved": true, "engaged": true, "united": true,
	"divided": true, "ready": true, "willing": true, "eager": true, "keen": true, "troubled": true,
	"dismayed": true, "shocked": true, "saddened": true, "delighted": true, "honoured": true, "honored": true,
}

// subordinators open a clause: a subject is never looked for across them.
var subordinators = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "because": true,
	"although": true, "though": true, "while": true, "whereas": true, "when": true, "if": true,
	"unless": true, "where": true, "but": true, "since": true,
}

var pronouns = map[string]bool{"they": true, "it": true, "he": true, "she": true, "we": true, "which": true, "who": true, "that": true}

// blockPreps head prepositional phrases whose actor is neither subject nor
// object ("in Syria", "near the border").
var blockPreps = map[string]bool{
	"in": true, "at": true, "near": true, "on": true, "during": true, "inside": true, "outside": true,
	"across": true, "throughout": true, "within": true, "since": true, "until": true, "after": true,
	"before": true, "under": true, "about": true, "like": true, "including": true, "than": true,
	"of": true, "for": true, "by": true, "with": true, "to": true, "from": true, "between": true,
	"among": true, "over": true, "into": true, "toward": true, "towards": true, "via": true, "amid": true,
	"according": true, "despite": true, "without": true, "behind": true, "around": true,
}

// modifierOnly: a group of country adjectives modifying things.
func (s *sentence) modifierOnly(gi int) bool {
	for _, ph := range s.groups[gi].Phrases {
		if !ph.Modifier {
			return false
		}
	}
	return true
}

// partitives head phrases whose "of" complement is the real agent:
// "representatives of the opposition", "two components of the Syrian
// opposition", "members of Hamas".
var partitives = map[string]bool{
	"representatives": true, "representative": true, "members": true, "member": true,
	"components": true, "component": true, "part": true, "leader": true, "leaders": true,
	"head": true, "chief": true, "delegation": true, "delegations": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "wing": true, "faction": true, "factions": true,
	"units": true, "unit": true, "branch": true, "side": true, "fighters": true, "supporters": true,
	"envoy": true, "envoys": true, "officials": true, "official": true, "forces": true, "troops": true,
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "scores": true, "millions": true,
	"crowds": true, "crowd": true, "groups": true, "group": true, "number": true, "some": true, "many": true,
}

func (s *sentence) prepBefore(g actor.Group) string {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Lower == "(" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k >= 0 && blockPreps[s.toks[k].Lower] {
		w := s.toks[k].Lower
		if (w == "of" || w == "for" || w == "from") && k > 0 && partitives[s.toks[k-1].Lower] {
			return "" // the phrase stands for its part
		}
		return w
	}
	return ""
}

// subject finds the group acting as subject for a match starting at token
// start: the nearest group to the left in the clause that is not inside a
// prepositional phrase. When the clause's subject is a pronoun or relative
// ("they had reached", "which began") it looks into the clause before.
func (s *sentence) subject(start int) int {
	crossed, crossedAt := false, -1
	for k := start - 1; k >= 0 && k >= start-maxReach; k-- {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			g := s.groups[gi]
			// "Obama wants Putin to attack": the object of "wants" is the
			// subject of the infinitive right after it.
			control := g.End+1 == start && g.End < len(s.toks) && s.toks[g.End].Lower == "to"
			if s.prepBefore(g) == "" && (control || !s.objectOfVerb(g)) && (!s.modifierOnly(gi) || s.modifiesSubject(g, start)) {
				return gi
			}
			k = g.Start
			continue
		}
		if hardStop(t) {
			return -1
		}
		if subordinators[t.Lower] || (t.Tag == "PRP" && pronouns[t.Lower]) {
			if crossed {
				if k == crossedAt-1 && subordinators[t.Lower] {
					continue // "that they": one boundary
				}
				return -1
			}
			crossedAt = k
			// A pronoun or relative subject: look further left. Otherwise
			// the clause has a subject of its own that is no actor.
			if !s.pronounSubject(k, start) {
				return -1
			}
			crossed = true
			continue
		}
		// A non-actor noun that is the clause's own subject ("The statement
		// said") ends the search: the verb's agent is not an actor.
		if t.IsNoun() && k+1 < len(s.toks) && (s.toks[k+1].IsVerb() || s.toks[k+1].Tag == "MD") && !crossed && k < start-1 {
			if s.toks[k+1].Tag != "VBN" && s.toks[k+1].Tag != "VBG" {
				// Unless the noun phrase is headed by an actor: "President
				// Dawda Jawara" (a title and an unknown name), "al-Qaeda's
				// terror network", "Hamas fighters".
				if gi := s.headedBy(k); gi >= 0 {
					return gi
				}
				return -1
			}
		}
	}
	return -1
}

// objectOfVerb: a group right after a content verb is that verb's object
// ("killed five people"), never the subject of a later verb.
func (s *sentence) objectOfVerb(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k < 0 {
		return false
	}
	t := &s.toks[k]
	return t.IsVerb() && !isAux(t.Lower) && t.Tag != "VBN" && !reportingVerbs[t.Lemma]
}

// modifiesSubject: a country adjective on the noun phrase right before
// the verb names the agent: "Israeli helicopters and tanks shelled".
func (s *sentence) modifiesSubject(g actor.Group, start int) bool {
	if g.End >= start {
		return false
	}
	for k := g.End; k < start; k++ {
		t := &s.toks[k]
		if !(t.IsNoun() || t.Tag == "CC" || t.Tag == "JJ" || isAux(t.Lower) || t.Tag == "RB" || t.Tag == "MD") || s.inGroup[k] >= 0 {
			return false
		}
	}
	return s.toks[g.End].IsNoun() || s.toks[g.End].Tag == "JJ"
}

// headedBy walks left from the noun at k over the nouns, names and
// adjectives of its noun phrase; if an actor group ends right there, the
// phrase belongs to that actor.
func (s *sentence) headedBy(k int) int {
	j := k
	for j >= 0 && s.inGroup[j] < 0 && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "POS") {
		j--
	}
	if j >= 0 && j < k && s.inGroup[j] >= 0 && s.groups[s.inGroup[j]].End == j+1 && !s.modifierOnly(s.inGroup[j]) {
		if s.prepBefore(s.groups[s.inGroup[j]]) == "" {
			return s.inGroup[j]
		}
	}
	return -1
}

// pronounSubject reports whether the clause opened at token k has a
// pronoun or relative as subject: "that they had", "which began".
func (s *sentence) pronounSubject(k, start int) bool {
	t := s.toks[k]
	if t.Tag == "PRP" {
		return true
	}
	if t.Lower == "which" || t.Lower == "who" {
		return true
	}
	// "that" + pronoun, or "that" directly before the verb (relative).
	if k+1 < start {
		n := s.toks[k+1]
		return n.Tag == "PRP" && pronouns[n.Lower] || n.IsVerb() || n.Tag == "MD"
	}
	return t.Lower == "that"
}

// object finds the group right after a match that acts as its object.
func (s *sentence) object(end int) int {
	return s.objectFor(end, "")
}

// weakObject: a target found only as a modifier or an "of" complement,
// which a reciprocal subject outranks ("Kazakhstan and Lebanon met on the
// margins of the UN assembly").
func (s *sentence) weakObject(gi int) bool {
	return s.modifierOnly(gi) || s.prepBefore(s.groups[gi]) == "of"
}

// complementTargets are roots whose "that"-clause names the target:
// "demanded that the US cancel", "urged that Iran stop", "warned that
// Israel would pay".
var complementTargets = map[string]bool{"02": true, "10": true, "11": true, "12": true, "13": true}

// objectFor finds the object group of a match of the given code. A
// country adjective on the object noun is the target when nothing else
// is: "rejected an Australian ultimatum" targets Australia.
func (s *sentence) objectFor(end int, code string) int {
	modifier := -1
	judging := false
	for k := end - 1; k >= 0 && k >= end-6; k-- {
		if s.toks[k].IsVerb() {
			judging = outsideVerbs[s.toks[k].Lemma]
			break
		}
	}
	for k := end; k < len(s.toks) && k < end+10; k++ {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			g := s.groups[gi]
			p := s.prepBefore(g)
			if s.modifierOnly(gi) {
				if modifier < 0 && p == "" {
					modifier = gi
					// "condemned the American air strikes on Tripoli": a
					// judge's target is the agent of the event judged.
					if judging {
						return gi
					}
				}
				k = g.End - 1
				continue
			}
			if p == "" || p == "with" || p == "to" || p == "against" || p == "on" || p == "from" || p == "over" || p == "between" || p == "by" || p == "of" {
				return gi
			}
			k = g.End - 1
			continue
		}
		if t.Lower == "that" && k <= end+1 && len(code) >= 2 && complementTargets[code[:2]] {
			continue // "demanded that the US cancel ...": the clause's subject
		}
		if hardStop(t) || t.Lower == "," || subordinators[t.Lower] || (t.IsVerb() && t.Tag != "VBG" && t.Tag != "VBN") {
			break
		}
	}
	return modifier
}

// frontedSubject: when a match sits in a sentence-initial prepositional
// phrase ("In a call with X, Y ..."), the first actor after its closing
// comma is the subject of the clause it modifies.
func (s *sentence) frontedSubject(start, end int) int {
	if len(s.toks) == 0 || s.toks[0].Tag != "IN" {
		return -1
	}
	for k := 0; k < start; k++ {
		if t := s.toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || s.toks[k].Lower == "," {
			return -1
		}
	}
	for k := end; k < len(s.toks) && k < end+12; k++ {
		if s.toks[k].Lower != "," {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if gi := s.inGroup[j]; gi >= 0 && !s.modifierOnly(gi) && s.prepBefore(s.groups[gi]) == "" {
				return gi
			}
		}
		return -1
	}
	return -1
}

// topic finds the first actor after a match within its clause, whatever
// preposition governs it.
func (s *sentence) topic(end int) int {
	for k := end; k < len(s.toks) && k < end+maxReach; k++ {
		if hardStop(&s.toks[k]) || subordinators[s.toks[k].Lower] {
			return -1
		}
		if gi := s.inGroup[k]; gi >= 0 && !s.modifierOnly(gi) {
			if p := s.prepBefore(s.groups[gi]); p != "on" && locatives[p] {
				k = s.groups[gi].End - 1
				continue
			}
			return gi
		}
	}
	return -1
}

// materialRoot: codes for things done (cooperation, aid, yielding, force,
// coercion, violence), whose nominals have agents of their own; verbal
// codes' nominals ("expressed concern") belong to the speaker.
func materialRoot(code string) bool {
	switch code[:2] {
	case "06", "07", "08", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// outsideVerbs take a nominal event as their object without being its
// agent: the subject judges, reports, demands or suffers the event ("Egypt
// denounced the airstrikes", "Iraq survived an attack"). Any other verb
// between subject and nominal ("Israel carried out airstrikes", "Jordan
// joined talks") leaves the subject as the agent.
var outsideVerbs = map[string]bool{
	"condemn": true, "denounce": true, "criticize": true, "criticise": true, "deplore": true, "decry": true,
	"slam": true, "blast": true, "welcome": true, "praise": true, "hail": true, "applaud": true,
	"commend": true, "report": true, "say": true, "deny": true, "confirm": true, "accuse": true,
	"blame": true, "protest": true, "reject": true, "warn": true, "fear": true, "investigate": true,
	"probe": true, "witness": true, "survive": true, "document": true, "monitor": true, "see": true,
	"hear": true, "note": true, "mourn": true, "regret": true, "oppose": true, "demand": true,
	"urge": true, "call": true, "ask": true, "support": true, "back": true,
	"endorse": true, "describe": true, "call for": true, "claim": true, "allege": true, "dismiss": true,
	"question": true, "doubt": true, "discuss": true, "debate": true, "ignore": true, "suffer": true,
	"face": true, "escape": true, "prevent": true, "block": true,
	"thwart": true, "foil": true, "avert": true, "resist": true, "repel": true, "condole": true,
}

// lightPath reports whether the subject ending at token a is the agent of
// the nominal head at token b: no judging or reporting verb stands between
// them, or a possessive pronoun ("its visit", "their talks") points back.
func (s *sentence) lightPath(a, b int) bool {
	for k := b - 1; k >= a && k >= b-3; k-- {
		if s.toks[k].Tag == "PRP$" {
			return true
		}
		if !filler(&s.toks[k]) {
			break
		}
	}
	for k := a; k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.IsVerb() && outsideVerbs[t.Lemma] {
			return false
		}
	}
	return true
}

// nominalAgent finds the agent a nominal head names itself: a possessor or
// country adjective right before it ("Israel's strikes", "Russian
// airstrikes"), or a by-phrase after it ("an air strike by government
// forces").
func (s *sentence) nominalAgent(h, end int) int {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if gi := s.inGroup[k]; gi >= 0 {
			return gi
		}
		if !filler(&s.toks[k]) {
			break
		}
	}
	for k := end; k < len(s.toks) && k < end+4; k++ {
		if s.toks[k].Lower == "by" {
			return s.agent(k)
		}
		if hardStop(&s.toks[k]) || s.toks[k].IsVerb() {
			break
		}
	}
	return -1
}

// agent finds the "by" phrase of a passive.
func (s *sentence) agent(end int) int {
	for k := end; k < len(s.toks) && k < end+8; k++ {
		if hardStop(&s.toks[k]) {
			return -1
		}
		if s.toks[k].Lower == "by" {
			// "by two of her bodyguards": a partitive before the agent.
			j := k + 1
			for j < len(s.toks) && (filler(&s.toks[j]) || s.toks[j].Lower == "of" && j > k+1) {
				j++
			}
			if j < len(s.toks) && s.inGroup[j] >= 0 {
				return s.inGroup[j]
			}
			return -1
		}
	}
	return -1
}

// locatives head phrases that say where, not who.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "on": true, "inside": true, "outside": true, "across": true,
	"throughout": true, "within": true, "around": true, "into": true, "toward": true, "towards": true,
	"during": true, "since": true, "until": true, "after": true, "before": true, "over": true,
}

// roleWords are nouns that give participants their role.
var roleWords = map[string]string{
	"guarantor": RoleGuarantor, "guarantors": RoleGuarantor, "observer": RoleObserver,
	"observers": RoleObserver, "mediator": RoleMediator, "mediators": RoleMediator,
	"host": RoleHost, "hosts": RoleHost, "sponsor": RoleGuarantor, "sponsors": RoleGuarantor,
}

// participants gathers every actor of a many-party event (a meeting, an
// agreement) with its role, and fills source and target when the clause
// had no subject: role holders first, the others as targets.
func (s *sentence) participants(m *Match, p *Pattern) {
	var ps []Participant
	seen := map[int]bool{}
	add := func(gi int) {
		if seen[gi] {
			return
		}
		seen[gi] = true
		g := s.groups[gi]
		role, upto := s.roleFor(g)
		if role == "" && p.Attach != "" {
			role = p.Attach
		}
		for _, ph := range g.Phrases {
			r := role
			if upto >= 0 && ph.Start > upto {
				r = ""
			}
			if r == "" {
				r = RoleParticipant
			}
			ps = append(ps, Participant{Phrase: ph, Role: r})
		}
	}
	if subj := s.subject(m.Span[0]); subj >= 0 {
		add(subj)
	}
	for gi, g := range s.groups {
		if s.modifierOnly(gi) || locatives[s.prepBefore(g)] {
			continue
		}
		if g.Start >= m.Span[1] && !s.crossesStop(m.Span[1], g.Start) {
			add(gi)
		}
		if g.Start >= m.Span[0] && g.End <= m.Span[1] {
			add(gi)
		}
	}
	if len(ps) < 3 && p.Attach == "" {
		return // a dyad says it all
	}
	m.Participants = ps
	if len(m.Source) == 0 {
		var src, tgt []actor.Phrase
		for _, q := range ps {
			if q.Role == RoleGuarantor || q.Role == RoleHost || q.Role == RoleMediator {
				src = append(src, q.Phrase)
			} else if q.Role == RoleParticipant {
				tgt = append(tgt, q.Phrase)
			}
		}
		if len(src) == 0 && len(tgt) > 0 {
			src, tgt = tgt[:1], tgt[1:]
		}
		m.Source, m.Target = src, tgt
	}
}

func (s *sentence) crossesStop(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if hardStop(&s.toks[k]) {
			return true
		}
	}
	return false
}

// roleFor looks for a role noun just before a group ("the guarantor
// countries (Russia, Turkey, and Iran)", "Observers from Jordan"). When the
// group opens with a parenthesis the role covers only what is inside it;
// upto is the last token it covers, or -1 for the whole group.
func (s *sentence) roleFor(g actor.Group) (string, int) {
	for k := g.Start - 1; k >= 0 && k >= g.Start-4; k-- {
		if r, ok := roleWords[s.toks[k].Lower]; ok {
			for j := k + 1; j < g.Start; j++ {
				if s.toks[j].Lower == "(" {
					for e := g.Start; e < len(s.toks); e++ {
						if s.toks[e].Lower == ")" {
							return r, e
						}
					}
				}
			}
			return r, -1
		}
	}
	// "Observers from Jordan ..." has the role noun as the phrase head.
	if g.Start > 0 {
		if r, ok := roleWords[s.toks[g.Start].Lower]; ok {
			return r, -1
		}
	}
	if g.End+1 < len(s.toks) && s.toks[g.End].Lower == "as" {
		if r, ok := roleWords[s.toks[g.End+1].Lower]; ok {
			return r, -1
		}
	}
	return "", -1
}

var (
	negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}
	futures  = map[string]bool{"will": true, "'ll": true, "shall": true, "next": true, "upcoming": true, "forthcoming": true}
	hypos    = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "must": true, "if": true, "unless": true}
	// verbs whose complement is not (yet) an event: "plans to meet" is
	// future, "meant to reduce" and "seeks to sign" hypothetical, "denied
	// meeting" negated.
	futureVerbs = map[string]bool{"plan": true, "intend": true, "schedule": true, "expect": true, "prepare": true, "set": true, "due": true, "go": true}
	hypoVerbs   = map[string]bool{"mean": true, "aim": true, "seek": true, "hope": true, "want": true, "try": true, "attempt": true, "propose": true, "offer": true, "wish": true}
	negVerbs    = map[string]bool{"deny": true, "refuse": true, "fail": true, "decline": true, "reject": true}
)

// modality reads the words between the clause start and the head.
func (s *sentence) modality(start, h int) Modality {
	var m Modality
	lo := start - 6
	for k := start - 1; k >= 0 && k >= lo; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || subordinators[t.Lower] || s.inGroup[k] >= 0 {
			if t.Lower == "if" || t.Lower == "unless" {
				m.Hypothetical = true
			}
			break
		}
		switch {
		case negators[t.Lower]:
			m.Negated = true
		case futures[t.Lower] && (t.Tag == "MD" || t.Lower == "next" || t.Lower == "upcoming"):
			m.Future = true
		case (t.Lower == "would" || t.Lower == "'d") && t.Tag == "MD" && s.reportedBefore(k):
			// "said he would send troops": the future of reported speech,
			// an announced intention, not a hypothesis.
			m.Future = true
		case hypos[t.Lower] && (t.Tag == "MD" || t.Lower == "if" || t.Lower == "unless"):
			m.Hypothetical = true
		case futureVerbs[t.Lemma] && k+1 < len(s.toks) && s.toks[k+1].Lower == "to":
			m.Future = true
		case hypoVerbs[t.Lemma] && t.IsVerb():
			m.Hypothetical = true
		case negVerbs[t.Lemma] && t.IsVerb():
			m.Negated = true
		}
	}
	// "the next round of talks", "a planned meeting": the head noun's own
	// modifiers.
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		t := &s.toks[k]
		if futures[t.Lower] || t.Lower == "planned" || t.Lower == "proposed" {
			m.Future = true
		}
		if !(filler(t) || t.IsNoun() || t.Lower == "of" || t.Tag == "VBN") {
			break
		}
	}
	// "will take place" after a nominal head.
	for k := h + 1; k < len(s.toks) && k <= h+3 && s.toks[h].IsNoun(); k++ {
		if s.toks[k].Tag != "MD" {
			continue
		}
		if futures[s.toks[k].Lower] {
			m.Future = true
		}
		if hypos[s.toks[k].Lower] {
			m.Hypothetical = true
		}
	}
	return m
}

// reportedBefore reports a reporting verb before token k in the sentence.
func (s *sentence) reportedBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if s.toks[j].IsVerb() && reportingVerbs[s.toks[j].Lemma] {
			return true
		}
	}
	return false
}

// reporting assigns reporters: the subject of a speech verb reports the
// events in its complement ("X said that ...", "..., X said") and "according
// to X" reports the whole sentence. Speech events themselves are dropped
// when the sentence has a substantive event.
func (s *sentence) reporting(r *Result) {
	var speech, other []int
	for i, m := range r.Matches {
		if m.Pattern.Speech {
			speech = append(speech, i)
		} else {
			other = append(other, i)
		}
	}
	var according *actor.Phrase
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].Lower == "according" && s.toks[k+1].Lower == "to" {
			j := k + 2
			for j < len(s.toks) && filler(&s.toks[j]) {
				j++
			}
			if j < len(s.toks) && s.inGroup[j] >= 0 {
				p := s.groups[s.inGroup[j]].Phrases[0]
				according = &p
			}
		}
	}
	// Reporters: the subject of every reporting verb, whether or not the
	// dictionary codes that verb as a statement.
	type reporter struct {
		head  int
		who   actor.Phrase
		comma bool // ", officials said": reports what came before
	}
	var reps []reporter
	for k := range s.toks {
		t := &s.toks[k]
		if !t.IsVerb() || !reportingVerbs[t.Lemma] {
			continue
		}
		if gi := s.subject(k); gi >= 0 && !s.modifierOnly(gi) {
			reps = append(reps, reporter{head: k, who: s.groups[gi].Phrases[0], comma: s.commaBefore(k)})
		} else if gi := s.inverted(k); gi >= 0 {
			// ", said the ministry"
			reps = append(reps, reporter{head: k, who: s.groups[gi].Phrases[0], comma: true})
		}
	}
	for _, oi := range other {
		o := &r.Matches[oi]
		if len(o.Source) == 0 && !o.Passive && len(o.Participants) == 0 {
			for _, rp := range reps {
				if rp.head < o.Head {
					o.Source = []actor.Phrase{rp.who}
					o.Orphan = false
				}
			}
		}
		for _, rp := range reps {
			if rp.head == o.Head {
				continue
			}
			if o.Head > rp.head || (o.Head < rp.head && rp.comma) {
				p := rp.who
				o.Modality.ReportedBy = &p
				break
			}
		}
		if o.Modality.ReportedBy == nil && according != nil {
			o.Modality.ReportedBy = according
		}
	}
	// An event needs an agent unless the text leaves it out on purpose
	// (a passive with no "by"), or it lists its participants.
	kept := r.Matches[:0]
	for _, m := range r.Matches {
		// Violence with a victim but no named perpetrator is still an
		// event ("a roadside bomb killed five soldiers"): the source is
		// unknown, as in ACLED's "unidentified armed group".
		violent := len(m.Target) > 0 && (m.Pattern.Root() == "18" || m.Pattern.Root() == "19" || m.Pattern.Root() == "20")
		if len(m.Source) == 0 && !m.Passive && !m.Agentless && len(m.Participants) == 0 && !m.Orphan && !violent {
			continue
		}
		kept = append(kept, m)
	}
	r.Matches = kept
	// A statement is an event of its own (CAMEO 01: who said it, and to
	// whom), and it also reports the events in its complement; both are
	// kept. A statement with no actor for a speaker was dropped above.
}

// reportingVerbs introduce reported speech; their subject is the source
// that reports the events in their complement.
var reportingVerbs = map[string]bool{
	"say": true, "report": true, "announce": true, "state": true, "tell": true, "claim": true,
	"add": true, "note": true, "confirm": true, "allege": true, "write": true, "declare": true,
	"insist": true, "assert": true, "disclose": true, "reveal": true, "indicate": true, "explain": true,
}

// commaBefore: a trailing attribution ", officials said".
func (s *sentence) commaBefore(head int) bool {
	for k := head - 1; k >= 0 && k >= head-8; k-- {
		if s.toks[k].Lower == "," {
			return true
		}
		if s.inGroup[k] < 0 && s.toks[k].IsVerb() {
			return false
		}
	}
	return false
}

// inverted finds the subject of an inverted attribution: ", said the
// ministry".
func (s *sentence) inverted(head int) int {
	for k := head + 1; k < len(s.toks) && k <= head+3; k++ {
		if gi := s.inGroup[k]; gi >= 0 {
			return gi
		}
		if !filler(&s.toks[k]) {
			return -1
		}
	}
	return -1
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
