package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/parley-events/parley/examples"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
)

const demoHelp = `Usage: parley demo [--db FILE] [--addr 127.0.0.1:8080] [--no-serve]

Codes the embedded sample stories (the Astana story from The Syrian Observer
and short stories written by the parley authors, see examples/README.md) into
a database and serves the web UI and JSON API over it, fully offline. Without
--db the database lives in a temporary directory removed on exit. --db is
treated as parley ingest treats it: created if missing, started in an empty
file, refused (exit 1, file untouched) when it holds anything but a parley
database. Stop it with Ctrl-C.

Flags:
`

func cmdDemo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "database `FILE` to keep (default: a temporary one)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address` (host:port); port 0 picks a free one")
	noServe := fs.Bool("no-serve", false, "ingest and report, then exit without serving")
	fs.Usage = func() { fmt.Fprint(stderr, demoHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley demo: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "parley-demo-")
		if err != nil {
			fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
			return 1
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	stories, err := examples.Stories()
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	}
	note, err := writableDB(ctx, path)
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	}
	if note != "" {
		fmt.Fprintf(stderr, "parley demo: %s\n", note)
	}
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	}
	defer st.Close()
	coder, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	}
	seq := iter.Seq2[story.Story, error](func(yield func(story.Story, error) bool) {
		for _, s := range stories {
			if !yield(s, nil) {
				return
			}
		}
	})
	stats, err := store.Ingest(ctx, st, seq, coder, store.IngestOptions{
		CoderVersion: coderVersion(),
		Split:        splitSentences,
		OnError:      func(id string, err error) { fmt.Fprintf(stderr, "parley demo: %s: %v\n", id, err) },
	})
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	}
	fmt.Fprintf(stdout, "parley demo: coded %d sample stories into %d events (%s) in %s\n",
		stats.Read, stats.Events, path, stats.Elapsed.Round(time.Millisecond))
	if *noServe {
		return 0
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "parley demo: %v (try --addr 127.0.0.1:0)\n", err)
		return 1
	}
	srv := &http.Server{
		Handler:           newServeHandler(st, slog.New(slog.NewTextHandler(stderr, nil))),
		ReadHeaderTimeout: 10 * time.Second,
	}
	fmt.Fprintf(stdout, "parley demo: open http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "parley demo: %s\n", errMsg("demo", err))
		return 1
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shut)
	return 0
}
