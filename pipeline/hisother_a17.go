package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// otherOwner: R16's reading of "his" (ownSubject, review_r16.go) for a
// target that is an actor phrase of its own. The actor stage gives "his
// leadership" or "his government" the nearest person's country, which in
// "Zelensky arrived in Berlin, where Scholz praised his leadership" is the
// subject's, so the praise was Germany's of itself. As ownerTarget does
// for an object that names no actor, the owner is the person named before
// the subject, when there is one of another state; with the subject the
// only person ("Putin sacked his defence minister") or with "his own"
// ("praised his own coalition") the phrase keeps the subject's country.
func otherOwner(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	if len(ev.Target) != 1 || len(m.Target) != 1 || len(ev.Source) == 0 {
		return
	}
	toks := sa.Sentence.Tokens
	tp := &m.Target[0]
	k := tp.Start
	if k+1 >= len(toks) || toks[k].Tag != "PRP$" || (toks[k].Lower != "his" && toks[k].Lower != "her") || toks[k+1].Lower == "own" {
		return
	}
	tg := &ev.Target[0]
	if tg.Country == "" || !strings.HasPrefix(tg.Code, tg.Country) {
		return
	}
	mine := false
	for i := range m.Source {
		if m.Source[i].Country == tg.Country && personPhrase(toks, &m.Source[i]) {
			mine = true
		}
	}
	if !mine {
		return
	}
	for j := 0; j < k; j++ {
		if w := toks[j].Lower; (w == "he" || w == "she") && toks[j].Tag == "PRP" {
			return
		}
	}
	var owner string
	for gi := 0; gi < len(sa.Groups) && sa.Groups[gi].End <= k; gi++ {
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; personPhrase(toks, ph) && !ownSubject(m, ph) {
				owner = ph.Country
			}
		}
	}
	if owner == "" || owner == tg.Country {
		return
	}
	tg.Code = owner + tg.Code[len(tg.Country):]
	tg.Country = owner
}
