package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/parley-events/parley/event"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// SQLite is the embedded Store: one database file in WAL mode. Writes go
// through a single connection (SQLite allows one writer at a time anyway);
// reads use a pool so the API can answer while an ingest runs.
type SQLite struct {
	w  *sql.DB
	r  *sql.DB
	mu sync.Mutex // serialises Put so savepoint bookkeeping stays simple
}

var _ Store = (*SQLite)(nil)

func dsn(path string, write bool) string {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)",
		"foreign_keys(1)", "cache_size(-65536)", "temp_store(MEMORY)", "mmap_size(268435456)"} {
		q.Add("_pragma", p)
	}
	if write {
		// Take the write lock at BEGIN, so a transaction never fails halfway
		// because another connection wrote first.
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	return "file:" + path + "?" + q.Encode()
}

// OpenSQLite opens (creating if needed) the database at path and migrates
// its schema to the current version. A missing or empty path (see
// FileEmpty) becomes a new database; anything InspectFile refuses is an
// error and the file is left as it was.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	// A directory, a file that is not SQLite or another program's
	// database is refused before SQLite opens it: migrating would fail
	// with a bare "file is not a database", or add parley's tables to
	// someone else's data.
	if _, err := InspectFile(ctx, path); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	n := runtime.GOMAXPROCS(0) * 2
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	return &SQLite{w: w, r: r}, nil
}

// Close closes the database.
func (s *SQLite) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// migrations are applied in order; PRAGMA user_version records how many ran.
// Never edit a released migration: append a new one.
var migrations = [...]string{
	// 1: initial schema.
	`
CREATE TABLE stories (
	sk      INTEGER PRIMARY KEY,
	id      TEXT NOT NULL UNIQUE,
	hash    TEXT NOT NULL,
	date    TEXT NOT NULL DEFAULT '',
	title   TEXT NOT NULL DEFAULT '',
	url     TEXT NOT NULL DEFAULT '',
	source  TEXT NOT NULL DEFAULT '',
	text    TEXT NOT NULL DEFAULT '',
	coded_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sentences (
	sk       INTEGER PRIMARY KEY,
	story_sk INTEGER NOT NULL REFERENCES stories(sk),
	idx      INTEGER NOT NULL,
	text     TEXT NOT NULL,
	UNIQUE (story_sk, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='sk');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
	INSERT INTO sentences_fts(rowid, text) VALUES (new.sk, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
	INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sk, old.text);
END;
CREATE TABLE places (
	sk        INTEGER PRIMARY KEY,
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	admin1    TEXT NOT NULL,
	lat       REAL NOT NULL,
	lon       REAL NOT NULL,
	precision TEXT NOT NULL,
	geonameid INTEGER NOT NULL,
	UNIQUE (name, country, admin1, lat, lon)
);
CREATE TABLE events (
	sk           INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	story_sk     INTEGER NOT NULL REFERENCES stories(sk),
	sentence_sk  INTEGER REFERENCES sentences(sk),
	sentence_idx INTEGER NOT NULL,
	date         TEXT NOT NULL,
	date_end     TEXT NOT NULL,
	week         TEXT NOT NULL,
	month        TEXT NOT NULL,
	cameo        TEXT NOT NULL,
	root         TEXT NOT NULL,
	quad         INTEGER NOT NULL,
	goldstein    REAL NOT NULL,
	plover       TEXT NOT NULL,
	negated      INTEGER NOT NULL,
	future       INTEGER NOT NULL,
	hypothetical INTEGER NOT NULL,
	reported     INTEGER NOT NULL,
	place_sk     INTEGER REFERENCES places(sk),
	lat          REAL,
	lon          REAL,
	loc_country  TEXT,
	json         TEXT NOT NULL
);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_story ON events(story_sk);
CREATE INDEX events_sentence ON events(sentence_sk);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_root ON events(root, date);
CREATE INDEX events_plover ON events(plover, date);
CREATE INDEX events_place ON events(place_sk) WHERE place_sk IS NOT NULL;
CREATE INDEX events_loc ON events(loc_country) WHERE loc_country IS NOT NULL;
CREATE INDEX events_lonlat ON events(lon, lat) WHERE lon IS NOT NULL;
CREATE INDEX events_week ON events(week, quad, plover);
CREATE INDEX events_month ON events(month, quad, plover);
CREATE TABLE event_actors (
	event_sk INTEGER NOT NULL REFERENCES events(sk),
	side     TEXT NOT NULL CHECK (side IN ('source', 'target', 'participant')),
	ord      INTEGER NOT NULL,
	code     TEXT NOT NULL,
	country  TEXT NOT NULL,
	sector   TEXT NOT NULL,
	akey     TEXT NOT NULL, -- country, or code when there is none: the dyad unit
	role     TEXT NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (event_sk, side, ord)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors(code, side, event_sk);
CREATE INDEX event_actors_country ON event_actors(country, side, event_sk);
`,
	// 2: speed for the 200k-event load (docs/performance.md). Actor rows carry
	// the event's dates so "actor X between two dates" is one index range per
	// code; actor_codes lets a code prefix expand to the few codes it covers;
	// day_quad and day_plover are per-day counts, kept by triggers, so an
	// unfiltered or date-only timeline reads thousands of rows, not every
	// event.
	`
ALTER TABLE event_actors ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE event_actors ADD COLUMN date_end TEXT NOT NULL DEFAULT '';
UPDATE event_actors SET date = (SELECT e.date FROM events e WHERE e.sk = event_sk),
	date_end = (SELECT e.date_end FROM events e WHERE e.sk = event_sk);
DROP INDEX event_actors_code;
DROP INDEX event_actors_country;
CREATE INDEX event_actors_code ON event_actors(code, date, date_end, side, event_sk);
CREATE INDEX event_actors_country ON event_actors(country, date, date_end, side, event_sk);
CREATE TABLE actor_codes (code TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO actor_codes SELECT DISTINCT code FROM event_actors;
CREATE INDEX events_multiday ON events(date, date_end) WHERE date_end > date;
CREATE TABLE day_quad (date TEXT NOT NULL, quad INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (date, quad)) WITHOUT ROWID;
CREATE TABLE day_plover (date TEXT NOT NULL, plover TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (date, plover)) WITHOUT ROWID;
INSERT INTO day_quad SELECT date, quad, count(*) FROM events WHERE date <> '' AND date_end = date GROUP BY 1, 2;
INSERT INTO day_plover SELECT date, plover, count(*) FROM events WHERE date <> '' AND date_end = date GROUP BY 1, 2;
CREATE TRIGGER events_day_ai AFTER INSERT ON events WHEN new.date <> '' AND new.date_end = new.date BEGIN
	INSERT INTO day_quad VALUES (new.date, new.quad, 1) ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO day_plover VALUES (new.date, new.plover, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER events_day_ad AFTER DELETE ON events WHEN old.date <> '' AND old.date_end = old.date BEGIN
	UPDATE day_quad SET n = n - 1 WHERE date = old.date AND quad = old.quad;
	UPDATE day_plover SET n = n - 1 WHERE date = old.date AND plover = old.plover;
END;
`,
	// 3: dyads precomputed per event (distinct source×target keys), with
	// running totals per pair for the unfiltered dyad matrix.
	`
CREATE TABLE event_dyads (
	event_sk  INTEGER NOT NULL REFERENCES events(sk),
	src       TEXT NOT NULL,
	tgt       TEXT NOT NULL,
	goldstein REAL NOT NULL,
	PRIMARY KEY (event_sk, src, tgt)
) WITHOUT ROWID;
INSERT INTO event_dyads SELECT DISTINCT e.sk, sa.akey, ta.akey, e.goldstein FROM events e
	JOIN event_actors sa ON sa.event_sk = e.sk AND sa.side = 'source'
	JOIN event_actors ta ON ta.event_sk = e.sk AND ta.side = 'target';
CREATE TABLE dyad_totals (src TEXT NOT NULL, tgt TEXT NOT NULL, n INTEGER NOT NULL, gsum REAL NOT NULL, PRIMARY KEY (src, tgt)) WITHOUT ROWID;
INSERT INTO dyad_totals SELECT src, tgt, count(*), total(goldstein) FROM event_dyads GROUP BY 1, 2;
CREATE TRIGGER event_dyads_ai AFTER INSERT ON event_dyads BEGIN
	INSERT INTO dyad_totals VALUES (new.src, new.tgt, 1, new.goldstein)
		ON CONFLICT DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum;
END;
CREATE TRIGGER event_dyads_ad AFTER DELETE ON event_dyads BEGIN
	UPDATE dyad_totals SET n = n - 1, gsum = gsum - old.goldstein WHERE src = old.src AND tgt = old.tgt;
END;
`,
	// 4: events per actor code for the unfiltered top-actors list. An event
	// counts once per code and side, and once in anyside even when the code
	// is on both sides; Put keeps the counts (a trigger cannot see the
	// whole event).
	`
CREATE TABLE actor_totals (
	code    TEXT NOT NULL,
	country TEXT NOT NULL,
	source  INTEGER NOT NULL,
	target  INTEGER NOT NULL,
	anyside INTEGER NOT NULL,
	PRIMARY KEY (code, country)
) WITHOUT ROWID;
INSERT INTO actor_totals SELECT code, country,
	count(DISTINCT CASE WHEN side = 'source' THEN event_sk END),
	count(DISTINCT CASE WHEN side = 'target' THEN event_sk END),
	count(DISTINCT CASE WHEN side IN ('source', 'target') THEN event_sk END)
	FROM event_actors WHERE side IN ('source', 'target') GROUP BY code, country;
`,
	// 5: the event JSON moves to its own table so events rows stay small:
	// filters and aggregates scan ten times fewer pages, and the JSON is
	// read only for the rows a page or export returns.
	`
CREATE TABLE event_json (sk INTEGER PRIMARY KEY, json TEXT NOT NULL);
INSERT INTO event_json SELECT sk, json FROM events;
ALTER TABLE events DROP COLUMN json;
`,
}

func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this parley (%d)", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		// PRAGMA takes no bound parameters; i+1 is our own integer.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// StoryHash implements Store.
func (s *SQLite) StoryHash(ctx context.Context, id string) (string, bool, error) {
	var h string
	err := s.r.QueryRowContext(ctx, "SELECT hash FROM stories WHERE id = ?", id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("story hash %s: %w", id, err)
	}
	return h, true, nil
}

// weekOf returns the Monday starting the ISO week of a YYYY-MM-DD date, and
// monthOf the first of its month; "" for an unparseable date.
func weekOf(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return t.AddDate(0, 0, -wd).Format("2006-01-02")
}

func monthOf(date string) string {
	if len(date) < 8 {
		return ""
	}
	if _, err := time.Parse("2006-01-02", date); err != nil {
		return ""
	}
	return date[:8] + "01"
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Put implements Store. All records go in one transaction for speed, each
// inside its own savepoint so one bad record rolls back alone.
func (s *SQLite) Put(ctx context.Context, recs []Record) ([]error, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	p, err := prepare(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer p.close()
	errs := make([]error, len(recs))
	for i := range recs {
		if _, err := tx.ExecContext(ctx, "SAVEPOINT rec"); err != nil {
			return nil, fmt.Errorf("put: savepoint: %w", err)
		}
		if err := p.put(ctx, &recs[i]); err != nil {
			errs[i] = fmt.Errorf("store story %s: %w", recs[i].Story.ID, err)
			// Places inserted inside the rolled-back savepoint are gone.
			clear(p.places)
			clear(p.codes)
			if _, err := tx.ExecContext(ctx, "ROLLBACK TO rec"); err != nil {
				return nil, fmt.Errorf("put: rollback to savepoint: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, "RELEASE rec"); err != nil {
			return nil, fmt.Errorf("put: release savepoint: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return errs, nil
}

type putStmts struct {
	upsertStory, delActors, delEvents, delSentences, insSentence, insPlace, insEvent, insActor, insCode, delDyads, insDyad, oldActors, addTotals, insJSON, delJSON *sql.Stmt
	codes                                                                                                                                                          map[string]bool
	places                                                                                                                                                         map[placeKey]int64
}

type placeKey struct {
	name, country, admin1 string
	lat, lon              float64
}

func prepare(ctx context.Context, tx *sql.Tx) (*putStmts, error) {
	p := &putStmts{places: map[placeKey]int64{}, codes: map[string]bool{}}
	for _, x := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&p.upsertStory, `INSERT INTO stories(id, hash, date, title, url, source, text, coded_at) VALUES (?,?,?,?,?,?,?,?)
			ON CONFLICT(id) DO UPDATE SET hash=excluded.hash, date=excluded.date, title=excluded.title, url=excluded.url,
			source=excluded.source, text=excluded.text, coded_at=excluded.coded_at RETURNING sk`},
		{&p.delActors, `DELETE FROM event_actors WHERE event_sk IN (SELECT sk FROM events WHERE story_sk = ?)`},
		{&p.oldActors, `SELECT a.event_sk, a.side, a.code, a.country FROM event_actors a
			WHERE a.event_sk IN (SELECT sk FROM events WHERE story_sk = ?) AND a.side IN ('source', 'target')`},
		{&p.addTotals, `INSERT INTO actor_totals VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE
			SET source = source + excluded.source, target = target + excluded.target, anyside = anyside + excluded.anyside`},
		{&p.delDyads, `DELETE FROM event_dyads WHERE event_sk IN (SELECT sk FROM events WHERE story_sk = ?)`},
		{&p.insDyad, `INSERT INTO event_dyads(event_sk, src, tgt, goldstein) VALUES (?,?,?,?)`},
		{&p.delEvents, `DELETE FROM events WHERE story_sk = ?`},
		{&p.delSentences, `DELETE FROM sentences WHERE story_sk = ?`},
		{&p.insSentence, `INSERT INTO sentences(story_sk, idx, text) VALUES (?,?,?) RETURNING sk`},
		{&p.insPlace, `INSERT INTO places(name, country, admin1, lat, lon, precision, geonameid) VALUES (?,?,?,?,?,?,?)
			ON CONFLICT(name, country, admin1, lat, lon) DO UPDATE SET precision=excluded.precision RETURNING sk`},
		{&p.insEvent, `INSERT INTO events(id, story_sk, sentence_sk, sentence_idx, date, date_end, week, month, cameo, root,
			quad, goldstein, plover, negated, future, hypothetical, reported, place_sk, lat, lon, loc_country)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING sk`},
		{&p.insJSON, `INSERT INTO event_json(sk, json) VALUES (?,?)`},
		{&p.delJSON, `DELETE FROM event_json WHERE sk IN (SELECT sk FROM events WHERE story_sk = ?)`},
		{&p.insActor, `INSERT INTO event_actors(event_sk, side, ord, code, country, sector, akey, role, text, date, date_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)`},
		{&p.insCode, `INSERT OR IGNORE INTO actor_codes(code) VALUES (?)`},
	} {
		st, err := tx.PrepareContext(ctx, x.sql)
		if err != nil {
			p.close()
			return nil, fmt.Errorf("put: prepare: %w", err)
		}
		*x.dst = st
	}
	return p, nil
}

func (p *putStmts) close() {
	for _, st := range []*sql.Stmt{p.upsertStory, p.delActors, p.delEvents, p.delSentences, p.insSentence, p.insPlace, p.insEvent, p.insActor, p.insCode, p.delDyads, p.insDyad, p.oldActors, p.addTotals, p.insJSON, p.delJSON} {
		if st != nil {
			st.Close()
		}
	}
}

func (p *putStmts) put(ctx context.Context, r *Record) error {
	st := r.Story
	if st.ID == "" {
		return errors.New("story has no id")
	}
	hash := r.Hash
	if hash == "" {
		hash = Hash(st)
	}
	var sk int64
	if err := p.upsertStory.QueryRowContext(ctx, st.ID, hash, st.Date, st.Title, st.URL, st.Source, st.Text,
		time.Now().UTC().Format(time.RFC3339)).Scan(&sk); err != nil {
		return fmt.Errorf("upsert story: %w", err)
	}
	if err := p.uncountActors(ctx, sk); err != nil {
		return err
	}
	for _, del := range []*sql.Stmt{p.delActors, p.delDyads, p.delJSON, p.delEvents, p.delSentences} {
		if _, err := del.ExecContext(ctx, sk); err != nil {
			return fmt.Errorf("delete old version: %w", err)
		}
	}
	// Sentences: the record's own list, plus any sentence an event cites that
	// the list lacks, so every event can be found by full-text search.
	sents := make(map[int]int64, len(r.Sentences))
	addSentence := func(idx int, text string) error {
		if _, ok := sents[idx]; ok {
			return nil
		}
		var ssk int64
		if err := p.insSentence.QueryRowContext(ctx, sk, idx, text).Scan(&ssk); err != nil {
			return fmt.Errorf("insert sentence %d: %w", idx, err)
		}
		sents[idx] = ssk
		return nil
	}
	for _, s := range r.Sentences {
		if err := addSentence(s.Index, s.Text); err != nil {
			return err
		}
	}
	for i := range r.Events {
		e := &r.Events[i]
		if err := addSentence(e.SentenceIndex, e.Sentence); err != nil {
			return err
		}
		if err := p.putEvent(ctx, sk, sents[e.SentenceIndex], e); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	return nil
}

func (p *putStmts) putEvent(ctx context.Context, storySK, sentSK int64, e *event.Event) error {
	if e.ID == "" {
		return errors.New("event has no id")
	}
	js, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	end := e.DateEnd
	if end == "" || end < e.Date {
		end = e.Date
	}
	var placeSK, lat, lon, locCountry any
	if l := e.Location; l != nil {
		k := placeKey{l.Name, l.Country, l.Admin1, l.Lat, l.Lon}
		id, ok := p.places[k]
		if !ok {
			if err := p.insPlace.QueryRowContext(ctx, l.Name, l.Country, l.Admin1, l.Lat, l.Lon, l.Precision, l.GeonameID).Scan(&id); err != nil {
				return fmt.Errorf("insert place: %w", err)
			}
			p.places[k] = id
		}
		placeSK, lat, lon, locCountry = id, l.Lat, l.Lon, l.Country
	}
	root := e.CAMEORoot
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	m := e.Modality
	var esk int64
	if err := p.insEvent.QueryRowContext(ctx, e.ID, storySK, sentSK, e.SentenceIndex, e.Date, end, weekOf(e.Date), monthOf(e.Date),
		e.CAMEO, root, e.QuadClass, e.Goldstein, e.PLOVER.Type, b2i(m.Negated), b2i(m.Future), b2i(m.Hypothetical),
		b2i(m.ReportedBy != ""), placeSK, lat, lon, locCountry).Scan(&esk); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	if _, err := p.insJSON.ExecContext(ctx, esk, js); err != nil {
		return fmt.Errorf("insert json: %w", err)
	}
	var tally actorTally
	for _, a := range e.Source {
		tally.add(esk, "source", a.Code, a.Country)
	}
	for _, a := range e.Target {
		tally.add(esk, "target", a.Code, a.Country)
	}
	if err := p.applyTally(ctx, &tally, 1); err != nil {
		return err
	}
	seen := map[[2]string]bool{}
	for _, s := range e.Source {
		for _, t := range e.Target {
			k := [2]string{akey(s), akey(t)}
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, err := p.insDyad.ExecContext(ctx, esk, k[0], k[1], e.Goldstein); err != nil {
				return fmt.Errorf("insert dyad: %w", err)
			}
		}
	}
	for _, side := range []struct {
		name   string
		actors []event.Actor
	}{{"source", e.Source}, {"target", e.Target}, {"participant", e.Participants}} {
		for i, a := range side.actors {
			if _, err := p.insActor.ExecContext(ctx, esk, side.name, i, a.Code, a.Country, a.Sector, akey(a), a.Role, a.Text, e.Date, end); err != nil {
				return fmt.Errorf("insert %s actor %d: %w", side.name, i, err)
			}
			if !p.codes[a.Code] {
				if _, err := p.insCode.ExecContext(ctx, a.Code); err != nil {
					return fmt.Errorf("insert actor code: %w", err)
				}
				p.codes[a.Code] = true
			}
		}
	}
	return nil
}

// akey is an actor's dyad unit: its country, or its code when it has none.
func akey(a event.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.Code
}

// actorTally counts, for actor_totals, the distinct (event, code, side) and
// (event, code) pairs of some events.
type actorTally struct {
	seen   map[[4]string]bool
	counts map[[2]string]*[3]int // (code, country) -> source, target, anyside
}

func (t *actorTally) add(eventSK int64, side, code, country string) {
	if t.seen == nil {
		t.seen, t.counts = map[[4]string]bool{}, map[[2]string]*[3]int{}
	}
	ev := fmt.Sprint(eventSK)
	k := [2]string{code, country}
	c := t.counts[k]
	if c == nil {
		c = &[3]int{}
		t.counts[k] = c
	}
	if sk := [4]string{ev, side, code, country}; !t.seen[sk] {
		t.seen[sk] = true
		if side == "source" {
			c[0]++
		} else {
			c[1]++
		}
	}
	if ak := [4]string{ev, "any", code, country}; !t.seen[ak] {
		t.seen[ak] = true
		c[2]++
	}
}

func (p *putStmts) applyTally(ctx context.Context, t *actorTally, sign int) error {
	for k, c := range t.counts {
		if _, err := p.addTotals.ExecContext(ctx, k[0], k[1], sign*c[0], sign*c[1], sign*c[2]); err != nil {
			return fmt.Errorf("update actor totals: %w", err)
		}
	}
	return nil
}

// uncountActors removes a story's stored events from actor_totals before
// they are replaced.
func (p *putStmts) uncountActors(ctx context.Context, storySK int64) error {
	rows, err := p.oldActors.QueryContext(ctx, storySK)
	if err != nil {
		return fmt.Errorf("read old actors: %w", err)
	}
	var t actorTally
	for rows.Next() {
		var sk int64
		var side, code, country string
		if err := rows.Scan(&sk, &side, &code, &country); err != nil {
			rows.Close()
			return fmt.Errorf("read old actors: %w", err)
		}
		t.add(sk, side, code, country)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read old actors: %w", err)
	}
	return p.applyTally(ctx, &t, -1)
}
