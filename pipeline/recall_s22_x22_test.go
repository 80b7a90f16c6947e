package pipeline

import "testing"

// TestS22X22FigureStatements: a plain statement that only passes on a
// figure codes nothing (CAMEO codes no one's act, and the sets list such
// reports as no-event sentences): a bank on its currency, a ministry on
// what the country harvested, produced or exported, a forecast whose
// subject is the figure, pilgrims at a feast, a season's opening, an
// economic minister on the figures of his portfolio, an election
// commission's result, and a report an outlet passes on ("..., TASS
// reported"). A leader's word on the economy stays a statement, as does
// any content with a political actor or act (talks, sanctions, a war, a
// bailout, a ban), and the acts an agency reports stay coded. Sentences
// written for this test.
func TestS22X22FigureStatements(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a currency's fall, a possessive", text: "Argentina's peso weakened to 1,050 per dollar on Monday, the central bank said.", code: "01", none: true},
		{why: "a currency's gain, its best month", text: "The Kenyan shilling gained 2 percent against the dollar in March, its best month in a decade, the central bank said.", code: "01", none: true},
		{why: "a state harvested", text: "Ukraine harvested 59 million tonnes of grain this year, the agriculture ministry said.", code: "01", none: true},
		{why: "a state exported", text: "Thailand exported a record 9 million tonnes of rice in 2024, the commerce ministry said.", code: "01", none: true},
		{why: "a state produced, an energy minister", text: "The energy minister said Kazakhstan produced a record 90 million tonnes of oil last year.", code: "01", none: true},
		{why: "a forecast of inflation", text: "The central bank said inflation would slow to 6 percent by the end of the year.", code: "01", none: true},
		{why: "pilgrims at a feast", text: "Thousands of pilgrims gathered in Czestochowa for the feast of the Assumption, police said.", code: "01", none: true},
		{why: "a finance minister on the currency", text: "Poland's finance minister said the zloty had stabilised after weeks of losses.", code: "01", none: true},
		{why: "a season opens", text: "The hunting season in Tanzania's game reserves opens on July 1, the tourism board said.", code: "01", none: true},
		{why: "foreign trade", text: "Indonesia's foreign trade reached a record 500 billion dollars last year, the statistics agency said.", code: "01", none: true},
		{why: "an election result, the share far from the verb", text: "William Ruto won Kenya's presidential election with 50.5 percent of the vote, the electoral commission said.", code: "01", none: true},
		{why: "a report an outlet passes on", text: "The Ministry of Agriculture said the country harvested a record 40 million tonnes of wheat this year, Interfax reported.", code: "01", none: true},
		{why: "its survey, after the speaker", text: "Peru's coca cultivation reached 95,000 hectares in 2023, the UN drugs office said in its annual survey.", code: "01", none: true},
		// Statements with a political actor or act, leaders, and the
		// acts an agency reports, stay.
		{why: "keep: a leader on the currency", text: "Argentine President Javier Milei said the peso had stabilised thanks to his reforms.", code: "010", src: "ARG", tgt: "-"},
		{why: "keep: a premier on a trade war", text: "Chinese Premier Li Qiang said the trade war had hit China's exports harder than expected.", code: "010", src: "CHN", tgt: "-"},
		{why: "keep: a bank acting for its currency", text: "The central bank said it would intervene to defend the rupee after its slide against the dollar.", code: "01", src: "-", tgt: "-"},
		{why: "keep: talks on exports", text: "The agriculture ministry said talks with Egypt on grain exports would resume next week.", code: "010", src: "-", tgt: "EGY"},
		{why: "keep: sanctions behind inflation", text: "The central bank said the sanctions had pushed inflation to 12 percent.", code: "01", src: "-", tgt: "-"},
		{why: "keep: a finance minister on a bailout", text: "Ghana's finance minister said the government would seek a bailout from the IMF.", code: "02", src: "GHA", tgt: "-"},
		{why: "keep: force on pilgrims", text: "Police fired tear gas at pilgrims gathered in Karbala, the interior ministry said.", code: "175", src: "IRQ", tgt: "IRQ"},
		{why: "keep: an expulsion an outlet reports", text: "The foreign ministry said Pakistan had expelled two Indian diplomats, Dawn reported.", code: "161", src: "PAK", tgt: "IND"},
		{why: "keep: a fighting season", text: "The Taliban announced the start of their spring fighting season, Reuters reported.", code: "01", src: "AFG", tgt: "-"},
		{why: "keep: tariffs a ministry reports", text: "The trade ministry said China had imposed tariffs on Australian wine, the ABC reported.", code: "163", src: "CHN", tgt: "AUS"},
		{why: "keep: a poll date announced", text: "The election commission said the vote would be held on June 12.", code: "01", src: "-", tgt: "-"},
		{why: "keep: a trade deal", text: "Kenya's trade minister said Nairobi would sign a trade deal with the European Union next month.", code: "03", src: "KEN", tgt: "-"},
	})
}

// TestS22X22OutletSpeaker: a news outlet that opens the sentence ("SANA
// said ...", "Xinhua said ...") passes news on: its plain statement
// (010) is not coded, and the act it reports is (dev19's convention:
// what a state outlet reports is the act reported). A ministry's
// statement, and a state's own statement that an outlet closes
// ("..., IRNA reported"), stay. Sentences written for this test.
func TestS22X22OutletSpeaker(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "an outlet on a fair", text: "SANA said the Aleppo International Fair would reopen in September with companies from 20 countries.", code: "01", none: true},
		{why: "an outlet on exports", text: "Tasnim said Iranian exports to Iraq reached 10 billion dollars last year.", code: "01", none: true},
		{why: "an outlet on farm work", text: "KCNA said farmers in South Hwanghae province had finished the rice transplanting ahead of schedule.", code: "01", none: true},
		{why: "an outlet reporting a strike", text: "SANA said Israeli jets struck an airport near Damascus.", code: "01", none: true},
		{why: "an outlet reporting a bombing", text: "Anadolu said Turkish jets had bombed PKK targets in northern Iraq.", code: "01", none: true},
		{why: "keep: the strike an outlet reports", text: "SANA said Israeli jets struck an airport near Damascus.", code: "195", src: "ISR", tgt: "SYR"},
		{why: "keep: the opposition an outlet reports", text: "Xinhua said China strongly opposed the US arms sale to Taiwan.", code: "11", src: "CHN", tgt: "USA"},
		{why: "keep: a ministry's statement", text: "The Syrian foreign ministry said the US strikes were a flagrant aggression.", code: "010", src: "SYR", tgt: "USA"},
		{why: "keep: a state's statement an outlet closes", text: "Iran said it had arrested ten spies working for Israel, IRNA reported.", code: "010", src: "IRN", tgt: "-"},
	})
}
