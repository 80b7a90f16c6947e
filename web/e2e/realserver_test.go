package e2e

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/examples"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/server"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/web"
)

// fixtureRecords turns the fixture stories and events into store records,
// so the real store and server can serve exactly what the fixture serves.
func fixtureRecords() []store.Record {
	evs := fixtureEvents()
	var recs []store.Record
	for _, fs := range fixtureStories {
		st := story.Story{
			ID: fs.id, Date: fs.date, Title: fs.title, Source: fs.source,
			URL:  "https://example.org/" + fs.id,
			Text: strings.Join(fs.sentences, " "),
		}
		rec := store.Record{Story: st, Hash: store.Hash(st), Events: []event.Event{}}
		for i, s := range fs.sentences {
			rec.Sentences = append(rec.Sentences, store.Sentence{Index: i, Text: s})
		}
		for _, e := range evs {
			if e.StoryID == fs.id {
				rec.Events = append(rec.Events, e)
			}
		}
		recs = append(recs, rec)
	}
	return recs
}

// realServer is the real API (server.New over a SQLite store) holding the
// fixture events, with the UI mounted as parley serve mounts it.
func realServer(t *testing.T) http.Handler {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	errs, err := st.Put(ctx, fixtureRecords())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		if e != nil {
			t.Fatalf("storing fixture: %v", e)
		}
	}
	return server.New(st, server.Options{UI: web.Handler(), Version: "e2e"})
}

// demoServer is what parley demo serves: the embedded examples coded by the
// real pipeline into a SQLite store, behind the real server.
func demoServer(t *testing.T) http.Handler {
	t.Helper()
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	stories, err := examples.Stories()
	if err != nil {
		t.Fatal(err)
	}
	coder, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	seq := func(yield func(story.Story, error) bool) {
		for _, s := range stories {
			if !yield(s, nil) {
				return
			}
		}
	}
	stats, err := store.Ingest(ctx, st, seq, coder, store.IngestOptions{
		OnError: func(id string, err error) { t.Errorf("demo ingest: %s: %v", id, err) },
	})
	if err != nil {
		t.Fatalf("demo ingest: %v", err)
	}
	t.Logf("demo: %d stories, %d events", stats.Stored, stats.Events)
	return server.New(st, server.Options{UI: web.Handler(), Version: "demo"})
}
