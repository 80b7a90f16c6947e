package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// attackedSide: out[i] is the harm a participle right after a comma tells
// of ("Ukrainian artillery shelled Russian positions near Bakhmut, killing
// dozens of soldiers"), its victims are troops or police named by their
// kind alone, and the actor stage gave them the attacker's own state, from
// the attacker or the place. An attack on another state's positions,
// posts or forces kills that state's men, not its own: the victims take
// the attacked state, and harmTwin then reads the participle as the
// attack's harm (one act). Victims named with their state ("killing two
// Ukrainian soldiers") and victims of another kind (insurgents, civilians)
// stay as found, as does a participle after a clause opener.
//
//go:noinline
func attackedSide(out []event.Event, i int, heads []int, a *Analysis) {
	ev := &out[i]
	if i >= len(heads) || heads[i] < 2 || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	h := heads[i]
	toks := a.Sentences[ev.SentenceIndex].Sentence.Tokens
	if h >= len(toks) || toks[h].Tag != "VBG" || toks[h-1].Text != "," || friendlyFire(toks, h) {
		return
	}
	own := ev.Source[0].Country
	if own == "" {
		return
	}
	for _, v := range ev.Target {
		if v.Country != own || v.Sector != "MIL" && v.Sector != "COP" || v.Start < 0 || v.Code != own+v.Sector || strings.ToLower(v.Text) != v.Text {
			return
		}
	}
	j := eventBefore(out, heads, i, h)
	if j < 0 {
		return
	}
	o := &out[j]
	if !violentRoot(o.CAMEORoot) || !sameCodes(o.Source, ev.Source) || len(o.Target) != 1 || !oneClause(toks, heads[j]+1, h-1) {
		return
	}
	t := o.Target[0]
	if t.Country == "" || t.Country == own || t.Code != t.Country && t.Sector != "MIL" {
		return // the attacked party is no other state or its forces
	}
	for k := range ev.Target {
		v := &ev.Target[k]
		v.Country, v.Code = t.Country, t.Country+v.Sector
	}
}
