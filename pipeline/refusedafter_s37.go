package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// refusedAfter (S37): a refusal or rejection (12) told in an "after"
// clause, by a state the main clause acts against, is aimed at whoever
// acts in the main clause: "Germany expelled two Russian diplomats after
// Moscow refused to cooperate with the investigation" RUS→DEU, "Spain
// withdrew its ambassador to Buenos Aires after Milei refused to
// apologise" ARG→ESP, "British and French bombers struck Egyptian
// airfields after Cairo rejected an Anglo-French ultimatum" EGY→GBR+FRA.
// An owner of the refused thing named right after the verb ("after
// Baghdad rejected a UN ultimatum") is kept: it names whom the refusal
// answers.
// The main clause's act is the answer to the refusal, so its agent is the
// one who asked and was refused; what the refusal's own words name (the
// apology's occasion, the place of a raid, the ultimatum's own state) is
// no party to it. The main clause's acts against the refuser must all
// have one agent, of another state or body.
func refusedAfter(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if ev.CAMEORoot != "12" || len(ev.Source) == 0 || i >= len(heads) || heads[i] < 0 || heads[i] >= len(toks) || ev.Modality.Negated {
		return
	}
	s := &ev.Source[0]
	r := s.Country
	if r == "" || s.Start < 0 || s.End > toks[heads[i]].Start {
		return // the refuser is named before its verb
	}
	k := tokenAt(toks, s.Start) - 1
	if k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || toks[k].Lower != "after" {
		// or a relative clause on the refuser, which the main clause acts
		// against: "began air strikes against the Taliban government of
		// Afghanistan, which had refused to hand over Osama bin Laden"
		k = relativeRefuser(toks, tokenAt(toks, s.End), heads[i])
		if k < 0 {
			return
		}
		k = tokenAt(toks, s.Start)
	}
	for _, t := range ev.Target {
		if t.Start >= 0 && t.Country != r && tokenAt(toks, t.Start) <= heads[i]+4 && !infinitiveBetween(toks, heads[i], tokenAt(toks, t.Start)) {
			return // the refused thing's owner, right after the verb ("rejected a UN ultimatum")
		}
	}
	var agent []event.Actor
	key := ""
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= k || o.Modality.Negated || len(o.Source) == 0 || !hasActorCountry(o.Target, r) {
			continue
		}
		a := agentKey(o.Source[0])
		if a == "" || a == r || hasActorCountry(o.Source, r) || len(a) >= 3 && a[:3] == "---" {
			return
		}
		if agent != nil && key != a {
			return // acts of two agents against the refuser: no telling
		}
		if agent == nil {
			agent, key = inherited(o.Source), a
		}
	}
	if agent != nil {
		ev.Target = agent
	}
}

// relativeRefuser: the tokens from e (the end of the refuser's phrase) to
// the refusal's verb at h are ", which" or ", who" with at most an
// auxiliary ("had", "has", "have") between; the index of the relative
// pronoun, or -1.
func relativeRefuser(toks []text.Token, e, h int) int {
	if e+1 >= h || toks[e].Lower != "," {
		return -1
	}
	if w := toks[e+1].Lower; w != "which" && w != "who" {
		return -1
	}
	switch h - (e + 2) {
	case 0:
		return e + 1
	case 1:
		switch toks[e+2].Lower {
		case "had", "has", "have":
			return e + 1
		}
	}
	return -1
}

// infinitiveBetween: a "to" stands between the verb at h and the token
// at t: what t names is the object of an infinitive ("refused to hand
// over Osama bin Laden"), not the owner of the refused thing.
func infinitiveBetween(toks []text.Token, h, t int) bool {
	for k := h + 1; k < t && k < len(toks); k++ {
		if toks[k].Lower == "to" {
			return true
		}
	}
	return false
}
