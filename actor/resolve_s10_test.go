package actor

import "testing"

// s10TestDict holds the states, bodies and nouns the tenth session's
// rules on offices, parties and bare officers read.
const s10TestDict = `@kind country
ZMB  Zambia | Zambian
UGA  Uganda | Ugandan
GBR  Britain | British
SDN  Sudan | Sudanese
PAK  Pakistan | Pakistani
KEN  Kenya | Kenyan
AFG  Afghanistan | Afghan
CHN  China | Chinese
@kind actor
BGDPTY  Awami League
@kind sector
GOV  government | leader | leaders | president | ruling party | foreign secretary | governor
GOV  transitional council | sovereign council | defence minister
OPP  opposition | opposition party | opposition leader | shadow foreign secretary | shadow cabinet
LEG  senate | parliament
COP  police
MIL  army | troops | soldiers | military
REB  rebels | militants | rebel leader
CVL  farmers | protesters
PTY  party candidate | candidate | party | parties
-  officers | officer | chairman | chief | secretary general | group | groups | faction
`

// TestResolveS10Offices: a head noun before "of" and a body is the
// body's, a shadow minister is the opposition, and a transitional
// council governs.
func TestResolveS10Offices(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"Zambian police arrested the leader of the main opposition party.", "2024-01-01", "ZMBCOP ---OPP"},
		{"The leader of Uganda's main opposition party accused the army.", "2024-01-01", "UGAOPP ---MIL"},
		{"The leaders of the banned opposition party met protesters.", "2024-01-01", "---OPP ---CVL"},
		{"The president of the Senate met the rebels.", "2024-01-01", "---LEG ---REB"},
		{"Britain's shadow foreign secretary criticised the deal.", "2024-01-01", "GBROPP"},
		{"The shadow cabinet met in London.", "2024-01-01", "---OPP"},
		{"Sudan's sovereign council dismissed the governor.", "2024-01-01", "SDNGOV ---GOV"},
		{"The transitional council accused the rebels.", "2024-01-01", "---GOV ---REB"},
		// Must-not: a head of a state, or of the government's own body,
		// stays the government; a foreign secretary with no "shadow" is
		// the government's; a named party stays a party.
		{"The leader of Uganda accused the army.", "2024-01-01", "UGAGOV ---MIL"},
		{"The president of Kenya met the rebels.", "2024-01-01", "KENGOV ---REB"},
		{"The leader of the ruling party met farmers.", "2024-01-01", "---GOV ---GOV ---CVL"},
		{"Britain's foreign secretary criticised the deal.", "2024-01-01", "GBRGOV"},
		{"The Awami League accused the opposition.", "2024-01-01", "BGDPTY ---OPP"},
		{"The leader met the opposition leader.", "2024-01-01", "---GOV ---OPP"},
		// A head with no sector of its own takes the body's after "of".
		{"The chairman of the ruling party accused the opposition.", "2024-01-01", "---GOV ---OPP"},
		{"The secretary general of the main opposition party met farmers.", "2024-01-01", "---OPP ---CVL"},
		{"The chief of the army met the president.", "2024-01-01", "---MIL ---GOV"},
		// An opposition candidate is the opposition, not a party too;
		// opposition protesters are the opposition, not civilians too.
		{"Police arrested the opposition candidate.", "2024-01-01", "---COP ---OPP"},
		{"Police beat Kenyan opposition protesters.", "2024-01-01", "---COP KENOPP"},
		{"Protesters met the opposition leader.", "2024-01-01", "---CVL ---OPP"},
		// Must-not: a sectorless head alone or before a thing names nobody;
		// a candidate alone is a party's.
		{"The chairman of the board resigned.", "2024-01-01", ""},
		{"The party candidate met farmers.", "2024-01-01", "---PTY ---CVL"},
	})
}

// TestResolveS10Disagreement: "opposition" meaning being against
// something names no actor; the political opposition stays one.
func TestResolveS10Disagreement(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"Pakistan dropped its opposition to the plan.", "2024-01-01", "PAK"},
		{"Pakistan dropped its opposition.", "2024-01-01", "PAK"},
		{"Farmers voiced strong opposition to the bill.", "2024-01-01", "---CVL"},
		{"Kenya voiced opposition to the war.", "2024-01-01", "KEN"},
		{"Despite their opposition, the government passed the law.", "2024-01-01", "---GOV"},
		{"The plan faced stiff opposition from Kenya and Uganda.", "2024-01-01", "KEN UGA"},
		{"Opposition from Kenya blocked the plan.", "2024-01-01", "KEN"},
		// Must-not: the political opposition, with an article, a state's
		// name, or as a government's target.
		{"The opposition rejected the plan.", "2024-01-01", "---OPP"},
		{"Kenya's opposition rejected the plan.", "2024-01-01", "KENOPP"},
		{"The government cracked down on its opposition.", "2024-01-01", "---GOV ---OPP"},
		{"Troops fired on the opposition to the junta.", "2024-01-01", "---MIL ---OPP"},
	})
}

// TestResolveS10Officers: bare "officers" are the military's in a
// sentence about the army and no police, the police's otherwise.
func TestResolveS10Officers(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"Two officers were killed when militants ambushed an army convoy.", "2024-01-01", "---MIL ---REB ---MIL"},
		{"Three officers died when rebels attacked the barracks.", "2024-01-01", "---MIL ---REB"},
		// Must-not: police named, or no force named at all.
		{"Two officers were killed when militants attacked a police station.", "2024-01-01", "---COP ---REB ---COP"},
		{"Militants shot two officers near the army base and a police post.", "2024-01-01", "---REB ---COP ---MIL ---COP"},
		{"Officers arrested three protesters.", "2024-01-01", "---COP ---CVL"},
	})
}

// TestResolveS10Former: one former office holder with no state named is
// an elite, as one with a state is; a plural body of former fighters
// still acts as that body.
func TestResolveS10Former(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"A former defence minister accused the army.", "2024-01-01", "---ELI ---MIL"},
		{"Police arrested a former army president.", "2024-01-01", "---COP ---ELI"},
		{"A former Kenyan defence minister accused the army.", "2024-01-01", "KENELI ---MIL"},
		// Must-not: plural bodies, a rebel's office, and no "former".
		{"Former rebels clashed with soldiers.", "2024-01-01", "---REB ---MIL"},
		{"A former rebel leader met the president.", "2024-01-01", "---REB ---GOV"},
		{"The defence minister accused the army.", "2024-01-01", "---GOV ---MIL"},
	})
}

// TestResolveS10LinkedGroups: a bare group tied by a hyphenated word to
// a jihadist movement is an armed group; other ties name nobody.
func TestResolveS10LinkedGroups(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"An al-Qaeda-linked group attacked the army.", "2024-01-01", "---REB ---MIL"},
		{"An Islamic State-affiliated group attacked the army.", "2024-01-01", "---REB ---MIL"},
		{"A Shabaab-allied faction attacked the army.", "2024-01-01", "---REB ---MIL"},
		// Must-not: ties that say nothing of arms, and a group alone.
		{"An industry-backed group accused the government.", "2024-01-01", "---GOV"},
		{"A state-linked group hacked the government.", "2024-01-01", "---GOV"},
		{"The group attacked the army.", "2024-01-01", "---MIL"},
		{"A Kenya-linked group met the president.", "2024-01-01", "---GOV"},
	})
}

// TestResolveS10Gatherings: "party" after a word of celebration is its
// guests, after a word of search or rescue a team of no sector; "an army
// of" people is a crowd.
func TestResolveS10Gatherings(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"Gunmen attacked a wedding party in Afghanistan.", "2024-01-01", "---CVL AFG"},
		{"Police raided an Afghan birthday party.", "2024-01-01", "---COP AFGCVL"},
		{"A Chinese search party found the climbers.", "2024-01-01", "CHN"},
		{"A rescue party reached the village.", "2024-01-01", ""},
		{"An army of volunteers helped the farmers.", "2024-01-01", "---CVL"},
		// Must-not: political parties, and the army of a state.
		{"The ruling party accused the opposition party.", "2024-01-01", "---GOV ---OPP"},
		{"Kenyan parties boycotted the vote.", "2024-01-01", "KENPTY"},
		{"The party accused the government.", "2024-01-01", "---PTY ---GOV"},
		{"The army of Kenya attacked the rebels.", "2024-01-01", "KENMIL ---REB"},
		{"An army attacked the rebels.", "2024-01-01", "---MIL ---REB"},
	})
}

// TestResolveS10PoliceNoun: "police" before a facility is the police,
// even where the tagger calls it an adjective; a true adjective of a
// sector before a thing names nobody.
func TestResolveS10PoliceNoun(t *testing.T) {
	checkResolve(t, s10TestDict, []resolveCase{
		{"Militants attacked police headquarters.", "2024-01-01", "---REB ---COP"},
		{"Rebels stormed police barracks in the north.", "2024-01-01", "---REB ---COP"},
		// Must-not: "military" before a thing stays a modifier.
		{"Kenya sold military hardware to the rebels.", "2024-01-01", "KEN ---REB"},
	})
}

// FuzzResolveS10 feeds the tenth session's rules (a head before "of" and
// a body, "opposition" as disagreement, parties that are gatherings,
// bare officers in an army story, groups tied to a movement) broken and
// cut-off input: phrases must stay in order, inside the sentence and
// coded.
func FuzzResolveS10(f *testing.F) {
	r, an := testResolver(f, s10TestDict)
	for _, s := range []string{
		"the leader of", "leader of the", "the leader of the main opposition party", "leaders of the banned",
		"the chairman of the", "chairman of the ruling party", "secretary general of the main", "of the",
		"its opposition", "opposition to", "opposition from", "opposition from Kenya and", "opposition",
		"a wedding party", "party", "an army of", "army of", "an army", "search party of",
		"officers", "two officers army", "an al-Qaeda-linked group", "-linked group", "Islamic State-linked",
		"a former defence minister", "former", "police/JJ headquarters", "\xff leader of \xfe opposition party",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2024-01-01") })
}
