package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/text/fasttag"
)

const geocodeHelp = `Usage: parley geocode [--country ISO3,...] [--json] "text"

Prints the place mentions parley finds in a text, what each resolved to
(name, country, admin1, latitude/longitude, precision) and every candidate
considered with its score, best first. It is a debugging tool, like
explain: geocode runs no actor dictionaries, so names that the coder would
claim as actors may show up here as places.

The text is read twice, as the coder does: the first pass collects the
countries the story names (its focus), the second resolves every mention
with that focus. With no argument, or "-", the text is read from stdin.
Text that is not valid UTF-8 or holds a NUL byte is refused (exit 1), with
the offset of the bad byte, as explain refuses it.

Flags:
`

func cmdGeocode(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("geocode", flag.ContinueOnError)
	fs.SetOutput(stderr)
	countries := fs.String("country", "", "comma-separated ISO alpha-3 `codes` to add to the story focus (e.g. SYR,TUR)")
	asJSON := fs.Bool("json", false, "print one JSON object per mention instead of text")
	fs.Usage = func() { fmt.Fprint(stderr, geocodeHelp); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	txt := strings.Join(fs.Args(), " ")
	if fs.NArg() == 0 || txt == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, 1<<20+1))
		if err != nil {
			fmt.Fprintf(stderr, "parley geocode: read stdin: %v\n", err)
			return 1
		}
		if len(b) > 1<<20 {
			fmt.Fprintln(stderr, "parley geocode: input over 1 MiB; geocode is for sentences and short texts")
			return 1
		}
		txt = string(b)
	}
	if strings.TrimSpace(txt) == "" {
		fmt.Fprintln(stderr, "parley geocode: nothing to geocode (empty text)")
		return 1
	}
	if notUTF8("geocode", txt, stderr) {
		return 1
	}
	g, err := geo.Load()
	if err != nil {
		fmt.Fprintf(stderr, "parley geocode: %s\n", errMsg("geocode", err))
		return 1
	}
	focus := geo.NewFocus()
	if *countries != "" {
		for _, c := range strings.Split(*countries, ",") {
			c = strings.ToUpper(strings.TrimSpace(c))
			if _, ok := g.Country(c); !ok {
				fmt.Fprintf(stderr, "parley geocode: --country %q is not an ISO alpha-3 code\n", c)
				return 2
			}
			focus.Add(c, 1)
		}
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		fmt.Fprintf(stderr, "parley geocode: %s\n", errMsg("geocode", err))
		return 1
	}
	sents := an.Analyze(txt)
	for i := range sents {
		focus.AddMentions(g.Mentions(&sents[i], nil, nil))
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	total := 0
	for i := range sents {
		s := &sents[i]
		ms := g.Mentions(s, nil, focus)
		total += len(ms)
		if *asJSON {
			for _, m := range ms {
				if err := enc.Encode(mentionJSON(s, m)); err != nil {
					fmt.Fprintf(stderr, "parley geocode: %s\n", errMsg("geocode", err))
					return 1
				}
			}
			continue
		}
		if len(ms) == 0 {
			continue
		}
		fmt.Fprintf(stdout, "sentence %d: %s\n", s.Index, s.Text)
		for _, m := range ms {
			printMention(stdout, m)
		}
		fmt.Fprintln(stdout)
	}
	if !*asJSON {
		fmt.Fprintf(stdout, "%d place mention(s) in %d sentence(s); story focus: %s\n", total, len(sents), focusString(focus))
	}
	return 0
}

func printMention(w io.Writer, m geo.Mention) {
	fmt.Fprintf(w, "  %q [%d:%d] -> ", m.Text, m.Start, m.End)
	if m.Best == nil {
		fmt.Fprintf(w, "unresolved (%s)\n", m.Why)
		return
	}
	fmt.Fprintf(w, "%s (%s)\n", placeString(*m.Best), m.Why)
	if m.Near != nil {
		fmt.Fprintf(w, "      near %s\n", placeString(*m.Near))
	}
	if m.Direction != "" {
		fmt.Fprintf(w, "      direction: %s\n", m.Direction)
	}
	for i, c := range m.Candidates {
		fmt.Fprintf(w, "      %7.2f  %s\n", m.Scores[i], placeString(c))
	}
}

func placeString(p geo.Place) string {
	var b strings.Builder
	b.WriteString(p.Name)
	for _, s := range []string{p.Admin1, p.Country} {
		if s != "" && s != p.Name {
			b.WriteString(", " + s)
		}
	}
	fmt.Fprintf(&b, "  %.4f,%.4f  %s %s", p.Lat, p.Lon, p.Precision, p.Feature)
	if p.Population > 0 {
		fmt.Fprintf(&b, " pop %d", p.Population)
	}
	if p.GeonameID > 0 {
		fmt.Fprintf(&b, " geonames %d", p.GeonameID)
	}
	return b.String()
}

func focusString(f *geo.Focus) string {
	type kv struct {
		c string
		s float64
	}
	var all []kv
	for _, c := range f.Countries() {
		all = append(all, kv{c, f.Share(c)})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s > all[j].s || all[i].s == all[j].s && all[i].c < all[j].c })
	if len(all) == 0 {
		return "none"
	}
	var parts []string
	for _, x := range all {
		parts = append(parts, fmt.Sprintf("%s %.2f", x.c, x.s))
	}
	return strings.Join(parts, ", ")
}

type candidateJSON struct {
	geo.Place
	Score float64 `json:"score"`
}

type mentionOut struct {
	Sentence      int             `json:"sentence_index"`
	SentenceStart int             `json:"sentence_start"`
	Text          string          `json:"text"`
	Start         int             `json:"start"`
	End           int             `json:"end"`
	Best          *geo.Place      `json:"best"`
	Why           string          `json:"why"`
	Near          *geo.Place      `json:"near,omitempty"`
	Direction     string          `json:"direction,omitempty"`
	Attributive   bool            `json:"attributive,omitempty"`
	Candidates    []candidateJSON `json:"candidates"`
}

func mentionJSON(s *text.Sentence, m geo.Mention) mentionOut {
	o := mentionOut{Sentence: s.Index, SentenceStart: s.Start, Text: m.Text, Start: m.Start, End: m.End,
		Best: m.Best, Why: m.Why, Near: m.Near, Direction: m.Direction, Attributive: m.Attributive, Candidates: []candidateJSON{}}
	for i, c := range m.Candidates {
		o.Candidates = append(o.Candidates, candidateJSON{Place: c, Score: m.Scores[i]})
	}
	return o
}
