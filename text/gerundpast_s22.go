package text

// gerundPastSubject: the -ed word at i, which the tagger called an
// adjective, is the past verb of a clause whose subject is the act's -ing
// noun before it: "Israeli shelling/VBG forced/JJ hundreds of families to
// flee", "Russian shelling damaged/JJ homes in Kherson". It is
// gerundSubject's test with one more object: a bare plural noun, the
// object an -ed adjective never has between the -ing word and it.
func gerundPastSubject(toks []Token, i, c int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].Tag != "VBG" {
		return false
	}
	if gerundSubject(toks, i, c) {
		return true
	}
	if toks[i+1].Tag != "NNS" {
		return false
	}
	ok, bare := gerundOpens(toks, i, c)
	// bare: the -ing word opens the sentence, no adjective names its agent
	return ok && !bare
}
