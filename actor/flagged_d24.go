package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// spannedLed reads a state of two or three words joined by its last word's
// hyphen to "-flagged", "-registered", "-owned", "-operated" or "-led":
// "the Marshall Islands-flagged tanker", "a Hong Kong-registered firm",
// "a Sierra Leone-flagged cargo ship", "the United States-led coalition".
// The tokenizer keeps the hyphenated word whole, so the state's name is
// split across tokens and neither the name nor ledBy's one-word reading
// finds it; the ship or firm belongs to that state just as after
// "Liberian-flagged"; "-based" counts before a firm (see firmHead). It
// returns the state and the end of the words it
// covers, or nil when toks[i:] is no such name: a walk that leaves the
// name ("Marshall Plan-funded"), a region or city ("Gulf"), a metonym
// ("White House-led") and other suffixes ("Russian-made") give nothing.
func (r *Resolver) spannedLed(toks []text.Token, i int) (*Entry, int) {
	if i+1 >= len(toks) || toks[i].Text == "" || toks[i].Text[0] < 'A' || toks[i].Text[0] > 'Z' {
		return nil, 0
	}
	n, ok := r.d.walk(0, &toks[i], true)
	if !ok || n == 0 {
		return nil, 0
	}
	for m := i + 1; m < len(toks) && m <= i+2; m++ {
		pre, suf, hy := strings.Cut(toks[m].Lower, "-")
		if !hy {
			if n, ok = r.d.walk(n, &toks[m], false); !ok || n == 0 {
				return nil, 0
			}
			continue
		}
		switch suf {
		case "flagged", "registered", "owned", "operated", "led":
		case "based":
			if !firmHead(toks, m+1) {
				return nil, 0
			}
		default:
			return nil, 0
		}
		pt := text.Token{Lower: pre, Text: pre}
		nn, ok := r.d.walk(n, &pt, false)
		if !ok || nn == 0 {
			return nil, 0
		}
		for _, ei := range r.d.entriesAt(nn) {
			if e := &r.d.list[ei]; e.Kind == KindCountry && !e.Metonym {
				return e, m + 1
			}
		}
		return nil, 0
	}
	return nil, 0
}

// firmWords: the heads of a trading or shipping concern that sanctions,
// seizures and charges name by where it is based.
var firmWords = wordset.Of("company", "companies", "firm", "firms", "refinery", "refineries",
	"manager", "managers", "operator", "operators", "trader", "traders", "shipper", "shippers",
	"bank", "banks", "exchange", "exchanges", "supplier", "suppliers", "insurer", "insurers",
	"broker", "brokers", "entity", "entities", "conglomerate", "subsidiary", "subsidiaries")

// firmHead: the words from i name a firm, past at most two modifiers ("a
// UAE-based ship manager", "six Hong Kong-based front companies"). A
// state's name before "-based" then gives the firm's state, as "a Chinese
// company" would; people, groups and outlets based somewhere ("a
// London-based analyst", "US-based rights groups") stay unread, since
// living in a state does not make one act for it.
func firmHead(toks []text.Token, i int) bool { return headWithin(toks, i, firmWords.Has) }

// headWithin reports whether a head noun (is) stands within three words
// of i with only modifiers before it, so that a name read as a modifier
// ("a Russia-linked tanker", "a UAE-based ship manager") is known to
// describe that noun and not some later one.
func headWithin(toks []text.Token, i int, is func(string) bool) bool {
	for n := 0; i < len(toks) && n < 3; n, i = n+1, i+1 {
		if is(toks[i].Lower) {
			return true
		}
		switch toks[i].Tag {
		case "JJ", "NN", "NNP", "VBN", "VBG":
		default:
			return false
		}
	}
	return false
}
