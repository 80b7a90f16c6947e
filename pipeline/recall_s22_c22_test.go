package pipeline

import "testing"

// TestRecallS22C22 covers C22's rules for roots the raters code and parley
// missed: criticism a party faced, drew or came under with no critic
// named (111, the subject the target), talks between two parties
// suspended in the passive (164), a deal on a named matter quit (160), a
// bomb that kills a number in a place an adjective names (183, not
// 190), and joint operations of two states' forces (062: "in a joint
// operation", a "joint air and ground offensive" beside its force code,
// a headline's joint drills that begin). Half the rows are must-nots.
// Every sentence was written for this test.
func TestRecallS22C22(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Criticism received, critic unnamed.
		{why: "drew condemnation for remarks", text: "Hungary's prime minister drew fierce condemnation for his remarks on race.", code: "111", src: "-", tgt: "HUN"},
		{why: "facing criticism over arrests", text: "The Tunisian government is facing growing criticism over the arrests of judges.", code: "111", src: "-", tgt: "TUN"},
		{why: "faced a backlash after arrests", text: "Ghana's president faced a backlash after the galamsey arrests.", code: "111", src: "-", tgt: "GHA"},
		{why: "came under fire over pushbacks", text: "Greece came under fire over pushbacks of migrants in the Aegean.", code: "111", src: "-", tgt: "GRC"},
		{why: "came under fire for its treatment", text: "Australia came under fire for its treatment of refugees on Nauru.", code: "111", src: "-", tgt: "AUS"},
		{why: "a product's criticism is no one's", text: "The new iPhone drew criticism over its battery life.", code: "11", none: true},
		{why: "a patrol under fire for minutes", text: "The patrol came under fire for several minutes near Gao.", code: "11", none: true},
		{why: "soldiers under fire after crossing", text: "The soldiers came under fire after crossing the river.", code: "11", none: true},
		{why: "a festival drew crowds", text: "The festival drew crowds of 50,000 over the weekend.", code: "11", none: true},
		// Talks between two parties suspended or called off.
		{why: "negotiations between suspended", text: "Negotiations between Khartoum and the SPLM-North were suspended on Sunday.", code: "164", src: "SDN", tgt: "SDN"},
		{why: "talks between called off", text: "Talks between Belgrade and Pristina have been called off, the EU said.", code: "164", src: "SRB", tgt: "KSV"},
		{why: "talks between held", text: "Talks between Belgrade and Pristina were held in Brussels on Sunday.", code: "16", none: true},
		{why: "talks between postponed", text: "Talks between Belgrade and Pristina have been postponed until May.", code: "16", none: true},
		// A deal on a named matter quit or abandoned.
		{why: "abandoned the grain deal", text: "Moscow abandoned the Black Sea grain deal in July.", code: "160", src: "RUS", tgt: "-"},
		{why: "signed the grain deal", text: "Moscow signed the Black Sea grain deal in July.", code: "16", none: true},
		{why: "quit his post after the deal", text: "The minister quit his post after the grain deal collapsed.", code: "16", none: true},
		// Talks cut off.
		{why: "cut off talks with", text: "Seoul cut off military talks with Pyongyang after the missile launch.", code: "164", src: "KOR", tgt: "PRK"},
		{why: "a road cut off near talks", text: "Rebels cut off the road to the venue of the talks in Juba.", code: "16", none: true},
		// Bombs that kill a number in a place an adjective names.
		{why: "bomb blasts kill in an Iraqi town", text: "Bomb blasts kill 31 in Iraqi market town.", code: "183", src: "-", tgt: "IRQ"},
		{why: "bomb attack kills in a Somali hotel", text: "A bomb attack killed 12 in Somali capital's hotel.", code: "183", src: "-", tgt: "SOM"},
		{why: "gas explosion is no bombing", text: "Gas explosion kills 9 in Nigerian market.", code: "18", none: true},
		{why: "soldiers' raid is no bombing", text: "Soldiers kill 12 in Malian village raid.", code: "18", none: true},
		// Joint operations of two states' forces.
		{why: "joint air and ground offensive", text: "Kenyan and Somali troops launched a joint air and ground offensive against al-Shabaab in Lower Juba.", code: "062", src: "KEN", tgt: "SOM"},
		{why: "the offensive keeps its force code", text: "Kenyan and Somali troops launched a joint air and ground offensive against al-Shabaab in Lower Juba.", code: "190", src: "KEN", tgt: "SOM"},
		{why: "in a joint operation", text: "Turkish and Azerbaijani police detained 14 traffickers in a joint operation near Nakhchivan.", code: "062", src: "TUR", tgt: "AZE"},
		{why: "headline joint drills begin", text: "Joint Pakistani-Chinese naval exercises begin in the Arabian Sea.", code: "062", src: "PAK", tgt: "CHN"},
		{why: "one army's offensive", text: "Kenyan troops launched an air and ground offensive against al-Shabaab in Lower Juba.", code: "06", none: true},
		{why: "a joint statement", text: "The ministers spoke in a joint statement on Sunday.", code: "06", none: true},
		{why: "one navy's exercises begin", text: "Chinese naval exercises begin in the Arabian Sea.", code: "06", none: true},
		{why: "a joint press conference", text: "Kenyan and Somali officials held a joint press conference in Mogadishu on the offensive.", code: "06", none: true},
	})
	// The critic is unnamed: the subject criticised is never its own critic.
	for _, text := range []string{
		"Hungary's prime minister drew fierce condemnation for his remarks on race.",
		"Australia came under fire for its treatment of refugees on Nauru.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "11" && len(e.Source) > 0 {
				t.Errorf("%q: criticism received coded with source %s", text, actorCodes(e.Source))
			}
		}
	}
}
