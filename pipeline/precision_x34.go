package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// announcedOwnAct (X34): "announce" with a clause after it makes public
// the speaker's own decision: "Macron announced that France would recall
// its ambassador from Niger" is the recall (161), "Hungary announced it
// would withdraw from the ICC" the withdrawal (160), whatever its root,
// as a said-clause of a verbal act is already that act
// (codedStatement). A decision announced is the act CAMEO codes; the
// statement beside it records nothing more, and the complete-listing dev
// sets list the act alone.
func announcedOwnAct(toks []text.Token, h int) bool {
	return h >= 0 && h < len(toks) && toks[h].Lemma == "announce"
}

// forcedConsequence (X34): a coercion (170) read from a participle of
// "force" after a comma (", forcing lawmakers to flee", ", forcing the
// president to move the government out of the capital") that follows
// another act coded earlier in the sentence: the participle tells what
// that act brought about, a storming, a blockade, a strike, not a second
// act of pressure by anyone. The complete-listing dev sets list the first
// act alone in every such sentence. A finite "forced" ("The protests
// forced the minister to resign") and a participle with no act before it
// stay.
func forcedConsequence(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "170" || h < 1 || h >= len(toks) || toks[h].Lemma != "force" || toks[h].Tag != "VBG" || toks[h-1].Lower != "," {
		return false
	}
	for j := range out {
		if j != i && heads[j] >= 0 && heads[j] < h && out[j].SentenceIndex == ev.SentenceIndex && !out[j].Modality.Negated && (out[j].CAMEORoot == "14" || violentRoot(out[j].CAMEORoot)) {
			return true
		}
	}
	return false
}
