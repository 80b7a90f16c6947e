package actor

import (
	"testing"
)

const domesticTestDict = `@kind country
USA  United States | US | U.S. | American
IND  India | Indian
GEO  Georgia
BRA  Brazil | Brazilian
USA  Texas | Ohio | Virginia | Chicago | California  [metonym]
IND  Maharashtra  [metonym]
BRA  Sao Paulo  [metonym]
@kind sector
GOV  governor | government | Gov. | president
LEG  senator | senators | Sen. | legislature
JUD  supreme court | court
GOV  security council | national security council | officials | ministry
CTH  catholic church
LAB  union
SUN  sunni
COP  police
EDU  university | students
PTY  candidates | presidential candidates
@kind actor
USALEG  Chuck Schumer | Schumer  [1999-01-03..]
USALEG  House  [metonym]
USAPTY  Democratic | Democrats | Republican
USAGOV  Brian Kemp  [2019-01-14..]
ZWEPTY  ZANU-PF
`

// TestResolveDomestic covers the rules for how English names domestic
// actors: places below the state before agent nouns, abbreviated titles
// before names, a body named by one common word, and a party named by its
// adjective.
func TestResolveDomestic(t *testing.T) {
	checkResolve(t, domesticTestDict, []resolveCase{
		// A state or city before an agent noun is its country's agent;
		// alone it is an agent too; after a locative or before another
		// noun it is a place.
		{"The Ohio governor signed the bill.", "", "USAGOV"},
		{"Chicago police shot a man.", "", "USACOP"},
		{"Texas sued the administration.", "", "USA"},
		{"Floods hit farms in Ohio.", "", ""},
		{"They were told to stay out of Ohio.", "", ""},
		{"The barge sank in the Ohio River.", "", ""},
		{"Maharashtra police detained the students.", "", "INDCOP ---EDU"},
		// A capitalised neighbour no alias starts makes it part of a name.
		{"Virginia Woolf wrote the novel.", "", ""},
		// "of" before a place: the university of a state is the state's.
		{"Students protested at the University of California.", "", "---EDU USAEDU"},
		// The level of the place may stand between it and the agent noun.
		{"The Sao Paulo state governor criticised the president.", "", "BRAGOV ---GOV"},
		{"The Sao Paulo state fair opened.", "", ""},
		// An abbreviated title's period stays inside the phrase, so the
		// person it names is one actor with the title.
		{"Sen. Chuck Schumer accused the president.", "2020-01-01", "USALEG ---GOV"},
		{"Texas Gov. Greg Abbott deployed the police.", "", "USAGOV ---COP"},
		// A place before a subnational title is no country of its own.
		{"Georgia Gov. Brian Kemp signed the bill.", "2020-01-01", "USAGOV"},
		// "House" alone is the chamber; after another capitalised name
		// or before a common noun it is not.
		{"The House passed the bill.", "", "USALEG"},
		{"The U.S. House passed the bill.", "", "USALEG"},
		{"The ministers met at Lancaster House.", "", ""},
		{"House prices rose again.", "", ""},
		// A party named by its adjective needs an agent noun.
		{"Democratic senators blocked the bill.", "", "USAPTY"},
		{"Democratic presidential candidates debated.", "", "USAPTY"},
		{"They defended Democratic values.", "", ""},
		{"ZANU-PF supporters attacked the police.", "", "ZWEPTY ---COP"},
		// Officials of a named body are the body's, not the government's.
		{"Catholic Church officials denied the report.", "", "---CTH"},
		{"Brazilian union officials called a strike.", "", "BRALAB"},
		{"Brazilian ministry officials denied it.", "", "BRAGOV"},
		{"Brazilian officials denied it.", "", "BRAGOV"},
		{"Brazilian Sunni officials denied it.", "", "BRAGOVSUN"},
		// A capitalised "Security Council" with no state is the UN's.
		{"The Security Council extended the mandate.", "", "IGOUNO"},
		{"India's Security Council met.", "", "INDGOV"},
		{"The national security council met.", "", "---GOV"},
	})
}
