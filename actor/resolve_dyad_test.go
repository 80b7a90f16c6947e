package actor

import (
	"testing"
)

const dyadTestDict = `@kind country
SRB  Serbia | Serbian | Serb
YUG  Yugoslavia | Yugoslav
TUN  Tunisia | Tunisian | Tunisians
ISR  Israel | Israeli
TUR  Turkey | Turkish
POL  Poland | Polish
USA  United States | US | American
RUS  Russia | Russian
PSE  Palestine | Palestinian | Palestinians
UKR  Ukraine | Ukrainian
VEN  Venezuela | Venezuelan
RUS  Moscow  [metonym]
EGY  Cairo  [metonym]
JPN  Tokyo  [metonym]
@kind sector
GOV  president | government | minister
CVL  rioters | workers | activists
SHI  shiite | shiites
REB  militias
GOV  negotiators | envoy | ambassador
MIL  troops
JUD  prosecutors
COP  police
@kind actor
YUGGOV  Vojislav Kostunica | Kostunica  [2000-10-07..2003-03-07]
USAGOV  Barack Obama | Obama  [2009-01-20..2017-01-20]
IGOUNOLABILO  International Labour Organization | ILO
IGOUNO  UN | United Nations
NGOHRIAMN  Amnesty International | Amnesty
---PTY  Socialist Party
IGOWSTNAT  Ali Example  [2010-01-01..]
`

// TestResolveDyadForms covers composition rules that decide a dyad's
// countries: the text's own country before a title, names restated in
// brackets, and capitalised names written in lower case.
func TestResolveDyadForms(t *testing.T) {
	checkResolve(t, dyadTestDict, []resolveCase{
		// The country before a title is the writer's; the dictionary may
		// list the federal office.
		{"Serbian President Vojislav Kostunica promised reforms.", "2001-01-01", "SRBGOV"},
		{"Yugoslav President Vojislav Kostunica promised reforms.", "2001-01-01", "YUGGOV"},
		// Without a title the person's own entry stands.
		{"Kostunica promised reforms.", "2001-01-01", "YUGGOV"},
		// A country before a person who heads a transnational body does
		// not make the body national.
		{"Serbian minister Ali Example spoke.", "2011-01-01", "IGOWSTNAT"},
		// A name restated in brackets is one actor.
		{"The International Labour Organization (ILO) urged Israel to act.", "", "IGOUNOLABILO ISR"},
		{"Amnesty International (Amnesty) and the ILO spoke.", "", "NGOHRIAMN IGOUNOLABILO"},
		// Different actors in brackets stay apart.
		{"The ILO (Israel) spoke.", "", "IGOUNOLABILO ISR"},
		// Lower-case names where no common word is meant.
		{"Syrian forces clashed with tunisian rioters.", "", "TUNCVL"},
		{"The Secretary of State wants to help iSrael.", "", "ISR"},
		{"President obama spoke on Monday.", "2010-01-01", "USAGOV"},
		// ... but not where a common word is.
		{"They polish the floors.", "", ""},
		{"Workers roast a turkey.", "", "---CVL"},
		{"The obama said nothing.", "2010-01-01", ""},
		// A capital before an agent noun is the state's agent; before
		// any other noun it names a thing, also after a coordination.
		{"Tokyo prosecutors indicted two men.", "", "JPNJUD"},
		{"Moscow police detained protesters.", "", "RUSCOP"},
		{"The Moscow talks ended.", "", ""},
		{"The Moscow and Cairo platforms of the opposition met.", "", ""},
		{"Moscow and Cairo said they agreed.", "", "RUS EGY"},
		{"Talks opened in Moscow on Monday.", "", ""},
		// Two demonyms joined by a hyphen before private people name the
		// second nationality; before officials they name no actor, and
		// before an event noun both states (TestResolveCountryPairs).
		{"Palestinian-American activists protested.", "", "USACVL"},
		{"Russian-Ukrainian negotiators met.", "", "---GOV"},
		{"The Israeli-Palestinian talks collapsed.", "", "ISR PSE"},
		// A possessive country before a party name many states share,
		// also over an adjective.
		{"Venezuela's ruling Socialist Party won.", "", "VENPTY"},
		{"Venezuela's Socialist Party won.", "", "VENPTY"},
		{"The Socialist Party won.", "", "---PTY"},
		// A head noun before the first of coordinated countries governs
		// them all; a bare coordination stays bare.
		{"The troops of Serbia and Turkey withdrew.", "", "SRBMIL TURMIL"},
		{"Serbia and Turkey withdrew their troops.", "", "SRB TUR ---MIL"},
		// An envoy's posting or brief is part of the envoy; troops sent
		// somewhere are not.
		{"The UN envoy for Serbia met the rebels.", "", "IGOUNO"},
		{"The US ambassador to Serbia met the rebels.", "", "USAGOV"},
		{"Serbian troops to Turkey were recalled.", "", "SRBMIL TUR"},
		{"Turkey sent an envoy to Serbia.", "", "TUR ---GOV SRB"},
		// The role comes before the religion in a CAMEO code.
		{"Shiite militias attacked the base.", "", "---REBSHI"},
		{"Serbian Shiite activists marched.", "", "SRBCVLSHI"},
	})
}

// TestRestatedSpan: the restated name's closing bracket is part of the
// actor's span, so the event's actor text reads as a whole.
func TestRestatedSpan(t *testing.T) {
	r, an := testResolver(t, dyadTestDict)
	s := an.Analyze("The International Labour Organization (ILO) urged Israel to act.")[0]
	gs := r.Resolve(s.Tokens, "")
	if len(gs) == 0 {
		t.Fatal("no actors")
	}
	ph := gs[0].Phrases[0]
	got := s.Text[s.Tokens[ph.Start].Start:s.Tokens[ph.End-1].End]
	if got != "International Labour Organization (ILO)" {
		t.Errorf("span %q", got)
	}
}
