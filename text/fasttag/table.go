package fasttag

import (
	"fmt"
	"math/bits"
	"strings"
)

// Feature templates, in the order prose's predict scores them. The order
// matters: scores are float32 sums, and only the same sequence of additions
// rounds to the same totals, so Tag replays it exactly.
const (
	tBias = 1 + iota
	tSuffix
	tPref1
	tPrevTag
	tPrev2Tag
	tTagTag
	tWord
	tPrevTagWord
	tPrevWord
	tPrevSuffix
	tPrev2Word
	tNextWord
	tNextSuffix
	tNext2Word
)

// What follows a template's prefix in a feature string.
const (
	partNone    = iota // "bias": nothing
	partAffix          // a suffix of at most 3 bytes, or a 1-byte prefix
	partTag            // one tag
	partTagTag         // tag, space, tag
	partWord           // one normalised word
	partTagWord        // tag, space, word
)

// templates maps prose's feature-string prefixes to template ids. No prefix
// is a prefix of another, so a feature string belongs to exactly one
// template; and tags never contain a space, so "tag word" splits uniquely at
// the first space. Together that makes (template, part ids) an exact,
// collision-free key for every feature string prose can build.
var templates = [...]struct {
	prefix string
	id     uint64
	part   int
	max    int // longest affix prose can produce for this template
}{
	{"bias", tBias, partNone, 0},
	{"i suffix ", tSuffix, partAffix, 3},
	{"i pref1 ", tPref1, partAffix, 1},
	{"i-1 tag ", tPrevTag, partTag, 0},
	{"i-2 tag ", tPrev2Tag, partTag, 0},
	{"i tag+i-2 tag ", tTagTag, partTagTag, 0},
	{"i word ", tWord, partWord, 0},
	{"i-1 tag+i word ", tPrevTagWord, partTagWord, 0},
	{"i-1 word ", tPrevWord, partWord, 0},
	{"i-1 suffix ", tPrevSuffix, partAffix, 3},
	{"i-2 word ", tPrev2Word, partWord, 0},
	{"i+1 word ", tNextWord, partWord, 0},
	{"i+1 suffix ", tNextSuffix, partAffix, 3},
	{"i+2 word ", tNext2Word, partWord, 0},
}

const partBits = 29 // each of the two parts of a key; template in the top bits

// key packs a template and up to two part ids. Part id 0 means "unknown to
// the model", and callers skip the lookup rather than build such a key.
func key(tmpl uint64, a, b uint32) uint64 {
	return tmpl<<(2*partBits) | uint64(a)<<partBits | uint64(b)
}

// affix packs a string of at most 3 bytes, with its length, into an id that
// is never 0 (the length byte is offset by one), so "" is distinct too.
func affix(s string) uint32 {
	v := uint32(len(s)+1) << 24
	for k := 0; k < len(s); k++ {
		v |= uint32(s[k]) << (8 * k)
	}
	return v
}

// suffix3 is prose's suffix(w, 3): the last three bytes, not runes, because
// that is what its feature keys were built from.
func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

func prefix1(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}

// slot is one entry of the open-addressed feature table: the exact key and
// the feature's range in the pair arrays, together in 16 bytes so a lookup
// touches one cache line.
type slot struct {
	key    uint64
	lo, hi uint32
}

type featureTable struct {
	slots []slot
	mask  uint64
	shift uint
}

const mul = 0x9E3779B97F4A7C15 // Fibonacci hashing

func newFeatureTable(n int) featureTable {
	size := 1 << bits.Len(uint(2*n)) // load factor at most 1/2
	return featureTable{
		slots: make([]slot, size),
		mask:  uint64(size - 1),
		shift: uint(64 - bits.Len(uint(size-1))),
	}
}

func (t *featureTable) insert(k uint64, lo, hi uint32) bool {
	i := (k * mul) >> t.shift
	for {
		s := &t.slots[i]
		if s.key == k {
			return false
		}
		if s.key == 0 {
			*s = slot{k, lo, hi}
			return true
		}
		i = (i + 1) & t.mask
	}
}

func (t *featureTable) find(k uint64) (lo, hi uint32) {
	i := (k * mul) >> t.shift
	for {
		s := &t.slots[i]
		if s.key == k {
			return s.lo, s.hi
		}
		if s.key == 0 {
			return 0, 0
		}
		i = (i + 1) & t.mask
	}
}

// interner assigns dense ids from 1 to strings.
type interner map[string]uint32

func (in interner) id(s string) uint32 {
	if id, ok := in[s]; ok {
		return id
	}
	id := uint32(len(in) + 1)
	in[s] = id
	return id
}

// buildStats describes how the model's features were indexed.
type buildStats struct {
	features    int // in the model
	indexed     int // in the table
	unreachable int // strings prose's predict can never build
}

// index turns the model's feature strings into exact integer keys.
func (t *Tagger) index(m *flatModel) (buildStats, error) {
	st := buildStats{features: m.numFeatures()}
	t.words = make(interner, m.numFeatures()/2)
	t.tags = make(interner, 64)
	t.table = newFeatureTable(m.numFeatures())
	for i := range m.numFeatures() {
		f := m.feature(i)
		k, ok := t.parse(f)
		if !ok {
			st.unreachable++
			continue
		}
		if !t.table.insert(k, m.pairOff[i], m.pairOff[i+1]) {
			return st, fmt.Errorf("fasttag: feature %q collides with another feature's key", f)
		}
		st.indexed++
	}
	if len(t.words) >= 1<<partBits || len(t.tags) >= 1<<partBits {
		return st, fmt.Errorf("fasttag: %d words, %d tags exceed the %d-bit key parts", len(t.words), len(t.tags), partBits)
	}
	return st, nil
}

// parse maps one feature string to its key. It reports false for strings
// prose's predict can never build (an affix longer than prose takes, a
// two-part feature without its separator, an unknown template), which can
// simply be left out.
func (t *Tagger) parse(f string) (uint64, bool) {
	for _, tp := range templates {
		if !strings.HasPrefix(f, tp.prefix) {
			continue
		}
		rest := f[len(tp.prefix):]
		switch tp.part {
		case partNone:
			return key(tp.id, 0, 0), rest == ""
		case partAffix:
			return key(tp.id, affix(rest), 0), len(rest) <= tp.max
		case partTag:
			return key(tp.id, t.tags.id(rest), 0), true
		case partWord:
			return key(tp.id, t.words.id(rest), 0), true
		case partTagTag, partTagWord:
			sp := strings.IndexByte(rest, ' ')
			if sp < 0 {
				return 0, false
			}
			a := t.tags.id(rest[:sp])
			if tp.part == partTagTag {
				return key(tp.id, a, t.tags.id(rest[sp+1:])), true
			}
			return key(tp.id, a, t.words.id(rest[sp+1:])), true
		}
	}
	return 0, false
}
