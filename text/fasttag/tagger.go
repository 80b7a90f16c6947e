// Package fasttag is a part-of-speech tagger that gives exactly the tags of
// prose v3's averaged perceptron (github.com/jdkato/prose/v3/tag), from the
// same model weights, about ten times faster and without allocating.
//
// prose looks every feature up by building its key string ("i-1 tag+i word
// NN talks") and binary-searching 75,000 sorted strings, 14 times a token.
// Here every feature string is parsed once, at generation time, into its
// template and the integer ids of its parts (word, tag, affix); each token's
// word is looked up once, and its features' weight rows are then reached by
// indexing with those ids. Feature keys are exact ids, not hashes, so no
// two can collide; the float32 scores are summed in prose's order, so ties and
// rounding come out the same. See docs/performance.md for figures.
package fasttag

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/internal/leview"
	"github.com/parley-events/parley/internal/wordtab"
	"github.com/parley-events/parley/text"
)

// Tagger assigns Penn Treebank tags. It is immutable after New and safe for
// concurrent use; per-call scratch space comes from a pool.
type Tagger struct {
	classes  []string
	classTag []uint8 // class id -> tag id, 0 if no feature mentions it
	// vocab holds, for a word, its id as a normalised word in features
	// (low 24 bits, 0 if none) and its class+1 in the model's tag
	// dictionary (high 8 bits, 0 if none), so that one lookup serves a
	// token that is already in normal form.
	vocab *wordtab.Table
	tags  map[string]uint32 // tag -> tag id, as used in features
	nTags int

	// Rows, by what they hang off. See index.
	arena      []uint32
	dense      []float32
	stride     int // len(classes) rounded up to 8, at most 256
	bias       row
	prevTag    []row // [tag id]
	prev2Tag   []row
	tagTag     []row // [p1*nTags + p2]
	prefRows   []row // [prefIndex]
	wordInfo   []wordInfo
	tagWordTag []uint8 // "i-1 tag+i word" rows of each word, by tag
	tagWordRow []row
	affixes    affixTable
	affixKeys  []uint32 // packed affix by index, [0] unused
	affixRows  [][nAffixSlots]row

	start, start2, end, end2 ctxInfo // prose's sentence padding
	tagStart, tagStart2      uint8
	stats                    buildStats

	pool sync.Pool
}

// New loads the tagger for prose's built-in English model from its
// precomputed form, tagger.bin (see gen.go), which takes a few milliseconds
// where building it from prose's model takes several times longer.
func New() (*Tagger, error) {
	t, err := unmarshal(readOnlyBytes(taggerBin), false)
	if err != nil {
		return nil, fmt.Errorf("fasttag: load tagger.bin: %w", err)
	}
	return t, nil
}

// FromProse builds a Tagger from a model in prose's flat format, such as
// aptagmodel.English. data is retained and must not be modified afterwards.
func FromProse(data []byte) (*Tagger, error) {
	m, err := decodeFlat(data)
	if err != nil {
		return nil, fmt.Errorf("fasttag: decode model: %w", err)
	}
	if !finiteWeights(m.weights) {
		return nil, fmt.Errorf("fasttag: model has non-finite or huge weights")
	}
	t := &Tagger{classes: m.classes}
	for _, c := range m.classes {
		// A tag with a space would make "tag word" features ambiguous.
		if strings.IndexByte(c, ' ') >= 0 {
			return nil, fmt.Errorf("fasttag: model class %q contains a space", c)
		}
	}
	if t.stats, err = t.index(m); err != nil {
		return nil, err
	}
	t.classTag = make([]uint8, len(t.classes))
	for i, c := range t.classes {
		t.classTag[i] = uint8(t.tags[c])
	}
	t.finish()
	return t, nil
}

// finish derives what both constructors share.
func (t *Tagger) finish() {
	t.start = t.sentinel("-START-")
	t.start2 = t.sentinel("-START2-")
	t.end = t.sentinel("-END-")
	t.end2 = t.sentinel("-END2-")
	t.tagStart, t.tagStart2 = uint8(t.tags["-START-"]), uint8(t.tags["-START2-"])
	t.pool.New = func() any { return new(scratch) }
}

// ctxInfo is one position of prose's context window: the normalised word's
// rows, and its suffix's rows for when it is the previous or next token.
type ctxInfo struct {
	word             *wordInfo
	sufPrev, sufNext row
}

func (t *Tagger) ctx(id uint32, sufID uint32) ctxInfo {
	a := &t.affixRows[t.affixes.find(sufID)]
	return ctxInfo{word: &t.wordInfo[id], sufPrev: a[sPrev], sufNext: a[sNext]}
}

func (t *Tagger) sentinel(w string) ctxInfo { return t.ctx(t.vocab.Get(w)&widMask, suffixID(w)) }

const widMask = 1<<24 - 1

// scratch is one call's working set. ctx is indexed like prose's context:
// token i at i+2, with two sentinels each side.
type scratch struct {
	scores [256]float32 // indexed by a uint8 class id: no bounds checks
	word   []byte       // the token as prose sees it, when quotes were mapped
	norm   []byte       // its normalised form
	ctx    []ctxInfo
	tok    []tokenInfo
}

// tokenInfo is what the sequential pass needs about one token.
type tokenInfo struct {
	fixed     string // tag decided without the model, if hasFix
	hasFix    bool
	fixID     uint8 // its tag id
	suf, pref row   // rows of the word's own suffix and first byte
}

// Tag sets the Tag of each token, treating toks as one sentence. Like
// text.ProseTagger it maps curly quotes and dashes in a token to ASCII
// before tagging whenever Lower is not just the lower-cased Text, since the
// model was trained on ASCII.
func (t *Tagger) Tag(toks []text.Token) {
	if len(toks) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)

	n := len(toks)
	if cap(s.ctx) < n+4 {
		s.ctx = make([]ctxInfo, n+4)
		s.tok = make([]tokenInfo, n)
	}
	ctx, info := s.ctx[:n+4], s.tok[:n]
	ctx[0], ctx[1], ctx[n+2], ctx[n+3] = t.start, t.start2, t.end, t.end2

	// First pass: everything that does not depend on earlier tags.
	for i := range toks {
		w := toks[i].Text
		f := wordFlags(w)
		mapped := false
		// Only a token with one of the six (all E2 80 xx) can map; the
		// byte scan spares most tokens the lower-case comparison.
		if f&fE2 != 0 && !lowerEquals(toks[i].Lower, w) {
			s.word, mapped = asciiQuotes(s.word[:0], w)
			if mapped {
				w = view(s.word)
				f = wordFlags(w)
			}
		}
		e := t.vocab.Get(w)
		// normalizeFlags changes only a word with a flag, a digit or a
		// sign first ("+1234" is a year): most words skip the call.
		norm, same := w, true
		if f != 0 || w != "" && (w[0]-'0' < 10 || w[0] == '+') {
			norm, same = t.normalizeFlags(s, w, f)
		}
		wid := e & widMask
		if !same {
			wid = t.vocab.Get(norm) & widMask
		}
		ctx[i+2] = t.ctx(wid, suffixID(norm))
		info[i] = t.fix(w, mapped, e>>24)
	}

	// Second pass: left to right, each tag feeding the next token's
	// features.
	p1, p2 := t.tagStart, t.tagStart2
	for i := range toks {
		in := &info[i]
		if in.hasFix {
			toks[i].Tag = in.fixed
			p2, p1 = p1, in.fixID
			continue
		}
		c := t.predict(&s.scores, ctx[i:i+5], in, p1, p2)
		toks[i].Tag = t.classes[c]
		p2, p1 = p1, t.classTag[c]
	}
}

// fix applies prose's tagOne short cuts, or else finds the rows of the
// word's own affixes. mapped says w is a view of scratch space, which must
// not escape; lex is w's class+1 in the model's tag dictionary, or 0.
func (t *Tagger) fix(w string, mapped bool, lex uint32) tokenInfo {
	// Every short cut's word opens with one of a few bytes: most words
	// skip the five tests on the first byte.
	if w != "" && shortCutFirst[w[0]] {
		if tg, ok := shortCut(w, mapped); ok {
			return tokenInfo{fixed: tg, fixID: uint8(t.tags[tg]), hasFix: true}
		}
	}
	if lex != 0 {
		c := lex - 1
		return tokenInfo{fixed: t.classes[c], fixID: t.classTag[c], hasFix: true}
	}
	return tokenInfo{
		suf:  t.affixRows[t.affixes.find(suffixID(w))][sSuffix],
		pref: t.prefRows[prefIndex(w)],
	}
}

// shortCut is prose's tagOne short cuts: the tag they give w, if any.
func shortCut(w string, mapped bool) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case isEmoticon(w):
		return "SYM", true
	case strings.HasPrefix(w, "@"):
		return "NN", true
	case isNone(w):
		return "-NONE-", true
	case isKeep(w):
		if mapped {
			return strings.Clone(w), true
		}
		return w, true
	}
	return "", false
}

// shortCutFirst[c] is set for the bytes a short cut's word may open
// with: the hyphen ("-", isKeep's "-LRB-"), '@', isNone's '0' and '*', and
// the first byte of every emoticon.
var shortCutFirst = func() (t [256]bool) {
	for _, c := range []byte{'-', '@', '0', '*'} {
		t[c] = true
	}
	for _, e := range emoticons {
		t[e[0]] = true
	}
	return t
}()

// Byte flags of a word, gathered in one pass for the tests the first
// pass makes on every token: a curly quote or dash (E2 80 xx), a hyphen,
// an upper-case or non-ASCII byte (lower-casing needed), and a non-ASCII
// byte (lower-casing needs runes).
const (
	fE2 = 1 << iota
	fHyphen
	fUpper
	fHigh
)

// byteFlag[c] is c's flags.
var byteFlag = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == '-':
			t[c] = fHyphen
		case 'A' <= c && c <= 'Z':
			t[c] = fUpper
		case c == 0xE2:
			t[c] = fUpper | fE2 | fHigh
		case c >= utf8.RuneSelf:
			t[c] = fUpper | fHigh
		}
	}
	return t
}()

// wordFlags ORs the flags of w's bytes. It runs for every token, so an
// ASCII word is read in eight-byte words (a shorter one packed into one
// word, the zero bytes of the padding having no flag): a capital is a byte
// above '@' and below '[', a hyphen a byte equal to '-'. A word with a
// byte of 0x80 or more takes the table, which knows the E2 byte.
func wordFlags(w string) uint8 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := len(w)
	var up, hy, hi uint64
	add := func(x uint64) {
		hi |= x & highs
		up |= (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones)
		y := x ^ ('-' * ones)
		hy |= (y - ones) &^ y
	}
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			add(leview.Load64(w[i : i+8]))
		}
		add(leview.Load64(w[n-8:]))
	case n >= 4:
		add(uint64(leview.Load32(w[:4])) | uint64(leview.Load32(w[n-4:]))<<32)
	case n > 0:
		add(uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16)
	}
	if hi != 0 {
		return wordFlagsTable(w)
	}
	var f uint8
	if up&highs != 0 {
		f |= fUpper
	}
	if hy&highs != 0 {
		f |= fHyphen
	}
	return f
}

// wordFlagsTable is wordFlags by one table load a byte.
func wordFlagsTable(w string) uint8 {
	var f uint8
	for i := 0; i < len(w); i++ {
		f |= byteFlag[w[i]]
	}
	return f
}

// normalizeFlags is prose's normalize, lower-casing into scratch space instead
// of a new string; the result is valid until the next call. same reports
// that the result is w itself.
//
// f is w's wordFlags, gathered once for the token.
func (t *Tagger) normalizeFlags(s *scratch, w string, f uint8) (norm string, same bool) {
	if w == "" {
		return w, true
	}
	first := w[0]
	switch {
	case first != '-' && f&fHyphen != 0:
		return "!HYPHEN", false
	case len(w) == 4 && isDecimalInt(w):
		return "!YEAR", false
	case '0' <= first && first <= '9':
		return "!DIGITS", false
	}
	if f&fUpper != 0 {
		if f&fHigh == 0 {
			s.norm = appendLowerASCII(s.norm[:0], w)
		} else {
			s.norm = appendLower(s.norm[:0], w)
		}
		return view(s.norm), false
	}
	return w, true
}

// predict scores one token, adding the model's 14 feature rows in exactly
// prose's order, and returns the best class. ctx holds the token's window,
// i-2 .. i+2.
func (t *Tagger) predict(sc *[256]float32, ctx []ctxInfo, in *tokenInfo, p1, p2 uint8) int {
	ctx = ctx[:5]
	nc := len(t.classes)
	cur := ctx[2].word
	rows := [...]row{
		t.bias, in.suf, in.pref, t.prevTag[p1], t.prev2Tag[p2], t.tagTag[int(p1)*t.nTags+int(p2)],
		cur.rows[wWord], t.tagWord(cur, p1),
		ctx[1].word.rows[wPrev], ctx[1].sufPrev, ctx[0].word.rows[wPrev2],
		ctx[3].word.rows[wNext], ctx[3].sufNext, ctx[4].word.rows[wNext2],
	}
	if t.stride == 48 {
		// The shipped model's stride (47 classes padded to 8), cleared
		// by twelve inline stores where clear calls memclr for a length
		// it does not know.
		*(*[48]float32)(sc[:48]) = [48]float32{}
	} else {
		clear(sc[:t.stride])
	}
	// The fourteen rows in one assembly call where the CPU has AVX (the
	// calls and bounds checks of add were a third of tagging); add is the
	// reference, and redoes the token if a row is out of range.
	if !haveAVX || !sumRowsAVX(sc, &rows[0], len(rows), t.dense, t.arena, t.stride) {
		clear(sc[:t.stride])
		for _, r := range rows {
			t.add(sc, r)
		}
	}

	if haveAVX && nc > 0 {
		// Over the whole stride, its padding lanes set to -Inf, which no
		// finite score equals or falls below (the next token's clear
		// resets them). New and FromProse make the stride a multiple of 8
		// and at least nc.
		return bestIndexAVX(&sc[0], nc, t.stride)
	}
	return bestClass(sc[:nc])
}

// bestClass is prose's Best: the first strictly greatest score. Finding
// the greatest with SSE and then the first score equal to it is the same
// (scores are finite, see finiteWeights, and ±0 compare equal) and a
// fraction of the instructions of a scan that branches on every class.
func bestClass(sc []float32) int {
	if len(sc) == 0 {
		return 0
	}
	return bestIndex(&sc[0], len(sc))
}

// bestClassGo is bestClass as prose wrote it, the reference in tests.
func bestClassGo(sc []float32) int {
	best, bestID := float32(math.Inf(-1)), 0
	for id, v := range sc {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// tagWord finds the "i-1 tag+i word" row for the previous tag, among the
// few the word has.
func (t *Tagger) tagWord(w *wordInfo, p1 uint8) row {
	for k, tg := range t.tagWordTag[w.twLo:w.twHi] {
		if tg == p1 {
			return t.tagWordRow[int(w.twLo)+k]
		}
	}
	return 0
}

// add accumulates one row into the scores.
func (t *Tagger) add(sc *[256]float32, r row) {
	if r&denseRow != 0 {
		d := t.dense[r&offMask:][:t.stride]
		if haveAVX {
			addDenseAVX(&sc[0], &d[0], len(d))
		} else {
			addDense(&sc[0], &d[0], len(d))
		}
		return
	}
	n := int(r >> offBits)
	if n == 0 {
		return
	}
	o, nw := int(r&offMask), (n+3)/4
	a := t.arena[o : o+nw+n]
	ids, ws := a[:nw], a[nw:]
	// Four weights per packed id word, in order: the same additions in the
	// same order as one at a time, without a division per weight.
	k := 0
	for ; k+4 <= len(ws); k += 4 {
		id, w := ids[k/4], ws[k:k+4:k+4]
		sc[uint8(id)] += math.Float32frombits(w[0])
		sc[uint8(id>>8)] += math.Float32frombits(w[1])
		sc[uint8(id>>16)] += math.Float32frombits(w[2])
		sc[uint8(id>>24)] += math.Float32frombits(w[3])
	}
	for ; k < len(ws); k++ {
		sc[uint8(ids[k/4]>>(8*(k%4)))] += math.Float32frombits(ws[k])
	}
}

// addDenseGo is addDense in Go, for other architectures and as the
// reference in tests: eight independent adds a step. The stride is a
// multiple of 8, and the padding classes stay 0 and are never compared.
func addDenseGo(sc, d []float32) {
	for k := 0; k+8 <= len(d); k += 8 {
		a, b := (*[8]float32)(sc[k:k+8]), (*[8]float32)(d[k:k+8])
		a[0] += b[0]
		a[1] += b[1]
		a[2] += b[2]
		a[3] += b[3]
		a[4] += b[4]
		a[5] += b[5]
		a[6] += b[6]
		a[7] += b[7]
	}
}

// isDecimalInt is what strconv.Atoi accepts for a 4-byte string: an
// optional sign and at least one ASCII digit.
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(s): ASCII folded by byte, everything
// else rune by rune with unicode.ToLower, invalid bytes becoming U+FFFD just
// as strings.Map makes them.
// appendLowerASCII is appendLower of an ASCII word, eight bytes at a
// step (the last step overlapping the one before, a word of four to
// seven bytes in two overlapping halves): a capital has 0x20 added, found
// as wordFlags finds it. Capitalised words, a fifth of a text's tokens,
// took appendLower's byte loop.
func appendLowerASCII(dst []byte, s string) []byte {
	n := len(s)
	dst = slices.Grow(dst, n)
	b := dst[len(dst) : len(dst)+n]
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			binary.LittleEndian.PutUint64(b[i:], lower8(leview.Load64(s[i:i+8])))
		}
		binary.LittleEndian.PutUint64(b[n-8:], lower8(leview.Load64(s[n-8:])))
	case n >= 4:
		binary.LittleEndian.PutUint32(b, uint32(lower8(uint64(leview.Load32(s[:4])))))
		binary.LittleEndian.PutUint32(b[n-4:], uint32(lower8(uint64(leview.Load32(s[n-4:])))))
	default:
		for i := 0; i < n; i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
	}
	return dst[:len(dst)+n]
}

// lower8 lower-cases the capitals among eight ASCII bytes: a byte is a
// capital when adding 0x80-'A' sets its top bit and adding 0x80-'Z'-1
// does not (no sum carries into the next byte below 0x80), and that top
// bit shifted right twice is the 0x20 that lower-cases it.
func lower8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	up := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
	return x | up>>2
}

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// lowerEquals reports lower == strings.ToLower(w) without building the
// lower-cased string.
func lowerEquals(lower, w string) bool {
	j := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j >= len(lower) || lower[j] != c {
				return false
			}
			i++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		var enc [utf8.UTFMax]byte
		k := utf8.EncodeRune(enc[:], unicode.ToLower(r))
		if len(lower)-j < k || lower[j:j+k] != string(enc[:k]) {
			return false
		}
		i += size
		j += k
	}
	return j == len(lower)
}

// asciiQuotes appends w with ’ ‘ “ ” – — replaced by ASCII, as
// text.ProseTagger's strings.Replacer does, and reports whether anything was
// replaced. All six are E2 80 xx in UTF-8, and a byte-wise scan finds the
// same matches as the Replacer on any input, valid UTF-8 or not.
func asciiQuotes(dst []byte, w string) ([]byte, bool) {
	if strings.IndexByte(w, 0xE2) < 0 {
		return dst, false
	}
	replaced := false
	for i := 0; i < len(w); i++ {
		if w[i] == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 {
			var r byte
			switch w[i+2] {
			case 0x98, 0x99: // ‘ ’
				r = '\''
			case 0x9C, 0x9D: // “ ”
				r = '"'
			case 0x93, 0x94: // – —
				r = '-'
			}
			if r != 0 {
				dst = append(dst, r)
				i += 2
				replaced = true
				continue
			}
		}
		dst = append(dst, w[i])
	}
	return dst, replaced
}
