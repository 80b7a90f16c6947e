package pipeline

import "testing"

// TestRecallS17Q17 codes statements, appeals, criticism and rejections
// written the way ordinary news writes them when no verb of criticism
// carries the act: a verdict of blame in a said-clause with a long
// subject or an actor as subject, a quoted verdict before its speaker,
// an attributive verdict after "called", "dismissive of", a scathing
// report; a party said to be behind or involved in a harm; symbolic acts
// at memorials; condolences after a crash, which the accident words had
// discarded; "would not comment" and "would not accept"; a report
// denied; a claim to a territory rejected and calls rebuffed. The sentences differ from the
// dictionary examples, and the must-not rows hold the same frames with
// words that are no blame, no memorial, no territory.
func TestRecallS17Q17(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// 11: a verdict in a said-clause, whatever its subject
		{why: "said X's act of long subject was a disgrace", text: "The Irish foreign minister said Israel's treatment of aid workers in Gaza was a disgrace.", code: "111", src: "IRL", tgt: "ISR"},
		{why: "said X was hypocritical", text: "Moscow's envoy to the UN said London was hypocritical on the question of sanctions.", code: "111", src: "RUS", tgt: "GBR"},
		{why: "two verdicts joined", text: "The Greek prime minister said Turkey's drilling plans were provocative and unacceptable.", code: "111", src: "GRC", tgt: "TUR"},
		{why: "verdict adjective on an act noun", text: "The Chinese embassy said the Czech senator's trip to Taipei was a cynical stunt.", code: "111", src: "CHN", tgt: "CZE"},
		{why: "a positive step: no verdict", text: "The Chinese embassy said the Czech senator's trip to Beijing was a useful step.", code: "11", none: true},
		{why: "anger drawn from a state", text: "The Polish president's remarks on the Volhynia massacre drew fury from Ukraine.", code: "111", src: "UKR", tgt: "POL"},
		{why: "said X's move was an act of aggression", text: "Guyana's president said Venezuela's referendum on the Essequibo region was an act of aggression.", code: "111", src: "GUY", tgt: "VEN"},
		{why: "it was unacceptable that", text: "The Swedish prime minister said it was unacceptable that Iran continued to hold a Swedish diplomat.", code: "111", src: "SWE", tgt: "-"},
		{why: "said the talks were a success: no verdict", text: "The Irish foreign minister said the talks with Britain were a success.", code: "11", none: true},
		{why: "said X was an act of goodwill: no blame", text: "Guyana's president said Venezuela's release of the fishermen was an act of goodwill.", code: "11", none: true},
		// 11: a quoted verdict before its speaker (verb/verdict_q17.go)
		{why: "quoted verdict, speaker after", text: "\"This is shameful and irresponsible,\" the Lithuanian foreign minister said of the Chinese decision.", code: "111", src: "LTU", tgt: "-"},
		{why: "quoted verdict, inverted speaker", text: "\"It is a travesty of justice,\" said the Ghanaian information minister.", code: "111", src: "GHA", tgt: "-"},
		{why: "quoted praise, speaker after", text: "\"This is a historic day for our people,\" the Ghanaian information minister said.", code: "11", none: true},
		{why: "verdict with no quotation and no speaker", text: "The situation is unacceptable for the residents of the camp.", code: "11", none: true},
		// 11: attributive verdicts, adjectives of contempt, scathing reports
		{why: "called X a reckless move", text: "The Taiwanese defence ministry called China's drills near the island a reckless move.", code: "111", src: "TWN", tgt: "CHN"},
		{why: "called X's policy unethical", text: "The Dutch bishops called the Dutch government's asylum policy unethical.", code: "111", src: "NLD", tgt: "NLD"},
		{why: "called X a threat to peace", text: "Seoul called the North Korean leader a threat to peace on the peninsula.", code: "111", src: "KOR", tgt: "PRK"},
		{why: "dismissive of", text: "The Indian foreign minister was dismissive of Pakistan's offer of talks.", code: "111", src: "IND", tgt: "PAK"},
		{why: "scathing report on", text: "Human Rights Watch released a damning report on Egypt's prison system.", code: "111", src: "-", tgt: "EGY"},
		{why: "called the agreement an important step: no blame", text: "The Taiwanese defence ministry called the deal with Japan an important step.", code: "11", none: true},
		{why: "scathing about the weather: no party", text: "The Indian foreign minister was scathing about the heat in Delhi.", code: "11", none: true},
		// 112: a party behind or involved in a harm
		{why: "said X was behind the arson", text: "Lithuania said Russian agents were behind the arson at a warehouse in Vilnius.", code: "112", src: "LTU", tgt: "RUS"},
		{why: "said X were involved in the murder", text: "Pakistan said Indian agents were involved in the murder of two men in Lahore.", code: "112", src: "PAK", tgt: "IND"},
		{why: "behind the fires of drought: no party", text: "Greece said the drought was behind the fires on the island.", code: "112", none: true},
		// 01
		{why: "would not comment: a refusal made (verb/verdict_q17.go)", text: "The Israeli military would not comment on the reports of a strike near Isfahan.", code: "011", src: "ISR", tgt: "-"},
		{why: "would not say, no comment", text: "The Israeli military said it would not hesitate to act against Hezbollah.", code: "011", none: true},
		{why: "denied a report that", text: "The Kremlin denied a report that Putin had met the mercenary chief after the mutiny.", code: "016", src: "RUS", tgt: "-"},
		{why: "condolences after an air crash are not discarded", text: "India's president sent condolences to Nepal after the plane crash in Pokhara killed 68 people.", code: "018", src: "IND", tgt: "NPL"},
		{why: "closeness to victims", text: "The Pope expressed his closeness to the victims of the floods in Libya.", code: "018", src: "VAT", tgt: "-"},
		{why: "an air crash with no condolence stays discarded", text: "A plane crash in Pokhara killed 68 people, officials said.", code: "01", none: true},
		{why: "candles lit at a memorial", text: "The Norwegian prime minister lit candles at the memorial to the victims of the Utoya attack.", code: "017", src: "NOR", tgt: "-"},
		{why: "candles at dinner", text: "The Norwegian family lit candles at the dinner table.", code: "017", none: true},
		// 12
		{why: "rejected a claim to territory: no denial", text: "Morocco rejected Algeria's claim to the disputed territory.", code: "120", src: "MAR", tgt: "DZA"},
		{why: "would not accept the ruling: a rejection made", text: "Guyana's neighbour Venezuela said it would not accept the ruling of the International Court of Justice.", code: "12", src: "VEN", tgt: "IGO"},
		{why: "would accept the ruling: no rejection", text: "Venezuela said it would accept the ruling of the court.", code: "12", none: true},
		{why: "rebuffed calls", text: "Hungary rebuffed calls to lift its veto on the EU aid package.", code: "120", src: "HUN", tgt: "-"},
		{why: "rejected claims that: a denial, no rejection", text: "Morocco rejected claims that its agents had spied on journalists.", code: "120", none: true},
	}
	checkRootCases(t, p, cases)
}
