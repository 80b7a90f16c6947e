package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// capturedPeople: people that an armed group outside any state's forces
// captures or seizes are abducted or taken hostage (181), not arrested
// (173), nor territory occupied (192), nor property confiscated (1711):
// no rebel, militia or gang arrests anyone, and a soldier is no town.
// "Maoist rebels captured two police officers", "FARC guerrillas
// captured an army colonel", "Hezbollah fighters captured three Israeli
// soldiers", "Houthi rebels seized the crew of a cargo ship". People a
// state's forces capture are detained (173), and so are a ruler or an
// official whoever captures them: "Taliban fighters captured the
// governor of Kunduz province" was 192 for the word "province" after
// him, and "Iranian forces seized the crew of a tanker" confiscated no
// property. A place a sector word names as its
// owner ("an army base", "the police headquarters") is no person, and
// stays with its lines.
func (s *sentence) capturedPeople(m *Match) {
	c := m.EventCode()
	if c != "173" && c != "192" && c != "1711" || len(m.Source) == 0 || len(m.Target) == 0 || m.Head < 0 || m.Head >= len(s.toks) {
		return
	}
	if l := s.toks[m.Head].Lemma; l != "capture" && l != "seize" || !s.toks[m.Head].IsVerb() {
		return
	}
	if h := m.Head; h+2 < len(s.toks) && s.toks[h+1].Lower == "and" && s.toks[h+2].IsVerb() {
		// "captured and killed": the people's fate is the second
		// verb's, which an abduction beside it would fold away.
		return
	}
	for _, ph := range m.Target {
		if !s.personPhrase(ph) || !s.directObject(m.Head, ph) {
			return
		}
	}
	irregular := true
	for _, ph := range m.Target {
		if !onlySectors(ph.Sectors, "MIL", "COP", "CVL", "MED", "JRN", "LAB", "EDU", "REL", "NGO", "HLH", "HRI", "AGR", "REF", "SPY", "BUS") && len(ph.Sectors) > 0 {
			// A ruler or an official that fighters capture is taken
			// into their custody, as the force that overthrows him
			// detains him ("rebel fighters captured Gaddafi near
			// Sirte", 173 in the listings): no hostage.
			irregular = false
		}
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "REB", "INS", "UAF", "SEP", "RAD", "IMG", "MUS", "CRM") {
			irregular = false
		}
	}
	switch {
	case irregular:
		m.Code = "181"
	case c != "173":
		m.Code = "173"
	}
}

// personPhrase: the phrase names people by a sector word ("two police
// officers", "an army colonel", "the governor of Kunduz"), not a place
// or a thing that the sector word owns ("an army base", "the police
// station", "a military camp"), which a common noun right after it
// heads.
func (s *sentence) personPhrase(ph actor.Phrase) bool {
	if ph.End < 1 || ph.End > len(s.toks) {
		return false
	}
	if len(ph.Sectors) == 0 {
		// "a Jordanian pilot", "two Chinese nationals": a state's
		// adjective before a noun for people.
		return ph.End < len(s.toks) && capturedPersonNouns.Has(s.toks[ph.End].Lower)
	}
	if !capturedPersonNouns.Has(s.toks[ph.End-1].Lower) {
		// "two Chinese engineers" are people though a company's
		// staff (BUS).
		for _, sec := range ph.Sectors {
			if !personSectors.Has(sec) {
				return false
			}
		}
	}
	if ph.End < len(s.toks) {
		if t := &s.toks[ph.End]; t.IsNoun() && !t.IsProper() {
			return false
		}
	}
	return !ownedThings.Has(s.toks[ph.End-1].Lower)
}

// directObject: the phrase is what the verb at h takes, not a phrase
// after a preposition ("captured the airport from government troops",
// "seized the parliament with soldiers"). A phrase before the verb is a
// passive's subject ("Gaddafi was captured by rebel fighters").
func (s *sentence) directObject(h int, ph actor.Phrase) bool {
	if ph.Start < h {
		return true
	}
	for k := h + 1; k < ph.Start && k < len(s.toks); k++ {
		if t := &s.toks[k]; t.Tag == "IN" || t.Tag == "TO" || t.IsVerb() || t.Text == "," {
			return false
		}
	}
	return true
}

// capturedPersonNouns are people named after their state's adjective
// that the actor stage leaves out of the phrase.
var capturedPersonNouns = wordset.Of(
	"pilot", "pilots", "national", "nationals", "citizen", "citizens",
	"hostage", "hostages", "sailor", "sailors", "crew", "tourist",
	"tourists", "engineer", "engineers", "contractor", "contractors",
	"worker", "workers", "employee", "employees",
)

// personSectors are the CAMEO agent codes of people rather than of
// companies or places.
var personSectors = wordset.Of(
	"MIL", "COP", "GOV", "CVL", "ELI", "LEG", "JUD", "OPP", "MED", "JRN",
	"LAB", "EDU", "REL", "NGO", "HLH", "HRI", "AGR", "REF", "SPY", "PTY",
)

// ownedThings end a sector phrase that names a place or a thing, not
// people, when the actor stage keeps the noun in the phrase.
var ownedThings = wordset.Of(
	"base", "bases", "station", "stations", "post", "posts", "camp", "camps",
	"headquarters", "barracks", "checkpoint", "checkpoints", "building",
	"buildings", "office", "offices", "compound", "airport", "airbase",
	"garrison", "outpost", "outposts", "positions", "position", "ship",
	"ships", "vessel", "vessels", "tanker", "tankers", "boat", "boats",
	"vehicle", "vehicles", "convoy", "equipment", "weapons", "arms",
	"school", "schools", "hospital", "hospitals", "university", "church",
	"mosque", "parliament", "embassy", "consulate", "ministry", "palace",
	// D27: a ship named by its kind ("a Spanish trawler", the sector
	// entry for fishing fleets) is a thing seized, not its crew.
	"trawler", "trawlers", "freighter", "freighters", "dredger", "dredgers",
	"schooner", "schooners", "yacht", "yachts", "dhow", "dhows",
)
