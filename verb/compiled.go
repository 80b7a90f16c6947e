package verb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"path"
	"sort"
)

// The compiled form of a verb dictionary directory holds its patterns
// already parsed (CompiledName), so that a start-up does not parse ~3,000
// patterns and their ~4,500 examples from text: 10 ms of every `parley
// code` run before (issue 6: never re-parse text on every run).
//
// Load uses it only when its recorded checksum matches the *.txt files
// beside it, so an edited dictionary is never shadowed by a stale compiled
// one; TestCompiledUpToDate (package data) fails until `go generate ./data`
// is run, and TestCompiledMatchesText checks that the compiled patterns
// are the text's, field for field.
//
// Layout: "PARLEYVRB1\n", u32 CRC-32C of the sources, u32 pattern count,
// then per pattern: code, pos, text, attach (each uvarint length and
// bytes), u8 flags, uvarint head, uvarint weight, uvarint element count,
// and per element u8 kind, u8 optional, uvarint word count and the words.
const (
	// CompiledName is the compiled file's name inside a dictionary directory.
	CompiledName  = "compiled.bin"
	compiledMagic = "PARLEYVRB1\n"
)

const (
	flagRecip = 1 << iota
	flagSpeech
	flagVerb
	flagAgentless
)

var errStale = errors.New("compiled verb dictionary is older than its sources")

// sourceSum is the CRC-32C of the directory's *.txt files, names and
// contents, in name order.
func sourceSum(fsys fs.FS, dir string) (uint32, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return 0, fmt.Errorf("verb: list dictionaries: %w", err)
	}
	sort.Strings(names)
	tab := crc32.MakeTable(crc32.Castagnoli)
	var sum uint32
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return 0, fmt.Errorf("verb: %w", err)
		}
		sum = crc32.Update(sum, tab, []byte(path.Base(name)+"\x00"))
		sum = crc32.Update(sum, tab, b)
	}
	return sum, nil
}

// CompileDir builds the dictionary in dir and returns its compiled form.
func CompileDir(fsys fs.FS, dir string, valid CodeValidator) ([]byte, error) {
	d, err := LoadText(fsys, dir, valid)
	if err != nil {
		return nil, err
	}
	sum, err := sourceSum(fsys, dir)
	if err != nil {
		return nil, err
	}
	b := []byte(compiledMagic)
	b = binary.LittleEndian.AppendUint32(b, sum)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(d.all)))
	str := func(b []byte, s string) []byte {
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...)
	}
	for _, p := range d.all {
		b = str(b, p.Code)
		b = str(b, p.Pos)
		b = str(b, p.Text)
		b = str(b, p.Attach)
		var f byte
		for _, x := range []struct {
			on  bool
			bit byte
		}{{p.Recip, flagRecip}, {p.Speech, flagSpeech}, {p.Verb, flagVerb}, {p.Agentless, flagAgentless}} {
			if x.on {
				f |= x.bit
			}
		}
		b = append(b, f)
		b = binary.AppendUvarint(b, uint64(p.head))
		b = binary.AppendUvarint(b, uint64(p.weight))
		b = binary.AppendUvarint(b, uint64(len(p.elems)))
		for _, e := range p.elems {
			opt := byte(0)
			if e.optional {
				opt = 1
			}
			b = append(b, byte(e.kind), opt)
			b = binary.AppendUvarint(b, uint64(len(e.words)))
			for _, w := range e.words {
				b = str(b, w)
			}
		}
	}
	return b, nil
}

// unmarshal opens a compiled form; its strings point into data, which
// must not change afterwards.
func unmarshal(data string, wantSum uint32, valid CodeValidator) (*Dictionary, error) {
	r := reader{s: data}
	if r.take(len(compiledMagic)) != compiledMagic {
		return nil, errors.New("not a compiled verb dictionary")
	}
	if r.u32() != wantSum {
		return nil, errStale
	}
	n := int(r.u32())
	if r.err != nil || n > len(data) {
		return nil, errors.New("compiled verb dictionary: bad header")
	}
	d := &Dictionary{byHead: map[string][]*Pattern{}, all: make([]*Pattern, 0, n)}
	ps := make([]Pattern, n)
	for i := range ps {
		p := &ps[i]
		p.Code, p.Pos, p.Text, p.Attach = r.str(), r.str(), r.str(), r.str()
		f := r.take(1)
		if f != "" {
			p.Recip, p.Speech, p.Verb, p.Agentless = f[0]&flagRecip != 0, f[0]&flagSpeech != 0, f[0]&flagVerb != 0, f[0]&flagAgentless != 0
		}
		head, weight, ne64 := r.uvarint(), r.uvarint(), r.uvarint()
		if r.err != nil || ne64 > uint64(len(data)) || head >= ne64 || weight > 1<<20 || len(p.Code) < 2 {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		p.head, p.weight = int(head), int(weight)
		p.elems = make([]elem, ne64)
		for k := range p.elems {
			e := &p.elems[k]
			ko := r.take(2)
			if len(ko) == 2 {
				e.kind, e.optional = elemKind(ko[0]), ko[1] == 1
			}
			nw := r.uvarint()
			if r.err != nil || nw > uint64(len(data)) || e.kind > eGap {
				return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
			}
			if nw > 0 {
				e.words = make([]string, nw)
				for w := range e.words {
					e.words[w] = r.str()
				}
			}
		}
		if r.err != nil || len(p.elems[p.head].words) == 0 {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		if valid != nil && !valid(p.Code) {
			return nil, fmt.Errorf("compiled verb dictionary: %s: unknown CAMEO code %q", p.Pos, p.Code)
		}
		for k, e := range p.elems {
			if k != p.head && e.kind == eLit && !e.optional {
				p.required = append(p.required, e.words)
			}
		}
		d.all = append(d.all, p)
	}
	if r.err != nil || r.pos != len(data) {
		return nil, errors.New("compiled verb dictionary: truncated or trailing data")
	}
	d.index()
	return d, nil
}

// reader reads the layout above; after the first short read every read
// gives zero values and err is set.
type reader struct {
	s   string
	pos int
	err error
}

func (r *reader) take(n int) string {
	if r.err != nil || n < 0 || n > len(r.s)-r.pos {
		r.err = errors.New("short")
		return ""
	}
	s := r.s[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *reader) u32() uint32 {
	s := r.take(4)
	if len(s) < 4 {
		return 0
	}
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (r *reader) uvarint() uint64 {
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.take(1)
		if c == "" {
			return 0
		}
		x |= uint64(c[0]&0x7f) << shift
		if c[0] < 0x80 {
			return x
		}
	}
	r.err = errors.New("bad uvarint")
	return 0
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.err = errors.New("short")
		return ""
	}
	return r.take(int(n))
}
