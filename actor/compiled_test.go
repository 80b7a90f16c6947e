package actor

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/text"
)

const compiledTestDict = `@kind country
SYR  Syria|Syrian|Syrians
    ex: Syrian troops advanced. => SYR
RUS  Russia|Russian|Moscow
@kind sector
GOV  government|ministry
MIL  troops|army
@kind actor
SYRGOV  Bashar al-Assad|Assad  [1971-03-12..2024-12-08]
USAGOV  White House
IGOUNO  UN|United Nations
`

func compiledFS(src string) fstest.MapFS {
	return fstest.MapFS{"d/a.txt": {Data: []byte(src)}}
}

// TestCompiledMatchesText checks that the compiled form opens to the same
// trie and aliases as the text it was built from, and that Load uses it.
func TestCompiledMatchesText(t *testing.T) {
	fsys := compiledFS(compiledTestDict)
	text, err := LoadText(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Compile(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	fsys["d/"+CompiledName] = &fstest.MapFile{Data: b}
	d, err := Load(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if d.raw != nil {
		t.Fatal("Load parsed the text although the compiled form is current")
	}
	text.raw = nil
	if !reflect.DeepEqual(normalizeEntries(d), normalizeEntries(text)) {
		t.Fatalf("compiled dictionary differs from the text:\n%+v\n%+v", d, text)
	}
}

// normalizeEntries makes an empty node-entry array compare equal to a nil
// one.
func normalizeEntries(d *Dictionary) *Dictionary {
	c := *d
	if len(c.entryIdx) == 0 {
		c.entryIdx = nil
	}
	return &c
}

// TestCompiledStale checks that a compiled form older than the text is
// ignored: the edited text wins.
func TestCompiledStale(t *testing.T) {
	fsys := compiledFS(compiledTestDict)
	b, err := Compile(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	fsys["d/"+CompiledName] = &fstest.MapFile{Data: b}
	fsys["d/a.txt"] = &fstest.MapFile{Data: []byte(compiledTestDict + "IGONAT  NATO\n")}
	d, err := Load(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if d.raw == nil {
		t.Fatal("a stale compiled form was used")
	}
	if _, err := unmarshal(string(b), 0); err != dictfile.ErrStale {
		t.Fatalf("unmarshal with another checksum: %v, want ErrStale", err)
	}
}

// FuzzCompiled opens corrupt compiled forms: they must be refused, or open
// to a dictionary whose walks stay in range, never panic.
func FuzzCompiled(f *testing.F) {
	fsys := compiledFS(compiledTestDict)
	b, err := Compile(fsys, "d")
	if err != nil {
		f.Fatal(err)
	}
	sum, _ := dictfile.SourceSum(fsys, "d")
	f.Add(b, 7)
	f.Add(b[:len(b)/2], 0)
	f.Fuzz(func(t *testing.T, b []byte, flip int) {
		if len(b) > 0 && flip >= 0 {
			b = append([]byte(nil), b...)
			b[flip%len(b)] ^= 0x5a
		}
		d, err := unmarshal(string(b), sum)
		if err != nil {
			return
		}
		for _, w := range []string{"syria", "syrians", "un", "assad", "x", "9"} {
			if n, ok := d.walk(0, &text.Token{Lower: w}, true); ok {
				_ = d.entriesAt(n)
			}
		}
		for c := 0; c < 256; c++ {
			n, ok := d.child(0, byte(c))
			for k := 0; ok && k < 4; k++ {
				_ = d.entriesAt(n)
				n, ok = d.child(n, 'a')
			}
		}
	})
}
