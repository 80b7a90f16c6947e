package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS23LeadRetaliationMeans: a retaliation or response whose means is
// force names its target after the means ("retaliated with strikes inside
// Iran"); aerial means are 195. A labour strike or a tariff is no force.
func TestS23LeadRetaliationMeans(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"strikes inside", "Pakistan retaliated with strikes inside Iran two days later.", "190", "PAK", "IRN"},
		{"a strike on", "Israel retaliated with a strike on Iran.", "190", "ISR", "IRN"},
		{"raids into", "Ukraine hit back with raids into Russia's Belgorod region.", "190", "UKR", "RUS"},
		{"missile attacks", "Iran retaliated with missile attacks on Israel.", "195", "IRN", "ISR"},
		{"rocket fire", "Hezbollah responded with rocket fire at northern Israel.", "195", "LBN", "ISR"},
		{"a barrage of", "Iran responded with a barrage of missiles at Israel.", "195", "IRN", "ISR"},
		{"a wave of drones", "Russia retaliated with a wave of drones against Kyiv.", "195", "RUS", "UKR"},
	})
	p := newTestPipeline(t)
	for _, text := range []string{
		"Dock workers responded with strikes against the pension reform.",
		"Unions responded with strikes in the capital.",
		"Ecuador retaliated with tariffs on Colombian goods.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "19" {
				t.Errorf("%q: coded force %s", text, e.CAMEO)
			}
		}
	}
}

// TestS23LeadAngryWords: angry words traded are criticism both ways; a
// few words exchanged are not.
func TestS23LeadAngryWords(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"angry words", "Argentina and Britain exchanged angry words over the islands.", "111", "ARG", "GBR"},
		{"angry words", "Argentina and Britain exchanged angry words over the islands.", "111", "GBR", "ARG"},
		{"harsh words with", "Serbia traded harsh words with Croatia.", "111", "HRV", "SRB"},
	})
	if evs := codeText(t, p, "2024-05-01", "The two leaders exchanged a few words at the summit."); len(evs) > 0 {
		t.Errorf("a few words exchanged coded %s", describe(evs))
	}
}

// TestS23LeadReciprocalTopic: in a reciprocal act of a coordinated
// subject, the object of "over" or "about" is the issue, not a third
// party; one named with "with" still is.
func TestS23LeadReciprocalTopic(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, root, topic string
		party             bool
	}{
		{"Greece and Turkey traded accusations over Cyprus.", "11", "CYP", false},
		{"Argentina and Britain exchanged accusations over the Falklands.", "11", "FLK", false},
		{"Israel and Egypt held talks about Gaza.", "04", "PSE", false},
		{"Ethiopia and Egypt traded blame regarding Sudan.", "11", "SDN", false},
		{"Putin and Trump discussed Ukraine by phone.", "04", "UKR", false},
		{"Russia and China discussed Iran's nuclear programme.", "04", "IRN", false},
		// must-not: a third party named with "with" is one.
		{"Greece and Turkey traded accusations with Cyprus.", "11", "CYP", true},
	} {
		seen := false
		rootEvents(t, p, c.text, c.root, func(e *event.Event) {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				seen = seen || a.Country == c.topic
			}
		})
		if seen != c.party {
			t.Errorf("%q: %s as a party = %v, want %v", c.text, c.topic, seen, c.party)
		}
	}
}

// TestS23LeadApologyFor: what an apology or a plea for forgiveness is for
// is an act referred to, not one of the day, and never the apologiser's
// own act today. An act told as news beside a later apology stays.
func TestS23LeadApologyFor(t *testing.T) {
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"The Dutch government apologised for the Srebrenica massacre.", "20", false},
		{"Germany asked forgiveness for the massacre in Namibia.", "20", false},
		{"Belgium apologised to Congo for the killing of Patrice Lumumba.", "18", false},
		{"Israel apologised for the raid on the flotilla.", "19", false},
		{"Japan apologised for the Nanjing massacre.", "05", true},
		// must-not: the act itself told as news.
		{"Rebels massacred 40 villagers and later apologised.", "20", true},
		{"Militiamen carried out a massacre in the village, and the army apologised for failing to stop it.", "20", true},
	})
}

// TestS23LeadDroneFlight: a drone flown at or into a target is an attack
// (1952); one flown over or near a place is a flight.
func TestS23LeadDroneFlight(t *testing.T) {
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"Iran flew drones at Syria.", "1952", true},
		{"Militants flew an explosive-laden drone into an army post.", "1952", true},
		{"Taiwan detained a Chinese national who flew a drone over a military base.", "1952", false},
		{"A tourist flew a drone near the airport.", "1952", false},
	})
}

// TestS23LeadSuspendedParties: parties suspended, or their activities,
// are banned for a time (1722), not a de-escalation (087); a suspended
// offensive still is one.
func TestS23LeadSuspendedParties(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"activities of parties", "The junta suspended the activities of all political parties.", "1722", "-", "-"},
		{"activities of parties", "Mali's transitional authorities suspended the activities of political parties and associations.", "1722", "MLI", "-"},
		{"a party", "The military government suspended the main opposition party.", "1722", "-", "-"},
		{"an offensive", "The army suspended operations against the rebels.", "087", "-", "-"},
	})
}

// TestS23LeadAgreedAct: an agreement whose infinitive is coded as an
// intent or a coercive act is that act; the bare agreement (030) beside
// it goes, and with it the act's target as a party to the agreement. An
// agreement to a cooperative act that is not recoded, or to one not
// coded, keeps its 030.
func TestS23LeadAgreedAct(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, act string
		bare      bool
	}{
		{"The EU agreed to impose sanctions on Belarus.", "163", false},
		{"Turkey agreed to expel the Hamas officials.", "174", false},
		{"The United States agreed on Monday to send more troops to Poland.", "154", false},
		// must-not: nothing else coded, or a cooperative act.
		{"Japan agreed to pay 1 billion yen to a fund for the survivors.", "", true},
		{"Russia and Ukraine agreed on Tuesday after a long night of talks.", "", true},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		bare, act := false, c.act == ""
		for _, e := range evs {
			bare = bare || e.CAMEO == "030"
			act = act || e.CAMEO == c.act
		}
		if bare != c.bare || !act {
			t.Errorf("%q: bare 030 %v (want %v), act %s coded %v; got %s", c.text, bare, c.bare, c.act, act, describe(evs))
		}
	}
}

// TestS23LeadCitizenRelative: "a Chinese national accused of spying" is a
// reduced relative on the citizen noun, which the tagger often calls JJ:
// the accusation describes the person and is no event of the sentence.
func TestS23LeadCitizenRelative(t *testing.T) {
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"The Philippines expelled a Chinese national accused of spying.", "1125", false},
		{"The Philippines expelled a Chinese national accused of spying.", "174", true},
		// must-not: a finite accusation after a demonym subject.
		{"The Chinese accused Washington of spying.", "1125", true},
	})
}

// TestS23LeadInterceptionPlace: where an incoming weapon is brought down
// is no target; an attack on a place still targets the place's state.
func TestS23LeadInterceptionPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"intercepted over a city", "Saudi air defences intercepted a ballistic missile over Riyadh.", "190", "SAU", ""},
		{"shot down over a city", "Ukrainian air defences shot down 30 drones over Kyiv overnight.", "190", "UKR", "!UKR"},
		{"named weapons keep their state", "Ukrainian air defences shot down 30 Russian drones.", "190", "UKR", "RUS"},
		// must-not: an attack in a place.
		{"shelling in a place", "Syrian troops shelled villages in Idlib.", "194", "SYR", "SYR"},
		{"shot dead in a place", "Israeli forces shot dead a man in Jenin.", "-", "ISR", "PSE"},
	})
}

// TestS23LeadProtestOverhaul: protests, demonstrations and rallies against
// an overhaul or amendments are against a policy (1412), as marches
// against them already were.
func TestS23LeadProtestOverhaul(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"rallied against an overhaul", "Tens of thousands of Israelis rallied in Tel Aviv against the judicial overhaul.", "1412", "ISR", "-"},
		{"demonstrated against amendments", "Armenian students demonstrated against the constitutional amendments.", "1412", "ARM", "-"},
		{"protested against an amendment", "Polish lawyers protested against the amendment.", "1412", "POL", "-"},
	})
}

// TestS23LeadCapturedLand: land captured or seized, named as places right
// after the verb, is occupied (192), not arrested (173); people captured
// are arrested, and a state taken from elsewhere in the sentence changes
// nothing.
func TestS23LeadCapturedLand(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"places captured", "In June 1967, Israel captured the West Bank, Gaza and the Golan Heights.", "192", "ISR", "PSE"},
		{"people captured", "Lebanese forces captured Turkish fighters.", "173", "LBN", "TUR"},
		{"a person captured in a place", "Belgian police captured Salah Abdeslam in a raid in the Molenbeek district of Brussels.", "173", "BEL", "-"},
	})
}

// TestS23LeadBombedPlaces: places bombed named by a common noun are force,
// from the air when a state's forces bombed them (195 since R34); a
// state's forces that bombed and killed used force, not the non-military
// bombing (183) of a bomb that killed; militants' bombs of markets stay
// 1834.
func TestS23LeadBombedPlaces(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"a village bombed", "Myanmar's junta bombed a village in Sagaing.", "195", "MMR", "-"},
		{"bombed and killed", "Myanmar's junta bombed a village in Sagaing, killing more than 100 people.", "195", "MMR", "MMR"},
		{"towns bombed and killed", "The Syrian army bombed rebel-held towns, killing 30 civilians.", "195", "SYR", "SYR"},
		{"a market bombed by militants", "Militants bombed a market in Kabul, killing 12.", "1834", "-", "AFG"},
		{"a bomb that killed", "A bomb killed 12 people in a market in Kabul.", "183", "-", "AFG"},
	})
}

// TestS23LeadTrailingObligation: an obligation quoted before its speaker
// ("Hamas must release the hostages, Blinken said") is the speaker's
// demand (100) or appeal (020) on the obliged, as "Blinken said Hamas
// must ..." already was; one's own obligation is no demand.
func TestS23LeadTrailingObligation(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"must, speaker after", "Hamas must release all the hostages, Blinken said.", "100", "USA", "PSE"},
		{"must, quoted", "\"Russia must withdraw its troops from our territory,\" Zelensky told the General Assembly.", "100", "UKR", "RUS"},
		{"should, speaker after", "Israel should halt the settlement expansion, Egypt said on Sunday.", "020", "EGY", "ISR"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "\"We must defend our territory,\" Zelensky said.") {
		if e.CAMEORoot == "10" {
			t.Errorf("own obligation coded as demand %s", e.CAMEO)
		}
	}
}

// TestS23LeadIntelligenceObject: a bare "intelligence" a coordinated
// subject agrees about is what they agree on, not a third party.
func TestS23LeadIntelligenceObject(t *testing.T) {
	evs := codeText(t, newTestPipeline(t), "2024-05-01", "Seoul and Tokyo agreed to restore intelligence sharing.")
	if len(evs) != 2 {
		t.Fatalf("want the agreement both ways, got %s", describe(evs))
	}
	for _, e := range evs {
		for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
			if a.Country == "" {
				t.Errorf("a party with no state: %s", describe(evs))
			}
		}
	}
}

// TestS23LeadTownTakenThen: a town taken by its name alone may be followed
// by when ("last week", "earlier this year", "overnight"); a person's
// name so followed is still no town.
func TestS23LeadTownTakenThen(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"last week", "The rebels captured Goma last week.", "192", "COD", "COD"},
		{"earlier this year", "M23 rebels captured Goma earlier this year.", "192", "COD", "COD"},
		{"last June", "Islamic State seized Mosul last June.", "192", "-", "IRQ"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "Police captured Smith last night.") {
		if e.CAMEO == "192" {
			t.Errorf("a man captured coded as a town taken")
		}
	}
}

// TestS23LeadWithdrawalAnnounced: a state's withdrawal from an
// international body, announced or completed, ends its membership (160),
// as "withdrew from ECOWAS" already did; troops' withdrawal stays 0874.
func TestS23LeadWithdrawalAnnounced(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"announced withdrawal from a bloc", "Mali announced its withdrawal from ECOWAS.", "160", "MLI", "IGO"},
		{"announced withdrawal from a body", "Russia announced its withdrawal from the Council of Europe.", "160", "RUS", "IGO"},
		{"troops withdrawn", "The United States announced the withdrawal of its troops from Syria.", "0874", "USA", "-"},
	})
}

// TestS23LeadSentAsPartOfMission: forces sent or dispatched as part of a
// UN, UN-backed or international mission protect the state they reach
// (074), as those who arrive or deploy so do; a trade mission is none.
func TestS23LeadSentAsPartOfMission(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"sent as part of the UN mission", "Chad sent 1,000 soldiers to Mali as part of the UN mission.", "074", "TCD", "MLI"},
		{"landed as part of a UN-backed mission", "A first contingent of Kenyan police officers landed in Port-au-Prince as part of a UN-backed mission.", "074", "KEN", "HTI"},
	})
	if evs := codeText(t, p, "2024-05-01", "China sent diplomats to Kenya as part of a trade mission."); len(evs) > 0 {
		t.Errorf("a trade mission coded %s", describe(evs))
	}
}

// TestS23LeadSelfDiplomacy: ties are reduced between two states, so a
// bare source that took the envoy's state from the story has none; a
// named one keeps its own.
func TestS23LeadSelfDiplomacy(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"bare junta", "The junta expelled the French ambassador, and Paris condemned the decision.", "161", "!FRA", "FRA"},
		{"bare government", "The government recalled its ambassador from Paris.", "161", "!FRA", "FRA"},
		{"named junta", "Niger's junta expelled the French ambassador.", "161", "NER", "FRA"},
	})
}

// TestS23LeadCountermeasures: countermeasures or counter-sanctions
// announced, imposed or taken against a party are sanctions (163); warned
// of, they stay a threat.
func TestS23LeadCountermeasures(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"announced", "Beijing announced countermeasures against nine U.S. defence firms.", "163", "CHN", "USA"},
		{"took", "China took countermeasures against Lithuania.", "163", "CHN", "LTU"},
		{"warned of", "China warned it would take countermeasures if Washington went ahead with the sale.", "130", "CHN", "USA"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "China warned it would take countermeasures if Washington went ahead with the sale.") {
		if e.CAMEO == "163" && !e.Modality.Hypothetical && !e.Modality.Future {
			t.Errorf("a warned countermeasure coded as done")
		}
	}
}

// TestS23LeadVetoedAct: an act named by a noun that a veto stops did not
// happen; the veto is the event. An attack blocked was still attempted.
func TestS23LeadVetoedAct(t *testing.T) {
	checkCoded(t, newTestPipeline(t), []codedCase{
		{"Hungary's Orban vetoed a 50 billion euro EU aid package for Ukraine.", "07", false},
		{"Hungary's Orban vetoed a 50 billion euro EU aid package for Ukraine.", "12", true},
		{"Troops blocked an attack by militants on the base.", "19", true},
	})
}

// codedCase: whether text codes an event of code (two digits: a root).
type codedCase struct {
	text, code string
	want       bool
}

// checkCoded codes each case's text and compares whether an event of its
// code or root is there with want.
func checkCoded(t *testing.T, p *Pipeline, cases []codedCase) {
	t.Helper()
	for _, c := range cases {
		got := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			got = got || e.CAMEO == c.code || len(c.code) == 2 && e.CAMEORoot == c.code
		}
		if got != c.want {
			t.Errorf("%q: %s coded = %v, want %v", c.text, c.code, got, c.want)
		}
	}
}
