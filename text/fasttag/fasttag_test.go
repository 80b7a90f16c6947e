package fasttag

import (
	"bufio"
	"html"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/parley-events/parley/internal/leview"
	"github.com/parley-events/parley/text"
)

// Both taggers are built once per test binary; each is immutable.
var loadOnce = sync.OnceValues(func() (*pair, error) {
	f, err := New()
	if err != nil {
		return nil, err
	}
	p, err := text.NewProseTagger()
	if err != nil {
		return nil, err
	}
	return &pair{fast: f, prose: p}, nil
})

type pair struct {
	fast  *Tagger
	prose *text.ProseTagger
}

func taggers(tb testing.TB) *pair {
	tb.Helper()
	p, err := loadOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// compare tags toks with both taggers and reports every difference.
func (p *pair) compare(tb testing.TB, label string, toks []text.Token) (diffs int) {
	tb.Helper()
	a := append([]text.Token(nil), toks...)
	b := append([]text.Token(nil), toks...)
	p.prose.Tag(a)
	p.fast.Tag(b)
	for i := range a {
		if a[i].Tag != b[i].Tag {
			diffs++
			if diffs <= 3 {
				tb.Errorf("%s: token %d %q: prose %q, fasttag %q", label, i, a[i].Text, a[i].Tag, b[i].Tag)
			}
		}
	}
	return diffs
}

// tokenizations gives the same sentence three ways: parley's tokenizer,
// whitespace fields with plain lower-casing, and whitespace fields with
// Fold (so quote mapping kicks in on tokens the tokenizer would split).
func tokenizations(s string) [][]text.Token {
	var fields, folded []text.Token
	for _, f := range strings.Fields(s) {
		fields = append(fields, text.Token{Text: f, Lower: strings.ToLower(f)})
		folded = append(folded, text.Token{Text: f, Lower: text.Fold(f)})
	}
	return [][]text.Token{text.Tokenize(s, nil), fields, folded}
}

func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

var textElem = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)

// thirdParty returns the sentences of the shared gold corpora, if present.
// They are read at test time only, never copied into the repository.
func thirdParty(tb testing.TB) map[string][]string {
	tb.Helper()
	root := filepath.Join("..", "..", "..", "shared", "third_party")
	out := map[string][]string{}
	xmls, _ := filepath.Glob(filepath.Join(root, "universalpetrarch", "*.xml"))
	xmls = append(xmls, filepath.Join(root, "petrarch2", "GigaWord.sample.PETR.xml"))
	for _, p := range xmls {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, m := range textElem.FindAllSubmatch(b, -1) {
			out[p] = append(out[p], html.UnescapeString(strings.Join(strings.Fields(string(m[1])), " ")))
		}
	}
	// TABARI records: a "YYMMDD  ID" line, then text up to a blank line or
	// a /* comment.
	if b, err := os.ReadFile(filepath.Join(root, "tabari", "Validate.text")); err == nil {
		p := filepath.Join(root, "tabari", "Validate.text")
		header := regexp.MustCompile(`^\d{6}\s+\S+`)
		var cur []string
		inRec, inComment := false, false
		flush := func() {
			if len(cur) > 0 {
				out[p] = append(out[p], strings.Join(cur, " "))
			}
			cur, inRec = nil, false
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			switch {
			case inComment:
				inComment = !strings.Contains(l, "*/")
			case strings.HasPrefix(l, "/*"):
				flush()
				inComment = !strings.Contains(l, "*/")
			case header.MatchString(l):
				flush()
				inRec = true
			case l == "":
				flush()
			case inRec:
				cur = append(cur, l)
			}
		}
		flush()
	}
	return out
}

func TestEquivalenceCorpus(t *testing.T) {
	p := taggers(t)
	corpora := map[string][]string{"testdata/sentences.txt": readLines(t, filepath.Join("testdata", "sentences.txt"))}
	if len(corpora["testdata/sentences.txt"]) < 300 {
		t.Fatalf("corpus has %d sentences, want at least 300", len(corpora["testdata/sentences.txt"]))
	}
	for k, v := range thirdParty(t) {
		corpora[k] = v
	}
	for name, sents := range corpora {
		var toks, diffs int
		for i, s := range sents {
			for j, tk := range tokenizations(s) {
				toks += len(tk)
				diffs += p.compare(t, name+":"+string(rune('0'+j)), tk)
			}
			_ = i
		}
		t.Logf("%s: %d sentences, %d tokens, %d differences", name, len(sents), toks, diffs)
		if toks == 0 {
			t.Errorf("%s: no tokens read", name)
		}
	}
}

// TestEquivalenceCases covers each of prose's short cuts and the model's
// edge cases: sentinels, normalisation classes, quote mapping, Unicode case
// folding, invalid UTF-8, and bracket tokens tagged as themselves.
func TestEquivalenceCases(t *testing.T) {
	p := taggers(t)
	cases := [][]string{
		{"-", "-LRB-", "hello", "-RRB-", "-", "-NONE-"},
		{":)", "xD", "(╯°□°）╯︵┻━┻", "@user", "@", "said", "O_o"},
		{"0", "*", "*T*-1", "*-12", "*?*", "*U*", "*EXP*-123", "*-1234", "*A*-", "**"},
		{"1998", "+199", "-199", "2,000", "3.5", "12-year-old", "-foo", "well-known"},
		{"", "", ""},
		{"The", "U.S.", "isn", "’", "t", "“", "ready", "”", "—", "say", "officials", "–", "."},
		{"ΑΘΗΝΑ", "İstanbul", "ÉCOLE", "Straße", "ǅ", "K", "Ω"},
		{"bad\xff\xfeutf8", "\xe2\x80", "\xe2\x80\x99s", "x\xe2\x80\x9dy", "\xc3"},
		{"–ABC–", "—LRB—", "-ABC-", "-ABCD-", "-abc-"},
		{"a"},
		{"."},
	}
	for _, c := range cases {
		for _, fold := range []bool{false, true} {
			toks := make([]text.Token, len(c))
			for i, w := range c {
				toks[i] = text.Token{Text: w, Lower: strings.ToLower(w)}
				if fold {
					toks[i].Lower = text.Fold(w)
				}
			}
			p.compare(t, strings.Join(c, " "), toks)
		}
	}
}

func TestTagEmpty(t *testing.T) {
	p := taggers(t)
	p.fast.Tag(nil)
	p.fast.Tag([]text.Token{})
}

func TestTagAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	p := taggers(t)
	toks := text.Tokenize("The minister’s “visit” to Gaza — the first since 2014 — was postponed, officials said on Tuesday.", nil)
	p.fast.Tag(toks) // warm the pool
	if n := testing.AllocsPerRun(100, func() { p.fast.Tag(toks) }); n != 0 {
		t.Errorf("Tag allocates %.1f times per call, want 0", n)
	}
}

func TestConcurrent(t *testing.T) {
	p := taggers(t)
	sents := readLines(t, filepath.Join("testdata", "sentences.txt"))
	want := make([][]text.Token, len(sents))
	for i, s := range sents {
		want[i] = text.Tokenize(s, nil)
		p.prose.Tag(want[i])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var buf []text.Token
			for i := g; i < len(sents); i += 2 {
				buf = text.Tokenize(sents[i], buf[:0])
				p.fast.Tag(buf)
				for j := range buf {
					if buf[j].Tag != want[i][j].Tag {
						t.Errorf("sentence %d token %d: %q, want %q", i, j, buf[j].Tag, want[i][j].Tag)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestModelIndex(t *testing.T) {
	p := taggers(t)
	st := p.fast.stats
	var nWords, nLex int
	for _, e := range p.fast.vocab.Values() {
		if e&widMask != 0 {
			nWords++
		}
		if e>>24 != 0 {
			nLex++
		}
	}
	t.Logf("features %d, indexed %d, unreachable %d, words %d, tags %d, affixes %d, lexicon %d, arena %d bytes",
		st.features, st.indexed, st.unreachable, nWords, len(p.fast.tags), len(p.fast.affixRows), nLex, st.arenaBytes)
	if st.indexed+st.unreachable != st.features || st.indexed < st.features*9/10 {
		t.Errorf("indexed %d of %d features (%d unreachable)", st.indexed, st.features, st.unreachable)
	}
	for _, w := range []string{"-START-", "-START2-", "-END-", "-END2-", "!HYPHEN", "!YEAR", "!DIGITS"} {
		if p.fast.vocab.Get(w)&widMask == 0 {
			t.Errorf("model has no word feature for %q", w)
		}
	}
}

func TestFromProseCorrupt(t *testing.T) {
	model := aptagmodel.English
	if _, err := FromProse(nil); err == nil {
		t.Error("empty model accepted")
	}
	for _, n := range []int{1, 8, 12, 16, 40, 200, 5000, len(model) / 3, len(model) - 1} {
		if _, err := FromProse(model[:n]); err == nil {
			t.Errorf("model truncated to %d bytes accepted", n)
		}
	}
	bad := append([]byte(nil), model...)
	copy(bad, "NOTPROSE")
	if _, err := FromProse(bad); err == nil {
		t.Error("bad magic accepted")
	}
}

// TestTaggerBinUpToDate rebuilds the tables from prose's model and requires
// the committed tagger.bin to be exactly their encoding. When prose is
// upgraded this fails until `go generate ./text/fasttag` is run.
func TestTaggerBinUpToDate(t *testing.T) {
	fresh, err := FromProse(aptagmodel.English)
	if err != nil {
		t.Fatal(err)
	}
	b, err := fresh.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != taggerBin {
		t.Fatalf("tagger.bin (%d bytes) differs from the tables built from prose's model (%d bytes): run go generate ./text/fasttag", len(taggerBin), len(b))
	}
	loaded := taggers(t).fast
	again, err := loaded.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != taggerBin {
		t.Error("tagger.bin does not survive a load and re-encode")
	}
}

func TestUnmarshalCorrupt(t *testing.T) {
	data := []byte(taggerBin)
	for _, n := range []int{0, 4, 8, 9, 100, 5000, len(data) / 2, len(data) - 1} {
		if _, err := unmarshal(data[:n], true); err == nil {
			t.Errorf("tables truncated to %d bytes accepted", n)
		}
	}
	if _, err := unmarshal(append(data[:len(data):len(data)], 0), true); err == nil {
		t.Error("trailing byte accepted")
	}
}

// FuzzUnmarshal: a corrupt tagger.bin is an error at load, or else a
// tagger that tags without panicking.
func FuzzUnmarshal(f *testing.F) {
	f.Add(uint32(20), byte(0xff))
	f.Add(uint32(3000000), byte(0x7f))
	f.Add(uint32(100), byte(0))
	f.Fuzz(func(t *testing.T, pos uint32, b byte) {
		data := []byte(taggerBin)
		data[int(pos)%len(data)] = b
		if tg, err := unmarshal(data, true); err == nil {
			for _, s := range []string{"A small test sentence.", "The U.S. “isn’t” ready -LRB- 1998 :)"} {
				tg.Tag(text.Tokenize(s, nil))
			}
		}
	})
}

func TestSpecialMatchesProseRegexps(t *testing.T) {
	// prose's own patterns, v3.2.3 tag/tag.go.
	noneRe := regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe := regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	words := []string{"", "0", "00", "*", "**", "***", "*a*", "*?*", "*_*", "*-*", "*é*", "*-1", "*-123", "*-1234", "*-",
		"*T*-1", "*EXP*-12", "*EXP*-", "*exp*-1", "*T*1", "*T-1", "*T*-1a", "-LRB-", "-LR-", "-lrb-", "-LRBB-", "LRB", "-ÀBC-"}
	for _, w := range words {
		if got, want := isNone(w), noneRe.MatchString(w); got != want {
			t.Errorf("isNone(%q) = %v, want %v", w, got, want)
		}
		if got, want := isKeep(w), keepRe.MatchString(w); got != want {
			t.Errorf("isKeep(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzSpecial(f *testing.F) {
	noneRe := regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe := regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	for _, s := range []string{"*T*-1", "*-12", "-LRB-", "0", "*?*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isNone(w), noneRe.MatchString(w); got != want {
			t.Errorf("isNone(%q) = %v, want %v", w, got, want)
		}
		if got, want := isKeep(w), keepRe.MatchString(w); got != want {
			t.Errorf("isKeep(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestEmoticonsMatchProse checks our copy of prose's internal emoticon set
// against prose's source in the module cache, when it is there.
func TestEmoticonsMatchProse(t *testing.T) {
	for _, e := range emoticons {
		if !isEmoticon(e) {
			t.Errorf("isEmoticon(%q) = false", e)
		}
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v3").Output()
	if err != nil {
		t.Skipf("cannot locate prose source: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "internal", "emoticon", "emoticon.go"))
	if err != nil {
		t.Skipf("cannot read prose emoticons: %v", err)
	}
	keys := regexp.MustCompile(`(?m)^\s*("(?:[^"\\]|\\.)*"):\s*1,`).FindAllStringSubmatch(string(src), -1)
	if len(keys) != len(emoticons) {
		t.Errorf("prose has %d emoticons, we have %d", len(keys), len(emoticons))
	}
	for _, k := range keys {
		s := strings.ReplaceAll(strings.Trim(k[1], `"`), `\\`, `\`)
		if !isEmoticon(s) {
			t.Errorf("prose emoticon %q missing", s)
		}
	}
}

func FuzzStringHelpers(f *testing.F) {
	repl := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-")
	for _, s := range []string{"Straße", "İ", "\xff", "’s", "\xe2\x80\xe2\x80\x99", "ABC", "ǅ"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, s, lower string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := lowerEquals(lower, s), lower == strings.ToLower(s); got != want {
			t.Errorf("lowerEquals(%q, %q) = %v, want %v", lower, s, got, want)
		}
		if !lowerEquals(strings.ToLower(s), s) {
			t.Errorf("lowerEquals(ToLower(%q)) = false", s)
		}
		got := s
		if b, replaced := asciiQuotes(nil, s); replaced {
			got = string(b)
		}
		if want := repl.Replace(s); got != want {
			t.Errorf("asciiQuotes(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzTag: any input tags without panicking, exactly as prose does.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The U.S. “isn’t” ready — officials said.",
		"-LRB- *T*-1 0 :) @x 1998 well-known",
		"\xff\xfe ΑΘΗΝΑ İstanbul",
		"",
	} {
		f.Add(s)
	}
	p := taggers(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, toks := range tokenizations(s) {
			p.compare(t, s, toks)
		}
		// And the whole input as one token, whatever it holds.
		p.compare(t, s, []text.Token{{Text: s, Lower: text.Fold(s)}})
	})
}

// FuzzFromProse: a corrupt prose model is an error, or else a tagger that
// tags without panicking.
func FuzzFromProse(f *testing.F) {
	f.Add(uint32(20), byte(0xff))
	f.Add(uint32(1500000), byte(0x7f))
	f.Add(uint32(len(aptagmodel.English)-3), byte(200))
	f.Fuzz(func(t *testing.T, pos uint32, b byte) {
		data := append([]byte(nil), aptagmodel.English...)
		data[int(pos)%len(data)] = b
		if tg, err := FromProse(data); err == nil {
			tg.Tag(text.Tokenize("A small test sentence, -LRB- 1998 :)", nil))
		}
	})
}

// TestAddDense: the assembly adds (SSE, and AVX where the CPU has it) are
// bit-identical to the Go loop, including for subnormals, signed zeros and
// values whose sum rounds, at every length up to past the model's stride
// (48, which the AVX add unrolls).
func TestAddDense(t *testing.T) {
	impls := map[string]func(dst, src *float32, n int){"sse": addDense}
	if haveAVX {
		impls["avx"] = addDenseAVX
	} else {
		t.Log("no AVX on this CPU: only the SSE add is checked")
	}
	for name, add := range impls {
		t.Run(name, func(t *testing.T) { testAddDense(t, add) })
	}
}

func testAddDense(t *testing.T, add func(dst, src *float32, n int)) {
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 1e-45, -1e-45, 1.1754942e-38, 3.4e38, -3.4e38,
		0.1, 0.2, 0.3, 1e7, 1e-7, 16777217, 33554431, 0.33333334, -2.5e-39}
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 280 {
		n := 8 * (1 + trial%7)
		a, b := make([]float32, n), make([]float32, n)
		for i := range a {
			if trial%2 == 0 {
				a[i], b[i] = vals[rng.IntN(len(vals))], vals[rng.IntN(len(vals))]
			} else {
				a[i], b[i] = float32(rng.NormFloat64()*10), float32(rng.NormFloat64()*10)
			}
		}
		want := slices.Clone(a)
		addDenseGo(want, b)
		add(&a[0], &b[0], n)
		for i := range a {
			if math.Float32bits(a[i]) != math.Float32bits(want[i]) {
				t.Fatalf("trial %d lane %d: %g, want %g", trial, i, a[i], want[i])
			}
		}
	}
}

func TestSmallWeight(t *testing.T) {
	for _, c := range []struct {
		v    float32
		want bool
	}{{0, true}, {-1, true}, {9.9e29, true}, {-9.9e29, true}, {1e30, false}, {-1e30, false},
		{float32(math.Inf(1)), false}, {float32(math.Inf(-1)), false}, {float32(math.NaN()), false}, {1e-45, true}} {
		if got := smallWeight(math.Float32bits(c.v)); got != c.want {
			t.Errorf("smallWeight(%g) = %v, want %v", c.v, got, c.want)
		}
	}
}

// TestNewAnalyzerMatchesDefault: the whole text stage, tokens, tags and
// lemmas, is unchanged by the switch of tagger.
func TestNewAnalyzerMatchesDefault(t *testing.T) {
	fast, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	def, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	story := strings.Join(readLines(t, filepath.Join("testdata", "sentences.txt")), " ")
	a, b := def.Analyze(story), fast.Analyze(story)
	if len(a) != len(b) || len(a) < 250 {
		t.Fatalf("%d sentences by default, %d with fasttag", len(a), len(b))
	}
	for i := range a {
		if !slices.Equal(a[i].Tokens, b[i].Tokens) {
			t.Errorf("sentence %d differs:\n%v\n%v", i, a[i].Tokens, b[i].Tokens)
		}
	}
}

// On a little-endian host the big tables are views of the embedded
// tagger.bin, not copies (its string is aligned by the linker).
func TestTablesViewTaggerBin(t *testing.T) {
	if !leview.HostLittleEndian() || uintptr(unsafe.Pointer(unsafe.StringData(taggerBin)))%4 != 0 {
		t.Skip("big-endian host or unaligned tagger.bin: the tables are copies")
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(taggerBin)))
	hi := lo + uintptr(len(taggerBin))
	for name, p := range map[string]unsafe.Pointer{
		"arena": unsafe.Pointer(&tg.arena[0]), "dense": unsafe.Pointer(&tg.dense[0]),
		"wordInfo": unsafe.Pointer(&tg.wordInfo[0]), "affixRows": unsafe.Pointer(&tg.affixRows[0]),
	} {
		if a := uintptr(p); a < lo || a >= hi {
			t.Errorf("%s is a copy, not a view of tagger.bin", name)
		}
	}
}

// New opens tagger.bin without re-checking every row; this test does it.
func TestEmbeddedTaggerChecks(t *testing.T) {
	if _, err := unmarshal(readOnlyBytes(taggerBin), true); err != nil {
		t.Fatal(err)
	}
}

// TestBestClass: the SSE maximum and the search for its first occurrence
// (bestIndex) pick the class prose's scan picks, with ties (the first wins), signed
// zeros, all-negative scores and every length up to past a stride.
func TestBestClass(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	vals := []float32{0, negZero, 1, -1, 2.5, -2.5, 1e-45, -3.4e38, 3.4e38, 0.1}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 3000 {
		n := 1 + trial%57
		sc := make([]float32, n)
		for i := range sc {
			switch trial % 3 {
			case 0:
				sc[i] = vals[rng.IntN(len(vals))]
			case 1:
				sc[i] = float32(rng.NormFloat64())
			default:
				sc[i] = -float32(rng.IntN(3)) - 1 // all negative, many ties
			}
		}
		if got, want := bestClass(sc), bestClassGo(sc); got != want {
			t.Fatalf("trial %d %v: class %d, want %d", trial, sc, got, want)
		}
		// The padded search predict uses with AVX, over a stride of n
		// rounded up to 8 with zeros (as summed) in the padding.
		if haveAVX {
			var padded [256]float32
			copy(padded[:], sc)
			if got, want := bestIndexAVX(&padded[0], n, (n+7)&^7), bestClassGo(sc); got != want {
				t.Fatalf("trial %d %v: padded class %d, want %d", trial, sc, got, want)
			}
		}
	}
	for _, c := range []struct {
		sc   []float32
		want int
	}{
		{[]float32{negZero, 0}, 0},
		{[]float32{0, negZero}, 0},
		{[]float32{-1, -1, -0.5, -0.5}, 2},
		{[]float32{-5}, 0},
		{[]float32{1, 2, 3, 4, 5, 6, 7, 8, 9}, 8},
	} {
		if got := bestClass(c.sc); got != c.want {
			t.Errorf("bestClass(%v) = %d, want %d", c.sc, got, c.want)
		}
	}
}

// TestSumRows: the one-call assembly sum of a token's rows is bit-identical
// to adding them one by one with add, for rows drawn from every table of
// the shipped model (dense and sparse, empty and long), and it reports,
// rather than reads, a row outside the arrays.
func TestSumRows(t *testing.T) {
	if !haveAVX {
		t.Skip("no AVX on this CPU: predict uses add")
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var pool []row
	pool = append(pool, tg.bias)
	pool = append(pool, tg.prevTag...)
	pool = append(pool, tg.tagTag...)
	pool = append(pool, tg.prefRows...)
	pool = append(pool, tg.tagWordRow...)
	for _, a := range tg.affixRows {
		pool = append(pool, a[:]...)
	}
	for _, w := range tg.wordInfo {
		pool = append(pool, w.rows[:]...)
	}
	dense, long := 0, 0
	for _, r := range pool {
		if r&denseRow != 0 {
			dense++
		} else if r>>offBits > 8 {
			long++
		}
	}
	if dense == 0 || long == 0 {
		t.Fatalf("pool of %d rows has %d dense and %d long sparse rows", len(pool), dense, long)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 20000 {
		var rows [14]row
		for k := range rows {
			rows[k] = pool[rng.IntN(len(pool))]
		}
		n := 1 + trial%len(rows)
		var want, got [256]float32
		for _, r := range rows[:n] {
			tg.add(&want, r)
		}
		if !sumRowsAVX(&got, &rows[0], n, tg.dense, tg.arena, tg.stride) {
			t.Fatalf("trial %d: rows %x reported out of range", trial, rows[:n])
		}
		for c := range want {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Fatalf("trial %d class %d: %g, want %g", trial, c, got[c], want[c])
			}
		}
	}
	for _, bad := range []row{
		denseRow | row(len(tg.dense)),             // dense, past the end
		denseRow | row(len(tg.dense)-tg.stride+1), // dense, straddling the end
		row(4)<<offBits | row(len(tg.arena)-4),    // sparse, weights past the end
		row(255)<<offBits | offMask,               // sparse, far past the end
	} {
		var sc [256]float32
		rows := [2]row{tg.bias, bad}
		if sumRowsAVX(&sc, &rows[0], len(rows), tg.dense, tg.arena, tg.stride) {
			t.Errorf("row %#x outside the arrays accepted", bad)
		}
	}
}
