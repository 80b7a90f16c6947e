package pipeline

import "testing"

// The eighth session's adversarial review: for each new rule, sentences
// of the reviewer's own where it must fire (the rule still works) and
// where it must not (other senses of its words, near constructions with
// another meaning). Rows use checkReviewCases (review_s7_test.go).

// TestReviewS8CompassHalves: "the North" and "the South" are the Koreas'
// halves only beside a Korea; Italy's North, the American South and
// Vietnam's South are no state.
func TestReviewS8CompassHalves(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the North beside South Korea is North Korea", text: "South Korea's president urged the North to return to talks.", cameo: "02", src: "KORGOV", tgt: "PRK"},
		{why: "the South beside North Korea is South Korea", text: "North Korea accused the South of sending propaganda balloons across the border.", cameo: "112", src: "PRK", tgt: "KOR"},
		{why: "Italy's North is a region", text: "Italy's League party, which draws its support from the North, criticised the government on Monday.", tgt: "PRK", not: true},
		{why: "the American South is a region", text: "Republicans have long dominated the South, and Democrats criticised the party's new map on Friday.", tgt: "KOR", not: true},
		{why: "the North beside South Sudan is Sudan", text: "South Sudan accused the North of backing rebels in Upper Nile.", cameo: "112", src: "SSD", tgt: "SDN"},
		{why: "Sudan's own North is a region", text: "Sudan's army said rebels in the North had surrendered.", tgt: "SSD", not: true},
		{why: "Vietnam's South is a region", text: "The Vietnamese government said the South would receive most of the new investment.", tgt: "KOR", not: true},
	})
}

// TestReviewS8UnnamedStates: an unnamed set of states acts as "---"; a
// named state beside it keeps its code, and "its allies" of a body or a
// party is not a set of states.
func TestReviewS8UnnamedStates(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "several countries act as unknown states", text: "Several countries condemned North Korea's missile test.", cameo: "11", src: "---", tgt: "PRK"},
		{why: "a state's neighbours are other states", text: "Kenya urged its neighbours to reopen the border.", cameo: "02", src: "KEN", tgt: "---"},
		{why: "Russia keeps its code beside the others", text: "Russia and several other countries boycotted the meeting.", cameo: "12", src: "RUS,---"},
		{why: "NATO and its allies keeps NATO", text: "NATO and its allies condemned the attack on Tuesday.", cameo: "11", src: "IGOWSTNAT"},
		{why: "states of one country are no foreign states", text: "Twenty US states sued the Trump administration over the rule.", src: "---", not: true},
	})
}

// TestReviewS8Landforms: a state's name inside a sea's, a strait's or a
// gulf's is no actor, while the states around them are.
func TestReviewS8Landforms(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the South China Sea is water", text: "China sent warships to the South China Sea on Monday.", cameo: "15", src: "CHN", tgt: "-"},
		{why: "the Persian Gulf is water", text: "Iran seized a tanker in the Persian Gulf.", cameo: "17", src: "IRN", tgt: "PGS", not: true},
		{why: "Gulf states are states", text: "Gulf countries pledged aid to Yemen.", cameo: "03", src: "PGS", tgt: "YEM"},
		{why: "Central America is Latin America", text: "The United States sanctioned Central American officials over corruption.", cameo: "16", src: "USA", tgt: "LAMGOV"},
	})
}

// TestReviewS8Currencies: a currency named by its state is no party, so
// a remark on it reaches no state.
func TestReviewS8Currencies(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the US dollar is money", text: "Japan voiced concern about the slowing pace of growth and the weakness of the yen against the US dollar.", cameo: "01", src: "JPN", tgt: "USA", not: true},
		{why: "the remark itself stays", text: "Japan voiced concern about the slowing pace of growth and the weakness of the yen against the US dollar.", cameo: "01", src: "JPN", tgt: "-"},
		{why: "a state beside money keeps its side", text: "Japan criticised the United States over the strong dollar.", cameo: "11", src: "JPN", tgt: "USA"},
	})
}

// TestReviewS8PeopleFrom: people a possessive gives an owner leave the
// state after "from"; people with no owner come from it.
func TestReviewS8PeopleFrom(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "evacuated from a state", text: "India evacuated its citizens from Sudan.", cameo: "166", src: "IND", tgt: "SDN"},
		{why: "recalled from a state", text: "The US recalled its diplomats from Niger.", cameo: "16", src: "USA", tgt: "NER"},
		{why: "not the state's own citizens", text: "India evacuated its citizens from Sudan.", cameo: "166", tgt: "SDNCVL", not: true},
		{why: "a withdrawal still leaves the state", text: "Russia withdrew its troops from Syria.", cameo: "087", src: "RUS", tgt: "SYR"},
		{why: "no owner: citizens from a state are its people", text: "Citizens from Sudan protested in Cairo.", cameo: "14", src: "SDNCVL"},
	})
}

// TestReviewS8NavalCrews: the crew of a state's warship is its force; a
// merchant ship's crew stays civilian.
func TestReviewS8NavalCrews(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a warship's crew", text: "Houthi rebels attacked the crew of a US warship in the Red Sea.", cameo: "19", src: "YEMREB", tgt: "USAMIL"},
		{why: "a coast guard vessel's crew", text: "The crew of a Chinese coast guard vessel fired water cannon at Philippine boats.", cameo: "17", src: "CHNMIL", tgt: "PHL"},
		{why: "not civilians", text: "Houthi rebels attacked the crew of a US warship in the Red Sea.", cameo: "19", tgt: "USACVL", not: true},
		{why: "a tanker's crew stays civilian", text: "Pirates seized the crew of a British-flagged tanker off Somalia.", cameo: "18", tgt: "GBRCVL"},
	})
}

// TestReviewS8Strikes: a strike launched by a state is force, by workers
// labour's; launching other things is neither.
func TestReviewS8Strikes(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a state's air strikes", text: "Israel launched air strikes on Gaza overnight.", cameo: "195", src: "ISR", tgt: "PSE"},
		{why: "nurses' strike", text: "Nurses launched a 48-hour strike on Monday over pay.", cameo: "143"},
		{why: "an offensive is no strike", text: "Russia launched a new offensive in eastern Ukraine.", cameo: "14", not: true},
		{why: "a satellite launch is no force", text: "Iran launched a satellite into orbit on Thursday.", cameo: "19", not: true},
		{why: "an investigation into a strike is no strike", text: "The government launched an investigation into the strike.", cameo: "14", not: true},
		{why: "an investigation into a strike is no force", text: "The government launched an investigation into the strike.", cameo: "19", not: true},
	})
}

// TestReviewS8Bombing: bombs that tear through a place bomb it; fires,
// storms and protests that rock or tear through it do not.
func TestReviewS8Bombing(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a bomb ripped through a market", text: "A bomb ripped through a market in Baghdad.", cameo: "183", tgt: "IRQ"},
		{why: "a fire is no bomb", text: "A fire tore through a garment factory in Dhaka.", cameo: "18", not: true},
		{why: "protests rock no bomb", text: "Protests rocked the capital for a third day.", cameo: "18", not: true},
		{why: "an earthquake is no bomb", text: "An earthquake rocked southern Turkey.", cameo: "18", not: true},
		{why: "tear gas fired by police", text: "Police fired tear gas at protesters in Nairobi.", cameo: "175", src: "KENCOP"},
	})
}

// TestReviewS8Sacked: officials sacked are sanctioned (172); a town
// sacked is plundered, a case or a charge dismissed is no sanction.
func TestReviewS8Sacked(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a police chief fired", text: "Kenya fired its police chief on Wednesday.", cameo: "172", src: "KEN", tgt: "KENCOP"},
		{why: "a town sacked is no sanction", text: "Rebels sacked the town of Timbuktu in 2012, looting shops and burning homes.", cameo: "172", not: true},
		{why: "a case dismissed is no sanction", text: "The court dismissed the case against the opposition leader on Tuesday.", cameo: "172", not: true},
		{why: "allegations dismissed are no sanction", text: "The ministry dismissed the allegations as baseless.", cameo: "172", not: true},
		{why: "a coach fired is no political event", text: "The club sacked its coach after a string of defeats.", cameo: "17", not: true},
	})
}

// TestReviewS8CameUnder: coming under fire from critics is criticism,
// under attack from an armed group is force; pressure and scrutiny are
// neither.
func TestReviewS8CameUnder(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "fire from lawmakers is criticism", text: "The minister came under fire from opposition lawmakers over the deal.", cameo: "111", src: "---OPP", tgt: "---GOV"},
		{why: "attack from militants is force", text: "The peacekeepers came under attack from militants in northern Mali.", cameo: "19", src: "MLIREB", tgt: "MLIPKO"},
		{why: "scrutiny is no attack", text: "The company came under scrutiny after the leak.", cameo: "1", not: true},
		{why: "fire from lawmakers is no force", text: "The minister came under fire from opposition lawmakers over the deal.", cameo: "19", not: true},
	})
}

// TestReviewS8Scenes: the place of talks in an after-clause is theirs,
// not the main event's; a swap of prisoners is between the states only.
func TestReviewS8Scenes(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "strikes placed where they hit", text: "Israel struck Hezbollah targets in Lebanon after talks in Cairo failed.", cameo: "19", src: "ISR", loc: "Lebanon"},
		{why: "not where the talks were", text: "Israel struck Hezbollah targets in Lebanon after talks in Cairo failed.", cameo: "19", loc: "Cairo", not: true},
		{why: "a meeting keeps its own city", text: "Putin met Xi in Beijing after a summit in Shanghai.", cameo: "04", src: "RUSGOV", tgt: "CHNGOV", loc: "Beijing"},
		{why: "fire exchanged is still mutual force", text: "Armenia and Azerbaijan exchanged fire along their border.", cameo: "19", src: "ARM", tgt: "AZE"},
		{why: "prisoners swapped are no party", text: "Russia and Ukraine exchanged prisoners of war on Tuesday.", cameo: "084", tgt: "---MIL", not: true},
	})
}

// TestReviewS8EmptyRemarks: remarks on what is not known and a foreseen
// disapproval are no events; the disapproval that happened is one.
func TestReviewS8EmptyRemarks(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "anger foreseen is no accusation", text: "The sale of jets to Taiwan is likely to anger China.", cameo: "11", src: "CHN", not: true},
		{why: "anger that happened is one", text: "The visit angered Beijing, which summoned the US ambassador.", cameo: "11", src: "CHN"},
		{why: "a motive not known is no statement", text: "Police said the motive for the attack was not yet known.", cameo: "01", not: true},
		{why: "the accusation after a speech's place stays", text: "Speaking in Kyiv, Zelensky accused Russia of war crimes.", cameo: "112", src: "UKRGOV", tgt: "RUS"},
	})
}

// TestReviewS8ReasonTargets: a cut or a closed border aimed at no one is
// aimed at the state its reason names; a recall to a named state keeps it.
func TestReviewS8ReasonTargets(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "recalled after a state's act", text: "Lithuania recalled its ambassador after China opened a trade office.", cameo: "16", src: "LTU", tgt: "CHN"},
		{why: "a recall to a named state keeps it", text: "Algeria recalled its ambassador to France for consultations.", cameo: "16", src: "DZA", tgt: "FRA"},
		{why: "a pronoun object is the party acted on", text: "The United States halted aid to Niger, accusing it of abandoning democracy.", cameo: "112", src: "USA", tgt: "NER"},
		{why: "a mobilisation is not aimed at its own state", text: "Japan scrambled jets after Russian bombers flew near its airspace.", cameo: "15", src: "JPN", tgt: "JPN", not: true},
	})
}

// TestReviewS8Visits: a trip to a body's seat for its gathering visits
// the body; a trip to a city that is no seat of the body visits its host.
func TestReviewS8Visits(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "an AU summit in Addis Ababa", text: "Kenyan President Ruto arrived in Addis Ababa for an African Union summit.", cameo: "042", src: "KENGOV", tgt: "IGOAFRAFU"},
		{why: "a NATO summit in Washington visits the host", text: "Zelensky arrived in Washington for a NATO summit.", cameo: "042", src: "UKRGOV", tgt: "USA"},
		{why: "talks with a state's leaders visit the state", text: "Blinken arrived in Beijing for talks with Chinese officials.", cameo: "042", tgt: "CHNGOV"},
		{why: "a return home is no visit", text: "The Indian foreign minister returned home from Washington on Friday.", cameo: "042", not: true},
	})
}

// TestReviewS8Revenge: revenge for a killing its by-phrase names is aimed
// at the killer; with no killer named it is aimed at no one, and never at
// the victim.
func TestReviewS8Revenge(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the killer after by", text: "Iran vowed revenge for the killing of its general by the United States.", cameo: "13", src: "IRN", tgt: "USA"},
		{why: "no killer named", text: "Hezbollah vowed revenge for the killing of its commander.", cameo: "13", src: "LBNREB", tgt: "-"},
		{why: "the killer as possessor", text: "Iran vowed revenge for Israel's killing of its generals.", cameo: "13", src: "IRN", tgt: "ISR"},
	})
}

// TestReviewS8JointRaids: forces that raid jointly cooperate with each
// other; whom they raid is no partner.
func TestReviewS8JointRaids(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the raiding partners", text: "Kenyan and Somali forces carried out a joint raid on al Shabaab camps.", cameo: "062", src: "KENMIL", tgt: "SOMMIL"},
		{why: "the raided group is no partner", text: "Kenyan and Somali forces carried out a joint raid on al Shabaab camps.", cameo: "062", tgt: "SOMREB", not: true},
		{why: "the raided group is no partner either way", text: "Kenyan and Somali forces carried out a joint raid on al Shabaab camps.", cameo: "062", src: "SOMREB", not: true},
		{why: "a partner after with", text: "Kenya launched a joint offensive with Somalia against al Shabaab.", cameo: "062", src: "KEN", tgt: "SOM"},
	})
}

// TestReviewS8DefendMeasures: measures vowed for a state's own
// sovereignty or interests threaten; measures for farmers' interests or
// pilgrims' security do not.
func TestReviewS8DefendMeasures(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "sovereignty", text: "China vowed to take all necessary measures to defend its sovereignty.", cameo: "130", src: "CHN"},
		{why: "its own interests", text: "Moscow warned it would take resolute steps to protect its national interests.", cameo: "13", src: "RUS"},
		{why: "farmers' interests", text: "The government vowed to take measures to defend the interests of farmers.", cameo: "13", not: true},
		{why: "pilgrims' security", text: "The interior minister pledged steps to protect the security of pilgrims.", cameo: "13", not: true},
	})
}

// TestReviewS8ReasonObject: a show of force is aimed at the state its
// reason blames, not at one the reason's own verb acts on.
func TestReviewS8ReasonObject(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "an earthquake's place is no foe", text: "Japan put its troops on alert after a strong earthquake hit Taiwan.", cameo: "15", tgt: "TWN", not: true},
		{why: "the reason's subject is", text: "Japan scrambled jets after Russian bombers flew near its airspace.", cameo: "15", src: "JPN", tgt: "RUSMIL"},
		{why: "a cited threat's source is", text: "Belarus put its army on combat readiness, citing threats from neighbouring Ukraine.", cameo: "15", src: "BLR", tgt: "UKR"},
	})
}

// TestReviewS8FightVictims: fighting with X that kills soldiers is
// between them and X; civilians it kills are no side of it.
func TestReviewS8FightVictims(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "soldiers are a side", text: "A clash with Chinese soldiers killed 20 Indian soldiers.", cameo: "19", src: "INDMIL", tgt: "CHNMIL"},
		{why: "civilians fight no rebels", text: "Fighting with rebels killed three civilians in eastern Congo.", cameo: "19", src: "CODCVL", not: true},
		{why: "children fight no militants", text: "Clashes with militants killed two children in Kashmir.", cameo: "19", src: "---CVL", not: true},
	})
}

// TestReviewS8Accidents: office holders killed in a crash or an accident
// are no assassination and no attack; one killed in an attack is.
func TestReviewS8Accidents(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a car crash", text: "A former Kenyan minister was killed in a car crash on Sunday.", cameo: "18", not: true},
		{why: "a car crash is no force", text: "A former Kenyan minister was killed in a car crash on Sunday.", cameo: "19", not: true},
		{why: "a road accident", text: "A Peruvian judge was killed in a road accident in Cusco.", cameo: "18", not: true},
		{why: "a plane crash", text: "Malawi's vice president was killed in a plane crash.", cameo: "19", not: true},
		{why: "gunmen still assassinate", text: "A senior Pakistani politician was shot dead by gunmen in Karachi.", cameo: "186", src: "---UAF"},
		{why: "rocket fire is no accident", text: "Two civilians were killed in rocket fire on Sderot.", cameo: "19", tgt: "---CVL"},
	})
}

// TestReviewS8TroopsAskedToLeave: foreign troops asked to leave are asked
// to pull back (0256), not for protection; asked to stay they are.
func TestReviewS8TroopsAskedToLeave(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "asked to leave", text: "Iraq asked US troops to leave the country.", cameo: "0256", src: "IRQ", tgt: "USAMIL"},
		{why: "asked to leave is no protection", text: "Iraq asked US troops to leave the country.", cameo: "0234", not: true},
		{why: "asked to stay is no pull-back", text: "Iraq asked US troops to stay.", cameo: "0256", not: true},
	})
}

// TestReviewS8OwnStateVisit: arriving in one's own state, named as the
// place, is no visit; arriving in another is.
func TestReviewS8OwnStateVisit(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "home named as the host", text: "The Kenyan delegation arrived in Kenya after talks in Ethiopia.", cameo: "042", not: true},
		{why: "another state is a host", text: "The Kenyan delegation arrived in Ethiopia for talks on Monday.", cameo: "042", tgt: "ETH"},
		{why: "a state's territory abroad is a host", text: "The French president arrived in New Caledonia on Thursday.", cameo: "042", src: "FRAGOV", tgt: "NCL"},
	})
}

// TestReviewS8RemovedFromOffice: a named office holder removed from
// office is sanctioned (172); things removed are not.
func TestReviewS8RemovedFromOffice(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "a titled name removed from office", text: "Peru's Congress removed President Dina Boluarte from office.", cameo: "172", src: "PERLEG"},
		{why: "a statue is no office holder", text: "Engineers removed the statue of the king from its pedestal.", cameo: "17", not: true},
	})
}

// TestReviewS8TheKingdom: "the kingdom" beside Britain and Saudi Arabia
// is Saudi Arabia; "the island" beside China is Taiwan.
func TestReviewS8TheKingdom(t *testing.T) {
	checkReviewCases(t, []reviewCase{
		{why: "the kingdom is the Saudis", text: "Britain and Saudi Arabia signed a defence deal, and the kingdom agreed to buy 48 jets.", cameo: "03", src: "SAU"},
		{why: "the kingdom is not Britain", text: "Britain and Saudi Arabia signed a defence deal, and the kingdom agreed to buy 48 jets.", cameo: "03", src: "GBR", not: true},
		{why: "the island beside China is Taiwan", text: "China held drills near Taiwan after the island's president visited the United States.", cameo: "04", src: "TWNGOV"},
	})
}
