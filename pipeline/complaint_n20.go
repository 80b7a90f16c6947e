package pipeline

import "slices"

// bareComplaints keeps a complaint with no object whose cause follows in
// a time clause ("Norway complained after Russian fishing boats had
// entered its waters", the 114 line `complain (+) {after|when}`) only
// when a state or its organ complains about another party: the clause's
// subject, which the line takes as the target, of another state or an
// international body. "Residents complained after the river flooded
// their homes", "Fans complained after the match was cancelled" and
// "Norway complained after the talks collapsed" are no official
// complaint of one party against another (N20).
func bareComplaints(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	ms := sa.Verbs.Matches
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.EventCode() != "114" || m.Head < 0 || m.Head+1 >= len(toks) || toks[m.Head].Lemma != "complain" {
			continue
		}
		if w := toks[m.Head+1].Lower; w != "after" && w != "when" {
			continue
		}
		keep := len(m.Source) == 1 && m.Source[0].Country != "" && (len(m.Source[0].Sectors) == 0 || m.Source[0].Sectors[0] == "GOV") && len(m.Target) > 0
		// keep already holds a source; with none, Source[0] below
		// would panic (a complaint with a target and no source).
		for k := 0; keep && k < len(m.Target); k++ {
			if t := &m.Target[k]; t.Country == m.Source[0].Country || t.Country == "" && !slices.Contains(t.Sectors, "IGO") {
				keep = false
			}
		}
		if !keep {
			sa.Verbs.Matches = slices.Delete(sa.Verbs.Matches, i, i+1)
			ms = sa.Verbs.Matches
		}
	}
}
