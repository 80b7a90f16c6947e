// Package storetest holds a small hand-built set of stories and events for
// tests of the store, the API and the exports. Every value is chosen so a
// filter or aggregate test can count the expected answer by hand; the table
// is in the comment on Fixture.
package storetest

import (
	"fmt"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
)

func act(text, code, country, sector string) event.Actor {
	return event.Actor{Text: text, Code: code, Country: country, Sector: sector}
}

func ev(storyID string, sent, ord int, sentence, date, cameo string, quad int, g float64, plover string,
	src, tgt []event.Actor) event.Event {
	return event.Event{
		ID: fmt.Sprintf("%s:%d:%d", storyID, sent, ord), StoryID: storyID, SentenceIndex: sent, Sentence: sentence,
		CAMEO: cameo, CAMEORoot: cameo[:2], QuadClass: quad, Goldstein: g,
		PLOVER: event.PLOVER{Type: plover, Context: []string{}}, Source: src, Target: tgt, Participants: []event.Actor{},
		Date: date, DateEnd: date, DatePrecision: "day",
		Evidence: event.Evidence{Verb: event.Span{Text: "met", Start: 0, End: 3}, Pattern: "verbs/test.txt:1"},
	}
}

func loc(l event.Location) *event.Location { return &l }

// Fixture returns three stories and eight events:
//
//	id       date(s)                 cameo quad  g    plover   source          target     place   flags
//	s1:0:0   2020-03-05              036   1     4    AGREE    TURGOV          RUSGOV     Idlib
//	s1:1:0   2020-03-06              0871  2     9    RETREAT  TUR, RUS        SYRREB     Idlib   future
//	s1:2:0   2020-03-09 (Mon)        042   1     1.9  CONSULT  IGOUNO          JOR        Astana  reported; participant IRN
//	s2:0:0   2021-06-15              190   4   -10    ASSAULT  RUSMIL          UKR        Kyiv    negated
//	s2:0:1   2021-06-15              112   3    -2    ACCUSE   UKRGOV          RUS        -       hypothetical
//	s2:3:0   2021-06-01..2021-06-30  1031  3    -5    REQUEST  UKR             RUS        -       month precision
//	s3:0:0   2019-12-30 (Mon)        057   1     3.5  AGREE    USA             TUR        Ankara
//	s3:1:0   2020-01-02              173   4    -5    COERCE   TURPOL          TURREB     Ankara
func Fixture() []store.Record {
	idlib := event.Location{Name: "Idlib", Lat: 35.93, Lon: 36.63, Country: "SYR", Admin1: "Idlib", Precision: "city", GeonameID: 169389}
	astana := event.Location{Name: "Astana", Lat: 51.18, Lon: 71.45, Country: "KAZ", Admin1: "Astana", Precision: "city"}
	kyiv := event.Location{Name: "Kyiv", Lat: 50.45, Lon: 30.52, Country: "UKR", Admin1: "Kyiv", Precision: "city"}
	ankara := event.Location{Name: "Ankara", Lat: 39.93, Lon: 32.86, Country: "TUR", Admin1: "Ankara", Precision: "city"}
	s1 := story.Story{ID: "s1", Date: "2020-03-06", Title: "Turkey and Russia agree on Idlib", URL: "https://example.org/s1", Source: "Example News",
		Text: "Turkey agreed with Russia on Idlib. Turkey and Russia will pull back from rebels in Idlib. The UN met Jordan in Astana. Talks go on."}
	s2 := story.Story{ID: "s2", Date: "2021-06-15", Title: "Shelling near Kyiv", Source: "Wire",
		Text: "Russian forces did not shell Kyiv. Ukraine might accuse Russia. Officials spoke. Ukraine asked Russia for talks in June."}
	s3 := story.Story{ID: "s3", Date: "2020-01-02", Title: "Ankara", Text: "The US praised Turkey. Turkish police arrested rebels."}
	recs := []store.Record{
		{Story: s1, Sentences: []store.Sentence{
			{Index: 0, Text: "Turkey agreed with Russia on Idlib."},
			{Index: 1, Text: "Turkey and Russia will pull back from rebels in Idlib."},
			{Index: 2, Text: "The UN met Jordan in Astana."},
			{Index: 3, Text: "Talks go on."},
		}},
		{Story: s2, Sentences: []store.Sentence{
			{Index: 0, Text: "Russian forces did not shell Kyiv. Ukraine might accuse Russia."},
			{Index: 1, Text: "Officials spoke."},
			{Index: 2, Text: "Nothing happened."},
			{Index: 3, Text: "Ukraine asked Russia for talks in June."},
		}},
		{Story: s3}, // no sentence list: the store keeps the events' sentences
	}
	e := []event.Event{
		ev("s1", 0, 0, recs[0].Sentences[0].Text, "2020-03-05", "036", 1, 4, "AGREE",
			[]event.Actor{act("Turkey", "TURGOV", "TUR", "GOV")}, []event.Actor{act("Russia", "RUSGOV", "RUS", "GOV")}),
		ev("s1", 1, 0, recs[0].Sentences[1].Text, "2020-03-06", "0871", 2, 9, "RETREAT",
			[]event.Actor{act("Turkey", "TUR", "TUR", ""), act("Russia", "RUS", "RUS", "")}, []event.Actor{act("rebels", "SYRREB", "SYR", "REB")}),
		ev("s1", 2, 0, recs[0].Sentences[2].Text, "2020-03-09", "042", 1, 1.9, "CONSULT",
			[]event.Actor{act("The UN", "IGOUNO", "", "IGO")}, []event.Actor{act("Jordan", "JOR", "JOR", "")}),
		ev("s2", 0, 0, recs[1].Sentences[0].Text, "2021-06-15", "190", 4, -10, "ASSAULT",
			[]event.Actor{act("Russian forces", "RUSMIL", "RUS", "MIL")}, []event.Actor{act("Kyiv", "UKR", "UKR", "")}),
		ev("s2", 0, 1, recs[1].Sentences[0].Text, "2021-06-15", "112", 3, -2, "ACCUSE",
			[]event.Actor{act("Ukraine", "UKRGOV", "UKR", "GOV")}, []event.Actor{act("Russia", "RUS", "RUS", "")}),
		ev("s2", 3, 0, recs[1].Sentences[3].Text, "2021-06-01", "1031", 3, -5, "REQUEST",
			[]event.Actor{act("Ukraine", "UKR", "UKR", "")}, []event.Actor{act("Russia", "RUS", "RUS", "")}),
		ev("s3", 0, 0, "The US praised Turkey.", "2019-12-30", "057", 1, 3.5, "AGREE",
			[]event.Actor{act("The US", "USA", "USA", "")}, []event.Actor{act("Turkey", "TUR", "TUR", "")}),
		ev("s3", 1, 0, "Turkish police arrested rebels.", "2020-01-02", "173", 4, -5, "COERCE",
			[]event.Actor{act("Turkish police", "TURPOL", "TUR", "COP")}, []event.Actor{act("rebels", "TURREB", "TUR", "REB")}),
	}
	e[0].Location = loc(idlib)
	e[1].Location = loc(idlib)
	e[1].Modality.Future = true
	e[1].PLOVER.Mode = "ceasefire"
	e[1].PLOVER.Context = []string{"military"}
	e[2].Location = loc(astana)
	e[2].Modality.ReportedBy = "Reuters"
	e[2].Participants = []event.Actor{{Role: "observer", Text: "Iran", Code: "IRN", Country: "IRN"}}
	e[3].Location = loc(kyiv)
	e[3].Modality.Negated = true
	e[4].Modality.Hypothetical = true
	e[5].DateEnd, e[5].DatePrecision = "2021-06-30", "month"
	e[6].Location = loc(ankara)
	e[7].Location = loc(ankara)
	recs[0].Events = e[0:3]
	recs[1].Events = e[3:6]
	recs[2].Events = e[6:8]
	return recs
}

// Events returns the fixture's events in the API's order (date, then id).
func Events() []event.Event {
	var out []event.Event
	for _, r := range Fixture() {
		out = append(out, r.Events...)
	}
	// Fixture order is by story; sort by (date, id) with a tiny insertion
	// sort to keep this package free of test helpers' dependencies.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].Date < out[j-1].Date || out[j].Date == out[j-1].Date && out[j].ID < out[j-1].ID); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
