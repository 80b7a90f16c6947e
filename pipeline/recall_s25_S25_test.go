package pipeline

import "testing"

// TestS25StationPlace: a bare local phrase after a foreign force and the
// place it is in or came to is of that place's state, not the force's
// (stationPlace). Before the rule the story's count gave the force's own.
func TestS25StationPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"police sent abroad against gangs", "Kenyan police officers arrived in Port-au-Prince to lead a mission against gangs.", "074", "KEN", "HTI"},
		{"troops deployed to a town", "French troops deployed to Timbuktu to fight militants.", "190", "FRA", "MLI"},
		{"troops sent to a capital", "Ugandan troops were sent to Mogadishu to fight militants.", "190", "UGA", "SOM"},
		{"civilians where the troops went", "Nigerian troops arrived in Freetown to protect civilians.", "074", "NGA", "SLE"},
		// must-not: a place in the force's own state, a venue
		{"own state's capital", "Kenyan police officers arrived in Nairobi to lead a mission against gangs.", "074", "KEN", "KEN"},
		{"a meeting's venue", "Chinese officials in Geneva met the rebels.", "040", "CHN", "!CHE"},
	})
}

// TestS25MediatedSides: the bare sides a third party mediates between are
// not the mediator's (mediatorOf); before the rule the story's count, led
// by the mediator, gave them its state.
func TestS25MediatedSides(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"junta and a bloc", "Algeria offered to mediate between the junta and ECOWAS.", "039", "DZA", "!DZA"},
		{"government and rebels", "Qatar offered to mediate between the government and the rebels.", "039", "QAT", "!QAT"},
		{"a truce brokered", "Qatar brokered a truce between the government and the rebels.", "045", "QAT", "!QAT"},
		{"army and paramilitaries", "Kenya tried to mediate between the army and the paramilitaries.", "045", "KEN", "!KEN"},
		// must-not: sides a state the text names still holds
		{"named sides", "Qatar offered to mediate between the Sudanese army and the rebels.", "039", "QAT", "SDN"},
	})
}

// TestS25SceneYieldsToClause: after a visit, a bare phrase whose own
// clause places it in a town of another state is of that town's state,
// not the visited one's (a.scene now yields to clausePlace).
func TestS25SceneYieldsToClause(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"protest at home after a visit", "Ruto visited Haiti on Monday. Protesters marched in Nairobi against the deployment.", "14", "KEN", "-"},
		{"students at home", "Macron visited Algeria on Tuesday. Students marched in Paris against the visit.", "14", "FRA", "-"},
		{"rally at home", "Erdogan visited Germany. Kurdish protesters rallied in Istanbul.", "14", "TUR", "-"},
		// must-not: the scene still gives local people with no place
		{"visited scene", "Li Qiang visited Canberra. Protesters gathered outside Parliament House.", "14", "AUS", "-"},
	})
}
