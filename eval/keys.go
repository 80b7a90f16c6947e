package eval

import (
	"strings"
	"time"

	"github.com/parley-events/parley/event"
)

// Unknown is the country key of an actor the coder or the gold could not
// identify, and of a side that is empty.
const Unknown = "---"

// nonState are CAMEO code prefixes that name no country. Their key is the
// prefix itself, so every IGO matches every IGO at country level: the gold
// files spell organisations with dictionary-specific suffixes (PLOVER
// writes a bare "IGO"), and country level is about the dyad, not the
// organisation.
var nonState = map[string]bool{
	"IGO": true, // intergovernmental organisation
	"NGO": true, // non-governmental organisation
	"IMG": true, // international militarised group
	"MNC": true, // multinational corporation
	"NGM": true, // non-governmental movement
	"UIS": true, // unidentified state actor
}

// GoldKey is the country-level key of a gold actor code: its first three
// letters (after legacy codes such as JAP → JPN), "IGO"-style prefixes for
// non-state actors, and Unknown for "", "---…", "+++" and "***".
func GoldKey(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	code = strings.Trim(code, `"`)
	if code == "" || strings.HasPrefix(code, "---") || strings.HasPrefix(code, "+++") || strings.HasPrefix(code, "***") {
		return Unknown
	}
	if i := strings.IndexByte(code, '/'); i > 0 {
		// "FRO/BIL/SAM": alternative codes of one compound actor; the
		// first is the one PETRARCH reports first.
		code = code[:i]
	}
	if len(code) < 3 {
		return code
	}
	k := code[:3]
	if c, ok := legacyCountry[k]; ok {
		return c
	}
	return k
}

// ActorKey is the country-level key of one of our actors: its country,
// else the prefix of its code ("IGO" for "IGOUNO"), else Unknown.
func ActorKey(a event.Actor) string {
	if c := strings.ToUpper(strings.TrimSpace(a.Country)); c != "" {
		if lc, ok := legacyCountry[c]; ok {
			return lc
		}
		return c
	}
	return GoldKey(a.Code)
}

// sideKeys lists the keys of one side of an event; an empty side is
// {Unknown}, matching gold that writes "---" for a missing target.
func sideKeys(as []event.Actor) []string {
	if len(as) == 0 {
		return []string{Unknown}
	}
	out := make([]string, 0, len(as))
	seen := map[string]bool{}
	for _, a := range as {
		k := ActorKey(a)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Root is the CAMEO root of a code: its first two digits ("0352" → "03").
// Codes that are not numeric are returned unchanged.
func Root(code string) string {
	code = strings.TrimSpace(code)
	if len(code) >= 2 && isDigit(code[0]) && isDigit(code[1]) {
		return code[:2]
	}
	return code
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// eventCode is our full CAMEO code and root for an event.
func eventCode(e event.Event) (code, root string) {
	code = strings.TrimSpace(e.CAMEO)
	root = strings.TrimSpace(e.CAMEORoot)
	if root == "" {
		root = Root(code)
	}
	return code, root
}

func validDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
