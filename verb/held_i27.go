package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// heldPerson (I27) reads the bare line "173 hold +" of
// verbs/17-coerce.txt: people held by police, soldiers, a court or a
// state's authorities are detained ("Police held the activist for three
// days", "Security forces held 40 protesters at a military base",
// "police raided the homes of activists and held 40 people"). "Hold"
// alone holds much else, so the line stands only when
//   - its object is people: a sector noun that names persons, or a named
//     person, ending its noun phrase ("held the president's hand" holds
//     a hand), and neither a town, a state, a body ("held the Senate"),
//     an office ("the EU presidency") nor positions or camps;
//   - no particle or idiom makes it another verb ("held off Russian
//     troops", "held the rebels at bay", "held Kenya to a draw");
//   - its subject is police, soldiers, a court, spies or a government
//     (a state named by its name alone needs a term of custody after
//     the object: "Iran has held the French national since 2022", "held
//     the reporter for 48 hours"; a place alone tells a standing count,
//     "was holding a million people in camps"), or an armed group outside
//     the state with a term of custody, whose captives are hostages (181,
//     as "The FARC held her in the jungle for six years"; with no term
//     they are captives taken before, whose taking is the act); a firm, a
//     school, a charity or a crowd detains no one.
//
// More specific hold lines (responsible, hostage, in custody, talks, a
// rally, a press conference) outweigh the bare line and are tried
// first. It returns why the match does not stand, or "", and sets the
// code of a match that stands as a hostage-taking.
func (s *sentence) heldPerson(p *Pattern, m *Match) string {
	h := m.Head
	if len(p.required) != 0 || h < 0 || h+1 >= len(s.toks) || s.toks[h].Lemma != "hold" {
		return ""
	}
	if m.Passive {
		return "held in the passive: a reduced relative or a record, read by the lines that name custody"
	}
	if len(m.Target) == 0 {
		return ""
	}
	obj := m.Target[len(m.Target)-1]
	after := obj.End
	switch w := s.toks[h+1].Lower; {
	case w == "him" || w == "her":
		after = h + 2 // a person, whoever the pronoun stands for
	case w == "them" && s.heldPeople(&obj, false):
		after = h + 2
	case !s.heldPeople(&obj, true):
		return "held: the object is no person (a town, a state, a body, an office or a position)"
	case after < len(s.toks) && (s.toks[after].Lower == "'s" || s.toks[after].Tag == "POS" || s.toks[after].IsNoun()):
		return "held: the object's noun phrase goes on (\"held the president's hand\")"
	}
	if heldParticles.Has(s.toks[h+1].Lower) {
		return "held with a particle: another verb (held off, held back, held on)"
	}
	for k := after; k < len(s.toks) && k <= after+1; k++ {
		if heldIdioms.Has(s.toks[k].Lower) {
			return "held with an idiom after the object: another verb (held back, held to a draw, held at bay)"
		}
	}
	if after < len(s.toks) && s.toks[after].Lower == "in" {
		for k := after + 1; k < len(s.toks) && k <= after+3; k++ {
			if heldRegard.Has(s.toks[k].Lower) {
				return "held in regard, esteem or check: no custody"
			}
		}
	}
	if len(m.Source) == 0 {
		return ""
	}
	armed, state := true, true
	for _, ph := range m.Source {
		if len(ph.Sectors) == 0 {
			armed = false
			if ph.Country == "" {
				state = false
			}
			continue
		}
		if !onlySectors(ph.Sectors, "UAF", "CRM", "REB", "INS", "RAD", "IMG") {
			armed = false
		}
		if !onlySectors(ph.Sectors, "COP", "MIL", "JUD", "SPY", "GOV") {
			state = false
		}
	}
	switch {
	case armed:
		if !s.custodyAfter(after) {
			// With no term, an armed group's captives are those it took
			// before, told as they stand ("militants holding 20
			// villagers"): the taking is the act.
			return "held by an armed group with no term: captives taken before"
		}
		m.Code = "181"
		return ""
	case !state:
		return "held by a private body: no one detained"
	}
	for _, ph := range m.Source {
		if len(ph.Sectors) == 0 && !s.custodyAfter(after) {
			return "held by a state named alone, with no term or place of custody"
		}
	}
	return ""
}

// heldPeople: the phrase names a person or people; here says the
// phrase's tokens are this sentence's (not a pronoun's antecedent in the
// sentence before).
func (s *sentence) heldPeople(ph *actor.Phrase, here bool) bool {
	if len(ph.Parts) == 0 || ph.End <= ph.Start || ph.End > len(s.toks) {
		return !here && len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "LEG", "PTY", "IGO", "NGO", "BUS", "MED")
	}
	last := ph.Parts[len(ph.Parts)-1]
	if last.Entry == nil {
		return false
	}
	headWord := s.toks[ph.End-1].Lower
	switch last.Entry.Kind {
	case actor.KindSector:
		// A head with no sector of its own ("spokesman", "members") is
		// a person when a country or a sector comes with it.
		return (last.Entry.Code != "-" || len(ph.Sectors) > 0 || ph.Country != "") && !collectiveNouns.Has(headWord) && !heldNonPersons.Has(headWord)
	case actor.KindActor:
		// A named person: a capitalised name that names no body.
		return s.toks[ph.End-1].Tag == "NNP" && !collectiveNouns.Has(headWord) && !heldNonPersons.Has(headWord) && len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "REB", "IMG", "RAD", "INS", "UAF", "LEG", "PTY", "IGO", "NGO", "BUS", "MED")
	}
	return false
}

// custodyAfter: within the clause after the object at k, a term of
// custody ("for three days", "overnight", "since 2022"). A place alone
// is not enough for a state named alone: "holds thousands of migrants
// at camps on its islands", "was holding a million Uighurs in camps"
// tell a standing count or a policy, not a detention.
func (s *sentence) custodyAfter(k int) bool {
	for j := k; j < len(s.toks) && j < k+10; j++ {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," || j > k && s.clauseVerb(j) {
			return false
		}
		switch {
		case t.Lower == "overnight" || t.Lower == "since" || t.Lower == "incommunicado":
			return true
		case heldSpans.Has(t.Lower) && s.heldPrepBefore(j, k, "for"):
			return true
		}
	}
	return false
}

// heldPrepBefore: the preposition prep stands between a and the noun at j.
func (s *sentence) heldPrepBefore(j, a int, prep string) bool {
	for k := j - 1; k >= a && k >= j-5; k-- {
		if s.toks[k].Lower == prep {
			return true
		}
	}
	return false
}

var (
	// heldParticles make "hold" another verb right after it: held off,
	// held back, held on, held together.
	heldParticles = wordset.Of("off", "back", "up", "down", "out", "on", "together")
	// heldIdioms do it after the object: held them back, held Kenya to a
	// draw, held the rebels at bay, held them accountable, held them
	// dear (and the lines of custody, hostages and blame, which win by
	// weight when they match, where they do not).
	heldIdioms = wordset.Of("off", "back", "up", "down", "out", "to", "bay", "accountable", "responsible", "liable", "guilty", "captive", "hostage", "hostages", "dear", "together")
	// heldRegard: "held X in high regard (esteem, contempt, check)".
	heldRegard = wordset.Of("regard", "esteem", "contempt", "check", "awe", "suspicion")
	// heldNonPersons are offices, places and formations that a sector
	// entry may name but no one detains.
	heldNonPersons = wordset.Of(
		"presidency", "chairmanship", "chair", "seat", "seats", "majority", "portfolio", "post", "office", "throne",
		"forces", "troops", "army", "units", "lines", "line", "positions", "ground", "territory",
		"city", "town", "village", "area", "region", "capital",
		// heads of no sector that name bodies or places
		"camps", "hideout", "hideouts", "stronghold", "strongholds", "agencies", "blocs", "branches", "bureaus",
		"commissions", "committees", "councils", "departments", "movements", "offices", "organisations",
		"organizations", "wings", "delegation", "delegations", "side", "sides", "components",
	)
	// heldSpans are the spans a detention lasts.
	heldSpans = wordset.Of("hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "nights", "night")
)
