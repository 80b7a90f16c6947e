package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestAdjectiveBeforeDemonym: a capitalised adjective that opens a
// sentence, or the clause after a dateline, before a nationality and a
// common noun is an adjective, not the first word of a name ("Heavy/NNP
// Russian/NNP shelling" hid the country from the actor stage). Must-not
// rows: the words that open the names of lands and peoples ("North
// Korean", "New Caledonian", "South Sudanese"), a name before a
// nationality ("Hamas Palestinian militants"), a verb form heading a
// compound ("Prime Minister"), and a second word that is no nationality
// ("White House officials").
func TestAdjectiveBeforeDemonym(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Heavy Russian shelling killed four civilians in the Kherson region on Sunday.", "Heavy", "JJ", 0},
		{"Intense Israeli bombardment killed dozens of Palestinians in Khan Younis.", "Intense", "JJ", 0},
		{"Relentless Russian drone attacks knocked out power in Odesa.", "Relentless", "JJ", 0},
		{"Violent Israeli settlers torched Palestinian homes near Nablus.", "Violent", "JJ", 0},
		{"Heavy Pakistani artillery fire hit Afghan border posts overnight.", "Heavy", "JJ", 0},
		{"Fierce Yemeni government troops repelled a Houthi assault on Marib.", "Fierce", "JJ", 0},
		{"Relentless Turkish troops pushed deeper into Afrin on Friday.", "Relentless", "JJ", 0},
		{"KYIV, Nov 3 (Reuters) - Heavy Russian shelling killed four civilians in Kherson, officials said.", "Heavy", "JJ", 0},
		// must-not
		{"South Sudanese forces clashed with rebels in Upper Nile state.", "South", "NNP", 0},
		{"New Caledonian police arrested dozens of rioters in Noumea.", "New", "NNP", 0},
		{"Hamas Palestinian militants fired rockets at southern Israel.", "Hamas", "NNP", 0},
		{"Prime Minister Narendra Modi met Chinese officials in New Delhi.", "Prime", "NNP", 0},
		{"White House officials condemned the attack on the embassy.", "White", "NNP", 0},
		{"Overnight Israeli raids left three dead in Jenin.", "Overnight", "NNP", 0},
	})
}

// FuzzAdjectiveBeforeDemonym feeds the opening rule short capitalised
// openings of any bytes; it must not panic.
func FuzzAdjectiveBeforeDemonym(f *testing.F) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Heavy Russian shelling",
		"Heavy Russian",
		"KYIV (AP) -- Heavy Russian shelling",
		"Heavy Russi\xffan shelling hit",
		"Ab Cd ef",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a.Analyze(s)
	})
}

// TestSquareBrackets: square brackets round a word added inside a
// quotation are shown to the model as round ones, so the clause keeps
// its subject and verb ("[The Iranians]/VBP attacked/VBN our ship" had
// no finite verb); the tokens keep their text. Must-not rows: a
// sentence with no brackets reads as before.
func TestSquareBrackets(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"\"[The Iranians] attacked our ship,\" the captain told Reuters.", "attacked", "VBD", 0},
		{"\"[The Iranians] attacked our ship,\" the captain told Reuters.", "[", "(", 0},
		{"\"[The Iranians] attacked our ship,\" the captain told Reuters.", "]", ")", 0},
		{"He said [Hamas] had fired the rockets.", "had", "VBD", 0},
		{"\"[Kenyan police] arrested my son without a warrant,\" his mother said.", "arrested", "VBD", 0},
		// must-not
		{"The Iranians attacked our ship, the captain told Reuters.", "attacked", "VBD", 0},
		{"He said Hamas had fired the rockets.", "Hamas", "NNP", 0},
	})
}

// TestPoliceIsPlural: "police" is a plural noun that ends in no -s, so
// it is never a headline's -s verb after a nationality ("Kenyan
// police/VBZ tear-gas"), and a headline's base form after it is its
// present verb as after any plural ("Police arrest/JJS 20 in Lagos").
// Must-not rows: "police" as a verb after a plural subject, a noun
// after "Police" in a headline that goes on with its own verb or a
// participle, and a true superlative.
func TestPoliceIsPlural(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Kenyan police tear-gas opposition supporters in Nairobi", "police", "NNS", 0},
		{"Kenyan Police Tear-Gas Opposition Leader Odinga's Convoy", "Police", "NNS", 0},
		{"Police arrest 20 in Lagos", "arrest", "VBP", 0},
		// must-not
		{"Soldiers police the streets of Kabul.", "police", "VBP", 0},
		{"Police chief sacked after prison break", "chief", "NN", 0},
		{"Police brutality sparks protests in Nigeria", "brutality", "NN", 0},
		{"Police chase biggest gang in Lagos", "biggest", "JJS", 0},
		{"Moscow expels two British diplomats", "expels", "VBZ", 0},
	})
}

// TestSeizedAfterAnd: "seized" and "confiscated" after "and" in a clause
// whose verb came before, and before a bare noun, are that clause's
// second verb ("arrested five others and seized/JJ weapons"), as the
// assault pasts are; before a finite verb the noun phrase is a subject
// ("and seized weapons were put on display").
func TestSeizedAfterAnd(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Troops killed 10 militants, arrested five others and seized weapons in Borno.", "seized", "VBD", 0},
		// must-not
		{"Police arrested the suspects and seized weapons were put on display.", "seized", "JJ", 0},
	})
}
