package actor

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/text"
)

// Unknown named speakers. "..., said Najam Sethi on Friday", "Tomas Varga
// told reporters": the dictionaries cannot know every person quoted in
// the news, but a name of two or three capitalised words that says
// something is somebody, and a statement by somebody is an event. Such a
// name becomes an actor of unknown code ("---", no country, no sector),
// so the verb stage has a speaker; it is informant-like, accuses nobody,
// and the pipeline fills no country for it. Only the subject of a
// reporting verb qualifies: elsewhere a run of capitalised words is as
// often a place, a firm or a title ("Lake Chad", "Goldman Sachs").

// unknownPerson is the entry an unknown named speaker's part points to.
func unknownPerson() *Entry {
	return &Entry{Kind: KindActor, Code: "---", Alias: "", Pos: "unknown named speaker (actor/person.go)"}
}

// sayVerb: verbs whose subject is a speaker, written before or after
// them ("Tomas Varga said", ", said Tomas Varga").
func sayVerb(t *text.Token) bool {
	if !t.IsVerb() {
		return false
	}
	switch t.Lower {
	case "said", "says", "say", "told", "tells", "added", "adds", "stated",
		"insisted", "insists", "explained", "noted", "notes",
		"stressed", "stresses", "declared", "announced", "claimed",
		"claims", "argued", "argues", "recalled":
		return true
	}
	return false
}

// nameWord: a capitalised word of a person's name, tagged as a proper
// noun, with lower-case letters after its capital ("Sethi", not "UN").
func nameWord(t *text.Token) bool {
	w := t.Text
	return t.Tag == "NNP" && len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && hasLower(w[1:]) && !calendarWord(t.Lower)
}

// calendarWord: a day or month, which starts no name ("Friday Tomas
// Varga said"). A switch, not a set, to keep the check off the hash.
func calendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// coSpeaker: the words from k on are a second speaker coordinated with an
// unknown name, and the reporting verb follows it: a known phrase
// ("Tomas Varga and Imran Khan said") or another unknown name of two or
// three words ("Tomas Varga and Eva Kovacs said"). next are the phrases
// that end after the first name, in order. The verb must still follow, so
// "Tomas Varga and Imran Khan met" names no speaker.
func coSpeaker(toks []text.Token, k int, next []Phrase) bool {
	if len(next) > 0 && (next[0].Start == k || next[0].Start == k+1 && toks[k].Tag == "DT") {
		return next[0].End < len(toks) && sayVerb(&toks[next[0].End])
	}
	j := k
	for j < len(toks) && j-k < 3 && nameWord(&toks[j]) && (len(next) == 0 || next[0].Start > j) {
		j++
	}
	return j-k >= 2 && j < len(toks) && sayVerb(&toks[j])
}

// unknownSpeakers adds, in token order, a phrase for each run of two or
// three name words outside every phrase that is the subject of a
// reporting verb: right before it ("Tomas Varga said") or, inverted,
// right after ", said" ("..., said Tomas Varga"), or first of two
// speakers joined by "and" (coSpeaker). A run that continues a
// phrase ("President Tomas Varga") is left to the phrase: the title
// already names the actor. One pass over the tokens that looks further
// only at a proper noun; phs is returned, grown only when a name is found.
func (r *Resolver) unknownSpeakers(toks []text.Token, phs []Phrase) []Phrase {
	p := 0 // phrases before p end at or before the token looked at
	for i := 0; i < len(toks); i++ {
		for p < len(phs) && phs[p].End <= i {
			p++
		}
		if !nameWord(&toks[i]) || p < len(phs) && phs[p].Start <= i {
			continue
		}
		if i > 0 && (toks[i-1].IsProper() && !calendarWord(toks[i-1].Lower) || p > 0 && phs[p-1].End == i) {
			continue // the run does not start here
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 && nameWord(&toks[j]) && (p >= len(phs) || phs[p].Start > j) {
			j++
		}
		if n := j - i; n < 2 || n > 3 || j < len(toks) && toks[j].IsProper() || p < len(phs) && phs[p].Start == j {
			i = j - 1
			continue
		}
		before := j < len(toks) && (sayVerb(&toks[j]) || toks[j].Lower == "and" && coSpeaker(toks, j+1, phs[p:]))
		after := i >= 2 && sayVerb(&toks[i-1]) && (toks[i-2].Lower == "," || toks[i-2].Lower == "\"")
		if !before && !after {
			i = j - 1
			continue
		}
		e := unknownPerson()
		ph := Phrase{Start: i, End: j, Parts: []Part{{Entry: e, Start: i, End: j}}, Code: "---"}
		phs = append(phs, Phrase{})
		copy(phs[p+1:], phs[p:])
		phs[p] = ph
		p++
		i = j - 1
	}
	return phs
}

// namedHolders lets a sector phrase that ends in a singular person noun
// take in the unknown name written right after it, as English names a
// person by role first: "the Canadian businessman Michael Spavor", "the
// Egyptian researcher Hossam Nabil". The name is the same person, so the
// phrase ends after it; otherwise the name sits between a verb and its
// complement ("sentenced X Michael Spavor to 11 years") and the object is
// lost. A name the dictionary knows is a phrase of its own and joins by
// the compose rules; a name that runs on into more capitalised words or a
// possessive ("... Spavor Foundation", "... Spavor's") is left alone. So
// is a holder that "he" or "she" refers back to later in the sentence:
// the verb stage knows a person by the title noun at the phrase's end.
func namedHolders(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		e := ph.End
		if e+1 >= len(toks) || !nameWord(&toks[e]) || ph.Start >= e {
			continue
		}
		last := ph.Parts[len(ph.Parts)-1]
		if last.Entry.Kind != KindSector || last.End != e {
			continue
		}
		// "killed Deputy Governor Abdi Farah": a capitalised title, as
		// the object of a verb. A subject is left as it is: the verb
		// stage reads past the name, and a later "he" finds the person
		// by the title at the phrase's end.
		title := false
		if toks[e-1].Tag != "NN" || !startsLowerAlpha(toks[e-1].Text) {
			if title = ph.Start > 0 && toks[ph.Start-1].IsVerb() && capitalTitle(&toks[e-1]); !title {
				continue
			}
		}
		j := e
		for j < len(toks) && j-e < 3 && nameWord(&toks[j]) {
			j++
		}
		if j-e < 2 || j < len(toks) && (toks[j].IsProper() || toks[j].Tag == "POS") {
			continue
		}
		if title && !proseAfter(toks, j) {
			continue
		}
		if i+1 < len(phs) && phs[i+1].Start < j || personalPronounFrom(toks, j) {
			continue
		}
		ph.End = j
	}
}

// capitalTitle reports a capitalised singular title word the tagger calls
// a proper noun: "Minister", "Governor", "Commander". A plural ("Forces")
// or an all-caps word names a body, not a person.
func capitalTitle(t *text.Token) bool {
	w := t.Text
	return t.Tag == "NNP" && len(w) >= 3 && startsUpper(w) && hasLower(w[1:]) && w[len(w)-1] != 's'
}

// proseAfter reports that the words after a name at j are running prose,
// not a title-case headline whose capitalised verb and object would look
// like more of the name ("Army Chief Visits Front Lines"): a lower-case
// word follows, or a comma, or the sentence has a lower-case finite verb.
func proseAfter(toks []text.Token, j int) bool {
	if j < len(toks) && (startsLowerAlpha(toks[j].Text) || toks[j].Lower == ",") {
		return true
	}
	for k := range toks {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP":
			if startsLowerAlpha(toks[k].Text) {
				return true
			}
		}
	}
	return false
}

// personalPronounFrom reports "he", "she", "him" or "her" at or after k.
func personalPronounFrom(toks []text.Token, k int) bool {
	for ; k < len(toks); k++ {
		if toks[k].Tag != "PRP" && toks[k].Tag != "PRP$" {
			continue
		}
		switch toks[k].Lower {
		case "he", "she", "him", "her", "his":
			return true
		}
	}
	return false
}

// followerHeads are the nouns for a person's following.
func followerHead(alias string) bool {
	switch alias {
	case "supporters", "supporter", "followers", "follower", "loyalists", "loyalist", "allies", "ally":
		return true
	}
	return false
}

// followersOf merges "supporters of the opposition leader", "loyalists of
// the former president", "followers of the cleric" into one phrase with
// the code of the person followed: a person's supporters are that
// person's side, and with no country known the sector alone (a cleric's
// followers, though, are lay civilians). Left as two
// phrases, the person is the nearer noun to the verb and is read as the
// agent ("Supporters of the former president stormed ..." coded as the
// former president). Only a person is followed this way: one the
// dictionary knows by name, or a singular title; "supporters of Russia"
// or "of the ruling party" stay as they are.
func followersOf(toks []text.Token, phs []Phrase) []Phrase {
	for i := 0; i+1 < len(phs); i++ {
		ph, o := &phs[i], &phs[i+1]
		if len(ph.Parts) != 1 || ph.End >= len(toks) || toks[ph.End].Lower != "of" {
			continue
		}
		if !followerHead(ph.Parts[0].Entry.Alias) {
			// The same loop serves a head of a body ("the leader of the
			// main opposition party"): one pass over the phrases, not two.
			if leaderHead(toks[ph.End-1].Lower) {
				phs = leaderOf(toks, phs, i)
			}
			continue
		}
		k := ph.End + 1
		for k < o.Start && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$" || toks[k].Tag == "JJ") {
			k++
		}
		if k != o.Start || o.Modifier || o.Code == "" || !personPhrase(toks, o) {
			continue
		}
		ph.Parts = append(ph.Parts, o.Parts...)
		ph.End = o.End
		if len(o.Sectors) > 0 && faithSectors.Has(o.Sectors[0]) {
			// A cleric's followers are lay believers, not clergy: they
			// stay civilians, of the cleric's country if it is known.
			if o.Country != "" {
				ph.Country, ph.Code = o.Country, o.Country+strings.Join(ph.Sectors, "")
			}
		} else {
			ph.Code, ph.Country, ph.Sectors = o.Code, o.Country, o.Sectors
		}
		phs = append(phs[:i+1], phs[i+2:]...)
	}
	return phs
}

// personPhrase: the phrase names one person, by a name the dictionary
// dates or by a singular title noun at its end ("the former president",
// "the cleric").
func personPhrase(toks []text.Token, ph *Phrase) bool {
	for _, pt := range ph.Parts {
		if pt.Entry.Kind == KindActor && (len(pt.Entry.Ranges) > 0 || pt.Entry.Former) {
			return true
		}
	}
	last := ph.Parts[len(ph.Parts)-1]
	return last.Entry.Kind == KindSector && last.End == ph.End && toks[ph.End-1].Tag == "NN" && startsLowerAlpha(toks[ph.End-1].Text)
}

// appositiveNames lets a role phrase in apposition to an unknown name
// take the name in: "condemned by Maria Silva, Brazil's foreign
// minister", "arrested Juan Perez, a former Mexican army officer, in
// Texas". English names the person and then says who he is, so the two
// are one actor; left apart, the name the verb reaches first is no actor
// and the role after it no longer borders the verb, and the event loses
// its side. The name is a run of two or three name words that no phrase
// covers, then a comma, then at most three determiners and adjectives
// before the phrase, which must hold a role noun (a sector) and end the
// appositive: a comma, the sentence's end, or "in" and a place follow.
// "Idlib, the last rebel stronghold" is no apposition of a role (the
// phrase runs on into "stronghold"). It changes phs in place.
//
// A bare phrase in apposition to one that names its country takes that
// country: "police arrested two men, both Syrian nationals," are Syrian
// civilians, not the story's. The two must be of the same sectors, so an
// attribution after a comma ("..., Kenyan police said") lends nothing.
func appositiveNames(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		// The test of the word after the phrase rejects most phrases (a
		// verb or a noun follows them), so it comes first.
		if ph.Start < 3 || !appositiveEnd(toks, ph.End) || ph.Modifier {
			continue
		}
		k := ph.Start - 1
		for n := 0; k >= 0 && n < 3 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD"); n++ {
			k--
		}
		if k < 2 || toks[k].Lower != "," || !hasSector(ph) {
			continue
		}
		// "Juan Ortega, 45, a former army officer": wire copy gives the
		// age between the name and the role.
		if k >= 4 && toks[k-1].Tag == "CD" && toks[k-2].Lower == "," && nameWord(&toks[k-3]) {
			k -= 2
		}
		if i > 0 && phs[i-1].End == k {
			if o := &phs[i-1]; o.NeedsCountry() && ph.Country != "" && (slices.Equal(o.Sectors, ph.Sectors) || citizensOf(ph) && !forceOrState(o.Sectors)) {
				o.SetCountry(ph.Country)
			}
			continue
		}
		s := k
		for s > 0 && k-s < 3 && (nameWord(&toks[s-1]) || arabicSurname(&toks[s-1])) {
			s--
		}
		if n := k - s; n < 2 || n > 3 || s > 0 && toks[s-1].IsProper() || i > 0 && phs[i-1].End > s {
			continue
		}
		// "In Port Harcourt, the state governor said": a name after a
		// preposition of place is the scene, not the person.
		// "granted asylum to Rahaf al-Qunun, an 18-year-old Saudi
		// woman": after "to" a person is as likely as a place, and a
		// place's appositive names no person noun.
		if s > 0 && toks[s-1].Lower != "to" && locativePreps.Has(toks[s-1].Lower) {
			continue
		}
		// "in the Red Sea, the Ministry of Defence said": a person's name
		// takes no article; a name after "the" is a place or a thing.
		if s > 0 && toks[s-1].Lower == "the" {
			continue
		}
		ph.Start = s
	}
}

// arabicSurname reports a surname with the Arabic article the tagger may
// call a common noun: "al-Qunun", "el-Sisi".
func arabicSurname(t *text.Token) bool {
	w := t.Text
	return len(w) > 4 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z'
}

// citizensOf reports a phrase of a state's civilians only ("Chinese
// nationals", "Iraqis"), which may stand in apposition to people named
// by their trade ("three workers, all Chinese nationals").
func citizensOf(ph *Phrase) bool {
	return len(ph.Sectors) == 1 && ph.Sectors[0] == "CVL"
}

// forceOrState reports sectors of the state or of armed men, whom a
// nationality in apposition does not describe as private people.
func forceOrState(secs []string) bool {
	for _, s := range secs {
		switch s {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "SEP", "INS", "RAD", "UAF", "CRM":
			return true
		}
	}
	return false
}

// appositiveEnd reports a token at e that closes an appositive noun
// phrase: a comma, the sentence's end, or "in" before a capitalised place
// ("a Taliban commander in Helmand") or before "the" and one or two nouns
// that a comma or the sentence's end closes ("commander of US forces in
// the region, said").
func appositiveEnd(toks []text.Token, e int) bool {
	if e >= len(toks) {
		return true
	}
	switch toks[e].Lower {
	case ",", ".":
		return true
	case "who":
		// "Rahaf al-Qunun, an 18-year-old Saudi woman who fled her
		// family": a relative clause on the appositive ends its noun.
		return true
	case "in":
		if e+1 < len(toks) && toks[e+1].Tag == "NNP" {
			return true
		}
		if e+2 >= len(toks) || toks[e+1].Lower != "the" {
			return false
		}
		for k := e + 2; k < len(toks) && k <= e+3; k++ {
			if t := toks[k].Tag; t != "NN" && t != "NNS" {
				return false
			}
			if k+1 == len(toks) || toks[k+1].Lower == "," || toks[k+1].Lower == "." {
				return true
			}
		}
	}
	return false
}

// hasSector reports a phrase with a role noun among its parts.
func hasSector(ph *Phrase) bool {
	for _, p := range ph.Parts {
		if p.Entry.Kind == KindSector {
			return true
		}
	}
	return false
}

// counterparts gives "his Chinese counterpart" the office of the actor it
// is the counterpart of, since a counterpart holds the same post in another
// state: "GRU chief Igor Kostyukov met his Chinese counterpart" is CHNSPY,
// "the defence minister met his Russian counterpart" RUSGOV. The holder is
// the nearest phrase before it with sectors and another country; with
// none, a counterpart is an official (GOV). It changes phs in place.
func counterparts(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Country == "" || len(ph.Sectors) > 0 || ph.End > len(toks) || ph.End < 1 {
			continue
		}
		if w := toks[ph.End-1].Lower; w != "counterpart" && w != "counterparts" {
			continue
		}
		secs := []string{"GOV"}
		for k := i - 1; k >= 0; k-- {
			if o := &phs[k]; len(o.Sectors) > 0 && o.Country != ph.Country {
				secs = slices.Clone(o.Sectors)
				break
			}
		}
		ph.Sectors = secs
		ph.Code = ph.Country + strings.Join(secs, "")
	}
}

// bareCounterparts adds "his counterpart" (her, their, its), which
// names no state and so makes no phrase of its own, as the phrase of the
// state bareCounterpart finds for it; counterparts then gives it the
// holder's office. The holder is the nearest phrase before it with a
// state, which it must have, and a place of that same state names no
// counterpart ("The Egyptian foreign minister met his counterpart in
// Cairo"). Gated on the
// dictionary parts, a handful per sentence: only a one-word part
// "counterpart(s)" is looked at.
func (r *Resolver) bareCounterparts(toks []text.Token, parts []Part, phs []Phrase) []Phrase {
	for _, pt := range parts {
		if pt.End-pt.Start != 1 || pt.Entry.Kind != KindSector || pt.End > len(toks) {
			continue
		}
		if w := toks[pt.Start].Lower; w != "counterpart" && w != "counterparts" {
			continue
		}
		at := len(phs) // insertion point, phrases being in text order
		covered := false
		for k := range phs {
			if phs[k].Start <= pt.Start && pt.Start < phs[k].End {
				covered = true
				break
			}
			if phs[k].Start > pt.Start {
				at = k
				break
			}
		}
		if covered {
			continue
		}
		ph := Phrase{Start: pt.Start, End: pt.End, Parts: []Part{pt}}
		c := r.bareCounterpart(toks, &ph)
		// The holder must be a state's: "Rebel leaders met their
		// counterparts in Kampala" names no Ugandan rebels. A meeting of
		// an international body ("on the sidelines of the OPEC meeting
		// in Vienna") is held at a venue, not in the counterpart's state.
		holder := ""
		for k := at - 1; k >= 0 && c != ""; k-- {
			if o := &phs[k]; o.Country != "" && !o.Modifier {
				holder = o.Country
				break
			}
		}
		if c == "" || holder == "" || holder == c || igoNamed(phs) {
			continue
		}
		ph.Country, ph.Code, ph.Inferred = c, c, true
		phs = slices.Insert(phs, at, ph)
	}
	return phs
}

// igoNamed reports a phrase of an international body (its code starts
// with IGO).
func igoNamed(phs []Phrase) bool {
	for k := range phs {
		if strings.HasPrefix(phs[k].Code, "IGO") {
			return true
		}
	}
	return false
}

// bareCounterpart returns the state of "his counterpart" (also her,
// their, its) that names none on the noun: the state named right after
// it by "from" or "of" ("held talks with his counterpart from Greece"),
// else the place "in" which the sentence puts the meeting after it ("The
// Egyptian foreign minister met his counterpart in Athens" is GRC's
// foreign minister, "Lavrov held talks with his counterpart in Ankara"
// TUR's). A counterpart holds the same post in another state, so the
// caller drops a place of the holder's own state ("The Egyptian foreign
// minister met his counterpart in Cairo" names no Egyptian counterpart).
// "" if none.
func (r *Resolver) bareCounterpart(toks []text.Token, ph *Phrase) string {
	if ph.End-ph.Start != 1 || ph.Start < 1 {
		return ""
	}
	switch toks[ph.Start-1].Lower {
	case "his", "her", "their", "its":
	default:
		return ""
	}
	c := ""
	if e := ph.End; e+1 < len(toks) && (toks[e].Lower == "from" || toks[e].Lower == "of") {
		c = r.countryAt(toks, e+1)
	}
	for k := ph.End; c == "" && k+1 < len(toks) && k < ph.End+6; k++ {
		switch toks[k].Lower {
		case "in":
			c = r.countryAt(toks, k+1)
		case ",", ";", ":", "and", "but", "who", "which", "that", "after", "before", "to":
			return "" // the place would be another clause's
		}
		if c != "" {
			break
		}
	}
	if c == "" || regions.Has(c) || transnational.Has(c) {
		return ""
	}
	return c
}

// membershipNoun: nouns for joining a body, which the body's name before
// them modifies ("NATO membership", "the EU accession talks", "its UN
// seat").
func membershipNoun(w string) bool {
	switch w {
	case "membership", "accession", "candidacy", "bid", "application", "entry", "aspirations", "seat", "integration":
		return true
	}
	return false
}

// membershipOf marks an international body's name before a noun for
// joining it as a modifier: in "block Sweden's NATO membership" the
// membership is Sweden's, and NATO is no side of the event (joinable
// keeps the two apart). It changes phs in place.
func membershipOf(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.End >= len(toks) || len(ph.Parts) != 1 || !membershipNoun(toks[ph.End].Lower) {
			continue
		}
		if e := ph.Parts[0].Entry; e.Kind == KindActor && strings.HasPrefix(e.Code, "IGO") {
			ph.Modifier = true
		}
	}
}

// waterNames mark a state's name inside the proper name of a sea or a
// strait: "the Sea of Japan", "the Gulf of Oman", "the Bay of Bengal",
// "the Strait of Taiwan", or of a cape or coast named the same way ("the
// Horn of Africa", "the Bight of Benin"). It names the water or the land,
// not the state, so the
// phrase is a modifier: no side of the event. It changes phs in place.
func waterNames(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Start < 2 || len(ph.Sectors) > 0 || ph.Country == "" || toks[ph.Start-1].Lower != "of" {
			continue
		}
		switch w := &toks[ph.Start-2]; w.Lower {
		case "sea", "gulf", "bay", "strait", "straits", "gulfs", "horn", "bight":
			if startsUpper(w.Text) {
				ph.Modifier = true
			}
		}
	}
}
