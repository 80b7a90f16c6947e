package text_test

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/text/fasttag"
	"github.com/parley-events/parley/verb"
)

var framingShow = flag.String("framingshow", "", "with -framingreport, show the framed sentences where this word changes its word class")

var framingReport = flag.Bool("framingreport", false, "report how wire framings change the tags of the verb dictionary's examples")

// TestFramingTagChanges measures, on request, how many of the verb
// dictionary's two-sided examples change a tag when a wire framing is put
// around them. Each framing leaves the example's own words as they were,
// so a changed tag is the tagger reading the frame, not the sentence.
func TestFramingTagChanges(t *testing.T) {
	if !*framingReport {
		t.Skip("run with -framingreport")
	}
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	dict, err := verb.LoadText(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	lower := func(s string) string {
		switch strings.Fields(s)[0] {
		case "The", "A", "An", "Gunmen", "Police", "Troops", "Protesters":
			r := []rune(s)
			r[0] = unicode.ToLower(r[0])
			return string(r)
		}
		return s
	}
	frames := []struct {
		name   string
		prefix string
		suffix bool
	}{
		{"on tuesday", "On Tuesday, ", false},
		{"according to", "According to state media, ", false},
		{"in a statement", "In a statement, ", false},
		{"said that", "Officials said on Tuesday that ", false},
		{"dateline", "BEIRUT, June 14 (Reuters) - ", false},
		{"officials said", "", true},
	}
	changed := map[string]int{}
	coarseChanged := map[string]int{}
	pairs := map[string]int{}
	n := 0
	for _, e := range dict.Entries() {
		for _, ex := range e.Examples {
			want := strings.Fields(ex.Want)
			if ex.Negative || len(want) < 2 || want[0] == "-" || want[1] == "-" {
				continue
			}
			n++
			base := a.Tokens(ex.Sentence, nil)
			for _, f := range frames {
				var s string
				if f.suffix {
					s = strings.TrimRight(ex.Sentence, ".") + ", officials said."
				} else if f.name == "dateline" {
					s = f.prefix + ex.Sentence
				} else {
					s = f.prefix + lower(ex.Sentence)
				}
				fr := a.Tokens(s, nil)
				off := 0
				if !f.suffix {
					off = len(a.Tokens(strings.TrimSpace(f.prefix), nil))
				}
				diff, cdiff := false, false
				for i := 1; i < len(base)-1 && i+off < len(fr); i++ {
					if base[i].Lower != fr[i+off].Lower {
						break
					}
					if base[i].Tag != fr[i+off].Tag {
						diff = true
						if coarse(base[i].Tag) != coarse(fr[i+off].Tag) {
							cdiff = true
							pairs[fmt.Sprintf("%s %s>%s", base[i].Lower, base[i].Tag, fr[i+off].Tag)]++
							if *framingShow != "" && (base[i].Lower == *framingShow || *framingShow == f.name) {
								t.Logf("%s | %s", f.name, tagged(fr))
							}
						}
					}
				}
				if diff {
					changed[f.name]++
				}
				if cdiff {
					coarseChanged[f.name]++
				}
			}
		}
	}
	t.Logf("examples %d; any tag changed per framing %v", n, changed)
	t.Logf("word class changed (noun, verb, adjective, other) per framing %v", coarseChanged)
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return pairs[keys[i]] > pairs[keys[j]] })
	for _, k := range keys[:min(60, len(keys))] {
		t.Logf("%5d %s", pairs[k], k)
	}
}

// coarse is a tag's word class: a VBD read as VBN is still a verb, a
// demonym read as NNP rather than JJ still names its country.
func coarse(tag string) string {
	switch {
	case strings.HasPrefix(tag, "NN"):
		return "N"
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return "V"
	case strings.HasPrefix(tag, "JJ"):
		return "J"
	}
	return tag
}

func tagged(toks []text.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text + "/" + t.Tag + " ")
	}
	return b.String()
}
