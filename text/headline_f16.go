package text

import "github.com/parley-events/parley/internal/wordset"

// Headlines name peoples and armed groups by a capitalised plural
// ("Houthis", "Serbs", "Sunnis") or by a collective name that takes a
// plural verb ("Taliban", "Rohingya"), and the tagger, which learnt
// running text, reads such a name as a singular name (NNP) and the base
// form after it as a noun: "Houthis/NNP hijack/NN cargo ship". A
// singular subject would take the -s form ("Iran seizes tanker"), so a
// base form right after the name, before its object, is the headline's
// present verb, as it is after a common plural (headlineBaseVerb). An
// intransitive headline verb ("Kurds rally in Qamishli", "Rohingya flee
// to Bangladesh") has a place after it instead of an object.

// capitalPlural: the word is a capitalised name with a plural's -s
// ("Houthis", "Serbs", "Palestinians"), not one of the singular names
// whose -s belongs to the stem ("Hamas", "Cyprus", "Lagos", "Congress").
func capitalPlural(t *Token) bool {
	switch t.Tag {
	case "NNP", "NNPS", "NNS":
	default:
		return false
	}
	w := t.Lower
	if len(w) < 4 || t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' || !lowerLetters(w) || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'o', 'a':
		return false
	}
	return true
}

// groupName: the word is a capitalised one-word name the tagger made a
// singular name ("Taliban", "Rohingya", "Hezbollah"): in a headline, the
// subject of a base form after it can only be a group.
func groupName(t *Token) bool {
	return t.Tag == "NNP" && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && len(t.Lower) >= 4 && lowerLetters(t.Lower)
}

// pluralSubject: the word at k ends a headline's plural subject: a
// common plural, "police", or a capitalised plural name.
func pluralSubject(t *Token) bool {
	switch t.Tag {
	case "NNS", "NNPS":
		return true
	}
	return t.Lower == "police" || capitalPlural(t)
}

// headlineGroupVerb: the word at i (1 to 3), a base form the tagger read
// as a noun, an adjective or an adverb, is the present verb of a headline
// whose opening noun phrase ends in a group's name or a plural:
//   - after a capitalised plural, before an object as headlineBaseVerb
//     has it ("Serbs block roads in north Kosovo");
//   - after a one-word collective name, before a name or a determiner
//     ("Taliban seize Kunduz"): a common noun after it makes the two a
//     compound ("Kabul attack death toll"), so only these are read;
//   - after any plural, before a preposition and a place's name ("Kurds
//     rally in Qamishli", "Rohingya flee to Bangladesh"), with no finite
//     verb anywhere after: "Police raid in Lagos kills five" has its verb
//     later. After a singular name a compound is likelier ("Trump rally
//     in Tulsa"), except before "to" with a verb that is no noun's
//     compound head.
//
// The caller has checked that i is 1 to 3 and the line has no full stop.
func (a *Analyzer) headlineGroupVerb(toks []Token, i int) bool {
	p, t, nx := &toks[i-1], &toks[i], &toks[i+1]
	plural := pluralSubject(p)
	name := !plural && groupName(p)
	if !plural && !name || !headlineOpening(toks, i) || !a.baseWord(t) {
		return false
	}
	switch nx.Tag {
	case "IN", "TO":
		if name && nx.Tag != "TO" || nx.Lower == "of" || nx.Lower == "that" {
			return false
		}
		j := i + 2
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
			j++
		}
		if j >= len(toks) || !toks[j].IsProper() {
			return false
		}
		return noVerbAfter(toks, i+2)
	case "NNP", "NNPS", "DT":
		if name {
			return noVerbInClause(toks, i+2)
		}
	}
	if name || p.Tag == "NNS" || p.Tag == "NNPS" || p.Lower == "police" {
		return false // a common plural's object is headlineBaseVerb's
	}
	return headlineObject(toks, i) && noVerbAfter(toks, i+2)
}

// noVerbAfter: no verb from j to the end of the line. A name's -s is not
// always a plural's ("Paris", "Athens"), and a verb or an infinitive
// later makes the words before it one noun phrase: "Paris attack suspect
// to face trial", "Police raid in Lagos kills five".
func noVerbAfter(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		switch toks[j].Tag {
		case "VB", "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// noVerbInClause: no verb from j to the end of the line or to a
// subordinator or semicolon that opens a clause of its own (H30). A
// headline adds what happened around its act in a clause with its own
// finite verb ("Taliban enter/NN Kabul as president leaves
// country"); that verb belongs to the later clause and makes nothing
// before the subordinator a noun phrase.
func noVerbInClause(toks []Token, j int) bool {
	for ; j < len(toks); j++ {
		t := &toks[j]
		if t.Tag == ":" && t.Text == ";" || t.Tag == "IN" && subordinator(t.Lower) && t.Lower != "that" {
			return true
		}
		switch t.Tag {
		case "VB", "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// baseWord: the word can be a base form of a verb the tagger misread: a
// lower-case word that is its own lemma, known and no non-verb, tagged a
// noun, an adjective or an adverb ("rally/RB"); an adverb that is also a
// verb ("still", "back") is left.
func (a *Analyzer) baseWord(t *Token) bool {
	switch t.Tag {
	case "NN", "JJ", "JJS":
	case "NNP":
		// A lower-case word the model made a name ("Taliban kill/NNP
		// Afghan soldiers", headline_v20.go); knownBaseVerb asks for
		// lower case.
		if !lowerName(t) {
			return false
		}
	case "RB":
		// ("quickly" is no verb, and NotAVerb says so; "rally" and
		// "reply" are.)
		if headlineAdverbs.Has(t.Lower) {
			return false
		}
	default:
		return false
	}
	return a.knownBaseVerb(t)
}

// headlineAdverbs are adverbs that a verb shares its spelling with.
var headlineAdverbs = wordset.Of("still", "back", "up", "down", "out", "off", "even", "further", "forward", "home", "once", "better", "more")
