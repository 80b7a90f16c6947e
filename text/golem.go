package text

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-events/parley/internal/strtab"
)

// Irregular past forms that the tagger takes for adjectives or nouns.
//
// The tagger sometimes tags an irregular past form JJ or NN ("Protesters
// fought/JJ police", "Washington unfroze/NN funds") or, after a plural noun, VBP ("Soldiers shot/VBP"). Lemma then
// keeps the surface form, and verb patterns, written with the base verb,
// miss the clause. pastFormLemma gives such a form its verb lemma, and
// decides from golem's own tables, not from a list of verbs, which forms
// qualify:
//
//   - the form is an inflection of a verb in golem: its first lemma, or
//     for a form that also heads a line of its own ("shot, shots") the
//     verb whose line lists it (the table's verbKey entries), is a word
//     golem lists a gerund for;
//   - it is irregular: not the verb itself, not a regular -ed/-d/-ied
//     form, and not a form ending like a plural, gerund, adverb or
//     comparative (-s, -ing, -ly, -er, -est);
//   - it is no word in its own right of another kind: a form whose own
//     golem line has verb forms ("found, founded", "bound, bounded",
//     "ground, grounded", "lay, laying") or comparative forms ("broke,
//     broker", "drunk, drunker") keeps its own lemma, and so do the few
//     in keepWord;
//   - as an adjective or noun, a past participle in -en, -wn, -rn or
//     -ain ("frozen assets", "stolen goods", "a sworn enemy", "the slain
//     reporter") is a true adjective far more often than a mis-tagged
//     verb, so it keeps its form; the simple past ("froze", "swore") has
//     no adjectival use.

// keepWord are forms whose own golem line is a noun (a plural only),
// so the data alone would let them through, but whose noun or adjective
// is the commoner word in news text: "the left bank", "a bit more", "the
// thought of", "hawks and doves", "a diplomatic spat". "hung" has no line
// of its own, but "a hung parliament" must not hang anyone.
var keepWord = map[string]bool{
	"left": true, "bit": true, "thought": true, "dove": true, "spat": true, "hung": true,
}

// pastFormLemma returns the verb lemma of an irregular past form tagged
// JJ, NN or VBP, and whether the rule applies (see the comment above). It
// reads the forms pastFormRule picks out of golem's table, listed at
// generate time in pastforms.txt: the rule takes up to five lookups in the
// 68,000-word table, and ran on every adjective and noun. A word whose
// signature bit no past form sets (nine in ten) is turned away before the
// map lookup.
func (g *GolemLemmatizer) pastFormLemma(w, tag string) (string, bool) {
	if h := pastSig(w); g.pastSigs[h>>6]&(1<<(h&63)) == 0 {
		return "", false
	}
	var bit uint8
	switch tag {
	case "JJ":
		bit = pastJJ
	case "NN":
		bit = pastNN
	case "VBP":
		bit = pastVBP
	default:
		return "", false
	}
	if f, ok := g.past[w]; ok && f.tags&bit != 0 {
		return f.lemma, true
	}
	return "", false
}

// pastSig is w's bit in GolemLemmatizer.pastSigs, 0 to 4095: its length
// and its first, middle and last bytes, mixed. The 417 past forms set
// 348 bits of 4,096 (TestPastSigsCoverPastForms).
func pastSig(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint64(n) | uint64(w[0])<<8 | uint64(w[n/2])<<16 | uint64(w[n-1])<<24) * 0x9e3779b97f4a7c15 >> 52
}

// pastForm is one line of pastforms.txt: a form's verb lemma, and the tags
// under which pastFormRule gives it.
type pastForm struct {
	lemma string
	tags  uint8
}

const (
	pastJJ = 1 << iota
	pastNN
	pastVBP
)

// pastFormTags lists the tags pastFormRule looks at, with their bits.
var pastFormTags = [...]struct {
	tag string
	bit uint8
}{{"JJ", pastJJ}, {"NN", pastNN}, {"VBP", pastVBP}}

// BuildPastForms lists, one per line as "form lemma tags", every word of
// golem's table that pastFormRule gives a verb lemma, in byte order: the
// pastforms.txt that go generate writes.
//
// lemmaTable is BuildLemmaTable's output, so that a regenerated table is
// read before it is embedded.
func BuildPastForms(lemmaTable []byte) ([]byte, error) {
	t, err := strtab.Open(string(lemmaTable))
	if err != nil {
		return nil, fmt.Errorf("text: lemma table: %w", err)
	}
	g := &GolemLemmatizer{lemma: t}
	_, m, err := loadGolem()
	if err != nil {
		return nil, err
	}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words)
	var b strings.Builder
	b.WriteString("# Irregular past forms and their verb lemmas, by the tags under which\n# the tagger's adjective, noun or present reading is taken for the verb.\n# Written by go generate ./text (pastFormRule); do not edit.\n")
	for _, w := range words {
		lemma, tags := "", ""
		for _, t := range pastFormTags {
			if l, ok := g.pastFormRule(w, t.tag); ok {
				lemma = l
				tags += t.tag + ","
			}
		}
		if tags != "" {
			fmt.Fprintf(&b, "%s %s %s\n", w, lemma, strings.TrimSuffix(tags, ","))
		}
	}
	return []byte(b.String()), nil
}

// parsePastForms reads pastforms.txt.
func parsePastForms(data string) (map[string]pastForm, error) {
	m := make(map[string]pastForm, strings.Count(data, "\n"))
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("pastforms.txt:%d: want form, lemma and tags", n+1)
		}
		var bits uint8
		for _, tag := range strings.Split(f[2], ",") {
			ok := false
			for _, t := range pastFormTags {
				if t.tag == tag {
					bits, ok = bits|t.bit, true
				}
			}
			if !ok {
				return nil, fmt.Errorf("pastforms.txt:%d: unknown tag %q", n+1, tag)
			}
		}
		m[f[0]] = pastForm{lemma: f[1], tags: bits}
	}
	return m, nil
}

// pastFormRule is the rule itself, which BuildPastForms runs over golem's
// table.
func (g *GolemLemmatizer) pastFormRule(w, tag string) (string, bool) {
	switch tag {
	case "JJ", "NN", "VBP":
	default:
		return "", false
	}
	if len(w) < 3 || !lowerLetters(w) {
		return "", false
	}
	for _, suf := range [...]string{"s", "ing", "ly", "er", "est"} {
		if strings.HasSuffix(w, suf) {
			return "", false
		}
	}
	v, own := g.lemma.LookupPrefixed(verbKey[0], w)
	if !own {
		l, ok := g.lemma.Lookup(w)
		if !ok || l == w {
			return "", false
		}
		v = l
		// A line of its own that golem lists after the verb's: its
		// plural leads back to it ("bits", "thoughts", "bounds").
		own = g.leadsTo(w+"s", w) || g.leadsTo(w+"es", w)
	}
	if len(v) < 2 || !lowerLetters(v) || regularPast(v, w) || !g.hasGerund(v) {
		return "", false
	}
	if keepWord[w] || own && g.ownVerbOrAdjective(w) {
		return "", false
	}
	// Tagged a noun, a form that is a noun of its own ("shot, shots": "a
	// warning shot", "the first shot") is that noun.
	if tag == "NN" && own {
		return "", false
	}
	if tag != "VBP" && participleSpelling(w) {
		return "", false
	}
	return v, true
}

// regularPast reports w as a regular past form of v, or v itself: the
// lemmatizer's other rules already handle those, and as adjectives
// ("armed", "wounded") they are adjectives.
func regularPast(v, w string) bool {
	n := len(v)
	return w == v || w == v+"ed" || w == v+"d" || w == v+v[n-1:]+"ed" ||
		v[n-1] == 'y' && w == v[:n-1]+"ied"
}

// hasGerund reports a verb: golem lists a gerund whose lemma is v
// ("freezing", "overrunning", "lying").
func (g *GolemLemmatizer) hasGerund(v string) bool {
	n := len(v)
	cands := [...]string{v + "ing", "", "", ""}
	if v[n-1] == 'e' {
		cands[1] = v[:n-1] + "ing"
	}
	if strings.HasSuffix(v, "ie") {
		cands[2] = v[:n-2] + "ying"
	}
	cands[3] = v + v[n-1:] + "ing"
	for _, c := range cands {
		if c == "" {
			continue
		}
		if l, ok := g.lemma.Lookup(c); ok && l == v {
			return true
		}
		// A gerund that is a noun of its own ("shooting, shootings").
		if l, ok := g.lemma.LookupPrefixed(verbKey[0], c); ok && l == v {
			return true
		}
	}
	return false
}

// leadsTo reports that golem lemmatises word as lemma.
func (g *GolemLemmatizer) leadsTo(word, lemma string) bool {
	l, ok := g.lemma.Lookup(word)
	return ok && l == lemma
}

// ownVerbOrAdjective reports a word whose own golem line has verb forms
// ("founded", "grounding") or comparative forms ("broker", "drunker"):
// a verb or adjective in its own right.
func (g *GolemLemmatizer) ownVerbOrAdjective(w string) bool {
	if g.hasGerund(w) {
		return true
	}
	n := len(w)
	for _, c := range [...]string{w + "ed", w + "d", w + w[n-1:] + "ed", w + "er", w + "r", w + w[n-1:] + "er"} {
		if l, ok := g.lemma.Lookup(c); ok && l == w {
			return true
		}
	}
	return false
}

// participleSpelling reports the endings of English irregular past
// participles (frozen, known, sworn, slain), which the simple past forms
// that end in n (ran, began, won) do not share.
func participleSpelling(w string) bool {
	for _, suf := range [...]string{"en", "wn", "rn", "ain"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lowerLetters reports an ASCII word of lower-case letters only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
