package pipeline

import "github.com/parley-events/parley/text"

// discard reports why a sentence holds no political events: publisher
// boilerplate (disclaimers, credits) is recognised by the phrases that only
// such paragraphs use.
func discard(toks []text.Token) string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Lower)
	}
	for _, ph := range boilerplate {
		if containsSeq(words, ph) {
			return "publisher boilerplate: \"" + join(ph) + "\""
		}
	}
	return ""
}

// boilerplate phrases mark disclaimers and credits, not news.
var boilerplate = [][]string{
	{"this", "article", "was"},
	{"has", "not", "verified", "the", "content"},
	{"views", "expressed", "in", "this"},
	{"views", "set", "out", "in", "this"},
	{"responsibility", "for", "the", "information"},
	{"all", "rights", "reserved"},
	{"click", "here", "to"},
	{"subscribe", "to", "our"},
	{"sign", "up", "for", "our"},
	{"reporting", "by"},
	{"editing", "by"},
	{"translated", "and", "edited", "by"},
}

func containsSeq(words, seq []string) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		ok := true
		for j, w := range seq {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func join(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}
