package actor

import (
	"strings"
	"testing"
)

// structure6TestDict holds two people whose given names ("Yusuf", "Lena")
// begin other people's aliases, so that a surname alone after another
// given name must not resolve through the prefix of a different person.
const structure6TestDict = `@kind country
RUS  Russia | Russian
TUR  Turkey | Turkish
CHN  China | Chinese
LBR  Liberia | Liberian
GRC  Greece | Greek
PAN  Panama
NLD  Netherlands | Dutch
IRQ  Iraq | Iraqi
MEX  Mexico | Mexican
KEN  Kenya | Kenyan
SOM  Somalia | Somali
LBY  Libya | Libyan
USA  United States | US
WST  West
RUS  Moscow  [metonym]
TUR  Ankara  [metonym]
MEX  Mexico City  [metonym]
@kind actor
RUSGOV  Ivan Petrovsky | Petrovsky  [2010-01-01..]
TURGOV  Mehmet Aksoyler | Aksoyler  [2012-01-01..]
EGYSPY  Yusuf Hamdan  [2001-01-01..]
SWEGOV  Lena Sandqvist  [2015-01-01..]
IRNGOV  Supreme Leader
IGOAFRAFU  African Union
@kind sector
-  kurdish | delegation | allies | neighbours
COP  police | officers
GOV  authorities | government | leader | chairman
MIL  troops | soldiers
BUS  chipmaker | refinery | factory | businessman
MED  blogger
MIL  military
GOV  ambassador | envoy | embassy
`

// TestResolveSurnameAfterOtherGivenName: a one-word surname alias after a
// capitalised given name is a different person, even when that given name
// starts another person's alias ("Yusuf" of Yusuf Hamdan); titles,
// honorifics and names of states or bodies before the surname keep it.
func TestResolveSurnameAfterOtherGivenName(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Police arrested Yusuf Petrovsky in Kazan.", "2020-01-01", "---COP"},
		{"Officers detained Lena Aksoyler at the airport.", "2020-01-01", "---COP"},
		{"Police questioned Dmitri Petrovsky.", "2020-01-01", "---COP"},
		// Must keep the known person.
		{"Petrovsky visited Turkey.", "2020-01-01", "RUSGOV TUR"},
		{"Ivan Petrovsky visited Turkey.", "2020-01-01", "RUSGOV TUR"},
		{"President Aksoyler criticised China.", "2020-01-01", "TURGOV CHN"},
		{"Mr Aksoyler criticised China.", "2020-01-01", "TURGOV CHN"},
		{"Chairman Petrovsky met Chinese troops.", "2020-01-01", "RUSGOV CHNMIL"},
		{"Russia's Petrovsky met Chinese troops.", "2020-01-01", "RUSGOV CHNMIL"},
		{"Turkey Aksoyler criticised China.", "2020-01-01", "TURGOV CHN"},
	})
}

// TestResolveOwnedFlagged: "X-owned", "X-flagged", "X-operated" and
// "X-registered" name the state a firm or a ship belongs to, as the bare
// demonym does (before a thing, as a modifier phrase, marked "m:");
// "X-made" names where a thing was made, no actor.
func TestResolveOwnedFlagged(t *testing.T) {
	r, an := testResolver(t, structure6TestDict)
	for _, tc := range []struct{ sentence, want string }{
		{"A Chinese-owned chipmaker sued the Dutch government.", "CHNBUS NLDGOV"},
		{"Gunmen boarded a Liberian-flagged bulk carrier.", "m:LBR"},
		{"Iran seized a Greek-operated tanker.", "m:GRC"},
		{"Navies escorted a Panama-registered freighter.", "m:PAN"},
		// Must not.
		{"Russia bought Chinese-made engines.", "RUS"},
		{"The state-owned chipmaker cut jobs.", "---BUS"},
		{"Officials flagged concerns over the Chinese-language broadcast.", ""},
	} {
		var got []string
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "") {
			for _, ph := range g.Phrases {
				if ph.Modifier {
					got = append(got, "m:"+ph.Code)
				} else {
					got = append(got, ph.Code)
				}
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: %v, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestResolveWorksAsFirm: a factory or refinery named by its demonym acts
// as the firm that runs it, not as its state.
func TestResolveWorksAsFirm(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"A Mexican refinery halted exports.", "", "MEXBUS"},
		{"The Turkish factory paid a fine.", "", "TURBUS"},
		// Must not: the state itself stays the state.
		{"Mexico halted exports.", "", "MEX"},
	})
}

// TestResolveEnvoyPost: a capital after "ambassador from/to" is the state
// the envoy is posted to (an actor, flagged Post so that the story's focus
// does not count it); an envoy a possessive gives an owner does not take
// that capital as his state. A mission "in" a capital stays in the city.
func TestResolveEnvoyPost(t *testing.T) {
	r, an := testResolver(t, structure6TestDict)
	for _, tc := range []struct{ sentence, want string }{
		{"Turkey recalled its ambassador from Moscow.", "TUR TURGOV RUS/post"},
		{"Mexico sent an envoy to Ankara.", "MEX ---GOV TUR/post"},
		// An envoy whose own state the text gives takes the capital of
		// his posting into his phrase, as he takes a state's name ("the
		// US ambassador to Iraq"): no second actor for a passive's nearest
		// side ("Japan's ambassador to Seoul was summoned by ...").
		{"Russia's ambassador to Ankara was summoned.", "RUSGOV"},
		{"The Russian envoy to Ankara was summoned.", "RUSGOV"},
		// A head of mission "in" a capital is posted there (A40).
		{"Russia's ambassador in Ankara was summoned.", "RUSGOV TUR/post"},
		// Must not: without an owner "from" names where the envoy is from;
		// an embassy "in" a capital is in the city; other nouns keep "to"
		// as a place.
		{"The ambassador from Moscow met Turkish troops.", "RUSGOV TURMIL"},
		{"The Turkish embassy in Moscow was closed.", "TURGOV"},
		{"Turkish diplomats in Moscow met Russian troops.", "TUR RUSMIL"}, // no post for diplomats: Moscow stays a place
		{"Turkey sent troops to Moscow.", "TUR ---MIL"},
	} {
		var got []string
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "") {
			for _, ph := range g.Phrases {
				c := ph.Code
				if ph.Post {
					if !ph.Outpost() {
						t.Errorf("%q: %s is a post but no outpost", tc.sentence, c)
					}
					c += "/post"
				}
				got = append(got, c)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: %v, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestResolveSharedHeadOpeners: a shared head distributes over the state
// adjectives before it when the last conjunct opens with a state, a named
// body ("African Union troops") or an ethnic adjective ("Kurdish
// forces"), and over adjectives the tagger takes for names ("Kenyan").
func TestResolveSharedHeadOpeners(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Somali and African Union troops recaptured the port.", "", "SOMMIL IGOAFRAFU"},
		{"Iraqi and Kurdish troops retook the town.", "", "IRQMIL ---MIL"},
		{"Kenyan and Somali officers signed the deal.", "", "KENCOP SOMCOP"},
		{"Libyan and Turkish troops held drills.", "", "LBYMIL TURMIL"},
		// Must not: a state's name or a head with no sector of its own
		// does not distribute.
		{"Turkey and Somali troops held drills.", "", "TUR SOMMIL"},
		{"Kenyan and Somali delegation met.", "", "KEN SOM"},
	})
}

// TestResolveRoleBeforeName: a person's noun right before a name is the
// person's role even where the tagger calls it an adjective; a sector
// adjective before a common noun still names nobody.
func TestResolveRoleBeforeName(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Police in Lagos arrested businessman Chukwuma Obi.", "", "---COP ---BUS"},
		{"Police in Cairo detained blogger Amr Saleh.", "", "---COP ---MED"},
		// Must not.
		{"Police discussed military matters with Mexico.", "", "---COP MEX"},
		{"Police in Lagos arrested the military Obi.", "", "---COP"},
	})
}

// TestResolveRelationOwners: a state named as the owner of a relation
// ("Mexico's allies", "the allies of Moscow") is not the actor: the other
// states are, unnamed ("---"). A state's own agent noun or a relation
// head before another noun keeps the state.
func TestResolveRelationOwners(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Mexico's allies sent troops.", "", "--- ---MIL"},
		{"Turkey's closest partners rejected the plan.", "", "---"},
		{"Kenya's neighbours closed the border.", "", "---"},
		{"The allies of Moscow rejected the plan.", "", "---"},
		{"Troops attacked Somalia's enemies.", "", "---MIL ---"},
		// The state named after the relation, or in apposition to it, is
		// the actor.
		{"Turkey's neighbours, Mexico, closed the border.", "", "MEX MEX"},
		{"Kenya's neighbours Somalia closed the border.", "", "SOM"},
		// Must not.
		{"Mexico's troops crossed the border.", "", "MEXMIL"},
		{"Western allies criticised Turkey.", "", "TUR"},
		{"Turkey's partner agencies rejected the plan.", "", "TUR"},
		{"Kenya rejected the plan of its allies.", "", "KEN"},
	})
}

// TestResolveStateRefJoins: "the kingdom's foreign minister" is one phrase
// from "the" on, as "its foreign minister" is, so the verb stage reads it
// whole; its country is left for the story to fill. Other possessors do
// not join.
func TestResolveStateRefJoins(t *testing.T) {
	r, an := testResolver(t, structure6TestDict)
	for _, tc := range []struct {
		sentence string
		start    int // token where the sector phrase starts
	}{
		{"Police met the kingdom's government in Riyadh.", 2},
		{"Police met the Gulf state's government in Doha.", 2},
		{"Police met the island nation's government.", 2},
		// Must not.
		{"Police met the company's government liaison.", 5},
		{"Police met the country government.", 4},
	} {
		start := -1
		for _, g := range r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "") {
			for _, ph := range g.Phrases {
				if ph.Code == "---GOV" {
					start = ph.Start
				}
			}
		}
		if start != tc.start {
			t.Errorf("%q: government phrase starts at %d, want %d", tc.sentence, start, tc.start)
		}
	}
}

// TestResolveAddressedTo: a capital after "to" is the state addressed
// when a verb or noun of addressing comes before it ("protested to
// Moscow", "a letter to Ankara"); after a verb of going it is a place.
func TestResolveAddressedTo(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Turkey protested to Moscow over the arrests.", "", "TUR RUS"},
		{"Mexico sent a letter to Ankara.", "", "MEX TUR"},
		{"Turkey responded quickly to Moscow.", "", "TUR RUS"},
		// Must not.
		{"Turkish troops flew to Moscow.", "", "TURMIL"},
		{"Mexico sent troops to Ankara.", "", "MEX ---MIL"},
		{"The letter was delivered in Moscow.", "", ""},
	})
}

// TestResolveHeadlineWest: a headline drops "the" before "West", which is
// then the Western states as the object of a verb that goes nowhere.
func TestResolveHeadlineWest(t *testing.T) {
	checkResolve(t, structure6TestDict, []resolveCase{
		{"Turkey urges West to send jets", "", "TUR WST"},
		{"Moscow blames West for unrest", "", "RUS WST"},
		{"Russia accused the West of lying.", "", "RUS WST"},
		// Must not: a direction, a place's name, no verb before it.
		{"Migrants headed West across the desert.", "", ""},
		{"Troops raided villages in the West Bank.", "", "---MIL"},
		{"Troops crossed into West Africa.", "", "---MIL"},
		{"Mexico visited West Virginia.", "", "MEX"},
	})
}

// TestResolveAlongWithAllied: "along with allied", "alongside" and
// "alongside their" coordinate two acting sides; a verb's "alongside"
// after the verb is not between two subject phrases.
func TestResolveAlongWithAllied(t *testing.T) {
	r, an := testResolver(t, structure6TestDict)
	for _, tc := range []struct {
		sentence string
		groups   int
	}{
		{"Turkish troops, along with allied Mexican soldiers, attacked the town.", 1},
		{"Kenyan troops, alongside Somali soldiers, attacked the town.", 1},
		{"Kenyan troops alongside their Somali allies attacked the town.", 1},
		// Must not.
		{"Kenyan troops fought next to Somali soldiers.", 2},
		{"Kenyan troops attacked, and Somali soldiers fled.", 2},
	} {
		if got := len(r.Resolve(an.Analyze(tc.sentence)[0].Tokens, "")); got != tc.groups {
			t.Errorf("%q: %d groups, want %d", tc.sentence, got, tc.groups)
		}
	}
}

// FuzzResolveStructure6 runs the resolver with this file's dictionary over
// arbitrary text, seeded with the shapes this file's rules read at the
// edges of a sentence (a possessive, a relation head, "to", "West", a
// hyphenated owner): no panic, and every phrase inside the sentence, in
// order, with a code.
func FuzzResolveStructure6(f *testing.F) {
	r, an := testResolver(f, structure6TestDict)
	for _, s := range []string{
		"Mexico's", "Mexico's allies", "Mexico's allies,", "Mexico's allies, the", "Mexico's allies, Turkey,",
		"the allies of", "the allies of Moscow", "neighbours Somalia", "the kingdom's", "'s government",
		"the 's government", "protested to", "protested to Moscow", "to Moscow", "urges West", "West",
		"Chinese-owned", "-owned chipmaker", "Liberian-", "recalled its ambassador from", "its ambassador from Moscow",
		"Yusuf Petrovsky", "Petrovsky", "along with allied", ", along with allied Mexican soldiers ,",
		"Somali and African Union", "Iraqi and Kurdish", "\xff\xfe Mexico's \xff allies",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2020-01-01") })
}
