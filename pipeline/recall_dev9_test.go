package pipeline

import "testing"

// Rows for the dictionary lines the ninth session's sides-heavy development
// set (eval/testdata/dev9) led to. Every sentence is new, written for this
// test; each positive row checks the sides as well as the code, and each
// group has must-not rows for the sense that must stay silent.
func TestRecallDev9(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Taken off a list of terrorist or banned organisations: 081.
		{why: "groups delisted", text: "Colombia's government removed two dissident factions from its list of terrorist organisations on Monday.", code: "081", src: "COL", tgt: "COL"},
		{why: "a movement struck from the list of banned groups", text: "Uganda's interior ministry struck the opposition movement from the list of proscribed organisations.", code: "081", src: "UGA", tgt: "UGA"},
		{why: "groups added to the list are no easing", text: "Colombia's government added two dissident factions to its list of terrorist organisations on Monday.", code: "081", none: true},
		{why: "names removed from a list of the missing", text: "Officials in Lima removed 40 names from the list of missing persons after the floods.", code: "08", none: true},

		// A plant, mine or factory seized is property confiscated (1711).
		{why: "a foreign-owned plant seized", text: "Argentine authorities seized a Spanish-owned oil refinery in the city of Ensenada, the company said.", code: "1711", src: "ARG", tgt: "-"},
		{why: "a mine seized by troops", text: "Malian soldiers seized a Canadian-owned gold mine near the town of Sadiola.", code: "1711", src: "MLI", tgt: "-"},
		{why: "the city of a plant is no ground taken", text: "Argentine authorities seized a Spanish-owned oil refinery in the city of Ensenada, the company said.", code: "192", none: true},
		{why: "a power plant shelled is no seizure", text: "Russian troops shelled the power plant in the city of Enerhodar overnight.", code: "171", none: true},

		// Migrants deported by the thousand are individuals expelled (174).
		{why: "migrant workers deported", text: "Thailand deported thousands of Cambodian migrant workers after the border clashes, officials in Phnom Penh said.", code: "174", src: "THA", tgt: "KHM"},
		{why: "migrants deported are no mass expulsion", text: "Thailand deported thousands of Cambodian migrant workers after the border clashes, officials in Phnom Penh said.", code: "201", none: true},
		{why: "villagers expelled stay a mass expulsion", text: "Soldiers expelled thousands of villagers from the valley and burned their homes.", code: "201", src: "-", tgt: "-"},

		// Soldiers sent to train a force are military aid to it (072).
		{why: "instructors sent to train", text: "Turkey sent 200 instructors to train Somali soldiers in Mogadishu, the defence ministry in Ankara said.", code: "072", src: "TUR", tgt: "SOM"},
		{why: "troops sent to a border train no one", text: "Turkey sent 200 more soldiers to its border with Syria on Tuesday.", code: "07", none: true},

		// Troops that arrive to lead a peacekeeping force protect (074).
		{why: "troops arrive to join a peacekeeping force", text: "Bangladeshi troops arrived in Mali to join a UN peacekeeping mission, the army said.", code: "074", src: "BGD", tgt: "MLI"},
		{why: "an envoy's arrival stays a visit", text: "The Bangladeshi foreign minister arrived in Mali to discuss the UN peacekeeping mission.", code: "074", none: true},

		// A people driven across a border is expelled en masse (201).
		{why: "civilians driven into a neighbour", text: "Burmese troops drove tens of thousands of Karen villagers into Thailand, aid groups said.", code: "201", src: "MMR", tgt: "-"},
		{why: "trucks driven across the border", text: "Smugglers drove trucks of fuel across the border into Benin at night.", code: "201", none: true},

		// A suicide bombing that kills dozens is a bombing, not a massacre.
		{why: "suicide bomber kills dozens", text: "A suicide bomber killed dozens of people at a wedding in Kunduz, provincial officials said.", code: "1831", src: "-", tgt: "-"},
		{why: "a bomb that kills dozens", text: "A bomb killed dozens of people at a bus station in Maiduguri, Nigerian police said.", code: "183", src: "-", tgt: "-"},
		{why: "a bombing is no mass killing", text: "A suicide bomber killed dozens of people at a wedding in Kunduz, provincial officials said.", code: "202", none: true},
		{why: "soldiers who kill dozens are no bombers", text: "Soldiers killed dozens of protesters in Khartoum after the bomb scare, doctors said.", code: "183", none: true},

		// Armed forces that fight in a place fight each other.
		{why: "army and militia fought in a city", text: "Libya's army and rival militias fought in Tripoli for a fourth day, residents said.", code: "190", src: "LBY", tgt: "LBY"},
		{why: "veterans who fought in a war", text: "Soldiers who fought in the Falklands war marched in London on Sunday.", code: "190", none: true},

		// A state asks others for helicopters or rescuers: a request for aid.
		{why: "rescue teams asked for", text: "Morocco asked Spain and Qatar for rescue teams after the earthquake, a government spokesman said.", code: "023", src: "MAR", tgt: "ESP"},
		{why: "an explanation asked for is no aid", text: "Greece asked Turkey for an explanation of the flights by military helicopters.", code: "023", none: true},

		// A pact with a state being considered is a policy considered (014).
		{why: "a pact being considered", text: "Serbia is considering a free trade agreement with China, the trade minister said.", code: "014", src: "SRB", tgt: "CHN"},
		{why: "a pact being considered is no pact signed", text: "Serbia is considering a free trade agreement with China, the trade minister said.", code: "057", none: true},

		// Missile tests begun are a show of force (150).
		{why: "missile tests begun", text: "Iran began missile tests in the Gulf on Sunday, state television said.", code: "150", src: "IRN", tgt: "-"},
		{why: "tests of a vaccine are no show of force", text: "Russia began tests of a new vaccine in Moscow hospitals, the health ministry said.", code: "150", none: true},
		// An inquiry into abuse by an agent targets the agent, not the victims.
		{why: "abuse of detainees by troops", text: "Australia's army opened an inquiry into the abuse of Afghan prisoners by Australian special forces.", code: "092", src: "AUS", tgt: "AUS"},
		{why: "killing of protesters by police", text: "Peru's prosecutors launched an investigation into the killing of protesters by police in Puno.", code: "092", src: "PER", tgt: "PER"},
		{why: "abuse with no agent named", text: "Australia's army opened an inquiry into the abuse of Afghan prisoners at a base in Uruzgan.", code: "092", none: true},

		// Heavy-object shift: the receiving state before the suspect.
		{why: "handed over to a state a suspect", text: "Uganda handed over to Rwanda three suspects wanted for the 1994 genocide, police said.", code: "063", src: "UGA", tgt: "RWA"},
		{why: "a chairmanship handed over is no extradition", text: "Uganda handed over to Rwanda the rotating chairmanship of the East African Community.", code: "063", none: true},
		// Gunmen, settlers or a mob that kill or attack: unconventional
		// violence (180), as the team's sets code them; armed forces keep 19.
		{why: "gunmen kill tourists", text: "Gunmen killed 14 foreign tourists at a hotel in Bamako, Mali's security ministry said.", code: "180", src: "-", tgt: "-"},
		{why: "settlers shoot dead a farmer", text: "Israeli settlers shot dead a Palestinian farmer near Hebron, the Palestinian health ministry said.", code: "180", src: "ISR", tgt: "PSE"},
		{why: "bandits kill villagers", text: "Bandits killed 20 villagers in Nigeria's Katsina state, police said.", code: "180", src: "-", tgt: "NGA"},
		{why: "troops who kill gunmen use force", text: "Pakistani troops killed six gunmen in a raid in North Waziristan, the army said.", code: "180", none: true},
		{why: "police who shoot gunmen", text: "Police shot dead three gunmen who had robbed a bank in Lagos.", code: "180", none: true},
		// Nominalisations with the agent as possessive: the possessor acts.
		{why: "a plan to annex rejected", text: "Jordan rejected Israel's plan to annex parts of the Jordan Valley, the foreign ministry said.", code: "127", src: "JOR", tgt: "ISR"},
		{why: "a plan rejected is no denial", text: "Jordan rejected Israel's plan to annex parts of the Jordan Valley, the foreign ministry said.", code: "016", none: true},
		{why: "a release named by its agent", text: "Canada welcomed China's release of two Canadian citizens held since 2018.", code: "0841", src: "CHN", tgt: "CAN"},
		{why: "a report released frees no one", text: "Canada welcomed China's release of the report on the outbreak.", code: "084", none: true},
		{why: "an oil tanker seized is property", text: "Britain condemned Iran's seizure of a Panama-flagged oil tanker near the Strait of Hormuz.", code: "1711", src: "IRN", tgt: "PAN"},
		{why: "an oil tanker seized is no ground taken", text: "Britain condemned Iran's seizure of a Panama-flagged oil tanker near the Strait of Hormuz.", code: "192", none: true},
		// A force on alert along the border with a state: that state is the target.
		{why: "alert along the border with a state", text: "Azerbaijan put its army on high alert along the border with Armenia after overnight shelling.", code: "152", src: "AZE", tgt: "ARM"},
		{why: "alert near the frontier with a state", text: "Algeria placed its troops on alert near the frontier with Mali, the defence ministry said.", code: "152", src: "DZA", tgt: "MLI"},
		// Water cannon at a crowd is repression, not artillery.
		{why: "water cannon at protesters", text: "Riot police fired water cannon at protesters in Belgrade on Saturday.", code: "175", src: "SRB", tgt: "SRB"},
		{why: "water cannon at protesters is no shelling", text: "Riot police fired water cannon at protesters in Belgrade on Saturday.", code: "194", none: true},
		// Money given in the double-object frame: the first object is the target.
		{why: "a state given billions", text: "Kuwait gave Jordan's government 1 billion dollars to support its budget, the finance ministry said.", code: "071", src: "KWT", tgt: "JOR"},
		{why: "a fine given is no aid", text: "A court in Amman gave the former minister a fine of 2 million dollars.", code: "071", none: true},
		// A statement on cooperation signed by two parties is an agreement.
		{why: "a statement on cooperation signed", text: "During talks in Hanoi, the leaders of Vietnam and Japan signed a statement on deepening their strategic partnership.", code: "057", src: "VNM", tgt: "JPN"},
		{why: "a statement of criticism signed", text: "Fifty Japanese lawmakers signed a statement criticising Vietnam's treatment of dissidents.", code: "057", none: true},
		// A refusal to recognise a party's independence targets that party.
		{why: "independence not recognised", text: "Russia refused to recognise Kosovo's independence, which most Western states accepted in 2008.", code: "12", src: "RUS", tgt: "KSV"},
		// A state ready to play a role in resolving a dispute between others offers to mediate.
		{why: "ready to play a role between two states", text: "Turkey said it was ready to play a constructive role in resolving the dispute between Serbia and Kosovo.", code: "039", src: "TUR", tgt: "SRB"},
		{why: "a role in the world economy", text: "Turkey said it was ready to play a bigger role in the world economy and in regional trade.", code: "039", none: true},
		// A resignation demanded right after its holder, with a reason that names food.
		{why: "a resignation demanded over food prices", text: "Protesters demanded President Ruto's resignation over rising food prices, police said.", code: "1041", src: "KEN", tgt: "KEN"},
		{why: "a resignation is no food aid", text: "Protesters demanded President Ruto's resignation over rising food prices, police said.", code: "1033", none: true},
		// "Bomb" as a noun is no bombing by the subject.
		{why: "a bomb defused", text: "Police defused a bomb outside the French embassy in Tunis, Tunisian officials said.", code: "183", none: true},
		{why: "a market bombed", text: "Suspected militants bombed a crowded market in the Pakistani city of Peshawar.", code: "1834", src: "PAK", tgt: "-"},
	})
}
