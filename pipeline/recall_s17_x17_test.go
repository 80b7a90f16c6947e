package pipeline

import "testing"

// TestRecallS17X17 codes sentences whose act parley codes in a simple
// form ("Hungary condemned Russia's missile strike") but lost in a
// harder form of the same sentence: an aside set off by dashes or commas
// between the subject and its verb, a second verb after a time phrase
// and "and", a summing-up appositive after the clause, a line wrapped
// inside the sentence. The must-not rows keep what those forms must not
// change.
func TestRecallS17X17(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// An aside between dashes, with a finite verb of its own or
		// after "--", is skipped on the way back to the subject.
		{why: "em-dash aside holding a verb", text: "Hungary — whose prime minister has cultivated ties with Moscow — condemned Russia's missile strike on Kyiv.", code: "111", src: "HUN", tgt: "RUS"},
		{why: "double-hyphen aside", text: "The Chilean government -- under pressure from farmers -- imposed sanctions on Bolivia.", code: "163", src: "CHL", tgt: "BOL"},
		{why: "en-dash aside", text: "Uganda – which sends the largest contingent to the AU mission – recalled its ambassador from Burundi.", code: "161", src: "UGA", tgt: "BDI"},
		// A comma aside after the opening noun phrase: the verb the
		// tagger read as an adjective is the verb.
		{why: "comma aside opened by a preposition", text: "The Dutch government, in a statement on Friday, imposed sanctions on Belarus.", code: "163", src: "NLD", tgt: "BLR"},
		// A time phrase closes the first verb's clause before "and".
		{why: "second verb after a day and 'and'", text: "Estonia reviewed its border policy on Sunday and imposed sanctions on Belarus.", code: "163", src: "EST", tgt: "BLR"},
		// A summing-up appositive is no word of the clause's pattern.
		{why: "', a move' after an attack", text: "Chinese warships attacked Philippine vessels near the shoal, a move Manila called provocative.", code: "19", src: "CHN", tgt: "PHL"},
		// Lines wrapped inside a sentence.
		{why: "line wrapped after an article", text: "The Kenyan government on Tuesday expelled the\nSomali ambassador over the border row.", code: "161", src: "KEN", tgt: "SOM"},
		{why: "line wrapped before a lower-case word", text: "Kenya\nexpelled the Somali ambassador on Tuesday.", code: "161", src: "KEN", tgt: "SOM"},

		// must-not: an aside with no act codes nothing.
		{why: "dash aside, no act", text: "Nigeria – a country of 220 million people – has the largest economy in Africa.", code: "", none: true},
		// must-not: after a fronted adverbial the comma aside is no
		// subject's, and "armed police" stays a noun phrase.
		{why: "aside after a fronted adverbial", text: "In Kenya, by contrast, armed police patrolled the streets.", code: "", none: true},
		// must-not: a past form after the time phrase and "and" before a
		// finite verb describes that verb's subject.
		{why: "participle of the next clause's subject", text: "Rebels attacked the town on Monday and displaced families fled to the hills.", code: "02", none: true},
		// must-not: the attack on a decision before the comma is still
		// criticism.
		{why: "criticism before ', a move'", text: "Pakistan attacked India's decision to revoke Kashmir's autonomy, a move it called illegal.", code: "111", src: "PAK", tgt: "IND"},
		// must-not: a headline line stays its own sentence before a
		// dateline, and each codes its own act.
		{why: "headline then dateline", text: "Kenya expels Somali envoy\nNAIROBI (Reuters) - Kenya on Tuesday recalled its ambassador from Somalia.", code: "161", src: "KEN", tgt: "SOM"},
	})
}
