package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// reactedVictim gives a state's reaction that names no one the agent of
// the hostile act (10-20) an earlier clause of its sentence told against
// that state: "Norway expelled 15 Russian diplomats, and Moscow rejected
// the accusations" RUS→NOR, "Afghan forces shelled a Pakistani border
// post, and Islamabad demanded an apology" PAK→AFG. A state that was
// acted on and answers with a demand, a complaint, a rejection, a denial,
// a threat, a show of force or a cut in relations answers the one who
// acted; the answer's object is the act ("the expulsions", "an
// apology"), not a side. Only a reaction whose subject opens a clause
// after ", and", ";" or "but" counts, only a state or one of its organs
// reacting, and only when the earlier acts against its state have one
// agent, of another state or an international body. A reaction by a
// third state ("Russian forces shelled Kharkiv, and France condemned the
// attack") is not read here.
func reactedVictim(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if len(ev.Source) == 0 || !ownPeopleOnly(ev) || i >= len(heads) || heads[i] < 0 || heads[i] >= len(toks) || ev.Modality.Negated {
		return
	}
	if !reactionCode(ev.CAMEO) {
		return
	}
	s := &ev.Source[0]
	r := s.Country
	if r == "" || s.Start < 0 || s.Sector != "" && !stateOrganSector(s.Sector) {
		return
	}
	h := heads[i]
	if s.End > toks[h].Start {
		return // the reaction's subject stands before its verb
	}
	first := tokenAt(toks, s.Start)
	if !newClauseBefore(toks, first) {
		return
	}
	var agent []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= first {
			continue
		}
		if o.Modality.Negated || len(o.Source) == 0 || !hasActorCountry(o.Target, r) || !hostileRoot(o.CAMEORoot) {
			continue
		}
		a := o.Source[0].Country
		if a == "" && strings.HasPrefix(o.Source[0].Code, "IGO") {
			a = o.Source[0].Code
		}
		if a == "" || a == r || hasActorCountry(o.Source, r) {
			continue
		}
		if agent != nil && agentKey(agent[0]) != a {
			return // acts of two agents against the state: no telling
		}
		if agent == nil {
			agent = inherited(o.Source)
		}
	}
	if agent != nil {
		ev.Target = agent
	}
}

// agentKey is an agent's state, or an international body's code.
func agentKey(a event.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.Code
}

// reactionCode: the answers a state gives an act against it that need
// no object of their own: demands (10), disapproval (11), rejection
// (12), threats (13), a show of force (15), a cut in relations (16) and
// a denial (016). Expelling (166) has the people expelled for its object,
// and claims of responsibility (015) answer nobody.
func reactionCode(code string) bool {
	if strings.HasPrefix(code, "016") {
		return true
	}
	if strings.HasPrefix(code, "166") {
		return false
	}
	switch code[:min(2, len(code))] {
	case "10", "11", "12", "13", "15", "16":
		return true
	}
	return false
}

// newClauseBefore: the subject whose first token is at k opens a clause
// that follows another, after a comma, a semicolon, "and" or "but"
// ("..., and Moscow", "; Ghana"), across an article. A clause after
// "after" tells what came first, mostly the cause of the main clause's
// act ("South Korea put its military on alert after North Korea conducted
// a nuclear test"), not an answer to it; "as", "when" and "while" join
// acts told as one moment, neither the answer of the other.
func newClauseBefore(toks []text.Token, k int) bool {
	k--
	if k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lower {
	case ";", "and", "but", ",":
		return true
	}
	return false
}

// hostileRoot: an act of pressure or force (roots 10-20), the kind a
// state answers with a protest or a threat; praise or aid before a
// recall ("Russia praised Poland and Warsaw recalled its ambassador") is
// no act the recall answers.
func hostileRoot(r string) bool {
	return len(r) == 2 && (r[0] == '1' || r == "20")
}

// ownPeopleOnly (S36): the event has no target, or, for an answer that
// is no show of force nor cut, only people of its own actor's state
// ("Belgrade condemned the move as an attack on Serbs" SRB→SRBCVL,
// "Beijing demanded the immediate release of Huawei's chief financial
// officer" CHN→CHNBUS): the state's own people are whom the act it
// answers hit, not whom the answer is aimed at.
func ownPeopleOnly(ev *event.Event) bool {
	if len(ev.Target) == 0 {
		return true
	}
	if len(ev.Source) == 0 || ev.CAMEORoot == "15" || ev.CAMEORoot == "16" {
		return false
	}
	c := ev.Source[0].Country
	for _, t := range ev.Target {
		if c == "" || t.Country != c || t.Code == c {
			return false
		}
	}
	return true
}
