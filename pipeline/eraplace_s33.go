package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// eraStates (S33): states whose territory belonged, until a date, to a
// state that no longer exists, which CAMEO codes by its own code: a place
// in Prague before 1993 is in Czechoslovakia (CSK), Moscow before the
// Soviet Union's end is Soviet (SUN), Zagreb before Croatia's
// independence is Yugoslav (YUG), as the
// actor dictionaries date the same states' names and capitals (H31, H32).
// The gazetteer knows only today's states. Each entry is the successor's
// code (as the gazetteer or CameoCountry gives it), the first day it is
// its own state, and the state it was part of before.
var eraStates = []struct{ now, from, was string }{
	{"CZE", "1993-01-01", "CSK"}, {"SVK", "1993-01-01", "CSK"},
	{"RUS", "1991-12-26", "SUN"}, {"UKR", "1991-12-26", "SUN"}, {"BLR", "1991-12-26", "SUN"},
	{"MDA", "1991-12-26", "SUN"}, {"GEO", "1991-12-26", "SUN"}, {"ARM", "1991-12-26", "SUN"},
	{"AZE", "1991-12-26", "SUN"}, {"KAZ", "1991-12-26", "SUN"}, {"UZB", "1991-12-26", "SUN"},
	{"TKM", "1991-12-26", "SUN"}, {"KGZ", "1991-12-26", "SUN"}, {"TJK", "1991-12-26", "SUN"},
	{"EST", "1991-09-06", "SUN"}, {"LVA", "1991-09-06", "SUN"}, {"LTU", "1991-09-06", "SUN"},
	{"SVN", "1991-06-25", "YUG"}, {"HRV", "1991-06-25", "YUG"}, {"MKD", "1991-09-08", "YUG"},
	{"BIH", "1992-03-03", "YUG"},
	// Serbia, Montenegro and Kosovo stay as they are: the sets code the
	// rump Yugoslavia of 1992-2003 as often SRB as YUG.
}

// eastGermanAdmin1 are the first-level regions of Germany (by the names
// the gazetteer gives them) that formed the German Democratic Republic
// until 3 October 1990; Berlin, split between the two states, is left as
// it is.
var eastGermanAdmin1 = map[string]bool{"Brandenburg": true, "Mecklenburg-Vorpommern": true, "Saxony": true, "Saxony-Anhalt": true, "Thuringia": true}

// eraPlace gives an event's place the state it lay in on the story's
// date (YYYY-MM-DD; undated stories keep today's states): the sides a
// place fills (localSides, placeAsTarget) then take the era's state
// ("Riot police clubbed students marching in Prague" in 1989 is CSK,
// "demonstrated in Leipzig" in 1989 DDR), not a state that did not yet
// exist.
//
// Berlin's halves are told apart by the compass word the gazetteer reads
// as the mention's direction (g33): "East Berlin" was the German
// Democratic Republic's capital, so a place there takes DDR; "West
// Berlin" and bare "Berlin" keep today's state. sentence is the event's
// sentence, which the location's span indexes.
func eraPlace(l *event.Location, date, sentence string) {
	if l == nil || len(date) < 10 || l.Country == "" {
		return
	}
	gdr := date[:10] >= "1949-10-07" && date[:10] < "1990-10-03"
	if l.Country == "DEU" && gdr && (eastGermanAdmin1[l.Admin1] || l.Admin1 == "State of Berlin" && eastHalf(l, sentence)) {
		l.Country = "DDR"
		return
	}
	for _, e := range eraStates {
		if l.Country == e.now && date[:10] < e.from {
			l.Country = e.was
			return
		}
	}
}

// eastHalf: the location's mention follows the word "East" ("in East
// Berlin"), which the gazetteer reads as a direction of the city.
func eastHalf(l *event.Location, sentence string) bool {
	if l.End <= l.Start || l.Start < 5 || l.Start > len(sentence) {
		return false
	}
	return strings.EqualFold(sentence[l.Start-5:l.Start], "east ")
}
