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
