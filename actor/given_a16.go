package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// givenNameBefore reports a one-word person alias used as the given name
// of somebody else: "Johnson Sakaja" (Nairobi's governor) is not Boris
// Johnson, "Macron Mwangi" is not Emmanuel Macron. Many surnames are
// given names too (Johnson, Scott, James, Thomas), and English puts the
// given name first, so a surname alias followed by another capitalised
// name word is the first half of a name the dictionary does not know. A
// word that is an alias of its own ("Putin Kremlin aides"), a day or
// month ("Macron Tuesday"), a title or honorific, or a title-case
// headline ("Johnson Slams Brussels", where every word is capitalised)
// leaves the alias alone.
func givenNameBefore(r *Resolver, e *Entry, toks []text.Token, i, j int) bool {
	if e.Kind != KindActor || !(len(e.Ranges) > 0 || e.Former) || j-i != 1 || j+1 > len(toks)-1 {
		return false
	}
	next := &toks[j]
	if !nameWord(next) || honorifics.Has(next.Lower) || personTitles.Has(next.Lower) || r.oneWordEntry(next, anyEntry) != nil {
		return false
	}
	if j+1 < len(toks) && toks[j+1].Tag == "POS" && r.startsEntry(next) {
		return false
	}
	return proseAfter(toks, j+1)
}

// otherStatesSurname reports a one-word person alias right after another
// state's possessive: "Kenya's Johnson" is a Kenyan called Johnson, not
// Boris Johnson, as "Russia's Putin" is Putin. Only a one-word state
// name is read ("South Africa's Zuma" is left to the alias), and a
// person of no state (an IGO's head) is left alone.
func otherStatesSurname(r *Resolver, e *Entry, toks []text.Token, i, j int) bool {
	if e.Kind != KindActor || !(len(e.Ranges) > 0 || e.Former) || j-i != 1 || i < 2 || toks[i-1].Tag != "POS" || len(e.Code) < 3 {
		return false
	}
	c := r.oneWordEntry(&toks[i-2], func(x *Entry) bool { return x.Kind == KindCountry })
	if c == nil || len(c.Code) != 3 || i >= 3 && toks[i-3].IsProper() {
		return false
	}
	return !transnational.Has(e.Code[:3]) && !strings.HasPrefix(e.Code, "---") && c.Code != e.Code[:3]
}
