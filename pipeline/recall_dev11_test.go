package pipeline

import "testing"

// TestRecallDev11 keeps the dictionary lines the eleventh session's
// complete-listing development set (eval/testdata/dev11) led to. Every
// sentence here is new, written for this test in wire style (none is a
// dev11 sentence), and each rule has must-not rows beside its positive
// ones, including the sides: the set was built to test them.
func TestRecallDev11(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A joint exercise with a noun of its kind between "joint" and the
		// drill is military cooperation between the parties, not a show
		// of force by them.
		{why: "joint counter-terrorism exercise begun", text: "Chinese and Pakistani special forces began a joint counter-terrorism exercise near Jhelum on Monday.", code: "062", src: "CHN", tgt: "PAK"},
		{why: "joint landing drills held", text: "Japanese and Australian troops held joint landing drills on the coast of Queensland, officials said.", code: "062", src: "JPN", tgt: "AUS"},
		{why: "joint anti-terrorism patrol launched with", text: "Kazakhstan launched a joint anti-terrorism patrol with Uzbekistan along their border.", code: "062", src: "KAZ", tgt: "UZB"},
		{why: "a live-fire exercise of one state is no cooperation", text: "Taiwanese troops began a live-fire exercise on the island of Kinmen.", code: "06", none: true},
		{why: "talks on joint drills are no drills", text: "Greece held talks with Egypt on future anti-terrorism drills in the Aegean.", code: "062", none: true},

		// Rubber bullets fired with nobody named are crowd control.
		{why: "rubber bullets fired, nobody named", text: "Chilean riot police fired rubber bullets to clear the square in central Santiago.", code: "175", src: "CHL", tgt: "-"},
		{why: "rubber bullets made, not fired", text: "The Israeli company makes rubber bullets for police forces in Europe.", code: "17", none: true},

		// Missiles fired at things in a country strike that country;
		// missiles fired into the sea are a test.
		{why: "missiles fired at energy infrastructure", text: "Russia fired dozens of cruise missiles at power plants across Ukraine on Monday, officials in Kyiv said.", code: "195", src: "RUS", tgt: "UKR"},
		{why: "missiles fired into the sea strike nobody", text: "North Korea fired two short-range ballistic missiles into the sea off its east coast on Sunday.", code: "195", none: true},

		// Shells that land somewhere are artillery fire by the
		// nationality before them, no visit.
		{why: "shells landed in a town", text: "Pakistani shells landed in the Indian village of Uri overnight, wounding three people.", code: "194", src: "PAK", tgt: "IND"},
		{why: "shells landed is no visit", text: "Pakistani shells landed in the Indian village of Uri overnight, wounding three people.", code: "042", none: true},
		{why: "a minister who landed visits", text: "Pakistan's foreign minister landed in Kabul on Tuesday for talks on border trade.", code: "194", none: true},

		// Artillery that hits back at targets returns fire; a minister
		// who hits back at critics disapproves.
		{why: "artillery hit back at targets", text: "Israeli artillery hit back at targets in southern Lebanon after rockets struck the Galilee.", code: "190", src: "ISR", tgt: "LBN"},
		{why: "hitting back at critics is no fighting", text: "The Hungarian prime minister hit back at critics of his media law in Brussels.", code: "19", none: true},

		// Troops fighting with clubs and stones fight each other.
		{why: "fought with clubs", text: "Armenian and Azerbaijani soldiers fought with sticks and stones on the border near Tavush.", code: "190", src: "ARM", tgt: "AZE"},
		{why: "fighting with parents is no battle", text: "The students fought with their teachers over the exam results.", code: "19", none: true},

		// Summoning a high commissioner or a consul is the same official
		// complaint as summoning an ambassador, aimed at their state.
		{why: "high commissioner summoned", text: "Britain summoned Zimbabwe's acting high commissioner in London over the arrest of a British journalist.", code: "114", src: "GBR", tgt: "ZWE"},
		{why: "consul-general summoned", text: "Canada summoned the Indian consul-general in Toronto after the killing of a Sikh activist.", code: "114", src: "CAN", tgt: "IND"},
		{why: "a police commissioner summoned by a court is no complaint", text: "A Nairobi court summoned the police commissioner to explain the disappearance of two activists.", code: "114", none: true},

		// Troops landing as the vanguard of a peacekeeping force protect
		// the state they reach.
		{why: "vanguard of a peacekeeping force", text: "Ghanaian soldiers landed in Freetown as the vanguard of a West African peacekeeping force on Tuesday.", code: "074", src: "GHA", tgt: "SLE"},
		{why: "vanguard of a trade delegation is no protection", text: "Ghanaian officials landed in Freetown as the vanguard of a West African trade delegation on Tuesday.", code: "07", none: true},

		// A leader who withdraws a bid for another term gives up office.
		{why: "withdrew bid for a third term", text: "Burundi's president withdrew his bid for a third term after months of street protests in Bujumbura.", code: "0831", src: "BDI", tgt: "BDI"},
		{why: "a bid for a company is no resignation", text: "Qatar's sovereign fund withdrew its bid for the British supermarket chain on Friday.", code: "08", none: true},

		// Shooting dead an unarmed civilian named by occupation is a
		// killing (18), no small-arms fight; armed men shot dead stay 19.
		{why: "journalist shot dead", text: "Unidentified gunmen shot dead a local journalist outside a radio station in Mindanao, police said.", code: "180", src: "-", tgt: "PHL"},
		{why: "activists shot dead", text: "Masked attackers shot dead two environmental activists in the Honduran province of Colon.", code: "180", src: "-", tgt: "HND"},
		{why: "robbers shot dead by police are no civilians", text: "Police shot dead three Nigerian robbers in Lagos on Sunday.", code: "18", none: true},

		// Rioters who set fire to a residence or an office riot (145).
		{why: "set fire to a residence", text: "Opposition supporters in Dhaka set fire to the residence of a ruling party lawmaker after the verdict.", code: "145", src: "BGD", tgt: "-"},
		{why: "a heater that set fire to an office is no riot", text: "An electrical fault set fire to an office in central Nairobi on Sunday.", code: "14", none: true},

		// Gunmen who attack communities, homes or farms attack unarmed
		// people (18), in the state where they are.
		{why: "attacked communities", text: "Islamist gunmen attacked several communities in Mali's Mopti region overnight, local officials said.", code: "180", src: "-", tgt: "MLI"},
		{why: "attacked farms", text: "Armed herders attacked farms in Nigeria's Benue state on Sunday, police said.", code: "180", src: "-", tgt: "NGA"},
		{why: "attacking a housing plan is criticism", text: "The Labour leader attacked the government's plan for new homes in a speech in Manchester.", code: "18", none: true},

		// Calling someone corrupt accuses them of corruption.
		{why: "called X corrupt", text: "Zambia's opposition leader called the president's ministers corrupt at a rally in Lusaka.", code: "112", src: "ZMB", tgt: "ZMB"},
		{why: "corrupt practices in an appeal", text: "Nigerian clerics called for an end to corrupt practices at the ports.", code: "112", none: true},

		// An offer to provide X with weapons is aimed at X.
		{why: "offered to provide X with jets", text: "Slovakia offered to provide Ukraine with its remaining MiG-29 fighter jets, the defence minister said.", code: "0332", src: "SVK", tgt: "UKR"},
		{why: "offered to provide details", text: "Poland offered to provide Lithuania with details of the talks.", code: "0332", none: true},

		// Two parties who say their positions are identical agree.
		{why: "positions identical", text: "Tehran and Ankara said their views on the Syrian war were close after the talks.", code: "019", src: "IRN", tgt: "TUR"},
		{why: "positions far apart", text: "Tehran and Ankara said their views on the Syrian war remained far apart.", code: "019", none: true},

		// A raid as part of a probe is an investigation.
		{why: "raid as part of a probe", text: "Brazilian police raided the homes of three senators as part of a corruption investigation, officials said.", code: "091", src: "BRA", tgt: "-"},
		{why: "a raid with no probe is coercion", text: "Brazilian police raided the homes of three senators on Monday.", code: "09", none: true},

		// "ships" as a noun ships nothing: the verb lines need a verb.
		{why: "drilling ships are no shipment", text: "Egypt demanded that Ethiopia withdraw its drilling ships from waters off the Red Sea coast.", code: "07", none: true},
		{why: "shipped food is still aid", text: "Vietnam shipped rice and medicine to Cuba after the hurricane, state media said.", code: "073", src: "VNM", tgt: "CUB"},

		// "prompting a rebuke from X": X criticises the act's agent.
		{why: "prompting a rebuke from", text: "Taiwan bought 40 self-propelled howitzers from the United States, prompting a rebuke from Beijing.", code: "111", src: "CHN", tgt: "TWN"},
		{why: "prompted X to act is no rebuke", text: "The drills near Kinmen prompted Taipei to put its coast guard on alert.", code: "11", none: true},

		// Fire on "its positions" is fighting, though no actor is named.
		{why: "fired on its positions", text: "India said Pakistani troops had fired on its positions along the Line of Control overnight.", code: "19", src: "PAK", tgt: "-"},
		{why: "strengthened its positions is no fire", text: "India said Pakistani troops had strengthened their positions along the Line of Control.", code: "19", none: true},

		// Judges who question someone over allegations investigate.
		{why: "judges questioned X over allegations", text: "Spanish judges questioned the former king's lawyer over allegations of hidden bank accounts in Switzerland.", code: "091", src: "ESP", tgt: "-"},
		{why: "lawmakers questioning a president is no inquiry", text: "Kenyan lawmakers questioned the president over his spending on foreign trips.", code: "09", none: true},

		// "agreed with X to hold ..." is an agreement to act, not accord.
		{why: "agreed with X to resume", text: "Serbia agreed with Kosovo to resume talks on licence plates, the EU envoy said.", code: "030", src: "SRB", tgt: "-"},
		{why: "agreed with X that is accord", text: "Germany agreed with France that the budget rules had failed.", code: "03", none: true},

		// A panel of experts is its body's; world leaders are no state.
		{why: "a UN panel of experts", text: "A UN panel of experts accused Eritrea of arming militants in Somalia.", code: "11", src: "IGO", tgt: "ERI"},
		{why: "world leaders are no state", text: "The Dalai Lama urged world leaders to press for dialogue on Tibet.", code: "02", src: "-", tgt: "---"},

		// Forces sent "as a warning to" a state show force at it.
		{why: "warships as a warning to", text: "Australia sent two frigates to the South China Sea as a warning to Beijing, officials in Canberra said.", code: "150", src: "AUS", tgt: "CHN"},
		{why: "a frigate sent for relief is no show of force", text: "The navy sent a frigate to the Caribbean to help with hurricane relief.", code: "15", none: true},

		// Dozens of civilians shot dead are killed (18), also after a
		// coordination where "shot" is tagged an adjective.
		{why: "looted and shot dead dozens of villagers", text: "Militiamen burned huts and shot dead dozens of villagers in Ituri province, a local official said.", code: "180", src: "-", tgt: "COD"},
		{why: "militants shot dead are fought", text: "Philippine soldiers shot dead dozens of militants in the town of Marawi.", code: "18", none: true},

		// A person captured in a raid is arrested, not territory taken.
		{why: "captured X in a raid", text: "Colombian police captured the Gulf Clan's leader in a jungle raid near the town of Necocli, officials said.", code: "173", src: "COL", tgt: "-"},
		{why: "captured in a raid is no occupation", text: "Colombian police captured the Gulf Clan's leader in a jungle raid near the town of Necocli, officials said.", code: "192", none: true},
		{why: "a town captured in a raid stays territory", text: "Rebels captured the town of Bunia in a dawn raid on Sunday.", code: "173", none: true},

		// Aid agencies that suspend their operations stop aid (16), they
		// end no offensive (08).
		{why: "aid agencies suspended operations", text: "International aid agencies suspended operations in South Sudan's Upper Nile state after two staff members were killed.", code: "1623", src: "-", tgt: "SSD"},
		{why: "aid agencies suspending work is no de-escalation", text: "International aid agencies suspended operations in South Sudan's Upper Nile state after two staff members were killed.", code: "087", none: true},
		{why: "an army that suspends operations still de-escalates", text: "The Ethiopian army suspended operations against Tigrayan forces for the harvest season.", code: "16", none: true},

		// Objections dropped or lifted are given up (08), not voiced (11).
		{why: "dropped its objections", text: "Greece dropped its objections to North Macedonia's membership of NATO after the name deal.", code: "080", src: "GRC", tgt: "-"},
		{why: "lifting X's objections is no disapproval", text: "Finland signed a memorandum with Turkey lifting Ankara's objections to its NATO bid.", code: "11", none: true},
		{why: "repeated objections are no concession", text: "Greece repeated its objections to North Macedonia's membership of NATO.", code: "08", none: true},

		// Blocking a party from reaching a place restricts its movement.
		{why: "blocked X from reaching", text: "Israeli troops blocked Palestinian farmers from reaching their olive groves near Nablus, villagers said.", code: "191", src: "ISR", tgt: "PSE"},
		{why: "blocking a bill is no blockade", text: "Republican senators blocked the bill from reaching a vote on Thursday.", code: "191", none: true},

		// Suspending parliament or the constitution is a sanction on the
		// state's own institutions.
		{why: "suspended parliament", text: "Tunisia's president suspended parliament and lifted lawmakers' immunity, state television said.", code: "172", src: "TUN", tgt: "-"},
		{why: "a session suspended is no sanction", text: "The speaker suspended the parliament session for an hour after a brawl.", code: "172", none: true},

		// Crowds that attack a building riot; gunmen who do assault it.
		{why: "crowds attacked a visa centre", text: "Angry crowds in Karachi attacked the French consulate after the cartoons were republished.", code: "145", src: "PAK", tgt: "FRA"},
		{why: "gunmen attacking an office is no riot", text: "Gunmen attacked the French consulate in Karachi, killing a guard.", code: "14", none: true},

		// Examining allegations is an inquiry into the party accused.
		{why: "examine allegations that X", text: "EU investigators examined allegations that Belarus had flown migrants to its border with Poland.", code: "090", src: "IGO", tgt: "BLR"},
		{why: "examining a budget is no inquiry", text: "Kenyan lawmakers examined the finance ministry's budget proposal for next year.", code: "09", none: true},
	})
}
