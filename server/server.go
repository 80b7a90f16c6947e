// Package server is parley's HTTP API (docs/api.md) over a store.Store, with
// the web UI mounted at the root.
package server

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"time"

	"github.com/parley-events/parley/store"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3 document served at /api/openapi.json.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }

// Options configures the server.
type Options struct {
	// UI serves "/" and "/static/…"; nil serves no UI (API only).
	UI http.Handler
	// Version is reported by /api/meta.
	Version string
	// Explain returns the explain output for one sentence of a story
	// published on date; nil (or an error) leaves the explanation empty.
	Explain func(ctx context.Context, sentence, date string) (string, error)
	// Logger receives request errors and recovered panics; nil discards them.
	Logger *slog.Logger
	// ContextSentences is how many sentences either side of an event's own
	// the event detail returns (default 2).
	ContextSentences int
}

type server struct {
	st  store.Store
	opt Options
	log *slog.Logger
}

// New returns the HTTP handler for the API and UI.
func New(st store.Store, opt Options) http.Handler {
	if opt.ContextSentences <= 0 {
		opt.ContextSentences = 2
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &server{st: st, opt: opt, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/meta", s.meta)
	mux.HandleFunc("GET /api/events", s.events)
	mux.HandleFunc("GET /api/events/{id...}", s.event)
	mux.HandleFunc("GET /api/aggregates/timeline", s.timeline)
	mux.HandleFunc("GET /api/aggregates/dyads", s.dyads)
	mux.HandleFunc("GET /api/aggregates/actors", s.actors)
	mux.HandleFunc("GET /api/aggregates/places", s.places)
	mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	// Anything else under /api/ is a JSON 404, not the UI's HTML one.
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "the API is read-only: use GET", "")
			return
		}
		writeError(w, http.StatusNotFound, "no such API endpoint: "+r.URL.Path, "")
	})
	if opt.UI != nil {
		mux.Handle("/", opt.UI)
	}
	return s.recover(mux)
}

type apiError struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"encoding the response failed"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

func writeError(w http.ResponseWriter, status int, msg, param string) {
	writeJSON(w, status, apiError{Error: msg, Param: param})
}

// fail maps an error to its response: a bad filter is the client's 400,
// a missing record 404, a cancelled request nothing at all, anything else
// a logged 500.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var fe *store.FilterError
	switch {
	case errors.As(err, &fe):
		writeError(w, http.StatusBadRequest, fe.Error(), fe.Param)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, err.Error(), "")
	case r.Context().Err() != nil:
		// The client went away; there is no one to answer.
	default:
		s.log.Error("api request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error", "")
	}
}

// recover turns a panic in a handler into a 500 JSON error, so one bad
// request cannot take the server down. Tests assert it never fires.
func (s *server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic in handler", "path", r.URL.Path, "query", r.URL.RawQuery, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				writeError(w, http.StatusInternalServerError, "internal error", "")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// query parses the URL's query string; a malformed one (bad % escape) is a
// 400 rather than a silently truncated filter.
func query(r *http.Request) (url.Values, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &store.FilterError{Param: "", Msg: "malformed query string: " + err.Error()}
	}
	return v, nil
}

func (s *server) filter(r *http.Request) (store.Filter, url.Values, error) {
	v, err := query(r)
	if err != nil {
		return store.Filter{}, nil, err
	}
	f, err := store.ParseFilter(v)
	return f, v, err
}

// choice reads an enumerated parameter, defaulting when absent.
func choice(v url.Values, name, def string, allowed ...string) (string, error) {
	vs := v[name]
	if len(vs) == 0 || vs[0] == "" {
		return def, nil
	}
	if len(vs) > 1 {
		return "", &store.FilterError{Param: name, Msg: "given more than once"}
	}
	for _, a := range allowed {
		if vs[0] == a {
			return a, nil
		}
	}
	return "", &store.FilterError{Param: name, Msg: fmt.Sprintf("%q is not one of %v", vs[0], allowed)}
}

// aggLimit is an aggregate's "limit": the filter already checked it is in
// 1..MaxLimit; absent means the endpoint's default.
func aggLimit(f store.Filter, def int) int {
	if f.Limit > 0 {
		return f.Limit
	}
	return def
}

func (s *server) meta(w http.ResponseWriter, r *http.Request) {
	m, err := s.st.Meta(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		store.Meta
		Version string `json:"version"`
	}{m, s.opt.Version})
}

func (s *server) events(w http.ResponseWriter, r *http.Request) {
	f, _, err := s.filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if f.Limit == 0 {
		f.Limit = store.DefaultLimit
	}
	p, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *server) event(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := s.st.Event(r.Context(), id, s.opt.ContextSentences)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	explanation := ""
	if s.opt.Explain != nil && d.Sentence != "" {
		// The explainer re-runs the coder; bound it so a pathological
		// sentence cannot hold the request forever.
		ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
		x, err := s.opt.Explain(ctx, d.Sentence, d.Story.Date)
		cancel()
		if err != nil {
			s.log.Warn("explain failed", "event", id, "err", err)
		} else {
			explanation = x
		}
	}
	writeJSON(w, http.StatusOK, struct {
		store.EventDetail
		Explanation string `json:"explanation"`
	}{d, explanation})
}

func (s *server) timeline(w http.ResponseWriter, r *http.Request) {
	f, v, err := s.filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	iv, err := choice(v, "interval", "week", "day", "week", "month")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	split, err := choice(v, "split", "none", "quad", "plover", "none")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	bs, err := s.st.Timeline(r.Context(), f, store.Interval(iv), store.Split(split))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Interval string         `json:"interval"`
		Split    string         `json:"split"`
		Buckets  []store.Bucket `json:"buckets"`
	}{iv, split, bs})
}

func (s *server) dyads(w http.ResponseWriter, r *http.Request) {
	f, _, err := s.filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ds, err := s.st.Dyads(r.Context(), f, aggLimit(f, 20))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Dyads []store.Dyad `json:"dyads"`
	}{ds})
}

func (s *server) actors(w http.ResponseWriter, r *http.Request) {
	f, v, err := s.filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	side, err := choice(v, "side", "any", "source", "target", "any")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	as, err := s.st.Actors(r.Context(), f, store.Side(side), aggLimit(f, 20))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Actors []store.ActorCount `json:"actors"`
	}{as})
}

func (s *server) places(w http.ResponseWriter, r *http.Request) {
	f, _, err := s.filter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ps, err := s.st.Places(r.Context(), f, aggLimit(f, 100))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Places []store.PlaceCount `json:"places"`
	}{ps})
}
