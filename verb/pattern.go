// Package verb codes events: dictionary patterns keyed on the lemma of a
// head word (a verb, or a noun for nominalisations such as "talks between X
// and Y") decide the CAMEO code, and slots in the pattern or the clause's
// subject and object decide source and target.
//
// Pattern syntax, one per dictionary line (`CODE  pattern  [flags]`):
//
//	word      a literal, matched against a token's lemma or lower-cased form
//	{a|b}     one of several literals
//	(word)    optional literal; ({a|b}) optional alternatives
//	^word     marks the head when it is not the first literal
//	+         target slot: an actor group starts here
//	$         source slot
//	&         both: the first actor of a coordinated group is the source,
//	          the rest are targets ("talks between Turkey and Russia")
//	...       a gap of up to eight tokens inside the clause
//
// Between elements, determiners, adjectives, adverbs and numbers are
// skipped implicitly, so "sign agreement" matches "signed a new trade
// agreement". Flags: [recip] makes a coordinated subject with no object
// reciprocal ("Turkey and Russia met"); [speech] marks reporting verbs,
// which code a statement of their own and also lend their subject to the
// `reported_by` of the events they report.
package verb

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unsafe"

	"github.com/parley-events/parley/internal/dictfile"
	"github.com/parley-events/parley/internal/wordtab"
)

type elemKind uint8

const (
	eLit elemKind = iota
	eTarget
	eSource
	eBoth
	eGap
)

type elem struct {
	kind     elemKind
	words    []string
	optional bool
	// num: one of the words is numWord, which a number token fills
	// without being a dictionary word.
	num bool
	// ents holds the numbers of the words' dictionary entries, beside
	// words, so a token is matched by comparing the entries of its form
	// and lemma instead of spellings; nil when a word has none (derive).
	// Numbers, not pointers: a pattern's elements lead to no entry, so
	// comparing dictionaries (reflect.DeepEqual in tests) stays a tree walk.
	ents []int32
	// fold is the union of the ents' bits: a token whose form and lemma
	// have none of them matches none of the words.
	fold uint64
}

// Pattern is one compiled dictionary line.
type Pattern struct {
	Code   string
	Pos    string // file:line
	Text   string // the pattern as written
	Recip  bool
	Speech bool
	Attach string // role given to actors attached to the previous event ("observer")
	Verb   bool   // the head must be tagged as a verb ("raid" the noun is no raid)
	// Agentless events happen without an actor in the clause ("a bomb
	// exploded in Mumbai"); the pipeline takes the target from the place.
	Agentless bool
	// Town lines match only a town named alone right after the verb,
	// a capitalised name no actor holds ("Russian forces captured
	// Kherson", "Rebels attacked Omdurman"), and the pipeline keeps their
	// events only when it placed the event at that name
	// (namedPlaceTaken, unplacedTaking).
	Town bool
	// Object lines are event nouns that code only as the object of a
	// verb that is not a judging, reporting, receiving or stopping one
	// ("Iran fired off a warning to Israel"): the verb governing the
	// noun is left open, and the subject is the event's agent
	// (governedNoun, verb/governed_n37.go).
	Object bool
	// Derived lines are the nominalised twins of verb lines (M38,
	// verb/nominalise_m38.go): [object] lines headed by the verb's
	// deverbal noun, ranked after every written line of that noun.
	Derived bool
	// callNoFor: a pattern headed by "call" of a root other than 02 and
	// 10 that does not spell "for": after "call for" it would read the
	// topic of an appeal as another act (set by derive).
	callNoFor bool
	// material: a material act (roots 06-09, 14-20), and conflict: a
	// material conflict (14-20), set by derive for cheap gates.
	material, conflict bool
	elems              []elem
	head               int
	weight             int
	required           [][]string // non-optional literals other than the head
	reqIDs             [][]int32  // required, as Dictionary.reqID numbers
	// reqFold folds the required words that have no alternative into 64
	// bits (bit id%64): a sentence whose own fold lacks one of them lacks
	// the word, which rules most candidates out without reading reqIDs.
	reqFold uint64
	// altFold folds each required group's alternatives into 64 bits, so a
	// group none of whose words can be present is ruled out with one AND
	// instead of a bit test per alternative.
	altFold []uint64
	// altWide folds each required group's alternatives into 256 bits
	// (bit id%256), against sentence.presentWide: four times as sparse
	// as altFold, it settles most groups that altFold lets through
	// without reading their masks (viableFrom).
	altWide [][4]uint64
	// reqMasks holds each required group's alternatives as bit masks over
	// the words of sentence.present, one per 64-bit word they fall in. The
	// numbers are given in dictionary order, so a group's alternatives
	// mostly share a word or two: a test per word instead of per
	// alternative, which had been the matcher's costliest loop.
	reqMasks [][]reqMask
}

// reqMask is the bits of one word of sentence.present that a required
// group's alternatives have.
type reqMask struct {
	word int32
	bits uint64
}

// Head returns the head literals.
func (p *Pattern) Head() []string { return p.elems[p.head].words }

// Dictionary is the compiled verb dictionary, indexed by head word.
type Dictionary struct {
	// words holds, for every word that heads a pattern or that some
	// pattern requires, its patterns and its required-word number: one
	// lookup per token form serves both, where two maps took two. The
	// numbers let a sentence mark the required words it contains in a bit
	// set instead of hashing every word of every candidate pattern.
	words   *wordtab.Table // word → index in entries + 1
	entries []wordEntry
	nReq    int32
	all     []*Pattern
	raw     []dictfile.Entry
	// namedPlacePos holds the Pos of every line that matches a town by
	// its name alone (Pattern.Town).
	namedPlacePos map[string]bool
}

// wordEntry is what the dictionary knows of one word.
type wordEntry struct {
	heads []*Pattern // patterns headed by the word, most specific first
	// quick holds, beside each of heads, what rejects most of them
	// without touching the Pattern (a cache miss each): its reqFold and
	// whether it reports speech or needs a verb head.
	quick []quickCheck
	req   int32  // its required-word number, or -1
	num   int32  // its own index in Dictionary.entries
	bit   uint64 // one bit of 64 by entry number, for elem.fold
}

type quickCheck struct {
	fold       uint64
	verbalOnly bool // Speech || Verb: never headed by a noun
}

// Patterns returns every pattern in file order.
func (d *Dictionary) Patterns() []*Pattern { return d.all }

// Entries returns the parsed dictionary lines with their examples. A
// dictionary opened from its compiled form has none: its tests load the
// text with LoadText.
func (d *Dictionary) Entries() []dictfile.Entry { return d.raw }

// Candidates returns the patterns whose head is w, most specific first.
func (d *Dictionary) Candidates(w string) []*Pattern {
	if e := d.entry(w); e != nil {
		return e.heads
	}
	return nil
}

// entry returns what the dictionary knows of w, nil if nothing.
func (d *Dictionary) entry(w string) *wordEntry {
	if k := d.words.Get(w); k != 0 {
		return &d.entries[k-1]
	}
	return nil
}

// entryBytes is entry for a word spelled in a buffer. The string made of b
// lives only for the lookup, which keeps nothing of it, so b may be
// reused or lie on the caller's stack.
func (d *Dictionary) entryBytes(b []byte) *wordEntry {
	if len(b) == 0 {
		return nil
	}
	return d.entry(unsafe.String(&b[0], len(b)))
}

// CodeValidator reports whether a CAMEO event code exists.
type CodeValidator func(code string) bool

// sourceAfterHead reports an optional source slot after the head: the
// pattern is a converse frame whose agent the text may leave unnamed.
func (p *Pattern) sourceAfterHead() bool {
	for i := p.head + 1; i < len(p.elems); i++ {
		if p.elems[i].kind == eSource && p.elems[i].optional {
			return true
		}
	}
	return false
}

// Load opens the dictionary in dir: its compiled form (CompiledName) when
// that was built from the *.txt files now there, else the text itself.
// valid, when not nil, rejects unknown CAMEO codes at load time so a typo
// cannot reach the output.
func Load(fsys fs.FS, dir string, valid CodeValidator) (*Dictionary, error) {
	data, sum, ok, err := dictfile.ReadCompiled(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("verb: %w", err)
	}
	if ok {
		if d, err := unmarshal(data, sum, valid); err == nil {
			return d, nil
		}
	}
	return LoadText(fsys, dir, valid)
}

// LoadText compiles every *.txt under dir, keeping the parsed entries
// (Entries) for the tests that run their examples.
func LoadText(fsys fs.FS, dir string, valid CodeValidator) (*Dictionary, error) {
	d := &Dictionary{}
	files, parseErr := dictfile.ParseDir(fsys, dir)
	for _, es := range files {
		for _, e := range es {
			p, err := Compile(e.Code, e.Body)
			if err != nil {
				return nil, &dictfile.Error{File: e.File, Line: e.Line, Msg: err.Error()}
			}
			if valid != nil && !valid(p.Code) {
				return nil, &dictfile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("unknown CAMEO code %q", p.Code)}
			}
			if _, ok := e.Directives["recip"]; ok {
				p.Recip = true
			}
			if _, ok := e.Directives["verb"]; ok {
				p.Verb = true
			}
			p.Pos = e.Pos()
			d.all = append(d.all, p)
		}
		d.raw = append(d.raw, es...)
	}
	if parseErr != nil {
		return nil, fmt.Errorf("verb: %w", parseErr)
	}
	// The nominalised twins of the lines written (nominalise_m38.go).
	written := len(d.all)
	for _, p := range d.all[:written] {
		for _, body := range nominalised(p) {
			q, err := Compile(p.Code, body)
			if err != nil {
				return nil, fmt.Errorf("verb: %s: nominalised twin %q: %w", p.Pos, body, err)
			}
			q.Derived = true
			q.Pos = p.Pos + " (nominalised)"
			d.all = append(d.all, q)
		}
	}
	d.index()
	return d, nil
}

// index files every pattern under its head words, best first, and
// numbers the words patterns require.
func (d *Dictionary) index() {
	heads, reqs := 0, 0
	for _, p := range d.all {
		heads += len(p.Head())
		for _, alts := range p.required {
			reqs += len(alts)
		}
	}
	d.words = wordtab.New(heads / 2)
	d.entries = make([]wordEntry, 0, heads/2)
	entry := func(w string) *wordEntry {
		if k := d.words.Get(w); k != 0 {
			return &d.entries[k-1]
		}
		d.entries = append(d.entries, wordEntry{req: -1})
		d.words.Or(w, uint32(len(d.entries)))
		return &d.entries[len(d.entries)-1]
	}
	for _, p := range d.all {
		for _, w := range p.Head() {
			e := entry(w)
			e.heads = append(e.heads, p)
		}
	}
	// Every literal word has an entry, so a token with none for its form
	// or lemma matches no literal, and the matcher skips the string
	// comparisons for most tokens (sentence.lit).
	for _, p := range d.all {
		for i := range p.elems {
			el := &p.elems[i]
			if el.kind != eLit {
				continue
			}
			for _, w := range el.words {
				if w == numWord {
					el.num = true
					continue
				}
				entry(w)
			}
		}
	}
	for i := range d.entries {
		e := &d.entries[i]
		slices.SortStableFunc(e.heads, func(a, b *Pattern) int {
			// A nominalised twin yields to every written line of its noun.
			if a.Derived != b.Derived {
				if a.Derived {
					return 1
				}
				return -1
			}
			return cmp.Compare(b.weight, a.weight) // better
		})
		e.heads = slices.Clip(e.heads)
	}

	ids := make([]int32, 0, reqs)
	for _, p := range d.all {
		p.reqIDs = make([][]int32, len(p.required))
		for k, alts := range p.required {
			from := len(ids)
			for _, w := range alts {
				e := entry(w)
				if e.req < 0 {
					e.req = d.nReq
					d.nReq++
				}
				ids = append(ids, e.req)
			}
			p.reqIDs[k] = ids[from:len(ids):len(ids)]
		}
	}
	d.derive(false)
}

// better orders candidate patterns: the most specific first. Ties keep
// dictionary order, which authors use to put a 4-digit code before its
// 3-digit parent.
func better(a, b *Pattern) bool { return a.weight > b.weight }

// Compile parses one pattern.
func Compile(code, body string) (*Pattern, error) {
	if len(code) < 2 || len(code) > 4 {
		return nil, fmt.Errorf("bad CAMEO code %q", code)
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("bad CAMEO code %q", code)
		}
	}
	p := &Pattern{Code: code, head: -1}
	text := body
	for strings.HasSuffix(strings.TrimSpace(text), "]") {
		t := strings.TrimSpace(text)
		i := strings.LastIndexByte(t, '[')
		if i < 0 {
			return nil, fmt.Errorf("unbalanced ] in %q", body)
		}
		flag := strings.TrimSpace(t[i+1 : len(t)-1])
		switch {
		case flag == "recip":
			p.Recip = true
		case flag == "speech":
			p.Speech = true
		case flag == "verb":
			p.Verb = true
		case flag == "agentless":
			p.Agentless = true
		case flag == "town":
			p.Town = true
		case flag == "object":
			p.Object = true
		case strings.HasPrefix(flag, "attach="):
			p.Attach = strings.TrimPrefix(flag, "attach=")
		default:
			return nil, fmt.Errorf("unknown flag [%s]", flag)
		}
		text = t[:i]
	}
	p.Text = strings.TrimSpace(text)
	if strings.Count(p.Text, "^") > 1 {
		return nil, fmt.Errorf("two heads marked in %q", body)
	}
	for _, f := range strings.Fields(p.Text) {
		var e elem
		if f == "(+)" || f == "($)" || f == "(&)" {
			e.optional = true
			f = f[1:2]
		}
		switch f {
		case "+":
			e.kind = eTarget
		case "$":
			e.kind = eSource
		case "&":
			e.kind = eBoth
		case "...":
			e.kind = eGap
		default:
			head := false
			if strings.HasPrefix(f, "^") {
				head = true
				f = f[1:]
			}
			if strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") {
				e.optional = true
				f = f[1 : len(f)-1]
			}
			if strings.HasPrefix(f, "{") && strings.HasSuffix(f, "}") {
				f = f[1 : len(f)-1]
			}
			for _, w := range strings.Split(f, "|") {
				w = strings.ToLower(strings.TrimSpace(w))
				if w == "" || strings.ContainsAny(w, "{}()^+$&") {
					return nil, fmt.Errorf("bad literal %q in %q", f, body)
				}
				e.words = append(e.words, w)
			}
			if len(e.words) > 1 && slices.Contains(e.words, numWord) {
				return nil, fmt.Errorf("%s cannot be an alternative in %q", numWord, body)
			}
			if head {
				if e.optional {
					return nil, fmt.Errorf("the head cannot be optional in %q", body)
				}
				p.head = len(p.elems)
				p.elems = append(p.elems, e)
				continue
			}
		}
		if p.head < 0 && e.kind == eLit && !e.optional {
			p.head = len(p.elems)
		}
		p.elems = append(p.elems, e)
	}
	if p.head < 0 {
		return nil, fmt.Errorf("pattern %q has no literal head", body)
	}
	if p.elems[p.head].numeric() {
		return nil, fmt.Errorf("%s cannot be the head of %q", numWord, body)
	}
	for i, e := range p.elems {
		switch e.kind {
		case eLit:
			if !e.optional {
				p.weight += 10
			} else {
				p.weight++
			}
		case eTarget, eSource, eBoth:
			p.weight += 5
		case eGap:
			if i == 0 || i == len(p.elems)-1 {
				return nil, fmt.Errorf("a gap cannot start or end %q", body)
			}
		}
	}
	for i, e := range p.elems {
		if i != p.head && e.kind == eLit && !e.optional && !e.numeric() {
			p.required = append(p.required, e.words)
		}
	}
	return p, nil
}

// Root returns the two-digit root of the code.
func (p *Pattern) Root() string { return p.Code[:2] }

// spells: one of the pattern's literals, required or optional, may be w
// ("call for ... strike" spells "for"; "call (+) ... war" does not).
func (p *Pattern) spells(w string) bool {
	for _, e := range p.elems {
		if e.kind == eLit && slices.Contains(e.words, w) {
			return true
		}
	}
	return false
}

// headSpells: w is one of the head's literals.
func (p *Pattern) headSpells(w string) bool {
	return p.head < len(p.elems) && slices.Contains(p.elems[p.head].words, w)
}
