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
// Layout: "PARLEYVRB3\n", u32 CRC-32C of the sources, u32 pattern count,
// uvarint word count, uvarint count of required-word numbers; per word,
// in entry order, its spelling (uvarint length and bytes) and uvarint
// required-word number + 1 (0: none); uvarint code count and the codes
// (strings as above) in order of first use; padding to 4 bytes, u32
// count and the u32 word references of every element in order (word
// number + 1, or 0 for numWord); per pattern: uvarint code number, pos,
// text, attach (strings), u8 flags, uvarint head, uvarint weight, uvarint
// element count, and per element a byte (kind, elemOptional, word count)
// and a uvarint word count if it has elemManyWords or more; padding to 4
// bytes, per word the u32 count of the patterns it heads, and then all
// their numbers as u32, word after word, best first.
const (
	// CompiledName is the compiled file's name inside a dictionary directory.
	CompiledName  = dictfile.CompiledName
	compiledMagic = "PARLEYVRB3\n"
)

// An element's byte: its kind in the low 3 bits, elemOptional, and its
// word count in the high 4 bits, elemManyWords meaning a uvarint count
// follows.
const (
	elemOptional  = 1 << 3
	elemManyWords = 15
)

const (
	flagRecip = 1 << iota
	flagSpeech
	flagVerb
	flagAgentless
	flagTown
	flagObject
	flagDerived
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
	// The codes once each, so that a start-up validates ~300 codes, not
	// one per pattern.
	codes := map[string]uint64{}
	var codeList []string
	for _, p := range d.all {
		if _, ok := codes[p.Code]; !ok {
			codes[p.Code] = uint64(len(codeList))
			codeList = append(codeList, p.Code)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(codeList)))
	for _, c := range codeList {
		b = str(b, c)
	}
	// The word table itself, opened in place: building it at start-up
	// hashed every word twice.
	tab := wordtab.New(len(words))
	for k, w := range words {
		tab.Or(w, uint32(k+1))
	}
	b = tab.AppendBinary(b)
	// Every element's word references in one array, and every word's
	// patterns in another, read in place at start-up: ~45,000 numbers a
	// varint each had been a fifth of opening the dictionary.
	var refs []uint32
	for _, p := range d.all {
		for _, e := range p.elems {
			for _, w := range e.words {
				r, ok := ref[w]
				if !ok && w != numWord {
					return nil, fmt.Errorf("verb: %s: word %q has no entry", p.Pos, w)
				}
				refs = append(refs, uint32(r))
			}
		}
	}
	b = dictfile.Pad4(b)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(refs)))
	for _, r := range refs {
		b = binary.LittleEndian.AppendUint32(b, r)
	}
	for _, p := range d.all {
		b = binary.AppendUvarint(b, codes[p.Code])
		b = str(b, p.Pos)
		b = str(b, p.Text)
		b = str(b, p.Attach)
		var f byte
		for _, x := range []struct {
			on  bool
			bit byte
		}{{p.Recip, flagRecip}, {p.Speech, flagSpeech}, {p.Verb, flagVerb}, {p.Agentless, flagAgentless}, {p.Town, flagTown}, {p.Object, flagObject}, {p.Derived, flagDerived}} {
			if x.on {
				f |= x.bit
			}
		}
		b = append(b, f)
		b = binary.AppendUvarint(b, uint64(p.head))
		b = binary.AppendUvarint(b, uint64(p.weight))
		b = binary.AppendUvarint(b, uint64(len(p.elems)))
		nids := 0
		for _, alts := range p.reqIDs {
			nids += len(alts)
		}
		b = binary.AppendUvarint(b, uint64(len(p.reqIDs)))
		b = binary.AppendUvarint(b, uint64(nids))
		for _, e := range p.elems {
			c := byte(e.kind) | byte(min(len(e.words), elemManyWords))<<4
			if e.optional {
				c |= elemOptional
			}
			b = append(b, c)
			if len(e.words) >= elemManyWords {
				b = binary.AppendUvarint(b, uint64(len(e.words)))
			}
		}
	}
	b = dictfile.Pad4(b)
	var heads []uint32
	for k := range d.entries {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(d.entries[k].heads)))
		for _, p := range d.entries[k].heads {
			heads = append(heads, uint32(num[p]))
		}
	}
	for _, h := range heads {
		b = binary.LittleEndian.AppendUint32(b, h)
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
	for k := range words {
		w, req := r.Str(), r.Uvarint()
		if r.Err != nil || req > nReq {
			return nil, fmt.Errorf("compiled verb dictionary: bad word %d", k)
		}
		words[k] = w
		d.entries[k].req = int32(req) - 1
	}
	codes := make([]string, min(r.Uvarint(), uint64(len(data))))
	for k := range codes {
		c := r.Str()
		if r.Err != nil || len(c) < 2 {
			return nil, fmt.Errorf("compiled verb dictionary: bad code %d", k)
		}
		if valid != nil && !valid(c) {
			return nil, fmt.Errorf("compiled verb dictionary: unknown CAMEO code %q", c)
		}
		codes[k] = c
	}
	if r.Err != nil {
		return nil, errors.New("compiled verb dictionary: bad codes")
	}
	tab, end, err := wordtab.Open(data, r.Pos)
	if err != nil {
		return nil, fmt.Errorf("compiled verb dictionary: %w", err)
	}
	// The matcher indexes entries with what the table gives, unchecked,
	// and a table written by another hash function would find nothing:
	// check the numbers, and look two words up.
	if tab.Len() != len(words) {
		return nil, errors.New("compiled verb dictionary: word table of another size")
	}
	for k, v := range tab.Values() {
		if v != uint32(k+1) {
			return nil, errors.New("compiled verb dictionary: word table out of order")
		}
	}
	if len(words) > 0 && (tab.Get(words[0]) != 1 || tab.Get(words[len(words)-1]) != uint32(len(words))) {
		return nil, errors.New("compiled verb dictionary: word table does not find its words")
	}
	d.words, r.Pos = tab, end
	r.Align4()
	nrefs := uint64(r.U32())
	if r.Err != nil || nrefs > uint64(len(data)) {
		return nil, errors.New("compiled verb dictionary: bad word references")
	}
	refs := r.U32s(int(nrefs))
	entNums := make([]int32, len(refs))
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
	next := 0 // the next element's first word in refs
	for i := range ps {
		p := &ps[i]
		code := r.Uvarint()
		if code >= uint64(len(codes)) {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		p.Code, p.Pos, p.Text, p.Attach = codes[code], r.Str(), r.Str(), r.Str()
		f := r.Take(1)
		if f != "" {
			p.Recip, p.Speech, p.Verb, p.Agentless, p.Town, p.Object = f[0]&flagRecip != 0, f[0]&flagSpeech != 0, f[0]&flagVerb != 0, f[0]&flagAgentless != 0, f[0]&flagTown != 0, f[0]&flagObject != 0
			p.Derived = f[0]&flagDerived != 0
		}
		head, weight, ne64, nreq, nids := r.Uvarint(), r.Uvarint(), r.Uvarint(), r.Uvarint(), r.Uvarint()
		if r.Err != nil || ne64 > uint64(len(data)-r.Pos) || head >= ne64 || weight > 1<<20 || nreq > ne64 || nids > uint64(len(refs)-next) {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		p.head, p.weight = int(head), int(weight)
		p.elems = elems.take(int(ne64))
		// The required groups are counted ahead, so they are filled in the
		// same pass as the elements.
		p.reqIDs = [][]int32{}
		var all []int32
		if nreq > 0 {
			p.required, p.reqIDs = reqs.take(int(nreq))[:0], groups.take(int(nreq))[:0]
			all = ids.take(int(nids))[:0]
		}
		for k := range p.elems {
			e := &p.elems[k]
			if r.Pos >= len(data) {
				return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
			}
			c := data[r.Pos]
			r.Pos++
			e.kind, e.optional = elemKind(c&7), c&elemOptional != 0
			nws := uint64(c >> 4)
			if nws == elemManyWords {
				nws = r.Uvarint()
			}
			if r.Err != nil || nws > uint64(len(refs)-next) || e.kind > eGap {
				return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
			}
			if nws == 0 {
				continue
			}
			ws := refs[next : next+int(nws)]
			e.words = elemWords.take(len(ws))
			ew := e.words[:len(ws)]
			// The references are entry numbers: the element's entries
			// (derive would look each word up again).
			ents := entNums[next : next+int(nws) : next+int(nws)]
			for j, ref := range ws {
				if w := int(ref) - 1; uint(w) < uint(len(words)) {
					ew[j] = words[w]
					ents[j] = int32(w)
					e.fold |= 1 << (uint(w) % 64)
					continue
				}
				if ref != 0 {
					return nil, fmt.Errorf("compiled verb dictionary: bad word in pattern %d", i)
				}
				ew[j], e.num = numWord, e.kind == eLit
			}
			if e.num {
				e.fold = 0
			} else {
				e.ents = ents
			}
			if k != p.head && e.kind == eLit && !e.optional && !e.numeric() {
				if len(p.reqIDs) == cap(p.reqIDs) || len(e.words) > cap(all)-len(all) {
					return nil, fmt.Errorf("compiled verb dictionary: pattern %d requires more than it said", i)
				}
				from := len(all)
				for _, ref := range refs[next : next+int(nws)] {
					// A required word is never numWord (numeric() above),
					// so ref > 0; its number must exist, as the matcher
					// sets its bit without a test.
					if ref == 0 || d.entries[ref-1].req < 0 {
						return nil, fmt.Errorf("compiled verb dictionary: pattern %d requires a word without a number", i)
					}
					all = append(all, d.entries[ref-1].req)
				}
				p.required = append(p.required, e.words)
				p.reqIDs = append(p.reqIDs, all[from:len(all):len(all)])
			}
			next += int(nws)
		}
		if len(p.elems[p.head].words) == 0 || len(p.reqIDs) != int(nreq) || len(all) != int(nids) {
			return nil, fmt.Errorf("compiled verb dictionary: bad pattern %d", i)
		}
		d.all[i] = p
	}
	if next != len(refs) {
		return nil, errors.New("compiled verb dictionary: word references left over")
	}
	r.Align4()
	counts := r.U32s(int(nw))
	total := uint64(0)
	for _, c := range counts {
		total += uint64(c)
	}
	if r.Err != nil || total > n*uint64(len(words)) || total > uint64(len(data)) {
		return nil, errors.New("compiled verb dictionary: bad head lists")
	}
	all := r.U32s(int(total))
	if r.Err != nil || r.Pos != len(data) {
		return nil, errors.New("compiled verb dictionary: truncated or trailing data")
	}
	for k, c := range counts {
		if c == 0 {
			continue
		}
		hs := heads.take(int(c))
		for j, pi := range all[:c] {
			if uint64(pi) >= n {
				return nil, fmt.Errorf("compiled verb dictionary: bad patterns of %q", words[k])
			}
			hs[j] = &ps[pi]
		}
		all = all[c:]
		d.entries[k].heads = hs
	}
	d.derive(true)
	return d, nil
}
