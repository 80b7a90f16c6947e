package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/parley-events/parley/story"
)

const explainHelp = `Usage: parley explain [--date YYYY-MM-DD] "sentence or text"

Shows how parley analyses and codes a text: tokens with part-of-speech tags
and lemmas, the actors found and the dictionary lines that named them, every
verb pattern tried on every head word and why it did or did not match, the
events coded, and why nothing was coded when nothing was. With no argument,
or "-", the text is read from stdin. Text that is not valid UTF-8 or holds a
NUL byte is refused (exit 1), with the offset of the bad byte.

Flags:
`

func cmdExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "publication date `YYYY-MM-DD` (resolves relative dates and office holders)")
	fs.Usage = func() { fmt.Fprint(stderr, explainHelp); fs.PrintDefaults() }
	if code, done := parseFlags(fs, args); done {
		return code
	}
	if badDate("explain", *date, stderr) {
		return 2
	}
	txt := strings.Join(fs.Args(), " ")
	if fs.NArg() == 0 || txt == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, 1<<20+1))
		if err != nil {
			fmt.Fprintf(stderr, "parley explain: read stdin: %v\n", err)
			return 1
		}
		if len(b) > 1<<20 {
			fmt.Fprintln(stderr, "parley explain: input over 1 MiB; explain is for sentences and short texts")
			return 1
		}
		txt = string(b)
	}
	if strings.TrimSpace(txt) == "" {
		fmt.Fprintln(stderr, "parley explain: nothing to explain (empty text)")
		return 1
	}
	if notUTF8("explain", txt, stderr) {
		return 1
	}
	p, err := loadPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "parley explain: %s\n", errMsg("explain", err))
		return 1
	}
	if err := p.Explain(stdout, story.Story{ID: "explain", Date: *date, Text: txt}); err != nil {
		fmt.Fprintf(stderr, "parley explain: %s\n", errMsg("explain", err))
		return 1
	}
	return 0
}

// notUTF8 reports (on stderr) text that is not valid UTF-8, or that holds
// a NUL byte. The debugging commands refuse it rather than letting the
// analyzer print U+FFFD, which would hide which bytes were wrong; input
// files are refused the same way (parley code: "invalid UTF-8", "binary
// file: NUL byte"), and a NUL is no character of any news text.
func notUTF8(cmd, txt string, stderr io.Writer) bool {
	if i := strings.IndexByte(txt, 0); i >= 0 {
		fmt.Fprintf(stderr, "parley %s: text holds a NUL byte at byte offset %d\n", cmd, i)
		return true
	}
	if utf8.ValidString(txt) {
		return false
	}
	i := 0
	for i < len(txt) {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	fmt.Fprintf(stderr, "parley %s: text is not valid UTF-8 at byte offset %d (byte 0x%02x)\n", cmd, i, txt[i])
	return true
}
