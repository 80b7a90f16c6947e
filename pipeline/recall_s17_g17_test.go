package pipeline

import "testing"

// TestRecallS17G17 codes sentences of the kinds the lead found and left in
// the seventeenth session: a city named as its state "taken" by armed men,
// prisons named by their place stormed, sanctions unveiled or introduced,
// plots to bomb or attack foiled (no assassination attempt), and a named
// home or estate searched. The sentences are not the dictionary examples;
// the must-not rows hold the same words in other senses (office taken,
// a city taken by storm, relatives at a prison, plans to lift sanctions,
// searches for the missing).
func TestRecallS17G17(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// a city named as its state taken (192)
		{why: "took a metonym city", text: "The Taliban took Kunduz in 2015.", code: "192", src: "AFG", tgt: "AFG"},
		{why: "took a capital", text: "Houthi rebels took Sanaa in September 2014.", code: "192", src: "YEM", tgt: "YEM"},
		{why: "took office", text: "Ruto took office in September 2022.", code: "192", none: true},
		{why: "took a city by storm", text: "The film took Paris by storm.", code: "19", none: true},
		{why: "took a city's residents", text: "The bus took Kabul residents to the border.", code: "192", none: true},
		{why: "took a capital to task: the state's", text: "China took Washington to task over Taiwan.", code: "111", src: "CHN", tgt: "USA"},
		// a prison named by its place stormed (190)
		{why: "gangs stormed a named prison", text: "Gang members stormed the Litoral prison in Guayaquil on Sunday.", code: "190", src: "ECU", tgt: "ECU"},
		{why: "rebels stormed a named central prison", text: "Syrian rebels stormed the Aleppo central prison.", code: "190", src: "SYR", tgt: "SYR"},
		{why: "police stormed a named jail", text: "Honduran police stormed the Tamara jail near Tegucigalpa.", code: "190", src: "HND", tgt: "-"},
		{why: "relatives at a named prison", text: "Relatives of inmates stormed the Litoral prison in Guayaquil.", code: "19", none: true},
		// sanctions unveiled or introduced (163)
		{why: "unveiled a package of sanctions", text: "The European Union unveiled a new package of sanctions against Russia.", code: "163", src: "-", tgt: "RUS"},
		{why: "unveiled a round of sanctions", text: "The United States unveiled a fresh round of sanctions against North Korea.", code: "163", src: "USA", tgt: "PRK"},
		{why: "unveiled targeted sanctions on", text: "Australia unveiled targeted sanctions on Myanmar's military leaders.", code: "163", src: "AUS", tgt: "MMR"},
		{why: "unveiled plans to lift sanctions", text: "The EU unveiled plans to lift sanctions on Syria.", code: "163", none: true},
		// a plot to bomb or attack foiled: no assassination attempt (185)
		{why: "foiled a plot to bomb", text: "Police foiled a plot to bomb a synagogue in Berlin.", code: "185", none: true},
		{why: "foiled a plot to attack", text: "Kenyan security forces foiled a plot to attack the US embassy in Nairobi.", code: "185", none: true},
		{why: "thwarted a plot to bomb", text: "Authorities in Austria thwarted a plot to bomb a concert in Vienna.", code: "185", none: true},
		{why: "foiled a plot to kill", text: "British police foiled a plot to kill the prime minister.", code: "185", src: "GBR", tgt: "GBR"},
		{why: "foiled an attempt on a life", text: "Ukrainian security services foiled an attempt on Zelensky's life.", code: "185", src: "UKR", tgt: "UKR"},
		{why: "foiled an assassination attempt", text: "Venezuelan intelligence foiled an assassination attempt against Nicolas Maduro.", code: "185", src: "VEN", tgt: "VEN"},
		// a named home or an owner's estate searched (171)
		{why: "searched a named home, someone's residence", text: "FBI agents searched Mar-a-Lago, Trump's residence.", code: "171", src: "USA", tgt: "-"},
		{why: "searched an owner's estate", text: "Federal agents searched Trump's Florida estate in August 2022.", code: "171", src: "USA", tgt: "-"},
		{why: "a housing estate searched for a boy", text: "Police searched the estate for the missing boy.", code: "171", none: true},
		{why: "rubble searched for survivors", text: "Rescuers searched the rubble for survivors in Antakya.", code: "171", none: true},
	}
	checkRootCases(t, p, cases)
}

// TestRecallS17G17Places: a place whose name holds a possessive ("Cox's
// Bazar") is read whole, not as its first word ("Cox", a town in Spain).
func TestRecallS17G17Places(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, country string }{
		{"Myanmar refugees protested in Cox's Bazar on Monday.", "BGD"},
		{"Bangladeshi police arrested 20 Rohingya men in Cox's Bazar.", "BGD"},
		{"Ecuador shuttered its embassy in Mexico City in April.", "MEX"},
		{"Saudi Arabia reopened its embassy in Kuwait City.", "KWT"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%q: no event", c.text)
			continue
		}
		if l := evs[0].Location; l == nil || l.Country != c.country {
			t.Errorf("%q: location %+v, want one in %s", c.text, l, c.country)
		}
	}
}
