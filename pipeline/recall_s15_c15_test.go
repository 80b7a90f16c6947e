package pipeline

import "testing"

// TestRecallS15C15 codes conflict-news sentences written for the
// fifteenth session around the roots parley found least often in
// conflict and politics news (06, 07, 10, 11, 16, 18), one or more per
// dictionary line added, next to sentences where the same words carry no
// such event. The sentences differ from the lines' own examples, so the
// table tests the lines' reach.
func TestRecallS15C15(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 06: trade restored through a border, energy deliveries, joint patrols
		{why: "crossing reopened to trade", text: "Afghanistan and Pakistan reopened the Torkham crossing to trade after a week of clashes.", code: "061", src: "AFG", tgt: "PAK"},
		{why: "border crossing reopened for trucks", text: "Armenia and Turkey reopened their border crossing for trucks carrying goods.", code: "061", src: "ARM", tgt: "TUR"},
		{why: "crossing reopened alone is no trade", text: "The army reopened the border crossing after the militants were pushed back.", code: "061", none: true},
		{why: "gas supplies increased", text: "Turkmenistan increased gas supplies to China through the new pipeline.", code: "061", src: "TKM", tgt: "CHN"},
		{why: "oil deliveries boosted", text: "Russia boosted oil deliveries to China to record levels last month.", code: "061", src: "RUS", tgt: "CHN"},
		{why: "started supplying gas", text: "Norway started supplying more gas to Germany after the pipeline blasts.", code: "061", src: "NOR", tgt: "DEU"},
		{why: "gas deliveries halted are no trade", text: "Ukraine halted gas deliveries to Europe through its territory.", code: "06", none: true},
		{why: "joint patrols named by the border", text: "Thai and Malaysian forces began joint border patrols against smugglers.", code: "062", src: "THA", tgt: "MYS"},
		{why: "combined drills named by their kind", text: "Chinese and Pakistani troops conducted combined counter-terrorism drills near Kashgar.", code: "062", src: "CHN", tgt: "PAK"},
		{why: "a joint news conference after an exercise", text: "Egypt and Sudan held a joint news conference after the naval exercise.", code: "062", none: true},
		{why: "trade as a noun is no event", text: "Officials said trade with Iran dropped sharply after the sanctions.", code: "061", none: true},
		{why: "wanted suspect deported", text: "Thailand deported a wanted fraud suspect to Belarus on Tuesday.", code: "063", src: "THA", tgt: "BLR"},
		{why: "deported to face charges", text: "Sweden deported a former Rwandan officer to Rwanda to face charges of genocide.", code: "063", src: "SWE", tgt: "RWA"},
		{why: "migrants deported", text: "Algeria deported hundreds of migrants to Niger last week.", code: "063", none: true},
		{why: "patrols after a joint funeral", text: "Police launched patrols in the district after the joint funeral.", code: "06", none: true},
		// 07: kit handed over, asylum status, a tranche, arms vehicles and ammunition
		{why: "radios handed over to an army", text: "The United States handed over night-vision equipment and radios to the Ecuadorian army.", code: "070", src: "USA", tgt: "ECU"},
		{why: "refugee status granted", text: "Germany granted refugee status to a former Afghan army officer.", code: "075", src: "DEU", tgt: "-"},
		{why: "refugee status stripped", text: "The court stripped the cleric of his refugee status.", code: "07", none: true},
		{why: "an instalment released to a state", text: "The IMF released a $700 million instalment to Pakistan under its bailout.", code: "071", src: "IGO", tgt: "PAK"},
		{why: "figures released", text: "The ministry released new figures showing a $5 billion budget deficit.", code: "07", none: true},
		{why: "fighting vehicles delivered", text: "Sweden delivered CV90 infantry fighting vehicles to Ukraine.", code: "072", src: "SWE", tgt: "UKR"},
		{why: "ammunition sent to an army", text: "Slovakia sent artillery ammunition to the Ukrainian army.", code: "072", src: "SVK", tgt: "UKR"},
		{why: "aid convoy attacked", text: "Militiamen attacked a convoy carrying humanitarian aid near Bentiu.", code: "07", none: true},
		{why: "aid trucks ambushed", text: "Bandits ambushed lorries loaded with humanitarian supplies on the road to El Obeid.", code: "07", none: true},
		{why: "tanks sent to the border", text: "The army sent tanks to the border after the clashes.", code: "07", none: true},
		// 11: opposition rallied
		{why: "supporters mobilised against a result", text: "The former president mobilised his supporters against the election result.", code: "113", src: "-", tgt: "-"},
		{why: "urged to rise up against", text: "The exiled opposition leader urged Venezuelans to rise up against the government.", code: "113", src: "-", tgt: "-"},
		{why: "rise to the occasion", text: "The coach urged his players to rise to the occasion.", code: "11", none: true},
		{why: "rally with no one against", text: "The president rallied supporters in Mombasa ahead of the vote.", code: "11", none: true},
		// 16: talks, arms deliveries, food distributions, economic blockades
		{why: "hostage talks suspended", text: "The government suspended hostage talks with the kidnappers after a captive was killed.", code: "164", src: "-", tgt: "-"},
		{why: "reconciliation talks suspended", text: "The Kurdish party suspended reconciliation talks with Ankara.", code: "164", src: "-", tgt: "TUR"},
		{why: "a break from talks", text: "The negotiators took a break from the ceasefire talks for prayers.", code: "16", none: true},
		{why: "the Red Cross ordered out", text: "The military government ordered the International Committee of the Red Cross to leave Niger.", code: "1663", src: "-", tgt: "-"},
		{why: "Doctors Without Borders expelled", text: "Sudan's army expelled Doctors Without Borders from the Darfur region.", code: "1663", src: "-", tgt: "NGO"},
		{why: "the Red Army ordered to advance", text: "Stalin ordered the Red Army to advance on Berlin, the museum exhibit explains.", code: "1663", none: true},
		{why: "shell shipment delayed", text: "Washington delayed a shipment of artillery shells to Kyiv amid a budget dispute.", code: "1622", src: "USA", tgt: "UKR"},
		{why: "arms delivery withheld", text: "Germany withheld a delivery of patrol boats and arms to Saudi Arabia.", code: "1622", src: "DEU", tgt: "SAU"},
		{why: "a delivery intercepted", text: "Police intercepted a delivery of weapons to a gang in Rio.", code: "16", none: true},
		{why: "food distributions suspended", text: "The UN suspended food distributions in Haiti's capital after gangs looted warehouses.", code: "1623", src: "IGO", tgt: "-"},
		{why: "convoys looted", text: "Armed men looted relief convoys bound for the displaced.", code: "16", none: true},
		{why: "trade blockade imposed", text: "Neighbouring states imposed a trade blockade on Mali after the coup.", code: "163", src: "-", tgt: "MLI"},
		{why: "naval blockade stays 191", text: "Warships imposed a naval blockade on the rebel-held port.", code: "16", none: true},
		// 18: hand weapons, assassination attempts, landmines, suicide bombers
		{why: "attacked with sticks", text: "A group of young men attacked a Muslim trader with sticks in the town of Bhilwara.", code: "182", src: "-", tgt: "IND"},
		{why: "attacked with knives", text: "Unknown men attacked a journalist with knives outside his home in Karachi.", code: "182", src: "-", tgt: "PAK"},
		{why: "attacked with rifles", text: "Militants attacked the checkpoint with grenades and automatic rifles.", code: "182", none: true},
		{why: "stabbed in an apparent assassination attempt", text: "Attackers stabbed the opposition leader in the neck in an apparent assassination attempt.", code: "185", src: "-", tgt: "-"},
		{why: "shot in an attempt on his life", text: "Two men on a motorbike shot the mayor in an attempt on his life, police said.", code: "185", src: "-", tgt: "-"},
		{why: "fired on in an assassination attempt", text: "Gunmen opened fire on the governor's convoy in a failed assassination attempt near Kandahar.", code: "185", src: "-", tgt: "AFG"},
		{why: "miners seized", text: "Armed men seized four Chinese miners at a gold site in the Central African Republic.", code: "181", src: "-", tgt: "CHN"},
		{why: "police station bombed", text: "Rebels bombed a police station in the town of Kidal.", code: "1834", src: "-", tgt: "-"},
		{why: "an attempt to stop smuggling", text: "The police made an attempt to stop the smuggling, the minister said.", code: "18", none: true},
		{why: "youths whipped", text: "Police whipped youths who gathered in the market despite the ban.", code: "182", src: "-", tgt: "-"},
		{why: "landmine killed shepherds", text: "A landmine killed four shepherds near the Kashmir frontier.", code: "1833", src: "-", tgt: "-"},
		{why: "landmines cleared", text: "Deminers cleared 500 landmines from farmland in Cambodia.", code: "18", none: true},
		{why: "suicide bomber detonated explosives", text: "A suicide bomber detonated his explosives at the entrance to the ministry in Kabul.", code: "1831", src: "-", tgt: "AFG"},
	}
	checkRootCases(t, p, cases)
}
