// Package fasttag is a part-of-speech tagger that gives exactly the tags of
// prose v3's averaged perceptron (github.com/jdkato/prose/v3/tag), from the
// same model weights, about ten times faster and without allocating.
//
// prose looks every feature up by building its key string ("i-1 tag+i word
// NN talks") and binary-searching 75,000 sorted strings, 14 times a token.
// Here each token's normalised word is looked up once, in a map to a dense
// id, and the 14 features become integer keys (template, tag id, word id) in
// an open-addressed table. The keys are exact, not hashes of strings, so no
// two features can collide; the float32 scores are summed in prose's order,
// so ties and rounding come out the same.
package fasttag

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/parley-events/parley/text"
)

// Tagger assigns Penn Treebank tags. It is immutable after New and safe for
// concurrent use; per-call scratch space comes from a pool.
type Tagger struct {
	classes  []string
	classTag []uint32 // class id -> tag part id, 0 if no feature mentions it
	lexicon  map[string]uint8
	words    interner
	tags     interner
	table    featureTable
	classIDs []uint8
	weights  []float32
	stats    buildStats

	// Part ids of the sentinels prose pads a sentence with, and of the
	// words normalise replaces.
	start, start2, end, end2 uint32 // words
	hyphen, year, digits     uint32 // words
	tagStart, tagStart2      uint32 // tags

	pool sync.Pool
}

// New builds a Tagger from prose's embedded English model.
func New() (*Tagger, error) { return FromBytes(aptagmodel.English) }

// FromBytes builds a Tagger from a model in prose's flat format. data is
// retained and must not be modified afterwards.
func FromBytes(data []byte) (*Tagger, error) {
	m, err := decodeFlat(data)
	if err != nil {
		return nil, fmt.Errorf("fasttag: decode model: %w", err)
	}
	if !finiteWeights(m.weights) {
		return nil, fmt.Errorf("fasttag: model has non-finite or huge weights")
	}
	t := &Tagger{classes: m.classes, lexicon: m.tagMap, classIDs: m.classIDs, weights: m.weights}
	for _, c := range m.classes {
		// A tag with a space would make "tag word" features ambiguous.
		if strings.IndexByte(c, ' ') >= 0 {
			return nil, fmt.Errorf("fasttag: model class %q contains a space", c)
		}
	}
	if t.stats, err = t.index(m); err != nil {
		return nil, err
	}
	t.classTag = make([]uint32, len(t.classes))
	for i, c := range t.classes {
		t.classTag[i] = t.tags[c]
	}
	t.start, t.start2, t.end, t.end2 = t.words["-START-"], t.words["-START2-"], t.words["-END-"], t.words["-END2-"]
	t.hyphen, t.year, t.digits = t.words["!HYPHEN"], t.words["!YEAR"], t.words["!DIGITS"]
	t.tagStart, t.tagStart2 = t.tags["-START-"], t.tags["-START2-"]
	nClasses := len(t.classes)
	t.pool.New = func() any { return &scratch{scores: make([]float32, nClasses)} }
	return t, nil
}

// scratch is one call's working set. ctx arrays are indexed like prose's
// context: token i at i+2, with two sentinels each side.
type scratch struct {
	scores []float32
	word   []byte // the token as prose sees it, when quotes were mapped
	norm   []byte // its normalised form
	wid    []uint32
	suf    []uint32
	tok    []tokenInfo
}

// tokenInfo is what the sequential pass needs about one token.
type tokenInfo struct {
	fixed  string // tag decided without the model, if set
	fixID  uint32 // its tag part id
	hasFix bool
	suf    uint32 // affix ids of the word itself (not normalised)
	pre    uint32
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
	if cap(s.wid) < n+4 {
		s.wid = make([]uint32, n+4)
		s.suf = make([]uint32, n+4)
		s.tok = make([]tokenInfo, n)
	}
	wid, suf, info := s.wid[:n+4], s.suf[:n+4], s.tok[:n]
	wid[0], suf[0] = t.start, affix(suffix3("-START-"))
	wid[1], suf[1] = t.start2, affix(suffix3("-START2-"))
	wid[n+2], suf[n+2] = t.end, affix(suffix3("-END-"))
	wid[n+3], suf[n+3] = t.end2, affix(suffix3("-END2-"))

	for i := range toks {
		w := toks[i].Text
		mapped := false
		if !lowerEquals(toks[i].Lower, w) {
			s.word, mapped = asciiQuotes(s.word[:0], w)
			if mapped {
				w = view(s.word)
			}
		}
		wid[i+2], suf[i+2] = t.normalize(s, w)
		info[i] = t.fix(w, mapped)
	}

	p1, p2 := t.tagStart, t.tagStart2
	for i := range toks {
		in := &info[i]
		if in.hasFix {
			toks[i].Tag = in.fixed
			p2, p1 = p1, in.fixID
			continue
		}
		c := t.predict(s.scores, i+2, wid, suf, in, p1, p2)
		toks[i].Tag = t.classes[c]
		p2, p1 = p1, t.classTag[c]
	}
}

// fix applies prose's tagOne short cuts and gathers the word's own affixes.
// mapped says w is a view of scratch space, which must not escape.
func (t *Tagger) fix(w string, mapped bool) tokenInfo {
	var tg string
	switch {
	case w == "-":
		tg = "-"
	case isEmoticon(w):
		tg = "SYM"
	case strings.HasPrefix(w, "@"):
		tg = "NN"
	case isNone(w):
		tg = "-NONE-"
	case isKeep(w):
		tg = w
		if mapped {
			tg = strings.Clone(w)
		}
	default:
		if c, ok := t.lexicon[w]; ok {
			return tokenInfo{fixed: t.classes[c], fixID: t.classTag[c], hasFix: true}
		}
		return tokenInfo{suf: affix(suffix3(w)), pre: affix(prefix1(w))}
	}
	return tokenInfo{fixed: tg, fixID: t.tags[tg], hasFix: true}
}

// normalize is prose's normalize followed by the word-id lookup, with the
// lower-casing done in scratch space instead of a new string.
func (t *Tagger) normalize(s *scratch, w string) (id, suf uint32) {
	if w == "" {
		return t.words[""], affix("")
	}
	first := w[0]
	switch {
	case first != '-' && strings.IndexByte(w, '-') >= 0:
		return t.hyphen, affix(suffix3("!HYPHEN"))
	case len(w) == 4 && isDecimalInt(w):
		return t.year, affix(suffix3("!YEAR"))
	case '0' <= first && first <= '9':
		return t.digits, affix(suffix3("!DIGITS"))
	}
	s.norm = appendLower(s.norm[:0], w)
	return t.words[string(s.norm)], affix(suffix3(view(s.norm)))
}

// predict scores one token with the model's 14 feature templates, adding
// weights in exactly prose's order, and returns the best class.
func (t *Tagger) predict(scores []float32, c int, wid, suf []uint32, in *tokenInfo, p1, p2 uint32) int {
	clear(scores)
	t.add(scores, key(tBias, 0, 0))
	t.add(scores, key(tSuffix, in.suf, 0))
	t.add(scores, key(tPref1, in.pre, 0))
	if p1 != 0 {
		t.add(scores, key(tPrevTag, p1, 0))
	}
	if p2 != 0 {
		t.add(scores, key(tPrev2Tag, p2, 0))
		if p1 != 0 {
			t.add(scores, key(tTagTag, p1, p2))
		}
	}
	if w := wid[c]; w != 0 {
		t.add(scores, key(tWord, w, 0))
		if p1 != 0 {
			t.add(scores, key(tPrevTagWord, p1, w))
		}
	}
	if w := wid[c-1]; w != 0 {
		t.add(scores, key(tPrevWord, w, 0))
	}
	t.add(scores, key(tPrevSuffix, suf[c-1], 0))
	if w := wid[c-2]; w != 0 {
		t.add(scores, key(tPrev2Word, w, 0))
	}
	if w := wid[c+1]; w != 0 {
		t.add(scores, key(tNextWord, w, 0))
	}
	t.add(scores, key(tNextSuffix, suf[c+1], 0))
	if w := wid[c+2]; w != 0 {
		t.add(scores, key(tNext2Word, w, 0))
	}

	// prose's Best: the first strictly greatest score.
	best, bestID := float32(math.Inf(-1)), 0
	for id, v := range scores {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

func (t *Tagger) add(scores []float32, k uint64) {
	lo, hi := t.table.find(k)
	ids, wts := t.classIDs[lo:hi], t.weights[lo:hi]
	for j := range ids {
		scores[ids[j]] += wts[j]
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
