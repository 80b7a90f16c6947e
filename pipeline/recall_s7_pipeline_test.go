package pipeline

import (
	"testing"
)

// TestRecallS7Diplomacy: many-party diplomacy written for the seventh
// session. "The two leaders" after a visit or a hosting are its host and
// guest, as they are after talks; a definite reference to a deal the
// story never told of stays uncoded.
func TestRecallS7Diplomacy(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "side noun after a hosting", text: "Russian President Vladimir Putin hosted Chinese leader Xi Jinping in the Kremlin. The two leaders signed a pact on energy cooperation.", code: "057", src: "RUS", tgt: "CHN"},
		{why: "side noun after a reception", text: "NAIROBI, March 3 (Reuters) - Kenyan President William Ruto on Tuesday received Ugandan President Yoweri Museveni at State House. The two leaders later agreed to speed up work on a railway.", code: "030", src: "KEN", tgt: "UGA"},
		{why: "both sides after a welcome", text: "Vietnam's president welcomed Indonesian President Joko Widodo to Hanoi on Sunday. Both sides agreed to boost trade and investment.", code: "0311", src: "VNM", tgt: "IDN"},
		{why: "side noun after talks still works", text: "Ethiopian Prime Minister Abiy Ahmed held talks with Eritrean President Isaias Afwerki in Asmara, and the two sides pledged to deepen cooperation.", code: "030", src: "ETH", tgt: "ERI"},
		{why: "a deal the story never told of is no deal of the visit", text: "Indian Prime Minister Narendra Modi visited Bangladesh on Thursday. The agreement signed in 1996 is still in force.", code: "05", none: true},
		{why: "a deal the story never told of is no deal of the visit", text: "Indian Prime Minister Narendra Modi visited Bangladesh on Thursday. The accord reached in 1996 is still in force.", code: "03", none: true},
		{why: "a hosting names the guest as target", text: "Egypt hosted delegations from Sudan and Ethiopia for talks on the Nile dam on Sunday.", code: "043", src: "EGY", tgt: "ETH"},
		{why: "three-way talks pair every party", text: "The foreign ministers of Japan, South Korea and China held three-way talks in Busan on Saturday.", code: "040", src: "JPN", tgt: "KOR"},
		{why: "brokered deal: broker mediates", text: "Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China.", code: "045", src: "CHN", tgt: "IRN"},
	})
}

// TestDatelineQualifiers: what stands between a dateline's place and its
// dash (the agency, a country) is no place of the story's events, even
// when the gazetteer knows the word (Xinhua is a county in Hunan).
func TestDatelineQualifiers(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct{ text, place string }{
		{"BEIJING, May 4 (Xinhua) -- China and Cambodia agreed on Friday to boost cooperation in agriculture.", "Beijing"},
		{"PHNOM PENH, May 4 (Xinhua) -- Cambodia and Laos signed an agreement on border demarcation on Friday.", "Phnom Penh"},
		{"SOCHI, Russia (AP) - Russia and Turkey agreed on Friday to expand trade.", "Sochi"},
		// a place in the sentence itself still wins over the dateline
		{"KABUL, May 5 (Reuters) - Taliban fighters attacked a police post in Kunduz on Monday.", "Kunduz"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		if l := evs[0].Location; l == nil || l.Name != c.place {
			t.Errorf("%q: placed at %+v, want %s", c.text, l, c.place)
		}
	}
}
