package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/web"
)

// This file is a stand-in for the real API server: web.Handler() plus a
// small, honest implementation of the documented endpoints over a dozen
// hand-coded events, so the UI can be tested before (and independently of)
// the store. The real server must give the same answers to the same
// questions; the browser test only relies on behaviour the contract states.

type fixtureStory struct {
	id, title, date, source string
	sentences               []string
}

// Sentences are quoted from examples/astana-talks.txt, plus a short story
// written by us in news style. Several contain curly quotes and non-ASCII
// letters, so byte and character offsets differ.
var fixtureStories = []fixtureStory{
	{
		id: "astana-talks", title: "Astana talks on Syria to resume in November", date: "2024-11-01", source: "The Syrian Observer",
		sentences: []string{
			"The Kazakh Foreign Ministry announced that the next international meeting of the Astana Process on Syria will take place on November 11 and 12 in the Kazakh capital.",
			"The ministry stated on Friday that the first day will focus on bilateral and tripartite consultations among delegations, with discussions continuing into the following day.",
			"The Russian Foreign Ministry, on October 9, announced that preparations were underway for the next round of Astana talks.",
			"The 21st round of talks took place on January 25, with the participation of the guarantor countries (Russia, Turkey, and Iran), along with delegations from the Syrian regime and the opposition.",
			"However, Russia and regime forces have violated these agreements regularly, with the most significant violation occurring in 2020 when regime forces, backed by Russia and Iranian militias, gained control of many areas in Idlib.",
			"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.",
			"On Friday, representatives from Moscow and Cairo, two prominent components of the Syrian opposition negotiating body, announced that they had reached a consensus on a memorandum outlining key points for pushing a political solution in Syria.",
			"In the lead-up to the Astana negotiations, the Syrian Observatory for Human Rights reported that Turkish and Russian intelligence officers held a meeting at the Russian checkpoint near the village of Tarnaba, west of Saraqeb, in northwestern Syria.",
			"The meeting followed talks between Turkish intelligence and Syrian opposition factions, including Hay’at Tahrir al-Sham, discussing military and political matters related to the Idlib “de-escalation” zone.",
		},
	},
	{
		id: "sochi-2018", title: "Erdoğan and Putin agree on Idlib buffer zone", date: "2018-09-18", source: "parley sample",
		sentences: []string{
			"Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Sochi on September 17, 2018.",
			"Erdoğan and Putin agreed to create a demilitarised zone in Idlib.",
			"Turkish artillery shelled Kurdish positions near Tal Rifaat on February 10, 2020, the Syrian Observatory said.",
		},
	},
}

// at returns the byte span of the n-th (0-based) occurrence of sub in s.
// It panics on a typo in the fixture, which is a bug in this file.
func at(s, sub string, n int) (int, int) {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			panic(fmt.Sprintf("fixture: %q not in %q", sub, s))
		}
		if n == 0 {
			return off + i, off + i + len(sub)
		}
		n--
		off += i + len(sub)
	}
}

func actorAt(s, text string, n int, code, country, sector string) event.Actor {
	start, end := at(s, text, n)
	return event.Actor{Text: text, Code: code, Country: country, Sector: sector, Start: start, End: end}
}

func spanAt(s, text string) *event.Span {
	start, end := at(s, text, 0)
	return &event.Span{Text: text, Start: start, End: end}
}

var (
	astana  = event.Location{Name: "Astana", Lat: 51.17, Lon: 71.43, Country: "KAZ", Admin1: "Astana", Precision: "city"}
	idlib   = event.Location{Name: "Idlib", Lat: 35.93, Lon: 36.63, Country: "SYR", Admin1: "Idlib", Precision: "city"}
	tarnaba = event.Location{Name: "Tarnaba", Lat: 35.83, Lon: 36.74, Country: "SYR", Admin1: "Idlib", Precision: "point"}
	sochi   = event.Location{Name: "Sochi", Lat: 43.60, Lon: 39.73, Country: "RUS", Admin1: "Krasnodar", Precision: "city"}
	rifaat  = event.Location{Name: "Tal Rifaat", Lat: 36.47, Lon: 37.10, Country: "SYR", Admin1: "Aleppo", Precision: "city"}
)

// fixtureEvent describes one hand-coded event compactly.
type fixtureEvent struct {
	story, sent              int
	cameo                    string
	quad                     int
	goldstein                float64
	plover, mode             string
	source, target           []event.Actor
	verb                     string
	date, dateEnd, precision string
	dateText                 string
	loc                      *event.Location
	placeText                string
	future, negated, hypo    bool
	reported                 string
	pattern                  string
}

func fixtureEvents() []event.Event {
	s := func(st, i int) string { return fixtureStories[st].sentences[i] }
	a := s(0, 0)
	b := s(0, 1)
	c := s(0, 2)
	d := s(0, 3)
	e := s(0, 4)
	f := s(0, 5)
	g := s(0, 6)
	h := s(0, 7)
	k := s(0, 8)
	m := s(1, 0)
	n := s(1, 1)
	o := s(1, 2)
	specs := []fixtureEvent{
		{0, 0, "036", 1, 4.0, "CONSULT", "", []event.Actor{actorAt(a, "Kazakh Foreign Ministry", 0, "KAZGOV", "KAZ", "GOV")}, nil, "announced", "2024-11-11", "2024-11-12", "day", "November 11 and 12", &astana, "Kazakh capital", true, false, false, "", "verbs/03.txt:12"},
		{0, 1, "010", 1, 0, "", "", []event.Actor{actorAt(b, "ministry", 0, "KAZGOV", "KAZ", "GOV")}, nil, "stated", "2024-11-01", "2024-11-01", "day", "Friday", nil, "", false, false, false, "", "verbs/01.txt:3"},
		{0, 2, "010", 1, 0, "", "", []event.Actor{actorAt(c, "Russian Foreign Ministry", 0, "RUSGOV", "RUS", "GOV")}, nil, "announced", "2024-10-09", "2024-10-09", "day", "October 9", nil, "", false, false, false, "", "verbs/01.txt:3"},
		{0, 3, "040", 1, 1.0, "CONSULT", "", []event.Actor{actorAt(d, "Russia", 0, "RUS", "RUS", ""), actorAt(d, "Turkey", 0, "TUR", "TUR", ""), actorAt(d, "Iran", 0, "IRN", "IRN", "")}, []event.Actor{actorAt(d, "Syrian regime", 0, "SYRGOV", "SYR", "GOV"), actorAt(d, "opposition", 0, "SYROPP", "SYR", "OPP")}, "took place", "2024-01-25", "2024-01-25", "day", "January 25", &astana, "", false, false, false, "", "verbs/04.txt:7"},
		{0, 4, "190", 4, -10, "ASSAULT", "", []event.Actor{actorAt(e, "regime forces", 1, "SYRMIL", "SYR", "MIL")}, []event.Actor{}, "gained control", "2020-01-01", "2020-12-31", "year", "2020", &idlib, "Idlib", false, false, false, "", "verbs/19.txt:2"},
		{0, 4, "1711", 4, -9.2, "COERCE", "seize", []event.Actor{actorAt(e, "Russia", 0, "RUS", "RUS", ""), actorAt(e, "regime forces", 0, "SYRMIL", "SYR", "MIL")}, []event.Actor{}, "violated", "2020-01-01", "2020-12-31", "year", "2020", &idlib, "Idlib", false, false, false, "", "verbs/17.txt:5"},
		{0, 5, "0871", 1, 9.0, "RETREAT", "ceasefire", []event.Actor{actorAt(f, "Turkey", 0, "TUR", "TUR", "")}, []event.Actor{actorAt(f, "Russia", 0, "RUS", "RUS", "")}, "brokered", "2020-03-05", "2020-03-05", "day", "March 5, 2020", &idlib, "", false, false, false, "", "verbs/08.txt:41"},
		{0, 6, "057", 1, 8.0, "AGREE", "", []event.Actor{actorAt(g, "representatives from Moscow and Cairo", 0, "SYROPP", "SYR", "OPP")}, []event.Actor{actorAt(g, "Syrian opposition negotiating body", 0, "SYROPP", "SYR", "OPP")}, "reached a consensus", "2024-11-01", "2024-11-01", "day", "On Friday", nil, "", false, false, false, "", "verbs/05.txt:19"},
		{0, 7, "040", 1, 1.0, "CONSULT", "", []event.Actor{actorAt(h, "Turkish", 0, "TURSPY", "TUR", "SPY")}, []event.Actor{actorAt(h, "Russian intelligence officers", 0, "RUSSPY", "RUS", "SPY")}, "held a meeting", "2024-10-28", "2024-11-03", "week", "", &tarnaba, "Tarnaba", false, false, false, "SYRNGO", "verbs/04.txt:2"},
		{0, 8, "040", 1, 1.0, "CONSULT", "", []event.Actor{actorAt(k, "Turkish intelligence", 0, "TURSPY", "TUR", "SPY")}, []event.Actor{actorAt(k, "Syrian opposition factions", 0, "SYROPP", "SYR", "OPP"), actorAt(k, "Hay’at Tahrir al-Sham", 0, "SYRREB", "SYR", "REB")}, "talks", "2024-10-01", "2024-10-31", "month", "", &idlib, "Idlib", false, false, false, "", "verbs/04.txt:9"},
		{1, 0, "040", 1, 1.0, "CONSULT", "", []event.Actor{actorAt(m, "Turkish President Recep Tayyip Erdoğan", 0, "TURGOV", "TUR", "GOV")}, []event.Actor{actorAt(m, "Russian President Vladimir Putin", 0, "RUSGOV", "RUS", "GOV")}, "met", "2018-09-17", "2018-09-17", "day", "September 17, 2018", &sochi, "Sochi", false, false, false, "", "verbs/04.txt:1"},
		{1, 1, "057", 1, 8.0, "AGREE", "", []event.Actor{actorAt(n, "Erdoğan", 0, "TURGOV", "TUR", "GOV")}, []event.Actor{actorAt(n, "Putin", 0, "RUSGOV", "RUS", "GOV")}, "agreed", "2018-09-17", "2018-09-17", "day", "", &idlib, "Idlib", false, false, false, "", "verbs/05.txt:4"},
		{1, 2, "194", 4, -10, "ASSAULT", "", []event.Actor{actorAt(o, "Turkish artillery", 0, "TURMIL", "TUR", "MIL")}, []event.Actor{actorAt(o, "Kurdish positions", 0, "SYRREB", "SYR", "REB")}, "shelled", "2020-02-10", "2020-02-10", "day", "February 10, 2020", &rifaat, "Tal Rifaat", false, false, false, "SYRNGO", "verbs/19.txt:14"},
	}
	var out []event.Event
	ordinal := map[[2]int]int{}
	for _, sp := range specs {
		st := fixtureStories[sp.story]
		sent := st.sentences[sp.sent]
		key := [2]int{sp.story, sp.sent}
		ev := event.Event{
			ID:            fmt.Sprintf("%s:%d:%d", st.id, sp.sent, ordinal[key]),
			StoryID:       st.id,
			SentenceIndex: sp.sent,
			Sentence:      sent,
			CAMEO:         sp.cameo,
			CAMEORoot:     sp.cameo[:2],
			QuadClass:     sp.quad,
			Goldstein:     sp.goldstein,
			PLOVER:        event.PLOVER{Type: sp.plover, Mode: sp.mode, Context: []string{}},
			Source:        sp.source,
			Target:        sp.target,
			Participants:  []event.Actor{},
			Date:          sp.date,
			DateEnd:       sp.dateEnd,
			DatePrecision: sp.precision,
			Modality:      event.Modality{Future: sp.future, Negated: sp.negated, Hypothetical: sp.hypo, ReportedBy: sp.reported},
			Evidence:      event.Evidence{Pattern: sp.pattern},
		}
		ordinal[key]++
		if ev.Target == nil {
			ev.Target = []event.Actor{}
		}
		vs, ve := at(sent, sp.verb, 0)
		ev.Evidence.Verb = event.Span{Text: sp.verb, Start: vs, End: ve}
		if sp.dateText != "" {
			ev.Evidence.Date = spanAt(sent, sp.dateText)
		}
		if sp.loc != nil {
			loc := *sp.loc
			ev.Location = &loc
		}
		if sp.placeText != "" {
			ev.Evidence.Place = spanAt(sent, sp.placeText)
		}
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// fixtureServer serves the UI and the API over fixtureEvents.
type fixtureServer struct {
	events []event.Event
	ui     http.Handler
}

func newFixtureServer() http.Handler {
	fs := &fixtureServer{events: fixtureEvents(), ui: web.Handler()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/meta", fs.meta)
	mux.HandleFunc("GET /api/events", fs.list)
	mux.HandleFunc("GET /api/events/{id}", fs.one)
	mux.HandleFunc("GET /api/aggregates/timeline", fs.timeline)
	mux.HandleFunc("GET /api/aggregates/dyads", fs.dyads)
	mux.HandleFunc("GET /api/aggregates/actors", fs.actors)
	mux.HandleFunc("GET /api/aggregates/places", fs.places)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such endpoint"})
	})
	mux.Handle("/", fs.ui)
	return mux
}

type badParam struct{ param, msg string }

func (b badParam) Error() string { return b.param + ": " + b.msg }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeBad(w http.ResponseWriter, err error) {
	bp, _ := err.(badParam)
	writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error(), "param": bp.param})
}

var (
	dateRE  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	actorRE = regexp.MustCompile(`^[A-Za-z-]{3,}$`)
)

// filter applies the common event filters of the API contract.
func (fs *fixtureServer) filter(r *http.Request) ([]event.Event, error) {
	q := r.URL.Query()
	var preds []func(event.Event) bool
	for _, p := range []string{"from", "to"} {
		if v := q.Get(p); v != "" {
			if _, err := time.Parse("2006-01-02", v); err != nil || !dateRE.MatchString(v) {
				return nil, badParam{p, "want YYYY-MM-DD"}
			}
		}
	}
	if v := q.Get("from"); v != "" {
		preds = append(preds, func(e event.Event) bool { return e.DateEnd >= v })
	}
	if v := q.Get("to"); v != "" {
		preds = append(preds, func(e event.Event) bool { return e.Date <= v })
	}
	for _, side := range []string{"actor", "source", "target"} {
		if !q.Has(side) {
			continue
		}
		var codes []string
		for _, raw := range q[side] {
			for c := range strings.SplitSeq(raw, ",") {
				c = strings.ToUpper(strings.TrimSpace(c))
				if !actorRE.MatchString(c) {
					return nil, badParam{side, fmt.Sprintf("bad actor code %q", c)}
				}
				codes = append(codes, c)
			}
		}
		match := func(as []event.Actor) bool {
			for _, a := range as {
				for _, c := range codes {
					if strings.HasPrefix(a.Code, c) || a.Country == c {
						return true
					}
				}
			}
			return false
		}
		preds = append(preds, func(e event.Event) bool {
			switch side {
			case "source":
				return match(e.Source)
			case "target":
				return match(e.Target)
			}
			return match(e.Source) || match(e.Target)
		})
	}
	if v := q.Get("root"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > 20 || len(v) != 2 {
			return nil, badParam{"root", "want 01..20"}
		}
		preds = append(preds, func(e event.Event) bool { return e.CAMEORoot == v })
	}
	if v := q.Get("cameo"); v != "" {
		preds = append(preds, func(e event.Event) bool { return strings.HasPrefix(e.CAMEO, v) })
	}
	if v := q.Get("plover"); v != "" {
		if !slices.Contains([]string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}, v) {
			return nil, badParam{"plover", "unknown PLOVER type"}
		}
		preds = append(preds, func(e event.Event) bool { return e.PLOVER.Type == v })
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return nil, badParam{"quad", "want 1..4"}
		}
		preds = append(preds, func(e event.Event) bool { return e.QuadClass == n })
	}
	for _, p := range []string{"gmin", "gmax"} {
		v := q.Get(p)
		if v == "" {
			continue
		}
		g, err := strconv.ParseFloat(v, 64)
		if err != nil || g < -10 || g > 10 {
			return nil, badParam{p, "want -10..10"}
		}
		if p == "gmin" {
			preds = append(preds, func(e event.Event) bool { return e.Goldstein >= g })
		} else {
			preds = append(preds, func(e event.Event) bool { return e.Goldstein <= g })
		}
	}
	for _, p := range []string{"negated", "future", "hypothetical", "reported"} {
		v := q.Get(p)
		if v == "" {
			continue
		}
		want, err := strconv.ParseBool(v)
		if err != nil {
			return nil, badParam{p, "want true or false"}
		}
		preds = append(preds, func(e event.Event) bool {
			m := e.Modality
			got := map[string]bool{"negated": m.Negated, "future": m.Future, "hypothetical": m.Hypothetical, "reported": m.ReportedBy != ""}[p]
			return got == want
		})
	}
	if v := q.Get("bbox"); v != "" {
		parts := strings.Split(v, ",")
		var b [4]float64
		ok := len(parts) == 4
		for i := 0; ok && i < 4; i++ {
			f, err := strconv.ParseFloat(parts[i], 64)
			b[i], ok = f, err == nil
		}
		if !ok || b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3] {
			return nil, badParam{"bbox", "want minLon,minLat,maxLon,maxLat"}
		}
		preds = append(preds, func(e event.Event) bool {
			l := e.Location
			return l != nil && l.Lon >= b[0] && l.Lon <= b[2] && l.Lat >= b[1] && l.Lat <= b[3]
		})
	}
	if v := q.Get("loc_country"); v != "" {
		preds = append(preds, func(e event.Event) bool { return e.Location != nil && e.Location.Country == v })
	}
	if v := q.Get("story"); v != "" {
		preds = append(preds, func(e event.Event) bool { return e.StoryID == v })
	}
	if v := q.Get("q"); v != "" {
		// The real server uses FTS5; a case-insensitive substring is enough here.
		lv := strings.ToLower(v)
		preds = append(preds, func(e event.Event) bool { return strings.Contains(strings.ToLower(e.Sentence), lv) })
	}
	var out []event.Event
next:
	for _, e := range fs.events {
		for _, p := range preds {
			if !p(e) {
				continue next
			}
		}
		out = append(out, e)
	}
	return out, nil
}

func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badParam{name, fmt.Sprintf("want %d..%d", lo, hi)}
	}
	return n, nil
}

func (fs *fixtureServer) meta(w http.ResponseWriter, r *http.Request) {
	sentences := 0
	for _, s := range fixtureStories {
		sentences += len(s.sentences)
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"stories": len(fixtureStories), "events": len(fs.events), "sentences": sentences,
		"first_date": fs.events[0].Date, "last_date": fs.events[len(fs.events)-1].DateEnd, "version": "fixture",
	})
}

func (fs *fixtureServer) list(w http.ResponseWriter, r *http.Request) {
	evs, limit, ok := fs.filterLimit(w, r, 50)
	if !ok {
		return
	}
	offset, err := intParam(r, "offset", 0, 0, 1<<30)
	if err != nil {
		writeBad(w, err)
		return
	}
	page := evs[min(offset, len(evs)):min(offset+limit, len(evs))]
	if page == nil {
		page = []event.Event{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"total": len(evs), "limit": limit, "offset": offset, "events": page})
}

func (fs *fixtureServer) one(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	for _, e := range fs.events {
		if e.ID != id {
			continue
		}
		var st fixtureStory
		for _, s := range fixtureStories {
			if s.id == e.StoryID {
				st = s
			}
		}
		var ctx []map[string]any
		for i := max(0, e.SentenceIndex-1); i <= min(len(st.sentences)-1, e.SentenceIndex+1); i++ {
			ctx = append(ctx, map[string]any{"index": i, "text": st.sentences[i]})
		}
		writeJSON(w, http.StatusOK, map[string]any{
			"event":       e,
			"story":       map[string]string{"id": st.id, "title": st.title, "date": st.date, "url": "https://example.org/" + st.id, "source": st.source},
			"context":     ctx,
			"explanation": "sentence " + strconv.Itoa(e.SentenceIndex) + ": pattern " + e.Evidence.Pattern + " matched <" + e.Evidence.Verb.Text + ">",
		})
		return
	}
	writeJSON(w, http.StatusNotFound, map[string]string{"error": "no event " + strconv.Quote(id), "param": "id"})
}

func periodOf(date, interval string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	switch interval {
	case "week":
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		t = t.AddDate(0, 0, -wd)
	case "month":
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t.Format("2006-01-02")
}

func (fs *fixtureServer) timeline(w http.ResponseWriter, r *http.Request) {
	evs, err := fs.filter(r)
	if err != nil {
		writeBad(w, err)
		return
	}
	interval := r.URL.Query().Get("interval")
	if interval == "" {
		interval = "week"
	}
	if interval != "day" && interval != "week" && interval != "month" {
		writeBad(w, badParam{"interval", "want day, week or month"})
		return
	}
	split := r.URL.Query().Get("split")
	if split == "" {
		split = "quad"
	}
	type bucket struct {
		Period string         `json:"period"`
		Total  int            `json:"total"`
		Counts map[string]int `json:"counts"`
	}
	byPeriod := map[string]*bucket{}
	for _, e := range evs {
		p := periodOf(e.Date, interval)
		b := byPeriod[p]
		if b == nil {
			b = &bucket{Period: p, Counts: map[string]int{}}
			byPeriod[p] = b
		}
		b.Total++
		switch split {
		case "quad":
			b.Counts[strconv.Itoa(e.QuadClass)]++
		case "plover":
			b.Counts[e.PLOVER.Type]++
		}
	}
	buckets := []*bucket{}
	for _, b := range byPeriod {
		buckets = append(buckets, b)
	}
	sort.Slice(buckets, func(i, j int) bool { return buckets[i].Period < buckets[j].Period })
	writeJSON(w, http.StatusOK, map[string]any{"interval": interval, "split": split, "buckets": buckets})
}

// filterLimit reads the event filter and the page size of a list request,
// answering 400 itself when either is bad.
func (fs *fixtureServer) filterLimit(w http.ResponseWriter, r *http.Request, def int) ([]event.Event, int, bool) {
	evs, err := fs.filter(r)
	if err != nil {
		writeBad(w, err)
		return nil, 0, false
	}
	limit, err := intParam(r, "limit", def, 1, 1000)
	if err != nil {
		writeBad(w, err)
		return nil, 0, false
	}
	return evs, limit, true
}

func actorKey(a event.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.Code
}

func (fs *fixtureServer) dyads(w http.ResponseWriter, r *http.Request) {
	evs, limit, ok := fs.filterLimit(w, r, 20)
	if !ok {
		return
	}
	type dyad struct {
		Source string  `json:"source"`
		Target string  `json:"target"`
		Count  int     `json:"count"`
		Mean   float64 `json:"mean_goldstein"`
		sum    float64
	}
	m := map[[2]string]*dyad{}
	for _, e := range evs {
		// Like the real store, an event counts once per distinct pair.
		seen := map[[2]string]bool{}
		for _, s := range e.Source {
			for _, t := range e.Target {
				k := [2]string{actorKey(s), actorKey(t)}
				if seen[k] {
					continue
				}
				seen[k] = true
				d := m[k]
				if d == nil {
					d = &dyad{Source: k[0], Target: k[1]}
					m[k] = d
				}
				d.Count++
				d.sum += e.Goldstein
			}
		}
	}
	out := []*dyad{}
	for _, d := range m {
		d.Mean = d.sum / float64(d.Count)
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Source+out[i].Target < out[j].Source+out[j].Target
	})
	writeJSON(w, http.StatusOK, map[string]any{"dyads": out[:min(limit, len(out))]})
}

func (fs *fixtureServer) actors(w http.ResponseWriter, r *http.Request) {
	evs, limit, ok := fs.filterLimit(w, r, 20)
	if !ok {
		return
	}
	side := r.URL.Query().Get("side")
	counts := map[string]int{}
	for _, e := range evs {
		var as []event.Actor
		if side != "target" {
			as = append(as, e.Source...)
		}
		if side != "source" {
			as = append(as, e.Target...)
		}
		seen := map[string]bool{} // an event counts once per actor
		for _, a := range as {
			if !seen[a.Code] {
				seen[a.Code] = true
				counts[a.Code]++
			}
		}
	}
	type row struct {
		Code  string `json:"code"`
		Count int    `json:"count"`
	}
	out := []row{}
	for c, n := range counts {
		out = append(out, row{c, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Code < out[j].Code
	})
	writeJSON(w, http.StatusOK, map[string]any{"actors": out[:min(limit, len(out))]})
}

func (fs *fixtureServer) places(w http.ResponseWriter, r *http.Request) {
	evs, limit, ok := fs.filterLimit(w, r, 100)
	if !ok {
		return
	}
	type place struct {
		Name    string  `json:"name"`
		Country string  `json:"country"`
		Lat     float64 `json:"lat"`
		Lon     float64 `json:"lon"`
		Count   int     `json:"count"`
	}
	m := map[string]*place{}
	for _, e := range evs {
		l := e.Location
		if l == nil {
			continue
		}
		k := fmt.Sprintf("%s|%s|%.4f|%.4f", l.Name, l.Country, l.Lat, l.Lon)
		if m[k] == nil {
			m[k] = &place{Name: l.Name, Country: l.Country, Lat: l.Lat, Lon: l.Lon}
		}
		m[k].Count++
	}
	out := []*place{}
	for _, p := range m {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	writeJSON(w, http.StatusOK, map[string]any{"places": out[:min(limit, len(out))]})
}
