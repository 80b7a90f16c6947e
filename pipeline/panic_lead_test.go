package pipeline

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/verb"
)

// TestLocalSidesInheritedActor: an actor carried over from another event
// has no span (Start -1, inherited); localSides read the words before it
// with a negative offset and panicked (found by probe 18's first run: a
// derived event whose target was an inherited "gunship").
func TestLocalSidesInheritedActor(t *testing.T) {
	sent := "Rights groups called the strike by a gunship on a market in Kidal a war crime."
	ev := &event.Event{
		CAMEO: "112", CAMEORoot: "11", Sentence: sent,
		Source:   []event.Actor{{Text: "Rights groups", Code: "---NGO", Sector: "NGO", Start: 0, End: 13}},
		Target:   inherited([]event.Actor{{Text: "gunship", Code: "---MIL", Sector: "MIL", Start: 36, End: 43}}),
		Location: &event.Location{Name: "Kidal", Country: "MLI", Precision: "city", Start: strings.Index(sent, "Kidal"), End: strings.Index(sent, "Kidal") + 5},
	}
	ev.Evidence.Verb.Text, ev.Evidence.Verb.Start, ev.Evidence.Verb.End = "called", 14, 20
	localSides(ev, false) // must not panic
}

// panicCoder panics on any story whose text contains "PANIC", in Code and
// in CodeBatch alike, as a rule with a bug would.
type panicCoder struct{}

func (panicCoder) Code(ctx context.Context, s story.Story) (evs []event.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			evs, err = nil, &InternalError{StoryID: s.ID, Value: r}
		}
	}()
	if strings.Contains(s.Text, "PANIC") {
		panic("index out of range")
	}
	return []event.Event{{StoryID: s.ID, CAMEO: "010"}}, nil
}

func (c panicCoder) CodeBatch(ctx context.Context, stories []story.Story, out [][]event.Event) error {
	for i, s := range stories {
		if strings.Contains(s.Text, "PANIC") {
			panic("index out of range")
		}
		out[i], _ = c.Code(ctx, s)
	}
	return nil
}

// TestRunSurvivesPanic: a panic while coding one story of a batch fails
// that story alone, with an InternalError naming it; every other story of
// the batch and of the run is coded, in order, with one worker and with
// several.
func TestRunSurvivesPanic(t *testing.T) {
	for _, workers := range []int{1, 3} {
		jobs := make(chan Job, 10)
		for i, txt := range []string{"a", "b", "PANIC here", "c", "d", "PANIC again", "e"} {
			jobs <- Job{Story: story.Story{ID: string(rune('1' + i)), Text: txt}}
		}
		close(jobs)
		var got []string
		Run(context.Background(), panicCoder{}, workers, jobs, func(r Result) {
			var ie *InternalError
			switch {
			case r.Err == nil && len(r.Events) == 1:
				got = append(got, r.Story.ID+":ok")
			case errors.As(r.Err, &ie) && ie.StoryID == r.Story.ID && strings.Contains(r.Err.Error(), "please report"):
				got = append(got, r.Story.ID+":err")
			default:
				got = append(got, r.Story.ID+":bad")
			}
		})
		want := "1:ok 2:ok 3:err 4:ok 5:ok 6:err 7:ok"
		if s := strings.Join(got, " "); s != want {
			t.Errorf("workers %d: got %s, want %s", workers, s, want)
		}
	}
}

// TestBareComplaintNoSource: a complaint with a target and no source
// (found when a trial tagging rule made "Fans complained after the match
// was cancelled" one) is dropped, not indexed at its missing source.
func TestBareComplaintNoSource(t *testing.T) {
	sa := &SentenceAnalysis{}
	sa.Sentence.Tokens = []text.Token{
		{Text: "Fans", Lower: "fans", Lemma: "fan", Tag: "NNS"},
		{Text: "complained", Lower: "complained", Lemma: "complain", Tag: "VBD"},
		{Text: "after", Lower: "after", Lemma: "after", Tag: "IN"},
		{Text: "the", Lower: "the", Lemma: "the", Tag: "DT"},
		{Text: "match", Lower: "match", Lemma: "match", Tag: "NN"},
	}
	sa.Verbs.Matches = []verb.Match{{Pattern: &verb.Pattern{Code: "114"}, Head: 1, Target: []actor.Phrase{{Code: "---CVL", Start: 3, End: 5}}}}
	bareComplaints(sa) // must not panic
	if len(sa.Verbs.Matches) != 0 {
		t.Errorf("complaint with no source kept: %+v", sa.Verbs.Matches)
	}
}

// TestExplainSurvivesPanic: Explain turns a panic into an InternalError
// for the story, as Code does, instead of crashing `parley explain` or
// the server's explain view.
func TestExplainSurvivesPanic(t *testing.T) {
	var p *Pipeline // a nil pipeline panics at once, as a faulty rule would
	err := p.Explain(io.Discard, story.Story{ID: "x", Text: "Police arrested 40 protesters."})
	var ie *InternalError
	if !errors.As(err, &ie) || ie.StoryID != "x" {
		t.Fatalf("Explain on a panic: %v, want an InternalError for story x", err)
	}
}
