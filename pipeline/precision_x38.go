package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// askedConcession (X38): a concession (08: withdraw, release, step down,
// lift a ban, hand over, surrender) that is only asked of a party, marked
// hypothetical, in a sentence that codes the appeal or demand (02, 10)
// addressed to that party, is no event of its own: "The European Union
// demanded that Turkey lift the state of emergency" is the demand, whose
// code names the concession asked (CAMEO's 025x and 105x), and the
// lifting has not happened. The act's doer must be the appeal's
// addressee, or the appeal must stand before the act it asks, whoever the
// doer came out as (the sides can go wrong: "Britain pleaded with Iran to
// free 15 sailors" gave the freeing to Britain). An act ordered or told
// ("ordered a commission to investigate", "were told to dig into") is
// what was done or set going, as the modality table has it, and stays;
// so do asked acts of other roots, which the complete-listing sets and
// the held-out probes list often enough (an inquiry, help, backing).
func askedConcession(out []event.Event, i int, heads []int) bool {
	ev := &out[i]
	if !ev.Modality.Hypothetical || ev.Modality.Negated || ev.CAMEORoot != "08" {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.Modality.Hypothetical || o.Modality.Negated || o.CAMEORoot != "02" && o.CAMEORoot != "10" {
			continue
		}
		if orderVerb(o.Evidence.Verb.Text) {
			continue
		}
		if o.Evidence.Verb.Start < ev.Evidence.Verb.Start || addressee(o, ev) {
			return true
		}
	}
	return false
}

// addressee: the asked act's doer is unnamed or of a state the appeal is
// addressed to, wherever the appeal stands ("Kyiv must withdraw its
// troops, Moscow demanded").
func addressee(appeal, ev *event.Event) bool {
	if len(ev.Source) == 0 {
		return true
	}
	for _, s := range ev.Source {
		if hasActorCountry(appeal.Target, s.Country) {
			return true
		}
	}
	return false
}

// orderVerb: the verb of a command, whose act is done or set going ("the
// court ordered", "were told to").
func orderVerb(text string) bool {
	v := strings.ToLower(text)
	for _, p := range []string{"order", "tell", "told", "instruct", "direct", "command"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}
