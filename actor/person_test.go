package actor

import "testing"

const personTestDict = `@kind country
HUN  Hungary | Hungarian
PAK  Pakistan | Pakistani
@kind sector
GOV  president | ministry | government
MED  reporters
@kind actor
PAKGOV  Imran Khan  [2018-08-18..]
`

// TestUnknownSpeakers: a name of two or three capitalised words that the
// dictionaries do not know is an actor of unknown code when it is the
// subject of a reporting verb, before it or inverted after ", said", and
// nowhere else.
func TestUnknownSpeakers(t *testing.T) {
	checkResolve(t, personTestDict, []resolveCase{
		{"Tomas Varga said Hungary would veto the budget.", "2024-05-01", "--- HUN"},
		{"Hungary will veto the budget, said Tomas Varga on Friday.", "2024-05-01", "HUN ---"},
		{"\"We will veto it,\" said Eva Maria Kovacs.", "2024-05-01", "---"},
		{"On Friday Tomas Varga told reporters the talks had failed.", "2024-05-01", "--- ---MED"},
		// A known person stays known, and a title names the actor.
		{"Imran Khan said the talks were over.", "2024-05-01", "PAKGOV"},
		{"Hungarian President Tomas Varga said the talks were over.", "2024-05-01", "HUNGOV"},
		// Not a speaker: no actor.
		{"Tomas Varga visited Hungary.", "2024-05-01", "HUN"},
		{"The ministry met Tomas Varga, the government said.", "2024-05-01", "---GOV ---GOV"},
		// One word may be a place or a firm; four are rarely a person.
		{"Varga said the talks had failed.", "2024-05-01", ""},
		{"Lake Balaton Water Authority said the level fell.", "2024-05-01", ""},
		// Two speakers joined by "and": an unknown name with a known
		// phrase or with another unknown name, either way round.
		{"Tomas Varga and Imran Khan said the talks had failed.", "2024-05-01", "--- PAKGOV"},
		{"Tomas Varga and Eva Kovacs said the talks had failed.", "2024-05-01", "--- ---"},
		{"Hungary's president and Tomas Varga said the talks had failed.", "2024-05-01", "HUNGOV ---"},
		{"Tomas Varga and the Hungarian president told reporters the talks had failed.", "2024-05-01", "--- HUNGOV ---MED"},
		// Coordinated names that do not speak are nobody.
		{"Tomas Varga and Imran Khan visited Hungary.", "2024-05-01", "PAKGOV HUN"},
		{"Tomas Varga and Eva Kovacs visited Hungary.", "2024-05-01", "HUN"},
		{"Tomas Varga and Eva Kovacs of Hungary said the talks had failed.", "2024-05-01", "HUN"},
		// Acronyms and months are not names.
		{"The EU said in March Hungary would pay.", "2024-05-01", "HUN"},
	})
}
