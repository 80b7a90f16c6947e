package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS14AgencyTallies: what an agency, ministry or relief group reports of
// a disaster, an epidemic or a welfare figure is a count, not an act: the
// plain statement (010) is no event when the report's only other matches
// are the harm the disaster did (its conjuncts included) and the states it
// names are only where it happened (lists and "the Horn of Africa", "parts
// of Pakistan" included). Harm done by someone, and a report that blames or
// names a party, stay coded.
func TestS14AgencyTallies(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "floods' second conjunct", text: "Floods swept through eastern Kenya and destroyed 3,000 homes, the Red Cross said.", none: true},
		{why: "a wildfire's second conjunct", text: "A wildfire tore through the hills above Athens and destroyed dozens of houses, the fire service said.", none: true},
		{why: "a cyclone's second conjunct", text: "Cyclone Idai hit Beira and destroyed 90 percent of the city, the IFRC said.", none: true},
		{why: "an epidemic in a list of states", text: "The Ebola outbreak has killed more than 900 people in Guinea, Liberia and Sierra Leone, the World Health Organization said.", none: true},
		{why: "cholera across a list of states", text: "Cholera has killed 300 people across Zimbabwe, Zambia and Malawi this year, the WHO said.", none: true},
		{why: "a region of a continent", text: "Drought in the Horn of Africa has killed millions of livestock, the Food and Agriculture Organization said.", none: true},
		{why: "parts of a state", text: "Floods in parts of Pakistan have displaced 500,000 people, the National Disaster Management Authority said.", none: true},
		{why: "a welfare figure", text: "Poverty in Afghanistan has reached 97 percent of the population, the UN Development Programme said.", none: true},
		{why: "a disaster's toll", text: "The death toll from the earthquake in Turkey and Syria rose to 50,000, officials said.", none: true},
		{why: "rains in much of a region", text: "Monsoon rains in much of South Asia have killed 600 people, the IFRC said.", none: true},
		{why: "a place naming the disaster", text: "The Pakistan floods have affected 33 million people, the government said.", none: true},
		{why: "a headline's place naming the disaster", text: "Libya floods: Derna death toll rises to 11,300, Red Crescent says", none: true},
		{why: "an epidemic's figures", text: "Malaria cases in Ethiopia doubled last year, the health ministry said.", none: true},

		{why: "rebels' second conjunct is theirs", text: "Rebels shelled the town and destroyed 40 homes, the army said.", code: "17", src: "-", tgt: "-"},
		{why: "soldiers burned houses", text: "Soldiers stormed the village and burned dozens of houses, residents said.", code: "19", src: "-", tgt: "-"},
		{why: "fighting displaces", text: "Fighting in northern Ethiopia has displaced more than 2 million people, the United Nations said.", code: "010", src: "IGO", tgt: "-"},
		{why: "a report that names the one who harmed", text: "UNICEF said Houthi shelling had killed six children in Taiz.", code: "19", src: "YEM", tgt: "-"},
		{why: "political content", text: "Russia said sanctions against Iran would stay in place.", code: "010", src: "RUS", tgt: "-"},
		{why: "an agency blaming a state", text: "The WHO said Israel had blocked medical supplies to Gaza.", code: "1223", src: "ISR", tgt: "PSE"},
	})
}

// TestS14ModifierWithPlace: a state's adjective before an attack noun
// heads the clause's subject even when a place or target phrase follows
// the noun ("Israeli strikes in southern Lebanon killed", "US strikes on
// Hodeidah killed"): the harm is the attacker's, not the speaker's of the
// reporting clause around it.
func TestS14ModifierWithPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "strikes in a region", text: "The Foreign Ministry said Israeli strikes in southern Lebanon killed four people.", code: "19", src: "ISR", tgt: "-"},
		{why: "strikes on a city", text: "Officials said Russian missile strikes on Kharkiv killed 11 civilians.", code: "19", src: "RUS", tgt: "-"},
		{why: "strikes near a capital", text: "Syrian state media said Israeli strikes near Damascus killed two soldiers.", code: "190", src: "ISR", tgt: "SYR"},
		{why: "strikes on the village of", text: "Lebanon's health ministry said Israeli air strikes on the village of Aitaroun killed seven people.", code: "19", src: "ISR", tgt: "-"},
		{why: "vessels near a shoal", text: "Chinese vessels near the Scarborough Shoal blocked a Philippine supply boat.", code: "191", src: "CHN", tgt: "PHL"},
	})
	// The speaker of the reporting clause is never the attacker.
	for _, text := range []string{
		"The Foreign Ministry said Israeli strikes in southern Lebanon killed four people.",
		"Yemen's Houthi-run health ministry said US strikes on Hodeidah killed 80 people.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "19" && (hasCountry(e.Source, "LBN") || hasCountry(e.Source, "YEM")) {
				t.Errorf("%q: the speaker attacks: %s", text, describe([]event.Event{e}))
			}
		}
	}
}

// TestS14TownAttacked: a town attacked or bombed by its name alone, which
// no actor holds, is attacked there (190, the place's state the target);
// a person, a firm or a team "attacked" by name is no town.
func TestS14TownAttacked(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a town attacked by name", text: "Rebels attacked Omdurman on Saturday.", code: "190", src: "-", tgt: "SDN"},
		{why: "a politician attacked by name", text: "The senator attacked Johnson over the bill.", code: "19", none: true},
		{why: "a firm attacked by name", text: "Hackers attacked Microsoft servers overnight.", code: "19", none: true},
		{why: "a team attacked by name", text: "Arsenal attacked Liverpool on the counter.", code: "19", none: true},
	})
}
