package pipeline

import (
	"slices"

	"github.com/parley-events/parley/event"
)

// migrantsCoerced gives a state's coercion (17: arrests, pushbacks,
// tear gas, camps cleared) that found no one but its own state, by the
// place it happened in or the domestic default, the migrants, refugees
// or asylum seekers of no known state its sentence names instead:
// "Polish border guards pushed 40 migrants back into the forest", "French
// riot police used tear gas to push them back" (the migrants before),
// "raided migrant camps, detaining about 300 people". Such people are
// someone else's, not the state's own society, and the dev sets code them
// --- (GRC→--- 175, ESP→--- 175, AUS→--- 174), never X→X. Only a target
// that is the bare state is replaced: people the text gives a state or a
// sector of their own ("17 people accused of smuggling migrants", "34
// Afghan migrants") stay.
func migrantsCoerced(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEORoot != "17" || len(ev.Source) == 0 || len(ev.Target) != 1 {
		return
	}
	c := ev.Source[0].Country
	if t := ev.Target[0]; c == "" || t.Country != c || t.Sector != "" {
		return
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Country == "" && !ph.Modifier && slices.Contains(ph.Sectors, "REF") {
				ev.Target = []event.Actor{toActor(sa.Sentence, *ph, "")}
				return
			}
		}
	}
}
