package pipeline

import "testing"

// TestS12F1VerbGaps: acts on places and people with no actor object, a
// crowd's march against a topic, fighting placed before who fought, a
// nominal bombardment with its country adjective, an attack beaten back,
// and a courtesy title before a name in a slot. Each family has must-not
// rows beside the positive ones.
func TestS12F1VerbGaps(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// raids on buildings by armed forces; the place's state is the target
		{"troops raid a house", "Israeli soldiers raided a house in Hebron before dawn on Tuesday.", "190", "ISR", "PSE", false},
		{"gunmen raid a school", "Gunmen raided a school in Nigeria's Kaduna state on Thursday.", "180", "-", "NGA", false},
		{"police raid is no force", "Police in Karachi raided a house and seized weapons.", "190", "", "", true},
		{"a raid named, not done", "The soldiers were accused of a raid on the village.", "190", "", "", true},
		// a place recaptured with no loser named
		{"town recaptured (older line, kept)", "Ukrainian forces recaptured the town of Lyman on Saturday.", "192", "UKR", "-", false},
		{"inmates recaptured are no territory", "Kenyan police recaptured three prisoners who escaped from a jail in Mombasa.", "192", "", "", true},
		// suspects picked up
		{"suspects picked up", "Indian police picked up four suspects in Srinagar on Monday.", "173", "IND", "-", false},
		{"pace picked up", "Egyptian police picked up the pace of the inquiry.", "173", "", "", true},
		// a release ordered
		{"court orders a release", "A Pakistani court ordered the release of the opposition leader on bail.", "0841", "PAK", "PAK", false},
		{"documents released are no person", "A Kenyan court ordered the release of the audit report.", "0841", "", "", true},
		// crowds
		{"thousands march against corruption", "Thousands of Romanians marched in Bucharest on Sunday against corruption.", "141", "ROU", "ROU", false},
		{"protesters march against the government", "Armenian protesters marched on Friday against the government.", "141", "ARM", "-", false},
		{"a crisis marched against", "Thousands of Lebanese marched in Beirut against the economic crisis.", "141", "LBN", "LBN", false},
		{"civilian rule demanded by marchers", "Thousands of Sudanese marched in Omdurman demanding civilian rule.", "1414", "SDN", "SDN", false},
		{"military rule opposed", "Thousands of Burmese rallied in Mandalay against military rule.", "1414", "MMR", "MMR", false},
		{"security forces pick up", "Security forces picked up dozens of suspects in Tehran.", "173", "IRN", "IRN", false},
		{"shares picked up", "Investors picked up shares in the company.", "173", "", "", true},
		{"fighting broke out in a city between", "Fierce fighting broke out in Tripoli overnight between rival Libyan militias and government forces.", "190", "LBY", "LBY", false},
		{"clashes erupted near the border between", "Clashes erupted near the border between Kyrgyz and Tajik troops.", "190", "KGZ", "TJK", false},
		{"a between of a vote", "Fighting broke out in the city after the vote, which was split between two candidates.", "190", "", "", true},
		// nominal bombardment
		{"country shelling hit a city", "Russian shelling hit Zaporizhzhia on Thursday.", "194", "RUS", "UKR", false},
		{"country air strikes hit a city", "Saudi air strikes hit Hodeidah overnight.", "195", "SAU", "YEM", false},
		// attacks beaten back
		{"army beat back an attack", "The Nigerian army beat back a Boko Haram attack on Maiduguri.", "190", "NGA", "NGA", false},
		{"beat back is no beating", "The Nigerian army beat back a Boko Haram attack on Maiduguri.", "182", "", "", true},
		{"beating protesters stays a beating", "Zimbabwean police beat back the protesters with batons.", "17", "ZWE", "ZWE", false},
		// titles
		{"titles on both sides", "Mr. Modi met Mr. Putin in New Delhi.", "040", "IND", "RUS", false},
		{"title on the object", "Macron met Mrs. Merkel in Berlin.", "040", "FRA", "DEU", false},
		{"a title before no known name names no partner", "Macron met Mr. Dupont in Paris.", "040", "", "", true},
		{"a title before a possessor stays the possessor's", "Mr. Putin's spokesman met Mr. Erdogan in Ankara.", "040", "RUS", "TUR", false},
	})
}
