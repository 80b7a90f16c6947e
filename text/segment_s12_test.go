package text

import (
	"strings"
	"testing"
)

// TestSegmentClockTimes: "a.m." and "p.m." before a capital end the
// sentence unless a day, month, time zone or a place's clock ("Moscow
// time") goes on with the time. Before, "The curfew begins at 10 p.m.
// Soldiers will patrol the streets." was one sentence.
func TestSegmentClockTimes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The curfew begins at 10 p.m. Soldiers will patrol the streets.", []string{"The curfew begins at 10 p.m.", "Soldiers will patrol the streets."}},
		{"The explosion went off at about 9 a.m. Police sealed off the market.", []string{"The explosion went off at about 9 a.m.", "Police sealed off the market."}},
		{"Lawmakers approved the accord at 11 p.m. Sweden welcomed the vote.", []string{"Lawmakers approved the accord at 11 p.m.", "Sweden welcomed the vote."}},
		{"Shelling resumed at 6 a.m. The ceasefire had lasted a day.", []string{"Shelling resumed at 6 a.m.", "The ceasefire had lasted a day."}},
		// must-not: the time goes on
		{"The raid began at 2 a.m. Tuesday, officials said.", []string{"The raid began at 2 a.m. Tuesday, officials said."}},
		{"Polls closed at 8 p.m. GMT on Sunday.", []string{"Polls closed at 8 p.m. GMT on Sunday."}},
		{"Voting ended at 8 p.m. Moscow time on Sunday.", []string{"Voting ended at 8 p.m. Moscow time on Sunday."}},
		{"The talks start at 10 a.m. Oct. 4 in Doha.", []string{"The talks start at 10 a.m. Oct. 4 in Doha."}},
		{"The strike hit at 4 a.m. local time.", []string{"The strike hit at 4 a.m. local time."}},
		{"Troops withdrew at 5 p.m. (1400 GMT).", []string{"Troops withdrew at 5 p.m. (1400 GMT)."}},
		{"The deadline passed at 6 p.m. Beijing timeline aside, talks went on.", []string{"The deadline passed at 6 p.m.", "Beijing timeline aside, talks went on."}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Segment(tt.in) {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Segment(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestTokenizeCurrencyCode: a dollar's country code written against the
// sign is one token with the sign ("US$", "HK$"), whose lower-case form
// is the sign, so no stage reads a country in it. Must-not rows: a code
// apart from the sign, a lower-case word, and a long capitalised word.
func TestTokenizeCurrencyCode(t *testing.T) {
	tests := []struct{ in, want, lower string }{
		{"a US$3 billion bailout", "a|US$|3|billion|bailout", "a|$|3|billion|bailout"},
		{"pledged A$50 million", "pledged|A$|50|million", "pledged|$|50|million"},
		{"fined HK$2 million", "fined|HK$|2|million", "fined|$|2|million"},
		// must-not
		{"the US $3 billion", "the|US|$|3|billion", "the|us|$|3|billion"},
		{"paid $5", "paid|$|5", "paid|$|5"},
		{"usd$5", "usd|$|5", "usd|$|5"},
		{"NATO$5", "NATO|$|5", "nato|$|5"},
	}
	for _, tt := range tests {
		var parts, lower []string
		for _, tk := range Tokenize(tt.in, nil) {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d:%d", tt.in, tk.Text, tk.Start, tk.End)
			}
			parts = append(parts, tk.Text)
			lower = append(lower, tk.Lower)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := strings.Join(lower, "|"); got != tt.lower {
			t.Errorf("Tokenize(%q) lower = %q, want %q", tt.in, got, tt.lower)
		}
	}
}
