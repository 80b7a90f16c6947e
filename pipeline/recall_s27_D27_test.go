package pipeline

import "testing"

// TestRecallS27D27ShipKinds: a ship named by its kind (a trawler, a
// freighter, a dredger, a schooner, a yacht, a dhow) that a state seizes
// or impounds is property confiscated (1711) from its flag's state, not
// its crew arrested; a ship "run by" or "operated by" someone is that
// operator's. Every sentence was written for this test.
func TestRecallS27D27ShipKinds(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "trawler seized", text: "The Argentine navy seized a Chinese squid trawler off Chubut on Thursday.", code: "1711", src: "ARG", tgt: "CHN"},
		{why: "dredger seized", text: "Jersey's harbour police seized a French scallop dredger near the Ecrehous.", code: "1711", src: "-", tgt: "FRA"},
		{why: "schooner seized", text: "Japan seized a South Korean fishing schooner, the Dae Yang 3, off Tsushima.", code: "1711", src: "JPN", tgt: "KOR"},
		{why: "a tycoon's yacht", text: "Spain seized a Russian businessman's yacht in Mallorca.", code: "181", none: true},
		{why: "operated by", text: "Greece impounded the search vessel Iuventa, operated by a German aid group, for a month.", code: "1711", src: "GRC", tgt: "DEU"},
		{why: "owned by", text: "Venezuela seized the freighter, owned by a Colombian company, near Isla Margarita.", code: "1711", src: "VEN", tgt: "COL"},
		// must not: a ship's kind that nobody seized, and pirates' hijacks
		{why: "storm", text: "A storm sank two trawlers and a yacht off the Breton coast.", code: "17", none: true},
		{why: "pirates", text: "Somali pirates seized a Yemeni dhow off Eyl.", code: "181", src: "-", tgt: "-"},
		{why: "crew arrested", text: "Sri Lanka's navy arrested 12 Indian fishermen and seized their trawler.", code: "173", src: "LKA", tgt: "IND"},
	})
}

// TestRecallS27D27DocumentBan: a law, bill, decree or order "banning"
// or "suspending" trade acts as it is signed, even before a bare noun
// ("a law banning imports of ..."), as keptRelative already held; and
// goods stopped in transit are trade cut with their origin (163). Every
// sentence was written for this test.
func TestRecallS27D27DocumentBan(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "law banning imports", text: "Canada's prime minister signed a law banning imports of Russian aluminium from next year.", code: "163", src: "CAN", tgt: "RUS"},
		{why: "bill suspending imports", text: "Poland's president signed a bill suspending imports of Ukrainian grain.", code: "163", src: "POL", tgt: "UKR"},
		{why: "transit halted", text: "Latvia halted the transit of Russian fertiliser through the port of Ventspils.", code: "163", src: "LVA", tgt: "RUS"},
		{why: "transit banned", text: "Kyrgyzstan banned the transit of Kazakh coal across its territory.", code: "163", src: "KGZ", tgt: "KAZ"},
		// must not: a describing participle and transit resumed
		{why: "law protecting", text: "Canada's prime minister signed a law protecting whistleblowers from dismissal.", code: "16", none: true},
		{why: "transit resumed", text: "Latvia resumed the transit of Russian fertiliser through the port of Ventspils.", code: "16", none: true},
		{why: "negotiating body", text: "The opposition negotiating body met United Nations envoys in Geneva.", code: "163", none: true},
	})
}

// TestRecallS27D27TreatyLeft: a state withdrawn from a treaty, a pact or
// an initiative by its leader, also by an order that does it, reduces
// relations (160) with no target of its own; a state that withdraws
// from an initiative does too. Troops withdrawn stay a pull-back. Every
// sentence was written for this test.
func TestRecallS27D27TreatyLeft(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"leader withdrew his state", "Javier Milei withdrew Argentina from the World Health Organization agreement on pandemics.", "160", "ARG", ""},
		{"decree withdrawing", "The Mexican president issued a decree withdrawing Mexico from the regional migration pact.", "160", "MEX", ""},
		{"initiative", "The Philippines withdrew from Beijing's Belt and Road Initiative last year.", "160", "PHL", "-"},
	})
	checkRootCases(t, p, []rootCase{
		// must not: troops pulled back near an agreement's area
		{why: "troops withdrawn", text: "Armenia withdrew its soldiers from the villages named in the border agreement.", code: "160", none: true},
		{why: "troops withdrew", text: "Ugandan troops withdrew from the town after the coalition's airstrikes.", code: "160", none: true},
	})
}

// TestS27D27OwnStateCoercer: an arrest, a detention or a conviction told
// with no agent and no place is the target's own state's (its police for
// 173, its courts for 116); a place named still gives the state where it
// happened, and people of two states get no source. Every sentence was
// written for this test.
func TestS27D27OwnStateCoercer(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"sentenced, no agent", "Former Brazilian president Jair Bolsonaro was sentenced to 27 years in prison on Thursday.", "116", "BRA", "BRA"},
		{"jailed, relative", "Senegalese opposition leader Ousmane Sonko, who had been jailed since July, won the presidency on Sunday.", "173", "SEN", "SEN"},
		{"placed under arrest", "Tunisian opposition leaders were placed under house arrest on Monday.", "173", "TUN", "TUN"},
		// must not: the place names the state that holds them; two states' people
		{"held abroad", "A French aid worker was detained in Tehran on Sunday.", "173", "IRN", "FRA"},
		{"two states", "Three Kenyan and two Ugandan activists were detained on Friday.", "173", "", "-"},
	})
}

// TestS27D27CourtsOfPlaces: Brussels's own police, courts and juries are
// Belgium's (the bare city stays the EU), and the UN-backed hybrid courts
// named after a state are international courts, not that state's. Every
// sentence was written for this test.
func TestS27D27CourtsOfPlaces(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"Brussels court", "A Brussels court convicted four men of planning an attack on a Jewish school.", "116", "BEL", "-"},
		{"Special Court", "The Special Court for Sierra Leone sentenced the former rebel leader Issa Sesay to 52 years in prison.", "116", "IGO", "-"},
		// must not: the city as the Union
		{"Brussels alone", "Brussels fined Poland for ignoring a court order on its judges.", "-", "IGO", "-"},
	})
}

// TestRecallS27D27HyphenBroker: the state of "a US-brokered agreement"
// or "a Qatari-mediated truce" that two sides sign mediates between them
// (045), as "an agreement brokered by the United States" does; it is no
// side of the signing. Every sentence was written for this test.
func TestRecallS27D27HyphenBroker(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "US-brokered accord", text: "Rwanda and Congo signed a US-brokered peace accord in Washington on Friday.", code: "045", src: "USA", tgt: "RWA"},
		{why: "Qatari-mediated truce", text: "Sudan's army and the RSF signed a Qatari-mediated truce in Doha.", code: "045", src: "QAT", tgt: "-"},
		{why: "capital-brokered deal", text: "Armenia's prime minister signed the Moscow-brokered ceasefire deal with Azerbaijan.", code: "045", src: "RUS", tgt: "AZE"},
		// must not: the broker is no side, and a truce taking effect is no mediation told
		{why: "broker no side", text: "Rwanda and Congo signed a US-brokered peace accord in Washington on Friday.", code: "057", src: "RWA", tgt: "COD"},
		{why: "truce took effect", text: "Fighting resumed hours after a Moscow-brokered truce took effect in Karabakh.", code: "045", none: true},
		{why: "backed militias", text: "Iranian-backed militias signed a truce with the Iraqi army.", code: "045", none: true},
	})
}

// TestRecallS27D27RulingAgainst: a court that rules a party's act
// unlawful, illegal or unconstitutional, or its claim without legal
// basis, finds against it (116); a tribunal placed only at The Hague is
// an international court. Every sentence was written for this test.
func TestRecallS27D27RulingAgainst(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "unlawful", text: "The EU's top court ruled that Poland's disciplinary chamber for judges was unlawful.", code: "116", src: "IGO", tgt: "POL"},
		{why: "no legal basis", text: "The Permanent Court of Arbitration ruled that Russia's claim to the gas field had no legal basis.", code: "116", src: "IGO", tgt: "RUS"},
		{why: "Hague tribunal", text: "A tribunal in The Hague ruled on Friday that Venezuela had illegally seized the oil company's assets.", code: "116", src: "IGO", tgt: "VEN"},
		// must not: a ruling that finds no wrong
		{why: "ruled lawful", text: "The constitutional court ruled that the election would go ahead in May.", code: "116", none: true},
		{why: "ruled in favour", text: "The court ruled that Chile's claim to the sea was well founded.", code: "116", none: true},
	})
}

// TestRecallS27D27RatifiedAccession: a parliament that ratifies another
// state's accession to an alliance signs on to it with that state (057);
// refusing to ratify stays a rejection. Every sentence was written for
// this test.
func TestRecallS27D27RatifiedAccession(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "ratified accession", text: "Slovakia's parliament ratified Montenegro's accession to NATO in a late-night vote.", code: "057", src: "SVK", tgt: "MNE"},
		{why: "ratified membership", text: "The Croatian parliament ratified North Macedonia's membership of the alliance.", code: "057", src: "HRV", tgt: "MKD"},
		// must not: a debate, and a refusal
		{why: "debated", text: "Slovakia's parliament debated Montenegro's accession to NATO in a late-night session.", code: "057", none: true},
		{why: "refused", text: "Slovakia's parliament refused to ratify Montenegro's accession to NATO.", code: "12", src: "SVK", tgt: "MNE"},
	})
}

// TestRecallS27D27EmbassyWork: the operations or work of an embassy
// suspended or halted is the embassy shut (161) towards the state it sits
// in, not an offensive suspended (087). Every sentence was written for
// this test.
func TestRecallS27D27EmbassyWork(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "operations suspended", text: "Estonia suspended the operations of its embassy in Minsk, citing the harassment of its diplomats.", code: "161", src: "EST", tgt: "BLR"},
		{why: "work halted", text: "Ukraine halted the work of its consulate in Saint Petersburg on Monday.", code: "161", src: "UKR", tgt: "RUS"},
		// must not: troops' operations stay a de-escalation
		{why: "troop operations", text: "France suspended the operations of its troops in Mali after the coup.", code: "161", none: true},
	})
}

// TestRecallS27D27AskingParticiple: a participle of asking or urging
// after a noun, with a party for its object, asks that party (020): "wrote
// to Macron asking France to ...". A participle before a common noun
// still names a kind of thing. Every sentence was written for this test.
func TestRecallS27D27AskingParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "letter asking", text: "Giorgia Meloni wrote to Ursula von der Leyen asking Tunisia to stop the boats leaving Sfax.", code: "020", src: "ITA", tgt: "TUN"},
		{why: "envoy urging", text: "The Pope sent a cardinal to Kyiv urging Russia to return the deported children.", code: "02", src: "-", tgt: "RUS"},
		// must not: a participle before a common noun
		{why: "negotiating committee", text: "The Syrian opposition negotiating committee met United Nations envoys in Geneva.", code: "02", none: true},
	})
}

// TestS27D27AmazonFund: Brazil's Amazon Fund is the Brazilian state's,
// not the IMF that its last word alone names. Written for this test.
func TestS27D27AmazonFund(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"pledge to the fund", "Britain pledged 80 million pounds to the Amazon Fund at the climate summit.", "03", "GBR", "BRA"},
		// must not: the bare Fund stays the IMF
		{"the Fund", "Argentina asked the Fund for a new loan programme.", "02", "ARG", "IGO"},
	})
}
