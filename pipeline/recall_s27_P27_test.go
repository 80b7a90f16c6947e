package pipeline

import "testing"

// TestS27P27Referendum: a referendum's outcome is a count of ballots, no
// one's act: voters who approve or reject a domestic question, and an
// electoral body that announces the result, code nothing; what a people
// votes on that another state or an international body put to it keeps
// its code, and so does what a state does about a referendum. Every
// sentence was written for this test.
func TestS27P27Referendum(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "voters reject a domestic amendment", text: "Maltese voters rejected an amendment on the status of the family in Saturday's referendum.", code: "", none: true},
		{why: "commission says voters approved", text: "Voters approved an amendment on the rights of children in a referendum, the electoral commission said.", code: "", none: true},
		{why: "share of voters chose", text: "Officials announced that 64 percent of voters had approved the new basic law in the plebiscite.", code: "", none: true},
		{why: "draft passed", text: "The draft constitution passed with 62 percent of the vote in Sunday's referendum, the central election commission said.", code: "", none: true},
		// must not: a foreign or international plan put to the vote, and
		// a state's acts about a referendum
		{why: "international treaty rejected", text: "Danish voters rejected the European Union's Maastricht treaty in a referendum.", code: "12", src: "DNK", tgt: "-"},
		{why: "a union's deal voted down", text: "Swiss voters rejected the EU framework deal in a referendum on Sunday.", code: "12", src: "CHE", tgt: "-"},
		{why: "referendum results annulled on demand", text: "Kyiv demanded that the Crimean authorities cancel the outcome of their referendum on joining Russia.", code: "10", src: "UKR", tgt: "-"},
		// (a people's vote on its own state, "Irish voters rejected a plan
		// to abolish the Senate", 120 IRL>IRL, also stays: narrowed when a
		// held-out probe lost a root)
		{why: "vote on the state's own plan", text: "Irish voters rejected a plan to abolish the Senate in a referendum, the referendum commission said.", code: "120", src: "IRL", tgt: "IRL"},
		{why: "leader's statement on a referendum", text: "President Erdogan said the referendum had given Turkey a stronger presidency.", code: "010", src: "TUR", tgt: "-"},
	})
}

// TestS27P27TrailingSpeaker: a closing attribution whose speaker no
// dictionary knows (", the mining association said") leaves the
// statement without a speaker; the subject walk does not go on past the
// comma into what was said and take an actor of the content for the
// speaker. Acts the content reports, and statements of known speakers,
// stay. Every sentence was written for this test.
func TestS27P27TrailingSpeaker(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "output on foreign demand", text: "Indonesia's nickel output doubled in two years on demand from Chinese smelters, the mining association said.", code: "", none: true},
		{why: "revenue after attacks", text: "Egypt's revenue from the Suez Canal fell by half after Houthi attacks diverted ships, the canal authority said.", code: "010", none: true},
		{why: "harvest sold abroad", text: "Uzbekistan's cotton harvest was sold mostly to Chinese buyers this year, the textile association said.", code: "", none: true},
		// must not: acts reported and known speakers
		{why: "shelling reported", text: "Rebels shelled the town overnight, the army said.", code: "194", src: "-", tgt: "-"},
		{why: "veto announced", text: "Hungary will veto the sanctions package, a spokesman said.", code: "129", src: "HUN", tgt: "-"},
		{why: "airspace closed", text: "Turkey has closed its airspace to Israeli aircraft, the transport ministry said.", code: "191", src: "TUR", tgt: "ISR"},
		{why: "ministry's statement", text: "The situation on the border with Armenia remains tense, the Azerbaijani foreign ministry said.", code: "010", src: "AZE", tgt: "-"},
	})
}

// TestS27P27DisasterPossessor: a country named only as the possessor of
// an earthquake, a flood or a storm that kills or destroys is where it
// struck, not an agent; the state's own forces and acts stay. Every
// sentence was written for this test.
func TestS27P27DisasterPossessor(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "earthquake with a time phrase", text: "Iran's deadliest earthquake in more than a decade killed 300 people.", code: "", none: true},
		{why: "floods and a participle", text: "Nepal's worst floods in more than a century killed 200 people, sweeping away bridges and roads.", code: "", none: true},
		{why: "hurricane destroyed homes", text: "Haiti's strongest hurricane in more than a decade destroyed thousands of homes.", code: "", none: true},
		// must not: a state's force, and a state's act after the disaster
		{why: "army with a place phrase", text: "Russia's army in more than a dozen places shelled Ukrainian positions.", code: "194", src: "RUS", tgt: "UKR"},
		{why: "arrests after a quake", text: "Turkey's deadliest earthquake killed 50,000 people, and Ankara arrested 100 builders.", code: "173", src: "TUR", tgt: "-"},
		{why: "government forces", text: "Syria's government forces killed 20 people in Homs.", code: "19", src: "SYR", tgt: "-"},
		{why: "victims riot", text: "Nepal's earthquake victims clashed with police in Kathmandu.", code: "145", src: "NPL", tgt: "-"},
	})
}

// TestS27P27BeatFigure: a figure that beats a forecast, an estimate or a
// record is no blow; people beaten stay. Every sentence was written for
// this test.
func TestS27P27BeatFigure(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "orders beat expectations, office says", text: "Japan's machinery orders rose 5 percent in March, beating expectations, the cabinet office said.", code: "", none: true},
		{why: "GDP beat analysts' forecasts", text: "India's GDP grew 8 percent last quarter, beating analysts' forecasts, the statistics ministry said.", code: "18", none: true},
		{why: "exports beat forecasts", text: "South Korea's chip exports jumped 20 percent, beating forecasts by a wide margin.", code: "", none: true},
		// must not: people beaten
		{why: "police beat protesters", text: "Indian police beat protesters in Delhi.", code: "175", src: "IND", tgt: "IND"},
		{why: "soldiers beat a journalist", text: "Soldiers beat a journalist in Harare.", code: "182", src: "ZWE", tgt: "ZWE"},
		{why: "beat back crowds", text: "Riot police beat back crowds outside parliament in Nairobi.", code: "18", src: "KEN", tgt: "-"},
	})
}

// TestS27P27OfficeConfirmed: an assembly that confirms a nomination, an
// appointment or the winner of a vote fills an office, and makes no
// statement; "confirmed that" and "confirmed the death of" stay
// statements. Every sentence was written for this test.
func TestS27P27OfficeConfirmed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "appointment confirmed", text: "Kenya's parliament confirmed the appointment of a new police chief.", code: "", none: true},
		{why: "nominee confirmed", text: "The Philippine Senate confirmed the president's nominee for defence secretary on Tuesday.", code: "", none: true},
		{why: "winner confirmed", text: "Mexico's Congress formally confirmed Claudia Sheinbaum as the winner of the presidential election.", code: "", none: true},
		// must not: statements
		{why: "death confirmed", text: "Russia confirmed the death of its ambassador in Ankara.", code: "010", src: "RUS", tgt: "-"},
		{why: "confirmed that", text: "The IAEA confirmed that Iran had shipped out its enriched uranium.", code: "010", src: "IGO", tgt: "-"},
		{why: "withdrawal confirmed", text: "Ukraine confirmed the withdrawal of its troops from Avdiivka.", code: "010", src: "UKR", tgt: "-"},
	})
}

// TestS27P27OwnSideAccused: a speaker that tells of its own side's acts
// ("said his fighters had ...", "said its forces had ...") accuses no one;
// a report of another party's violence keeps its 112. Every sentence was
// written for this test.
func TestS27P27OwnSideAccused(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "leader on his fighters", text: "Chechnya's leader said his fighters had shot down two Ukrainian drones over Grozny.", code: "112", none: true},
		{why: "founder on his fighters", text: "Wagner's founder Yevgeny Prigozhin said his fighters had taken the village of Klishchiivka.", code: "112", none: true},
		{why: "spokesman on its forces", text: "The Houthis' spokesman said its forces had fired missiles at a Liberian-flagged ship.", code: "112", none: true},
		// must not: another party's violence reported
		{why: "army on Boko Haram", text: "Nigeria's army said Boko Haram fighters had attacked a base in Borno.", code: "112", src: "NGA", tgt: "NGA"},
		{why: "Kyiv on Russian troops", text: "Kyiv said Russian troops had shelled Kharkiv overnight.", code: "112", src: "UKR", tgt: "RUS"},
		{why: "own act stays coded", text: "Wagner's founder Yevgeny Prigozhin said his fighters had taken the village of Klishchiivka.", code: "19", src: "RUS", tgt: "-"},
	})
}

// TestS27P27PartnerManner: a partner named after "with" in a phrase of
// manner ("in coordination with", "in a joint operation with") only says
// how the source did the act coded beside it; joint subjects keep their
// cooperation. Every sentence was written for this test.
func TestS27P27PartnerManner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "airstrikes in coordination with", text: "French forces, in coordination with the Malian army, carried out airstrikes on jihadist positions near Gao.", code: "06", none: true},
		{why: "aid drop in joint operation with", text: "Britain dropped aid over Gaza in a joint operation with Jordan on Tuesday.", code: "06", none: true},
		{why: "arrests in cooperation with", text: "Kenyan police, in cooperation with Somali authorities, arrested 12 al-Shabaab suspects in Mandera.", code: "06", none: true},
		// must not: the acts themselves, and joint subjects
		{why: "airstrikes stay", text: "French forces, in coordination with the Malian army, carried out airstrikes on jihadist positions near Gao.", code: "195", src: "FRA", tgt: "MLI"},
		{why: "joint subjects", text: "Colombian and Ecuadorian soldiers destroyed a rebel camp in a joint operation near the border.", code: "062", src: "COL", tgt: "ECU"},
		{why: "joint exercises", text: "Turkey and Azerbaijan held joint military exercises near Baku.", code: "062", src: "TUR", tgt: "AZE"},
	})
}

// TestS27P27ToldPollsters: people who told pollsters what they think
// answer a poll, however political the words; pollsters arrested stay an
// act. Every sentence was written for this test.
func TestS27P27ToldPollsters(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Germans told pollsters", text: "Most Germans told pollsters they opposed sending tanks to Ukraine.", code: "", none: true},
		{why: "Israelis told pollsters", text: "Two-thirds of Israelis told pollsters that Netanyahu should resign.", code: "", none: true},
		// must not: pollsters as the target of an act
		{why: "pollsters arrested", text: "Police arrested two pollsters in Minsk.", code: "173", src: "BLR", tgt: "-"},
	})
}

// TestS27P27TradePartner: the country a figure's goods go to or come
// from ("exports to Thailand") is a bystander of a statement that only
// passes on the figure; a halt of trade and a plan announced stay.
// Every sentence was written for this test.
func TestS27P27TradePartner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "exports to a partner rose", text: "Ethiopia's coffee exports to Saudi Arabia rose sharply this year, the coffee and tea authority said.", code: "", none: true},
		// must not: acts on trade
		{why: "imports halted", text: "China halted rice imports from Vietnam, the commerce ministry said.", code: "163", src: "CHN", tgt: "VNM"},
		{why: "a stop announced", text: "Russia said gas exports to Europe would stop on Monday.", code: "010", src: "RUS", tgt: "-"},
	})
}
