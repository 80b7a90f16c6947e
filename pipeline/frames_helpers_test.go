package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// frameCase is one row of an end-to-end engine test: a sentence, the CAMEO
// root it must code and the countries of its sides. A side is "-" for
// unchecked, "?" for empty (an unknown actor), "---" for actors with no
// country, else a country code. none: the sentence must code no (real)
// event of that root.
type frameCase struct {
	why, text string
	root      string
	src, tgt  string
	none      bool
}

// checkFrames codes each case's sentence (story date 2024-05-01) and
// checks its first non-negated event of the root; with skipHypothetical,
// hypothetical events do not count either.
func checkFrames(t *testing.T, p *Pipeline, cases []frameCase, skipHypothetical bool) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var hit *event.Event
		for i := range evs {
			if evs[i].CAMEORoot == c.root && !evs[i].Modality.Negated && !(skipHypothetical && evs[i].Modality.Hypothetical) {
				hit = &evs[i]
				break
			}
		}
		if c.none {
			if hit != nil {
				t.Errorf("%s: %q coded %s %s>%s, want no %s event", c.why, c.text, hit.CAMEO, actorCodes(hit.Source), actorCodes(hit.Target), c.root)
			}
			continue
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.root, describe(evs))
			continue
		}
		side := func(name string, as []event.Actor, want string) {
			switch want {
			case "-":
			case "?":
				if len(as) != 0 {
					t.Errorf("%s: %q %s %s, want none", c.why, c.text, name, actorCodes(as))
				}
			case "---":
				for _, a := range as {
					if a.Country != "" {
						t.Errorf("%s: %q %s %s, want no country", c.why, c.text, name, actorCodes(as))
					}
				}
			default:
				if !hasCountry(as, want) {
					t.Errorf("%s: %q %s %s, want %s", c.why, c.text, name, actorCodes(as), want)
				}
			}
		}
		side("source", hit.Source, c.src)
		side("target", hit.Target, c.tgt)
	}
}

func hasCountry(as []event.Actor, country string) bool {
	for _, a := range as {
		if a.Country == country || strings.HasPrefix(a.Code, country) {
			return true
		}
	}
	return false
}
