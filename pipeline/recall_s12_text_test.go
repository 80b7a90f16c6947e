package pipeline

import "testing"

// TestRecallS12Text: events whose side a capitalised opening adjective
// hid (text/opening_s12.go). The model read "Heavy Russian" as one name,
// and the actor stage found no country in it, so the shelling's source
// came from the place or from nothing. The must-not rows keep the
// names of lands and peoples whose first word is an adjective ("North
// Korean", "New Caledonian", "Equatorial Guinean") and a name before a
// nationality.
func TestRecallS12Text(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"adjective before a nationality, shelling", "Heavy Russian shelling killed four civilians in the Kherson region on Sunday.", "19", "RUS", "UKR", false},
		{"adjective before a nationality, bombardment", "Intense Israeli bombardment killed dozens of Palestinians in Khan Younis.", "19", "ISR", "PSE", false},
		{"adjective before a nationality, settlers", "Violent Israeli settlers torched Palestinian homes near Nablus.", "17", "ISR", "PSE", false},
		{"adjective before a nationality, artillery", "Heavy Pakistani artillery fire hit Afghan border posts overnight.", "194", "PAK", "AFG", false},
		{"adjective before a nationality after a dateline", "KYIV, Nov 3 (Reuters) - Heavy Russian shelling killed four civilians in Kherson, officials said.", "19", "RUS", "UKR", false},
		// must-not: the name of a land or people keeps its country
		{"a land's name before its nationality", "North Korean troops fired artillery shells near the maritime border.", "194", "PRK", "-", false},
		{"a territory's name", "New Caledonian police arrested dozens of rioters in Noumea.", "173", "NCL", "-", false},
		{"a two-word nationality", "Equatorial Guinean authorities expelled two Spanish diplomats.", "161", "GNQ", "ESP", false},
		{"a name before a nationality", "Hamas Palestinian militants fired rockets at southern Israel.", "19", "PSE", "ISR", false},
		{"no attack coded from an adjective", "Heavy Russian losses were reported near Bakhmut.", "19", "", "", true},
	})
}

// TestRecallS12Brackets: a word the reporter adds in square brackets
// inside a quotation is the clause's subject ("[The Iranians] attacked
// our ship" coded nothing: the model read "[" and "]" as verbs).
func TestRecallS12Brackets(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"bracketed subject in a quotation", "\"[The Iranians] attacked our ship,\" the captain told Reuters.", "19", "IRN", "-", false},
		{"bracketed subject after a pronoun", "\"They [the soldiers] beat the prisoners,\" a former detainee said.", "18", "-", "-", false},
		{"bracketed name in reported speech", "He said [Hamas] had fired the rockets.", "19", "PSE", "-", false},
		{"bracketed subject, arrest", "\"[Kenyan police] arrested my son without a warrant,\" his mother said.", "173", "KEN", "KEN", false},
		// must-not: a bracketed aside names no act
		{"a bracketed aside", "\"We [the opposition] want fair elections,\" the senator said.", "19", "", "", true},
	})
}

// TestRecallS12CurrencyCode: the country code of a dollar ("US$") is no
// party to the event ("The IMF approved a US$3 bln bailout for Sri
// Lanka" targeted the United States).
func TestRecallS12CurrencyCode(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"a loan in US dollars", "The IMF approved a US$3 bln bailout for Sri Lanka.", "07", "-", "LKA", false},
		{"a pledge in US dollars", "Washington pledged US$500 million in military aid to Ukraine.", "03", "USA", "UKR", false},
		// must-not: the United States named before a sum is a party
		{"the United States as giver", "The US donated $5 million to flood victims in Pakistan.", "07", "USA", "-", false},
	})
}

// TestRecallS12Police: "police" after a nationality is the subject, not
// a headline's verb ("Kenyan police tear-gas opposition supporters" had
// KEN for its source), and a headline's verb after "Police" is coded
// ("Police arrest 20 in Lagos" coded nothing).
func TestRecallS12Police(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"police after a nationality in a headline", "Kenyan police tear-gas opposition supporters in Nairobi", "175", "KEN", "KEN", false},
		{"a headline's base form after Police", "Police arrest 20 in Lagos", "173", "NGA", "-", false},
		{"a headline's base form after Police, detain", "Police detain 12 over church attack", "173", "-", "-", false},
		// must-not
		{"a noun compound on Police", "Police chief sacked after prison break", "17", "", "", true},
		{"police as a verb", "Soldiers police the streets of Kabul.", "17", "", "", true},
	})
}

// TestRecallS12SeizedAfterAnd: a seizure after "and" in a list of the
// subject's acts is coded ("Troops killed 10 militants, arrested five
// others and seized weapons in Borno" lost its 1711).
func TestRecallS12SeizedAfterAnd(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"seized after and, bare object", "Troops killed 10 militants, arrested five others and seized weapons in Borno.", "1711", "NGA", "-", false},
		// must-not: seized weapons as a subject
		{"seized weapons as a subject", "Police arrested the suspects and seized weapons were put on display.", "1711", "", "", true},
	})
}
