package text

// nameThenNounObject: the -s word at i, tagged a plural noun, follows a
// headline's opening names and comes before a bare noun that opens its
// object, with no finite verb after it in the clause: "India rushes/NNS
// medicines to quake-hit Turkey", "Tehran rebuffs/NNS offer of talks",
// "Kremlin slams/NNS decision". Headlines drop the article before the
// object, so the noun after the verb is bare; after a name's own plural
// ("Kenya floods death toll rises") a finite verb follows, which keeps
// the -s word a noun, as does a line with its full stop (the caller's
// test). "talks" is far more often the meeting ("Syria talks aid
// corridor"). The caller also checks that the word is some verb's -s
// form.
func nameThenNounObject(toks []Token, i int) bool {
	if i == 0 || i > 3 || i+2 >= len(toks) || toks[i].Lower == "talks" || toks[i].Lemma == toks[i].Lower {
		return false
	}
	for k := 0; k < i; k++ {
		if t := toks[k].Tag; t != "NNP" && t != "NNPS" {
			return false
		}
	}
	o := &toks[i+1]
	if o.Tag != "NN" && o.Tag != "NNS" || !lowerLetters(o.Text) {
		return false
	}
	if o.Tag == "NN" && i+2 < len(toks) && toks[i+2].Lemma != toks[i+2].Lower && (toks[i+2].Tag == "NNS" || toks[i+2].Tag == "VBZ") {
		// "Iran demands list grows/NNS": an -s word that ends the
		// line after a singular noun is the verb of a compound subject.
		if j := i + 3; j == len(toks) || toks[j].Tag == "," || toks[j].Tag == ":" {
			return false
		}
	}
	return noFiniteVerb(toks, i+2)
}

// commaSecondVerb: the -s word at i, tagged a plural noun, follows a
// comma that ends a headline's first clause, whose verb is a singular
// present ("Russia expels/VBZ US diplomats"), and comes before what
// opens an object: the headline's second verb, whose subject is the
// first one's ("..., orders/NNS consulate closed", "..., summons/NNS
// ambassador over remarks"). A word the model made a verb after it is
// the object when it is no verb at all or a side's noun (the caller's
// test; "..., exports slump" keeps its verb). Not "talks" ("..., talks
// collapse"). The opening may carry a label ("Niger: junta expels ...").
func commaSecondVerb(toks []Token, i int) bool {
	if i < 3 || i+1 >= len(toks) || toks[i-1].Text != "," || toks[i].Lower == "talks" || toks[i].Lemma == toks[i].Lower {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "VB", "VBP":
	default:
		return false
	}
	if w := toks[0].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < i-1 && k <= 5; k++ {
		switch toks[k].Tag {
		case "VBZ":
			return true
		case "NNP", "NNPS", "NN", "NNS", "JJ", "POS", ":":
		default:
			return false
		}
	}
	return false
}

// nameThenModifiedObject: the -s word at i, tagged a plural noun, follows
// a headline's opening names and comes before a word the model made a
// verb and a plural or singular noun, with no finite verb after them in
// the clause: "Pakistan strikes/NNS militant/VBP hideouts in Iran",
// "Army shells rebel/VBP town". The word after it modifies the object's
// noun when it is no verb at all or a side's noun (the caller's test),
// so the -s word is the verb.
func nameThenModifiedObject(toks []Token, i int) bool {
	if i == 0 || i > 3 || i+2 >= len(toks) || toks[i].Lower == "talks" || toks[i].Lemma == toks[i].Lower {
		return false
	}
	for k := 0; k < i; k++ {
		if t := toks[k].Tag; t != "NNP" && t != "NNPS" {
			return false
		}
	}
	if m := toks[i+1].Tag; m != "VB" && m != "VBP" || !lowerLetters(toks[i+1].Text) {
		return false
	}
	if n := toks[i+2].Tag; n != "NN" && n != "NNS" {
		return false
	}
	return noFiniteVerb(toks, i+3)
}
