package geo

// twinHamlets: the best two readings of raw i are villages of two
// states, both exact matches, that the text does not tell apart: their
// scores lie within one point (a story focus the name itself started
// lifts its first reading by less), their census figures within a factor
// of two, and no state of either is named,
// described or a container in the sentence, nor holds a country, a
// region or a city of some size another name of the sentence may be.
// "Residents of Madaya" may be the Syrian town or the Myanmar township;
// a wrong state is worse than no place, since a place's state can become
// an event's side. "Madaya near Damascus" still resolves (S15).
func twinHamlets(a, b cand, gap float64, raws []raw, i int, cs []container, sentCountries, named, demonyms countrySet) bool {
	if gap >= 1 || a.kind != "place" || b.kind != "place" || a.match != "exact" || b.match != "exact" || a.p.Country == b.p.Country || !hamlet(a.p) || !hamlet(b.p) {
		return false
	}
	// A village twice the size of its namesake, or the only one with a
	// census figure, is the likelier ("Uri" in Kashmir, 6,700, over a
	// Sardinian commune of 3,000).
	if lo, hi := min(a.p.Population, b.p.Population), max(a.p.Population, b.p.Population); hi > 2*lo {
		return false
	}
	for _, cc := range [2]string{a.p.Country, b.p.Country} {
		if sentCountries.has(cc) || named.has(cc) || demonyms.has(cc) {
			return false
		}
		for _, ct := range cs {
			if ct.country == cc {
				return false
			}
		}
		for j := range raws {
			if j == i {
				continue
			}
			for _, c := range raws[j].cands {
				if c.p.Country == cc && (c.kind != "place" || !hamlet(c.p) && c.p.Population >= 100000 || c.p.Feature == "PPLC") {
					return false
				}
			}
		}
	}
	return true
}

// hamlet: a village with no seat above the third order and fewer than
// 20,000 people.
func hamlet(p Place) bool {
	switch p.Feature {
	case "PPLC", "PPLA", "PPLA2", "PPLG":
		return false
	}
	return p.Population < 20000
}
