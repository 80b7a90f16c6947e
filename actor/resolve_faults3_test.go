package actor

import (
	"strings"
	"testing"
)

const faults3TestDict = `@kind country
RUS  Russia | Russian
UKR  Ukraine | Ukrainian
PRK  North Korea | North Korean
KOR  South Korea | Korea | Korean
DEU  Germany | German
DDR  East Germany | East German
SSD  South Sudan
PSE  West Bank | Palestinian
IDN  West Java
WST  Western | Western powers | West
FRA  France | French
IRN  Iran | Iranian
@kind sector
GOV  government | governments | authorities | ministry
MIL  forces | troops | drone | drones | warplanes | artillery
CVL  supporters | followers | tourist | villagers
`

// TestResolveTheWest: "the West" is WST only as the noun for the Western
// states: not in a longer name ("the West Bank", "West Java"), not a
// region one is in, and not without "the".
func TestResolveTheWest(t *testing.T) {
	checkResolve(t, faults3TestDict, []resolveCase{
		{"Moscow's envoy accused the West of fuelling the war.", "", "WST"},
		{"The West imposed new sanctions on Russia.", "", "WST RUS"},
		{"Russia blamed the West, saying it had armed Ukraine.", "", "RUS WST UKR"},
		{"The sanctions imposed by the West have hurt Russia.", "", "WST RUS"},
		// Must not.
		{"Troops raided a village in the West Bank.", "", "---MIL PSE"},
		{"Police in West Java arrested two men.", "", "IDN"},
		{"He lived in the West for a decade.", "", ""},
		{"Migrants moved west across the desert.", "", ""},
		{"Storms hit the West Coast of the country.", "", ""},
	})
}

// TestResolveDroneAttack: a weapon noun before an attack noun only says
// what the attack used; with a country it is still that country's force,
// and a weapon that acts ("drones struck") is the force.
func TestResolveDroneAttack(t *testing.T) {
	checkResolve(t, faults3TestDict, []resolveCase{
		{"Five villagers survived a drone attack on the market.", "", "---CVL"},
		{"An artillery barrage hit the town.", "", ""},
		{"A drone strike killed three villagers.", "", "---CVL"},
		// Must not drop.
		{"Russian drone strikes killed three villagers.", "", "RUSMIL ---CVL"},
		{"Drones struck the depot overnight.", "", "---MIL"},
		{"Russian warplanes bombed the town.", "", "RUSMIL"},
	})
}

// TestResolveSharedCompassName: "North and South Korea" names both states;
// the first compass word takes the shared name only when that makes a
// state the dictionary knows.
func TestResolveSharedCompassName(t *testing.T) {
	checkResolve(t, faults3TestDict, []resolveCase{
		{"North and South Korea agreed to reopen a hotline.", "", "PRK KOR"},
		{"East and West Germany signed the treaty.", "", "DDR DEU"},
		// "North Sudan" is no state: only the second name stands.
		{"Troops from North and South Sudan clashed.", "", "---MIL SSD"},
		// Lower case compass words are directions.
		{"Troops moved north and south of the river.", "", "---MIL"},
		{"North and North Korea.", "", "PRK"},
	})
}

// TestResolveFollowersAndTourists: followers are civilians like
// supporters; a tourist is a civilian of the country named with him.
func TestResolveFollowersAndTourists(t *testing.T) {
	checkResolve(t, faults3TestDict, []resolveCase{
		{"Followers of the cleric marched on parliament.", "", "---CVL"},
		{"Iranian authorities arrested a French tourist.", "", "IRNGOV FRACVL"},
		// A tourist noun before a thing is what the thing is for.
		{"Gunmen attacked a tourist bus.", "", ""},
	})
}

// TestResolveSpans: the phrases that take in the words after their head,
// by their text. "authorities in Tehran" before its verb is Iran's and
// ends after the capital; a role noun takes in the unknown name after it.
func TestResolveSpans(t *testing.T) {
	dict := faults3TestDict + `@kind country
IRN  Tehran  [metonym]
CAN  Canada | Canadian
KEN  Kenya | Kenyan
EUR  Europe
@kind sector
BUS  businessman
CVL  activist
JUD  court
COP  police
OPP  opposition leader
ELI  former president
REL  cleric
CVL  loyalists
`
	r, an := testResolver(t, dict)
	cases := []struct{ sentence, want string }{
		{"Authorities in Tehran have arrested two men.", "Authorities in Tehran=IRNGOV"},
		{"Police in Tehran will question the driver.", "Police in Tehran=IRNCOP"},
		{"A court sentenced the Canadian businessman Michael Spavor to 11 years.", "court=---JUD|Canadian businessman Michael Spavor=CANBUS"},
		// Must not: a scene, a region, a said-clause, a known phrase.
		{"Troops in Tehran fired on the crowd.", "Troops=---MIL"},
		{"Authorities in Europe have tightened controls.", "Authorities=---GOV|Europe=EUR"},
		{"The arrests were made, authorities in Tehran said.", "authorities=---GOV"},
		{"Authorities in Iran have arrested two men.", "Authorities=---GOV|Iran=IRN"},
		// A person's followers are that person's side, one phrase.
		{"Supporters of the opposition leader clashed with police.", "Supporters of the opposition leader=---OPP|police=---COP"},
		{"Loyalists of the former president stormed the court.", "Loyalists of the former president=---ELI|court=---JUD"},
		{"Followers of the cleric marched.", "Followers of the cleric=---CVL"},
		// Must not: a state followed keeps the compose rule; no "of".
		{"Supporters of Iran rallied.", "Supporters of Iran=IRNCVL"},
		{"Supporters clashed with the opposition leader.", "Supporters=---CVL|opposition leader=---OPP"},
		// Must not: a name going on, a possessive, a pronoun that refers back.
		{"Police arrested the Kenyan activist Boniface Otieno as he led a march.", "Police=---COP|Kenyan activist=KENCVL"},
		{"Police questioned the Kenyan activist Boniface Otieno Peace Foundation staff.", "Police=---COP|Kenyan activist=KENCVL"},
		{"A court fined the Canadian businessman Michael Spavor's firm.", "court=---JUD|Canadian businessman=CANBUS"},
	}
	for _, tc := range cases {
		toks := an.Analyze(tc.sentence)[0].Tokens
		var got []string
		for _, g := range r.Resolve(toks, "") {
			for _, ph := range g.Phrases {
				if ph.Modifier {
					continue
				}
				var words []string
				for _, tk := range toks[ph.Start:ph.End] {
					words = append(words, tk.Text)
				}
				got = append(got, strings.Join(words, " ")+"="+ph.Code)
			}
		}
		if s := strings.Join(got, "|"); s != tc.want {
			t.Errorf("%q: %s, want %s", tc.sentence, s, tc.want)
		}
	}
}

// FuzzResolveFaults3 runs the resolver with this file's dictionary over
// arbitrary text, seeded with the shapes its rules read at the edges of a
// sentence: no panic, and every phrase inside the sentence with a code.
func FuzzResolveFaults3(f *testing.F) {
	r, an := testResolver(f, faults3TestDict+"@kind country\nIRN  Tehran  [metonym]\n@kind sector\nBUS  businessman\n")
	for _, s := range []string{
		"North and", "North and South", "North and South Korea", "North and South and",
		"the West", "West", "The West", "in the West", "the West Bank",
		"a drone", "drone attack", "a drone attack on",
		"Authorities in", "Authorities in Tehran", "Authorities in Tehran have",
		"the businessman Michael", "the businessman Michael Spavor",
		"the businessman Michael Spavor he", "\xff\xfe North and \xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "") })
}
