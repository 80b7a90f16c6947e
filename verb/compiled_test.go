package verb

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/internal/dictfile"
)

const compiledTestDict = `# a small dictionary with every element kind and flag
042  $ ^visit|visited +
    ex: Putin visited Turkey. => RUS TUR
@recip
043  & ^met (with) (&)
@verb
190  $ ^shelled + ... (in) {town|city}
010  $ ^said [speech]
1831  (+) ^bomb exploded|went [agentless]
0311  $ ^pledged ... aid to + [attach=observer]
`

func compiledFS(src string) fstest.MapFS {
	return fstest.MapFS{"d/a.txt": {Data: []byte(src)}}
}

// TestCompiledMatchesText checks that the compiled form opens to the same
// patterns, head index and required-word numbering as the text.
func TestCompiledMatchesText(t *testing.T) {
	fsys := compiledFS(compiledTestDict)
	text, err := LoadText(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := CompileDir(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	fsys["d/"+CompiledName] = &fstest.MapFile{Data: b}
	d, err := Load(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.raw != nil {
		t.Fatal("Load parsed the text although the compiled form is current")
	}
	text.raw = nil
	if len(d.all) != 6 || !reflect.DeepEqual(d, text) {
		t.Fatalf("compiled dictionary differs from the text:\n%+v\n%+v", d, text)
	}
}

// TestCompiledStale checks that an edited text wins over an older
// compiled form, and that the validator still applies to a compiled one.
func TestCompiledStale(t *testing.T) {
	fsys := compiledFS(compiledTestDict)
	b, err := CompileDir(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	fsys["d/"+CompiledName] = &fstest.MapFile{Data: b}
	if _, err := Load(fsys, "d", func(c string) bool { return c != "043" }); err == nil {
		t.Error("an unknown code in the compiled form was accepted")
	}
	fsys["d/a.txt"] = &fstest.MapFile{Data: []byte(compiledTestDict + "051  $ ^praised +\n")}
	d, err := Load(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.raw == nil || len(d.all) != 7 {
		t.Fatal("a stale compiled form was used")
	}
}

// FuzzCompiled opens corrupt compiled forms: refused, or opened to
// patterns whose head exists, never a panic.
func FuzzCompiled(f *testing.F) {
	fsys := compiledFS(compiledTestDict)
	b, err := CompileDir(fsys, "d", nil)
	if err != nil {
		f.Fatal(err)
	}
	sum, _ := dictfile.SourceSum(fsys, "d")
	f.Add(b, 20)
	f.Add(b[:len(b)/3], -1)
	f.Fuzz(func(t *testing.T, b []byte, flip int) {
		if len(b) > 0 && flip >= 0 {
			b = append([]byte(nil), b...)
			b[flip%len(b)] ^= 0x21
		}
		d, err := unmarshal(string(b), sum, nil)
		if err != nil {
			return
		}
		for _, p := range d.all {
			_ = p.Head()
			_ = p.Root()
		}
	})
}
