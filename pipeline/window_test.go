package pipeline

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
)

// TestCodeWindows checks the windows a story longer than windowBytes is
// coded in (window.go) on a story of paragraphs whose sentences need
// nothing from one another: the windowed events must be the whole story's,
// with its sentence indexes, ids and sentence strings, however small the
// windows; a window as long as the story is the whole story. How much
// memory windows save is measured in docs/performance.md, not here.
func TestCodeWindows(t *testing.T) {
	p := newTestPipeline(t)
	paras := []string{
		"Kenya expels Somali envoy\n\nNAIROBI, March 3 (Reuters) - Kenya expelled two Somali diplomats on Tuesday.",
		"Police in Bangladesh arrested 40 opposition activists in Dhaka.",
		"The European Union imposed sanctions on Belarus. Germany recalled its ambassador from Minsk.",
		"Japan and South Korea signed a trade agreement in Tokyo.",
		"Protesters in Chile blocked roads in Santiago, demanding higher pensions.",
		"India accused Pakistan of shelling villages in Kashmir.",
		"Russia vetoed a Security Council resolution on Syria.",
	}
	s := story.Story{ID: "win", Date: "2024-03-05", Text: strings.Join(paras, "\n\n")}
	whole, err := p.Code(context.Background(), s)
	if err != nil || len(whole) < 6 {
		t.Fatalf("whole story: %d events, error %v", len(whole), err)
	}
	spans := text.Segment(s.Text)
	for _, size := range []int{len(s.Text), 200, 120, 1} {
		got, err := p.codeWindows(context.Background(), s, size, nil)
		if err != nil {
			t.Fatal(err)
		}
		if size == len(s.Text) && !reflect.DeepEqual(got, whole) {
			t.Errorf("one window: events differ from the whole story's")
		}
		if len(got) != len(whole) {
			t.Errorf("windows of %d bytes: %d events, whole story %d", size, len(got), len(whole))
			continue
		}
		for i := range got {
			g, w := &got[i], &whole[i]
			if g.ID != w.ID || g.SentenceIndex != w.SentenceIndex || g.CAMEO != w.CAMEO || windowCodes(g.Source) != windowCodes(w.Source) || windowCodes(g.Target) != windowCodes(w.Target) || g.Date != w.Date {
				t.Errorf("windows of %d bytes, event %d: %s %d %s %s→%s %s, whole story %s %d %s %s→%s %s", size, i,
					g.ID, g.SentenceIndex, g.CAMEO, windowCodes(g.Source), windowCodes(g.Target), g.Date, w.ID, w.SentenceIndex, w.CAMEO, windowCodes(w.Source), windowCodes(w.Target), w.Date)
			}
			if sp := spans[g.SentenceIndex]; g.Sentence != s.Text[sp[0]:sp[1]] {
				t.Errorf("windows of %d bytes, event %d: sentence %q is not the story's sentence %d", size, i, g.Sentence, g.SentenceIndex)
			}
		}
	}
}

func windowCodes(as []event.Actor) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.Code)
		b.WriteByte(' ')
	}
	return b.String()
}

// TestParagraphBreak: a window is cut at a blank line, which may hold
// spaces or a carriage return, and not at a single line break.
func TestParagraphBreak(t *testing.T) {
	for gap, want := range map[string]bool{
		" ": false, "\n": false, "\n\n": true, "\r\n\r\n": true, " \n \t\n ": true, "\n \n": true, "\nx\n": false,
	} {
		if got := paragraphBreak(gap); got != want {
			t.Errorf("paragraphBreak(%q) = %v, want %v", gap, got, want)
		}
	}
}

// TestCodeWindowsCancel: a story coded in windows stops between windows
// when its context is done, and says so, rather than coding on for
// seconds or handing back a part of its events as if they were all.
func TestCodeWindowsCancel(t *testing.T) {
	p := newTestPipeline(t)
	s := story.Story{ID: "long", Date: "2024-10-26", Text: strings.Repeat("Police in Kenya arrested 12 protesters in Nairobi.\n\n", 40)}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if evs, err := p.codeWindows(ctx, s, 300, nil); err == nil || len(evs) != 0 {
		t.Errorf("cancelled: %d events, error %v", len(evs), err)
	}
	var out [1][]event.Event
	if err := p.codeBatch(ctx, []story.Story{s}, out[:], nil); err != nil {
		t.Errorf("a story of %d bytes is coded whole, and its batch does not fail: %v", len(s.Text), err)
	}
}
