package ontology

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

var allFiles = []string{fileCAMEO, filePlover, fileContexts, fileCountries, fileLegacy, fileSectors}

// tablesWith returns the embedded tables with one file replaced (or removed,
// when data is nil).
func tablesWith(t testing.TB, name string, data []byte) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, f := range allFiles {
		b, err := fs.ReadFile(embedded, f)
		if err != nil {
			t.Fatal(err)
		}
		m[f] = &fstest.MapFile{Data: b}
	}
	if data == nil {
		delete(m, name)
	} else {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

func embeddedText(t testing.TB, name string) string {
	b, err := fs.ReadFile(embedded, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lineNo is the 1-based line of the first line starting with prefix.
func lineNo(t *testing.T, text, prefix string) int {
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

func TestLoadErrors(t *testing.T) {
	cameo := embeddedText(t, fileCAMEO)
	legacy := embeddedText(t, fileLegacy)
	countries := embeddedText(t, fileCountries)
	plover := embeddedText(t, filePlover)
	row0871 := "0871\t2\t9.0\tRETREAT\tceasefire\tmilitary\tDeclare truce, ceasefire"
	if !strings.Contains(cameo, row0871+"\n") {
		t.Fatal("test fixture out of date: 0871 row changed")
	}
	sub := func(text, old, new string) []byte { return []byte(strings.Replace(text, old, new, 1)) }

	tests := []struct {
		name, file string
		data       []byte
		line       int // 0: do not check
		want       string
	}{
		{"bad goldstein", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "9.0", "nine", 1)), lineNo(t, cameo, "0871\t"), "Goldstein"},
		{"goldstein out of range", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "9.0", "10.5", 1)), lineNo(t, cameo, "0871\t"), "Goldstein"},
		{"goldstein NaN", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "9.0", "NaN", 1)), lineNo(t, cameo, "0871\t"), "Goldstein"},
		{"quad inconsistent with root", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "\t2\t", "\t1\t", 1)), lineNo(t, cameo, "0871\t"), "quad"},
		{"unknown type", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "RETREAT", "FIGHT", 1)), lineNo(t, cameo, "0871\t"), "unknown PLOVER type"},
		{"mode of another type", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "ceasefire\t", "visit\t", 1)), lineNo(t, cameo, "0871\t"), "not a mode"},
		{"unknown context", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "\tmilitary\t", "\tmilitary,war\t", 1)), lineNo(t, cameo, "0871\t"), "unknown PLOVER context"},
		{"bad code", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "0871", "08x1", 1)), lineNo(t, cameo, "0871\t"), "digits"},
		{"root out of range", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "0871", "2171", 1)), lineNo(t, cameo, "0871\t"), "root"},
		{"duplicate code", fileCAMEO, sub(cameo, row0871, row0871+"\n"+row0871), lineNo(t, cameo, "0871\t") + 1, "duplicate"},
		{"missing parent", fileCAMEO, sub(cameo, "087\t", "# 087\t"), lineNo(t, cameo, "0871\t"), "parent 087 is missing"},
		{"too few fields", fileCAMEO, sub(cameo, row0871, "0871\t2\t9.0"), lineNo(t, cameo, "0871\t"), "fields"},
		{"empty field", fileCAMEO, sub(cameo, row0871, strings.Replace(row0871, "\tceasefire\t", "\t\t", 1)), lineNo(t, cameo, "0871\t"), "empty"},
		{"invalid UTF-8", fileCAMEO, sub(cameo, "Declare truce", "Declare \xfftruce"), lineNo(t, cameo, "0871\t"), "UTF-8"},
		{"empty file", fileCAMEO, []byte("# only a comment\n\n"), 0, "no data lines"},
		{"missing file", fileSectors, nil, 0, "file does not exist"},
		{"alias to nowhere", fileLegacy, sub(legacy, "JAP\talias\tJPN", "JAP\talias\tJPX"), lineNo(t, legacy, "JAP\t"), "not a country code"},
		{"alias to alias", fileLegacy, sub(legacy, "JAP\talias\tJPN", "JAP\talias\tITL"), lineNo(t, legacy, "JAP\t"), "itself an alias"},
		{"alias to later alias", fileLegacy, sub(legacy, "KOS\talias\tKSV", "KOS\talias\tJAP"), lineNo(t, legacy, "KOS\t"), "itself an alias"},
		{"legacy code clashes with ISO", fileLegacy, sub(legacy, "MEA\tregion", "TUR\tregion"), lineNo(t, legacy, "MEA\t"), "duplicate"},
		{"unknown legacy kind", fileLegacy, sub(legacy, "MEA\tregion", "MEA\tarea"), lineNo(t, legacy, "MEA\t"), "unknown kind"},
		{"duplicate alpha-2", fileCountries, sub(countries, "TUR\tTR", "TUR\tTZ"), 0, "duplicate alpha-2"},
		{"lower-case alpha-3", fileCountries, sub(countries, "TUR\tTR", "Tur\tTR"), lineNo(t, countries, "TUR\t"), "alpha-3"},
		{"mode before its type", filePlover, sub(plover, "CONSULT\t1\t-\t", "CONSULT\t1\tzzz\t"), 0, "before the type"},
		{"mode quad mismatch", filePlover, sub(plover, "CONSULT\t1\tvisit", "CONSULT\t2\tvisit"), lineNo(t, plover, "CONSULT\t1\tvisit"), "quad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := load(tablesWith(t, tt.file, tt.data))
			if err == nil {
				t.Fatalf("load succeeded (%d events), want error", len(o.Events()))
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if pe.File != tt.file || (tt.line != 0 && pe.Line != tt.line) {
				t.Errorf("error at %s:%d, want %s:%d (%v)", pe.File, pe.Line, tt.file, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), tt.file) {
				t.Errorf("error %q, want it to start with %s and mention %q", err, tt.file, tt.want)
			}
		})
	}
}

// CRLF line endings (a Windows checkout) must not change the tables.
func TestLoadCRLF(t *testing.T) {
	m := tablesWith(t, fileCAMEO, []byte(strings.ReplaceAll(embeddedText(t, fileCAMEO), "\n", "\r\n")))
	o, err := load(m)
	if err != nil {
		t.Fatal(err)
	}
	if !equalOntology(o, MustDefault()) {
		t.Error("CRLF tables load differently")
	}
}

// FuzzLoad feeds arbitrary bytes in place of one table. Load must return an
// error or a consistent Ontology, never panic.
func FuzzLoad(f *testing.F) {
	for i, name := range allFiles {
		f.Add(uint8(i), []byte(embeddedText(f, name)))
	}
	f.Add(uint8(0), []byte("01\t1\t0\tAGREE\t-\t-\tx\n010\t1\t0\tAGREE\t-\t-\ty\n"))
	f.Add(uint8(0), []byte("0871\t2\t9\tRETREAT\t-\t-\tx"))
	f.Add(uint8(4), []byte("JAP\talias\tJAP\t-\tloop\n"))
	f.Add(uint8(1), []byte("\xff\t\t\n#\n\r\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := allFiles[int(which)%len(allFiles)]
		o, err := load(tablesWith(t, name, data))
		if err != nil {
			var pe *ParseError
			// A table another one refers to may break the reference:
			// the error is then at the referring row of the other table
			// ("data/cameo.tsv:51: unknown PLOVER context" when the
			// contexts table is replaced), still a located ParseError.
			if !errors.As(err, &pe) || pe.File != name && !slices.Contains(allFiles, pe.File) {
				t.Fatalf("error %v does not name %s or a table that refers to it", err, name)
			}
			return
		}
		for _, e := range o.Events() {
			if got, ok := o.Event(e.Code); !ok || got.Code != e.Code {
				t.Fatalf("Event(%q) inconsistent", e.Code)
			}
			if len(e.Code) > 2 {
				if _, ok := o.Event(parentCode(e.Code)); !ok {
					t.Fatalf("%s has no parent", e.Code)
				}
			}
		}
		for _, c := range o.Countries() {
			if got, ok := o.Country(c.Alpha3); !ok || got != c {
				t.Fatalf("Country(%q) inconsistent", c.Alpha3)
			}
		}
	})
}

// FuzzParseActorCode checks that any string is handled without panic and
// that what comes back is well formed.
func FuzzParseActorCode(f *testing.F) {
	o := MustDefault()
	for _, s := range []string{"SYRGOVMIL", "IGOUNO", "JAPGOV", "---", "", "ab", "SYR GOV", "\xff\xfe", "IGOEUREEC", "ä"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		country, sectors := o.ParseActorCode(s)
		if country != "" {
			if c, ok := o.Country(country); !ok || c.Alpha3 != country {
				t.Fatalf("country %q does not resolve to itself", country)
			}
		}
		for _, p := range sectors {
			if len(p) == 0 || len(p) > 3 || p == "---" {
				t.Fatalf("bad part %q from %q", p, s)
			}
			for i := 0; i < len(p); i++ {
				if c := p[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '-' {
					t.Fatalf("part %q from %q has byte %q", p, s, c)
				}
			}
		}
		if len(sectors) > len(s)/3+1 {
			t.Fatalf("%d parts from %d bytes", len(sectors), len(s))
		}
	})
}
