package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/store/storetest"
	"github.com/parley-events/parley/story"
)

func open(t testing.TB) *store.SQLite {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fakeCoder returns the fixture's events for a story, counting calls; a story
// whose id is in fail gets an error instead.
type fakeCoder struct {
	events map[string][]event.Event
	fail   map[string]bool
	calls  atomic.Int64
}

func (c *fakeCoder) Code(_ context.Context, s story.Story) ([]event.Event, error) {
	c.calls.Add(1)
	if c.fail[s.ID] {
		return nil, errors.New("coder broke")
	}
	return c.events[s.ID], nil
}

func fixtureCoder() (*fakeCoder, []story.Story) {
	c := &fakeCoder{events: map[string][]event.Event{}, fail: map[string]bool{}}
	var stories []story.Story
	for _, r := range storetest.Fixture() {
		c.events[r.Story.ID] = r.Events
		stories = append(stories, r.Story)
	}
	return c, stories
}

func seq(stories []story.Story) iter.Seq2[story.Story, error] {
	return func(yield func(story.Story, error) bool) {
		for _, s := range stories {
			if !yield(s, nil) {
				return
			}
		}
	}
}

func allEvents(t *testing.T, st store.Store) []string {
	t.Helper()
	var out []string
	if err := st.EachEvent(context.Background(), store.Filter{}, func(r store.Row) error {
		out = append(out, string(r.JSON))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestIngestIdempotent(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	coder, stories := fixtureCoder()
	stats, err := store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 3 || stats.Stored != 3 || stats.Events != 8 || stats.Skipped != 0 || stats.Failed != 0 {
		t.Fatalf("first ingest stats = %+v", stats)
	}
	before := allEvents(t, st)
	meta1, _ := st.Meta(ctx)

	stats, err = store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Skipped != 3 || stats.Stored != 0 || coder.calls.Load() != 3 {
		t.Fatalf("re-ingest stats = %+v, coder calls %d; want all skipped before coding", stats, coder.calls.Load())
	}
	if after := allEvents(t, st); !slices.Equal(before, after) {
		t.Fatalf("re-ingest changed events")
	}
	meta2, _ := st.Meta(ctx)
	if meta1 != meta2 {
		t.Fatalf("meta changed: %+v -> %+v", meta1, meta2)
	}
	// Without a Split option only the sentences that produced events are
	// kept: s1 three, s2 two (indexes 0 and 3), s3 two.
	want := store.Meta{Stories: 3, Events: 8, Sentences: 7, FirstDate: "2019-12-30", LastDate: "2021-06-30"}
	if meta2 != want {
		t.Fatalf("meta = %+v, want %+v", meta2, want)
	}
}

func TestIngestSplitStoresAllSentences(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	coder, stories := fixtureCoder()
	split := func(s story.Story) []store.Sentence {
		return []store.Sentence{{Index: 0, Text: "first of " + s.ID}, {Index: 9, Text: "last"}}
	}
	if _, err := store.Ingest(ctx, st, seq(stories[2:]), coder, store.IngestOptions{Split: split}); err != nil {
		t.Fatal(err)
	}
	m, _ := st.Meta(ctx)
	// s3: split gives indexes 0 and 9; the event at index 1 adds its own.
	if m.Sentences != 3 {
		t.Fatalf("sentences = %d, want 3", m.Sentences)
	}
}

func TestChangedStoryReplacesEvents(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	coder, stories := fixtureCoder()
	if _, err := store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	changed := stories[2]
	changed.Text += " More text."
	coder.events["s3"] = coder.events["s3"][:1]
	stats, err := store.Ingest(ctx, st, seq([]story.Story{changed}), coder, store.IngestOptions{})
	if err != nil || stats.Stored != 1 {
		t.Fatalf("stats %+v err %v", stats, err)
	}
	p, err := st.Events(ctx, store.Filter{Story: "s3"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 1 {
		t.Fatalf("s3 has %d events after change, want 1", p.Total)
	}
	if h, ok, _ := st.StoryHash(ctx, "s3"); !ok || h != store.Hash(changed) {
		t.Fatalf("hash not updated")
	}
	// Recode with unchanged text codes again even though the hash matches.
	coder.events["s3"] = storetest.Fixture()[2].Events
	stats, err = store.Ingest(ctx, st, seq([]story.Story{changed}), coder, store.IngestOptions{Recode: true})
	if err != nil || stats.Stored != 1 || stats.Events != 2 {
		t.Fatalf("recode stats %+v err %v", stats, err)
	}
	if p, _ := st.Events(ctx, store.Filter{Story: "s3"}); p.Total != 2 {
		t.Fatalf("after recode s3 has %d events, want 2", p.Total)
	}
}

// TestNewCoderVersionRecodes: a story stored by one coder version is
// recoded by another even though its content is unchanged, and skipped
// again by the same version; the empty version keeps the content hash.
func TestNewCoderVersionRecodes(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	coder, stories := fixtureCoder()
	steps := []struct {
		version              string
		wantStored, wantSkip int
	}{
		{"", 3, 0},   // first ingest, no version: content hash only
		{"", 0, 3},   // unchanged
		{"v1", 3, 0}, // a versioned build recodes what an unversioned one stored
		{"v1", 0, 3}, // the same build skips
		{"v2", 3, 0}, // new dictionaries or rules recode
		{"v1", 3, 0}, // going back is a change too
	}
	for i, step := range steps {
		stats, err := store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{CoderVersion: step.version})
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if stats.Stored != step.wantStored || stats.Skipped != step.wantSkip {
			t.Errorf("step %d (version %q): stored %d skipped %d, want %d and %d", i, step.version, stats.Stored, stats.Skipped, step.wantStored, step.wantSkip)
		}
		h, ok, err := st.StoryHash(ctx, stories[0].ID)
		if err != nil || !ok || h != store.HashCoded(stories[0], step.version) {
			t.Errorf("step %d: stored hash %q, want HashCoded(..., %q)", i, h, step.version)
		}
	}
	if store.HashCoded(stories[0], "") != store.Hash(stories[0]) {
		t.Error("HashCoded with no version differs from the content hash")
	}
}

func TestFailingRecodeKeepsOldEvents(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	coder, stories := fixtureCoder()
	if _, err := store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	before := allEvents(t, st)
	metaBefore, _ := st.Meta(ctx)

	t.Run("coder error", func(t *testing.T) {
		coder.fail["s1"] = true
		defer delete(coder.fail, "s1")
		var failed []string
		stats, err := store.Ingest(ctx, st, seq(stories), coder, store.IngestOptions{Recode: true,
			OnError: func(id string, err error) { failed = append(failed, id) }})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Failed != 1 || stats.Stored != 2 || !slices.Equal(failed, []string{"s1"}) {
			t.Fatalf("stats %+v failed %v", stats, failed)
		}
		if after := allEvents(t, st); !slices.Equal(before, after) {
			t.Fatalf("events changed after a failed recode")
		}
	})

	t.Run("store error midway", func(t *testing.T) {
		// The new version of s1 has two events with the same id: the second
		// insert fails after the old events were deleted and the first new
		// one inserted. Everything must roll back; s2 in the same batch
		// must still be stored.
		bad := storetest.Fixture()[0]
		bad.Story.Text += " changed"
		bad.Events = append(bad.Events[:1:1], bad.Events[0])
		s2 := storetest.Fixture()[1]
		s2.Story.Text += " changed"
		errs, err := st.Put(ctx, []store.Record{bad, s2})
		if err != nil {
			t.Fatal(err)
		}
		if errs[0] == nil || errs[1] != nil {
			t.Fatalf("errs = %v, want failure for s1 only", errs)
		}
		if h, _, _ := st.StoryHash(ctx, "s1"); h != store.Hash(storetest.Fixture()[0].Story) {
			t.Fatalf("s1 hash changed by a failed put")
		}
		if h, _, _ := st.StoryHash(ctx, "s2"); h != store.Hash(s2.Story) {
			t.Fatalf("s2 not stored in the same batch")
		}
		if after := allEvents(t, st); !slices.Equal(before, after) {
			t.Fatalf("events changed after a failed put")
		}
		// s2's record carries its 4 sentences where ingest had stored 2.
		wantMeta := metaBefore
		wantMeta.Sentences += 2
		if m, _ := st.Meta(ctx); m != wantMeta {
			t.Fatalf("meta %+v, want %+v", m, wantMeta)
		}
	})
}

func TestIngestCountsReadErrors(t *testing.T) {
	st := open(t)
	coder, stories := fixtureCoder()
	in := func(yield func(story.Story, error) bool) {
		if !yield(story.Story{ID: "broken"}, errors.New("bad json")) {
			return
		}
		yield(stories[0], nil)
	}
	stats, err := store.Ingest(context.Background(), st, in, coder, store.IngestOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Read != 2 || stats.Failed != 1 || stats.Stored != 1 {
		t.Fatalf("stats = %+v", stats)
	}
}

func TestStoredJSONIsTheEvent(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	if _, err := st.Put(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	want := storetest.Events()
	var got []event.Event
	err := st.EachEvent(ctx, store.Filter{}, func(r store.Row) error {
		e, err := store.DecodeRow(r)
		got = append(got, e)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d", len(got), len(want))
	}
	for i := range want {
		a, _ := json.Marshal(got[i])
		b, _ := json.Marshal(want[i])
		if string(a) != string(b) {
			t.Errorf("event %d:\n got %s\nwant %s", i, a, b)
		}
	}
}

func TestEventDetail(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	if _, err := st.Put(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	d, err := st.Event(ctx, "s1:1:0", 1)
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.ID != "s1" || d.Story.URL != "https://example.org/s1" || len(d.Context) != 3 || d.Context[0].Index != 0 || d.Context[2].Index != 2 {
		t.Fatalf("detail = %+v", d)
	}
	if d.Sentence != "Turkey and Russia will pull back from rebels in Idlib." {
		t.Fatalf("sentence = %q", d.Sentence)
	}
	if _, err := st.Event(ctx, "nope", 1); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing event err = %v", err)
	}
}

func TestReopenKeepsSchemaVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	for range 2 {
		st, err := store.OpenSQLite(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
}

// TestIngestRepeatedID checks that two different stories under one id in
// one run are not left to the workers' finishing order, where either could
// be stored last and the other lost without a word: the first is stored,
// the second fails with ErrDuplicateID and is named. The same story given
// twice (a file named twice) is stored once, the second counted unchanged.
func TestIngestRepeatedID(t *testing.T) {
	ctx := context.Background()
	coder, stories := fixtureCoder()
	first := stories[0]
	other := first
	other.Text = "A different story that a producer gave the same id."
	for _, tc := range []struct {
		name                    string
		in                      []story.Story
		stored, skipped, failed int
	}{
		{"different content", []story.Story{first, stories[1], other}, 2, 0, 1},
		{"same story twice", []story.Story{first, stories[1], first}, 2, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := open(t)
			var failed []error
			stats, err := store.Ingest(ctx, st, seq(tc.in), coder, store.IngestOptions{
				Workers: 4,
				OnError: func(id string, err error) { failed = append(failed, err) },
			})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Stored != tc.stored || stats.Skipped != tc.skipped || stats.Failed != tc.failed {
				t.Errorf("stats %+v, want stored %d skipped %d failed %d", stats, tc.stored, tc.skipped, tc.failed)
			}
			for _, e := range failed {
				if !errors.Is(e, store.ErrDuplicateID) {
					t.Errorf("error %v, want ErrDuplicateID", e)
				}
			}
			h, ok, err := st.StoryHash(ctx, first.ID)
			if err != nil || !ok || h != store.HashCoded(first, "") {
				t.Errorf("stored story %q is not the first one read (ok %v, err %v)", first.ID, ok, err)
			}
		})
	}
}
