package story

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkReadJSONL measures the JSONL path on 1,000 stories of about 3 KB.
func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	text := strings.Repeat("Turkish and Russian officials met in Astana on Friday to discuss the ceasefire. ", 40)
	for i := range 1000 {
		fmt.Fprintf(&buf, `{"id":"s%d","date":"2024-10-26","text":%q}`+"\n", i, text)
	}
	p := filepath.Join(b.TempDir(), "b.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Read(context.Background(), p, nil, Options{}, func(s Story, err error) bool {
			if err != nil {
				b.Fatal(err)
			}
			n++
			return true
		})
		if err != nil || n != 1000 {
			b.Fatalf("%d stories, %v", n, err)
		}
	}
}

// BenchmarkReadHTML measures article extraction from one news page.
func BenchmarkReadHTML(b *testing.B) {
	for b.Loop() {
		err := Read(context.Background(), "testdata/article.html", nil, Options{}, func(s Story, err error) bool {
			if err != nil {
				b.Fatal(err)
			}
			return true
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
