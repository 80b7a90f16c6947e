package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// n20Side: "-" any side, "" none, "!X" no actor of X, else an actor whose
// country is X or whose code begins with X ("AUSCVL", "---CTH").
func n20Side(as []event.Actor, want string) bool {
	switch {
	case want == "-":
		return true
	case want == "":
		return len(as) == 0
	case want[0] == '!':
		return !hasCountry(as, want[1:])
	}
	return hasCountry(as, want)
}

// TestS20N20SubjectScene: a victim with no country of its own takes the
// country of the place that qualifies the subject of a violent act
// (subjectScene, subjectscene_n20.go).
func TestS20N20SubjectScene(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "as-clause after the victim", text: "Separatist gunmen in Cameroon's English-speaking northwest kidnapped a Catholic cardinal as he travelled to Bamenda.", code: "181", src: "-", tgt: "CMRCTH"},
		{why: "compass adjective", text: "Gunmen in northern Nigeria abducted a Catholic priest on Sunday.", code: "181", src: "-", tgt: "NGACTH"},
		{why: "killing, Mali", text: "Jihadists in central Mali killed a Protestant pastor last week.", code: "19", src: "-", tgt: "MLIPRO"},
		{why: "capital by possessive", text: "Armed men in Haiti's capital kidnapped a group of missionaries as they returned from an orphanage.", code: "181", src: "-", tgt: "HTIREL"},
		{why: "gang, Honduras", text: "Gang members in Honduras killed a Catholic priest.", code: "19", src: "-", tgt: "HNDCTH"},
		{why: "execution, Burkina Faso", text: "Islamist fighters in Burkina Faso's north executed a Muslim cleric.", code: "18", src: "-", tgt: "BFAMOS"},
		{why: "province", text: "Boko Haram fighters in Borno killed a Christian pastor.", code: "19", src: "-", tgt: "NGACHR"},
		// must-not
		{why: "no place: stays bare", text: "Gunmen abducted a Catholic priest.", code: "181", src: "-", tgt: "---CTH"},
		{why: "a speaker's place, commas", text: "Officials in Kenya said gunmen kidnapped a Catholic priest.", code: "181", src: "-", tgt: "---CTH"},
		{why: "aid workers stay no state's", text: "Rebels in eastern Congo abducted three aid workers on Tuesday.", code: "181", src: "-", tgt: "---NGO"},
		{why: "an arrest: criminal network", text: "Police in Lagos arrested members of a criminal network that smuggled migrants to Europe.", code: "173", src: "-", tgt: "---CRM"},
		{why: "victim's own nationality", text: "Gunmen in northern Nigeria kidnapped a British aid worker.", code: "181", src: "-", tgt: "GBR"},
		{why: "victim's own nationality, Syria", text: "Militants in Syria kidnapped two Italian journalists.", code: "181", src: "-", tgt: "ITA"},
		{why: "rockets fired from the place", text: "Militants in Gaza fired rockets at towns in the south.", code: "19", src: "-", tgt: "PSE", none: true},
		{why: "an IGO stays", text: "Rebels in eastern Congo attacked UN peacekeepers.", code: "19", src: "-", tgt: "COD", none: true},
	}, n20Side)
}

// TestS20N20TheirOwn: "their own" after a state's adjective on the
// subject's weapons ("Israeli tanks shelled ..., killing three of their
// own soldiers") is that state's, past the object and its place
// (actor/ownsubject_n19.go).
func TestS20N20TheirOwn(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "tanks, plural adjective subject", text: "Israeli tanks shelled Hamas positions, killing three of their own soldiers by mistake.", code: "190", src: "ISR", tgt: "ISRMIL"},
		{why: "no 'by mistake'", text: "Israeli tanks shelled Hamas positions, killing three of their own soldiers.", code: "190", src: "ISR", tgt: "ISRMIL"},
		{why: "object's place skipped", text: "Turkish jets struck Kurdish militant hideouts in northern Iraq on Monday, accidentally killing two of their own soldiers.", code: "190", src: "TUR", tgt: "TURMIL"},
		{why: "warplanes near a town", text: "Russian warplanes bombed Ukrainian trenches near Bakhmut, killing four of their own troops.", code: "190", src: "RUS", tgt: "RUSMIL"},
		{why: "friendly fire incident", text: "Saudi warplanes pounded Houthi positions in 2019, killing five of their own troops in a friendly fire incident.", code: "190", src: "SAU", tgt: "SAUMIL"},
		{why: "artillery units", text: "Indian artillery units shelled Pakistani posts, killing two of their own soldiers.", code: "190", src: "IND", tgt: "INDMIL"},
		// must-not
		{why: "their fighters: the object's", text: "Israeli tanks shelled Hamas positions, killing three of their fighters.", code: "190", src: "ISR", tgt: "ISR", none: true},
		{why: "their soldiers: the object's", text: "Russian warplanes bombed Ukrainian trenches, killing four of their soldiers.", code: "19", src: "RUS", tgt: "RUS", none: true},
		{why: "no own", text: "Israeli tanks shelled Hamas positions, killing three fighters.", code: "190", src: "ISR", tgt: "ISR", none: true},
		{why: "no own, artillery", text: "Indian artillery shelled Pakistani posts, killing two soldiers.", code: "19", src: "IND", tgt: "IND", none: true},
		{why: "reported 'its own': the speaker's", text: "Hamas said Israeli tanks shelled its positions, killing three of its own fighters.", code: "190", src: "ISR", tgt: "ISR", none: true},
	}, n20Side)
}

// TestS20N20PrivatePerson: a state's adjective on a private person's
// possessive names the person, a civilian of the state
// (actor/privateperson_n20.go); state roles keep the state.
func TestS20N20PrivatePerson(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "chef", text: "The Chinese ambassador criticised the Australian chef's remarks.", code: "111", src: "CHN", tgt: "AUSCVL"},
		{why: "comedian", text: "India protested against the British comedian's jokes about Hindu gods.", code: "11", src: "IND", tgt: "GBRCVL"},
		{why: "actress", text: "Beijing denounced the American actress's remarks on Tibet.", code: "111", src: "CHN", tgt: "USACVL"},
		{why: "singer", text: "Russia condemned the Ukrainian singer's song at Eurovision.", code: "111", src: "RUS", tgt: "UKRCVL"},
		{why: "cricketer", text: "Pakistan condemned the Indian cricketer's comments on Kashmir.", code: "111", src: "PAK", tgt: "INDCVL"},
		{why: "actor's visit", text: "Beijing criticised the Japanese actor's visit to the Yasukuni shrine.", code: "111", src: "CHN", tgt: "JPNCVL"},
		// must-not: state roles and things keep the state
		{why: "minister", text: "The Chinese ambassador criticised the Australian minister's remarks.", code: "111", src: "CHN", tgt: "AUSGOV"},
		{why: "president", text: "Argentina condemned the Brazilian president's comments about the Falklands.", code: "111", src: "ARG", tgt: "BRAGOV"},
		{why: "envoy", text: "India protested against the British envoy's remarks on Kashmir.", code: "11", src: "IND", tgt: "GBRGOV"},
		{why: "general", text: "Beijing denounced the American general's remarks on Taiwan.", code: "111", src: "CHN", tgt: "USAMIL"},
		{why: "government", text: "Turkey criticised the Dutch government's decision.", code: "111", src: "TUR", tgt: "NLDGOV"},
		{why: "army", text: "Russia condemned the Ukrainian army's shelling of Donetsk.", code: "111", src: "RUS", tgt: "UKRMIL"},
		{why: "a thing, not a person", text: "The Chinese embassy condemned the Australian economy's decline.", code: "111", src: "CHN", tgt: "AUSCVL", none: true},
	}, n20Side)
}

// TestS20N20Taiwan: "Taiwan Island" (Beijing's media) is Taiwan, and
// "the island" after Taiwan is named is Taiwan before any other island
// state (countries.txt, pipeline/island_n20.go).
func TestS20N20Taiwan(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "drills around", text: "The People's Liberation Army held drills around Taiwan Island on Monday, Xinhua said.", code: "15", src: "CHN", tgt: "TWN"},
		{why: "warned", text: "Beijing warned Taiwan Island against provoking confrontation.", code: "13", src: "CHN", tgt: "TWN"},
		{why: "encircled", text: "Chinese warships encircled Taiwan Island in a show of force.", code: "19", src: "CHN", tgt: "TWN"},
		{why: "lower-case island", text: "Beijing warned Taiwan island against provoking confrontation.", code: "13", src: "CHN", tgt: "TWN"},
		{why: "the island after Japan and Taiwan", text: "Japan protested after Chinese missiles landed near Taiwan, and the island condemned the launch.", code: "111", src: "TWN", tgt: "-"},
		{why: "the island after Taiwan alone", text: "China accused Taiwan of provocation, and the island rejected the charge.", code: "016", src: "TWN", tgt: "CHN"},
		// must-not
		{why: "no Taiwan: Japan's island", text: "Japan protested to China after warships sailed near Okinawa, and the island's governor criticised Tokyo.", code: "111", src: "TWN", tgt: "-", none: true},
		{why: "Sri Lanka", text: "Sri Lanka rejected India's protest, and the island's navy arrested Indian fishermen.", code: "17", src: "TWN", tgt: "-", none: true},
		{why: "Cyprus", text: "Cyprus rejected Turkey's claims, and the island's president criticised Ankara.", code: "111", src: "CYP", tgt: "TUR"},
		{why: "no state named", text: "The island condemned the drills.", code: "111", src: "TWN", tgt: "-", none: true},
	}, n20Side)
}

// TestS20N20ReactedRegime: a bare "the junta" ("the regime", "the
// military rulers", "the government") in the clause a reaction answers
// is the government of the one state reacted to (regime_n20.go).
func TestS20N20ReactedRegime(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "junta expelled its ambassador", text: "France condemned Mali after the junta expelled its ambassador.", code: "161", src: "MLIGOV", tgt: "-"},
		{why: "military rulers", text: "Germany criticised Niger after the military rulers suspended its aid programme.", code: "16", src: "NERGOV", tgt: "-"},
		{why: "junta executed", text: "The United States condemned Myanmar after the junta executed four activists.", code: "18", src: "MMRGOV", tgt: "-"},
		{why: "regime detained", text: "Britain protested to Iran after the regime detained a British-Iranian aid worker.", code: "173", src: "IRNGOV", tgt: "-"},
		{why: "junta expelled troops", text: "Russia praised Burkina Faso after the junta expelled French troops.", code: "16", src: "BFAGOV", tgt: "FRA"},
		{why: "the government", text: "Canada criticised Venezuela after the government jailed opposition leaders.", code: "173", src: "VENGOV", tgt: "-"},
		{why: "military rulers banned", text: "Sweden criticised Thailand after the military rulers banned the opposition party.", code: "17", src: "THAGOV", tgt: "-"},
		// must-not: ambiguous anaphors stay uncoded
		{why: "a state in the anaphor's clause", text: "France condemned Mali after Algeria said the junta had expelled its ambassador.", code: "161", src: "MLI", tgt: "-", none: true},
		{why: "coordinated subject", text: "France and Mali traded accusations after the junta expelled the ambassador.", code: "161", src: "MLI", tgt: "-", none: true},
		{why: "coordinated subject, France", text: "France and Mali traded accusations after the junta expelled the ambassador.", code: "161", src: "FRA", tgt: "-", none: true},
		{why: "coordinated object", text: "France condemned Mali and Burkina Faso after the junta expelled its ambassador.", code: "161", src: "MLI", tgt: "-", none: true},
		{why: "coordinated object, Burkina", text: "France condemned Mali and Burkina Faso after the junta expelled its ambassador.", code: "161", src: "BFA", tgt: "-", none: true},
		{why: "no state named", text: "The junta expelled France's ambassador.", code: "161", src: "FRA", tgt: "-", none: true},
	}, n20Side)
}

// TestS20N20BareComplaint: "complained" with no object and a time clause
// after it complains about the clause's subject, when a state complains
// about another party (11-disapprove.txt, complaint_n20.go).
func TestS20N20BareComplaint(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "past perfect", text: "Norway complained after Russian fishing boats had entered its waters near Svalbard.", code: "114", src: "NOR", tgt: "RUS"},
		{why: "simple past", text: "Norway complained after Russian fishing boats entered its waters near Svalbard.", code: "114", src: "NOR", tgt: "RUS"},
		{why: "helicopter", text: "Estonia complained after a Russian helicopter violated its airspace.", code: "114", src: "EST", tgt: "RUS"},
		{why: "vessels", text: "The Philippines complained after Chinese vessels had blocked its supply boats.", code: "114", src: "PHL", tgt: "CHN"},
		{why: "when", text: "Poland complained when Belarusian helicopters had crossed into its airspace.", code: "114", src: "POL", tgt: "BLR"},
		{why: "jets", text: "Greece complained after Turkish jets had violated its airspace 30 times.", code: "114", src: "GRC", tgt: "TUR"},
		{why: "drones", text: "South Korea complained after North Korean drones had crossed the border.", code: "114", src: "KOR", tgt: "PRK"},
		// must-not
		{why: "no actor in the clause", text: "Norway complained after the talks collapsed.", code: "114", src: "-", tgt: "-", none: true},
		{why: "residents after a flood", text: "Residents complained after the river flooded their homes.", code: "114", src: "-", tgt: "-", none: true},
		{why: "fans", text: "Fans complained after the match was cancelled.", code: "114", src: "-", tgt: "-", none: true},
		{why: "its own fishermen", text: "Norway complained after its own fishermen had entered Russian waters.", code: "114", src: "-", tgt: "-", none: true},
		{why: "shoppers", text: "Italian shoppers complained about rising prices.", code: "114", src: "-", tgt: "-", none: true},
		{why: "bare complaint", text: "Norway complained.", code: "114", src: "-", tgt: "-", none: true},
	}, n20Side)
}

// TestS20N20ProtestBlame: a participle of blame after a time clause whose
// subject is no actor (an accident) is the protesters' act, and names
// whom the protest is against (verb/participlehost_n20.go,
// protestblame_n20.go).
func TestS20N20ProtestBlame(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "tanker explosion, the protest", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people, blaming the government.", code: "14", src: "NGA", tgt: "NGAGOV"},
		{why: "tanker explosion, the blame", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people, blaming the government.", code: "112", src: "NGA", tgt: "NGAGOV"},
		{why: "floods, authorities", text: "Hundreds protested in Nairobi after floods killed 30 people, blaming the authorities.", code: "14", src: "KEN", tgt: "KENGOV"},
		{why: "building collapse", text: "Protesters gathered in Karachi after a building collapse killed nine people, blaming the city government.", code: "14", src: "PAK", tgt: "PAKGOV"},
		{why: "plane crash, Revolutionary Guards", text: "Students protested in Tehran after a plane crash killed 176 people, blaming the Revolutionary Guards.", code: "14", src: "IRN", tgt: "IRNMIL"},
		// must-not
		{why: "no blame: accident, no target", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people.", code: "14", src: "-", tgt: "NGA", none: true},
		{why: "a private person blamed", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people, blaming the driver.", code: "14", src: "-", tgt: "NGA", none: true},
		{why: "an attribution, no blame", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people, officials said.", code: "14", src: "-", tgt: "NGA", none: true},
		{why: "a participle of harm stays the blast's", text: "Hundreds protested in Lagos after a tanker explosion killed 12 people, injuring 30 more.", code: "19", src: "NGA", tgt: "-", none: true},
		{why: "a speaker's clause", text: "Police in Lagos said a tanker explosion killed 12 people, blaming a faulty valve.", code: "112", src: "-", tgt: "-", none: true},
	}, n20Side)
}
