package pipeline

import "testing"

// TestS22ReactedVictim: a state's reaction with no object of its own,
// in a clause after ", and", ";" or "but" that follows a hostile act
// another state did against it, answers that state (reactedVictim).
// Must-nots: a third state reacting, a reaction with its own target, a
// domestic act, a clause after "after", an act of two states.
func TestS22ReactedVictim(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "reaction answers the act against its state", text: "Japan's navy seized a South Korean fishing boat near the disputed islets on Monday, and Seoul condemned the seizure as illegal.", code: "11", src: "KOR", tgt: "JPN"},
		{why: "reaction answers the act against its state", text: "Chinese coast guard ships rammed a Vietnamese fishing vessel near the Paracel Islands, and Hanoi denounced the attack.", code: "11", src: "VNM", tgt: "CHN"},
		{why: "reaction answers the act against its state", text: "Israel struck an Iranian air defence site near Isfahan on Friday, and Tehran vowed a harsh response.", code: "13", src: "IRN", tgt: "ISR"},
		{why: "reaction answers the act against its state", text: "Nigeria deported 300 Ghanaian traders last week; Ghana called the expulsions unacceptable.", code: "11", src: "GHA", tgt: "NGA"},
		{why: "reaction answers the act against its state", text: "Norway expelled 15 Russian diplomats for spying, and Moscow rejected the accusations as baseless.", code: "016", src: "RUS", tgt: "NOR"},
		{why: "reaction answers the act against its state", text: "Indian authorities arrested two Chinese nationals on suspicion of espionage, and Beijing denied that they were spies.", code: "016", src: "CHN", tgt: "IND"},
		{why: "reaction answers the act against its state", text: "Afghan forces shelled a Pakistani border post near Chaman on Sunday, and Islamabad demanded an apology.", code: "10", src: "PAK", tgt: "AFG"},
		{why: "reaction answers the act against its state", text: "Venezuela's navy detained a Colombian fishing boat in the Caribbean, and Bogota recalled its ambassador days later.", code: "16", src: "COL", tgt: "VEN"},
		{why: "reaction answers the act against its state", text: "Germany rejected Poland's demand for war reparations in 2022, and Warsaw called the refusal shameful.", code: "11", src: "POL", tgt: "DEU"},
		{why: "reaction answers the act against its state", text: "India expelled two Pakistani diplomats over spying, and Islamabad threatened to respond in kind.", code: "13", src: "PAK", tgt: "IND"},
		{why: "reaction answers the act against its state", text: "Sweden allowed a protest at which a Koran was burned outside the Turkish embassy, and Ankara rejected Stockholm's NATO bid.", code: "12", src: "TUR", tgt: "SWE"},
		{why: "reaction answers the act against its state", text: "Turkish jets bombed Kurdish militants in northern Iraq on Tuesday, killing five, and Baghdad protested the raid.", code: "11", src: "IRQ", tgt: "TUR"},
		{why: "reaction answers the act against its state", text: "Finland closed its entire border with Russia in November, and the Kremlin threatened countermeasures.", code: "13", src: "RUS", tgt: "FIN"},
		{why: "reaction answers the act against its state", text: "The United States seized an Iranian tanker carrying oil to Venezuela, and Tehran denied any link to the cargo.", code: "016", src: "IRN", tgt: "USA"},
		{why: "reaction answers the act against its state", text: "Azerbaijan detained three Armenian soldiers near the border in 2021; Yerevan condemned the detentions.", code: "11", src: "ARM", tgt: "AZE"},
		{why: "reaction answers the act against its state", text: "Rwandan troops shelled Congolese army positions near Goma, and Kinshasa cut diplomatic ties with Kigali.", code: "16", src: "COD", tgt: "RWA"},
		{why: "reaction answers the act against its state", text: "Belarus pushed hundreds of migrants across the Lithuanian border in 2021, and Vilnius accused Minsk of hybrid warfare.", code: "11", src: "LTU", tgt: "BLR"},
		{why: "reaction answers the act against its state", text: "Russia summoned Estonia's ambassador on Monday, but Tallinn rejected the protest.", code: "12", src: "EST", tgt: "RUS"},
		{why: "reaction answers the act against its state", text: "Tajik border guards fired on Kyrgyz villagers near Batken, and Bishkek condemned the shooting as a provocation.", code: "11", src: "KGZ", tgt: "TJK"},
		{why: "must-not: reaction answers the act against its state", text: "Russian forces shelled Kharkiv overnight, and France condemned the attack.", code: "11", src: "FRA", tgt: "RUS"},
		{why: "must-not: reaction answers the act against its state", text: "Kenyan police arrested 40 protesters in Nairobi, and the Kenyan opposition condemned the arrests.", code: "11", src: "KEN", tgt: "KEN"},
		{why: "must-not: reaction answers the act against its state", text: "China sanctioned two American defence firms, and the State Department criticised Beijing's human rights record.", code: "11", src: "USA", tgt: "CHN"},
		{why: "must-not: reaction answers the act against its state", text: "Russia struck the port of Odesa, and Ukraine rejected Moscow's offer of talks.", code: "12", src: "UKR", tgt: "RUS"},
		{why: "must-not: reaction answers the act against its state", text: "Hamas fired rockets at Tel Aviv, and Israel threatened Hamas with a harsh response.", code: "13", src: "ISR", tgt: "PSE"},
		{why: "must-not: reaction answers the act against its state", text: "Iran denied on Sunday that it had supplied drones to Russia, and Ukraine said the evidence was clear.", code: "016", src: "IRN", tgt: ""},
		{why: "must-not: reaction answers the act against its state", text: "British police arrested two men in Leeds, and the Home Office condemned the violence.", code: "11", src: "GBR", tgt: "GBR"},
		{why: "must-not: reaction answers the act against its state", text: "Russian forces seized a Ukrainian grain ship in the Black Sea, and Turkey demanded the release of the crew.", code: "10", src: "TUR", tgt: "!RUS"},
		{why: "must-not: reaction answers the act against its state", text: "Norway expelled 15 Russian diplomats for spying, and Moscow summoned Norway's ambassador.", code: "11", src: "RUS", tgt: "NOR"},
		{why: "must-not: reaction answers the act against its state", text: "Israeli troops raided the Jenin camp, and Palestinian students condemned the raid.", code: "11", src: "PSE", tgt: "ISR"},
		{why: "must-not: reaction answers the act against its state", text: "Hezbollah fired rockets at the Golan Heights, and Israel denied that its air defences had failed.", code: "016", src: "ISR", tgt: "!LBN"},
		{why: "must-not: reaction answers the act against its state", text: "Japan and the United States held naval drills near Chinese waters, and Beijing condemned the drills.", code: "11", src: "CHN", tgt: "USA"},
		// S35: a refusal told after "after" is not reactedVictim's, but it
		// is aimed at the one other state the sentence names
		// (loneOtherState): dev20 and dev17 code "Spain withdrew its
		// ambassador ... after Milei refused to apologise" ARG→ESP and
		// "Germany expelled two Russian diplomats after Moscow refused to
		// cooperate" RUS→DEU.
		{why: "a refusal after another state's act, the one other state", text: "Croatia expelled a Serbian diplomat on Thursday after Belgrade refused to withdraw the claims.", code: "12", src: "SRB", tgt: "HRV"},
		{why: "must-not: reaction answers the act against its state", text: "Japan put its forces on high alert after North Korea carried out a nuclear test.", code: "15", src: "PRK", tgt: "!JPN"},
	})
}

// TestS22ShellingDrove: "Israeli shelling forced hundreds of families to
// flee" is shelling by the adjective's state (the tagger's adjective
// "forced" is the clause's past, gerundpast_s22.go; 19-fight.txt codes
// the nominal).
func TestS22ShellingDrove(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "shelling drove people out", text: "Israeli shelling forced hundreds of families to flee their homes in southern Lebanon.", code: "19", src: "ISR", tgt: "LBN"},
		{why: "shelling drove people out", text: "Russian shelling forced thousands of residents to leave Vovchansk in May.", code: "19", src: "RUS", tgt: "-"},
		{why: "shelling drove people out", text: "Azerbaijani shelling drove hundreds of villagers from their homes in Tavush province.", code: "19", src: "AZE", tgt: "ARM"},
		{why: "shelling drove people out", text: "Sudanese army shelling displaced thousands of families in Omdurman last week.", code: "19", src: "SDN", tgt: "SDN"},
		{why: "shelling drove people out", text: "Myanmar army shelling uprooted entire villages in Karenni state, the UN said.", code: "19", src: "MMR", tgt: "-"},
		{why: "shelling drove people out", text: "Turkish bombardment forced hundreds of families to abandon their homes near Kobani.", code: "19", src: "TUR", tgt: "SYR"},
		{why: "must-not: shelling drove people out", text: "Russian shelling killed two civilians in Kherson.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "must-not: shelling drove people out", text: "Syrian shelling hit the town of Maarat al-Numan on Friday.", code: "19", src: "SYR", tgt: "-"},
	})
}

// TestS22SentForce: a bare force a state sends to do something is the
// sender's (sentForce), so the help it gives is the sender's; a passive
// or a force sent to a place keeps its reading.
func TestS22SentForce(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "force sent to help", text: "Rwanda sent troops to help Mozambique fight insurgents in Cabo Delgado.", code: "070", src: "RWA", tgt: "MOZ"},
		{why: "force sent to help", text: "Chad sent 2,000 soldiers to help Mali fight jihadists.", code: "070", src: "TCD", tgt: "MLI"},
		{why: "force sent to help", text: "Russia dispatched paratroopers to help Kazakhstan restore order.", code: "070", src: "RUS", tgt: "KAZ"},
		{why: "force sent to help", text: "Uganda deployed troops to help South Sudan's government battle rebels.", code: "070", src: "UGA", tgt: "SSD"},
		{why: "force sent to help", text: "India had dispatched soldiers to help Sri Lanka disarm the Tamil Tigers in 1987.", code: "070", src: "IND", tgt: "LKA"},
		{why: "force sent to help", text: "South Africa will send special forces to assist Mozambique against the insurgency.", code: "070", src: "ZAF", tgt: "MOZ"},
		{why: "must-not: force sent to help", text: "Troops were sent to help Mozambique fight insurgents.", code: "070", src: "!MOZ", tgt: "MOZ"},
		{why: "must-not: force sent to help", text: "Rwanda deployed 1,000 soldiers and police officers to Cabo Delgado province.", code: "15", src: "RWA", tgt: "MOZ"},
	})
}
