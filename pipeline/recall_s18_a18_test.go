package pipeline

import "testing"

// TestRecallS18A18 (A18): goods, invitations, requests and
// congratulations "received from" a state its capital names, and the
// pact a mediator brokers between two parties. Sentences written for
// this test; the none rows are other senses the rules must leave alone.
func TestRecallS18A18(t *testing.T) {
	p := newTestPipeline(t)
	checkS18Cases(t, p, []s18Case{
		// Arms, aid and credit received from a capital: the state gave them.
		{"capital gives arms", "Kyiv received a new batch of HIMARS launchers from Washington in June.", "072", "USA", "UKR", false},
		{"capital gives howitzers", "Estonia obtained Caesar howitzers from Paris, the ministry said.", "072", "FRA", "EST", false},
		{"capital gives shells", "The Armenian army got artillery shells from New Delhi in 2023.", "072", "IND", "ARM", false},
		{"capital gives submarines", "Bangladesh received two Ming-class submarines from Beijing in 2016.", "072", "CHN", "BGD", false},
		{"capital gives batteries", "Ukraine received three Hawk air defence batteries from Madrid.", "072", "ESP", "UKR", false},
		{"capital gives missiles", "Taiwan received a shipment of Harpoon missiles from Washington.", "072", "USA", "TWN", false},
		{"capital gives a loan", "Jordan secured a loan from Riyadh to finance the pipeline.", "071", "SAU", "JOR", false},
		{"capital gives aid", "Sudan received humanitarian aid from Cairo after the floods.", "073", "EGY", "SDN", false},
		{"capital sends instructors", "Mali has received Russian military instructors from Moscow.", "072", "RUS", "MLI", false},
		// Ships given to a navy: the giver is not the ships' state.
		{"patrol vessels", "The Philippine navy received two patrol vessels from Japan.", "072", "JPN", "PHL", false},
		{"patrol boats", "The Kenyan coast guard received four patrol boats from Washington.", "072", "USA", "KEN", false},
		{"frigate", "The Sri Lankan navy received a decommissioned frigate from Canberra.", "072", "AUS", "LKA", false},
		{"not hosting the ships", "The Philippine navy received two patrol vessels from Japan.", "043", "PHLMIL", "-", true},
		// Private goods, people, and a capital modifying a noun stay places.
		{"a domestic city is no giver", "Polish airlines received new jets from Seattle.", "07", "USA", "-", true},
		{"dealers of a city", "Collectors bought antique rifles from Paris auction houses.", "0", "FRA", "-", true},
		{"commerce", "Kenyan farmers imported fertiliser from Moscow last year.", "0", "RUS", "-", true},
		{"kit from a city", "The team received a shipment of kit from London on Monday.", "0", "GBR", "-", true},
		// Invitations, requests and congratulations received.
		{"invitation", "Egypt got an invitation from Riyadh to attend the Arab League summit.", "036", "SAU", "EGY", false},
		{"invitation to a leader", "The Nigerian leader received an invitation from Paris to the climate conference.", "036", "FRA", "NGA", false},
		{"invitation from the EU", "Chile received an invitation from the European Union to join the talks.", "036", "IGOEUREEC", "CHL", false},
		{"request", "Sri Lanka received a request from India for access to the port.", "020", "IND", "LKA", false},
		{"request from a capital", "Norway got a request from Moscow to extradite the defector.", "0213", "RUS", "NOR", false},
		{"plea", "Colombia received a plea from Caracas to reopen the border.", "0256", "VEN", "COL", false},
		{"congratulations", "Turkey received congratulations from Moscow after the vote.", "051", "RUS", "TUR", false},
		{"congratulations to a president", "The Mexican president received congratulations from Ottawa on his victory.", "051", "CAN", "MEX", false},
		{"private invitation", "The Chinese student received an invitation from the university to the ceremony.", "036", "", "-", true},
		{"fans' congratulations", "The footballer received congratulations from fans in Madrid.", "051", "ESPCVL", "-", true},
		{"organisers of a city", "Residents received an invitation from London organisers to the parade.", "036", "GBR", "-", true},
		// A pact brokered between two parties is theirs as well.
		{"brokered deal", "The Vatican brokered an accord between Argentina and Chile in 1984.", "057", "ARG", "CHL", false},
		{"brokered deal, mediator", "The Vatican brokered an accord between Argentina and Chile in 1984.", "045", "VAT", "ARG", false},
		{"brokered truce", "Mediators from Qatar and Egypt brokered a truce between Israel and Islamic Jihad on Sunday.", "0871", "ISR", "PSE", false},
		{"facilitated peace deal", "The African Union brokered a peace agreement between Ethiopia and the Tigray People's Liberation Front.", "057", "ETH", "ETH", false},
		{"helped broker", "Oman helped broker a ceasefire between Saudi Arabia and the Houthis in 2022.", "0871", "SAU", "YEM", false},
		{"tried to broker", "Qatar tried to broker a deal between Israel and Hamas.", "057", "ISR", "-", true},
		{"failed to broker", "Egypt failed to broker a truce between Israel and Hamas.", "12", "ISR", "-", true},
		{"did not broker", "Qatar did not broker a deal between Israel and Hamas.", "12", "ISR", "-", true},
		{"seeking to broker", "Qatar is seeking to broker a ceasefire between Israel and Hamas.", "0871", "ISR", "-", true},
		{"no pact noun", "Norway brokered talks between Colombia and the ELN.", "057", "COL", "-", true},
	})
}
