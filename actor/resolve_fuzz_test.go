package actor

import (
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/text/fasttag"
)

// FuzzResolve feeds arbitrary text through the tagger and the resolver
// with the dyad test dictionary: no panic, and every phrase lies inside
// the sentence, in order, with a code.
func FuzzResolve(f *testing.F) {
	d, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(dyadTestDict)}}, "d")
	if err != nil {
		f.Fatal(err)
	}
	an, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	r := NewResolver(d)
	for _, s := range []string{
		"Serbian President Vojislav Kostunica promised reforms.",
		"The International Labour Organization (ILO) urged Israel to act.",
		"The ILO (",
		"( ILO ) ( ILO",
		"President obama spoke.",
		"tunisian rioters and iSrael",
		"Palestinian-American activists protested.",
		"A -based militia", "The Iran-based", "-based", "x--based troops", "The ILO (IAEA) said",
		"bought jets from", "jets for", "forces and their", "Congress", "Syria's ruling",
		"-American activists -",
		"Palestinian- activists",
		"US-China talks resumed",
		"US-China-US-Japan-x talks",
		"Israeli-Palestinian-",
		"China hit out at Washington and",
		"at Moscow",
		"The Moscow and Cairo platforms",
		"Moscow and",
		"Tokyo prosecutors",
		"\xff\xfe-\xff activists",
		// Coordinated unknown speakers, cut short at each step.
		"Tomas Varga and Eva Kovacs said",
		"Tomas Varga and the",
		"Tomas Varga and",
		"Tomas Varga and Eva Kovacs",
		"",
	} {
		f.Add(s, "2001-01-01")
	}
	f.Fuzz(func(t *testing.T, s, date string) {
		for _, sent := range an.Analyze(s) {
			prev, prevStart := 0, -1
			for _, g := range r.Resolve(sent.Tokens, date) {
				for _, ph := range g.Phrases {
					// Only the countries of a hyphenated pair share a span.
					samePair := ph.Start == prevStart && ph.End == prev
					if ph.Start < prev && !samePair || ph.End <= ph.Start || ph.End > len(sent.Tokens) {
						t.Fatalf("%q: phrase [%d,%d) out of order or range (%d tokens)", s, ph.Start, ph.End, len(sent.Tokens))
					}
					if ph.Code == "" {
						t.Fatalf("%q: phrase [%d,%d) has no code", s, ph.Start, ph.End)
					}
					prev, prevStart = ph.End, ph.Start
				}
			}
		}
	})
}
