package pipeline

import "testing"

// TestS14P14DisasterRelative: a relative clause's harm is its
// antecedent's, so a disaster or an accident that "killed" people in a
// relative clause ("after the earthquake in Izmit, which killed 17,000
// people", "the stampede at a stadium that killed 125") is no attack,
// as "An earthquake killed 40 people" was not: the sentence keeps its
// own act (the aid sent, the inquiry opened). An attack, a bombing or a
// strike named as the antecedent keeps its harm. Own wire sentences,
// several regions and decades (byAccident, verb/match.go).
func TestS14P14DisasterRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// The disaster's toll is no event ...
		{"an earthquake after a comma", "Japan sent a team of 70 rescue workers to Turkey after the earthquake in Izmit, which killed more than 17,000 people.", "19", "", "", true},
		{"a stampede with 'that'", "Indonesian police opened an inquiry into the stampede at a football stadium in Malang that killed 125 people.", "19", "", "", true},
		{"a cyclone's name", "The United Nations appealed for 282 million dollars for Mozambique after Cyclone Idai, which killed more than 600 people.", "19", "", "", true},
		{"floods after a participle", "Pakistani troops airlifted food to villages cut off by the floods that killed 1,700 people in July.", "19", "", "", true},
		{"a tsunami", "India sent navy ships to Sri Lanka after the tsunami, which killed more than 30,000 Sri Lankans.", "19", "", "", true},
		{"an earthquake abroad", "Mexico sent rescue teams to Haiti after the earthquake that killed more than 2,200 people in the south of the island.", "19", "", "", true},
		{"a crush of pilgrims", "Iran recalled its ambassador's deputy from Riyadh after the crush near Mecca that killed hundreds of Iranian pilgrims.", "19", "", "", true},
		// ... while the sentence's own act stays ...
		{"the inquiry stays", "Indonesian police opened an inquiry into the stampede at a football stadium in Malang that killed 125 people.", "090", "IDN", "IDN", false},
		{"the aid stays", "Mexico sent rescue teams to Haiti after the earthquake that killed more than 2,200 people in the south of the island.", "07", "MEX", "HTI", false},
		{"the appeal stays", "The United Nations appealed for 282 million dollars for Mozambique after Cyclone Idai, which killed more than 600 people.", "02", "IGOUNO", "-", false},
		// ... and an attack's toll in a relative clause is still harm,
		// of the attack's own kind (P15: an attack on a hotel is 180, a
		// suicide bombing 1831).
		{"an attack on a hotel", "Kenyan police arrested three men over the attack on the DusitD2 hotel complex in Nairobi, which killed 21 people.", "18", "-", "KEN", false},
		{"bombings on the underground", "Police in London arrested two men over the bombings on the underground, which killed 52 commuters.", "18", "-", "GBR", false},
		{"a suicide bombing at a base", "The African Union condemned the suicide bombing at a military base in northern Mali, which killed 12 soldiers.", "18", "-", "MLI", false},
		{"an airport attack with 'that'", "Turkish officials blamed Islamic State for the attack on Istanbul's Ataturk airport that killed 41 people.", "19", "-", "TUR", false},
	})
}

// TestS14P14GuessedConsequence: a hypothetical act named by a noun that
// is the cause or the outcome in a guess at consequences (a modal before
// lead to, trigger, spark, provoke, risk ...) is a forecast, whoever
// writes it, and no event (guessedConsequence); a stated warning and an
// attack that happened before it "could lead to" a war stay. A time phrase ("during") inside a
// disaster subject leaves it the subject (subjectPreps).
func TestS14P14GuessedConsequence(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"a strike that could trigger", "A U.S. strike on Syria could trigger a direct confrontation with Russia, a Moscow think tank warned.", "19", "", "", true},
		{"an attack that may provoke", "A U.S. attack on Syria may provoke retaliation by Iran against Israel, according to a report by a Washington think tank.", "19", "", "", true},
		{"clashes a deployment may lead to", "The deployment may lead to clashes between Indian and Chinese troops in Ladakh, according to a think tank report.", "19", "", "", true},
		{"clashes an execution might spark", "The execution of the Shiite cleric might spark clashes between Saudi security forces and protesters in the Eastern Province, analysts said.", "19", "", "", true},
		{"a warning of what would trigger", "Russia warned that any deployment of NATO troops in Ukraine would trigger a direct conflict.", "13", "RUS", "-", false},
		{"an attack that happened, then the guess", "The drone attack on Saudi oil facilities could well lead to a regional war, Iranian officials warned.", "19", "-", "SAU", false},
		{"a crush during celebrations", "A crowd crush during Halloween celebrations in Seoul killed more than 150 people, officials said.", "19", "", "", true},
		{"a stampede during a procession", "A stampede during a religious procession in Baghdad killed nearly 1,000 Shiite pilgrims.", "19", "", "", true},
		{"gunmen during a service still attack", "Gunmen during a church service in Burkina Faso killed six worshippers, officials said.", "18", "-", "BFA", false},
	})
}

// TestS14P14TradeWarSetting: a trade, tariff or sanctions war between two
// states is sanctions each way when it breaks out or is waged, not when
// it is only the setting or the cause of something else
// (data/verbs/16-reduce.txt).
func TestS14P14TradeWarSetting(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"a trade war as a cause", "A trade war between the United States and China hurt soybean farmers in Iowa.", "16", "", "", true},
		{"a trade war as a feared cause", "Investors fear that a trade war between the United States and China could slow global growth.", "16", "", "", true},
		{"a trade war that could drag on", "Analysts said the trade war between Washington and Beijing could drag on well into next year.", "16", "", "", true},
		{"a trade war that escalated", "A trade war between the United States and China escalated on Friday.", "163", "USA", "CHN", false},
		{"a tariff war that erupted", "A tariff war between Japan and South Korea erupted in July 2019.", "163", "JPN", "KOR", false},
		{"a sanctions war waged", "Russia waged a sanctions war against Ukraine in 2014.", "163", "RUS", "UKR", false},
	})
}

// TestS14P14MarchOn: only armed men march on a place as an attack (190);
// protesters who march on parliament or a palace protest
// (data/verbs/19-fight.txt).
func TestS14P14MarchOn(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"protesters marching on parliament", "Kenyan police fired tear gas at protesters marching on parliament in Nairobi against tax rises.", "19", "", "", true},
		{"students who marched on the presidency", "Thousands of Serbian students marched on the presidency in Belgrade.", "19", "", "", true},
		{"they protest", "Thousands of Serbian students marched on the presidency in Belgrade.", "14", "SRB", "SRB", false},
		{"rebels who marched on the capital", "Rebel fighters marched on Kinshasa in May 1997.", "190", "COD", "COD", false},
		{"troops on positions", "Ugandan rebels marched on the Congolese army's positions near Goma.", "190", "UGA", "COD", false},
	})
}

// TestS14P14MarchInto: only armed men march, move or roll into a place as
// an occupation (192); protesters who march into parliament protest.
func TestS14P14MarchInto(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"protesters into parliament", "Hundreds of protesters marched into parliament in Kampala.", "19", "", "", true},
		{"they protest", "Hundreds of protesters marched into parliament in Kampala.", "14", "UGA", "-", false},
		{"troops moved into a state", "Ethiopian troops moved into Somali territory in December 2006.", "192", "ETH", "SOM", false},
		{"tanks rolled into a town", "Israeli tanks rolled into Bethlehem on Monday.", "192", "ISR", "PSE", false},
	})
}
