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

// TestS13FB13BareCounterpart: "his counterpart" with no state on the noun
// is the same office of the state named after it by "from" or "of", or
// of the place the meeting is in; a place of the holder's own state, or
// none, names no counterpart.
func TestS13FB13BareCounterpart(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "met in a capital", text: "The Egyptian foreign minister met his counterpart in Athens on Monday.", code: "040", src: "EGYGOV", tgt: "GRCGOV"},
		{why: "held talks, person holder", text: "Lavrov held talks with his counterpart in Ankara.", code: "040", src: "RUSGOV", tgt: "TURGOV"},
		{why: "her counterpart", text: "The Japanese prime minister met her counterpart in Seoul.", code: "040", src: "JPNGOV", tgt: "KORGOV"},
		{why: "from a state", text: "The Indian defence minister held talks with his counterpart from Australia.", code: "040", src: "INDGOV", tgt: "AUSGOV"},
		{why: "future meeting", text: "The Chinese foreign minister will meet his counterpart in New Delhi next week.", code: "036", src: "CHNGOV", tgt: "INDGOV"},
		{why: "in a capital, with a date and purpose", text: "Wang Yi met his counterpart in Moscow on Tuesday to discuss the Ukraine crisis.", code: "040", src: "CHNGOV", tgt: "RUSGOV"},
	})
	// A holder with no state (rebels) gives the counterpart none either.
	for _, e := range codeText(t, p, "2024-05-01", "Rebel leaders met their counterparts in Kampala.") {
		if tg := actorCodes(e.Target); tg == "UGAREB" || tg == "UGAGOV" || actorCodes(e.Source) == "UGAREB" {
			t.Errorf("rebels' counterparts got Uganda: %s %s>%s", e.CAMEO, actorCodes(e.Source), tg)
		}
	}
	// The holder's own capital, or no place, gives the counterpart no state.
	for _, text := range []string{
		"The Egyptian foreign minister met his counterpart in Cairo on Monday.",
		"The Brazilian president called his counterpart to discuss trade.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if tg := actorCodes(e.Target); tg == "EGYGOV" || tg == "BRAGOV" || tg == "EGY" || tg == "BRA" {
				t.Errorf("%q: counterpart got the holder's own state, %s %s>%s", text, e.CAMEO, actorCodes(e.Source), tg)
			}
		}
	}
}

// TestS13FB13ReportedThat: a that-clause with a tensed verb after
// "reported" is a statement (010), as after "said"; "reported heavy
// losses" or "a profit" is none.
func TestS13FB13ReportedThat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "reported that, bare officials", text: "Local officials reported that hundreds of families had fled the fighting.", code: "010", src: "---GOV", tgt: "-"},
		{why: "reported that, police", text: "Kenyan police reported that the attackers had fled towards Somalia.", code: "010", src: "KENCOP", tgt: "-"},
		{why: "reported on a day that", text: "The Afghan health ministry reported on Sunday that the death toll had risen to 40.", code: "010", src: "AFGGOV", tgt: "-"},
		{why: "reported that, army, event kept", text: "The Iraqi army reported that it had retaken the town of Baiji.", code: "010", src: "IRQMIL", tgt: "-"},
		{why: "reported losses", text: "The Sudanese army reported heavy losses among the rebels.", code: "010", none: true},
		{why: "reported a profit", text: "The Brazilian oil company Petrobras reported a profit that was higher than expected.", code: "010", none: true},
	})
}

// TestS13FB13CommuneSeat: a small third-order seat (an Italian or French
// commune) no longer outranks a larger plain town of its name, so "Uri"
// is the Kashmir town, not the Sardinian commune, and its actors are
// India's; a sentence that names the commune's region keeps it.
func TestS13FB13CommuneSeat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "bare Uri", text: "Terrorists attacked an army camp in Uri.", code: "190", src: "INDREB", tgt: "INDMIL"},
		{why: "Uri with a count", text: "Militants stormed an army brigade headquarters in Uri, killing 17 soldiers.", code: "190", src: "INDREB"},
		{why: "Uri, Sardinia", text: "Italian police arrested two men in Uri, Sardinia.", code: "173", src: "ITACOP", tgt: "ITA"},
	})
}
