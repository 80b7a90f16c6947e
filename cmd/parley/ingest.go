package main

import (
	"context"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/parley-events/parley/store"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
)

const defaultDB = "parley.db"

const ingestHelp = `Usage: parley ingest [--db FILE] [--date YYYY-MM-DD] [-j N] [--recode] PATH...

Reads stories, codes them and stores stories, sentences and events in an
embedded SQLite database (docs/api.md describes what serve does with it).

PATH is a file, a directory (read recursively), a .jsonl story file, an
RSS/Atom feed or HTML article (file or http(s) URL), or - for stdin
(docs/input.md). Plain-text files take --date as their publication date.

Ingest is resumable and idempotent: a story already stored with the same
content by the same parley build is skipped before coding; a story whose
content changed, or that an older build coded (other dictionaries or rules),
is recoded and its events replaced atomically. --recode recodes every story
regardless. Within one run, a story whose id an earlier, different story
already has is not stored: it is named on stderr and counted as failed
(the same story read twice is stored once).

--db is created if missing, and an empty (0-byte) file becomes a new
database, as SQLite treats one (a note on stderr says so). A file that is
not SQLite, a directory or another program's SQLite database is an error
(exit 1) and is left as it is, and so is a --db that cannot be created (its
directory does not exist or may not be written).

A progress bar with stories/s and events/s is shown on
a terminal. Exit status: 0 success, 1 some story failed, 2 usage error.

Flags:
`

// storySeq reads every path in turn as one sequence of stories. A path that
// cannot be read at all is yielded as an error under the path's name. A
// warning about a story that is still delivered (story.Warning) goes to
// warn, not to the sequence, so it is not counted as a failed story.
func storySeq(ctx context.Context, paths []string, stdin io.Reader, opt story.Options, warn func(error)) iter.Seq2[story.Story, error] {
	return func(yield func(story.Story, error) bool) {
		for _, p := range paths {
			stopped := false
			err := story.Read(ctx, p, stdin, opt, func(s story.Story, err error) bool {
				if story.Warning(err) {
					warn(err)
					return ctx.Err() == nil
				}
				if !yield(s, err) {
					stopped = true
					return false
				}
				return ctx.Err() == nil
			})
			if stopped || ctx.Err() != nil {
				return
			}
			if err != nil && !yield(story.Story{ID: p}, err) {
				return
			}
		}
	}
}

// coderVersion identifies this build for store.HashCoded, so a new binary
// (new dictionaries or rules) recodes stories an older one stored. The
// executable's size and CRC-32C cover everything that shapes the output,
// data and code alike, and a rebuild of the same source is the same bytes;
// CRC-32C reads the 40 MB binary in a few milliseconds where SHA-256 takes
// a quarter of a second. When the executable cannot be read, the module's
// VCS stamp stands in, and failing that the content hash alone is used.
func coderVersion() string {
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			defer f.Close()
			h := crc32.New(crc32.MakeTable(crc32.Castagnoli))
			if n, err := io.Copy(h, f); err == nil {
				return "exe:" + strconv.FormatInt(n, 10) + ":" + strconv.FormatUint(uint64(h.Sum32()), 16)
			}
		}
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := ""
		for _, kv := range bi.Settings {
			if kv.Key == "vcs.revision" || kv.Key == "vcs.modified" {
				v += kv.Key + "=" + kv.Value + ";"
			}
		}
		if v != "" && !strings.Contains(v, "vcs.modified=true") {
			return "vcs:" + v
		}
	}
	return ""
}

// splitSentences stores every sentence of a story with the same
// segmentation the coder uses, so sentence indexes agree with events'.
func splitSentences(s story.Story) []store.Sentence {
	spans := text.Segment(s.Text)
	out := make([]store.Sentence, len(spans))
	for i, sp := range spans {
		out[i] = store.Sentence{Index: i, Text: s.Text[sp[0]:sp[1]]}
	}
	return out
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func cmdIngest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "database `FILE` (created if missing)")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for plain-text stories")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "number of parallel coders")
	recode := fs.Bool("recode", false, "recode stories even when stored unchanged by this same build")
	format := fs.String("format", "text", "stdin format: `text` or jsonl")
	fs.Usage = func() { fmt.Fprint(stderr, ingestHelp); fs.PrintDefaults() }
	if code, done := parseFlags(fs, args); done {
		return code
	}
	if badDate("ingest", *date, stderr) {
		return 2
	}
	if *jobs < 1 {
		fmt.Fprintln(stderr, "parley ingest: -j must be at least 1")
		return 2
	}
	if *format != "text" && *format != "jsonl" {
		fmt.Fprintf(stderr, "parley ingest: --format must be text or jsonl, not %q\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "parley ingest: no PATH given (use - for stdin)")
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	note, err := writableDB(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %s\n", errMsg("ingest", err))
		return 1
	}
	if note != "" {
		fmt.Fprintf(stderr, "parley ingest: %s\n", note)
	}
	st, err := store.OpenSQLite(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %s\n", errMsg("ingest", err))
		return 1
	}
	defer st.Close()
	coder, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %s\n", errMsg("ingest", err))
		return 1
	}

	var bar *progressbar.ProgressBar
	if isTerminal(stderr) {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	opt := store.IngestOptions{
		Workers:      *jobs,
		Recode:       *recode,
		CoderVersion: coderVersion(),
		Split:        splitSentences,
		OnError: func(id string, err error) {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(stderr, "parley ingest: %s\n", describeStoryError(story.Story{ID: id}, err))
		},
		Progress: func(s store.IngestStats) {
			if bar == nil {
				return
			}
			bar.Describe(fmt.Sprintf("%d stored, %d skipped, %d failed, %d events | %.0f stories/s, %.0f events/s",
				s.Stored, s.Skipped, s.Failed, s.Events, s.StoriesPerSecond(), s.EventsPerSecond()))
			bar.Set(s.Read)
		},
	}
	stats, err := store.Ingest(ctx, st, storySeq(ctx, fs.Args(), stdin, story.Options{Date: *date, StdinFormat: *format}, func(err error) {
		fmt.Fprintf(stderr, "parley ingest: warning: %v\n", err)
	}), coder, opt)
	if bar != nil {
		bar.Finish()
	}
	fmt.Fprintf(stderr, "parley ingest: %d stories read, %d stored, %d unchanged, %d failed; %d events in %s (%.0f stories/s, %.0f events/s)\n",
		stats.Read, stats.Stored, stats.Skipped, stats.Failed, stats.Events, stats.Elapsed.Round(time.Millisecond),
		stats.StoriesPerSecond(), stats.EventsPerSecond())
	if err != nil {
		fmt.Fprintf(stderr, "parley ingest: %s\n", errMsg("ingest", err))
		return 1
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "parley ingest: interrupted; run again to resume")
		return 1
	}
	if stats.Failed > 0 {
		return 1
	}
	return 0
}
