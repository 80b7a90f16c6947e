package story

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Size and time limits applied when Options leaves them zero.
const (
	// DefaultMaxStoryBytes bounds one story's text. Real articles are a few
	// tens of kilobytes; 8 MiB leaves room for transcripts while keeping a
	// runaway file from exhausting memory.
	DefaultMaxStoryBytes = 8 << 20
	// DefaultMaxDocumentBytes bounds a whole feed or HTML page, whose markup
	// and many items can be far larger than any one story.
	DefaultMaxDocumentBytes = 64 << 20
	// DefaultHTTPTimeout bounds one URL fetch when Options.HTTPClient is nil.
	DefaultHTTPTimeout = 60 * time.Second
)

// Options controls how Read interprets its input.
type Options struct {
	// Date is the publication date (YYYY-MM-DD) given to stories that carry
	// none of their own: plain text, and JSONL/feed/HTML stories without a
	// date. "" leaves such stories undated.
	Date string
	// StdinFormat is "text" (the default, one story) or "jsonl".
	StdinFormat string
	// MaxStoryBytes bounds one story; a longer one is reported and skipped.
	// 0 means DefaultMaxStoryBytes.
	MaxStoryBytes int
	// MaxDocumentBytes bounds a whole feed or HTML document read into memory.
	// 0 means DefaultMaxDocumentBytes.
	MaxDocumentBytes int
	// HTTPClient fetches http(s) paths; nil means a client with
	// DefaultHTTPTimeout.
	HTTPClient *http.Client
}

func (o Options) maxStory() int {
	if o.MaxStoryBytes <= 0 {
		return DefaultMaxStoryBytes
	}
	return o.MaxStoryBytes
}

func (o Options) maxDocument() int {
	if o.MaxDocumentBytes <= 0 {
		return DefaultMaxDocumentBytes
	}
	return o.MaxDocumentBytes
}

// maxLine bounds one JSONL line. JSON escaping can make a line longer than
// the text it carries ("<" becomes "\u003c"), so the line may be twice the
// story limit; the decoded text is then held to MaxStoryBytes itself.
func (o Options) maxLine() int {
	return 2*o.maxStory() + 64<<10
}

// Per-story problems. Each reaches the caller wrapped in a *StoryError, so
// test with errors.Is.
var (
	ErrEmpty       = errors.New("empty story")
	ErrBinary      = errors.New("binary file")
	ErrNUL         = errors.New("text holds a NUL character")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLong     = errors.New("too long")
	ErrNotJSON     = errors.New("not a JSON object")
	ErrMissingID   = errors.New("missing id")
	ErrBadDate     = errors.New("bad date")
	ErrBadFeed     = errors.New("bad RSS/Atom feed")
	ErrBadHTML     = errors.New("bad HTML article")
	ErrJSONText    = errors.New("JSON, not story text")
	ErrNotRegular  = errors.New("not a regular file")
	// ErrCut is a warning, not a failure: the story was read and is
	// delivered right after it, but its text was cut to the story limit
	// (a feed item over MaxStoryBytes). Warning tells it apart.
	ErrCut = errors.New("text cut")
)

// Warning reports whether err, given to Read's yield, is a warning about a
// story that is still delivered (ErrCut) rather than one that was lost.
func Warning(err error) bool { return errors.Is(err, ErrCut) }

// StoryError reports one story (or one input file) that could not be read.
// Reading goes on after it; the caller decides whether to log or count it.
type StoryError struct {
	Source string // file, "file:line" for JSONL, or URL
	ID     string // story id when known
	Err    error
}

func (e *StoryError) Error() string {
	if e.ID != "" {
		return fmt.Sprintf("%s: story %q: %v", e.Source, e.ID, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *StoryError) Unwrap() error { return e.Err }

// kind is how an input is interpreted.
type kind int

const (
	kindAuto kind = iota
	kindText
	kindJSONL
	kindFeed
	kindHTML
)

func (k kind) String() string {
	switch k {
	case kindText:
		return "text"
	case kindJSONL:
		return "jsonl"
	case kindFeed:
		return "feed"
	case kindHTML:
		return "html"
	}
	return "auto"
}

// sniffSize is how much of an input is inspected to decide its kind and
// whether it is binary.
const sniffSize = 8 << 10

// fileBuffer is the read buffer for files: a feed of short stories is read
// in 64 KiB system calls, not 8 KiB ones (sniffSize, which it holds).
const fileBuffer = 64 << 10

// Read streams the stories found at path to yield, in input order.
//
// path is a file, a directory (walked recursively in lexical order, hidden
// entries skipped), an http(s) URL, or "-"/"" for stdin. The kind of each
// file is decided by extension, then by content: JSONL, RSS/Atom feed, HTML
// article, or plain text (see docs/input.md).
//
// A problem with one story (bad JSON line, invalid UTF-8, empty text,
// missing id, over-long, broken feed) is passed to yield as a *StoryError
// with a zero Story (its ID set when known), and reading continues. Read
// returns an error only when path itself cannot be opened or fetched, when
// opt is invalid, or when ctx is done. If yield returns false, Read stops
// and returns nil.
func Read(ctx context.Context, path string, stdin io.Reader, opt Options, yield func(Story, error) bool) error {
	if opt.Date != "" {
		if _, err := time.Parse(DateLayout, opt.Date); err != nil {
			return fmt.Errorf("story: option date %q: want YYYY-MM-DD: %w", opt.Date, ErrBadDate)
		}
	}
	r := &reader{ctx: ctx, opt: opt, yield: yield}
	if err := ctx.Err(); err != nil {
		return err
	}
	var err error
	switch {
	case path == "" || path == "-":
		err = r.readStdin(stdin)
	case isURL(path):
		err = r.readURL(path)
	default:
		err = r.readPath(path)
	}
	if err != nil {
		return err
	}
	return r.err
}

// reader carries one Read call's state: options, the caller's yield, and
// whether the caller (or ctx) has asked to stop.
type reader struct {
	ctx     context.Context
	opt     Options
	client  *http.Client
	yield   func(Story, error) bool
	stopped bool
	err     error // ctx error that stopped reading
	// lastDateIn and lastDateOut remember parseDate's last answer.
	lastDateIn, lastDateOut string
}

// live reports whether reading should go on.
func (r *reader) live() bool {
	if r.stopped {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		r.stopped, r.err = true, err
		return false
	}
	return true
}

func (r *reader) emit(s Story) bool {
	if !r.live() {
		return false
	}
	if !r.yield(s, nil) {
		r.stopped = true
	}
	return !r.stopped
}

func (r *reader) fail(source, id string, err error) bool {
	if !r.live() {
		return false
	}
	if !r.yield(Story{ID: id}, &StoryError{Source: source, ID: id, Err: err}) {
		r.stopped = true
	}
	return !r.stopped
}

func (r *reader) readStdin(stdin io.Reader) error {
	if stdin == nil {
		return errors.New("story: read stdin: no reader given")
	}
	var k kind
	switch strings.ToLower(r.opt.StdinFormat) {
	case "", "text":
		k = kindText
	case "jsonl":
		k = kindJSONL
	default:
		return fmt.Errorf("story: stdin format %q: want text or jsonl", r.opt.StdinFormat)
	}
	r.readStream(bufio.NewReaderSize(stdin, sniffSize), "stdin", "stdin", k, nil)
	return nil
}

func (r *reader) readPath(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if info.IsDir() {
		return r.readDir(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	defer f.Close()
	r.readStream(bufio.NewReaderSize(f, fileBuffer), path, filepath.Base(path), kindOfName(path), nil)
	return nil
}

// readDir walks root in lexical order. Ids are paths relative to root, with
// forward slashes, so a/1.txt and b/1.txt stay distinct stories. Problems
// with single entries are per-story errors: one unreadable file must not
// stop a large ingest.
func (r *reader) readDir(root string) error {
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if !r.live() {
			return fs.SkipAll
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err != nil {
			if p == root {
				return err
			}
			r.fail(p, "", err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() && !r.linkedFile(p) {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			rel = d.Name()
		}
		f, err := os.Open(p)
		if err != nil {
			r.fail(p, "", err)
			return nil
		}
		defer f.Close()
		r.readStream(bufio.NewReaderSize(f, fileBuffer), p, filepath.ToSlash(rel), kindOfName(p), nil)
		return nil
	})
	if walkErr != nil {
		return fmt.Errorf("story: walk %s: %w", root, walkErr)
	}
	return nil
}

// readStream reads one input of kind k (sniffing when kindAuto). source names
// it in errors; id is the story id for single-story kinds; pageURL is set for
// fetched inputs.
func (r *reader) readStream(br *bufio.Reader, source, id string, k kind, pageURL *string) {
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		r.fail(source, "", fmt.Errorf("read: %w", err))
		return
	}
	if k == kindAuto {
		k = sniff(head)
	}
	switch k {
	case kindJSONL:
		r.readJSONL(br, source)
	case kindFeed:
		data, ok := r.readDocument(br, source)
		if ok {
			r.readFeed(data, source)
		}
	case kindHTML:
		data, ok := r.readDocument(br, source)
		if ok {
			u := ""
			if pageURL != nil {
				u = *pageURL
			}
			r.readHTML(data, source, id, u)
		}
	default:
		r.readText(br, source, id, pageURL)
	}
}

// readDocument loads a whole feed or HTML page, which their parsers need in
// one piece, refusing anything over MaxDocumentBytes or plainly binary.
func (r *reader) readDocument(br io.Reader, source string) ([]byte, bool) {
	max := r.opt.maxDocument()
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		r.fail(source, "", fmt.Errorf("read: %w", err))
		return nil, false
	}
	if len(data) > max {
		r.fail(source, "", fmt.Errorf("document %w: more than %d bytes", ErrTooLong, max))
		return nil, false
	}
	if err := checkBinary(data); err != nil {
		r.fail(source, "", err)
		return nil, false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		r.fail(source, "", ErrEmpty)
		return nil, false
	}
	return data, true
}

// readText reads one plain-text story, stopping at MaxStoryBytes+1 so a
// huge file costs no more memory than the limit.
func (r *reader) readText(br io.Reader, source, id string, pageURL *string) {
	max := r.opt.maxStory()
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		r.fail(source, id, fmt.Errorf("read: %w", err))
		return
	}
	if len(data) > max {
		r.fail(source, id, fmt.Errorf("story %w: more than %d bytes", ErrTooLong, max))
		return
	}
	text, err := checkText(data)
	if err != nil {
		r.fail(source, id, err)
		return
	}
	if looksJSON(text) {
		// Coded as prose, the JSON's keys and quotes would be one long
		// sentence that codes nothing, and the stories in it would be lost
		// without a word.
		r.fail(source, id, fmt.Errorf("%w: parley reads JSON stories only as JSON Lines, one object per line, from a .jsonl or .ndjson file or with --format jsonl", ErrJSONText))
		return
	}
	s := Story{ID: id, Date: r.opt.Date, Text: text}
	if pageURL != nil {
		s.URL = *pageURL
	}
	r.emit(s)
}

// looksJSON says whether a text read as plain text is a JSON object or an
// array of objects: its first non-blank characters are '{' and then '"',
// or '[' and then '{'. No news story opens so.
func looksJSON(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n")
	if len(t) < 2 || (t[0] != '{' && t[0] != '[') {
		return false
	}
	next := strings.TrimLeft(t[1:], " \t\r\n")
	return next != "" && (t[0] == '{' && next[0] == '"' || t[0] == '[' && next[0] == '{')
}

// kindOfName decides a file's kind by its extension; kindAuto means the
// content decides.
func kindOfName(name string) kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".xml", ".rss", ".atom":
		return kindFeed
	case ".html", ".htm", ".xhtml":
		return kindHTML
	}
	return kindAuto
}

// sniff decides the kind of an input from its first bytes. Only markup at
// the very start counts, so a plain-text story that mentions "<html>" in
// its second paragraph stays plain text.
func sniff(head []byte) kind {
	h := bytes.TrimPrefix(head, utf8BOM)
	h = bytes.TrimLeft(h, " \t\r\n")
	lower := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(lower, []byte("<rss")),
		bytes.HasPrefix(lower, []byte("<feed")),
		bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		return kindFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")),
		bytes.HasPrefix(lower, []byte("<html")):
		return kindHTML
	case bytes.HasPrefix(lower, []byte("<?xml")):
		// An XML prolog alone says nothing; look for the root element.
		switch {
		case bytes.Contains(lower, []byte("<rss")),
			bytes.Contains(lower, []byte("<feed")),
			bytes.Contains(lower, []byte("<rdf:rdf")):
			return kindFeed
		case bytes.Contains(lower, []byte("<html")):
			return kindHTML
		}
	}
	return kindText
}

func isURL(path string) bool {
	l := strings.ToLower(path)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// ReadPaths reads several paths in order, as `parley code FILE...` and
// `parley ingest PATH...` do; no paths means stdin. A path that cannot be
// read does not stop the others: its error is collected, and all of them
// are returned joined (each already names its path). Reading stops early
// when yield returns false or ctx is done.
func ReadPaths(ctx context.Context, paths []string, stdin io.Reader, opt Options, yield func(Story, error) bool) error {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	stopped := false
	guard := func(s Story, err error) bool {
		if !yield(s, err) {
			stopped = true
		}
		return !stopped
	}
	var errs []error
	for _, p := range paths {
		err := Read(ctx, p, stdin, opt, guard)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return errors.Join(append(errs, ctxErr)...)
			}
			errs = append(errs, err)
			if errors.Is(err, ErrBadDate) {
				break // a bad --date fails every path alike
			}
		}
		if stopped {
			break
		}
	}
	return errors.Join(errs...)
}

// linkedFile says whether a directory entry that is not a regular file (a
// symlink, a pipe, a device) should be read: only a link to a regular file
// is. A linked directory could loop and is not followed (documented);
// devices and pipes are not stories, and opening a pipe would wait for a
// writer forever. A broken link or a special file is still reported, so a
// story the user put there is not lost without a word.
func (r *reader) linkedFile(p string) bool {
	info, err := os.Stat(p)
	switch {
	case err != nil:
		r.fail(p, "", fmt.Errorf("broken link: %w", err))
	case info.IsDir():
	case !info.Mode().IsRegular():
		r.fail(p, "", fmt.Errorf("%w: %s", ErrNotRegular, fileKind(info.Mode())))
	default:
		return true
	}
	return false
}

// fileKind names a special file's kind for ErrNotRegular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
