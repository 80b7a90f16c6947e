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
//
// S35 (late true, run after loneOtherState's late pass): intents to ease
// restrictions, dissent or military engagement (0351, 0352, 0356) and
// symbolic acts (017) that name no other party are aimed at home too:
// "Ethiopia's government said it would halt its military operations in
// Tigray" ETH→ETH, "Japanese Prime Minister Junichiro Koizumi paid homage
// at the Yasukuni war shrine in Tokyo" JPN→JPN. They run last, so a
// state the sentence names takes them first.
func (p *Pipeline) ownDomestic(ev *event.Event, late bool) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 {
		return
	}
	if late && !lateDomesticCode(ev.CAMEO) || !late && !domesticCode(ev.CAMEO) {
		return
	}
	if late && ev.Source[0].Sector == "CVL" {
		return // mourners laying flowers: people of no office mourn, not their state
	}
	c := p.soleSourceState(ev)
	if c == "" {
		return
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

// lateDomesticCode: the CAMEO codes ownDomestic reads after every other
// side rule: intents to ease restrictions (0351), dissent (0352) or
// military engagement (0356), and symbolic acts (017).
func lateDomesticCode(code string) bool {
	switch code {
	case "0351", "0352", "0356", "1241", "1242", "1246", "017", "018":
		return true
	}
	return false
}

// soleSourceState is the state every source of ev belongs to, or "" when
// the first source is of no state or the sources are of two states: a
// joint act of two states is aimed at neither's home alone.
func (p *Pipeline) soleSourceState(ev *event.Event) string {
	c := ev.Source[0].Country
	if c == "" || !p.isState(c) {
		return ""
	}
	for _, a := range ev.Source[1:] {
		if a.Country != c {
			return ""
		}
	}
	return c
}
