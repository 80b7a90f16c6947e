package pipeline

import "testing"

// TestRecallDev12 codes wire sentences written for this test around the
// faults the twelfth session's development set (eval/testdata/dev12) showed
// in the weak roots: joint drills named by their sea or river, patrols
// stepped up jointly, airspace opened to another state's forces, wanted
// militants handed over to another state, relief goods named by kind,
// control of a place handed back, export controls and halted transfers of
// revenue, disputes taken to a tribunal, a single foreigner seized, views
// said to be aligned and support as "standing behind". None of the
// sentences is from dev12 or from a dictionary example; each family has
// must-not rows where the same words carry another sense.
func TestRecallDev12(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 062 joint drills named by sea or river, partners as a coordinated subject
		{why: "joint naval drill, branch read as a noun", text: "Vietnam and India held their first joint naval drill in the South China Sea on Monday, the Vietnamese navy said.", code: "062", src: "VNM", tgt: "IND"},
		{why: "joint maritime exercise with a named partner", text: "Indonesia staged a joint maritime exercise with Australia off Darwin, officials said.", code: "062", src: "IDN", tgt: "AUS"},
		{why: "joint river patrols", text: "Brazilian and Bolivian troops began joint river patrols on the Mamore to curb cocaine smuggling.", code: "062", src: "BRA", tgt: "BOL"},
		{why: "naval drills with no partner are a show of force", text: "Iran staged naval drills in the Gulf of Oman on Friday, state television said.", code: "06", none: true},
		// 062 patrols stepped up jointly
		{why: "joint patrols stepped up", text: "Chadian and Nigerien soldiers stepped up joint patrols around Lake Chad after a string of raids.", code: "062", src: "TCD", tgt: "NER"},
		{why: "patrols stepped up alone are no cooperation", text: "Tunisia stepped up army patrols along its border with Libya after the attack.", code: "06", none: true},
		// 062 airspace and bases opened to another state's forces
		{why: "airspace opened to a foreign force", text: "Tajikistan opened its airspace to French military aircraft flying to Afghanistan, the foreign ministry said.", code: "062", src: "TJK", tgt: "FRA"},
		{why: "airspace opened to airlines is no basing right", text: "Saudi Arabia opened its airspace to all commercial carriers on Friday.", code: "06", none: true},
		// 063 wanted militants handed over to another state
		{why: "a militant handed over to his own state", text: "Sudan handed over a wanted Libyan militant to Libya on Thursday, a security source said.", code: "063", src: "SDN", tgt: "LBY"},
		{why: "a drug trafficker handed over", text: "Honduras handed over a leading drug trafficker to the United States for trial in New York.", code: "063", src: "HND", tgt: "USA"},
		{why: "a town handed over to insurgents is a retreat", text: "The army handed over the district headquarters to the insurgents without a fight.", code: "063", none: true},
		// 073 relief goods named by kind
		{why: "seeds and tools distributed to families", text: "The FAO distributed seeds and farming tools to 30,000 families in South Sudan, the agency said.", code: "073", src: "IGO", tgt: "SSD"},
		{why: "ventilators delivered to a named state", text: "Russian military planes delivered ventilators and protective masks to Italy on Sunday.", code: "073", src: "RUS", tgt: "ITA"},
		{why: "relief handed out", text: "Turkish aid workers handed out blankets and food rations to Syrian refugees in the camp.", code: "073", src: "TUR", tgt: "SYR"},
		{why: "ballots handed out are no aid", text: "Election officials handed out ballot papers to voters in Kabul on Saturday.", code: "07", none: true},
		{why: "leaflets distributed are no aid", text: "Opposition activists distributed leaflets to commuters in Minsk.", code: "07", none: true},
		// 0874 control of a place handed back
		{why: "control of a district handed back", text: "Uganda handed control of the border district back to Kenya after the joint commission ruled.", code: "0874", src: "UGA", tgt: "KEN"},
		{why: "control of a ministry passed to a deputy is no retreat", text: "The minister handed control of the ministry to his deputy before the trip.", code: "0874", none: true},
		// 163 export controls on a named state
		{why: "export controls tightened on a named state", text: "The Netherlands tightened controls on exports of chipmaking machines to China on Friday.", code: "163", src: "NLD", tgt: "CHN"},
		{why: "curbs imposed on imports from a named state", text: "India imposed curbs on imports of palm oil from Malaysia, trade officials said.", code: "163", src: "IND", tgt: "MYS"},
		{why: "restrictions on movement are no trade sanction", text: "Israel tightened restrictions on movement in the occupied West Bank.", code: "163", none: true},
		// 1621 transfers of revenue halted
		{why: "transfer of tax revenue halted", text: "Israel froze the transfer of tax revenues to the Palestinian Authority after the UN vote.", code: "1621", src: "ISR", tgt: "PSE"},
		{why: "a transfer resumed is no cut", text: "Israel resumed the transfer of tax revenues to the Palestinian Authority on Monday.", code: "16", none: true},
		// 115 disputes taken to a tribunal
		{why: "a dispute with a state taken to a tribunal", text: "Timor-Leste took its maritime dispute with Australia to a conciliation court in The Hague.", code: "115", src: "TLS", tgt: "AUS"},
		{why: "grievances taken to the streets are no lawsuit", text: "Farmers took their grievances with Paris to the streets of Brussels.", code: "115", none: true},
		// 181 a single foreigner seized
		{why: "one foreign engineer seized", text: "Gunmen seized a South Korean engineer at a construction site in northern Mali on Monday.", code: "181", src: "-", tgt: "KOR"},
		{why: "a seized passport is property", text: "Border guards seized a businessman's passport at the airport.", code: "18", none: true},
		// 019 views said to be aligned
		{why: "views said to be aligned", text: "Egypt and Saudi Arabia said their views on the war in Sudan were closely aligned.", code: "019", src: "EGY", tgt: "SAU"},
		{why: "views not aligned are no accord", text: "Egypt and Ethiopia said their views on the dam were not aligned.", code: "019", none: true},
		// 052 standing behind a state
		{why: "standing firmly behind a state", text: "The Arab League said it stood firmly behind Somalia in its dispute with Ethiopia.", code: "052", src: "IGO", tgt: "SOM"},
		{why: "standing behind a barrier", text: "Riot police stood behind a row of metal barriers outside the parliament building.", code: "05", none: true},
		// 111 "attacks" as a noun is no criticism
		{why: "the noun attacks after a statement", text: "Peru's president expressed solidarity with Spain after the attacks in Madrid, in statements issued on Friday.", code: "111", none: true},
		{why: "attacked a plan, verb, is criticism", text: "The Greek opposition attacked the government's pension reform as unfair to the young.", code: "111", src: "GRC", tgt: "GRC"},
		// 0874 "surrender" as a noun is no retreat
		{why: "an anniversary of a surrender", text: "Chinese veterans marked the anniversary of Japan's surrender with a parade in Beijing.", code: "08", none: true},
		{why: "surrendered to a state, verb", text: "The last Tamil Tiger fighters surrendered to the Sri Lankan army on Sunday.", code: "0874", src: "LKA", tgt: "LKA"},
		// 1033 relief from costs is no aid asked for
		{why: "relief from costs", text: "Lorry drivers in Nairobi demanded relief from soaring fuel prices.", code: "103", none: true},
		{why: "relief supplies demanded", text: "Cyclone survivors in Mozambique demanded relief supplies from the government.", code: "1033", src: "MOZ", tgt: "MOZ"},
		// 138 approval sought for military action against a state
		{why: "approval sought for strikes against a state", text: "The British prime minister sought the approval of parliament for air strikes against Syria.", code: "138", src: "GBR", tgt: "SYR"},
		{why: "approval sought for aid is no threat", text: "The president sought the approval of Congress for military aid to Israel.", code: "13", none: true},
		// 061 customs controls abolished, joint construction, crossings opened to trade
		{why: "customs checks scrapped between states", text: "Belarus and Russia scrapped customs checks on their common frontier on Monday.", code: "061", src: "BLR", tgt: "RUS"},
		{why: "an export duty scrapped is no customs union", text: "Russia scrapped its export duty on sunflower oil.", code: "061", none: true},
		{why: "joint construction begun", text: "Ethiopia and Djibouti launched the joint construction of a water pipeline on Saturday.", code: "061", src: "ETH", tgt: "DJI"},
		{why: "a crossing opened to commercial traffic", text: "Turkey and Armenia opened a border crossing to commercial traffic for the first time in decades.", code: "061", src: "TUR", tgt: "ARM"},
		{why: "a crossing opened to aid is no trade", text: "Israel opened the Kerem Shalom crossing to aid trucks on Sunday.", code: "061", none: true},
		// 160 withdrawal from a body notified
		{why: "withdrawal from a body notified", text: "Burkina Faso notified the African Union of its withdrawal from ECOWAS on Sunday.", code: "160", src: "BFA", tgt: "IGO"},
		{why: "a troop withdrawal notified is no exit from a body", text: "Russia notified NATO of the withdrawal of its troops from the exercise area.", code: "160", none: true},
		// 190 a convoy ambushed targets those it carries
		{why: "convoy carrying soldiers ambushed", text: "Al-Shabaab fighters ambushed a convoy carrying Ethiopian troops near Baidoa on Tuesday.", code: "190", src: "SOM", tgt: "ETH"},
		// 0831 power returned to civilians
		{why: "power returned to an elected government", text: "Mali's military rulers returned power to an elected civilian government in 2013.", code: "0831", src: "MLI", tgt: "-"},
		{why: "electricity returned to homes is no handover", text: "Linemen returned power to thousands of homes in Puerto Rico after the hurricane.", code: "083", none: true},
		// a state development fund is its state's, not the IMF
		{why: "a state development fund lends", text: "The Saudi Fund for Development extended a $200 million loan to Pakistan for a dam.", code: "071", src: "SAU", tgt: "PAK"},
		// 111 an act called senseless or despicable
		{why: "an attack called a senseless act", text: "The Dutch prime minister called the stabbing in Amsterdam a despicable act of terror.", code: "111", src: "NLD", tgt: "-"},
		{why: "a plan called a senseless waste is no condemnation of an act", text: "The finance minister called the opposition's proposal a senseless waste of public money.", code: "111", none: true},
		// 114 a note of protest issued
		{why: "a note of protest sent to a state", text: "Chile's foreign ministry sent a note of protest to Bolivia over the remarks of its president.", code: "114", src: "CHL", tgt: "BOL"},
		{why: "a note of thanks is no protest", text: "Chile's foreign ministry sent a note of thanks to Bolivia for its help after the fires.", code: "114", none: true},
		// nominal acts announced or ordered: the act itself
		{why: "suspension of lending announced", text: "The Asian Development Bank announced the suspension of new lending to Myanmar after the coup.", code: "162", src: "IGO", tgt: "MMR"},
		{why: "suspension of lending rules is no aid cut", text: "The regulator announced the suspension of lending limits for small banks.", code: "16", none: true},
		{why: "expulsion of diplomats announced", text: "The Slovak government announced the expulsion of three Russian diplomats on Monday.", code: "161", src: "SVK", tgt: "RUS"},
		{why: "arrival of diplomats is no expulsion", text: "The Slovak government announced the arrival of three Russian diplomats for talks on gas.", code: "16", none: true},
		{why: "deportation of a journalist ordered", text: "Ethiopia ordered the deportation of a New York Times correspondent, the newspaper said.", code: "174", src: "ETH", tgt: "-"},
		{why: "arrest of a journalist ordered is no deportation", text: "The court ordered the arrest of a New York Times correspondent in Addis Ababa.", code: "174", none: true},
		{why: "lifting of an emergency announced", text: "Turkey's government announced the lifting of the state of emergency after two years.", code: "0814", src: "TUR", tgt: "-"},
		{why: "extension of an emergency is no lifting", text: "Turkey's parliament approved the extension of the state of emergency by three months.", code: "08", none: true},
		// 074 troops of a protection force arriving
		{why: "a protection force lands in a state", text: "The first Polish troops of a UN-backed protection force landed in Haiti on Saturday.", code: "074", src: "POL", tgt: "HTI"},
		{why: "a protection force leaving is no protection", text: "The last Polish troops of the protection force left Haiti on Saturday.", code: "074", none: true},
		// 0872 supply routes reopened
		{why: "supply routes reopened for a party", text: "Turkey reopened the supply routes for Syrian rebels in Idlib after a week.", code: "0872", src: "TUR", tgt: "SYR"},
		{why: "supply routes closed are no easing", text: "Turkey closed the supply routes for Syrian rebels in Idlib after the attack.", code: "087", none: true},
		// 011 declining to say whether
		{why: "declined to say whether a party would attend", text: "A Kremlin spokesman declined to say whether Russia would attend the peace conference in Switzerland.", code: "011", src: "RUS", tgt: "-"},
		{why: "declining talks is a rejection, not 011", text: "Russia declined to attend the peace conference in Switzerland.", code: "011", none: true},
		// 014 an operation mulled
		{why: "an offensive weighed", text: "Israeli commanders are weighing a ground offensive into southern Lebanon, officials said.", code: "014", src: "ISR", tgt: "-"},
		{why: "an offensive launched is no option weighed", text: "Israeli troops launched a ground offensive into southern Lebanon on Tuesday.", code: "014", none: true},
		// 081 a member's suspension lifted
		{why: "a member's suspension lifted", text: "The African Union lifted Guinea's suspension after the junta handed power to an elected government.", code: "081", src: "IGO", tgt: "GIN"},
		{why: "a player's suspension lifted is no sanction eased", text: "The football federation lifted the suspension of its captain after the appeal.", code: "081", none: true},
		// 061 a bridge opened to trade
		{why: "a bridge opened to cargo traffic", text: "Russia and China opened the first road bridge across the Amur to cargo traffic on Friday.", code: "061", src: "RUS", tgt: "CHN"},
		// 190 came under attack, no attacker named
		{why: "a convoy came under attack near a border", text: "A convoy of Malian soldiers came under attack near the border with Niger on Sunday.", code: "190", src: "-", tgt: "MLI"},
		{why: "came under fire over a policy is criticism", text: "The Malian prime minister came under fire over the delay to the elections.", code: "19", none: true},
		// 2041 a chemical weapon that was used, no user named
		{why: "nerve agent used, passive, place as target", text: "UN investigators concluded that a nerve agent had been used in the attack on Khan Sheikhoun in Syria.", code: "2041", src: "-", tgt: "SYR"},
		{why: "chemicals used on crops are no attack", text: "Farm chemicals were used on cotton fields across Punjab, officials said.", code: "20", none: true},
		// 081 charges dropped, passive with its agent
		{why: "charges against a party dropped by a court", text: "Charges against the Zimbabwean opposition leader were dropped by a court in Harare on Friday.", code: "081", src: "ZWE", tgt: "ZWE"},
		{why: "charges filed are no concession", text: "Charges against the Zimbabwean opposition leader were filed by prosecutors in Harare on Friday.", code: "081", none: true},
		// 163 passives with the measure first and the agent after "by"
		{why: "sanctions imposed on a party by a body, passive", text: "Sanctions were imposed on Libyan militia leaders by the European Union on Monday.", code: "163", src: "IGO", tgt: "LBY"},
		{why: "sanctions lifted, passive, are no sanction", text: "Sanctions were lifted on Libyan militia leaders by the European Union on Monday.", code: "163", none: true},
		{why: "imports blocked by a state, passive", text: "Imports of Lithuanian goods were blocked by China at its customs posts.", code: "163", src: "CHN", tgt: "-"},
		{why: "imports resumed are no sanction", text: "Imports of Lithuanian goods were resumed by China after the talks.", code: "163", none: true},
		// 162 a loan put on hold; 127 the plug pulled on an agreement
		{why: "a loan put on hold", text: "The African Development Bank put on hold a $300 million loan to Ghana after the default.", code: "162", src: "IGO", tgt: "GHA"},
		{why: "a loan put to a vote is no cut", text: "The board put the $300 million loan to Ghana to a vote on Friday.", code: "16", none: true},
		{why: "the plug pulled on an agreement", text: "Panama pulled the plug on its free trade agreement with Taiwan in 2017.", code: "127", src: "PAN", tgt: "TWN"},
		{why: "the plug pulled on a power station is no rejection", text: "Germany pulled the plug on its last three nuclear power stations in April.", code: "12", none: true},
		// 012 unease voiced; 051 noted with satisfaction
		{why: "unease voiced", text: "Australia voiced unease over the security pact between China and the Solomon Islands.", code: "012", src: "AUS", tgt: "-"},
		{why: "restrictions eased are no unease", text: "Australia eased visa restrictions on students from the Solomon Islands.", code: "012", none: true},
		{why: "noted with satisfaction", text: "The Arab League noted with satisfaction the holding of elections in Iraq.", code: "051", src: "IGO", tgt: "-"},
		{why: "noted alone is no praise", text: "The Arab League noted the holding of elections in Iraq in a brief statement.", code: "051", none: true},
		// 100 a nominal act made a condition is demanded
		{why: "a withdrawal made a precondition", text: "Syria made the withdrawal of Turkish troops a precondition for any meeting with Ankara.", code: "100", src: "SYR", tgt: "-"},
		{why: "a release made a priority is no demand", text: "The government made the release of the kidnapped workers its top priority.", code: "10", none: true},
	})
}
