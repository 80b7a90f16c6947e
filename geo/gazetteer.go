// Package geo is parley's offline gazetteer and place resolver. The data is
// embedded in the binary (geo/data, built by internal/gen/gazetteer from npm
// packages), so resolving a place needs no network, index server or npm.
//
// The places data is sorted by (skeleton, key) of placekey, which makes it
// its own name index, and is cut into zstd blocks decoded on first use:
// Load reads only the block index, and a lookup is a binary search over
// the index and then inside one block. That keeps start-up at a few
// milliseconds (see docs/places.md for the figures).
package geo

import (
	"bytes"
	_ "embed" // for the data files
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/parley-events/parley/geo/placekey"
)

//go:generate go run ../internal/gen/gazetteer -out data

// The embedded files are read-only: nothing assigns to these variables.
// They are plain variables rather than an embed.FS because FS.ReadFile
// copies, and the 4 MB copy of places.zst was a fifth of Load's time.
var (
	//go:embed data/places.zst
	placesZst []byte
	//go:embed data/places.idx
	placesIdx string
	//go:embed data/places.bloom
	placesBloom []byte
	//go:embed data/admin1.tsv
	admin1TSV string
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/aliases.txt
	aliasesTxt string
)

// Precision values of Place.Precision, from finest to coarsest.
const (
	PrecisionPoint   = "point"   // an exact site (not produced by the gazetteer itself yet)
	PrecisionCity    = "city"    // a populated place, or a place near one
	PrecisionAdmin1  = "admin1"  // a first-level region: province, governorate, state
	PrecisionCountry = "country" // a country
	PrecisionRegion  = "region"  // a multi-country region (Middle East, Sahel)
)

// Place is one resolved location.
type Place struct {
	Name       string  `json:"name"`
	Country    string  `json:"country"`          // ISO 3166-1 alpha-3, "" for multi-country regions
	Admin1     string  `json:"admin1,omitempty"` // admin1 region name, "" when unknown
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Precision  string  `json:"precision"` // point|city|admin1|country|region
	GeonameID  int     `json:"geonameid,omitempty"`
	Population int     `json:"population,omitempty"`
	Feature    string  `json:"feature"` // GeoNames feature code (PPLC, PPLA, PPL, ...), ADM1, PCLI, RGN
}

// Gazetteer holds the embedded place data. Its answers never change after
// Load, and it is safe for concurrent use; inside, place blocks are
// decoded on first use and lookups are memoised, both under locks.
type Gazetteer struct {
	zdata []byte // places.zst, embedded read-only data
	// keyBloom and skelBloom are the generator's Bloom filters of every
	// record's key and skeleton (placekey.BloomHas), embedded read-only.
	keyBloom, skelBloom []byte
	dec                 *zstd.Decoder
	blocks              []*block
	total               int // records in all blocks

	countries    []country
	byAlpha3     map[string]int
	byAlpha2     map[string]int
	countryKey   map[string]int // key of a name, spelling or alias -> country index
	demonymKey   map[string]int // key of a demonym ("kazakh") -> country index
	demonymLower map[string]int // lower-cased demonym -> country index, for a scan without keys
	// demonymShared holds lower-cased demonyms countries.tsv gives to more
	// than one state ("Congolese": both Congos) and aliases.txt does not
	// settle: they say which state a place is in only vaguely.
	demonymShared map[string]struct{}

	admin1     []admin1
	admin1Code map[string]int   // "SY.12" -> admin1 index
	admin1Key  map[string][]int // key of a name (with and without "Governorate") -> indices

	aliases map[string][]aliasTarget // key of a variant -> what it names (resolved at lookup)
	regions map[string]Place         // key -> multi-country region
	towns   map[string][]Place       // key -> towns the data lacks (aliases.txt "town")
	// named holds every key of countryKey, demonymKey, regions, aliases and
	// admin1Key: one lookup instead of five to rule a name out.
	named map[string]struct{}

	// memo remembers what lookup found for a key: news names the same
	// places over and over, and a name that is a place costs a search, a
	// parse of up to 200 records and, for a whole span with no exact
	// match, a fuzzy scan. Its results are read-only and depend on nothing
	// but the key, so sharing them keeps the Gazetteer's answers as they
	// were; the memo stops growing at memoMax keys.
	memo lookupMemo
}

// memoMax bounds the lookup memo by the candidates it holds (a candidate
// is about 200 bytes): some 10 MB at most, which a news archive's
// recurring place names fit many times over.
const memoMax = 50000

// lookupMemo maps a key to lookup's candidates, one map per fuzzy flag.
type lookupMemo struct {
	mu    sync.RWMutex
	exact map[string][]cand
	fuzzy map[string][]cand
	held  int // candidates held, plus one per key
}

func (m *lookupMemo) get(key []byte, fuzzy bool) ([]cand, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	t := m.exact
	if fuzzy {
		t = m.fuzzy
	}
	cs, ok := t[string(key)]
	return cs, ok
}

func (m *lookupMemo) put(key string, fuzzy bool, cs []cand) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.exact == nil {
		m.exact, m.fuzzy = map[string][]cand{}, map[string][]cand{}
	}
	t := m.exact
	if fuzzy {
		t = m.fuzzy
	}
	if m.held+len(cs)+1 <= memoMax {
		t[key] = slices.Clip(cs)
		m.held += len(cs) + 1
	}
}

type country struct {
	alpha3, alpha2, name, official, capital string
	capitalID                               int
	lat, lon                                float64
	region, subregion                       string
}

type admin1 struct {
	code, cc2, name string
	lat, lon        float64
	population      int
}

// block is one zstd frame of records, decoded on first use. Its decoded
// form is written once under the sync.Once and only read afterwards,
// which keeps a Gazetteer safe for concurrent use.
type block struct {
	off, n     int // compressed byte range in zdata
	first      int // global index of the first record
	count      int
	skel, key  string // of the first record, from places.idx
	once       sync.Once
	data       []byte
	lines      []uint32
	decodeErrs error
}

// Load reads the embedded data's indexes. Place records are decoded
// lazily, block by block; Load itself takes a few milliseconds.
func Load() (*Gazetteer, error) {
	z := placesZst
	// Concurrency 1: blocks are small, and a pool of decoders per core
	// would cost more memory than it saves time.
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
	if err != nil {
		return nil, fmt.Errorf("geo: zstd: %w", err)
	}
	g := &Gazetteer{zdata: z, dec: dec}
	if len(placesBloom) != 2*placekey.BloomBits/8 {
		return nil, fmt.Errorf("geo: places.bloom: %d bytes, want %d", len(placesBloom), 2*placekey.BloomBits/8)
	}
	g.keyBloom, g.skelBloom = placesBloom[:placekey.BloomBits/8], placesBloom[placekey.BloomBits/8:]
	if err := g.loadBlockIndex(); err != nil {
		return nil, err
	}
	if err := g.loadCountries(); err != nil {
		return nil, err
	}
	if err := g.loadAdmin1(); err != nil {
		return nil, err
	}
	if err := g.loadAliases(); err != nil {
		return nil, err
	}
	g.named = make(map[string]struct{}, len(g.countryKey)+len(g.demonymKey)+len(g.regions)+len(g.aliases)+len(g.admin1Key))
	for k := range g.countryKey {
		g.named[k] = struct{}{}
	}
	for k := range g.demonymKey {
		g.named[k] = struct{}{}
	}
	for k := range g.regions {
		g.named[k] = struct{}{}
	}
	for k := range g.towns {
		g.named[k] = struct{}{}
	}
	for k, ts := range g.aliases {
		if len(ts) > 0 {
			g.named[k] = struct{}{}
		}
	}
	for k, is := range g.admin1Key {
		if len(is) > 0 {
			g.named[k] = struct{}{}
		}
	}
	return g, nil
}

func (g *Gazetteer) loadBlockIndex() error {
	for n, ln := range strings.Split(placesIdx, "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 5 {
			return fmt.Errorf("geo: places.idx:%d: %d fields, want 5", n+1, len(f))
		}
		off, err1 := strconv.Atoi(f[0])
		size, err2 := strconv.Atoi(f[1])
		count, err3 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || err3 != nil || off < 0 || size <= 0 || off+size > len(g.zdata) || count <= 0 {
			return fmt.Errorf("geo: places.idx:%d: bad block %q", n+1, ln)
		}
		g.blocks = append(g.blocks, &block{off: off, n: size, first: g.total, count: count, skel: f[3], key: f[4]})
		g.total += count
	}
	if len(g.blocks) == 0 {
		return fmt.Errorf("geo: places.idx: no blocks")
	}
	return nil
}

// decode fills the block's lines on first use.
func (g *Gazetteer) decode(b *block) {
	b.once.Do(func() {
		data, err := g.dec.DecodeAll(g.zdata[b.off:b.off+b.n], nil)
		if err != nil {
			b.decodeErrs = fmt.Errorf("geo: decode block at %d: %w", b.off, err)
			return
		}
		lines := make([]uint32, 0, b.count)
		for off := 0; off < len(data); {
			end := bytes.IndexByte(data[off:], '\n')
			if end < 0 {
				end = len(data) - off
			}
			if end > 0 {
				lines = append(lines, uint32(off))
			}
			off += end + 1
		}
		if len(lines) != b.count {
			b.decodeErrs = fmt.Errorf("geo: block at %d: %d records, index says %d", b.off, len(lines), b.count)
			return
		}
		b.data, b.lines = data, lines
	})
}

// mayContainKey reports whether a record with this key may exist. Most
// names the resolver tries are no place; the Bloom filter rules them out
// without a block decoded, a binary search or a string made of the key.
func (g *Gazetteer) mayContainKey(key []byte) bool { return placekey.BloomHas(g.keyBloom, key) }

// mayContain is mayContainKey for a key held in a string.
func (g *Gazetteer) mayContain(key string) bool { return placekey.BloomHas(g.keyBloom, key) }

// NumPlaces reports how many populated places the gazetteer holds.
func (g *Gazetteer) NumPlaces() int { return g.total }

// Preload decodes every place block now rather than on first use, for
// callers that prefer a predictable per-sentence time over a fast start
// (servers, benchmarks). It costs about 35 ms of CPU and 12 MB of memory,
// and reports the first block that fails to decode.
func (g *Gazetteer) Preload() error {
	for _, b := range g.blocks {
		g.decode(b)
		if b.decodeErrs != nil {
			return b.decodeErrs
		}
	}
	return nil
}

// record returns the raw line of global record i (nil if its block is
// unreadable, which the tests rule out for the embedded data).
func (g *Gazetteer) record(i int) []byte {
	k := sort.Search(len(g.blocks), func(k int) bool { return g.blocks[k].first > i }) - 1
	if k < 0 || i >= g.total {
		return nil
	}
	b := g.blocks[k]
	g.decode(b)
	if b.decodeErrs != nil {
		return nil
	}
	line := b.data[b.lines[i-b.first]:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return line
}

// line returns the fields of record i: skeleton, key, name, cc2, admin1,
// lat, lon, population, geonameid, feature.
func (g *Gazetteer) line(i int) [10][]byte {
	var f [10][]byte
	b := g.record(i)
	for k := 0; k < 9; k++ {
		j := bytes.IndexByte(b, '\t')
		if j < 0 {
			f[k] = b
			return f
		}
		f[k], b = b[:j], b[j+1:]
	}
	f[9] = b
	return f
}

// skelKey returns just the two sort fields of record i, without parsing
// the rest.
func (g *Gazetteer) skelKey(i int) (skel, key []byte) { return splitSkelKey(g.record(i)) }

// lowerBound returns the first record whose (skeleton, key) is not less
// than (skel, key); with key == "" only the skeleton counts. It decodes
// one block, found from the block index, rather than every block a global
// binary search would touch.
func (g *Gazetteer) lowerBound(skel, key string) int {
	return g.lowerBoundIn(g.blockBefore(skel, key), skel, key)
}

// blockBefore returns the last block whose first record is less than
// (skel, key), or -1.
func (g *Gazetteer) blockBefore(skel, key string) int {
	return sort.Search(len(g.blocks), func(k int) bool {
		b := g.blocks[k]
		if b.skel != skel {
			return b.skel >= skel
		}
		return b.key >= key
	}) - 1
}

// lowerBoundIn is lowerBound given k = blockBefore(skel, key).
func (g *Gazetteer) lowerBoundIn(k int, skel, key string) int {
	less := func(s, k string) bool { // (s, k) < (skel, key)
		if s != skel {
			return s < skel
		}
		return k < key
	}
	if k < 0 {
		return 0
	}
	b := g.blocks[k]
	g.decode(b)
	if b.decodeErrs != nil {
		return b.first + b.count
	}
	j := sort.Search(b.count, func(j int) bool {
		s, kk := splitSkelKey(b.data[b.lines[j]:])
		return !less(string(s), string(kk))
	})
	return b.first + j
}

// splitSkelKey returns the first two fields of a record line.
func splitSkelKey(b []byte) (skel, key []byte) {
	j := bytes.IndexByte(b, '\t')
	if j < 0 {
		return b, nil
	}
	skel, b = b[:j], b[j+1:]
	if k := bytes.IndexByte(b, '\t'); k >= 0 {
		b = b[:k]
	}
	return skel, b
}

// place builds the Place of record i.
func (g *Gazetteer) place(i int) Place {
	p := g.placeNoName(i)
	p.Name = string(g.line(i)[2])
	return p
}

// placeNoName builds the Place of record i without its name, which is the
// one field that must allocate; scoring needs everything else, and only
// the few candidates returned need a name (see Mention.Candidates).
func (g *Gazetteer) placeNoName(i int) Place {
	f := g.line(i)
	p := Place{Lat: parseCoord(f[5]), Lon: parseCoord(f[6]), Precision: PrecisionCity,
		Population: atoi(f[7]), GeonameID: atoi(f[8])}
	if code, ok := featureCodes[string(f[9])]; ok {
		p.Feature = code
	} else {
		p.Feature = string(f[9])
	}
	if c, ok := g.byAlpha2[string(f[3])]; ok {
		p.Country = g.countries[c].alpha3
	}
	var buf [16]byte
	if len(f[3])+1+len(f[4]) <= len(buf) {
		n := copy(buf[:], f[3])
		buf[n] = '.'
		n += 1 + copy(buf[n+1:], f[4])
		if a, ok := g.admin1Code[string(buf[:n])]; ok {
			p.Admin1 = g.admin1[a].name
		}
	}
	return p
}

// featureCodes interns the GeoNames feature codes of populated places.
var featureCodes = map[string]string{
	"PPL": "PPL", "PPLA": "PPLA", "PPLA2": "PPLA2", "PPLA3": "PPLA3", "PPLA4": "PPLA4", "PPLA5": "PPLA5",
	"PPLC": "PPLC", "PPLCH": "PPLCH", "PPLF": "PPLF", "PPLG": "PPLG", "PPLH": "PPLH", "PPLL": "PPLL",
	"PPLQ": "PPLQ", "PPLR": "PPLR", "PPLS": "PPLS", "PPLW": "PPLW", "PPLX": "PPLX", "STLMT": "STLMT",
}

// atoi parses a non-negative decimal; anything else gives 0 (the data is
// generated, and tests check it whole).
func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' || n > 1<<40 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// parseCoord parses the generator's coordinates ("-77.0364"): a sign,
// digits and at most a few decimals, without strconv's string conversion.
func parseCoord(b []byte) float64 {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	var whole, frac, scale float64 = 0, 0, 1
	seenDot := false
	for _, c := range b {
		switch {
		case c == '.' && !seenDot:
			seenDot = true
		case c >= '0' && c <= '9':
			if seenDot {
				frac = frac*10 + float64(c-'0')
				scale *= 10
			} else {
				whole = whole*10 + float64(c-'0')
			}
		default:
			return 0
		}
	}
	v := whole + frac/scale
	if neg {
		v = -v
	}
	return v
}

// placeCC2 returns the ISO2 country of record i without building a Place.
func (g *Gazetteer) placeCC2(i int) string { return string(g.line(i)[3]) }

// exact returns the record range whose key equals key.
func (g *Gazetteer) exact(key string) (lo, hi int) {
	if !g.mayContain(key) {
		return 0, 0
	}
	return g.exactSearch(key)
}

// exactSearch is exact without the Bloom filter: the plain binary search.
func (g *Gazetteer) exactSearch(key string) (lo, hi int) {
	skel := placekey.Skeleton(key)
	lo = g.lowerBound(skel, key)
	hi = lo
	for hi < g.total {
		s, k := g.skelKey(hi)
		if string(s) != skel || string(k) != key {
			break
		}
		hi++
	}
	return lo, hi
}

// fuzzy calls fn for each record whose key is within maxDist vowel edits
// of key but not equal to it. Records sharing the skeleton are contiguous.
func (g *Gazetteer) fuzzy(key string, maxDist int, fn func(i, dist int)) {
	skel := placekey.Skeleton(key)
	if len(skel) < 3 {
		return // too few consonants: "Ada" ~ "Ida" ~ "Oda" would all match
	}
	if !placekey.BloomHas(g.skelBloom, skel) {
		return
	}
	lo := g.lowerBound(skel, "")
	for i := lo; i < g.total && i < lo+2000; i++ {
		s, k := g.skelKey(i)
		if string(s) != skel {
			break
		}
		// Same skeleton, so the lengths differ only by vowels: a length
		// gap over maxDist can never be within maxDist edits.
		if d := len(k) - len(key); d > maxDist || -d > maxDist || string(k) == key {
			continue
		}
		if d := placekey.VowelDistance(string(k), key); d > 0 && d <= maxDist {
			fn(i, d)
		}
	}
}

// Country returns the centroid place of a country by ISO alpha-3 code.
func (g *Gazetteer) Country(alpha3 string) (Place, bool) {
	i, ok := g.byAlpha3[strings.ToUpper(alpha3)]
	if !ok {
		return Place{}, false
	}
	return g.countryPlace(i), true
}

// CountryOfAlpha2 maps an ISO alpha-2 code to alpha-3 ("" if unknown).
func (g *Gazetteer) CountryOfAlpha2(alpha2 string) string {
	if i, ok := g.byAlpha2[strings.ToUpper(alpha2)]; ok {
		return g.countries[i].alpha3
	}
	return ""
}

// Capital returns the capital city of a country by alpha-3 code.
func (g *Gazetteer) Capital(alpha3 string) (Place, bool) {
	i, ok := g.byAlpha3[strings.ToUpper(alpha3)]
	if !ok || g.countries[i].capitalID == 0 {
		return Place{}, false
	}
	// The generator writes the capital's record name, so its key finds it.
	c := g.countries[i]
	lo, hi := g.exact(placekey.Key(c.capital))
	for j := lo; j < hi; j++ {
		if p := g.place(j); p.GeonameID == c.capitalID {
			return p, true
		}
	}
	return Place{}, false
}

func (g *Gazetteer) countryPlace(i int) Place {
	c := g.countries[i]
	return Place{Name: c.name, Country: c.alpha3, Lat: c.lat, Lon: c.lon, Precision: PrecisionCountry, Feature: "PCLI"}
}

func (g *Gazetteer) admin1Place(i int) Place {
	a := g.admin1[i]
	p := Place{Name: a.name, Admin1: a.name, Lat: a.lat, Lon: a.lon, Precision: PrecisionAdmin1,
		Population: a.population, Feature: "ADM1"}
	if c, ok := g.byAlpha2[a.cc2]; ok {
		p.Country = g.countries[c].alpha3
	}
	return p
}

func (g *Gazetteer) loadCountries() error {
	g.byAlpha3 = map[string]int{}
	g.byAlpha2 = map[string]int{}
	g.countryKey = map[string]int{}
	g.demonymKey = map[string]int{}
	g.demonymLower = map[string]int{}
	g.demonymShared = map[string]struct{}{}
	for n, ln := range strings.Split(countriesTSV, "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) != 12 {
			return fmt.Errorf("geo: countries.tsv:%d: %d fields, want 12", n+1, len(f))
		}
		lat, err1 := strconv.ParseFloat(f[6], 64)
		lon, err2 := strconv.ParseFloat(f[7], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("geo: countries.tsv:%d: bad coordinates", n+1)
		}
		capID, _ := strconv.Atoi(f[5])
		i := len(g.countries)
		g.countries = append(g.countries, country{alpha3: f[0], alpha2: f[1], name: f[2], official: f[3],
			capital: f[4], capitalID: capID, lat: lat, lon: lon, region: f[8], subregion: f[9]})
		g.byAlpha3[f[0]] = i
		g.byAlpha2[f[1]] = i
		names := append([]string{f[2], f[3]}, splitBar(f[10])...)
		for _, s := range names {
			if k := placekey.Key(s); k != "" {
				if _, dup := g.countryKey[k]; !dup {
					g.countryKey[k] = i
				}
			}
		}
		for _, s := range splitBar(f[11]) {
			if j, ok := g.demonymLower[strings.ToLower(s)]; ok && j != i {
				g.demonymShared[strings.ToLower(s)] = struct{}{}
			}
			g.addDemonym(s, i)
		}
	}
	return nil
}

func (g *Gazetteer) addDemonym(s string, country int) {
	if k := placekey.Key(s); k != "" {
		g.demonymKey[k] = country
		g.demonymLower[strings.ToLower(s)] = country
	}
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// admin1Suffixes are dropped from region names for a second key, so
// "Damascus Governorate" is found as "Damascus" with a region word.
var admin1Suffixes = []string{" governorate", " province", " region", " oblast", " state", " district",
	" prefecture", " department", " county", " municipality", " muhafazat", " wilayah", " voivodeship", " territory"}

func (g *Gazetteer) loadAdmin1() error {
	// Sized from the line count: growing these maps was a third of Load.
	lines := strings.Count(admin1TSV, "\n") + 1
	g.admin1Code = make(map[string]int, lines)
	g.admin1Key = make(map[string][]int, lines+lines/4)
	g.admin1 = make([]admin1, 0, lines)
	var slab []int
	rest := admin1TSV
	for n := 0; rest != ""; n++ {
		var ln string
		ln, rest, _ = strings.Cut(rest, "\n")
		if ln == "" || ln[0] == '#' {
			continue
		}
		var f [6]string
		field, ok := ln, true
		for k := 0; k < 5 && ok; k++ {
			f[k], field, ok = strings.Cut(field, "\t")
		}
		f[5] = field
		if !ok || strings.IndexByte(field, '\t') >= 0 {
			return fmt.Errorf("geo: admin1.tsv:%d: %d fields, want 6", n+1, strings.Count(ln, "\t")+1)
		}
		lat, err1 := parseDecimal(f[2])
		lon, err2 := parseDecimal(f[3])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("geo: admin1.tsv:%d: bad coordinates", n+1)
		}
		pop, _ := strconv.Atoi(f[5])
		cc2, _, _ := strings.Cut(f[0], ".")
		i := len(g.admin1)
		g.admin1 = append(g.admin1, admin1{code: f[0], cc2: cc2, name: f[1], lat: lat, lon: lon, population: pop})
		g.admin1Code[f[0]] = i
		g.addAdmin1Key(f[1], i, &slab)
	}
	return nil
}

// asciiFoldEqual reports whether s lower-cased byte by byte (A-Z only)
// equals lower, an ASCII lower-case suffix.
func asciiFoldEqual(s, lower string) bool {
	for k := 0; k < len(lower); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

func (g *Gazetteer) addAdmin1Key(name string, i int, slab *[]int) {
	var buf [4]string
	keys := append(buf[:0], placekey.Key(name))
	if name != "" {
		// Suffixes end in a lower-case letter: compare last bytes first.
		last := name[len(name)-1] | 0x20
		for _, suf := range admin1Suffixes {
			if suf[len(suf)-1] != last {
				continue
			}
			if n := len(name) - len(suf); n >= 0 && asciiFoldEqual(name[n:], suf) {
				keys = append(keys, placekey.Key(name[:n]))
			}
		}
	}
	for _, k := range keys {
		if k == "" {
			continue
		}
		switch old := g.admin1Key[k]; {
		case old == nil:
			// Most keys name one region: their one-index slices share
			// one array, capped so that a second index copies.
			if len(*slab) == cap(*slab) {
				*slab = make([]int, 0, 512)
			}
			*slab = append(*slab, i)
			g.admin1Key[k] = (*slab)[len(*slab)-1 : len(*slab) : len(*slab)]
		case !containsInt(old, i):
			g.admin1Key[k] = append(old, i)
		}
	}
}

// parseDecimal is strconv.ParseFloat(s, 64) for the gazetteer's plain
// decimals ("-12.3456"): a mantissa of at most 15 digits over a power of
// ten of at most 22 is exact in a float64 on both sides, so one division
// gives the correctly rounded value, the same bits strconv's own exact
// path gives. Anything else goes to strconv.
func parseDecimal(s string) (float64, error) {
	i, neg := 0, false
	if s != "" && s[0] == '-' {
		i, neg = 1, true
	}
	var m uint64
	digits, frac, dot := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 || frac > 22 || dot && frac == 0 {
		return strconv.ParseFloat(s, 64)
	}
	f := float64(m)
	if neg {
		f = -f
	}
	return f / pow10[frac], nil
}

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
