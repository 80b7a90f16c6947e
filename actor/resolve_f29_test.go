package actor

import "testing"

// TestResolveF29TradeNoun: weapons that are the "of" of a noun of sale or
// hand-over are goods whatever the clause's verb, so the state after their
// "from" is the seller, an actor of its own; weapons that act, weapons hit
// and people from a state still take its country.
func TestResolveF29TradeNoun(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Peru took delivery of new fighter jets from Brazil.", "2024-01-01", "PER BRA"},
		{"Kyrgyzstan finalised the purchase of drones from Turkey.", "2024-01-01", "KGZ TUR"},
		{"A consignment of drones from Iran reached Russia.", "2024-01-01", "IRN RUS"},
		// Must nots: no noun of trade, so the weapons or people are the state's.
		{"Syria shot down jets from Turkey.", "2024-01-01", "SYR TURMIL"},
		{"Warplanes from Russia bombed the town.", "2024-01-01", "RUSMIL"},
		{"Troops from Pakistan arrived in Mali.", "2024-01-01", "PAKMIL MLI"},
		{"The fleet of drones from Iran struck Ukraine.", "2024-01-01", "IRNMIL UKR"},
	})
}
