package eval

import (
	"path/filepath"
	"testing"
)

// sharedDir returns the gold data folder or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := ThirdPartyDir()
	if err != nil {
		t.Skipf("shared gold data absent: %v", err)
	}
	return dir
}

// TestSharedReaders only checks that the readers parse the real files into
// the documented numbers of records; scoring them is floors_test.go's job.
func TestSharedReaders(t *testing.T) {
	dir := sharedDir(t)
	tests := []struct {
		path, format      string
		records, skipped  int
		noEvent, withGold int
	}{
		{"universalpetrarch/PETR2_GSR_validation.xml", FormatPetrarch, 78, 0, 12, 66},
		// The README's 275 counts the "<Sentence … evaluate="false">" in
		// the banner comment.
		{"universalpetrarch/PETR_Validate_records_2_02.xml", FormatPetrarch, 274, 10, 25, 239},
		{"petrarch2/PETR.UnitTest.records.xml", FormatPetrarch, 284, 1, 26, 257},
		// 475 headers less 22 option-only records.
		{"tabari/Validate.text", FormatTabari, 453, 15, 42, 396},
		{"plover/PLOVER_GSR_CAMEO.dev.json", FormatPLOVER, 161, 0, 0, 161},
		{"conflibert", FormatConfliBERT, 500, 249, 0, 0},
	}
	for _, tc := range tests {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			recs, err := ReadFile(tc.format, filepath.Join(dir, tc.path))
			if err != nil {
				t.Fatal(err)
			}
			var skipped, noEvent, withGold, locs int
			reasons := map[string]int{}
			for _, r := range recs {
				if r.Loc != nil {
					locs++
				}
				if r.Skip {
					skipped++
					reasons[r.SkipReason]++
					continue
				}
				if r.NoEvent {
					noEvent++
				}
				if len(r.Gold) > 0 {
					withGold++
				}
			}
			t.Logf("%s: %d records, %d skipped %v, %d noevent, %d with gold", tc.path, len(recs), skipped, reasons, noEvent, withGold)
			check := func(what string, got, want int) {
				if want >= 0 && got != want {
					t.Errorf("%s = %d, want %d", what, got, want)
				}
			}
			check("records", len(recs), tc.records)
			check("skipped", skipped, tc.skipped)
			check("noevent", noEvent, tc.noEvent)
			check("with gold", withGold, tc.withGold)
			if tc.format == FormatPLOVER {
				check("eventLoc", locs, 22)
			}
			if tc.format == FormatConfliBERT {
				check("scored", len(recs)-skipped, 251)
			}
		})
	}
}
