package pipeline

import (
	"context"
	"strconv"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
)

// windowBytes is the longest story coded whole. The coder keeps about a
// hundred times a story's text while it codes it (every token, actor
// phrase, verb match and place mention of every sentence, since the
// story-level checks look back over them), so an 8 MiB story took a
// gigabyte, and `parley code -j N` or the server's workers coding a few at
// once could exhaust a small machine. A longer story is coded in windows
// of at most this many bytes, one after the other, so its memory is one
// window's analysis and the story's events. News stories are a few
// kilobytes: no ordinary story is windowed, and its events are the same
// as before.
const windowBytes = 256 << 10

// leadSentences is how many of a story's first sentences every window
// repeats before its own: the headline or dateline and the lead, which
// the rules read as the story's opening (the dateline's country, the
// lead's date and place, the first sentences' special cases).
const leadSentences = 2

// codeWindows codes a story longer than size in windows of whole sentences
// of at most size bytes, cut at a paragraph break when one falls in the
// window's second half. Each window after the first is coded as the
// story's first two sentences followed by its own sentences, and the
// events of those two repeated sentences are dropped: what the story's
// opening gives the rest of the story (the dateline's and the lead's
// countries in the focus, the lead as the story's first sentences) every
// window has. What a window does not see is the sentences of the windows
// before it other than those two: docs/input.md lists what that loses.
// Event ids and sentence indexes are the story's, as if it had been coded
// whole.
func (p *Pipeline) codeWindows(ctx context.Context, s story.Story, size int, t *Timings) ([]event.Event, error) {
	spans := text.Segment(s.Text)
	lead := min(leadSentences, len(spans))
	var out []event.Event
	base := 0 // the story's sentences before the window
	for j := 0; j < len(spans); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		first, budget := j, size
		if j > 0 {
			budget -= spans[lead-1][1] - spans[0][0] + 2
		}
		m := j + 1
		for m < len(spans) && spans[m][1]-spans[first][0] <= budget {
			m++
		}
		if m < len(spans) {
			for k := m - 1; k > j && spans[k][0]-spans[first][0] >= budget/2; k-- {
				if paragraphBreak(s.Text[spans[k-1][1]:spans[k][0]]) {
					m = k
					break
				}
			}
		}
		if j == 0 && m <= lead {
			m = min(lead+1, len(spans)) // the lead is the first window's own
		}
		ws, skip := s, 0
		if j == 0 {
			ws.Text = s.Text[:spans[m-1][1]]
		} else {
			ws.Text = s.Text[spans[0][0]:spans[lead-1][1]] + "\n\n" + s.Text[spans[j][0]:spans[m-1][1]]
			skip = lead
		}
		w := p.getWork()
		a := p.analyze(ws, t, false, w)
		evs := p.events(a, t, w)
		for i := range evs {
			ev := &evs[i]
			if ev.SentenceIndex < skip {
				continue
			}
			ev.SentenceIndex += base - skip
			if j > 0 {
				ord, _ := strconv.Atoi(ev.ID[strings.LastIndexByte(ev.ID, ':')+1:])
				ev.ID = eventID(s.ID, ev.SentenceIndex, ord)
				// The story's own bytes rather than the window's copy,
				// which can then be collected.
				if si := ev.SentenceIndex; si < len(spans) && s.Text[spans[si][0]:spans[si][1]] == ev.Sentence {
					ev.Sentence = s.Text[spans[si][0]:spans[si][1]]
				}
			}
			out = append(out, *ev)
		}
		base += len(a.Sentences) - skip
		p.putWork(w)
		j = m
	}
	return out, nil
}

// paragraphBreak: the bytes between two sentences hold a blank line.
func paragraphBreak(gap string) bool {
	for {
		i := strings.IndexByte(gap, '\n')
		if i < 0 {
			return false
		}
		gap = gap[i+1:]
		k := 0
		for k < len(gap) && (gap[k] == ' ' || gap[k] == '\t' || gap[k] == '\r') {
			k++
		}
		if k < len(gap) && gap[k] == '\n' {
			return true
		}
	}
}
