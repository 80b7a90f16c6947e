package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// appositiveNamesake reports a named body written after a state's
// adjective and a sector noun ("Cambodian news agency AKP", "Nepalese
// party UML") whose dictionary entry is another state's body of another
// kind (AKP, Turkey's ruling party): the state and the noun the text gives
// say what the name is, so the entry is a namesake, and the phrase is
// the state's body of that kind (KHMMED). The name must be the phrase's
// last part, right after the noun, and the entry a body, not a person
// (a person's title may be any state's). The text's own state agreeing
// with the entry's ("Turkish ruling party AKP"), or its noun naming the
// entry's kind ("Pakistani militant group TTP"), keeps the entry.
func appositiveNamesake(ph *Phrase, full *Entry, country string) bool {
	n := len(ph.Parts)
	if country == "" || n < 3 || ph.Parts[n-1].Entry != full || len(full.Ranges) > 0 || full.Former || len(full.Code) < 6 {
		return false
	}
	c := full.Code[:3]
	if transnational.Has(c) || c == country {
		return false
	}
	noun := ph.Parts[n-2].Entry
	if noun.Kind != KindSector || noun.Code == "-" || ph.Parts[n-2].End != ph.Parts[n-1].Start {
		return false
	}
	for rest := full.Code[3:]; len(rest) >= 3; rest = rest[3:] {
		if strings.HasPrefix(noun.Code, rest[:3]) {
			return false
		}
	}
	return true
}

// usStateOffices are offices and bodies of a US state that the Caucasus
// state of Georgia does not have (it has a president, a prime minister
// and a one-chamber parliament, no governor, senate, attorney general,
// sheriffs or Republicans): named right after "Georgia" or "Georgia's",
// they make the name the US state's ("Georgia's governor", "the Georgia
// Senate race", "Georgia Republicans").
var usStateOffices = wordset.Of("governor", "governors", "gov.", "lieutenant", "senate", "senator", "senators",
	"legislature", "attorney", "sheriff", "sheriffs", "republicans", "democrats", "gop", "congressman",
	"congresswoman", "congressional", "statehouse")

// usGeorgia reports a phrase whose state is named by "Georgia" right
// before a US state's office (usStateOffices): the US state, whose agents
// are the United States' (USAGOV for a governor), not the country's.
func usGeorgia(toks []text.Token, ph *Phrase) bool {
	for _, pt := range ph.Parts {
		if pt.Entry.Kind != KindCountry || pt.End-pt.Start != 1 || toks[pt.Start].Text != "Georgia" {
			continue
		}
		k := pt.End
		if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s") {
			k++
		}
		return k < len(toks) && usStateOffices.Has(toks[k].Lower)
	}
	return false
}
