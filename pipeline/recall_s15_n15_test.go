package pipeline

import "testing"

// TestS15N15AgencyStatements: the releases of U.N. agencies, NGOs,
// ministries and statistics offices pass on figures, states of affairs
// and deaths that are no one's act; a plain statement (010) addressed to
// no one whose content is a figure or a death of old age, and names no
// political actor or act, is no event. Statements with political content, a leader's,
// the speaker's own plans and the events a release reports stay.
func TestS15N15AgencyStatements(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// Figures: a share, a count's head, a number of people or things.
		{why: "people counted", text: "More than 3 million people have been displaced since April, OCHA said.", code: "", none: true},
		{why: "a share of facilities", text: "About 40 percent of health facilities in Gaza are not functioning, the World Health Organization said.", code: "", none: true},
		{why: "the number of refugees", text: "The number of refugees in Chad has doubled this year, the UN refugee agency said.", code: "", none: true},
		{why: "half of the children", text: "Nearly half of the country's children are out of school, UNICEF said in a report published on Monday.", code: "", none: true},
		{why: "migrants counted", text: "About 1,200 migrants arrived on the island over the weekend, the Italian coast guard said.", code: "", none: true},
		{why: "a country's production", text: "Ghana's cocoa production fell by 12 percent last season, the marketing board said.", code: "", none: true},
		{why: "schools damaged by floods, schools the target", text: "The ministry said more than 400 schools had been damaged by the floods.", code: "", none: true},
		{why: "a count with the speaker's verb first", text: "UNHCR estimates that 80 percent of the camp's residents lack clean water.", code: "", none: true},
		{why: "a rate", text: "Enrolment rates for girls fell to 38 percent in rural districts, the education ministry said.", code: "", none: true},
		{why: "a population", text: "The population of the capital has grown to 5 million, the census bureau said.", code: "", none: true},
		// A death announced, even by a leader.
		{why: "an obituary", text: "The former president died on Sunday at the age of 84, his family said.", code: "", none: true},
		{why: "a death announced by a leader", text: "Former Prime Minister Meles Zenawi died in a hospital in Brussels at the age of 57, Prime Minister Hailemariam Desalegn said.", code: "", none: true},

		// Must: political content, leaders, the speaker's own doing.
		{why: "a leader's count", text: "President Ruto said 2 million people were facing hunger in the north.", code: "010", src: "KEN", tgt: "-"},
		{why: "a count of a party's act", text: "UNHCR said 3,000 refugees had been forcibly returned to Afghanistan by Pakistan.", code: "010", src: "IGO", tgt: "-"},
		{why: "a share with a state named", text: "China said its exports to the United States fell 20 percent because of the tariffs.", code: "010", src: "CHN", tgt: "-"},
		{why: "a count of killings reported", text: "Human Rights Watch said Ethiopian soldiers had killed at least 45 civilians in Amhara.", code: "19", src: "ETH", tgt: "-"},
		{why: "a count with a political noun", text: "The UN said Israeli restrictions had cut aid deliveries to Gaza by half.", code: "010", src: "IGO", tgt: "-"},
		{why: "a death in custody is no obituary", text: "The activist died in custody at the age of 45, Amnesty International said.", code: "010", src: "-", tgt: "-"},
		{why: "the speaker's own plan", text: "UNICEF said it would deliver vaccines to 2 million children in Yemen.", code: "03", src: "IGO", tgt: "-"},
	}
	checkRootCases(t, p, cases)
}
