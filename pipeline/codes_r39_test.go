package pipeline

import "testing"

// TestR39RegionalPressIdiom: the regional English-language press's words
// for acts the verb dictionary knew under other words: "martyred" (killed),
// "lodged a demarche" (a formal protest), "red-tagged" (branded a
// communist front), "whisked away" captives (abducted), "arraigned"
// (prosecuted), a "bilateral exercise" (joint drills), an "indefinite
// fast" (a hunger strike).
func TestR39RegionalPressIdiom(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "occupation forces martyred", text: "Israeli forces martyred three Palestinian youths in the Jenin refugee camp.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "a roadside bomb martyred", text: "A roadside bomb martyred two Pakistani soldiers in Kech district.", code: "1833", src: "-", tgt: "PAK"},
		{why: "lodged a demarche with", text: "The Pakistani Foreign Office lodged a demarche with the American embassy over the drone attack.", code: "114", src: "PAK", tgt: "USA"},
		{why: "issued a demarche to", text: "India issued a strong demarche to Pakistan over the firing.", code: "114", src: "IND", tgt: "PAK"},
		{why: "red-tagged", text: "The Philippine army red-tagged several journalists as fronts of the communist rebels.", code: "112", src: "PHL", tgt: "PHL"},
		{why: "whisked away schoolgirls", text: "Nigerian bandits whisked away 317 schoolgirls from a school in Zamfara.", code: "181", src: "-", tgt: "NGA"},
		{why: "arraigned", text: "Nigeria's anti-graft agency arraigned a former governor before the high court in Lagos.", code: "173", src: "NGA", tgt: "-"},
		{why: "kicked off the bilateral exercise", text: "The navies of Pakistan and China kicked off the bilateral exercise in the Arabian Sea.", code: "062", src: "PAK", tgt: "CHN"},
		{why: "began an indefinite fast", text: "Indian opposition leaders began an indefinite fast in Delhi to press for an anti-corruption law.", code: "142", src: "IND", tgt: "-"},
	})
	// must not: the noun and a leader whisked to safety are no act
	checkRootNot(t, p, "19", "The Iranian president visited the martyr's family in Tehran.")
	checkRootNot(t, p, "18", "Kenyan security guards whisked the president away from the rally.")
	checkRootNot(t, p, "11", "India lodged an application with the Pakistani embassy for visas.")
	checkRootNot(t, p, "14", "Indonesian Muslims began the fast of Ramadan.")
	checkRootNot(t, p, "06", "India kicked off its election campaign with a bilateral meeting in Dhaka.")
}

// TestR39WeatherIllnessCrash: a weather service's forecast, a death from
// illness and a plane that crashed are no one's act; a state's apology
// for haze, and the police's tear gas before a protester's heart attack,
// are kept.
func TestR39WeatherIllnessCrash(t *testing.T) {
	p := newTestPipeline(t)
	for _, text := range []string{
		"The Nigerian weather agency predicted dust haze and hot weather across the northern states.",
		"Former Kenyan vice-president Michael Wamalwa died in London after a long illness, his family said.",
		"A passenger plane crashed near Karachi airport, killing 97 people, officials said.",
	} {
		if evs := codeText(t, p, "2024-05-01", text); len(evs) > 0 {
			t.Errorf("%q coded %s, want no event", text, describe(evs))
		}
	}
	checkRootCases(t, p, []rootCase{
		// must not: haze a state answers for stays its act
		{why: "apologised for the haze", text: "Indonesia's president apologised to Singapore for the choking haze from forest fires in Sumatra.", code: "055", src: "IDN", tgt: "SGP"},
		// must not: the police's act before a death from a heart attack is kept
		{why: "tear gas, then a heart attack", text: "Kenyan police fired tear gas at protesters in Nairobi, and one protester died of a heart attack.", code: "175", src: "KEN", tgt: "KEN"},
	})
}

// TestR39PutOffCancelled: a visit "put off" is postponed (160); aid or
// funds "cancelled" for a state are cut (162).
func TestR39PutOffCancelled(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "put off the visit of a delegation", text: "The Dhaka government put off the visit of a Pakistani delegation in protest at Islamabad's resolution.", code: "160", src: "BGD", tgt: "PAK"},
		{why: "cancelled funds for", text: "Washington cancelled 300 million dollars in military funds for Pakistan over its inaction against militants.", code: "16", src: "USA", tgt: "PAK"},
	})
	// must not: a hearing put off, a trip to an aid conference cancelled
	checkRootNot(t, p, "16", "The Indian court put off the hearing until next week.")
	checkRootNot(t, p, "16", "The Kenyan minister cancelled the aid conference in Geneva.")
}
