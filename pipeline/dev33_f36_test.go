package pipeline

import "testing"

// TestF36PriceThreat: "X said the Y would pay a price" threatens Y whether
// or not an article opens Y's name (sufferedThreat), and countermeasures
// vowed are a threat (13), not an intent to cooperate. A cost reported
// in the past and measures vowed to help are no threat.
func TestF36PriceThreat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "article before the threatened party", text: "American jets struck targets in Afghanistan, and President George W. Bush said the Taliban would pay a price for sheltering terrorists.", code: "13", src: "USA", tgt: "AFG"},
		{why: "article before a group", text: "Washington said the Houthis would pay a heavy price for the attacks on shipping.", code: "13", src: "USA", tgt: "YEM"},
		{why: "countermeasures vowed", text: "Seoul vowed firm countermeasures against Pyongyang on Thursday.", code: "13", src: "KOR", tgt: "PRK"},
		{why: "a cost already paid", text: "The envoy said the civilians had paid the price of the war.", code: "13", none: true},
		{why: "measures to help", text: "The Kenyan government vowed firm measures to help farmers hit by the drought.", code: "13", none: true},
	})
}

// TestF36PromptedAnswer: an answer told in a result clause ("prompting
// Japan to lodge a protest") is aimed at the agent of the act before the
// participle (promptedAnswer), and an actor after "and" with its own
// infinitive is that infinitive's subject, not the first act's object
// (infinitiveSubject in verb/roles.go).
func TestF36PromptedAnswer(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "second infinitive's subject is no object", text: "North Korea fired a ballistic missile over the Japanese island of Hokkaido on Tuesday, prompting Japan to lodge a strong protest and South Korea to stage a live-fire drill.", code: "114", src: "JPN", tgt: "PRK"},
		{why: "second subject with an article", text: "North Korea fired a missile over Japan on Tuesday, prompting Japan to lodge a strong protest and the United States to condemn the launch.", code: "114", src: "JPN", tgt: "PRK"},
	})
	// must not: two agents before the participle give no target
	for _, text := range []string{
		"Russia shelled Kharkiv and Belarus massed troops on the border, prompting Ukraine to lodge a strong protest and Poland to raise its alert.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "114" && len(e.Target) > 0 {
				t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestF36ShotVictimsPlace: people shot or massacred with no nationality
// are of the state where it happened (victimPlace), as people killed
// are; victims the text gives a state keep it.
func TestF36ShotVictimsPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shooting dead people in a foreign capital", text: "NAIROBI (AP) - Al-Shabaab gunmen stormed a hotel and office complex in Nairobi on Tuesday, shooting dead at least 14 people, and the Somali militant group claimed responsibility within hours.", code: "193", src: "SOM", tgt: "KEN"},
		{why: "named nationals keep their state", text: "Al-Shabaab gunmen stormed a hotel in Nairobi on Tuesday, shooting dead three Somali officials.", code: "19", src: "SOM", tgt: "SOM"},
	})
}

// TestF36PoliceBeatProtesters: police or troops beating
// protesters repress them (175), as shooting them does
// (protestersShot); a beating of robbers, or by a crowd, stays an
// assault (182).
func TestF36PoliceBeatProtesters(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "police beat protesters", text: "Mousavi said he had asked the Guardian Council to annul the election result, and police beat protesters in central Tehran for a second day.", code: "175", src: "IRN", tgt: "IRN"},
		{why: "riot police beat demonstrators", text: "Riot police beat demonstrators outside the parliament in Minsk on Sunday.", code: "175", src: "BLR", tgt: "BLR"},
		{why: "robbers beaten", text: "Police beat three robbers in Lagos.", code: "175", none: true},
		{why: "a crowd beats protesters", text: "Government supporters beat protesters in Minsk.", code: "175", none: true},
	})
}

// TestF36CalledRobbery: an act called a robbery or a theft, or an attack
// on one's sovereignty, is denounced (111); a robbery or sovereignty in a
// call for something is not.
func TestF36CalledRobbery(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "called it a robbery", text: "Russian President Vladimir Putin signed a treaty on Tuesday making Crimea part of Russia, and Ukraine's acting government called it a robbery on an international scale.", code: "111", src: "UKR", tgt: "RUS"},
		{why: "called the move an attack on its sovereignty", text: "Washington recognised Israel's sovereignty over the Golan Heights on Monday, and Syria's foreign ministry called the move a blatant attack on its sovereignty.", code: "111", src: "SYR", tgt: "USA"},
		{why: "a call for witnesses to a robbery", text: "Kenyan police called for witnesses to the robbery in Nairobi.", code: "11", none: true},
		{why: "a call for a debate on sovereignty", text: "The Kenyan minister called for a debate on sovereignty.", code: "11", none: true},
	})
}

// TestF36CrossedForSummit: crossing or stepping into a state for a summit
// or talks is a visit (042) to it, as arriving there is; troops crossing
// into a state before talks visit no one.
func TestF36CrossedForSummit(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "stepped into a state for a summit", text: "PANMUNJOM (Reuters) - Kim Jong Un stepped across the military line into South Korea on Friday for a summit with President Moon Jae-in, and the two leaders pledged to work for the complete denuclearisation of the peninsula.", code: "042", src: "PRK", tgt: "KOR"},
		{why: "the two leaders of the visit pledge", text: "PANMUNJOM (Reuters) - Kim Jong Un stepped across the military line into South Korea on Friday for a summit with President Moon Jae-in, and the two leaders pledged to work for the complete denuclearisation of the peninsula.", code: "030", src: "PRK", tgt: "KOR"},
		{why: "troops crossing before talks", text: "Russian troops crossed into Ukraine on Thursday, days before the planned talks.", code: "04", none: true},
	})
}

// TestF36RespondRobustly: a state that "would respond robustly" threatens
// (130), as one that would respond firmly does; a reply to a letter is
// no threat.
func TestF36RespondRobustly(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "respond robustly if", text: "British Foreign Secretary Boris Johnson told parliament on Tuesday that Britain would respond robustly if Moscow was found to be behind the suspected poisoning of a former Russian double agent in Salisbury.", code: "130", src: "GBR", tgt: "RUS"},
		{why: "a reply to a letter", text: "The Kenyan ministry said it would respond to the letter next week.", code: "13", none: true},
	})
}
