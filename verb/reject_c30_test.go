package verb

import "testing"

// TestRejectCodeAid checks that withheld aid takes CAMEO's refusal of aid
// (122x) kind for kind, while withheld cooperation stays 121x.
func TestRejectCodeAid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"070", "121"},  // would not give any help: unspecified support
		{"071", "1221"}, // declined to lend the treasury money
		{"072", "1222"}, // would not ship the howitzers
		{"073", "1223"}, // refused to deliver food parcels
		{"074", "1224"}, // would not send blue helmets
		{"075", "121"},  // no 122 subcode for asylum
		{"033", "121"},  // would not pledge help
		{"0331", "1221"},
		{"0332", "1222"},
		{"0333", "1223"},
		{"0334", "1224"},
		{"061", "1211"}, // cooperation, not aid, is unchanged
		{"060", "121"},
		{"031", "121"},
	}
	for _, tt := range tests {
		if got := rejectCode(tt.in); got != tt.want {
			t.Errorf("rejectCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
