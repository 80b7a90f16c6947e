package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestLeadS9RelationAppositive: a relation phrase set off by commas after
// a named actor ("Syria, Iran's closest ally, rejected") is that actor,
// so the clause keeps its subject; a relation phrase that is an item of a
// list, or stands alone, is still other, unnamed states.
func TestLeadS9RelationAppositive(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"ally appositive", "Syria, Iran's closest ally in the region, rejected the proposal on Monday.", "12", "SYR", "-", false},
		{"partner appositive", "Belarus, Russia's closest partner, hosted joint military drills with Russian troops near the Polish border.", "06", "BLR", "RUS", false},
		{"neighbour appositive", "Kenya, Somalia's southern neighbour, closed its border with Somalia.", "191", "KEN", "-", false},
		{"appositive before the verb, object after", "Pakistan, China's closest ally, condemned India.", "11", "PAK", "IND", false},
		// must-not: the appositive names the state after the relation
		{"appositive naming the ally", "Israel's closest ally, the United States, vetoed the resolution.", "12", "USA", "-", false},
		// must-not: a list item is another party
		{"list item", "Russia, Syria's main ally, and Iran met in Astana on Monday.", "04", "RUS", "IRN", false},
	})
}

// TestLeadS9NoEventTopics: market moves, natural disasters, accidents,
// space flight and dated photo captions hold no event; a political act
// in the same sentence keeps it.
func TestLeadS9NoEventTopics(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text    string
		discard bool
	}{
		{"Seoul's KOSPI benchmark index closed 1.8 percent lower as foreign investors sold chipmakers.", true},
		{"The naira weakened to a record low against the dollar as traders awaited the central bank's decision.", true},
		{"A powerful cyclone hit the coast of Mozambique overnight, flattening homes and cutting power to the port city of Beira.", true},
		{"Wildfires fanned by strong winds and drought forced thousands to flee their homes in southern Australia.", true},
		{"A bus plunged into a ravine in northern Pakistan, killing 22 passengers, officials said.", true},
		{"Two cosmonauts and a NASA astronaut docked with the space station after a six-hour flight.", true},
		{"Ukrainian President Volodymyr Zelensky speaks during a news conference in Kyiv, Ukraine, March 3, 2023.", true},
		{"Protesters march towards parliament in Nairobi, Kenya, June 25, 2024.", true},
		// must-not: a political act keeps the sentence
		{"The rouble plunged to a record low after the United States imposed sanctions on Russia's central bank.", false},
		{"The government declared a state of emergency after floods killed 50 people in the north.", false},
		{"A Ukrainian airliner crashed near Tehran after it was shot down by Iranian missiles.", false},
		{"North Korea launched a long-range rocket, defying United Nations sanctions.", false},
		{"President Joe Biden met Chinese President Xi Jinping in San Francisco on November 15, 2023.", false},
		{"Police say they arrested 20 protesters in Paris on May 1, 2023.", false},
		{"Kenya's president said on Tuesday the storm would not delay the deployment of police officers to Haiti.", false},
		{"Iran blamed Israel for a gas explosion at a nuclear facility near Isfahan.", false},
		{"Russia accused Ukraine of attacking the Crimean bridge, hours after a plane crash killed a Wagner commander.", false},
	} {
		why := p.Discards.Sentence(p.Text.Tokens(c.text, nil))
		if (why != "") != c.discard {
			t.Errorf("%q: discarded %q, want discard=%v", c.text, why, c.discard)
		}
	}
}

// TestLeadS9CaptionNeedsPlace: a present-tense sentence ending in a bare
// date is not taken for a caption; only the caption's "City, Country,
// Month D, YYYY" ending is.
func TestLeadS9CaptionNeedsPlace(t *testing.T) {
	p := newTestPipeline(t)
	for _, s := range []string{
		"Kenyan police fire tear gas at protesters demanding lower taxes, June 25, 2024.",
		"Russia says it will respond to the new sanctions, officials told reporters on March 3, 2023.",
	} {
		if why := p.Discards.Sentence(p.Text.Tokens(s, nil)); why != "" {
			t.Errorf("%q discarded: %s", s, why)
		}
	}
}

// TestLeadS9AgreedObject: an agreement or meeting of a coordinated
// subject whose object is a bare sector of no known state ("ambassadors",
// "their forces", "armoured vehicles") is between the subject's parties;
// the object is what they agree on. A named object party stays a party.
func TestLeadS9AgreedObject(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, code, src, tgt string
		noTgt                string // a target that must not appear
	}{
		{"Turkey and Israel agreed to reappoint ambassadors, restoring full diplomatic ties.", "030", "TUR", "ISR", "---GOV"},
		{"Ukraine and Poland agreed to jointly produce ammunition and armoured vehicles.", "0312", "UKR", "POL", "---MIL"},
		{"Indonesia and Australia signed a security treaty allowing their forces to train in each other's territory.", "057", "IDN", "AUS", "---MIL"},
		// must-not: a named party after the verb stays one
		{"Russia and Turkey agreed with Iran on a ceasefire in Idlib.", "", "", "", ""},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		if c.code == "" {
			found := false
			for _, e := range evs {
				for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
					found = found || a.Country == "IRN"
				}
			}
			if !found {
				t.Errorf("%q: Iran is no party: %s", c.text, describe(evs))
			}
			continue
		}
		hit := false
		for _, e := range evs {
			if e.CAMEO == c.code && hasCountry(e.Source, c.src) && hasCountry(e.Target, c.tgt) {
				hit = true
			}
			if e.CAMEO == c.code && actorCodes(e.Target) == c.noTgt {
				t.Errorf("%q: the object %s became a party: %s", c.text, c.noTgt, describe(evs))
			}
		}
		if !hit {
			t.Errorf("%q: want %s %s->%s, got %s", c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestLeadS9RoleOf: a person named by a role towards an actor after
// "of" ("the head of the main opposition party", "the son of a Hamas
// commander") puts the act on that actor's side.
func TestLeadS9RoleOf(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"head of a party", "A Tunisian court jailed the head of the main opposition party for 15 months.", "173", "TUN", "TUN", false},
		{"founder of a party", "The court sentenced the founder of the banned party to ten years in jail.", "116", "-", "-", false},
		{"wife of a politician", "Turkish police detained the wife of a jailed opposition politician.", "173", "TUR", "TUR", false},
		// must-not: a role the actor stage holds keeps its own reading
		{"named group after the verb", "Police arrested dozens of supporters of the opposition leader in Kinshasa.", "173", "COD", "COD", false},
	})
}

// TestLeadS9GapStopsAtVerbGroup: a pattern's gap does not cross a finite
// auxiliary and its participle, the verb of another clause; a passive
// gerund in the pattern's own clause is crossed.
func TestLeadS9GapStopsAtVerbGroup(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"expulsion, then criticism", "Pakistan's expulsion of Afghan refugees has drawn criticism from the UN refugee agency.", "174", "PAK", "AFG", false},
		{"the criticism is kept", "Pakistan's expulsion of Afghan refugees has drawn criticism from the UN refugee agency.", "111", "IGO", "PAK", false},
		{"no aid agency expelled", "Pakistan's expulsion of Afghan refugees has drawn criticism from the UN refugee agency.", "1663", "", "", true},
		// must-not: a passive participle the pattern names is still reached
		{"passive named by the pattern", "A truce between Israel and Hamas was brokered by Egypt on Friday.", "045", "EGY", "-", false},
		{"passive after a gap", "The deal was signed by Iran and Iraq in Baghdad on Monday.", "057", "IRN", "IRQ", false},
	})
}

// TestLeadS9StateProtestsAgainst: a state or government that "protested
// against" an act lodges a complaint (114); people who protest against a
// decision or a law demonstrate (141x).
func TestLeadS9StateProtestsAgainst(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"state against a decision", "Kenya protested against Somalia's decision to cut diplomatic ties with Nairobi.", "114", "KEN", "-", false},
		{"state against a deployment", "Vietnam protested against China's deployment of an oil rig in the South China Sea.", "114", "VNM", "-", false},
		{"government against an intrusion", "Japan's government protested against the Chinese coast guard's intrusion into its waters.", "114", "JPN", "CHN", false},
		{"no street protest by a state", "Vietnam protested against China's deployment of an oil rig in the South China Sea.", "141", "", "", true},
		// must-not: people protesting are a demonstration
		{"crowd against a bill", "Thousands of Kenyans protested against a new finance bill in Nairobi.", "1412", "KEN", "KEN", false},
		{"students against a decision", "Georgian students protested against the government's decision to suspend EU accession talks.", "14", "GEO", "-", false},
	})
}

// TestLeadS9StateDivisions: "X state" names a first-level division of a
// country whose divisions English calls states, over a department or a
// country of the same name ("Plateau state", "Niger state" are Nigerian).
func TestLeadS9StateDivisions(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"Plateau state", "Gunmen killed 12 villagers in Plateau state on Sunday.", "18", "-", "NGA", false},
		{"Niger state", "Gunmen killed 12 villagers in Niger state on Sunday.", "18", "-", "NGA", false},
		{"Rakhine state", "Police arrested 20 protesters in Rakhine state on Sunday.", "173", "MMR", "MMR", false},
		// must-not: the state's media are the country's
		{"Niger's state television", "Soldiers killed five protesters in Niamey, Niger state television reported.", "17", "NER", "NER", false},
	})
}

// TestLeadS9CapturedPlace: a capital, city or region captured or seized
// is territory occupied (192), not its state arrested; people captured
// are still arrested or abducted.
func TestLeadS9CapturedPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"capital captured", "Taliban fighters captured Kabul on Sunday as the government collapsed.", "192", "AFG", "AFG", false},
		{"region seized", "Rebels captured Idlib from government forces after a week of fighting.", "192", "SYR", "SYR", false},
		{"no arrest of a state", "Taliban fighters captured Kabul on Sunday as the government collapsed.", "173", "", "", true},
		// must-not: people captured
		// M25 (s25): soldiers an armed group captures are abducted (181).
		{"fighters captured", "Rebels captured 20 soldiers near Aleppo on Sunday.", "181", "SYR", "SYR", false},
		{"commander captured", "Troops captured the rebel commander in Goma.", "173", "COD", "COD", false},
	})
}

// TestLeadS9GapLeavesNoClause: a gap before the head does not reach back
// over "after", "before", "since" or "until", and no gap crosses
// "because", "although" or "unless": the words beyond are another
// clause's.
func TestLeadS9GapLeavesNoClause(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"the invader is the after-clause's subject", "NATO stationed more troops in Poland and the Baltic states after Russia invaded Ukraine.", "190", "RUS", "UKR", false},
		{"the attacker is the after-clause's subject", "The United States deployed an aircraft carrier to the eastern Mediterranean after Hamas attacked Israel.", "19", "PSE", "ISR", false},
		// must-not: a gap in one clause still reaches its head
		{"troops entering", "Turkish troops backed by Syrian rebels entered Afrin on Sunday.", "190", "TUR", "-", false},
		{"weighing whether", "The Philippine government is weighing whether to scrap its visiting forces agreement with the United States.", "014", "PHL", "USA", false},
	})
}

// TestLeadS9DocumentParticiple: a participle right after a document
// noun ("a UN report accusing", "a US State Department report
// criticising") is the document's author's act, not the act of the
// subject that rejects or welcomes the document.
func TestLeadS9DocumentParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"UN report accusing", "Israel rejected a UN report accusing its forces of war crimes in Gaza.", "1124", "IGO", "-", false},
		{"State Department report criticising", "China dismissed a US State Department report criticising its human rights record.", "111", "USA", "-", false},
		{"the rejection stays", "Israel rejected a UN report accusing its forces of war crimes in Gaza.", "12", "ISR", "IGO", false},
		// must-not: a document with no author named is left to the clause
		{"adopted resolution calling", "The Security Council adopted a resolution calling for a ceasefire in Gaza.", "02", "IGO", "-", false},
	})
}

// TestLeadS9ModalVerb: a word after a modal and before a particle or an
// object is the verb ("will hand/NN over the jets"); a noun after a modal
// elsewhere is untouched.
func TestLeadS9ModalVerb(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, word, tag string
	}{
		{"The Netherlands will hand over the F-16 jets to Ukraine.", "hand", "VB"},
		{"The minister would head the delegation to the talks in Geneva.", "head", "VB"},
		// must-not: no object or particle after it
		{"Prices will rise.", "rise", "VB"},
		{"Protesters carried a hand painted sign.", "hand", "NN"},
	} {
		for _, tok := range p.Text.Tokens(c.text, nil) {
			if tok.Lower == c.word && tok.Tag != c.tag {
				t.Errorf("%q: %s/%s, want %s", c.text, tok.Lower, tok.Tag, c.tag)
			}
		}
	}
	checkRootCases(t, p, []rootCase{
		{"jets to be handed over", "The Netherlands will hand over the F-16 jets to Ukraine.", "03", "NLD", "UKR", false},
	})
}

// TestLeadS9ObjectReducedRelative: a past form right after the object of
// a finite verb is a reduced relative on that object ("released a US
// citizen detained on drug charges"): the object is the one detained,
// never its releaser's own state, and the detention is not coded. After a verb of saying or fearing the
// noun phrase may be a clause's subject and is left alone.
func TestLeadS9ObjectReducedRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Since the eleventh session a reduced relative names an earlier
		// act and is not coded (docs/coding.md): the detention is background.
		{"the detention is not coded again", "Russia released a US citizen detained on drug charges.", "173", "", "", true},
		{"the release stays", "Russia released a US citizen detained on drug charges.", "0841", "RUS", "USA", false},
		// must-not: after a verb of saying the clause keeps its verb
		{"said, then a clause", "Police said protesters detained in Minsk were beaten.", "173", "BLR", "BLR", false},
	})
}

// TestLeadS9SeatIt: "it" may stand for a seat of government named by one
// word after "the" ("The Kremlin said it would"), although the
// dictionary dates the seat as it dates an office holder.
func TestLeadS9SeatIt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"Kremlin, it", "The Kremlin said it would not rule out military action against Moldova.", "138", "RUS", "MDA", false},
		// must-not: a person is still "he", and "the president" too
		{"the president, he", "The president said he would visit Kyiv.", "036", "-", "UKR", false},
	})
}
