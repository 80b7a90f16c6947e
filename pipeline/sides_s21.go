package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// coupEvent reports a coup: an assault (180) whose verb seizes, grabs or
// usurps power or stages, launches or attempts a coup ("Army officers
// seized power", "Malian officers staged a coup"). Its object is the
// state's own government, so with no target named it is the plotters'
// own state's affair, as CAMEO codes it (S21); the place gives the same
// target when there is one ("seized power in Gabon").
func coupEvent(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "180" || head < 0 || head >= len(toks) {
		return false
	}
	// The verb's object follows within a few words: "seized power",
	// "staged a coup", "attempted a second coup", "had seized power".
	for k := head + 1; k < len(toks) && k <= head+4; k++ {
		switch toks[k].Lower {
		case "power", "coup", "coups", "putsch":
			return true
		case ",", ".", ";", "and", "after", "before", "when":
			return false
		}
	}
	return false
}

// coupTarget gives a coup with no target the plotters' own state (S21):
// "Myanmar's generals seized power on Monday" MMRMIL→MMR, "A faction of
// the Bolivian army attempted a coup" BOLMIL→BOL. Sources of more than
// one state are left alone: no one state's coup.
func (p *Pipeline) coupTarget(ev *event.Event, toks []text.Token, head int) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || !coupEvent(ev, toks, head) {
		return
	}
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	civil := true
	for _, a := range ev.Source {
		if a.Country != c {
			return
		}
		civil = civil && civilSector(a.Sector)
	}
	if civil {
		// "Shareholders staged a coup at Volkswagen's annual meeting":
		// a boardroom's coup unseats no government.
		return
	}
	ev.Target = p.stateSide(c)
}

// civilSector: a sector of civil life (business, the public, the press,
// schools, workers, farmers, health), none of which takes a state's power
// by force.
func civilSector(sec string) bool {
	switch sec {
	case "BUS", "CVL", "MED", "EDU", "LAB", "AGR", "HLH":
		return true
	}
	return false
}

// sharedSanctionTarget: a sanction or blockade with no target whose verb
// is coordinated with an earlier verb of the same subject acts on that
// verb's target (S21): "Saudi Arabia cut diplomatic ties with Qatar and
// closed its land border" codes the closure SAU→QAT, "Mali's junta
// rejected the sanctions, recalled its ambassadors" the recall MLI→IGO.
// English leaves the second verb's subject and its aim unsaid when they
// are the first's; a new subject ("and Ethiopia closed its border") makes
// a new source, so the sources must match, and the verb must follow "and"
// or a comma straight after the first verb's clause, not a subordinate
// one ("after", "because" open another act).
func sharedSanctionTarget(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Modality.Negated || i >= len(heads) || heads[i] < 1 {
		return
	}
	if !(ev.CAMEORoot == "16" || strings.HasPrefix(ev.CAMEO, "191")) {
		return
	}
	h := heads[i]
	k := h - 1
	for k > 0 && (toks[k].Tag == "RB" || toks[k].Lower == "then" || toks[k].Lower == "also") {
		k--
	}
	if w := toks[k].Lower; w != "and" && w != "," {
		return
	}
	for j := i - 1; j >= 0; j-- {
		prev := &out[j]
		if prev.SentenceIndex != ev.SentenceIndex || j >= len(heads) {
			return
		}
		if heads[j] < 0 || heads[j] >= h || prev.Modality.Negated {
			continue
		}
		if !sameCountries(ev.Source, prev.Source) || !sameCountries(prev.Source, ev.Source) {
			continue
		}
		if prev.QuadClass < 3 || len(prev.Target) == 0 {
			return
		}
		for _, t := range prev.Target {
			if t.Country == "" && !strings.HasPrefix(t.Code, "IGO") || hasActorCountry(ev.Source, t.Country) && t.Country != "" {
				return // a people or the source's own state: no shared aim
			}
		}
		// Between the two verbs only the first one's words: no clause
		// opener that starts an act of its own.
		for m := heads[j] + 1; m < h; m++ {
			switch toks[m].Lower {
			case "after", "before", "because", "when", "while", "as", "since", "until", "which", "who", "that", ";":
				return
			}
		}
		ev.Target = inherited(prev.Target)
		return
	}
}

// quitWord: a verb or particle of leaving, ending or cutting a tie with
// another party ("pulled out of", "withdrew from", "scrapped", "tore up").
func quitWord(w string) bool {
	switch w {
	case "out", "withdrew", "withdraw", "withdraws", "withdrawn", "quit", "quits",
		"scrapped", "scraps", "scrap", "abandoned", "abandons", "exited", "exits",
		"tore", "tears", "cancelled", "canceled", "cancels", "suspended", "suspends",
		"froze", "freezes", "severed", "severs", "downgraded", "downgrades":
		return true
	}
	return false
}

// quitPartyTarget: sanctions or another cut (16) with no target, whose verb
// follows "and" or a comma after its subject's first verb left, scrapped or
// suspended a tie with one other state, fall on that state (S21): "Trump
// pulls US out of Iran nuclear deal, reimposes sanctions" USA→IRN, "The
// EU suspended its visa agreement with Russia and imposed new sanctions"
// →RUS. It is sharedSanctionTarget for a first verb no pattern coded. The
// stretch must name exactly one state besides the source's own and hold
// no clause opener; an ally joined ("Canada joined the United States and
// imposed sanctions") is no tie left, so it stays untargeted.
func (p *Pipeline) quitPartyTarget(ev *event.Event, sa *SentenceAnalysis, head int) bool {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.CAMEORoot != "16" || ev.Modality.Negated || head < 2 {
		return false
	}
	c := ev.Source[0].Country
	toks := sa.Sentence.Tokens
	if c == "" || head >= len(toks) {
		return false
	}
	k := head - 1
	for k > 0 && (toks[k].Tag == "RB" || toks[k].Lower == "then" || toks[k].Lower == "also") {
		k--
	}
	if w := toks[k].Lower; w != "and" && w != "," {
		return false
	}
	// The first verb's clause starts after the source phrase.
	s0 := -1
	for i, t := range toks {
		if t.Start >= ev.Source[0].End && ev.Source[0].End > 0 {
			s0 = i
			break
		}
	}
	if s0 < 0 || s0 >= k {
		return false
	}
	quit := false
	for m := s0; m < k; m++ {
		switch toks[m].Lower {
		case "after", "before", "because", "when", "while", "as", "since", "until", "which", "who", "that", ";", "said", "says":
			return false
		}
		if quitWord(toks[m].Lower) {
			quit = true
		}
	}
	if !quit {
		return false
	}
	other := ""
	for _, g := range sa.Groups {
		if g.Start < s0 || g.End > k {
			continue
		}
		for _, ph := range g.Phrases {
			if ph.Country == "" || ph.Country == c {
				continue
			}
			if other != "" && other != ph.Country {
				return false // two states: whose tie was left is unclear
			}
			other = ph.Country
		}
	}
	if other == "" {
		return false
	}
	ev.Target = p.stateSide(other)
	return true
}

// retreatFromAttacker: a military retreat or surrender (0874) that the
// place or the domestic default aimed at the retreating side's own state
// yields to the foreign force the same sentence has attacking, seizing or
// encircling (S21): "Ukrainian forces pulled out of Lysychansk after
// Russian troops encircled the city" UKRMIL→RUS, "Russian forces captured
// Soledar, and Ukraine's army withdrew its units" →RUS. CAMEO's target of
// a retreat is the side retreated from; the town is only where. A force
// of the retreating side's own state ("as Tigrayan forces advanced") or
// of no state leaves the target as it was, and so do attackers of two
// states.
func retreatFromAttacker(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEO != "0874" || len(ev.Source) == 0 || ev.Modality.Negated {
		return
	}
	c := ev.Source[0].Country
	if c == "" || len(ev.Target) > 0 && !sameCountries(ev.Target, ev.Source) {
		return
	}
	if l := ev.Location; l != nil && l.Country != "" && actor.CameoCountry(l.Country) != c {
		return // a retreat abroad ("withdrew from the country", Kabul) is not from home ground
	}
	var by []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || !violentRoot(o.CAMEORoot) || len(o.Source) == 0 || o.Modality.Negated {
			continue
		}
		if len(o.Target) > 0 && !hasActorCountry(o.Target, c) {
			continue // an attack on someone else
		}
		if len(o.Target) == 0 && o.Location != nil && o.Location.Country != "" && actor.CameoCountry(o.Location.Country) != c {
			continue // "after US aircraft bombed militants in Libya": elsewhere
		}
		oc := o.Source[0].Country
		if oc == "" || oc == c {
			continue
		}
		for _, a := range o.Source {
			if a.Country != oc {
				return
			}
		}
		if len(by) > 0 && by[0].Country != oc {
			return // attackers of two states
		}
		by = o.Source
	}
	if len(by) > 0 {
		ev.Target = inherited(by)
	}
}
