package pipeline

import "testing"

// TestS20R20Review: R20's review of the twentieth session's rules: each
// narrowed rule with sentences where it must not fire (other senses,
// other registers) and, in wording unlike its own tests, where it must.
func TestS20R20Review(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		// 0871 "call a truce": the truce ends its noun phrase
		{why: "truce declared, festival", text: "Maoist rebels in Jharkhand called a three-day truce for the festival.", code: "0871", src: "IND", tgt: "-"},
		{why: "ceasefire over the holidays", text: "The ELN called a ceasefire over the Christmas holidays in Colombia.", code: "0871", src: "COL", tgt: "-"},
		{why: "a ceasefire proposal judged", text: "Hamas called a ceasefire proposal from Egypt unacceptable.", code: "0871", src: "-", tgt: "-", none: true},
		{why: "a ceasefire proposal judged: the criticism stays", text: "Hamas called a ceasefire proposal from Egypt unacceptable.", code: "111", src: "PSE", tgt: "-"},
		// 0874 giving oneself up, deserting posts: fighters only
		{why: "Shabaab commander", text: "A senior Shabaab commander gave himself up to Somali troops in Baidoa.", code: "0874", src: "SOM", tgt: "SOMMIL"},
		{why: "fugitive banker", text: "A fugitive banker gave himself up to Swiss authorities in Zurich.", code: "0874", src: "-", tgt: "-", none: true},
		{why: "Afghan soldiers deserted bases", text: "Afghan soldiers deserted their bases as the Taliban closed in on Kunduz.", code: "0874", src: "AFGMIL", tgt: "-"},
		{why: "nurses on strike", text: "Nurses deserted their posts during the strike in Nairobi.", code: "0874", src: "-", tgt: "-", none: true},
		{why: "election officials", text: "Election officials fled their posts as gunmen approached the polling station.", code: "0874", src: "-", tgt: "-", none: true},
		// 0874 "surrender of X to Y": to a court it is judicial (063)
		{why: "fighters to an army", text: "The surrender of Houthi fighters to Saudi forces near the border was filmed.", code: "0874", src: "YEM", tgt: "SAUMIL"},
		{why: "a suspect to the ICC", text: "The surrender of Duterte to the International Criminal Court shocked Manila.", code: "0874", src: "-", tgt: "-", none: true},
		{why: "a suspect to the ICC: judicial cooperation", text: "The surrender of Duterte to the International Criminal Court shocked Manila.", code: "063", src: "PHL", tgt: "IGO"},
		// 0874 control of a place handed
		{why: "village of Krynky", text: "Russian forces handed control of the village of Krynky to Ukrainian marines.", code: "0874", src: "RUS", tgt: "UKR"},
		{why: "a region's utility", text: "The government handed control of the region's water utility to a private firm.", code: "0874", src: "-", tgt: "-", none: true},
		{why: "a city's schools", text: "The ministry handed control of the city's schools to the provincial government.", code: "0874", src: "-", tgt: "-", none: true},
		// 1833 one mine planted: no gap to the device
		{why: "landmine on the road", text: "Al-Shabaab fighters planted a landmine on the road to Mogadishu.", code: "1833", src: "SOM", tgt: "-"},
		{why: "trees near a mine", text: "Villagers planted trees around the old coal mine in Jharkhand.", code: "18", src: "-", tgt: "-", none: true},
		// 173 cells, modules, rings
		{why: "smuggling ring busted", text: "Greek police busted a migrant smuggling ring on the island of Lesbos.", code: "173", src: "GRCCOP", tgt: "-"},
		{why: "IS cell dismantled", text: "Turkish police dismantled an Islamic State cell in Istanbul.", code: "173", src: "TURCOP", tgt: "-"},
		{why: "inmates smash cells", text: "Inmates smashed their cells and set fires at the prison in Quito.", code: "173", src: "-", tgt: "-", none: true},
		{why: "solar modules", text: "Engineers dismantled the solar modules on the roof of the parliament in Canberra.", code: "173", src: "-", tgt: "-", none: true},
		{why: "space station module", text: "NASA dismantled the ageing module of the space station.", code: "173", src: "-", tgt: "-", none: true},
		// 1712 bridges sabotaged: the object, not a metaphor
		{why: "railway bridge", text: "Ukrainian partisans sabotaged a railway bridge near Melitopol.", code: "1712", src: "UKR", tgt: "-"},
		{why: "tracks", text: "Ukrainian partisans sabotaged railway tracks near Melitopol.", code: "1712", src: "UKR", tgt: "-"},
		{why: "build bridges", text: "Hardliners sabotaged efforts to build bridges with the opposition in Belgrade.", code: "1712", src: "-", tgt: "-", none: true},
		// M20 thingRepression: a vehicle carrying people, the streets
		{why: "tear gas at a bus carrying a leader", text: "Police fired tear gas at the bus carrying opposition leader Bobi Wine in Kampala.", code: "175", src: "UGA", tgt: "-"},
		{why: "water cannon on the streets", text: "Police used water cannon on the streets of Tbilisi against protesters.", code: "175", src: "GEO", tgt: "-"},
		{why: "tear gas at supporters' cars", text: "Riot police fired tear gas at cars of opposition supporters in Nairobi.", code: "175", src: "KEN", tgt: "-"},
		{why: "water cannon on a burning car", text: "Police turned a water cannon on the burning car to put out the flames.", code: "175", src: "-", tgt: "-", none: true},
		// M20 emergencyService: relief teams and help across a border
		{why: "UN relief teams", text: "UN relief teams helped thousands of flood victims in Sindh.", code: "07", src: "IGO", tgt: "PAK"},
		{why: "rescue teams from abroad", text: "Rescue teams from Greece helped Turkey after the earthquake.", code: "07", src: "GRC", tgt: "TUR"},
		{why: "firefighters at home", text: "Firefighters evacuated 200 residents from the burning tower in Nairobi.", code: "0", src: "-", tgt: "-", none: true},
		// M20 rescuedCaptive: a prisoner swap is a release
		{why: "prisoner swap", text: "The Ukrainian military freed 90 captive Russian soldiers in a prisoner swap.", code: "0841", src: "UKR", tgt: "RUS"},
		{why: "hostages rescued by troops", text: "Nigerian troops rescued 30 kidnapped students in Kaduna state.", code: "07", src: "-", tgt: "-", none: true},
		// P20's irregulars entering a seat of power or a town; a truce agreed
		{why: "rebels into army headquarters", text: "Rebels entered the army headquarters in Khartoum.", code: "192", src: "-", tgt: "SDN"},
		{why: "race for the presidency", text: "Militants have entered the race for the presidency in Mogadishu.", code: "192", src: "-", tgt: "-", none: true},
		{why: "heart of the debate", text: "The gunmen entered the heart of the debate.", code: "192", src: "-", tgt: "-", none: true},
		{why: "truce declared a failure", text: "The ceasefire was declared a failure by the UN.", code: "0871", src: "-", tgt: "-", none: true},
		{why: "truce agreed by both", text: "The truce was agreed by Hamas and Israel on Friday.", code: "0871", src: "PSE", tgt: "ISR"},
		// N20's subjectScene: a visitor is not of the place
		{why: "a tourist in Dubai", text: "Police in Dubai arrested a tourist for drug possession.", code: "173", src: "ARE", tgt: "ARECVL", none: true},
		{why: "a priest in Nigeria", text: "Gunmen in northern Nigeria abducted a Catholic priest on Sunday.", code: "181", src: "-", tgt: "NGA"},
		// the lead's joint force: the joint act must be the act's own
		{why: "joint raid near Mosul", text: "American and Iraqi forces killed 15 Islamic State fighters in a joint raid near Mosul.", code: "062", src: "USA", tgt: "IRQ"},
		{why: "a joint patrol in a time clause", text: "Russian and Syrian jets bombed Idlib, weeks after a joint Turkish-Russian patrol was agreed.", code: "062", src: "-", tgt: "-", none: true},
		// Q20's protests that go on: the protest noun must be the subject
		{why: "farmers' protests continued", text: "Farmers' protests against the new tariffs continued in Brussels on Tuesday.", code: "141", src: "-", tgt: "-"},
		{why: "a march turned violent", text: "The march turned violent when police charged the crowd in Nairobi.", code: "145", src: "-", tgt: "KEN"},
		{why: "trial of protest leaders", text: "The trial of the protest leaders continued in Minsk on Monday.", code: "14", src: "-", tgt: "-", none: true},
		{why: "talks on the movement's demands", text: "Talks on the protest movement's demands resumed in Bangkok.", code: "14", src: "-", tgt: "-", none: true},
		{why: "a protest song", text: "The protest song began to trend across Kenya.", code: "14", src: "-", tgt: "-", none: true},
		{why: "coverage of demonstrations", text: "Coverage of the demonstrations continued on state television in Tehran.", code: "14", src: "-", tgt: "-", none: true},
		{why: "investigations into protests", text: "Investigations into the protests continued in Santiago.", code: "14", src: "-", tgt: "-", none: true},
		{why: "demonstrations of a robot", text: "Demonstrations of the robot began at the trade fair in Tokyo.", code: "14", src: "-", tgt: "-", none: true},
	}, n20Side)
}

// TestS20R20ReviewActors: the actor readings R20 narrowed: "the SP" in a
// police report is the superintendent, and a system or a firm is no
// private person.
func TestS20R20ReviewActors(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "SP speaks of detained party workers", text: "The SP said 12 BJP workers were detained after clashes during the election.", code: "010", src: "INDCOP", tgt: "-"},
		{why: "SP and BJP trade accusations", text: "The SP and the BJP traded accusations over the by-election.", code: "112", src: "INDPTY", tgt: "INDPTY"},
		{why: "Swedish model: a system", text: "Beijing criticised the Swedish model's handling of the pandemic.", code: "111", src: "CHN", tgt: "SWECVL", none: true},
		{why: "Chinese producer: a firm", text: "Australia imposed duties on the Chinese producer's steel exports.", code: "163", src: "AUS", tgt: "CHNCVL", none: true},
		{why: "Irish writer: a person", text: "Israel criticised the Irish writer's boycott call.", code: "111", src: "ISR", tgt: "IRLCVL"},
		// D20's "the Palace", "the Executive": not inside another name
		{why: "the Palace alone", text: "The Palace rejected the senator's call for an investigation into the drug war.", code: "120", src: "---GOV", tgt: "-"},
		{why: "Buckingham Palace", text: "Buckingham Palace criticised the BBC documentary about Prince Harry.", code: "111", src: "---GOV", tgt: "-", none: true},
		{why: "a party's Executive Committee", text: "The Executive Committee of the party expelled three members in Lusaka.", code: "17", src: "ZMBGOV", tgt: "-", none: true},
	}, n20Side)
}
