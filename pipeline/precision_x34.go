package pipeline

import "github.com/parley-events/parley/text"

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
