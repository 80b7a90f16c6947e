package pipeline

import "testing"

// TestS25LeadCrowdCount: a pattern that opens with a crowd's count
// ("thousands of farmers marched on") has the counted group as its agent;
// before the rule the count itself, no actor, left the source empty.
func TestS25LeadCrowdCount(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"count of farmers", "Thousands of farmers marched on parliament in Warsaw to protest against grain imports from Ukraine.", "141", "POL", "POL"},
		{"tens of thousands", "Tens of thousands of teachers marched on the education ministry in Buenos Aires.", "141", "ARG", "ARG"},
		{"adjective before the group", "Hundreds of angry workers marched on the presidential palace in Tegucigalpa.", "141", "HND", "HND"},
	})
}

// TestS25LeadSubordinateParticiple: a clause after "after" whose verb the
// tagger read as a participle ("after the rebels walked/VBN out") keeps
// its subject, so a participle after its comma finds its speaker.
func TestS25LeadSubordinateParticiple(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"accusation after a walkout", "The talks collapsed after the rebels walked out, accusing the government of violating the ceasefire.", "1123", "-", "-"},
	})
}
