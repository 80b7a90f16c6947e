package actor

import "github.com/parley-events/parley/text"

// ownSubjectCountry: "its own" and "their own" bind to the subject of
// their clause, not to the object that stands nearer: "Russian artillery
// shelled Ukrainian positions, killing two of its own soldiers" are
// Russia's men. Among the phrases before the pronoun it skips, from the
// end, a phrase that is the object of a verb (the verb right before it,
// past determiners and adjectives) and takes the country of the next one
// the pronoun can stand for; a reporting verb's clause has its own
// subject ("Kyiv said Russia shelled its own city"), so after "said" the
// phrase is kept. Only across a comma, into a participle or adverbial
// clause that shares the main clause's subject: an object before "of" or
// "to" may be the subject of the verb after it ("accused Moscow of
// shelling its own territory"). "" when no object is skipped:
// ownerCountry's reading stands (N19).
func ownSubjectCountry(toks []text.Token, before []Phrase, pron string, at int) string {
	skipped := false
	verb := -1
	for j := len(before) - 1; j >= 0; j-- {
		o := &before[j]
		if o.Modifier && skipped && pron == "their" && modifiedSubject(toks, o, verb) {
			return o.Country // "Israeli tanks shelled ..., killing three of their own soldiers"
		}
		if o.Modifier || o.Code == "" || o.Code == "---" {
			continue
		}
		k := o.Start - 1
		for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "PRP$") {
			k--
		}
		if k >= 0 && toks[k].IsVerb() && !reportLemma(toks[k].Lemma) && commaBetween(toks, o.End, at) {
			skipped = true
			verb = k
			continue
		}
		if k >= 0 && placePrep(toks[k].Lower) && j > 0 && before[j-1].End <= k && commaBetween(toks, o.End, at) {
			// "struck militant hideouts in northern Iraq, killing two of
			// their own soldiers": the place where the object stands is
			// no owner either (N20).
			continue
		}
		if !skipped || !agrees(toks, o, pron) {
			return ""
		}
		return o.Country
	}
	return ""
}

func reportLemma(l string) bool {
	switch l {
	case "say", "claim", "report", "allege", "add", "insist", "believe", "tell", "announce", "state", "confirm", "deny":
		return true
	}
	return false
}

// commaBetween: a comma stands in [from, to).
func commaBetween(toks []text.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].Lower == "," {
			return true
		}
	}
	return false
}

// modifiedSubject: o is a state's adjective on the plural subject of the
// verb at verb, whose nouns are no actor ("Israeli tanks shelled",
// "Russian artillery units pounded"): the weapons or units are the
// state's, so "their own" after the skipped object is the state's too
// (N20). Only when the nouns run straight from the adjective to the verb,
// the plural a "their" needs.
func modifiedSubject(toks []text.Token, o *Phrase, verb int) bool {
	if len(o.Country) != 3 || verb <= o.End || len(o.Sectors) > 0 {
		return false
	}
	if o.Start > 0 && toks[o.Start-1].Tag != "DT" && toks[o.Start-1].Lower != "," {
		return false
	}
	for k := o.End; k < verb; k++ {
		if t := toks[k].Tag; t != "NN" && t != "NNS" {
			return false
		}
	}
	return toks[verb-1].Tag == "NNS"
}

func placePrep(w string) bool {
	switch w {
	case "in", "near", "inside", "across", "along", "around", "outside":
		return true
	}
	return false
}
