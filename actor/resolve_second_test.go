package actor

import "testing"

const secondPassTestDict = `@kind actor
ISRSET  Jewish settlers
RUSCVL  Chechen | Chechens
@kind country
TUR  Turkey | Turkish
SYR  Syria | Syrian
IRN  Iran | Iranian
IRN  Tehran  [metonym]
SAU  Saudi Arabia | Saudi
IRQ  Iraq | Iraqi
IRQ  Baghdad  [metonym]
GBR  Britain | British
GBR  London  [metonym]
ISR  Israel | Israeli
AFG  Afghanistan | Afghan
RUS  Russia | Russian
IND  India | Indian
USA  United States | US
EUR  Europe
SCN  Nordic
BLK  Balkan
@kind sector
MIL  troops | soldiers | instructors
REB  rebels | militias
GOV  embassy | government | officials
CVL  crowds | protesters | people | hostage | prisoner | mothers | families | civilians
COP  police
SET  settlers
SHI  shiite clerics
MOS  muslims | mosque
-  allies
`

// TestSecondPassAllied: "and allied" opens a second acting conjunct.
func TestSecondPassAllied(t *testing.T) {
	r, an := testResolver(t, secondPassTestDict)
	for _, tc := range []struct {
		sentence string
		want     int // phrases in the first group
	}{
		{"Turkish troops and allied Syrian rebels attacked the town.", 2},
		{"Turkish troops and their allied Syrian rebels attacked the town.", 2},
		// Must not: "allied" with no conjunction joins nothing.
		{"Turkish troops attacked allied Syrian rebels.", 1},
	} {
		gs := r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "2024-01-01")
		if len(gs) == 0 || len(gs[0].Phrases) != tc.want {
			t.Errorf("%q: groups %+v, want %d phrases in the first", tc.sentence, gs, tc.want)
		}
	}
}

// TestSecondPassSceneHome: a faith's people "in" a place, and people at
// an embassy "in" a city, are of that place's state; the embassy keeps
// its owner.
func TestSecondPassSceneHome(t *testing.T) {
	checkResolve(t, secondPassTestDict, []resolveCase{
		{"Shiite clerics in Baghdad condemned the bombing.", "2024-01-01", "IRQSHI"},
		{"Angry crowds outside the Saudi embassy in Tehran set fire to it.", "2024-01-01", "IRNCVL SAUGOV"},
		{"Protesters at the British embassy in Tehran threw stones.", "2024-01-01", "IRNCVL GBRGOV"},
		{"Protesters gathered outside the Saudi embassy in Tehran.", "2024-01-01", "IRNCVL SAUGOV"},
		// Must not: a region is no state, a building is no believer, and
		// with no city the embassy's owner gives no one a country.
		{"Muslims in Europe condemned the attack.", "2024-01-01", "---MOS EUR"},
		{"Gunmen attacked a mosque in Baghdad.", "2024-01-01", "---MOS"},
		{"Protesters outside the Saudi embassy threw stones.", "2024-01-01", "---CVL SAUGOV"},
		{"Crowds in Tehran denounced the Saudi embassy.", "2024-01-01", "---CVL SAUGOV"},
	})
}

// TestSecondPassCityParts: a capital after "through central" is a place.
func TestSecondPassCityParts(t *testing.T) {
	checkResolve(t, secondPassTestDict, []resolveCase{
		{"People marched through central London on Sunday.", "2024-01-01", "---CVL"},
		{"Protesters gathered in downtown Baghdad.", "2024-01-01", "---CVL"},
		// Must not: the capital as the subject stays the state.
		{"London condemned the attack.", "2024-01-01", "GBR"},
	})
}

// TestSecondPassPeopleNouns: kin after a possessive are civilians; a
// captive's noun before another noun is its topic, not an actor;
// instructors are the state's forces.
func TestSecondPassPeopleNouns(t *testing.T) {
	checkResolve(t, secondPassTestDict, []resolveCase{
		{"Russian soldiers' mothers protested.", "2024-01-01", "RUSCVL"},
		{"The soldiers' families protested.", "2024-01-01", "---CVL"},
		{"Hostage talks resumed on Tuesday.", "2024-01-01", ""},
		{"A prisoner swap took place.", "2024-01-01", ""},
		{"British instructors trained the recruits.", "2024-01-01", "GBRMIL"},
		// Must not: standing alone they are still people, and soldiers
		// with no possessive kin are soldiers.
		{"A hostage was freed.", "2024-01-01", "---CVL"},
		{"Russian soldiers protested.", "2024-01-01", "RUSMIL"},
		{"Jewish settlers attacked the farmers.", "2024-01-01", "ISRSET"},
		// A people's allies side with someone: the people's state, no
		// civilians; the people alone stays civilian.
		{"Russian troops and their Chechen allies shelled the town.", "2024-01-01", "RUSMIL RUS"},
		{"Chechens protested.", "2024-01-01", "RUSCVL"},
	})
}

// TestSecondPassAdjectiveScope: a country adjective scopes over bare
// nouns coordinated with its own.
func TestSecondPassAdjectiveScope(t *testing.T) {
	checkResolve(t, secondPassTestDict, []resolveCase{
		{"Israeli settlers and soldiers raided the village.", "2024-01-01", "ISRSET ISRMIL"},
		{"Afghan police and soldiers clashed with the rebels.", "2024-01-01", "AFGCOP AFGMIL ---REB"},
		// Must not: a determiner opens a new phrase; a state's name is no
		// adjective; another country keeps its own.
		{"Israeli troops and the rebels clashed.", "2024-01-01", "ISRMIL ---REB"},
		{"Israel and rebels clashed.", "2024-01-01", "ISR ---REB"},
		{"Israeli troops and Syrian rebels clashed.", "2024-01-01", "ISRMIL SYRREB"},
		{"Israeli troops and rebels exchanged fire.", "2024-01-01", "ISRMIL ---REB"},
		// A region's adjective shares its conjunct's head like a
		// country's; a region's name alone stays the region.
		{"Nordic and Balkan officials met.", "2024-01-01", "SCNGOV BLKGOV"},
		{"Nordic officials met Balkan troops.", "2024-01-01", "SCNGOV BLKMIL"},
	})
}

// FuzzSecondPass: the second-pass rules look several tokens past a
// phrase; cut sentences, stray possessives and lone prepositions must not
// take them out of range.
func FuzzSecondPass(f *testing.F) {
	for _, s := range []string{
		"Crowds outside the Saudi embassy in", "Protesters gathered outside", "crowds at",
		"Shiite clerics in", "soldiers' mothers", "' mothers", "'s families",
		"hostage", "Hostage talks", "through central", "central London",
		"Israeli settlers and", "Israeli settlers and soldiers and", "troops and allied",
		"and their allied", "\xff\xfe embassy in \xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, an := testResolver(t, secondPassTestDict)
		for _, sent := range an.Analyze(s) {
			for _, g := range r.Resolve(sent.Tokens, "2024-01-01") {
				for _, ph := range g.Phrases {
					if ph.Start < 0 || ph.End > len(sent.Tokens) || ph.Start >= ph.End || ph.Code == "" {
						t.Fatalf("%q: bad phrase %+v", s, ph)
					}
				}
			}
		}
	})
}
