package pipeline

import "testing"

// TestS27PostureAtHome: a raised alert or a mobilisation (151-154) aimed
// at no one its sentence names is the agent's own state's affair
// (postureAtHome, posturehome_t27.go); a foreign state or place named,
// two states acting, a show of force at sea and a plain test (150) keep
// no target.
func TestS27PostureAtHome(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"police alert after riots", "Uruguay put its police on maximum alert after a string of prison riots.", "151", "URY", "URY"},
		{"terror alert after a bomb", "The Peruvian government raised the national terror alert after a bomb exploded outside a bank.", "152", "PER", "PER"},
		{"reservists called up", "Ecuador called up army reservists as gang violence spread through the port city.", "154", "ECU", "ECU"},
		{"army deployed to guard buildings", "The Tunisian government deployed the army to guard state buildings as unrest spread.", "154", "TUN", "TUN"},
		{"soldiers mobilised to a region", "Ghana mobilised its soldiers to the north after clashes between rival clans.", "154", "GHA", "GHA"},
		// must-not: another state named, at sea, two states, a test
		{"because of a war abroad", "Estonia raised its military alert level because of the war in Ukraine.", "152", "EST", ""},
		{"destroyers sent to a sea", "Japan sent two destroyers to the South China Sea on Tuesday.", "154", "JPN", ""},
		{"two states on alert", "India and Pakistan put their troops on high alert.", "152", "IND", ""},
		{"war games at home", "Iran staged war games in its central desert, state television said.", "150", "IRN", ""},
		{"alert after a neighbour's move", "Lithuania put its army on alert after Belarus moved troops to the border.", "152", "LTU", "BLR"},
	})
}

// TestS27HomeDeploymentReason: a mobilisation or deployment that stays
// in its agent's own state answers the other state's act its "after"
// clause or noun tells, as an alert does (reasonTarget, homeDeployment);
// one sent abroad or to sea keeps its destination, and a reason of the
// agent's own state names no one.
func TestS27HomeDeploymentReason(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"mobilisation after a landing", "Greece declared a general mobilisation after Turkish troops landed on an Aegean islet.", "154", "GRC", "TUR"},
		{"army mobilised after an entry", "Bhutan mobilised its army after Chinese road crews entered the Doklam plateau.", "154", "BTN", "CHN"},
		{"troops rushed home after a clash", "Vietnam rushed extra troops to Cao Bang after a clash with Chinese patrols.", "154", "VNM", "CHN"},
		// must-not: sent abroad, own gunmen, a reason with no one named
		{"sent abroad", "Poland sent troops to Lithuania after a Russian missile strike on a border town.", "154", "POL", "!RUS"},
		{"own gunmen", "Mexico sent soldiers to Sinaloa after cartel gunmen freed a drug lord's son.", "154", "MEX", "MEX"},
		{"no one named", "Sudan rushed troops to Kordofan after the clashes.", "154", "SDN", "SDN"},
	})
}

// TestS27MigrantsCoerced: a state's coercion that found only its own
// state as target, in a sentence naming migrants, refugees or asylum
// seekers of no known state, is aimed at them (---), not at the state's
// own society (migrantsCoerced); people with a state or sector of their
// own keep it, and a sentence with no migrants keeps its own state.
func TestS27MigrantsCoerced(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"pushed back", "Lithuanian border guards pushed 60 migrants back across the frontier.", "174", "LTU", "!LTU"},
		{"dispersed them", "Dozens of asylum seekers camped outside the ministry in Athens, and Greek riot police used batons to disperse them.", "175", "GRC", "!GRC"},
		{"camp raided, people detained", "Croatian police raided a migrant camp near Velika Kladusa, detaining about 50 people.", "173", "HRV", "!HRV"},
		// must-not: smugglers, migrants of a state, no migrants
		{"smugglers arrested", "Hungarian police arrested 12 people accused of smuggling migrants across the border.", "173", "HUN", "HUN"},
		{"Afghan migrants", "Bulgarian police detained 34 Afghan migrants near Sofia.", "173", "BGR", "AFG"},
		{"protesters", "Greek police arrested three protesters in Athens.", "173", "GRC", "GRC"},
	})
}

// TestS27AllegedPlace: a place inside what the person held is accused of
// ("on suspicion of passing files to Russia", "for treason over posts
// supporting the protests in Lithuania") is not where the police or the
// court acted, so it gives the arrest or sentence no foreign target
// (allegedPlace); a place of the arrest itself stays.
func TestS27AllegedPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"on suspicion of passing files to", "Austrian police arrested a former intelligence officer on suspicion of passing classified files to Russia.", "173", "AUT", "!RUS"},
		{"for treason over posts about", "A court in Minsk sentenced the blogger to 12 years in prison for treason over posts supporting the protests in Lithuania.", "173", "BLR", "BLR"},
		{"an employee of a named service", "Swiss police detained an employee of the BND on suspicion of spying for Iran.", "173", "CHE", "DEU"},
		// must-not: the place of the arrest, an allegation with no place
		{"arrested in the capital", "Polish police arrested three men in Warsaw on suspicion of sabotage.", "173", "POL", "POL"},
		{"arrested at a protest", "Dutch police arrested two activists at a protest in Amsterdam.", "173", "NLD", "NLD"},
		{"spying for a state", "Estonian prosecutors charged a university lecturer with spying for Russia.", "173", "EST", "EST"},
	})
}

// TestS27ClaimedPlace: a claim of responsibility for an attack in a
// place is aimed at the place's state, as the attack is (placeAsTarget's
// 015 case); a place before the claim's verb is where it was made.
func TestS27ClaimedPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"attack near a capital", "Islamic State claimed responsibility for an attack on a concert hall near Moscow.", "015", "IMG", "RUS"},
		{"bombings in a country", "Islamic State claimed responsibility for the Christmas Day bombings in Egypt.", "015", "IMG", "EGY"},
		{"attack at a hotel in a city", "Al-Qaeda claimed responsibility for Sunday's suicide attack at a hotel in Bamako.", "015", "IMG", "MLI"},
		// must-not: where the claim was made
		{"speaking in a city", "Speaking in Kabul, a Taliban spokesman claimed responsibility for the ambush.", "015", "AFG", ""},
	})
}

// TestS27IncludedNationals: a group of no state named, followed by the
// state of most or all of its members ("most of them Syrians", "mostly
// Afghans", "all of them Albanians"), is of that state
// (includedNationals); an aside that picks out only some ("among them
// three Americans", "including two British journalists") leaves the
// group as it was.
func TestS27IncludedNationals(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"most of them", "Turkish police detained 40 foreigners, most of them Syrians, in raids in Istanbul.", "173", "TUR", "SYR"},
		{"mostly", "Hungary detained 200 migrants, mostly Afghans, near the Serbian border.", "173", "HUN", "AFG"},
		{"all of them", "Greece arrested a dozen smugglers, all of them Albanians, on the island of Corfu.", "173", "GRC", "ALB"},
		// must-not: a part picked out
		{"among them", "Mali's junta detained about 30 people, among them two Frenchmen, over a foiled plot.", "173", "MLI", "!FRA"},
		{"including", "Police arrested 30 protesters, including two British journalists, in Minsk.", "173", "BLR", "!GBR"},
	})
}

// TestS27RetreatOpponent: a military retreat or surrender that found
// only its own state as target is aimed at the side it gave way to: the
// other state or movement its sentence names, else its opponent in a
// listed two-sided war (retreatOpponent); with neither, it stays.
func TestS27RetreatOpponent(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"withdrew as a movement entered", "Syrian troops withdrew from Palmyra after Islamic State fighters entered the city.", "0874", "SYR", "!SYR"},
		{"surrendered, the other side said", "Russia's defence ministry said the Ukrainian marines on the Dnipro bank had surrendered.", "0874", "UKR", "RUS"},
		{"pulled back under pressure in a two-sided war", "Ukraine pulled its troops back from the outskirts of Pokrovsk to avoid encirclement, the general staff said.", "0874", "UKR", "RUS"},
		{"withdrew under assault in a war that ended later", "Armenian troops withdrew from the village of Parukh after a heavy assault, the defence ministry said.", "0874", "ARM", "AZE"},
		// must-not: no other side named, no listed war, no pressure, a
		// surrender to one's own army
		{"no other side", "Kenyan troops withdrew from the town of Mandera after heavy clashes.", "0874", "KEN", "KEN"},
		{"rotated out to rest", "Russia pulled its troops back to their barracks to rest and refit, the ministry said.", "0874", "RUS", "RUS"},
		{"surrender to own army", "Two FARC guerrillas gave themselves up to the Colombian army.", "0874", "COL", "COL"},
	})
}

// TestS27OffShoreShow: a show of force placed off another state's shore
// is aimed at that state (offShoreShow); an open sea names no one, and a
// seizure at sea stays placeless.
func TestS27OffShoreShow(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"missiles into waters off a state", "North Korea fired three ballistic missiles into waters off Japan on Monday.", "150", "PRK", "JPN"},
		{"test-fired off a state", "Russia test-fired cruise missiles into waters off Norway during a naval exercise.", "150", "RUS", "NOR"},
		// must-not: an open sea, a seizure off a coast
		{"open sea", "India test-fired a missile into the Bay of Bengal.", "150", "IND", ""},
		{"seized off a coast", "Iranian commandos seized a tanker off the coast of Oman.", "1711", "IRN", "!OMN"},
	})
}

// TestS27DeniedActParty: a denial with no target is aimed at the first
// party of another state its sentence names after the verb: the one the
// denied act was done to, or who told of it (deniedActParty); a denial
// naming no one, or only the denier's own land, stays as it was.
func TestS27DeniedActParty(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"claims about a massacre of refugees", "Ethiopia rejected claims that the massacre of Eritrean refugees amounted to a war crime.", "016", "ETH", "ERI"},
		{"allegations others made", "The Kremlin denied the allegations, which Polish prosecutors had made on Monday.", "016", "RUS", "POL"},
		{"bombed camps of refugees", "Sudan denied that its planes had bombed camps of South Sudanese refugees.", "016", "SDN", "SSD"},
		// must-not: no one named, the denier's own land
		{"reports", "Kenya denied the reports on Tuesday, calling them baseless.", "016", "KEN", ""},
		{"own villages", "Myanmar's army denied that its soldiers had torched villages in Rakhine state.", "016", "MMR", "MMR"},
		{"a later clause of its own", "Syria denied that its jets had bombed the town, and Turkey said the evidence was clear.", "016", "SYR", "!TUR"},
	})
}
