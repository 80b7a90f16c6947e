package pipeline

import "testing"

// TestS18U18OwnSide codes sentences written for U18: a belligerent's own
// forces named "our" or "its" in a communique, "enemy" before its arms,
// "the enemy" of a side the table does not list, counted subjects in the
// active perfect, forces driven out by a speaker, and sanctions or fines
// that "hit". Must-not rows stay beside them.
func TestS18U18OwnSide(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// "our"/"its" forces are the speaker's.
		{"our units in a quoted communique", `"Our units liquidated 140 occupiers near Robotyne," Ukraine's General Staff said.`, "19", "UKR", "RUS"},
		{"our forces quoted, against the other side's drone", `"Our forces downed an Azerbaijani drone near Shusha," the Armenian defence ministry said.`, "19", "ARM", "AZE"},
		{"our troops reported after said", "The Indian army said our troops had destroyed two Pakistani posts.", "19", "IND", "PAK"},
		{"our units, attributed after a comma with no quotes", "Our units eliminated 320 occupiers in the Zaporizhzhia direction over the past day, Ukraine's General Staff said.", "19", "UKR", "RUS"},
		{"its units of the state named before", "Azerbaijan's defence ministry said its units had suppressed Armenian firing points.", "19", "AZE", "ARM"},
		// "enemy" before arms.
		{"enemy tanks are the opponent's", "Ukraine's defence ministry said its artillery destroyed four enemy tanks near Vuhledar.", "19", "UKR", "RUS"},
		{"enemy bunkers across the LoC", "Pakistan's military said its troops destroyed enemy bunkers along the Line of Control.", "19", "PAK", "IND"},
		{"enemy drones shot down", "Russia's defence ministry said air defences shot down 30 enemy drones over Belgorod.", "19", "RUS", "UKR"},
		// "the enemy" of an unlisted side is nobody's, not the place's.
		{"no enemy table for Israel: not Gaza's enemy", "The Israeli military said the enemy had fired rockets from Gaza.", "19", "!ISR", "-"},
		{"no enemy table for Colombia: not the place's", "The Colombian army said the enemy had shelled a base in Arauca.", "19", "!COL", "-"},
		// Counted subjects in the active perfect.
		{"counted fighters have surrendered", "More than 150 Boko Haram fighters have surrendered to Nigerian troops in the past two weeks.", "08", "NGA", "NGA"},
		{"a count opened by about", "About 600 ADF fighters have surrendered to Ugandan troops since January, the army said.", "08", "-", "UGA"},
		// Driven out, told by the force itself.
		{"it had driven X out of a town", "The Malian army said it had driven jihadist fighters out of the town of Boni.", "19", "MLI", "-"},
		{"they pushed X out of a village", "Ukrainian officials said they had pushed Russian troops out of the village.", "19", "UKR", "RUS"},
		// Sanctions and fines that hit.
		{"hit X's ships with sanctions", "Britain hit Iranian oil tankers with new sanctions.", "16", "GBR", "IRN"},
		{"hit a firm with a fine", "The European Commission hit Microsoft with a record fine.", "116", "-", "USA"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "sanctions that hit are no force", text: "Washington hit Russian tankers with fresh sanctions.", code: "19", none: true},
		{why: "a storm hit with winds", text: "The storm hit Cuba with strong winds.", code: "1", none: true},
		{why: "police drove protesters out of a square", text: "Turkish police said they drove the protesters out of the park.", code: "19", none: true},
		{why: "floods drove families out of homes", text: "The war ruined the town and it drove its people out of their homes.", code: "19", none: true},
		{why: "a passive toll in the perfect stays background", text: "More than 300 people have been killed since the clashes began.", code: "19", none: true},
		{why: "about a number of things after the verb is no subject", text: "Police talked for about 30 minutes with the protest leaders.", code: "17", none: true},
		{why: "a passive toll opened by about stays background", text: "About 500 people have been killed since the war began in April.", code: "18", none: true},
		{why: "our soldiers praised are no act", text: `"Our soldiers are heroes," the Indian prime minister told a rally.`, code: "19", none: true},
	})
}
