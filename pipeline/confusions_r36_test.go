package pipeline

import "testing"

// TestR36ThatClauseVerbFree: a that-clause with its own subject inside
// the span of a pattern that reads past it ("released on Friday that his
// fighters had kidnapped ... students", where the release line reaches
// "students") tells its own act; the roots that read a that-clause for
// their code keep its words.
func TestR36ThatClauseVerbFree(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "kidnapping told in a video released", text: "The rebel leader said in a video released on Friday that his fighters had kidnapped 40 Nigerian students.", code: "181", src: "-", tgt: "NGA"},
		{why: "abduction told in a video released", text: "Boko Haram said in a video released on Monday that its fighters had abducted 30 Nigerian schoolgirls.", code: "181", src: "NGA", tgt: "NGA"},
		// must not
		{why: "a demand's that-clause is the demand's", text: "The UN demanded that the rebels release the hostages.", code: "0841", none: true},
		{why: "no subject of its own", text: "Kenya released a report on Monday that had angered Somali officials.", code: "11", none: true},
	})
}

// TestR36VerdictTold: a verdict of blame on another party's act told to
// someone ("told X that the Russian war ... was ill-advised"), or a move
// called a threat to peace, is criticism (111) as a verdict said is.
func TestR36VerdictTold(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "war told ill-advised", text: "The German chancellor told the Russian president in Moscow that the Russian war in Georgia was ill-advised.", code: "111", src: "DEU", tgt: "RUS"},
		{why: "invasion told a mistake", text: "The French president told the Turkish president that the Turkish incursion into Syria was a grave mistake.", code: "111", src: "FRA", tgt: "TUR"},
		{why: "move told a threat to peace", text: "The Japanese premier told the Chinese premier that the Chinese move into the disputed waters was a threat to regional peace.", code: "111", src: "JPN", tgt: "CHN"},
		{why: "buildup said a threat to security", text: "Poland said the Belarusian troop buildup on the border was a threat to regional security.", code: "111", src: "POL", tgt: "BLR"},
		// must not
		{why: "no act blamed", text: "The Kenyan minister told reporters that the new road plan was ready.", code: "11", none: true},
		{why: "a threat to security that is no party's act", text: "The Polish general told reporters that climate change was a threat to security.", code: "11", none: true},
	})
}

// TestR36ConsequencesThreatened: what a party "would face" from the law,
// "would be punished" or "held responsible" for, or what its act "would
// be met with" by force, said or vowed by another, is a threat (13).
func TestR36ConsequencesThreatened(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would face the full force of the law", text: "Kenya's president said rioters in Nairobi would face the full force of the law.", code: "130", src: "KEN", tgt: "-"},
		{why: "would be punished", text: "Pakistan vowed that India would be punished for the air strikes.", code: "130", src: "PAK", tgt: "IND"},
		{why: "would be held responsible", text: "The White House said Syria would be held responsible for any chemical attack.", code: "130", src: "USA", tgt: "SYR"},
		{why: "would be met with force", text: "Iran warned that any strike on its nuclear sites would be met with a crushing military response.", code: "13", src: "IRN", tgt: "-"},
		// must not
		{why: "a law faced in court", text: "The new Kenyan law will face a challenge in court.", code: "13", none: true},
		{why: "punished in the past", text: "Kenya said students who cheated in the exam had been punished.", code: "13", none: true},
		{why: "met with skepticism", text: "The Kenyan minister said the plan would be met with skepticism by investors.", code: "13", none: true},
	})
}

// TestR36AsideCrossed: an aside of named examples between commas
// (", including X,", ", among them X,") after a verb's object is crossed
// by the gap to the verb's complement ("from its list", "to the United
// States"); a participle after the aside stays another predicate.
func TestR36AsideCrossed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "including X, from the terror list", text: "Kenya's parliament removed four Somali rebel groups, including the Ogaden National Liberation Front, from its list of terrorist organisations.", code: "081", src: "KEN", tgt: "-"},
		{why: "among them X, to face trial", text: "Colombia sent 12 guerrilla commanders, among them Jesus Santrich, to the United States to face trial.", code: "063", src: "COL", tgt: "USA"},
		// must not
		{why: "a participle after the aside", text: "Kenya's parliament removed four Somali rebel groups, including the Ogaden National Liberation Front, denying that they were terrorist organisations on a list.", code: "081", none: true},
	})
}

// TestR36WipedOut: fighters "wiped out" are beaten in battle (190); a
// harvest wiped out names none.
func TestR36WipedOut(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "fighters wiped out", text: "Nigerian troops wiped out a column of Boko Haram fighters near Maiduguri.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "invaders wiped out, reported", text: "The Cuban army said its forces had wiped out the last of the invaders on the beach.", code: "190", src: "CUB", tgt: "-"},
		// must not
		{why: "a harvest wiped out", text: "The floods wiped out the harvest of the farmers in Kenya.", code: "19", none: true},
	})
}

// TestR36StaffRemoved: civil servants, academics or soldiers suspended or
// sacked by the state are removed from their posts (172), as officials
// and teachers are; leave suspended for soldiers removes no one.
func TestR36StaffRemoved(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "civil servants suspended", text: "The Ethiopian government suspended more than 3,000 civil servants after the audit.", code: "172", src: "ETH", tgt: "-"},
		{why: "soldiers sacked", text: "The Sudanese army sacked dozens of soldiers who refused to deploy.", code: "172", src: "SDN", tgt: "-"},
		// must not
		{why: "leave suspended for soldiers", text: "The Kenyan army suspended leave for soldiers during the floods.", code: "17", none: true},
	})
}
