package eval

import (
	"math"
	"strings"
	"unicode"

	"github.com/parley-events/parley/event"
)

// sameRadiusKm is how close two points must be to count as one place.
const sameRadiusKm = 50

// placeNoise are words that qualify a place name without changing which
// place it is ("the town of Rafah" is Rafah).
var placeNoise = map[string]bool{
	"the": true, "of": true, "town": true, "city": true, "village": true,
	"province": true, "region": true, "district": true, "governorate": true,
	"peninsula": true, "capital": true, "state": true, "near": true, "in": true,
}

// normPlace lowercases a name, keeps letters and digits, and drops
// placeNoise words.
func normPlace(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if !placeNoise[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// locationMatch says our location is the gold place: the same name (or
// admin1 name) after normalisation; or, through the gazetteer, within
// sameRadiusKm of the gold point, or in the gold country when the gold
// names a whole country. Gold coordinates in the file are used directly.
func locationMatch(gold GoldLoc, ours event.Location, places PlaceLookup) bool {
	gn := normPlace(gold.Name)
	if gn != "" && (gn == normPlace(ours.Name) || gn == normPlace(ours.Admin1)) {
		return true
	}
	oursHasCoord := ours.Lat != 0 || ours.Lon != 0
	if gold.HasCoord && oursHasCoord && haversineKm(gold.Lat, gold.Lon, ours.Lat, ours.Lon) <= sameRadiusKm {
		return true
	}
	if places == nil || gold.Name == "" {
		return false
	}
	p, ok := places.LookupPlace(gold.Name, gold.CountryCode)
	if !ok {
		return false
	}
	if p.IsCountry {
		return p.Country != "" && strings.EqualFold(p.Country, ours.Country)
	}
	return p.HasCoord && oursHasCoord && haversineKm(p.Lat, p.Lon, ours.Lat, ours.Lon) <= sameRadiusKm
}

// haversineKm is the great-circle distance between two points.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
