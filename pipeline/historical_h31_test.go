package pipeline

import (
	"sort"
	"testing"
)

// TestHistoricalActorsByDate: archive copy names the states and the office
// holders of its own day. A Cold War premier, chancellor or president
// resolves to the state he served on the story's date ("Premier Kosygin"
// in 1967 is the Soviet government), North Vietnam is VDR until 1976 and
// its capital stands for it until then, Prague stands for Czechoslovakia
// until 1993; the same words in a modern story keep their modern reading.
func TestHistoricalActorsByDate(t *testing.T) {
	p := newTestPipeline(t)
	checkActorsByDate(t, p, []actorsByDate{
		{"a Soviet premier of the 1960s", "1967-06-24",
			"President Johnson met Premier Kosygin in New Jersey.", []string{"USAGOV", "SUNGOV"}, []string{"GBRGOV"}},
		{"the first secretary by surname", "1961-06-10",
			"Khrushchev threatened the Western powers over Berlin.", []string{"SUNGOV"}, nil},
		{"a West German chancellor", "1971-08-01",
			"Chancellor Brandt criticised the East German government.", []string{"DEUGOV", "DDRGOV"}, nil},
		{"the Chinese premier in Wade-Giles", "1969-09-12",
			"Kosygin met Chou En-lai at the Peking airport.", []string{"SUNGOV", "CHNGOV"}, nil},
		{"Hanoi before reunification is North Vietnam", "1972-12-20",
			"American planes bombed Hanoi.", []string{"VDR"}, []string{"VNM"}},
		{"North Vietnam against Saigon", "1973-03-01",
			"North Vietnam accused Saigon of violating the truce.", []string{"VDR", "VNM"}, nil},
		{"the Vietcong are the south's insurgents", "1968-02-01",
			"The Viet Cong shelled an American airbase near Da Nang.", []string{"VNMREB"}, nil},
		{"Prague before the split is Czechoslovakia", "1985-03-01",
			"Prague expelled two American diplomats.", []string{"CSK"}, []string{"CZE"}},
		{"must not: Prague after the split is the Czech Republic", "2021-04-18",
			"Prague expelled eighteen Russian diplomats.", []string{"CZE"}, []string{"CSK"}},
		{"Rhodesia's prime minister", "1976-11-01",
			"Ian Smith rejected the British proposals.", []string{"ZWEGOV"}, nil},
		{"Egypt's president of the 1950s", "1956-08-01",
			"Nasser rejected the Western proposal for the canal.", []string{"EGYGOV"}, nil},
		{"must not: a modern minister named Nasser", "2024-05-01",
			"Nasser Bourita met the Spanish foreign minister.", []string{"MARGOV"}, []string{"EGYGOV", "EGYELI"}},
		{"must not: the Tamil Nadu chief minister", "2023-06-01",
			"Chief Minister M.K. Stalin criticised the governor.", nil, []string{"SUNGOV", "SUNELI"}},
	})
}

// sortedKeys lists a set's members in order, for stable failure messages.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// actorsByDate is a story date and text and the actor codes the events
// coded from it must and must not carry; a code counts for its country
// too.
type actorsByDate struct {
	why, date, text string
	want            []string // actor codes some event must carry
	not             []string // actor codes no event may carry
}

func checkActorsByDate(t *testing.T, p *Pipeline, cases []actorsByDate) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, c.date, c.text)
		have := map[string]bool{}
		for _, ev := range evs {
			for _, side := range [][]string{codesOf(ev.Source), codesOf(ev.Target)} {
				for _, code := range side {
					// the full code and its country both count
					have[code] = true
					if len(code) >= 3 {
						have[code[:3]] = true
					}
				}
			}
		}
		for _, w := range c.want {
			if !have[w] {
				t.Errorf("%s: %q (%s): no event carries %s; got %v", c.why, c.text, c.date, w, sortedKeys(have))
			}
		}
		for _, n := range c.not {
			if have[n] {
				t.Errorf("%s: %q (%s): an event carries %s", c.why, c.text, c.date, n)
			}
		}
	}
}
