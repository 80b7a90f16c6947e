package verb

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
)

// Narrowings from the review of the sixteenth session's rules (R16).

// relationNouns name a party by its relation to the one who speaks:
// "our allies", "our neighbours", "our partners in the Gulf" are other
// states, not the speaker's own.
var relationNouns = wordset.Of(
	"ally", "allies", "friend", "friends", "neighbour", "neighbours",
	"neighbor", "neighbors", "partner", "partners", "enemy", "enemies",
	"rival", "rivals", "adversary", "adversaries", "foe", "foes",
	"brothers", "brethren", "counterpart", "counterparts", "competitors",
)

// relationAfter: "our" at k heads a phrase whose noun is a relation
// ("'China has imposed sanctions on our allies,' the Japanese foreign
// minister said" is aimed at Japan's allies, not at Japan), so the
// quoted object is no speaker's side (speakerTarget).
func (s *sentence) relationAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		t := &s.toks[j]
		if relationNouns.Has(t.Lower) {
			return true
		}
		if t.Tag != "JJ" && t.Tag != "VBN" && t.Tag != "RB" && t.Tag != "CC" && t.Lower != "," && !t.IsNoun() {
			return false
		}
	}
	return false
}

// seizedOn: "seize on" or "seize upon" an issue is to exploit it, no
// taking: "The opposition seized on the weapons scandal to attack the
// president" seizes nothing, whatever nouns follow (the 1711 lines' gap
// reached "weapons", "rifles", "ammunition" in the name). A date
// after "on" keeps the seizure ("Iran seized on Friday a British
// tanker").
func (s *sentence) seizedOn(m *Match) bool {
	h := m.Head
	if s.toks[h].Lemma != "seize" || h+2 >= len(s.toks) {
		return false
	}
	switch s.toks[h+1].Lower {
	case "on", "upon":
	default:
		return false
	}
	n := &s.toks[h+2]
	if n.Tag == "CD" || dateWords.Has(n.Lower) {
		return false
	}
	return true
}

// dateWords open a date after "on".
var dateWords = wordset.Of(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
)

// contemptAttitude: "hold X in contempt" is also a feeling ("Many Kenyans
// hold parliament in contempt after the pay rise"), not the legal finding
// (116) a court or a legislature makes. With no "of" after "contempt"
// ("in contempt of court/Congress") and no court, judge or legislature
// as its subject, the line's "hold" is the attitude. "Found in contempt"
// is always the finding, and so is a passive (held by a judge).
func (s *sentence) contemptAttitude(m *Match) bool {
	if m.EventCode() != "116" || s.toks[m.Head].Lemma != "hold" || m.Passive {
		return false
	}
	for j := m.Head + 1; j < len(s.toks) && j <= m.Span[1]+1; j++ {
		if s.toks[j].Lower == "contempt" {
			if j+1 < len(s.toks) && s.toks[j+1].Lower == "of" {
				return false
			}
			for _, ph := range m.Source {
				for _, sec := range ph.Sectors {
					if sec == "JUD" || sec == "LEG" {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// bombModifier: "set off" a bomb word that modifies the noun after it
// sets off no bomb: "A Pakistani passenger set off a bomb scare at Dubai
// airport", "China's reforms set off explosive growth in exports".
func (s *sentence) bombModifier(m *Match) bool {
	if m.Pattern.Root() != "18" || s.toks[m.Head].Lemma != "set" {
		return false
	}
	for j := m.Head + 1; j+1 < len(s.toks) && j < m.Span[1]; j++ {
		if bombWords.Has(s.toks[j].Lower) {
			n := &s.toks[j+1]
			return n.Tag == "NN" || n.Tag == "NNS"
		}
	}
	return false
}

// bombWords are the objects of the "set off" lines.
var bombWords = wordset.Of("bomb", "bombs", "explosive", "explosives", "device", "devices", "ied", "ieds", "grenade", "grenades")

// handedBack: arms or aircraft "handed over" by an armed group that
// is no state (rebels, hijackers, militias, gangs) are given up, not
// supplied (072): "The hijackers handed over the aircraft to Afghan
// authorities".
func (s *sentence) handedBack(m *Match) bool {
	if m.EventCode() != "072" || len(m.Source) == 0 || m.Passive {
		return false
	}
	if l := s.toks[m.Head].Lemma; l != "hand" && l != "turn" {
		return false // (arms sold or exported stay supplies)
	}
	for _, ph := range m.Source {
		armed := false
		for _, sec := range ph.Sectors {
			switch sec {
			case "REB", "UAF", "CRM", "INS", "SEP":
				armed = true
			}
		}
		if !armed {
			return false
		}
	}
	return true
}

// fuelFigure: "fuel to (for)" critics, claims or the fire is the figure
// of speech for what feeds a quarrel, no fuel supplied (073): "Biden's
// remarks provided fuel to Republican critics in Congress", "The ruling
// gave fresh fuel to claims of bias". Fuel for a power station, a state
// or its people is aid.
func (s *sentence) fuelFigure(m *Match) bool {
	if m.Pattern.Root() != "07" {
		return false
	}
	for j := m.Head + 1; j+2 < len(s.toks) && j < m.Span[1]+1; j++ {
		if s.toks[j].Lower != "fuel" {
			continue
		}
		if w := s.toks[j+1].Lower; w != "to" && w != "for" {
			return false
		}
		for k := j + 2; k < len(s.toks) && k <= j+6; k++ {
			t := &s.toks[k]
			if figureNouns.Has(t.Lower) {
				return true
			}
			if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "PRP$" && t.Tag != "NNP" && t.Tag != "NNPS" && t.Tag != "POS" {
				return false
			}
		}
		return false
	}
	return false
}

// figureNouns: what figurative fuel feeds.
var figureNouns = wordset.Of(
	"critics", "opponents", "sceptics", "skeptics", "hardliners", "detractors",
	"claims", "speculation", "fears", "fire", "flames", "debate", "argument",
	"arguments", "rumours", "rumors", "theories", "accusations", "allegations",
	"anger", "resentment", "suspicions", "narrative", "calls", "demands",
)

// peopleOffStreet: a people named by its plural that marches or rallies
// (A16's 141 lines in 14-protest.txt, whose pattern opens with the
// peoples' names) demonstrates when it goes through a named town or to a
// seat of power, or for a cause; a people on the move ("Thousands of
// Rohingya marched through the forest to reach Bangladesh", "Tuaregs
// marched across the desert with their camels") and a side that
// "rallied in the second half" do not.
func (s *sentence) peopleOffStreet(m *Match) bool {
	if m.Pattern.Root() != "14" || !strings.HasPrefix(m.Pattern.Text, "{kurds|") {
		return false
	}
	for j := m.Head + 1; j < len(s.toks) && j <= m.Head+6; j++ {
		t := &s.toks[j]
		if streetCause.Has(t.Lower) {
			return false
		}
		if t.Tag != "IN" && t.Tag != "TO" {
			continue
		}
		k := j + 1
		for k < len(s.toks) && s.toks[k].Tag == "DT" {
			k++
		}
		if k < len(s.toks) && (s.toks[k].IsProper() || streetPlaces.Has(s.toks[k].Lower)) {
			return false
		}
	}
	return true
}

// streetCause: words that give a march or a rally its cause.
var streetCause = wordset.Of("against", "demanding", "demand", "protest", "protesting", "support", "solidarity", "calling")

// streetPlaces: where a march or a rally makes its demand.
var streetPlaces = wordset.Of("streets", "street", "capital", "city", "town", "square", "parliament", "palace",
	"office", "offices", "embassy", "consulate", "ministry", "headquarters", "courthouse")
