package fasttag

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/parley-events/parley/internal/wordtab"
)

// Feature templates, in the order prose's predict scores them. The order
// matters: scores are float32 sums, and only the same sequence of additions
// rounds to the same totals, so predict replays it exactly.
const (
	tBias = iota
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

// templates maps prose's feature-string prefixes to templates. No prefix is
// a prefix of another, so a feature string belongs to exactly one template;
// and tags never contain a space, so "tag word" splits uniquely at the first
// space. A feature is therefore identified exactly by its template and the
// ids of its parts: there are no hashes of strings, and no collisions.
var templates = [...]struct {
	prefix string
	id     int
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

// Slots of the per-word and per-suffix row sets.
const (
	wWord = iota
	wPrev
	wPrev2
	wNext
	wNext2
	nWordSlots
)

const (
	sSuffix = iota // the token's own suffix
	sPrev          // as the previous token's
	sNext          // as the next token's
	nAffixSlots
)

// affix packs a string of at most 3 bytes, with its length, into an id that
// is never 0 (the length is offset by one), so "" is distinct too.
//
// It runs twice for every token (its own suffix and its context's), so the
// three lengths it is given are spelled out rather than looped over.
func affix(s string) uint32 {
	switch len(s) {
	case 0:
		return 1 << 24
	case 1:
		return 2<<24 | uint32(s[0])
	case 2:
		return 3<<24 | uint32(s[0]) | uint32(s[1])<<8
	case 3:
		return 4<<24 | uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
	}
	return affixLong(s)
}

// affixLong is affix's general form, for a string longer than its
// contract, so that such a string still gets the id it always had.
func affixLong(s string) uint32 {
	v := uint32(len(s)+1) << 24
	for k := 0; k < len(s); k++ {
		v |= uint32(s[k]) << (8 * k)
	}
	return v
}

// suffixID is affix(suffix3(w)) without the call: small enough to inline
// where it runs, twice a token.
func suffixID(w string) uint32 {
	switch n := len(w); {
	case n >= 3:
		return 4<<24 | uint32(w[n-3]) | uint32(w[n-2])<<8 | uint32(w[n-1])<<16
	case n == 2:
		return 3<<24 | uint32(w[0]) | uint32(w[1])<<8
	case n == 1:
		return 2<<24 | uint32(w[0])
	}
	return 1 << 24
}

// suffix3 is prose's suffix(w, 3): the last three bytes, not runes, because
// that is what its feature keys were built from.
func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// prefIndex is the pref1 slot of a word: its first byte, or 256 for "".
func prefIndex(w string) int {
	if w == "" {
		return 256
	}
	return int(w[0])
}

// A row is one feature's weights, referred to by a uint32:
//
//   - dense (bit 31 set): stride float32s at dense[ref&offMask], absent
//     classes holding 0, which adds nothing (x+0 == x for every finite x,
//     and the sign of a zero never changes a comparison);
//   - sparse: n = ref>>offBits weights at arena[ref&offMask]: ceil(n/4)
//     words of class ids, a byte each, then n float32s. n in the reference
//     saves a header word and a dependent load.
//
// Reference 0 is an empty sparse row and stands for every feature the model
// does not have, so scoring never branches on "known?".
type row = uint32

const (
	offBits = 23
	offMask = 1<<offBits - 1
)

// wordInfo is everything the model knows about one normalised word.
type wordInfo struct {
	rows       [nWordSlots]row
	twLo, twHi uint32 // its "i-1 tag+i word" rows in tagWordTag/tagWordRow
}

// affixTable is an open-addressed map from packed affix to an index in
// affixRows. Keys are never 0, which marks an empty slot.
type affixTable struct {
	keys  []uint32
	vals  []uint32
	shift uint
}

func (t *affixTable) slot(k uint32) uint32 { return (k * 0x9E3779B1) >> t.shift }

func (t *affixTable) find(k uint32) uint32 {
	mask := uint32(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

func newAffixTable(keys []uint32) affixTable {
	size, shift := 2, uint(31)
	for size < 2*len(keys) {
		size, shift = size*2, shift-1
	}
	t := affixTable{keys: make([]uint32, size), vals: make([]uint32, size), shift: shift}
	mask := uint32(size - 1)
	for v, k := range keys {
		if v == 0 {
			continue // index 0 is "unknown"
		}
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = k, uint32(v)
	}
	return t
}

// feature is one parsed model feature.
type feature struct {
	tmpl   int
	a, b   uint32 // part ids
	lo, hi uint32 // pair range in the flat model
}

// interner assigns dense ids from 1.
type interner[K comparable] struct {
	ids  map[K]uint32
	keys []K // keys[id]; keys[0] is the zero "unknown"
}

func newInterner[K comparable](n int) *interner[K] {
	return &interner[K]{ids: make(map[K]uint32, n), keys: make([]K, 1, n+1)}
}

func (in *interner[K]) id(k K) uint32 {
	if id, ok := in.ids[k]; ok {
		return id
	}
	id := uint32(len(in.keys))
	in.ids[k] = id
	in.keys = append(in.keys, k)
	return id
}

// buildStats describes how the model's features were indexed.
type buildStats struct {
	features    int // in the model
	indexed     int // laid out as rows
	unreachable int // strings prose's predict can never build
	arenaBytes  int
	denseRows   int
}

// denseRow flags a row stored dense; dense pays off once a row has weights
// for a good share of the classes (the bias and tag rows have nearly all).
const denseRow = 1 << 31

// parse maps one feature string to its template and part ids. It reports
// false for strings prose's predict can never build (an affix longer than
// prose takes, a two-part feature without its separator, an unknown
// template), which are simply left out.
func parse(f string, words, tags *interner[string], affixes *interner[uint32]) (feature, bool) {
	for _, tp := range templates {
		if !strings.HasPrefix(f, tp.prefix) {
			continue
		}
		rest := f[len(tp.prefix):]
		ft := feature{tmpl: tp.id}
		switch tp.part {
		case partNone:
			return ft, rest == ""
		case partAffix:
			if len(rest) > tp.max {
				return ft, false
			}
			if tp.id == tPref1 {
				ft.a = uint32(prefIndex(rest))
			} else {
				ft.a = affixes.id(affix(rest))
			}
			return ft, true
		case partTag:
			ft.a = tags.id(rest)
			return ft, true
		case partWord:
			ft.a = words.id(rest)
			return ft, true
		case partTagTag, partTagWord:
			sp := strings.IndexByte(rest, ' ')
			if sp < 0 {
				return ft, false
			}
			ft.a = tags.id(rest[:sp])
			if tp.part == partTagTag {
				ft.b = tags.id(rest[sp+1:])
			} else {
				ft.b = words.id(rest[sp+1:])
			}
			return ft, true
		}
	}
	return feature{}, false
}

// index lays the model out for scoring: rows in one arena, grouped so that
// the rows a sentence needs for one word sit together, and reached by
// direct indexing wherever a part id allows it.
func (t *Tagger) index(m *flatModel) (buildStats, error) {
	st := buildStats{features: m.numFeatures()}
	words := newInterner[string](m.numFeatures() / 4)
	tags := newInterner[string](64)
	affixes := newInterner[uint32](m.numFeatures() / 8)
	feats := make([]feature, 0, m.numFeatures())
	for i := range m.numFeatures() {
		ft, ok := parse(m.feature(i), words, tags, affixes)
		if !ok {
			st.unreachable++
			continue
		}
		if m.pairOff[i+1]-m.pairOff[i] > 255 {
			return st, fmt.Errorf("fasttag: feature %q has %d weights, rows hold 255", m.feature(i), m.pairOff[i+1]-m.pairOff[i])
		}
		ft.lo, ft.hi = m.pairOff[i], m.pairOff[i+1]
		feats = append(feats, ft)
	}
	nTags := len(tags.keys)
	if nTags > 255 {
		return st, fmt.Errorf("fasttag: %d tags in features, at most 255", nTags)
	}

	// Bucket features by what they hang off, checking that none repeats:
	// a repeat would mean two feature strings parsed to one key.
	if len(words.keys) > widMask {
		return st, fmt.Errorf("fasttag: %d words exceed 24-bit ids", len(words.keys))
	}
	t.vocab = wordtab.New(len(words.ids) + len(m.tagMap))
	for k, id := range words.ids {
		t.vocab.Or(k, id)
	}
	for k, c := range m.tagMap {
		t.vocab.Or(k, (uint32(c)+1)<<24)
	}
	t.tags = tags.ids
	t.nTags = nTags
	t.wordInfo = make([]wordInfo, len(words.keys))
	t.affixRows = make([][nAffixSlots]row, len(affixes.keys))
	t.prefRows = make([]row, 257)
	t.prevTag = make([]row, nTags)
	t.prev2Tag = make([]row, nTags)
	t.tagTag = make([]row, nTags*nTags)
	tagWords := make([][]feature, len(words.keys))
	byWord := make([][nWordSlots]*feature, len(words.keys))
	byAffix := make([][nAffixSlots]*feature, len(affixes.keys))
	var bias *feature
	prefs := make([]*feature, 257)
	prevTag := make([]*feature, nTags)
	prev2Tag := make([]*feature, nTags)
	tagTag := make([]*feature, nTags*nTags)
	dup := func(p **feature, f *feature) error {
		if *p != nil {
			return fmt.Errorf("fasttag: two %q features share part ids %d and %d", templates[f.tmpl].prefix, f.a, f.b)
		}
		*p = f
		return nil
	}
	for i := range feats {
		f := &feats[i]
		var err error
		switch f.tmpl {
		case tBias:
			err = dup(&bias, f)
		case tSuffix:
			err = dup(&byAffix[f.a][sSuffix], f)
		case tPrevSuffix:
			err = dup(&byAffix[f.a][sPrev], f)
		case tNextSuffix:
			err = dup(&byAffix[f.a][sNext], f)
		case tPref1:
			err = dup(&prefs[f.a], f)
		case tPrevTag:
			err = dup(&prevTag[f.a], f)
		case tPrev2Tag:
			err = dup(&prev2Tag[f.a], f)
		case tTagTag:
			err = dup(&tagTag[int(f.a)*nTags+int(f.b)], f)
		case tWord:
			err = dup(&byWord[f.a][wWord], f)
		case tPrevWord:
			err = dup(&byWord[f.a][wPrev], f)
		case tPrev2Word:
			err = dup(&byWord[f.a][wPrev2], f)
		case tNextWord:
			err = dup(&byWord[f.a][wNext], f)
		case tNext2Word:
			err = dup(&byWord[f.a][wNext2], f)
		case tPrevTagWord:
			tagWords[f.b] = append(tagWords[f.b], *f)
		}
		if err != nil {
			return st, err
		}
	}

	// The arena, in the order rows are used: the hot shared rows first,
	// then each word's rows together, then each affix's.
	nc := len(m.classes)
	t.stride = (nc + 7) &^ 7 // dense rows are added 8 floats at a time
	arena := make([]uint32, 0, 2*len(m.classIDs))
	var dense []float32
	overflow := false
	put := func(f *feature) row {
		if f == nil {
			return 0
		}
		st.indexed++
		n := int(f.hi - f.lo)
		if 3*n >= nc {
			st.denseRows++
			if len(dense) > offMask {
				overflow = true
			}
			off := row(len(dense)) | denseRow
			dense = append(dense, make([]float32, t.stride)...)
			d := dense[len(dense)-t.stride:]
			for k, id := range m.classIDs[f.lo:f.hi] {
				d[id] = m.weights[int(f.lo)+k]
			}
			return off
		}
		if n == 0 {
			return 0
		}
		off := len(arena)
		if off > offMask || n > 255 {
			overflow = true
			return 0
		}
		arena = append(arena, make([]uint32, (n+3)/4)...)
		for k, id := range m.classIDs[f.lo:f.hi] {
			arena[off+k/4] |= uint32(id) << (8 * (k % 4))
		}
		for _, w := range m.weights[f.lo:f.hi] {
			arena = append(arena, math.Float32bits(w))
		}
		return row(n)<<offBits | row(off)
	}
	t.bias = put(bias)
	for i := range prevTag {
		t.prevTag[i] = put(prevTag[i])
		t.prev2Tag[i] = put(prev2Tag[i])
	}
	for i := range tagTag {
		t.tagTag[i] = put(tagTag[i])
	}
	for i := range prefs {
		t.prefRows[i] = put(prefs[i])
	}
	for w := range byWord {
		wi := &t.wordInfo[w]
		for s, f := range byWord[w] {
			wi.rows[s] = put(f)
		}
		tw := tagWords[w]
		// Sorted by tag so a duplicate shows up as a neighbour.
		slices.SortFunc(tw, func(x, y feature) int { return cmp.Compare(x.a, y.a) })
		wi.twLo = uint32(len(t.tagWordTag))
		for k := range tw {
			if k > 0 && tw[k].a == tw[k-1].a {
				return st, fmt.Errorf("fasttag: two \"i-1 tag+i word\" features share tag %q and word %q", tags.keys[tw[k].a], words.keys[w])
			}
			t.tagWordTag = append(t.tagWordTag, uint8(tw[k].a))
			t.tagWordRow = append(t.tagWordRow, put(&tw[k]))
		}
		wi.twHi = uint32(len(t.tagWordTag))
	}
	for a := range byAffix {
		for s, f := range byAffix[a] {
			t.affixRows[a][s] = put(f)
		}
	}
	t.affixKeys = affixes.keys
	t.affixes = newAffixTable(affixes.keys)
	t.arena, t.dense = arena, dense
	st.arenaBytes = 4*len(arena) + 4*len(dense)
	if overflow {
		return st, fmt.Errorf("fasttag: model too large for %d-bit row offsets", offBits)
	}
	if st.indexed != len(feats) {
		return st, fmt.Errorf("fasttag: laid out %d of %d features", st.indexed, len(feats))
	}
	return st, nil
}
