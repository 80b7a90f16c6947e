package pipeline

import "testing"

// TestLead36ThirdPlace: a plain meeting of two states' sides in a third
// state is 044, on both of the pair's lines; a meeting in either party's
// state, one placed only by a dateline, and one with a body of states
// keep 040.
func TestLead36ThirdPlace(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct {
		text string
		want string // the exact code every 04 event must carry
	}{
		{"Trump met Putin in Helsinki on Monday.", "044"},
		{"Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday.", "044"},
		{"Israeli and Palestinian negotiators met in Oslo on Tuesday.", "044"},
		// must not: the meeting is in one party's state
		{"Macron met Zelensky in Kyiv on Monday.", "040"},
		{"Putin met Erdogan in Sochi on Monday.", "040"},
		// must not: only the dateline names a place
		{"GENEVA (Reuters) - Trump met Putin on Monday.", "040"},
		// must not: a body of states has no home state to be away from
		{"The European Union and China met in Brussels on Monday.", "040"},
	} {
		n := 0
		for _, e := range codeText(t, p, "2020-01-01", tc.text) {
			if e.CAMEORoot != "04" {
				continue
			}
			n++
			if e.CAMEO != tc.want {
				t.Errorf("%q: coded %s %s>%s, want %s", tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no meeting coded", tc.text)
		}
	}
}
