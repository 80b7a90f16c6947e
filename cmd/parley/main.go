// Command parley turns news stories into political event data. Each
// subcommand parses its flags here and calls a package; see docs/cli.md.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"
)

type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"demo", "code the sample stories and serve the web UI (offline)", cmdDemo},
		{"code", "code stories into events (JSON lines)", cmdCode},
		{"explain", "show how a sentence is analysed and coded", cmdExplain},
		{"eval", "score the coder against third-party gold records", cmdEval},
		{"geocode", "show place mentions and how they resolve", cmdGeocode},
		{"ingest", "code stories into a database (resumable)", cmdIngest},
		{"serve", "serve the JSON API and web UI over a database", cmdServe},
		{"export", "export events as PLOVER JSONL, CSV, GDELT-style TSV or JSONL", cmdExport},
		{"bench", "measure coding speed, per stage, start-up and memory", cmdBench},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "parley turns news stories into political event data (CAMEO/PLOVER).")
	fmt.Fprintln(w, "\nUsage: parley <command> [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parley <command> --help' for a command's flags.")
}

func main() {
	// The pipeline makes 4.5 KB of short-lived garbage per sentence over
	// a 12 MB live heap of dictionaries, tagger and gazetteer. Collecting
	// at three times the live heap (GOGC=200) was as fast as at twice or
	// 2.5 times, and 4% faster than at four times, where the bigger heap's
	// fresh pages cost more in page faults (3-5 µs each on a VM) than the
	// collections it saved (docs/performance.md). Collecting only at a
	// fixed heap limit was measured too: it saves the collector's CPU but
	// spends as much in the kernel on fresh pages, for 60 MB more RSS. An
	// explicit GOGC still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	stop, err := startProfile(os.Getenv("PARLEY_CPUPROFILE"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// startProfile profiles the whole process, start-up included, which
// `parley bench --cpuprofile` (coding only) cannot show
// (docs/performance.md). An empty path profiles nothing.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("PARLEY_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("PARLEY_CPUPROFILE: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "help":
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "parley: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

// errMsg is err's message for a "parley CMD: " line, without the same
// "CMD: " again at its start: packages name themselves in their errors
// (package eval's begin "eval: ", store.Ingest's "ingest: "), and "parley
// eval: eval: ..." says nothing twice.
func errMsg(cmd string, err error) string {
	msg := err.Error()
	for strings.HasPrefix(msg, cmd+": ") {
		msg = msg[len(cmd)+2:]
	}
	return msg
}
