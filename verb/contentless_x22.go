package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// X22 (session 22): more of the plain statements that only pass on a
// figure, a forecast or a gathering, which contentless drops: a bank's
// word on its currency ("The peso closed at 18,900 to the dollar, the
// central bank said"), a ministry's tally of what the country harvested,
// produced or exported ("Kazakhstan harvested a record 26 million tonnes
// of wheat, the agriculture ministry said"), a forecast whose subject is
// the figure ("the central bank said inflation would slow to 6 percent"),
// pilgrims at a feast, a season's opening, and an economic minister's word on the figures of
// his portfolio ("the finance minister said the zloty had stabilised").
// A head of state or government speaking of the economy stays a
// statement (the sets code "Premier Wen Jiabao said the crisis had hit
// China's exports harder than expected" 010), and so does any content
// that names a political actor or act.

// currencyNoun are further signs that a statement passes on a figure or a
// gathering of no one's act: currencies, markets and trade, a season
// (fishing, hunting, tourist), and pilgrims or worshippers at a feast.
// Trade talks, a trade war or a trade deal name a political noun beside
// it, which contentless keeps. Not "dollar" or "euro", which price aid and
// deals as often as a market.
var currencyNoun = wordset.Of(
	"currency", "peso", "pesos", "rouble", "roubles", "ruble", "rubles",
	"rupee", "rupees", "lira", "som", "tenge", "naira", "rand", "yuan",
	"renminbi", "hryvnia", "shilling", "cedi", "kwacha", "ringgit",
	"rupiah", "zloty", "forint", "dinar", "dirham", "dirhams", "riyal",
	"baht", "taka", "manat", "lari", "dram", "leu", "kip", "kyat",
	"stocks", "bourse", "trade", "season", "pilgrims", "worshippers",
	"devotees", "pilgrimage", "feast", "cultivation",
)

// tallyVerbs tell what a country's fields, mines and ports yielded: a
// state as their subject is where a figure is counted, not an actor
// ("Thailand exported a record 9 million tonnes of rice").
var tallyVerbs = wordset.Of("harvest", "produce", "export", "import", "mine", "pump", "grow", "record", "post")

// figureSign: the token at k is a sign of currencyNoun, or a verb of
// harvesting.
func (s *sentence) figureSign(k int) bool {
	t := &s.toks[k]
	return t.IsNoun() && currencyNoun.Has(t.Lower)
}

// tallySubject: the phrase ending at e (exclusive) is the subject of a
// tally verb ("Ukraine harvested", "Kazakhstan produced").
func (s *sentence) tallySubject(e int) bool {
	for k := e; k < len(s.toks) && k <= e+2; k++ {
		t := &s.toks[k]
		if t.IsVerb() {
			return tallyVerbs.Has(t.Lemma) && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBN")
		}
		if t.Tag != "RB" && t.Lower != "had" && t.Lower != "has" && t.Lower != "have" {
			return false
		}
	}
	return false
}

// figureModal: the modal at k has a figure for its subject ("inflation
// would slow", "temperatures would reach 47 degrees", "output will
// rise"): a forecast of a figure, not a plan announced.
func (s *sentence) figureModal(k int) bool {
	j := k - 1
	for j >= 0 && s.toks[j].Tag == "RB" {
		j--
	}
	if j < 0 {
		return false
	}
	t := &s.toks[j]
	return t.IsNoun() && (apoliticalNouns.Has(t.Lower) || currencyNoun.Has(t.Lower) || countHeads.Has(t.Lower))
}

// portfolioWords name the economic and technical portfolios whose
// minister reports figures, where a head of government's word on them is
// policy.
var portfolioWords = wordset.Of(
	"finance", "economy", "economic", "agriculture", "agricultural", "energy",
	"trade", "commerce", "industry", "industries", "tourism", "fisheries",
	"mining", "mines", "transport", "planning", "statistics", "meteorology",
)

// portfolioMinister: the words from start to end hold an economic
// portfolio ("the finance minister", "the minister for strategic
// industries").
func (s *sentence) portfolioMinister(start, end int) bool {
	for k := start; k < end && k < len(s.toks); k++ {
		if portfolioWords.Has(s.toks[k].Lower) {
			return true
		}
	}
	return false
}

// trailingSpeaker: the speaker p follows what was said, behind a comma
// ("..., its lowest level this year, the National Bank said", "...,
// the UN office said in its annual survey"): an "its" in the sentence
// is then the content's own subject or the speaker's report, not a
// figure of the speaker's own.
func (s *sentence) trailingSpeaker(p *actor.Phrase) bool {
	for k := p.Start - 1; k >= 0 && k >= p.Start-2; k-- {
		switch s.toks[k].Lower {
		case ",":
			return true
		case "the":
			continue
		}
		return false
	}
	return false
}

// outletAttribution: group gi is a news outlet that closes the sentence
// as its source ("..., TASS reported", "..., Vlast.kz reported"): it
// passes the statement on and is no party to what the statement says.
func (s *sentence) outletAttribution(gi int) bool {
	g := &s.groups[gi]
	if len(g.Phrases) != 1 || g.Start == 0 || s.toks[g.Start-1].Lower != "," {
		return false
	}
	if sec := g.Phrases[0].Sectors; len(sec) != 1 || sec[0] != "MED" {
		return false
	}
	e := g.End
	if e+1 >= len(s.toks) || !s.toks[e].IsVerb() || !reportVerbs.Has(s.toks[e].Lemma) {
		return false
	}
	return s.toks[e+1].Lower == "." || e+2 == len(s.toks)
}

// reportVerbs: what an outlet does with a statement it passes on.
var reportVerbs = wordset.Of("report", "say")

// outletSpeaker drops the plain statements (010) whose speaker is a news
// outlet that opens the sentence ("SANA said the US forces fired missiles
// at al-Shayrat", "Al-Masirah said the aggression launched 18 air
// raids", "Anadolu said the number of tourists rose 4 per cent"): the
// outlet passes news on, and the sets code the act it reports, or
// nothing, never the outlet's 010 (dev19's convention: what a state
// outlet reports is the act reported). An outlet's own verdict coded by
// its pattern ("The Global Times condemned ...") is no plain statement
// and stays. It reports whether it dropped any.
//
//go:noinline
func (s *sentence) outletSpeaker(r *Result, speech []int) bool {
	var drop uint64
	for _, i := range speech {
		m := &r.Matches[i]
		if i >= 64 || m.Pattern.Code != "010" || m.Code != "" || len(m.Source) != 1 || m.FromPrevious {
			continue
		}
		sp := &m.Source[0]
		if sec := sp.Sectors; len(sec) != 1 || sec[0] != "MED" || sp.End > m.Head {
			continue
		}
		if k := sp.Start; k > 1 || k == 1 && s.toks[0].Lower != "the" {
			continue
		}
		drop |= 1 << i
	}
	if drop == 0 {
		return false
	}
	r.dropMasked(drop)
	return true
}

// tradeNouns count goods that cross a border.
var tradeNouns = wordset.Of("exports", "imports", "shipments", "sales", "deliveries", "re-exports")

// tradePartner (P27): group gi is where a figure's goods go or come from
// ("hydropower exports to Thailand", "coffee exports to Saudi Arabia",
// "imports from China"): in a statement that only passes on a figure it
// is a bystander like the state that counts it (tallySubject), not a
// party to an act.
func (s *sentence) tradePartner(gi int) bool {
	g := &s.groups[gi]
	k := g.Start - 1
	if k < 1 || s.toks[k].Lower != "to" && s.toks[k].Lower != "from" {
		return false
	}
	return tradeNouns.Has(s.toks[k-1].Lower)
}
