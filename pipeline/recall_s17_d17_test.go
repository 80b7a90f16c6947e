package pipeline

import "testing"

// TestS17D17Recall holds D17's causes, each checked on sentences of our
// own (none from dev17): protesters, rioters and a leader's supporters who
// clash with police or hurl things at them riot (145); one private person who shoots
// or drives into people uses unconventional violence (180), not a fight;
// migrants or boats pushed, sent or forced back are expelled (174); a deal
// or sanctions "agreed" and legal action begun.
func TestS17D17Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		// A crowd that clashes with police or pelts them riots.
		{"protesters clash with riot police", "Protesters clashed with riot police in central Athens on Thursday.", "14", "GRC", "GRC", false},
		{"rioters clash with police", "Rioters clashed with police in Leicester and set cars alight, police said.", "14", "GBR", "GBR", false},
		{"rioters clash with police, no 19", "Rioters clashed with police in Leicester and set cars alight, police said.", "19", "", "", true},
		{"supporters clash with police", "Supporters of the jailed opposition leader clashed with police in Dhaka.", "14", "BGD", "BGD", false},
		{"protesters hurl bottles at police", "Protesters hurled fireworks and bottles at police in Amsterdam during a demonstration against lockdown rules.", "14", "NLD", "-", false},
		{"protesters hurl bottles at police, no 19", "Protesters hurled fireworks and bottles at police in Amsterdam during a demonstration against lockdown rules.", "19", "", "", true},
		{"a second verb after 'and'", "Protesters set fire to a police car and clashed with officers in Portland, Oregon.", "19", "", "", true},
		{"students clash with police", "Hundreds of students clashed with police in Jakarta during protests against a new labour law.", "14", "IDN", "IDN", false},
		{"rioters loot and clash with police", "Rioters looted shops and clashed with police in Belfast for a fifth night.", "19", "", "", true},
		// ... armed men, a mob, villagers, police and killers do not riot.
		{"soldiers clash with rebels", "Soldiers clashed with rebels near Goma on Tuesday.", "14", "", "", true},
		{"rebels attack a police station", "Rebels attacked a police station in northern Mozambique, killing five officers.", "14", "", "", true},
		{"gunmen attack a checkpoint", "Gunmen attacked a police checkpoint in Balochistan, killing four officers.", "14", "", "", true},
		{"police clash with gangs", "Police clashed with drug gangs in a favela in Rio de Janeiro.", "14", "", "", true},
		{"mobs clash", "Rival mobs clashed in a district of north-east Delhi, killing 12 people.", "14", "", "", true},
		{"villagers clash with herders", "Villagers clashed with herders in Plateau state, police said.", "14", "", "", true},
		{"protesters kill an officer", "Protesters killed a police officer in Nairobi during the unrest.", "14", "", "", true},
		{"police attack protesters", "Police attacked protesters with batons in Minsk.", "14", "", "", true},
		{"a party's militia attacks protesters", "Hezbollah supporters attacked protesters in central Beirut.", "14", "", "", true},

		// One private person who shoots or drives into people: 180.
		{"a man shoots dead worshippers", "A man shot dead three people at a synagogue in Pittsburgh on Saturday.", "18", "-", "-", false},
		{"a teenager shoots dead shoppers", "A teenager shot dead ten people at a supermarket in Buffalo, New York.", "18", "-", "-", false},
		{"a gunman opens fire on a bar", "A gunman opened fire on a gay bar in Oslo, killing two people.", "18", "-", "NOR", false},
		{"a gunman opens fire on a bar, no 19", "A gunman opened fire on a gay bar in Oslo, killing two people.", "19", "", "", true},
		{"a man with a rifle", "A man armed with a rifle opened fire at a shopping centre in Copenhagen, killing three.", "18", "-", "-", false},
		{"a student shoots dead", "A student shot dead 14 people at a university in Prague.", "18", "-", "-", false},
		{"a man drives into a crowd", "A man drove a car into a crowd at a Christmas market in Magdeburg, killing five people.", "18", "-", "DEU", false},
		// ... gunmen, soldiers, fighters, troops, rebels and police keep 19.
		{"gunmen open fire on worshippers", "Gunmen opened fire on worshippers at a mosque in northern Nigeria, killing 12.", "18", "-", "NGA", false},
		{"soldiers shoot dead militants", "Soldiers shot dead three militants in a gunfight in Kashmir.", "18", "", "", true},
		{"fighters shoot dead policemen", "Taliban fighters shot dead four policemen at a checkpoint in Kandahar.", "19", "AFG", "-", false},
		{"troops shoot dead a gunman", "Israeli troops shot dead a Palestinian gunman in Jenin.", "18", "", "", true},
		{"rebels open fire on a convoy", "Rebels opened fire on a military convoy in eastern Congo.", "18", "", "", true},
		{"a former soldier is armed", "A former soldier opened fire at a mosque in Quebec City, killing six worshippers.", "18", "", "", true},

		// Migrants or boats pushed, sent or forced back: 174.
		{"a dinghy pushed back", "Greek coast guard vessels pushed a dinghy carrying 30 migrants back into Turkish waters.", "17", "GRC", "-", false},
		{"migrants pushed back across the border", "Lithuanian border guards pushed 200 migrants back across the border into Belarus.", "17", "LTU", "-", false},
		{"migrants sent back to a state", "Spain sent 116 migrants back to Morocco a day after they climbed the fence at Ceuta.", "17", "ESP", "MAR", false},
		{"asylum seekers sent back", "The United States sent 40 asylum seekers back to Mexico under the new policy.", "17", "USA", "MEX", false},
		{"migrants forced back", "Bulgarian police forced migrants back across the Turkish border, Human Rights Watch said.", "17", "BGR", "-", false},
		{"a boat turned back", "The Australian navy turned back a boat carrying 40 asylum seekers to Indonesia.", "17", "AUS", "-", false},
		// ... troops, elections, bodies and ships are not.
		{"troops pushed back", "Ukrainian forces pushed Russian troops back from the outskirts of Kharkiv.", "17", "", "", true},
		{"an election pushed back", "The government pushed back the election by six months.", "17", "", "", true},
		{"bodies sent back", "Spain sent the bodies of the migrants back to Morocco for burial.", "17", "", "", true},
		{"rebels pushed back", "Sudanese troops pushed the rebels back towards the border.", "17", "", "", true},
		{"a ship sent back", "Italy sent a navy ship back to Libya to collect the crew.", "17", "", "", true},

		// A deal "agreed" is concluded (057), sanctions "agreed" imposed
		// (163), legal action begun is a lawsuit (115).
		{"a deal agreed", "Britain and Ireland agreed a deal on the Northern Ireland border on Thursday.", "05", "GBR", "IRL", false},
		{"a pact agreed", "Germany and Kenya agreed a labour migration pact in Nairobi on Friday.", "05", "DEU", "KEN", false},
		{"sanctions agreed", "EU foreign ministers agreed new sanctions on Iran over its drone deliveries to Russia.", "16", "-", "IRN", false},
		{"sanctions agreed by a group", "The G7 agreed fresh sanctions against Russia on Friday.", "16", "-", "RUS", false},
		{"legal action begun", "The European Commission began legal action against Poland over its judicial reforms.", "11", "-", "POL", false},
		{"agreed that, no deal", "The two leaders agreed that the deal had been useful.", "05", "", "", true},
		{"agreed to study a deal", "Ministers agreed to study a trade deal.", "05", "", "", true},
		{"sanctions to be lifted", "Washington agreed to lift sanctions on Venezuela.", "16", "", "", true},
		{"proceedings to recover money", "Officials began legal proceedings to recover the money.", "11", "", "", true},
		// Spies swapped are prisoners exchanged (0841).
		{"spies swapped", "Russia and the United States swapped two convicted spies on the tarmac in Abu Dhabi.", "08", "RUS", "USA", false},
		{"agents swapped for prisoners", "Moscow and Warsaw swapped six agents for five prisoners at the Belarusian border.", "08", "RUS", "POL", false},
		{"fire with agents is no swap", "Police exchanged fire with armed agents of a drug cartel.", "08", "", "", true},
	}, false)
}
