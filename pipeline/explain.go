package pipeline

import (
	"fmt"
	"io"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/verb"
)

// Explain writes a human-readable account of how a text is coded: tokens
// and tags, actors with the dictionary lines that named them, every pattern
// tried, the events coded, and why nothing was coded when nothing was.
//
// Like Code, it turns a panic in a rule into an *InternalError for the
// story, so `parley explain`, the server's explain view and eval's
// misses report the fault instead of crashing.
func (p *Pipeline) Explain(w io.Writer, s story.Story) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &InternalError{StoryID: s.ID, Value: r}
		}
	}()
	a := p.AnalyzeTrace(s)
	evs := p.Events(a)
	for si := range a.Sentences {
		sa := &a.Sentences[si]
		fmt.Fprintf(w, "Sentence %d: %s\n", si, sa.Sentence.Text)
		fmt.Fprintf(w, "  tokens:")
		for _, t := range sa.Sentence.Tokens {
			fmt.Fprintf(w, " %s/%s", t.Text, t.Tag)
			if t.Lemma != t.Lower {
				fmt.Fprintf(w, "(%s)", t.Lemma)
			}
		}
		fmt.Fprintln(w)
		if sa.Discarded != "" {
			fmt.Fprintf(w, "  discarded: %s\n\n", sa.Discarded)
			continue
		}
		if len(sa.Groups) == 0 {
			fmt.Fprintln(w, "  actors: none found")
		}
		for _, g := range sa.Groups {
			var parts []string
			for _, ph := range g.Phrases {
				var from []string
				for _, pt := range ph.Parts {
					from = append(from, fmt.Sprintf("%q %s", pt.Entry.Alias, pt.Entry.Pos))
				}
				inf := ""
				if ph.Inferred {
					inf = " (country from story context)"
				}
				parts = append(parts, fmt.Sprintf("%s = %s%s [%s]", verb.SpanText(sa.Sentence.Tokens, sa.Sentence.Text, ph.Start, ph.End), ph.Code, inf, strings.Join(from, ", ")))
			}
			fmt.Fprintf(w, "  actor group: %s\n", strings.Join(parts, " + "))
		}
		if len(sa.Verbs.Tries) == 0 {
			fmt.Fprintln(w, "  patterns: no word in this sentence heads a verb pattern")
		}
		for _, t := range sa.Verbs.Tries {
			fmt.Fprintf(w, "  pattern on %q: %s\n", sa.Sentence.Tokens[t.Head].Text, t.Describe(sa.Sentence.Tokens))
		}
		n := 0
		for _, e := range evs {
			if e.SentenceIndex != si {
				continue
			}
			n++
			fmt.Fprintf(w, "  EVENT %s %s (%s): %s -> %s, date %s..%s (%s)", e.CAMEO, p.codeName(e.CAMEO), e.PLOVER.Type, actorCodes(e.Source), actorCodes(e.Target), e.Date, e.DateEnd, e.DatePrecision)
			if e.Location != nil {
				fmt.Fprintf(w, ", at %s (%s)", e.Location.Name, e.Location.Precision)
			}
			mods := e.Modality.Labels()
			if len(mods) > 0 {
				fmt.Fprintf(w, " [%s]", strings.Join(mods, ", "))
			}
			if len(e.Participants) > 0 {
				var ps []string
				for _, q := range e.Participants {
					ps = append(ps, q.Code+"/"+q.Role)
				}
				fmt.Fprintf(w, " participants: %s", strings.Join(ps, " "))
			}
			fmt.Fprintf(w, " via %s\n", e.Evidence.Pattern)
		}
		if n == 0 {
			fmt.Fprintf(w, "  no event: %s\n", p.whyNot(sa))
		}
		fmt.Fprintln(w)
	}
	return nil
}

// WhyNot returns the one-line reason a sentence coded nothing, or "" when
// it coded something; eval's miss listing uses it.
func (p *Pipeline) WhyNot(sentence, date string) string {
	a := p.AnalyzeTrace(story.Story{ID: "explain", Date: date, Text: sentence})
	if len(p.Events(a)) > 0 {
		return ""
	}
	var why []string
	for i := range a.Sentences {
		why = append(why, p.whyNot(&a.Sentences[i]))
	}
	return strings.Join(why, "; ")
}

func (p *Pipeline) whyNot(sa *SentenceAnalysis) string {
	switch {
	case sa.Discarded != "":
		return "discarded: " + sa.Discarded
	case len(sa.Verbs.Tries) == 0 && len(sa.Groups) == 0:
		return "no actor and no verb pattern"
	case len(sa.Verbs.Tries) == 0:
		return "actors found but no word heads a verb pattern"
	case len(sa.Groups) == 0:
		return "verb patterns found but no actor"
	}
	if len(sa.Verbs.Attach) > 0 {
		return "actors attached to the previous event"
	}
	return "patterns tried but none matched with an actor (see above)"
}

func (p *Pipeline) codeName(c string) string {
	if e, ok := p.Onto.Event(c); ok {
		return e.Name
	}
	return ""
}

func actorCodes(as []event.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	var cs []string
	for _, a := range as {
		cs = append(cs, a.Code)
	}
	return strings.Join(cs, ",")
}
