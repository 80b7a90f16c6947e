package fasttag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"unsafe"
)

// The flat format written by prose's internal/flat package (v3.2.3):
//
//	magic     [8]byte  "PROSETAG"
//	version   uint32   (1)
//	nClasses  uint32   then per class: uint16 len + bytes
//	nFeatures uint32
//	nPairs    uint32
//	blobLen   uint32   then blobLen bytes (feature strings, sorted bytewise)
//	featOff   (nFeatures+1) x uint32
//	pairOff   (nFeatures+1) x uint32
//	classIDs  nPairs x uint8
//	weights   nPairs x float32
//	nTagMap   uint32   then per entry: uint16 len + bytes, uint8 classID
//
// All little-endian. prose's reader is internal, so this is our own.
const (
	flatMagic   = "PROSETAG"
	flatVersion = 1
)

// flatModel is the decoded model, with feature strings still as strings.
// Strings are views into the model bytes, which are read-only embedded data.
type flatModel struct {
	classes  []string
	blob     string
	featOff  []byte // (nFeatures+1) little-endian uint32s, read in place
	pairOff  []uint32
	classIDs []uint8
	weights  []float32
	tagMap   map[string]uint8
}

func (m *flatModel) numFeatures() int { return len(m.pairOff) - 1 }

func (m *flatModel) feature(i int) string {
	lo := binary.LittleEndian.Uint32(m.featOff[4*i:])
	hi := binary.LittleEndian.Uint32(m.featOff[4*i+4:])
	return m.blob[lo:hi]
}

type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.err = fmt.Errorf("truncated model: wanted %d bytes at offset %d, have %d", n, r.pos, len(r.b)-r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return view(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

// view returns b as a string without copying. Only used on the model bytes,
// which are never written (go:embed data, or a caller's slice it has promised
// not to modify), so the string stays immutable.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// decodeFlat reads a prose flat model. It validates everything the tagger
// later indexes by, so a corrupt model fails here rather than panicking in
// Tag.
func decodeFlat(data []byte) (*flatModel, error) {
	r := &reader{b: data}
	if string(r.bytes(len(flatMagic))) != flatMagic {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); v != flatVersion {
		return nil, fmt.Errorf("unsupported model version %d (want %d)", v, flatVersion)
	}
	nClasses := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if nClasses == 0 || nClasses > 256 {
		return nil, fmt.Errorf("model has %d classes, want 1..256", nClasses)
	}
	m := &flatModel{classes: make([]string, nClasses)}
	for i := range m.classes {
		// Copied: tags end up in every Token, and a copy keeps them
		// ordinary heap strings rather than views of the model.
		m.classes[i] = strings.Clone(r.str16())
	}
	nFeatures := int(r.u32())
	nPairs := int(r.u32())
	blobLen := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if nFeatures < 0 || nFeatures > len(data) || nPairs > len(data) {
		return nil, fmt.Errorf("implausible model sizes: %d features, %d pairs", nFeatures, nPairs)
	}
	m.blob = view(r.bytes(blobLen))
	m.featOff = r.bytes(4 * (nFeatures + 1))
	pairOff := r.bytes(4 * (nFeatures + 1))
	ids := r.bytes(nPairs)
	wts := r.bytes(4 * nPairs)
	if r.err != nil {
		return nil, r.err
	}
	m.pairOff = make([]uint32, nFeatures+1)
	for i := range m.pairOff {
		m.pairOff[i] = binary.LittleEndian.Uint32(pairOff[4*i:])
	}
	m.classIDs = make([]uint8, nPairs)
	copy(m.classIDs, ids)
	m.weights = make([]float32, nPairs)
	for i := range m.weights {
		m.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(wts[4*i:]))
	}
	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if nTagMap > len(data) {
		return nil, fmt.Errorf("implausible tag map size %d", nTagMap)
	}
	m.tagMap = make(map[string]uint8, nTagMap)
	for range nTagMap {
		w := r.str16()
		b := r.bytes(1)
		if r.err != nil {
			return nil, r.err
		}
		if int(b[0]) >= nClasses {
			return nil, fmt.Errorf("tag map entry %q has class %d of %d", w, b[0], nClasses)
		}
		m.tagMap[w] = b[0]
	}
	return m, m.validate()
}

func (m *flatModel) validate() error {
	n := m.numFeatures()
	var prevF, prevP uint32
	for i := 0; i <= n; i++ {
		f := binary.LittleEndian.Uint32(m.featOff[4*i:])
		p := m.pairOff[i]
		if f < prevF || int(f) > len(m.blob) || p < prevP || int(p) > len(m.weights) {
			return fmt.Errorf("model offsets out of order or range at feature %d", i)
		}
		prevF, prevP = f, p
	}
	for _, id := range m.classIDs {
		if int(id) >= len(m.classes) {
			return fmt.Errorf("class ID %d out of range (%d classes)", id, len(m.classes))
		}
	}
	return nil
}

// finiteWeights reports whether every weight is finite and small enough that
// no sum of a token's features can overflow. That rules out NaN and infinite
// scores, so the best class is always well defined, as it is in prose.
func finiteWeights(w []float32) bool {
	for _, v := range w {
		if !smallWeight(math.Float32bits(v)) {
			return false
		}
	}
	return true
}

// smallWeight is |v| < 1e30 on a float32's bits, false for NaN and Inf.
func smallWeight(bits uint32) bool { return bits&0x7fffffff < 0x7149f2ca }
