package pipeline_test

import (
	"context"
	"os"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/eval"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/pipeline"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
)

// gigaword is the corpus PETRARCH-2 and TABARI were timed on (see
// docs/performance.md); it is read at run time and never copied here.
const gigaword = "../../shared/third_party/petrarch2/GigaWord.sample.PETR.xml"

type stageCorpus struct {
	p       *pipeline.Pipeline
	stories []story.Story
	sents   []text.Sentence
	dates   []string // story date of each sentence
	groups  [][]actor.Group
}

func loadStageCorpus(b *testing.B) *stageCorpus {
	b.Helper()
	if _, err := os.Stat(gigaword); err != nil {
		b.Skip("GigaWord sample absent:", err)
	}
	recs, err := eval.ReadFile(eval.FormatPetrarch, gigaword)
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New()
	if err != nil {
		b.Fatal(err)
	}
	c := &stageCorpus{p: p}
	for _, r := range recs {
		if r.Text == "" {
			continue
		}
		s := story.Story{ID: r.ID, Date: r.Date, Text: r.Text}
		c.stories = append(c.stories, s)
		for _, sent := range p.Text.Analyze(s.Text) {
			c.sents = append(c.sents, sent)
			c.dates = append(c.dates, s.Date)
			c.groups = append(c.groups, p.Actors.Resolve(sent.Tokens, s.Date))
		}
	}
	return c
}

// BenchmarkStage times each stage of the default pipeline per sentence on
// the GigaWord sample; compare runs with benchstat (docs/performance.md).
// Stage inputs are prepared once, so each sub-benchmark times one stage.
func BenchmarkStage(b *testing.B) {
	c := loadStageCorpus(b)
	perSentence := func(b *testing.B, n int) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
	}
	b.Run("text", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range c.stories {
				c.p.Text.Analyze(s.Text)
			}
		}
		perSentence(b, len(c.sents))
	})
	b.Run("actors", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range c.sents {
				c.p.Actors.Resolve(c.sents[i].Tokens, c.dates[i])
			}
		}
		perSentence(b, len(c.sents))
	})
	b.Run("verbs", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range c.sents {
				c.p.Verbs.Code(c.sents[i].Tokens, c.groups[i])
			}
		}
		perSentence(b, len(c.sents))
	})
	b.Run("dates", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range c.sents {
				c.p.Dates.Find(c.sents[i].Text)
			}
		}
		perSentence(b, len(c.sents))
	})
	b.Run("places", func(b *testing.B) {
		gp, ok := c.p.Places.(pipeline.GeoPlacer)
		if !ok {
			b.Skip("the pipeline has no gazetteer")
		}
		b.ReportAllocs()
		for b.Loop() {
			for i := range c.sents {
				gp.G.Mentions(&c.sents[i], nil, geo.NewFocus())
			}
		}
		perSentence(b, len(c.sents))
	})
	b.Run("code", func(b *testing.B) {
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range c.stories {
				if _, err := c.p.Code(ctx, s); err != nil {
					b.Fatal(err)
				}
			}
		}
		perSentence(b, len(c.sents))
	})
}

// BenchmarkNew is the start-up cost of the default pipeline.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.New(); err != nil {
			b.Fatal(err)
		}
	}
}
