package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
)

// pakistanTaliban reads a bare "Taliban" acting in Pakistan as Pakistan's
// Taliban (PAKREB), not Afghanistan's. Wire copy calls the Tehrik-e-Taliban
// Pakistan and its factions just "the Taliban" once its scene is Pakistani
// ("Taliban gunmen stormed a school in Peshawar", "troops battled Taliban
// fighters in the Swat valley"); the dictionary's "Taliban" is the Afghan
// movement. Only a phrase whose sole country is that bare name changes
// ("Afghan Taliban" and "Afghanistan's Taliban" keep theirs), only while
// the name is a rebel group's (the movement that rules Afghanistan since
// 2021 is AFGGOV and stays so), and only when its clause's place is in
// Pakistan (or, with no place the gazetteer knows, Pakistan's forces are
// the sentence's other side) and the sentence names nothing Afghan.
// The story's focus moves with the phrase, so that the bare sectors the
// story fills later ("children", "the army") are not Afghanistan's.
func (p *Pipeline) pakistanTaliban(a *Analysis) {
	for i := range a.Sentences {
		if sa := &a.Sentences[i]; sa.Discarded == "" {
			p.pakistanTalibanIn(a, sa)
		}
	}
}

func (p *Pipeline) pakistanTalibanIn(a *Analysis, sa *SentenceAnalysis) {
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Country != "AFG" || !bareTaliban(ph) || heldTaliban(ph) {
				continue
			}
			if namesAfghan(sa) {
				return
			}
			c := p.placeAfter(sa, ph)
			if c == "" {
				c = p.clausePlace(sa, ph)
			}
			if c == "" && pakistanForces(sa) {
				// "Pakistani troops battled Taliban fighters in the Swat
				// valley", a valley the gazetteer does not know: before
				// 2021 the Taliban that Pakistan's forces fight at home
				// are its own.
				c = "PAK"
			}
			if c == "PAK" {
				ph.Country = "PAK"
				ph.Code = "PAK" + strings.Join(ph.Sectors, "")
				if a.Focus["AFG"] > 0 {
					a.Focus["AFG"]--
					a.Focus["PAK"]++
				}
			}
		}
	}
}

// bareTaliban: the phrase's only part with a country is the name
// "Taliban" itself.
func bareTaliban(ph *actor.Phrase) bool {
	found := false
	for _, pt := range ph.Parts {
		a := strings.ToLower(pt.Entry.Alias)
		if (a == "taliban" || a == "taleban") && pt.Entry.Code == "AFGREB" {
			found = true
			continue
		}
		if pt.Entry.Kind != actor.KindSector {
			return false
		}
	}
	return found
}

// heldTaliban: "Taliban prisoners arrested in Quetta" are the Afghan
// movement's men held in Pakistan, not its own Taliban.
func heldTaliban(ph *actor.Phrase) bool {
	last := strings.ToLower(ph.Parts[len(ph.Parts)-1].Entry.Alias)
	switch last {
	case "prisoners", "prisoner", "detainees", "refugees", "envoys", "delegation", "delegates", "officials", "government", "leaders":
		return true
	}
	return false
}

// namesAfghan: any actor of Afghanistan other than a bare Taliban, or an
// Afghan place, makes the Taliban of the sentence Afghanistan's.
func namesAfghan(sa *SentenceAnalysis) bool {
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Country == "AFG" && !bareTaliban(ph) {
				return true
			}
		}
	}
	for _, t := range sa.Sentence.Tokens {
		if strings.HasPrefix(t.Lower, "afghan") || t.Lower == "kabul" || t.Lower == "kandahar" {
			return true
		}
	}
	return false
}

// pakistanForces: the sentence names Pakistan's army, police or
// intelligence.
func pakistanForces(sa *SentenceAnalysis) bool {
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Country != "PAK" || len(ph.Sectors) == 0 {
				continue
			}
			switch ph.Sectors[0] {
			case "MIL", "COP", "SPY":
				return true
			}
		}
	}
	return false
}
