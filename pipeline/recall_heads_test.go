package pipeline

import "testing"

// TestRecallHeads checks the other senses of the most frequent head words
// of the verb dictionaries 01-05 (meet, welcome, join, say, call, hold,
// ...), written for this test in the plain wording of news copy: each
// must-not row uses a head in a sense that is no event of that root ("met
// stiff resistance", "welcomed the new year"), and the rows beside it keep
// the event sense coded, so a fix that silences a head wholesale fails.
func TestRecallHeads(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// meet: a meeting only when no object noun follows the verb.
		{why: "resistance met is no meeting", text: "Russian troops met stiff resistance from Ukrainian forces near the town.", code: "04", none: true},
		{why: "a target met is no meeting", text: "The Kenyan government met its deficit target for the third year running.", code: "04", none: true},
		{why: "a deadline met is no meeting", text: "Egypt met the deadline set by the International Monetary Fund.", code: "04", none: true},
		{why: "expectations met are no meeting", text: "The Indian economy met expectations in the second quarter, the central bank said.", code: "04", none: true},
		{why: "a plan met with scepticism is no meeting", text: "The French plan was met with scepticism in Germany.", code: "04", none: true},
		{why: "needs met are no meeting", text: "The Turkish aid package failed to meet the needs of Syrian refugees.", code: "04", none: true},
		{why: "coordinated subject, then a place", text: "Putin and Erdogan met in Sochi on Monday.", code: "040", src: "RUS", tgt: "TUR"},
		{why: "a meeting at the clause's end", text: "The Ethiopian prime minister and the Eritrean president met for the first time in two decades.", code: "040", src: "ETH", tgt: "ERI"},
		{why: "a time before 'with'", text: "The Turkish president met on Tuesday with the Russian foreign minister.", code: "040", src: "TUR", tgt: "RUS"},
		{why: "the head of a body", text: "The Kenyan president met the head of the African Union in Addis Ababa.", code: "040", src: "KEN", tgt: "-"},
		{why: "behind closed doors", text: "Saudi and Iranian officials met behind closed doors in Baghdad.", code: "044", src: "SAU", tgt: "IRN"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "met to discuss", text: "Officials from Sudan and South Sudan met to discuss the border.", code: "040", src: "SDN", tgt: "SSD"},
		{why: "a direct object that is an actor", text: "The Somali president met Turkish officials in Ankara.", code: "040", src: "SOM", tgt: "TUR"},
		// add, maintain, reveal, address, hold a conference: statements
		// only in their speech sense.
		{why: "divisions added are no statement", text: "The Pakistani army added three infantry divisions last year.", code: "01", none: true},
		{why: "adding to pressure is no statement", text: "The Russian strikes added to the pressure on the Ukrainian government.", code: "01", none: true},
		{why: "control maintained is no statement", text: "The Russian army maintained control of the town after heavy fighting.", code: "01", none: true},
		{why: "a weapon revealed is no statement", text: "The Iranian navy revealed a new submarine at a ceremony.", code: "01", none: true},
		{why: "a problem addressed is no statement", text: "The French minister addressed the problem of rising prices.", code: "01", none: true},
		{why: "a topic conference organised is no statement", text: "The Turkish ministry held a conference on tourism in Antalya.", code: "01", none: true},
		{why: "added, with a time and a pronoun subject", text: "The Kenyan minister added on Monday he expected talks with Somalia to resume.", code: "010", src: "KEN", tgt: "-"},
		{why: "attribution after a quote", text: "\"We will not give up,\" the Ukrainian president added.", code: "010", src: "UKR", tgt: "-"},
		{why: "inverted attribution after a quote", text: "\"The border will stay open,\" added the Kenyan foreign minister.", code: "010", src: "KEN", tgt: "-"},
		{why: "a coordinated subject met, then an attribution", text: "The Kenyan and Ugandan presidents met, officials in Nairobi said.", code: "040", src: "KEN", tgt: "UGA"},
		{why: "innocence maintained", text: "The former Egyptian president maintained his innocence in court.", code: "010", src: "EGY", tgt: "-"},
		{why: "details revealed", text: "The Indonesian police revealed details of the plot on Monday.", code: "010", src: "IDN", tgt: "-"},
		{why: "what is revealed stays reported", text: "The Russian foreign ministry revealed that it had held talks with the Taliban.", code: "040", src: "RUS", tgt: "AFG"},
		{why: "an audience addressed", text: "The Indian prime minister addressed a rally in Varanasi.", code: "010", src: "IND", tgt: "-"},
		{why: "a news conference", text: "The Chinese foreign minister held a press conference in Beijing.", code: "010", src: "CHN", tgt: "-"},
		// Intent to meet: "meet" in its meeting sense, "hold" and
		// "resume" only with talks.
		{why: "drills planned are no talks", text: "The Chinese army plans to hold drills near Taiwan.", code: "036", none: true},
		{why: "elections promised are no talks", text: "The Malian junta vowed to hold elections by the end of next year.", code: "036", none: true},
		{why: "exports resumed are no talks", text: "The Ukrainian government pledged to resume grain exports through the Black Sea.", code: "036", none: true},
		{why: "needs met are no meeting", text: "The Kenyan government pledged to meet the needs of the refugees.", code: "036", none: true},
		{why: "targets met are no meeting", text: "Greece agreed to meet the deficit targets set by the European Union.", code: "036", none: true},
		{why: "a threat met is no meeting", text: "The Indian army is ready to meet any threat on the border.", code: "036", none: true},
		{why: "talks planned", text: "The Indian government plans to hold talks with Pakistan next month.", code: "036", src: "IND", tgt: "PAK"},
		{why: "a meeting agreed to, then a place", text: "Armenian and Azeri officials agreed to meet again in Brussels in July.", code: "036", src: "ARM", tgt: "AZE"},
		{why: "ready to meet a leader", text: "The Ukrainian president said he was ready to meet the Russian president.", code: "036", src: "UKR", tgt: "RUS"},
		{why: "an offer to meet a party", text: "Turkey offered to meet Egyptian officials in Cairo.", code: "036", src: "TUR", tgt: "EGY"},
		// Assurances.
		{why: "assurances on bonds are a lender's terms", text: "The central bank gave assurances on the bonds.", code: "03", none: true},
		{why: "assurances given to a state", text: "Russia gave assurances to Turkey that its troops would leave the area.", code: "030", src: "RUS", tgt: "TUR"},
		// Appeals to meet or negotiate.
		{why: "exports resumed are no talks", text: "The European Union urged Egypt to resume gas exports to Europe.", code: "026", none: true},
		{why: "a border opened is no talks", text: "The UN asked Turkey to open its border to Syrian refugees.", code: "026", none: true},
		{why: "obligations met are no meeting", text: "The IMF urged Kenya to meet its obligations to creditors.", code: "026", none: true},
		{why: "an appeal to resume talks", text: "The Norwegian foreign minister urged Colombia to resume talks with the ELN.", code: "026", src: "NOR", tgt: "COL"},
		{why: "an appeal to meet somewhere", text: "Egypt called on Israel and Hamas to meet in Cairo.", code: "026", src: "EGY", tgt: "ISR"},
		{why: "an appeal to meet a party stays an appeal", text: "The Qatari emir urged the Sudanese army chief to meet the RSF commander.", code: "02", src: "QAT", tgt: "SDN"},
		// Economic intent: the word that makes it economic must qualify
		// the pledge, not any later noun.
		{why: "a drug trade crushed is no trade pledge", text: "The Philippine president pledged to crush the drug trade.", code: "0311", none: true},
		{why: "back to business is no business pledge", text: "The Kenyan president promised to get back to business after the holiday.", code: "0311", none: true},
		{why: "energy spent is no energy pledge", text: "The Ukrainian president vowed to fight with all his energy for the country.", code: "0311", none: true},
		{why: "trade to grow", text: "The Vietnamese prime minister pledged to double trade with India by 2030.", code: "0311", src: "VNM", tgt: "IND"},
		{why: "investment pledged", text: "Saudi Arabia pledged billions of dollars in investment in Pakistan.", code: "0311", src: "SAU", tgt: "-"},
		{why: "economic cooperation offered", text: "Japan offered economic cooperation to Vietnam.", code: "0311", src: "JPN", tgt: "VNM"},
		// Talks asked for, offered or proposed: no gap before the talks.
		{why: "buses to a summit are no talks offered", text: "The Indian government offered free buses to the summit venue.", code: "036", none: true},
		{why: "a tax proposed at a summit is no summit proposed", text: "The French president proposed a new tax at the summit.", code: "036", none: true},
		{why: "calm asked before a summit is no summit asked", text: "The Kenyan president called for calm ahead of the summit in Nairobi.", code: "026", none: true},
		{why: "time asked before talks is no talks asked", text: "The Iraqi government requested more time before the talks.", code: "026", none: true},
		{why: "peace talks called for", text: "Egypt called for peace talks between Israel and Hamas.", code: "026", src: "EGY", tgt: "ISR"},
		{why: "a round of talks sought", text: "Ukraine sought a new round of talks with Russia.", code: "026", src: "UKR", tgt: "RUS"},
		{why: "direct talks offered", text: "Iran offered direct talks with the United States.", code: "036", src: "IRN", tgt: "USA"},
		{why: "an emergency meeting called for", text: "Egypt called for an emergency meeting of the Arab League.", code: "026", src: "EGY", tgt: "-"},
		// Writing and setting out: statements only with what they state.
		{why: "losses written off are no statement", text: "The Chinese state bank wrote off its losses from the project in Zambia.", code: "01", none: true},
		{why: "setting out to do something states nothing", text: "The Indian parliament set out to inquire into the arms deal.", code: "01", none: true},
		{why: "a letter written to a body", text: "The Polish prime minister wrote to the European Commission on Monday.", code: "010", src: "POL", tgt: "-"},
		{why: "a plan set out", text: "The Iranian foreign minister set out his plans for the talks.", code: "010", src: "IRN", tgt: "-"},
		// Talks begun, resumed, held, attended or hosted: only the words
		// that qualify talks stand between the verb and the talks, so the
		// pattern no longer reaches a later phrase ("after talks failed").
		{why: "enrichment resumed after talks is no talks resumed", text: "Iran resumed enrichment weeks after talks with the West broke down.", code: "04", none: true},
		{why: "shelling begun after talks is no talks begun", text: "The Sudanese army began shelling the city after the talks failed.", code: "04", none: true},
		{why: "building started after talks is no talks started", text: "The Egyptian government started building a new capital after talks with investors failed.", code: "04", none: true},
		{why: "flights resumed after talks are no talks resumed", text: "Ethiopia resumed flights to Tigray after the peace talks in Pretoria.", code: "04", none: true},
		{why: "a marathon before a summit is no summit attended", text: "The Kenyan president took part in a marathon in Nairobi before the summit.", code: "04", none: true},
		{why: "a rally held before talks is no talks held", text: "The Kenyan opposition held a rally in Nairobi before the talks with the government.", code: "040", none: true},
		{why: "peace talks resumed", text: "Ethiopia and the Tigrayan rebels resumed peace talks in Pretoria.", code: "04", src: "ETH", tgt: "-"},
		{why: "a round of talks held", text: "Iran held a second round of talks with Saudi Arabia in Baghdad.", code: "044", src: "IRN", tgt: "SAU"}, // 044: a third state's venue (thirdPlace, session 36)
		{why: "arms control talks to come", text: "The Soviet Union and the United States will resume arms control talks in Geneva.", code: "036", src: "-", tgt: "-"},
		{why: "a summit attended", text: "The Nigerian president attended the African Union summit in Addis Ababa.", code: "04", src: "NGA", tgt: "-"},
		{why: "an emergency meeting hosted", text: "Egypt hosted an emergency meeting of Arab foreign ministers.", code: "043", src: "EGY", tgt: "-"},
		// Pleas.
		{why: "a defendant's plea to a judge is no appeal", text: "The former Kenyan minister pleaded with the judge for leniency.", code: "02", none: true},
		{why: "a plea to a state to act", text: "The Afghan president pleaded with Pakistan to rein in the militants.", code: "020", src: "AFG", tgt: "PAK"},
		// Regret: an apology for one's own act, not regret that another
		// acted.
		{why: "regret that another acted is no apology", text: "The European Union expressed regret that Russia vetoed the resolution.", code: "055", none: true},
		{why: "regret to a state for one's past", text: "Japan expressed regret to South Korea for the colonial era.", code: "055", src: "JPN", tgt: "KOR"},
		{why: "regret for deaths one caused", text: "The Israeli army expressed regret for the deaths of the aid workers.", code: "055", src: "ISR", tgt: "-"},
	}
	checkRootCases(t, p, cases)
}
