package verb

import "github.com/parley-events/parley/internal/wordset"

// plotNouns name a secret plan to do harm.
var plotNouns = wordset.Of("plot", "plots", "conspiracy", "conspiracies", "scheme", "schemes")

// plottedAct: the bare verb at i is the infinitive of a plot noun ("a
// plot to kill an activist", "an alleged conspiracy to bomb the
// embassy", "Iran's scheme to kidnap journalists"). What a plot aims at
// did not happen, and the plotters are seldom the clause's subject: the
// state that expels diplomats "over a plot to assassinate a dissident",
// or "foiled a plot to bomb the embassy", is the plot's target or its
// foiler, so taking the clause's subject for the infinitive's agent made
// it kill or bomb. The plot itself, when its authors are known, is told
// by other words ("accused Iran of plotting", "plotted to kill").
func (s *sentence) plottedAct(i int) bool {
	if i < 2 || s.toks[i-1].Lower != "to" {
		return false
	}
	n := &s.toks[i-2]
	return (n.Tag == "NN" || n.Tag == "NNS") && plotNouns.Has(n.Lower)
}
