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
