package pipeline

import "testing"

// TestRecallS24M24 codes sentences written for M24's work on the code an
// event gets once it is found: families whose CAMEO definition names a
// more specific code than the one the bare verb gave (an inquiry into a
// crime or a rights abuse, a threat of force, an appeal for de-escalation,
// protection or humanitarian aid, aerial weapons named as the means).
// Must-not rows keep the general code where the specific one's condition
// is missing: no crime named, no military word, no fighting stopped, no
// disaster, no aircraft.
func TestRecallS24M24(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 091/092: the wrong an inquiry is into, told in a that-clause.
		{why: "inquiry into claims officials received bribes", text: "Kenyan police opened an investigation into allegations that officials had received bribes from contractors.", code: "091", src: "KEN", tgt: "KEN"},
		{why: "inquiry into claims officials stole funds", text: "Ghana's parliament ordered an inquiry into claims that officials stole relief funds.", code: "091", src: "GHA", tgt: "GHA"},
		{why: "no crime named stays 090", text: "Police launched an investigation into allegations that the mayor ignored safety warnings.", code: "091", none: true},
		{why: "soldiers torturing detainees is a rights matter", text: "The attorney general opened an inquiry into reports that soldiers had tortured detainees in Darfur.", code: "092", src: "SDN", tgt: "SDN"},
		{why: "investigating claims officers beat supporters", text: "Uganda's rights commission said it was investigating allegations that police officers had beaten opposition supporters in Kampala.", code: "092", src: "UGA", tgt: "UGA"},
		{why: "militants killed are no rights matter", text: "Prosecutors opened an inquiry into reports that soldiers had killed three militants near the border.", code: "092", none: true},
		{why: "the killers inside a relative clause are not the wrong alleged", text: "Prosecutors opened an inquiry into allegations that officials who had killed civilians were promoted.", code: "092", none: true},
		{why: "a coup attempt investigated", text: "Bolivian prosecutors opened an investigation into the alleged coup attempt by army commanders.", code: "091", src: "BOL", tgt: "BOL"},
		{why: "an impeachment inquiry into a president", text: "South Korea's parliament launched an impeachment inquiry into President Yoon.", code: "091", src: "KOR", tgt: "KOR"},

		// 195/1952: aerial means beside a verb of force.
		{why: "hit with cruise missiles", text: "Pakistan's navy hit Indian positions with cruise missiles on Saturday.", code: "195", src: "PAK", tgt: "IND"},
		{why: "pounded with bombs", text: "Saudi jets pounded Houthi positions with bombs overnight.", code: "195", src: "SAU", tgt: "YEM"},
		{why: "a deal struck over missiles", text: "Iran struck a nuclear deal with the world powers over missiles and sanctions.", code: "19", none: true},
		{why: "warplanes destroyed", text: "Israeli warplanes destroyed a Hamas tunnel network in Rafah.", code: "195", src: "ISR", tgt: "PSE"},
		{why: "a jet crash is no strike", text: "A military jet crash killed two pilots in Texas.", code: "19", none: true},
		{why: "killed in an air strike", text: "Israel killed a senior Hezbollah commander in an air strike on Beirut.", code: "195", src: "ISR", tgt: "LBN"},
		{why: "killed in a drone strike", text: "The United States killed an al-Shabaab leader in a drone strike in Somalia.", code: "1952", src: "USA", tgt: "SOM"},
		{why: "an air strike in a later time clause", text: "Police killed two robbers in Lagos days after an air strike on a bandit camp.", code: "195", none: true},
		{why: "air strikes begun", text: "France began air strikes on Islamic State in Iraq.", code: "195", src: "FRA", tgt: "-"},
		{why: "a labour strike begun", text: "Doctors began a strike over pay in Nairobi.", code: "19", none: true},

		// 138: a threat whose means is military.
		{why: "threatened to launch a military operation", text: "Turkey threatened to launch a military operation against Kurdish fighters in Syria.", code: "138", src: "TUR", tgt: "SYR"},
		{why: "warned of military action", text: "Iran warned Azerbaijan of military action if it allowed Israeli bases on its soil.", code: "138", src: "IRN", tgt: "AZE"},
		{why: "consequences alone stay 130", text: "Russia warned Moldova of consequences over the expulsions.", code: "138", none: true},
		{why: "legal action threatened is no force", text: "Hungary threatened to launch legal action against the European Commission.", code: "138", none: true},

		// 0256: an appeal to stop fighting or keep a truce.
		{why: "urged to halt an offensive", text: "Germany urged Russia to halt its offensive in eastern Ukraine.", code: "0256", src: "DEU", tgt: "RUS"},
		{why: "called on to observe a truce", text: "Egypt called on Israel and Hamas to observe the truce.", code: "0256", src: "EGY", tgt: "ISR"},
		{why: "deportations stopped are no de-escalation", text: "The UN urged Myanmar to stop the forced deportations of Rohingya.", code: "0256", none: true},
		{why: "trade restrictions ended are no de-escalation", text: "Brazil called on Argentina to end its trade restrictions.", code: "0256", none: true},

		// 0234: troops or peacekeepers asked for.
		{why: "called on to deploy peacekeepers", text: "Haiti's prime minister called on the United Nations to deploy peacekeepers to Port-au-Prince.", code: "0234", src: "HTI", tgt: "IGO"},
		{why: "appealed to intervene militarily", text: "The Libyan government appealed to NATO to intervene militarily.", code: "0234", src: "LBY", tgt: "IGO"},
		{why: "intervening in a dispute is no protection", text: "The opposition urged the president to intervene in the dispute.", code: "0234", none: true},

		// 0233: aid asked for after a disaster, or named humanitarian.
		{why: "aid after an earthquake", text: "Morocco appealed for international aid after the earthquake in the Atlas mountains.", code: "0233", src: "MAR", tgt: "-"},
		{why: "emergency assistance", text: "Sri Lanka appealed for emergency assistance after the floods.", code: "0233", src: "LKA", tgt: "-"},
		{why: "help after strikes is no disaster relief", text: "Ukraine asked for international help after Russian drone strikes on its grid.", code: "0233", none: true},

		// 073: a convoy of aid or relief trucks sent.
		{why: "a convoy of relief trucks", text: "Jordan sent a convoy of relief trucks to Gaza on Sunday.", code: "073", src: "JOR", tgt: "PSE"},
		{why: "a convoy of aid trucks", text: "Egypt dispatched a convoy of aid trucks to Sudan's Darfur region.", code: "073", src: "EGY", tgt: "SDN"},
		{why: "a convoy of armoured trucks is no aid", text: "Russia dispatched a convoy of armoured trucks to the border.", code: "07", none: true},
	}
	checkRootCases(t, p, cases)
}
