package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadTabari reads a TABARI validation file (Validate.text). A record is a
// header line "YYMMDD  ID [more]" followed by the sentence text and a
// comment block "/* … */" whose "{ SRC / TGT / CODE }" groups are the gold
// events:
//
//   - "-{ … }" is a disabled expectation and is ignored;
//   - "{---}", "{+++}", "{###}" and "{}" mean nothing should be coded;
//   - "{ OPTION: … }" groups are option commands: a record carrying only
//     those configures TABARI rather than testing it and is dropped;
//   - a leading '~' on an actor code (an agent with no actor) is removed.
//
// Records after the FINAL-01 record "require other .options settings, or
// crash the program" (the file's own words) and the START-00 banner record
// are kept but marked Skip, as are records with no gold group at all.
func ReadTabari(r io.Reader, name string) ([]Record, error) {
	sc := bufio.NewScanner(io.LimitReader(r, maxFileBytes+1))
	sc.Buffer(make([]byte, 0, 64<<10), maxFileBytes)
	var (
		recs     []Record
		cur      *tabBlock
		final    bool
		lineNo   int
		readSize int
	)
	emit := func() {
		if cur == nil {
			return
		}
		if rec, ok := cur.record(name, final); ok {
			recs = append(recs, rec)
			if rec.ID == "FINAL-01" {
				final = true
			}
		}
		cur = nil
	}
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		readSize += len(raw) + 1
		line := toUTF8(strings.TrimRight(raw, "\r"))
		if date, id, ok := tabariHeader(line); ok {
			emit()
			cur = &tabBlock{date: date, id: id, line: lineNo}
			continue
		}
		if cur == nil {
			continue
		}
		trim := strings.TrimSpace(line)
		switch {
		case cur.inComment:
			cur.comment.WriteString(line)
			cur.comment.WriteByte('\n')
			if strings.Contains(line, "*/") {
				cur.inComment = false
				cur.closed = true
			}
		case cur.closed:
			// Text after the comment block and before the next header is
			// noise (blank lines, stray notes).
		case strings.HasPrefix(trim, "#"):
			// A banner between records ends the current record's text.
			cur.closed = true
		case strings.Contains(line, "/*"):
			// The comment block usually starts a line, but some records
			// open it at the end of the sentence's last line.
			at := strings.Index(line, "/*")
			cur.text.WriteString(line[:at])
			cur.text.WriteByte('\n')
			cur.comment.WriteString(line[at:])
			cur.comment.WriteByte('\n')
			if strings.Contains(line[at+2:], "*/") {
				cur.closed = true
			} else {
				cur.inComment = true
			}
		default:
			cur.text.WriteString(line)
			cur.text.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading %s line %d: %w", name, lineNo, err)
	}
	if readSize > maxFileBytes {
		return nil, fmt.Errorf("eval: %s is larger than %d bytes", name, maxFileBytes)
	}
	if cur != nil && cur.inComment {
		// The file ends inside the record's comment block: its gold groups
		// may be cut short, so it is not scored (as PETRARCH's).
		cur.cutOff = true
	}
	emit()
	return recs, nil
}

type tabBlock struct {
	date, id  string
	line      int
	text      strings.Builder
	comment   strings.Builder
	inComment bool
	closed    bool
	cutOff    bool
}

// tabariHeader recognises "YYMMDD<space>ID…" and returns the raw date and
// the first token after it as the id.
func tabariHeader(line string) (date, id string, ok bool) {
	if len(line) < 8 {
		return "", "", false
	}
	for i := 0; i < 6; i++ {
		if line[i] < '0' || line[i] > '9' {
			return "", "", false
		}
	}
	if line[6] != ' ' && line[6] != '\t' {
		return "", "", false
	}
	f := strings.Fields(line[6:])
	if len(f) == 0 {
		return "", "", false
	}
	return line[:6], f[0], true
}

func (b *tabBlock) record(name string, afterFinal bool) (Record, bool) {
	rec := Record{
		Format:   FormatTabari,
		File:     name,
		ID:       b.id,
		Date:     compactDate(b.date),
		Text:     normSpace(b.text.String()),
		Category: tabariCategory(b.id),
	}
	var (
		groups, options int
		none            bool
	)
	for _, g := range tabariGroups(b.comment.String()) {
		groups++
		body := strings.TrimSpace(g)
		switch {
		case strings.Contains(body, ":"):
			options++
		case body == "" || body == "---" || body == "+++" || body == "###":
			none = true
		default:
			parts := strings.Split(body, "/")
			if len(parts) != 3 {
				rec.Notes = append(rec.Notes, fmt.Sprintf("gold group {%s} is not { SOURCE / TARGET / CODE }; ignored", clip(body)))
				continue
			}
			rec.Gold = append(rec.Gold, GoldEvent{
				Source: tabariActor(parts[0]),
				Target: tabariActor(parts[1]),
				Code:   strings.TrimSpace(parts[2]),
			})
		}
	}
	if groups > 0 && groups == options {
		return Record{}, false
	}
	rec.NoEvent = none && len(rec.Gold) == 0
	switch {
	case b.cutOff:
		rec.Skip, rec.SkipReason = true, SkipCutOff
	case b.id == "START-00":
		rec.Skip, rec.SkipReason = true, "suite banner, not a test"
	case afterFinal:
		rec.Skip, rec.SkipReason = true, "after FINAL-01: needs non-default options"
	case rec.Text == "":
		rec.Skip, rec.SkipReason = true, "no text"
	case len(rec.Gold) == 0 && !rec.NoEvent:
		rec.Skip, rec.SkipReason = true, "no gold coding"
	}
	return rec, true
}

// tabariGroups returns the bodies of the enabled "{…}" groups in a comment
// block. A group left open runs to the end of its line, which is how the
// file's MINWRD option records are written.
func tabariGroups(comment string) []string {
	var out []string
	for i := 0; i < len(comment); i++ {
		if comment[i] != '{' {
			continue
		}
		disabled := i > 0 && comment[i-1] == '-'
		end := strings.IndexByte(comment[i+1:], '}')
		nl := strings.IndexByte(comment[i+1:], '\n')
		var body string
		switch {
		case end >= 0 && (nl < 0 || end < nl):
			body = comment[i+1 : i+1+end]
			i += end + 1
		case nl >= 0:
			body = comment[i+1 : i+1+nl]
			i += nl
		default:
			body = comment[i+1:]
			i = len(comment)
		}
		body = strings.TrimSuffix(strings.TrimSpace(body), "*/")
		if !disabled {
			out = append(out, body)
		}
	}
	return out
}

func tabariActor(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimPrefix(s, "~")
}

// tabariCategory is the id's feature prefix: "VERBEND-01b" → "VERBEND".
func tabariCategory(id string) string {
	if i := strings.IndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}
