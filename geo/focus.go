package geo

import "sort"

// Focus is the story-level country focus: how much each country has been
// mentioned so far. Ambiguous names lean toward the countries a story is
// about ("Tripoli" in a Lebanon story is not the Libyan capital). A Focus
// belongs to one story and is not safe for concurrent mutation.
type Focus struct {
	weight map[string]float64
	total  float64
	// named are states the sentence at hand names through actors the
	// gazetteer cannot read as places ("Boko Haram" is Nigeria's), set
	// by the caller around one sentence's resolution (SetNamed).
	named []string
}

// NamedFocus is a focus that holds only the states a sentence names
// through its actors (SetNamed), for a sentence read on its own.
func NamedFocus(states []string) *Focus { return &Focus{named: states} }

// SetNamed sets the states the next sentence resolved names through its
// actors, beyond the places the gazetteer reads in it: a village abroad
// with the name of one in such a state is a homonym ("Boko Haram
// militants attacked the town of Baga" is no Bagà in Catalonia). nil
// clears them.
func (f *Focus) SetNamed(states []string) {
	if f != nil {
		f.named = states
	}
}

// NewFocus returns an empty focus.
func NewFocus() *Focus { return &Focus{weight: map[string]float64{}} }

// Add adds weight to a country (ISO alpha-3). Non-positive weights and
// empty codes are ignored.
func (f *Focus) Add(countryAlpha3 string, weight float64) {
	if f == nil || countryAlpha3 == "" || !(weight > 0) {
		return
	}
	f.weight[countryAlpha3] += weight
	f.total += weight
}

// AddMentions adds the countries of resolved mentions: 1 for a country
// mention, 0.5 for a finer place (a city says less about the story's
// country than naming the country does).
func (f *Focus) AddMentions(ms []Mention) {
	for _, m := range ms {
		if m.Best == nil || m.Best.Country == "" {
			continue
		}
		w := 0.5
		if m.Best.Precision == PrecisionCountry {
			w = 1
		}
		f.Add(m.Best.Country, w)
	}
}

// Share is the country's fraction of all focus weight, in [0, 1].
func (f *Focus) Share(countryAlpha3 string) float64 {
	if f == nil || f.total == 0 {
		return 0
	}
	return f.weight[countryAlpha3] / f.total
}

// Strength is how much to trust the focus, in [0, 1]: it grows with the
// evidence, reaching 1 at a total weight of 3 (three country mentions), so
// one passing "U.S." does not pull "Geneva" to New York.
func (f *Focus) Strength() float64 {
	if f == nil {
		return 0
	}
	return min(1, f.total/3)
}

// Top returns the country with the most weight and its share ("" if none).
// Ties go to the alphabetically first code, so the result is stable.
func (f *Focus) Top() (string, float64) {
	if f == nil {
		return "", 0
	}
	best, bw := "", 0.0
	for c, w := range f.weight {
		if w > bw || (w == bw && c < best) {
			best, bw = c, w
		}
	}
	return best, f.Share(best)
}

// Countries lists the countries with weight, sorted by code.
func (f *Focus) Countries() []string {
	if f == nil {
		return nil
	}
	out := make([]string, 0, len(f.weight))
	for c := range f.weight {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}
