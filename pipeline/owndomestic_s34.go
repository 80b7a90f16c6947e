package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// ownDomestic (S34): acts that a state or its people aim at home by
// their nature, told with no one named as their object, take the
// actor's own state as target: threats of protest or strikes (133,
// "the Nigeria Labour Congress threatened a nationwide strike") and of
// repression (137, "threatened to crush the unrest"), restrictions,
// curfews and emergencies (172x, "declared a state of public emergency
// in the parish of St James"), expulsions of a population and mass
// killings (201, 202, "forced the entire population of Phnom Penh into
// the countryside") and the use of chemical or other mass-destruction
// weapons (204, 2041; not 2042, a test aimed at no one). The dev sets
// code them so nearly throughout (133 5 of 5, 137 4 of 5, 172x 131 of
// 145, 201 13 of 14, 202 32 of 40, 2041 10 of 11 rows), as S33's
// ownInquiry reads an inquiry that names no one.
func (p *Pipeline) ownDomestic(ev *event.Event) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || !domesticCode(ev.CAMEO) {
		return
	}
	c := ev.Source[0].Country
	if c == "" || !p.isState(c) {
		return
	}
	for _, a := range ev.Source[1:] {
		if a.Country != c {
			return // two states' joint act: aimed at neither's home alone
		}
	}
	ev.Target = []event.Actor{{Text: ev.Source[0].Text, Code: c, Country: c, Start: -1, End: -1}}
}

// domesticCode: the CAMEO codes ownDomestic reads.
func domesticCode(code string) bool {
	switch {
	case code == "133", code == "137", code == "201", code == "202", code == "204", code == "2041":
		return true
	case strings.HasPrefix(code, "172"):
		return true
	}
	return false
}
