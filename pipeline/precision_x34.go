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

// rejectedContent (X34): an act that is only hypothetical and stands in
// the object of a rejection coded before it, with no comma, conjunction
// or finite verb between ("rejected ASEAN envoy's request to meet Aung
// San Suu Kyi", "turned down an offer by Sudan to mediate", "refused to
// hold a vote on Sweden's bid to join NATO", "vetoed a bill to limit his
// power to take military action against Iran"), is what was turned down:
// nobody did it, and the rejection (12x) is the event. The complete-
// listing dev sets list the rejection alone in every such sentence.
func rejectedContent(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if !ev.Modality.Hypothetical || ev.Modality.Negated || ev.CAMEORoot == "12" || h < 1 || h >= len(toks) {
		return false
	}
	for j := range out {
		g := heads[j]
		if j == i || g < 0 || g >= h || out[j].SentenceIndex != ev.SentenceIndex || out[j].CAMEORoot != "12" || out[j].Modality.Negated {
			continue
		}
		between := true
		for k := g + 1; k < h; k++ {
			switch t := &toks[k]; {
			case t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Tag == "CC":
				between = false
			case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
				between = false
			case rejectionBoundary(t.Lower):
				between = false // "will not halt the offensive until Hamas releases ...": a condition
			}
		}
		if between {
			return true
		}
	}
	return false
}

// rejectionBoundary: a subordinator that opens a clause of its own, whose act
// is a condition or a time, not the object turned down.
func rejectionBoundary(w string) bool {
	switch w {
	case "until", "till", "before", "unless", "if", "after", "when", "while", "because", "once", "since", "as", "so", "whether":
		return true
	}
	return false
}
