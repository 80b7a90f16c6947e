package pipeline

import "testing"

// TestLeadS9RelationAppositive: a relation phrase set off by commas after
// a named actor ("Syria, Iran's closest ally, rejected") is that actor,
// so the clause keeps its subject; a relation phrase that is an item of a
// list, or stands alone, is still other, unnamed states.
func TestLeadS9RelationAppositive(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{"ally appositive", "Syria, Iran's closest ally in the region, rejected the proposal on Monday.", "12", "SYR", "-", false},
		{"partner appositive", "Belarus, Russia's closest partner, hosted joint military drills with Russian troops near the Polish border.", "06", "BLR", "RUS", false},
		{"neighbour appositive", "Kenya, Somalia's southern neighbour, closed its border with Somalia.", "191", "KEN", "-", false},
		{"appositive before the verb, object after", "Pakistan, China's closest ally, condemned India.", "11", "PAK", "IND", false},
		// must-not: the appositive names the state after the relation
		{"appositive naming the ally", "Israel's closest ally, the United States, vetoed the resolution.", "12", "USA", "-", false},
		// must-not: a list item is another party
		{"list item", "Russia, Syria's main ally, and Iran met in Astana on Monday.", "04", "RUS", "IRN", false},
	})
}
