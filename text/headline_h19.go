package text

// headlineCommaBase: headlines join a subject's acts with commas, and a
// plural subject takes the base form in each ("Hamas fighters infiltrate
// southern Israel, fire/NN thousands of rockets", "Troops shell rebel
// positions, capture/NN hilltop"). The tagger, which learnt running
// text, reads the second base form as a noun, and its act was lost. The
// word right after such a comma is retagged as the present verb when it
// is a lower-case base form the dictionary knows as a verb, the clause
// before the comma opens with a noun phrase and a verb in its base form
// (its subject is plural: "Rebels seize town, kill 12 soldiers"), and an
// object follows it with no finite verb of its own clause ("...,
// traffic chaos grips Delhi" keeps "traffic" a noun). A line with its
// full stop is running text, where a comma before a noun starts a list;
// the caller has checked there is none.
func (a *Analyzer) headlineCommaBase(toks []Token) {
	if w := toks[0].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return
	}
	first := -1
	for k := 1; k < len(toks) && k <= 6; k++ {
		if t := &toks[k]; t.Tag == "VBP" || t.Tag == "VB" || pastTag(t.Tag) && t.Lemma == t.Lower && lowerLetters(t.Text) {
			// The model also makes a headline's base form a past
			// ("Gunmen abduct/VBD 30 students"); its spelling is the
			// base's, so the subject is plural.
			first = k
			break
		}
		switch toks[k].Tag {
		case "NNP", "NNPS", "NN", "NNS", "JJ":
		default:
			return
		}
	}
	if first < 0 {
		return
	}
	for i := first + 2; i+1 < len(toks); i++ {
		if toks[i-1].Text != "," {
			continue
		}
		t := &toks[i]
		switch t.Tag {
		case "NN", "JJ", "JJS":
		default:
			continue
		}
		if !a.knownBaseVerb(t) || !headlineObject(toks, i) {
			continue
		}
		t.Tag = "VBP"
		t.Lemma = a.lemma.Lemma(t.Lower, t.Tag)
		if f := &toks[first]; f.Tag != "VBP" {
			// Both verbs are the plural subject's present: the verb
			// stage gives the second the first one's subject only when
			// their tags agree (verb/comma_s14_d14.go).
			f.Tag = "VBP"
			f.Lemma = a.lemma.Lemma(f.Lower, f.Tag)
		}
	}
}
