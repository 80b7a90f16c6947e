package pipeline

import "testing"

// TestS23X23ElectionHeld: holding an election, a referendum or a vote is
// no concession (0834); a promise or an agreement to hold one is still an
// intent (0344), and a refusal to hold one a rejection (data/verbs/
// 08-yield.txt).
func TestS23X23ElectionHeld(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a referendum held", text: "Scotland held an independence referendum on Thursday.", code: "08", none: true},
		{why: "elections held", text: "Turkey held early parliamentary elections in June.", code: "08", none: true},
		{why: "a vote held as others act", text: "Police fired tear gas at protesters in La Paz as the government held a vote on a new constitution.", code: "08", none: true},
		{why: "held in defiance of a ban", text: "Kurdish authorities held an independence referendum in defiance of a ban by Baghdad.", code: "08", none: true},
		{why: "keep: agreed to hold elections", text: "Mali's junta agreed to hold elections in February.", code: "0344", src: "MLI", tgt: "-"},
		{why: "keep: promised elections", text: "Ethiopia's prime minister promised to hold free elections next year.", code: "03", src: "ETH", tgt: "-"},
		{why: "keep: refused to hold a vote", text: "Hungary's parliament refused to hold a vote on Sweden's bid to join NATO.", code: "12", src: "HUN", tgt: "-"},
		{why: "keep: early elections called", text: "Thailand's prime minister called early elections after weeks of protests.", code: "0834", src: "THA", tgt: "-"},
		{why: "keep: parliament dissolved", text: "Jordan's king dissolved parliament after the protests.", code: "0834", src: "JOR", tgt: "-"},
	})
}

// TestS23X23ForceClearance: a camp or sit-in cleared by a state's police,
// troops or officials is repression (175), not dissent eased (082)
// (pipeline/precision_x23.go, forceClearance); its occupants clearing it,
// and a state lifting its own roadblocks, still yield.
func TestS23X23ForceClearance(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "police clear a camp", text: "Kenyan police cleared a protest camp in Nairobi on Tuesday.", code: "175", src: "KEN", tgt: "KEN"},
		{why: "security forces clear sit-ins", text: "Egyptian security forces cleared two sit-ins in Cairo on Wednesday.", code: "175", src: "EGY", tgt: "EGY"},
		{why: "troops dismantle an encampment", text: "Thai troops dismantled the protesters' encampment in Bangkok.", code: "175", src: "THA", tgt: "-"},
		{why: "authorities remove a camp", text: "French authorities removed the migrant camp in Calais on Monday.", code: "175", src: "FRA", tgt: "-"},
		{why: "must not: police clearing is no easing", text: "Kenyan police cleared a protest camp in Nairobi on Tuesday.", code: "08", none: true},
		{why: "keep: occupants clear their own camp", text: "Hong Kong students dismantled their encampment on Friday.", code: "082", src: "-", tgt: "-"},
		{why: "keep: a state lifts its roadblocks", text: "Israel removed dozens of roadblocks in the West Bank.", code: "082", src: "ISR", tgt: "-"},
		{why: "must not: roadblocks removed are no repression", text: "Israel removed dozens of roadblocks in the West Bank.", code: "17", none: true},
	})
}

// TestS23X23Counterfactual: a past condition contrary to fact with a
// negation tells an act that took place ("Had the government not
// suspended visas"); without one the act, and its consequence, stay
// hypothetical (pipeline/precision_x23.go, counterfactual).
func TestS23X23Counterfactual(t *testing.T) {
	p := newTestPipeline(t)
	checkModal(t, p, []modalRow{
		{why: "a denied condition happened", text: "Had Ankara not expelled the Swedish ambassador, the row might have ended quickly.", code: "16"},
		{why: "a denied condition after if", text: "If the army had not fired on the protesters in Bangkok, the talks might have gone on.", code: "175"},
		// "If the West had armed Ukraine earlier" moved to
		// verb/condition_p30_test.go: hypothetical at the verb stage, then
		// dropped by the pipeline as a condition (P30).
		{why: "had ... expelled, inverted", text: "Had Ankara expelled the Swedish ambassador, Stockholm would have recalled its own envoy.", code: "161", hyp: true},
		{why: "the consequence did not happen either", text: "If Israel had asked, the United States would have attacked Iran's nuclear sites.", code: "19", hyp: true},
		{why: "keep: a plain pluperfect", text: "Turkey had expelled the Swedish ambassador before the summit began.", code: "16"},
		{why: "keep: reported pluperfect", text: "Turkey said it had expelled the Swedish ambassador.", code: "16"},
		{why: "keep: a plain negated pluperfect", text: "Turkey had not expelled the Swedish ambassador by Friday.", code: "16", neg: true},
		{why: "keep: a condition's other act", text: "Russia invaded Ukraine in 2022, and if NATO had intervened, the war would have spread.", code: "19"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a denied condition's sides", text: "Had Ankara not expelled the Swedish ambassador, the row might have ended quickly.", code: "16", src: "TUR", tgt: "SWE"},
	})
}

// TestS23X23ElectionResult: a result announced by an electoral body
// ("X defeated Y in the run-off, the electoral court said", "won the
// election") is a tally of ballots, no statement (verb/modality.go,
// electionResult); a claim of fraud or a leader's vow stays one.
func TestS23X23ElectionResult(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "defeated in a run-off", text: "Bernardo Arevalo defeated Sandra Torres in Guatemala's presidential run-off on Sunday, the electoral tribunal said.", code: "01", none: true},
		{why: "won an election", text: "The ruling party won the parliamentary election in Georgia, the central election commission said.", code: "01", none: true},
		{why: "won a run-off with a share", text: "Gustavo Petro won Colombia's presidential run-off with 50.4 percent of the vote, the electoral commission said.", code: "01", none: true},
		{why: "beat at the polls", text: "The opposition candidate beat the incumbent in Sunday's run-off, the electoral commission said.", code: "01", none: true},
		{why: "keep: fraud alleged", text: "Venezuela's opposition said the government had rigged the election.", code: "01", src: "VEN", tgt: "-"},
		{why: "keep: a vow after the result", text: "Kenya's electoral commission said the vote would be repeated in 60 days.", code: "01", src: "KEN", tgt: "-"},
		{why: "keep: a defeat in battle", text: "Russia said Ukrainian forces had defeated Russian troops near Kharkiv before the elections.", code: "19", src: "UKR", tgt: "RUS"},
	})
}

// TestS23X23LevelNoun: "level" heads a sanction or threat line only as a
// verb; the noun ("their highest level", "at the highest level") is no
// act (data/verbs/16-reduce.txt, 13-threaten.txt).
func TestS23X23LevelNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a record level despite sanctions", text: "Venezuela's oil exports reached their highest level in six years despite the sanctions, the oil ministry said.", code: "16", none: true},
		{why: "talks at the highest level", text: "Chinese and American officials met at the highest level to discuss tariffs on steel.", code: "16", none: true},
		{why: "keep: sanctions levelled", text: "Washington levelled fresh sanctions on Caracas on Monday.", code: "163", src: "USA", tgt: "VEN"},
		{why: "keep: a threat levelled", text: "Pyongyang leveled a threat against Seoul over the drills.", code: "13", src: "PRK", tgt: "KOR"},
	})
}

// TestS23X23DespiteNominal: an act named by a noun after "despite" is
// conceded as known, no act of the day (verb/nominal.go,
// backgroundNominal); the act the sentence reports stays.
func TestS23X23DespiteNominal(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "despite a promise", text: "The generals kept their grip on power despite the army chief's promise of elections within a year.", code: "03", none: true},
		{why: "despite a promise, in a dash", text: "Thailand's junta has not stepped back — despite its leader's promise of elections — and few expect it to.", code: "03", none: true},
		{why: "keep: the act reported", text: "Austria deported 20 Afghan asylum seekers to Kabul despite the Taliban's advance.", code: "174", src: "AUT", tgt: "-"},
		{why: "keep: a promise told by its verb", text: "The army chief promised elections within a year despite the protests.", code: "03", src: "-", tgt: "-"},
	})
}
