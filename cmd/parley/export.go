package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/store"
)

const exportHelp = `Usage: parley export [--db FILE] --format plover|csv|gdelt|jsonl [-o FILE] [filters]

Streams the stored events matching the filters, sorted by date then id
(docs/export.md describes each format):

  plover  PLOVER 2.0 JSON lines (id, date, actor, recipient, event, mode, ...)
  csv     one row per event with a header, for R and pandas
  gdelt   GDELT 2.0-style tab-separated file with GDELT's column names
  jsonl   the parley code event JSON, one per line, exactly as stored

Filters are the API's (docs/api.md): --from/--to YYYY-MM-DD, --actor,
--source, --target, --cameo, --root, --plover, --quad, --loc-country (each
repeatable or comma-separated, ORed), --gmin/--gmax, --negated, --future,
--hypothetical, --reported (true|false), --bbox minLon,minLat,maxLon,maxLat,
--q full-text query, --story ID, --limit N, --offset N.

--db must name a database that parley ingest wrote: a missing or empty
(0-byte) file, a file that is not SQLite, a directory or another program's
SQLite database is an error (exit 1), and the file is left as it is.

Flags:
`

// listFlag collects a repeatable flag's values.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "database `FILE` written by parley ingest")
	format := fs.String("format", "", "output `format`: plover, csv, gdelt or jsonl (required)")
	out := fs.String("o", "-", "output `FILE` (- for stdout)")
	// Flag name → API query parameter. Lists are repeatable.
	lists := map[string]string{"actor": "actor", "source": "source", "target": "target", "cameo": "cameo",
		"root": "root", "plover": "plover", "quad": "quad", "loc-country": "loc_country"}
	scalars := map[string]string{"from": "from", "to": "to", "gmin": "gmin", "gmax": "gmax", "negated": "negated",
		"future": "future", "hypothetical": "hypothetical", "reported": "reported", "bbox": "bbox", "q": "q",
		"story": "story", "limit": "limit", "offset": "offset"}
	listVals := map[string]*listFlag{}
	for name, param := range lists {
		lf := &listFlag{}
		listVals[name] = lf
		fs.Var(lf, name, "filter: "+param+" (repeatable, comma-separated)")
	}
	scalarVals := map[string]*string{}
	for name, param := range scalars {
		scalarVals[name] = fs.String(name, "", "filter: "+param)
	}
	fs.Usage = func() { fmt.Fprint(stderr, exportHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley export: unexpected argument %q (filters are flags)\n", fs.Arg(0))
		return 2
	}
	if *format == "" {
		fmt.Fprintln(stderr, "parley export: --format is required (plover, csv, gdelt or jsonl)")
		return 2
	}
	// Only flags actually given become parameters, so "--negated=" is the
	// same 400-style error as "negated=" in the API rather than ignored.
	q := url.Values{}
	fs.Visit(func(f *flag.Flag) {
		if p, ok := lists[f.Name]; ok {
			q[p] = append(q[p], *listVals[f.Name]...)
		} else if p, ok := scalars[f.Name]; ok {
			q.Set(p, *scalarVals[f.Name])
		}
	})
	filter, err := store.ParseFilter(q)
	if err != nil {
		var fe *store.FilterError
		if errors.As(err, &fe) {
			fmt.Fprintf(stderr, "parley export: --%s: %s\n", strings.ReplaceAll(fe.Param, "_", "-"), fe.Msg)
		} else {
			fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		}
		return 2
	}
	if _, err := event.NewWriter(*format, io.Discard); err != nil {
		fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		return 2
	}
	if err := readableDB(context.Background(), *db); err != nil {
		fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		return 1
	}
	var w io.Writer = stdout
	if *out != "-" {
		if err := distinctOutput(*out, *db); err != nil {
			fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
			return 1
		}
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
			return 1
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	ew, err := event.NewWriter(*format, bw)
	if err != nil {
		fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	st, err := store.OpenSQLite(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		return 1
	}
	defer st.Close()
	if err := exportEvents(ctx, st, filter, ew); err != nil {
		fmt.Fprintf(stderr, "parley export: %s\n", errMsg("export", err))
		return 1
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "parley export: write: %v\n", err)
		return 1
	}
	return 0
}

// exportEvents streams matching events into w: JSONL passes the stored bytes
// through; other formats decode each event once.
func exportEvents(ctx context.Context, st store.Store, f store.Filter, w event.Writer) error {
	raw, isJSONL := w.(*event.JSONLWriter)
	err := st.EachEvent(ctx, f, func(r store.Row) error {
		if isJSONL {
			return raw.WriteRaw(r.JSON)
		}
		e, err := store.DecodeRow(r)
		if err != nil {
			return err
		}
		return w.Write(&e, r.Citation)
	})
	if err != nil {
		return err
	}
	return w.Flush()
}

// distinctOutput refuses an -o that is the database itself or one of its
// companion files: creating the output truncates it before a row is read,
// so "-o parley.db" would destroy the store it exports.
func distinctOutput(out, db string) error {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if sameFile(out, db+suffix) {
			return fmt.Errorf("-o %s is the database %s%s; writing the export there would destroy it", out, db, suffix)
		}
	}
	return nil
}

// sameFile says whether two paths name one file: the same existing file
// (links included), or the same path once cleaned.
func sameFile(a, b string) bool {
	ai, aerr := os.Stat(a)
	bi, berr := os.Stat(b)
	if aerr == nil && berr == nil {
		return os.SameFile(ai, bi)
	}
	aa, err1 := filepath.Abs(a)
	ba, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ba
}
