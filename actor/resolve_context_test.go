package actor

import (
	"strings"
	"testing"
	"testing/fstest"
)

const contextTestDict = `@kind country
USA  United States | US | U.S. | American
GBR  Britain | British
AUS  Australia | Australian
CAN  Canada | Canadian
JPN  Japan | Japanese
KAZ  Kazakhstan | Kazakh
PAK  Pakistan | Pakistani
IRN  Iran | Iranian
SAU  Saudi Arabia | Saudi
RUS  Russia | Russian
CHN  China | Chinese
AUS  Canberra  [metonym]
CAN  Ottawa  [metonym]
USA  Ohio  [metonym]
@kind sector
LEG  lawmakers | senators | mps | parliament | house of commons | senate
GOV  government | embassy
CVL  protesters | civilians | kurds
REF  refugees
BUS  traders | shopkeepers
BUD  monks
-  kurdish
-  Tibetan Plateau
@kind actor
GBRPTY  Labour
USALEG  House  [metonym] [shared]
JPNLEG  Diet  [metonym]
MMRCVL  Rohingya | Rohingyas
CHNCVL  Uighur | Uighurs | Tibetan | Tibetans
NGACVL  Igbo | Igbos
`

// TestResolveSharedHouse: "the House" is the US House only when the
// sentence names no other state's legislature.
func TestResolveSharedHouse(t *testing.T) {
	checkResolve(t, contextTestDict, []resolveCase{
		// Nothing else: the dictionary's country.
		{"The House approved the farm bill on Thursday.", "", "USALEG"},
		// Another country that is not a legislature changes nothing.
		{"The House voted to tighten export controls on China.", "", "USALEG CHN"},
		{"Ohio lawmakers said the House had ignored them.", "", "USALEG USALEG"},
		// A country written before it.
		{"The Australian House rejected the amendment.", "", "AUSLEG"},
		{"Britain's House sat late into the night.", "", "GBRLEG"},
		// Another legislature with a country: the nearest gives its own.
		{"Canadian senators warned that the House would stall the bill.", "", "CANLEG CANLEG"},
		{"Japanese lawmakers left the House before the vote.", "", "JPNLEG JPNLEG"},
		{"The Diet and the House both adjourned.", "", "JPNLEG JPNLEG"},
		{"The House and the Diet both adjourned.", "", "JPNLEG JPNLEG"},
		// A party's MPs sit in their country's parliament.
		{"Labour MPs said the House would sit on Monday.", "", "GBRPTY GBRLEG"},
		// One after it is usually its object.
		{"The House welcomed Japanese lawmakers on Monday.", "", "USALEG JPNLEG"},
		// A place right after it or fronting the sentence.
		{"The House in Canberra passed the budget.", "", "AUSLEG"},
		{"In Ottawa, the House debated the pipeline.", "", "CANLEG"},
		{"The House in Ohio passed the budget.", "", "USALEG"},
		// A dateline (its capital is an actor of its own, as before).
		{"OTTAWA (Reuters) - The House approved the treaty.", "", "CAN CANLEG"},
		{"CANBERRA - The House sat until midnight.", "", "AUS AUSLEG"},
		{"OHIO (AP) - The House approved the treaty.", "", "USA USALEG"},
		// A parliament word without a country: the story decides.
		{"Angry MPs shouted as the House voted.", "", "---LEG ---LEG"},
		{"The House of Commons and the House both sat on Friday.", "", "---LEG ---LEG"},
		// US words for Congress keep it American.
		{"Senators and the House reached a deal.", "", "---LEG USALEG"},
		// A common noun, not the body.
		{"House prices rose in Canberra.", "", ""},
	})
}

// TestResolvePeople: a people that lives mostly in one state has that
// state, unless the text names another; agent nouns after it give the
// role; its adjective before a thing is a modifier.
func TestResolvePeople(t *testing.T) {
	checkResolve(t, contextTestDict, []resolveCase{
		{"Rohingyas crossed the river at night.", "", "MMRCVL"},
		{"The Rohingya waited at the border.", "", "MMRCVL"},
		{"Rohingya refugees queued for rice.", "", "MMRREF"},
		{"Igbo shopkeepers shut their stores.", "", "NGABUS"},
		{"Tibetan monks marched to the square.", "", "CHNBUD"},
		// A country before it is the writer's word.
		{"Kazakh Uighurs petitioned the embassy.", "", "KAZCVL ---GOV"},
		{"Pakistani Igbo traders were deported.", "", "PAKBUS"},
		// Before a thing it modifies.
		{"Aid workers described the Rohingya crisis.", "", ""},
		{"The Uighur language was banned in schools.", "", ""},
		// A place name that begins with the people's name is a place.
		{"Snow fell on the Tibetan Plateau.", "", ""},
		// Peoples of several states stay bare sectors.
		{"Kurds rallied in the square.", "", "---CVL"},
		{"Iranian Kurds rallied in the square.", "", "IRNCVL"},
	})
}

// TestSharedAttribute: [shared] is for a named body with a country only.
func TestSharedAttribute(t *testing.T) {
	for _, tc := range []struct {
		dict, wantErr string
	}{
		{"@kind actor\nUSALEG  House  [shared]\n", ""},
		{"@kind actor\nIGOUNO  Council  [shared]\n", "[shared]"},
		{"@kind actor\n---LEG  House  [shared]\n", "[shared]"},
		{"@kind sector\nLEG  house  [shared]\n", "[shared]"},
		{"@kind country\nUSA  House  [shared]\n", "[shared]"},
		{"@kind actor\nUSA  House  [shared]\n", "[shared]"},
	} {
		_, err := LoadText(fstest.MapFS{"d/a.txt": {Data: []byte(tc.dict)}}, "d")
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%q: %v", tc.dict, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%q: error %v, want one naming %s", tc.dict, err, tc.wantErr)
		}
	}
}

// FuzzResolveContext runs the shared-name and people rules on arbitrary
// text: no panic, phrases in order and in range, each with a code, and a
// shared name's code is either a country's or a bare sector.
func FuzzResolveContext(f *testing.F) {
	r, an := testResolver(f, contextTestDict)
	for _, s := range []string{
		"In Ottawa, the House debated the pipeline.",
		"In , the House",
		"In Ottawa",
		"OTTAWA (",
		"( - House",
		"the House in",
		"the House in the",
		"MPs House",
		"Kazakh Uighurs and Rohingya refugees",
		"Rohingya",
		"Kazakh-Pakistani-Kazakh talks in Ottawa",
		"The Australian House in Canberra , MPs",
		"\xff House \xfe",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range an.Analyze(s) {
			prev, prevStart := 0, -1
			for _, g := range r.Resolve(sent.Tokens, "") {
				for _, ph := range g.Phrases {
					// Only the countries of a hyphenated pair share a span.
					samePair := ph.Start == prevStart && ph.End == prev
					if ph.Start < prev && !samePair || ph.End <= ph.Start || ph.End > len(sent.Tokens) {
						t.Fatalf("%q: phrase [%d,%d) out of order or range (%d tokens)", s, ph.Start, ph.End, len(sent.Tokens))
					}
					if ph.Code == "" || len(ph.Code)%3 != 0 {
						t.Fatalf("%q: phrase [%d,%d) has code %q", s, ph.Start, ph.End, ph.Code)
					}
					prev, prevStart = ph.End, ph.Start
				}
			}
		}
	})
}

// TestOutpost: an embassy or consulate names its owner, who is abroad.
func TestOutpost(t *testing.T) {
	r, an := testResolver(t, contextTestDict+"@kind sector\nGOV  consulate | consulates | ministry\n")
	for _, tc := range []struct {
		sentence string
		want     []bool // Outpost of each phrase in order
	}{
		{"Protesters stormed the Saudi embassy in Tehran.", []bool{false, true}},
		{"Britain's consulates stayed shut.", []bool{true}},
		{"The Saudi ministry condemned the attack.", []bool{false}},
		{"The embassy issued a statement.", []bool{false}}, // no country of its own yet
		{"Saudi Arabia recalled its ambassador.", []bool{false}},
	} {
		var got []bool
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "") {
			for i := range g.Phrases {
				got = append(got, g.Phrases[i].Outpost())
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: %d phrases, want %d", tc.sentence, len(got), len(tc.want))
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: phrase %d Outpost %v, want %v", tc.sentence, i, got[i], tc.want[i])
			}
		}
	}
}
