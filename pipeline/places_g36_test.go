package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// g36Case is a sentence, a place or actor it must resolve and one it must
// not: want and not are "Name/ALPHA3" for a location or "text=CODE" for
// an actor ("text=" for any code); "" checks nothing.
type g36Case struct {
	why, text, want, not string
}

// g36Resolutions lists every event's location ("Name/ALPHA3") and every
// actor ("text=CODE") the pipeline gives a one-sentence story.
func g36Resolutions(t *testing.T, p *Pipeline, text string) []string {
	t.Helper()
	var out []string
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if l := e.Location; l != nil {
			out = append(out, l.Name+"/"+l.Country)
		}
		for _, a := range append(append([]event.Actor(nil), e.Source...), e.Target...) {
			out = append(out, a.Text+"="+a.Code)
		}
	}
	return out
}

func checkG36(t *testing.T, p *Pipeline, cases []g36Case) {
	t.Helper()
	for _, tc := range cases {
		got := g36Resolutions(t, p, tc.text)
		// A wanted or unwanted "text=" with no code matches any code.
		has := func(s string) bool {
			for _, g := range got {
				if g == s || strings.HasSuffix(s, "=") && strings.HasPrefix(g, s) {
					return true
				}
			}
			return false
		}
		if tc.want != "" && !has(tc.want) {
			t.Errorf("%s: %q resolved %s, want %s", tc.why, tc.text, strings.Join(got, " "), tc.want)
		}
		if tc.not != "" && has(tc.not) {
			t.Errorf("%s: %q resolved %s, want no %s", tc.why, tc.text, strings.Join(got, " "), tc.not)
		}
	}
}

// TestG36PlaceAfterParticle: a state's name after "de" ending a longer
// place name ("Santiago de Cuba") is part of that name, not the state
// acting, so the gazetteer reads the whole name.
func TestG36PlaceAfterParticle(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Santiago de Cuba, not Santiago in Chile", text: "Protesters clashed with police in Santiago de Cuba on Sunday.", want: "Santiago de Cuba/CUB", not: "Santiago/CHL"},
		// must not: the state itself
		{why: "the state after a verb", text: "Protesters clashed with police in Cuba on Sunday.", want: "Cuba/CUB"},
		{why: "a city named alone", text: "More than a million people marched through Santiago to demand the resignation of President Sebastian Pinera.", want: "Santiago/CHL"},
	})
}

// TestG36DoubledLetter: a name that matches a village abroad only once
// its doubled letter is folded ("Luuka", Luka) is a near match and needs
// its state in the text.
func TestG36DoubledLetter(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Luuka district is no Luka in Croatia", text: "Police arrested five opposition supporters in Luuka district on Monday.", not: "Luka/HRV"},
		{why: "nor are its police Croatia's", text: "Police arrested five opposition supporters in Luuka district on Monday.", not: "Police=HRVCOP"},
		// must not: a city written with a doubled letter
		{why: "Raqqa", text: "Police arrested five men in Raqqa on Monday.", want: "Ar Raqqah/SYR"},
	})
}

// TestG36GenericQuarter: a quarter many cities have (Chinatown) is in the
// city or state the text names, not the largest such quarter anywhere.
func TestG36GenericQuarter(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Honiara's Chinatown", text: "Rioters torched shops in Chinatown beside Honiara on Wednesday, police said.", not: "Chinatown/USA"},
		{why: "the Solomon Islands' Chinatown", text: "Solomon Islands police arrested 100 people after rioters torched shops in Chinatown.", not: "Chinatown/USA"},
		// must not: the quarter of a city the text names
		{why: "San Francisco's Chinatown", text: "Police arrested ten protesters in Chinatown in San Francisco on Sunday.", want: "Chinatown/USA"},
	})
}

// TestG36FuzzyModifier: a capitalised common word opening the sentence
// before a noun is no town one letter off it.
func TestG36FuzzyModifier(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "truck drivers are no Truckee", text: "Truck drivers opposed to vaccine mandates blockaded the bridge between Canada and the United States for a third day.", not: "Truckee/USA"},
		// must not: a town opening the sentence
		{why: "Mosul's residents", text: "Mosul residents fled as Iraqi troops shelled the city.", want: "Mosul/IRQ"},
	})
}

// TestG36FacilityName: an office or body written as part of a bridge's,
// a school's or a hall's name is no actor.
func TestG36FacilityName(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "a bridge named Ambassador", text: "Truckers opposed to vaccine mandates blocked the Ambassador Bridge between Windsor and Detroit.", not: "Ambassador="},
		{why: "a school named for the army", text: "TTP militants attacked the Army Public School in Peshawar, killing 132 children.", not: "Army="},
		{why: "a concert hall", text: "Gunmen opened fire at Crocus City Hall outside Moscow, killing more than 140 concertgoers.", not: "City Hall="},
		// must not: a president named Park, a named university, a city's
		// own hall, a lower-case bridge
		{why: "President Park", text: "Chinese Vice Premier Liu Yandong met South Korean President Park Geun-hye in Seoul on Thursday.", want: "South Korean President Park Geun-hye="},
		{why: "a university besieged", text: "Hong Kong police besieged Polytechnic University, firing tear gas at students.", want: "University=HKGEDU"},
		{why: "the ambassador on a bridge", text: "Protesters blocked the ambassador on a bridge in Belgrade.", want: "ambassador="},
	})
}

// TestG36SeatAbroad: "indicted in Florida" is the American state, not a
// department seat of its name in Uruguay.
func TestG36SeatAbroad(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Florida", text: "American troops invaded Panama before dawn to overthrow Manuel Noriega, who was indicted in Florida on drug charges.", not: "Florida/URY"},
	})
}

// TestG36BareLandform: "the Valley" alone is no town named The Valley.
func TestG36BareLandform(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "the Kashmir Valley", text: "The Chief Minister chaired a review meeting in Srinagar as the administration extended the curfew in the Valley for the 76th day.", not: "The Valley/AIA"},
		// must not: the Gulf
		{why: "the Gulf", text: "Iranian Revolutionary Guards seized two oil tankers in the Gulf.", want: "Persian Gulf/"},
	})
}

// TestG36ShipName: a ship named after a town is placed where it was
// seized, not in the town.
func TestG36ShipName(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "the Pueblo", text: "North Korea seized the American intelligence ship Pueblo off Wonsan and took its crew of 83 to port.", not: "Pueblo/USA"},
	})
}

// TestG36PersonFamily: "Castillo's family" is a person's family.
func TestG36PersonFamily(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Castillo's family", text: "Peru expelled Mexico's ambassador after Mexico granted asylum to Castillo's family, La Republica reported.", not: "El Castillo/MEX"},
	})
}

// TestG36WeaponName: Tomahawk missiles are not fired from Tomahawk,
// Wisconsin.
func TestG36WeaponName(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "Tomahawk missiles", text: "The United States fired 59 Tomahawk cruise missiles at a Syrian air base.", not: "Tomahawk/USA"},
	})
}

// TestG36ClaimedModifier: the US Capitol is no Capitola.
func TestG36ClaimedModifier(t *testing.T) {
	checkG36(t, newTestPipeline(t), []g36Case{
		{why: "the US Capitol", text: "Supporters of Donald Trump stormed the US Capitol on Wednesday as Congress met to certify Joe Biden's victory.", not: "Capitola/USA"},
	})
}
