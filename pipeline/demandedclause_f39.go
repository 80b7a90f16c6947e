package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// demandedClause (F39): an act given or done to another (demandedRoot),
// marked hypothetical, whose verb stands in the that-clause of a
// demand coded in the same sentence ("India demanded that Pakistan hand
// over 20 fugitives", "the Council demanded that Syria cooperate with the
// inquiry", "protesters demanded that the junta arm volunteers") is the
// demand's content, not an event of its own. The that-clause's verb is a
// subjunctive (a base form: "hand", "cooperate", "send"), which in
// English reports no act done; CAMEO's demand codes (101x-105x) name
// what is demanded, so the hypothetical act says the same thing again.
// X38 drops only asked concessions (08) under any appeal, since a
// broader rule under "urged X to" lost probe roots (gold lists some
// acts urged, an inquiry or help); this one needs the demand verb
// followed by "that" and the act's verb inside that clause, before any
// semicolon, which no act urged "to" is.
func demandedClause(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if !ev.Modality.Hypothetical || ev.Modality.Negated || h < 0 || h >= len(toks) || !demandedRoot(ev.CAMEORoot) {
		return false
	}
	for j := range out {
		o := &out[j]
		d := heads[j]
		if j == i || d < 0 || d+1 >= h || o.SentenceIndex != ev.SentenceIndex || o.Modality.Hypothetical || o.Modality.Negated || o.CAMEORoot != "10" {
			continue
		}
		if !thatDemandVerbs.Has(toks[d].Lemma) || toks[d+1].Lower != "that" {
			continue
		}
		inClause := true
		for k := d + 2; k < h; k++ {
			if toks[k].Lower == ";" {
				inClause = false // "...; police fired tear gas": a clause of its own
				break
			}
		}
		if inClause {
			return true
		}
	}
	return false
}

// thatDemandVerbs take a that-clause whose verb is what is demanded.
var thatDemandVerbs = wordset.Of("demand", "insist")

// demandedRoot: the roots of acts given or done to another (04-09:
// meetings, support, cooperation, aid, concessions, inquiries; 15 force
// posture; 17 coercion) whose demanded act the demand's own code names.
// Left out: the verbal roots (01-03, 10-13), which the rules on reported
// speech judge; protest (14), sanctions (16) and violence (18-20), which
// the sets list as acts in some demands (dropping 16 lost a probe root,
// 18-20 a probe root+dyad, 14 changed nothing).
func demandedRoot(root string) bool {
	switch root {
	case "04", "05", "06", "07", "08", "09", "15", "17":
		return true
	}
	return false
}
