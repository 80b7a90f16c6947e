package story

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// salvageFeed cuts a feed that does not parse back to the end of its last
// complete <item> or <entry> and closes the elements still open there, so
// a feed cut short in transfer, or damaged after some items, still yields
// the items before the damage. It returns nil when no complete item
// precedes the first XML error.
func salvageFeed(data []byte) []byte {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// The bytes are only scanned for structure here; gofeed decodes the
	// declared charset when it reparses the cut.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var (
		stack   []string
		cut     int64
		closing []string
	)
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, rawName(t.Name))
		case xml.EndElement:
			name := rawName(t.Name)
			// RawToken does not match end tags to start tags; unwind to
			// the matching one, as a lenient reader would.
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k] == name {
					stack = stack[:k]
					break
				}
			}
			// Only a top-level item counts (rss>channel>item, RDF>item,
			// feed>entry): an <item> inside an entry's XHTML content
			// would cut that entry in half.
			if l := strings.ToLower(t.Name.Local); (l == "item" || l == "entry") && len(stack) <= 2 {
				cut = d.InputOffset()
				closing = append(closing[:0], stack...)
			}
		}
	}
	if cut == 0 {
		return nil
	}
	var b bytes.Buffer
	b.Write(data[:cut])
	for k := len(closing) - 1; k >= 0; k-- {
		b.WriteString("</" + closing[k] + ">")
	}
	return b.Bytes()
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}
