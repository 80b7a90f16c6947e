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
		{why: "an investigation handed to police delivers no one", text: "The government handed the investigation to federal police.", code: "063", none: true},
		{why: "control handed to authorities delivers no one", text: "The army handed control of the city to local authorities.", code: "063", none: true},
		{why: "evidence handed over stays cooperation", text: "Kazakhstan handed evidence to Syria in the case.", code: "063", src: "KAZ", tgt: "SYR"},
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
		{why: "sanctions in the condition are the target's", text: "Venezuela warned it would cut oil supplies if American sanctions hit its banks.", code: "13", src: "VEN", tgt: "USA"},
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
		{why: "own envoy summoned from a state", text: "Peru summoned its envoy from Mexico for consultations after the president's remarks.", code: "161", src: "PER", tgt: "MEX"},
		{why: "own envoys gathered for a conference are no recall", text: "France summoned its ambassadors to Paris for an annual conference.", code: "161", none: true},
		{why: "own envoys gathered for a conference are no complaint", text: "France summoned its ambassadors to Paris for an annual conference.", code: "114", none: true},
		{why: "own ambassador is no complaint", text: "Israel summoned its ambassador to Ireland for consultations.", code: "114", none: true},
		{why: "a foreign envoy summoned", text: "Poland summoned the Russian ambassador over the missile incident.", code: "114", src: "POL", tgt: "RUS"},
		{why: "a foreign envoy summoned is no recall", text: "Poland summoned the Russian ambassador over the missile incident.", code: "161", none: true},
		{why: "a recall", text: "France recalled its ambassador from Niger.", code: "161", src: "FRA", tgt: "NER"},
	})
}

// TestRecallS9SufferedThreat: "X would pay a heavy price" or "would face
// a harsh response" is the speaker's threat against X, coded once, with
// the speaker as source; a reception "faced" without a modal is none.
func TestRecallS9SufferedThreat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "said X would pay", text: "Iran said Israel would pay a heavy price for the strike in Damascus.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "vowed that X would pay", text: "Israel vowed that Hamas would pay a heavy price.", code: "130", src: "ISR", tgt: "PSE"},
		{why: "a vow that X would pay is no intent to cooperate", text: "Israel vowed that Hamas would pay a heavy price.", code: "03", none: true},
		{why: "warned X that it would pay", text: "Pyongyang warned Seoul that it would pay a heavy price for the leaflet launches.", code: "130", src: "PRK", tgt: "KOR"},
		{why: "would face a harsh response", text: "Hezbollah said Israel would face a harsh response to any attack on Lebanon.", code: "130", src: "LBN", tgt: "ISR"},
		{why: "would respond forcefully", text: "Beijing said it would respond forcefully to any provocation by Taipei.", code: "130", src: "CHN", tgt: "TWN"},
		{why: "a cool reception is no threat", text: "The budget plan faced a cool response from investors in London.", code: "13", none: true},
		{why: "a rate rise is no threat", text: "The Indian central bank said it would respond with a rate rise.", code: "13", none: true},
		{why: "a reaction forecast by no one", text: "The Kenyan president would face a strong reaction from voters if he raised taxes.", code: "13", none: true},
		{why: "steps to curb inflation", text: "The central bank warned it would take steps to curb inflation.", code: "13", none: true},
	})
}

// TestRecallS9EasedGoods: restrictions and bans eased on a state's goods
// are eased for that state, named before or after the goods; restrictions
// eased at home have no such target.
func TestRecallS9EasedGoods(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "restrictions on imports of a state's goods", text: "China eased restrictions on imports of Australian wine.", code: "081", src: "CHN", tgt: "AUS"},
		{why: "a ban on a state's goods", text: "China lifted its ban on Japanese seafood imports.", code: "085", src: "CHN", tgt: "JPN"},
		{why: "curbs on a state's coal", text: "Beijing eased curbs on Australian coal imports on Friday.", code: "081", src: "CHN", tgt: "AUS"},
		{why: "a ban on imports of a state's beef", text: "Indonesia lifted the ban on imports of Brazilian beef.", code: "085", src: "IDN", tgt: "BRA"},
		{why: "grain from Ukraine", text: "The EU lifted restrictions on imports of Ukrainian grain.", code: "081", src: "IGO", tgt: "UKR"},
		{why: "weights lifted are no concession", text: "The weightlifter lifted 200 kilograms to win gold in Paris.", code: "08", none: true},
		{why: "rates lifted are no concession", text: "The central bank lifted interest rates by a quarter point.", code: "08", none: true},
		{why: "an album released is no release", text: "The band released a new album in March.", code: "08", none: true},
		{why: "names released are no release", text: "Police released the names of the victims on Monday.", code: "08", none: true},
	})
}

// TestRecallS9Recall: an ambassador called home is recalled; a ministry
// that summons a foreign envoy "to protest" complains (114), and the
// infinitive is no street protest (140).
func TestRecallS9Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "called home its ambassador", text: "Japan called home its ambassador to South Korea.", code: "161", src: "JPN", tgt: "KOR"},
		{why: "called its ambassador home", text: "Algeria called its ambassador home from Spain in protest.", code: "161", src: "DZA", tgt: "ESP"},
		{why: "own ambassador in a city", text: "Iran summoned its ambassador in London for consultations after the remarks.", code: "161", src: "IRN", tgt: "GBR"},
		{why: "summoned to protest", text: "The Foreign Ministry summoned Germany's ambassador to protest the comments.", code: "114", src: "-", tgt: "DEU"},
		{why: "a ministry protesting is no street protest", text: "The Foreign Ministry summoned Germany's ambassador to protest the comments.", code: "14", none: true},
		{why: "a ministry protesting to a state", text: "The Chinese foreign ministry protested to Japan over the visit.", code: "114", src: "CHN", tgt: "JPN"},
	})
}

// TestRecallS9Handover: places that fall to a force, captives handed to a
// go-between or returned home, and a suspect surrendered to a court; the
// same verbs with prices, tasks, schools and soldiers laying down their
// arms are no such event.
func TestRecallS9Handover(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a town fell to a force", text: "The town of Bakhmut fell to Russian forces in May.", code: "192", src: "RUS", tgt: "-"},
		{why: "a base fell to militants", text: "The military base fell to al-Shabaab fighters on Sunday.", code: "192", src: "SOM", tgt: "-"},
		{why: "a task that fell to the army", text: "The task of rebuilding the city fell to the army.", code: "19", none: true},
		{why: "prices fell", text: "Oil prices fell to a record low in the town.", code: "19", none: true},
		{why: "responsibility for a port fell to a navy", text: "Responsibility for the port fell to the navy.", code: "19", none: true},
		{why: "votes in a capital fell to a party", text: "Votes in the capital fell to the ruling party.", code: "19", none: true},
		{why: "hostages handed to the Red Cross", text: "Hamas handed 13 Israeli hostages to the International Committee of the Red Cross.", code: "0841", src: "PSE", tgt: "ISR"},
		{why: "prisoners handed to a state", text: "The Houthis handed 20 Saudi prisoners to Riyadh.", code: "0841", src: "YEM", tgt: "SAU"},
		{why: "children returned to their families", text: "Russia returned 48 Ukrainian children to their families.", code: "0841", src: "RUS", tgt: "UKR"},
		{why: "captives returned to a state", text: "Armenia returned two captives to Azerbaijan on Thursday.", code: "0841", src: "ARM", tgt: "AZE"},
		{why: "children returned to school", text: "The ministry returned the children to school after the holiday.", code: "08", none: true},
		{why: "a suspect surrendered to a court", text: "The Philippines surrendered Duterte to the International Criminal Court.", code: "063", src: "PHL", tgt: "IGO"},
		{why: "surrendered to a court is no military surrender", text: "The Philippines surrendered Duterte to the International Criminal Court.", code: "0874", none: true},
		{why: "rebels surrendering to an army", text: "The rebels surrendered to the army in the north.", code: "063", none: true},
	})
}

// TestRecallS9YieldReject: an objection dropped yields to the party it
// stood against; calls for a ceasefire brushed aside are refused, and the
// one who brushes them aside made no appeal.
func TestRecallS9YieldReject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "objection to a state's joining", text: "Turkey dropped its objection to Finland joining NATO.", code: "080", src: "TUR", tgt: "FIN"},
		{why: "objection to a membership", text: "Turkey dropped its objection to the membership of Sweden.", code: "080", src: "TUR", tgt: "SWE"},
		{why: "calls brushed aside", text: "Israel brushed aside international calls for a ceasefire.", code: "1246", src: "ISR", tgt: "-"},
		{why: "the one brushing calls aside made no appeal", text: "Israel brushed aside international calls for a ceasefire.", code: "02", none: true},
		{why: "demands shrugged off", text: "Moscow shrugged off Western demands for a withdrawal from Ukraine.", code: "1246", src: "RUS", tgt: "-"},
		{why: "calls renewed are an appeal", text: "Qatar renewed calls for a ceasefire in Gaza.", code: "12", none: true},
		{why: "a foreign envoy rebuffed proposal", text: "The Kremlin rebuffed a proposal by Kyiv for a prisoner exchange.", code: "12", src: "RUS", tgt: "UKR"},
		{why: "an offer spurned", text: "Mali's junta spurned an offer of mediation from Algeria.", code: "12", src: "MLI", tgt: "DZA"},
		{why: "a complaint lodged with a body", text: "China lodged a complaint with the WTO over US chip export controls.", code: "114", src: "CHN", tgt: "IGO"},
		{why: "a state taken to court", text: "South Africa took Israel to the International Court of Justice.", code: "115", src: "ZAF", tgt: "ISR"},
	})
}

// TestRecallS9ThreatenedAct: a threatened act headed by a phrasal verb's
// particle ("to shoot down") is the threat, coded once; a threat to arrest
// is repression even when the object holds a word of protest.
func TestRecallS9ThreatenedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "threatened to shoot down", text: "North Korea threatened to shoot down any US spy plane near its coast.", code: "1384", src: "PRK", tgt: "USA"},
		{why: "a threat to shoot down is no shooting", text: "North Korea threatened to shoot down any US spy plane near its coast.", code: "190", none: true},
		{why: "vowed to shoot down", text: "Iran vowed to shoot down any Israeli drone over its territory.", code: "1384", src: "IRN", tgt: "ISR"},
		{why: "a vow to shoot down is no shooting", text: "Iran vowed to shoot down any Israeli drone over its territory.", code: "19", none: true},
		{why: "a drone shot down", text: "Iran shot down a US drone over the Gulf.", code: "190", src: "IRN", tgt: "USA"},
		{why: "threatened to arrest protest leaders", text: "Myanmar's junta threatened to arrest protest leaders in Yangon.", code: "137", src: "MMR", tgt: "MMR"},
		{why: "a threat to arrest is no threat of protest", text: "Myanmar's junta threatened to arrest protest leaders in Yangon.", code: "133", none: true},
		{why: "workers threatening a protest", text: "Kenyan doctors threatened mass protests over unpaid salaries.", code: "133", src: "KEN", tgt: "-"},
	})
}

// TestRecallS9ThreatNoun: the noun "threat" governs its infinitive as the
// verb does, and weapons of mass destruction threatened are 1385.
func TestRecallS9ThreatNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a threat to use nuclear weapons", text: "Russia's threat to use nuclear weapons alarmed European leaders.", code: "1385", src: "RUS", tgt: "-"},
		{why: "a threatened nuclear strike is no detonation", text: "Russia's threat to use nuclear weapons alarmed European leaders.", code: "20", none: true},
		{why: "threatened to use nuclear weapons", text: "Russia threatened to use nuclear weapons against Ukraine.", code: "1385", src: "RUS", tgt: "UKR"},
		{why: "a threat to veto", text: "Turkey's threat to veto Sweden's membership delayed the summit.", code: "130", src: "TUR", tgt: "SWE"},
		{why: "a threat to veto is no veto", text: "Turkey's threat to veto Sweden's membership delayed the summit.", code: "12", none: true},
		{why: "a threat to shipping is no threat by anyone", text: "The threat to shipping in the Red Sea grew on Monday.", code: "13", none: true},
	})
}

// TestRecallS9ToBlame: a party said to be "to blame" or to bear the
// responsibility is accused by the speaker; rates or weather to blame name
// no party, and a speaker who bears no responsibility accuses no one.
func TestRecallS9ToBlame(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "said X was to blame", text: "Beijing said Washington was to blame for the tensions in the strait.", code: "112", src: "CHN", tgt: "USA"},
		{why: "insisted X was to blame", text: "Serbia insisted that Kosovo was to blame for the clashes in the north.", code: "112", src: "SRB", tgt: "KSV"},
		{why: "said X bore responsibility", text: "Armenia said Azerbaijan bore full responsibility for the escalation.", code: "112", src: "ARM", tgt: "AZE"},
		{why: "rates to blame", text: "Economists said high rates were to blame for the slowdown.", code: "11", none: true},
		{why: "bearing no responsibility oneself", text: "Iran said it bore no responsibility for the attack.", code: "112", none: true},
	})
}

// TestRecallS9PassiveCustody: custody changing hands told in the passive
// or from the receiver's side keeps both sides: the extraditing or
// deporting state after "from", the agent after "by", the sender of
// remains received.
func TestRecallS9PassiveCustody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "extradited to X from Y", text: "The suspect was extradited to France from Morocco on Monday.", code: "063", src: "MAR", tgt: "FRA"},
		{why: "extradited from Y to X", text: "The banker was extradited from Spain to the United States.", code: "063", src: "ESP", tgt: "USA"},
		{why: "deported from a state", text: "Forty Afghans were deported from Iran on Sunday.", code: "174", src: "IRN", tgt: "AFG"},
		{why: "deported from a state", text: "Three British nationals were deported from Russia.", code: "174", src: "RUS", tgt: "GBR"},
		{why: "captives returned by an agent", text: "The detained fishermen were returned to Sri Lanka by the Indian navy.", code: "0841", src: "IND", tgt: "LKA"},
		{why: "remains repatriated to a state", text: "The remains of 20 soldiers were repatriated to South Korea on Friday.", code: "084", src: "-", tgt: "KOR"},
		{why: "bodies received from a state", text: "Ukraine received 500 bodies from Russia under the exchange deal.", code: "084", src: "RUS", tgt: "UKR"},
		{why: "a delegation received is no return of bodies", text: "Ukraine received a delegation from Russia to discuss the bodies.", code: "084", none: true},
		{why: "a tanker released by its captor", text: "The seized tanker was released by Iran after two months.", code: "0842", src: "IRN", tgt: "-"},
	})
}

// TestRecallS9AskedAct: the act a request, call or offer names is not
// done; it is hypothetical, beside the rejection of the request.
func TestRecallS9AskedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a request rejected", text: "Israel rejected a UN request to open more crossings into Gaza.", code: "12", src: "ISR", tgt: "IGO"},
	})
	for _, text := range []string{
		"Israel rejected a UN request to open more crossings into Gaza.",
		"Egypt renewed calls to open the Rafah crossing into Gaza.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "08" && !e.Modality.Hypothetical {
				t.Errorf("%q: the act asked for is coded done: %s %s>%s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestRecallS9ArmsHandedOver: tanks and warplanes handed over to a state
// arm it (072); a force's own weapons handed over are laid down (0873),
// and a seized tanker handed over is property returned.
func TestRecallS9ArmsHandedOver(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "jets handed over", text: "Norway handed over six F-16 jets to Ukraine in May.", code: "072", src: "NOR", tgt: "UKR"},
		{why: "tanks handed over", text: "Denmark handed over the first tanks to Ukraine on Monday.", code: "072", src: "DNK", tgt: "UKR"},
		{why: "own weapons handed over are laid down", text: "The rebels handed over their weapons to the army.", code: "0873", src: "-", tgt: "-"},
		{why: "own weapons handed over arm no one", text: "The rebels handed over their weapons to the army.", code: "07", none: true},
		{why: "a tanker handed over arms no one", text: "Iran handed over the seized tanker to its owners.", code: "07", none: true},
	})
}

// TestRecallS9PayDearly: "would pay dearly" is the price threatened
// (130), not the cause the clause names ("for the assassination"); what a
// move "would trigger" is the harm warned of, and a recession is none.
func TestRecallS9PayDearly(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "threatened that X would pay dearly", text: "Hezbollah threatened that Israel would pay dearly for the assassination.", code: "130", src: "LBN", tgt: "ISR"},
		{why: "an assassination avenged is not threatened", text: "Hezbollah threatened that Israel would pay dearly for the assassination.", code: "1383", none: true},
		{why: "vowed that X would pay dearly", text: "Iran vowed that the United States would pay dearly for the killing of its general.", code: "130", src: "IRN", tgt: "USA"},
		{why: "a deployment that would trigger a conflict", text: "Russia warned that any deployment of NATO troops in Ukraine would trigger a direct conflict.", code: "130", src: "RUS", tgt: "-"},
		{why: "tariffs that would trigger a recession", text: "Economists warned that the tariffs would trigger a recession.", code: "13", none: true},
	})
}

// TestRecallS9GaveIn: the party whose demands one gives in, bows or
// yields to is the target, named before the demands or after them.
func TestRecallS9GaveIn(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "gave in to a bloc's demands", text: "The junta gave in to ECOWAS demands and set an election date.", code: "083", src: "-", tgt: "IGO"},
		{why: "bowed to a state's demands", text: "Lebanon bowed to US demands for reforms.", code: "083", src: "LBN", tgt: "USA"},
		{why: "demands of a state", text: "Russia gave in to the demands of Iran.", code: "083", src: "RUS", tgt: "IRN"},
		{why: "bowing to a crowd is no reform", text: "The singer bowed to the crowd at the end of the concert.", code: "08", none: true},
	})
}

// TestRecallS9Backlash: a backlash or an outcry from a party is its
// criticism, received by the subject; a product's backlash names no one.
func TestRecallS9Backlash(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a backlash from rights groups", text: "Saudi Arabia faced a backlash from rights groups over the executions.", code: "111", src: "-", tgt: "SAU"},
		{why: "an outcry from a state", text: "Uganda's law drew an outcry from the United States.", code: "111", src: "USA", tgt: "-"},
		{why: "a phone's backlash", text: "The new phone faced a backlash over its price.", code: "11", none: true},
	})
}

// TestRecallS9WouldNot: "would not tolerate interference", "would not
// allow X to obtain" and "would not stand idly by" threaten; corruption
// not tolerated and pupils not allowed phones do not.
func TestRecallS9WouldNot(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would not tolerate interference", text: "China warned it would not tolerate any foreign interference in Hong Kong.", code: "130", src: "CHN", tgt: "-"},
		{why: "would not allow a state to obtain", text: "Israel said it would not allow Iran to obtain nuclear weapons.", code: "130", src: "ISR", tgt: "IRN"},
		{why: "would not stand idly by", text: "Turkey said it would not stand idly by if Kurdish fighters attacked its border.", code: "130", src: "TUR", tgt: "-"},
		{why: "corruption not tolerated", text: "The Kenyan minister said he would not tolerate corruption in his ministry.", code: "13", none: true},
		{why: "phones not allowed", text: "The school said it would not allow students to use phones in class.", code: "13", none: true},
		{why: "not taking part is no threat", text: "China warned it would not take part in the talks.", code: "13", none: true},
	})
}

// TestRecallS9RejectedText: a resolution, draft or statement that the
// subject vetoes or rejects makes no call or condemnation of the
// subject's own; one adopted still calls, and a participle after a comma
// is the subject's.
func TestRecallS9RejectedText(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a vetoed resolution", text: "The United States vetoed a UN Security Council resolution calling for a ceasefire in Gaza.", code: "129", src: "USA", tgt: "IGO"},
		{why: "the vetoing state made no appeal", text: "The United States vetoed a UN Security Council resolution calling for a ceasefire in Gaza.", code: "02", none: true},
		{why: "the blocking state condemned nothing", text: "Russia blocked a draft condemning the coup in Myanmar.", code: "11", none: true},
		{why: "the rejecting state criticised nothing", text: "China rejected a G7 statement criticising its policies in Xinjiang.", code: "11", none: true},
		{why: "an adopted resolution still calls", text: "The Security Council adopted a resolution calling for a ceasefire in Gaza.", code: "02", src: "IGO", tgt: "PSE"},
		{why: "a participle after a comma is the subject's", text: "The US vetoed the resolution, calling it one-sided.", code: "111", src: "USA", tgt: "-"},
	})
}

// TestRecallS9Deadline: the act a deadline demands ("one week to
// reinstate", "until noon to surrender") is not done; the deadline is the
// event (139), aimed at the party given it.
func TestRecallS9Deadline(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "until noon to surrender", text: "Russia gave Ukrainian troops in Mariupol until noon to surrender.", code: "139", src: "RUS", tgt: "UKR"},
		{why: "a surrender demanded is not done", text: "Russia gave Ukrainian troops in Mariupol until noon to surrender.", code: "0874", none: true},
		{why: "one week to reinstate", text: "ECOWAS gave Niger's junta one week to reinstate the ousted president.", code: "139", src: "IGO", tgt: "NER"},
		{why: "hours to leave", text: "The army gave the rebels until Sunday to leave the city.", code: "139", src: "-", tgt: "-"},
	})
	for _, text := range []string{
		"ECOWAS gave Niger's junta one week to reinstate the ousted president.",
		"Turkey gave the United States 48 hours to withdraw its troops.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "08" && !e.Modality.Hypothetical {
				t.Errorf("%q: the act a deadline demands is coded done: %s %s>%s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}
