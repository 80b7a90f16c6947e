package story

import (
	"testing"
	"time"
)

// TestPubDateFastPath checks the hand-written day parser against
// time.Parse on valid, impossible and malformed dates.
func TestPubDateFastPath(t *testing.T) {
	for _, d := range []string{"2024-10-26", "1999-12-31", "2000-02-29", "1900-02-29", "2023-02-29", "2024-13-01",
		"2024-00-10", "2024-04-31", "2024-1-05", "2024/10/26", "20241026xx", "0001-01-01", "2024-10-2x", ""} {
		want, werr := time.Parse(DateLayout, d)
		got, ok := Story{Date: d}.PubDate()
		if ok != (werr == nil) || ok && !got.Equal(want) {
			t.Errorf("PubDate(%q) = %v, %v; time.Parse gives %v, %v", d, got, ok, want, werr)
		}
	}
}
