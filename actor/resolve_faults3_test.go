package actor

import "testing"

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
