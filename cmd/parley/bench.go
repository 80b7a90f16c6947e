package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/parley-events/parley/eval"
	"github.com/parley-events/parley/examples"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
)

const benchHelp = `Usage: parley bench [-j N] [--repeat K] [--json] [--date YYYY-MM-DD] [FILE ...]

Measures coding speed: start-up time to the first event, sentences/s and
events/s with one worker and with N, time per stage (text, actors, verbs,
dates, places) per sentence, allocations per sentence and peak RSS.

With no FILE it codes the built-in sample stories (examples/) repeated
--repeat times (default 50). FILEs are read like 'parley code' reads them,
except PETRARCH XML gold files (such as petrarch2/GigaWord.sample.PETR.xml:
a .xml file with <Sentence> or <Validation> elements near its start; an
RSS or Atom .xml file is a feed), whose sentences are coded one story each and repeated 100 times by default:
the corpus PETRARCH-2 and TABARI were timed on. A bad story is named on
stderr and left out of the corpus. See docs/performance.md.

Flags:
`

type benchReport struct {
	Corpus       string                 `json:"corpus"`
	StartupMs    float64                `json:"startup_ms"`
	FirstEventMs float64                `json:"first_event_ms"`
	Runs         []pipeline.BenchResult `json:"runs"`
	Speedup      float64                `json:"speedup"`
	PeakRSSBytes int64                  `json:"peak_rss_bytes"`
	GOMAXPROCS   int                    `json:"gomaxprocs"`
}

func cmdBench(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	began := time.Now()
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "workers for the parallel run (the single-worker run always happens)")
	repeat := fs.Int("repeat", 0, "times to repeat the corpus (0: 100 for PETRARCH XML, 50 for the built-in corpus, else 1)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` for plain-text files")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the single-worker run to `FILE` (go tool pprof)")
	writeJSONL := fs.String("write-jsonl", "", "write the repeated corpus as JSONL stories to `FILE` and exit, to time 'parley code' start to exit")
	fs.Usage = func() { fmt.Fprint(stderr, benchHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *jobs < 1 || *repeat < 0 {
		fmt.Fprintln(stderr, "parley bench: -j must be at least 1 and --repeat not negative")
		return 2
	}
	ctx := context.Background()
	p, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
		return 1
	}
	rep := benchReport{GOMAXPROCS: runtime.GOMAXPROCS(0)}
	rep.StartupMs = ms(time.Since(began))

	var corpus []story.Story
	defRepeat := 1
	if fs.NArg() == 0 {
		corpus, err = examples.Stories()
		if err != nil {
			fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
			return 1
		}
		rep.Corpus = "built-in sample stories"
		defRepeat = 50
	} else {
		var names []string
		for _, path := range fs.Args() {
			ss, petr, err := benchRead(ctx, path, stdin, *date, stderr)
			if err != nil {
				fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
				return 1
			}
			if petr {
				defRepeat = 100
			}
			corpus = append(corpus, ss...)
			names = append(names, path)
		}
		rep.Corpus = strings.Join(names, ", ")
	}
	if len(corpus) == 0 {
		fmt.Fprintln(stderr, "parley bench: the corpus has no stories")
		return 1
	}
	// Start-up to first event: the first story that yields one.
	for _, s := range corpus {
		if evs, _ := p.Code(ctx, s); len(evs) > 0 {
			break
		}
	}
	rep.FirstEventMs = ms(time.Since(began))
	n := *repeat
	if n == 0 {
		n = defRepeat
	}
	all := make([]story.Story, 0, len(corpus)*n)
	for i := 0; i < n; i++ {
		all = append(all, corpus...)
	}
	rep.Corpus += fmt.Sprintf(" ×%d", n)
	if *writeJSONL != "" {
		if err := writeStories(*writeJSONL, all); err != nil {
			fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
			return 1
		}
		return 0
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
			return 1
		}
	}
	r1 := p.Bench(ctx, all, 1)
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	rep.Runs = append(rep.Runs, r1)
	if *jobs > 1 {
		rn := p.Bench(ctx, all, *jobs)
		rep.Runs = append(rep.Runs, rn)
		if r1.SentencesPerSec > 0 {
			rep.Speedup = rn.SentencesPerSec / r1.SentencesPerSec
		}
	}
	rep.PeakRSSBytes = pipeline.PeakRSS()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "parley bench: %s\n", errMsg("bench", err))
			return 1
		}
		return 0
	}
	fmt.Fprintf(stdout, "corpus        %s (%d stories)\n", rep.Corpus, len(all))
	fmt.Fprintf(stdout, "start-up      %.1f ms to a ready pipeline, %.1f ms to the first event\n", rep.StartupMs, rep.FirstEventMs)
	for _, r := range rep.Runs {
		fmt.Fprintf(stdout, "-j %-2d         %d sentences, %d events in %.3f s: %.0f sentences/s, %.0f events/s, %.1f allocs and %.0f B per sentence\n",
			r.Workers, r.Sentences, r.Events, r.Elapsed.Seconds(), r.SentencesPerSec, r.EventsPerSec, r.AllocsPerSent, r.BytesPerSent)
		if st := r.Stages; st != nil {
			fmt.Fprintf(stdout, "  per sentence: text %.1f µs, actors %.1f µs, verbs %.1f µs, dates %.1f µs, places %.1f µs, assemble %.1f µs\n",
				st.TextNs/1e3, st.ActorsNs/1e3, st.VerbsNs/1e3, st.DatesNs/1e3, st.PlacesNs/1e3, st.AssembleNs/1e3)
		}
	}
	if rep.Speedup > 0 {
		fmt.Fprintf(stdout, "speed-up      %.2f× with -j %d (GOMAXPROCS %d)\n", rep.Speedup, *jobs, rep.GOMAXPROCS)
	}
	fmt.Fprintf(stdout, "peak RSS      %.1f MB\n", float64(rep.PeakRSSBytes)/1e6)
	return 0
}

// writeStories writes stories as JSONL, the input 'parley code' reads. Stories
// with no text are left out: code would only report them on stderr.
func writeStories(path string, ss []story.Story) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, s := range ss {
		if strings.TrimSpace(s.Text) == "" {
			continue
		}
		if err := enc.Encode(s); err != nil {
			f.Close()
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write corpus: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// benchRead reads one bench input; PETRARCH XML files become one story per
// sentence, as PETRARCH-2 and TABARI code them. A bad story is left out of
// the corpus but named on stderr, as code names it, so a timing never
// silently covers less than the input.
func benchRead(ctx context.Context, path string, stdin io.Reader, date string, stderr io.Writer) ([]story.Story, bool, error) {
	if strings.HasSuffix(strings.ToLower(path), ".xml") {
		head := make([]byte, 4096)
		f, err := os.Open(path)
		if err != nil {
			return nil, false, err
		}
		k, _ := f.Read(head)
		f.Close()
		// eval.Sniff takes any markup for PETRARCH; an RSS or Atom feed
		// named .xml is a feed of stories, so PETRARCH needs its own
		// elements in the head.
		h := string(head[:k])
		if eval.Sniff(path, head[:k]) == eval.FormatPetrarch && (strings.Contains(h, "<Sentence") || strings.Contains(h, "<Validation")) {
			recs, err := eval.ReadFile(eval.FormatPetrarch, path)
			if err != nil {
				return nil, false, err
			}
			out := make([]story.Story, 0, len(recs))
			for _, r := range recs {
				out = append(out, story.Story{ID: r.ID, Date: r.Date, Text: r.Text})
			}
			return out, true, nil
		}
	}
	var out []story.Story
	var bad []error
	err := story.Read(ctx, path, stdin, story.Options{Date: date}, func(s story.Story, err error) bool {
		if story.Warning(err) {
			fmt.Fprintf(stderr, "parley bench: warning: %v\n", err)
			return true
		}
		if err != nil {
			bad = append(bad, err)
			return true
		}
		out = append(out, s)
		return true
	})
	if err == nil && len(out) == 0 && len(bad) > 0 {
		return nil, false, bad[len(bad)-1]
	}
	for _, b := range bad {
		fmt.Fprintf(stderr, "parley bench: skipped: %v\n", b)
	}
	return out, false, err
}
