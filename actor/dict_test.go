package actor

import (
	"sort"
	"strings"
	"testing"

	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/internal/dictfile"
)

// TestNoShadowedAliases: when two dictionary lines give the same alias
// (after normalisation) different codes with no date ranges to tell them
// apart, the first file loaded wins silently and the second line is dead.
// That is always a dictionary bug.
func TestNoShadowedAliases(t *testing.T) {
	d, err := Load(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	for n := range int32(len(d.entryStart) - 1) {
		idx := d.entriesAt(n)
		var first *Entry
		for _, ei := range idx {
			e := &d.list[ei]
			if len(e.Ranges) > 0 || e.Former || e.Metonym {
				continue
			}
			if first == nil {
				first = e
				continue
			}
			if e.Code != first.Code && e.Upper == first.Upper && e.Proper == first.Proper {
				bad = append(bad, first.Alias+": "+first.Pos+" ("+first.Code+") shadows "+e.Pos+" ("+e.Code+")")
			}
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("%d shadowed aliases:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

func TestLoadErrors(t *testing.T) {
	for _, src := range []string{
		"@kind country\nKAZZ  Kazakhstan\n",
		"@kind planet\nKAZ  Kazakhstan\n",
		"@kind actor\nRUSGOV  Putin  [2000-13-01..]\n",
		"@kind actor\nRUSGOV  Putin  [sometimes]\n",
		"@kind country\nKAZ  Kazakhstan | | Kazakh\n",
	} {
		d := newDictionary()
		es, err := parseOne(src)
		if err == nil {
			for _, e := range es {
				if err = d.add(e); err != nil {
					break
				}
			}
		}
		if err == nil {
			t.Errorf("no error for %q", src)
		}
	}
}

func parseOne(src string) ([]dictfile.Entry, error) { return dictfile.Parse("test.txt", []byte(src)) }
