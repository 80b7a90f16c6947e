package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// rootsBCase is one sentence of the conflictual-roots stress test: code is
// a CAMEO root ("14") or a full code ("1385") that some non-negated event
// must start with; src and tgt are countries ("-" unchecked, "---" no
// country); with none, no event may start with code.
type rootsBCase struct {
	text     string
	code     string
	src, tgt string
	none     bool
}

// TestRecallRootsB: the common ways news wires phrase CAMEO roots 10-20
// (active, passive, headline, nominal, light verbs, phrasal verbs, threats)
// code to the right code and sides, and near misses code nothing of that
// code. Every sentence was written for this test.
func TestRecallRootsB(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootsBCase{
		// 10 demand
		{"Britain demanded the immediate release of the detained aid worker by Iran.", "1053", "GBR", "-", false},
		{"Armenia demanded that Azerbaijan withdraw its troops from the border area.", "1056", "ARM", "AZE", false},
		{"Britain demanded the immediate release of the detained aid worker by Iran.", "103", "-", "-", true},
		// 11 disapprove
		{"Iran came under fire from Amnesty International over the executions.", "111", "---", "IRN", false},
		{"The convoy came under fire from Taliban fighters for two hours.", "11", "-", "-", true},
		{"Japan lodged a formal protest with China over the incursion.", "114", "JPN", "CHN", false},
		{"Rwanda blamed Congo for the border clash.", "112", "RWA", "COD", false},
		{"China called the US visit a serious provocation.", "111", "CHN", "USA", false},
		{"The Kenyan minister called the talks a step forward.", "11", "-", "-", true},
		{"South Korea expressed regret over Japan's decision.", "111", "KOR", "JPN", false},
		{"Japan expressed regret over its wartime actions.", "11", "-", "-", true},
		{"A Russian court found the journalist guilty of espionage.", "116", "RUS", "-", false},
		{"Investigators found the Russian missile responsible for the crash.", "11", "-", "-", true},
		// 12 reject
		{"Turkey held up Sweden's bid to join NATO.", "129", "TUR", "SWE", false},
		{"Seoul spurned Pyongyang's overtures.", "12", "KOR", "PRK", false},
		{"Turkish police held up the traffic near the stadium.", "12", "-", "-", true},
		// 13 threaten
		{"Russia warned it would respond militarily if Ukraine joined NATO.", "138", "RUS", "-", false},
		{"Washington said all options remained on the table in dealing with Iran.", "138", "USA", "IRN", false},
		{"Morocco threatened to cut ties with Algeria.", "1313", "MAR", "DZA", false},
		{"Pyongyang threatened nuclear strikes on the United States.", "1385", "PRK", "USA", false},
		{"Iran warned the United States against attacking its nuclear sites.", "1385", "-", "-", true},
		{"Moscow hinted it could use tactical nuclear weapons.", "1385", "RUS", "-", false},
		{"Russia vowed to cut diplomatic ties with Moldova.", "1313", "RUS", "MDA", false},
		{"Japan vowed to deepen ties with India.", "13", "-", "-", true},
		{"China vowed to use force to stop Taiwan's independence.", "138", "CHN", "-", false},
		{"Houthi rebels vowed to keep attacking Israeli ships.", "1384", "YEM", "ISR", false},
		{"Trade unions warned of nationwide strikes over the budget.", "133", "-", "-", false},
		{"Trade unions warned of nationwide strikes over the budget.", "138", "-", "-", true},
		{"Iran's threat to close the Strait of Hormuz rattled oil markets.", "1381", "IRN", "-", false},
		{"The US threat to cut aid to Ukraine alarmed Kyiv.", "1311", "USA", "UKR", false},
		{"The union threatened to take legal action against the government.", "138", "-", "-", true},
		// 14 protest
		{"Rioters torched buses in Santiago.", "145", "CHL", "-", false},
		{"Youths set cars ablaze in the suburbs of Paris.", "145", "FRA", "-", false},
		{"Kenyan opposition supporters took part in a rally in Nairobi.", "141", "KEN", "-", false},
		{"Demonstrators demanding the resignation of the Lebanese government filled the streets of Beirut.", "141", "LBN", "-", false},
		{"Pakistani traders shut their shops in a strike over new taxes.", "143", "PAK", "-", false},
		{"Flood waters filled the streets of Dhaka.", "14", "-", "-", true},
		{"Chinese engineers began work on the dam.", "14", "-", "-", true},
		{"Chinese authorities closed markets over the virus outbreak.", "14", "-", "-", true},
		{"The detained activist refused food for a tenth day.", "142", "-", "-", false},
		{"Ethiopia refused food aid for the region.", "14", "-", "-", true},
		{"Rioters clashed with Kenyan security forces in Kisumu.", "145", "-", "KEN", false},
		{"Rebels clashed with Malian troops near Gao.", "14", "-", "-", true},
		{"Protests erupted in Tehran after the death of a young woman.", "141", "-", "IRN", false},
		{"Kenyan protesters marched on parliament.", "141", "KEN", "KEN", false},
		{"Rebel fighters marched on the capital.", "14", "-", "-", true},
		// 15 force posture
		{"Armenia declared general mobilisation.", "154", "ARM", "-", false},
		{"Armenia declared general mobilisation.", "14", "-", "-", true},
		{"China beefed up its naval patrols near the disputed islands.", "15", "CHN", "-", false},
		{"Russia massed troops on the Ukrainian border.", "154", "RUS", "UKR", false},
		// 16 reduce relations
		{"Washington walked away from the nuclear talks with Tehran.", "164", "USA", "IRN", false},
		{"Britain severed diplomatic relations with Libya.", "161", "GBR", "LBY", false},
		// 17 coerce
		{"Iran seized a British oil tanker in the Strait of Hormuz.", "1711", "IRN", "GBR", false},
		{"Thailand declared a state of emergency in Bangkok.", "172", "THA", "THA", false},
		{"The hurricane destroyed hundreds of homes in Florida.", "17", "-", "-", true},
		{"Russia banned Facebook and Instagram.", "1721", "RUS", "-", false},
		{"Hackers took down the websites of several Estonian ministries.", "176", "-", "EST", false},
		{"The Russian annexation of Crimea drew Western sanctions.", "192", "RUS", "UKR", false},
		{"Afghan insurgents raided a police station in Kandahar.", "172", "-", "-", true},
		{"Protesters took down the statue in the square.", "17", "-", "-", true},
		// 18 assault
		{"A car bomb exploded in a Baghdad market, killing 30.", "1832", "-", "IRQ", false},
		{"A roadside bomb went off in Quetta.", "1833", "-", "PAK", false},
		{"Gunmen kidnapped 300 schoolgirls in northern Nigeria.", "181", "-", "NGA", false},
		{"Manchester City beat Arsenal 3-1.", "18", "-", "-", true},
		{"Somali pirates seized a Greek cargo ship in the Gulf of Aden.", "181", "SOM", "GRC", false},
		{"Iran seized a British oil tanker in the Strait of Hormuz.", "181", "-", "-", true},
		// 19 fight
		{"A US drone strike killed a senior al-Qaeda leader in Yemen.", "1952", "USA", "-", false},
		{"The shelling of Kirkuk by Islamic State fighters killed five.", "194", "-", "IRQ", false},
		{"Fighting raged between rival militias in Tripoli.", "190", "LBY", "-", false},
		{"Shells slammed into a residential area of Donetsk.", "194", "-", "UKR", false},
		{"Shell shares hit a record high in London.", "19", "-", "-", true},
		{"Gunmen sprayed the crowd with bullets in Lagos.", "193", "-", "-", false},
		{"Air strikes killed 30 Syrian soldiers near Aleppo.", "195", "-", "SYR", false},
		{"Turkey downed a Russian warplane near the Syrian border.", "190", "TUR", "RUS", false},
		{"Armenian artillery pounded Azerbaijani positions overnight.", "194", "ARM", "-", false},
		{"Israel killed a senior Hamas commander in a targeted strike.", "186", "ISR", "PSE", false},
		{"The hospital was hit by an air strike, medics said.", "14", "-", "-", true},
		// 20 mass violence
		{"Myanmar's army drove hundreds of thousands of Rohingya from their homes.", "201", "MMR", "MMR", false},
		{"The Syrian government used chemical weapons against civilians in Ghouta.", "2041", "SYR", "SYR", false},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		hit := -1
		for i := range evs {
			if strings.HasPrefix(evs[i].CAMEO, c.code) && !evs[i].Modality.Negated {
				hit = i
				break
			}
		}
		if c.none {
			if hit >= 0 {
				t.Errorf("%q coded %s %s>%s, want no %s event", c.text, evs[hit].CAMEO, actorCodes(evs[hit].Source), actorCodes(evs[hit].Target), c.code)
			}
			continue
		}
		if hit < 0 {
			t.Errorf("%q coded no %s event; got %s", c.text, c.code, describe(evs))
			continue
		}
		e := evs[hit]
		for _, s := range []struct {
			name, want string
			got        string
			ok         bool
		}{
			{"source", c.src, actorCodes(e.Source), c.src == "-" || (c.src == "---" && rootsBNoCountry(e.Source)) || hasCountry(e.Source, c.src)},
			{"target", c.tgt, actorCodes(e.Target), c.tgt == "-" || (c.tgt == "---" && rootsBNoCountry(e.Target)) || hasCountry(e.Target, c.tgt)},
		} {
			if !s.ok {
				t.Errorf("%q %s %s: %s %s, want %s", c.text, e.CAMEO, e.Evidence.Pattern, s.name, s.got, s.want)
			}
		}
	}
}

// rootsBNoCountry: the side names actors, none of them with a country (an
// IGO or an NGO).
func rootsBNoCountry(as []event.Actor) bool {
	for _, a := range as {
		if a.Country != "" {
			return false
		}
	}
	return len(as) > 0
}
