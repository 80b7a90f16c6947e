package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-events/parley/story"
)

// TestS8AddresseeAsking: a participle of asking or speaking after the
// party a letter or appeal is addressed to is the writer's act; after a
// plain object, or a party given something, it is that party's.
func TestS8AddresseeAsking(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"written to, asking", "Kenya's president wrote to the African Union asking for more peacekeepers.", "0234", "KEN", "-"},
		{"written to, asking: not the body", "Ukraine's foreign minister wrote to NATO asking for more air defence systems.", "0232", "UKR", "-"},
		{"written to, demanding", "Nigeria's opposition leader wrote to the electoral commission demanding a recount.", "10", "NGA", "-"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a party given a platform asks for itself", text: "Iran gave a platform to Iraqi militias calling for attacks on US forces.", code: "02", src: "IRQ", tgt: "-"},
		{why: "an object's own participle", text: "Zambian miners demanding unpaid wages blocked the road to the copper mine.", code: "10", src: "ZMB", tgt: "-"},
		{why: "arrested for demanding: the activists demand", text: "Turkish police detained dozens of Kurdish activists demanding the release of Abdullah Ocalan.", code: "10", src: "TUR", tgt: "-"},
	})
}

// TestS8WhoseOwner: a bare sector after "whose" belongs to the actor the
// relative hangs on; the fighters and weapons of an armed group are the
// group.
func TestS8WhoseOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"a group's drones", "The Houthis, whose drones struck Saudi oil facilities last month, threatened new attacks on Riyadh.", "19", "YEM", "SAU"},
		{"a group's drones: not the target's", "The Houthis, whose drones struck Saudi oil facilities last month, threatened new attacks on Riyadh.", "19", "!SAU", "-"},
		{"a state's troops", "Turkey, whose troops shelled Kurdish positions in Syria, accused the YPG of attacks.", "19", "TUR", "-"},
		{"a group's militants", "Al-Shabaab, whose militants bombed a hotel in Mogadishu, vowed more attacks.", "18", "SOM", "-"},
	})
	evs := codeText(t, p, "2024-05-01", "The Houthis, whose drones struck Saudi oil facilities last month, threatened new attacks on Riyadh.")
	for _, e := range evs {
		if e.CAMEORoot == "19" && (len(e.Source) == 0 || e.Source[0].Code != "YEMREB") {
			t.Errorf("whose drones: source %s, want the Houthis (YEMREB)", actorCodes(e.Source))
		}
	}
}

// TestS8HopeAbout: a hope or fear voiced about what the speaker will do
// to a party, or about what a party will do, is aimed at that party.
func TestS8HopeAbout(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"own act's object", "Opposition leader Kemal Kilicdaroglu voiced confidence that he would defeat President Erdogan in the runoff.", "013", "TUR", "TUR"},
		{"own act's 'with' party", "Japan expressed hope that it could reach a trade deal with the United States by the end of the year.", "013", "JPN", "USA"},
		{"the clause's subject", "Israel voiced confidence that Hamas would accept the proposal.", "013", "ISR", "PSE"},
		{"no party in the clause", "Iran voiced pessimism that the talks would succeed.", "012", "IRN", ""},
		{"a place is no object", "Pakistan expressed fear that it would be dragged into the war in Afghanistan.", "012", "PAK", ""},
		{"the party the clause's subject is with", "The Indonesian government expressed confidence that the dispute with Malaysia would be settled through talks.", "013", "IDN", "MYS"},
		{"talks with a body", "Iran voiced optimism that negotiations with the European Union would resume soon.", "013", "IRN", "-"},
	})
}

// TestS8UNBodies: a commission, tribunal or panel the UN backs or
// appoints is the UN's (IGO), while a government it backs stays the
// place's own: the UN is no foreign power whose proxy it would be.
func TestS8UNBodies(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"UN-backed commission expelled", "The United States suspended aid to Guatemala after its president expelled a UN-backed anti-corruption commission.", "174", "GTM", "!GTM"},
		{"UN-backed government in a city", "Libyan militias attacked the UN-backed government in Tripoli.", "19", "LBY", "LBY"},
		{"a state's proxy stays no one's", "Kremlin-backed forces shelled Avdiivka.", "19", "!UKR", "-"},
	})
	evs := codeText(t, p, "2024-05-01", "The United States suspended aid to Guatemala after its president expelled a UN-backed anti-corruption commission.")
	for _, e := range evs {
		if e.CAMEO == "174" && (len(e.Target) == 0 || e.Target[0].Code != "IGOUNO") {
			t.Errorf("UN-backed commission: target %s, want IGOUNO", actorCodes(e.Target))
		}
	}
}

// TestS8NamedPair: "the two sides" or "both sides" with no earlier event
// to refer to are the two parties a coordination names in the sentence
// before; one named party and a bare sector make no pair.
func TestS8NamedPair(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"pair named before, no event", "Armenia and Azerbaijan signed a peace framework in Washington. The two sides agreed to open their border.", "03", "ARM", "AZE"},
		{"pair named before, the other way", "Armenia and Azerbaijan signed a peace framework in Washington. The two sides agreed to open their border.", "03", "AZE", "ARM"},
		{"an army and a group", "Sudan's army and the Rapid Support Forces resumed fighting in Khartoum. Both sides agreed to a 72-hour truce on Saturday.", "0871", "SDN", "SDN"},
	})
	evs := codeText(t, p, "2024-05-01", "Police arrested dozens of protesters in Lima. Both sides accused each other of violence.")
	for _, e := range evs {
		if e.SentenceIndex == 1 && len(e.Source) > 0 {
			t.Errorf("one named party: sentence 2 coded %s %s>%s, want no sides", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS8JudgedHarm: a killing judged, or a concern voiced over an act, is
// aimed at whoever did it: the "by" agent, or the body or group whose
// attack the victims died in. A bare place before the attack noun names
// no attacker.
func TestS8JudgedHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"killing in a body's airstrike judged", "The Afghan government condemned the killing of 10 civilians in a NATO airstrike in Kunduz.", "111", "AFG", "!AFG"},
		{"deaths in a state's raid judged", "Jordan condemned the deaths of three Palestinians in an Israeli raid on Jenin.", "111", "JOR", "ISR"},
		{"concern over an act by a state", "Mexico expressed concern over the deportation of its citizens by the United States.", "012", "MEX", "USA"},
		{"killed in a group's attack", "Three soldiers were killed in a Boko Haram attack in Borno state.", "190", "NGA", "NGA"},
		{"no attacker named, the victims stay", "Egypt condemned the killing of 20 worshippers in a mosque in Sinai.", "111", "EGY", "EGY"},
	})
	for _, c := range []struct{ text, code, src string }{
		{"The Afghan government condemned the killing of 10 civilians in a NATO airstrike in Kunduz.", "111", "IGOWSTNAT"},
		{"Five civilians were killed in a NATO airstrike in Helmand.", "190", "IGOWSTNAT"},
		{"Three soldiers were killed in a Boko Haram attack in Borno state.", "190", "NGAREB"},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO != c.code {
				continue
			}
			side := e.Source
			if c.code == "111" {
				side = e.Target
			}
			for _, a := range side {
				found = found || a.Code == c.src
			}
		}
		if !found {
			t.Errorf("%q: no %s event with %s", c.text, c.code, c.src)
		}
	}
}

// TestS8PromiseObject: a bare promise or agreement (030) is aimed at the
// party its infinitive acts on, across a day; a country adjective there
// names a thing's, not a party.
func TestS8PromiseObject(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"promise to act on officials", "The new Kenyan government promised to cut the allowances of senior officials.", "030", "KEN", "KEN"},
		{"across a day", "Brazil's president vowed on Tuesday to sack the police chiefs responsible for the raid.", "030", "BRA", "BRA"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a player signed is no act on his country", text: "Bayern Munich agreed to sign the Korean defender from Napoli.", code: "03", none: true},
	})
}

// TestS8AidListAndCourts: aid sent as a list of supplies still reaches
// the state after "to", and a court or tribunal called international is
// an international body, not the host city's.
func TestS8AidListAndCourts(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"a list of supplies", "China sent blankets, tents and medicine to flood-hit Pakistan.", "073", "CHN", "PAK"},
		{"a list after the infinitive", "Qatar flew in tents, blankets and food on Sunday to help quake victims in Morocco.", "07", "QAT", "-"},
		{"international tribunal", "Tanzania handed over a genocide suspect to the international tribunal in Arusha.", "063", "TZA", "!TZA"},
		{"international court", "Serbia extradited a former general to an international court in The Hague.", "063", "SRB", "!NLD"},
		{"a national court stays the state's", "Police in Lagos arrested two men on a warrant from a court in Abuja.", "17", "NGA", "-"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "Serbia extradited a former general to an international court in The Hague.") {
		if e.CAMEO == "063" && (len(e.Target) == 0 || !strings.HasPrefix(e.Target[0].Code, "IGO")) {
			t.Errorf("international court: target %s, want an IGO", actorCodes(e.Target))
		}
	}
}

// TestS8AcrossADay: a day between the verb and its clause or infinitive
// changes nothing of whom a hope or refusal is about.
func TestS8AcrossADay(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"hope across a day", "Serbian President Aleksandar Vucic voiced confidence on Tuesday that he would defeat the opposition.", "013", "SRB", "SRB"},
		{"hope across a day, a state", "Japan expressed hope on Friday that it could reach a trade deal with the United States.", "013", "JPN", "USA"},
		{"refusal's infinitive object", "Egypt refused to open the border crossing for Palestinians fleeing Gaza.", "120", "EGY", "PSE"},
	})
}

// TestS8AheadOf: "ahead of" opens a time adjunct; the parties of the
// event it names are not the act's.
func TestS8AheadOf(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"prisoners freed ahead of a visit", "Belarus freed dozens of political prisoners ahead of a visit by a US envoy.", "0841", "BLR", "!USA"},
		{"prisoners freed ahead of a visit: own", "Belarus freed dozens of political prisoners ahead of a visit by a US envoy.", "0841", "BLR", "BLR"},
	})
}

// TestS8AdmittedHarm: an admission (015) of what the speaker did is aimed
// at whom it was done to, a country adjective on the thing included; an
// admission about no party has no target.
func TestS8AdmittedHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"admitted shelling a village", "Russia's defence ministry admitted on Friday that it had mistakenly shelled a Belarusian village.", "015", "RUS", "BLR"},
		{"admitted shooting down an airliner", "Iran's armed forces admitted that they had shot down a Ukrainian airliner by mistake.", "015", "IRN", "UKR"},
		{"admitted an act on no party", "Iran admitted that it had enriched uranium to 60 percent.", "015", "IRN", ""},
	})
}

// TestS8ItsNeighbour: "its neighbour" is the one other state the sentence
// or the one before names; the owner is the sentence's first state; with
// no other state it stays unknown.
func TestS8ItsNeighbour(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"the state named before", "Tensions between Ethiopia and Eritrea rose sharply. Ethiopia accused its neighbour of massing troops on the border.", "112", "ETH", "ERI"},
		{"a state in the same sentence", "Rwanda denied backing the M23 rebels in eastern Congo and accused its neighbour of arming Hutu militias.", "11", "RWA", "COD"},
		{"no other state", "Sudan accused its neighbour of harbouring rebels.", "112", "SDN", "!SDN"},
	})
}

// FuzzS8Sides2 runs the shapes this file's rules read, cut short at the
// tokens they look past ("whose", "UN-", "that", a list comma, "ahead"),
// so an index past a sentence's end shows as a crash.
func FuzzS8Sides2(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"Kenya's president wrote to the African Union asking",
		"The Houthis, whose", "whose drones struck", ", whose",
		"expelled a UN-backed", "UN-backed commission", "the u.n.-",
		"voiced confidence that", "voiced confidence on Monday that he would",
		"admitted that", "admit that they had shot down",
		"sent blankets,", "sent tents, and", "freed prisoners ahead", "ahead of",
		"Armenia and Azerbaijan met. The two sides", "Both sides agreed",
		"promised on Monday to", "refused again to", "to the international",
		"condemned the killing of", "killed in a NATO",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		if _, err := p.Code(context.Background(), story.Story{ID: "f", Date: "2024-05-01", Text: txt}); err != nil {
			t.Fatal(err)
		}
	})
}
