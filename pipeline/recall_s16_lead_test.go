package pipeline

import "testing"

// TestS16LeadOwnState: "his country", "her government", "their country"
// are the state of the person (or the people, for "their") the sentence
// named last before the pronoun (pipeline/ownstate_lead.go), never the
// subject of the pronoun's own clause, and not when they are the subject
// of what a speaker says or a thing ("his country house").
func TestS16LeadOwnState(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "object of a reported act", text: "Poland's president said Russia was trying to intimidate his country.", code: "13", src: "RUS", tgt: "POL"},
		{why: "possessor of the thing attacked", text: "Iranian officials said Israel had attacked their country's nuclear facilities.", code: "19", src: "ISR", tgt: "IRN"},
		{why: "embargo against", text: "The Cuban foreign minister condemned the U.S. embargo against his country.", code: "163", src: "USA", tgt: "CUB"},
		{why: "her country", text: "Japan's prime minister said China's military build-up threatened her country.", code: "13", src: "CHN", tgt: "JPN"},
		{why: "a bombing recalled", text: "The Serbian president said NATO had bombed his country in 1999.", code: "19", src: "IGO", tgt: "SRB"},
		{why: "the referent is not the pronoun's own subject", text: "Lebanese officials said Israeli jets had violated their country's airspace dozens of times.", code: "15", src: "ISR", tgt: "LBN"},
		{why: "must not: the violators do not own the airspace", text: "Lebanese officials said Israeli jets had violated their country's airspace dozens of times.", code: "15", src: "-", tgt: "ISR", none: true},
		{why: "must not: the speaker's state as the subject of what is said is no target", text: "Pakistan's prime minister warned that his country would not tolerate Afghan-based militants.", code: "13", src: "-", tgt: "PAK", none: true},
		{why: "must not: no referent in the sentence", text: "He said his country would respond to any aggression.", code: "", src: "-", tgt: "-", none: true},
		{why: "must not: a country house", text: "The Kenyan minister sold his country house near Nakuru.", code: "", src: "-", tgt: "-", none: true},
		{why: "must not: a footballer's country", text: "The Brazilian striker scored twice for his country on Sunday.", code: "", src: "-", tgt: "-", none: true},
		{why: "'our country' in a quotation is the speaker's", text: "\"Azerbaijan has attacked our country again,\" the Armenian prime minister said.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "'our country' after 'said:'", text: "The Armenian prime minister said: \"Azerbaijan has attacked our country again.\"", code: "19", src: "AZE", tgt: "ARM"},
		{why: "must not: an unnamed speaker's country", text: "\"They attacked my country,\" he said.", code: "", src: "-", tgt: "-", none: true},
	}, sideCountry)
}

// TestS16LeadAppositiveParticiple: an -ing word between commas right
// after the subject, before a preposition and the clause's finite verb,
// is a participle of that subject (text/participle_lead.go), so "X and Y,
// meeting in Z, agreed" codes their meeting beside the agreement. Nouns
// there ("The meeting, held in Geneva", "The company, operating in
// Nigeria") stay what they were.
func TestS16LeadAppositiveParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "meeting at a summit's sidelines", text: "Xi Jinping and Joe Biden, meeting on the sidelines of the G20 summit, agreed to resume military cooperation.", code: "04", src: "CHN", tgt: "USA"},
		{why: "meeting in a third capital", text: "Iran and Saudi Arabia, meeting in Beijing, agreed to restore diplomatic relations.", code: "04", src: "SAU", tgt: "IRN"},
		{why: "the agreement stays", text: "Iran and Saudi Arabia, meeting in Beijing, agreed to restore diplomatic relations.", code: "03", src: "IRN", tgt: "SAU"},
		{why: "meeting, then a call", text: "Macron and Scholz, meeting in Berlin, called for new sanctions on Russia.", code: "04", src: "FRA", tgt: "DEU"},
		{why: "must not: a meeting as the subject", text: "The meeting, held in Geneva, ended without agreement.", code: "", src: "-", tgt: "-", none: true},
		{why: "must not: a firm operating", text: "The company, operating in Nigeria since 1990, reported record profits.", code: "", src: "-", tgt: "-", none: true},
		{why: "must not: a building housing", text: "The building, housing three ministries, collapsed after the earthquake.", code: "", src: "-", tgt: "-", none: true},
	}, sideCountry)
}

// TestS16LeadPairedDomestic: a bare opposition or rebel phrase coordinated
// with one state's government or armed forces is that state's
// (pipeline/ownstate_lead.go, pairedDomestic), even when other states are
// named as mediators or places; not beside a bare state, and not rebels
// another state backs.
func TestS16LeadPairedDomestic(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "government and opposition in a capital named for its state", text: "Venezuela's government and the opposition signed an agreement in Mexico City.", code: "057", src: "VEN", tgt: "VEN"},
		{why: "government and opposition with a mediator", text: "Venezuela's government and the opposition, meeting in Mexico City under Norwegian mediation, signed an agreement.", code: "057", src: "VEN", tgt: "VEN"},
		{why: "army and rebels with a mediator", text: "The Sudanese army and the rebels signed a deal in Juba with South Sudanese mediation.", code: "057", src: "SDN", tgt: "SDN"},
		{why: "military and rebels, a broker named", text: "Myanmar's military and the rebels agreed to a truce brokered by China.", code: "08", src: "MMR", tgt: "MMR"},
		{why: "must not: rebels beside a bare foreign state", text: "Russia and the rebels agreed to a ceasefire in Idlib, Turkish officials said.", code: "08", src: "RUS", tgt: "RUS", none: true},
	}, sideCountry)
}

// TestS16LeadDisputeTopic: what a row or dispute is "over" is its subject
// matter, no target of the act the row explains (verb/topic_lead.go): the
// embassy's host, from the place, is.
func TestS16LeadDisputeTopic(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "embassy shut after a row over a person", text: "Peru shuttered its embassy in Moscow after the row over the ousted president.", code: "161", src: "PER", tgt: "RUS"},
		{why: "must not: the person the row is about", text: "Peru shuttered its embassy in Moscow after the row over the ousted president.", code: "161", src: "-", tgt: "PER", none: true},
		{why: "consulate shut after a spat", text: "Poland closed its consulate in St Petersburg after a spat over the detained journalist.", code: "161", src: "POL", tgt: "RUS"},
		{why: "a named target before the row stays", text: "Russia expelled two Moldovan diplomats after a row over the detained activist.", code: "161", src: "RUS", tgt: "MDA"},
		{why: "a sanction 'over' an act still names the act's party", text: "Britain imposed sanctions on Iran over the detention of a British-Iranian aid worker.", code: "163", src: "GBR", tgt: "IRN"},
	}, sideCountry)
}

// TestS16LeadStruckObject: a nominal attack that is the subject of a verb
// of hitting ("an air strike hit ...") is aimed at what the verb hit, not
// at the place the pipeline would fall back on (verb/topic_lead.go,
// struckBy).
func TestS16LeadStruckObject(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "a consulate in another state's capital", text: "An Israeli air strike hit Iran's consulate in Damascus.", code: "19", src: "ISR", tgt: "IRN"},
		{why: "must not: the capital's state", text: "An Israeli air strike hit Iran's consulate in Damascus.", code: "19", src: "-", tgt: "SYR", none: true},
		{why: "positions of a group", text: "Russian air strikes hit Ukrainian army positions near Bakhmut.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "a plain place stays the place's", text: "An Israeli air strike hit a school in Gaza.", code: "19", src: "ISR", tgt: "PSE"},
	}, sideCountry)
}
