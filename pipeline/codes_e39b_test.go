package pipeline

import "testing"

// TestE39BWantedHandedOver: a wanted person handed over to another state
// is judicial cooperation (063) from the handing state to the receiving
// one; a captive (a captured pilot, a hostage) handed back is a release
// (0841).
func TestE39BWantedHandedOver(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "handed over X to a state days after arresting him", text: "Pakistani authorities handed over the al Qaeda planner to the United States days after arresting him in Rawalpindi.", code: "063", src: "PAK", tgt: "USA"},
		{why: "handed over to a state prisoners arrested", text: "Pakistan handed over to Afghanistan 12 Taliban prisoners arrested in Quetta, officials said.", code: "063", src: "PAK", tgt: "AFG"},
		{why: "handed over a wanted gangster", text: "Dubai police handed over the gangster to Indian officials.", code: "063", src: "ARE", tgt: "IND"},
		{why: "handed over a wanted militant", text: "Thailand handed over the wanted militant to the United States.", code: "063", src: "THA", tgt: "USA"},
		// must not: a captured pilot handed back is set free, though his rank is "commander"
		{why: "captured pilot Wing Commander", text: "Pakistan handed over captured Indian Air Force pilot Wing Commander Abhinandan Varthaman to Indian officials at the Wagah border as a peace gesture.", code: "0841", src: "PAK", tgt: "IND"},
		// must not: hostages handed over stay a release
		{why: "hostages handed to the Red Cross", text: "Hamas handed 13 Israeli hostages to the Red Cross on Friday.", code: "0841", src: "PSE", tgt: "ISR"},
		// a wanted word outweighs a captive one
		{why: "captured commander wanted in India", text: "Pakistan handed over a captured militant commander wanted in India to Indian officials.", code: "063", src: "PAK", tgt: "IND"},
	})
	checkRootNot(t, p, "06", "The outgoing prime minister handed over to his successor on Saturday.")
	checkRootNot(t, p, "06", "Pakistan handed over captured Indian Air Force pilot Wing Commander Abhinandan Varthaman to Indian officials at the Wagah border as a peace gesture.")
}

// TestE39BExtraditionRequest: a state that signs or grants another's
// request to extradite someone cooperates with the requesting state (063
// to the requester, not to the person); a request rejected is no 063.
func TestE39BExtraditionRequest(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "signed a US request to extradite", text: "Britain's home secretary signed a US request to extradite the publisher, and a London court set a full hearing for February.", code: "063", src: "GBR", tgt: "USA"},
		{why: "granted a Russian request for extradition", text: "Sweden granted a Russian request for extradition of the businessman.", code: "063", src: "SWE", tgt: "RUS"},
		{why: "plain extradition keeps its target", text: "Mexico extradited a cartel leader to the United States.", code: "063", src: "MEX", tgt: "USA"},
	})
	checkRootNot(t, p, "06", "Britain rejected a US request to extradite the hacker.")
}

// TestE39BConditionalArrest: an arrest said to follow on a condition
// ("says he will be arrested if he leaves") threatens repression (137);
// an arrest reported as done threatens nothing.
func TestE39BConditionalArrest(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "says he will be arrested if", text: "Ecuador grants asylum to the publisher; UK says he will be arrested if he leaves embassy", code: "137", src: "GBR", tgt: "ECU"},
		{why: "warned that ... will be deported if", text: "Germany warned that the migrants will be deported if they enter illegally.", code: "137", src: "DEU", tgt: ""},
	})
	checkRootNot(t, p, "13", "Britain said the fugitive was arrested at the embassy.")
}
