package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadPetrarch reads PETRARCH validation XML, in either the Treebank
// flavour (PETRARCH-2 unit tests) or the CoNLL-U flavour (UniversalPetrarch
// GSR and validation records). name labels the records and errors.
//
// The shared files are not well-formed XML (a self-closing <Sentence …/>
// later closed by </Sentence>, banners of '#' lines outside comments,
// nested "<!-- … -->" inside a comment, stray '&'), so this is a tolerant
// scanner rather than encoding/xml: it knows the handful of elements that
// matter and treats everything else as noise.
func ReadPetrarch(r io.Reader, name string) ([]Record, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("eval: reading %s: %w", name, err)
	}
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("eval: %s is larger than %d bytes", name, maxFileBytes)
	}
	s := toUTF8(string(data))
	sc := petrScanner{s: s, name: name}
	sc.run()
	return sc.recs, nil
}

type petrScanner struct {
	s    string
	name string
	recs []Record
	cur  *Record
	// sentences counts <Sentence> elements, to name records without an id.
	sentences int
}

// SkipCutOff is the SkipReason of a record that the end of the file cuts
// off: its <Sentence> was never closed, so its codings may be incomplete
// and scoring it would compare against partial gold. Warnings names such
// records so that a truncated file is not scored silently.
const SkipCutOff = "cut off at end of file"

func (p *petrScanner) run() {
	s := p.s
	i := 0
	for i < len(s) {
		// A line whose first non-blank character is '#' is a banner line
		// (the GSR file has them outside any comment); its "<EventCoding…>"
		// must not be read as a tag.
		if i == 0 || s[i-1] == '\n' {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j < len(s) && s[j] == '#' {
				i = lineEnd(s, j)
				continue
			}
		}
		lt := strings.IndexAny(s[i:], "<\n")
		if lt < 0 {
			break
		}
		i += lt
		if s[i] == '\n' {
			i++
			continue
		}
		i = p.tag(i)
	}
	if p.cur != nil {
		p.cur.Skip, p.cur.SkipReason = true, SkipCutOff
	}
	p.flush()
}

// lineEnd returns the index just past the newline ending the line at j.
func lineEnd(s string, j int) int {
	nl := strings.IndexByte(s[j:], '\n')
	if nl < 0 {
		return len(s)
	}
	return j + nl + 1
}

// tag handles the markup starting at s[i] == '<' and returns where
// scanning resumes.
func (p *petrScanner) tag(i int) int {
	s := p.s
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		// Comments do not nest in XML; the first "-->" ends one, which is
		// also how the validation file's banner behaves (its inner
		// "<!-- … -->" closes it early and the rest leaks as '#' lines).
		end := strings.Index(rest[4:], "-->")
		if end < 0 {
			return len(s)
		}
		return i + 4 + end + 3
	case strings.HasPrefix(rest, "<![CDATA["):
		end := strings.Index(rest, "]]>")
		if end < 0 {
			return len(s)
		}
		return i + end + 3
	case strings.HasPrefix(rest, "<?"), strings.HasPrefix(rest, "<!"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return len(s)
		}
		return i + end + 1
	}
	closing := false
	j := 1
	if j < len(rest) && rest[j] == '/' {
		closing = true
		j++
	}
	k := j
	for k < len(rest) && isNameByte(rest[k]) {
		k++
	}
	if k == j {
		return i + 1 // a literal '<' in text
	}
	tagName := rest[j:k]
	end, after := tagEnd(rest, k)
	if end < 0 {
		// An unterminated tag at the end of the file. A "</Sentence" that
		// lost only its '>' still closes the record; an opening
		// "<Sentence …" still starts one, so the cut-off record is
		// reported rather than silently missing.
		if tagName != "Sentence" {
			return len(s)
		}
		end, after = len(rest), len(rest)
	}
	body := rest[k:end]
	selfClosing := strings.HasSuffix(strings.TrimSpace(body), "/")
	next := i + after
	if closing {
		switch tagName {
		case "Sentence", "Sentences", "Validation":
			// Closing the enclosing elements also ends an unclosed record:
			// the file went on past it, so it was not cut off.
			p.flush()
		}
		return next
	}
	switch tagName {
	case "Sentence":
		p.flush()
		p.sentences++
		attrs := parseAttrs(body)
		rec := Record{Format: FormatPetrarch, File: p.name}
		rec.ID = attrs["id"]
		if rec.ID == "" {
			rec.ID = p.name + "#" + strconv.Itoa(p.sentences)
		}
		rec.Date = compactDate(attrs["date"])
		rec.Category = attrs["category"]
		if strings.EqualFold(strings.TrimSpace(attrs["evaluate"]), "false") {
			rec.Skip = true
			rec.SkipReason = `evaluate="false"`
		}
		p.cur = &rec
		// Self-closing or not, the record runs until </Sentence> or the
		// next <Sentence>: the GSR file writes <Sentence …/> and closes it
		// later.
	case "EventCoding":
		if p.cur == nil {
			return next
		}
		attrs := parseAttrs(body)
		switch {
		case attrs["error"] != "":
			p.cur.Error = attrs["error"]
		case isTrue(attrs["noevents"]):
			p.cur.NoEvent = true
		case attrs["eventcode"] != "" || attrs["sourcecode"] != "" || attrs["targetcode"] != "":
			p.cur.Gold = append(p.cur.Gold, GoldEvent{
				Source: strings.TrimSpace(attrs["sourcecode"]),
				Target: strings.TrimSpace(attrs["targetcode"]),
				Code:   strings.TrimSpace(attrs["eventcode"]),
			})
		}
	case "Text":
		if selfClosing {
			return next
		}
		content, after := rawUntil(s, next, "</Text>", "<Parse", "</Sentence", "<Sentence", "<EventCoding")
		if p.cur != nil {
			p.cur.Text = normSpace(decodeEntities(content))
		}
		return after
	case "Parse":
		// Parses are not used, and a Treebank parse may contain anything
		// that looks like markup; skip them wholesale.
		if selfClosing {
			return next
		}
		content, after := rawUntil(s, next, "</Parse>", "</Sentence", "<Sentence")
		if p.cur != nil && p.cur.Text == "" {
			// One GSR record has an empty <Text> but a full parse; its
			// tokens are the sentence.
			p.cur.Text = conlluText(content)
		}
		return after
	}
	return next
}

// rawUntil returns s[from:] up to the closing tag and the index after it.
// A missing closing tag ends the content at the first of stoppers (the
// tags that can follow it) so one broken record cannot swallow the rest of
// the file.
func rawUntil(s string, from int, closing string, stoppers ...string) (string, int) {
	rest := s[from:]
	stop := len(rest)
	for _, st := range stoppers {
		if k := strings.Index(rest[:stop], st); k >= 0 {
			stop = k
		}
	}
	if end := strings.Index(rest[:stop], closing); end >= 0 {
		return rest[:end], from + end + len(closing)
	}
	return rest[:stop], from + stop
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == ':' || c == '.'
}

// tagEnd finds the '>' closing a tag whose attributes start at rest[k],
// skipping '>' inside quoted values, and the index to resume at; -1, -1
// when there is none. Attribute
// values in these files never span lines, so a newline ends an unbalanced
// quote instead of letting it swallow the file.
func tagEnd(rest string, k int) (bodyEnd, next int) {
	var quote byte
	for ; k < len(rest); k++ {
		c := rest[k]
		switch {
		case quote != 0:
			if c == quote || c == '\n' {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return k, k + 1
		case c == '<':
			return k, k // a tag never closed: end it before the next one
		}
	}
	return -1, -1
}

// parseAttrs reads name=value pairs leniently: spaces around '=', single
// or double quotes, unquoted values, and entity references in values.
func parseAttrs(body string) map[string]string {
	attrs := map[string]string{}
	i := 0
	for i < len(body) {
		for i < len(body) && !isNameByte(body[i]) {
			i++
		}
		start := i
		for i < len(body) && isNameByte(body[i]) {
			i++
		}
		if start == i {
			break
		}
		key := body[start:i]
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r') {
			i++
		}
		if i >= len(body) || body[i] != '=' {
			attrs[key] = ""
			continue
		}
		i++
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r') {
			i++
		}
		if i >= len(body) {
			attrs[key] = ""
			break
		}
		var val string
		if q := body[i]; q == '"' || q == '\'' {
			end := strings.IndexByte(body[i+1:], q)
			if end < 0 {
				val = body[i+1:]
				i = len(body)
			} else {
				val = body[i+1 : i+1+end]
				i += end + 2
			}
		} else {
			start := i
			for i < len(body) && body[i] != ' ' && body[i] != '\t' && body[i] != '\n' && body[i] != '/' {
				i++
			}
			val = body[start:i]
		}
		if _, dup := attrs[key]; !dup {
			attrs[key] = decodeEntities(val)
		}
	}
	return attrs
}

func isTrue(v string) bool {
	v = strings.TrimSpace(v)
	return strings.EqualFold(v, "true") || v == "1" || strings.EqualFold(v, "yes")
}

// decodeEntities replaces the XML predefined entities and numeric
// character references; anything else, including a stray '&', is kept.
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '&' {
			b.WriteByte(s[i])
			i++
			continue
		}
		semi := strings.IndexByte(s[i:], ';')
		if semi < 0 || semi > 12 {
			b.WriteByte('&')
			i++
			continue
		}
		ent := s[i+1 : i+semi]
		if rep, ok := entity(ent); ok {
			b.WriteString(rep)
			i += semi + 1
			continue
		}
		b.WriteByte('&')
		i++
	}
	return b.String()
}

func entity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if len(name) < 2 || name[0] != '#' {
		return "", false
	}
	var n uint64
	var err error
	if name[1] == 'x' || name[1] == 'X' {
		n, err = strconv.ParseUint(name[2:], 16, 32)
	} else {
		n, err = strconv.ParseUint(name[1:], 10, 32)
	}
	if err != nil || n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) {
		return "", false
	}
	return string(rune(n)), true
}

// flush closes the open record, if any.
func (p *petrScanner) flush() {
	if p.cur == nil {
		return
	}
	rec := *p.cur
	p.cur = nil
	if rec.Error != "" && len(rec.Gold) == 0 {
		rec.NoEvent = true
	}
	if len(rec.Gold) > 0 {
		// A record listing events and noevents means the events.
		rec.NoEvent = false
	}
	if !rec.Skip {
		switch {
		case rec.Text == "":
			rec.Skip, rec.SkipReason = true, "no text"
		case len(rec.Gold) == 0 && !rec.NoEvent:
			rec.Skip, rec.SkipReason = true, "no gold coding"
		}
	}
	p.recs = append(p.recs, rec)
}

// conlluText rebuilds the sentence from CoNLL-U token lines (FORM column,
// honouring SpaceAfter=No); "" for anything that is not CoNLL-U, such as a
// Treebank bracketing.
func conlluText(parse string) string {
	var b strings.Builder
	for _, line := range strings.Split(parse, "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) < 10 {
			continue
		}
		if _, err := strconv.Atoi(f[0]); err != nil {
			continue // multiword ranges "3-4" and empty nodes "3.1"
		}
		b.WriteString(f[1])
		if !strings.Contains(f[9], "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return normSpace(decodeEntities(b.String()))
}
