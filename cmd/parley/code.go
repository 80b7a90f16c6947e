package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/parley-events/parley/event"
	"io"
	"os"
	"os/signal"
	"runtime"

	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

const codeHelp = `Usage: parley code [--date YYYY-MM-DD] [--format jsonl|text] [-j N] [FILE ...]

Codes news stories into political events, one JSON event per line on stdout
(schema: docs/schema.md). Diagnostics go to stderr.

Input:
  FILE.jsonl   one story per line: {"id","date","text","title"?,"url"?,"source"?}
  other FILE   one plain-text story; its id is the file name, its date --date
               (also directories, RSS/Atom feeds and HTML articles: docs/input.md)
  none or -    one plain-text story from stdin (--format jsonl: JSONL stories)

A bad story is reported on stderr with its id and skipped; the rest are still
coded. An input with no story at all (an empty JSONL file) is noted on
stderr. Exit status: 0 success, 1 some story or file failed, 2 usage error.

Flags:
`

func cmdCode(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for plain-text stories")
	format := fs.String("format", "text", "stdin format: `text` or jsonl")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "number of parallel workers")
	fs.Usage = func() { fmt.Fprint(stderr, codeHelp); fs.PrintDefaults() }
	if code, done := parseFlags(fs, args); done {
		return code
	}
	if badDate("code", *date, stderr) {
		return 2
	}
	if *format != "text" && *format != "jsonl" {
		fmt.Fprintf(stderr, "parley code: --format must be text or jsonl, not %q\n", *format)
		return 2
	}
	if *jobs < 1 {
		fmt.Fprintln(stderr, "parley code: -j must be at least 1")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	coder, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley code: %s\n", errMsg("code", err))
		return 1
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	opt := story.Options{Date: *date, StdinFormat: *format}
	failed := false
	w := bufio.NewWriterSize(stdout, 1<<18) // events are written in 256 KiB system calls
	defer w.Flush()
	var enc event.Encoder
	// Room for two of a single worker's batches (pipeline.Run).
	ch := make(chan pipeline.Job, 256)
	go func() {
		defer close(ch)
		for _, p := range paths {
			n := 0
			err := story.Read(ctx, p, stdin, opt, func(s story.Story, err error) bool {
				n++
				ch <- pipeline.Job{Story: s, Err: err}
				return ctx.Err() == nil
			})
			switch {
			case err != nil:
				ch <- pipeline.Job{Story: story.Story{ID: p}, Err: err}
			case n == 0 && ctx.Err() == nil:
				// An empty JSONL file is not an error (a day's
				// fetch can be empty), but silence would look like a
				// coder that found nothing.
				ch <- pipeline.Job{Story: story.Story{ID: p}, Err: noStories{p}}
			}
		}
	}()
	pipeline.Run(ctx, coder, *jobs, ch, func(r pipeline.Result) {
		if r.Err != nil {
			var empty noStories
			if errors.As(r.Err, &empty) {
				fmt.Fprintf(stderr, "parley code: %v\n", empty)
				return
			}
			if story.Warning(r.Err) {
				// The story itself follows and is coded.
				fmt.Fprintf(stderr, "parley code: warning: %s\n", describeStoryError(r.Story, r.Err))
				return
			}
			failed = true
			fmt.Fprintf(stderr, "parley code: %s\n", describeStoryError(r.Story, r.Err))
			return
		}
		for i := range r.Events {
			// Encoded straight into the writer's free space when the
			// event fits there, so nothing is copied.
			line, err := enc.AppendJSON(w.AvailableBuffer(), &r.Events[i])
			if err == nil {
				_, err = w.Write(append(line, '\n'))
			}
			if err != nil {
				failed = true
				fmt.Fprintf(stderr, "parley code: write: %v\n", err)
				return
			}
		}
	})
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "parley code: write: %v\n", err)
		return 1
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "parley code: interrupted")
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// noStories reports an input that held no story at all; it is a notice on
// stderr, not a failure.
type noStories struct{ path string }

func (e noStories) Error() string {
	name := e.path
	if name == "-" {
		name = "stdin"
	}
	return name + ": no stories in this input"
}

// describeStoryError names the story (or file) an error belongs to.
func describeStoryError(s story.Story, err error) string {
	var se *story.StoryError
	if errors.As(err, &se) {
		return se.Error()
	}
	if s.ID != "" {
		return fmt.Sprintf("story %q: %v", s.ID, err)
	}
	return err.Error()
}
