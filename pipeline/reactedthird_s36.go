package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// reactedThird (S36) gives an answer by a third party that names no one
// the agent of the clause before: "North Korea ordered U.N. nuclear
// inspectors to leave the country, and the International Atomic Energy
// Agency called the decision deeply regrettable" IGO→PRK, "Laurent Gbagbo
// ordered U.N. peacekeepers to leave Cote d'Ivoire, and the United Nations
// refused" IGO→CIV, "North Korea conducted its first nuclear test, and the
// UN Security Council imposed sanctions" IGO→PRK. A demand, a
// condemnation, a refusal, a threat or a sanction whose subject opens a
// clause after ", and", ";" or "but", and whose object is the act told
// before ("the decision", "the coup", "it"), is aimed at whoever did that
// act. reactedVictim and reactedNamed read an answer by a state the clause
// before names; this reads the rest, bodies of states (which have no
// country of their own) among them, once loneOtherState has found no lone
// other state. As there, the acts before must all have one agent, of
// another state or body than the answerer.
func reactedThird(out []event.Event, i int, heads []int, sa *SentenceAnalysis) {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	s, r := untargetedAnswerer(ev, i, heads, toks)
	if r == "" || s.Country != "" && s.Sector != "" && !stateOrganSector(s.Sector) {
		return
	}
	if strings.HasPrefix(ev.CAMEO, "016") || s.Country != "" && hardAnswer(ev.CAMEORoot) {
		// a denial answers only an accusation of the denier
		// (deniedAccuser), and a third state that cuts its ties
		// ("Israeli jets struck Gaza, and Bolivia broke off diplomatic
		// relations") may cut them with anyone the act concerns
		return
	}
	first := tokenAt(toks, s.Start)
	if !newClauseBefore(toks, first) {
		return
	}
	agent := priorAgent(out, heads, i, first, r, true)
	if agent != nil {
		ev.Target = agent
	}
}

// priorAgent is the one agent of the acts of event i's sentence headed
// before token limit: nil when there is none, when two agents act, or
// when one of those acts is the answerer r's own, a body's r belongs to
// ("EU" and a member), or no one's known. With kindCheck, a hard answer
// (a cut in relations, hardAnswer) to a kind act names no agent either:
// it answers something else.
func priorAgent(out []event.Event, heads []int, i, limit int, r string, kindCheck bool) []event.Actor {
	ev := &out[i]
	var agent []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= limit || o.Modality.Negated || len(o.Source) == 0 {
			continue
		}
		a := o.Source[0].Country
		if a == "" && (strings.HasPrefix(o.Source[0].Code, "IGO") || strings.HasPrefix(o.Source[0].Code, "NGO")) {
			a = o.Source[0].Code
		}
		if a == "" || a == r || hasActorCountry(o.Source, r) || strings.HasPrefix(a, r) || strings.HasPrefix(r, a) {
			return nil
		}
		if agent != nil && agentKey(agent[0]) != a {
			return nil
		}
		if kindCheck && !hostileRoot(o.CAMEORoot) && hardAnswer(ev.CAMEORoot) {
			return nil
		}
		if agent == nil {
			agent = inherited(o.Source)
		}
	}
	return agent
}

// untargetedAnswerer is the source of an answer (reactionCode) that has
// no target yet, or only its own state's people (ownPeopleOnly, S37: "and
// Australia demanded accountability for the death of its citizen": the
// citizen is whom the act before hit, not whom the answer is aimed at), is
// not negated and is named before its verb, with the key it answers as
// (its state, or a body's IGO code); nil and "" for any other event.
func untargetedAnswerer(ev *event.Event, i int, heads []int, toks []text.Token) (*event.Actor, string) {
	if !ownPeopleOnly(ev) || len(ev.Source) == 0 || i >= len(heads) || heads[i] < 0 || heads[i] >= len(toks) || ev.Modality.Negated || !reactionCode(ev.CAMEO) {
		return nil, ""
	}
	s := &ev.Source[0]
	r := s.Country
	if r == "" && strings.HasPrefix(s.Code, "IGO") {
		r = s.Code
	}
	if s.Start < 0 || s.End > toks[heads[i]].Start {
		return nil, ""
	}
	return s, r
}
