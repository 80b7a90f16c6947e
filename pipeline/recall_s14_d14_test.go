package pipeline

import "testing"

// TestS14D14Headlines: the forms of live pages, briefs and wire snaps
// that the fourteenth session's development set dev14 showed parley
// missing (headline present verbs the tagger read as plurals, a second
// verb after a comma, a country label before a colon), each on
// headlines written for this test (none from dev14), next to lines on
// which the rules must stay silent.
func TestS14D14Headlines(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A headline's -s verb before its bare object (text/verbform_s14.go,
		// nameThenNounObject).
		{why: "rushes before a bare plural object", text: "Egypt rushes fuel and tents to flood-hit Libya", code: "073", src: "EGY", tgt: "LBY"},
		{why: "rebuffs before a bare singular object", text: "Moscow rebuffs offer of talks with Kyiv", code: "12", src: "RUS", tgt: "UKR"},
		{why: "slams before a bare object", text: "Beijing slams decision by Lithuania", code: "111", src: "CHN", tgt: "LTU"},
		{why: "a name's plural before a finite verb stays a noun", text: "Kenya floods death toll rises to 70", code: "", none: true},
		{why: "a name's plural before a verb the model found", text: "Japan exports data show slowdown", code: "", none: true},
		// The object's modifier read as the verb (nameThenModifiedObject).
		{why: "strikes militant bases", text: "Iran strikes militant bases in Pakistan", code: "19", src: "IRN", tgt: "PAK"},
		{why: "a name's plural before a noun and a verb", text: "Sudan floods relief effort stalls", code: "", none: true},
		{why: "running text keeps its noun", text: "Iraq exports oil through Turkey.", code: "1", none: true},
		// A second present verb after a comma (text/verbform_s14.go,
		// commaSecondVerb; verb/comma_s14_d14.go, commaConjunct).
		{why: "second verb's subject is the first's", text: "China demands Manila withdraw vessel, summons Philippine envoy", code: "114", src: "CHN", tgt: "PHL"},
		{why: "second verb read as a plural before its object", text: "Colombia recalls ambassador, summons Venezuelan envoy over border clash", code: "114", src: "COL", tgt: "VEN"},
		{why: "second verb after a seizure", text: "Iran seizes British tanker, detains crew", code: "173", src: "IRN", tgt: "-"},
		{why: "a name's plural after a comma keeps its verb", text: "China warns US, exports slump", code: "", none: true},
		{why: "an attribution after a comma is no second verb", text: "Rebels shell Gao, army says", code: "11", none: true},
		// A country label before a colon sets the scene
		// (label_s14_d14.go, labelCountry).
		{why: "junta after a country label", text: "Niger: junta expels French ambassador", code: "161", src: "NER", tgt: "FRA"},
		{why: "police after a country label", text: "Bolivia: police arrest former interim president Anez", code: "173", src: "BOL", tgt: "BOL"},
		{why: "army after a country label", text: "Myanmar: army detains Suu Kyi in dawn raids", code: "173", src: "MMR", tgt: "MMR"},
	})
}

// TestS14D14Recall: dictionary lines the dev14 misses led to, on
// sentences written for this test (none from dev14), next to sentences
// on which the new lines must stay silent.
func TestS14D14Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 073: relief rushed, deliveries resumed.
		{why: "medicines rushed", text: "Qatar rushed food and medicines to quake-hit Syria in February 2023, the state news agency said.", code: "073", src: "QAT", tgt: "SYR"},
		{why: "troops rushed are no aid", text: "The army rushed troops to the border with Pakistan.", code: "07", none: true},
		{why: "aid deliveries resumed", text: "The World Food Programme resumed food deliveries to Yemen after a three-month pause.", code: "073", src: "IGO", tgt: "YEM"},
		{why: "attacks on convoys resumed are no aid", text: "Rebels resumed attacks on aid convoys in North Darfur.", code: "07", none: true},
		// 074: troops sent to protect a state or to fight its insurgents.
		{why: "troops sent to secure", text: "Nigeria sent troops to Sierra Leone in 1997 to protect the capital Freetown.", code: "074", src: "NGA", tgt: "SLE"},
		{why: "troops deployed to fight militants", text: "Chad sent 2,000 soldiers to Cameroon to fight Boko Haram militants, the government said.", code: "074", src: "TCD", tgt: "CMR"},
		{why: "troops deployed to pressure a neighbour", text: "Russia deployed troops to its border with Ukraine to pressure Kiev.", code: "07", none: true},
		{why: "troops sent to fight an army", text: "Russia sent troops to Ukraine to fight the Ukrainian army.", code: "07", none: true},
		// 062: a joint drill with its branch named.
		{why: "joint special forces drills", text: "Egypt and Sudan held joint special forces drills near Khartoum.", code: "062", src: "EGY", tgt: "SDN"},
		{why: "joint bomber patrol", text: "Russia and China staged a joint bomber patrol over the Sea of Japan in 2019.", code: "062", src: "RUS", tgt: "CHN"},
		{why: "patrols with no partner", text: "Thailand launched naval patrols near Malaysia.", code: "06", none: true},
		// 138: a new offensive vowed.
		{why: "vows fresh operation", text: "Pakistan's army chief vowed a fresh operation against militants in Afghanistan.", code: "138", src: "PAK", tgt: "AFG"},
		{why: "vows new offensive", text: "Ethiopia's prime minister vowed a new offensive against the rebels in Tigray in 2021.", code: "13", src: "ETH", tgt: "-"},
		{why: "investment pledged", text: "The minister pledged new investment in the north.", code: "13", none: true},
		// 141: a march against an overhaul, symbolic acts in protest.
		{why: "marched against the amendments", text: "Thousands of Hungarians marched in Budapest against the constitutional amendments.", code: "14", src: "HUN", tgt: "-"},
		{why: "hair cut in protest", text: "Chilean students cut their hair in protest over education fees.", code: "141", src: "CHL", tgt: "-"},
		{why: "flags waved in protest", text: "Tibetan exiles waved flags in protest outside the Chinese embassy in Kathmandu.", code: "14", src: "-", tgt: "-"},
		{why: "crops burned before a protest", text: "Soldiers burned the crops before the protest began.", code: "14", none: true},
		// 112: a party that "could" or "might" be behind an attack.
		{why: "could be behind the blast", text: "Pakistan's interior minister said India could be behind the blast in Quetta.", code: "112", src: "PAK", tgt: "IND"},
		{why: "might have been behind the killing", text: "Mexican prosecutors said a drug cartel might have been behind the killing of the journalist in Tijuana.", code: "112", src: "MEX", tgt: "-"},
		{why: "the weather behind an outbreak", text: "Officials said the floods might be behind the outbreak of cholera.", code: "11", none: true},
		// 0871: a truce begun.
		{why: "begin week-long ceasefire", text: "Sudan's army and RSF begin week-long ceasefire", code: "0871", src: "SDN", tgt: "SDN"},
		{why: "talks on a ceasefire begun", text: "Delegates began talks on a ceasefire in Jeddah.", code: "087", none: true},
		// 1711: buildings and institutions confiscated.
		{why: "offices confiscated", text: "Nicaraguan police confiscated the offices of the newspaper La Prensa in 2021.", code: "1711", src: "NIC", tgt: "-"},
		// 190: hideouts, camps and strongholds struck.
		{why: "struck camps", text: "Turkish jets struck PKK camps in northern Iraq on Sunday.", code: "19", src: "TUR", tgt: "-"},
		{why: "a strike that closes camps", text: "The teachers' strike closed schools and camps across the region.", code: "19", none: true},
		// 0334: an offer to lead or send a force.
		{why: "offers to send peacekeepers", text: "Indonesia offers to send peacekeepers to Gaza", code: "0334", src: "IDN", tgt: "PSE"},
		{why: "pledges to deploy police officers", text: "Kenya pledged to deploy 1,000 police officers to Haiti in 2023.", code: "0334", src: "KEN", tgt: "HTI"},
		{why: "an inquiry led is no force", text: "The minister offered to lead a police inquiry into the riots.", code: "0334", none: true},
		// 0331: money pledged for a state's recovery.
		{why: "pledges for reconstruction", text: "Saudi Arabia pledges $2bn for Yemen's reconstruction", code: "0331", src: "SAU", tgt: "YEM"},
		{why: "retaliation promised", text: "Russia promised retaliation for Ukraine's attack on the bridge.", code: "0331", none: true},
		// 072: weapons from a state that arrive in another.
		{why: "tanks from a state arrive", text: "Leopard tanks from Poland arrive in Ukraine", code: "072", src: "POL", tgt: "UKR"},
		{why: "delegates from a state arrive", text: "The first delegates from the United States arrived in Geneva.", code: "07", none: true},
		// 116: a court finds a state failed or violated.
		{why: "court finds failed to protect", text: "UN court finds Myanmar failed to protect Rohingya", code: "116", src: "IGO", tgt: "MMR"},
		{why: "a court finding about the weather", text: "The court found that the rains had failed.", code: "116", none: true},
	})
}
