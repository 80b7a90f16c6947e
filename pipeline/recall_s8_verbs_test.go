package pipeline

import (
	"strings"
	"testing"
)

// The eighth session's verb-stage families, each a batch of wire
// sentences written for these tests: force carried by light verbs,
// threats and vows, reporting that is not doing, hosting and appeals.
// Every family checks the sides of the event as well as its code, and
// has must-not rows beside the positive ones.

// TestRecallS8LightForce: strikes, raids and offensives carried by a
// light verb ("carried out strikes over", "launched a wave of strikes
// across") are force; the same nouns launched by workers, or marked
// "general" or "48-hour", are a labour strike, and a missile test is a
// show of force with no target.
func TestRecallS8LightForce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "strikes over a place", text: "Israeli jets carried out strikes over Gaza overnight.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "strikes inside a state", text: "Pakistan launched strikes inside Afghanistan, killing eight people.", code: "190", src: "PAK", tgt: "AFG"},
		{why: "strikes across a state", text: "Russian aircraft carried out a series of strikes across Ukraine on Monday.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "a wave of strikes is no labour strike", text: "Israel launched a wave of strikes across Gaza.", code: "14", none: true},
		{why: "a wave of strikes is force", text: "Israel launched a wave of strikes across Gaza.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "a strike carried out in a capital", text: "Israel carried out a strike in Damascus overnight.", code: "190", src: "ISR", tgt: "SYR"},
		{why: "strikes in a state, against its militias", text: "US forces carried out strikes in Syria against Iran-backed militias.", code: "190", src: "USA", tgt: "-"},
		{why: "a state's bare strike, no target named", text: "Turkey launched fresh strikes overnight, the defence ministry said.", code: "190", src: "TUR", tgt: "-"},
		{why: "unions launching strikes strike for work", text: "Unions launched strikes against the government across the country.", code: "143", src: "-", tgt: "-"},
		{why: "unions launching strikes attack nobody", text: "Unions launched strikes against the government across the country.", code: "19", none: true},
		{why: "a 48-hour strike is labour's", text: "Transport workers launched a 48-hour strike in Athens.", code: "143", src: "GRC", tgt: "-"},
		{why: "a general strike is labour's", text: "French unions launched a general strike against the pension reform.", code: "19", none: true},
		{why: "a nationwide strike in a state", text: "Doctors launched a nationwide strike in Kenya on Monday.", code: "19", none: true},
		{why: "workers carrying out a strike", text: "Dock workers carried out a strike at the port of Antwerp.", code: "19", none: true},
		{why: "a missile test-launched is a show of force", text: "China test-launched an intercontinental ballistic missile into the Pacific.", code: "150", src: "CHN", tgt: "-"},
		{why: "a missile test attacks no one", text: "China test-launched an intercontinental ballistic missile into the Pacific.", code: "19", none: true},
		{why: "a missile strike launched", text: "Iran launched a missile strike on Kurdish groups in northern Iraq.", code: "195", src: "IRN", tgt: "IRQ"},
		{why: "headline fires missiles at", text: "Iran fires missiles at Kurdish militants in Iraq", code: "195", src: "IRN", tgt: "IRQ"},
		{why: "headline missiles fired are no show of force", text: "Iran fires missiles at Kurdish militants in Iraq", code: "15", none: true},
		{why: "forest fires are no one's attack", text: "Forest fires destroyed 200 homes in northern Greece.", code: "19", none: true},
		{why: "a state's jets bombing a place use air power", text: "Ethiopian jets bombed Mogadishu airport.", code: "195", src: "ETH", tgt: "SOM"},
		{why: "warplanes bombing a market", text: "Russian warplanes bombed a market in Idlib.", code: "195", src: "RUS", tgt: "SYR"},
		{why: "gunmen bombing a church stay a bombing", text: "Gunmen bombed a church in Lagos.", code: "1834", src: "-", tgt: "NGA"},
		{why: "gunmen use no air power", text: "Gunmen bombed a church in Lagos.", code: "195", none: true},
		{why: "came under a missile attack: the subject is hit", text: "Kyiv came under a massive Russian missile attack overnight.", code: "195", src: "RUS", tgt: "UKR"},
		{why: "came under attack from fighters", text: "Israeli forces came under attack from Hezbollah fighters near the border.", code: "190", src: "LBN", tgt: "ISR"},
		{why: "came under artillery fire from forces", text: "Syrian troops came under rocket fire from Iran.", code: "194", src: "IRN", tgt: "SYR"},
		{why: "fire from a rights group is criticism", text: "Iran came under fire from Amnesty International for the executions.", code: "111", src: "NGO", tgt: "IRN"},
		{why: "fire from a rights group is no attack", text: "Iran came under fire from Amnesty International for the executions.", code: "19", none: true},
		{why: "pressure from a state is no attack", text: "The Iraqi government came under pressure from Iran over the vote.", code: "19", none: true},
		{why: "a side's strike with its toll", text: "Hamas says Israeli strike killed 40 in Rafah", code: "195", src: "ISR", tgt: "PSE"},
		{why: "a labour strike kills no one", text: "The strike by rail workers hit commuters across France.", code: "19", none: true},
		{why: "a verbal salvo is criticism", text: "The senator fired a salvo at the White House over the budget.", code: "19", none: true},
		{why: "a barrage between weapon and target", text: "Azerbaijani forces launched an artillery barrage on Armenian positions along the border.", code: "194", src: "AZE", tgt: "ARM"},
		{why: "a rocket salvo at a state", text: "Hamas fired a rocket salvo at southern Israel.", code: "194", src: "PSE", tgt: "ISR"},
	})
}

// TestRecallS8ReportedActs: who reports or records violence named as a
// noun is not who did it: the act keeps its place as target and the
// reporter as reported_by; an agent named with the noun, a gerund with
// an object of its own, and an army's report of its own clashes keep
// their sources.
func TestRecallS8ReportedActs(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, code string
		notSrc, src     string // the reporter must not be the source; the source wanted ("-" any)
		reporter        string // a prefix of reported_by, or ""
	}{
		{"monitor reports shelling", "The Syrian Observatory for Human Rights reported shelling in Idlib province on Sunday.", "194", "SYROPP", "-", "SYROPP"},
		{"the UN records violations", "The UN recorded hundreds of ceasefire violations in eastern Ukraine last week.", "19", "IGOUNO", "-", "IGOUNO"},
		{"monitors document shelling", "Rights monitors documented shelling near Aleppo on Friday.", "194", "SYRHRI", "-", ""},
		{"the agent named with the noun stays", "The Kurdish-led SDF reported attacks by Turkish drones on its positions near Kobani.", "19", "SYRREB", "TUR", ""},
		{"an army's clashes with others are its own", "Israel's army reported clashes with Palestinian gunmen in Jenin.", "190", "", "ISR", ""},
		{"a charge of weapons use denied is no weapons refused", "The Syrian government denied that its forces used chemical weapons in Douma.", "016", "", "SYR", ""},
		{"a gerund with an object is the reporter's own act", "Nigeria's army reported killing 20 Boko Haram fighters in Borno.", "19", "", "NGA", ""},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.HasPrefix(e.CAMEO, c.code) || e.Modality.Negated {
				continue
			}
			found = true
			for _, a := range e.Source {
				if c.notSrc != "" && strings.HasPrefix(a.Code, c.notSrc) {
					t.Errorf("%s: %q source %s, the reporter", c.why, c.text, a.Code)
				}
			}
			if c.src != "-" && !hasCountry(e.Source, c.src) {
				t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(e.Source), c.src)
			}
			if c.reporter != "" && !strings.HasPrefix(e.Modality.ReportedBy, c.reporter) {
				t.Errorf("%s: %q reported_by %q, want %s", c.why, c.text, e.Modality.ReportedBy, c.reporter)
			}
			break
		}
		if !found {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
		}
	}
}

// TestRecallS8HostAppeal: hosting is the host's act toward the guest
// (043, one way, as "received" is); a helper named after "appealed to",
// "turned to" or "called on ... for" is the target of the appeal, and a
// call on someone for help is no courtesy visit.
func TestRecallS8HostAppeal(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "host to guest", text: "Putin hosted Xi in Moscow for three days of talks.", code: "043", src: "RUS", tgt: "CHN"},
		{why: "a guest hosts no one", text: "The Kenyan president hosted his Ugandan counterpart in Nairobi on Monday.", code: "043", src: "KEN", tgt: "UGA"},
		{why: "welcomed at a palace", text: "Macron welcomed Modi at the Elysee Palace on Thursday.", code: "043", src: "FRA", tgt: "IND"},
		{why: "a decision welcomed is no host", text: "Macron welcomed the decision at a news conference in Paris.", code: "043", none: true},
		{why: "called on the West for weapons", text: "Zelensky called on the West for more air defence systems.", code: "0232", src: "UKR", tgt: "-"},
		{why: "called on X for help is no visit", text: "Armenia called on Russia for help under the CSTO treaty.", code: "042", none: true},
		{why: "called on X for help", text: "Armenia called on Russia for help under the CSTO treaty.", code: "023", src: "ARM", tgt: "RUS"},
		{why: "a courtesy call stays a visit", text: "The Pakistani army chief called on the Saudi crown prince in Riyadh.", code: "042", src: "PAK", tgt: "SAU"},
		{why: "the helper after appealed to", text: "Somalia appealed to the African Union for help in fighting al-Shabaab.", code: "023", src: "SOM", tgt: "IGO"},
		{why: "turned to X for a loan", text: "Pakistan turned to China for a new loan to avert default.", code: "0231", src: "PAK", tgt: "CHN"},
		{why: "turned to X for security help", text: "Niger's junta turned to Russia for security assistance.", code: "023", src: "NER", tgt: "RUS"},
		{why: "turned to X alone asks nothing", text: "Armenia turned to Russia after the talks collapsed.", code: "02", none: true},
		{why: "asked X for financing", text: "Kenya asked the IMF for a new financing package.", code: "0231", src: "KEN", tgt: "IGO"},
		{why: "appealed to the UN for troops", text: "Haiti's government appealed to the United Nations for troops to restore order.", code: "0234", src: "HTI", tgt: "IGO"},
		{why: "a red carpet rolled out hosts", text: "Beijing rolled out the red carpet for the visiting Brazilian president.", code: "043", src: "CHN", tgt: "BRA"},
		{why: "the host visits no one", text: "Beijing rolled out the red carpet for the visiting Brazilian president.", code: "042", none: true},
		{why: "NATO allies asked for air defence", text: "Ukraine appealed to NATO allies for more Patriot air defence batteries.", code: "0232", src: "UKR", tgt: "IGO"},
		{why: "pressed X for support", text: "Haiti's prime minister pressed the United States for more police support.", code: "023", src: "HTI", tgt: "USA"},
		{why: "looked to X for help", text: "The Afghan government looked to Pakistan for help in reopening the border crossings.", code: "023", src: "AFG", tgt: "PAK"},
		{why: "air support asked is military aid", text: "Chad requested French air support against the rebels.", code: "0232", src: "TCD", tgt: "FRA"},
		{why: "political support asked stays diplomatic", text: "Kenya sought political support from the African Union for its candidate.", code: "0232", none: true},
		{why: "peacekeepers asked to leave", text: "Mali's junta requested the withdrawal of UN peacekeepers.", code: "0256", src: "MLI", tgt: "IGO"},
		{why: "peacekeepers asked to leave are no protection asked", text: "Mali's junta requested the withdrawal of UN peacekeepers.", code: "0234", none: true},
		{why: "pleaded with X for financing", text: "Lebanon pleaded with the IMF for emergency financing.", code: "0231", src: "LBN", tgt: "IGO"},
		{why: "pleaded with X for help", text: "Somalia pleaded with Kenya for help against al-Shabaab.", code: "023", src: "SOM", tgt: "KEN"},
	})
	// The guest is never the host: no 043 runs from guest to host.
	for _, c := range []struct{ text, guest string }{
		{"Putin hosted Xi in Moscow for three days of talks.", "CHN"},
		{"The Kenyan president hosted his Ugandan counterpart in Nairobi on Monday.", "UGA"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO == "043" && hasCountry(e.Source, c.guest) {
				t.Errorf("%q: the guest %s hosts: %s>%s", c.text, c.guest, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestRecallS8Threats: what one warns, vows or threatens one "would" do
// by force is a threat now (13x), aimed at the party warned when the act
// names no one; a threat of force answered "with force" is 138; revenge
// "for the killing of X" threatens no X, and its avenger killed no one;
// calling for protests is dissent, calling for them to end an appeal.
func TestRecallS8Threats(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warned X it would act by force", text: "Azerbaijan warned Armenia it would take military action if the provocations continued.", code: "1384", src: "AZE", tgt: "ARM"},
		{why: "a warned force is no force used", text: "Azerbaijan warned Armenia it would take military action if the provocations continued.", code: "19", none: true},
		{why: "warned X it would retaliate with force", text: "Pyongyang warned Seoul it would retaliate with force against any incursion.", code: "138", src: "PRK", tgt: "KOR"},
		{why: "respond with force, no one warned", text: "Iran warned it would respond with force to any attack on its territory.", code: "138", src: "IRN", tgt: "-"},
		{why: "a city's buses are no force", text: "The mayor warned that the city would respond with more buses.", code: "138", none: true},
		{why: "a vow to cooperate stays intent", text: "Ethiopia vowed to cooperate with the African Union investigation.", code: "13", none: true},
		{why: "said it would is no threat by warning", text: "Kenya said it would send police officers to Haiti next month.", code: "13", none: true},
		{why: "revenge for a killing threatens no victim", text: "Hezbollah vowed revenge for the killing of its commander.", code: "130", src: "LBN", tgt: "-"},
		{why: "revenge against a named foe keeps it", text: "Hamas vowed revenge against Israel for the killing of its leader.", code: "130", src: "PSE", tgt: "ISR"},
		{why: "a crushing response is force", text: "Iran warns Israel of crushing response to any attack", code: "138", src: "IRN", tgt: "ISR"},
		{why: "a crushing response is no repression", text: "Iran warns Israel of crushing response to any attack", code: "137", none: true},
		{why: "revenge after a strike threatens its agent", text: "Iran vows revenge after Israeli strike on Damascus consulate", code: "130", src: "IRN", tgt: "ISR"},
		{why: "retaliation after jets struck", text: "Pakistan vowed to retaliate after Indian jets struck targets in Balakot.", code: "130", src: "PAK", tgt: "IND"},
		{why: "a response to a killing", text: "Iran promised a crushing response to the US killing of Soleimani.", code: "138", src: "IRN", tgt: "USA"},
		{why: "a foe named keeps its place", text: "Iran vowed revenge against Israel after a US strike in Baghdad.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "consequences for a state threaten it", text: "Israel vowed severe consequences for Russia.", code: "130", src: "ISR", tgt: "RUS"},
		{why: "measures vowed to defend sovereignty", text: "China vowed to take all necessary measures to defend its sovereignty.", code: "130", src: "CHN", tgt: "-"},
		{why: "measures for consumers threaten no one", text: "The government vowed to take measures to protect consumers from price rises.", code: "13", none: true},
		{why: "those responsible did not do it as the vower", text: "The president vowed to punish those responsible for the massacre.", code: "20", none: true},
		{why: "the rebels responsible keep the massacre", text: "The government said the rebels were responsible for the massacre of 30 villagers in Ituri.", code: "202", src: "CODREB", tgt: "COD"},
		{why: "calling for protests is dissent", text: "The Kenyan opposition called for mass protests against the government.", code: "140", src: "KEN", tgt: "KEN"},
		{why: "calling for protests to end is an appeal", text: "The Kenyan president called for the protests to end peacefully.", code: "14", none: true},
		{why: "calling for an end to protests is no protest", text: "The president called for an end to the protests in the capital.", code: "14", none: true},
	})
	// The threat's source is never the threatened: no 186 by Iran.
	for _, e := range codeText(t, p, "2024-05-01", "Iran vowed harsh retaliation for the assassination of its nuclear scientist.") {
		if e.CAMEORoot == "18" && hasCountry(e.Source, "IRN") {
			t.Errorf("the avenger is the killer: %s %s>%s", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestRecallS8NamedShelling: shelling or bombardment of a place, by an
// agent named before the noun, is that agent's and aimed at the place's
// state, whoever reports or condemns it; with no agent named it is no
// event of this line.
func TestRecallS8NamedShelling(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shelling of a city, reported", text: "Kyiv reported heavy Russian shelling of Kherson on Sunday.", code: "194", src: "RUS", tgt: "UKR"},
		{why: "shelling of a city, condemned", text: "Ukraine condemned Russian shelling of Kherson.", code: "194", src: "RUS", tgt: "UKR"},
		{why: "no agent, no shelling event", text: "Officials counted the damage after the shelling of Kherson.", code: "194", none: true},
	})
}
