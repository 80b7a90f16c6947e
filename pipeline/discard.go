package pipeline

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/text"
)

// Discards recognises sentences with no political events: publisher
// boilerplate, sport, entertainment and obituaries. Phrases come from
// data/discards; boilerplate phrases are built in because they are about
// the publishing format, not a topic.
type Discards struct {
	phrases []discardPhrase
}

type discardPhrase struct {
	category string
	words    []string // "*" matches any one word; "[score]" a score like 2-1
	strong   bool
	pos      string
}

// LoadDiscards compiles every *.txt under dir.
func LoadDiscards(fsys fs.FS, dir string) (*Discards, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("discards: %w", err)
	}
	d := &Discards{}
	for _, b := range boilerplate {
		d.phrases = append(d.phrases, discardPhrase{category: "BOILERPLATE", words: b, strong: true, pos: "built-in"})
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("discards: %w", err)
		}
		es, err := dictfile.Parse(strings.TrimPrefix(name, "data/"), b)
		if err != nil {
			return nil, fmt.Errorf("discards: %w", err)
		}
		for _, e := range es {
			body := strings.TrimSpace(e.Body)
			strong := strings.HasSuffix(body, "[strong]")
			body = strings.TrimSpace(strings.TrimSuffix(body, "[strong]"))
			for _, alt := range strings.Split(body, "|") {
				ws := strings.Fields(strings.ToLower(alt))
				if len(ws) == 0 {
					return nil, &dictfile.Error{File: e.File, Line: e.Line, Msg: "empty discard phrase"}
				}
				d.phrases = append(d.phrases, discardPhrase{category: e.Code, words: ws, strong: strong, pos: e.Pos()})
			}
		}
	}
	return d, nil
}

// boilerplate phrases mark disclaimers and credits, not news.
var boilerplate = [][]string{
	{"this", "article", "was"},
	{"has", "not", "verified", "the", "content"},
	{"views", "expressed", "in", "this"},
	{"views", "set", "out", "in", "this"},
	{"responsibility", "for", "the", "information"},
	{"all", "rights", "reserved"},
	{"click", "here", "to"},
	{"subscribe", "to", "our"},
	{"sign", "up", "for", "our"},
	{"reporting", "by"},
	{"editing", "by"},
	{"translated", "and", "edited", "by"},
}

// Sentence reports why a sentence is discarded, or "".
func (d *Discards) Sentence(toks []text.Token) string {
	weak := map[string][]string{}
	for _, ph := range d.phrases {
		if !matchSeq(toks, ph.words) {
			continue
		}
		what := strings.Join(ph.words, " ")
		if ph.strong {
			return fmt.Sprintf("%s: %q (%s)", strings.ToLower(ph.category), what, ph.pos)
		}
		weak[ph.category] = append(weak[ph.category], what)
	}
	for cat, ws := range weak {
		if len(ws) >= 2 {
			return fmt.Sprintf("%s: %q (two or more %s words)", strings.ToLower(cat), strings.Join(ws, ", "), strings.ToLower(cat))
		}
	}
	return ""
}

func matchSeq(toks []text.Token, seq []string) bool {
	for i := 0; i+len(seq) <= len(toks); i++ {
		ok := true
		for j, w := range seq {
			t := toks[i+j].Lower
			switch w {
			case "*":
				continue
			case "[score]":
				if !isScore(t) {
					ok = false
				}
			default:
				if t != w {
					ok = false
				}
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isScore: "2-1", "3-0".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) > 0 && len(a) <= 3 && len(b) > 0 && len(b) <= 3 && allDigits(a) && allDigits(b)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
