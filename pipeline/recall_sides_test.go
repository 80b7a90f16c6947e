package pipeline

import (
	"strings"
	"testing"
)

// Every sentence in this file was written for it.

// saudiStory leads a story about Saudi Arabia: two sentences that code no
// event but make SAU the story's focus, so a bare sector in the sentence
// after them would take SAU from the focus alone.
const saudiStory = "Saudi Arabia's economy grew last year. Oil is central to Saudi Arabia. "

// TestRecallCoordinatedSpeakers: an unknown named speaker coordinated with
// a known actor or with another unknown name makes a statement with both
// as sources; coordinated names that do not speak are nobody.
func TestRecallCoordinatedSpeakers(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text string
		want      string // the sources of the first 01 event, "" for no 01 event
	}{
		{"an unknown name and a known person", "Tomas Varga and Imran Khan said the talks had failed.", "--- PAKOPP"},
		{"a known actor and an unknown name", "Hungary's president and Tomas Varga said the talks had failed.", "HUNGOV ---"},
		{"an unknown name and a known actor", "Tomas Varga and the Hungarian president said the talks had failed.", "--- HUNGOV"},
		{"two unknown names", "Tomas Varga and Eva Kovacs told reporters the talks had failed.", "--- ---"},
		{"inverted, after said", "The talks have failed, said Tomas Varga and Imran Khan.", "--- PAKOPP"},
		// Must not: no reporting verb, no speaker.
		{"coordinated names that meet", "Tomas Varga and Eva Kovacs met in Budapest on Friday.", ""},
		{"a name with a known person who visits", "Tomas Varga and Imran Khan visited the Budapest zoo.", ""},
	} {
		var got []string
		found := false
		for _, ev := range codeText(t, p, "2024-05-01", c.text) {
			if ev.CAMEORoot != "01" {
				continue
			}
			found = true
			for _, a := range ev.Source {
				got = append(got, a.Code)
			}
			break
		}
		if c.want == "" {
			if found {
				t.Errorf("%s: %q coded a statement by %v, want none", c.why, c.text, got)
			}
			continue
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: %q statement sources %q, want %q", c.why, c.text, g, c.want)
		}
	}
}

// TestRecallStateCoercion: arrests, detentions, charges, deportations and
// repression with no named agent take the state where they happen as
// source, as its police or government; coercion anyone can do does not,
// nor does the place someone is sent to.
func TestRecallStateCoercion(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"an arrest in a capital", "Two journalists were arrested in Tehran on Monday.", "17", "IRNCOP", "IRNMED", false},
		{"foreigners detained abroad", "Two Iranian journalists were detained in Paris on Monday.", "17", "FRACOP", "IRNMED", false},
		{"house arrest", "Two opposition leaders were placed under house arrest in Minsk.", "17", "BLRCOP", "BLROPP", false},
		{"a charge", "A reporter was charged with espionage in Moscow.", "17", "RUSCOP", "RUSMED", false},
		{"students jailed", "Dozens of students were jailed in Cairo last week.", "17", "EGY", "EGY", false},
		// Must not: a named agent stays, a destination is not the agent,
		// and a cyber attack can be anybody's.
		{"a named agent stays", "Rebels detained two journalists in Goma.", "17", "CODREB", "-", false},
		{"deported to a place", "Five migrants were deported to Kabul on Friday.", "17", "?", "-", false},
		{"a hack names no state", "Government websites were hacked in Tallinn.", "17", "?", "-", false},
	}, false)
	// The agent's sector is the organ that does it.
	for _, c := range []struct{ text, code string }{
		{"Two journalists were arrested in Tehran on Monday.", "IRNCOP"},
		{"Dozens of students were jailed in Cairo last week.", "EGYCOP"},
	} {
		for _, ev := range codeText(t, p, "2024-05-01", c.text) {
			if ev.CAMEORoot == "17" && (len(ev.Source) != 1 || ev.Source[0].Code != c.code || ev.Source[0].Sector != "COP") {
				t.Errorf("%q: %s source %s, want %s with sector COP", c.text, ev.CAMEO, actorCodes(ev.Source), c.code)
			}
		}
	}
}

// TestRecallClausePlace: in a story about Saudi Arabia, a bare sector that
// acts or is acted on in a clause placed in a town, province or country
// takes that place's country, not the story's; the speaker of a reported
// clause, a clause with no place, a place of origin and a pro-cause keep
// theirs.
func TestRecallClausePlace(t *testing.T) {
	p := newTestPipeline(t)
	checkFrames(t, p, []frameCase{
		{"a reported attack in a city", saudiStory + "Officials said protesters attacked a police station in Basra.", "19", "IRQ", "IRQ", false},
		{"the object too, after a date", saudiStory + "Soldiers killed three militants on Sunday in Mosul.", "19", "IRQ", "IRQ", false},
		{"an arrest in a city", saudiStory + "Police arrested two students in Basra.", "17", "IRQCOP", "IRQ", false},
		{"a place named as a country", saudiStory + "Protesters attacked a police station in Iraq.", "19", "IRQ", "IRQ", false},
		{"a trailing attribution after the place", saudiStory + "Protesters attacked a police station in Basra, officials said.", "19", "IRQ", "IRQ", false},
		// Must not.
		{"the speaker keeps the story's country", saudiStory + "Officials said protesters attacked a police station in Basra.", "01", "SAU", "-", false},
		{"no place, the story's country", saudiStory + "Protesters attacked a police station.", "19", "SAU", "SAU", false},
		{"a place of origin right after the phrase wins", saudiStory + "Protesters from Basra attacked a police station in Riyadh.", "19", "IRQ", "SAU", false},
		{"the speaker's place is not the clause's", saudiStory + "Protesters attacked a police station, officials in Basra said.", "19", "SAU", "SAU", false},
	}, false)
	// A pro-cause acts for another people than the place's.
	for _, ev := range codeText(t, p, "2024-05-01", "China's economy grew last year. Exports matter to China. Pro-Tibet activists disrupted the ceremony in Paris.") {
		for _, a := range ev.Source {
			if a.Country == "FRA" {
				t.Errorf("pro-Tibet activists took the place's country: %s %s", ev.CAMEO, actorCodes(ev.Source))
			}
		}
	}
}
