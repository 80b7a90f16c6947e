package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Offices and parties: a head of a body is the body's, and the noun
// "opposition" in the sense of disagreement names nobody.

// leaderHead: the sector nouns of a person at the head of something
// ("leader", "president"), which the dictionary reads as GOV because a
// bare "the president" is the state's. Before "of" and a body they are
// that body's head instead. A switch, to keep it off the hash.
func leaderHead(w string) bool {
	switch w {
	case "leader", "leaders", "president", "presidents", "vice president", "vice-president":
		return true
	}
	return false
}

// leaderOfBody drops the GOV that a leading head noun gave a phrase
// joined through "of" to a body of another sector: "the leader of
// Uganda's main opposition party" is the opposition (UGAOPP), "the
// president of Kenya's Senate" the legislature; "the president of
// Kenya" (no other sector) stays the government. It changes ph in place.
func leaderOfBody(toks []text.Token, ph *Phrase) {
	first := ph.Parts[0]
	if len(ph.Parts) < 2 || first.Entry.Kind != KindSector || first.Entry.Code != "GOV" || first.End >= len(toks) ||
		toks[first.End].Lower != "of" || !leaderHead(toks[first.End-1].Lower) {
		return
	}
	other := false
	for _, p := range ph.Parts[1:] {
		if p.Entry.Kind == KindSector && p.Entry.Code != "-" && p.Entry.Code != "GOV" {
			other = true
		}
		if p.Entry.Kind == KindSector && p.Entry.Code == "GOV" {
			return // "the president of the ruling party": GOV either way
		}
	}
	if !other {
		return
	}
	out := ph.Sectors[:0]
	for _, c := range ph.Sectors {
		if c != "GOV" {
			out = append(out, c)
		}
	}
	ph.Sectors = out
}

// armedOwners are the sectors of armed and criminal groups, which hold
// no office of a state: their leader is theirs alone.
var armedOwners = wordset.Of("REB", "SEP", "INS", "CRM", "RAD", "UAF")

// leaderOfOwner drops the GOV that a leading head noun gave a phrase
// whose owner, before "'s", is an armed or criminal group: "the cartel's
// leader" is the cartel (CRM), "the separatists' leader" the separatists
// (SEP), as "the leader of the cartel" is (leaderOfBody). A state's
// leader ("Russia's president", "the junta's leader") stays GOV, and so
// does the head of a state's body ("the assembly's president" LEGGOV).
// It changes ph in place.
func leaderOfOwner(toks []text.Token, ph *Phrase) {
	n := len(ph.Parts)
	last := ph.Parts[n-1]
	if last.Entry.Kind != KindSector || last.Entry.Code != "GOV" || last.Start == 0 || toks[last.Start-1].Tag != "POS" || !leaderHead(toks[last.End-1].Lower) {
		return
	}
	other := false
	for _, p := range ph.Parts[:n-1] {
		if p.Entry.Kind == KindSector && p.Entry.Code == "GOV" {
			return
		}
		if p.Entry.Kind == KindSector && armedOwners.Has(p.Entry.Code) {
			other = true
		}
	}
	if !other {
		return
	}
	out := ph.Sectors[:0]
	for _, c := range ph.Sectors {
		if c != "GOV" {
			out = append(out, c)
		}
	}
	ph.Sectors = out
}

// headOfBody reports a head with no sector of its own ("chairman",
// "chief", "secretary general", "spokesman", "deputy") before "of", an
// article or adjectives and a body's sector noun: "the chairman of the
// ruling party", "the secretary general of the main opposition party",
// "the chief of the army". The head is the body's, so the two are one
// phrase; apart, the head names nobody and the act loses its side
// ("The chairman of the ruling party accused the opposition" coded
// nothing). Only a single head: "the Syrian delegation of the ..." has
// its state already.
func headOfBody(gap []text.Token, ph *Phrase, next *Part) bool {
	head := ph.Parts[0].Entry
	if head.Kind != KindSector || head.Code != "-" || next.Entry.Code == "-" || !bodyHead(head.Alias) || len(gap) > 4 {
		return false
	}
	for _, t := range gap[1:] {
		if !ofBodyOpener(&t) {
			return false
		}
	}
	return true
}

// bodyHead: the sectorless heads that lead or speak for a body.
func bodyHead(alias string) bool {
	switch alias {
	case "chairman", "chairwoman", "chairperson", "chief", "deputy", "secretary", "secretary general", "director",
		"secretary-general", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// oppositionParty keeps OPP alone where a party or a civilian noun
// follows it: "the opposition candidate", "opposition protesters",
// "opposition youths" are the opposition, which CAMEO codes OPP, not
// OPP and a party or civilians, as the dictionary's "opposition
// supporters" and "anti-government protesters" are.
func oppositionParty(ph *Phrase) {
	if !contains(ph.Sectors, "OPP") || !contains(ph.Sectors, "PTY") && !contains(ph.Sectors, "CVL") {
		return
	}
	out := ph.Sectors[:0]
	for _, c := range ph.Sectors {
		if c != "PTY" && c != "CVL" {
			out = append(out, c)
		}
	}
	ph.Sectors = out
}

// partyGathering reads "party" after a word that makes it a gathering
// or a team, not a political party: the guests of "a wedding party" or
// "a birthday party" are civilians (CVL: "Gunmen attacked a wedding
// party" was AFGPTY), and "a search party", "a rescue party" or "a
// boarding party" are a team of whoever sent it, no sector of their
// own ("a Chinese search party" is CHN, a bare one nobody). So is "an
// army of" people. It changes ph in place.
func partyGathering(toks []text.Token, ph *Phrase) {
	last := ph.Parts[len(ph.Parts)-1]
	if last.Entry.Kind != KindSector || last.End != last.Start+1 || last.Start == 0 {
		return
	}
	if last.Entry.Alias == "army" {
		// "an army of volunteers", "an army of lawyers": a crowd, not
		// a force; "the army of Niger" keeps its article and its state.
		if len(ph.Parts) == 1 && toks[last.Start-1].Lower == "an" && last.End < len(toks) && toks[last.End].Lower == "of" {
			ph.Sectors = ph.Sectors[:0]
		}
		return
	}
	if last.Entry.Alias != "party" && last.Entry.Alias != "parties" {
		return
	}
	switch toks[last.Start-1].Lower {
	case "wedding", "birthday", "dinner", "tea", "garden", "christmas", "engagement", "farewell",
		"launch", "street", "pool", "dance", "drug", "sex", "house", "bachelor", "hen", "stag",
		"costume", "graduation", "beach", "cocktail", "drinking", "funeral":
		ph.Sectors = append(ph.Sectors[:0], "CVL")
	case "search", "rescue", "boarding", "landing", "raiding", "hunting", "scouting", "advance", "working":
		ph.Sectors = ph.Sectors[:0]
	}
}

// leaderOf merges a bare head noun at phs[i] with the body named after
// "of" and its article or adjectives ("the leader of the main opposition
// party", "the president of the country's top court"), which compose
// keeps apart because a sector after "of the" is a complement of its
// own. The head is the body's: left as two phrases, the head is read as
// the government ("Police arrested the leader of the main opposition
// party" coded the government arrested). A body of the government keeps
// GOV, and a state alone after "of" was already joined by compose.
// followersOf calls it from its own loop over the phrases, for a head
// before "of"; it changes phs and returns it.
func leaderOf(toks []text.Token, phs []Phrase, i int) []Phrase {
	ph := &phs[i]
	if ph.Parts[0].Entry.Code != "GOV" || len(ph.Sectors) != 1 || ph.Sectors[0] != "GOV" {
		return phs
	}
	o := &phs[i+1]
	k := ph.End + 1
	for k < o.Start && ofBodyOpener(&toks[k]) {
		k++
	}
	if k != o.Start || o.Modifier || len(o.Sectors) == 0 || o.Sectors[0] == "GOV" || namesPerson(o) {
		return phs
	}
	ph.Parts = append(ph.Parts[:len(ph.Parts):len(ph.Parts)], o.Parts...)
	ph.End = o.End
	ph.Code, ph.Country, ph.Sectors, ph.Inferred, ph.StateRef = o.Code, o.Country, o.Sectors, o.Inferred, o.StateRef
	return append(phs[:i+1], phs[i+2:]...)
}

// namesPerson: a phrase holding a person the dictionary dates ("the
// leader of Kenyan opposition leader Raila Odinga's party" is his party,
// and no merge is needed to say so).
func namesPerson(ph *Phrase) bool {
	for _, pt := range ph.Parts {
		if pt.Entry.Kind == KindActor && (len(pt.Entry.Ranges) > 0 || pt.Entry.Former) {
			return true
		}
	}
	return false
}

// ofBodyOpener: the words between "of" and a body's noun: articles,
// possessive pronouns and adjectives ("the main", "its largest", "the
// banned").
func ofBodyOpener(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PRP$", "JJ", "JJS", "VBN":
		return true
	}
	return false
}

// disagreementFrom: a bare "opposition" before "from", whose "from"
// names who disagrees ("stiff opposition from Germany"), so compose
// must not join the two into Germany's opposition.
func disagreementFrom(ph *Phrase) bool {
	return len(ph.Parts) == 1 && ph.Parts[0].Entry.Alias == "opposition"
}

// disagreement reports the noun "opposition" in the sense of being
// against something, which names no actor: before "from" ("faced
// opposition from Germany"), before "to" after a
// possessive pronoun, a word of degree or a verb ("dropped its
// opposition to the plan", "strong opposition to the bill", "voiced
// opposition to the war"), or with a possessive pronoun after a verb of
// holding or giving up a stance or after "despite" ("Turkey dropped its
// opposition", "despite their opposition"). The political opposition
// is "the opposition", "Kenya's opposition", "opposition parties"; "the
// opposition to Assad" keeps its article and stays the actor, and so
// does a government's "crackdown on its opposition".
func disagreement(toks []text.Token, ph *Phrase) bool {
	if len(ph.Parts) != 1 || ph.End-ph.Start != 1 {
		return false
	}
	if w := toks[ph.Start].Lower; w != "opposition" {
		return false
	}
	if ph.End < len(toks) && toks[ph.End].Lower == "from" {
		return true // "faced stiff opposition from Germany", "Opposition from Hungary blocked"
	}
	if ph.Start == 0 {
		return false
	}
	prev := &toks[ph.Start-1]
	if ph.End < len(toks) && toks[ph.End].Lower == "to" {
		if oppositionKind(prev.Lower) {
			return false // "the main opposition to Museveni": the actor
		}
		return prev.Tag == "PRP$" || prev.Tag == "JJ" || prev.Tag == "JJR" || prev.Tag == "JJS" || prev.IsVerb() ||
			prev.Lower == "no" || prev.Lower == "any" || prev.Lower == "much"
	}
	if prev.Tag != "PRP$" || ph.Start < 2 {
		return false
	}
	before := &toks[ph.Start-2]
	return before.Lower == "despite" || stanceVerb(before.Lemma)
}

// oppositionKind: adjectives that rank or describe the political
// opposition ("the main opposition", "the armed opposition"), not the
// strength of a stance ("strong opposition to the bill").
func oppositionKind(w string) bool {
	switch w {
	case "main", "largest", "biggest", "principal", "leading", "chief", "armed", "exiled", "parliamentary", "official", "united":
		return true
	}
	return false
}

// stanceVerb: verbs whose object is a stance one holds or gives up
// ("dropped its opposition", "reiterated their opposition").
func stanceVerb(lemma string) bool {
	switch lemma {
	case "drop", "withdraw", "lift", "abandon", "end", "reiterate", "voice", "express", "signal", "soften",
		"maintain", "restate", "register", "underline", "reaffirm", "overcome", "relax", "reverse":
		return true
	}
	return false
}

// officersContext reads bare "officers" by the sentence they stand in:
// the military's when it speaks of the army and not of the police ("two
// officers were killed when militants ambushed an army convoy", "three
// officers died in an attack on a military base"), the police's
// otherwise, as wire copy uses the word in crime and protest stories.
// Called only for a bare "officers", so the scan stays off the hot path.
func officersContext(toks []text.Token) string {
	army := false
	for k := range toks {
		switch toks[k].Lower {
		case "police", "policemen", "policeman", "policewoman", "constable", "constables", "precinct", "gendarmes", "gendarmerie", "cops", "detectives", "sheriff", "deputies":
			return "COP"
		case "army", "military", "soldiers", "soldier", "troops", "barracks", "garrison", "battalion", "regiment", "brigade", "navy", "naval", "airmen", "sailors", "marines", "convoy", "paratroopers", "commando", "commandos":
			army = true
		}
	}
	if army {
		return "MIL"
	}
	return "COP"
}

// stateOffice reports sectors that are all offices of the state:
// government, army, police, legislature, courts, intelligence.
func stateOffice(secs []string) bool {
	for _, c := range secs {
		switch c {
		case "GOV", "MIL", "COP", "LEG", "JUD", "SPY":
		default:
			return false
		}
	}
	return len(secs) > 0
}

// jihadistLinked reports a bare group noun after a word that ties it to
// a jihadist movement: "an al-Qaeda-linked group", "an Islamic
// State-affiliated group", "a Shabaab-allied faction". The group is an
// armed one of wherever it fights (REB, its country the story's), as
// "Islamic State-linked militants" are; left with no sector, "group"
// names nobody and the attack went to the place's state. Other ties
// ("an industry-backed group", "a state-linked hacking group") say
// nothing of arms.
func jihadistLinked(toks []text.Token, ph *Phrase) bool {
	if len(ph.Parts) != 1 || ph.End-ph.Start != 1 || ph.Start == 0 {
		return false
	}
	switch toks[ph.Start].Lower {
	case "group", "groups", "faction", "factions", "cell", "cells", "network", "networks", "outfit", "outfits", "organisation", "organization":
	default:
		return false
	}
	pre, suf, ok := hyphenTail(toks[ph.Start-1].Lower)
	if !ok {
		return false
	}
	switch suf {
	case "linked", "affiliated", "allied", "aligned", "inspired", "loyal":
	default:
		return false
	}
	switch pre {
	case "al-qaeda", "al-qaida", "qaeda", "qaida", "isis", "isil", "is", "daesh", "shabaab", "al-shabaab", "al-shabab", "shabab", "taliban", "boko haram", "jihadist", "haram":
		return true
	case "state":
		return ph.Start >= 2 && toks[ph.Start-2].Lower == "islamic"
	}
	return false
}

// hyphenTail splits a hyphenated word at its last hyphen ("al-Qaeda-linked"
// into "al-qaeda" and "linked"); ok is false with no hyphen after the
// first byte.
func hyphenTail(w string) (pre, suf string, ok bool) {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return "", "", false
	}
	return w[:k], w[k+1:], true
}
