package actor

import "testing"

// s11TestDict holds the states, regions, bodies and nouns the eleventh
// session's rules on groups named by description, state compounds,
// owned weapons and regions read.
const s11TestDict = `@kind country
RUS  Russia | Russian
RUS  Moscow  [metonym]
CHN  China | Chinese
CHN  Beijing  [metonym]
IRN  Iran | Iranian
UKR  Ukraine | Ukrainian
GBR  Britain | British
ETH  Ethiopia | Ethiopian
PAK  Pakistan | Pakistani
PSE  Palestinian
GRC  Greece | Greek
AFG  Afghanistan | Afghan
USA  United States | US
USA  New York  [metonym]
HKG  Hong Kong
MEA  Middle East | Middle Eastern | Mideast
ASA  Asia | Asian
AFR  Africa | African
EUR  Europe | European
BLK  Balkans | Balkan
@kind actor
RUSGOV  Kremlin  [1991-12-26..]
IGOUNO  United Nations | UN
JPNREB  Aum Shinrikyo | Aum Shinrikyo cult
@kind sector
GOV  government | leader | leaders | president | envoy | peace envoy | diplomats | junta
MIL  army | troops | jets | drone | drones | frigate
REB  rebels | rebel | militants | militant | insurgents | insurgent | militias | militant group
SEP  separatists
CRM  hackers | hacking group | criminal network | gang | criminal
UAF  gunmen
REF  refugees
REL  cult | cult leader
-  cult following | personality cult
COP  police
CVL  protesters | commuters
LEG  senate
DEV  donors | aid agencies
MED  press freedom group | journalist
HRI  rights group
RAD  anarchists | neo-nazis | extremist
MIL  military
-  members
`

// TestResolveS11Groups: a hacker has no land, so the state that backs
// one is its own; a cult is a religious body; a named cult is its group.
func TestResolveS11Groups(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Kremlin-backed hackers attacked Ukraine's power grid.", "2024-01-01", "RUSCRM UKR"},
		{"Beijing-sponsored hackers attacked the government.", "2024-01-01", "CHNCRM ---GOV"},
		{"An Iran-linked hacking group attacked the army.", "2024-01-01", "IRNCRM ---MIL"},
		{"Members of the Aum Shinrikyo cult attacked commuters.", "2024-01-01", "JPNREB ---CVL"},
		{"Police arrested a cult leader.", "2024-01-01", "---COP ---REL"},
		{"Police arrested members of a criminal network.", "2024-01-01", "---COP ---CRM"},
		// Must-not: a backer of armed men on the ground is not their
		// state ("Iranian-backed militias" are the land's), nor a
		// backer of a government; a cult of a person or a style is no
		// body; a network of tunnels is no gang.
		{"Kremlin-backed separatists shelled the army.", "2024-01-01", "---SEP ---MIL"},
		{"Iran-backed militias attacked the troops.", "2024-01-01", "---REB ---MIL"},
		{"Moscow-backed leaders met the rebels.", "2024-01-01", "---GOV ---REB"},
		{"Iranian-made drones struck the frigate.", "2024-01-01", "---MIL ---MIL"},
		{"The army shot down two Iranian-made drones.", "2024-01-01", "---MIL ---MIL"},
		{"Critics said the film had built a cult following.", "2024-01-01", ""},
		{"The personality cult around the president grew.", "2024-01-01", "---GOV"},
		{"The army seized a cult film.", "2024-01-01", "---MIL"},
		{"The army destroyed a network of tunnels.", "2024-01-01", "---MIL"},
	})
}

// TestResolveS11OwnedWeapons: a weapon owned by a body with a sector is
// that body, not the body and an army; a state's weapons are its army.
func TestResolveS11OwnedWeapons(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"The rebels' drone struck a British frigate.", "2024-01-01", "---REB GBRMIL"},
		{"The militants' drones attacked the army.", "2024-01-01", "---REB ---MIL"},
		{"The gang's drone hit the police.", "2024-01-01", "---CRM ---COP"},
		// Must-not: a state's or an army's drones stay military; a body
		// named beside a weapon it does not own keeps both.
		{"Russia's drones struck the army.", "2024-01-01", "RUSMIL ---MIL"},
		{"The army's drones struck the rebels.", "2024-01-01", "---MIL ---REB"},
		{"The rebels shot down a drone.", "2024-01-01", "---REB ---MIL"},
	})
}

// TestResolveS11ArmedMenFrom: gunmen or fighters "from" a body named by
// a sector noun are that body's.
func TestResolveS11ArmedMenFrom(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Gunmen from a criminal gang stormed a prison.", "2024-01-01", "---CRM"},
		{"Gunmen from a local gang attacked the police.", "2024-01-01", "---CRM ---COP"},
		{"Militants from the militias attacked the army.", "2024-01-01", "---REB ---MIL"},
		// Must-not: people who are not armed men, and a place or a
		// state after "from", keep their own noun.
		{"Refugees from the gang's territory arrived.", "2024-01-01", "---REF ---CRM"},
		{"Gunmen from the village attacked the police.", "2024-01-01", "---UAF ---COP"},
		{"Gunmen from Ukraine attacked the police.", "2024-01-01", "UKRUAF ---COP"},
	})
}

// TestResolveS11Lenders: a state's creditors, lenders and donors are the
// others that lend or give to it, unnamed, not the state.
func TestResolveS11Lenders(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Greece's creditors warned Greece.", "2024-01-01", "--- GRC"},
		{"Afghanistan's donors pledged aid.", "2024-01-01", "---"},
		{"Ukraine's lenders met in Europe.", "2024-01-01", "--- EUR"},
		// Must-not: a state's own body is the state's; donors with no
		// owner keep their sector.
		{"Greece's government accused the donors.", "2024-01-01", "GRCGOV ---DEV"},
		{"Afghan aid agencies met the donors.", "2024-01-01", "AFGDEV ---DEV"},
	})
}

// TestResolveS11OwnersLeader: the leader a group owns is the group's,
// not a government's.
func TestResolveS11OwnersLeader(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"The gang's leader threatened the police.", "2024-01-01", "---CRM ---COP"},
		{"The separatists' leader accused Ukraine.", "2024-01-01", "---SEP UKR"},
		{"The rebels' leaders met the president.", "2024-01-01", "---REB ---GOV"},
		// Must-not: a state's or a junta's leader governs.
		{"Russia's president met the rebels.", "2024-01-01", "RUSGOV ---REB"},
		{"The junta's leader met the rebels.", "2024-01-01", "---GOV ---REB"},
		{"The senate's president met the rebels.", "2024-01-01", "---LEGGOV ---REB"},
	})
}

// TestResolveS11TwoWordBase: a base named in two words before "-based"
// gives its state, as a one-word base does (basedIn).
func TestResolveS11TwoWordBase(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"A New York-based press freedom group condemned the police.", "2024-01-01", "USAMED ---COP"},
		{"A Hong Kong-based militant group attacked the police.", "2024-01-01", "HKGREB ---COP"},
		// Must-not: rights groups are left out of basedIn, two words
		// that name no place give nothing, and a lower-case word before
		// the base is no part of its name.
		{"A New York-based rights group condemned the police.", "2024-01-01", "---HRI ---COP"},
		{"A Big Apple-based militant group attacked the police.", "2024-01-01", "---REB ---COP"},
		{"The new York-based militant group attacked the police.", "2024-01-01", "---REB ---COP"},
	})
}

// TestResolveS11PluralSubject: a plural sector noun the tagger calls an
// adjective is still the subject of the finite verb after it.
func TestResolveS11PluralSubject(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Neo-Nazis attacked the protesters.", "2024-01-01", "---RAD ---CVL"},
		{"Greek anarchists attacked the police.", "2024-01-01", "GRCRAD ---COP"},
		// Must-not: a singular adjective before a noun modifies it.
		{"Extremist violence rose.", "2024-01-01", ""},
		{"Military vehicles crossed the border.", "2024-01-01", ""},
	})
}

// TestResolveS11ExBodies: "ex-rebels" written as one word are former
// members who still act together, with the body's sector.
func TestResolveS11ExBodies(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Ex-rebels protested in Ukraine.", "2024-01-01", "---REB UKR"},
		{"Ex-militants attacked the police.", "2024-01-01", "---REB ---COP"},
		// Must-not: a word that is no sector after "ex-" names nobody.
		{"Ex-boxers attacked the police.", "2024-01-01", "---COP"},
	})
}

// TestResolveS11Regions: a region's noun name before a thing names the
// thing's topic, no party; its adjective may still name the makers, and
// a region with an agent noun is an actor.
func TestResolveS11Regions(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"Palestinian leaders rejected the Middle East peace plan.", "2024-01-01", "PSEGOV"},
		{"China criticised the Asia strategy of the United States.", "2024-01-01", "CHN USA"},
		{"Ethiopia hosted the Africa summit.", "2024-01-01", "ETH"},
		{"The Balkans peace process stalled.", "2024-01-01", ""},
		// Must-not: the adjective's proposal is the Europeans'; a region
		// with an agent noun, or standing alone, is an actor.
		{"Iran rejected the European proposal.", "2024-01-01", "IRN"},
		{"African leaders met in Ethiopia.", "2024-01-01", "AFRGOV ETH"},
		{"The Middle East envoy met Palestinian leaders.", "2024-01-01", "MEAGOV PSEGOV"},
		{"Iran warned Europe.", "2024-01-01", "IRN EUR"},
	})
}

// TestResolveS11PeaceEnvoy: "peace" between a body and its envoy does not
// split them, and the envoy's brief after "for" stays the envoy's.
func TestResolveS11PeaceEnvoy(t *testing.T) {
	checkResolve(t, s11TestDict, []resolveCase{
		{"The UN peace envoy for Ethiopia met the rebels.", "2024-01-01", "IGOUNO ---REB"},
		{"Pakistan's peace envoy met the rebels.", "2024-01-01", "PAKGOV ---REB"},
		// Must-not: a peace plan is nobody's envoy.
		{"The UN peace plan for Ethiopia failed.", "2024-01-01", "IGOUNO ETH"},
	})
}

// FuzzResolveS11 feeds the eleventh session's rules (backed hackers,
// owned weapons, regions before things, armed men "from" a body, a
// group's leader, two-word bases, "ex-" bodies, names after "the")
// broken and cut-off input: phrases must stay in order, inside the
// sentence and coded.
func FuzzResolveS11(f *testing.F) {
	r, an := testResolver(f, s11TestDict)
	for _, s := range []string{
		"Kremlin-backed", "Kremlin-backed hackers", "-backed hackers", "Iran-linked hacking", "Beijing-sponsored",
		"the rebels' drone", "rebels'", "' drone", "the Middle East peace", "Middle East", "the Asia",
		"Gunmen from a", "gunmen from a criminal", "from a criminal gang", "the gang's leader", "'s leader",
		"A New York-based", "York-based militant group", "-based", "Ex-", "ex-s", "Ex-rebels", "ex-",
		"in the Red Sea, the", "the Black Sea, the regional governor in", "shot down two Iranian-made",
		"Neo-Nazis attacked", "Greece's creditors", "\xff the rebels' \xfe drone", "UN peace envoy for",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseBounds(t, r, an, s, "2024-01-01") })
}
