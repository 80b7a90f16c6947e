package pipeline

import "testing"

// TestS17V17Recall holds V17's causes, each checked on sentences of our
// own beyond the dictionary examples: NGOs shut, dissolved or liquidated
// by a state (1721, not aid agencies withdrawn); border controls brought
// back (191) and deportation flights turned back and groups of migrants
// pushed back (174); an attempt on a life or
// an attack on a convoy survived (185 with no attacker); a kidnapping named as a noun
// with no kidnapper (181). Must-not rows hold business, sport and private
// senses of the same verbs.
func TestS17V17Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 1. Civil society closed.
		{"NGOs shut down", "Nicaragua shut down more than 3,000 NGOs last year.", "1721", "NIC", "-", false},
		{"NGOs shut down, no 1663", "Tajikistan shut down 700 NGOs in 2021.", "1663", "", "", true},
		{"NGOs shut down for funding", "India shut down 20,000 NGOs for violating foreign funding rules.", "1721", "IND", "-", false},
		{"NGOs dissolved", "The Nicaraguan government dissolved 1,500 NGOs on Thursday.", "1721", "NIC", "-", false},
		{"civil society liquidated", "Belarusian authorities liquidated dozens of civil society groups in 2021.", "1721", "BLR", "-", false},
		{"aid agencies still 1663", "Ethiopia shut down foreign aid agencies in Tigray.", "1663", "ETH", "-", false},
		{"a firm's project", "Apple shut down its car project.", "17", "", "", true},
		{"a firm's board dissolved", "The Japanese carmaker dissolved its board of advisers.", "17", "", "", true},
		{"a bank's branches", "The bank shut down 200 branches.", "17", "", "", true},
		// 2. Borders and deportees.
		{"border checks reimposed", "France reintroduced checks at its border with Italy in 2015.", "191", "FRA", "ITA", false},
		{"frontier controls", "Austria introduced controls along its frontier with Slovenia.", "191", "AUT", "SVN", false},
		{"border controls tightened", "The Netherlands tightened controls on its borders with Belgium and Germany.", "191", "NLD", "BEL", false},
		{"steel checks", "The EU introduced checks on Chinese steel imports.", "19", "", "", true},
		{"lending controls", "The bank tightened controls on lending.", "19", "", "", true},
		{"deportation flight turned back", "Mexico turned back a US flight carrying deportees.", "120", "MEX", "USA", false},
		{"a group chased back", "Hungarian police drove a group of asylum seekers back to Serbia.", "174", "HUN", "SRB", false},
		{"dozens pushed back", "Polish guards pushed dozens of migrants back across the border into Belarus.", "174", "POL", "BLR", false},
		{"a charity pushing", "The charity pushed for migrants to be allowed back into the camp.", "174", "", "", true},
		{"players pushed back", "The coach pushed the young players back into the starting line-up.", "17", "", "", true},
		{"tourist planes in fog", "Fog turned back two planes carrying tourists to Madeira.", "120", "", "", true},
		// 4. Attempts on a life survived.
		{"attempt on her life", "A Colombian senator survived an attempt on her life in Cali.", "185", "-", "COL", false},
		{"attempt on his life", "Haiti's police chief survived an attempt on his life on Tuesday.", "185", "-", "HTI", false},
		{"bomb attack on motorcade", "The Somali president survived a bomb attack on his motorcade in Mogadishu.", "185", "-", "SOM", false},
		{"a foul attempt", "The striker survived an attempt by the defender to foul him.", "18", "", "", true},
		{"a crash on the lap", "The Brazilian driver survived a crash on the final lap.", "18", "", "", true},
		{"a vote on his budget", "The Kenyan finance minister survived a vote on his budget in Nairobi.", "18", "", "", true},
		// 5. Kidnapping as a noun, no kidnapper.
		{"abduction shocked", "The abduction of 276 schoolgirls from Chibok shocked the world.", "181", "-", "NGA", false},
		{"abduction was confirmed", "The abduction of two Italian priests in Niger was confirmed on Friday.", "181", "-", "ITA", false},
		{"the condemner is no kidnapper", "Nigeria condemned the abduction of 20 pupils in Kaduna state.", "18", "", "", true},
		{"a film about a kidnapping", "The film about the kidnapping of a French heiress opened in Paris.", "18", "", "", true},
	})
}
