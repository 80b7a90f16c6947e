package geo

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// personCue reports that the proper-noun span [i, j) is told of as a
// person, not a place: its possessive owns a relative or a lawyer
// ("Castillo's wife", "Khan's lawyers"), or it is what an act done only
// to people is done to ("demanding the release of Castillo", "the arrest
// of Imran"), and no plural noun after it makes it a modifier ("the
// release of Gaza hostages"); a singular one may be a verb the tagger
// misread ("the release of Castillo spread"). A place has no wife and is not
// released or put on trial, so a village of the surname abroad (El
// Castillo in Colombia or Mexico) is no reading of it (G35). Spans a
// country, a region or a first-level division can be are left alone:
// "Iran's children", "the release of Gaza's hostages" name a people.
func (g *Gazetteer) personCue(s *text.Sentence, i, j int) bool {
	toks := s.Tokens
	owns := j+1 < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") && personalNouns.Has(lower(toks[j+1]))
	object := i >= 2 && lower(toks[i-1]) == "of" && personActs.Has(lower(toks[i-2])) &&
		(j == len(toks) || !plural(toks[j]) && toks[j].Text != "'s" && toks[j].Text != "’s")
	if !owns && !object {
		return false
	}
	for _, c := range g.lookup(s.Text[toks[i].Start:toks[j-1].End], false) {
		if c.kind != "place" || c.p.Population >= 100000 || c.p.Feature == "PPLC" {
			return false // "Mumbai's children", "the release of Kabul" (a city of its own)
		}
	}
	return true
}

// personalNouns are the relatives and the counsel a person has and a
// place has not.
var personalNouns = wordset.Of(
	"wife", "husband", "widow", "widower", "son", "sons", "daughter", "daughters",
	"mother", "father", "brother", "brothers", "sister", "sisters", "parents",
	"fiancee", "fiancée", "girlfriend", "boyfriend", "lawyer", "lawyers",
	"attorney", "attorneys",
	// G36: "Mexico granted asylum to Castillo's family".
	"family", "relatives", "spouse", "nephew", "niece", "cousin", "grandson", "granddaughter",
)

// personActs are acts done only to people, whose "of" names the person:
// places are seized, besieged or liberated, never released or tried.
var personActs = wordset.Of(
	"release", "arrest", "detention", "extradition", "impeachment", "ouster",
	"assassination", "trial", "pardon", "acquittal", "conviction", "sentencing",
	"imprisonment", "jailing", "kidnapping", "abduction", "resignation",
)

// plural: a plural common noun, the people a place name modifies.
func plural(t text.Token) bool { return t.Tag == "NNS" }
