package pipeline

import (
	"strings"
	"testing"
)

// TestRecallS23M23 codes sentences written for M23's acts told inside
// subordinate and background clauses, which complete-listing coders list
// beside the sentence's own act: a time clause whose subject has an adverb
// before its verb ("after Israel quickly seized the ship"). Must-not rows
// keep negations out and the main clause's subject off the clause's act.
func TestRecallS23M23(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// A time clause's subject, an adverb, its verb (clauseadverb_m23.go).
		{why: "since ... first seized power", text: "Coups have spread across the Sahel since Burkina Faso's army first seized power in January 2022.", code: "180", src: "BFA", tgt: "BFA"},
		{why: "after ... quickly seized", text: "Trade fell after Israel quickly seized the ship.", code: "1711", src: "ISR", tgt: "-"},
		{why: "after ... reportedly fired", text: "Oil prices rose after Iran reportedly fired missiles at Israel.", code: "195", src: "IRN", tgt: "ISR"},
		{why: "after ... again struck", text: "Markets slumped after Russia again struck Ukraine's power grid.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "after ... briefly detained", text: "Tension rose in Belgrade after Kosovo police briefly detained two Serbian officers.", code: "173", src: "KSV", tgt: "SRB"},
		{why: "after ... abruptly banned", text: "Exports collapsed after Beijing abruptly banned Lithuanian goods.", code: "163", src: "CHN", tgt: "LTU"},
		{why: "since ... first shot down", text: "Relations have been tense since Ankara first shot down a Russian bomber in 2015.", code: "190", src: "TUR", tgt: "RUS"},
		{why: "after ... allegedly killed", text: "Protesters gathered after Israel allegedly killed two Iranian generals in Damascus.", code: "190", src: "ISR", tgt: "IRN"},
		{why: "a negated clause stays negated", text: "Oil prices fell after Iran never fired the missiles it had promised.", code: "19", none: true},

		// An act after "after" that a dictionary gap lost.
		{why: "a levy on another state's imports", text: "Beijing vowed to retaliate after Washington imposed a 50 percent levy on Chinese imports.", code: "163", src: "USA", tgt: "CHN"},
		{why: "levies slapped on steel", text: "Ottawa slapped levies on American steel on Friday.", code: "163", src: "CAN", tgt: "USA"},
		{why: "levied tariffs", text: "The European Union levied tariffs on Chinese electric cars in October.", code: "163", src: "IGO", tgt: "CHN"},
		{why: "a windfall levy is a tax", text: "Britain imposed a windfall levy on energy firms.", code: "16", none: true},
		{why: "a levy on bank profits is a tax", text: "Hungary introduced a levy on bank profits.", code: "16", none: true},
		{why: "levied a tax", text: "Kenya levied a tax on mobile money transfers.", code: "16", none: true},
		{why: "protesters set fire to bus stations", text: "Ecuador imposed a curfew in Quito after protesters set fire to two bus stations.", code: "145", src: "ECU", tgt: "ECU"},
		{why: "rioters set fire to buses", text: "Rioters set fire to three buses in Nairobi on Monday.", code: "145", src: "KEN", tgt: "KEN"},
		{why: "a heater set fire to the station", text: "A faulty heater set fire to the station in Lyon on Sunday.", code: "14", none: true},
	}
	checkRootCases(t, p, cases)

	// The clause's own subject, never the main clause's: "froze ties after
	// the Israeli navy quickly seized the ship" is no seizure by Turkey.
	notSource := []struct{ text, code, src string }{
		{"Ankara froze ties after the Israeli navy quickly seized the ship.", "1711", "TUR"},
		{"Cairo protested after Israeli troops briefly detained two Egyptian soldiers.", "173", "EGY"},
	}
	for _, c := range notSource {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.HasPrefix(e.CAMEO, c.code) && hasCountry(e.Source, c.src) {
				t.Errorf("%q: %s source %s, want the clause's own subject", c.text, e.CAMEO, actorCodes(e.Source))
			}
		}
	}

	// A time clause measured back from the main clause's date takes its
	// own day (spanafter_m23.go); a clause with a date of its own, or a
	// span with no count or no day to count from, keeps what it had.
	dates := []struct{ text, code, date, precision string }{
		{"Turkey recalled its ambassador from Israel on Tuesday, a day after Israeli troops killed 12 Palestinians in Jenin.", "190", "2024-04-29", "day"},
		{"Israel struck Iran on April 19, six days after Iran fired missiles at Israel.", "195", "2024-04-13", "day"},
		{"Seoul expelled two North Korean diplomats on March 3, a week after Pyongyang tested a missile.", "150", "2024-02-22", "week"},
		{"Police arrested four men in Haldwani on Thursday, hours after a mob attacked a police post.", "1", "2024-04-25", "day"},
		{"Turkey recalled its ambassador from Israel on Tuesday after Israeli troops killed 12 Palestinians in Jenin on Sunday.", "190", "2024-04-28", "day"},
		{"Hamas fired rockets at Ashkelon in March, two days after Israeli jets struck Gaza.", "195", "2024-05-01", "unknown"},
		{"Egypt closed the Rafah crossing on Friday, days after Israeli jets struck Gaza.", "195", "2024-05-01", "unknown"},
	}
	for _, c := range dates {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if !strings.HasPrefix(e.CAMEO, c.code) || strings.HasPrefix(e.CAMEO, "17") {
				continue
			}
			found = true
			if e.Date != c.date || e.DatePrecision != c.precision {
				t.Errorf("%q: %s dated %s (%s), want %s (%s)", c.text, e.CAMEO, e.Date, e.DatePrecision, c.date, c.precision)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.code)
		}
	}
}
