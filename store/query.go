package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/parley-events/parley/event"
)

// maxPrefixCodes bounds how many actor codes a prefix may expand to before
// the query falls back to a range scan of the code index.
const maxPrefixCodes = 2000

// prefixCodes lists the stored actor codes starting with prefix, or nil and
// false when there are too many to list.
func (s *SQLite) prefixCodes(ctx context.Context, prefix string) ([]any, bool, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT code FROM actor_codes WHERE code >= ? AND code < ? LIMIT ?",
		prefix, prefix+"\U0010FFFF", maxPrefixCodes+1)
	if err != nil {
		return nil, false, fmt.Errorf("expand actor prefix: %w", err)
	}
	defer rows.Close()
	var out []any
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, false, fmt.Errorf("expand actor prefix: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("expand actor prefix: %w", err)
	}
	return out, len(out) <= maxPrefixCodes, nil
}

// where builds the WHERE clause (over events aliased e) and its arguments;
// extra conditions, without arguments, are ANDed to the filter's.
func (s *SQLite) where(ctx context.Context, f Filter, extra ...string) (string, []any, error) {
	conds := append([]string(nil), extra...)
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
	// An actor value matches as a prefix of the actor code or as the exact
	// country. The prefix is expanded to the stored codes it covers, so each
	// becomes an equality lookup whose index also narrows by date: "TUR in
	// spring 2021" reads only the rows it returns.
	actorCond := func(vals []string, sides string) error {
		var parts []string
		var sub []any
		dates := ""
		var dargs []any
		if f.From != "" {
			dates += " AND a.date_end >= ?"
			dargs = append(dargs, f.From)
		}
		if f.To != "" {
			dates += " AND a.date <= ?"
			dargs = append(dargs, f.To)
		}
		for _, v := range vals {
			codes, ok, err := s.prefixCodes(ctx, v)
			if err != nil {
				return err
			}
			switch {
			case !ok:
				parts = append(parts, "SELECT a.event_sk FROM event_actors a WHERE a.code >= ? AND a.code < ? AND a.side IN ("+sides+")"+dates)
				sub = append(sub, v, v+"\U0010FFFF")
				sub = append(sub, dargs...)
			case len(codes) > 0:
				parts = append(parts, "SELECT a.event_sk FROM event_actors a WHERE a.code IN ("+
					strings.TrimSuffix(strings.Repeat("?,", len(codes)), ",")+") AND a.side IN ("+sides+")"+dates)
				sub = append(sub, codes...)
				sub = append(sub, dargs...)
			}
			parts = append(parts, "SELECT a.event_sk FROM event_actors a WHERE a.country = ? AND a.side IN ("+sides+")"+dates)
			sub = append(sub, v)
			sub = append(sub, dargs...)
		}
		conds = append(conds, "e.sk IN ("+strings.Join(parts, " UNION ")+")")
		args = append(args, sub...)
		return nil
	}
	for _, a := range []struct {
		vals  []string
		sides string
	}{{f.Actor, "'source','target'"}, {f.Source, "'source'"}, {f.Target, "'target'"}} {
		if len(a.vals) > 0 {
			if err := actorCond(a.vals, a.sides); err != nil {
				return "", nil, err
			}
		}
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
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
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

// Events implements Store. The page and the total come from one query (a
// window count), since both must visit every match anyway; only an offset
// past the end needs a separate count.
func (s *SQLite) Events(ctx context.Context, f Filter) (Page, error) {
	if f.Limit <= 0 {
		f.Limit = DefaultLimit
	}
	w, args, err := s.where(ctx, f)
	if err != nil {
		return Page{}, err
	}
	p := Page{Limit: f.Limit, Offset: f.Offset, Events: []json.RawMessage{}}
	q := `SELECT (SELECT j.json FROM event_json j WHERE j.sk = p.sk), p.n FROM (
		SELECT e.sk AS sk, e.date AS d, e.id AS i, count(*) OVER () AS n FROM events e` + w + `
		ORDER BY e.date, e.id LIMIT ? OFFSET ?) p ORDER BY p.d, p.i`
	rows, err := s.r.QueryContext(ctx, q, append(args, f.Limit, f.Offset)...)
	if err != nil {
		return Page{}, queryErr("query events", err)
	}
	defer rows.Close()
	for rows.Next() {
		var js string
		if err := rows.Scan(&js, &p.Total); err != nil {
			return Page{}, fmt.Errorf("scan event: %w", err)
		}
		p.Events = append(p.Events, json.RawMessage(js))
	}
	if err := rows.Err(); err != nil {
		return Page{}, queryErr("query events", err)
	}
	if len(p.Events) == 0 && f.Offset > 0 {
		if err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM events e"+w, args...).Scan(&p.Total); err != nil {
			return Page{}, queryErr("count events", err)
		}
	}
	return p, nil
}

// EachEvent implements Store.
func (s *SQLite) EachEvent(ctx context.Context, f Filter, fn func(Row) error) error {
	w, args, err := s.where(ctx, f)
	if err != nil {
		return err
	}
	q := `SELECT j.json, s.url, s.title, s.source, s.date FROM events e JOIN stories s ON s.sk = e.story_sk
		JOIN event_json j ON j.sk = e.sk` + w +
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
	err := s.r.QueryRowContext(ctx, `SELECT j.json, e.sentence_idx, e.story_sk, s.id, s.title, s.date, s.url, s.source
		FROM events e JOIN stories s ON s.sk = e.story_sk JOIN event_json j ON j.sk = e.sk WHERE e.id = ?`, id).
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
	var periodCol string
	switch iv {
	case Day:
		periodCol = "e.date"
	case Week:
		periodCol = "e.week"
	case Month:
		periodCol = "e.month"
	default:
		return nil, &FilterError{Param: "interval", Msg: fmt.Sprintf("%q is not day, week or month", iv)}
	}
	var key string
	switch split {
	case SplitNone, "":
		split, key = SplitNone, "''"
	case SplitQuad:
		key = "e.quad"
	case SplitPLOVER:
		key = "e.plover"
	default:
		return nil, &FilterError{Param: "split", Msg: fmt.Sprintf("%q is not quad, plover or none", split)}
	}
	var out []Bucket
	add := func(p, k string, n int) {
		if len(out) == 0 || out[len(out)-1].Period != p {
			out = append(out, Bucket{Period: p, Counts: map[string]int{}})
		}
		b := &out[len(out)-1]
		b.Total += n
		if split != SplitNone {
			b.Counts[k] += n
		}
	}
	if onlyDates(f) {
		if err := s.timelineRollup(ctx, f, iv, split, add); err != nil {
			return nil, err
		}
		return fillGaps(out, iv), nil
	}
	w, args, err := s.where(ctx, f, periodCol+" <> ''")
	if err != nil {
		return nil, err
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+periodCol+", "+key+", count(*) FROM events e"+w+" GROUP BY 1, 2 ORDER BY 1", args...)
	if err != nil {
		return nil, queryErr("timeline", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p, k string
		var n int
		if err := rows.Scan(&p, &k, &n); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		add(p, k, n)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr("timeline", err)
	}
	return fillGaps(out, iv), nil
}

// onlyDates reports whether a filter restricts nothing but the date range,
// which the per-day count tables can answer.
func onlyDates(f Filter) bool {
	return f.Actor == nil && f.Source == nil && f.Target == nil && f.CAMEO == nil && f.Root == nil &&
		f.PLOVER == nil && f.Quad == nil && f.LocCountry == nil && f.GMin == nil && f.GMax == nil &&
		f.Negated == nil && f.Future == nil && f.Hypothetical == nil && f.Reported == nil && f.BBox == nil &&
		f.Query == "" && f.Story == ""
}

// timelineRollup answers a date-only timeline from the per-day count tables
// (single-day events) plus the few multi-day events read directly, grouping
// days into periods in Go. add must be called in period order.
func (s *SQLite) timelineRollup(ctx context.Context, f Filter, iv Interval, split Split, add func(p, k string, n int)) error {
	table, col := "day_quad", "quad"
	if split == SplitPLOVER {
		table, col = "day_plover", "plover"
	}
	cond, args := "", []any{}
	if f.From != "" {
		cond += " AND date >= ?"
		args = append(args, f.From)
	}
	if f.To != "" {
		cond += " AND date <= ?"
		args = append(args, f.To)
	}
	mcond, margs := "", []any{}
	if f.From != "" {
		mcond += " AND date_end >= ?"
		margs = append(margs, f.From)
	}
	if f.To != "" {
		mcond += " AND date <= ?"
		margs = append(margs, f.To)
	}
	q := "SELECT date, " + col + ", n FROM " + table + " WHERE n > 0" + cond +
		" UNION ALL SELECT date, " + col + ", count(*) FROM events WHERE date_end > date" + mcond + " GROUP BY 1, 2 ORDER BY 1"
	rows, err := s.r.QueryContext(ctx, q, append(args, margs...)...)
	if err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var lastDay, lastPeriod string
	for rows.Next() {
		var day, k string
		var n int
		if err := rows.Scan(&day, &k, &n); err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		if day != lastDay {
			lastDay = day
			switch iv {
			case Week:
				lastPeriod = weekOf(day)
			case Month:
				lastPeriod = monthOf(day)
			default:
				lastPeriod = day
			}
		}
		if lastPeriod == "" {
			continue
		}
		add(lastPeriod, k, n)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("timeline: %w", err)
	}
	return nil
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
// each event, keyed by actor country (or code when there is none). Without a
// filter the running per-pair totals answer at once.
func (s *SQLite) Dyads(ctx context.Context, f Filter, limit int) ([]Dyad, error) {
	var q string
	var args []any
	if onlyDates(f) && f.From == "" && f.To == "" {
		q = `SELECT src, tgt, n, gsum / n FROM dyad_totals WHERE n > 0 ORDER BY n DESC, src, tgt LIMIT ?`
	} else {
		w, wargs, err := s.where(ctx, f)
		if err != nil {
			return nil, err
		}
		q = `SELECT d.src, d.tgt, count(*), avg(d.goldstein) FROM event_dyads d
			WHERE d.event_sk IN (SELECT e.sk FROM events e` + w + `)
			GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`
		args = wargs
	}
	return collect(ctx, s.r, "dyads", q, append(args, limit), func(rows *sql.Rows, d *Dyad) error {
		if err := rows.Scan(&d.Source, &d.Target, &d.Count, &d.MeanGoldstein); err != nil {
			return err
		}
		// Running sums drift in the last bits after deletions; Goldstein
		// scores have one decimal, so six are plenty.
		d.MeanGoldstein = math.Round(d.MeanGoldstein*1e6) / 1e6
		return nil
	})
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
	if onlyDates(f) && f.From == "" && f.To == "" {
		col := map[Side]string{SideAny: "anyside", "": "anyside", SideSource: "source", SideTarget: "target"}[side]
		return s.actorTotals(ctx, col, limit)
	}
	w, args, err := s.where(ctx, f)
	if err != nil {
		return nil, err
	}
	q := `SELECT code, country, count(*) FROM (
		SELECT DISTINCT e.sk, a.code AS code, a.country AS country FROM events e
		JOIN event_actors a ON a.event_sk = e.sk AND a.side IN (` + sides + `)` + w + `)
		GROUP BY code, country ORDER BY count(*) DESC, code LIMIT ?`
	return collect(ctx, s.r, "actors", q, append(args, limit), scanActorCount)
}

// Places implements Store.
func (s *SQLite) Places(ctx context.Context, f Filter, limit int) ([]PlaceCount, error) {
	w, args, err := s.where(ctx, f, "e.place_sk IS NOT NULL")
	if err != nil {
		return nil, err
	}
	q := `SELECT p.name, p.country, p.admin1, p.lat, p.lon, c.n FROM (
		SELECT e.place_sk AS psk, count(*) AS n FROM events e` + w + ` GROUP BY e.place_sk) c
		JOIN places p ON p.sk = c.psk ORDER BY c.n DESC, p.name LIMIT ?`
	return collect(ctx, s.r, "places", q, append(args, limit), func(rows *sql.Rows, p *PlaceCount) error {
		return rows.Scan(&p.Name, &p.Country, &p.Admin1, &p.Lat, &p.Lon, &p.Count)
	})
}

// DecodeRow decodes an exported row's event.
func DecodeRow(r Row) (event.Event, error) {
	var e event.Event
	if err := json.Unmarshal(r.JSON, &e); err != nil {
		return e, fmt.Errorf("decode stored event: %w", err)
	}
	return e, nil
}

// actorTotals answers the unfiltered top-actors list from the running
// per-code counts; col is a fixed column name, never user input.
func (s *SQLite) actorTotals(ctx context.Context, col string, limit int) ([]ActorCount, error) {
	q := "SELECT code, country, " + col + " FROM actor_totals WHERE " + col + " > 0 ORDER BY 3 DESC, code LIMIT ?"
	return collect(ctx, s.r, "actors", q, []any{limit}, scanActorCount)
}

func scanActorCount(rows *sql.Rows, a *ActorCount) error {
	return rows.Scan(&a.Code, &a.Country, &a.Count)
}

// collect runs q and scans every row into a T. Errors name what was asked
// for, and go through queryErr so a bad full-text query stays a
// FilterError. The result is never nil, so an empty list encodes as [].
func collect[T any](ctx context.Context, db *sql.DB, what, q string, args []any, scan func(*sql.Rows, *T) error) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, queryErr(what, err)
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr(what, err)
	}
	return out, nil
}
