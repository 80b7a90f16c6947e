package verb

import "github.com/parley-events/parley/internal/wordset"

// aerialMeans: an attack or a killing that the clause says was done from
// the air is CAMEO's aerial force (195; 1952 for drones), not the
// unspecified force (190) of its verb. The means is told after the
// object, often beyond the reach of a line's gap: "Ukraine's navy had
// struck the headquarters of Russia's Black Sea Fleet in Sevastopol with
// missiles", "US forces killed Qassem Soleimani, the commander of the
// Quds Force, in a drone strike at Baghdad airport", "the army killed a
// Hamas commander in a Khan Younis strike". A strike named by no more
// than "strike" is aerial only when a state's armed forces, or the state
// itself, made it: police "killed two miners in a strike" tell of a
// labour strike. Rockets stay with the artillery lines (194), and sea
// drones are no aerial weapon.
func (s *sentence) aerialMeans(m *Match) {
	if m.EventCode() != "190" || m.Head < 0 || m.Head >= len(s.toks) || m.Modality.Negated {
		return
	}
	h := m.Head
	switch s.toks[h].Tag {
	case "VBD", "VBZ", "VBP":
	case "VBN":
		if h == 0 || !perfectHave.Has(s.toks[h-1].Lower) {
			return
		}
	default:
		return
	}
	if !aerialVerbs.Has(s.toks[h].Lemma) {
		return
	}
	for j := h + 1; j < len(s.toks) && j <= h+22; j++ {
		t := &s.toks[j]
		if t.Text == ";" || t.Text == ":" || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || aerialClauseEnds.Has(t.Lower) {
			return
		}
		if (t.Lower == "and" || t.Lower == "but") && j+1 < len(s.toks) && s.toks[j+1].IsVerb() {
			return
		}
		switch t.Lower {
		case "with":
			if c := s.aerialWeaponAfter(j + 1); c != "" {
				m.Code = c
			}
			return
		case "in":
			if c := s.aerialStrikeAfter(j+1, m); c != "" {
				m.Code = c
				return
			}
		}
	}
}

// aerialWeaponAfter is the code of the aerial weapon that the words from
// k name ("missiles", "a barrage of cruise missiles", "drones"), or "".
// Aerial weapons beside ground ones ("with drones and artillery") make
// no aerial attack.
func (s *sentence) aerialWeaponAfter(k int) string {
	c := s.aerialWeaponAt(k)
	if c == "" {
		return ""
	}
	for j := k; j < len(s.toks) && j < k+8; j++ {
		if groundWeapons.Has(s.toks[j].Lower) {
			return ""
		}
	}
	return c
}

// groundWeapons are the arms of a ground or artillery attack.
var groundWeapons = wordset.Of(
	"artillery", "tanks", "tank", "rockets", "shells", "mortars", "mortar",
	"guns", "gunfire", "infantry", "troops", "rifles", "howitzers",
)

func (s *sentence) aerialWeaponAt(k int) string {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		t := &s.toks[j]
		w := t.Lower
		switch {
		case w == "drone" || w == "drones" || w == "uav" || w == "uavs":
			if j > 0 && seaWords.Has(s.toks[j-1].Lower) {
				return ""
			}
			return "1952"
		case aerialWeapons.Has(w):
			return "195"
		case w == "air" && j+1 < len(s.toks) && (s.toks[j+1].Lower == "strikes" || s.toks[j+1].Lower == "strike" || s.toks[j+1].Lower == "power"):
			return "195"
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.IsNoun() || w == "of") {
			return ""
		}
	}
	return ""
}

// aerialStrikeAfter is the code of the strike that the words from k name
// after "in" ("a drone strike", "an Israeli air raid", "a strike on
// Rafah"), or "".
func (s *sentence) aerialStrikeAfter(k int, m *Match) string {
	drone, air := false, false
	for j := k; j < len(s.toks) && j < k+5; j++ {
		t := &s.toks[j]
		switch w := t.Lower; {
		case w == "drone" || w == "drones" || w == "uav":
			drone = j == 0 || !seaWords.Has(s.toks[j-1].Lower)
		case w == "air" || w == "aerial" || w == "missile":
			air = true
		case w == "airstrike" || w == "airstrikes" || w == "air-strike" || w == "air-strikes":
			return "195"
		case w == "strike" || w == "strikes" || (w == "raid" || w == "raids") && (air || drone):
			switch {
			case drone:
				return "1952"
			case air || armedState(m):
				return "195"
			}
			return ""
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.IsNoun()) {
			return ""
		}
	}
	return ""
}

// armedState: every source is a state or its armed forces, with no
// other sector (police, rebels, civilians).
func armedState(m *Match) bool {
	if len(m.Source) == 0 {
		return false
	}
	for _, ph := range m.Source {
		if ph.Country == "" {
			return false
		}
		for _, sec := range ph.Sectors {
			if sec != "MIL" && sec != "GOV" {
				return false
			}
		}
	}
	return true
}

// aerialVerbs are the verbs of an attack or a killing whose means the
// clause may tell.
var aerialVerbs = wordset.Of("kill", "strike", "hit", "attack", "target", "pound", "destroy", "wound", "injure", "eliminate", "assassinate", "bombard", "blast", "hammer")

// aerialWeapons are weapons that fly to their target or drop on it.
var aerialWeapons = wordset.Of(
	"missile", "missiles", "airstrikes", "air-strikes", "warplanes",
	"warplane", "jets", "bombers", "aircraft", "helicopters",
	"gunships", "bombs",
)

// seaWords make a drone a boat or a submarine: "sea drones", "naval
// drones".
var seaWords = wordset.Of("sea", "naval", "maritime", "underwater", "surface")

// perfectHave make a past participle a perfect tense.
var perfectHave = wordset.Of("has", "have", "had")

// aerialClauseEnds begin a clause of their own after the object, whose
// means are not the verb's.
var aerialClauseEnds = wordset.Of("after", "before", "when", "while", "as", "because", "since", "saying", "although", "though", "whereas", "until")
