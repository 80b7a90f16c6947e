// Package store keeps stories, sentences and coded events, and answers the
// queries behind `parley serve` and `parley export`. Store is an interface so
// a PostgreSQL implementation can sit beside the embedded SQLite one.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
)

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// Sentence is one stored sentence of a story.
type Sentence struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
}

// Record is everything stored for one story: the story, its content hash,
// its sentences and its coded events. Putting a Record replaces whatever was
// stored for the story before, atomically.
type Record struct {
	Story     story.Story
	Hash      string
	Sentences []Sentence
	Events    []event.Event
}

// StoryInfo is the part of a story the API shows next to an event.
type StoryInfo struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

// Meta summarises the store's contents.
type Meta struct {
	Stories   int    `json:"stories"`
	Events    int    `json:"events"`
	Sentences int    `json:"sentences"`
	FirstDate string `json:"first_date"`
	LastDate  string `json:"last_date"`
}

// Page is one page of events matching a filter. Events hold the coded event
// JSON exactly as the coder produced it.
type Page struct {
	Total  int               `json:"total"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
	Events []json.RawMessage `json:"events"`
}

// EventDetail is one event with its story and the surrounding sentences.
type EventDetail struct {
	Event   json.RawMessage `json:"event"`
	Story   StoryInfo       `json:"story"`
	Context []Sentence      `json:"context"`
	// SentenceIndex and Sentence locate the event's own sentence, so a caller
	// can run the explainer on it without decoding Event.
	SentenceIndex int    `json:"-"`
	Sentence      string `json:"-"`
}

// Row is one exported event: its JSON plus what is known of its story.
type Row struct {
	JSON     []byte // valid only during the callback
	Citation event.Citation
}

// Interval is a timeline bucket width.
type Interval string

// Timeline intervals.
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
)

// Split says how timeline buckets are broken down.
type Split string

// Timeline splits.
const (
	SplitNone   Split = "none"
	SplitQuad   Split = "quad"
	SplitPLOVER Split = "plover"
)

// Bucket is one timeline period. Period is the first day of the period
// (weeks start on Monday, ISO 8601).
type Bucket struct {
	Period string         `json:"period"`
	Total  int            `json:"total"`
	Counts map[string]int `json:"counts"`
}

// Dyad is one source×target pair with its event count and mean Goldstein.
type Dyad struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// Side restricts an actor aggregate to one side of the events.
type Side string

// Actor sides.
const (
	SideAny    Side = "any"
	SideSource Side = "source"
	SideTarget Side = "target"
)

// ActorCount is one actor code with the number of events it is in.
type ActorCount struct {
	Code    string `json:"code"`
	Country string `json:"country"`
	Count   int    `json:"count"`
}

// PlaceCount is one place with the number of events located there.
type PlaceCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Admin1  string  `json:"admin1"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Count   int     `json:"count"`
}

// Store is the storage and query interface. Implementations are safe for
// concurrent use.
type Store interface {
	// StoryHash returns the stored hash of a story (HashCoded), and false when the
	// story is not stored.
	StoryHash(ctx context.Context, id string) (string, bool, error)
	// Put stores records. Each record replaces its story's previous sentences
	// and events atomically; a record that cannot be stored leaves the old
	// version intact and is reported in the returned slice (nil entries for
	// records that were stored). The error is for failures of the whole call.
	Put(ctx context.Context, recs []Record) ([]error, error)

	Meta(ctx context.Context) (Meta, error)
	Events(ctx context.Context, f Filter) (Page, error)
	// EachEvent streams every event matching f (Limit 0 means all) in date,
	// id order, without holding them in memory.
	EachEvent(ctx context.Context, f Filter, fn func(Row) error) error
	Event(ctx context.Context, id string, contextSentences int) (EventDetail, error)
	Timeline(ctx context.Context, f Filter, iv Interval, split Split) ([]Bucket, error)
	Dyads(ctx context.Context, f Filter, limit int) ([]Dyad, error)
	Actors(ctx context.Context, f Filter, side Side, limit int) ([]ActorCount, error)
	Places(ctx context.Context, f Filter, limit int) ([]PlaceCount, error)
	Close() error
}

// HashCoded is the hash stored with a story coded by the coder identified
// by coder (any string that changes when the coder's output can change: a
// build id, a dictionary version). A story whose content and coder are both
// unchanged is skipped on ingest; a new build recodes what an older one
// stored. An empty coder gives Hash, the content hash alone.
func HashCoded(s story.Story, coder string) string {
	content := Hash(s)
	if coder == "" {
		return content
	}
	h := sha256.New()
	h.Write([]byte(content))
	h.Write([]byte{0})
	h.Write([]byte(coder))
	return hex.EncodeToString(h.Sum(nil))
}

// Hash is the content hash that decides whether a story changed: every field
// of the story, length-prefixed so no two different stories collide by
// concatenation.
func Hash(s story.Story) string {
	h := sha256.New()
	for _, f := range []string{s.ID, s.Date, s.Title, s.URL, s.Source, s.Text} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}
