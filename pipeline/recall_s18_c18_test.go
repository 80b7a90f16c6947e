package pipeline

import "testing"

// TestRecallS18C18 codes courts, sentences and the legal acts around them,
// in sentences written for this test. A court sentence that imposes prison
// codes 116 and 173 with the same sides (the session's convention, after
// PLOVER's "convict" mode); a death sentence, a fine or a suspended term is
// 116 alone; detention before trial is 173 alone. A person extradited,
// deported or handed over "to" a capital is delivered to that state.
func TestRecallS18C18(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A sentence that imposes prison: both events.
		{why: "sentenced to years in prison, 116", text: "A court in Baku sentenced the Azerbaijani journalist Sevinj Vagifgizi to nine years in prison on Monday.", code: "116", src: "AZE", tgt: "AZE"},
		{why: "sentenced to years in prison, 173", text: "A court in Baku sentenced the Azerbaijani journalist Sevinj Vagifgizi to nine years in prison on Monday.", code: "173", src: "AZE", tgt: "AZE"},
		{why: "years in jail, 173", text: "An Ethiopian court sentenced the former Tigrayan official to 18 years in jail.", code: "173", src: "ETH", tgt: "ETH"},
		{why: "prison terms, 173", text: "A Cuban court sentenced 16 protesters to prison terms of between five and 25 years.", code: "173", src: "CUB", tgt: "CUB"},
		{why: "a prison term handed, 173", text: "A Russian military court handed the Ukrainian soldier a 15-year prison term.", code: "173", src: "RUS", tgt: "UKR"},
		{why: "found guilty and sentenced, 173", text: "A Belarusian court found the journalist guilty of extremism and sentenced her to eight years in prison.", code: "173", src: "BLR", tgt: "-"},
		{why: "jailed for a term, 116", text: "A court in Ankara jailed the Kurdish politician for 42 years over the 2014 protests.", code: "116", src: "TUR", tgt: "TUR"},
		{why: "jailed for life, 116", text: "Uganda's military court jailed the opposition figure for life.", code: "116", src: "UGA", tgt: "UGA"},
		{why: "jailed for life, 173", text: "Uganda's military court jailed the opposition figure for life.", code: "173", src: "UGA", tgt: "UGA"},
		{why: "jailed for a term, defendant unknown", text: "A court in Rabat jailed the rapper for four years for insulting the king.", code: "116", src: "MAR", tgt: "-"},
		{why: "sentenced, defendant unknown", text: "A federal court in Virginia sentenced Zacarias Moussaoui to life in prison.", code: "116", src: "USA", tgt: "-"},
		{why: "prison terms handed down", text: "A Tehran court handed down prison terms to four Iranian labour activists.", code: "173", src: "IRN", tgt: "IRN"},

		// 116 alone: death, fines, suspended terms, upheld sentences.
		{why: "death sentence is 116", text: "An Iranian court sentenced the German-Iranian dissident to death on terrorism charges.", code: "116", src: "IRN", tgt: "-"},
		{why: "death sentence is no detention", text: "An Iranian court sentenced the German-Iranian dissident to death on terrorism charges.", code: "173", none: true},
		{why: "a fine is no detention", text: "A Russian court fined the opposition activist 30,000 roubles for the post.", code: "173", none: true},
		{why: "a suspended sentence is no detention", text: "A French court handed the former president a one-year suspended sentence.", code: "173", none: true},
		{why: "a regulator's fine on a firm is no detention", text: "The European Commission fined Google 2.4 billion euros for abusing its dominance.", code: "173", none: true},
		{why: "a regulator's fine on a bank is no detention", text: "Britain's financial regulator fined Barclays 40 million pounds.", code: "173", none: true},

		// 173 alone: detention before any verdict.
		{why: "jailed pending trial, 173", text: "A Turkish court jailed the mayor pending trial on corruption charges.", code: "173", src: "TUR", tgt: "TUR"},
		{why: "jailed pending trial is no verdict", text: "A Turkish court jailed the mayor pending trial on corruption charges.", code: "116", none: true},
		{why: "remanded in custody is no verdict", text: "The Georgian opposition leader was remanded in custody for two months.", code: "116", none: true},
		{why: "police jailing is no verdict", text: "Police jailed 40 protesters overnight in Nairobi.", code: "116", none: true},
		{why: "ordered held, 173", text: "A Moscow court ordered the American journalist held for two more months.", code: "173", src: "RUS", tgt: "USA"},
		{why: "bail refused, 173", text: "A court in Tunis refused bail to the opposition leader Rached Ghannouchi.", code: "173", src: "TUN", tgt: "-"},
		{why: "bail granted is no detention", text: "A Pakistani court granted bail to the former prime minister.", code: "173", none: true},

		// Background: no second event.
		{why: "jailed in a life story", text: "Born in 1950, Mandela was jailed for 27 years before he became president of South Africa.", code: "116", none: true},
		{why: "jailed in a relative clause", text: "The opposition leader, who was jailed for five years in 2019, was freed on Monday.", code: "116", none: true},
		{why: "a sentence as another act's time", text: "Protesters clashed with police in Lusaka after the opposition leader was sentenced to two years in prison.", code: "173", none: true},
		{why: "a penalty only risked", text: "He faces up to 20 years in prison if convicted, his lawyer said.", code: "17", none: true},

		// Words of sentencing that are no court's.
		{why: "sentenced to oblivion", text: "The minister's plan was sentenced to oblivion by the vote.", code: "11", none: true},
		{why: "the sentence of a text", text: "The judge read out the sentence of the text in full.", code: "11", none: true},
		{why: "a sport ban is no sentence", text: "FIFA banned the Brazilian striker for six months after the doping test.", code: "116", none: true},
		{why: "a sport ban is no detention", text: "FIFA banned the Brazilian striker for six months after the doping test.", code: "173", none: true},
		{why: "a club's bench is no sentence", text: "The club sentenced its coach to the bench for the final.", code: "11", none: true},

		// Appeals, pardons, acquittals, executions, charges.
		{why: "appeal rejected by a court", text: "Russia's supreme court rejected the appeal of the jailed Ukrainian filmmaker Oleg Sentsov.", code: "116", src: "RUS", tgt: "-"},
		{why: "appeal rejected by a court is no rejection", text: "Russia's supreme court rejected the appeal of the jailed Ukrainian filmmaker Oleg Sentsov.", code: "12", none: true},
		{why: "an upheld sentence imposes nothing new", text: "An appeals court in Cairo upheld the prison sentence against the activist.", code: "173", none: true},
		{why: "pardon", text: "Belarus's president pardoned the German national sentenced to death.", code: "056", src: "BLR", tgt: "DEU"},
		{why: "commutation", text: "The Vietnamese president commuted the death sentence of the property tycoon.", code: "056", src: "VNM", tgt: "-"},
		{why: "acquittal eases a sanction", text: "A Russian court acquitted the Chechen human rights activist.", code: "081", src: "RUS", tgt: "-"},
		{why: "acquittal is no conviction", text: "A Russian court acquitted the Chechen human rights activist.", code: "116", none: true},
		{why: "indictment", text: "Turkish prosecutors indicted 50 journalists on terrorism charges.", code: "173", src: "TUR", tgt: "TUR"},
		{why: "execution", text: "Singapore hanged a Malaysian drug trafficker on Wednesday.", code: "18", src: "SGP", tgt: "MYS"},
		{why: "the executed were convicted earlier", text: "Iran hanged two men convicted of killing a member of the security forces.", code: "116", none: true},
		{why: "extradition request", text: "Turkey requested the extradition of Fethullah Gulen from the United States.", code: "0213", src: "TUR", tgt: "-"},

		// A capital after a transfer verb's "to" is its state.
		{why: "extradited to a capital", text: "Mexico extradited the cartel boss to Washington.", code: "063", src: "MEX", tgt: "USA"},
		{why: "extradited to a capital, with a date", text: "Spain extradited the hacker to Washington on Thursday.", code: "063", src: "ESP", tgt: "USA"},
		{why: "handed over to a capital", text: "Sweden handed over the suspect to Ankara.", code: "063", src: "SWE", tgt: "TUR"},
		{why: "sent back to a capital", text: "Italy sent the two fugitives back to Belgrade.", code: "063", src: "ITA", tgt: "SRB"},
		{why: "convicts deported are expelled, not handed to justice", text: "Denmark deported 12 Iraqi convicts to Baghdad after they served their sentences.", code: "063", none: true},
		{why: "a person returning to a capital moves no one", text: "The Kenyan opposition leader returned to Nairobi on Sunday.", code: "06", none: true},
	})
}
