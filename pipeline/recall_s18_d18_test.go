package pipeline

import "testing"

// TestS18D18Recall codes sentences written for D18's causes in the
// register of military communiques (none taken from dev18): what units
// destroyed, liquidated or suppressed, attempts and infiltration bids
// repelled, assaults counted and stopped, things hit with missiles
// (19-fight.txt), and "the enemy" or "the occupiers" in a belligerent's
// report, which is the opponent of the state the sentence speaks for
// (enemy_d18.go). The must-not rows keep business, disasters, migrants
// at a border, one's own attacks halted and "the enemy" of a speech out.
func TestS18D18Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Armour, guns and firing points destroyed are force (190).
		{why: "tanks destroyed", text: "Ukrainian forces destroyed three Russian tanks and two armoured vehicles near Kupiansk, the army said.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "howitzers destroyed, reported", text: "The Russian Defence Ministry said its artillery had destroyed four Ukrainian howitzers in the Kherson direction.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "launchers destroyed", text: "Israeli jets destroyed Hezbollah rocket launchers in southern Lebanon overnight, the military said.", code: "19", src: "ISR", tgt: "LBN"},
		{why: "firing points destroyed", text: "Azerbaijan's army said it had destroyed Armenian firing points and a radar station in the Lachin direction.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "warship destroyed", text: "The Ukrainian navy said it had destroyed a Russian warship in the Black Sea with sea drones.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "firing points suppressed", text: "Azerbaijani units suppressed Armenian firing points in the Tovuz direction, the Defence Ministry said.", code: "19", src: "-", tgt: "ARM"},
		// Soldiers liquidated or eliminated are killed in battle.
		{why: "soldiers liquidated", text: "Ukrainian troops liquidated 40 Russian soldiers near Bakhmut, the General Staff said.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "fighters eliminated", text: "Ethiopian troops eliminated 30 Tigrayan fighters and destroyed two tanks near Humera, the army said.", code: "19", src: "ETH", tgt: "ETH"},
		// Attempts and infiltration bids repelled, assaults stopped.
		{why: "landing attempt repelled", text: "Russian troops repelled an attempt by Ukrainian forces to land on the Kinburn spit, the ministry said.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "advance attempt repelled", text: "The Syrian army said it had repelled an attempt by rebels to advance on Hama, killing dozens.", code: "19", src: "SYR", tgt: "-"},
		{why: "infiltration bid foiled", text: "The Indian army foiled an infiltration bid by Pakistani militants along the Line of Control in Kupwara.", code: "19", src: "IND", tgt: "PAK"},
		{why: "assaults counted and stopped", text: "Ukrainian forces stopped 20 Russian assaults near Pokrovsk over the past day, the General Staff said.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "hit with a missile", text: "Hezbollah hit an Israeli tank with a guided missile near the border, the group said.", code: "19", src: "LBN", tgt: "ISR"},
		// Military facilities destroyed; strikes carried out on targets.
		{why: "military facilities destroyed", text: "Russia's Defence Ministry said its forces had destroyed 400 Ukrainian military facilities over the past week.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "military installations destroyed", text: "Turkish warplanes destroyed PKK military installations in northern Iraq, the Defence Ministry said.", code: "19", src: "TUR", tgt: "-"},
		{why: "military facilities destroyed, reported", text: "Azerbaijan's Defence Ministry said its forces had destroyed Armenian military facilities near Lachin.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "strikes on targets in a state", text: "The Israeli military said its aircraft had carried out strikes on military targets in Syria.", code: "19", src: "ISR", tgt: "SYR"},
		{why: "strikes against sites", text: "The Saudi-led coalition said it had carried out strikes against Houthi military sites in Sanaa.", code: "19", src: "-", tgt: "YEM"},
		{why: "strikes on positions", text: "Pakistan's air force carried out strikes on militant positions in North Waziristan, the military said.", code: "19", src: "PAK", tgt: "-"},
		// "The enemy" in a belligerent's report is its opponent.
		{why: "the enemy shelled", text: "The Ukrainian military said the enemy had shelled Kherson 60 times over the past day.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "enemy forces fired", text: "Azerbaijan's Defence Ministry said enemy forces had fired on its positions in the Kalbajar district.", code: "19", src: "ARM", tgt: "AZE"},
		{why: "the enemy opened fire", text: "Armenia's Defence Ministry said the enemy had opened fire on Armenian positions near Sotk.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "enemy troops targeted", text: "Hezbollah said its fighters had targeted enemy troops at the Metula barracks with rockets.", code: "19", src: "LBN", tgt: "ISR"},
		{why: "enemy soldiers ambushed", text: "The Qassam Brigades said their fighters had ambushed enemy soldiers east of Khan Younis.", code: "19", src: "PSE", tgt: "ISR"},
		{why: "occupiers liquidated", text: "Ukrainian troops liquidated 120 occupiers near Avdiivka over the past day, the General Staff said.", code: "19", src: "UKR", tgt: "RUS"},

		// Must not: no fight.
		{why: "chemical weapons destroyed", text: "Syria destroyed its chemical weapons stockpile under the supervision of the OPCW.", code: "19", none: true},
		{why: "guns destroyed by police", text: "Police destroyed 50,000 guns handed in during the amnesty.", code: "19", none: true},
		{why: "airline liquidated", text: "The government liquidated the state airline after years of losses.", code: "19", none: true},
		{why: "company liquidated", text: "The court liquidated the bankrupt company and appointed administrators.", code: "19", none: true},
		{why: "own attacks stopped", text: "Israel stopped its attacks on Gaza for a four-day truce.", code: "19", none: true},
		{why: "storm damage", text: "The hurricane destroyed fishing boats and a radar station on the island.", code: "19", none: true},
		{why: "migrants at a fence", text: "Spanish police repelled an attempt by hundreds of migrants to storm the border fence at Ceuta.", code: "19", none: true},
		{why: "smuggling foiled", text: "Customs officers foiled an attempt to smuggle two tonnes of cocaine through the port of Antwerp.", code: "19", none: true},
		{why: "energy infrastructure", text: "Russian missiles destroyed Ukrainian energy infrastructure in the Kharkiv region, the governor said.", code: "19", none: true},
		{why: "labour strikes", text: "Workers at the steel plant carried out strikes on three days in March over pay.", code: "19", none: true},
		{why: "an enemy in a speech", text: "Brazil's coach said the enemy was complacency before the quarter-final against Croatia.", code: "19", none: true},
		{why: "the enemy within", text: "Ukraine's president said corruption was the enemy within and vowed to fight it.", code: "19", none: true},
	})
}
