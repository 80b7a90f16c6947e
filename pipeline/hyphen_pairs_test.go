package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// TestHyphenatedCountryPairs: two states joined by a hyphen before an
// event noun both take part. A reciprocal event codes each as the source
// with the other as the target; a third party's event on the pair has
// both as targets. Before a place or a people the compound names no
// state acting.
func TestHyphenatedCountryPairs(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		root string
		// want lists "SRC>TGT" country dyads that must all be coded with
		// the root; none means no event may have either country as actor.
		want []string
		none []string
	}{
		{text: "US-China talks took place in Geneva on Monday.", root: "04", want: []string{"USA>CHN", "CHN>USA"}},
		{text: "Japan-Korea talks took place in Seoul last week.", root: "04", want: []string{"JPN>KOR", "KOR>JPN"}},
		{text: "Israeli-Palestinian clashes erupted near Hebron on Friday.", root: "19", want: []string{"ISR>PSE", "PSE>ISR"}},
		{text: "India-Pakistan border clashes killed four soldiers.", root: "19", want: []string{"IND>PAK", "PAK>IND"}},
		{text: "Brazil welcomed the Russia-Ukraine ceasefire.", root: "05", want: []string{"BRA>RUS", "BRA>UKR"}},
		{text: "Turkey called for an end to the Armenia-Azerbaijan war.", root: "02", want: []string{"TUR>ARM", "TUR>AZE"}},
		// A place between two states, and a people, are no pair.
		{text: "The Russian-Ukrainian border was closed to lorries.", none: []string{"RUS", "UKR"}},
		{text: "Palestinian-American activists marched in Chicago.", none: []string{"PSE"}},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		for _, w := range c.want {
			src, tgt, _ := strings.Cut(w, ">")
			if !hasDyad(evs, c.root, src, tgt) {
				t.Errorf("%q: no %s event %s; got %s", c.text, c.root, w, describe(evs))
			}
		}
		for _, e := range evs {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				for _, n := range c.none {
					if a.Country == n {
						t.Errorf("%q: %s coded with %s; got %s", c.text, n, a.Code, describe(evs))
					}
				}
			}
		}
	}
}

// TestCriticismAtCapital: a capital after "at" that follows a word of
// criticism or anger is the state criticised, so the event has a target;
// after other words "at" names a place.
func TestCriticismAtCapital(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{why: "hit out at", text: "China hit out at Washington over the new export rules.", root: "11", src: "CHN", tgt: "USA"},
		{why: "lashed out at", text: "Iran lashed out at London after the tanker was seized.", root: "11", src: "IRN", tgt: "GBR"},
	}, false)
	evs := codeText(t, p, "2024-05-01", "Delegates from Chile gathered at Moscow's main airport.")
	for _, e := range evs {
		if hasCountry(e.Source, "RUS") || hasCountry(e.Target, "RUS") {
			t.Errorf("Moscow's airport coded as an actor: %s", describe(evs))
		}
	}
}

// hasDyad reports an event of the root with src among its sources and tgt
// among its targets.
func hasDyad(evs []event.Event, root, src, tgt string) bool {
	for _, e := range evs {
		if strings.HasPrefix(e.CAMEORoot, root) && hasCountry(e.Source, src) && hasCountry(e.Target, tgt) {
			return true
		}
	}
	return false
}
