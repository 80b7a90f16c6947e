package pipeline

import "testing"

// TestX36BElectedControl: control of a council, a parliament or a
// majority taken at the polls is no occupation (192); armed men, troops
// and a building or a town keep it. Every sentence was written for this
// test.
func TestX36BElectedControl(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 192 for an election result
		{why: "councils won in an election", text: "Opposition candidates won a landslide in the local elections on Sunday, taking control of 12 of the 15 councils.", code: "192", none: true},
		{why: "a chamber won", text: "The opposition Democrats gained control of the Senate in the midterm elections.", code: "192", none: true},
		{why: "a majority of seats", text: "Nationalist parties took control of a majority of seats in the regional assembly.", code: "192", none: true},
		// must not: armed takers, a building, a town
		{why: "troops take a city", text: "Iraqi troops took control of the city.", code: "192", src: "IRQ", tgt: "-"},
		{why: "protesters take a building", text: "Protesters took control of the parliament building in Kyiv.", code: "192"},
		{why: "soldiers take parliament", text: "Soldiers seized control of parliament in Bamako.", code: "192"},
		{why: "gunmen take a strip", text: "Hamas gunmen took control of the Gaza Strip on Thursday.", code: "192"},
	})
}

// TestX36BSeekTo: "seek to" with a verb is an aim, not an appeal (02);
// a party named after "from" is still asked, and "seek" with a noun
// stays an appeal. Every sentence was written for this test.
func TestX36BSeekTo(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded an appeal (02) for an aim
		{why: "seeks to attract investment", text: "The new government in Harare seeks to attract foreign investment after years of isolation.", code: "02", none: true},
		{why: "seeking to raise funds", text: "Kenya is seeking to raise funds for its new railway.", code: "02", none: true},
		// must not: a party asked after "from", a noun after "seek"
		{why: "aid from Germany", text: "Ukraine seeks to secure more air defence aid from Germany.", code: "02"},
		{why: "investment sought", text: "Egypt sought more investment from the Gulf states.", code: "0211"},
	})
}
