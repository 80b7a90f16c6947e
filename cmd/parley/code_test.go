package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// TestCodeOutputMatchesSchema codes the example story and validates every
// line against docs/event.schema.json, the documented contract.
func TestCodeOutputMatchesSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("../../docs/event.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCmd(t, "", "code", "--date", "2024-10-26", "../../examples/astana-talks.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		n++
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(sc.Text()))
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("line %d does not match the schema: %v\n%s", n, err, sc.Text())
		}
	}
	if n < 5 {
		t.Errorf("only %d events coded from the example story", n)
	}
	// A broken event must fail the schema, or the check above proves nothing.
	var ev map[string]any
	first, _, _ := strings.Cut(out, "\n")
	if err := json.Unmarshal([]byte(first), &ev); err != nil {
		t.Fatal(err)
	}
	ev["quad_class"] = 7
	b, _ := json.Marshal(ev)
	v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if sch.Validate(v) == nil {
		t.Error("schema accepted quad_class 7")
	}
}

// TestCodeHostileInput: every bad input gives a clear error, exit 1, no
// panic, and good stories in the same run are still coded.
func TestCodeHostileInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := "Russia and Turkey signed an agreement in Ankara."
	huge := bytes.Repeat([]byte("Russia attacked Ukraine again and again "), 20<<20/40)
	tests := []struct {
		name, file string
		wantErr    string
	}{
		{"empty", write("empty.txt", nil), "empty"},
		{"binary", write("bin.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0}), "binary"},
		{"invalid utf8", write("bad.txt", []byte("Russia \xff\xfe attacked Ukraine.")), "UTF-8"},
		{"20MB no newline", write("huge.txt", huge), ""},
		{"jsonl not json", write("bad.jsonl", []byte("{\"id\":\"a\",\"date\":\"2024-01-01\",\"text\":\""+good+"\"}\nnot json at all\n")), "bad.jsonl:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, "", "code", "--date", "2024-01-01", tt.file)
			if code != 1 {
				t.Errorf("exit %d, want 1 (stderr %q)", code, stderr)
			}
			if stderr == "" || (tt.wantErr != "" && !strings.Contains(stderr, tt.wantErr)) {
				t.Errorf("stderr %q, want mention of %q", stderr, tt.wantErr)
			}
			if strings.Contains(stderr, "panic") {
				t.Errorf("panic: %s", stderr)
			}
			if tt.name == "jsonl not json" && !strings.Contains(out, "\"story_id\":\"a\"") {
				t.Errorf("the good JSONL line was not coded: %q", out)
			}
		})
	}
}

// TestCodeEmptyInputIsNoted: an input that holds no story is named on
// stderr, so an empty result is not mistaken for text with no events, but
// it is no failure, and other inputs in the run are still coded.
func TestCodeEmptyInputIsNoted(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.jsonl", "")
	blank := write("blank.jsonl", "\n\n  \n")
	good := write("good.jsonl", `{"id":"g","date":"2024-01-01","text":"Russia and Turkey signed an agreement in Ankara."}`+"\n")
	tests := []struct {
		name      string
		stdin     string
		args      []string
		wantNotes []string
		wantStory bool
	}{
		{"empty file", "", []string{empty}, []string{"empty.jsonl: no stories"}, false},
		{"blank lines", "", []string{blank}, []string{"blank.jsonl: no stories"}, false},
		{"empty stdin jsonl", "", []string{"--format", "jsonl"}, []string{"stdin: no stories"}, false},
		{"beside a good file", "", []string{empty, good}, []string{"empty.jsonl: no stories"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, tt.stdin, append([]string{"code"}, tt.args...)...)
			if code != 0 {
				t.Errorf("exit %d, want 0 (stderr %q)", code, stderr)
			}
			for _, n := range tt.wantNotes {
				if !strings.Contains(stderr, n) {
					t.Errorf("stderr %q, want %q", stderr, n)
				}
			}
			if got := strings.Contains(out, `"story_id":"g"`); got != tt.wantStory {
				t.Errorf("good story coded = %v, want %v (stdout %q)", got, tt.wantStory, out)
			}
		})
	}
}

func TestCodeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"code", "--date", "26/10/2024"},
		{"code", "--format", "xml"},
		{"code", "-j", "0"},
		{"nosuchcommand"},
		{},
	} {
		if _, _, code := runCmd(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if _, _, code := runCmd(t, "", "code", "--help"); code != 0 {
		t.Errorf("--help exit %d", code)
	}
}

func TestCodeStdinAndParallelOrder(t *testing.T) {
	one, _, code := runCmd(t, "Russia and Turkey signed an agreement. Iran condemned Israel.", "code", "--date", "2024-01-01")
	if code != 0 || !strings.Contains(one, "\"cameo\"") {
		t.Fatalf("stdin story: exit %d, out %q", code, one)
	}
	var jl strings.Builder
	for i := 0; i < 40; i++ {
		jl.WriteString(`{"id":"s` + string(rune('a'+i%26)) + `","date":"2024-01-01","text":"Russia and Turkey signed an agreement. Iran condemned Israel."}` + "\n")
	}
	a, _, _ := runCmd(t, jl.String(), "code", "--format", "jsonl", "-j", "1")
	b, _, _ := runCmd(t, jl.String(), "code", "--format", "jsonl", "-j", "4")
	if a != b || a == "" {
		t.Error("-j 4 output differs from -j 1")
	}
}

func TestExplain(t *testing.T) {
	out, stderr, code := runCmd(t, "", "explain", "The Kazakh Foreign Ministry announced that talks will take place in Astana.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"tokens:", "KAZGOV", "pattern on", "EVENT"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runCmd(t, "", "explain", "The weather was pleasant.")
	if !strings.Contains(out, "no event:") {
		t.Errorf("explain gives no reason for no event:\n%s", out)
	}
	if _, _, code := runCmd(t, "", "explain", ""); code != 1 {
		t.Errorf("empty explain exit %d, want 1", code)
	}
}

func TestDemoIngests(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out, stderr, code := runCmd(t, "", "demo", "--no-serve", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "events") {
		t.Errorf("demo output %q", out)
	}
	// A second run finds everything stored and changes nothing.
	if _, stderr, code := runCmd(t, "", "demo", "--no-serve", "--db", db); code != 0 {
		t.Fatalf("second run exit %d: %s", code, stderr)
	}
	out, _, code = runCmd(t, "", "export", "--db", db, "--format", "jsonl", "--actor", "TUR")
	if code != 0 || !strings.Contains(out, "\"TUR") {
		t.Errorf("export after demo: exit %d, %d bytes", code, len(out))
	}
}

// TestOtherCommandsHostileInput: eval, bench and geocode give a clear
// error and exit 1 on empty, binary and broken files, never a panic.
func TestOtherCommandsHostileInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.xml", nil)
	bin := write("bin.json", []byte{0, 1, 2, 0xff, 0xfe, '{', 0})
	broken := write("broken.xml", []byte("<Sentences><Sentence date=\"2024"))
	longLine := write("long.tsv", []byte("2019-03-04\t"+strings.Repeat("a", 2<<20)+"\tKEN\tSOM\t040\n"))
	for _, args := range [][]string{
		{"eval", "--format", "petrarch", empty},
		{"eval", "--format", "plover", bin},
		{"eval", "--format", "petrarch", broken},
		{"eval", "--format", "tsv", empty},
		{"eval", "--format", "tsv", bin},
		{"eval", "--format", "tsv", broken},
		{"eval", longLine},
		{"bench", empty},
		{"geocode", ""},
	} {
		_, stderr, code := runCmd(t, "", args...)
		if code != 1 || stderr == "" || strings.Contains(stderr, "panic") {
			t.Errorf("%.60v: exit %d, stderr %.200q; want exit 1 and a clear error", args, code, stderr)
		}
	}
	// bench times the good stories of a partly bad input but names the bad
	// ones, so the figure never silently covers less than was given.
	mixed := write("mixed.jsonl", []byte(`{"id":"ok","date":"2024-01-02","text":"Chile thanked Peru."}`+"\n"+`{"id":"cut","date":"2024-0`+"\n"))
	if _, stderr, code := runCmd(t, "", "bench", "--repeat", "1", mixed); code != 0 || !strings.Contains(stderr, "skipped") || !strings.Contains(stderr, "mixed.jsonl:2") {
		t.Errorf("bench on a partly bad input: exit %d, stderr %.300q; want exit 0 and the bad line named", code, stderr)
	}
	// bench reads an RSS feed named .xml as a feed, not as PETRARCH gold
	// with no sentences ("the corpus has no stories").
	feed := write("news.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>n1</guid><description>Chile thanked Peru.</description></item></channel></rss>`))
	if out, stderr, code := runCmd(t, "", "bench", "--repeat", "1", feed); code != 0 || !strings.Contains(out, "(1 stories)") {
		t.Errorf("bench on an RSS .xml: exit %d, stdout %.200q, stderr %.300q; want exit 0 and one story", code, out, stderr)
	}
	// eval scores the complete records of a cut-off PETRARCH file but names
	// the record the cut lost, keeping the exit status of a lenient read.
	cut := write("cut.xml", []byte(`<Sentences><Sentence id="W1" date="20240102"><EventCoding sourcecode="CHL" targetcode="PER" eventcode="051"/><Text>Chile thanked Peru.</Text></Sentence>`+"\n"+`<Sentence id="W2" date="20240103"><EventCoding sourcecode="PER" targetcode="CHL" eventcode="051"/><Text>Peru tha`))
	if out, stderr, code := runCmd(t, "", "eval", "--format", "petrarch", cut); code != 0 || !strings.Contains(stderr, "cut.xml") || !strings.Contains(stderr, `"W2"`) || !strings.Contains(out, "scored 1") {
		t.Errorf("eval on a cut-off file: exit %d, stdout %.200q, stderr %.300q; want exit 0, W1 scored and W2 named", code, out, stderr)
	}
	// The team's own five-column gold is a format the command accepts.
	good := write("own.tsv", []byte("2019-03-04\tKenya and Somalia held talks in Nairobi.\tKEN\tSOM\t040\n"))
	out, stderr, code := runCmd(t, "", "eval", "--format", "tsv", good)
	if code != 0 || !strings.Contains(out, "root, any sides") {
		t.Errorf("eval --format tsv: exit %d, stderr %q, output %.200q", code, stderr, out)
	}
}

// TestEvalReaderWarnings checks that parley eval names on stderr what each
// lenient reader left out (a TABARI record cut off in its comment block, a
// malformed gold group, an ill-typed PLOVER field, a ConfliBERT rater value
// that is no root), still scores the rest with exit 0, and bounds the
// number of warnings a hostile file can print.
func TestEvalReaderWarnings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		format, file, data string
		warn               []string
	}{
		{"tabari", "v.txt", "240102  CASE-01\nChile thanked Peru.\n/* { CHL / PER / 051 }\n{ CHL / 051 } */\n240103  CASE-02\nPeru thanked Chile.\n/* { PER / CH",
			[]string{`v.txt: record "CASE-01": gold group {CHL / 051} is not { SOURCE / TARGET / CODE }; ignored`,
				`v.txt: record "CASE-02" is cut off at the end of the file (no closing */); not scored`}},
		{"plover", "g.json", `[{"id":"g1","event":"AGREE","text":"Chile and Peru agreed on a border.","date":20240102}]`,
			[]string{`g.json: record "g1": field "date" is a number, not a string; ignored`}},
		{"conflibert", "c.csv", "ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2\nc1,Chile thanked Peru.,1-5 Cooperate,praise\n",
			[]string{`c.csv: record "c1": rater 2's action "praise" is not "P-R Name" with a CAMEO root 1-20; ignored`}},
	}
	for _, tt := range tests {
		out, stderr, code := runCmd(t, "", "eval", "--format", tt.format, write(tt.file, tt.data))
		if code != 0 || !strings.Contains(out, "scored 1") {
			t.Errorf("%s: exit %d, stdout %.200q, stderr %.300q; want exit 0 and one record scored", tt.format, code, out, stderr)
		}
		for _, w := range tt.warn {
			if !strings.Contains(stderr, "parley eval: warning: "+filepath.Join(dir, w)) {
				t.Errorf("%s: stderr %q lacks %q", tt.format, stderr, w)
			}
		}
		if n := strings.Count(stderr, "warning: "); n != len(tt.warn) {
			t.Errorf("%s: %d warnings, want %d: %q", tt.format, n, len(tt.warn), stderr)
		}
	}
	// A file whose every record is skipped (stories, not PLOVER gold) is
	// an error, not a report that scored nothing with exit 0.
	if _, stderr, code := runCmd(t, "", "eval", write("stories.json", `[{"id":"s1","text":"Chile thanked Peru."}]`)); code != 1 ||
		!strings.Contains(stderr, "no gold record to score") || !strings.Contains(stderr, "no event type: 1") {
		t.Errorf("eval on stories as gold: exit %d, stderr %q; want 1 and the skip reasons", code, stderr)
	}
	var b strings.Builder
	b.WriteString("ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2\nc0,Chile thanked Peru.,1-5 Cooperate,\n")
	for i := 1; i <= maxWarnings+7; i++ {
		fmt.Fprintf(&b, "c%d,,x,y\n", i)
	}
	_, stderr, _ := runCmd(t, "", "eval", "--format", "conflibert", write("many.csv", b.String()))
	if n := strings.Count(stderr, "parley eval: warning: "); n != maxWarnings+1 || !strings.Contains(stderr, fmt.Sprintf("... and %d more in", 2*(maxWarnings+7)-maxWarnings)) {
		t.Errorf("%d warning lines; want %d and a count of the rest: %.400q", n, maxWarnings+1, stderr)
	}
}

// TestErrorPrefixSingle checks that a command's error line names the
// command once: package eval's errors begin "eval: ", which gave "parley
// eval: eval: ..." before errMsg.
func TestErrorPrefixSingle(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"eval", empty},
		{"eval", dir},
		{"eval", filepath.Join(dir, "missing.tsv")},
		{"eval", "--format", "plover", empty},
		{"eval", "--format", "conflibert", empty},
	} {
		_, stderr, code := runCmd(t, "", args...)
		if code != 1 || !strings.HasPrefix(stderr, "parley "+args[0]+": ") {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and a parley %s: error", args, code, stderr, args[0])
		}
		if strings.Contains(stderr, ": "+args[0]+": ") {
			t.Errorf("%v: stderr %q names the command twice", args, stderr)
		}
	}
	if got := errMsg("eval", errors.New("eval: eval: x: eval: y")); got != "x: eval: y" {
		t.Errorf("errMsg = %q", got)
	}
}

// TestDebugCommandsRefuseBadText checks that explain and geocode refuse
// text that parley code would refuse too, naming the offending byte: a NUL
// byte was analysed as a token before E31.
func TestDebugCommandsRefuseBadText(t *testing.T) {
	for _, cmd := range []string{"explain", "geocode"} {
		for _, tc := range []struct{ in, want string }{
			{"Chile\x00 thanked Peru.", "text holds a NUL byte at byte offset 5"},
			{"Chile thanked Peru.\x00", "text holds a NUL byte at byte offset 19"},
			{"Chile\xff thanked Peru.", "text is not valid UTF-8 at byte offset 5 (byte 0xff)"},
		} {
			_, stderr, code := runCmd(t, tc.in, cmd)
			if code != 1 || stderr != "parley "+cmd+": "+tc.want+"\n" {
				t.Errorf("%s %q: exit %d, stderr %q; want 1 and %q", cmd, tc.in, code, stderr, tc.want)
			}
		}
	}
}
