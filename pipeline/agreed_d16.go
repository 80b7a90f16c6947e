package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/verb"
)

// agreedBetween: two or more named states or bodies that "agreed to" do
// something, with no one else named as its target, agreed it with each
// other: "Ethiopia and Eritrea agreed to reopen their embassies",
// "Rwanda and Burundi agreed to reopen their border", "Armenia and
// Azerbaijan agreed to exchange all prisoners of war" (the captives are
// what is exchanged, no party). An agreement has two sides by its
// meaning, whatever the act agreed (03x): mutualCode covers the codes
// that are mutual with any verb ("pledged to resume talks"); "agree"
// makes the rest mutual too. Support and aid stay a third party's
// ("France and Germany agreed to back the plan"), and pulling back one's
// own forces is aimed at no one ("agreed to withdraw their troops"), as
// in mutualCode; easing a closure is not ("agreed to reopen their
// border").
func agreedBetween(ev *event.Event, m *verb.Match, toks []text.Token) bool {
	if len(ev.Source) < 2 || m.Passive || !strings.HasPrefix(ev.CAMEO, "03") || strings.HasPrefix(ev.CAMEO, "033") {
		return false
	}
	if len(ev.Target) > 0 && !(strings.HasPrefix(ev.CAMEO, "0353") && captivesOnly(ev.Target, ev.Source)) {
		return false
	}
	inner := -1 // the verb agreed to
	if g := m.Governor; g >= 0 && g < len(toks) && toks[g].Lemma == "agree" {
		inner = m.Head
	} else if toks[m.Head].Lemma == "agree" {
		for k := m.Head + 1; k < len(toks) && k <= m.Head+5; k++ {
			if toks[k].Tag == "VB" {
				inner = k
				break
			}
		}
		if inner < 0 {
			return false
		}
	} else {
		return false
	}
	if l := toks[inner].Lemma; ev.CAMEO == "032" && supportVerb(l) || ev.CAMEO == "0356" && pullBackVerb(l) {
		return false
	}
	return distinctSides(ev.Source)
}

// supportVerb: verbs of backing a third party's cause or plan, whose
// intent (032) is aimed at that party, not at a co-signer.
func supportVerb(lemma string) bool {
	switch lemma {
	case "support", "back", "endorse", "recognise", "recognize", "praise", "welcome":
		return true
	}
	return false
}

// pullBackVerb: verbs of withdrawing one's own forces (0356 as intent).
func pullBackVerb(lemma string) bool {
	switch lemma {
	case "withdraw", "pull", "demobilize", "demobilise", "disarm", "retreat", "redeploy", "demilitarize", "demilitarise":
		return true
	}
	return false
}
