// Package ontology holds parley's CAMEO and PLOVER tables: every CAMEO 1.1b3
// event code with its name, Goldstein score, QuadClass and PLOVER 2.0
// mapping; the 16 PLOVER types with their modes and the PLOVER contexts;
// ISO 3166-1 countries plus the legacy and CAMEO-only codes found in gold
// data; and the CAMEO actor sector (agent) codes.
//
// The tables are tab-separated text files under data/, embedded in the
// binary. [Load] parses them into an immutable [Ontology]; nothing in this
// package changes after Load returns, so one value can be shared by any
// number of goroutines.
package ontology

import (
	"embed"
	"slices"
	"strings"
)

//go:embed data/*.tsv
var embedded embed.FS

// EventCode is one CAMEO event code.
type EventCode struct {
	Code      string  // "0871": 2 digits for a root, else 3 or 4, leading zeros kept
	Root      string  // "08"
	Name      string  // "Declare truce, ceasefire"
	Goldstein float64 // -10 (most conflictual) .. +10 (most cooperative)
	QuadClass int     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	PLOVER    PloverMap
}

// PloverMap is the PLOVER 2.0 equivalent of a CAMEO code.
type PloverMap struct {
	Type    string   // one of the 16 PLOVER types, e.g. "RETREAT"
	Mode    string   // a mode of Type, e.g. "ceasefire", or ""
	Context []string // PLOVER contexts, e.g. ["military"]; nil when none
}

// PloverType is one of the 16 PLOVER 2.0 event types.
type PloverType struct {
	Name        string // "CONSULT"
	QuadClass   int
	Description string
	Modes       []PloverMode // in table order; nil for types without modes
}

// PloverMode is a mode of a PLOVER type.
type PloverMode struct {
	Name, Description string
}

// Country kinds. An ISO entry has Legacy false; every other kind has Legacy true.
const (
	KindISO           = "iso"           // ISO 3166-1 country or territory
	KindHistorical    = "historical"    // a state that no longer exists (SUN, YUG)
	KindOther         = "other"         // a state with no ISO code (KSV, Kosovo)
	KindRegion        = "region"        // a CAMEO region or place (MEA, AFR, WSB)
	KindInternational = "international" // a non-state code in the country slot (IGO)
)

// Country is an entry of the country tables.
type Country struct {
	Alpha3 string // the code as used in actor codes: ISO alpha-3 or the legacy code
	Alpha2 string // ISO alpha-2, or "" where there is none
	Name   string
	Legacy bool   // true for anything not in ISO 3166-1
	Kind   string // one of the Kind* constants
}

// Sector is a CAMEO actor sector (agent) code.
type Sector struct {
	Code string // "GOV"
	Name string // "Government: executive, governing parties and coalitions"
	Kind string // role, type, international, religion or plover
}

// Ontology is the parsed, immutable set of tables. Its methods return copies,
// so callers may modify what they get back.
type Ontology struct {
	events    []EventCode // sorted by code
	eventIdx  map[string]int
	children  map[string][]int // parent code -> indexes into events
	countries []Country        // sorted by Alpha3, aliases excluded
	countryIx map[string]int   // code or alias -> index into countries
	// country3 is countryIx as an array by the three letters of the code
	// (code3), index + 1, 0 for none: every key of countryIx is three
	// upper-case letters, and Country runs for most events, where the
	// map's hash and the upper-casing cost more than the array.
	country3  []int16
	sectors   []Sector // sorted by code
	sectorIdx map[string]int
	types     []PloverType // in table order
	contexts  []string     // in table order
}

// Load parses the embedded tables. An error means the embedded data is
// corrupt; it names the file and line at fault.
func Load() (*Ontology, error) {
	return load(embedded)
}

// MustDefault is Load for tests and the CLI. It panics only when the embedded
// data is corrupt, which TestMustDefault rules out for every build. Load is
// not cached: call it once and share the result.
func MustDefault() *Ontology {
	o, err := Load()
	if err != nil {
		panic("ontology: embedded data is corrupt: " + err.Error())
	}
	return o
}

// Event returns the CAMEO event code, e.g. "0871" or "19".
func (o *Ontology) Event(code string) (EventCode, bool) {
	i, ok := o.eventIdx[code]
	if !ok {
		return EventCode{}, false
	}
	return o.events[i].clone(), true
}

// Events returns every CAMEO code in code order ("01", "010", ... "2042"),
// which puts each parent right before its children.
func (o *Ontology) Events() []EventCode {
	out := make([]EventCode, len(o.events))
	for i, e := range o.events {
		out[i] = e.clone()
	}
	return out
}

// Children returns the direct children of a code: the 3-digit codes of a
// root, or the 4-digit codes of a 3-digit code. It is nil for a leaf or an
// unknown code.
func (o *Ontology) Children(code string) []EventCode {
	idx := o.children[code]
	if len(idx) == 0 {
		return nil
	}
	out := make([]EventCode, len(idx))
	for i, j := range idx {
		out[i] = o.events[j].clone()
	}
	return out
}

// Country looks up an alpha-3 code or a legacy code, case-insensitively. An
// alias such as JAP resolves to the entry it stands for (JPN).
func (o *Ontology) Country(code string) (Country, bool) {
	i, ok := o.countryIndex(code)
	if !ok {
		return Country{}, false
	}
	return o.countries[i], true
}

// CountryKind is Country's Kind alone, without copying the entry.
func (o *Ontology) CountryKind(code string) (string, bool) {
	i, ok := o.countryIndex(code)
	if !ok {
		return "", false
	}
	return o.countries[i].Kind, true
}

// countryIndex is the index in countries of code or its alias, in either
// case: countryIx[upperASCII(code)], read from country3.
func (o *Ontology) countryIndex(code string) (int, bool) {
	k, ok := code3(code)
	if !ok || k >= len(o.country3) || o.country3[k] == 0 {
		return 0, false
	}
	return int(o.country3[k]) - 1, true
}

// code3 numbers a code of three ASCII letters, in either case, from 0 to
// 26³-1; any other code has no number.
func code3(code string) (int, bool) {
	if len(code) != 3 {
		return 0, false
	}
	k := 0
	for i := 0; i < 3; i++ {
		c := code[i] | 0x20 // lower case; no other byte lands on a letter
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k*26 + int(c-'a')
	}
	return k, true
}

// Countries returns every entry sorted by code: the ISO countries and
// territories (Legacy false) and the legacy, regional and international
// codes (Legacy true). Aliases are not listed; Country resolves them.
func (o *Ontology) Countries() []Country {
	return slices.Clone(o.countries)
}

// Sector looks up a sector code such as "GOV", case-insensitively.
func (o *Ontology) Sector(code string) (Sector, bool) {
	i, ok := o.sectorIdx[upperASCII(code)]
	if !ok {
		return Sector{}, false
	}
	return o.sectors[i], true
}

// Sectors returns every sector code sorted by code.
func (o *Ontology) Sectors() []Sector {
	return slices.Clone(o.sectors)
}

// PloverTypes returns the 16 PLOVER types, in quad order, with their modes.
func (o *Ontology) PloverTypes() []PloverType {
	out := make([]PloverType, len(o.types))
	for i, t := range o.types {
		out[i] = t
		out[i].Modes = slices.Clone(t.Modes)
	}
	return out
}

// PloverContexts returns the PLOVER context names.
func (o *Ontology) PloverContexts() []string {
	return slices.Clone(o.contexts)
}

// ParseActorCode splits a CAMEO-style actor code into its country and the
// 3-letter codes that follow: "SYRGOVMIL" gives "SYR", [GOV MIL];
// "IGOUNO" gives "", [IGO UNO]; "JAPGOV" gives "JPN", [GOV].
//
// The first part counts as the country when it names a state (ISO,
// historical or Kosovo), after resolving aliases; regional and
// international codes stay in the list, because the contract's country field
// is for states only. The unknown marker "---" is dropped. Parts are
// returned as written, known or not (group codes such as HMS are not in
// the sector table). Input with anything but letters, digits and '-' is not
// an actor code and gives "", nil.
func (o *Ontology) ParseActorCode(code string) (country string, sectors []string) {
	code = upperASCII(strings.TrimSpace(code))
	for i := 0; i < len(code); i++ {
		c := code[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '-' {
			return "", nil
		}
	}
	for i := 0; i < len(code); i += 3 {
		part := code[i:min(i+3, len(code))]
		if part == "---" {
			continue
		}
		if i == 0 {
			if c, ok := o.Country(part); ok && isState(c.Kind) {
				country = c.Alpha3
				continue
			}
		}
		sectors = append(sectors, part)
	}
	return country, sectors
}

func isState(kind string) bool {
	return kind == KindISO || kind == KindHistorical || kind == KindOther
}

func (e EventCode) clone() EventCode {
	e.PLOVER.Context = slices.Clone(e.PLOVER.Context)
	return e
}

// upperASCII upper-cases ASCII letters only, so codes never change length
// and invalid UTF-8 passes through untouched.
func upperASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
