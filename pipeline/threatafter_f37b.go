package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// threatAfterCriticism (F37B): a threat with no target whose verb follows
// the same actor's criticism right after a comma or "and" ("Seoul slams
// North Korea's sixth nuclear test, vows strongest response", "condemned
// the raid by Israel and vowed revenge") answers what was criticised, so
// it is aimed at the criticism's target. The threat must name no party
// of its own, and the criticism must have one agreed target.
func threatAfterCriticism(out []event.Event, i int, heads []int, toks []text.Token) {
	ev := &out[i]
	if ev.CAMEORoot != "13" || len(ev.Target) != 0 || len(ev.Source) == 0 || ev.Modality.Negated || i >= len(heads) {
		return
	}
	h := heads[i]
	if h < 1 || h >= len(toks) {
		return
	}
	if w := toks[h-1].Lower; w != "," && w != "and" {
		return
	}
	src := agentKey(ev.Source[0])
	if src == "" || strings.HasPrefix(src, "---") {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != "11" || o.Modality.Negated || len(o.Source) == 0 || len(o.Target) != 1 {
			continue
		}
		if heads[j] < 0 || heads[j] >= h || agentKey(o.Source[0]) != src {
			continue
		}
		if !sameClauseRun(toks, heads[j], h) {
			continue
		}
		t := agentKey(o.Target[0])
		if t == "" || strings.HasPrefix(t, "---") || t == src {
			continue
		}
		ev.Target = inherited(o.Target)
		return
	}
}

// sameClauseRun: no full stop, semicolon or "but" between the criticism
// at a and the threat at b, and no verb of another clause ("that",
// "after", "as" open one) between them.
func sameClauseRun(toks []text.Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch toks[k].Lower {
		case ";", ".", "but", "that", "after", "as", "while", "when", "because", "said", "says":
			return false
		}
	}
	return true
}
