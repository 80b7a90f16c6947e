package actor

import "testing"

// TestPhrasesStopAtClausePunctuation: a comma, semicolon or colon in the
// text ends a multi-word name unless the name itself is spelled with a
// comma ("University of California, Berkeley"), so "in Zamfara state,
// police said" is no "state police".
func TestPhrasesStopAtClausePunctuation(t *testing.T) {
	const dict = `@kind country
NGA  Nigeria | Nigerian
USA  United States | US
@kind actor
USAEDU  University of California, Berkeley | University of California
IGOHLHGAV  Gavi, the Vaccine Alliance | Gavi
USACOP  state police
---COP  police
---REB  rebels
@kind sector
CVL  villagers
`
	checkResolve(t, dict, []resolveCase{
		{"Gunmen killed 12 villagers in the state, police said.", "", "---CVL ---COP"},
		{"State police arrested three rebels.", "", "USACOP ---REB"},
		{"The University of California, Berkeley suspended the professor.", "", "USAEDU"},
		{"Gavi, the Vaccine Alliance, pledged vaccines to Nigeria.", "", "IGOHLHGAV NGA"},
		// must-not: the comma's two sides are two phrases
		{"Rebels attacked the state; police fled.", "", "---REB ---COP"},
		{"Money for the University of California, said officials, was cut.", "", "USAEDU"},
	})
}

// TestCriticsOf: a government or its leader before a noun of opposition
// names that state's opposition ("a Kremlin critic" RUSOPP), while a
// state's own name or adjective before it says where critics are from,
// and the government alone stays the government.
func TestCriticsOf(t *testing.T) {
	const dict = `@kind country
RUS  Russia | Russian
TUR  Turkey | Turkish
@kind actor
RUSGOV  Kremlin
RUSGOV  Vladimir Putin | Putin
TURGOV  Recep Tayyip Erdogan | Erdogan
@kind sector
COP  police
`
	checkResolve(t, dict, []resolveCase{
		{"Police detained a Kremlin critic.", "", "---COP RUSOPP"},
		{"Police detained Putin critics in Moscow.", "", "---COP RUSOPP"},
		{"Police arrested dozens of Erdogan opponents.", "", "---COP TUROPP"},
		// must-not
		{"The Kremlin rejected the criticism.", "", "RUSGOV"},
		{"Russian critics of the war were arrested.", "", ""},
		{"Putin met his critics.", "", "RUSGOV"},
	})
}
