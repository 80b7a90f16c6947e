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

// TestS13FB13KingNoGerund: a headline's title noun after a state's name
// ("Saudi king", "Bahraini king") is no gerund, though it ends in -ing,
// so the -s word after it is the headline's verb; "PM" and "FM" after a
// state adjective are officials, "6 PM" is no actor.
func TestS13FB13KingNoGerund(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "king receives, with full stop", text: "Saudi king receives Iraqi PM.", code: "043", src: "SAUGOV", tgt: "IRQGOV"},
		{why: "king receives, headline", text: "Saudi king receives Iraqi premier in Riyadh", code: "043", src: "SAUGOV", tgt: "IRQGOV"},
		{why: "king meets", text: "Bahraini king meets British foreign secretary", code: "040", src: "BHRGOV", tgt: "GBRGOV"},
		{why: "PM to visit", text: "Pakistani PM to visit China", code: "036", src: "PAKGOV", tgt: "CHN"},
		{why: "FM receives", text: "Saudi crown prince receives Turkish FM.", code: "043", src: "SAUGOV", tgt: "TURGOV"},
		{why: "a time is no official", text: "The Kenyan opposition rally will begin at 6 PM in Nairobi.", code: "04", none: true},
	})
}
