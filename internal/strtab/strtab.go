// Package strtab is a read-only string-to-string hash table stored as one
// flat string: built once by a generator, embedded in the binary, and
// used in place. Opening it costs a header check, not a parse, which is
// the point: issue 6 asks that nothing be re-parsed from text on every run,
// and a Go map of tens of thousands of words takes milliseconds to build at
// every start-up.
//
// Layout (little-endian):
//
//	"STRTAB1\n"
//	u32 slot count (a power of two), u32 entry count
//	slots: slot count × u32, 0 for empty, else 1 + the entry's offset in data
//	data: entries, each uvarint key length, key, uvarint (value length + 1)
//	      then the value, or uvarint 0 when the value equals the key
//
// Keys are placed by FNV-1a hash with linear probing at a load of at most
// one half, so a lookup reads one or two slots on average.
package strtab

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

const magic = "STRTAB1\n"

// Table is an opened table. Its strings are substrings of the data it was
// opened on; it never copies.
type Table struct {
	slots string // slot count × 4 bytes
	data  string
	mask  uint32
	n     int
}

// Build encodes keys[i] → values[i]. A repeated key keeps its first value.
func Build(keys, values []string) ([]byte, error) {
	if len(keys) != len(values) {
		return nil, fmt.Errorf("strtab: %d keys, %d values", len(keys), len(values))
	}
	nslots := uint32(8)
	for int(nslots) < 2*len(keys) {
		nslots <<= 1
	}
	slots := make([]uint32, nslots)
	var data []byte
	n := 0
	for i, k := range keys {
		h := hash(k) & (nslots - 1)
		dup := false
		for slots[h] != 0 {
			if ek, _ := entry(string(data), slots[h]-1); ek == k {
				dup = true
				break
			}
			h = (h + 1) & (nslots - 1)
		}
		if dup {
			continue
		}
		if len(data)+1 >= 1<<32-1 {
			return nil, errors.New("strtab: data over 4 GB")
		}
		slots[h] = uint32(len(data)) + 1
		data = binary.AppendUvarint(data, uint64(len(k)))
		data = append(data, k...)
		if values[i] == k {
			data = binary.AppendUvarint(data, 0)
		} else {
			data = binary.AppendUvarint(data, uint64(len(values[i]))+1)
			data = append(data, values[i]...)
		}
		n++
	}
	out := make([]byte, 0, len(magic)+8+4*len(slots)+len(data))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, nslots)
	out = binary.LittleEndian.AppendUint32(out, uint32(n))
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, data...), nil
}

// Open checks the header and slot offsets of an encoded table. The data
// is trusted after that only as far as Lookup checks bounds: a corrupt
// table gives wrong answers or misses, never a panic.
func Open(b string) (*Table, error) {
	if !strings.HasPrefix(b, magic) || len(b) < len(magic)+8 {
		return nil, errors.New("strtab: not a table (bad magic)")
	}
	nslots := binary.LittleEndian.Uint32([]byte(b[len(magic) : len(magic)+4]))
	n := binary.LittleEndian.Uint32([]byte(b[len(magic)+4 : len(magic)+8]))
	if nslots == 0 || nslots&(nslots-1) != 0 || nslots > 1<<30 {
		return nil, fmt.Errorf("strtab: slot count %d is not a power of two", nslots)
	}
	start := len(magic) + 8
	end := start + 4*int(nslots)
	if end > len(b) {
		return nil, fmt.Errorf("strtab: %d slots but only %d bytes", nslots, len(b))
	}
	return &Table{slots: b[start:end], data: b[end:], mask: nslots - 1, n: int(n)}, nil
}

// Len reports the number of keys.
func (t *Table) Len() int { return t.n }

// Lookup returns the value of key.
func (t *Table) Lookup(key string) (string, bool) { return t.lookup(hash(key), -1, key) }

// LookupPrefixed is Lookup(string(prefix)+key) without building that
// string: the lemmatizer asks it of every verb form.
func (t *Table) LookupPrefixed(prefix byte, key string) (string, bool) {
	return t.lookup(fold(fnv((fnvOffset^uint64(prefix))*fnvPrime, key)), int(prefix), key)
}

// lookup probes from hash h for key, or for prefix+key when prefix is a
// byte value (not -1).
func (t *Table) lookup(h uint32, prefix int, key string) (string, bool) {
	h &= t.mask
	for probes := uint32(0); probes <= t.mask; probes++ {
		o := 4 * int(h)
		off := uint32(t.slots[o]) | uint32(t.slots[o+1])<<8 | uint32(t.slots[o+2])<<16 | uint32(t.slots[o+3])<<24
		if off == 0 {
			return "", false
		}
		// Nearly every key and value is shorter than 128 bytes, so its
		// length is one byte: that case is read here, as entry and value
		// would read it, without their calls (the lemmatizer looks up a
		// word for most tokens); any other goes through them.
		var k, rest string
		if p := int(off) - 1; p < len(t.data) && t.data[p] < 0x80 && int(t.data[p]) < len(t.data)-p {
			e := p + 1 + int(t.data[p])
			k, rest = t.data[p+1:e], t.data[e:]
		} else {
			k, rest = entry(t.data, off-1)
		}
		if prefix < 0 && k == key || prefix >= 0 && len(k) == len(key)+1 && k[0] == byte(prefix) && k[1:] == key {
			if len(rest) > 0 && rest[0] < 0x80 {
				switch v := int(rest[0]); {
				case v == 0:
					return k, true
				case v <= len(rest):
					return rest[1:v], true
				}
			}
			return value(k, rest)
		}
		h = (h + 1) & t.mask
	}
	return "", false
}

// Contains reports whether key is in the table.
func (t *Table) Contains(key string) bool {
	_, ok := t.Lookup(key)
	return ok
}

// entry returns the key at offset off and the data after it ("" if the
// entry runs off the end).
func entry(data string, off uint32) (key, rest string) {
	if int(off) >= len(data) {
		return "", ""
	}
	l, n := uvarint(data[off:])
	if n <= 0 || uint64(len(data)-int(off)-n) < l {
		return "", ""
	}
	s := int(off) + n
	return data[s : s+int(l)], data[s+int(l):]
}

// value decodes the value that follows key's entry.
func value(key, rest string) (string, bool) {
	l, n := uvarint(rest)
	if n <= 0 {
		return "", false
	}
	if l == 0 {
		return key, true
	}
	if uint64(len(rest)-n) < l-1 {
		return "", false
	}
	return rest[n : n+int(l-1)], true
}

// uvarint is binary.Uvarint over a string, without converting it.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// hash is FNV-1a, folded to 32 bits.
func hash(s string) uint32 { return fold(fnv(fnvOffset, s)) }

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fold(h uint64) uint32 { return uint32(h ^ h>>32) }
