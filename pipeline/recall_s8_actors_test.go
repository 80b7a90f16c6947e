package pipeline

import (
	"strings"
	"testing"
)

// TestRecallS8Actors codes wire sentences written for the eighth
// session's actor families (plural references to states, geographic
// names that hold a state's name, victims and captives, nationality
// adjectives in the object), each in an event whose code is easy, so
// that only the actors vary. Must-not rows use the same words where they
// name no actor.
func TestRecallS8Actors(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// The plural of a divided state's name is both states.
		{why: "the two Koreas as subject", text: "The two Koreas exchanged artillery fire across their disputed sea border on Tuesday.", code: "19", src: "PRK", tgt: "KOR"},
		{why: "the two Koreas agree", text: "The two Koreas agreed on Friday to restore a military hotline cut last year.", code: "03", src: "-", tgt: "-"},
		{why: "officials of both Koreas meet", text: "Officials from both Koreas met in the truce village of Panmunjom on Wednesday.", code: "04", src: "-", tgt: "-"},
		{why: "the two Sudans", text: "The two Sudans signed a deal on oil transit fees in Addis Ababa.", code: "057", src: "SDN", tgt: "SSD"},
		// A state inside the name of a sea or a landform is no side.
		{why: "joint drills in the South China Sea", text: "Philippine and US warships held joint drills in the South China Sea on Monday.", code: "06", src: "PHL", tgt: "USA"},
		{why: "pirates off the Horn of Africa", text: "Somali pirates hijacked a bulk carrier off the Horn of Africa on Sunday.", code: "18", src: "SOM", tgt: "-"},
		{why: "Chinese ships in the South China Sea", text: "Chinese coast guard vessels fired water cannon at a Philippine supply boat in the South China Sea.", code: "19", src: "CHN", tgt: "PHL"},
	})
	sidesLack(t, p, []sideLack{
		{"Philippine and US warships held joint drills in the South China Sea on Monday.", "CHN"},
		{"Indian and Japanese warships held joint exercises in the Arabian Sea.", "SAU"},
		{"Australian and French navies held drills in the Indian Ocean this week.", "IND"},
		{"Pirates attacked a cargo ship off the Horn of Africa.", "AFR"},
		{"US and Japanese warships sailed through the Taiwan Strait.", "TWN"},
		{"The envoy met North Korean officials to discuss the Korean Peninsula.", "KOR"},
	})
}

// sideLack is a sentence and a country none of its events may have as a
// source or a target.
type sideLack struct{ text, country string }

// sidesLack codes each sentence and fails on any event with the country
// on either side.
func sidesLack(t *testing.T, p *Pipeline, cases []sideLack) {
	t.Helper()
	for _, c := range cases {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			for _, a := range append(e.Source[:len(e.Source):len(e.Source)], e.Target...) {
				if a.Country == c.country || strings.HasPrefix(a.Code, c.country) {
					t.Errorf("%q: %s %s>%s has %s on a side", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.country)
				}
			}
		}
	}
}
