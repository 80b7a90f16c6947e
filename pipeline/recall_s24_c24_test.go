package pipeline

import "testing"

// TestRecallS24C24 covers C24's rules for the cooperation and reduction
// roots in wire wording: sanctions imposed and aid halted in the passive
// with no agent (163, 162); talks or cooperation suspended by their noun
// (164, 160); a ceasefire or pact suspended or scrapped (160); airspace
// closed to a state's airlines and visa services suspended for its
// citizens (163); diplomats withdrawn by an order (161); tariffs paused
// or called off and the lifting of sanctions taking effect (085); a
// headline's "resigns" (0831); aid that arrives, arms deliveries and
// relief flights that resume or begin (073, 072); a blogger or another
// state's citizens handed over to it, or a fugitive extradited to it
// after an appositive (063); a leader told to hand over power (1041);
// sanctions tightened or eased in the passive, funding pulled (163, 085,
// 162); the lifting of sanctions announced or named by its noun (085,
// not 163); a withdrawal from talks announced (164). Must-not
// rows show what each rule leaves alone. Every sentence was written for
// this test.
func TestRecallS24C24(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Sanctions imposed and aid halted, no agent named.
		{why: "sanctions imposed, passive", text: "Fresh sanctions were imposed on North Korea on Thursday over its missile launches.", code: "163", src: "-", tgt: "PRK"},
		{why: "embargo imposed, perfect passive", text: "An arms embargo has been imposed on South Sudan until May.", code: "163", src: "-", tgt: "SSD"},
		{why: "old sanctions in a reduced relative", text: "Sanctions imposed on North Korea in 2017 have crippled its coal exports.", code: "163", none: true},
		{why: "budget support suspended, passive", text: "Budget support to Malawi was suspended after the cashgate scandal.", code: "162", src: "-", tgt: "MWI"},
		{why: "aid to a state halted", text: "Development aid to Burkina Faso has been frozen since the coup, diplomats said.", code: "162", src: "-", tgt: "BFA"},
		{why: "aid resumed is no reduction", text: "Development aid to Burkina Faso was restored in March, diplomats said.", code: "16", none: true},
		// Talks and cooperation suspended, told by the noun.
		{why: "suspension of talks announced by", text: "The suspension of negotiations with the ELN was announced by the Colombian government.", code: "164", src: "COL", tgt: "COL"},
		{why: "announced the end of cooperation", text: "Lithuania announced the termination of cooperation with Belarus on energy.", code: "160", src: "LTU", tgt: "BLR"},
		{why: "ended cooperation", text: "Niger ended its security cooperation with France in December.", code: "160", src: "NER", tgt: "FRA"},
		{why: "expanded cooperation", text: "Niger expanded its security cooperation with Russia in December.", code: "16", none: true},
		// A ceasefire or pact suspended or scrapped.
		{why: "truce suspended", text: "The Colombian government suspended the truce with the Clan del Golfo on Sunday.", code: "160", src: "COL", tgt: "COL"},
		{why: "pact scrapped", text: "Pyongyang scrapped its military pact with Seoul on Tuesday.", code: "160", src: "PRK", tgt: "KOR"},
		{why: "truce extended", text: "The Colombian government extended the truce with the Clan del Golfo on Sunday.", code: "16", none: true},
		// Airspace and visas.
		{why: "airspace closed to airlines", text: "Russia shut its airspace to British airlines in retaliation.", code: "163", src: "RUS", tgt: "GBR"},
		{why: "airspace closed to all flights", text: "Iran closed its airspace to all flights for six hours.", code: "163", none: true},
		{why: "visa services halted", text: "Russia halted visa services for Estonian citizens on Monday.", code: "163", src: "RUS", tgt: "EST"},
		// Diplomats withdrawn.
		{why: "withdrawal of the ambassador ordered", text: "Bolivia ordered the withdrawal of its ambassador from Israel.", code: "161", src: "BOL", tgt: "ISR"},
		{why: "withdrawal of troops ordered", text: "Bolivia ordered the withdrawal of its troops from the border.", code: "161", none: true},
		// Tariffs and sanctions eased.
		{why: "tariffs paused", text: "Washington paused the new tariffs on Chinese goods for 90 days.", code: "085", src: "USA", tgt: "CHN"},
		{why: "tariffs called off", text: "The White House called off the tariffs on Colombian imports.", code: "085", src: "USA", tgt: "COL"},
		{why: "lifting took effect", text: "The easing of sanctions on Venezuela took effect on Wednesday.", code: "085", src: "-", tgt: "VEN"},
		{why: "talks paused", text: "Washington paused talks on Chinese tariffs for 90 days.", code: "085", none: true},
		// A headline's "resigns".
		{why: "headline resigns", text: "Pakistan's Khan resigns, ending four-year rule", code: "0831", src: "PAK", tgt: "-"},
		// Aid that arrives, deliveries and flights that resume.
		{why: "aid arrived", text: "Emergency supplies arrived in Derna on Tuesday, a week after the floods.", code: "073", src: "-", tgt: "LBY"},
		{why: "aid workers arrived", text: "Foreign aid workers arrived in Derna on Tuesday.", code: "073", none: true},
		{why: "arms deliveries resumed", text: "Deliveries of American munitions to Israel resumed in May.", code: "072", src: "-", tgt: "ISR"},
		{why: "relief flights resumed", text: "Humanitarian flights to Goma resumed after the airport reopened.", code: "073", src: "-", tgt: "COD"},
		{why: "commercial flights resumed", text: "Commercial flights to Goma resumed after the airport reopened.", code: "07", none: true},
		// A person handed over.
		{why: "activists handed over", text: "Malaysian police handed over three Uighur activists to China.", code: "063", src: "MYS", tgt: "CHN"},
		{why: "a town handed over", text: "The militia handed over the town of Tal Abyad to Syrian troops.", code: "063", none: true},
		// Extradited to a state named after an appositive.
		{why: "extradited, appositive", text: "Honduras extradited Juan Orlando Hernandez, the country's former president, to the United States.", code: "063", src: "HND", tgt: "USA"},
		// A leader told to hand over power.
		{why: "demanded that he hand over power", text: "The opposition demanded that President Kabila hand over power to a transitional council.", code: "1041", src: "-", tgt: "COD"},
		{why: "demanded that bodies be handed over", text: "Families demanded that the army hand over the bodies of the victims.", code: "1041", none: true},
		// Sanctions tightened or eased, funding pulled.
		{why: "sanctions tightened, passive", text: "Sanctions on Russia's banking sector were toughened on Monday.", code: "163", src: "-", tgt: "RUS"},
		{why: "sanctions eased, passive", text: "Sanctions on Syria's electricity sector were relaxed in March.", code: "085", src: "-", tgt: "SYR"},
		{why: "funding pulled from", text: "Germany pulled its funding from the UN refugee agency in Gaza.", code: "162", src: "DEU", tgt: "-"},
		// The lifting of sanctions is no imposition.
		{why: "lifting announced", text: "Brussels announced the easing of sanctions on Syria's banks.", code: "085", src: "-", tgt: "SYR"},
		{why: "lifting announced is no 163", text: "Brussels announced the easing of sanctions on Syria's banks.", code: "163", none: true},
		{why: "easing of US sanctions", text: "The loosening of US sanctions on Cuba was welcomed in Havana.", code: "085", src: "USA", tgt: "CUB"},
		{why: "new sanctions announced", text: "Brussels announced new sanctions on Syria's banks.", code: "085", none: true},
		// A withdrawal from talks announced.
		{why: "withdrawal from talks", text: "The Sudanese army announced its withdrawal from the peace talks in Jeddah.", code: "164", src: "SDN", tgt: "-"},
		{why: "withdrawal from a town", text: "The Sudanese army announced its withdrawal from Wad Madani before the talks.", code: "164", none: true},
		// A UN mission ordered out is expelled, no state's own troops.
		{why: "UN mission ordered out", text: "Mali's junta ordered MINUSMA out of the country.", code: "166", src: "MLI", tgt: "-"},
		{why: "own troops ordered out", text: "The junta ordered Malian troops out of the border town.", code: "166", none: true},
		// Arms deliveries that begin.
		{why: "tank deliveries began", text: "Deliveries of German tanks to Ukraine began in March.", code: "072", src: "-", tgt: "UKR"},
	})
}

// TestRecallS24C24Leave covers C24's Go checks (verb/leave_c24.go,
// verb/visa_c24.go): a state that quits, leaves or exits an international
// body (160), kept only when what is left is a body and the leaver a
// state; the last troops that leave a place (0874), kept only for armed
// men; visas suspended for another state's citizens (163, where 17's
// line gives 172 to a state's own people and to one person's visa).
func TestRecallS24C24Leave(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "quit a bloc", text: "Venezuela quit the Organization of American States in 2019.", code: "160", src: "VEN", tgt: "-"},
		{why: "left a court", text: "The Philippines left the International Criminal Court in 2019.", code: "160", src: "PHL", tgt: "-"},
		{why: "a minister who left a capital", text: "The Malian foreign minister left Bamako for talks in Moscow.", code: "16", none: true},
		{why: "left a body's summit", text: "The Sudanese delegation left the African Union summit in protest.", code: "16", none: true},
		{why: "the last troops left", text: "The last French soldiers left Niger on Friday, ending a decade of counter-terrorism operations.", code: "0874", src: "FRA", tgt: "NER"},
		{why: "the last diplomats left", text: "The last American diplomats left Kabul on Sunday.", code: "0874", none: true},
		{why: "troops left for the front", text: "Ukrainian troops left Kyiv for the front on Monday.", code: "0874", none: true},
		{why: "visas suspended for citizens", text: "China suspended visas for South Korean citizens over the quarantine rules.", code: "163", src: "CHN", tgt: "KOR"},
		{why: "a reporter denied a visa", text: "China denied a visa to an American reporter.", code: "163", none: true},
		{why: "visas curbed for its own people", text: "The junta restricted visas for opposition politicians.", code: "163", none: true},
	})
}
