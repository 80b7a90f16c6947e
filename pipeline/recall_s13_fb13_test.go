package pipeline

import "testing"

// TestS13FB13AttackedFor: "attacked X for" or "over" a ground of criticism
// (double standards, bias, hostility, lies, sanctions) is a verbal attack
// (111), while an armed attack "for hours" or "over the weekend" stays
// force (190).
func TestS13FB13AttackedFor(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "double standards", text: "The Serbian president attacked the EU for double standards.", code: "111", src: "SRBGOV", tgt: "IGOEUREEC"},
		{why: "its double standards on", text: "Pakistan's foreign office attacked India for its double standards on terrorism.", code: "111", src: "PAKGOV", tgt: "IND"},
		{why: "hostility", text: "The Turkish president attacked the Dutch government for its hostility towards Turkish ministers.", code: "111", src: "TURGOV", tgt: "NLDGOV"},
		{why: "bias", text: "The Sri Lankan foreign minister attacked the United Nations over its bias against Colombo.", code: "111", src: "LKAGOV"},
		{why: "handling, possessed", text: "The Iranian foreign minister attacked the Saudi government's handling of the hajj crisis.", code: "111", src: "IRNGOV", tgt: "SAUGOV"},
		{why: "armed attack for hours", text: "Boko Haram fighters attacked the Nigerian army base for hours.", code: "111", none: true},
		{why: "armed attack over the weekend", text: "Houthi rebels attacked a Saudi oil facility over the weekend.", code: "111", none: true},
		{why: "armed attack for a third day", text: "Russian troops attacked Ukrainian positions near Bakhmut for the third day.", code: "111", none: true},
	})
}
