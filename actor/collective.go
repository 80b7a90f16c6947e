package actor

import "github.com/parley-events/parley/text"

// dividedPair returns the two states that the plural of a divided
// state's name stands for: English says "the two Koreas", "both
// Sudans", "the Congos" for the pair, a definite set of two, so each is
// a side. Every such plural is six letters long, which keeps the test
// off the path of the ordinary word. "" when w is no such plural.
func dividedPair(w string) (a, b string) {
	if len(w) != 6 || w[5] != 's' {
		return "", ""
	}
	switch w {
	case "Koreas", "KOREAS":
		return "PRK", "KOR"
	case "Sudans", "SUDANS":
		return "SDN", "SSD"
	case "Congos", "CONGOS":
		return "COD", "COG"
	}
	return "", ""
}

// dividedStates appends one part per state for "the two Koreas" at
// token i, both on that token as the countries of "US-China talks" are,
// so that compose makes a phrase of each and group coordinates them.
func (r *Resolver) dividedStates(toks []text.Token, i int, out []Part) []Part {
	a, b := dividedPair(toks[i].Text)
	if a == "" {
		return out
	}
	ea, eb := r.countryEntry(a), r.countryEntry(b)
	if ea == nil || eb == nil {
		return out
	}
	return append(out, Part{Entry: ea, Start: i, End: i + 1}, Part{Entry: eb, Start: i, End: i + 1})
}

// countryEntry returns the first plain (not metonym) entry of a state's
// code. The scan of the whole list is paid only for the rare word that
// asks.
func (r *Resolver) countryEntry(code string) *Entry {
	for i := range r.d.list {
		if e := &r.d.list[i]; e.Kind == KindCountry && e.Code == code && !e.Metonym {
			return e
		}
	}
	return nil
}

// landformAfter reports a capitalised word after a state's name or
// adjective that makes the two one geographic name: "the South China
// Sea", "the Indian Ocean", "the Korean Peninsula", "the Taiwan Strait",
// "the Philippine Sea". Such a name is a place, and the state inside it
// is no actor. The word must be capitalised: "Chinese sea patrols" and
// "an Indian ocean liner" keep their state.
func landformAfter(t *text.Token) bool {
	if t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	switch t.Lower {
	case "sea", "seas", "ocean", "peninsula", "strait", "straits", "gulf", "bay", "basin", "archipelago", "plateau", "highlands", "lowlands", "desert":
		return true
	}
	return false
}
