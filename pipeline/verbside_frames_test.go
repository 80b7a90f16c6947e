package pipeline

import (
	"testing"
)

// TestVerbSideFrames runs the engine rules of the verb side end to end, on
// sentences written for this test: each row is one general phenomenon of
// English news text, with the CAMEO root it must code and the countries
// of its sides ("-" leaves a side unchecked), or "none" when the sentence
// must code no event of that root.
func TestVerbSideFrames(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"converse: receiving from", "Kenya received rifles and ammunition from Uganda.", "07", "UGA", "KEN", false},
		{"converse: pressure from", "Lebanon faces growing pressure from France over the reforms.", "10", "FRA", "LBN", false},
		{"participle opening the subject", "Striking miners blocked the main road into Lusaka.", "14", "-", "ZMB", false},
		{"participle between number and noun", "The Nigerian army rescued 40 abducted villagers.", "18", "", "", true},
		{"trailing attribution is no statement", "Rebels shelled the Malian town, the army said.", "01", "", "", true},
		{"leading statement stays", "Mali said rebels shelled the town.", "01", "MLI", "-", false},
		{"wish to cooperate is intent", "Vietnam wants to expand trade with Australia.", "03", "VNM", "AUS", false},
		{"attempt at force happened", "Protesters tried to storm the Serbian parliament.", "14", "-", "-", false},
		{"threat target in the infinitive", "Russia threatened to cut gas deliveries to Moldova.", "13", "RUS", "MDA", false},
		{"future sanction is a threat", "Hungary said it would cut off aid to Serbia.", "13", "HUN", "SRB", false},
		{"gerund after of is alleged", "Ukraine accused Russia of shelling Ukrainian civilians.", "19", "", "", true},
		{"adjective on an opening noun", "Ethiopian tanks entered the Somali town of Baidoa.", "19", "ETH", "-", false},
		{"subjectless two-party meeting", "The meeting between the Kenyan and Tanzanian presidents took place in Arusha.", "04", "KEN", "TZA", false},
		{"unnamed crowd against a named target", "Thousands marched in Nairobi against the Kenyan government.", "14", "-", "KEN", false},
		{"light verb before an invasion", "Rwanda launched an invasion of eastern Congo.", "19", "RWA", "COD", false},
		{"passive with the object first", "The truce was broken by Sudanese government forces.", "19", "SDN", "-", false},
		{"kick off is no assault", "The Kenyan president kicked off his campaign in Mombasa.", "18", "", "", true},
		{"the addressee of 'told' is no subject", "The Kenyan president told reporters he would not resign.", "12", "KEN", "-", false},
		{"call on without an infinitive is a visit", "The Indian envoy called on the Nepalese prime minister.", "04", "IND", "NPL", false},
	}
	checkFrames(t, p, cases, false)
}
