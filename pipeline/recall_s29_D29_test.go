package pipeline

import "testing"

// TestRecallS29D29DocumentsActing: orders, decrees, bills and laws in the
// plural act as they are signed, like the singular ("signed orders
// imposing tariffs on ..."); a describing participle still describes.
// Every sentence was written for this test.
func TestRecallS29D29DocumentsActing(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "decrees imposing", text: "Argentina's president signed decrees imposing new duties on imports from Brazil.", code: "163", src: "ARG", tgt: "BRA"},
		{why: "bills banning", text: "Lithuania's parliament passed bills banning imports of Belarusian fertiliser.", code: "163", src: "LTU", tgt: "BLR"},
		// must not: a describing participle
		{why: "orders protecting", text: "Argentina's president signed orders protecting glaciers from mining.", code: "16", none: true},
	})
}

// TestRecallS29D29RulingParty: a participle of holding power or of war
// before an actor's head ("its ruling party", "the governing coalition")
// is no ruling or verdict a pattern names; compound nouns such as "a
// peacekeeping force" keep their noun. Every sentence was written for
// this test.
func TestRecallS29D29RulingParty(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "sanctions on the ruling party", text: "Britain imposed sanctions on Nicaragua's army and its ruling party over the crackdown.", code: "163", src: "GBR", tgt: "NIC"},
		{why: "no verdict on the ruling party", text: "Britain imposed sanctions on Nicaragua's army and its ruling party over the crackdown.", code: "116", none: true},
		{why: "no verdict on the governing coalition", text: "Canada imposed sanctions on Serbia's police and its governing coalition.", code: "116", none: true},
	})
}

// TestRecallS29D29AidAgencyBanned: an aid, refugee or health organisation
// banned or barred from working is an aid agency expelled (1663); rights
// groups, politicians and parties so banned keep their own codes. Every
// sentence was written for this test.
func TestRecallS29D29AidAgencyBanned(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "food agency banned", text: "Burundi banned the World Food Programme from working in the north.", code: "1663", src: "BDI", tgt: "IGO"},
		{why: "charity barred", text: "Zimbabwe barred Oxfam from operating in rural districts.", code: "1663", src: "ZWE", tgt: "NGO"},
		// must not: a rights group and a politician banned
		{why: "rights group", text: "Russia banned Amnesty International from operating in the country.", code: "1663", none: true},
		{why: "politician", text: "Thailand banned the opposition leader from politics for ten years.", code: "1663", none: true},
	})
}

// TestS29D29ShipFlag: a ship named and then described by its flag or
// owner ("the Stena Impero, a British-flagged tanker") is that state's
// when it is seized, hijacked or attacked; two such ships, or a ship of
// the attacker's own state, give no target. Every sentence was written
// for this test.
func TestS29D29ShipFlag(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"seized, flagged", "Iranian commandos seized the Stena Impero, a British-flagged tanker, in the Strait of Hormuz.", "17", "IRN", "GBR"},
		{"hijacked, owner", "Pirates hijacked the Nave Atropos, a Norwegian-owned tanker, off Togo.", "181", "-", "NOR"},
		{"passive, flag", "The Galaxy Crown, a Panamanian-flagged bulk carrier, was struck by a Houthi drone.", "19", "YEM", "PAN"},
		// must not: two named ships; a state's own ship
		{"two ships", "Pirates hijacked the Aris Star, a Comoros-flagged tanker, and the Al Noor, an Indian dhow.", "181", "-", "!COM"},
		{"own ship", "Iranian commandos seized the Sahand Star, an Iranian oil tanker, in the Gulf.", "17", "IRN", "!IRN"},
	})
}

// TestRecallS29D29PowerHeld: a power or a right held ("the power of
// veto", "powers of arrest", "its veto power") is no act; a pattern that
// spells the power ("seized power") and a veto cast still code. Every
// sentence was written for this test.
func TestRecallS29D29PowerHeld(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "veto cast with its power", text: "China used its veto power to block the draft on Myanmar.", code: "129", src: "CHN", tgt: "-"},
		{why: "power seized", text: "Guinea's army seizes power, detains president", code: "18", src: "GIN", tgt: "-"},
		// must not: the powers held
		{why: "power of veto", text: "Britain is one of five members of the Security Council with the power of veto.", code: "129", none: true},
		{why: "powers of arrest", text: "Kenyan traffic wardens were given powers of arrest over drivers.", code: "173", none: true},
	})
}

// TestS29D29OfficeHeld: a bare "office" after "in", "took", "left" and
// the like is the post held, not a body, and does not swallow the name
// after it ("a year in office Milei signed"); an office named as a body
// still speaks. Every sentence was written for this test.
func TestS29D29OfficeHeld(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"in office, then a name", "After a year in office Milei issued a decree withdrawing Argentina from the UN migration pact.", "160", "ARG", ""},
		{"took office, then a name", "Weeks after he took office Lula ordered troops into Yanomami lands against illegal miners.", "-", "BRA", "-"},
		// must not: the office as a body
		{"the president's office", "The Kenyan president's office accused Uganda of arming rebels.", "11", "KEN", "UGA"},
	})
}
