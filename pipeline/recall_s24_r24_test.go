package pipeline

import "testing"

// TestS24R24Recall: sentences where parley coded nothing or missed an
// act, each cause checked on sentences written for this test, with rows
// that show what each rule must leave alone.
func TestS24R24Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// text/presentthe_r24.go: a present verb after a subject opened
		// by "The", before an adverbial phrase, was read as a noun
		{why: "The United States condemns in the strongest terms", text: "The United States condemns in the strongest terms the attack on the embassy in Kabul.", code: "111", src: "USA", tgt: "-"},
		{why: "The government condemns in the strongest terms", text: "The government condemns in the strongest terms the bombing in Quetta.", code: "111", src: "-", tgt: "-"},
		{why: "The UN Security Council condemns in", text: "The UN Security Council condemns in the strongest possible terms the attack on peacekeepers in Mali.", code: "111", src: "-", tgt: "-"},
		{why: "The White House welcomes with satisfaction", text: "The White House welcomes with satisfaction the release of the hostages by Hamas.", code: "051", src: "USA", tgt: "-"},
		{why: "The ministry rejects outright", text: "The ministry rejects outright the allegations by Pakistan.", code: "016", src: "-", tgt: "PAK"},
		// must-not: a noun in -s with no verb's lemma, and an -s word
		// whose subject has its own finite verb later
		{why: "The Kenyan news in brief: no verb", text: "The Kenyan news in brief follows.", code: "0", none: true},
		{why: "a later finite verb keeps the subject's noun", text: "The government forces in the north attacked the rebel town of Kidal.", code: "19", src: "-", tgt: "-"},
		// pipeline/hostedtalks_r24.go: the talks a host holds may carry an
		// article, an ordinal and adjectives before "between"
		{why: "the first direct talks between", text: "Turkey hosted the first direct talks between Russia and Ukraine in Istanbul.", code: "040", src: "RUS", tgt: "UKR"},
		{why: "a fresh round of indirect talks between", text: "Egypt hosted a fresh round of indirect talks between Israel and Hamas.", code: "040", src: "ISR", tgt: "PSE"},
		{why: "the second round of talks between", text: "Oman hosted the second round of talks between Iran and the United States in Muscat.", code: "040", src: "IRN", tgt: "USA"},
		{why: "the host still hosts", text: "Turkey hosted the first direct talks between Russia and Ukraine in Istanbul.", code: "043", src: "TUR", tgt: "RUS"},
		// must-not: talks the host criticised after a verb are no meeting
		// it held (their own line codes them, with no host)
		{why: "criticised talks: the host is no host", text: "Turkey hosted the Ukrainian foreign minister and criticised talks between Russia and Iran.", code: "043", src: "TUR", tgt: "UKR"},
		// 14-protest.txt: factories, warehouses, stores and banks set on
		// fire riot like shops and stations
		{why: "workers set fire to factories", text: "Cambodian workers set fire to Chinese-owned factories in Sihanoukville.", code: "145", src: "KHM", tgt: "CHN"},
		{why: "set fire to a factory in a wage protest", text: "Bangladeshi garment workers set fire to a factory near Dhaka during a protest over wages.", code: "145", src: "BGD", tgt: "-"},
		{why: "set fire to banks and stores", text: "Rioters set fire to banks and stores in Santiago.", code: "145", src: "CHL", tgt: "-"},
		// must-not: a fire no one set
		{why: "an electrical fault", text: "An electrical fault set fire to a warehouse in Karachi.", code: "145", none: true},
		{why: "lightning", text: "Lightning set fire to a factory in Dhaka.", code: "14", none: true},
		// verb/saidaside_r24.go: the verb after "..., the ministry said,
		// and" is the first clause's subject's
		{why: "the defence ministry said, and killed", text: "Turkish jets struck Kurdish positions in northern Iraq overnight, the defence ministry said, and killed 20 militants.", code: "190", src: "TUR", tgt: "-"},
		{why: "residents said, and burned", text: "The rebels seized the town, residents said, and burned the police station.", code: "14", none: true},
		{why: "the army said, and arrested", text: "Israeli troops raided the Jenin camp, the army said, and arrested 14 suspects.", code: "173", src: "ISR", tgt: "-"},
		// must-not: a speaker who acts in a clause of its own keeps its act
		{why: "a speaker's own second verb", text: "The Kenyan police said on Monday that the protest was illegal, and arrested 40 people in Nairobi.", code: "173", src: "KEN", tgt: "-"},
	})
}
