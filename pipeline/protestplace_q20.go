package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// unnamedProtest: ev is a protest or a riot no one is named as holding
// ("as protests entered their third week", "after a rally turned
// violent"), told beside another act in the sentence. Like unnamed harm
// (unnamedHarm), it happened where the sentence is set, even when the
// place is named before it ("Police fired tear gas in Tehran as protests
// continued"): with no agent, no agent's origin can be taken for the
// scene. Without this the second event found no target and was dropped.
// A place someone travelled to is no scene of the protests told beside
// the journey ("Ruto flew to Paris as protests continued at home").
func unnamedProtest(ev *event.Event) bool {
	if ev.CAMEORoot != "14" {
		return false
	}
	l := ev.Location
	if l == nil || l.Start < 0 || l.Start >= ev.Evidence.Verb.Start || l.Start > len(ev.Sentence) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(ev.Sentence[:l.Start])) {
		if journeyWords.Has(strings.Trim(w, ",;:")) {
			return false
		}
	}
	return true
}

// journeyWords are the verbs of a journey whose destination may be named
// before an unnamed protest.
var journeyWords = wordset.Of("flew", "fly", "flies", "arrived", "arrive", "arrives", "visited", "visit", "visits", "visiting", "travelled", "traveled", "travels", "landed", "lands", "headed", "heads", "returned", "returns", "went", "goes", "toured", "tours")
