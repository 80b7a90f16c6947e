package verb

import (
	"slices"

	"github.com/parley-events/parley/internal/wordset"
)

// laserByCrowd decides the laser lines of 150 ("a coast guard ship aimed
// a laser at a Philippine patrol boat"): a show of force is a state's or
// an armed group's, so protesters or fans who shine lasers at the police
// ("Protesters shone lasers at riot police in Santiago") show none (R21).
// It returns why the line does not match, or "".
func (s *sentence) laserByCrowd(p *Pattern, m *Match) string {
	if p.Code != "150" || !p.hasWord("laser") || !civilianSource(m) {
		return ""
	}
	return "a crowd's laser is no show of force"
}

// capturedRecord decides the police-capture line of 173 ("Belgian police
// captured Salah Abdeslam in a raid"): what the police capture on camera
// or in words ("captured footage of the suspect", "captured images of the
// raid") is a record, not a person arrested (R21). The first noun after
// the verb is what is captured. It returns why the line does not match,
// or "".
func (s *sentence) capturedRecord(p *Pattern, m *Match) string {
	if p.Code != "173" || s.toks[m.Head].Lemma != "capture" {
		return ""
	}
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+4; k++ {
		t := &s.toks[k]
		if !t.IsNoun() {
			continue
		}
		if recordNouns.Has(t.Lemma) || recordNouns.Has(t.Lower) {
			return "what is captured is a record, not a person"
		}
		return ""
	}
	return ""
}

var recordNouns = wordset.Of(
	"footage", "image", "video", "photo", "photograph", "picture",
	"recording", "audio", "moment", "scene", "mood", "imagination",
	"attention", "data", "evidence", "likeness",
)

// hasWord: some literal of the pattern is w.
func (p *Pattern) hasWord(w string) bool {
	for i := range p.elems {
		if slices.Contains(p.elems[i].words, w) {
			return true
		}
	}
	return false
}

// controlFromForce decides the 1711 lines of a mine, plant or firm whose
// control is taken "from" its owner ("Niger took control of the Somair
// uranium mine from France's Orano"): taken from troops, police or
// rebels who held it ("Rebels seized control of the mine from government
// troops"), it is ground won in fighting (192), not property confiscated
// (R21). It returns why the line does not match, or "".
func (s *sentence) controlFromForce(p *Pattern, m *Match) string {
	if p.Code != "1711" || !p.hasWord("control") {
		return ""
	}
	for i := range m.Target {
		for _, sec := range m.Target[i].Sectors {
			switch sec {
			case "MIL", "REB", "UAF", "COP", "INS":
				return "what an armed force held is ground, not property"
			}
		}
	}
	return ""
}

// farmModifier decides the 1711 line of farms occupied ("War veterans
// occupied white-owned farms"): a farm word that modifies the next noun
// ("occupied the farm cottages", "the plantation road") names no land
// taken (R21). It returns why the line does not match, or "".
func (s *sentence) farmModifier(p *Pattern, m *Match) string {
	if p.Code != "1711" || s.toks[m.Head].Lemma != "occupy" || !p.hasWord("farmland") {
		return ""
	}
	for k := m.Head + 1; k+1 < len(s.toks) && k <= m.Head+9; k++ {
		switch s.toks[k].Lower {
		case "farms", "farm", "farmland", "plantations", "plantation", "estates", "ranches":
			if s.toks[k+1].IsNoun() {
				return "the farm word modifies another noun"
			}
			return ""
		}
	}
	return ""
}

// responsibleForTask decides the 112 line of a party "responsible for" a
// cyberattack, hack or sabotage ("Britain said Russia was responsible for
// the Salisbury poisoning"): a gerund right after "for" makes it a duty,
// not blame ("said the interior ministry was responsible for
// investigating the cyberattack", "the SBU was responsible for preventing
// sabotage") (R21). It returns why the line does not match, or "".
func (s *sentence) responsibleForTask(p *Pattern, m *Match) string {
	if p.Code != "112" || !p.hasWord("responsible") {
		return ""
	}
	for k := m.Head + 1; k+2 < len(s.toks) && k <= m.Head+14; k++ {
		if s.toks[k].Lower == "responsible" && s.toks[k+1].Lower == "for" {
			if s.toks[k+2].Tag == "VBG" {
				return "responsible for a task, not for an act"
			}
			return ""
		}
	}
	return ""
}

// studioStormer decides the 180 line of a studio, newsroom or
// broadcaster stormed ("Masked gunmen stormed a television studio in
// Guayaquil"): the attack on civilians is gunmen's. A crowd that storms a
// studio riots ("Protesters stormed the studio of state broadcaster RTS",
// left to the protest lines), and police or troops who storm a newsroom
// raid it as a state's force, left to the lines for a state's force
// (R21). It returns why the line does not match, or "".
func (s *sentence) studioStormer(p *Pattern, m *Match) string {
	if p.Code != "180" || s.toks[m.Head].Lemma != "storm" || !p.hasWord("newsroom") || len(m.Source) == 0 {
		return ""
	}
	if civilianSource(m) {
		return "a crowd storming a studio riots"
	}
	for i := range m.Source {
		for _, sec := range m.Source[i].Sectors {
			switch sec {
			case "COP", "MIL", "SPY", "GOV", "JUD":
				return "a state's force storming a studio raids it"
			}
		}
	}
	return ""
}
