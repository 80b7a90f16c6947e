package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// ownPlaceState is the one state in which the places named by sentence i
// itself lie, for bare police acting in that sentence, when the story
// names no state as an actor: "Rioters looted shops in central Dublin
// after a man stabbed three children, and police arrested 34 people" has
// Irish police, as storyPlaceState gives a later sentence's organs. Only
// police who act (the subject of a verb that is no verb of saying:
// "police said" tells of the events, and the place is theirs), in a
// sentence that tells of no meeting, whose venue lends no country
// (venueClause); armies and governments act abroad too often for the
// place to say whose they are. "" otherwise.
func (p *Pipeline) ownPlaceState(a *Analysis, i int, ph *actor.Phrase) string {
	gp, ok := p.Places.(GeoPlacer)
	if !ok || len(a.Focus) > 0 || len(ph.Sectors) == 0 || ph.Sectors[0] != "COP" {
		return ""
	}
	sa := &a.Sentences[i]
	toks := sa.Sentence.Tokens
	k := ph.End
	for k < len(toks) && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || toks[k].Lemma == "have" || toks[k].Lemma == "be") {
		k++ // "police have arrested", "police later said"
	}
	if k >= len(toks) || !toks[k].IsVerb() || reportingVerbs.Has(toks[k].Lemma) || venueClause(sa.Sentence.Text) {
		return ""
	}
	c := ""
	for _, m := range sa.plainMentions(gp.G) {
		if m.Best == nil || m.Best.Country == "" || m.Best.Precision == "region" {
			continue
		}
		if !p.isState(m.Best.Country) || c != "" && m.Best.Country != c {
			return ""
		}
		c = m.Best.Country
	}
	return c
}

// reportingVerbs tell of events rather than act in them.
var reportingVerbs = wordset.Of("say", "tell", "report", "add", "announce", "declare", "state", "confirm")
