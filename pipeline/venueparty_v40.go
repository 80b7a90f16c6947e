package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// venueNotParty (V40): the act's parties are named otherwise than by its
// place, so the place it happened in is a venue and not the party the
// act is aimed at (placeHost): a subject that is the second of two
// joined names ("Taha and SPLA leader Garang signed a peace agreement
// in Nairobi"), or a subject that is itself the plural of the parties
// ("the two sides held talks in Jeddah", "Sudan's warring parties").
// Two parties named are the ones who met or signed; a state where they
// did so only hosted them (043 for the host, not the act's target). A
// lone actor ("held talks in Damascus", "visited Riyadh") still takes
// its place's state.
func venueNotParty(ev *event.Event) bool {
	v := ev.Evidence.Verb
	if len(ev.Source) == 0 || v.Start < 0 || v.Start > len(ev.Sentence) {
		return false
	}
	for _, s := range ev.Source {
		if s.Start < 0 || s.End > v.Start || s.Start > s.End {
			return false // a source after the verb, or not in the text, is no subject
		}
		if pluralParties(s.Text) {
			return true
		}
	}
	first, last := ev.Source[0], ev.Source[len(ev.Source)-1]
	after := ev.Sentence[last.End:v.Start]
	// (A name joined after the subject, "Trump and Kim meet in
	// Singapore", was tried: the unresolved second name is not always a
	// party, and a held-out set lost a dyad with it.)
	// "Sudanese Vice-President Ali Osman Taha and SPLA leader John
	// Garang signed": the subject found is the second of two joined.
	before := strings.TrimRight(ev.Sentence[:first.Start], " ")
	if strings.HasSuffix(before, " and") && strings.TrimSpace(after) == "" {
		head := before[:len(before)-len(" and")]
		if i := strings.LastIndexAny(head, ",;:-(\""); i >= 0 {
			head = head[i+1:]
		}
		return startsName(strings.TrimSpace(head))
	}
	return false
}

// pluralParties: an actor phrase that names both parties of a mutual act
// by a plural ("the two sides", "Sudan's warring parties", "the two
// leaders").
func pluralParties(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "sides", "parties", "factions":
		return true
	case "leaders", "delegations":
		return len(f) >= 2 && (f[len(f)-2] == "two" || f[len(f)-2] == "both")
	}
	return false
}

// startsName: s begins with a capitalised word, a name or a title.
func startsName(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
