package geo

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-events/parley/geo/placekey"
)

// aliasTarget is what an alias names: a place record, an admin1 region, a
// country, or a multi-country region.
type aliasTarget struct {
	kind   string // place | admin1 | country | demonym | region
	index  int    // admin1 or country index
	key    string // place: key of the target name, resolved at lookup
	cc2    string // place: its country
	line   int    // line in aliases.txt, for error messages
	region Place  // for kind region
}

// aliasLine is one parsed line of aliases.txt.
type aliasLine struct {
	line     int
	kind     string
	target   string   // "Astana, KAZ", "TUR", "Middle East @ 29 41"
	variants []string // spellings that name the target
}

// parseAliases reads the alias table format described at the top of
// geo/data/aliases.txt. Example lines are left to the tests.
func parseAliases(text string) ([]aliasLine, error) {
	var out []aliasLine
	for n, ln := range strings.Split(text, "\n") {
		if i := strings.Index(ln, "#"); i >= 0 {
			ln = ln[:i]
		}
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "example ") {
			continue
		}
		kind, rest, ok := strings.Cut(ln, " ")
		if !ok {
			return nil, fmt.Errorf("geo: aliases.txt:%d: want KIND TARGET = VARIANTS", n+1)
		}
		target, vars, ok := strings.Cut(rest, "=")
		if !ok && kind != "region" && kind != "area" && kind != "town" {
			return nil, fmt.Errorf("geo: aliases.txt:%d: missing '='", n+1)
		}
		a := aliasLine{line: n + 1, kind: kind, target: strings.TrimSpace(target)}
		for _, v := range strings.Split(vars, "|") {
			if v = strings.TrimSpace(v); v != "" {
				a.variants = append(a.variants, v)
			}
		}
		switch kind {
		case "place", "admin1", "country", "demonym", "region", "area", "town":
		default:
			return nil, fmt.Errorf("geo: aliases.txt:%d: unknown kind %q", n+1, kind)
		}
		if a.target == "" || len(a.variants) == 0 && kind != "region" && kind != "area" && kind != "town" {
			return nil, fmt.Errorf("geo: aliases.txt:%d: empty target or variants", n+1)
		}
		out = append(out, a)
	}
	return out, nil
}

func (g *Gazetteer) loadAliases() error {
	lines, err := parseAliases(aliasesTxt)
	if err != nil {
		return err
	}
	g.aliases = map[string][]aliasTarget{}
	g.regions = map[string]Place{}
	g.towns = map[string][]Place{}
	var errs []error // all bad targets at once: the table is edited by hand
	for _, a := range lines {
		t, err := g.resolveAliasTarget(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch a.kind {
		case "country":
			for _, v := range a.variants {
				g.countryKey[placekey.Key(v)] = t.index
			}
			continue
		case "demonym":
			for _, v := range a.variants {
				g.addDemonym(v, t.index)
				delete(g.demonymShared, strings.ToLower(v)) // our table settles it
			}
			continue
		case "town":
			// A town the data lacks is one more reading of its name,
			// weighed like any other place of that name (S15).
			for _, v := range append([]string{t.region.Name}, a.variants...) {
				k := placekey.Key(v)
				g.towns[k] = append(g.towns[k], t.region)
			}
			continue
		case "region", "area":
			g.regions[placekey.Key(t.region.Name)] = t.region
			for _, v := range a.variants {
				g.regions[placekey.Key(v)] = t.region
			}
			continue
		}
		for _, v := range a.variants {
			k := placekey.Key(v)
			if k == "" {
				return fmt.Errorf("geo: aliases.txt:%d: variant %q has no letters", a.line, v)
			}
			if !slices.ContainsFunc(g.aliases[k], func(o aliasTarget) bool {
				return o.kind == t.kind && o.index == t.index && o.key == t.key && o.cc2 == t.cc2
			}) {
				g.aliases[k] = append(g.aliases[k], t) // variants equal after normalisation add nothing
			}
		}
	}
	return errors.Join(errs...)
}

// resolveAliasTarget finds the record an alias line points at. A target
// that is not in the data is an error, so a regenerated gazetteer that
// loses a place fails the tests rather than silently dropping the alias.
func (g *Gazetteer) resolveAliasTarget(a aliasLine) (aliasTarget, error) {
	bad := func(why string) (aliasTarget, error) {
		return aliasTarget{}, fmt.Errorf("geo: aliases.txt:%d: %s %q: %s", a.line, a.kind, a.target, why)
	}
	switch a.kind {
	case "country", "demonym":
		i, ok := g.byAlpha3[a.target]
		if !ok {
			return bad("unknown alpha-3 code")
		}
		return aliasTarget{kind: a.kind, index: i}, nil
	case "region", "area", "town":
		name, coords, ok := strings.Cut(a.target, "@")
		f := strings.Fields(coords)
		if !ok || len(f) != 2 {
			return bad("want NAME @ LAT LON")
		}
		lat, err1 := strconv.ParseFloat(f[0], 64)
		lon, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return bad("bad coordinates")
		}
		p := Place{Name: strings.TrimSpace(name), Lat: lat, Lon: lon, Precision: PrecisionRegion, Feature: "RGN"}
		if a.kind == "town" {
			// NAME, ADMIN1, ALPHA3: the region lets "Palma in Cabo
			// Delgado" contain the town as it does the data's places.
			f := strings.Split(p.Name, ",")
			ci, known := g.byAlpha3[strings.TrimSpace(f[len(f)-1])]
			if len(f) != 3 || !known {
				return bad("want NAME, ADMIN1, ALPHA3 @ LAT LON")
			}
			p.Name, p.Country, p.Precision, p.Feature = strings.TrimSpace(f[0]), g.countries[ci].alpha3, PrecisionCity, "PPL"
			for _, i := range g.admin1Key[placekey.Key(strings.TrimSpace(f[1]))] {
				if g.admin1[i].cc2 == g.countries[ci].alpha2 {
					p.Admin1 = g.admin1Place(i).Admin1
				}
			}
			if p.Admin1 == "" {
				return bad("no such admin1 region")
			}
		}
		if a.kind == "area" {
			// An area lies inside one country but spans several admin1
			// regions (Darfur, Donbas): admin1 is its honest precision.
			n, cc3, ok := strings.Cut(p.Name, ",")
			if _, known := g.byAlpha3[strings.TrimSpace(cc3)]; !ok || !known {
				return bad("want NAME, ALPHA3 @ LAT LON")
			}
			p.Name, p.Country, p.Precision = strings.TrimSpace(n), strings.TrimSpace(cc3), PrecisionAdmin1
		}
		return aliasTarget{kind: "region", region: p}, nil
	}
	name, cc3, ok := strings.Cut(a.target, ",")
	cc3 = strings.TrimSpace(cc3)
	ci, known := g.byAlpha3[cc3]
	if !ok || !known {
		return bad("want NAME, ALPHA3")
	}
	cc2 := g.countries[ci].alpha2
	key := placekey.Key(name)
	if a.kind == "admin1" {
		for _, i := range g.admin1Key[key] {
			if g.admin1[i].cc2 == cc2 {
				return aliasTarget{kind: "admin1", index: i}, nil
			}
		}
		return bad("no such admin1 region")
	}
	// Places resolve at lookup time, so Load decodes no place block;
	// TestAliasTargets proves every target exists.
	return aliasTarget{kind: "place", key: key, cc2: cc2, line: a.line}, nil
}

// resolvePlace finds the record an alias names: the best-ranked place with
// the target's key in the target's country.
func (g *Gazetteer) resolvePlace(t aliasTarget) (int, bool) {
	best, bestScore := -1, -1.0
	lo, hi := g.exact(t.key)
	for i := lo; i < hi; i++ {
		if g.placeCC2(i) != t.cc2 {
			continue
		}
		if s := featureScore(g.place(i)); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best, best >= 0
}
