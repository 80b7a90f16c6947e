// Word senses that are no force (P15, fifteenth session): speakers who
// "attack" a rival attack in words, a photographer who "captures" a city
// takes a picture, and a truce or a withdrawal between parties that bear
// no arms is no military act.

package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// speakerNouns head subjects that act by speaking, writing or voting:
// whatever they "attack" they criticise.
var speakerNouns = wordset.Of(
	"critics", "critic", "opponents", "detractors", "commentators",
	"commentator", "columnists", "columnist", "pundits", "editorial",
	"editorials", "newspaper", "newspapers", "senators", "senator",
	"lawmakers", "lawmaker", "legislators", "legislator", "mps", "mp",
	"deputies", "congressmen", "congressman", "congresswoman",
	"politicians", "politician", "campaigners", "candidates", "candidate",
)

// speechSectors: bodies whose only weapons are words (the media, rights
// groups, legislatures, courts, universities).
func speechSectors(secs []string) bool { return onlySectors(secs, "MED", "HRI", "LEG", "JUD", "EDU") }

// forceSector: a sector that bears arms or makes arrests.
func forceSector(secs []string) bool {
	for _, sec := range secs {
		switch sec {
		case "MIL", "REB", "INS", "UAF", "COP", "SPY", "CRM", "SEP", "PKO":
			return true
		}
	}
	return false
}

// verbalAttack: an attack by speakers is criticism (111), not force:
// "Republican senators attacked Obama over the Iran deal", "Conservative
// newspapers attacked Merkel", "Critics attacked Sharon", "Trump
// attacked the school curriculum". A politician known by name attacks
// with force only through a state: "Putin attacked Ukraine" (a bare
// state) and an attack on an armed body keep the force reading, as does
// any subject that bears arms.
func (s *sentence) verbalAttack(m *Match) {
	c := m.EventCode()
	if c[0] != '1' || c[1] != '8' && c[1] != '9' || s.toks[m.Head].Lemma != "attack" || !s.toks[m.Head].IsVerb() || s.armedWith(m.Head) {
		return
	}
	for i := range m.Target {
		// An armed body keeps the force reading ("Netanyahu attacked
		// Hamas"); one officer of it does not ("attacked the army chief").
		if ph := &m.Target[i]; forceSector(ph.Sectors) && !(ph.End >= 1 && ph.End <= len(s.toks) && officerNouns.Has(s.toks[ph.End-1].Lower)) {
			return
		}
	}
	if len(m.Source) == 0 {
		if m.Passive || !s.speakerNounBefore(m.Head) {
			return
		}
		m.Code = "111"
		return
	}
	for i := range m.Source {
		if !s.speaker(&m.Source[i], m.Target) {
			return
		}
	}
	m.Code = "111"
}

// speaker: the phrase names someone who attacks only in words: a body of
// the media, rights groups or lawmakers, a subject headed by a speaker
// noun, or one politician (a person with a state office or party) whose
// target is no bare state.
func (s *sentence) speaker(ph *actor.Phrase, targets []actor.Phrase) bool {
	if forceSector(ph.Sectors) || s.ownerPhrase(ph.Start) {
		return false
	}
	if speechSectors(ph.Sectors) {
		return true
	}
	if ph.End >= 1 && ph.End <= len(s.toks) && speakerNouns.Has(s.toks[ph.End-1].Lower) {
		return true
	}
	if ph.End < 1 || ph.End > len(s.toks) || !talkerSectors(ph.Sectors) || !(phrasePerson(ph, &s.toks[ph.End-1]) || titledName(ph, s.toks)) {
		return false
	}
	for _, t := range targets {
		if len(t.Sectors) == 0 {
			return false
		}
	}
	return true
}

// officerNouns head a phrase that names one officer of an armed body,
// whom a politician attacks in words ("attacked the army chief").
var officerNouns = wordset.Of("chief", "commander", "general", "spokesman", "spokeswoman", "minister", "head")

// ownerPhrase: the phrase starting at k hangs on "of" ("Loyalists of the
// ousted president"), so it is not the clause's subject but its owner.
func (s *sentence) ownerPhrase(k int) bool {
	j := k - 1
	for j >= 0 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "VBN") {
		j--
	}
	return j >= 0 && s.toks[j].Lower == "of"
}

// speakerNounBefore: the subject right before the verb at h (past
// adverbs and auxiliaries) is a speaker noun no actor holds: "Critics
// attacked Sharon".
func (s *sentence) speakerNounBefore(h int) bool {
	k := h - 1
	for k >= 0 && s.inGroup[k] < 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "RB" || s.toks[k].Tag == "MD") {
		k--
	}
	return k >= 0 && s.inGroup[k] < 0 && speakerNouns.Has(s.toks[k].Lower)
}

// recordedCapture: a photographer, a film crew or a newspaper "captures"
// a city or a person on film: no one is taken (true drops the match).
// "The photographer captured Paris at dawn".
func recordedCapture(m *Match) bool {
	c := m.EventCode()
	if !strings.HasPrefix(c, "173") && !strings.HasPrefix(c, "181") && !strings.HasPrefix(c, "192") || len(m.Source) == 0 {
		return false
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "MED") {
			return false
		}
	}
	return true
}

// civilTruce: a truce or ceasefire (0871) that farmers, firms, workers or
// civilians make among themselves ends no fighting: "Farmers begin truce
// with supermarkets", "Taxi drivers declared a truce with Uber". A
// truce with a state, its forces or armed men is kept (true drops).
func civilTruce(m *Match) bool {
	if m.EventCode() != "0871" || len(m.Source) == 0 {
		return false
	}
	for _, side := range [][]actor.Phrase{m.Source, m.Target} {
		for _, ph := range side {
			if !onlySectors(ph.Sectors, "AGR", "BUS", "LAB", "CVL", "HLH", "EDU") {
				return false
			}
		}
	}
	return true
}

// civilVenues are buildings that troops may occupy for a while but that
// hold no front: leaving them is no retreat.
var civilVenues = wordset.Of(
	"stadium", "stadiums", "school", "schools", "hospital", "hospitals",
	"hotel", "hotels", "university", "campus", "building", "buildings",
	"premises", "offices", "office", "homes", "houses", "house", "church",
	"mosque", "square", "park", "factory", "farm", "farms", "residence",
)

// vacatedVenue: armed men who vacate a stadium, a school or a hotel move
// out of a building, which is no military retreat (0874): "The army
// vacated the stadium" (true drops). A town, a base or positions stay.
func (s *sentence) vacatedVenue(m *Match) bool {
	if !strings.HasPrefix(m.EventCode(), "0874") || s.toks[m.Head].Lemma != "vacate" {
		return false
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+4; k++ {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			// "vacated the school" where the school is an actor (EDU).
			g := s.groups[gi]
			return len(g.Phrases) == 1 && civilVenues.Has(s.toks[g.End-1].Lower) && (g.Phrases[0].Country == "" || g.Phrases[0].Inferred)
		}
		if civilVenues.Has(t.Lower) {
			// "the school compound", "the stadium area": the venue
			// noun heads its phrase or the phrase ends soon after.
			return k+1 >= len(s.toks) || !s.toks[k+1].IsNoun() || civilVenues.Has(s.toks[k+1].Lower)
		}
		if !filler(t) {
			return false
		}
	}
	return false
}

// ownVictim: a state that condemns an attack on its own embassy or
// troops judges the attacker, not itself: "India condemned the
// attack on its consulate in Jalalabad" has no IND→INDGOV target. The
// agent in a by-phrase after the victim becomes the target ("Kenya
// condemned the attack on its troops in Somalia by al-Shabaab"); with
// none, the attacker is unknown and so is the target. A foreign victim
// stays the target, as the text's only party ("condemned the attack on
// Kabul").
func (s *sentence) ownVictim(m *Match) {
	if m.Pattern.Root() != "11" || len(m.Source) == 0 || len(m.Target) == 0 || m.Source[0].Country == "" {
		return
	}
	for _, ph := range m.Target {
		if ph.Country != m.Source[0].Country || ph.Start < 0 || ph.Start >= len(s.toks) {
			return
		}
	}
	gi := s.inGroup[m.Target[0].Start]
	if gi < 0 || !s.ownedVictim(s.groups[gi].Start) || !s.attackOn(s.groups[gi].Start) {
		return
	}
	m.Target = nil
	end := s.groups[gi].End
	for k := end; k < len(s.toks) && k < end+6; k++ {
		if s.toks[k].Lower == "," || s.toks[k].IsVerb() {
			return
		}
		if s.toks[k].Lower == "by" && k+1 < len(s.toks) {
			if bg := s.inGroup[k+1]; bg >= 0 && s.groups[bg].Start == k+1 && s.groups[bg].Phrases[0].Country != m.Source[0].Country {
				m.Target = append([]actor.Phrase(nil), s.groups[bg].Phrases...)
			}
			return
		}
	}
}

// attackOn: the words before token k are an attack noun and "on",
// "against" or "of", with the victim's determiners between: "the attack
// on its consulate", "the bombing of the embassy".
func (s *sentence) attackOn(k int) bool {
	k--
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "PRP$" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD") {
		k--
	}
	if k < 1 || s.inGroup[k] >= 0 {
		return false
	}
	switch s.toks[k].Lower {
	case "on", "against", "of":
	default:
		return false
	}
	w := s.toks[k-1].Lower
	return attackNouns.Has(w) || w == "bombings" || w == "assaults"
}

// ownedVictim: the victim's phrase at k opens with a possessive pronoun
// ("its consulate", "their soldiers"), so it is the judge's own. A state's
// civilians named without one ("the killing of 20 worshippers in Sinai")
// are the victims the judgement is about, and stay the target.
func (s *sentence) ownedVictim(k int) bool {
	for j := k; j >= 0 && j >= k-2; j-- {
		switch s.toks[j].Lower {
		case "its", "their":
			return true
		case "on", "against", "of":
			return false
		}
	}
	return false
}

// relativeAttack: a killing told in a relative clause of an attack noun
// ("the suicide bombing at a base in Burkina Faso, which killed 24
// soldiers", "an air strike in Rafah that killed 45 people") is that
// attack, so its kind is the noun's, not the unspecified force (190)
// that "kill" alone gives: bombings and grenade attacks are 183 (1831
// suicide, 1832 car, 1833 roadside), air and drone strikes 195, shelling
// 194, terrorist attacks and attacks on a crowded place 180.
func (s *sentence) relativeAttack(m *Match) {
	if m.EventCode() != "190" {
		return
	}
	k := m.Head - 1
	if k > 0 && (s.toks[k].Lower == "has" || s.toks[k].Lower == "have" || s.toks[k].Lower == "had") {
		k--
	}
	if k < 2 || s.toks[k].Tag != "WDT" && s.toks[k].Lower != "that" && s.toks[k].Lower != "which" {
		return
	}
	j := k - 1
	if s.toks[j].Text == "," {
		j--
	}
	noun := -1
	for ; j >= 0 && j > k-14; j-- {
		t := &s.toks[j]
		// "bombings" is sometimes tagged as a verb's -s form.
		if (t.IsNoun() || t.Tag == "VBZ" && strings.HasSuffix(t.Lower, "ings")) && relativeAttackNouns.Has(t.Lower) {
			noun = j
			break
		}
		if t.IsVerb() && t.Tag != "VBN" || t.Text == "," || t.Text == ";" || t.Tag == "WDT" {
			return
		}
	}
	if noun < 0 {
		return
	}
	if c := s.attackKind(noun, k); c != "" {
		m.Code = c
	}
}

// relativeAttackNouns head the attacks relativeAttack reads.
var relativeAttackNouns = wordset.Of(
	"attack", "attacks", "bombing", "bombings", "bomb", "bombs", "blast",
	"blasts", "explosion", "explosions", "strike", "strikes", "airstrike",
	"airstrikes", "shelling", "bombardment", "raid", "raids",
)

// attackKind is the CAMEO code of the attack named by the noun at n, from
// the noun, the words before it in its phrase and the place it hit (up
// to token end); "" when the noun says no more than "attack".
func (s *sentence) attackKind(n, end int) string {
	mods := map[string]bool{}
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		t := &s.toks[j]
		if !(t.IsNoun() || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "VBN") {
			break
		}
		mods[strings.ToLower(t.Text)] = true
	}
	w := s.toks[n].Lower
	device := w == "bombing" || w == "bombings" || w == "bomb" || w == "bombs" || w == "blast" || w == "blasts" || w == "explosion" || w == "explosions" ||
		mods["grenade"] || mods["bomb"] || mods["suicide"] || mods["explosive"] || mods["ied"]
	switch {
	case device && mods["suicide"]:
		return "1831"
	case device && (mods["car"] || mods["truck"] || mods["lorry"]):
		return "1832"
	case device && mods["roadside"]:
		return "1833"
	case device:
		return "183"
	case w == "airstrike" || w == "airstrikes" || (w == "strike" || w == "strikes") && !mods["ground"] || (w == "raid" || w == "raids") && (mods["air"] || mods["drone"]):
		return "195"
	case w == "shelling" || w == "bombardment" || mods["artillery"] || mods["rocket"] || mods["mortar"]:
		return "194"
	case mods["terrorist"] || mods["terror"] || mods["militant"] || mods["jihadist"]:
		return "180"
	}
	// "the attack on the Westgate shopping mall, which killed": an attack
	// on a crowded place, whatever its name.
	for j := n + 1; j < end; j++ {
		if crowdedPlaces.Has(s.toks[j].Lower) {
			return "180"
		}
		if s.toks[j].Text == "," {
			break
		}
	}
	return ""
}

// crowdedPlaces are where people gather unarmed: an armed attack there is
// unconventional violence (180), as the crowded-place lines of 18-assault
// read it.
var crowdedPlaces = wordset.Of(
	"hotel", "hotels", "market", "markets", "mosque", "mosques", "church",
	"churches", "school", "schools", "hospital", "hospitals", "bus",
	"buses", "restaurant", "cafe", "shrine", "synagogue", "temple",
	"wedding", "funeral", "stadium", "mall", "clinic", "university",
	"college", "campus", "concert", "nightclub", "cinema", "theatre",
	"theater", "rally", "complex", "festival",
)

// transitWords open the phrase of a journey's end: "on its way to",
// "en route to", "bound for", "heading for".
var transitWords = wordset.Of("way", "route", "bound", "heading", "headed", "transit")

// aidInTransit: aid that reaches or enters a place on its way elsewhere
// has not been delivered there, nor yet where it is going: "The aid
// convoy reached Jordan on its way to Syria" (true drops).
func (s *sentence) aidInTransit(m *Match) bool {
	if !strings.HasPrefix(m.EventCode(), "07") {
		return false
	}
	for k := m.Span[1]; k < len(s.toks) && k < m.Span[1]+8; k++ {
		t := &s.toks[k]
		if t.Text == "," || t.Text == ";" || k > m.Span[1] && s.clauseVerb(k) && !transitWords.Has(t.Lower) {
			return false
		}
		if !transitWords.Has(t.Lower) || k+1 >= len(s.toks) {
			continue
		}
		switch n := s.toks[k+1].Lower; {
		case t.Lower == "way" && n == "to" && k >= 2 && (s.toks[k-2].Lower == "on" || s.toks[k-2].Lower == "en"),
			t.Lower == "route" && n == "to" && k >= 1 && s.toks[k-1].Lower == "en",
			t.Lower == "transit" && n == "to",
			(t.Lower == "bound" || t.Lower == "heading" || t.Lower == "headed") && (n == "for" || n == "to"):
			return true
		}
	}
	return false
}

// facilityNouns are buildings that receive supplies but are no party.
var facilityNouns = wordset.Of("hospital", "hospitals", "clinic", "clinics", "warehouse", "warehouses", "depot", "depots")

// suppliesAtFacility: supplies with no sender that reach a hospital the
// text does not place in any state tell of logistics, not of aid given
// to a party: "Medical supplies reached the hospital late" (true drops).
// A hospital with its state ("Gaza's hospitals") stays aid to it.
func (s *sentence) suppliesAtFacility(m *Match) bool {
	if !strings.HasPrefix(m.EventCode(), "07") || !m.Pattern.Agentless || len(m.Source) > 0 || len(m.Target) == 0 {
		return false
	}
	for _, ph := range m.Target {
		if ph.End < 1 || ph.End > len(s.toks) || !facilityNouns.Has(s.toks[ph.End-1].Lower) || ph.Country != "" && !ph.Inferred {
			return false
		}
	}
	return true
}

// prizeNouns are what one wins, not whom or where one takes: a title, a
// trophy, seats or votes, or someone's attention.
var prizeNouns = wordset.Of(
	"title", "titles", "trophy", "trophies", "crown", "championship",
	"championships", "cup", "medal", "medals", "gold", "silver",
	"bronze", "pennant", "seat", "seats", "vote", "votes", "majority",
	"share", "imagination", "attention", "mood", "spirit", "hearts",
	"headlines", "prize", "award", "nomination",
)

// wonPrize: a title, a trophy or seats "captured" or "seized" are won
// (true drops the match): "Bayern Munich captured the German title",
// "The opposition captured 40 seats". The country adjective on the
// prize names no party taken.
func (s *sentence) wonPrize(m *Match) bool {
	c := m.EventCode()
	if !strings.HasPrefix(c, "173") && !strings.HasPrefix(c, "181") && !strings.HasPrefix(c, "192") {
		return false
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+5; k++ {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			g := s.groups[gi]
			if len(g.Phrases) == 1 && g.Phrases[0].Modifier {
				k = g.End - 1 // "the German title": the adjective of a thing
				continue
			}
			return false
		}
		if prizeNouns.Has(t.Lower) {
			return k+1 >= len(s.toks) || !s.toks[k+1].IsNoun()
		}
		if !filler(t) && t.Tag != "NNP" && t.Tag != "POS" {
			return false
		}
	}
	return false
}
