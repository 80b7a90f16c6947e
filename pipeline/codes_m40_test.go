package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/story"
)

// TestM40MonitorHead: a media-monitoring head ("Text of report by
// Kenyan radio:", "Excerpt from report by Egyptian MENA:", "IRNA:") is
// the channel, as a wire dateline is: the story's bare organs take the
// outlet's state when the text says nothing better (monitorhead_m40.go),
// the head's nationality word before the outlet's own entry. A place or
// a nationality in the text still wins, and a sentence without a head
// leaves a bare organ bare.
func TestM40MonitorHead(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Text of report by ... radio: the government", text: "Text of report by Kenyan radio: The government accused Somalia of sheltering the attackers.", code: "112", src: "KEN", tgt: "SOM"},
		{why: "Excerpt from report by ...: the Foreign Ministry", text: "Excerpt from report by Egyptian MENA: The Foreign Ministry condemned the Israeli air strikes on Gaza.", code: "111", src: "EGY", tgt: "ISR"},
		{why: "an outlet's name and a colon", text: "IRNA: The Foreign Ministry condemned the new American sanctions.", code: "111", src: "IRN", tgt: "USA"},
		{why: "the head's nationality word names the outlet's state", text: "Excerpt from report by Turkish NTV: The government criticised Greece over the treatment of migrants.", code: "111", src: "TUR", tgt: "GRC"},
		// must not: the text's own place or nationality outweighs the head
		{why: "a place in the clause", text: "Text of report by Iranian state TV: Police arrested 20 protesters in Baghdad.", code: "173", src: "IRQ", tgt: "IRQ"},
		{why: "a nationality in the text", text: "Text of report by Iranian state TV: Iraqi police arrested 20 protesters.", code: "173", src: "IRQ", tgt: "IRQ"},
	})
	// must not: a statement or a body's label before the colon is no
	// outlet's head, and a sentence without a head has none
	for _, c := range []struct {
		text string
		want string
	}{
		{"Text of report by Kenyan radio: The government accused Somalia of sheltering the attackers.", "KEN"},
		{"IRNA: The Foreign Ministry condemned the new American sanctions.", "IRN"},
		{"The Kenyan minister said: The government accused Somalia of sheltering the attackers.", ""},
		{"Turkish Defence Ministry: Soldiers destroyed a depot of the militants.", ""},
		{"Niger: junta expels French ambassador after a row over the coup.", ""},
		{"The Foreign Ministry condemned the Israeli air strikes on Gaza.", ""},
	} {
		a := p.Analyze(story.Story{ID: "m40", Date: "2024-05-01", Text: c.text})
		if len(a.Sentences) == 0 {
			t.Fatalf("%q: no sentences", c.text)
		}
		if got := a.datelineFocus; got != c.want {
			t.Errorf("%q: head's state %q, want %q", c.text, got, c.want)
		}
	}
}

// TestM40MonitorSpellings: the monitors' and state agencies'
// transliterations of office holders' names (Ahmadinezhad, al-Qadhafi,
// al-Asad, Husni Mubarak, Bin Ladin, Yanukovich, Toqayev, Birri) and of
// Moscow (Moskva) name the same actors as the wire spellings, each in its
// own term of office; a state named by description under a monitoring
// head ("SPA: ... the Kingdom was severing relations") is the outlet's
// state when no state before it explains it (headStateFor), and only if
// the description fits that state.
func TestM40MonitorSpellings(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		date, text, code, src, tgt string
	}{
		{"2008-06-01", "President Mahmud Ahmadinezhad condemned the new sanctions imposed by the United States.", "111", "IRN", "USA"},
		{"2009-06-01", "Mu'ammar al-Qadhafi condemned the Italian government over the deportations.", "111", "LBY", "ITA"},
		{"2012-06-01", "Al-Asad condemned the Turkish government for arming the rebels.", "111", "SYR", "TUR"},
		{"2008-06-01", "Husni Mubarak condemned the Israeli blockade of Gaza.", "111", "EGY", "ISR"},
		{"2005-06-01", "Usama Bin Ladin threatened the United States with new attacks.", "13", "IMGMUSRAD", "USA"},
		{"2012-06-01", "Yanukovich criticised Poland over its support for the protesters.", "111", "UKR", "POL"},
		{"2022-06-01", "Toqayev criticised Russia over the closure of the oil terminal.", "111", "KAZ", "RUS"},
		{"2022-06-01", "Moskva condemned the Finnish decision to join NATO.", "111", "RUS", "FIN"},
		{"2016-01-04", "SPA: Foreign Minister Adil al-Jubayr announced that the Kingdom was severing diplomatic relations with Iran.", "161", "SAU", "IRN"},
		{"2020-06-01", "Text of report by Jordanian news agency Petra: The minister said that the kingdom rejected the Israeli annexation plans.", "12", "JOR", "ISR"},
	} {
		var hit bool
		var got []string
		for _, e := range codeText(t, p, c.date, c.text) {
			got = append(got, e.CAMEO+" "+actorCodes(e.Source)+">"+actorCodes(e.Target))
			if !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			if (hasCountry(e.Source, c.src) || strings.Contains(actorCodes(e.Source), c.src)) && hasCountry(e.Target, c.tgt) {
				hit = true
			}
		}
		if !hit {
			t.Errorf("%q: want %s %s>%s, got %v", c.text, c.code, c.src, c.tgt, got)
		}
	}
	// must not: "the kingdom" under a republic's head stays unfilled
	// rather than take a state it cannot be
	for _, e := range codeText(t, p, "2020-06-01", "Text of report by Iranian news agency IRNA: The spokesman said that the kingdom rejected the Israeli annexation plans.") {
		if strings.HasPrefix(e.CAMEO, "12") && hasCountry(e.Source, "IRN") {
			t.Errorf("the kingdom under an Iranian head took IRN: %s", actorCodes(e.Source))
		}
	}
}

// TestM40HeadSides: under a monitoring head, a nationality word before
// an outlet no entry knows still gives the outlet's state
// (headAdjective); a state named only after a bare speaker or body is
// what it acts on, and the head's state is the speaker's (headAfter); the
// outlet's name in the head is no place of the events.
func TestM40HeadSides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "adjective before an unknown outlet", text: "Text of report by Kyrgyz AKIpress: The government accused Tajikistan of shelling border villages.", code: "1123", src: "KGZ", tgt: "TJK"},
		{why: "the focus named only after the speaker", text: "Text of report by Xinhua: The Foreign Ministry spokesman accused Washington of double standards on human rights, saying the Americans ignored their own record.", code: "1122", src: "CHN", tgt: "USA"},
		{why: "the one state named only after the subject", text: "Excerpt from report by Kenyan KTN: Truck drivers blocked the border crossing with Uganda for a second day.", code: "144", src: "KEN", tgt: "-"},
		// must not: a state named before the phrase keeps it
		{why: "a nationality before the subject", text: "Text of report by Xinhua: Japanese police arrested two activists who had landed on the islands.", code: "173", src: "JPN", tgt: "-"},
	})
	for _, e := range codeText(t, p, "2012-06-01", "Text of report by Xinhua: The Foreign Ministry spokesman condemned the arms sale to Taiwan.") {
		if e.Location != nil && e.Location.Name == "Xinhua" {
			t.Errorf("the outlet's name in the head placed the event: %+v", e.Location)
		}
	}
}

// TestM40VetoSponsorsDisengagement: a veto of a draft its authors are
// named with ("put forward by", "sponsored by") is aimed at them, a
// draft with none at the council (vetoedResolution); two armies named
// together that disengage de-escalate towards each other (mutualHalt).
func TestM40VetoSponsorsDisengagement(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a draft sponsored by a state", text: "China vetoed a draft resolution sponsored by France on sanctions against Syria.", code: "129", src: "CHN", tgt: "FRA"},
		{why: "a draft put forward by two states", text: "The Russian envoy vetoed the draft put forward by Kuwait and Sweden on aid deliveries.", code: "129", src: "RUS", tgt: "SWE"},
		{why: "shared with a partner, then what", text: "Jordan shared with Egypt details of the plot against the embassy.", code: "064", src: "JOR", tgt: "EGY"},
		{why: "two armies disengaged", text: "Indian and Chinese troops disengaged at the Galwan Valley.", code: "087", src: "IND", tgt: "CHN"},
		// must not: no named author leaves the council
		{why: "a draft with no author", text: "Russia vetoed a draft resolution declaring the referendum in Crimea invalid.", code: "129", src: "RUS", tgt: "-"},
	})
	for _, e := range codeText(t, p, "2014-03-15", "Russia vetoed a draft resolution declaring the referendum in Crimea invalid.") {
		if e.CAMEO == "129" && (len(e.Target) != 1 || e.Target[0].Code != "IGOUNO") {
			t.Errorf("a draft with no author: target %s, want IGOUNO", actorCodes(e.Target))
		}
	}
}
