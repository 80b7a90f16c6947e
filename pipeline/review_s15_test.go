package pipeline

import "testing"

// Review of the fifteenth session's rules (R15): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS15CrowdOccasion: a head count that marches or rallies (D15's
// count lines in data/verbs/14-protest.txt) demonstrates, but not when it
// gathers to celebrate, cheer or help, or follows a coffin
// (crowdOccasion).
func TestReviewS15CrowdOccasion(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a march for pensions, Chile", text: "Tens of thousands marched through Santiago demanding pension reform.", code: "14", src: "CHL", tgt: "-"},
		{why: "intended: a march against a law, Georgia", text: "Thousands of people marched in Tbilisi against the foreign agents law.", code: "14", src: "GEO", tgt: "-"},
		{why: "intended: residents protest power cuts, Nigeria", text: "Residents marched to the governor's office in Kano to protest power cuts.", code: "14", src: "NGA", tgt: "-"},
		{why: "intended: a rally outside parliament, Serbia", text: "Crowds rallied outside parliament in Belgrade demanding the resignation of the government.", code: "14", src: "SRB", tgt: "-"},
		{why: "must not: volunteers help flood victims, Bangladesh", text: "Hundreds rallied to help flood victims in Sylhet, volunteers said.", code: "14", none: true},
		{why: "must not: fans celebrate a win, Argentina", text: "Thousands rallied at the stadium to celebrate the team's victory in Buenos Aires.", code: "14", none: true},
		{why: "must not: a funeral procession, Zimbabwe", text: "Hundreds of mourners marched behind the coffin of the former president in Harare.", code: "14", none: true},
		{why: "must not: crowds cheer a cyclist, France", text: "Thousands of people marched along the Champs-Elysees to cheer the Tour de France winner.", code: "14", none: true},
	})
}

// TestReviewS15HandedRemains: a commander's or militant's body handed
// over is remains returned (084), not a wanted man handed to justice
// (063, D15's line in data/verbs/06-material.txt) (handedRemains).
func TestReviewS15HandedRemains(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a separatist leader, South Africa to Cameroon", text: "South Africa handed over the separatist leader to Cameroon in 2023.", code: "063", src: "ZAF", tgt: "CMR"},
		{why: "intended: suspected militants, Niger to Nigeria", text: "The Niger army handed over two suspected militants to Nigerian authorities.", code: "063", src: "NER", tgt: "NGA"},
		{why: "intended: a commander's body returned", text: "Nigerian troops handed over the rebel commander's body to his relatives.", code: "084", src: "NGA", tgt: "-"},
		{why: "must not: a commander's body", text: "Nigerian troops handed over the rebel commander's body to his relatives.", code: "063", none: true},
		{why: "must not: militants' remains, Kenya to Somalia", text: "Kenya handed over the remains of two al-Shabaab commanders to Somalia.", code: "063", none: true},
	})
}

// TestReviewS15PoliceSeized: people police seize are arrested (173); the
// seize line of 18-assault.txt, whose people nouns C15 widened (miners,
// priests, teachers), read them as hostages whoever seized them
// (policeSeized).
func TestReviewS15PoliceSeized(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: kidnappers seize miners, Congo", text: "Kidnappers seized three Chinese miners in eastern Congo on Sunday.", code: "181", src: "-", tgt: "CHN"},
		{why: "intended: gunmen seize teachers, Nigeria", text: "Gunmen seized 12 teachers from a school in Kaduna.", code: "181", src: "-", tgt: "NGA"},
		{why: "intended: police seize miners, Ghana", text: "Ghanaian police seized 20 illegal miners at a gold pit in Ashanti.", code: "173", src: "GHA", tgt: "-"},
		{why: "must not: police seize miners, Ghana", text: "Ghanaian police seized 20 illegal miners at a gold pit in Ashanti.", code: "181", none: true},
		{why: "must not: police seize journalists, Zimbabwe", text: "Police seized three journalists in Harare.", code: "181", none: true},
	})
}

// TestReviewS15AgencyOrderedOut: an aid agency ordered to leave or
// deported is 1663 (C15's line in 16-reduce.txt) with the agency as its
// target; the line's words had swallowed the target, and its gap does not
// cross "without" (orderedAgency, expelledAgency).
func TestReviewS15AgencyOrderedOut(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: Red Cross ordered out, Chad", text: "Chad ordered the Red Cross to leave the country within 48 hours.", code: "1663", src: "TCD", tgt: "NGO"},
		{why: "intended: MSF ordered out, Chad", text: "Chad ordered Doctors Without Borders to leave the east of the country.", code: "1663", src: "TCD", tgt: "NGO"},
		{why: "intended: aid workers ordered out, Niger", text: "Niger ordered two French aid workers to leave the country.", code: "1663", src: "NER", tgt: "FRA"},
		{why: "must not: rights researchers expelled, Russia", text: "Russia expelled two Amnesty International researchers in 2022.", code: "166", none: true},
		{why: "must not: protesters ordered off a square", text: "The police ordered the protesters to leave the square.", code: "166", none: true},
	})
}

// TestReviewS15OwnedAssembly: a capitalised "General Assembly" with no
// state named is the UN's (N15's capitalisedBodies), but not one that
// "of" gives another owner, a church or a federation (ownedBody).
func TestReviewS15OwnedAssembly(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "intended: the UN's assembly votes", text: "The General Assembly voted to suspend Russia from the Human Rights Council.", code: "160", src: "IGOUNO", tgt: "RUS"},
		{why: "intended: the Security Council of the United Nations", text: "The Security Council of the United Nations met in emergency session on Gaza.", code: "040", src: "IGOUNO", tgt: "-"},
		{why: "must not: a church's assembly, Scotland", text: "The General Assembly of the Church of Scotland voted to condemn the war.", code: "111", src: "!IGO", tgt: "-"},
	})
}

// TestReviewS15ContrabandSeized: drugs or contraband seized are no place
// taken (192), as titles and seats "captured" are none (P15's wonPrize);
// ships and towns seized keep their codes (contrabandSeized).
func TestReviewS15ContrabandSeized(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a town seized, Congo", text: "Rebels seized the town of Bunia after heavy fighting.", code: "192", src: "COD", tgt: "COD"},
		{why: "intended: a tanker seized, Iran", text: "Iranian forces seized a British-flagged tanker in the Strait of Hormuz.", code: "1711", src: "IRN", tgt: "-"},
		{why: "must not: cocaine seized, Ecuador", text: "Police seized two tonnes of cocaine at the port of Guayaquil.", code: "19", none: true},
		{why: "must not: heroin seized, Pakistan", text: "Customs officers seized 500 kilograms of heroin in Karachi.", code: "19", none: true},
	})
}

// TestReviewS15CrossingForTrucks: a border crossing reopened "for" trucks
// is trade (061, C15's line in 06-material.txt) only when the trucks carry
// goods: an adjective is skipped, so "for humanitarian trucks" read as
// "for trucks".
func TestReviewS15CrossingForTrucks(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: goods trucks, Pakistan", text: "Pakistan reopened the Chaman crossing for goods trucks after a month.", code: "061", src: "PAK", tgt: "-"},
		{why: "intended: trucks carrying cargo, Kyrgyzstan and China", text: "Kyrgyzstan reopened its border with China for trucks carrying cargo.", code: "061", src: "KGZ", tgt: "CHN"},
		{why: "must not: humanitarian trucks, Israel", text: "Israel reopened the Kerem Shalom crossing for humanitarian trucks.", code: "061", none: true},
		{why: "must not: aid trucks, Egypt", text: "Egypt reopened the Rafah crossing for aid trucks bound for Gaza.", code: "061", none: true},
	})
}

// TestReviewS15ArmedSpeakers: an attack by critics, lawmakers or a
// politician's supporters is criticism (P15's verbalAttack) unless it is
// made with a weapon (armedWith).
func TestReviewS15ArmedSpeakers(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: senators criticise a plan", text: "Senators attacked the plan as reckless.", code: "111", src: "-", tgt: "-"},
		{why: "intended: opposition leaders with harsh words", text: "Opposition leaders attacked the budget with harsh words.", code: "111", src: "-", tgt: "-"},
		{why: "intended: lawmakers with sticks, a brawl", text: "Opposition lawmakers attacked the speaker with sticks during a brawl in parliament.", code: "18", src: "-", tgt: "-"},
		{why: "must not: critics with iron rods, Pakistan", text: "Critics attacked the journalist with iron rods outside his home in Lahore.", code: "111", none: true},
		{why: "must not: supporters with clubs, Philippines", text: "Supporters of the senator attacked reporters with clubs in Manila.", code: "111", none: true},
	})
}

// TestReviewS15ViolentTruce: farmers' or workers' truces are no
// ceasefire (P15's civilTruce), but one told with the fighting it ends is
// (violentTruce).
func TestReviewS15ViolentTruce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: farmers and herders after clashes, Nigeria", text: "Farmers and herders agreed a truce in Nigeria's Plateau state after clashes that killed 50 people.", code: "0871", src: "NGA", tgt: "NGA"},
		{why: "must not: taxi drivers and ride-hailing firms, Kenya", text: "Taxi drivers declared a truce with ride-hailing firms in Nairobi.", code: "087", none: true},
		{why: "must not: farmers and supermarkets, Britain", text: "Farmers began a truce with supermarkets over milk prices in Britain.", code: "087", none: true},
	})
}
