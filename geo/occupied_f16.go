package geo

// sharedLand pairs a state with land it occupies or settles, which the
// gazetteer files under a code of its own: the West Bank and Gaza (PSE)
// with Israel, Western Sahara (ESH) with Morocco. The two are one theatre:
// "Israeli settlers set fire to homes in Huwara" is in a West Bank
// village, and "Palestinian gunmen attacked Kibbutz Nir Oz" in an Israeli
// one, so a village in either is no homonym abroad when the other is
// named (foreignHamlet).
var sharedLand = map[string]string{"ISR": "PSE", "PSE": "ISR", "MAR": "ESH", "ESH": "MAR"}

// sharesLand: the state c shares its land with one of states.
func sharesLand(c string, states countrySet) bool {
	o, ok := sharedLand[c]
	return ok && states.has(o)
}
