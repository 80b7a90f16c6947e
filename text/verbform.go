package text

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// verbFormChecker is implemented by lemmatizers that can tell whether a
// word is a form of some verb (GolemLemmatizer).
type verbFormChecker interface {
	// NotAVerb reports that the lower-case word is known, and is a form
	// of no verb: "stronghold", "outskirts". Unknown words are not
	// judged.
	NotAVerb(lower string) bool
	// RegularPast reports a regular past form of a known verb:
	// "imposed", "intensified".
	RegularPast(lower string) bool
	// PastForm reports a simple past or past participle of a known verb,
	// regular or not ("imposed", "overran", "held", "shot"); never a
	// word ending in -s or -ing.
	PastForm(lower string) bool
	// PluralNoun reports a word ending in -s whose singular golem knows
	// ("troops" → "troop").
	PluralNoun(lower string) bool
}

// NotAVerb implements verbFormChecker from golem's tables: a word is a
// verb form when one of its lemmas has a gerund in the dictionary
// ("held" → "hold" → "holding"). The tagger's model, which sees a word's
// neighbours more than the word, now and then calls a noun a past tense
// ("the last Islamic State stronghold in" → stronghold/VBD), and a
// finite verb that is not there splits the clause around it.
func (g *GolemLemmatizer) NotAVerb(w string) bool {
	// Only a word that is its own lemma, not an -ed form and not an
	// inflection of anything is judged: "stronghold", "summit", not
	// "died" or "officials".
	if len(w) < 3 || !asciiLower(w) || strings.HasSuffix(w, "ed") {
		return false
	}
	if l, ok := g.lemma.Lookup(w); !ok || l != w {
		return false
	}
	if _, ok := g.lemma.LookupPrefixed(verbKey[0], w); ok {
		return false
	}
	return !g.hasGerund(w)
}

// RegularPast implements verbFormChecker: an -ed form whose stem golem
// knows as a verb ("imposed" → "impose" → "imposing").
func (g *GolemLemmatizer) RegularPast(w string) bool {
	// Five letters at least: "bed" and "red" are no forms of "be" and "re".
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || !asciiLower(w) {
		return false
	}
	stem, ok := g.regularVerb(w)
	return ok && g.hasGerund(stem)
}

// PastForm implements verbFormChecker.
func (g *GolemLemmatizer) PastForm(w string) bool {
	n := len(w)
	if n < 3 || !asciiLower(w) || w[n-1] == 's' || strings.HasSuffix(w, "ing") {
		return false
	}
	if g.RegularPast(w) {
		return true
	}
	if _, ok := g.past[w]; ok {
		return true // "froze", "overran": forms with no line of their own
	}
	if l, ok := g.lemma.LookupPrefixed(verbKey[0], w); ok && l != w {
		return true // "shot", "left": forms golem also lists as words
	}
	// "held" → "hold": a form of a word with a gerund. A plural or a
	// comparative has a lemma of its own but no gerund ("men" is the
	// exception, and reaches here only after a noun tagged VBZ).
	l, ok := g.lemma.Lookup(w)
	return ok && l != w && g.hasGerund(l)
}

// PluralNoun implements verbFormChecker.
func (g *GolemLemmatizer) PluralNoun(w string) bool {
	n := len(w)
	return n >= 4 && w[n-1] == 's' && asciiLower(w) && g.lemma.Contains(w[:n-1])
}

// pastAfterNoun: a past form the tagger called an adjective (or, see
// analyzer.go, a noun or a preposition) right after a
// noun, and before what can only be its object ("The EU imposed/JJ
// sanctions", "Morocco normalized/JJ relations"), is the clause's verb.
// English puts adjectives before their noun; one after a bare noun is a
// verb, or a participle when "by" follows, which is left alone.
func pastAfterNoun(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	p := beforeAside(toks, i) // dashaside_x17.go
	if n := len(toks[p].Lower); i >= 2 && toks[p].Tag == "RB" && n > 4 && toks[p].Lower[n-2:] == "ly" {
		// "The priest sexually abused/JJ children": a manner adverb
		// stands between the subject and its verb.
		p--
	} else if i >= 2 && floatingQuantifier(toks, p) {
		// "Kenya and Uganda both deployed/JJ troops", "Russia, China
		// and Iran each condemned": the quantifier floats after the
		// subject it counts (floatingQuantifier, verbform_m16.go).
		p--
	}
	switch toks[p].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	case "JJ":
		// "The military seized/JJ power", "the army detained": the
		// tagger reads a sector noun after a determiner as an adjective
		// and the verb after it as one more. A determiner, a sector
		// noun and a past form before an object is subject and verb;
		// the noun is retagged here too, so the actor stage sees it.
		if p < 1 {
			return false
		}
		switch toks[p-1].Tag {
		case "DT", "PRP$":
			if !sectorNoun(toks[p].Lower) {
				return false
			}
		case "POS":
			// "The alliance's secretary-general/JJ criticised/JJ": a
			// possessor's hyphenated title is a noun too, unless it is
			// a participle ("Iran's US-backed rivals").
			if !sectorNoun(toks[p].Lower) && !hyphenTitle(toks[p].Lower) {
				return false
			}
		default:
			return false
		}
		if !objectStart(toks[i+1].Tag) {
			return false
		}
		// "The military trained officers were sent abroad": a finite
		// verb right after the noun phrase makes the whole its subject.
		if finiteAfterObject(toks, i+1, i+6) {
			return false
		}
		toks[p].Tag = "NN"
		return true
	default:
		return false
	}
	return objectStart(toks[i+1].Tag)
}

// subjectParticiple: the participle at i follows only the noun phrase
// that opens the sentence (or its lead after a dateline), and nothing
// finite follows in its clause. The model, trained on reduced relatives
// ("troops sent to the border clashed"), tags a past after an adjective
// and a plural as a participle ("Greek unions demanded/VBN that"), which
// leaves the sentence with no verb and its subject with no clause. A
// reduced relative is followed by its clause's verb; here the next finite
// verb, if any, comes only after a comma or a subordinator, so the
// participle is the verb. A count before the noun ("Five soldiers killed
// in"), an agent "by" after it, or no full stop at the end (a headline's
// passive) leaves it alone.
func subjectParticiple(toks []Token, i int) bool {
	n := len(toks)
	if i == 0 || i+2 >= n || toks[n-1].Lower != "." {
		return false
	}
	switch toks[i-1].Tag {
	case "NNS", "NNPS", "NN", "NNP":
	default:
		return false
	}
	if toks[i+1].Lower == "by" {
		return false
	}
	k := i - 1
	for ; k >= 0; k-- {
		t := &toks[k]
		switch t.Tag {
		case "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS":
			continue
		}
		if t.Lower == "of" || t.Lower == "and" {
			continue // "A wave of bombings ripped/VBN", "Troops and rebels fought/VBN"
		}
		if t.Lower == "-" || t.Lower == "--" || t.Lower == "," {
			break // a dateline's dash, or the comma after a fronted opener
		}
		return false
	}
	if k >= 0 {
		if toks[k].Lower == "," {
			// "On Monday, French unions called/VBN": the opener
			// before the comma must hold no verb of its own.
			for j := 0; j < k; j++ {
				if toks[j].IsVerb() || toks[j].Tag == "MD" {
					return false
				}
			}
		} else if datelineEnd(toks) != k+1 {
			return false
		}
	}
	return noFiniteAfter(toks, i)
}

// noFiniteAfter: no finite verb or participle follows i in its clause.
func noFiniteAfter(toks []Token, i int) bool {
	n := len(toks)
	for j := i + 1; j < n; j++ {
		t := &toks[j]
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBN":
			return false
		case ",", ":":
			return true
		case "TO":
			// "called on X to step aside and let someone else lead":
			// what follows an infinitive is inside it.
			if j+1 < n && toks[j+1].Tag == "VB" {
				return true
			}
		}
		switch t.Lower {
		case ",", ";", "that", "as", "after", "when", "while", "because", "before", "until", "since", "although", "though", "which", "who", "whose", "where", "saying", "amid":
			return true
		}
	}
	return true
}

// sectorBeforeVerb: a state's collective noun that the tagger read as an
// adjective (sectorNoun) stands between a determiner or possessive and
// the finite verb at i, which it is then the subject of.
func sectorBeforeVerb(toks []Token, i int) bool {
	if i < 2 || toks[i-1].Tag != "JJ" || !sectorNoun(toks[i-1].Lower) {
		return false
	}
	switch toks[i-2].Tag {
	case "DT", "PRP$", "POS":
		return true
	}
	return false
}

// hyphenTitle: a hyphenated word that is no participle or gerund
// ("secretary-general", "commander-in-chief", not "US-backed").
func hyphenTitle(w string) bool {
	return strings.IndexByte(w, '-') > 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// pastAfterAnd: a past form the tagger called an adjective right after
// "and", in a clause whose verb came before it, and before its own
// object: "Police fired tear gas and arrested/JJ dozens". Not when a
// finite verb follows the noun phrase, which is then that verb's subject
// with the participle in it ("said police and wounded dozens were
// taken to hospital" has no object after "wounded").
func pastAfterAnd(toks []Token, i int) bool {
	if i < 3 || i+1 >= len(toks) || toks[i-1].Lower != "and" {
		return false
	}
	if commaAndPast(toks, i) {
		return true // commaand_r22.go
	}
	// Only before a word no adjective comes before: a determiner, a
	// number, a possessive or a count noun ("arrested the leader", "two
	// men", "its commander", "dozens"). Before a bare noun the word is as
	// often an adjective of a second object ("thanked doctors and
	// trained volunteers", "detained protesters and injured bystanders").
	switch next := &toks[i+1]; next.Tag {
	case "DT", "CD", "PRP$":
	default:
		if timeBeforeAnd(toks, i-1) {
			break // "overnight and deployed/JJ troops" (coordtime_x17.go)
		}
		switch next.Lower {
		case "dozens", "hundreds", "thousands", "scores", "tens", "millions":
		default:
			// Past forms of assault seldom describe a noun ("stormed the
			// parliament and attacked police officers"), unlike
			// "injured bystanders" or "trained volunteers".
			if !assaultPast(toks[i].Lower) {
				return false
			}
		}
	}
	return pastInClause(toks, i-2, i-10, false) && !objectHasVerb(toks, i)
}

// pastInClause reports a past verb (VBD) at or before token from, no
// further back than token low, in the same clause: a comma, a semicolon
// or "that" ends the search, and with conj also a conjunction or a colon.
// pastAfterAnd and commaAndPast (commaand_r22.go) both ask for the verb
// whose second verb phrase the past after "and" opens.
func pastInClause(toks []Token, from, low int, conj bool) bool {
	for k := from; k >= 0 && k >= low; k-- {
		t := &toks[k]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "that" || conj && (t.Tag == "CC" || t.Lower == ":") {
			return false
		}
		if t.Tag == "VBD" {
			return true
		}
	}
	return false
}

// objectHasVerb reports a verb right after the noun phrase (with "of")
// that follows token i: the phrase is that verb's subject, so the word at
// i is its adjective, no past of its own. VBN too: the tagger often reads
// the later verb of a subject it has not found as a participle ("armed
// groups clashed/VBN").
func objectHasVerb(toks []Token, i int) bool {
	j := i + 1
	for j < len(toks) && j < i+8 && (objectStart(toks[j].Tag) || toks[j].Tag == "IN" && toks[j].Lower == "of") {
		j++
	}
	if j < len(toks) {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBN":
			return true
		}
	}
	return false
}

// finiteAfterObject reports a finite verb right after the noun phrase
// that opens at token j (its words tagged as objectStart allows, before
// token limit): the phrase is then that verb's subject, no object.
func finiteAfterObject(toks []Token, j, limit int) bool {
	for j < len(toks) && j < limit && objectStart(toks[j].Tag) {
		j++
	}
	if j < len(toks) {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// objectStart: a tag that can open a verb's object noun phrase.
func objectStart(tag string) bool {
	switch tag {
	case "DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// sectorNoun: collective nouns for a state's institutions that the
// tagger, trained on "military aid" and "government forces", often tags
// as adjectives even when they head the noun phrase.
func sectorNoun(w string) bool {
	switch w {
	case "military", "army", "police", "government", "junta", "regime", "navy", "opposition":
		return true
	}
	return false
}

// participleBeforeNoun: the -ed word at i stands between a number,
// determiner or possessive and a noun ("three kidnapped aid workers",
// "their detained colleagues"), the place of an adjective, not a verb.
func participleBeforeNoun(toks []Token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	if w := toks[i].Lower; len(w) < 5 || w[len(w)-2:] != "ed" {
		return false
	}
	switch toks[i-1].Tag {
	case "CD", "DT", "PRP$":
		if toks[i-1].Lower == "that" {
			return false // "the bomb that killed people"
		}
	default:
		return false
	}
	switch toks[i+1].Tag {
	case "NN", "NNS":
		return otherFinite(toks, i)
	}
	return false
}

// otherFinite reports a finite verb in toks other than the one at i that
// its clause could have instead: after it, or before it and not a verb of
// saying. Without one the -ed word is the clause's verb ("The two signed
// agreements on trade", "Police said the three smuggled weapons"), with
// one it describes ("freed the two kidnapped aid workers").
func otherFinite(toks []Token, i int) bool {
	for k := range toks {
		if k == i {
			continue
		}
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if k > i {
				return true
			}
			switch toks[k].Lemma {
			case "say", "tell", "report", "claim", "add", "state", "announce", "allege":
			default:
				return true
			}
		}
	}
	return false
}

// nameThenVerb: the token at i, tagged a plural noun, follows only the
// one to three words of a name that opens the sentence and comes before
// what can only open its object ("Moscow expels/NNS two British
// diplomats", "Tehran summons/NNS British envoy"): headlines write the
// present tense there, and a name with a plural noun after it is seldom a
// phrase that then runs on into a determiner, a number or an adjective. A
// noun after it ("Iran sanctions relief") is left alone, as is a verb
// ("Iran protests continue").
func nameThenVerb(toks []Token, i int) bool {
	if i == 0 || i > 3 || i+1 >= len(toks) {
		return false
	}
	if !nameOpening(toks, i) {
		return false
	}
	switch toks[i+1].Lower {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "tonight", "yesterday", "tomorrow":
		return false // "Moscow talks Tuesday ended in a deal": a time, no object
	}
	switch toks[i+1].Tag {
	case "DT", "PRP$", "CD", "JJ", "NNP", "NNPS":
		return true
	}
	// "Army shells rebel/VBP town", "Mob attacks police/VBP station":
	// a noun that modifies the object's noun, whatever the model made of
	// it, before that noun.
	// Not after "talks", far more often the meeting than a verb ("Syria
	// talks aid corridor").
	if i+2 < len(toks) && modifierNoun(toks[i+1].Lower) && toks[i].Lower != "talks" {
		switch toks[i+2].Tag {
		case "NN", "NNS":
			return true
		}
	}
	return false
}

// nameOpening: the one to three words before i are names, or a
// capitalised phrase of nouns and adjectives whose last word is a
// singular noun or a name ("Pakistan court", "Turkish army"): the
// subject a headline's -s verb agrees with. A plural or an adjective
// before the -s word makes it the noun phrase's own plural ("Syrian
// rebels", "Iranian oil exports").
func nameOpening(toks []Token, i int) bool {
	names := true
	for k := 0; k < i; k++ {
		switch toks[k].Tag {
		case "NNP", "NNPS":
		case "NN", "JJ":
			names = false
		default:
			return false
		}
	}
	if names {
		return true
	}
	if w := toks[0].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch toks[i-1].Tag {
	case "NN", "NNP":
		return true
	case "JJ":
		return sectorNoun(toks[i-1].Lower) // "Sri Lankan navy/JJ arrests"
	}
	return false
}

// nameThenBareObject: the plural noun at i follows only the one to three
// name words that open the sentence, and the word after it, tagged a
// base or present verb, ends the headline or comes before a preposition
// or a comma ("Settler shoots/NNS farmer/VBP near Nablus"): a verb there
// would leave the plural noun as the subject with nothing done to
// anyone, as a headline does not. The caller checks that the word is no
// verb or is a side's noun ("targets police/VBP in"), not a verb with a
// place after it ("Kenya floods spread to Mombasa"), and not "talks".
func nameThenBareObject(toks []Token, i int) bool {
	n := len(toks)
	if i == 0 || i > 3 || i+1 >= n || toks[i].Lower == "talks" {
		return false
	}
	switch toks[i+1].Tag {
	case "VB", "VBP":
	default:
		return false
	}
	for k := 0; k < i; k++ {
		if t := toks[k].Tag; t != "NNP" && t != "NNPS" {
			return false
		}
	}
	if i+2 == n {
		return true
	}
	switch toks[i+2].Tag {
	case "IN", "TO", ",", ".":
		return true
	}
	return false
}

// modifierNoun: nouns for a side in a conflict that headlines put before
// another noun ("rebel town", "police station", "protest camp", "border
// post"), and that are verbs too, so the model may read them as the
// headline's verb.
func modifierNoun(w string) bool {
	switch w {
	case "police", "rebel", "protest", "border", "army", "militia", "opposition", "government", "military", "security", "aid", "peace":
		return true
	}
	return false
}

// setTo: "set" between a noun or name and "to" with a bare verb ("Chad
// set to expel French troops", "The bank is set to raise rates") is the
// participle of "be set to", never the noun ("a set to ..." has a
// determiner before it).
func setTo(toks []Token, i int) bool {
	if i == 0 || i+2 >= len(toks) || toks[i+1].Lower != "to" || toks[i+2].Tag != "VB" {
		return false
	}
	switch toks[i-1].Tag {
	case "NNP", "NNPS", "NN", "NNS", "VBZ", "VBP", "VBD", "RB":
		return true
	}
	return false
}

// pluralBeforePast: a plural noun the tagger read as a present-tense
// verb, between a word that opens or modifies a noun phrase and a past
// form with its object: "Kazakh/NNP troops/VBZ overran/IN the airport",
// "Israeli/NNP pirates/VBZ held/VBD sailors". English has no present verb
// followed straight by a past one; a participle after a present verb is
// an adjective of the next noun phrase, whose own verb then follows it
// ("Iran says detained sailors are safe"), or the verb takes a clause
// (clauseVerbs), or is an auxiliary or a link verb (is, has, gets,
// remains, seems), none of which is a plural noun golem knows.
func pluralBeforePast(toks []Token, i int, vc verbFormChecker) bool {
	if i == 0 || i+2 >= len(toks) {
		return false
	}
	switch toks[i-1].Tag {
	case "NNP", "NNPS", "JJ", "DT", "PRP$", "CD":
	default:
		return false
	}
	if clauseVerbs.Has(toks[i].Lower) {
		return false
	}
	switch after := toks[i+2].Tag; after {
	case "RP", "IN", "TO":
	default:
		if !objectStart(after) {
			return false
		}
		if finiteAfterObject(toks, i+2, i+8) && !nounMisreadFinite(toks, i+2, i+8, vc) {
			return false
		}
	}
	return vc.PluralNoun(toks[i].Lower) && vc.PastForm(toks[i+1].Lower)
}

// pluralOfNoVerb: a word tagged VBZ whose lemma golem knows as no verb
// form at all ("separatists" → separatist, "lorries" → lorry) is a
// plural noun: English has no present tense of a word that is not a
// verb. The lemma keeps real verbs ("does" → do, "uses" → use).
func pluralOfNoVerb(t *Token, vc verbFormChecker) bool {
	n := len(t.Lower)
	if n < 5 || t.Lower[n-1] != 's' || t.Lemma == t.Lower {
		return false
	}
	return vc.NotAVerb(t.Lemma)
}

// clauseVerbs are present-tense verbs that are nouns too and take a
// clause or a participle before their object ("the ministry says",
// "Iran reports detained ..."), left as the tagger read them.
var clauseVerbs = wordset.Of(
	"says", "claims", "reports", "warns", "denies", "insists", "fears",
	"hopes", "wants", "orders", "calls", "notes", "adds", "urges", "asks",
	"tells", "sees", "believes", "expects", "admits", "confirms", "remains",
	"looks", "sounds", "stays", "seems", "gets", "keeps", "stands",
)

// subjectThenObject: the word at i stands between a noun phrase that opens
// its clause and what can only open an object: a determiner, a number, a
// possessive or an object pronoun, perhaps after "dead" ("A policeman
// shot/NN a protester", "A gunman/JJ stabbed/JJ two officers", "The
// gunman shot/NN dead/NN a guard"). English puts no noun or adjective
// there: a noun after a noun is a compound, which a determiner cannot
// follow, so the word is the clause's verb. The model, which sees a
// word's neighbours more than the word, reads a singular subject after
// "a" or "the" as an adjective and the past after it as a noun or
// adjective, and the clause loses its verb. The noun phrase must open the
// sentence or a clause (after a comma, a dash or a subordinator), and
// may hold prepositional phrases ("Soldiers at a checkpoint shot/NN a
// driver"); one that starts with a preposition is an adverbial ("In a
// parting shot the minister said"), and a finite verb right after the
// object makes it a subject ("fired a warning shot the police said").
func subjectThenObject(toks []Token, i int) bool {
	n := len(toks)
	if i < 1 || i+1 >= n {
		return false
	}
	o := i + 1
	if toks[o].Lower == "dead" {
		o++
		if o >= n {
			return false
		}
	}
	switch toks[o].Tag {
	case "DT":
		if toks[o].Lower == "that" {
			return false // a complementizer or relative: "the shot that ..."
		}
	case "PRP$", "CD":
	case "PRP":
		switch toks[o].Lower {
		case "him", "them", "me", "us":
		default:
			return false // "he", "it", "they" open clauses of their own
		}
	default:
		return false
	}
	h := beforeAside(toks, i) // dashaside_x17.go
	switch toks[h].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	case "JJ", "JJR":
		// "A gunman/JJ": a lone word between a determiner and the past
		// heads the subject; an adjective would need a noun after it.
		if h < 1 {
			return false
		}
		switch toks[h-1].Tag {
		case "DT", "PRP$":
		default:
			return false
		}
	default:
		return false
	}
	if !openingPhrase(toks, h) {
		return false
	}
	// A time adverb may end the phrase before the verb it is the
	// subject of ("a stray shot a minute later hit a child").
	for j := o; j < n && j < o+7; j++ {
		switch toks[j].Tag {
		case "DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "RB":
		case "VBD", "VBZ", "VBP", "MD":
			return false
		default:
			return true
		}
	}
	return true
}

// objectNext is subjectThenObject's first test, small enough to inline
// where every noun passes: the next word's tag starts as DT, PRP, PRP$
// or CD do, or it is "dead". Most nouns are followed by a noun, a
// preposition or punctuation and go no further.
func objectNext(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.Tag == "" {
		return false
	}
	switch n.Tag[0] {
	case 'D', 'P', 'C':
		return true
	}
	return len(n.Lower) == 4 && n.Lower == "dead"
}

// openingPhrase: the noun phrase ending at h opens the sentence or a
// clause: walking back over noun-phrase words, prepositions and "and",
// a boundary (the start, a comma, a dash, a subordinator) comes before
// any verb, adverb or other word, and the phrase after it does not start
// with a preposition.
func openingPhrase(toks []Token, h int) bool {
	for k := h; k >= 0; k-- {
		t := &toks[k]
		switch t.Tag {
		case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "CC":
			continue
		case "VBG", "VBN":
			// A participle's phrase inside the subject ("Soldiers
			// manning a checkpoint shot/NN a motorist"); the phrase
			// may not open with it ("Having fired a warning shot").
			if k > 0 {
				continue
			}
			return false
		case "IN":
			if !subordinator(t.Lower) {
				continue // "Gunmen on motorbikes", "Soldiers at a checkpoint"
			}
		case ",", ":", "-":
			// a comma, or a dateline's dash ("KABUL (Reuters) - A
			// gunman shot/NN a district governor")
		case "VBD", "VBZ", "VBP":
			// "Police said a gunman stabbed two officers", "told
			// reporters a gunman shot": a verb of saying takes a
			// clause without "that".
			if !sayingVerb(t.Lemma) {
				return false
			}
		default:
			return false
		}
		return phraseStart(toks[k+1].Tag)
	}
	return phraseStart(toks[0].Tag)
}

// phraseStart: a tag a subject noun phrase can open with; a preposition
// opens an adverbial ("In a parting shot"), a participle a clause of its
// own.
func phraseStart(tag string) bool {
	switch tag {
	case "IN", "VBG", "VBN", "TO":
		return false
	}
	return true
}

// subordinator: words tagged IN that open a clause rather than a
// prepositional phrase.
func subordinator(w string) bool {
	switch w {
	case "that", "after", "when", "while", "because", "as", "before", "since",
		"although", "though", "if", "until", "once", "whereas", "unless":
		return true
	}
	return false
}

// sayingVerb: verbs that take a reported clause with no "that" before
// its subject ("said a gunman stabbed").
func sayingVerb(lemma string) bool {
	switch lemma {
	case "say", "tell", "report", "claim", "allege", "add", "confirm", "announce", "state", "believe", "think", "fear":
		return true
	}
	return false
}

// participleAsVerb: the participle at i, which subjectThenObject found
// between an opening subject and an object, is no reduced relative: a
// sentence that ends in a full stop (a headline's passive has none:
// "Activist denied a visa") and no finite verb after it in its clause,
// which a reduced relative would need ("Soldiers awarded a medal for
// bravery were honoured"). Later verbs read as participles count, as in
// subjectParticiple.
func participleAsVerb(toks []Token, i int) bool {
	n := len(toks)
	if toks[n-1].Lower != "." {
		return false
	}
	for j := i + 1; j < n; j++ {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBN":
			return false
		case ",", ":":
			return true
		}
		if subordinator(toks[j].Lower) {
			return true
		}
		switch toks[j].Lower {
		case ";", "which", "who", "whose", "where", "saying", "amid":
			return true
		}
	}
	return true
}

// pastBeforePrep: the word at i stands between a noun phrase that opens
// its clause and a preposition or particle, where an intransitive or
// phrasal verb has no object ("Turkey sprang to the defence", "Hungary
// dug in"). Only words that are past forms and no nouns of their own
// reach it (analyzer.go), so the noun phrase is the subject.
func pastBeforePrep(toks []Token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "IN", "TO", "RP":
	default:
		return false
	}
	switch toks[i-1].Tag {
	case "NN", "NNS", "NNP", "NNPS":
	default:
		return false
	}
	return openingPhrase(toks, i-1)
}

// nounMisreadFinite: the finite tag finiteAfterObject found after the
// object noun phrase from j is on a word that is no verb at all, which
// the model read as a past among names ("the last Tamil Tiger
// stronghold/VBD in") and the lemma loop, not yet there, will make a
// noun; the phrase runs on, and the object has no verb after it.
func nounMisreadFinite(toks []Token, j, limit int, vc verbFormChecker) bool {
	for j < len(toks) && j < limit && objectStart(toks[j].Tag) {
		j++
	}
	if j >= len(toks) || j >= limit || !vc.NotAVerb(toks[j].Lower) {
		return false
	}
	return !finiteAfterObject(toks, j+1, limit)
}

// assaultPast: a past form of an assault or seizure verb, which English
// seldom uses as an adjective before a bare noun after "and" ("attacked
// police officers", "arrested five others and seized weapons" are the
// verb; "injured bystanders" is not).
func assaultPast(w string) bool {
	switch w {
	case "attacked", "stormed", "raided", "shelled", "bombed", "ransacked", "looted", "torched", "ambushed", "assaulted", "stabbed",
		"seized", "confiscated",
		// M16: pasts of destruction and threat after "and" are verbs as
		// seldom as those of assault are adjectives ("killed a commander
		// and destroyed rocket launchers", "condemned the decision and
		// threatened sanctions").
		"destroyed", "demolished", "bulldozed", "burned", "threatened",
		// Lead (session 22): pasts of statecraft whose bare plural
		// object they seldom describe ("suspended Mali from the bloc
		// and imposed sanctions", "and deployed troops", "and expelled
		// diplomats").
		"imposed", "lifted", "deployed", "expelled", "recalled", "banned":
		return true
	}
	return false
}

// subordinateParticiple: a participle right after the noun phrase that
// opens a clause after "after", "when", "because" and the like, before a
// particle or an object, with no finite verb after it in its clause, is
// that clause's verb: "the talks collapsed after the rebels walked/VBN
// out", "when the army seized/VBN the town". A participle before a
// preposition or a time ("after the ceasefire agreed in March", "after
// the talks held last week") stays a reduced relative.
func subordinateParticiple(toks []Token, i int) bool {
	n := len(toks)
	if i < 2 || i+2 >= n || toks[n-1].Lower != "." {
		return false
	}
	switch toks[i-1].Tag {
	case "NNS", "NNPS", "NN", "NNP":
	default:
		return false
	}
	switch toks[i+1].Tag {
	case "RP", "DT", "NNP", "NNPS", "PRP$", "CD":
	default:
		return false
	}
	k := i - 1
	for ; k >= 0; k-- {
		switch toks[k].Tag {
		case "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS":
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "after", "when", "because", "before", "since", "until", "once", "while", "although", "though", "whereas":
	default:
		return false
	}
	return noFiniteAfter(toks, i)
}
