package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// Sources close to a party. "Sources close to the Kenyan president said",
// "officials close to Hamas", "a source in the Egyptian government": an
// anonymous informant placed close to, or inside, a party speaks for it,
// and English names no one else. The party's phrase is widened back over
// the informant noun, so that the whole noun phrase is one actor with the
// party's code and the verb stage finds it as the subject (it is no longer
// behind a preposition). An informant noun that the dictionary knows as a
// bare sector ("officials", "people") with no country of its own is
// absorbed; a national one ("Kenyan officials close to the president")
// keeps its own phrase. "In" and "within" place a source inside an
// organisation, not a country: "sources in Kenya" are only somewhere.

// informantNoun: the nouns for anonymous insiders that English places
// "close to" or "in" a party.
func informantNoun(w string) bool {
	switch w {
	case "source", "sources", "official", "officials", "aide", "aides",
		"insider", "insiders", "people", "person", "figure", "figures",
		"circles", "someone", "associate", "associates", "confidant", "confidants":
		return true
	}
	return false
}

// closeSources widens each phrase preceded by "<informant> close to
// (the)" or "<informant> in/within/inside (the)" to start at the
// informant noun, dropping a bare-sector phrase that the informant noun
// formed. It returns phs, possibly shorter. The check runs only where a
// phrase starts after "to", "in", "within" or "inside", so most
// sentences pay one comparison per phrase.
func closeSources(toks []text.Token, phs []Phrase) []Phrase {
	out := phs[:0]
	for i := range phs {
		ph := phs[i]
		k := ph.Start - 1
		for k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an") {
			k--
		}
		if k < 1 {
			out = append(out, ph)
			continue
		}
		n := -1 // the informant noun's token
		switch toks[k].Lower {
		case "to":
			if k >= 2 && toks[k-1].Lower == "close" && informantNoun(toks[k-2].Lower) {
				n = k - 2
			}
		case "in", "within", "inside":
			if informantNoun(toks[k-1].Lower) && (len(ph.Sectors) > 0 || ph.Country == "" && ph.Code != "") && ph.Code != "---" {
				n = k - 1
			}
		}
		if n < 0 {
			out = append(out, ph)
			continue
		}
		if m := len(out) - 1; m >= 0 && out[m].End > n {
			// The informant noun is in a phrase of its own ("people",
			// "officials"): absorbed if it is a bare sector over just
			// that noun and its article.
			prev := out[m]
			if prev.Country != "" || !strings.HasPrefix(prev.Code, "---") || prev.End != n+1 || prev.Modifier {
				out = append(out, ph)
				continue
			}
			out = out[:m]
			n = prev.Start
		}
		// Include the informant's article: "A source in ...".
		if n > 0 && (toks[n-1].Lower == "a" || toks[n-1].Lower == "the" || toks[n-1].Tag == "CD") {
			n--
		}
		ph.Start = n
		out = append(out, ph)
	}
	return out
}
