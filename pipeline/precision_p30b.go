package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// figureReport (P30b): a bare statement (010) read from a verb of
// reporting, with no target, in a sentence where it is the only event
// left, and whose reported content (the clause after the verb, or before
// the comma of a trailing "..., the ministry said") states a figure (a
// number in digits other than a year or a day, a percentage, a sum in
// millions or billions): "Exports rose 4 percent in March, the energy
// ministry said", "the dam will cost an estimated $3 billion, the
// ministry said". A tally of violence ("the ministry said the death toll
// had passed 22,000") is left (harmWords): ConfliBERT's raters take such
// reports as 01 (its majority rate fell 0.578 -> 0.550 when they went
// too). A body publishing a statistic, a tally or
// an estimate does nothing to anyone; CAMEO's 010 is a political comment,
// and the complete-listing dev sets list none of these sentences (each
// is a no-event line), while every 010 they list names a political
// position or an intention with no figure, or a target. A statement with
// a target ("said four North Koreans had fled the country", 010 MYS>PRK)
// or beside an act coded in the same sentence (the convention of 010
// beside the speaker's own act) is left to the rules that judge those.
//
//go:noinline
func figureReport(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "010" || len(ev.Target) != 0 || h < 0 || h >= len(toks) || !reportingLemma(toks[h].Lemma) {
		return false
	}
	for j := range out {
		if j != i && heads[j] >= 0 && out[j].SentenceIndex == ev.SentenceIndex {
			return false // another event stands beside the statement
		}
	}
	lo, hi := h+1, len(toks) // "said the death toll had passed 22,000"
	for k := h - 1; k >= 0; k-- {
		if toks[k].Lower == "," {
			lo, hi = 0, k // "Exports rose 4 percent, the ministry said"
			break
		}
		if toks[k].IsVerb() {
			break
		}
	}
	figure := false
	for k := lo; k < hi; k++ {
		if harmWords.Has(toks[k].Lemma) || harmWords.Has(toks[k].Lower) {
			return false // a tally of violence is told as a report of it
		}
		if toks[k].Tag == "MD" {
			return false // "would be repeated in 60 days", "must be completed within 11 days": an intent or a demand
		}
		if statFigure(toks, k) {
			figure = true
		}
	}
	return figure
}

// harmWords mark a reported tally of violence or arrest ("said 13
// civilians were killed"), which coders of conflict news take as a
// report of the act, not as a published figure, and a political cause
// or act told with the figure.
var harmWords = wordset.Of(
	"kill", "killed", "die", "dead", "death", "deaths", "wound", "wounded", "injure",
	"injured", "casualty", "casualties", "toll", "attack", "strike", "fire", "shoot",
	"arrest", "detain", "rocket", "rockets", "missile", "missiles", "drone", "drones",
	"bomb", "shell", "soldier", "soldiers", "civilian", "civilians", "hostage", "hostages",
	"militant", "militants", "troops", "fighter", "fighters",
	// a political cause or act named beside the figure ("the sanctions
	// had pushed inflation to 12 percent", "fighting has displaced 2
	// million people")
	"fighting", "war", "conflict", "sanctions", "embargo", "blockade", "tariffs",
	"talks", "election", "vote", "referendum",
)

// statFigure: toks[k] is a figure of a statistic: a number written in
// digits that is no year, or a word of percentage or of a large sum.
// Small counts spelled out ("six hostages") are not taken: news style
// writes them so in any sentence, statistics rarely.
func statFigure(toks []text.Token, k int) bool {
	w := toks[k].Lower
	switch w {
	case "percent", "%", "million", "billion", "trillion", "megawatts", "tonnes":
		return true
	case "cent":
		return k > 0 && toks[k-1].Lower == "per"
	}
	if !strings.ContainsAny(w, "0123456789") || toks[k].Tag != "CD" {
		return false
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false // a year: "in 2024", "since 1962"
	}
	if k > 0 && figureMonths.Has(toks[k-1].Lower) || k+1 < len(toks) && figureMonths.Has(toks[k+1].Lower) {
		return false // a date: "September 19", "11 Feb"
	}
	return true
}

// figureMonths mark a number as a day of a date.
var figureMonths = wordset.Of(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
