package pipeline

import "testing"

// TestF40BombDestroyed: a bomb told by what it destroyed, wrecked or sank
// is a bombing (183), a car or truck bomb 1832; a vehicle packed with
// explosives, or driven into a target, is a car bomb. A storm or a fire
// that destroys is no one's act, and a truck packed with food no bomb.
func TestF40BombDestroyed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a car bomb destroyed", text: "A car bomb destroyed a police station in the Colombian city of Cali.", code: "1832", src: "-", tgt: "COL"},
		{why: "a truck bomb devastated", text: "A truck bomb devastated the Jordanian embassy in Baghdad.", code: "1832", src: "-", tgt: "JOR"},
		{why: "a bomb wrecked", text: "A bomb wrecked a Shiite mosque in the Pakistani city of Quetta.", code: "183", src: "-", tgt: "PAK"},
		{why: "bombs sank a ship", text: "Two bombs sank a ferry in the Philippine port of Zamboanga.", code: "183", src: "-", tgt: "PHL"},
		{why: "a truck packed with explosives blew up", text: "A truck packed with explosives blew up the American embassy in Nairobi.", code: "1832", src: "-", tgt: "USA"},
		{why: "drove an explosives-laden car into", text: "Somali militants drove an explosives-laden car into the gate of an army base in Mogadishu.", code: "1832", src: "SOM", tgt: "SOM"},
	})
	// must not: the weather, a fire, a truck of food, an armoured car
	checkRootNot(t, p, "18", "A storm destroyed dozens of homes in the Colombian city of Cali.")
	checkRootNot(t, p, "18", "The fire destroyed the dome of an Iraqi shrine in Samarra.")
	checkRootNot(t, p, "18", "A truck packed with food reached the Somali town of Baidoa.")
	checkRootNot(t, p, "18", "Somali police drove an armoured car into the gate of the ministry.")
}

// TestF40ProtestForms: a crowd counted with "of" that rallied, workers who
// stayed away from work, a boycotted swearing-in or sitting, and
// protesters, truckers or supporters who blockaded a city centre, a
// parliament or a port are protests (141, 143, 144). The markets'
// "rallied", officials who stayed away from a summit and a state's
// blockade of ports are not.
func TestF40ProtestForms(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "thousands of a people rallied", text: "Thousands of Israelis rallied in Tel Aviv on Saturday.", code: "141", src: "ISR", tgt: "-"},
		{why: "tens of thousands of a people rallied", text: "Tens of thousands of Russians rallied in Moscow on Saturday.", code: "141", src: "RUS", tgt: "-"},
		{why: "stayed away from work", text: "Zimbabwean workers stayed away from work in a general strike.", code: "143", src: "ZWE", tgt: "-"},
		{why: "boycotted the swearing-in", text: "The Zimbabwean opposition boycotted the swearing-in of the president.", code: "143", src: "ZWE", tgt: "ZWE"},
		{why: "truckers blockaded the centre", text: "Canadian truck drivers have blockaded the centre of the capital for a week.", code: "144", src: "CAN", tgt: "-"},
		{why: "supporters blockaded the parliament", text: "Georgian opposition supporters blockaded the parliament in Tbilisi.", code: "144", src: "GEO", tgt: "GEO"},
	})
	// must not: a currency rallied, officials stayed away, a state's blockade
	checkRootNot(t, p, "14", "The Japanese yen rallied in Tokyo on Monday.")
	checkRootNot(t, p, "14", "Zimbabwean officials stayed away from the summit in Harare.")
	checkRootNot(t, p, "14", "Israel blockaded the ports of the Gaza Strip.")
}

// TestF40AidArrivedShield: ships or planes that arrive carrying relief
// bring aid (073), not a visit; peacekeepers deployed "to" a place and a
// peacekeeping mandate extended are protection (074); a person tied to a
// vehicle "as a human shield" is used as one (184).
func TestF40AidArrivedShield(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "navy ships arrived carrying water", text: "Australian navy ships arrived in Nuku'alofa carrying water and tents after the eruption.", code: "073", src: "AUS", tgt: "TON"},
		{why: "peacekeepers were deployed to a town", text: "UN peacekeepers were deployed to the Central African town of Bambari on Monday.", code: "074", src: "-", tgt: "CAF"},
		{why: "mandate of a mission extended", text: "The UN Security Council extended the mandate of the UN mission in South Sudan for another year.", code: "074", src: "IGO", tgt: "IGO"},
		{why: "tied to a jeep as a human shield", text: "An Indian army officer tied a Kashmiri man to the bonnet of a jeep as a human shield.", code: "184", src: "IND", tgt: "IND"},
	})
	// must not: warships with missiles, a governor's mandate, armour
	// called a shield
	checkRootNot(t, p, "07", "Russian warships arrived in Havana carrying cruise missiles.")
	checkRootNot(t, p, "07", "Parliament extended the mandate of the governor for another year.")
	checkRootNot(t, p, "18", "The Indian army officer described the jeep's armour as a shield against stones.")
}

// TestF40HandedDeportedStormed: a suspect handed "to" a tribunal and
// suspects deported with no destination named are judicial cooperation
// (063); diesel supplied to a neighbour is trade (061); protesters or a
// crowd who storm or seize a building, whatever its name, riot (145).
func TestF40HandedDeportedStormed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "handed a genocide suspect to the tribunal", text: "Tanzania handed a Rwandan genocide suspect to the UN tribunal in Arusha.", code: "063", src: "TZA", tgt: "IGO"},
		{why: "deported suspects", text: "The Philippines deported four Japanese suspects in a string of robberies.", code: "063", src: "PHL", tgt: "JPN"},
		{why: "began supplying diesel to", text: "India began supplying diesel to Bangladesh through a cross-border pipeline.", code: "061", src: "IND", tgt: "BGD"},
		{why: "protesters stormed a named residence", text: "Bangladeshi protesters stormed Ganabhaban in Dhaka on Monday.", code: "145", src: "BGD", tgt: "-"},
		{why: "protesters seized a seat of government", text: "Kyrgyz protesters seized the White House in Bishkek.", code: "145", src: "KGZ", tgt: "-"},
	})
	// must not: a list of suspects, tourists deported, police seizing
	checkRootNot(t, p, "06", "Tanzania handed a list of suspects to journalists in Arusha.")
	checkRootNot(t, p, "06", "The Philippines deported four Japanese tourists for overstaying their visas.")
	checkRootNot(t, p, "14", "Kyrgyz police seized the White House in Bishkek.")
}
