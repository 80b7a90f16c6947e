package server_test

import (
	"context"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/server"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
)

// The synthetic load of issue 5: 200,000 events. Run it with
//
//	go test ./server -run XXX -bench Load200k -benchtime 1x
//
// It prints the figures recorded in docs/performance.md ("Store and API").

const (
	loadStories           = 20000
	loadEventsPerStory    = 10
	loadSentencesPerStory = 12
)

var loadCountries = [...]string{"TUR", "RUS", "SYR", "USA", "UKR", "IRN", "ISR", "PSE", "EGY", "JOR", "LBN", "IRQ",
	"SAU", "ARE", "QAT", "CHN", "IND", "PAK", "AFG", "FRA", "DEU", "GBR", "KAZ", "AZE", "ARM", "GEO", "BLR", "POL",
	"NGA", "ETH", "SDN", "SSD", "SOM", "KEN", "LBY", "TUN", "DZA", "MAR", "MLI", "NER", "BFA", "COL", "VEN", "BRA",
	"MEX", "CUB", "PRK", "KOR", "JPN", "TWN", "PHL", "MMR", "THA", "VNM", "IDN", "MYS", "BGD", "LKA", "NPL", "YEM"}

var loadSectors = [...]string{"", "", "GOV", "MIL", "REB", "OPP", "COP", "MED", "BUS", "CVL"}

var loadPLOVER = [...]string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

type loadCoder struct{}

// Code makes events deterministically from the story id, so the benchmark
// measures the store, not the coder.
func (loadCoder) Code(_ context.Context, s story.Story) ([]event.Event, error) {
	var n int
	fmt.Sscanf(s.ID, "story-%d", &n)
	r := rand.New(rand.NewPCG(uint64(n), 42))
	pub, _ := time.Parse("2006-01-02", s.Date)
	evs := make([]event.Event, loadEventsPerStory)
	for i := range evs {
		actor := func() event.Actor {
			c := loadCountries[int(r.ExpFloat64()*8)%len(loadCountries)] // a few countries dominate, as in news
			sec := loadSectors[r.IntN(len(loadSectors))]
			return event.Actor{Text: "Actor " + c + sec, Code: c + sec, Country: c, Sector: sec, Start: 0, End: 5}
		}
		root := 1 + r.IntN(20)
		cameo := fmt.Sprintf("%02d%d", root, r.IntN(6))
		quad := []int{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4}[root]
		sent := r.IntN(loadSentencesPerStory)
		e := event.Event{
			ID: fmt.Sprintf("%s:%d:%d", s.ID, sent, i), StoryID: s.ID, SentenceIndex: sent,
			Sentence: loadSentence(s.ID, sent),
			CAMEO:    cameo, CAMEORoot: cameo[:2], QuadClass: quad, Goldstein: float64(r.IntN(201)-100) / 10,
			PLOVER: event.PLOVER{Type: loadPLOVER[r.IntN(len(loadPLOVER))], Context: []string{}},
			Source: []event.Actor{actor()}, Target: []event.Actor{actor()}, Participants: []event.Actor{},
			DatePrecision: "day",
			Evidence:      event.Evidence{Verb: event.Span{Text: "met", Start: 0, End: 3}, Pattern: "verbs/x.txt:1"},
		}
		d := pub.AddDate(0, 0, -r.IntN(7))
		e.Date, e.DateEnd = d.Format("2006-01-02"), d.Format("2006-01-02")
		if r.IntN(10) < 7 {
			p := r.IntN(300)
			e.Location = &event.Location{Name: fmt.Sprintf("Place %d", p), Lat: float64(p%170) - 85, Lon: float64(p%350) - 175,
				Country: loadCountries[p%len(loadCountries)], Precision: "city"}
		}
		e.Modality.Negated = r.IntN(20) == 0
		evs[i] = e
	}
	return evs, nil
}

// loadWords gives synthetic sentences a vocabulary in which words are
// rare, as in news, so full-text queries select a realistic share.
var loadWords = [...]string{"talks", "ceasefire", "shelling", "border", "summit", "sanctions", "protest", "troops",
	"convoy", "election", "pipeline", "refugees", "embassy", "drone", "negotiators", "treaty", "militants", "blockade",
	"aid", "hostages", "artillery", "minister", "parliament", "envoy", "airstrike", "militia", "checkpoint", "port",
	"grain", "reactor", "strike", "curfew", "tribunal", "amnesty", "corridor", "exercise", "warship", "visa",
	"tariff", "loan", "vaccine", "flood", "earthquake", "rebels", "police", "court", "journalists", "students",
	"farmers", "workers"}

func loadSentence(storyID string, i int) string {
	h := 0
	for _, c := range storyID {
		h = h*31 + int(c)
	}
	h = h*7 + i
	w := func(k int) string { return loadWords[(h/(k+1)+k*17)%len(loadWords)] }
	return fmt.Sprintf("Sentence %d of %s mentions %s, %s and %s.", i, storyID, w(0), w(1), w(2))
}

func loadStoriesSeq() iter.Seq2[story.Story, error] {
	start, _ := time.Parse("2006-01-02", "2019-01-01")
	return func(yield func(story.Story, error) bool) {
		for i := range loadStories {
			d := start.AddDate(0, 0, i*5*365/loadStories) // five years
			s := story.Story{ID: fmt.Sprintf("story-%d", i), Date: d.Format("2006-01-02"),
				Title: "Story " + fmt.Sprint(i), Text: fmt.Sprintf("Synthetic story %d.", i)}
			if !yield(s, nil) {
				return
			}
		}
	}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

func BenchmarkLoad200k(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	st, err := store.OpenSQLite(ctx, filepath.Join(dir, "load.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	split := func(s story.Story) []store.Sentence {
		out := make([]store.Sentence, loadSentencesPerStory)
		for i := range out {
			out[i] = store.Sentence{Index: i, Text: loadSentence(s.ID, i)}
		}
		return out
	}
	stats, err := store.Ingest(ctx, st, loadStoriesSeq(), loadCoder{}, store.IngestOptions{Split: split})
	if err != nil {
		b.Fatal(err)
	}
	if stats.Events != loadStories*loadEventsPerStory {
		b.Fatalf("stored %d events", stats.Events)
	}
	fi, _ := os.Stat(filepath.Join(dir, "load.db"))
	b.Logf("ingest: %d stories, %d events in %s: %.0f events/s, %.0f stories/s (store only, fake coder); db %.0f MB",
		stats.Stored, stats.Events, stats.Elapsed.Round(time.Millisecond), stats.EventsPerSecond(), stats.StoriesPerSecond(),
		float64(fi.Size())/1e6)
	b.ReportMetric(stats.EventsPerSecond(), "ingest-events/s")

	h := server.New(st, server.Options{})
	queries := []struct{ name, target string }{
		{"date+actor filter", "/api/events?from=2021-03-01&to=2021-06-30&actor=TUR"},
		{"date+actor filter, page 3", "/api/events?from=2020-01-01&to=2021-12-31&actor=SYRGOV&offset=100"},
		{"weekly aggregate (all events)", "/api/aggregates/timeline?interval=week&split=quad"},
		{"weekly aggregate, actor=RUS", "/api/aggregates/timeline?interval=week&split=plover&actor=RUS"},
		{"dyads (all events)", "/api/aggregates/dyads?limit=20"},
		{"full-text q + one month", "/api/events?q=ceasefire&from=2022-01-01&to=2022-01-31"},
		{"full-text q, all dates", "/api/events?q=ceasefire+AND+border"},
		{"top actors (all events)", "/api/aggregates/actors?limit=20"},
		{"places (all events)", "/api/aggregates/places?limit=100"},
		{"dyads, actor+year", "/api/aggregates/dyads?actor=TUR&from=2021-01-01&to=2021-12-31"},
		{"meta", "/api/meta"},
	}
	const reps = 100
	for _, q := range queries {
		var ds []time.Duration
		for range reps {
			req := httptest.NewRequest("GET", q.target, nil)
			rec := httptest.NewRecorder()
			t0 := time.Now()
			h.ServeHTTP(rec, req)
			ds = append(ds, time.Since(t0))
			if rec.Code != http.StatusOK {
				b.Fatalf("%s: %d %s", q.target, rec.Code, rec.Body)
			}
		}
		b.Logf("%-30s p50 %6.1f ms  p99 %6.1f ms   %s", q.name,
			float64(percentile(ds, 0.5).Microseconds())/1000, float64(percentile(ds, 0.99).Microseconds())/1000, q.target)
	}

	for _, format := range event.Formats() {
		w, _ := event.NewWriter(format, io.Discard)
		raw, isJSONL := w.(*event.JSONLWriter)
		t0 := time.Now()
		n := 0
		err := st.EachEvent(ctx, store.Filter{}, func(r store.Row) error {
			n++
			if isJSONL {
				return raw.WriteRaw(r.JSON)
			}
			e, err := store.DecodeRow(r)
			if err != nil {
				return err
			}
			return w.Write(&e, r.Citation)
		})
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			b.Fatal(err)
		}
		el := time.Since(t0)
		b.Logf("export %-6s %d events in %s (%.0f events/s)", format, n, el.Round(time.Millisecond), float64(n)/el.Seconds())
	}
}
