package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// Sides checked in the twelfth session, one test per rule. Sentences are
// written for these tests; each rule has rows where it must not fire.

// TestS12ForeignThings: an armed or criminal group with no country of
// its own takes none from a victim that is abroad by its kind: a
// flagged ship, a diplomatic mission, tourists and nationals. Villagers,
// soldiers and police of a state stay the story's.
func TestS12ForeignThings(t *testing.T) {
	p := newTestPipeline(t)
	checkNotSides(t, p, []notSideCase{
		{why: "a ship's flag is not its hijackers'", text: "Pirates hijacked a Greek tanker.", code: "18", notSrc: "GRC"},
		{why: "a hyphenated flag", text: "Pirates seized a Liberian-flagged oil tanker.", code: "18", notSrc: "LBR"},
		{why: "a consulate stormed", text: "Militants stormed the Turkish consulate.", code: "19", notSrc: "TUR"},
		{why: "nationals kidnapped", text: "Kidnappers seized two Chinese nationals.", code: "18", notSrc: "CHN"},
		{why: "a tourist abducted", text: "Rebels abducted a Canadian tourist.", code: "18", notSrc: "CAN"},
		{why: "an embassy bombed", text: "Insurgents bombed the Indian embassy.", code: "18", notSrc: "IND"},
	})
	checkRootCases(t, p, []rootCase{
		{"a ship keeps its flag as target", "Pirates hijacked a Greek tanker.", "18", "---", "GRC", false},
		{"villagers stay the story's", "Rebels massacred 30 Congolese villagers.", "20", "COD", "COD", false},
		{"soldiers stay the story's", "Rebels killed five Congolese soldiers.", "19", "COD", "COD", false},
		{"an army base stays the story's", "Militants attacked a Nigerian army base.", "19", "NGA", "NGA", false},
		{"a policeman stays the story's", "Insurgents shot dead a Pakistani policeman.", "19", "PAK", "PAK", false},
		{"a place of the act still gives the group", "Militants stormed a Turkish consulate in Mosul.", "19", "IRQ", "TUR", false},
	})
}

// TestS12OffShore: a land named after "off" or "off the coast of" is
// where a ship was, at sea: it locates the event but gives neither the
// ship nor those who board it a state, and is no target.
func TestS12OffShore(t *testing.T) {
	p := newTestPipeline(t)
	checkNotSides(t, p, []notSideCase{
		{why: "pirates off a coast", text: "Pirates hijacked a bulk carrier off the coast of Somalia on Tuesday.", code: "18", notSrc: "SOM", notTgt: "SOM"},
		{why: "pirates off a state", text: "Pirates hijacked an oil tanker off Nigeria.", code: "18", notSrc: "NGA", notTgt: "NGA"},
		{why: "waters off a state", text: "Pirates attacked a cargo ship in waters off Yemen.", code: "19", notSrc: "YEM", notTgt: "YEM"},
		{why: "crew off a coast", text: "Pirates boarded a tanker off the coast of Togo and kidnapped eight Filipino sailors.", code: "18", notSrc: "TGO", notTgt: "TGO"},
	})
	checkRootCases(t, p, []rootCase{
		{"the crew's state is the target", "Pirates boarded a tanker off the coast of Togo and kidnapped eight Filipino sailors.", "18", "---", "PHL", false},
		{"a coast town is a place on land", "Gunmen attacked a hotel in the coastal town of Lamu in Kenya.", "18", "-", "KEN", false},
		{"a port raided stays the land's", "Militants attacked the port of Mocimboa da Praia in Mozambique.", "19", "MOZ", "-", false},
	})
}

// TestS12NamedOutlet: a news outlet named by its own name is based
// somewhere, but the news it carries is not from there: its state gives
// no bare side a country. A country's media named by the country still
// make the story that country's.
func TestS12NamedOutlet(t *testing.T) {
	p := newTestPipeline(t)
	checkNotSides(t, p, []notSideCase{
		{why: "a wire's quote", text: "Reuters quoted a police official as saying that gunmen killed six people.", code: "18", notTgt: "GBR"},
		{why: "told a wire", text: "Gunmen killed four people in the market, a police official told Reuters.", code: "18", notTgt: "GBR"},
		{why: "a wire's report", text: "Soldiers fired tear gas at protesters, AFP reported, citing witnesses.", code: "17", notSrc: "FRA", notTgt: "FRA"},
		{why: "a wire's that-clause", text: "The Associated Press reported that militants kidnapped 15 villagers.", code: "18", notSrc: "USA", notTgt: "USA"},
		{why: "a broadcaster's report", text: "Police arrested 40 opposition supporters, the BBC said.", code: "17", notSrc: "GBR", notTgt: "GBR"},
	})
	checkRootCases(t, p, []rootCase{
		{"a country's television", "Police arrested 40 opposition supporters, Iranian state television reported.", "17", "IRN", "IRN", false},
		{"a named outlet stays the reporter", "Police arrested 40 opposition supporters, the BBC said.", "17", "---", "---", false},
		{"the story's own state", "Kenyan police arrested 40 opposition supporters, Reuters reported.", "17", "KEN", "KEN", false},
	})
}

// TestS12Quoted: "X quoted (cited) Y as saying": Y speaks and is the
// source of its statement; X, the outermost, reports it and what it says.
func TestS12Quoted(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, code, src, rep string
	}{
		{"the quoted ministry speaks", "Xinhua quoted the Chinese commerce ministry as saying that Beijing would retaliate against Washington.", "010", "CHN", "CHNMED"},
		{"the quoting outlet reports the threat", "Xinhua quoted the Chinese commerce ministry as saying that Beijing would retaliate against Washington.", "13", "CHN", "CHNMED"},
		{"a cited official speaks", "Reuters cited a Kenyan police official as saying that gunmen killed six people.", "010", "KENCOP", "GBRMED"},
		{"the cited official's report is the wire's", "Reuters cited a Kenyan police official as saying that gunmen killed six people.", "18", "-", "GBRMED"},
		// must not: a plain statement keeps its speaker as reporter
		{"no quote, no outlet", "A Kenyan police official said that gunmen killed six people.", "18", "-", "KENCOP"},
		// must not: a rebel quoted by the army speaks for the rebels
		{"the quoted one is not the quoter", "The Nigerian army quoted a captured rebel commander as saying that his fighters would surrender.", "010", "NGAREB", "NGAMIL"},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var hit *event.Event
		for i := range evs {
			if e := &evs[i]; e.CAMEO == c.code || len(c.code) == 2 && e.CAMEORoot == c.code {
				hit = e
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s; got %s", c.why, c.text, c.code, describe(evs))
			continue
		}
		if c.src != "-" && !hasCountry(hit.Source, c.src) {
			t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(hit.Source), c.src)
		}
		if hit.Modality.ReportedBy != c.rep {
			t.Errorf("%s: %q reported_by %q, want %q", c.why, c.text, hit.Modality.ReportedBy, c.rep)
		}
	}
}
