package actor

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/data"
)

// countryLines groups the country entries of the real dictionary by their
// line, in alias order, names first.
func countryLines(t *testing.T) map[string][]*Entry {
	t.Helper()
	d, err := LoadText(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string][]*Entry{}
	for i := range d.list {
		e := &d.list[i]
		if e.Kind == KindCountry && !e.Metonym && !e.Former {
			lines[e.Pos] = append(lines[e.Pos], e)
		}
	}
	return lines
}

// singularDemonym reports a one-word alias that English makes plural
// with -s when it names people: Kenyan → Kenyans, Iraqi → Iraqis, Thai →
// Thais. Names of states never end so after the first alias of a line.
func singularDemonym(alias string) bool {
	if strings.ContainsAny(alias, "-.") || strings.Contains(alias, " of ") || !startsUpper(alias) || len(alias) < 4 || notDemonyms[alias] {
		return false
	}
	if strings.HasSuffix(alias, "man") || strings.HasSuffix(alias, "woman") {
		return false // Frenchman → Frenchmen
	}
	return strings.HasSuffix(alias, "an") || strings.HasSuffix(alias, "i")
}

// notDemonyms end like a demonym but name a place, a see or a currency:
// their -s form is no people.
var notDemonyms = map[string]bool{
	"Vatican": true, "Tahiti": true, "Ciskei": true, "Transkei": true,
	"Afghani":  true,                  // the currency; "Afghanis" are banknotes
	"Emaswati": true, "Liswati": true, // already plural / the language
	"Chinese Taipei": true,
}

// TestPluralDemonyms: every state's singular demonym has its -s plural
// on the same line, marked Plural, so that "Iraqis voted" and "thousands
// of Kenyans" name the country's people in every country, not just the
// ones someone thought of. A line is a fact about a state, so the gaps
// are filled in countries.txt, not here.
func TestPluralDemonyms(t *testing.T) {
	n := 0
	for pos, es := range countryLines(t) {
		if transnational.Has(es[0].Code) || regions.Has(es[0].Code) {
			continue // regions: "Asians" are no one state's people
		}
		has := map[string]*Entry{}
		for _, e := range es {
			has[e.Alias] = e
		}
		for i, e := range es {
			if i == 0 || !singularDemonym(e.Alias) {
				continue
			}
			n++
			p, ok := has[e.Alias+"s"]
			switch {
			case !ok:
				t.Errorf("%s (%s): %q has no plural %q", pos, e.Code, e.Alias, e.Alias+"s")
			case !p.Plural:
				t.Errorf("%s (%s): %q is not marked Plural", pos, e.Code, p.Alias)
			}
		}
	}
	if n < 150 {
		t.Errorf("only %d singular demonyms found; the check has lost its data", n)
	}
}

// TestPluralDemonymsAreCivilians resolves every state's plural demonym
// in two sentences of its own: as a bare subject and after a quantity it
// names the country's civilians; after "the" it names the nation as a
// party, the state.
func TestPluralDemonymsAreCivilians(t *testing.T) {
	d, err := Load(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	r := NewResolver(d)
	_, an := testResolver(t, "@kind country\nKEN  Kenya\n")
	n := 0
	for _, es := range countryLines(t) {
		if transnational.Has(es[0].Code) || regions.Has(es[0].Code) {
			continue
		}
		for _, e := range es {
			if !e.Plural {
				continue
			}
			n++
			for _, tc := range []struct{ format, want string }{
				{"%s voted in large numbers on Sunday.", e.Code + "CVL"},
				{"Thousands of %s marched through the capital.", e.Code + "CVL"},
				{"The %s rejected the proposal on Sunday.", e.Code},
			} {
				s := strings.Replace(tc.format, "%s", e.Alias, 1)
				got := phraseCodes(r, an, s, "2020-01-01")
				if len(got) == 0 || got[0] != tc.want {
					t.Errorf("%q: %v, want %s first", s, got, tc.want)
				}
			}
		}
	}
	if n < 150 {
		t.Errorf("only %d plural demonyms; the check has lost its data", n)
	}
}
