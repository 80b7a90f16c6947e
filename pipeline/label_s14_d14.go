package pipeline

// labelCountry returns the country of a live page's or a brief's label
// that opens the line, a state's bare name and a colon ("Niger: junta
// expels French ambassador", "Sudan: army says it retook the palace"),
// or "". The label sets the scene as a fronted "In Niger, ..." does
// (frontedPlace): the bare sectors after it (the junta, the army,
// police) are the labelled state's. A label of a person, a body or a
// topic ("Kremlin:", "Explainer:", "Live:") is none, nor is a name
// followed by more than a colon ("Ukraine: Zelenskyy meets Biden" keeps
// its named actors, which need no scene).
func labelCountry(sa *SentenceAnalysis) string {
	toks := sa.Sentence.Tokens
	if len(toks) < 4 || toks[0].Text == "" || toks[0].Text[0] < 'A' || toks[0].Text[0] > 'Z' {
		return ""
	}
	c := 1
	for c < len(toks) && c <= 3 && toks[c].Text != ":" {
		c++
	}
	if c >= len(toks) || c > 3 || toks[c].Text != ":" {
		return ""
	}
	for _, g := range sa.Groups {
		if g.Start == 0 && g.End == c {
			return bareCountryAt(sa, 0)
		}
	}
	return ""
}
