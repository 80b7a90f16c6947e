package pipeline

import "testing"

// TestS16D16Recall codes analysis and feature sentences written for this
// test (none from the dev16 set that led to the rules): two named
// parties that "agreed to" an act with no one else named agreed it with
// each other; "in what X called an act of piracy" is X's criticism of
// the clause's actor, and no one's when X is no actor ("analysts"); and
// an object "his" or "her" before a noun is the person named before,
// whose state is acted on. Each rule has rows where it must stay silent.
func TestS16D16Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		// "A and B agreed to ...": an agreement between them.
		{why: "agreed to reopen embassies", text: "Iran and Saudi Arabia agreed to reopen embassies within two months.", code: "03", src: "IRN", tgt: "SAU"},
		{why: "agreed to reopen embassies and resume flights", text: "Ethiopia and Eritrea agreed to reopen their embassies and resume flights between Addis Ababa and Asmara.", code: "03", src: "ETH", tgt: "ERI"},
		{why: "agreed to reopen a border", text: "Rwanda and Burundi agreed to reopen their border, which had been closed since 2019.", code: "03", src: "RWA", tgt: "BDI"},
		{why: "agreed to exchange prisoners of war", text: "Armenia and Azerbaijan agreed on Friday to exchange all prisoners of war, the Russian foreign ministry said.", code: "0353", src: "ARM", tgt: "AZE"},
		{why: "agreed to swap detainees", text: "Venezuela and the United States agreed to swap detainees in a deal mediated by Qatar.", code: "03", src: "VEN", tgt: "USA"},
		{why: "agreed to reopen consulates", text: "India and Canada agreed in New Delhi to reopen their consulates after a year-long row.", code: "03", src: "IND", tgt: "CAN"},
		{why: "aid agreed to a third party stays its", text: "France and Germany agreed to send more air-defence systems to Ukraine.", code: "03", src: "FRA", tgt: "DEU", none: true},
		{why: "backing a plan is no deal between the backers", text: "Britain and France agreed to back the Saudi peace plan for Yemen.", code: "03", src: "GBR", tgt: "FRA", none: true},
		{why: "pulling back one's own troops is aimed at no one", text: "India and Pakistan held talks in Delhi. Both sides agreed to withdraw their troops from the glacier.", code: "0356", src: "IND", tgt: "PAK", none: true},
		{why: "pledged support goes to the one supported", text: "Britain and France pledged to support Kyiv for as long as it takes.", code: "03", src: "GBR", tgt: "FRA", none: true},
		// "in what X called ...": X judges the act of the clause before.
		{why: "an act of piracy", text: "Houthi rebels seized a cargo ship in the Red Sea, in what Britain called an act of piracy.", code: "111", src: "GBR", tgt: "YEM"},
		{why: "a violation of international law", text: "Israeli jets bombed a refugee camp in Gaza, in what the United Nations called a grave violation of international law.", code: "111", src: "-", tgt: "ISR"},
		{why: "a crime against humanity, later called", text: "Egyptian security forces killed more than 800 protesters in Cairo, in what Human Rights Watch later called a crime against humanity.", code: "111", src: "-", tgt: "EGY"},
		{why: "a dangerous manoeuvre", text: "Chinese coast guard vessels fired water cannon at a Philippine supply boat on Saturday, in what Manila called a dangerous manoeuvre.", code: "111", src: "PHL", tgt: "CHN"},
		{why: "state piracy", text: "Belarus diverted a Ryanair jet to Minsk and arrested a dissident on board, in what Lithuania called state piracy.", code: "111", src: "LTU", tgt: "BLR"},
		{why: "the one named is not struck", text: "Egyptian security forces killed more than 800 protesters in Cairo, in what Human Rights Watch later called a crime against humanity.", code: "17", src: "EGY", tgt: "EGY"},
		{why: "analysts judge nothing", text: "The army shelled the town on Tuesday, in what analysts called a crime against humanity.", code: "11", src: "-", tgt: "-", none: true},
		{why: "observers judge nothing either", text: "Syrian forces shelled Idlib on Sunday, in what observers described as an act of barbarism.", code: "11", src: "-", tgt: "-", none: true},
		{why: "a call for an end to acts of terrorism is no name given", text: "The president called for an end to acts of terrorism in the region.", code: "111", src: "-", tgt: "-", none: true},
		{why: "piracy fought is no charge", text: "The navy called in helicopters to fight piracy off Somalia.", code: "111", src: "-", tgt: "-", none: true},
		// "his" or "her" before the object: the person named before.
		{why: "struck his convoy", text: "Muammar Gaddafi was captured near Sirte on Thursday, hours after NATO jets struck his convoy.", code: "19", src: "-", tgt: "LBY"},
		{why: "asset freezes against his inner circle", text: "Since Vladimir Putin annexed Crimea, the European Union has widened its asset freezes against his inner circle.", code: "163", src: "-", tgt: "RUS"},
		{why: "criticised his handling", text: "Joe Biden spoke with Benjamin Netanyahu on Sunday and criticised his handling of the war in Gaza.", code: "111", src: "USA", tgt: "ISR"},
		{why: "revoked the visas of his allies", text: "The United States froze the assets of Nicolas Maduro in 2017 and later revoked the visas of his allies.", code: "17", src: "USA", tgt: "VEN"},
		{why: "condemned his trip", text: "Hungary's Viktor Orban visited Moscow on Friday, and European leaders condemned his trip.", code: "111", src: "-", tgt: "HUN"},
		{why: "his handling is not the war's place", text: "Joe Biden spoke with Benjamin Netanyahu on Sunday and criticised his handling of the war in Gaza.", code: "111", src: "USA", tgt: "PSE", none: true},
		{why: "a named object comes first", text: "The Kremlin praised Donald Trump and welcomed his remarks on Ukraine.", code: "051", src: "RUS", tgt: "USA"},
		{why: "a possessive before an infinitive is no object", text: "Recep Tayyip Erdogan said on Tuesday that the United States had ignored his requests to extradite Fethullah Gulen.", code: "063", src: "TUR", tgt: "TUR", none: true},
		// A cut in relations aimed at no one named answers the act on the
		// cutter's state just before it.
		{why: "broke off relations in response", text: "Ecuadorean police stormed Mexico's embassy in Quito, and Mexico broke off diplomatic relations in response.", code: "161", src: "MEX", tgt: "ECU"},
		{why: "suspended the peace talks", text: "Azerbaijani troops shelled Armenian villages on Tuesday, and Armenia suspended the peace talks.", code: "16", src: "ARM", tgt: "AZE"},
		{why: "severed ties the next day", text: "Iranian protesters stormed the Saudi embassy in Tehran, and Riyadh severed diplomatic ties the next day.", code: "161", src: "SAU", tgt: "IRN"},
		{why: "downgraded relations", text: "Israeli commandos raided a Gaza-bound aid flotilla, killing nine Turks, and Ankara downgraded diplomatic relations.", code: "161", src: "TUR", tgt: "ISR"},
		{why: "a visit hosted is no act on the cutter", text: "Turkey hosted Israel's president in Ankara, and Iran broke off diplomatic relations.", code: "161", src: "IRN", tgt: "TUR", none: true},
		{why: "a cut by a state not acted on", text: "Israeli jets struck Gaza on Friday, and Bolivia broke off diplomatic relations.", code: "161", src: "BOL", tgt: "ISR", none: true},
		// A verb after "and" shares the subject of the verb before an
		// apposition on that verb's object.
		{why: "apposition naming the city's state", text: "Russian troops shelled Kharkiv, Ukraine's second city, and killed 12 civilians.", code: "190", src: "RUS", tgt: "-"},
		{why: "apposition on the victims", text: "Hamas fighters crossed into Israel on Saturday and killed some 1,200 people in southern Israel, most of them civilians, and took about 250 hostages.", code: "181", src: "PSE", tgt: "-"},
		{why: "clauses of their own keep their subjects", text: "Israeli jets struck Gaza, Hamas fired rockets at Tel Aviv, and Egypt called for calm.", code: "194", src: "ISR", tgt: "-", none: true},
		// Troops sent at the request of the state they go to protect it
		// (074 since R31, from the codebook; 072 before), no force posture.
		{why: "at the capital's request", text: "Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province at Maputo's request.", code: "074", src: "RWA", tgt: "MOZ"},
		{why: "at the request of its government", text: "Kenya sent troops into Somalia at the request of the Somali government.", code: "074", src: "KEN", tgt: "SOM"},
		{why: "a historical deployment asked for", text: "France sent 4,000 soldiers to Mali in 2013 at the request of the Malian president.", code: "074", src: "FRA", tgt: "MLI"},
		{why: "at the host's invitation", text: "Chad deployed 2,000 troops to Cameroon at the invitation of President Biya.", code: "074", src: "TCD", tgt: "CMR"},
		{why: "no request, a force posture", text: "Russia deployed troops to the Belarusian border in February.", code: "07", src: "-", tgt: "-", none: true},
		{why: "a request by a third state", text: "Britain sent warships to the Gulf at the request of the United States.", code: "07", src: "-", tgt: "-", none: true},
		{why: "a request by a third state, target named", text: "Britain sent two warships to Bahrain at the request of the United States.", code: "07", src: "-", tgt: "-", none: true},
		// Official channels between states cut.
		{why: "communication lines cut", text: "North Korea cut all communication lines with South Korea on Tuesday.", code: "161", src: "PRK", tgt: "KOR"},
		{why: "hotline severed", text: "Pyongyang severed the military hotline with Seoul in protest at the drills.", code: "161", src: "PRK", tgt: "KOR"},
		{why: "communication channels shut", text: "China shut down military communication channels with the United States after Nancy Pelosi visited Taiwan.", code: "161", src: "CHN", tgt: "USA"},
		{why: "power lines cut by shelling", text: "Russian shelling cut power lines to Kharkiv.", code: "16", src: "-", tgt: "-", none: true},
		{why: "lines restored", text: "North Korea restored communication lines with South Korea on Monday.", code: "16", src: "-", tgt: "-", none: true},
	})
}
