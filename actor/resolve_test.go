package actor

import (
	"testing"
)

const resolveTestDict = `@kind country
KHM  Cambodia | Cambodian | Cambodians
KEN  Kenya | Kenyan | Kenyans
IRQ  Iraq | Iraqi | Iraqis
TCD  Chad | Chadian
JPN  Japan | Japanese
WST  Western | Western powers
@kind sector
GOV  prime minister | government
MIL  troops
@kind actor
JPNGOV  Ryutaro Hashimoto  [1996-01-11..1998-07-30]
`

// TestResolveNamesAndDirections covers the cases where capitalisation or
// a neighbouring word decides whether a country is meant.
func TestResolveNamesAndDirections(t *testing.T) {
	checkResolve(t, resolveTestDict, []resolveCase{
		// A plural demonym after a capitalised word is no surname; the
		// people it names are civilians (peopleNoun).
		{"Young Kenyans protested in Nairobi.", "2020-01-01", "KENCVL"},
		{"Angry Iraqis marched on the embassy.", "2020-01-01", "IRQCVL"},
		// A country's name inside a person's name is no country; the
		// person, a speaker, is of unknown code (person.go).
		{"Chad Smith said nothing.", "2020-01-01", "---"},
		{"Chad Smith visited Kenya.", "2020-01-01", "KEN"},
		// A compass adjective before a country is a direction.
		{"Fighting raged in Western Cambodia on Monday.", "2020-01-01", "KHM"},
		{"Western powers condemned the coup.", "2020-01-01", "WST"},
		{"Cambodian troops crossed into western Cambodia.", "2020-01-01", "KHMMIL KHM"},
		// In an undated story an explicit title beats the out-of-office
		// fallback, but not "former"; a dated one goes by the date.
		{"Japanese Prime Minister Ryutaro Hashimoto arrived in Beijing.", "1997-05-01", "JPNGOV"},
		{"Japanese Prime Minister Ryutaro Hashimoto arrived in Beijing.", "", "JPNGOV"},
		{"Japanese Prime Minister Ryutaro Hashimoto arrived in Beijing.", "2005-05-01", "JPNELI"},
		{"Ryutaro Hashimoto arrived in Beijing.", "", "JPNELI"},
		{"Former Japanese Prime Minister Ryutaro Hashimoto arrived in Beijing.", "", "JPNELI"},
	})
}
