package pipeline

import (
	"strings"
	"testing"
)

// TestS21D21Recall: causes found on dev21 (Eastern European and Central
// Asian press; labour, land and resource conflict; espionage, cyber and
// hybrid conflict), each checked on sentences written for this test, not
// taken from the set.
func TestS21D21Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// diplomatstaff_d21.go: embassy staff and a chargé ordered out
		{why: "embassy staff after diplomats", text: "Moldova ordered 45 Russian diplomats and embassy staff to leave the country.", code: "161", src: "MDA", tgt: "RUS"},
		{why: "embassy staff alone", text: "Russia ordered 20 Czech embassy staff to leave Moscow within a day.", code: "161", src: "RUS", tgt: "CZE"},
		{why: "embassy employees", text: "Latvia ordered two Russian embassy employees to leave the country by Friday.", code: "161", src: "LVA", tgt: "RUS"},
		{why: "consular staff", text: "Poland ordered Belarusian consular staff to leave within 72 hours.", code: "161", src: "POL", tgt: "BLR"},
		{why: "charge d'affaires", text: "Lithuania ordered the Russian charge d'affaires to leave within five days.", code: "161", src: "LTU", tgt: "RUS"},
		// exchange_d21.go: the other half of a swap
		{why: "swap, releaser's national", text: "Russia released the former US Marine Trevor Reed in exchange for the Russian pilot Konstantin Yaroshenko.", code: "0841", src: "USA", tgt: "RUS"},
		{why: "swap, nephews of a ruler's wife", text: "Venezuela released five American prisoners in exchange for two nephews of Nicolas Maduro's wife held in the United States.", code: "0841", src: "USA", tgt: "VEN"},
		{why: "swap, held by the other state", text: "Belarus freed the Polish journalist Andrzej Poczobut in exchange for a Belarusian intelligence officer held by Poland.", code: "0841", src: "POL", tgt: "BLR"},
		{why: "swap, the captive's own national", text: "Russia freed the Estonian officer Eston Kohver in exchange for the former Estonian policeman Aleksei Dressen.", code: "0841", src: "EST", tgt: "RUS"},
		{why: "swap, a movement", text: "The Taliban freed the American contractor Mark Frerichs in exchange for the Afghan drug lord Bashir Noorzai.", code: "0841", src: "USA", tgt: "AFG"},
		// strikers_d21.go: strikers shot are repression
		{why: "striking miners", text: "South African police shot dead 34 striking miners at a platinum mine.", code: "175", src: "ZAF", tgt: "ZAF"},
		{why: "striking oil workers", text: "Police opened fire on striking oil workers in Zhanaozen, killing at least 14 people.", code: "175", src: "KAZ", tgt: "KAZ"},
		{why: "striking garment workers", text: "Bangladeshi police shot dead two striking garment workers in Gazipur on Wednesday.", code: "175", src: "BGD", tgt: "BGD"},
		{why: "strikers", text: "Peruvian troops killed three strikers during clashes at the Tia Maria copper project.", code: "175", src: "PER", tgt: "PER"},
		{why: "striking teachers", text: "Nigerian soldiers shot dead four striking teachers in Kaduna, the union said.", code: "175", src: "NGA", tgt: "NGA"},
		// 17-coerce.txt: assets taken from an owner, nationalised
		{why: "mine from a firm", text: "The Malian government took control of the Morila gold mine from Canada's Barrick Gold.", code: "1711", src: "MLI", tgt: "CAN"},
		{why: "mine from a firm, operational", text: "Niger's junta took operational control of the Somair uranium mine from France's Orano.", code: "1711", src: "NER", tgt: "FRA"},
		{why: "assets of a firm", text: "Russia took control of the local assets of Finland's Fortum and Germany's Uniper.", code: "1711", src: "RUS", tgt: "FIN"},
		{why: "copper mines", text: "Zambia's government seized control of the Konkola copper mines from India's Vedanta Resources.", code: "1711", src: "ZMB", tgt: "IND"},
		{why: "nationalised plants of a firm", text: "Venezuela nationalised the cement plants of Mexico's Cemex.", code: "1711", src: "VEN", tgt: "MEX"},
		{why: "farms occupied", text: "Veterans of Zimbabwe's liberation war occupied more than 1,000 white-owned farms.", code: "1711", src: "ZWE", tgt: "-"},
		// actor/hackersfor_d21.go: hackers take the state they are linked to
		{why: "hackers linked to an agency", text: "Hackers linked to Russia's military intelligence attacked Ukrainian government websites.", code: "176", src: "RUS", tgt: "UKR"},
		{why: "hacking group backed by a state", text: "A hacking group backed by the Chinese state breached the networks of Taiwan's defence ministry.", code: "176", src: "CHN", tgt: "TWN"},
		{why: "hackers linked to a ministry", text: "Hackers linked to China's Ministry of State Security hacked the email accounts of British MPs.", code: "176", src: "CHN", tgt: "GBR"},
		{why: "hackers tied to a force", text: "Hackers tied to Iran's Revolutionary Guards targeted the computer systems of an Albanian ministry.", code: "176", src: "IRN", tgt: "ALB"},
		// 11-disapprove.txt: covert and cyber acts blamed on a party
		{why: "had been behind, after an expulsion", text: "The Czech Republic expelled 18 Russian diplomats, saying Russian military intelligence had been behind a 2014 explosion at an ammunition depot.", code: "112", src: "CZE", tgt: "RUS"},
		{why: "had been behind an arson", text: "Poland said Russian intelligence had been behind the arson attack on a Warsaw shopping centre.", code: "112", src: "POL", tgt: "RUS"},
		{why: "linked a group to a theft", text: "The US Treasury linked the North Korean hacking group Lazarus to the theft of $620 million in cryptocurrency.", code: "112", src: "USA", tgt: "PRK"},
		{why: "linked an agency to a cyberattack", text: "Britain linked Russia's GRU to the cyberattack on the Organisation for the Prohibition of Chemical Weapons.", code: "112", src: "GBR", tgt: "RUS"},
		{why: "linked agents to a plot", text: "German prosecutors linked two Russian agents to the plot against an arms factory.", code: "112", src: "DEU", tgt: "RUS"},
		{why: "responsible for a cyberattack", text: "The FBI said North Korea was responsible for the cyberattack on Sony Pictures.", code: "112", src: "USA", tgt: "PRK"},
		// charged_d21.go: a legal charge and the act charged
		{why: "police charge, assisting", text: "British police charged three men with assisting Hong Kong's intelligence service.", code: "173", src: "GBR", tgt: "-"},
		{why: "prosecutors charge, helping", text: "German prosecutors charged a man with helping Russian intelligence recruit agents.", code: "173", src: "DEU", tgt: "-"},
		{why: "prosecutors charge, supplying", text: "French prosecutors charged two men with supplying weapons to Hamas.", code: "173", src: "FRA", tgt: "-"},
		{why: "prosecutors charge, embezzling", text: "Spanish prosecutors charged a former minister with embezzling public funds.", code: "173", src: "ESP", tgt: "-"},
		{why: "an opposition's charge stays words", text: "The opposition charged the government with rigging the election.", code: "11", src: "-", tgt: "-"},
		// must-not: the older readings stay
		{why: "a demand after a summons stays", text: "Iran summoned the Swiss envoy, demanding an explanation for the arrest of an Iranian diplomat.", code: "100", src: "IRN", tgt: "-"},
		{why: "a demand with its own verb stays", text: "Teachers went on strike in Nigeria, and the union demanded the sacking of the education minister.", code: "1041", src: "NGA", tgt: "-"},
		{why: "rebels take ground, no owner", text: "M23 rebels seized control of the Rubaya coltan mine in eastern Congo.", code: "192", src: "COD", tgt: "-"},
		{why: "a town is ground", text: "Rebels seized control of the town of Goma.", code: "192", src: "-", tgt: "-"},
		{why: "other people ordered out are deported", text: "Iran ordered British Council staff to leave the country.", code: "174", src: "IRN", tgt: "GBR"},
		{why: "robbers shot are a fight", text: "Police shot dead three armed robbers in Lagos on Tuesday.", code: "193", src: "-", tgt: "-"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a striking distance is no strike", text: "Soldiers shot dead two gunmen at a striking distance from the base.", code: "175", none: true},
		{why: "an offer to swap is no swap", text: "Israel will release 30 Palestinian prisoners in exchange for each Israeli hostage, the mediators said.", code: "0841", none: true},
		{why: "an armed group taking a refinery", text: "Islamic State fighters took control of the Baiji oil refinery north of Baghdad.", code: "1711", none: true},
		{why: "a study's link is no accusation", text: "The study linked air pollution to the deaths of thousands of people.", code: "112", none: true},
		{why: "responsible for security", text: "The minister said the government was responsible for the security of the pipeline.", code: "112", none: true},
		{why: "weather behind delays", text: "Officials said bad weather had been behind the delays at the port.", code: "112", none: true},
		{why: "the act charged is not the police's", text: "British police charged three men with assisting Hong Kong's intelligence service.", code: "07", none: true},
		{why: "the act charged is not the prosecutors'", text: "French prosecutors charged two men with supplying weapons to Hamas.", code: "07", none: true},
		{why: "the support charged is not the police's", text: "Indian police charged a Kashmiri journalist with supporting separatists.", code: "05", none: true},
		// protestaim_d21.go: a protest's participle demand is its aim
		{why: "strike, demanding", text: "Teachers in Kenya went on strike on Monday, demanding a 60 percent pay rise.", code: "10", none: true},
		{why: "walkout, demanding", text: "Dock workers in Antwerp walked out, demanding better pensions.", code: "10", none: true},
		{why: "march, demanding", text: "Thousands of garment workers took to the streets of Dhaka on Monday, demanding higher wages.", code: "10", none: true},
		{why: "tractor blockade, demanding", text: "Farmers blocked roads around Brussels with hundreds of tractors on Thursday, demanding relief from cheap imports.", code: "10", none: true},
		{why: "strikers as the object of repression", text: "Police fired tear gas at garment workers demanding a higher minimum wage in Gazipur.", code: "10", none: true},
	})
	// A swap whose other half another state holds, or whose price is no
	// one's national, adds no release back.
	for _, c := range []struct{ text, src string }{
		{"Iran freed the French tourist Benjamin Briere in exchange for an Iranian diplomat jailed in Belgium.", "FRA"},
		{"North Korea released two South Korean fishermen in return for the repatriation of defectors.", "KOR"},
		{"Kenya released a Ugandan opposition figure in exchange for a Rwandan suspect.", "UGA"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEO == "0841" && hasCountry(e.Source, c.src) {
				t.Errorf("%q coded 0841 from %s: %s", c.text, c.src, strings.Join([]string{actorCodes(e.Source), actorCodes(e.Target)}, ">"))
			}
		}
	}
	// Hackers with no backer named stay of no state.
	for _, text := range []string{
		"Hackers attacked the websites of Estonian banks on Friday.",
		"Hackers linked to the attack on the ministry broke into the servers of a Polish bank.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "176" && len(e.Source) > 0 && e.Source[0].Country != "" {
				t.Errorf("%q: hackers took %s", text, actorCodes(e.Source))
			}
		}
	}
}
