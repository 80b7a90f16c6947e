package pipeline

import (
	"strings"

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
	for _, a := range ev.Source[1:] {
		if a.Country != c {
			return
		}
	}
	ev.Target = p.stateSide(c)
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
