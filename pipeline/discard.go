package pipeline

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordtab"
	"github.com/parley-events/parley/text"
)

// Discards recognises sentences with no political events: publisher
// boilerplate, sport, entertainment and obituaries. Phrases come from
// data/discards; boilerplate phrases are built in because they are about
// the publishing format, not a topic.
type Discards struct {
	phrases []discardPhrase
	// byFirst indexes phrases by their first word, so a sentence is
	// scanned once instead of once per phrase: first[byFirst.Get(w)-1]
	// lists the phrases w starts.
	byFirst *wordtab.Table
	first   [][]int
	wild    []int // phrases starting with "*" or "[score]"
}

type discardPhrase struct {
	category string
	words    []string // "*" matches any one word; "[score]" a score like 2-1
	strong   bool
	pos      string
}

// LoadDiscards compiles every *.txt under dir.
func LoadDiscards(fsys fs.FS, dir string) (*Discards, error) {
	files, parseErr := dictfile.ParseDir(fsys, dir)
	d := &Discards{}
	for _, b := range boilerplate {
		d.phrases = append(d.phrases, discardPhrase{category: "BOILERPLATE", words: b, strong: true, pos: "built-in"})
	}
	for _, es := range files {
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
	if parseErr != nil {
		return nil, fmt.Errorf("discards: %w", parseErr)
	}
	d.byFirst = wordtab.New(len(d.phrases))
	for i, ph := range d.phrases {
		if w := ph.words[0]; w == "*" || w == "[score]" {
			d.wild = append(d.wild, i)
		} else if k := d.byFirst.Get(w); k != 0 {
			d.first[k-1] = append(d.first[k-1], i)
		} else {
			d.first = append(d.first, []int{i})
			d.byFirst.Or(w, uint32(len(d.first)))
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
	var weak map[string][]string
	check := func(ph *discardPhrase, i int) string {
		if !matchAt(toks, i, ph.words) {
			return ""
		}
		what := strings.Join(ph.words, " ")
		if ph.strong {
			return fmt.Sprintf("%s: %q (%s)", strings.ToLower(ph.category), what, ph.pos)
		}
		if weak == nil {
			weak = map[string][]string{}
		}
		for _, w := range weak[ph.category] {
			if w == what {
				return ""
			}
		}
		weak[ph.category] = append(weak[ph.category], what)
		return ""
	}
	for i := range toks {
		if k := d.byFirst.Get(toks[i].Lower); k != 0 {
			for _, pi := range d.first[k-1] {
				if why := check(&d.phrases[pi], i); why != "" {
					return why
				}
			}
		}
		for _, pi := range d.wild {
			if why := check(&d.phrases[pi], i); why != "" {
				return why
			}
		}
	}
	cats := make([]string, 0, len(weak))
	for cat := range weak {
		cats = append(cats, cat)
	}
	sort.Strings(cats)
	for _, cat := range cats {
		if ws := weak[cat]; len(ws) >= 2 {
			return fmt.Sprintf("%s: %q (two or more %s words)", strings.ToLower(cat), strings.Join(ws, ", "), strings.ToLower(cat))
		}
	}
	return ""
}

// matchAt reports whether seq matches toks from position i.
func matchAt(toks []text.Token, i int, seq []string) bool {
	if i+len(seq) > len(toks) {
		return false
	}
	for j, w := range seq {
		t := toks[i+j].Lower
		switch w {
		case "*":
		case "[score]":
			if !isScore(t) {
				return false
			}
		default:
			if t != w {
				return false
			}
		}
	}
	return true
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
