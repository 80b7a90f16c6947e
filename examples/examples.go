// Package examples embeds the sample stories: the Astana story that parley
// started from (The Syrian Observer) and short stories written by the
// parley authors in news style. `parley demo` ingests them and `parley
// bench` codes them when given no files.
package examples

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/parley-events/parley/story"
)

//go:embed *.txt *.jsonl
var files embed.FS

// AstanaDate is the publication date of astana-talks.txt.
const AstanaDate = "2024-10-26"

// Stories returns every embedded story: the Astana story and each line of
// the .jsonl files.
func Stories() ([]story.Story, error) {
	var out []story.Story
	names, err := fs.Glob(files, "*")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("examples: %w", err)
		}
		switch {
		case strings.HasSuffix(n, ".txt"):
			out = append(out, story.Story{ID: n, Date: AstanaDate, Text: string(b), Title: "Astana talks", Source: "The Syrian Observer"})
		case strings.HasSuffix(n, ".jsonl"):
			var bad error
			err := story.Read(context.Background(), "-", bytes.NewReader(b), story.Options{StdinFormat: "jsonl"}, func(s story.Story, err error) bool {
				if err != nil {
					bad = err
					return false
				}
				out = append(out, s)
				return true
			})
			if err == nil {
				err = bad
			}
			if err != nil {
				return nil, fmt.Errorf("examples: %s: %w", n, err)
			}
		}
	}
	return out, nil
}
