package pipeline

import "testing"

// TestS19X19HelpPurpose: what help asked for or sent would achieve ("urged
// NATO to help lift the siege", "deployed 500 soldiers to help fight
// jihadists") has not been done; the appeal or the deployment is the
// event. Help given ("Egypt helped fight the insurgents"), the act asked
// directly and a later clause of its own stay. Sentences written for this
// test.
func TestS19X19HelpPurpose(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the aim of help asked", text: "The Bosnian prime minister urged NATO to help lift the siege of Sarajevo.", code: "08", none: true},
		{why: "the aim of arms asked", text: "Ukraine asked Germany for Leopard tanks to help repel the Russian offensive in the east.", code: "19", none: true},
		{why: "the aim of advisers requested", text: "Iraq requested American advisers to help retake Fallujah from Islamic State.", code: "19", none: true},
		{why: "the aim of troops asked", text: "Kenya's president asked the African Union for troops to help defeat al-Shabaab in Somalia.", code: "19", none: true},
		{why: "the aim of drones requested", text: "The Libyan government requested Turkish drones to help repel Haftar's offensive on Tripoli.", code: "19", none: true},
		{why: "the aim of training asked", text: "Somalia's president appealed to Turkey to help train the Somali army.", code: "07", none: true},
		{why: "the aim of troops sent as aid", text: "Niger deployed 500 soldiers to Burkina Faso to help fight jihadists in the north.", code: "19", none: true},
		{why: "the aim of troops sent as aid (2)", text: "Chad deployed 2,000 troops to Niger to help fight Boko Haram.", code: "19", none: true},
		{why: "the aim of training given", text: "France trained Malian troops to fight jihadists in the north of the country.", code: "19", none: true},
		// The appeal, the aid, help given and later clauses stay.
		{why: "keep: the appeal", text: "Ukraine asked Germany for Leopard tanks to help repel the Russian offensive in the east.", code: "0232", src: "UKR", tgt: "DEU"},
		{why: "keep: the troops sent", text: "Niger deployed 500 soldiers to Burkina Faso to help fight jihadists in the north.", code: "07", src: "NER", tgt: "BFA"},
		{why: "keep: help given is done", text: "Egypt helped fight the Islamist insurgents in Sinai with Israeli drones, officials said.", code: "19", src: "EGY", tgt: "-"},
		{why: "keep: help given is done (2)", text: "Ethiopian troops helped fight the insurgents in Baidoa last year, a Somali official said.", code: "19", src: "ETH", tgt: "-"},
		{why: "keep: help given is done (3)", text: "Russia helped Syria retake Palmyra from Islamic State in March 2016.", code: "19", src: "RUS", tgt: "-"},
		{why: "keep: the act asked directly", text: "The Somali president urged Kenya to send troops to Kismayo.", code: "15", src: "KEN", tgt: "-"},
		{why: "keep: a later clause", text: "Lithuania asked NATO to help it defend its airspace, and NATO jets intercepted Russian planes near Vilnius on Monday.", code: "19", src: "-", tgt: "RUS"},
	})
}
