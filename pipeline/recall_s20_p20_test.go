package pipeline

import "testing"

// TestS20P20SinceAdverb: "since" between a perfect's auxiliary and its
// participle is the adverb "since then" (verb/since_p20.go): the verb's
// subject is found across it. Own sentences; the must-not rows keep a
// "since" after the verb a subordinator, whose clause has a subject of
// its own.
func TestS20P20SinceAdverb(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "has since expelled", text: "Russia has since expelled two Estonian diplomats.", code: "161", src: "RUS", tgt: "EST"},
		{why: "has since closed", text: "Egypt has since closed the Rafah crossing.", code: "191", src: "EGY", tgt: "-"},
		{why: "after a relative clause", text: "Erdogan, who survived the coup attempt, has since detained thousands of soldiers.", code: "173", src: "TUR", tgt: "TUR"},
		{why: "has since imposed", text: "China has since imposed sanctions on Lithuania.", code: "163", src: "CHN", tgt: "LTU"},
		{why: "has since released", text: "Venezuela has since released five American prisoners.", code: "0841", src: "VEN", tgt: "USA"},
		{why: "has since seized", text: "Iran has since seized a second Greek tanker.", code: "17", src: "IRN", tgt: "GRC"},
		{why: "has since recalled", text: "Argentina has since recalled its ambassador from Caracas.", code: "161", src: "ARG", tgt: "VEN"},
		{why: "has since arrested", text: "The Pakistani army has since arrested three PTI leaders.", code: "173", src: "PAK", tgt: "PAK"},
		{why: "has since deployed", text: "Kenya has since deployed 400 police officers to Haiti.", code: "15", src: "KEN", tgt: "HTI"},
		{why: "under a verb of saying", text: "Ankara said it has since deported 40 Syrian refugees.", code: "174", src: "TUR", tgt: "SYR"},
		{why: "has since said", text: "Moscow has since said it would retaliate.", code: "13", src: "RUS", tgt: "-"},
		{why: "a since-clause keeps its own subject", text: "Russia's economy has shrunk since Western states imposed sanctions on Moscow.", code: "163", src: "WST", tgt: "RUS"},
		{why: "a since-clause with no actor codes nothing", text: "Prices in Argentina have risen sharply since the peso collapsed.", code: "", none: true},
	})
	// "has not since" is still negated.
	evs := codeText(t, p, "2024-05-01", "Peru has not since recalled its ambassador.")
	for _, e := range evs {
		if e.CAMEO == "161" && !e.Modality.Negated {
			t.Errorf("%q coded 161 not negated", "Peru has not since recalled its ambassador.")
		}
	}
}

// TestS20P20EnterTown: irregular armed men who enter a town by its name,
// a named city or a seat of power take it (192, data/verbs/19-fight.txt),
// the place's state the target. Own sentences; the must-not rows are
// other entries: talks, a state, a final, a port, a slump, a new year.
func TestS20P20EnterTown(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a seat of power", text: "Taliban fighters have entered the presidential palace in Kabul.", code: "192", src: "AFG", tgt: "AFG"},
		{why: "beside a withdrawal", text: "Ethiopian troops withdrew as TPLF fighters entered Mekelle.", code: "192", src: "ETH", tgt: "ETH"},
		{why: "the withdrawal beside it", text: "Ethiopian troops withdrew as TPLF fighters entered Mekelle.", code: "0874", src: "ETH", tgt: "-"},
		{why: "a town by its name", text: "M23 rebels entered Goma on Monday.", code: "192", src: "-", tgt: "COD"},
		{why: "the city of", text: "Islamic State militants entered the Syrian city of Palmyra on Wednesday.", code: "192", src: "-", tgt: "SYR"},
		{why: "the centre of", text: "Houthi fighters entered the centre of Aden after days of fighting.", code: "192", src: "YEM", tgt: "YEM"},
		{why: "the town of", text: "Jihadist fighters entered the Malian town of Boni overnight.", code: "192", src: "-", tgt: "MLI"},
		{why: "present perfect, an apposition after", text: "RSF fighters have entered Wad Madani, the capital of Gezira state.", code: "192", src: "SDN", tgt: "SDN"},
		{why: "rebel forces", text: "Rebel forces entered Mekelle on Monday.", code: "192", src: "-", tgt: "ETH"},
		{why: "a delegation enters talks", text: "A Chinese delegation entered the talks in Geneva.", code: "19", none: true},
		{why: "refugees enter a state", text: "Thousands of refugees entered Poland from Ukraine.", code: "19", none: true},
		{why: "a tanker enters port", text: "The Iranian tanker entered port in Syria.", code: "19", none: true},
		{why: "a market enters a slump", text: "The market entered a slump after the announcement.", code: "19", none: true},
		{why: "former fighters enter parliament", text: "Former rebel fighters entered parliament after the election in Colombia.", code: "19", none: true},
		{why: "fighters enter a race", text: "The fighters entered the race for the presidency.", code: "19", none: true},
		{why: "fighters fleeing into a state", text: "Hundreds of Taliban fighters entered Pakistan fleeing US strikes.", code: "192", none: true},
		{why: "a war enters a year", text: "The war in Sudan has entered its third year.", code: "19", none: true},
	})
}

// TestS20P20PastPerfect: acts in the past perfect, in a fronted time
// clause or a relative clause, beside the main clause's own: both sides'
// forces that had fought for a span fought each other (190, recip), a
// truce that "was agreed" is the parties' (0871), and weapons a relative
// clause says a state had supplied were aid to their user (072,
// verb/suppliedarms_p20.go). Own sentences with must-not rows.
func TestS20P20PastPerfect(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "fronted, had fought for weeks", text: "After Azerbaijani and Armenian forces had fought for six weeks, Moscow hosted talks and a ceasefire was agreed.", code: "190", src: "AZE", tgt: "ARM"},
		{why: "the hosting beside it", text: "After Azerbaijani and Armenian forces had fought for six weeks, Moscow hosted talks and a ceasefire was agreed.", code: "043", src: "RUS", tgt: "-"},
		{why: "the truce agreed", text: "After Azerbaijani and Armenian forces had fought for six weeks, Moscow hosted talks and a ceasefire was agreed.", code: "0871", src: "AZE", tgt: "ARM"},
		{why: "fought for days, plain past", text: "Sudanese and South Sudanese troops fought for three days along the border.", code: "190", src: "SDN", tgt: "SSD"},
		{why: "a truce agreed after clashes", text: "Thai and Cambodian troops clashed for three days before a ceasefire was agreed.", code: "0871", src: "THA", tgt: "KHM"},
		{why: "a cause fought for is no battle", text: "Algerian and Tunisian fighters fought for independence from France.", code: "190", none: true},
		{why: "police and protesters", text: "Police and protesters battled for hours outside the parliament in Kyiv.", code: "190", none: true},
		{why: "a truce with no party", text: "A ceasefire was agreed in Doha on Sunday.", code: "0871", none: true},
		{why: "a reduced relative of supply", text: "Ukraine used the HIMARS systems the US had supplied to strike Russian positions.", code: "072", src: "USA", tgt: "UKR"},
		{why: "a that-relative of supply", text: "Israel used the bombs that Washington had sent to strike Hamas positions in Rafah.", code: "072", src: "USA", tgt: "ISR"},
		{why: "weapons with no user", text: "The missiles the US had supplied were stolen, officials said.", code: "072", none: true},
		{why: "a relative act beside the main one", text: "Al-Shabaab, which had attacked a Kenyan army base last month, ambushed a police convoy near Mandera.", code: "190", src: "SOM", tgt: "KEN"},
		{why: "a relative arrest beside an expulsion", text: "The junta, which had arrested President Bazoum in July, expelled the French ambassador.", code: "173", src: "NER", tgt: "NER"},
	})
}
