package pipeline

import "testing"

// TestS35BTriggeredSanctions: the states that trigger the return of
// sanctions impose them (163), though a body's name says whose the
// sanctions are; a body's sanctions named beside another verb keep the
// body as their source, and a return of something else is no sanction.
func TestS35BTriggeredSanctions(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "three states trigger UN sanctions", text: "Britain, France and Germany triggered the return of United Nations sanctions on Iran over its nuclear programme.", code: "163", src: "GBR", tgt: "IRN"},
		{why: "one state, reimposition", text: "France triggered the reimposition of UN sanctions against Iran on Thursday.", code: "163", src: "FRA", tgt: "IRN"},
		// must not: a state that only condemns the body's sanctions, a
		// return of investors
		{why: "sanctions condemned", text: "Russia condemned the return of UN sanctions on Iran.", code: "163", src: "IGO", tgt: "IRN"},
		{why: "investors returning", text: "The vote triggered the return of investors to Iran.", code: "163", none: true},
	})
}

// TestS35BLoyalArmedMen: armed men of no named state "loyal to" a clan, a
// cartel or a fallen government are the state of the place their clause
// names; bare gunmen, gunmen loyal to a state, and a place the text does
// not name leave the source as it was.
func TestS35BLoyalArmedMen(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"loyal to a fallen government", "Gunmen loyal to the former government ambushed security forces near Jableh on the coast, killing at least 13 of them.", "19", "SYR", "SYR"},
		{"loyal to a clan", "Gunmen loyal to the Ampatuan clan abducted and killed 57 people in a convoy in the southern Philippine province of Maguindanao, police said.", "18", "PHL", "PHL"},
		{"loyal to a warlord", "Gunmen loyal to a local warlord attacked a police station in Kandahar.", "19", "AFG", "AFG"},
		// must not
		{"bare gunmen", "Gunmen ambushed security forces near Jableh, killing at least 13 of them.", "19", "!SYR", "SYR"},
		{"loyal to a state", "Gunmen loyal to Russia attacked a police post in Donetsk.", "19", "!UKR", "UKR"},
	})
}
