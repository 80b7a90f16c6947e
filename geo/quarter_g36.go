package geo

// genericQuarter reports whether a name is that of quarters in more
// than one city ("Chinatown" in San Francisco, New York and Oakland):
// such a name tells nothing of which city's it is. "East Jerusalem" is
// one quarter's.
func genericQuarter(cs []cand) bool {
	n := 0
	for _, c := range cs {
		if neighbourhood(c.p) {
			if n++; n > 1 {
				return true
			}
		}
	}
	return false
}

// neighbourhood reports whether a place is a part of a city (a quarter,
// a locality).
func neighbourhood(p Place) bool { return p.Feature == "PPLX" || p.Feature == "PPLL" }

// otherCountries are the states any other mention of the sentence may be
// in: a quarter is in a city named beside it ("Coolock, on the north side
// of Dublin").
func otherCountries(raws []raw, i int) countrySet {
	var out countrySet
	for k, r := range raws {
		if k == i {
			continue
		}
		for _, c := range r.cands {
			if c.p.Country != "" && !neighbourhood(c.p) {
				out = out.with(c.p.Country)
			}
		}
	}
	return out
}
