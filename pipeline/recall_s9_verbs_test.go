package pipeline

import "testing"

// The ninth session's verb-stage families (engineer V10), each a batch of
// wire sentences written for these tests: custody and territory changing
// hands, threats in reported speech, yielding, disapproval and
// rejection. Every row checks the sides as well as the code, and each
// family has must-not rows beside the positive ones.

// TestRecallS9Custody: a person handed to another party's police or
// authorities is delivered to its justice (063) whoever the person is; a
// petition handed to them is an appeal, and power handed over is no
// judicial act.
func TestRecallS9Custody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a named person handed to police", text: "Ecuador handed Assange to British police on Thursday.", code: "063", src: "ECU", tgt: "GBR"},
		{why: "men handed over to authorities", text: "Kenya handed the three men over to Ugandan authorities.", code: "063", src: "KEN", tgt: "UGA"},
		{why: "a captain transferred to prosecutors", text: "Greece transferred the ship's captain to Turkish prosecutors.", code: "063", src: "GRC", tgt: "TUR"},
		{why: "a suspect handed over", text: "Sweden handed over the suspect to Iraqi authorities on Tuesday.", code: "063", src: "SWE", tgt: "IRQ"},
		{why: "extradition", text: "Spain extradited the former intelligence chief to the United States.", code: "063", src: "ESP", tgt: "USA"},
		{why: "a petition handed to police is no extradition", text: "Protesters handed a petition to police outside the embassy.", code: "063", none: true},
		{why: "power handed to a government is no extradition", text: "The junta handed power to a civilian government in Niamey.", code: "063", none: true},
		{why: "prisoners swapped", text: "Russia and Ukraine swapped prisoners on Friday.", code: "0841", src: "RUS", tgt: "UKR"},
		{why: "remains repatriated", text: "North Korea repatriated the remains of US soldiers to the United States.", code: "084", src: "PRK", tgt: "USA"},
		{why: "a seized tanker returned", text: "Iran returned the seized British tanker to its owners.", code: "0842", src: "IRN", tgt: "-"},
		{why: "a town taken from an army", text: "Islamist fighters seized the northern town of Tessalit from the Malian army.", code: "192", src: "MLI", tgt: "MLI"},
		{why: "a village retaken", text: "Ukrainian troops retook the village of Robotyne from Russian forces.", code: "192", src: "UKR", tgt: "RUS"},
	})
}

// TestRecallS9Withdrawal: a candidate leaving a race does nothing CAMEO
// codes; an army leaving a town after talks retreats from the town and
// breaks off no talks.
func TestRecallS9Withdrawal(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a candidate leaving a race", text: "Biden withdrew from the race in July.", code: "08", none: true},
		{why: "a candidate leaving an election", text: "The opposition leader pulled out of the presidential election on Monday.", code: "08", none: true},
		{why: "a team leaving a tournament", text: "Pakistan withdrew from the tournament after the attack.", code: "08", none: true},
		{why: "troops leaving a city", text: "Russian troops withdrew from Kherson on Friday.", code: "0874", src: "RUS", tgt: "-"},
		{why: "an army leaving a town after talks", text: "The Sudanese army withdrew from the town after talks with tribal elders.", code: "0874", src: "SDN", tgt: "-"},
		{why: "after talks is no walk-out", text: "The Sudanese army withdrew from the town after talks with tribal elders.", code: "164", none: true},
		{why: "leaving the talks", text: "Iran withdrew from the talks with the United States after the strike.", code: "164", src: "IRN", tgt: "USA"},
	})
}

// TestRecallS9Threats: "that" left out after warn ("warned it would
// take countermeasures") is still a threat when harm is named, and a
// forecast is none.
func TestRecallS9Threats(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "countermeasures with no that", text: "China warned it would take countermeasures if Washington went ahead with the arms sale.", code: "130", src: "CHN", tgt: "USA"},
		{why: "a price to pay, no that", text: "Iran warned Israel would pay a heavy price for the attack.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "strikes warned of, no that", text: "The Houthis warned they would strike ships bound for Israel.", code: "13", src: "YEM", tgt: "-"},
		{why: "a forecast is no threat", text: "The central bank warned it would take years for inflation to fall.", code: "13", none: true},
		{why: "a recession forecast is no threat", text: "The IMF warned Germany would slip into recession next year.", code: "13", none: true},
	})
}

// TestRecallS9OwnEnvoy: a state that summons its own ambassador home
// recalls him (161) from the state he serves in; summoning another
// state's envoy is a complaint (114).
func TestRecallS9OwnEnvoy(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "own ambassador summoned home", text: "Israel summoned its ambassador to Ireland for consultations.", code: "161", src: "ISR", tgt: "IRL"},
		{why: "own envoy summoned from a state", text: "Peru summoned its envoy from Mexico after the president's remarks.", code: "161", src: "PER", tgt: "MEX"},
		{why: "own ambassador is no complaint", text: "Israel summoned its ambassador to Ireland for consultations.", code: "114", none: true},
		{why: "a foreign envoy summoned", text: "Poland summoned the Russian ambassador over the missile incident.", code: "114", src: "POL", tgt: "RUS"},
		{why: "a foreign envoy summoned is no recall", text: "Poland summoned the Russian ambassador over the missile incident.", code: "161", none: true},
		{why: "a recall", text: "France recalled its ambassador from Niger.", code: "161", src: "FRA", tgt: "NER"},
	})
}
