package verb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"

	"github.com/parley-events/parley/internal/dictfile"
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
	CompiledName  = dictfile.CompiledName
	compiledMagic = "PARLEYVRB1\n"
)

const (
	flagRecip = 1 << iota
	flagSpeech
	flagVerb
	flagAgentless
)

// CompileDir builds the dictionary in dir and returns its compiled form.
func CompileDir(fsys fs.FS, dir string, valid CodeValidator) ([]byte, error) {
	d, err := LoadText(fsys, dir, valid)
	if err != nil {
		return nil, err
	}
	sum, err := dictfile.SourceSum(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("verb: %w", err)
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

// arena hands out slices of shared chunks; each slice's capacity is cut
// to its length, so appending to one never runs into the next.
type arena[T any] struct{ buf []T }

func (a *arena[T]) take(n int) []T {
	if n > cap(a.buf)-len(a.buf) {
		a.buf = make([]T, 0, max(n, 4096))
	}
	a.buf = a.buf[:len(a.buf)+n]
	return a.buf[len(a.buf)-n : len(a.buf) : len(a.buf)]
}

// unmarshal opens a compiled form; its strings point into data, which
// must not change afterwards.
func unmarshal(data string, wantSum uint32, valid CodeValidator) (*Dictionary, error) {
	r := dictfile.Reader{S: data}
	if r.Take(len(compiledMagic)) != compiledMagic {
		return nil, errors.New("not a compiled verb dictionary")
	}
	if r.U32() != wantSum {
		return nil, dictfile.ErrStale
	}
	n := int(r.U32())
	if r.Err != nil || n > len(data) {
		return nil, errors.New("compiled verb dictionary: bad header")
	}
	d := &Dictionary{all: make([]*Pattern, 0, n)}
	ps := make([]Pattern, n)
	// Elements, their words and the required-word lists are carved from a
	// few shared arrays: one small slice per element was most of Load's
	// 40,000 allocations.
	var elems arena[elem]
	var words arena[string]
	var reqs arena[[]string]
	for i := range ps {
		p := &ps[i]
		p.Code, p.Pos, p.Text, p.Attach = r.Str(), r.Str(), r.Str(), r.Str()
		f := r.Take(1)
		if f != "" {
			p.Recip, p.Speech, p.Verb, p.Agentless = f[0]&flagRecip != 0, f[0]&flagSpeech != 0, f[0]&flagVerb != 0, f[0]&flagAgentless != 0
		}
		head, weight, ne64 := r.Uvarint(), r.Uvarint(), r.Uvarint()
		if r.Err != nil || ne64 > uint64(len(data)) || head >= ne64 || weight > 1<<20 || len(p.Code) < 2 {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		p.head, p.weight = int(head), int(weight)
		p.elems = elems.take(int(ne64))
		for k := range p.elems {
			e := &p.elems[k]
			ko := r.Take(2)
			if len(ko) == 2 {
				e.kind, e.optional = elemKind(ko[0]), ko[1] == 1
			}
			nw := r.Uvarint()
			if r.Err != nil || nw > uint64(len(data)) || e.kind > eGap {
				return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
			}
			if nw > 0 {
				e.words = words.take(int(nw))
				for w := range e.words {
					e.words[w] = r.Str()
				}
			}
		}
		if r.Err != nil || len(p.elems[p.head].words) == 0 {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		if valid != nil && !valid(p.Code) {
			return nil, fmt.Errorf("compiled verb dictionary: %s: unknown CAMEO code %q", p.Pos, p.Code)
		}
		nreq := 0
		for k, e := range p.elems {
			if k != p.head && e.kind == eLit && !e.optional && !e.numeric() {
				nreq++
			}
		}
		if nreq > 0 {
			p.required = reqs.take(nreq)[:0]
			for k, e := range p.elems {
				if k != p.head && e.kind == eLit && !e.optional && !e.numeric() {
					p.required = append(p.required, e.words)
				}
			}
		}
		d.all = append(d.all, p)
	}
	if r.Err != nil || r.Pos != len(data) {
		return nil, errors.New("compiled verb dictionary: truncated or trailing data")
	}
	d.index()
	return d, nil
}
