package pipeline

import "testing"

// TestS18V18Recall holds V18's causes, each checked on sentences of our
// own beyond the dictionary examples: a party angered by another's act
// or by what it did ("angered X by ...") disapproves of it (110, the
// angered party the source); an outlet, rights group or NGO closed or
// shut down by a state (1721); migrants returned to a place (174) or
// intercepted (173); migrants rescued are the rescue's target, not the
// rescuer's own state; lockdowns imposed (1723) and markets or places of
// worship closed by order (172); organised crime groups (country + CRM)
// and the Aum cult's founder as actors. Must-not rows hold the other
// senses: reactors shut down, deals and gaps closed, an outlet's own
// bureau, a person who returned to a country, sport.
func TestS18V18Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 1. Anger at another's act.
		{"anger by gerund", "Lithuania angered China by letting Taiwan open an office in Vilnius.", "110", "CHN", "LTU", false},
		{"infuriate with remarks", "The Hungarian prime minister infuriated Kyiv with his comments on Crimea.", "110", "UKR", "HUN", false},
		{"burning angered", "The burning of a Koran outside the embassy in Copenhagen angered Baghdad.", "110", "IRQ", "-", false},
		{"tariffs irked", "Washington's new tariffs on steel irked Ottawa.", "110", "CAN", "USA", false},
		{"a referee angered", "The Argentine coach angered the referee by arguing about the penalty.", "110", "", "", true},
		// 2. Outlets and rights groups closed.
		{"rights centre closed", "A Minsk court closed the human rights centre Viasna in 2021.", "1721", "BLR", "-", false},
		{"bureau shut", "Ethiopia shut down the BBC bureau in Addis Ababa.", "1721", "ETH", "GBR", false},
		{"offices of an outlet", "Iranian authorities closed the offices of the BBC Persian service in Tehran.", "1721", "IRN", "GBR", false},
		{"reactor shut", "Germany shut down its last three nuclear reactors in April 2023.", "1721", "", "", true},
		{"deal closed", "Qatar closed the deal for the Belgian club on Friday.", "1721", "", "", true},
		{"gap closed", "Arsenal closed the gap on Manchester City with a win at Chelsea.", "1721", "", "", true},
		{"an outlet's own bureau", "The BBC closed its bureau in Kabul after the Taliban takeover.", "1721", "", "", true},
		{"a closure demanded", "Israel demanded that Qatar close the Al Jazeera bureau in Doha.", "1721", "", "", true},
		// 3. Migrants returned and intercepted.
		{"returned to Libya", "The Maltese armed forces returned 120 migrants to Libya.", "174", "MLT", "-", false},
		{"boat intercepted", "Moroccan border guards intercepted a boat carrying 50 migrants off Tangier.", "173", "MAR", "-", false},
		{"migrants intercepted", "Senegalese police intercepted 200 migrants on the beach at Mbour.", "173", "SEN", "-", false},
		{"person returned", "The exiled opposition leader returned to Libya on Tuesday.", "174", "", "", true},
		{"a return a deal allows", "Under the deal, migrants who cross the Aegean can be returned to Turkey.", "174", "", "", true},
		{"pass intercepted", "The Moroccan defender intercepted a long ball from the Spanish winger.", "17", "", "", true},
		// 4. Rescues at sea: the migrants, not the rescuer's state.
		{"rescue target", "The Greek coast guard rescued 70 migrants off Crete.", "070", "GRC", "-", false},
		{"saved migrants", "A Spanish navy ship saved 40 migrants near Almeria.", "070", "ESP", "-", false},
		{"a penalty saved", "The Brazilian goalkeeper saved a penalty from the Argentine striker.", "07", "", "", true},
		{"a draw rescued", "The Brazilian striker rescued a draw for his side in the last minute.", "07", "", "", true},
		// 5. Lockdowns and closures ordered.
		{"lockdown ordered", "The Chinese authorities ordered a lockdown of Xi'an in December.", "1723", "CHN", "-", false},
		{"markets closed by order", "The governor of Lagos ordered the closure of three markets in Lagos.", "172", "NGA", "-", false},
		{"schools for floods", "Pakistan ordered the closure of schools in Sindh as floods rose.", "172", "", "", true},
		// 6. Organised crime groups and the cult's founder.
		{"'Ndrangheta", "Italian police arrested 30 suspected members of the 'Ndrangheta in Reggio Calabria.", "173", "ITA", "ITA", false},
		{"yakuza", "Japanese police arrested a senior member of the Yamaguchi-gumi in Kobe.", "173", "JPN", "JPN", false},
	})
	checkSides(t, p, []sideCase{
		{"migrants are no Greeks", "The Greek coast guard rescued 70 migrants off Crete.", "070", "GRC", "!GRC"},
		{"the crime group's sector", "Italian police arrested 30 suspected members of the Camorra in Naples.", "173", "ITA", "ITACRM"},
		{"a yakuza group", "Police in Fukuoka raided the offices of the Kudo-kai.", "171", "JPN", "JPNCRM"},
		{"the cult's founder", "Tokyo police arrested Shoko Asahara in 1995.", "173", "JPN", "JPN"},
	})
}
