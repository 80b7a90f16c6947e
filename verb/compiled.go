package verb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordtab"
)

// The compiled form of a verb dictionary directory holds its patterns
// already parsed (CompiledName), so that a start-up does not parse ~3,000
// patterns and their ~4,500 examples from text: 10 ms of every `parley
// code` run before (issue 6: never re-parse text on every run). It also
// holds what index would compute from them and that depends on nothing
// else: the words in entry order, each entry's required-word number and
// its patterns already ranked. Opening it then costs one word-table
// insertion per distinct word instead of a lookup per word occurrence
// (~66,000) and a sort per entry: 25 M of verb.Load's 37 M instructions
// had been that index, at every start.
//
// Load uses it only when its recorded checksum matches the *.txt files
// beside it, so an edited dictionary is never shadowed by a stale compiled
// one; TestCompiledUpToDate (package data) fails until `go generate ./data`
// is run, and TestCompiledMatchesText and TestCompiledIndexShipped check
// that the compiled patterns and index are the text's, field for field.
//
// Layout: "PARLEYVRB2\n", u32 CRC-32C of the sources, u32 pattern count,
// uvarint word count, uvarint count of required-word numbers; per word,
// in entry order, its spelling (uvarint length and bytes) and uvarint
// required-word number + 1 (0: none); per pattern: code, pos, text,
// attach (strings as above), u8 flags, uvarint head, uvarint weight,
// uvarint element count, and per element u8 kind, u8 optional, uvarint
// word count and per word a uvarint reference (word number + 1, or 0 for
// numWord); last, per word, uvarint count of the patterns it heads and
// their numbers, best first.
const (
	// CompiledName is the compiled file's name inside a dictionary directory.
	CompiledName  = dictfile.CompiledName
	compiledMagic = "PARLEYVRB2\n"
)

const (
	flagRecip = 1 << iota
	flagSpeech
	flagVerb
	flagAgentless
)

// CompileDir builds the dictionary in dir and returns its compiled form.
func CompileDir(fsys fs.FS, dir string, valid CodeValidator) ([]byte, error) {
	// Parse and checksum one read of the text, so the sum recorded is that
	// of the text compiled even if a file is saved meanwhile.
	snap, err := dictfile.Snapshot(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("verb: %w", err)
	}
	d, err := LoadText(snap, dir, valid)
	if err != nil {
		return nil, err
	}
	sum, err := dictfile.SourceSum(snap, dir)
	if err != nil {
		return nil, fmt.Errorf("verb: %w", err)
	}
	words := d.words.Keys()
	for k, v := range d.words.Values() {
		if v != uint32(k+1) {
			return nil, fmt.Errorf("verb: word %q is not entry %d", words[k], k)
		}
	}
	ref := make(map[string]uint64, len(words))
	for k, w := range words {
		ref[w] = uint64(k + 1)
	}
	num := make(map[*Pattern]uint64, len(d.all))
	for i, p := range d.all {
		num[p] = uint64(i)
	}
	b := []byte(compiledMagic)
	b = binary.LittleEndian.AppendUint32(b, sum)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(d.all)))
	b = binary.AppendUvarint(b, uint64(len(words)))
	b = binary.AppendUvarint(b, uint64(d.nReq))
	str := func(b []byte, s string) []byte {
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...)
	}
	for k, w := range words {
		b = str(b, w)
		b = binary.AppendUvarint(b, uint64(d.entries[k].req+1))
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
				r, ok := ref[w]
				if !ok && w != numWord {
					return nil, fmt.Errorf("verb: %s: word %q has no entry", p.Pos, w)
				}
				b = binary.AppendUvarint(b, r)
			}
		}
	}
	for k := range d.entries {
		heads := d.entries[k].heads
		b = binary.AppendUvarint(b, uint64(len(heads)))
		for _, p := range heads {
			b = binary.AppendUvarint(b, num[p])
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
// must not change afterwards. Whatever the bytes, it returns an error or
// a dictionary the matcher can run on: every number that will index an
// array is checked here.
func unmarshal(data string, wantSum uint32, valid CodeValidator) (*Dictionary, error) {
	r := dictfile.Reader{S: data}
	if r.Take(len(compiledMagic)) != compiledMagic {
		return nil, errors.New("not a compiled verb dictionary")
	}
	if r.U32() != wantSum {
		return nil, dictfile.ErrStale
	}
	n := uint64(r.U32())
	nw, nReq := r.Uvarint(), r.Uvarint()
	if r.Err != nil || n > uint64(len(data)) || nw > uint64(len(data)) || nReq > nw {
		return nil, errors.New("compiled verb dictionary: bad header")
	}
	d := &Dictionary{all: make([]*Pattern, n), nReq: int32(nReq)}
	words := make([]string, nw)
	d.entries = make([]wordEntry, nw)
	d.words = wordtab.New(int(nw))
	for k := range words {
		w, req := r.Str(), r.Uvarint()
		if r.Err != nil || req > nReq {
			return nil, fmt.Errorf("compiled verb dictionary: bad word %d", k)
		}
		words[k] = w
		d.entries[k].req = int32(req) - 1
		if d.words.Or(w, uint32(k+1)); d.words.Len() != k+1 {
			return nil, fmt.Errorf("compiled verb dictionary: word %q twice", w)
		}
	}
	ps := make([]Pattern, n)
	// Elements, their words, the required-word lists and the head lists
	// are carved from a few shared arrays: one small slice per element was
	// most of Load's 40,000 allocations.
	var elems arena[elem]
	var elemWords arena[string]
	var reqs arena[[]string]
	var groups arena[[]int32]
	var ids arena[int32]
	var heads arena[*Pattern]
	var refs []uint64 // the pattern's word references, element after element
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
		refs = refs[:0]
		nreq, nids := 0, 0
		for k := range p.elems {
			e := &p.elems[k]
			ko := r.Take(2)
			if len(ko) == 2 {
				e.kind, e.optional = elemKind(ko[0]), ko[1] == 1
			}
			nws := r.Uvarint()
			if r.Err != nil || nws > uint64(len(data)) || e.kind > eGap {
				return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
			}
			if nws == 0 {
				continue
			}
			e.words = elemWords.take(int(nws))
			for j := range e.words {
				ref := r.Uvarint()
				switch {
				case ref > nw:
					return nil, fmt.Errorf("compiled verb dictionary: bad word in pattern %d", i)
				case ref == 0:
					e.words[j], e.num = numWord, e.kind == eLit
				default:
					e.words[j] = words[ref-1]
				}
				refs = append(refs, ref)
			}
			if k != p.head && e.kind == eLit && !e.optional && !e.numeric() {
				nreq++
				nids += len(e.words)
			}
		}
		if r.Err != nil || len(p.elems[p.head].words) == 0 {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		if valid != nil && !valid(p.Code) {
			return nil, fmt.Errorf("compiled verb dictionary: %s: unknown CAMEO code %q", p.Pos, p.Code)
		}
		p.reqIDs = [][]int32{}
		if nreq > 0 {
			p.required, p.reqIDs = reqs.take(nreq)[:0], groups.take(nreq)[:0]
			all, at, from := ids.take(nids), 0, 0
			for k, e := range p.elems {
				from += len(e.words)
				if k == p.head || e.kind != eLit || e.optional || e.numeric() {
					continue
				}
				g := all[at : at+len(e.words) : at+len(e.words)]
				for j, ref := range refs[from-len(e.words) : from] {
					// A required word is never numWord (numeric() above),
					// so ref > 0; its number must exist, as the matcher
					// sets its bit without a test.
					if ref == 0 || d.entries[ref-1].req < 0 {
						return nil, fmt.Errorf("compiled verb dictionary: pattern %d requires a word without a number", i)
					}
					g[j] = d.entries[ref-1].req
				}
				at += len(e.words)
				p.required = append(p.required, e.words)
				p.reqIDs = append(p.reqIDs, g)
			}
		}
		d.all[i] = p
	}
	for k := range d.entries {
		nh := r.Uvarint()
		if r.Err != nil || nh > n {
			return nil, fmt.Errorf("compiled verb dictionary: bad patterns of %q", words[k])
		}
		if nh == 0 {
			continue
		}
		hs := heads.take(int(nh))
		for j := range hs {
			pi := r.Uvarint()
			if pi >= n {
				return nil, fmt.Errorf("compiled verb dictionary: bad patterns of %q", words[k])
			}
			hs[j] = &ps[pi]
		}
		d.entries[k].heads = hs
	}
	if r.Err != nil || r.Pos != len(data) {
		return nil, errors.New("compiled verb dictionary: truncated or trailing data")
	}
	d.derive()
	return d, nil
}
