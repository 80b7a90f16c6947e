package eval

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestConventionExtra: an extra root is set apart as a documented
// convention only when every event of that root in the sentence is one,
// and each convention needs its partner event with the right sides.
func TestConventionExtra(t *testing.T) {
	side := func(c string) []event.Actor { return []event.Actor{{Code: c, Country: c}} }
	ev := func(code, src, tgt string) event.Event {
		e := event.Event{CAMEO: code, CAMEORoot: code[:2]}
		if src != "" {
			e.Source = side(src)
		}
		if tgt != "" {
			e.Target = side(tgt)
		}
		return e
	}
	cases := []struct {
		why  string
		root string
		evs  []event.Event
		want string
	}{
		{"statement beside its speaker's act", "01", []event.Event{ev("010", "RUS", ""), ev("190", "RUS", "UKR")}, "010"},
		{"statement beside another's act", "01", []event.Event{ev("010", "UKR", ""), ev("190", "RUS", "UKR")}, ""},
		{"a statement of another kind", "01", []event.Event{ev("012", "RUS", ""), ev("190", "RUS", "UKR")}, ""},
		{"accusation beside the accused's violence", "11", []event.Event{ev("112", "UKR", "RUS"), ev("190", "RUS", "UKR")}, "112"},
		{"accusation beside non-violent act", "11", []event.Event{ev("112", "UKR", "RUS"), ev("042", "RUS", "BLR")}, ""},
		{"accusation of a third party", "11", []event.Event{ev("112", "UKR", "BLR"), ev("190", "RUS", "UKR")}, ""},
		{"arrest beside a prison sentence", "17", []event.Event{ev("116", "IRNJUD", "IRN"), ev("173", "IRNJUD", "IRN")}, "173"},
		{"arrest with other sides", "17", []event.Event{ev("116", "IRNJUD", "IRN"), ev("173", "IRNCOP", "GBR")}, ""},
		{"two events of the root, one unexplained", "11", []event.Event{ev("112", "UKR", "RUS"), ev("111", "UKR", "RUS"), ev("190", "RUS", "UKR")}, ""},
		{"empty sides never match", "01", []event.Event{ev("010", "", ""), ev("190", "", "UKR")}, ""},
	}
	for _, c := range cases {
		if got := conventionExtra(c.root, c.evs); got != c.want {
			t.Errorf("%s: conventionExtra = %q, want %q", c.why, got, c.want)
		}
	}
}
