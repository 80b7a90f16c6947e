package pipeline

import "testing"

// TestRecallS22R22 codes sentences written for R22's causes of sentences
// that coded nothing or lost a root: a vehicle inside the subject's
// prepositional phrase read as a road accident, a second verb phrase
// after ", and" whose past form the tagger made an adjective, the
// military's "take out", and a count of people arrested in a headline
// clause. Must-not rows keep accidents, lists, loans and tolls uncoded.
func TestRecallS22R22(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// A device on a vehicle is the subject; the vehicle ran no one over.
		{why: "bomb on a minibus", text: "A bomb on a packed minibus killed 11 commuters in Peshawar.", code: "183", src: "-", tgt: "PAK"},
		{why: "bomb hidden under a lorry", text: "A bomb hidden under a lorry killed four soldiers near Kirkuk.", code: "183", src: "-", tgt: "IRQ"},
		{why: "device hidden/NN in a motorcycle", text: "An explosive device hidden in a motorcycle killed six people in Mogadishu.", code: "183", src: "-", tgt: "SOM"},
		{why: "bomb placed on a tram", text: "A bomb placed on a tram killed seven people in Volgograd.", code: "183", src: "-", tgt: "RUS"},
		{why: "bomb inside a taxi", text: "A bomb inside a taxi killed five people in Maiduguri.", code: "183", src: "-", tgt: "NGA"},
		{why: "gunman on a motorcycle", text: "A gunman on a motorcycle killed a journalist in Karachi.", code: "18", src: "-", tgt: "PAK"},
		{why: "a speeding bus is an accident", text: "A speeding bus killed two pedestrians in Nairobi.", code: "18", none: true},
		{why: "a speeding bus is no fight", text: "A speeding bus killed two pedestrians in Nairobi.", code: "19", none: true},
		{why: "a runaway truck", text: "A runaway truck killed four people at a market in Kano.", code: "19", none: true},
		{why: "a driver in a truck is still an accident", text: "A driver in a truck killed three cyclists near Lyon.", code: "19", none: true},
		{why: "a drunk driver in a car", text: "A drunk driver in a car killed two children in Leeds.", code: "19", none: true},
		{why: "a driver in a car, no assault", text: "A drunk driver in a car killed two children in Leeds.", code: "18", none: true},

		// ", and" + a past form the tagger read as an adjective.
		{why: "ultimatum, and imposed sanctions", text: "ECOWAS gave the junta a week to reinstate the president, and imposed sanctions on Niger.", code: "163", src: "IGO", tgt: "NER"},
		{why: "condemned, and imposed sanctions", text: "The EU condemned the coup in Bamako, and imposed sanctions on Mali.", code: "163", src: "IGO", tgt: "MLI"},
		{why: "cancelled talks, and imposed sanctions", text: "Beijing cancelled the military talks, and imposed sanctions on Raytheon.", code: "163", src: "CHN", tgt: "-"},
		{why: "fired tear gas, and arrested", text: "Kenyan police fired tear gas at the crowd, and arrested opposition supporters in Kisumu.", code: "173", src: "KEN", tgt: "KEN"},
		{why: "a list of three keeps its adjective", text: "The clinic in Kabul treated soldiers, police, and injured bystanders after the blast.", code: "19", none: true},
		{why: "a list of three, no assault", text: "The clinic in Kabul treated soldiers, police, and injured bystanders after the blast.", code: "18", none: true},
		{why: "a subject of its own after the comma", text: "Rescuers pulled survivors from the rubble in Antakya, and injured residents were flown to Ankara.", code: "19", none: true},

		// "take out", "knock out": the military's destroying.
		{why: "quoted claim: took out a depot", text: "\"We took out a Russian ammunition depot in Kherson,\" the Ukrainian military said.", code: "190", src: "UKR", tgt: "RUS"},
		{why: "quoted claim: knocked out batteries", text: "\"Our forces knocked out two Armenian artillery batteries,\" Azerbaijan's defence ministry said.", code: "190", src: "AZE", tgt: "ARM"},
		{why: "took out rocket launchers", text: "Israeli jets took out Hezbollah rocket launchers in southern Lebanon.", code: "190", src: "ISR", tgt: "LBN"},
		{why: "reported: had taken out positions", text: "The Turkish army said it had taken out PKK positions in northern Iraq.", code: "190", src: "TUR", tgt: "-"},
		{why: "a loan taken out", text: "The Kenyan government took out new loans in March.", code: "19", none: true},
		{why: "adverts taken out", text: "The opposition took out full-page adverts against the president.", code: "19", none: true},
		{why: "a loan for tanks", text: "\"We took out a loan to buy two tanks,\" the Ugandan defence minister said.", code: "19", none: true},
		{why: "a storm knocked out a radar station", text: "A storm knocked out power lines and a radar station on Guam.", code: "19", none: true},
		{why: "an injury knocked out a captain", text: "The injury knocked out Brazil's captain before the match against Argentina.", code: "19", none: true},

		// A count of people held, in a headline clause.
		{why: "; 25 detained", text: "Police raided opposition offices in Harare; 25 detained.", code: "173", src: "-", tgt: "-"},
		{why: "; dozens injured, 30 detained", text: "Clashes erupted in Tbilisi; dozens injured, 30 detained.", code: "173", src: "-", tgt: "-"},
		{why: ": 60 detained", text: "Crackdown in Tehran: 60 detained.", code: "173", src: "IRN", tgt: "IRN"},
		{why: "at least 200 were arrested", text: "At least 200 were arrested in Minsk.", code: "173", src: "BLR", tgt: "BLR"},
		{why: "Twelve/NNP arrested", text: "Twelve arrested after riots in Leicester.", code: "173", src: "GBR", tgt: "GBR"},
		{why: "40 arrested as protests spread", text: "40 arrested as protests spread to Lyon.", code: "173", src: "-", tgt: "FRA"},
		{why: "; 200 detained", text: "Strikes paralysed Lagos; 200 detained.", code: "173", src: "-", tgt: "-"},
		{why: "a toll after an attack is no act of its own", text: "Soldiers opened fire on protesters in Khartoum; 9 killed.", code: "19", none: true},
		{why: "a toll after a riot", text: "Riots erupted in Dhaka; 12 killed.", code: "19", none: true},
		{why: "the arrested are a subject, released", text: "The 40 arrested in Lyon were released on Monday.", code: "17", none: true},
		{why: "a count after the verb is its object", text: "Police in Lyon arrested 40 on Monday.", code: "173", src: "FRA", tgt: "-"},
	}
	checkRootCases(t, p, cases)
}
