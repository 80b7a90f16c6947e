package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// n23Case: code is the CAMEO code (or a two-digit root) that must be coded
// (none: must not be coded; "" with none: no event at all). src and tgt, when not "", are code prefixes
// the found event's source and target must have; notTgt, when not "", is
// a code prefix no target of it may have ("*" for no target at all).
type n23Case struct {
	why, text string
	code      string
	src, tgt  string
	notTgt    string
	none      bool
}

func checkN23(t *testing.T, cases []n23Case) {
	t.Helper()
	p := newTestPipeline(t)
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := -1
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated {
				continue
			}
			if c.code == "" || e.CAMEO == c.code || len(c.code) == 2 && e.CAMEORoot == c.code {
				found = i
				break
			}
		}
		if c.none {
			if found >= 0 {
				t.Errorf("%s: %q coded %s, want none; got %s", c.why, c.text, c.code, describe(evs))
			}
			continue
		}
		if found < 0 {
			t.Errorf("%s: %q coded no %s; got %s", c.why, c.text, c.code, describe(evs))
			continue
		}
		e := &evs[found]
		if c.src != "" && !n23HasCode(e.Source, c.src) {
			t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(e.Source), c.src)
		}
		if c.tgt != "" && !n23HasCode(e.Target, c.tgt) {
			t.Errorf("%s: %q target %s, want %s", c.why, c.text, actorCodes(e.Target), c.tgt)
		}
		if c.notTgt == "*" && len(e.Target) > 0 || c.notTgt != "" && c.notTgt != "*" && n23HasCode(e.Target, c.notTgt) {
			t.Errorf("%s: %q target %s, want not %s", c.why, c.text, actorCodes(e.Target), c.notTgt)
		}
	}
}

func n23HasCode(as []event.Actor, prefix string) bool {
	for _, a := range as {
		if strings.HasPrefix(a.Code, prefix) {
			return true
		}
	}
	return false
}

// TestS22N23Recall: faults noticed in the twenty-first session and left,
// each a general cause, on sentences written for this test (none from
// the dev sets or the probes), beside rows where the rule must stay out.
func TestS22N23Recall(t *testing.T) {
	checkN23(t, []n23Case{
		// 1. Force that allowed or helped someone strikes the enemy the
		// helped clause names, not the helped.
		{why: "airstrikes allowed fighters to retake from IS", text: "US airstrikes allowed Kurdish fighters to retake the town from Islamic State.", code: "195", src: "USA", tgt: "IMG"},
		{why: "airstrikes enabled forces to retake from IS", text: "Russian airstrikes enabled Syrian government forces to retake Palmyra from Islamic State in 2016.", code: "195", src: "RUS", tgt: "IMG"},
		{why: "air strikes helped troops recapture from rebels", text: "French air strikes helped Malian troops to recapture Gao from Islamist rebels.", code: "195", src: "FRA", notTgt: "MLI"},
		{why: "air strikes allowed forces to retake from the Houthis", text: "Saudi-led air strikes allowed pro-government forces to retake Aden from the Houthis.", code: "195", src: "SAU", tgt: "YEMREB"},
		{why: "must-not: airstrikes that killed fighters keep them", text: "US airstrikes killed 30 Islamic State fighters near Raqqa.", code: "195", src: "USA", tgt: "IMG"},
		{why: "must-not: airstrikes that hit a militia keep it", text: "Israeli airstrikes hit Hezbollah positions in southern Lebanon.", code: "195", src: "ISR", tgt: "LBN"},
		// 2. An attack claimed is a claim of responsibility (015); a
		// bombing coded from "claim" is also one; a claim about an
		// attack is neither.
		{why: "claimed the attack on a hotel", text: "Al-Shabaab claimed the attack on the hotel in Mogadishu.", code: "015", src: "SOM", tgt: "SOM"},
		{why: "claimed the kidnapping", text: "Boko Haram claimed the kidnapping of 300 schoolgirls in Chibok.", code: "015", src: "NGA", tgt: "NGA"},
		{why: "claimed a car bomb attack", text: "The ELN claimed a car bomb attack on a police academy in Bogota.", code: "015", src: "COL"},
		{why: "claimed the attacks in a city", text: "Islamic State claimed the attacks in Brussels.", code: "015", src: "IMG", tgt: "BEL"},
		{why: "claimed the bombing: the claim", text: "The Pakistani Taliban claimed the bombing of a police station in Peshawar.", code: "015", src: "PAK"},
		{why: "claimed the bombing: still the bombing", text: "The Pakistani Taliban claimed the bombing of a police station in Peshawar.", code: "183", src: "PAK"},
		{why: "must-not: claimed the attack was staged", text: "Russia claimed the attack was staged by Ukraine.", code: "015", none: true},
		{why: "must-not: claimed the bombing had been carried out by others", text: "Moscow claimed the bombing had been carried out by Ukrainian agents.", code: "18", none: true},
		{why: "must-not: claimed victory", text: "The ruling party claimed victory in the election in Zimbabwe.", code: "015", none: true},
		{why: "must-not: claimed the seat", text: "The opposition claimed the seat in the by-election in Lahore.", code: "015", none: true},
		{why: "must-not: claimed the drone was American", text: "Iran claimed the drone was American.", code: "015", none: true},
		// 3. A subject modified by a participle phrase is still the
		// subject (and a passive's patient).
		{why: "students protesting were beaten", text: "Students protesting against the fee rise were beaten by police in Dhaka.", code: "175", src: "BGDCOP", tgt: "BGDEDU"},
		{why: "teachers demanding pay were beaten", text: "Teachers demanding higher pay were beaten by riot police in Nairobi.", code: "182", src: "KENCOP", tgt: "KENEDU"},
		{why: "supporters protesting were beaten", text: "Opposition supporters protesting the election result were beaten by soldiers in Kinshasa.", code: "175", src: "CODMIL", tgt: "CODOPP"},
		{why: "journalists covering a protest", text: "Journalists covering the protest were beaten by police in Caracas.", code: "182", src: "VENCOP", tgt: "VENMED"},
		{why: "soldiers guarding the border were attacked", text: "Soldiers guarding the border were attacked by militants in Mali.", code: "190", tgt: "MLIMIL"},
		{why: "must-not: no participle, unchanged", text: "Protesters were beaten by police in Minsk.", code: "175", src: "BLRCOP", tgt: "BLRCVL"},
		{why: "must-not: active clause, unchanged", text: "Police beat students protesting against the fee rise in Dhaka.", code: "175", src: "BGDCOP", tgt: "BGDEDU"},
		// 4. A city that names an accord is no place of the event and
		// no party.
		{why: "Paris climate accord", text: "The Trump administration pulled out of the Paris climate accord in 2017.", code: "160", src: "USA", notTgt: "FRA"},
		{why: "Paris agreement", text: "The United States withdrew from the Paris agreement in 2020.", code: "160", src: "USA", notTgt: "FRA"},
		{why: "Jeddah process", text: "Sudan's army walked out of the Jeddah process in 2023.", code: "14", src: "SDN", notTgt: "SAU"},
		{why: "must-not: a protest in Paris", text: "Thousands protested in Paris against the pension reform.", code: "14", src: "FRA"},
		{why: "must-not: a visit to Paris for climate talks", text: "Kenya's president travelled to Paris for the climate talks.", code: "042", src: "KEN", tgt: "FRA"},
		{why: "must-not: rebels attacked a Goma hospital", text: "Rebels attacked a Goma hospital on Monday.", code: "18", tgt: "COD"},
		// 6. A match told as a span of play or by its goals names no
		// league or team, and is no event (discards.txt SPORTS).
		{why: "behind the attacks all game", text: "Brazil had been behind the attacks all game.", code: "", none: true},
		{why: "pressed for the whole match", text: "Nigeria pressed for the whole match but could not break through.", code: "", none: true},
		{why: "must-not: behind the attacks on shipping", text: "Iran had been behind the attacks on shipping in the Gulf, Washington said.", code: "112", src: "IRN"},
		{why: "must-not: behind the attacks all year", text: "Russia has been behind the attacks all year, Ukraine's foreign minister said.", code: "112", src: "RUS"},
		{why: "must-not: police at the final whistle", text: "Police fired tear gas at fans after the final whistle in Buenos Aires.", code: "175", src: "ARGCOP"},
		// 7. Power won in an election is no coup.
		{why: "seized power in a landslide election", text: "Labour seized power in a landslide election.", code: "180", none: true},
		{why: "seized power in the general election", text: "The Congress party seized power in the 2004 general election in India.", code: "180", none: true},
		{why: "must-not: the military seized power", text: "The military seized power in Niger in July 2023.", code: "180", src: "NERMIL"},
		{why: "must-not: a coup after an election", text: "Soldiers seized power in Gabon after the disputed election.", code: "180", src: "GAB"},
		{why: "must-not: seized power in a coup", text: "Army officers seized power in a coup in Burkina Faso.", code: "180", src: "BFA"},
	})
}
