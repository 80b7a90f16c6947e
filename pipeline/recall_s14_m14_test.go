package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// m14Case is a sentence and one event it must (or, with none, must not)
// code: a CAMEO code prefix, and a part of the source's and the target's
// actor codes ("PSE", "REB", "ISRMIL"; "-" for any side, "0" for no side).
type m14Case = m13Case

func m14Side(as []event.Actor, want string) bool {
	switch want {
	case "-":
		return true
	case "0":
		return len(as) == 0
	}
	for _, a := range as {
		if strings.Contains(a.Code, want) {
			return true
		}
	}
	return false
}

// checkM14Cases codes every case and looks for an event of its code
// prefix with both sides; several events of one root are told apart by
// their sides, not by their order.
func checkM14Cases(t *testing.T, p *Pipeline, cases []m14Case) {
	t.Helper()
	checkSideCases(t, p, cases, m14Side)
}

// TestS14M14ObjectPronoun: "him", "her" or "them" right after a second
// verb stands for an earlier party of the sentence, never the verb's own
// subject: the object of the verb before, or the subject of an earlier
// clause. "Them" needs a plural party, and a plural thing between
// ("weapons") may be what it means.
func TestS14M14ObjectPronoun(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "arrested and shot them", text: "Israeli troops arrested three Palestinians and shot them.", code: "19", src: "ISRMIL", tgt: "PSE"},
		{why: "captured and later executed them", text: "The rebels captured two soldiers and later executed them.", code: "18", src: "REB", tgt: "MIL"},
		{why: "on Monday ... on Tuesday", text: "Rebels captured two soldiers on Monday and executed them on Tuesday.", code: "18", src: "REB", tgt: "MIL"},
		{why: "kidnapped and freed them", text: "Abu Sayyaf militants kidnapped three Malaysian fishermen and freed them a month later.", code: "08", src: "PHL", tgt: "MYS"},
		{why: "detained and released them, 2007", text: "Iranian authorities detained 15 British sailors in 2007 and released them two weeks later.", code: "08", src: "IRN", tgt: "GBR"},
		{why: "seized peacekeepers and released them", text: "Rebels seized 20 UN peacekeepers and released them a week later.", code: "08", src: "REB", tgt: "IGOUNO"},
		{why: "a new subject: them is the first clause's subject", text: "Gunmen attacked a church in Lagos before police shot them dead.", code: "18", src: "COP", tgt: "UAF"},
		{why: "them after a participle's object", text: "Unknown gunmen stopped a bus carrying Shiite pilgrims near Quetta and shot them dead.", code: "18", src: "UAF", tgt: "CVL"},
		{why: "him, a person", text: "Kenyan police arrested the opposition leader in Kisumu and beat him.", code: "18", src: "COP", tgt: "OPP"},
		{why: "must not: them is the weapons", text: "The rebels seized weapons from the army and destroyed them.", code: "08", src: "-", tgt: "MIL", none: true},
		{why: "must not: them is never the subject", text: "Israeli troops arrested three Palestinians and shot them.", code: "19", src: "ISRMIL", tgt: "ISR", none: true},
		{why: "must not: them is not one person", text: "Police arrested the party leader and shot them.", code: "19", src: "COP", tgt: "PTY", none: true},
	})
}

// TestS14M14SecondVerbSubject: a past verb after "and" (or "and later",
// "and then") shares the first verb's subject, also when the tagger read
// the first verb as a participle right after the sentence's opening
// actor ("The rebels captured/VBN two soldiers and executed ...").
func TestS14M14SecondVerbSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "participle read for the first verb", text: "The rebels captured two soldiers and executed three civilians.", code: "18", src: "REB", tgt: "CVL"},
		{why: "and later", text: "The rebels captured two soldiers and later executed three civilians.", code: "18", src: "REB", tgt: "CVL"},
		{why: "and then", text: "Serbian police detained two Albanian journalists and then expelled them.", code: "17", src: "SRBCOP", tgt: "ALB"},
		{why: "must not: the object executes nobody", text: "The rebels captured two soldiers and executed three civilians.", code: "18", src: "MIL", tgt: "-", none: true},
		{why: "must not: passives share no subject", text: "Two journalists were arrested by police in Harare and charged with spying.", code: "17", src: "MED", tgt: "-", none: true},
	})
}

// TestS14M14TheyAfter: "they" opening a clause of time or reason
// ("hours after they attacked") whose main clause has a singular subject
// stands for the plural party between, not that subject.
func TestS14M14TheyAfter(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "hours after they attacked", text: "The government agreed to talks with the rebels, hours after they attacked the town of Omdurman.", code: "19", src: "REB", tgt: "-"},
		{why: "a day after they", text: "The army met the rebels a day after they attacked the capital.", code: "19", src: "REB", tgt: "-"},
		{why: "when they", text: "The Nigerian government imposed a curfew in Jos when rioters burned two churches.", code: "17", src: "NGAGOV", tgt: "-"},
		{why: "must not: the singular subject does not attack", text: "The government agreed to talks with the rebels, hours after they attacked the town of Omdurman.", code: "19", src: "GOV", tgt: "-", none: true},
		{why: "a plural subject keeps they", text: "Kenyan troops freed the hostages after they stormed the hotel.", code: "18", src: "KENMIL", tgt: "-"},
		{why: "must not: saying they is no time clause", text: "Peruvian President Alberto Fujimori pardoned 50 people jailed on terrorism charges, saying they had been wrongly convicted.", code: "11", src: "-", tgt: "PER", none: true},
	})
}

// TestS14M14ReducedClause: a gerund right after "while" or "when" has
// the subject of the clause it hangs on, and a gerund after "after",
// "before", "while" or "when" opens a clause of its own, whose words no
// pattern of the clause before reaches ("arrive ... {meeting|talks}").
func TestS14M14ReducedClause(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "while criticising", text: "Iran offered to mediate in Yemen while criticising Saudi Arabia.", code: "11", src: "IRN", tgt: "SAU"},
		{why: "while condemning, after hosting", text: "Qatar hosted the talks in 2009 while condemning Israel.", code: "11", src: "QAT", tgt: "ISR"},
		{why: "when meeting", text: "The Turkish president raised the issue with Merkel when meeting her in Berlin.", code: "04", src: "TUR", tgt: "-"},
		{why: "while attacking has the clause's agent", text: "Ugandan troops rescued 40 children while attacking LRA rebels in Congo.", code: "19", src: "UGAMIL", tgt: "REB"},
		{why: "after meeting X: the meeting codes", text: "Lula arrived in Paris on Sunday after meeting Sisi in Cairo.", code: "040", src: "BRA", tgt: "EGY"},
		{why: "after holding talks with X", text: "Blinken arrived in Riyadh after holding talks with Netanyahu in Jerusalem.", code: "040", src: "USA", tgt: "ISR"},
		{why: "the visit is to the place of arrival", text: "Lula arrived in Paris on Sunday after meeting Sisi in Cairo.", code: "042", src: "BRA", tgt: "FRA"},
		{why: "must not: the visit is not for the talks after", text: "Blinken arrived in Riyadh after holding talks with Netanyahu in Jerusalem.", code: "042", src: "USA", tgt: "ISR", none: true},
		{why: "must not: while + a finite clause keeps its own subject", text: "Iran offered to mediate in Yemen while Saudi Arabia criticised the plan.", code: "11", src: "IRN", tgt: "-", none: true},
	})
}

// TestS14M14HimNotSubject: "him" or "her" after a verb stands for a
// person named before, never that verb's own subject nor a person of
// the subject's code, and the person it stands for stays the target.
func TestS14M14HimNotSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "where X praised him", text: "Modi visited Washington, where Trump praised him as a great friend.", code: "051", src: "USA", tgt: "IND"},
		{why: "where officials criticised him", text: "Lavrov visited Tehran, where Iranian officials criticised him for Moscow's stance.", code: "111", src: "IRN", tgt: "RUS"},
		{why: "the same person named twice", text: "Macron met Putin in Moscow and Putin thanked him for the visit.", code: "051", src: "RUS", tgt: "FRA"},
		{why: "forcing him to flee", text: "As President Eduard Shevardnadze was speaking in Tbilisi, opposition supporters burst into the chamber, forcing him to flee.", code: "17", src: "OPP", tgt: "ELI"},
		{why: "must not: him is not the praiser", text: "Modi visited Washington, where Trump praised him as a great friend.", code: "051", src: "USA", tgt: "USA", none: true},
		{why: "must not: him is not the thanker", text: "Macron met Putin in Moscow and Putin thanked him for the visit.", code: "051", src: "RUS", tgt: "RUS", none: true},
	})
}

// TestS14M14CoordinatedPassive: a participle after "and" (or "and
// later") with no object of its own, coordinated with a passive
// participle in its clause, is passive too: its subject is what the act
// was done to, and the first participle's by-agent is its agent.
func TestS14M14CoordinatedPassive(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "arrested ... and released", text: "The journalist was arrested in Tehran in 2014 and released 18 months later.", code: "08", src: "-", tgt: "MED"},
		{why: "detained by X and later freed", text: "Two Australian activists were detained by Myanmar police and later freed.", code: "08", src: "MMRCOP", tgt: "AUS"},
		{why: "arrested by X and deported", text: "Three French nationals were arrested by Algerian police and deported.", code: "174", src: "DZA", tgt: "FRA"},
		{why: "kidnapped ... and released", text: "Two Italian aid workers were kidnapped in Syria in 2014 and released in January.", code: "08", src: "-", tgt: "ITA"},
		{why: "shot and stabbed: the victim is the target", text: "British lawmaker Jo Cox was shot and stabbed to death in her constituency in 2016.", code: "18", src: "-", tgt: "GBRLEG"},
		{why: "must not: the victim frees nobody", text: "Two Australian activists were detained by Myanmar police and later freed.", code: "08", src: "AUS", tgt: "-", none: true},
		{why: "must not: a second verb with its own object is active", text: "The minister was sacked in March and released a statement in April.", code: "08", src: "-", tgt: "GOV", none: true},
	})
}

// TestS14M14AnsweredAct: a cut in relations aimed at one's own envoy in
// the clause after another state's act on it in the same sentence
// answers that act, whose agent is the target.
func TestS14M14AnsweredAct(t *testing.T) {
	p := newTestPipeline(t)
	checkM14Cases(t, p, []m14Case{
		{why: "and X recalled its ambassador", text: "Russia expelled two Polish diplomats and Warsaw recalled its ambassador.", code: "161", src: "POL", tgt: "RUS"},
		{why: ", and X recalled ... in protest", text: "Iran expelled a Swedish diplomat in 2019, and Sweden recalled its ambassador in protest.", code: "161", src: "SWE", tgt: "IRN"},
		{why: "must not: one's own envoy is no target", text: "Russia expelled two Polish diplomats and Warsaw recalled its ambassador.", code: "161", src: "POL", tgt: "POL", none: true},
		// S35: the envoy's post is named, so no other rule gives Russia
		// (loneOtherState would give the one other state the sentence names)
		{why: "must not: praise is not answered", text: "Russia praised Poland and Warsaw recalled its ambassador from Belarus.", code: "161", src: "POL", tgt: "RUS", none: true},
	})
}
