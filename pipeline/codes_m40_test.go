package pipeline

import (
	"testing"

	"github.com/parley-events/parley/story"
)

// TestM40MonitorHead: a media-monitoring head ("Text of report by
// Kenyan radio:", "Excerpt from report by Egyptian MENA:", "IRNA:") is
// the channel, as a wire dateline is: the story's bare organs take the
// outlet's state when the text says nothing better (monitorhead_m40.go),
// the head's nationality word before the outlet's own entry. A place or
// a nationality in the text still wins, and a sentence without a head
// leaves a bare organ bare.
func TestM40MonitorHead(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Text of report by ... radio: the government", text: "Text of report by Kenyan radio: The government accused Somalia of sheltering the attackers.", code: "112", src: "KEN", tgt: "SOM"},
		{why: "Excerpt from report by ...: the Foreign Ministry", text: "Excerpt from report by Egyptian MENA: The Foreign Ministry condemned the Israeli air strikes on Gaza.", code: "111", src: "EGY", tgt: "ISR"},
		{why: "an outlet's name and a colon", text: "IRNA: The Foreign Ministry condemned the new American sanctions.", code: "111", src: "IRN", tgt: "USA"},
		{why: "the head's nationality word names the outlet's state", text: "Excerpt from report by Turkish NTV: The government criticised Greece over the treatment of migrants.", code: "111", src: "TUR", tgt: "GRC"},
		// must not: the text's own place or nationality outweighs the head
		{why: "a place in the clause", text: "Text of report by Iranian state TV: Police arrested 20 protesters in Baghdad.", code: "173", src: "IRQ", tgt: "IRQ"},
		{why: "a nationality in the text", text: "Text of report by Iranian state TV: Iraqi police arrested 20 protesters.", code: "173", src: "IRQ", tgt: "IRQ"},
	})
	// must not: a statement or a body's label before the colon is no
	// outlet's head, and a sentence without a head has none
	for _, c := range []struct {
		text string
		want string
	}{
		{"Text of report by Kenyan radio: The government accused Somalia of sheltering the attackers.", "KEN"},
		{"IRNA: The Foreign Ministry condemned the new American sanctions.", "IRN"},
		{"The Kenyan minister said: The government accused Somalia of sheltering the attackers.", ""},
		{"Turkish Defence Ministry: Soldiers destroyed a depot of the militants.", ""},
		{"Niger: junta expels French ambassador after a row over the coup.", ""},
		{"The Foreign Ministry condemned the Israeli air strikes on Gaza.", ""},
	} {
		a := p.Analyze(story.Story{ID: "m40", Date: "2024-05-01", Text: c.text})
		if len(a.Sentences) == 0 {
			t.Fatalf("%q: no sentences", c.text)
		}
		if got := a.datelineFocus; got != c.want {
			t.Errorf("%q: head's state %q, want %q", c.text, got, c.want)
		}
	}
}
