package pipeline

import "testing"

// Review of the sixteenth session's rules (R16): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS16StatementSenses: V16's statement lines (01-statement.txt)
// read other senses of their words: "assured them a place" guarantees
// an outcome, a band "played down the avenue" walks, a navy "projected
// its power" shows force, and echoing a call makes the appeal itself.
func TestReviewS16StatementSenses(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: assured parliament that, Kenya", text: "Kenya's health minister assured parliament that the drought relief was reaching Turkana.", code: "010", src: "KEN", tgt: "-"},
		{why: "must not: a win assures a place, sport", text: "Argentina's victory over Chile assured them a place in the final.", code: "010", none: true},
		{why: "must not: a deal assures a supply", text: "Qatar's gas deal assured Egypt a steady supply through 2030.", code: "010", none: true},
		{why: "intended: reports played down, India", text: "The Indian army played down reports of a clash with Chinese troops.", code: "010", src: "IND", tgt: "-"},
		{why: "intended: a risk played down, Russia", text: "The Kremlin played down the risk of escalation with NATO.", code: "010", src: "RUS", tgt: "-"},
		{why: "must not: a band marches down an avenue, Mexico", text: "The Mexican military band played down the main avenue during the parade.", code: "010", none: true},
		{why: "must not: a band marches down a street, Kenya", text: "The Kenyan army band played down Kenyatta Avenue on Independence Day.", code: "010", none: true},
		{why: "intended: growth projected, Nigeria", text: "The Nigerian central bank projected economic growth of 3 percent.", code: "010", src: "NGA", tgt: "-"},
		{why: "must not: power projected, India", text: "The Indian navy projected its power across the Indian Ocean with new growth in its fleet.", code: "010", none: true},
		{why: "intended: warnings echoed, Egypt", text: "Egypt echoed Qatar's warnings about an escalation in Lebanon.", code: "010", src: "EGY", tgt: "-"},
		{why: "intended: calls echoed are the appeal, Germany", text: "Germany echoed calls for a ceasefire in Gaza.", code: "0256", src: "DEU", tgt: "PSE"},
		{why: "must not: calls echoed are no bare statement", text: "Germany echoed calls for a ceasefire in Gaza.", code: "010", none: true},
		{why: "intended: weighed in on a row, Britain", text: "Britain's former prime minister weighed in on the row over the Rwanda plan.", code: "010", src: "GBR", tgt: "-"},
		{why: "must not: a wrestler on the scales, Japan", text: "The Japanese sumo champion weighed in on the scales at 180 kilograms.", code: "010", none: true},
	})
}

// TestReviewS16OtherSenses: V16's and M16's material and disapproval
// lines read a case dismissed, an offensive beside joint forces, airliners,
// a trip to discuss aid, a feeling of contempt and an issue seized on as
// their acts.
func TestReviewS16OtherSenses(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a sacking called for, Kenya", text: "Kenyan MPs called for the sacking of the police chief.", code: "0241", src: "KEN", tgt: "KEN"},
		{why: "must not: charges dismissed, Brazil", text: "Lawyers for the former Brazilian president called for the dismissal of the charges.", code: "0241", none: true},
		{why: "must not: a case dismissed, Pakistan", text: "Imran Khan's lawyers called for the dismissal of the corruption case against him.", code: "0241", none: true},
		{why: "intended: a joint brigade, Cameroon and Chad", text: "Cameroon and Chad established a joint brigade to fight Boko Haram.", code: "062", src: "CMR", tgt: "TCD"},
		{why: "must not: an offensive beside joint forces, Nigeria", text: "Nigeria launched an offensive with the joint forces of Chad and Niger.", code: "062", none: true},
		{why: "intended: fighter jets exported, Sweden", text: "Sweden exported fighter jets to Thailand.", code: "072", src: "SWE", tgt: "THA"},
		{why: "must not: airliners exported, Brazil", text: "Brazil exported 30 jets to Mexico's national airline last year.", code: "072", none: true},
		{why: "must not: business jets exported, Canada", text: "Canada exported business jets to China last year.", code: "072", none: true},
		{why: "intended: aid flown, Turkey", text: "The Turkish air force flew tonnes of aid to quake-hit Syria.", code: "073", src: "TUR", tgt: "SYR"},
		{why: "must not: a minister flies to discuss aid, US", text: "Blinken flew to Cairo to discuss aid to Gaza.", code: "073", none: true},
		{why: "must not: a minister flies to discuss aid, Turkey", text: "The Turkish foreign minister flew to Beirut on Monday to discuss aid for Lebanon.", code: "073", none: true},
		{why: "intended: contempt of court, Pakistan", text: "A Pakistani court held the former prime minister in contempt of court.", code: "116", src: "PAK", tgt: "PAK"},
		{why: "intended: a judge's contempt finding, US", text: "A US judge held the Texas governor in contempt.", code: "116", src: "USA", tgt: "USA"},
		{why: "must not: citizens' scorn, Kenya", text: "Many Kenyans hold parliament in contempt after the pay rise.", code: "116", none: true},
		{why: "must not: citizens' scorn, Iraq", text: "Ordinary Iraqis hold the political class in contempt.", code: "116", none: true},
		{why: "intended: firearms seized, Nigeria", text: "Nigerian troops seized firearms from bandits in Zamfara.", code: "1711", src: "NGA", tgt: "-"},
		{why: "intended: a seizure dated after 'on', Iran", text: "Iran seized on Friday a tanker carrying Iraqi oil.", code: "1711", src: "IRN", tgt: "-"},
		{why: "must not: a scandal seized on", text: "The opposition seized on the weapons scandal to attack the president.", code: "1711", none: true},
		{why: "must not: a shortage seized on, US", text: "Republicans seized on the ammunition shortage to attack Biden.", code: "1711", none: true},
	})
}

// TestReviewS16OthersOwn: "our allies" in a quotation are not the
// speaker's state (T16's speakerTarget), and "his" in the object of an act
// is not its own subject's (D16's ownerTarget).
func TestReviewS16OthersOwn(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "intended: our ship, Philippines", text: `"The Chinese coast guard rammed our ship," the Philippine defence secretary said.`, code: "190", src: "CHN", tgt: "PHL"},
		{why: "must not: our allies, Japan", text: `"China has imposed sanctions on our allies," the Japanese foreign minister said.`, code: "163", src: "CHN", tgt: "!JPN"},
		{why: "must not: our friends, US", text: `"Iran has threatened our friends in the Gulf," a US official said.`, code: "130", src: "IRN", tgt: "!USA"},
		{why: "intended: his visit after Kim", text: "Kim Jong Un inspected a missile factory, and South Korea condemned his visit.", code: "111", src: "KOR", tgt: "PRK"},
		{why: "intended: his courage after Netanyahu", text: "Netanyahu flew to Washington, where Biden praised his courage.", code: "051", src: "USA", tgt: "ISR"},
		{why: "must not: his courage is not Biden's", text: "Netanyahu flew to Washington, where Biden praised his courage.", code: "051", src: "USA", tgt: "!USA"},
		{why: "intended: his courage after Erdogan", text: "Erdogan arrived in Budapest, where Orban praised his courage.", code: "051", src: "HUN", tgt: "TUR"},
	})
}

// TestReviewS16SetOffHandOver: V16's "set off a bomb" line (183) read a
// bomb word that modifies the noun after it, and "handed over ...
// aircraft to" (072) read hijackers giving a plane back as arms supplied
// (bombModifier, handedBack).
func TestReviewS16SetOffHandOver(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a bomb set off at a market, Pakistan", text: "Militants set off a bomb in a crowded market in Peshawar.", code: "183", src: "-", tgt: "-"},
		{why: "must not: a bomb scare, Dubai", text: "A Pakistani passenger set off a bomb scare at Dubai airport.", code: "183", none: true},
		{why: "must not: explosive growth, China", text: "China's reforms set off explosive growth in exports to Africa.", code: "183", none: true},
		{why: "intended: helicopters handed over, US to Nigeria", text: "The US handed over three helicopters to the Nigerian air force.", code: "072", src: "USA", tgt: "NGA"},
		{why: "must not: hijackers hand a plane back, Afghanistan", text: "The hijackers handed over the aircraft to Afghan authorities after freeing the passengers.", code: "072", none: true},
		{why: "must not: rebels hand over helicopters, Colombia", text: "The rebels handed over two captured helicopters to the Colombian army.", code: "072", none: true},
	})
}

// TestReviewS16FuelFigure: "fuel" added to the provide line (073, V16)
// read the figure "provided fuel to critics" as aid (fuelFigure).
func TestReviewS16FuelFigure(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: fuel for a power station, Qatar", text: "Qatar provided fuel for the power station in Gaza.", code: "073", src: "QAT", tgt: "PSE"},
		{why: "intended: fuel to hospitals, Egypt", text: "Egypt provided fuel to hospitals in Gaza.", code: "073", src: "EGY", tgt: "PSE"},
		{why: "must not: fuel to critics, US", text: "Biden's remarks provided fuel to Republican critics in Congress.", code: "07", none: true},
		{why: "must not: fuel to critics abroad, Iran", text: "The Iranian president's speech provided fuel to critics of the nuclear deal in Washington.", code: "07", none: true},
		{why: "must not: fuel for claims, India", text: "The Indian ruling provided fresh fuel for claims of bias against Muslims.", code: "07", none: true},
	})
}

// TestReviewS16ObjectGaps: G16's "break/cut off ... trade" (163) and
// "search ... home" (171) lines reached their nouns through a gap: the
// topic of talks broken off, a road's use, what is searched for.
func TestReviewS16ObjectGaps(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: trade broken off, Turkey", text: "Turkey broke off all trade with Israel in 2024.", code: "163", src: "TUR", tgt: "ISR"},
		{why: "intended: gas exports cut off, Russia", text: "Russia cut off gas exports to Moldova in December.", code: "163", src: "RUS", tgt: "MDA"},
		{why: "must not: talks on trade broken off, India", text: "India broke off talks with the EU on a trade deal.", code: "163", none: true},
		{why: "must not: a trade road cut off, Kenya", text: "Militants cut off the main road used for trade with Kenya.", code: "163", none: true},
		{why: "intended: a home searched, Zimbabwe", text: "Police searched the home of the opposition leader in Harare.", code: "171", src: "ZWE", tgt: "-"},
		{why: "must not: refugees search for a home", text: "Afghan refugees searched for a new home in Germany.", code: "171", none: true},
		{why: "must not: a navy searches for fishermen", text: "The Indian navy searched for the missing fishermen off their home coast.", code: "171", none: true},
	})
}

// TestReviewS16PeopleOffStreet: A16's lines for a people named by its
// plural that marches or rallies (141) read a people on the move and a
// side's comeback as demonstrations (peopleOffStreet).
func TestReviewS16PeopleOffStreet(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: Kashmiris march to a UN office", text: "Hundreds of Kashmiris marched to the UN office in Srinagar.", code: "141", src: "IND", tgt: "-"},
		{why: "intended: Uighurs rally outside an embassy", text: "Uighurs rallied outside the Chinese embassy in Ankara.", code: "141", src: "-", tgt: "-"},
		{why: "must not: refugees on the move, Rohingya", text: "Thousands of Rohingya marched through the forest to reach Bangladesh.", code: "14", none: true},
		{why: "must not: herders on the move, Tuaregs", text: "Tuaregs marched across the desert with their camels to the market in Agadez.", code: "14", none: true},
		{why: "must not: a comeback in a match", text: "Kurds rallied in the second half to beat Turkey's champions.", code: "14", none: true},
	})
}
