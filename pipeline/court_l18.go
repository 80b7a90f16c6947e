package pipeline

import (
	"regexp"
	"strings"

	"github.com/parley-events/parley/event"
)

// crimeClause: "for" or "over" and a gerund between a court's sentencing
// or jailing verb and its target: "jailed the rapper for four years for
// insulting the police" names the crime, whose object is no defendant.
var crimeClause = regexp.MustCompile(`\b(?:for|over)\s+(?:allegedly\s+|publicly\s+|repeatedly\s+)?[a-z]+ing\b`)

// courtDefendant mends the target of a court's conviction, sentence or
// detention (116, 173 by a JUD source with a country), before
// domesticTarget:
//   - a target found after the crime's gerund is the crime's object, not
//     the defendant ("A Moroccan court jailed the rapper for four years
//     for insulting the police" was MARJUD>MARCOP): it is dropped, and
//     domesticTarget gives the court's state, as for any defendant the
//     dictionaries do not know;
//   - a defendant with no country ("refused bail to the opposition
//     leader Rached Ghannouchi", ---OPP) is one of the court's state: a
//     court tries those in its own jurisdiction.
func courtDefendant(ev *event.Event) {
	if ev.CAMEO != "116" && ev.CAMEORoot != "17" || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	src := ev.Source[0]
	if src.Sector != "JUD" || src.Country == "" {
		return
	}
	if v := ev.Evidence.Verb.End; v > 0 {
		crime := false
		for _, a := range ev.Target {
			if a.Start > v && a.Start <= len(ev.Sentence) && crimeClause.MatchString(strings.ToLower(ev.Sentence[v:a.Start])) {
				crime = true
			}
		}
		if crime {
			ev.Target = nil
			return
		}
	}
	for i := range ev.Target {
		a := &ev.Target[i]
		if a.Country == "" && strings.HasPrefix(a.Code, "---") {
			a.Country = src.Country
			a.Code = src.Country + strings.TrimPrefix(a.Code, "---")
		}
	}
}
