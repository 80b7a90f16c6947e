package verb

import (
	"slices"

	"github.com/parley-events/parley/internal/wordset"
)

// selfWarnedLine (K40): p is the bare self-warning line of
// 13-threaten.txt, "warn ... {it|they|we|he|she} {would|will|could|
// might}", which ends at the modal and names no act: the act after the
// modal and the pronoun's place are checked here (selfWarnedAct), since
// a pattern cannot say "any verb but these" and an optional "that"
// would outrank the warn lines it must yield to.
func selfWarnedLine(p *Pattern) bool {
	if p.Code != "130" || len(p.elems) == 0 {
		return false
	}
	last := p.elems[len(p.elems)-1]
	return slices.Contains(last.words, "might") && slices.Contains(last.words, "would")
}

// selfWarnedAct (K40): the token at k, after the modal of "X warned (that)
// it would", opens an act the warner itself would do: a bare verb, not
// negated, and not one that forecasts what befalls the warner or how
// things stand ("warned it would take years", "warned they could run out
// of food", "warned it could be forced to close", "warned he would not
// attend"). "Gazprom warned it could reduce supplies", "Norway warned it
// would end its facilitation": a party that says it would act if its
// demand is not met threatens that act (CAMEO 13); the act's own code,
// when it has one, is recoded from the act (threatCode).
func (s *sentence) selfWarnedAct(h, k int) bool {
	// The pronoun right after "warned" or "warned that": "warned Kenya
	// that it could" is the warn + that line's, with its warned party.
	p := h + 1
	if p < len(s.toks) && s.toks[p].Lower == "that" {
		p++
	}
	if p >= len(s.toks) || !selfPronouns.Has(s.toks[p].Lower) || s.toks[p].Tag != "PRP" || k != p+2 {
		return false
	}
	for k < len(s.toks) && s.toks[k].Tag == "RB" && s.toks[k].Lower != "not" && s.toks[k].Lower != "never" {
		k++ // "warned it would soon reduce"
	}
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.Tag != "VB" || selfForecastVerbs.Has(t.Lemma) {
		return false
	}
	// "The IMF warned that it could cut its growth forecast": an act on a
	// figure (a forecast, an estimate, a rate) is a forecast itself, aimed
	// at no one.
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		u := &s.toks[j]
		if revisedFigures.Has(u.Lower) {
			return false
		}
		if !(u.IsNoun() || u.Tag == "DT" || u.Tag == "PRP$" || u.Tag == "JJ" || u.Tag == "CD" || u.Tag == "POS") {
			break
		}
	}
	return true
}

// revisedFigures are figures a warner revises or misses, no party it acts on.
var revisedFigures = wordset.Of(
	"forecast", "forecasts", "estimate", "estimates", "projection", "projections",
	"outlook", "guidance", "target", "targets", "prediction", "predictions",
	"rating", "ratings", "rate", "rates",
)

// selfForecastVerbs after "warned it would" tell what will happen to the
// warner or how long or how much something takes, not what it will do to
// anyone: states, changes and needs.
var selfForecastVerbs = wordset.Of(
	"be", "have", "face", "remain", "take", "cost", "need", "lose", "go",
	"run", "fall", "fail", "struggle", "miss", "become", "get", "see",
	"suffer", "collapse", "continue", "keep", "come", "seem", "require",
	"hurt", "slow", "rise", "drop", "decline", "grow", "shrink", "post",
	"report", "find", "feel", "know", "mean", "last", "stay", "exceed",
	"reach", "default", "die", "starve",
)
