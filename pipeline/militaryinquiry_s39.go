package pipeline

import (
	"github.com/parley-events/parley/event"
)

// militaryInquiry (S39): an investigation (09) that a state's armed forces
// open into a killing, a strike or a raid looks into their own conduct
// ("The Pentagon opened an investigation into the air strike that hit a
// hospital in Kunduz", "Israel's army opened an investigation into the
// killing of a reporter during a raid in Jenin", "The Israeli military
// opened an inquiry into the deaths of seven aid workers in a Gaza air
// strike"): a military investigates what its own units did, and the sets
// code such an inquiry as ownInquiry's, with the investigating state as
// its target. The victims (civilians, reporters, aid workers, a
// hospital) or the place where it happened were taken as the target
// instead. A named suspect of any kind (a state, an armed group, a
// person of the military's own state) keeps its reading, and so does an
// inquiry that names an agent with "by".
func militaryInquiry(ev *event.Event, sa *SentenceAnalysis, head int) {
	if ev.CAMEORoot != "09" || len(ev.Target) == 0 || len(ev.Source) == 0 {
		return
	}
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	for _, s := range ev.Source {
		if s.Sector != "MIL" || s.Country != c {
			return
		}
	}
	for _, t := range ev.Target {
		if !inquiryVictim(t, ev.Location) || t.Country == c {
			return
		}
	}
	if !violentInquiryObject(sa, head) {
		return
	}
	ev.Target = []event.Actor{{Text: ev.Source[0].Text, Code: c, Country: c, Start: -1, End: -1}}
}

// inquiryVictim: a target that is a victim of the act looked into (its
// sector is of people harmed, not of an agent) or the act's place, which
// placeAsTarget gave the inquiry (same span as the location).
func inquiryVictim(t event.Actor, l *event.Location) bool {
	switch t.Sector {
	case "CVL", "MED", "NGO", "HLH", "EDU", "REF":
		return true
	case "":
		return l != nil && t.Start == l.Start && t.End == l.End && t.Start >= 0
	}
	return false
}

// violentInquiryObject: within the verb's own clause (up to a semicolon,
// at most 14 tokens after it) the investigation is into a killing, deaths,
// a strike, a raid, a shooting or a bombing, and no "by" names its agent.
func violentInquiryObject(sa *SentenceAnalysis, head int) bool {
	toks := sa.Sentence.Tokens
	found := false
	for k := head + 1; k < len(toks) && k <= head+14; k++ {
		switch toks[k].Lower {
		case ";":
			return found
		case "by":
			return false
		case "killing", "killings", "death", "deaths", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shooting", "shootings", "bombing", "bombings", "shelling":
			found = true
		}
	}
	return found
}
