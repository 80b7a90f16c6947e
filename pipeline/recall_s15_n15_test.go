package pipeline

import (
	"strings"
	"testing"
)

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

// TestS15N15NotYetAndMandates: acts still to come or not begun, the
// purposes bodies were set up or empowered for, and what has not been
// done so far (no refusal) are not reported as done; the same acts done,
// and refusals made, stay.
func TestS15N15NotYetAndMandates(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "talks not yet begun", text: "Talks between the government and the rebels have not yet begun.", code: "04", none: true},
		{why: "a meeting still to take place", text: "The meeting between the Sudanese and Chadian foreign ministers has yet to take place.", code: "04", none: true},
		{why: "talks postponed", text: "Talks between Armenia and Azerbaijan have been postponed until next month.", code: "04", none: true},
		{why: "negotiations not resumed", text: "Negotiations between Mali and the Tuareg rebels have not resumed since the coup.", code: "04", none: true},
		{why: "figures still to publish", text: "The ministry has yet to publish the full figures.", code: "01", none: true},
		{why: "a release still awaited", text: "Israel has yet to release the Palestinian prisoners.", code: "08", none: true},
		{why: "a mission set up to protect", text: "UNMISS was set up in 2011 to protect civilians and monitor human rights in South Sudan.", code: "07", none: true},
		{why: "a brigade authorised to attack", text: "The brigade is authorised to carry out targeted offensive operations against armed groups.", code: "19", none: true},
		{why: "an envoy's task", text: "The envoy's task is to facilitate dialogue between the parties.", code: "04", none: true},
		{why: "not signed so far", text: "Kenya has not signed the agreement.", code: "12", none: true},
		{why: "never ratified", text: "Russia has never ratified the treaty.", code: "12", none: true},
		{why: "not discussed since", text: "The Security Council has not discussed the matter since 2019.", code: "12", none: true},

		// The acts done.
		{why: "talks opened", text: "Talks between Sudan's army and the RSF opened in Jeddah on Saturday.", code: "04", src: "SDN", tgt: "SDN"},
		{why: "a meeting that took place", text: "The meeting between Putin and Erdogan took place in Sochi.", code: "04", src: "-", tgt: "-"},
		{why: "prisoners released", text: "Israel released 39 Palestinian prisoners on Friday.", code: "08", src: "ISR", tgt: "PSE"},
		{why: "a commission set up by an active verb", text: "The Security Council established a commission of inquiry to investigate abuses in Darfur.", code: "09", src: "IGO", tgt: "SDN"},
		{why: "a force sent to fight", text: "Kenya sent 400 police officers to Haiti to fight gangs.", code: "15", src: "KEN", tgt: "HTI"},
		{why: "a refusal made", text: "Ethiopia refused to sign the agreement.", code: "12", src: "ETH", tgt: "-"},
		{why: "a signing that did not happen", text: "Kenya did not sign the agreement.", code: "12", src: "KEN", tgt: "-"},
	}
	var must []rootCase
	for _, c := range cases {
		if !c.none {
			must = append(must, c)
			continue
		}
		// What was not done may be coded, as negated or hypothetical;
		// it must not be reported as done.
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if !e.Modality.Negated && !e.Modality.Hypothetical && strings.HasPrefix(e.CAMEO, c.code) {
				t.Errorf("%s: %q coded %s %s>%s as done", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
	checkRootCases(t, p, must)
}

// TestS15N15GeneralAssembly: "the General Assembly", capitalised with no
// state named, is the UN's, as "the Security Council" is; not a general
// (MIL) and an assembly.
func TestS15N15GeneralAssembly(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the UN's assembly", text: "The General Assembly voted to suspend Russia from the Human Rights Council.", code: "16", src: "IGOUNO", tgt: "RUS"},
		{why: "a state's assembly", text: "Uruguay's General Assembly censured the interior minister over the escape of a drug trafficker.", code: "11", src: "URY", tgt: "-"},
	})
}
