package geo

// majorPlaceOf reports a candidate town that keeps a populous region's
// name from outranking it: a city of a twentieth of the region's people
// anywhere, or a capital or an admin seat in the region's own state
// ("Idlib", "Kandahar"). A seat abroad is only a town of its size:
// Florida, a department seat of 32,000 in Uruguay, is no reason to read
// "indicted in Florida" as anything but the American state (G36).
func majorPlaceOf(cs []cand, region cand) bool {
	minPop := region.p.Population / 20
	for _, c := range cs {
		if c.kind != "place" {
			continue
		}
		if c.p.Population >= minPop {
			return true
		}
		switch c.p.Feature {
		case "PPLC", "PPLA", "PPLG":
			if c.p.Country == region.p.Country {
				return true
			}
		}
	}
	return false
}
