// Package actor finds who is named in a sentence: a dictionary-driven
// resolver that matches multi-word names longest-first, tolerant of case and
// punctuation, and composes country and sector codes ("Kazakh Foreign
// Ministry" → KAZGOV, "Syrian regime forces" → SYRGOVMIL).
package actor

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordtab"
	"github.com/parley-events/parley/text"
)

// Kind is what an entry contributes to a composed actor.
type Kind uint8

const (
	KindCountry Kind = iota + 1 // a state: names, adjectives, demonyms
	KindSector                  // an agent noun: government, troops, rebels
	KindActor                   // a named actor with a full code: UN, HTS, Putin
)

// Entry is one alias of a dictionary entry.
type Entry struct {
	Kind    Kind
	Code    string // full code for KindActor, country code, or sector code ("-" for none)
	Alias   string // the alias as written in the dictionary
	Pos     string // file:line
	Metonym bool   // a capital or seat that stands for the state only as an agent
	Upper   bool   // an acronym: only matches text without lower-case letters
	Proper  bool   // a capitalised name: only matches capitalised text
	Title   bool   // several words, all capitalised: each must be in the text
	Ranges  [][2]string
	// Former is the fallback for a person named outside every term of
	// office: "Assad fled to Moscow" after 2024 is still Syrian, now an
	// elite (ELI) rather than the government.
	Former bool
	// Shared marks a name that many states' bodies go by ("the House"):
	// the entry's country is the default, which the sentence overrides
	// when it names another state's body of the same kind (sharedNames).
	Shared bool
	// Plural marks a country's plural demonym ("Iraqis", "Afghans",
	// "Britons"): a noun for the country's people, not its state.
	Plural bool
	// Weapon marks a sector alias that names a weapon, not its users
	// ("F-16s", "Apache helicopters"): a phrase that ends in one is
	// traded or used, and stands for a force only as its flier
	// (equipmentHead).
	Weapon bool
}

// Dictionary is an immutable, compiled actor dictionary.
type Dictionary struct {
	// The trie over normalised alias keys is stored as flat arrays: the
	// children of node n are edges[edgeStart[n]:edgeStart[n+1]], sorted by
	// byte, each the child node << 8 | the byte, so one cache line holds
	// both; the root is node 0. A walk step is two loads and a short scan
	// (most of the 66,000 nodes have one child) instead of a map lookup
	// per byte. It is built once from the sorted keys (build), which is
	// also several times faster than inserting key by key into a map.
	edgeStart []int32
	edges     []uint32
	// Wide nodes (more than wideNode children: the root, common first
	// letters) also get a 256-entry row of children, 0 for none, in
	// dense[denseRow[n]*256:], so the steps taken most often do no search.
	denseRow []int32
	dense    []int32
	// firstWords maps every run of a-z and 0-9 bytes that leads from the
	// root to a node (a prefix of an alias's first word) to that node: a
	// match's first word, nearly always such a run, is one lookup instead
	// of a trie step per byte (walk).
	firstWords *wordtab.Table
	// entryIdx[entryStart[n]:entryStart[n+1]] are the indices of the
	// entries ending at node n (entriesAt). Two flat arrays, where a slice
	// per node was 2 MB of pointers for the collector to scan.
	entryStart []int32
	entryIdx   []int32
	entries    [][]int32 // the same, while LoadText builds; nil after
	list       []Entry
	pending    []pendingKey // keys added but not yet built into the trie
	raw        []dictfile.Entry
}

// pendingKey is an alias key waiting for build, with its entry index.
type pendingKey struct {
	key   string
	entry int32
}

// Entries returns the parsed dictionary lines with their examples. A
// dictionary opened from its compiled form has none: its tests load the
// text with LoadText.
func (d *Dictionary) Entries() []dictfile.Entry { return d.raw }

// Len is the number of aliases.
func (d *Dictionary) Len() int { return len(d.list) }

// Load opens the dictionary in dir: its compiled form (CompiledName) when
// that was built from the *.txt files now there, else the text itself.
func Load(fsys fs.FS, dir string) (*Dictionary, error) {
	data, sum, ok, err := dictfile.ReadCompiled(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("actor: %w", err)
	}
	if ok {
		if d, err := unmarshal(data, sum); err == nil {
			return d, nil
		}
	}
	return LoadText(fsys, dir)
}

// LoadText compiles every *.txt under dir in fsys, keeping the parsed
// entries (Entries) for the tests that run their examples.
func LoadText(fsys fs.FS, dir string) (*Dictionary, error) {
	d := newDictionary()
	// Parse every file first, to size the alias list once (Entry is large,
	// and growing the list alias by alias was a fifth of the load time),
	// then add file by file, so the first error in file order is the one
	// reported, as before.
	files, parseErr := dictfile.ParseDir(fsys, dir)
	aliases, entries := 0, 0
	for _, es := range files {
		entries += len(es)
		for _, e := range es {
			aliases += strings.Count(e.Body, "|") + 1
		}
	}
	d.list = make([]Entry, 0, aliases)
	d.pending = make([]pendingKey, 0, aliases)
	d.raw = make([]dictfile.Entry, 0, entries)
	for _, es := range files {
		for _, e := range es {
			if err := d.add(e); err != nil {
				return nil, err
			}
		}
		d.raw = append(d.raw, es...)
	}
	if parseErr != nil {
		return nil, fmt.Errorf("actor: %w", parseErr)
	}
	d.build()
	if nodes := len(d.edgeStart) - 1; nodes >= 1<<24 {
		return nil, fmt.Errorf("actor: %d trie nodes, more than an edge can address (2^24)", nodes)
	}
	d.addFormer()
	d.rangesFirst()
	d.packEntries()
	return d, nil
}

// packEntries moves entries into the flat entryStart and entryIdx.
func (d *Dictionary) packEntries() {
	n := 0
	for _, idx := range d.entries {
		n += len(idx)
	}
	d.entryStart = make([]int32, len(d.entries)+1)
	d.entryIdx = make([]int32, 0, n)
	for i, idx := range d.entries {
		d.entryIdx = append(d.entryIdx, idx...)
		d.entryStart[i+1] = int32(len(d.entryIdx))
	}
	d.entries = nil
}

// entriesAt returns the indices of the entries ending at node n.
func (d *Dictionary) entriesAt(n int32) []int32 {
	lo, hi := d.entryStart[n], d.entryStart[n+1]
	return d.entryIdx[lo:hi:hi]
}

// newDictionary returns an empty dictionary ready for add.
func newDictionary() *Dictionary { return &Dictionary{} }

// build turns the pending keys into the trie. With the keys sorted, each
// key shares its path with the previous one up to their common prefix and
// adds one node per remaining byte; edges come out grouped by nothing in
// particular but, per parent, in byte order, so a stable counting sort by
// parent gives the flat arrays. Keys are sorted stably, so entries with
// the same alias keep their file order.
func (d *Dictionary) build() {
	// Entry indices grow in add order, so sorting by (key, entry) is the
	// stable sort by key, without its cost.
	slices.SortFunc(d.pending, func(a, b pendingKey) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.entry, b.entry)
	})
	type edge struct {
		parent, child int32
		c             byte
	}
	total := 0
	for _, p := range d.pending {
		total += len(p.key)
	}
	edges := make([]edge, 0, total)
	var path []int32 // path[i]: the node reached after i bytes of the previous key
	path = append(path, 0)
	nodes := int32(1)
	prev := ""
	for _, p := range d.pending {
		l := 0
		for l < len(prev) && l < len(p.key) && prev[l] == p.key[l] {
			l++
		}
		path = path[:l+1]
		for i := l; i < len(p.key); i++ {
			edges = append(edges, edge{parent: path[i], child: nodes, c: p.key[i]})
			path = append(path, nodes)
			nodes++
		}
		prev = p.key
	}
	// A node's entries are consecutive in the sorted keys, so they all
	// share one array, each node's slice capped so that addFormer's
	// appends copy rather than overwrite the next node's.
	d.entries = make([][]int32, nodes)
	shared := make([]int32, len(d.pending))
	for i, p := range d.pending {
		shared[i] = p.entry
	}
	prev = ""
	path = path[:1]
	next := int32(1)
	for i, p := range d.pending {
		// Walk the same paths again to find each key's node: node ids were
		// handed out in this order.
		l := 0
		for l < len(prev) && l < len(p.key) && prev[l] == p.key[l] {
			l++
		}
		path = path[:l+1]
		for i := l; i < len(p.key); i++ {
			path = append(path, next)
			next++
		}
		n := path[len(p.key)]
		if len(d.entries[n]) == 0 {
			d.entries[n] = shared[i : i+1 : i+1]
		} else {
			k := len(d.entries[n]) + 1 // the run grows by the entry at i
			d.entries[n] = shared[i+1-k : i+1 : i+1]
		}
		prev = p.key
	}
	d.pending = nil
	d.edgeStart = make([]int32, nodes+1)
	for _, e := range edges {
		d.edgeStart[e.parent+1]++
	}
	for n := int32(1); n <= nodes; n++ {
		d.edgeStart[n] += d.edgeStart[n-1]
	}
	d.edges = make([]uint32, len(edges))
	fill := make([]int32, nodes)
	copy(fill, d.edgeStart[:nodes])
	for _, e := range edges {
		k := fill[e.parent]
		fill[e.parent]++
		d.edges[k] = uint32(e.child)<<8 | uint32(e.c)
	}
	d.denseRow = make([]int32, nodes)
	wide := 0
	for n := int32(0); n < nodes; n++ {
		if d.edgeStart[n+1]-d.edgeStart[n] > wideNode {
			wide++
		}
	}
	d.dense = make([]int32, 0, wide*256)
	for n := int32(0); n < nodes; n++ {
		lo, hi := d.edgeStart[n], d.edgeStart[n+1]
		if hi-lo <= wideNode {
			continue
		}
		row := int32(len(d.dense) / 256)
		d.denseRow[n] = row
		d.dense = append(d.dense, make([]int32, 256)...)
		for _, e := range d.edges[lo:hi] {
			d.dense[int(row)*256+int(byte(e))] = int32(e >> 8)
		}
	}
	d.packFirstWords()
}

// packFirstWords fills firstWords from the trie: every node that a run
// of a-z and 0-9 bytes leads to from the root, keyed by the run.
func (d *Dictionary) packFirstWords() {
	d.firstWords = wordtab.New(1 << 10)
	var path []byte
	var visit func(n int32)
	visit = func(n int32) {
		for _, e := range d.edges[d.edgeStart[n]:d.edgeStart[n+1]] {
			if c := byte(e); c-'a' < 26 || c-'0' < 10 {
				path = append(path, c)
				d.firstWords.Or(string(path), e>>8)
				visit(int32(e >> 8))
				path = path[:len(path)-1]
			}
		}
	}
	visit(0)
}

// wideNode is the child count above which a node gets a dense row.
const wideNode = 6

// next returns node n's child over byte c, or 0 (the root) when there is
// none: no edge leads back to the root, so 0 can mean "no child" in a
// dense row and in the search alike.
func (d *Dictionary) next(n int32, c byte) int32 {
	lo, hi := d.edgeStart[n], d.edgeStart[n+1]
	if hi-lo > wideNode {
		return d.dense[int(d.denseRow[n])*256+int(c)]
	}
	// By index, not a range over d.edges[lo:hi]: most nodes past a
	// name's first letters have one child, and making the slice (its
	// bounds checked) cost more than the comparison. unmarshal has
	// checked that lo <= hi.
	for i := lo; i < hi; i++ {
		if e := d.edges[i]; byte(e) == c {
			return int32(e >> 8)
		}
	}
	return 0
}

// child is next with an explicit found flag.
func (d *Dictionary) child(n int32, c byte) (int32, bool) {
	nx := d.next(n, c)
	return nx, nx != 0
}

// rangesFirst orders each node's entries so a date-bounded entry valid on
// the story date beats an undated one with the same alias, whatever the
// file order; the Former fallbacks stay last.
func (d *Dictionary) rangesFirst() {
	for node, idx := range d.entries {
		if len(idx) < 2 {
			continue
		}
		rank := func(ei int32) int {
			e := &d.list[ei]
			switch {
			case e.Former:
				return 2
			case len(e.Ranges) > 0:
				return 0
			}
			return 1
		}
		sort.SliceStable(idx, func(i, j int) bool { return rank(idx[i]) < rank(idx[j]) })
		d.entries[node] = idx
	}
}

// addFormer appends, after every date-bounded entry of a node, a fallback
// entry country+ELI that matches when no term covers the story date.
func (d *Dictionary) addFormer() {
	for node, idx := range d.entries {
		var seen []string // countries given a fallback at this node: a few at most
		for _, ei := range idx {
			e := &d.list[ei]
			if e.Kind != KindActor || len(e.Ranges) == 0 || len(e.Code) < 3 || transnational.Has(e.Code[:3]) || strings.HasPrefix(e.Code, "---") {
				continue
			}
			c := e.Code[:3]
			if slices.Contains(seen, c) {
				continue
			}
			seen = append(seen, c)
			f := *e
			f.Ranges, f.Former, f.Code = nil, true, c+"ELI"
			d.list = append(d.list, f)
			d.entries[node] = append(d.entries[node], int32(len(d.list)-1))
		}
	}
}

func (d *Dictionary) add(e dictfile.Entry) error {
	var kind Kind
	switch e.Directives["kind"] {
	case "country":
		kind = KindCountry
	case "sector":
		kind = KindSector
	case "actor":
		kind = KindActor
	default:
		return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("unknown or missing @kind %q", e.Directives["kind"])}
	}
	if !validCode(e.Code, kind) {
		return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("bad code %q", e.Code)}
	}
	body, attrs := splitAttrs(e.Body)
	base := Entry{Kind: kind, Code: e.Code, Pos: e.Pos()}
	for _, a := range attrs {
		switch {
		case a == "metonym":
			base.Metonym = true
		case a == "weapon":
			if kind != KindSector {
				return &dictfile.Error{File: e.File, Line: e.Line, Msg: "[weapon] is for sector lines"}
			}
			base.Weapon = true
		case a == "shared":
			// Only a named body with a country can be re-assigned to
			// another country.
			if kind != KindActor || len(e.Code) < 6 || transnational.Has(e.Code[:3]) {
				return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("[shared] needs an actor code with a country, not %q", e.Code)}
			}
			base.Shared = true
		case strings.Contains(a, ".."):
			from, to, _ := strings.Cut(a, "..")
			if !validDate(from) || (to != "" && !validDate(to)) {
				return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("bad date range [%s]", a)}
			}
			base.Ranges = append(base.Ranges, [2]string{from, to})
		default:
			return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("unknown attribute [%s]", a)}
		}
	}
	aliases := strings.Split(body, "|")
	for i := range aliases {
		aliases[i] = strings.TrimSpace(aliases[i])
	}
	for ai, alias := range aliases {
		alias = strings.TrimPrefix(alias, "the ")
		key := Normalize(alias)
		if key == "" {
			return &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("empty alias in %q", body)}
		}
		en := base
		en.Alias = alias
		letters := 0
		for _, r := range alias {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		en.Upper = !hasLower(alias) && letters <= 6
		r, _ := utf8.DecodeRuneInString(alias)
		en.Proper = unicode.IsUpper(r)
		en.Title = titleCase(alias)
		en.Plural = kind == KindCountry && ai > 0 && pluralOf(alias, aliases)
		d.list = append(d.list, en)
		d.pending = append(d.pending, pendingKey{key: key, entry: int32(len(d.list) - 1)})
	}
	return nil
}

// pluralOf reports an alias that is the -s plural of another alias on
// the same line: "Iraqis" beside "Iraqi", "South Africans" beside "South
// African". Only a demonym has such a pair; the country's name comes
// first on its line, so "Philippines" beside "Philippine" is not one.
func pluralOf(alias string, line []string) bool {
	if len(alias) < 4 || alias[len(alias)-1] != 's' || strings.Contains(alias, "-") {
		return false
	}
	return slices.Contains(line, alias[:len(alias)-1])
}

func validCode(c string, k Kind) bool {
	if k == KindSector && c == "-" {
		return true
	}
	if len(c) == 0 || len(c)%3 != 0 {
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z') && r != '-' {
			return false
		}
	}
	return k != KindCountry || len(c) == 3
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func splitAttrs(body string) (string, []string) {
	var attrs []string
	for {
		body = strings.TrimSpace(body)
		if !strings.HasSuffix(body, "]") {
			return body, attrs
		}
		i := strings.LastIndexByte(body, '[')
		if i < 0 {
			return body, attrs
		}
		attrs = append([]string{strings.TrimSpace(body[i+1 : len(body)-1])}, attrs...)
		body = body[:i]
	}
}

// titleCase: two or more words, each starting with a capital or digit.
func titleCase(alias string) bool {
	words := 0
	start := true // at the start of a word
	for _, r := range alias {
		if r == ' ' || r == '-' {
			start = true
			continue
		}
		if start {
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
			words++
			start = false
		}
	}
	return words >= 2
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// Normalize keeps letters and digits, lower-cased and stripped of
// diacritics, with one space between words, so "al-Sham", "al Sham" and
// "Al Sham" share one key and "Hay’at" matches "Hayat". Word boundaries
// are kept so that "Iraq is" can never spell "Iraqis".
func Normalize(s string) string {
	s = arabicArticle(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var tmp [utf8.UTFMax]byte
	for _, r := range s {
		if isSeparator(r) {
			space = b.Len() > 0
			continue
		}
		if r == ',' && b.Len() > 0 {
			// A comma is kept as a word of its own ("University of
			// California, Berkeley" is "university of california ,
			// berkeley"), because walk lets a comma in the text continue
			// only a name that has one: "in Zamfara state, police said"
			// is no "state police".
			b.WriteString(" ,")
			space = true
			continue
		}
		t := appendNorm(tmp[:0], r)
		if len(t) == 0 {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.Write(t)
	}
	return b.String()
}

// arabicArticle spells a whole-word "el" as "al", as walk does for text.
func arabicArticle(s string) string {
	if !strings.Contains(strings.ToLower(s), "el") {
		return s
	}
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	changed := false
	for i, w := range ws {
		if strings.EqualFold(w, "el") {
			ws[i] = "al"
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(ws, " ")
}

// isSeparator: characters that separate words inside a name.
func isSeparator(r rune) bool {
	return r == ' ' || r == '\t' || r == '-' || r == '/' || r == '–' || r == '—' || r == '‐' || r == '‑'
}

// appendNorm appends the normalised form of r: at most utf8.UTFMax bytes.
func appendNorm(b []byte, r rune) []byte {
	if r < 0x80 {
		c := byte(r)
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+32)
		}
		return b
	}
	if f, ok := foldDiacritic[r]; ok {
		return append(b, f...)
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// foldDiacritic maps common Latin letters with marks to ASCII; names in
// wire copy appear both ways ("Türkiye"/"Turkiye", "Aşgabat").
var foldDiacritic = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'À': "a", 'Á': "a", 'Â': "a", 'Ã': "a", 'Ä': "a", 'Å': "a", 'Ā': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'Ç': "c", 'Č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e", 'É': "e", 'È': "e",
	'ğ': "g", 'Ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'İ': "i", 'Í': "i",
	'ł': "l", 'Ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n", 'Ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'Ö': "o", 'Ó': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'Ş': "s", 'Š': "s", 'ß': "ss",
	'ť': "t", 'ţ': "t", 'ț': "t", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'Ü': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'Ž': "z",
}

// walk advances the trie from node n over the normalised bytes of tok.
// Every token after the first of a match starts a new word; a token of
// punctuation only is skipped, so names tolerate stray punctuation.
//
// It runs for every token at every match start, so it is written for
// speed: one pass over the word both steps the trie and notes whether the
// word has a letter or digit (a word without one never steps, so the
// punctuation rules after the loop see n unchanged), and each step is the
// inlined next rather than a closure.
func (d *Dictionary) walk(n int32, tok *text.Token, first bool) (int32, bool) {
	w := tok.Lower
	if first && n == 0 && d.firstWords != nil && w != "el" {
		// A match's first word, nearly always of a-z and 0-9 only, is
		// looked up whole: the loop below would step the trie a byte at a
		// time to the same node (TestFirstWordsMatchWalk). It was a
		// fifth of the actor stage. Every key is such a word, so only a
		// miss asks whether w is one (two in three words hit).
		if nx := d.firstWords.Get(w); nx != 0 {
			return int32(nx), true
		}
		if asciiAlnum(w) {
			return 0, false
		}
	}
	// The Arabic article is spelled al- and el- ("Omar el-Bashir", "Omar
	// al-Bashir"); aliases and text both use al.
	if len(w) >= 2 && w[0] == 'e' && w[1] == 'l' {
		if len(w) == 2 {
			w = "al"
		} else if w[2] == '-' {
			w = "al-" + w[3:]
		}
	}
	// A clitic ("'s") continues the word before it: "People's".
	space := !first && len(w) > 0 && w[0] != '\''
	alnum := false
	var tmp [utf8.UTFMax]byte
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			i++
			if c-'a' < 26 || c-'0' < 10 {
				alnum = true
				if space {
					if n = d.next(n, ' '); n == 0 {
						return 0, false
					}
					space = false
				}
				if n = d.next(n, c); n == 0 {
					return 0, false
				}
			} else if c == '-' || c == '/' {
				space = true
			}
			continue
		}
		alnum = true // as hasAlnum counts any byte of a multi-byte rune
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if isSeparator(r) {
			space = true
			continue
		}
		s := appendNorm(tmp[:0], r)
		if len(s) == 0 {
			continue
		}
		if space {
			if n = d.next(n, ' '); n == 0 {
				return 0, false
			}
			space = false
		}
		for j := 0; j < len(s); j++ {
			if n = d.next(n, s[j]); n == 0 {
				return 0, false
			}
		}
	}
	if alnum {
		return n, true
	}
	if first {
		return 0, false
	}
	switch w {
	case ",":
		// Only a name spelled with a comma goes on across one
		// (Normalize keeps it as a word).
		if n = d.next(n, ' '); n == 0 {
			return 0, false
		}
		if n = d.next(n, ','); n == 0 {
			return 0, false
		}
	case ";", ":":
		return 0, false // a clause or list ends here, never a name
	}
	return n, true
}

// asciiAlnum reports whether w is one or more of a-z and 0-9.
func asciiAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c-'a' >= 26 && c-'0' >= 10 {
			return false
		}
	}
	return w != ""
}

func hasAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}
