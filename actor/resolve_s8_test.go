package actor

import (
	"strings"
	"testing"
)

// s8TestDict holds the states, regions and role nouns the eighth
// session's actor rules read.
const s8TestDict = `@kind country
PRK  North Korea | North Korean
KOR  South Korea | South Korean
PRK  Pyongyang [metonym]
KOR  Seoul [metonym]
SDN  Sudan | Sudanese
SSD  South Sudan | South Sudanese
COD  Democratic Republic of Congo | Congo | Congolese
COG  Republic of Congo | Congo Republic
CHN  China | Chinese
CHN  Beijing [metonym]
TWN  Taiwan | Taiwanese
PHL  Philippines | Philippine | Filipino | Filipinos
IND  India | Indian | Indians
JPN  Japan | Japanese
USA  United States | US | American
AFR  Africa | African
GIN  Guinea | Guinean
BEN  Benin | Beninese
SAU  Saudi Arabia | Saudi | Arabian
MEX  Mexico | Mexican
GBR  Britain | British
GRC  Greece | Greek
FRA  France | French
RUS  Russia | Russian
IRN  Iran | Iranian
ISR  Israel | Israeli
PAK  Pakistan | Pakistani
@kind sector
GOV  officials | leaders
MIL  troops | warships | navy | coast guard | soldiers | warplanes
REB  militias
CRM  pirates
CVL  fishermen | crew | sailors | dual national | activist
BUS  company
-  allies | neighbours | partners
@kind actor
---  neighbouring countries | several other countries
`

// TestResolveS8Collective: the plural of a divided state's name is both
// states; the same words in the singular, or a plural that is no such
// name, are one state or none.
func TestResolveS8Collective(t *testing.T) {
	checkResolve(t, s8TestDict, []resolveCase{
		{"The two Koreas exchanged fire across the border.", "", "PRK KOR"},
		{"The Koreas agreed to reopen a hotline.", "", "PRK KOR"},
		{"The two Sudans signed an oil deal.", "", "SDN SSD"},
		{"TWO KOREAS AGREE TO TALKS", "", "PRK KOR"},
		{"Relations between the two Congos soured.", "", "COD COG"},
		// must-not: one Korea, and lower-case or other plurals.
		{"South Korea accused Pyongyang of provocation.", "", "KOR PRK"},
		{"Two koreas is a typo, not a name.", "", ""},
		{"The Sudans of old were one state.", "", "SDN SSD"},
		{"Guards of the Cobras met.", "", ""},
		// An agent noun that governs the pair is each state's.
		{"Officials from both Koreas met in Panmunjom.", "", "PRKGOV KORGOV"},
		{"The leaders of the two Koreas met.", "", "PRKGOV KORGOV"},
		{"The two Koreas' troops exchanged fire.", "", "PRKMIL KORMIL"},
		// must-not: a noun that does not govern the pair keeps its own
		// phrase, and a pair joined by a hyphen is left alone.
		{"US officials met the two Koreas in Panmunjom.", "", "USAGOV PRK KOR"},
		{"Officials said the two Koreas met.", "", "---GOV PRK KOR"},
		{"Leaders of Indian-Chinese talks met.", "", "---GOV IND CHN"},
	})
}

// TestResolveS8CompassRefs: "the North" and "the South" are the halves of
// the Koreas or the Sudans when the sentence names either half; elsewhere,
// before a name, for a part of a state and after a locative preposition
// they are no actor.
func TestResolveS8CompassRefs(t *testing.T) {
	checkResolve(t, s8TestDict, []resolveCase{
		{"South Korea said the North fired a missile.", "", "KOR PRK"},
		{"North Korea accused the South of sending leaflets.", "", "PRK KOR"},
		{"Seoul warned that the North would pay.", "", "KOR PRK"},
		{"Sudan accused the South of backing rebels.", "", "SDN SSD"},
		{"North Korea said the South and the United States were plotting.", "", "PRK KOR USA"},
		// must-not: no half named, a name or a part of a state, a place.
		{"India said the North was calm.", "", "IND"},
		{"China urged the South to wait.", "", "CHN"},
		{"North Korea's leader toured the South Pacific.", "", "PRK"},
		{"South Korean troops patrolled the South of the country.", "", "KORMIL"},
		{"Voters in the South backed South Korea's president.", "", "KOR"},
		{"Sudan said the North was calm.", "", "SDN"},
	})
}

// TestResolveS8Landforms: a state's name or adjective inside the name of
// a sea, an ocean, a strait or a peninsula names the place, not the
// state: no phrase at all where the state's word comes first, a modifier
// (no side) where "of" puts it last ("the Horn of Africa"). The same adjective before an agent noun in the same sentence is
// still the state.
func TestResolveS8Landforms(t *testing.T) {
	checkResolveAll(t, s8TestDict, []resolveCase{
		{"Pirates boarded a ship in the South China Sea.", "", "---CRM"},
		{"Chinese warships patrolled the South China Sea.", "", "CHNMIL"},
		{"Philippine troops landed on a reef in the East China Sea.", "", "PHLMIL"},
		{"Indian warships sailed into the Indian Ocean.", "", "INDMIL"},
		{"Talks on the Korean Peninsula stalled.", "", ""},
		{"US warships sailed in the Philippine Sea.", "", "USAMIL"},
		{"Pirates attacked a tanker off the Horn of Africa.", "", "---CRM ~AFR"},
		{"Pirates struck in the Gulf of Guinea and the Bight of Benin.", "", "---CRM ~GIN ~BEN"},
		{"Mexican fishermen sailed into the Gulf of Mexico.", "", "MEXCVL ~MEX"},
		{"Saudi officials visited the Arabian Peninsula.", "", "SAUGOV"},
		// must-not: a lower-case water word is no name ("Chinese sea
		// patrols", "an Indian ocean survey"), and a state followed by
		// a capitalised word of another kind is still the state.
		{"Chinese sea patrols increased.", "", "~CHN"},
		{"India accused China of incursions.", "", "IND CHN"},
		{"Taiwan condemned the Chinese drills.", "", "TWN ~CHN"},
		{"An Indian ocean liner docked.", "", "~IND"},
		{"African leaders met in Addis Ababa.", "", "AFRGOV"},
	})
}

// TestResolveS8Crews: those aboard a ship named by its state are that
// state's; a crew with a nationality of its own keeps it, and a crew of
// something that is no ship, or of a ship no state names, has none.
func TestResolveS8Crews(t *testing.T) {
	checkResolveAll(t, s8TestDict, []resolveCase{
		{"Pirates seized the crew of a British-flagged tanker.", "", "---CRM GBRCVL ~GBR"},
		{"Pirates freed the crew of the Greek-owned vessel.", "", "---CRM GRCCVL"},
		{"Pirates released the sailors of an Indian cargo ship.", "", "---CRM INDCVL ~IND"},
		// must-not: the crew's own nationality, no ship, no state.
		{"Pirates freed the Filipino crew of a Greek tanker.", "", "---CRM PHLCVL ~GRC"},
		{"Pirates freed the crew of a fishing boat.", "", "---CRM ---CVL"},
		{"The crew of a Russian airliner was questioned.", "", "---CVL ~RUS"},
		{"Pirates freed the crew of a tanker bound for Greece.", "", "---CRM ---CVL GRC"},
	})
}

// TestResolveS8ObjectAdjectives: a state's adjective on a thing in the
// object is a modifier (no side on its own), on an agent noun it is the
// agent's state; a maker ("US-made") is no actor at all, a backer
// ("Iranian-backed") is not the backed group's state, and an operator or a
// flag ("British-operated") is the thing's state.
func TestResolveS8ObjectAdjectives(t *testing.T) {
	checkResolveAll(t, s8TestDict, []resolveCase{
		{"The UN condemned Israeli settlement building.", "", "~ISR"},
		{"India rejected a Pakistani proposal for talks.", "", "IND ~PAK"},
		{"Indian troops clashed with Chinese soldiers.", "", "INDMIL CHNMIL"},
		{"Iran seized a British-operated tanker.", "", "IRN ~GBR"},
		{"Indian warplanes struck targets inside Pakistan.", "", "INDMIL PAK"},
		// must-not: maker and backer.
		{"Rebels shot down a US-made drone.", "", ""},
		{"Iranian-backed militias attacked the base.", "", "---REB"},
		{"Russia denied supplying Iranian-made drones.", "", "RUS"},
		// A state's proxies are not the state; its proxy war is its own.
		{"Iran's proxies attacked the base.", "", "---"},
		{"Iran's proxies and allies met.", "", "---"},
		{"Iran's proxy war with India escalated.", "", "IRN IND"},
	})
}

// TestResolveS8WarringIn: the warring sides placed in a state are that
// state's, and its phrase covers them; other nouns before "in" and a
// state that only hosts ("talks in Sudan") keep the name alone.
func TestResolveS8WarringIn(t *testing.T) {
	r, an := testResolver(t, s8TestDict)
	for _, tc := range []struct {
		sentence, want string
	}{
		{"Saudi officials mediated between the warring parties in Sudan.", "warring parties in Sudan"},
		{"India urged rival factions in Congo to talk.", "rival factions in Congo"},
		{"China called on the opposing sides in Sudan to stop.", "opposing sides in Sudan"},
		// must-not: no conflict word, or a noun of another kind.
		{"India urged the parties in Sudan to talk.", "Sudan"},
		{"The warring parties met in Sudan.", "Sudan"},
		{"Rival factions of the army were paraded in Sudan.", "Sudan"},
		{"Rival teams in Sudan played.", "Sudan"},
	} {
		toks := an.Analyze(tc.sentence)[0].Tokens
		got := ""
		for _, g := range r.Resolve(toks, "") {
			for _, ph := range g.Phrases {
				if ph.Country == "SDN" || ph.Country == "COD" {
					var ws []string
					for _, tk := range toks[ph.Start:ph.End] {
						ws = append(ws, tk.Text)
					}
					got = strings.Join(ws, " ")
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestResolveS8HyphenatedNationality: two nationalities joined by a hyphen
// before a private person's noun name the second, whatever ending the
// first has ("French-", "Greek-", like "Iranian-"); before a thing the
// compound is no person.
func TestResolveS8HyphenatedNationality(t *testing.T) {
	checkResolveAll(t, s8TestDict, []resolveCase{
		{"Iran freed a French-Iranian dual national.", "", "IRN IRNCVL"},
		{"Police detained a Greek-Indian activist.", "", "INDCVL"},
		{"Police detained an Indian-Iranian activist.", "", "IRNCVL"},
		// must-not: before an event noun the compound is the pair of
		// states ("a French-Iranian accord"), and a combining form that is
		// no demonym of its own ("Franco-") gives no state.
		{"Iran signed a French-Iranian accord.", "", "IRN FRA IRN"},
		{"Police detained a Franco-Iranian activist.", "", "---CVL"},
	})
}

// TestResolveS8UnnamedStates: a set of unnamed states owned by a state
// ("Sudan's neighbouring countries") is other states; after a state and
// "and" it is coordinated with it; a state's own agents stay its own.
func TestResolveS8UnnamedStates(t *testing.T) {
	checkResolve(t, s8TestDict, []resolveCase{
		{"Sudan's neighbouring countries closed their borders.", "", "---"},
		{"India and several other countries boycotted the talks.", "", "IND ---"},
		{"Neighbouring countries condemned Sudan.", "", "--- SDN"},
		// A state's relations named by "its" are other states.
		{"India and its allies condemned the launch.", "", "IND ---"},
		{"China urged its neighbours to stay calm.", "", "CHN ---"},
		// must-not: the owner's own agents, and the allies or partners of
		// what is no state.
		{"Sudan's troops closed the border.", "", "SDNMIL"},
		{"The company and its partners signed a deal.", "", "---BUS"},
		{"Pirates and its allies met.", "", "---CRM"},
		{"Its allies met.", "", ""},
	})
}

// checkResolveAll is checkResolve with modifiers listed too, marked "~":
// a state's adjective before a thing must still be found, as a modifier,
// where a landform's name must leave none.
func checkResolveAll(t *testing.T, dict string, cases []resolveCase) {
	t.Helper()
	r, an := testResolver(t, dict)
	for _, tc := range cases {
		var got []string
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, tc.date) {
			for _, ph := range g.Phrases {
				if ph.Modifier {
					got = append(got, "~"+ph.Code)
				} else {
					got = append(got, ph.Code)
				}
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q (%s): %v, want %q", tc.sentence, tc.date, got, tc.want)
		}
	}
}

// FuzzResolveS8 feeds the eighth session's rules (divided pairs and their
// heads, landform names, crews, warring sides) broken and cut-off input:
// phrases must stay in order, inside the sentence and coded.
func FuzzResolveS8(f *testing.F) {
	r, an := testResolver(f, s8TestDict)
	for _, s := range []string{
		"Koreas", "the two Koreas'", "Koreas' troops", "officials of Koreas", "officials from the two", "KOREAS",
		"the South China Sea", "China Sea", "Indian", "Horn of", "Horn of Africa", "crew of", "crew of a",
		"the crew of a British-flagged", "crew of a Greek tanker", "warring parties in", "rival factions in Sudan",
		"in Sudan", "French-Iranian", "the South", "South Korea and the North", "Sudan the South of", "Koreas the North of", "its allies", "and its", "Sudan and its neighbours", "India urged its", "a French-Iranian dual national", "\xff Koreas \xfe", "Koreas ' ' leaders",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2020-01-01") })
}
