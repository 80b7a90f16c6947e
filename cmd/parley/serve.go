package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"time"

	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/server"
	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/web"
)

const serveHelp = `Usage: parley serve [--db FILE] [--addr 127.0.0.1:8080]

Serves the JSON API (docs/api.md, OpenAPI at /api/openapi.json) and the web UI
over a database written by parley ingest. Stop it with Ctrl-C.

--db must name a database that parley ingest wrote: a missing or empty
(0-byte) file, a file that is not SQLite, a directory or another program's
SQLite database is an error (exit 1), and the file is left as it is.

Flags:
`

// buildVersion is the module version the binary was built from, or "dev".
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// explainer builds the coding pipeline on first use: serving the store needs
// no dictionaries, so startup stays instant and memory low until someone
// opens an event.
func explainer() func(ctx context.Context, sentence, date string) (string, error) {
	var once sync.Once
	var p *pipeline.Pipeline
	var perr error
	return func(ctx context.Context, sentence, date string) (string, error) {
		once.Do(func() { p, perr = pipeline.New() })
		if perr != nil {
			return "", perr
		}
		if err := ctx.Err(); err != nil {
			return "", err
		}
		var buf bytes.Buffer
		if err := p.Explain(&buf, story.Story{ID: "explain", Date: date, Text: sentence}); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
}

// newServeHandler is the handler parley serve (and parley demo) run.
func newServeHandler(st store.Store, logger *slog.Logger) http.Handler {
	return server.New(st, server.Options{
		UI:      web.Handler(),
		Version: buildVersion(),
		Explain: explainer(),
		Logger:  logger,
	})
}

func cmdServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "database `FILE` written by parley ingest")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address` (host:port)")
	fs.Usage = func() { fmt.Fprint(stderr, serveHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "parley serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := readableDB(ctx, *db); err != nil {
		fmt.Fprintf(stderr, "parley serve: %s\n", errMsg("serve", err))
		return 1
	}
	st, err := store.OpenSQLite(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "parley serve: %s\n", errMsg("serve", err))
		return 1
	}
	defer st.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "parley serve: %s\n", errMsg("serve", err))
		return 1
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	srv := &http.Server{
		Handler:           newServeHandler(st, logger),
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stdout, "parley: serving %s on http://%s/\n", *db, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "parley serve: %s\n", errMsg("serve", err))
		return 1
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		fmt.Fprintf(stderr, "parley serve: shutdown: %v\n", err)
		return 1
	}
	return 0
}
