package fasttag

import (
	"cmp"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unsafe"

	"github.com/parley-events/parley/internal/leview"
	"github.com/parley-events/parley/internal/wordtab"
)

//go:generate go run gen.go

// taggerBin is MarshalBinary of FromProse(aptagmodel.English), written by
// gen.go. TestTaggerBinUpToDate fails when prose's model changes under it.
// A string, so nothing can write to it.
//
//go:embed tagger.bin
var taggerBin string

const binMagic = "FASTTAG\x02"

// readOnlyBytes views s as bytes for the decoder, which only reads.
func readOnlyBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// MarshalBinary encodes the tagger's tables, in a format private to this
// package: sections of little-endian arrays in a fixed order. The encoding
// is deterministic, so the committed tagger.bin can be checked byte for byte.
func (t *Tagger) MarshalBinary() ([]byte, error) {
	var w writer
	w.b = append(w.b, binMagic...)
	w.strings(t.classes)
	w.bytes(t.classTag)
	w.strings(byID(t.tags))
	w.u32s([]uint32{uint32(t.nTags), uint32(t.stride), t.bias,
		uint32(t.stats.features), uint32(t.stats.indexed), uint32(t.stats.unreachable), uint32(t.stats.denseRows)})
	w.u32s(t.prevTag)
	w.u32s(t.prev2Tag)
	w.u32s(t.tagTag)
	w.u32s(t.prefRows)
	wi := make([]uint32, 0, len(t.wordInfo)*(nWordSlots+2))
	for _, x := range t.wordInfo {
		wi = append(wi, x.rows[:]...)
		wi = append(wi, x.twLo, x.twHi)
	}
	w.u32s(wi)
	w.bytes(t.tagWordTag)
	w.u32s(t.tagWordRow)
	w.u32s(t.affixKeys)
	ar := make([]uint32, 0, len(t.affixRows)*nAffixSlots)
	for _, x := range t.affixRows {
		ar = append(ar, x[:]...)
	}
	w.u32s(ar)
	w.u32s(t.arena)
	bits := make([]uint32, len(t.dense))
	for i, v := range t.dense {
		bits[i] = math.Float32bits(v)
	}
	w.u32s(bits)
	// The vocabulary last, as a table opened in place (wordtab.Open): in
	// a fixed order (words by id, then tag-dictionary words by spelling),
	// so the bytes are the same every time.
	keys, vals := t.vocab.Keys(), t.vocab.Values()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		wa, wb := vals[a]&widMask, vals[b]&widMask
		switch {
		case wa != 0 && wb != 0:
			return cmp.Compare(wa, wb)
		case wa != wb:
			return cmp.Compare(wb, wa) // words with ids first
		}
		return cmp.Compare(keys[a], keys[b])
	})
	canon := wordtab.New(len(keys))
	for _, i := range order {
		canon.Or(keys[i], vals[i])
	}
	w.b = canon.AppendBinary(w.b)
	return w.b, nil
}

// byID lists an id map's keys by id, from id 1.
func byID(m map[string]uint32) []string {
	out := make([]string, len(m))
	for k, id := range m {
		out[id-1] = k
	}
	return out
}

type writer struct{ b []byte }

func (w *writer) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }

func (w *writer) u32s(vs []uint32) {
	w.u32(uint32(len(vs)))
	for len(w.b)%4 != 0 {
		w.b = append(w.b, 0)
	}
	for _, v := range vs {
		w.u32(v)
	}
}

func (w *writer) bytes(b []byte) {
	w.u32(uint32(len(b)))
	w.b = append(w.b, b...)
}

func (w *writer) strings(ss []string) {
	w.u32(uint32(len(ss)))
	for _, s := range ss {
		w.u32(uint32(len(s)))
		w.b = append(w.b, s...)
	}
}

// unmarshal decodes MarshalBinary's output and checks every index the
// tagger will follow, so corrupt data is an error here and never a panic in
// Tag. Strings are views of data.
//
// The embedded tagger.bin is opened with check false: it is built by
// go generate and checked, byte for byte and index by index, by
// TestTaggerBinUpToDate and TestEmbeddedTaggerChecks, so re-checking its
// 400,000 rows at every start-up (a millisecond) would only repeat them.
func unmarshal(data []byte, check bool) (*Tagger, error) {
	r := &reader{b: data}
	if string(r.bytes(len(binMagic))) != binMagic {
		return nil, errors.New("not a fasttag table")
	}
	t := &Tagger{}
	t.classes = r.strings()
	t.classTag = r.byteSlice()
	tags := r.strings()
	head := r.u32s()
	t.prevTag, t.prev2Tag, t.tagTag, t.prefRows = r.u32s(), r.u32s(), r.u32s(), r.u32s()
	wi := r.u32s()
	t.tagWordTag, t.tagWordRow = r.byteSlice(), r.u32s()
	t.affixKeys = r.u32s()
	ar := r.u32s()
	t.arena = r.u32s()
	dense := r.u32s()
	if r.err != nil {
		return nil, r.err
	}
	vocab, end, err := wordtab.Open(view(data), r.pos)
	if err != nil {
		return nil, err
	}
	t.vocab, r.pos = vocab, end
	if r.pos != len(data) {
		return nil, fmt.Errorf("%d trailing bytes", len(data)-r.pos)
	}
	nc := len(t.classes)
	if nc == 0 || nc > 256 || len(t.classTag) != nc || len(head) != 7 {
		return nil, errors.New("inconsistent header")
	}
	t.nTags, t.stride, t.bias = int(head[0]), int(head[1]), head[2]
	t.stats = buildStats{features: int(head[3]), indexed: int(head[4]), unreachable: int(head[5]), denseRows: int(head[6]),
		arenaBytes: 4*len(t.arena) + 4*len(dense)}
	if t.nTags != len(tags)+1 || t.nTags > 255 || t.stride < nc || t.stride%8 != 0 || t.stride > 256 {
		return nil, errors.New("inconsistent tag or class counts")
	}
	// The weights as float32: the same bits, so the same array.
	if len(dense) > 0 {
		t.dense = unsafe.Slice((*float32)(unsafe.Pointer(&dense[0])), len(dense))
	}
	if check && !finiteWeights(t.dense) {
		return nil, errors.New("non-finite weights")
	}

	t.tags = make(map[string]uint32, len(tags))
	for i, k := range tags {
		t.tags[k] = uint32(i + 1)
	}
	if len(t.tags) != len(tags) {
		return nil, errors.New("duplicate tags")
	}
	if len(wi) == 0 || len(wi)%(nWordSlots+2) != 0 || len(ar)%nAffixSlots != 0 || len(ar)/nAffixSlots != len(t.affixKeys) {
		return nil, errors.New("inconsistent word or affix tables")
	}
	// Every word id indexes wordInfo, and every tag-dictionary class a
	// class (the table itself was checked by Open).
	nWords := len(wi)/(nWordSlots+2) - 1
	if nWords >= widMask {
		return nil, errors.New("too many words")
	}
	for _, v := range t.vocab.Values() {
		if int(v&widMask) > nWords || int(v>>24) > nc {
			return nil, errors.New("vocabulary entry out of range")
		}
	}
	// wordInfo and an affix's rows are uint32s only, laid out as in
	// the file, so the arrays are cast, not copied (both lengths were
	// checked above).
	t.wordInfo = unsafe.Slice((*wordInfo)(unsafe.Pointer(&wi[0])), nWords+1)
	if len(ar) > 0 {
		t.affixRows = unsafe.Slice((*[nAffixSlots]row)(unsafe.Pointer(&ar[0])), len(t.affixKeys))
	}
	if err := t.validate(check); err != nil {
		return nil, err
	}
	t.affixes = newAffixTable(t.affixKeys)
	t.finish()
	return t, nil
}

// validate checks every index Tag follows without a bounds check of its
// own meaning: tag ids, row references and the rows themselves.
func (t *Tagger) validate(allRows bool) error {
	nc := len(t.classes)
	for _, v := range t.classTag {
		if int(v) >= t.nTags {
			return errors.New("class tag out of range")
		}
	}
	if len(t.prevTag) != t.nTags || len(t.prev2Tag) != t.nTags || len(t.tagTag) != t.nTags*t.nTags ||
		len(t.prefRows) != 257 || len(t.tagWordTag) != len(t.tagWordRow) || len(t.affixKeys) == 0 {
		return errors.New("inconsistent table sizes")
	}
	if len(t.dense)%t.stride != 0 {
		return errors.New("dense rows not a multiple of the stride")
	}
	if !allRows {
		return nil
	}
	// Every row, where it is referenced; each is referenced once.
	okRow := func(r row) bool {
		o := int(r & offMask)
		if r&denseRow != 0 {
			return o%t.stride == 0 && o+t.stride <= len(t.dense)
		}
		n := int(r >> offBits)
		if n == 0 {
			return true
		}
		nw := (n + 3) / 4
		if o+nw+n > len(t.arena) {
			return false
		}
		for k := range n {
			id := uint8(t.arena[o+k/4] >> (8 * (k % 4)))
			if int(id) >= nc || !smallWeight(t.arena[o+nw+k]) {
				return false
			}
		}
		return true
	}
	rows := [][]row{{t.bias}, t.prevTag, t.prev2Tag, t.tagTag, t.prefRows, t.tagWordRow}
	for _, rs := range rows {
		for _, r := range rs {
			if !okRow(r) {
				return errors.New("row reference out of range")
			}
		}
	}
	for _, a := range t.affixRows {
		for _, r := range a {
			if !okRow(r) {
				return errors.New("affix row reference out of range")
			}
		}
	}
	for _, w := range t.wordInfo {
		for _, r := range w.rows {
			if !okRow(r) {
				return errors.New("word row reference out of range")
			}
		}
		if w.twLo > w.twHi || int(w.twHi) > len(t.tagWordTag) {
			return errors.New("word's tag rows out of range")
		}
	}
	for _, k := range t.affixKeys[1:] {
		if k == 0 {
			return errors.New("zero affix key")
		}
	}
	return nil
}

// u32s reads a count, the padding that aligns the array to 4 bytes in the
// file, and the array. On a little-endian host, where the array lies
// aligned in memory (tagger.bin's embedded string does), the result is a
// view of the data, not a copy: 2 MB fewer to copy and fault in at
// start-up. The tagger never writes its tables, and tagger.bin is a
// string, so the views are never written either.
func (r *reader) u32s() []uint32 {
	n := int(r.u32())
	if p := r.pos % 4; p != 0 {
		r.bytes(4 - p)
	}
	if n > (len(r.b)-r.pos)/4 {
		r.err = cmpErr(r.err, errors.New("array length out of range"))
		return nil
	}
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	if n == 0 {
		return []uint32{}
	}
	return leview.Uint32s(view(b))
}

// wordInfo must be exactly its uint32s for unmarshal's cast: this fails to
// compile otherwise.
var _ = [1]struct{}{}[unsafe.Sizeof(wordInfo{})-4*(nWordSlots+2)]

func (r *reader) byteSlice() []byte {
	n := int(r.u32())
	return slices.Clone(r.bytes(n))
}

func (r *reader) strings() []string {
	n := int(r.u32())
	if r.err != nil || n > len(r.b)-r.pos {
		r.err = cmpErr(r.err, errors.New("string count out of range"))
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = view(r.bytes(int(r.u32())))
	}
	return out
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}
