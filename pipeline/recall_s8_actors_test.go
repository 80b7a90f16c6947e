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
		{why: "officials of both Koreas meet", text: "Officials from both Koreas met in the truce village of Panmunjom on Wednesday.", code: "04", src: "PRKGOV", tgt: "KORGOV"},
		{why: "the two Koreas' ministers", text: "The two Koreas' unification ministers held talks at the border on Monday.", code: "04", src: "PRKGOV", tgt: "KORGOV"},
		{why: "the two Sudans", text: "The two Sudans signed a deal on oil transit fees in Addis Ababa.", code: "057", src: "SDN", tgt: "SSD"},
		// "the North" and "the South" once a half of the pair is named.
		{why: "the North after South Korea", text: "South Korea said the North had fired two short-range ballistic missiles off its east coast.", code: "15", src: "PRK", tgt: "-"},
		{why: "the South as the accused", text: "North Korea accused the South of flying drones over Pyongyang and warned of retaliation.", code: "112", src: "PRK", tgt: "KOR"},
		{why: "the South warned", text: "North Korea warned the South on Sunday against staging joint drills with US forces.", code: "13", src: "PRK", tgt: "KOR"},
		// A state inside the name of a sea or a landform is no side.
		{why: "joint drills in the South China Sea", text: "Philippine and US warships held joint drills in the South China Sea on Monday.", code: "06", src: "PHL", tgt: "USA"},
		{why: "pirates off the Horn of Africa", text: "Somali pirates hijacked a bulk carrier off the Horn of Africa on Sunday.", code: "18", src: "SOM", tgt: "-"},
		{why: "a strait named for a state is along it", text: "China held live-fire drills near the Taiwan Strait on Saturday, its military said.", code: "15", src: "CHN", tgt: "TWN"},
		{why: "Chinese ships in the South China Sea", text: "Chinese coast guard vessels fired water cannon at a Philippine supply boat in the South China Sea.", code: "17", src: "CHN", tgt: "PHL"},
		// Collectives of states: a definite set is coded, a vague one is not
		// filled from the story.
		{why: "Sahel juntas as a set", text: "Sahel juntas accused France of arming jihadist groups in the region.", code: "11", src: "WAF", tgt: "FRA"},
		{why: "the Quartet", text: "The Quartet called on Israel and the Palestinian Authority to return to talks.", code: "02", src: "IGO", tgt: "ISR"},
		{why: "Gulf states", text: "Gulf Arab states condemned the drone strike on the Saudi refinery.", code: "111", src: "PGS", tgt: "-"},
		{why: "the states around the Persian Gulf", text: "Persian Gulf states condemned the Iranian missile test on Sunday.", code: "111", src: "PGS", tgt: "IRN"},
		{why: "Central America is no United States", text: "Central American governments condemned the ouster of the Honduran president.", code: "111", src: "LAM", tgt: "HND"},
		{why: "Baltic states", text: "The three Baltic states expelled several Russian diplomats on Thursday.", code: "16", src: "EEU", tgt: "RUS"},
		{why: "an unspecified set of states acts", text: "Several countries recalled their ambassadors from Caracas after the disputed election.", code: "16", src: "---", tgt: "VEN"},
		{why: "neighbouring states accuse", text: "Neighbouring states accused Eritrea of arming rebels in the border region.", code: "11", src: "---", tgt: "ERI"},
		{why: "the warring parties in a state are its", text: "Kenya offered to mediate between the warring parties in South Sudan.", code: "039", src: "KEN", tgt: "SSD"},
		{why: "rival factions in a state", text: "Algeria hosted talks between rival factions in Libya last week.", code: "04", src: "DZA", tgt: "LBY"},
		{why: "a state and its allies", text: "The United States and its allies condemned North Korea's latest missile launch.", code: "111", src: "USA", tgt: "PRK"},
		{why: "a state urges its allies", text: "Kyiv urged its allies on Tuesday to speed up deliveries of air defence systems.", code: "02", src: "UKR", tgt: "---"},
		{why: "a state and other states", text: "Russia and several other countries boycotted the conference in Geneva.", code: "12", src: "RUS", tgt: "-"},
		// Captives and those aboard a seized ship.
		// M25 (s25): a crew an armed group seizes is taken hostage (181).
		{why: "the crew of a flagged tanker", text: "Houthi fighters seized the crew of a British-flagged tanker in the Red Sea.", code: "181", src: "YEM", tgt: "GBR"},
		{why: "a dual national jailed", text: "An Iranian court jailed a French dual national for five years on espionage charges.", code: "17", src: "IRN", tgt: "FRA"},
		// M20 (s20): the captors free them; marines that free hostages code nothing.
		{why: "hostages by nationality", text: "Abu Sayyaf freed 12 Filipino hostages on Jolo island.", code: "08", src: "PHL", tgt: "PHL"},
		{why: "an aid worker by nationality", text: "Gunmen kidnapped a German aid worker in northern Mali on Sunday.", code: "18", src: "-", tgt: "DEU"},
		{why: "private guards are civilians of their state", text: "Gunmen abducted four Nepali security guards outside a compound in Kabul.", code: "18", src: "-", tgt: "NPLCVL"},
		{why: "foreign volunteers captured", text: "Russian troops captured two British volunteers near Mariupol, Moscow said.", code: "17", src: "RUS", tgt: "GBRCVL"},
		// A maker or a backer in the object is no side; an owner or a flag is.
		{why: "made-by is no target", text: "Houthi rebels shot down a US-made drone over Yemen on Friday.", code: "19", src: "YEM", tgt: "-"},
		{why: "a flagged tanker seized", text: "Iran seized a British-operated tanker in the Strait of Hormuz.", code: "1711", src: "IRN", tgt: "GBR"},
	})
	sidesLack(t, p, []sideLack{
		{"Houthi rebels shot down a US-made drone over Yemen on Friday.", "USA"},
		{"Police seized a cache of Iranian-made rifles in Bahrain.", "IRN"},
		{"Sahel juntas accused France of arming jihadist groups in the region.", "FRAGOV"},
		{"Houthi fighters seized the crew of a British-flagged tanker in the Red Sea.", "---"},
		// An unspecified set of states lends none of them, nor the story's.
		{"Several governments condemned the military takeover in Gabon.", "GABGOV"},
		{"Many countries expelled Russian diplomats after the poisoning in Salisbury.", "GBR"},
		{"Sudan's neighbouring countries closed their borders on Monday.", "SDN"},
		{"Philippine and US warships held joint drills in the South China Sea on Monday.", "CHN"},
		{"Indian and Japanese warships held joint exercises in the Arabian Sea.", "SAU"},
		{"Australian and French navies held drills in the Indian Ocean this week.", "IND"},
		{"Pirates attacked a cargo ship off the Horn of Africa.", "AFR"},
		{"Central American governments condemned the ouster of the Honduran president.", "USA"},
		{"Iran threatened to close the Persian Gulf to oil tankers bound for the West.", "PGS"},
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
