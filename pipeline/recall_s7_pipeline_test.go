package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/story"
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
		{why: "a meeting's topic is no party", text: "Envoys from the United States, Russia, China and Pakistan met in Moscow to discuss Afghanistan.", code: "040", src: "USA", tgt: "RUS"},
		{why: "brokered deal: broker mediates", text: "Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China.", code: "045", src: "CHN", tgt: "IRN"},
	})
}

// TestDatelineQualifiers: what stands between a dateline's place and its
// dash (the agency, a country) is no place of the story's events, even
// when the gazetteer knows the word (Xinhua is a county in Hunan); the
// dateline places a lead only when its states include the dateline's or
// it names none. An empty place means no location.
func TestDatelineQualifiers(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct{ text, place string }{
		{"BEIJING, May 4 (Xinhua) -- China and Cambodia agreed on Friday to boost cooperation in agriculture.", "Beijing"},
		{"PHNOM PENH, May 4 (Xinhua) -- Cambodia and Laos signed an agreement on border demarcation on Friday.", "Phnom Penh"},
		{"SOCHI, Russia (AP) - Russia and Turkey agreed on Friday to expand trade.", "Sochi"},
		// a lead whose states are all another's did not happen in the
		// dateline's city
		{"BANGKOK (AP) - Myanmar's military carried out air strikes on villages on Monday.", ""},
		{"WASHINGTON (Reuters) - Russian forces shelled Ukrainian positions on Monday.", ""},
		{"NAIROBI (Reuters) - Police fired tear gas at protesters on Monday.", "Nairobi"},
		// a call or a meeting is not where its topic is
		{"In a phone call on Tuesday, the Saudi crown prince and the Iranian president discussed the war in Gaza.", ""},
		{"The French and German leaders met in Berlin to discuss the crisis in Niger.", "Berlin"},
		// violence during a war is where the war is
		{"Russian troops attacked Ukrainian positions during the war in Ukraine.", "Ukraine"},
		// a place in the sentence itself still wins over the dateline
		{"KABUL, May 5 (Reuters) - Taliban fighters attacked a police post in Kunduz on Monday.", "Kunduz"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		if l := evs[0].Location; c.place == "" && l != nil {
			t.Errorf("%q: placed at %+v, want no place", c.text, l)
		} else if c.place != "" && (l == nil || l.Name != c.place) {
			t.Errorf("%q: placed at %+v, want %s", c.text, l, c.place)
		}
	}
}

// TestRecallS7Sides: sides from context. A pattern that names the side
// it acts on among its own words ("clashed with police", "fired tear gas
// at protesters") has that side as target, not the place's state; a harm
// whose subject is the attack just coded is that attack's agent's, not
// the place's; a state named as the far side of a border lends its
// country to no bare sector.
func TestRecallS7Sides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "literal police is the target", text: "Opposition supporters clashed with police in Kinshasa on Monday.", code: "145", src: "COD", tgt: "CODCOP"},
		{why: "literal police is the target", text: "Protesters clashed with police in Nairobi on Tuesday after the opposition called for nationwide demonstrations.", code: "145", src: "KEN", tgt: "KENCOP"},
		{why: "literal soldiers are the target", text: "Youths clashed with soldiers in the northern town of Kidal.", code: "145", src: "MLI", tgt: "MLIMIL"},
		{why: "repression keeps the place's people", text: "Riot police fired rubber bullets at protesters in Jakarta on Thursday.", code: "175", src: "IDN", tgt: "IDN"},
		{why: "literal police with stones", text: "Demonstrators threw stones at police in Caracas on Sunday.", code: "145", src: "VEN", tgt: "VENCOP"},
		{why: "the police, not the embassy's owner", text: "Protesters clashed with police outside the US embassy in Islamabad.", code: "145", src: "PAK", tgt: "PAKCOP"},
		{why: "the by-agent is no target of its own act", text: "The shelling of Donetsk by Ukrainian forces wounded three civilians, officials said.", code: "194", src: "UKRMIL", tgt: "UKR"},
		{why: "a nominal attack's harm is its agent's", text: "The bombing of Kharkiv by Russian jets killed at least six people, Ukrainian officials said.", code: "195", src: "RUSMIL", tgt: "-"},
		{why: "a nominal attack's harm is its agent's, through 'has'", text: "The bombardment of Aleppo by Syrian and Russian warplanes has killed hundreds of civilians.", code: "190", src: "RUSMIL", tgt: "-"},
		{why: "a place in the act's object outweighs a foreign dateline", text: "BEIRUT (Reuters) - Rebels shelled government-held areas of Aleppo on Monday, state media said.", code: "194", src: "SYRREB", tgt: "SYR"},
		{why: "the town of a place outweighs a foreign dateline", text: "AMMAN (Reuters) - Rebels seized the town of Nawa in southern Syria on Sunday.", code: "192", src: "SYRREB", tgt: "-"},
		{why: "the dateline still fills a sentence with no place", text: "ISLAMABAD (Reuters) - Troops killed four militants in a raid on Sunday, the army said.", code: "19", src: "PAKMIL", tgt: "-"},
		{why: "troops sent to a border are aimed at the state beyond", text: "India deployed troops to the border with China.", code: "154", src: "IND", tgt: "CHN"},
		{why: "closing a border acts on the state beyond", text: "Uganda closed its border with South Sudan on Friday.", code: "191", src: "UGA", tgt: "SSD"},
		{why: "rockets fired from a place came from it", text: "Rockets fired from Gaza landed in southern Israel on Sunday, wounding two people.", code: "194", src: "PSE", tgt: "ISR"},
		{why: "shells fired from a state came from it", text: "Shells fired from Syria hit the Turkish border town of Akcakale, killing five civilians.", code: "194", src: "SYR", tgt: "TUR"},
		{why: "the participle's harm is the launcher's one act", text: "Shells fired from Syria hit the Turkish border town of Akcakale, killing five civilians.", code: "194", src: "SYR", tgt: "TUR"},
		{why: "a town seized from rebels was taken from them", text: "Government forces recaptured the town from the rebels on Monday.", code: "19", src: "-", tgt: "---REB"},
		{why: "border guards are the named border's state's", text: "Hundreds of migrants clashed with border guards at the Polish border.", code: "19", src: "-", tgt: "POLMIL"},
		{why: "police a protest clashed with are where the protesters are", text: "Protesters in Lima clashed with police for a second day.", code: "145", src: "PER", tgt: "PERCOP"},
		{why: "farmers complaining to no one make no event", text: "Wheat farmers in Punjab criticised the low prices offered at the markets this year.", code: "11", none: true},
		{why: "teachers accusing a ministry aim at it", text: "Teachers accused the education ministry of ignoring their demands for higher pay.", code: "11", src: "-", tgt: "---GOV"},
		{why: "a border's far side lends no country", text: "GOMA, Congo (AP) - Rebels seized the town of Bunagana near the Ugandan border on Monday.", code: "192", src: "CODREB", tgt: "-"},
	})
}

// notDyad is a must-not row: no event with the code may run from an actor
// coded src to one coded tgt (whole codes, "-" for no side at all).
type notDyad struct{ why, text, code, src, tgt string }

func checkNotDyads(t *testing.T, p *Pipeline, cases []notDyad) {
	t.Helper()
	for _, c := range cases {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.HasPrefix(e.CAMEO, c.code) && actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt {
				t.Errorf("%s: %q coded %s %s>%s", c.why, c.text, e.CAMEO, c.src, c.tgt)
			}
		}
	}
}

// TestS7NotDyads: the sides the rules above must not give.
func TestS7NotDyads(t *testing.T) {
	p := newTestPipeline(t)
	checkNotDyads(t, p, []notDyad{
		{"the place is no party to a clash with named police", "Opposition supporters clashed with police in Kinshasa on Monday.", "145", "CODOPP", "COD"},
		{"a meeting's topic is not consulted", "Envoys from the United States, Russia, China and Pakistan met in Moscow to discuss Afghanistan.", "04", "USAGOV,RUSGOV,CHNGOV,PAKGOV", "AFG"},
		{"a meeting's topic is not consulted", "Putin and Erdogan met in Sochi to discuss Syria.", "04", "RUSGOV,TURGOV", "SYR"},
		{"the far side of a border near which villagers were killed is no victim", "NIAMEY (AFP) - Gunmen on motorbikes killed 12 villagers in western Niger near the border with Mali, officials said.", "19", "---UAF", "MLI"},
		{"a foreign dateline is not the rebels' country when the sentence places them", "BEIRUT (Reuters) - Rebels shelled government-held areas of Aleppo on Monday, state media said.", "19", "LBNREB", "SYR"},
		{"the origin of a rocket is no victim", "Rockets fired from Gaza landed in southern Israel on Sunday, wounding two people.", "19", "ISR", "PSE"},
		{"casualties of clashes are no act of the place", "Dozens were injured in clashes between riot police and demonstrators in Athens.", "19", "GRC", "GRCCVL"},
		{"casualties of fighting are no act of the place", "Two people were killed in fighting between the army and rebels in Darfur.", "19", "SDN", "SDNCVL"},
		{"a raid with no target is no second act", "Colombian troops killed a senior FARC dissident commander in a bombing raid in the south of the country, the president said.", "19", "COLMIL", "-"},
		{"villagers are not the dateline city's", "JOHANNESBURG (AP) - Insurgents in northern Mozambique beheaded five villagers. Troops later killed four of the insurgents, police said.", "18", "MOZREB", "ZAFCVL"},
		{"a state's appeal for its own region is not aimed at itself", "KINSHASA (Reuters) - Congo appealed on Tuesday for emergency aid for displaced people in North Kivu.", "02", "COD", "COD"},
		{"a later sentence's harm is not the dateline state's", "LONDON (Reuters) - Britain said it was deeply concerned. Two aid workers were killed when their convoy was ambushed, the charity said.", "19", "GBR", "---NGO"},
		{"a host is no mediator", "Delegations from Kyiv and Moscow met in Istanbul in talks hosted by Turkey.", "045", "TUR", "UKR,RUS"},
		{"the parties' own troops are no target of theirs", "Thai and Cambodian soldiers clashed near a disputed temple. Both sides later agreed to pull back their troops.", "03", "THAMIL,KHMMIL", "KHMMIL"},
		{"the parties' own troops are no target of theirs", "India and Pakistan held talks in Delhi. Both sides agreed to withdraw their troops from the glacier.", "03", "IND,PAK", "---MIL"},
		{"guests hosted for dinner do not hold talks", "The Kenyan president hosted the leaders of Uganda and Rwanda for dinner after the summit.", "040", "UGAGOV", "RWAGOV"},
		{"guests hosted with no talks named do not consult each other", "President Biden hosted the leaders of Japan and the Philippines at the White House on Thursday.", "040", "JPNGOV", "PHLGOV"},
		{"'the two leaders' are no one state's", "The two leaders met in Geneva to discuss the situation in Syria.", "04", "SYRGOV", "-"},
		{"a place qualifying the police fills no other side", "Police in Nairobi fired tear gas at opposition demonstrators.", "17", "KENCOP", "KENCOP"},
		{"a trip to no place gives 'the two sides' no host", "Modi left for the airport on Thursday. The two sides signed seven agreements.", "05", "IND", "-"},
		{"weapons fired are no target", "Houthi rebels fired missiles and drones at commercial ships in the Red Sea.", "19", "YEMREB", "YEMMIL"},
		{"a partner is no target", "Somali troops attacked the town together with Ethiopian forces.", "19", "SOMMIL", "ETHMIL"},
		{"a by-agent is not its own act's target", "The shelling of Donetsk by Ukrainian forces wounded three civilians, officials said.", "19", "UKRMIL", "UKRMIL"},
		{"the place named in a nominal attack did not kill", "The bombing of Kharkiv by Russian jets killed at least six people, Ukrainian officials said.", "19", "UKR", "---CVL"},
		{"the far side of a border is not the rebels' country", "GOMA, Congo (AP) - Rebels seized the town of Bunagana near the Ugandan border on Monday.", "19", "UGAREB", "-"},
	})
}

// checkDyads: each row needs an event with the code (a prefix) running
// from an actor coded src to one coded tgt (whole codes, as in notDyad).
func checkDyads(t *testing.T, p *Pipeline, cases []notDyad) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for _, e := range evs {
			found = found || strings.HasPrefix(e.CAMEO, c.code) && actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt
		}
		if !found {
			t.Errorf("%s: %q coded no %s %s>%s; got %s", c.why, c.text, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestS7Dyads: the sides the rules above must still give.
func TestS7Dyads(t *testing.T) {
	p := newTestPipeline(t)
	checkDyads(t, p, []notDyad{
		{"discussing with a new party is a consultation of its own", "Egypt met Sudan on Monday and discussed the dam with Ethiopia.", "04", "EGY", "ETH"},
		{"discussing with no meeting before stays", "Egypt and Qatar discussed the Gaza truce on Monday.", "04", "EGY", "QAT"},
		{"the clashes' own sides stay", "Dozens were injured in clashes between riot police and demonstrators in Athens.", "19", "GRCCOP", "GRCCVL"},
		{"a harm with no fighting named keeps its place as agent", "Five people were wounded in Kabul when a bomb exploded near a mosque.", "19", "AFG", "AFGCVL"},
		{"the means of a killing codes the killing", "Colombian troops killed a senior FARC dissident commander in a bombing raid in the south of the country, the president said.", "195", "COLMIL", "COLREB"},
		{"the means of a killing codes the killing", "Security forces in Kashmir killed three suspected militants in a gunfight on Sunday, police said.", "193", "---COP", "---REB"},
		// One event since the tenth session; its target is the civilians
		// killed, a sector of the struck city's state (eleventh session).
		{"a strike and its harm are one event at the victims", "Russian missiles struck Kyiv on Monday, killing three civilians.", "195", "RUS", "UKRCVL"},
		{"villagers live where the sentence places the attack", "JOHANNESBURG (AP) - Insurgents in northern Mozambique beheaded five villagers. Troops later killed four of the insurgents, police said.", "18", "MOZREB", "MOZCVL"},
		{"an appeal for something in a place asks the place's state", "The African Union called for an immediate ceasefire in Sudan on Tuesday.", "02", "IGOAFRAFU", "SDN"},
		{"an appeal for calm after clashes in a city asks its state", "The UN Secretary-General called for calm after clashes in Tripoli.", "02", "IGOUNO", "LBY"},
		// T30: the place gives the victims their state; a bomb names no agent
		{"a harm placed in its own sentence keeps the place", "MOGADISHU (Reuters) - The government condemned the attack. A roadside bomb killed three soldiers in Kismayo, officials said.", "18", "-", "SOMMIL"},
		{"a deal brokered by mediators is their mediation", "Rwanda and Congo signed a peace agreement in Washington brokered by the United States and Qatar.", "045", "USA,QAT", "RWA,COD"},
		{"talks brokered by mediators are their mediation", "Representatives of the Sudanese army and the Rapid Support Forces met in Jeddah for talks brokered by Saudi Arabia and the United States.", "045", "SAU,USA", "SDNMIL,SDNREB"},
		{"the parties together act on a third party's forces", "Sudan and South Sudan held talks in Juba. Both sides agreed to disarm the militias in Abyei.", "03", "SDN,SSD", "SDNREB"},
		{"the parties together withdraw, aimed at no one", "India and Pakistan held talks in Delhi. Both sides agreed to withdraw their troops from the glacier.", "03", "IND,PAK", "-"},
		{"guests hosted for talks consult each other", "Egypt hosted delegations from Sudan and Ethiopia for talks on the Nile dam on Sunday.", "040", "SDN", "ETH"},
		{"guests hosted for a round of talks consult each other", "Qatar hosted US and Taliban negotiators for a new round of talks in Doha.", "044", "AFGGOV", "USA"}, // 044: a third state's venue (thirdPlace, session 36)
		{"the two sides after a visit to a place are the visitor and its host", "Indian Prime Minister Narendra Modi arrived in Dhaka on Thursday. During the visit, the two sides signed seven agreements.", "057", "BGD", "INDGOV"},
		{"the two leaders after a visit to a place are the visitor and its host", "The Turkish president arrived in Baghdad on Monday. The two leaders agreed to reopen an oil pipeline.", "03", "TURGOV", "IRQ"},
		{"the host and guest of a hosting agree", "Russian President Vladimir Putin hosted Chinese leader Xi Jinping in the Kremlin. The two leaders signed a pact on energy cooperation.", "057", "CHNGOV", "RUSGOV"},
	})
}

// TestS7OneMediation: a mediation the sentence codes itself is not coded
// again from the participants' roles.
func TestS7OneMediation(t *testing.T) {
	p := newTestPipeline(t)
	for _, text := range []string{
		"Israel and Hamas agreed to a ceasefire mediated by Egypt and Qatar.",
		"The talks between Ethiopia and the TPLF, mediated by the African Union, opened in Pretoria on Tuesday.",
	} {
		n := 0
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "045" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d mediations, want 1", text, n)
		}
	}
}

// FuzzS7Sides runs the seventh session's side rules (literal targets,
// nominal subjects, origins, borders, datelines, brokers) on mangled
// variants of their sentences: no panic, and every side's offsets inside
// its sentence.
func FuzzS7Sides(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"Protesters clashed with police in Nairobi on Tuesday.",
		"The bombing of Kharkiv by Russian jets has killed six people.",
		"GOMA, Congo (AP) - Rebels seized the town near the Ugandan border.",
		"Rockets fired from Gaza landed in southern Israel, wounding two people.",
		"NIAMEY (AFP) - Gunmen killed 12 villagers near the border with Mali.",
		"BEIJING, May 4 (Xinhua) -- China and Cambodia agreed to boost cooperation.",
		"Putin hosted Xi in the Kremlin. The two leaders signed a pact.",
		"Rwanda and Congo signed a deal brokered by the United States and Qatar.",
		"Dozens were injured in clashes between riot police and demonstrators.",
		"from Gaza", "border with", "the Ugandan border", ", wounding", "(Xinhua) --",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		evs, err := p.Code(context.Background(), story.Story{ID: "f", Date: "2024-05-01", Text: txt})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			for _, side := range [][]event.Actor{e.Source, e.Target} {
				for _, a := range side {
					if a.Start != -1 && (a.Start < 0 || a.End > len(e.Sentence) || a.Start > a.End) {
						t.Fatalf("%q: side %q at %d:%d outside its sentence", txt, a.Code, a.Start, a.End)
					}
				}
			}
		}
	})
}

// TestS7OneCall: "discussed" between the parties of a call or meeting
// its sentence coded is that call told again.
func TestS7OneCall(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"In a phone call on Tuesday, the Saudi crown prince and the Iranian president discussed the war in Gaza.", 2},
		{"Egypt met Sudan on Monday and discussed the dam with Ethiopia.", 4},
	} {
		n := 0
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "04" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d consultations, want %d", c.text, n, c.want)
		}
	}
}
