package pipeline

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// TestAstanaStory is the project's first acceptance story. The
// expectations below were reasoned out from the text by hand (publication
// date 2024-10-26, a Saturday), not copied from parley's output.
func TestAstanaStory(t *testing.T) {
	b, err := os.ReadFile("../examples/astana-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := newTestPipeline(t)
	evs, err := p.Code(context.Background(), story.Story{ID: "astana-talks.txt", Date: "2024-10-26", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	in := func(frag string) []event.Event {
		var out []event.Event
		for _, e := range evs {
			if strings.Contains(e.Sentence, frag) {
				out = append(out, e)
			}
		}
		return out
	}
	find := func(frag, root string) *event.Event {
		t.Helper()
		for _, e := range in(frag) {
			if e.CAMEORoot == root {
				e := e
				return &e
			}
		}
		t.Errorf("no root-%s event in the sentence with %q; got %s", root, frag, describe(in(frag)))
		return nil
	}

	// "the next international meeting of the Astana Process on Syria will
	// take place on November 11 and 12": a planned consultation, which
	// CAMEO codes as an expressed intent to meet (036), in the future.
	if e := find("will take place on November 11 and 12", "03"); e != nil {
		if e.CAMEO != "036" {
			t.Errorf("planned meeting coded %s, want 036 (intent to meet)", e.CAMEO)
		}
		if !e.Modality.Future {
			t.Errorf("planned meeting not marked future: %+v", e.Modality)
		}
		if e.Date != "2024-11-11" || e.DateEnd != "2024-11-12" || e.DatePrecision != "day" {
			t.Errorf("planned meeting dated %s..%s (%s), want 2024-11-11..2024-11-12 (day)", e.Date, e.DateEnd, e.DatePrecision)
		}
		// "in the Kazakh capital" is Astana.
		if l := e.Location; l == nil || l.Country != "KAZ" || km(l.Lat, l.Lon, 51.17, 71.45) > 25 {
			t.Errorf("planned meeting located at %+v, want Astana", l)
		}
	}
	// "The 21st round of talks took place on January 25, with the
	// participation of the guarantor countries (Russia, Turkey, and Iran)".
	if e := find("The 21st round of talks", "04"); e != nil {
		for _, c := range []string{"RUS", "TUR", "IRN"} {
			if !hasActor(e.Source, c) && !hasRole(e.Participants, c, "guarantor") {
				t.Errorf("21st round: guarantor %s missing (source %s)", c, codes(e.Source))
			}
		}
		if !hasActor(e.Target, "SYR") && !hasRole(e.Participants, "SYR", "participant") {
			t.Errorf("21st round: the Syrian parties are missing (target %s)", codes(e.Target))
		}
		if e.Date != "2024-01-25" || e.DatePrecision != "day" {
			t.Errorf("21st round dated %s (%s), want 2024-01-25 (day): past tense, so the January before the story", e.Date, e.DatePrecision)
		}
		// The next sentence says observers from Jordan, Lebanon and Iraq,
		// the UN and the ICRC were present.
		for _, c := range []string{"JOR", "LBN", "IRQ", "IGOUNO"} {
			if !hasRole(e.Participants, c, "observer") {
				t.Errorf("21st round: observer %s missing from participants %v", c, e.Participants)
			}
		}
	}
	// "A ceasefire was brokered between Turkey and Russia on March 5, 2020".
	if e := find("A ceasefire was brokered", "08"); e != nil {
		if e.CAMEO != "0871" {
			t.Errorf("ceasefire coded %s, want 0871", e.CAMEO)
		}
		if !(hasActor(e.Source, "TUR") && hasActor(e.Target, "RUS") || hasActor(e.Source, "RUS") && hasActor(e.Target, "TUR")) {
			t.Errorf("ceasefire dyad %s -> %s, want Turkey and Russia", codes(e.Source), codes(e.Target))
		}
		if e.Date != "2020-03-05" || e.DatePrecision != "day" {
			t.Errorf("ceasefire dated %s (%s)", e.Date, e.DatePrecision)
		}
		if e.Evidence.Verb.Text != "brokered" {
			t.Errorf("ceasefire evidence verb %q", e.Evidence.Verb.Text)
		}
	}
	// "the “de-escalation” agreements reached in May 2017".
	if e := find("agreements reached in May 2017", "05"); e != nil {
		if e.Date != "2017-05-01" || e.DateEnd != "2017-05-31" || e.DatePrecision != "month" {
			t.Errorf("de-escalation agreements dated %s..%s (%s), want May 2017 (month)", e.Date, e.DateEnd, e.DatePrecision)
		}
	}
	// "Turkish and Russian intelligence officers held a meeting", as the
	// Syrian Observatory for Human Rights reported.
	if e := find("intelligence officers held a meeting", "04"); e != nil {
		if !(hasActor(e.Source, "TURSPY") && hasActor(e.Target, "RUSSPY") || hasActor(e.Source, "RUSSPY") && hasActor(e.Target, "TURSPY")) {
			t.Errorf("intelligence meeting %s -> %s, want TURSPY and RUSSPY", codes(e.Source), codes(e.Target))
		}
		if e.Modality.ReportedBy == "" {
			t.Errorf("intelligence meeting: reported_by empty, want the Syrian Observatory")
		}
		// "near the village of Tarnaba, west of Saraqeb, in northwestern
		// Syria": Tarnaba is too small for the gazetteer, so Saraqib.
		if l := e.Location; l == nil || l.Country != "SYR" || km(l.Lat, l.Lon, 35.86, 36.80) > 25 {
			t.Errorf("intelligence meeting located at %+v, want within 25 km of Saraqib", l)
		}
	}
	// "The meeting followed talks between Turkish intelligence and Syrian
	// opposition factions".
	if e := find("followed talks between Turkish intelligence", "04"); e != nil {
		if !hasActor(e.Source, "TURSPY") || !hasActor(e.Target, "SYROPP") {
			t.Errorf("Turkish intelligence talks %s -> %s, want TURSPY -> SYROPP", codes(e.Source), codes(e.Target))
		}
	}
	for _, e := range evs {
		// "representatives from Moscow and Cairo" are Syrian opposition
		// platforms, not Russia and Egypt.
		if strings.Contains(e.Sentence, "Moscow and Cairo") {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				if a.Country == "RUS" || a.Country == "EGY" {
					t.Errorf("Moscow/Cairo platform coded as a state: %+v", a)
				}
			}
		}
		// The closing disclaimer holds no events.
		if strings.Contains(e.Sentence, "Syrian Observer") || strings.Contains(e.Sentence, "Responsibility for the information") {
			t.Errorf("event coded from the disclaimer: %s %s", e.CAMEO, e.Sentence)
		}
		// Offsets must point at the words they name.
		for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
			if a.Start >= 0 && e.Sentence[a.Start:a.End] != a.Text {
				t.Errorf("actor offsets %d:%d do not give %q", a.Start, a.End, a.Text)
			}
		}
		if v := e.Evidence.Verb; e.Sentence[v.Start:v.End] != v.Text {
			t.Errorf("verb offsets %d:%d do not give %q", v.Start, v.End, v.Text)
		}
	}
}

// km is the great-circle distance.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func hasRole(ps []event.Actor, code, role string) bool {
	for _, p := range ps {
		if (p.Code == code || p.Country == code || strings.HasPrefix(p.Code, code)) && p.Role == role {
			return true
		}
	}
	return false
}
