package pipeline

import "testing"

// TestLeadS8CoordinatedAfterThat: a past verb after "and" that follows a
// that-clause whose own verb is a base or present form is coordinated
// with the verb the clause completes, so it shares the main subject
// ("demanded that Seoul halt/VB the drills and warned" is North Korea's
// warning). A past verb inside the that-clause keeps the clause's subject.
// The tagger reads a mandative clause's base verb as a base form
// ("demanded that Seoul halt", not halt/VBD).
func TestLeadS8CoordinatedAfterThat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"mandative, then past", "North Korea demanded that Seoul halt its joint drills with the United States and warned of grave consequences.", "13", "PRK", "-", false},
		{"present clause, then past", "China insisted that Japan stop the patrols and lodged a formal protest.", "11", "CHN", "-", false},
		{"modal clause, then past", "The EU said that Russia must halt the attacks and imposed new sanctions.", "16", "IGO", "-", false},
		{"recalled after a demand", "Peru demanded that Chile withdraw its troops and recalled its ambassador.", "16", "PER", "CHL", false},
		// must-not: the past verb inside the that-clause keeps its subject
		{"past inside the clause", "The minister said that police arrested 20 protesters and charged them with rioting.", "17", "-", "-", false},
		{"past inside the clause, sides", "Kenya said that Somali troops crossed the border and attacked a police post.", "19", "SOM", "-", false},
	})
}

// TestLeadS8DirectiveTo: the party a directive is addressed to with "to"
// ("an ultimatum to Hamas to release", "an order to the army to
// withdraw") is the one told to act, as the indirect object of "gave
// Ukraine an ultimatum to withdraw" is. An infinitive of purpose after a
// plain "to" phrase keeps the subject.
func TestLeadS8DirectiveTo(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"ultimatum to X", "Israel issued an ultimatum to Hamas to release the hostages within 48 hours.", "08", "PSE", "-", false},
		{"indirect object, as before", "Russia gave Ukraine an ultimatum to withdraw its troops.", "08", "UKR", "-", false},
		// must-not: a trip "to" a place to do something is the traveller's
		{"purpose after a destination", "The Turkish foreign minister flew to Moscow to hold talks with Lavrov.", "04", "TUR", "-", false},
	})
}

// TestLeadS8RightsPeople: a human-rights activist, lawyer or defender
// with no country given is a national of the state the story places them
// in, as any citizen is; rights groups and monitors, often international
// bodies, get no country this way.
func TestLeadS8RightsPeople(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"lawyer jailed", "China jailed a prominent human rights lawyer for subversion.", "17", "CHN", "CHN", false},
		{"activist jailed", "Vietnam jailed a rights activist for nine years over Facebook posts.", "17", "VNM", "VNM", false},
		{"activists placed", "Rights activists in Cairo said police detained 40 people.", "01", "EGY", "-", false},
	})
	for _, s := range []string{
		"A rights group accused the army of torture.",
		"Human rights monitors accused the army of torture.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			for _, a := range e.Source {
				if a.Country != "" {
					t.Errorf("%q: a rights body took country %s (%s)", s, a.Country, e.CAMEO)
				}
			}
		}
	}
}

// TestLeadS8AttackRelative: a relative clause after an attack that a
// subject carried out, launched or staged tells what the attack did, so
// the subject is its agent ("carried out a strike in Damascus that killed
// two generals"); after a verb of judging the subject is no attacker.
func TestLeadS8AttackRelative(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Israel carried out a strike in Damascus that killed two Iranian generals.", "ISR", "IRN"},
		{"US forces conducted a raid that killed an Islamic State leader in Syria.", "USA", "IMG"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.CAMEORoot == "19" && hasCountry(e.Source, c.src) && hasCountry(e.Target, c.tgt) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no 19 %s->%s; got %s", c.text, c.src, c.tgt, describe(evs))
		}
	}
	for _, s := range []string{
		"Iran condemned a strike in Damascus that killed two Iranian generals.",
		"The UN denounced an attack on a market that killed 40 people.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			if e.CAMEORoot != "19" && e.CAMEORoot != "18" {
				continue
			}
			for _, a := range e.Source {
				if a.Country == "IRN" || a.Code == "IGOUNO" {
					t.Errorf("%q: the judge %s became the attacker (%s)", s, a.Code, e.CAMEO)
				}
			}
		}
	}
}

// TestLeadS8OfOwner: relatives and staff named "of" someone take that
// owner's country past a determiner or adjective ("the wife of a British
// diplomat" GBR, "of deposed Libyan leader Muammar Gaddafi" LBY), and
// coordinated heads share the owner after the last one ("the wife and
// three children of ...").
func TestLeadS8OfOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"indefinite owner", "Iran released the wife of a British diplomat.", "08", "IRN", "GBR", false},
		{"adjective before the owner", "Algeria granted refuge to the son of deposed Libyan leader Muammar Gaddafi.", "07", "DZA", "LBY", false},
		{"coordinated heads", "Algeria granted refuge to the wife and three children of deposed Libyan leader Muammar Gaddafi.", "07", "DZA", "LBY", false},
		// must-not: a place after "of" is not the owner here
		{"domestic, no owner", "Police in Kampala detained the wife of an opposition leader.", "17", "UGA", "UGA", false},
	})
}

// TestLeadS8DisasterChains: a participle chain after a clause whose
// subject is a disaster ("Heavy rains caused floods ..., cutting off
// roads and forcing thousands from their homes") is the disaster's doing,
// no actor's; the same chain after an armed actor's clause is its act.
func TestLeadS8DisasterChains(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"disaster, second participle", "Heavy rains caused floods across southern Kenya, cutting off roads and forcing thousands from their homes.", "20", "-", "-", true},
		{"disaster, first participle", "The cyclone flattened villages along the coast of Mozambique, forcing thousands from their homes.", "20", "-", "-", true},
		// must-not: an armed actor's chain is still coded
		{"armed actor", "Government troops shelled villages in Darfur, burning homes and forcing thousands from their homes.", "20", "SDN", "-", false},
	})
}

// TestLeadS8Visits: visits told with a city and no actor after the place
// word name the city's state as host: a visit begun "to" a city, flying
// "into" one, being in one "for talks"; being "expected in" one announces
// the visit (036). One's own capital, or a city with no talks, is none.
func TestLeadS8Visits(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"visit begun", "The Iraqi prime minister began a visit to Damascus on Sunday.", "042", "IRQ", "SYR", false},
		{"flew into", "The Egyptian president flew into Khartoum on Sunday for talks with Sudanese generals.", "042", "EGY", "SDN", false},
		{"in a city for talks", "Turkish Foreign Minister Mevlut Cavusoglu was in Moscow for talks with Sergei Lavrov on Syria.", "042", "TUR", "RUS", false},
		{"expected in", "The Iranian foreign minister is expected in Damascus on Monday.", "036", "IRN", "SYR", false},
		// must-not
		{"weather expected", "Heavy rain is expected in Dhaka on Monday.", "03", "-", "-", true},
		{"in hospital", "The Turkish foreign minister was in hospital on Tuesday for tests.", "04", "-", "-", true},
	})
}

// TestLeadS8AdverbNames: a state whose name the tagger reads as an
// adverb ("Norway/RB") still mediates.
func TestLeadS8AdverbNames(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"Norway mediates", "Norway mediated peace talks between the Colombian government and FARC rebels.", "045", "NOR", "COL", false},
	})
}

// TestLeadS8ArmsSent: tanks, guns, drones and missiles sent "to" a state
// are arms for it (072, 0332 when promised), not the sender's force on the
// move (154) nor a drone strike; sent to a border, into a state, or with
// troops they stay force. Attacks vowed as a noun are a threat of force
// (138), and "security" alone is no police force ("the UN Security
// Council").
func TestLeadS8ArmsSent(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"tanks promised", "Germany said it would send Leopard 2 tanks to Ukraine.", "0332", "DEU", "UKR", false},
		{"drones sent", "Iran sent drones and ammunition to Russia.", "072", "IRN", "RUS", false},
		{"attacks vowed", "Hamas vowed more attacks on Israel after the raid.", "138", "PSE", "ISR", false},
		{"strikes promised", "The Houthis promised new strikes against Saudi Arabia.", "138", "YEM", "SAU", false},
		{"framework signed", "Armenia and Azerbaijan signed a peace framework in Washington.", "057", "ARM", "AZE", false},
		// must-not
		{"into a state", "Russia sent tanks into Ukraine.", "07", "-", "-", true},
		{"to a border town", "Syria sent tanks to the border town on Sunday.", "07", "-", "-", true},
		{"a letter to the Security Council", "Iran sent a letter to the UN Security Council.", "15", "-", "-", true},
		{"inquiry vowed", "Iran vowed an inquiry into the attacks on its embassy.", "13", "-", "-", true},
	})
}

// TestLeadS8PassiveNotAgent: the subject of a passive is what was done
// to it, never the agent of an attack named after the verb ("Three
// soldiers were killed in an attack on a checkpoint" has no attack by the
// soldiers); a light verb before the attack still makes its subject the
// agent ("Israel carried out an attack on a checkpoint").
func TestLeadS8PassiveNotAgent(t *testing.T) {
	p := newTestPipeline(t)
	for _, s := range []string{
		"Three Egyptian soldiers were killed in an attack on a checkpoint in northern Sinai.",
		"Five Syrian civilians were killed in an airstrike on a market in Idlib.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			for _, a := range e.Source {
				if a.Sector == "MIL" || a.Sector == "CVL" {
					t.Errorf("%q: the passive's subject %s became an attacker (%s)", s, a.Code, e.CAMEO)
				}
			}
		}
	}
	checkRootCases(t, p, []rootCase{
		{"light verb keeps its subject", "Israeli forces carried out an attack on a checkpoint near Jenin.", "19", "ISR", "-", false},
	})
}

// TestLeadS8ArrestedRelative: people arrested or detained "in"/"during"
// something who are the subject of a later verb were arrested, not
// arresters, also when their noun opens the sentence ("Activists arrested
// in Moscow were released"); a main verb with an object after its place
// ("Police arrested in Moscow 20 activists") keeps its subject.
func TestLeadS8ArrestedRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"opening common noun", "Activists arrested in Moscow were released on Sunday.", "173", "RUS", "RUS", false},
		{"main verb", "Russian police arrested in Moscow 20 activists.", "173", "RUS", "RUS", false},
	})
	for _, e := range codeText(t, p, "2024-05-01", "Activists arrested in Moscow were released on Sunday.") {
		if e.CAMEORoot == "17" {
			for _, a := range e.Source {
				if a.Sector == "CVL" {
					t.Errorf("the arrested activists became the arresters (%s)", e.CAMEO)
				}
			}
		}
	}
}
