package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// K19 (nineteenth session): vocabulary gaps and dates, each on sentences
// written for this test (none from the dev sets), with must-not rows.

// k19Case: code is a prefix of the event code; src and tgt a country or
// code prefix, "-" any, "" none (k19Side).
type k19Case = m13Case

func k19Side(as []event.Actor, want string) bool {
	switch want {
	case "-":
		return true
	case "":
		return len(as) == 0
	}
	return hasCountry(as, want)
}

// checkK19Cases is checkSideCases with k19Side.
func checkK19Cases(t *testing.T, p *Pipeline, cases []k19Case) {
	t.Helper()
	checkSideCases(t, p, cases, k19Side)
}

// TestS19K19DrawnProtests: protests an act drew, sparked or prompted
// "from" a party are that party's: a state's or a government's are an
// official complaint (114), a crowd's a demonstration (141); the act's
// author is the target.
func TestS19K19DrawnProtests(t *testing.T) {
	checkK19Cases(t, newTestPipeline(t), []k19Case{
		{why: "capital", text: "The decision drew protests from Beijing.", code: "114", src: "CHN", tgt: "-"},
		{why: "crowd", text: "The ruling drew protests from thousands of workers.", code: "141", src: "---", tgt: "-"},
		{why: "state, author's possessive", text: "Japan's decision to release the water drew protests from China.", code: "114", src: "CHN", tgt: "JPN"},
		{why: "capitals both sides", text: "Seoul's survey near the disputed islets provoked protests from Tokyo.", code: "114", src: "JPN", tgt: "KOR"},
		{why: "singular protest", text: "The Indian army chief's remarks drew a strong protest from Pakistan.", code: "114", src: "PAK", tgt: "IND"},
		{why: "perfect, adjective", text: "The Dutch cartoon exhibition has drawn angry protests from Pakistan.", code: "114", src: "PAK", tgt: "-"},
		{why: "government", text: "The decision sparked protests from the Chinese government.", code: "114", src: "CHN", tgt: "-"},
		{why: "triggered", text: "Ankara's drilling off Cyprus has triggered protests from Greece.", code: "114", src: "GRC", tgt: "TUR"},
		{why: "prompted", text: "The Greek move to extend its territorial waters prompted protests from Turkey.", code: "114", src: "TUR", tgt: "-"},
		{why: "capital, other capital", text: "Moscow's decision to expel the diplomats drew protests from Berlin.", code: "114", src: "DEU", tgt: "RUS"},
		{why: "unions", text: "The pension reform drew protests from trade unions across France.", code: "141", src: "FRA", tgt: "-"},
		{why: "farmers", text: "The law has drawn protests from Kenyan farmers.", code: "141", src: "KEN", tgt: "-"},
		{why: "students", text: "The verdict sparked protests from hundreds of students in Dhaka.", code: "141", src: "BGD", tgt: "-"},
		{why: "communities", text: "The mine expansion had drawn protests from indigenous communities in Peru.", code: "141", src: "PER", tgt: "-"},
		{why: "residents", text: "The deployment drew protests from residents of Okinawa.", code: "141", src: "JPN", tgt: "-"},
		{why: "crowd is no state", text: "The ruling drew protests from thousands of workers.", code: "114", src: "-", tgt: "-", none: true},
		{why: "fire from the coast", text: "The ship drew fire from the coast.", code: "14", src: "-", tgt: "-", none: true},
		{why: "crowds drawn", text: "The concert drew crowds from across Europe.", code: "14", src: "-", tgt: "-", none: true},
		{why: "praise is no protest", text: "The decision drew praise from Washington.", code: "114", src: "-", tgt: "-", none: true},
		{why: "attention", text: "The case drew attention from Moscow.", code: "11", src: "-", tgt: "-", none: true},
		{why: "a range of places", text: "The reform sparked protests from Paris to Marseille.", code: "114", src: "-", tgt: "-", none: true},
	})
}

// TestS19K19MakerIsNoSeller: arms "built by" or "made by" a state are not
// bought from it; "from Y" names the seller, and with no "from" the sale
// has no partner in the text.
func TestS19K19MakerIsNoSeller(t *testing.T) {
	checkK19Cases(t, newTestPipeline(t), []k19Case{
		{why: "capital seller", text: "Poland bought tanks made by South Korea from Seoul.", code: "062", src: "POL", tgt: "KOR"},
		{why: "seller other than maker", text: "Nigeria bought aircraft built by Brazil from the United States.", code: "062", src: "NGA", tgt: "USA"},
		{why: "maker is no partner", text: "Nigeria bought aircraft built by Brazil from the United States.", code: "06", src: "-", tgt: "BRA", none: true},
		{why: "same state, capital", text: "Saudi Arabia bought missiles made by China from Beijing.", code: "062", src: "SAU", tgt: "CHN"},
		{why: "purchased", text: "Argentina purchased jets made by Denmark from Copenhagen.", code: "062", src: "ARG", tgt: "DNK"},
		{why: "developed by, ordered from", text: "Vietnam ordered warships developed by Russia from India.", code: "062", src: "VNM", tgt: "IND"},
		{why: "developed by is no partner", text: "Vietnam ordered warships developed by Russia from India.", code: "06", src: "-", tgt: "RUS", none: true},
		{why: "helicopters", text: "Kenya bought helicopters built by Italy from Jordan.", code: "062", src: "KEN", tgt: "JOR"},
		{why: "time after", text: "Bangladesh bought tanks produced by China from Serbia last year.", code: "062", src: "BGD", tgt: "SRB"},
		{why: "received from, maker between", text: "Ukraine received tanks built by Germany from Poland.", code: "072", src: "POL", tgt: "UKR"},
		{why: "received, maker no giver", text: "Ukraine received tanks built by Germany from Poland.", code: "07", src: "DEU", tgt: "-", none: true},
		{why: "no seller: metonym maker", text: "Manila bought frigates built by China.", code: "06", src: "-", tgt: "CHN", none: true},
		{why: "no seller: two-word maker", text: "The Philippines bought two frigates built by South Korea.", code: "06", src: "-", tgt: "KOR", none: true},
		{why: "no seller: purchased", text: "Egypt purchased Rafale jets built by France.", code: "06", src: "-", tgt: "FRA", none: true},
		{why: "no seller: manufactured", text: "India acquired drones manufactured by Israel.", code: "06", src: "-", tgt: "ISR", none: true},
		{why: "no seller: produced", text: "Indonesia ordered fighter jets produced by France.", code: "06", src: "-", tgt: "FRA", none: true},
		{why: "no seller: future", text: "Thailand will buy submarines made by China.", code: "06", src: "-", tgt: "CHN", none: true},
		{why: "commissioned, maker in a relative", text: "Pakistan's navy commissioned the first of four frigates that were built by China.", code: "06", src: "CHN", tgt: "-", none: true},
		{why: "received, maker in a relative", text: "Indonesia received two submarines that were built by South Korea.", code: "06", src: "KOR", tgt: "-", none: true},
		{why: "built for it by: a contract", text: "The Egyptian navy received a frigate built for it by France.", code: "062", src: "FRA", tgt: "EGY"},
		{why: "plain sale kept", text: "Taiwan bought weapons from the United States.", code: "062", src: "TWN", tgt: "USA"},
	})
}

// TestS19K19QuotedWe: a quoted "we" whose speaker is named before the
// quotation ('X said: "We ..."') is that speaker; one named after it
// already was. A quoted "they", and a "we" who suffers the act, are not.
func TestS19K19QuotedWe(t *testing.T) {
	checkK19Cases(t, newTestPipeline(t), []k19Case{
		{why: "colon", text: `The Nigerian army said: "We have destroyed three enemy positions."`, code: "190", src: "NGA", tgt: "-"},
		{why: "comma", text: `The Pakistani army said, "We have destroyed three enemy positions near the border."`, code: "190", src: "PAK", tgt: "-"},
		{why: "adjunct before colon", text: `The Malian army said in a statement: "We have destroyed three enemy positions."`, code: "190", src: "MLI", tgt: "-"},
		{why: "arrest", text: `Kenyan police said on Tuesday: "We have arrested five suspects."`, code: "173", src: "KEN", tgt: "-"},
		{why: "condemn", text: `Iran's foreign ministry said: "We strongly condemn this cowardly act."`, code: "111", src: "IRN", tgt: "-"},
		{why: "repelled", text: `Sudan's army said: "We have repelled an attack on El Fasher."`, code: "190", src: "SDN", tgt: "-"},
		{why: "captured", text: `The Taliban said: "We have captured the district headquarters."`, code: "19", src: "AFG", tgt: "-"},
		{why: "told", text: `A Somali military commander told reporters: "We have destroyed three enemy positions."`, code: "190", src: "SOM", tgt: "-"},
		{why: "after the quote, kept", text: `"We have destroyed three enemy positions," the Malian army said.`, code: "190", src: "MLI", tgt: "-"},
		{why: "after the quote, said first", text: `"We have destroyed three enemy positions," said the Chadian army.`, code: "190", src: "TCD", tgt: "-"},
		{why: "they is not the speaker", text: `The Malian army said: "They attacked our positions overnight."`, code: "19", src: "MLI", tgt: "-", none: true},
		{why: "passive we", text: `A Ukrainian soldier said: "We were shelled every night."`, code: "19", src: "UKR", tgt: "-", none: true},
		{why: "no reporting verb", text: `The Nigerian army's slogan: "We have destroyed three enemy positions."`, code: "19", src: "NGA", tgt: "-", none: true},
	})
}

// TestS19K19RepelledAttacks: an attack repelled, beaten back or fought
// off with no attacker named is the subject's force (190).
func TestS19K19RepelledAttacks(t *testing.T) {
	checkK19Cases(t, newTestPipeline(t), []k19Case{
		{why: "bare troops, their base", text: "Troops repelled attacks on their base in Borno.", code: "190", src: "NGA", tgt: "-"},
		{why: "repulsed", text: "Malian soldiers repulsed an attack on their camp near Gao.", code: "190", src: "MLI", tgt: "-"},
		{why: "militant adjective", text: "Pakistani security forces repelled a militant attack on a checkpoint in North Waziristan.", code: "190", src: "PAK", tgt: "-"},
		{why: "perfect, several", text: "The Somali army has repelled several attacks on its bases this week.", code: "190", src: "SOM", tgt: "-"},
		{why: "by militants kept", text: "Nigerian troops repelled an assault by militants in Borno.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "fought off", text: "Burkinabe soldiers fought off an attack on their outpost near Djibo.", code: "190", src: "BFA", tgt: "-"},
		{why: "beat back offensive", text: "Sudanese government forces beat back an offensive on Kadugli.", code: "190", src: "SDN", tgt: "-"},
		{why: "two villages", text: "Congolese soldiers repelled attacks on two villages in Ituri.", code: "190", src: "COD", tgt: "-"},
		{why: "reported", text: "The Iraqi army said it had repelled several attacks on its positions in Anbar.", code: "190", src: "IRQ", tgt: "-"},
		{why: "named attackers kept", text: "Ukrainian defenders repelled 25 Russian assaults near Pokrovsk on Tuesday.", code: "190", src: "UKR", tgt: "RUS"},
		{why: "fended off", text: "Iraqi forces fended off an attack on a checkpoint in Anbar.", code: "190", src: "IRQ", tgt: "-"},
		{why: "raid", text: "Filipino marines repulsed a raid on their detachment in Basilan.", code: "190", src: "PHL", tgt: "-"},
		{why: "plant", text: "Mozambican troops repelled an attack on the gas plant in Cabo Delgado.", code: "190", src: "MOZ", tgt: "-"},
		{why: "sport", text: "The goalkeeper repelled attacks from the opposing team.", code: "19", src: "-", tgt: "-", none: true},
		{why: "takeover", text: "The company fought off a takeover bid from its rival.", code: "19", src: "-", tgt: "-", none: true},
		{why: "coating", text: "The new coating repels attacks from moisture.", code: "19", src: "-", tgt: "-", none: true},
	})
}

// TestS19K19EvacuationOrders: an order to leave given to people not the
// orderer's own, or by an armed group, is forced displacement (201); a
// state's order to its own people, or one before a storm, a flood, a fire
// or an eruption, is a safety order and no event.
func TestS19K19EvacuationOrders(t *testing.T) {
	checkK19Cases(t, newTestPipeline(t), []k19Case{
		{why: "army, another people", text: "The Israeli military ordered the evacuation of residents of northern Gaza.", code: "201", src: "ISR", tgt: "PSE"},
		{why: "state, ahead of offensive", text: "Israel ordered the evacuation of 1.1 million people from northern Gaza ahead of a ground offensive.", code: "201", src: "ISR", tgt: "PSE"},
		{why: "occupying forces", text: "Russian forces ordered the evacuation of civilians from occupied parts of Kherson.", code: "201", src: "RUS", tgt: "UKR"},
		{why: "to evacuate", text: "The Israeli army ordered residents of 20 villages in southern Lebanon to evacuate.", code: "201", src: "ISR", tgt: "LBN"},
		{why: "armed group", text: "Al-Shabaab militants ordered villagers in Lower Shabelle to leave their homes.", code: "201", src: "SOM", tgt: "-"},
		{why: "armed group, within hours", text: "Boko Haram fighters ordered residents of the town to leave within 24 hours.", code: "201", src: "NGA", tgt: "-"},
		{why: "unnamed army", text: "The army ordered the evacuation of residents from Rafah.", code: "201", src: "---", tgt: "-"},
		{why: "typhoon", text: "Authorities ordered the evacuation of residents ahead of the typhoon.", code: "20", src: "-", tgt: "-", none: true},
		{why: "named typhoon", text: "Japan ordered the evacuation of residents as Typhoon Nanmadol approached.", code: "20", src: "-", tgt: "-", none: true},
		{why: "hurricane", text: "Florida's governor ordered residents of coastal counties to leave ahead of Hurricane Ian.", code: "20", src: "-", tgt: "-", none: true},
		{why: "wildfires", text: "Greek authorities ordered the evacuation of villages threatened by wildfires near Athens.", code: "20", src: "-", tgt: "-", none: true},
		{why: "floods", text: "Chinese officials ordered the evacuation of residents as floods swept through Henan.", code: "20", src: "-", tgt: "-", none: true},
		{why: "own people ahead of enemy", text: "Ukrainian authorities ordered the evacuation of families with children from Pokrovsk.", code: "20", src: "-", tgt: "-", none: true},
		{why: "volcano", text: "The Philippine government ordered the evacuation of residents near the Mayon volcano.", code: "20", src: "-", tgt: "-", none: true},
		{why: "eruption", text: "Indonesian officials ordered residents to leave after the eruption of Mount Semeru.", code: "20", src: "-", tgt: "-", none: true},
		{why: "protesters told to leave", text: "Kenyan police ordered the protesters to leave the square.", code: "20", src: "-", tgt: "-", none: true},
		{why: "own troops evacuated", text: "Russia ordered the evacuation of its troops from Kherson.", code: "20", src: "-", tgt: "-", none: true},
	})
}

// TestS19K19FrontedYears: a fronted "In 1066" (with or without a comma),
// a year of the era ("43 AD", "AD 70") and a season of a year date the
// event in that year; a number before a noun it counts, and a year before
// the era, date nothing.
func TestS19K19FrontedYears(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text, root, year, src string
	}{
		{"In 1066, William the Conqueror invaded England.", "19", "1066", "-"},
		{"In 1066 William the Conqueror invaded England.", "19", "1066", "-"},
		{"The Romans invaded Britain in 43 AD.", "19", "0043", "-"},
		{"In 43 AD, Roman legions invaded Britain.", "19", "0043", "-"},
		{"In AD 43, Roman legions invaded Britain.", "19", "0043", "-"},
		{"In the winter of 1940, Germany bombed London.", "19", "1940", "DEU"},
		{"Sweden invaded Poland in 1655.", "19", "1655", "SWE"},
		{"In 1588, Spain attacked England.", "19", "1588", "ESP"},
		{"Napoleon invaded Russia in 1812.", "19", "1812", "-"},
		{"In 1990 Iraq invaded Kuwait.", "19", "1990", "IRQ"},
		{"In 1979 Vietnam invaded Cambodia.", "19", "1979", "VNM"},
		{"In the spring of 1968, Soviet troops invaded Czechoslovakia.", "19", "1968", "-"},
		{"Argentina invaded the Falkland Islands in 1982.", "19", "1982", "ARG"},
		{"Portugal attacked Morocco in 1578 and lost.", "19", "1578", "PRT"},
		// must-not: no year read
		{"In 1500 villages, soldiers arrested suspected rebels.", "17", "2024", "-"},
		{"Kenyan police arrested 1200 protesters in Nairobi.", "17", "2024", "KEN"},
		{"In 1200 BC, Egyptian troops attacked Libya.", "19", "2024", "EGY"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		ok := false
		for i := range evs {
			e := &evs[i]
			if e.CAMEORoot == c.root && strings.HasPrefix(e.Date, c.year+"-") && (c.src == "-" || hasCountry(e.Source, c.src)) {
				ok = true
				break
			}
		}
		if !ok {
			var got []string
			for _, e := range evs {
				got = append(got, e.CAMEO+" "+codes(e.Source)+"->"+codes(e.Target)+" "+e.Date)
			}
			t.Errorf("%q: want a %s event dated %s by %s; got %v", c.text, c.root, c.year, c.src, got)
		}
	}
}
