package pipeline

import "testing"

// TestRecallDyads: the sides of an event when the actor is a firm, a
// sports side, an airline or a leader's guard rather than a state, and
// names of states that the country list lacks. A company named by its
// trade ("drone maker Baykar", "a nickel miner", "an insurer") is a
// business (BUS), never the state, its army or its workers ("the bank"
// alone is left out: after the World Bank or a central bank it is that
// bank); a national team or a club is a set of civilians (CVL), never the
// state; an airline's jet is its home state's target wherever it is hit;
// bodyguards are the guarded person's side; "the Zionist regime" is
// Israel's; breakaway territories are their recognised state's. Every
// sentence was written for this test; each rule has must-not rows beside
// it (notSrc, notTgt, notTxt as in longActorCase; a code in notSrc or
// notTgt is a prefix).
func TestRecallDyads(t *testing.T) {
	p := newTestPipeline(t)
	cases := []longActorCase{
		// A firm named by its trade is a business, not the state's army.
		{"a drone maker is a firm", "ANKARA (Reuters) - Turkish drone maker Baykar signed an agreement with Kuwait on Wednesday to supply armed drones to the Gulf state's army, a Turkish official said.", "05", "TURBUS", "KWT", "TURMIL", "", ""},
		{"an arms maker is a firm", "SEOUL (Reuters) - A South Korean arms maker signed a deal with Poland on Tuesday to deliver tanks and howitzers by next year, the defence ministry in Warsaw said.", "05", "KORBUS", "POL", "KORMIL", "", ""},
		{"a tech giant is a firm", "BEIJING (AP) - Chinese tech giant Huawei accused the United States on Monday of abusing its power to crush a foreign rival, after Washington added it to a trade blacklist.", "11", "CHNBUS", "USA", "", "", ""},
		{"must not: drones that strike are a force", "KYIV (AP) - Turkish-made drones struck Russian armour near the town of Izium on Monday, the Ukrainian military said, destroying several tanks.", "19", "UKRMIL", "RUS", "UKRBUS", "", ""},
		// A miner of a named ore is a company; miners on strike are workers.
		// (A deal between two firms is no event at all: businessOnly.)
		{"a nickel miner is a firm", "JAKARTA (Reuters) - An Indonesian nickel miner signed a supply agreement with the South Korean government on Thursday, the trade ministry in Jakarta said, as demand for electric car batteries grows.", "05", "IDNBUS", "KOR", "IDNLAB", "", ""},
		{"must not: miners on strike are workers", "SANTIAGO (AP) - Copper miners in northern Chile went on strike on Monday over pay and safety, the union said, halting work at one of the world's largest mines.", "14", "CHLLAB", "-", "CHLBUS", "", ""},
		// A state's investment fund acts as an investor.
		{"a sovereign wealth fund is an investor", "OSLO (Reuters) - Norway's sovereign wealth fund pulled out of Israeli settlement projects on Monday, citing the risk of contributing to rights violations in the occupied territories.", "08", "NORBUS", "-", "", "", ""},
		// The bank of a river is a place, never a lender.
		{"must not: a river's east bank is no lender", "BAGHDAD (Reuters) - Iraqi troops crossed to the east bank of the Tigris on Sunday and attacked Islamic State fighters in the old city, a military spokesman said.", "19", "IRQMIL", "IMG", "", "IRQBUS", "bank"},
		// A national team and a club are civilians, not their state.
		{"a national team is no state", "DOHA (AP) - Iran's national team refused to sing the national anthem before Monday's match in Doha, in a show of support for protesters at home.", "12", "IRNCVL", "-", "", "", ""},
		{"a club is no state", "RIYADH (AP) - The Saudi club accused Iran on Tuesday of insulting its players during a visit to Isfahan, a spokesman said.", "11", "SAUCVL", "IRN", "", "", ""},
		{"must not: a negotiating team is the government's", "VIENNA (Reuters) - Iran's negotiating team walked out of the nuclear talks in Vienna on Friday, accusing the European side of making new demands, a diplomat said.", "11", "IRNGOV", "-", "IRNCVL", "", ""},
		{"must not: the nuclear club is no club", "TEHRAN (Reuters) - Iran joined the nuclear club in defiance of the West, an Iranian official claimed on Monday, while denying plans to build a bomb.", "12", "IRN", "WST", "", "", "nuclear club"},
		// An airline's jet is its home state's target.
		{"a hijacked airline's jet is its state's", "KARACHI (AP) - Palestinian gunmen stormed a Pan Am jet at Karachi airport on Friday and held its passengers hostage for sixteen hours, airport officials said.", "19", "PSE", "USABUS", "", "PAK", ""},
		{"must not: an air force is no airline", "SEOUL (AP) - The Korean Air Force scrambled fighter jets on Tuesday after Chinese and Russian bombers entered its air defence zone, the defence ministry said.", "15", "KORMIL", "-", "KORBUS", "", ""},
		// Bodyguards are their charge's side.
		{"her bodyguards are her state's", "NEW DELHI (Reuters) - Prime Minister Indira Gandhi was shot dead by two of her bodyguards at her residence in New Delhi on Wednesday, officials said.", "18", "INDCOP", "IND", "", "", ""},
		{"bodyguards of a leader", "NAIROBI (Reuters) - Bodyguards of the opposition leader beat a photographer outside the court in Nairobi on Monday, the Kenya Union of Journalists said.", "18", "KEN", "KENMED", "", "", ""},
		// Makers of policy govern; they are no firm.
		{"must not: policy makers are no firm", "WASHINGTON (Reuters) - US policy makers warned China on Tuesday against sending weapons to Russia, saying Beijing would face consequences.", "13", "USAGOV", "CHN", "USABUS", "", ""},
		// The names hostile statements give Israel name Israel; a party
		// with "Zionist" in its name is a party.
		{"the Zionist regime is Israel's government", "TEHRAN (Reuters) - Iran's foreign ministry accused the Zionist regime on Sunday of killing a senior commander in a strike on Damascus, and vowed a response.", "11", "IRNGOV", "ISRGOV", "", "", ""},
		{"must not: a Zionist party is no government", "JERUSALEM (AP) - Leaders of the Religious Zionist Party threatened on Monday to quit the coalition if the government agreed to a ceasefire in Gaza.", "13", "ISRPTY", "-", "ISRGOV", "", ""},
		// Breakaway territories are their recognised state's.
		{"a breakaway territory signs a deal", "HARGEISA (Reuters) - Somaliland signed a deal with Ethiopia on Monday giving it access to the sea, a move that Somalia's government called an act of aggression.", "05", "SOM", "ETH", "", "", ""},
		{"a breakaway territory's authorities", "CHISINAU (Reuters) - Transnistrian authorities accused Moldova on Friday of imposing an economic blockade on the breakaway region by charging customs duties.", "11", "MDAGOV", "MDA", "", "", ""},
		{"must not: a territory after 'across' is a place", "MOGADISHU (AP) - Heavy rain flooded villages across Somaliland and Puntland on Tuesday, displacing thousands of families, the United Nations said.", "01", "IGO", "-", "", "SOM", "Somaliland"},
		// The Taliban of Pakistan's valleys are Pakistan's.
		{"the Swat Taliban are Pakistani", "PESHAWAR (Reuters) - Swat Taliban fighters attacked a police post near Mingora overnight, killing three officers, a Pakistani police official said on Tuesday.", "19", "PAKREB", "PAK", "AFG", "", ""},
		{"must not: the Taliban of Helmand stay Afghan", "KABUL (AP) - Taliban fighters attacked an Afghan army checkpoint in Helmand province on Tuesday, killing four soldiers, a provincial spokesman said.", "19", "AFG", "AFGMIL", "PAK", "", ""},
	}
	checkLongActorCases(t, p, cases)
}
