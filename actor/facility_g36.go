package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// facilityName reports a sector match [i, j) written in capitals as part
// of a civic building's or a street's name: "the Ambassador Bridge", "the
// Army Public School" (up to two more capitalised words, then the
// building's noun), or "Crocus City Hall" (a hall after a capitalised
// word that names no actor). A police station or an
// army base is left out: an attack on one is an attack on its force.
func (r *Resolver) facilityName(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !startsUpper(toks[k].Text) {
			return false
		}
	}
	for k := j; k < len(toks) && k < j+3; k++ {
		t := &toks[k]
		if !startsUpper(t.Text) || !t.IsNoun() {
			break
		}
		if civicBuildings.Has(t.Lower) {
			return true
		}
	}
	return toks[j-1].Lower == "hall" && i > 0 && toks[i-1].IsProper() && startsUpper(toks[i-1].Text) && !r.namesActor(&toks[i-1])
}

// civicBuildings are the nouns that end a named building, bridge or
// street that is no seat of force. Institutions that act (a university,
// a church) and nouns that are also surnames (Park, Hall, Temple) are
// left out: "President Park" is a president.
var civicBuildings = wordset.Of(
	"bridge", "school", "hotel", "street", "stadium", "hospital", "square", "avenue", "road", "highway",
	"museum", "plaza", "market", "mall", "tunnel", "library", "theatre", "theater", "arena",
)
