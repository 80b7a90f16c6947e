package ontology

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The table files, relative to the embedded FS root.
const (
	fileCAMEO     = "data/cameo.tsv"
	filePlover    = "data/plover.tsv"
	fileContexts  = "data/plover_contexts.tsv"
	fileCountries = "data/countries.tsv"
	fileLegacy    = "data/countries_legacy.tsv"
	fileSectors   = "data/sectors.tsv"
)

// ParseError reports a bad line in one of the tables.
type ParseError struct {
	File string // e.g. "data/cameo.tsv"
	Line int    // 1-based; 0 when the problem is with the file as a whole
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// row is one data line of a table.
type row struct {
	file   string
	line   int
	fields []string
}

func (r row) errorf(format string, args ...any) error {
	return &ParseError{File: r.file, Line: r.line, Err: fmt.Errorf(format, args...)}
}

// readTable reads a tab-separated table with exactly n fields per data line.
// Blank lines and lines starting with '#' are skipped. The last field is the
// rest of the line, so a name could hold a tab without breaking the columns
// before it; no field may be empty or padded with spaces ("-" marks empty).
func readTable(fsys fs.FS, name string, n int) ([]row, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	if !utf8.Valid(data) {
		// Find the line so the error is actionable.
		for i, line := range strings.Split(string(data), "\n") {
			if !utf8.ValidString(line) {
				return nil, &ParseError{File: name, Line: i + 1, Err: errors.New("invalid UTF-8")}
			}
		}
	}
	var rows []row
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := row{file: name, line: i + 1, fields: strings.SplitN(line, "\t", n)}
		if len(r.fields) != n {
			return nil, r.errorf("want %d tab-separated fields, got %d", n, len(r.fields))
		}
		for j, f := range r.fields {
			if f == "" || strings.TrimSpace(f) != f {
				return nil, r.errorf("field %d is empty or has surrounding spaces: %q", j+1, f)
			}
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, &ParseError{File: name, Err: errors.New("no data lines")}
	}
	return rows, nil
}

// dash turns the "-" placeholder into "".
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func load(fsys fs.FS) (*Ontology, error) {
	o := &Ontology{}
	if err := o.loadPlover(fsys); err != nil {
		return nil, err
	}
	if err := o.loadCAMEO(fsys); err != nil {
		return nil, err
	}
	if err := o.loadCountries(fsys); err != nil {
		return nil, err
	}
	if err := o.loadSectors(fsys); err != nil {
		return nil, err
	}
	return o, nil
}

func parseQuad(r row, s string) (int, error) {
	q, err := strconv.Atoi(s)
	if err != nil || q < 1 || q > 4 {
		return 0, r.errorf("quad class %q is not 1..4", s)
	}
	return q, nil
}

func (o *Ontology) loadPlover(fsys fs.FS) error {
	ctxRows, err := readTable(fsys, fileContexts, 2)
	if err != nil {
		return err
	}
	seenCtx := map[string]bool{}
	for _, r := range ctxRows {
		name := r.fields[0]
		if !isLowerName(name) {
			return r.errorf("context %q: want lower-case letters and '_'", name)
		}
		if seenCtx[name] {
			return r.errorf("duplicate context %q", name)
		}
		seenCtx[name] = true
		o.contexts = append(o.contexts, name)
	}

	rows, err := readTable(fsys, filePlover, 4)
	if err != nil {
		return err
	}
	typeIdx := map[string]int{}
	for _, r := range rows {
		name, mode, text := r.fields[0], r.fields[2], r.fields[3]
		quad, err := parseQuad(r, r.fields[1])
		if err != nil {
			return err
		}
		if mode == "-" {
			if !isUpperName(name) {
				return r.errorf("type %q: want upper-case letters", name)
			}
			if _, dup := typeIdx[name]; dup {
				return r.errorf("duplicate type %q", name)
			}
			typeIdx[name] = len(o.types)
			o.types = append(o.types, PloverType{Name: name, QuadClass: quad, Description: text})
			continue
		}
		i, ok := typeIdx[name]
		if !ok {
			return r.errorf("mode %q of type %q comes before the type's own row", mode, name)
		}
		t := &o.types[i]
		if quad != t.QuadClass {
			return r.errorf("mode %q has quad %d but type %s has %d", mode, quad, name, t.QuadClass)
		}
		if !isModeName(mode) {
			return r.errorf("mode %q: want lower-case letters and '-'", mode)
		}
		if t.mode(mode) {
			return r.errorf("duplicate mode %s/%s", name, mode)
		}
		t.Modes = append(t.Modes, PloverMode{Name: mode, Description: text})
	}
	return nil
}

func (t *PloverType) mode(name string) bool {
	return slices.ContainsFunc(t.Modes, func(m PloverMode) bool { return m.Name == name })
}

func (o *Ontology) ploverType(name string) *PloverType {
	for i := range o.types {
		if o.types[i].Name == name {
			return &o.types[i]
		}
	}
	return nil
}

// quadOfRoot is CAMEO's QuadClass rule: 01-05 verbal cooperation, 06-08
// material cooperation, 09-13 verbal conflict, 14-20 material conflict.
func quadOfRoot(root int) int {
	switch {
	case root <= 5:
		return 1
	case root <= 8:
		return 2
	case root <= 13:
		return 3
	default:
		return 4
	}
}

// parentCode is the code one level up: "0871" -> "087", "087" -> "08".
func parentCode(code string) string {
	if len(code) == 4 {
		return code[:3]
	}
	return code[:2]
}

func (o *Ontology) loadCAMEO(fsys fs.FS) error {
	rows, err := readTable(fsys, fileCAMEO, 7)
	if err != nil {
		return err
	}
	lineOf := map[string]row{}
	o.eventIdx = map[string]int{}
	for _, r := range rows {
		f := r.fields
		code := f[0]
		if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
			return r.errorf("code %q: want 2 to 4 digits", code)
		}
		root, _ := strconv.Atoi(code[:2])
		if root < 1 || root > 20 {
			return r.errorf("code %q: root %s is not 01..20", code, code[:2])
		}
		if _, dup := o.eventIdx[code]; dup {
			return r.errorf("duplicate code %q", code)
		}
		quad, err := parseQuad(r, f[1])
		if err != nil {
			return err
		}
		if want := quadOfRoot(root); quad != want {
			return r.errorf("code %s: quad %d, but root %s is quad %d", code, quad, code[:2], want)
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || math.IsNaN(g) || g < -10 || g > 10 {
			return r.errorf("code %s: Goldstein %q is not a number in -10..10", code, f[2])
		}
		t := o.ploverType(f[3])
		if t == nil {
			return r.errorf("code %s: unknown PLOVER type %q", code, f[3])
		}
		mode := dash(f[4])
		if mode != "" && !t.mode(mode) {
			return r.errorf("code %s: %q is not a mode of %s", code, mode, t.Name)
		}
		var ctx []string
		if c := dash(f[5]); c != "" {
			for _, name := range strings.Split(c, ",") {
				if !slices.Contains(o.contexts, name) {
					return r.errorf("code %s: unknown PLOVER context %q", code, name)
				}
				if slices.Contains(ctx, name) {
					return r.errorf("code %s: context %q listed twice", code, name)
				}
				ctx = append(ctx, name)
			}
		}
		o.eventIdx[code] = len(o.events)
		lineOf[code] = r
		o.events = append(o.events, EventCode{
			Code: code, Root: code[:2], Name: f[6], Goldstein: g, QuadClass: quad,
			PLOVER: PloverMap{Type: t.Name, Mode: mode, Context: ctx},
		})
	}
	// Every code below a root needs its parent, so Children and roll-ups to
	// the root never meet a gap in the hierarchy.
	for _, e := range o.events {
		if len(e.Code) > 2 {
			if _, ok := o.eventIdx[parentCode(e.Code)]; !ok {
				return lineOf[e.Code].errorf("code %s: parent %s is missing", e.Code, parentCode(e.Code))
			}
		}
	}
	slices.SortFunc(o.events, func(a, b EventCode) int { return strings.Compare(a.Code, b.Code) })
	o.children = map[string][]int{}
	for i, e := range o.events {
		o.eventIdx[e.Code] = i
		if len(e.Code) > 2 {
			p := parentCode(e.Code)
			o.children[p] = append(o.children[p], i)
		}
	}
	return nil
}

func (o *Ontology) loadCountries(fsys fs.FS) error {
	rows, err := readTable(fsys, fileCountries, 3)
	if err != nil {
		return err
	}
	o.countryIx = map[string]int{}
	seen2 := map[string]bool{}
	for _, r := range rows {
		a3, a2, name := r.fields[0], r.fields[1], r.fields[2]
		if !isCode(a3, 3) {
			return r.errorf("alpha-3 %q: want 3 upper-case letters", a3)
		}
		if !isCode(a2, 2) {
			return r.errorf("alpha-2 %q: want 2 upper-case letters", a2)
		}
		if _, dup := o.countryIx[a3]; dup {
			return r.errorf("duplicate alpha-3 %q", a3)
		}
		if seen2[a2] {
			return r.errorf("duplicate alpha-2 %q", a2)
		}
		seen2[a2] = true
		o.countryIx[a3] = len(o.countries)
		o.countries = append(o.countries, Country{Alpha3: a3, Alpha2: a2, Name: name, Kind: KindISO})
	}

	rows, err = readTable(fsys, fileLegacy, 5)
	if err != nil {
		return err
	}
	type alias struct {
		r      row
		target string
	}
	var aliases []alias
	for _, r := range rows {
		code, kind, target, a2, name := r.fields[0], r.fields[1], r.fields[2], dash(r.fields[3]), r.fields[4]
		if !isCode(code, 3) {
			return r.errorf("code %q: want 3 upper-case letters", code)
		}
		if _, dup := o.countryIx[code]; dup || slices.ContainsFunc(aliases, func(a alias) bool { return a.r.fields[0] == code }) {
			return r.errorf("duplicate code %q", code)
		}
		if a2 != "" && !isCode(a2, 2) {
			return r.errorf("alpha-2 %q: want 2 upper-case letters or '-'", a2)
		}
		switch kind {
		case "alias":
			if target == "-" {
				return r.errorf("alias %s has no target", code)
			}
			aliases = append(aliases, alias{r, target})
			continue
		case KindHistorical, KindOther, KindRegion, KindInternational:
			if target != "-" {
				return r.errorf("%s entry %s has a target %q; only aliases do", kind, code, target)
			}
		default:
			return r.errorf("code %s: unknown kind %q", code, kind)
		}
		o.countryIx[code] = len(o.countries)
		o.countries = append(o.countries, Country{Alpha3: code, Alpha2: a2, Name: name, Legacy: true, Kind: kind})
	}
	// Aliases point at a real entry, never at another alias, so a lookup is
	// one step and cannot loop.
	for _, a := range aliases {
		i, ok := o.countryIx[a.target]
		if slices.ContainsFunc(aliases, func(b alias) bool { return b.r.fields[0] == a.target }) {
			return a.r.errorf("alias %s: target %q is itself an alias", a.r.fields[0], a.target)
		}
		if !ok {
			return a.r.errorf("alias %s: target %q is not a country code", a.r.fields[0], a.target)
		}
		o.countryIx[a.r.fields[0]] = i
	}
	// Sort and re-index; aliases keep pointing at the same entry.
	byCode := make(map[string]string, len(o.countryIx))
	for code, i := range o.countryIx {
		byCode[code] = o.countries[i].Alpha3
	}
	slices.SortFunc(o.countries, func(a, b Country) int { return strings.Compare(a.Alpha3, b.Alpha3) })
	pos := make(map[string]int, len(o.countries))
	for i, c := range o.countries {
		pos[c.Alpha3] = i
	}
	for code, a3 := range byCode {
		o.countryIx[code] = pos[a3]
	}
	o.country3 = make([]int16, 26*26*26)
	for code, i := range o.countryIx {
		k, ok := code3(code)
		if !ok || i+1 > math.MaxInt16 {
			return fmt.Errorf("country code %q: not three letters, or past the index's range", code)
		}
		o.country3[k] = int16(i + 1)
	}
	return nil
}

var sectorKinds = []string{"role", "type", "international", "religion", "plover"}

func (o *Ontology) loadSectors(fsys fs.FS) error {
	rows, err := readTable(fsys, fileSectors, 3)
	if err != nil {
		return err
	}
	o.sectorIdx = map[string]int{}
	for _, r := range rows {
		code, kind, name := r.fields[0], r.fields[1], r.fields[2]
		if !isCode(code, 3) {
			return r.errorf("sector %q: want 3 upper-case letters", code)
		}
		if !slices.Contains(sectorKinds, kind) {
			return r.errorf("sector %s: unknown kind %q", code, kind)
		}
		if _, dup := o.sectorIdx[code]; dup {
			return r.errorf("duplicate sector %q", code)
		}
		o.sectorIdx[code] = len(o.sectors)
		o.sectors = append(o.sectors, Sector{Code: code, Name: name, Kind: kind})
	}
	slices.SortFunc(o.sectors, func(a, b Sector) int { return strings.Compare(a.Code, b.Code) })
	for i, s := range o.sectors {
		o.sectorIdx[s.Code] = i
	}
	return nil
}

func isCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isUpperName(s string) bool {
	return s != "" && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

func isLowerName(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz_") == ""
}

func isModeName(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz-") == ""
}
