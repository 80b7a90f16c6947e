package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// resultParticiples open a clause of what an act brought about, with the
// party it moved as the subject of an infinitive: "fired a missile over
// Hokkaido, prompting Japan to lodge a strong protest", "turned back two
// US military planes, prompting Trump to order tariffs".
var resultParticiples = wordset.Of("prompting", "forcing", "leading", "spurring", "pushing", "provoking", "causing", "compelling")

// promptedAnswer (F36) aims an answer that names no one, told in such a
// result clause, at the agent of the act before the participle: "North
// Korea fired a ballistic missile over Hokkaido, prompting Japan to lodge
// a strong protest and South Korea to stage a drill" JPN→PRK. The answer
// is one the act provoked, so it is aimed at whoever did it; CAMEO codes
// the protest, the threat or the sanction to that party (dev33's
// "prompting Japan to lodge", dev28's "prompting South Korea to scramble
// fighter jets" KOR→RUS). A second infinitive with its own subject after
// "and" is the same frame ("and South Korea to stage"). As in
// reactedThird, the acts before must all have one agent, another state's
// or body's than the answerer's.
func promptedAnswer(out []event.Event, i int, heads []int, sa *SentenceAnalysis) {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	s, r := untargetedAnswerer(ev, i, heads, toks)
	if r == "" {
		return
	}
	p := resultParticiple(toks, tokenAt(toks, s.Start))
	if p < 1 || toks[p-1].Lower != "," {
		return
	}
	agent := priorAgent(out, heads, i, p, r, false)
	if agent != nil {
		ev.Target = agent
	}
}

// resultParticiple: the result participle whose infinitive's subject
// begins at first ("prompting Japan to"), directly or as the subject of a
// second infinitive after "and" in the same clause ("prompting Japan to
// lodge a protest and South Korea to stage"), or -1.
func resultParticiple(toks []text.Token, first int) int {
	k := first - 1
	if k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	if k < 1 {
		return -1
	}
	if resultParticiples.Has(toks[k].Lower) {
		return k
	}
	if toks[k].Lower != "and" {
		return -1
	}
	inf := false
	for j := k - 1; j >= 1 && j >= k-25; j-- {
		t := &toks[j]
		if resultParticiples.Has(t.Lower) {
			if inf {
				return j
			}
			return -1
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return -1
		}
		if t.Lower == "," || t.Lower == ";" || t.Lower == "and" {
			return -1
		}
		if t.Tag == "VB" && toks[j-1].Lower == "to" {
			inf = true
		}
	}
	return -1
}
