package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parley-events/parley/event"
)

// where builds the WHERE clause (over events aliased e) and its arguments.
func where(f Filter) (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.From != "" {
		add("e.date_end >= ?", f.From)
	}
	if f.To != "" {
		add("e.date <= ?", f.To)
	}
	actorCond := func(codes []string, sides string) {
		// A code matches as a prefix of the actor code or as the exact
		// country. The range form lets SQLite use the code index.
		var ors []string
		for _, c := range codes {
			ors = append(ors, "(a.code >= ? AND a.code < ?)", "a.country = ?")
			args = append(args, c, c+"\U0010FFFF", c)
		}
		conds = append(conds, "e.sk IN (SELECT a.event_sk FROM event_actors a WHERE a.side IN ("+sides+") AND ("+strings.Join(ors, " OR ")+"))")
	}
	if len(f.Actor) > 0 {
		actorCond(f.Actor, "'source','target'")
	}
	if len(f.Source) > 0 {
		actorCond(f.Source, "'source'")
	}
	if len(f.Target) > 0 {
		actorCond(f.Target, "'target'")
	}
	if len(f.CAMEO) > 0 {
		var ors []string
		for _, c := range f.CAMEO {
			ors = append(ors, "e.cameo LIKE ?")
			args = append(args, c+"%")
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	in := func(col string, n int) string {
		return col + " IN (" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
	}
	if len(f.Root) > 0 {
		conds = append(conds, in("e.root", len(f.Root)))
		for _, r := range f.Root {
			args = append(args, r)
		}
	}
	if len(f.PLOVER) > 0 {
		conds = append(conds, in("e.plover", len(f.PLOVER)))
		for _, p := range f.PLOVER {
			args = append(args, p)
		}
	}
	if len(f.Quad) > 0 {
		conds = append(conds, in("e.quad", len(f.Quad)))
		for _, q := range f.Quad {
			args = append(args, q)
		}
	}
	if f.GMin != nil {
		add("e.goldstein >= ?", *f.GMin)
	}
	if f.GMax != nil {
		add("e.goldstein <= ?", *f.GMax)
	}
	for _, b := range []struct {
		col string
		v   *bool
	}{{"e.negated", f.Negated}, {"e.future", f.Future}, {"e.hypothetical", f.Hypothetical}, {"e.reported", f.Reported}} {
		if b.v != nil {
			add(b.col+" = ?", b2i(*b.v))
		}
	}
	if b := f.BBox; b != nil {
		add("e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?", b[0], b[2], b[1], b[3])
	}
	if len(f.LocCountry) > 0 {
		conds = append(conds, in("e.loc_country", len(f.LocCountry)))
		for _, c := range f.LocCountry {
			args = append(args, c)
		}
	}
	if f.Query != "" {
		add("e.sentence_sk IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)", f.Query)
	}
	if f.Story != "" {
		add("e.story_sk = (SELECT sk FROM stories WHERE id = ?)", f.Story)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// queryErr turns an FTS5 complaint into a FilterError: ftsQuery should have
// caught every bad query, but a 400 is the honest answer if one slips by.
func queryErr(what string, err error) error {
	if err != nil && strings.Contains(err.Error(), "fts5") {
		return &FilterError{Param: "q", Msg: err.Error()}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// Meta implements Store.
func (s *SQLite) Meta(ctx context.Context) (Meta, error) {
	var m Meta
	var first, last sql.NullString
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events),
		(SELECT count(*) FROM sentences), (SELECT min(date) FROM events WHERE date <> ''), (SELECT max(date_end) FROM events)`).
		Scan(&m.Stories, &m.Events, &m.Sentences, &first, &last)
	if err != nil {
		return Meta{}, fmt.Errorf("meta: %w", err)
	}
	m.FirstDate, m.LastDate = first.String, last.String
	return m, nil
}

// Events implements Store.
func (s *SQLite) Events(ctx context.Context, f Filter) (Page, error) {
	if f.Limit <= 0 {
		f.Limit = DefaultLimit
	}
	w, args := where(f)
	p := Page{Limit: f.Limit, Offset: f.Offset, Events: []json.RawMessage{}}
	if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM events e"+w, args...).Scan(&p.Total); err != nil {
		return Page{}, queryErr("count events", err)
	}
	if p.Total == 0 || f.Offset >= p.Total {
		return p, nil
	}
	rows, err := s.r.QueryContext(ctx, "SELECT e.json FROM events e"+w+" ORDER BY e.date, e.id LIMIT ? OFFSET ?",
		append(args, f.Limit, f.Offset)...)
	if err != nil {
		return Page{}, queryErr("query events", err)
	}
	defer rows.Close()
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return Page{}, fmt.Errorf("scan event: %w", err)
		}
		p.Events = append(p.Events, json.RawMessage(js))
	}
	if err := rows.Err(); err != nil {
		return Page{}, queryErr("query events", err)
	}
	return p, nil
}

// EachEvent implements Store.
func (s *SQLite) EachEvent(ctx context.Context, f Filter, fn func(Row) error) error {
	w, args := where(f)
	q := `SELECT e.json, s.url, s.title, s.source, s.date FROM events e JOIN stories s ON s.sk = e.story_sk` + w +
		" ORDER BY e.date, e.id"
	if f.Limit > 0 || f.Offset > 0 {
		lim := f.Limit
		if lim <= 0 {
			lim = -1 // SQLite: no limit
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, lim, f.Offset)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return queryErr("export events", err)
	}
	defer rows.Close()
	var r Row
	var js sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&js, &r.Citation.URL, &r.Citation.Title, &r.Citation.Source, &r.Citation.PubDate); err != nil {
			return fmt.Errorf("scan event: %w", err)
		}
		r.JSON = js
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return queryErr("export events", err)
	}
	return nil
}

// Event implements Store. contextSentences is how many sentences on each
// side of the event's own sentence to return.
func (s *SQLite) Event(ctx context.Context, id string, contextSentences int) (EventDetail, error) {
	var d EventDetail
	var js string
	var storySK int64
	err := s.r.QueryRowContext(ctx, `SELECT e.json, e.sentence_idx, e.story_sk, s.id, s.title, s.date, s.url, s.source
		FROM events e JOIN stories s ON s.sk = e.story_sk WHERE e.id = ?`, id).
		Scan(&js, &d.SentenceIndex, &storySK, &d.Story.ID, &d.Story.Title, &d.Story.Date, &d.Story.URL, &d.Story.Source)
	if errors.Is(err, sql.ErrNoRows) {
		return EventDetail{}, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %q: %w", id, err)
	}
	d.Event = json.RawMessage(js)
	rows, err := s.r.QueryContext(ctx, `SELECT idx, text FROM sentences WHERE story_sk = ? AND idx BETWEEN ? AND ? ORDER BY idx`,
		storySK, d.SentenceIndex-contextSentences, d.SentenceIndex+contextSentences)
	if err != nil {
		return EventDetail{}, fmt.Errorf("event %q context: %w", id, err)
	}
	defer rows.Close()
	d.Context = []Sentence{}
	for rows.Next() {
		var sn Sentence
		if err := rows.Scan(&sn.Index, &sn.Text); err != nil {
			return EventDetail{}, fmt.Errorf("event %q context: %w", id, err)
		}
		if sn.Index == d.SentenceIndex {
			d.Sentence = sn.Text
		}
		d.Context = append(d.Context, sn)
	}
	if err := rows.Err(); err != nil {
		return EventDetail{}, fmt.Errorf("event %q context: %w", id, err)
	}
	return d, nil
}

// Timeline implements Store. Periods between the first and last bucket
// with no events are filled in with zero counts, so a chart's x axis is
// continuous.
func (s *SQLite) Timeline(ctx context.Context, f Filter, iv Interval, split Split) ([]Bucket, error) {
	var period string
	switch iv {
	case Day:
		period = "e.date"
	case Week:
		period = "e.week"
	case Month:
		period = "e.month"
	default:
		return nil, &FilterError{Param: "interval", Msg: fmt.Sprintf("%q is not day, week or month", iv)}
	}
	var key string
	switch split {
	case SplitNone, "":
		key = "''"
	case SplitQuad:
		key = "CAST(e.quad AS TEXT)"
	case SplitPLOVER:
		key = "e.plover"
	default:
		return nil, &FilterError{Param: "split", Msg: fmt.Sprintf("%q is not quad, plover or none", split)}
	}
	w, args := where(f)
	if w == "" {
		w = " WHERE "
	} else {
		w += " AND "
	}
	w += period + " <> ''"
	rows, err := s.r.QueryContext(ctx, "SELECT "+period+", "+key+", count(*) FROM events e"+w+" GROUP BY 1, 2 ORDER BY 1", args...)
	if err != nil {
		return nil, queryErr("timeline", err)
	}
	defer rows.Close()
	var out []Bucket
	for rows.Next() {
		var p, k string
		var n int
		if err := rows.Scan(&p, &k, &n); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Period != p {
			out = append(out, Bucket{Period: p, Counts: map[string]int{}})
		}
		b := &out[len(out)-1]
		b.Total += n
		if split != SplitNone && split != "" {
			b.Counts[k] += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr("timeline", err)
	}
	return fillGaps(out, iv), nil
}

// maxFilledBuckets bounds gap filling so a stray date in year 1 cannot make
// a day timeline of 700,000 buckets.
const maxFilledBuckets = 20000

func fillGaps(bs []Bucket, iv Interval) []Bucket {
	if len(bs) < 2 {
		if bs == nil {
			return []Bucket{}
		}
		return bs
	}
	next := func(t time.Time) time.Time {
		switch iv {
		case Week:
			return t.AddDate(0, 0, 7)
		case Month:
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(0, 0, 1)
	}
	first, err1 := time.Parse("2006-01-02", bs[0].Period)
	last, err2 := time.Parse("2006-01-02", bs[len(bs)-1].Period)
	if err1 != nil || err2 != nil {
		return bs
	}
	out := make([]Bucket, 0, len(bs))
	i := 0
	for t := first; !t.After(last); t = next(t) {
		p := t.Format("2006-01-02")
		for i < len(bs) && bs[i].Period < p { // dates that are not period starts; keep them
			out = append(out, bs[i])
			i++
		}
		if i < len(bs) && bs[i].Period == p {
			out = append(out, bs[i])
			i++
		} else {
			out = append(out, Bucket{Period: p, Counts: map[string]int{}})
		}
		if len(out) > maxFilledBuckets {
			return bs
		}
	}
	return append(out, bs[i:]...)
}

// Dyads implements Store: one row per distinct source×target key pair of
// each event, keyed by actor country (or code when there is none).
func (s *SQLite) Dyads(ctx context.Context, f Filter, limit int) ([]Dyad, error) {
	w, args := where(f)
	q := `SELECT src, tgt, count(*), avg(g) FROM (
		SELECT DISTINCT e.sk, sa.akey AS src, ta.akey AS tgt, e.goldstein AS g FROM events e
		JOIN event_actors sa ON sa.event_sk = e.sk AND sa.side = 'source'
		JOIN event_actors ta ON ta.event_sk = e.sk AND ta.side = 'target'` + w + `)
		GROUP BY src, tgt ORDER BY count(*) DESC, src, tgt LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, append(args, limit)...)
	if err != nil {
		return nil, queryErr("dyads", err)
	}
	defer rows.Close()
	out := []Dyad{}
	for rows.Next() {
		var d Dyad
		if err := rows.Scan(&d.Source, &d.Target, &d.Count, &d.MeanGoldstein); err != nil {
			return nil, fmt.Errorf("dyads: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr("dyads", err)
	}
	return out, nil
}

// Actors implements Store: events per actor code, each event counted once
// per code even when the code is on both sides.
func (s *SQLite) Actors(ctx context.Context, f Filter, side Side, limit int) ([]ActorCount, error) {
	var sides string
	switch side {
	case SideAny, "":
		sides = "'source','target'"
	case SideSource:
		sides = "'source'"
	case SideTarget:
		sides = "'target'"
	default:
		return nil, &FilterError{Param: "side", Msg: fmt.Sprintf("%q is not source, target or any", side)}
	}
	w, args := where(f)
	q := `SELECT code, country, count(*) FROM (
		SELECT DISTINCT e.sk, a.code AS code, a.country AS country FROM events e
		JOIN event_actors a ON a.event_sk = e.sk AND a.side IN (` + sides + `)` + w + `)
		GROUP BY code, country ORDER BY count(*) DESC, code LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, append(args, limit)...)
	if err != nil {
		return nil, queryErr("actors", err)
	}
	defer rows.Close()
	out := []ActorCount{}
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Country, &a.Count); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr("actors", err)
	}
	return out, nil
}

// Places implements Store.
func (s *SQLite) Places(ctx context.Context, f Filter, limit int) ([]PlaceCount, error) {
	w, args := where(f)
	if w == "" {
		w = " WHERE "
	} else {
		w += " AND "
	}
	w += "e.place_sk IS NOT NULL"
	q := `SELECT p.name, p.country, p.admin1, p.lat, p.lon, c.n FROM (
		SELECT e.place_sk AS psk, count(*) AS n FROM events e` + w + ` GROUP BY e.place_sk) c
		JOIN places p ON p.sk = c.psk ORDER BY c.n DESC, p.name LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, append(args, limit)...)
	if err != nil {
		return nil, queryErr("places", err)
	}
	defer rows.Close()
	out := []PlaceCount{}
	for rows.Next() {
		var p PlaceCount
		if err := rows.Scan(&p.Name, &p.Country, &p.Admin1, &p.Lat, &p.Lon, &p.Count); err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr("places", err)
	}
	return out, nil
}

// DecodeRow decodes an exported row's event.
func DecodeRow(r Row) (event.Event, error) {
	var e event.Event
	if err := json.Unmarshal(r.JSON, &e); err != nil {
		return e, fmt.Errorf("decode stored event: %w", err)
	}
	return e, nil
}
