package verb

import "github.com/parley-events/parley/text"

// sinceThen is what an adverbial "since" reads as to the verb stage.
// Its lower form is in no word set: a subordinator no longer, it is
// crossed like any adverb between an auxiliary and its participle.
const sinceThen = "since-then"

// adverbialSince: "since" at k stands between a perfect's auxiliary and
// its participle ("Russia has since expelled two Estonian diplomats",
// "Erdogan ... has since detained thousands", "has since been freed"):
// the adverb "since then", which opens no clause. The verb stage's many
// clause bounds (the subject search, negation, a noun head's gap) all
// read "since" as a subordinator by its word alone, so the whole
// sentence lost its verb's subject. "Prices have risen since the war
// began" and "has been expelling diplomats since 2022" keep theirs.
func adverbialSince(toks []text.Token, k int) bool {
	if k <= 0 || k+1 >= len(toks) || toks[k].Lower != "since" {
		return false
	}
	j := k - 1
	for j > 0 && (toks[j].Lower == "not" || toks[j].Lower == "n't" || toks[j].Lower == "also" || toks[j].Lower == "only") {
		j--
	}
	switch toks[j].Lower {
	case "has", "have", "had", "'s", "'ve", "'d":
	default:
		return false
	}
	n := k + 1
	if toks[n].Lower == "been" {
		return true
	}
	return toks[n].Tag == "VBN" || toks[n].Tag == "VBD"
}

// sinceView returns toks with each adverbial "since" read as an adverb,
// a copy only when there is one (the caller's tokens are left as they
// are).
func sinceView(toks []text.Token) []text.Token {
	var out []text.Token
	for k := range toks {
		// The word test first, in line: the call costs more than the
		// test, and one word in hundreds is "since".
		if toks[k].Lower != "since" || !adverbialSince(toks, k) {
			continue
		}
		if out == nil {
			out = append([]text.Token(nil), toks...)
		}
		out[k].Lower = sinceThen
		out[k].Tag = "RB"
		if out[k].Lemma != "" {
			out[k].Lemma = sinceThen
		}
	}
	if out == nil {
		return toks
	}
	return out
}
