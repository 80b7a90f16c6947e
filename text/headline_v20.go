package text

// lowerName: a word tagged as a name that is written in lower case. In a
// headline after a collective name the model sometimes makes the verb
// itself a name ("Taliban kill/NNP Afghan soldiers in Helmand"), and the
// line lost its verb; baseWord takes it as the misread base form it is
// (V20). A state's adjective after the verb ("Taliban free/JJ Indian
// engineers") is left: after a place's name the same shape is a compound
// ("Mumbai blast Indian police hunt suspects").
func lowerName(t *Token) bool {
	return t.Tag == "NNP" && t.Text != "" && t.Text == t.Lower
}

// The model also reads a headline's base form after a plural as a
// particle ("Bandits attack/RP village in Zamfara"); baseAfterPlural
// takes it as it takes a noun or an adjective there, and leaves the
// particles that are words of their own ("up", "out", headlineAdverbs).
