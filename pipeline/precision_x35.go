package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// blownBuilding (X35): a building blown up (1834, "blew up the liaison
// office", "blew up a girls' school") in a sentence that tells of no one
// harmed is property destroyed (1712), as a bridge or a pipeline blown up
// is: CAMEO's 183 is a bombing aimed at people. A sentence that names
// the dead, the wounded or the people in the place ("blew up a crowded
// market", "blew up a bus, killing 12", a suicide bomber) keeps its
// bombing.
func blownBuilding(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEO != "1834" || h < 0 || h >= len(toks) || toks[h].Lemma != "blow" {
		return false
	}
	for k := range toks {
		if harmedWords.Has(toks[k].Lower) || harmedWords.Has(toks[k].Lemma) {
			return false
		}
	}
	return true
}

// harmedWords tell of people hurt or present where a bomb went off.
var harmedWords = wordset.Of(
	"kill", "killing", "killed", "wound", "wounding", "wounded", "injure",
	"injuring", "injured", "dead", "death", "deaths", "die", "died",
	"casualty", "casualties", "victim", "victims", "people", "crowded",
	"packed", "passengers", "worshippers", "students", "pupils",
	"children", "civilians", "suicide", "bomber", "bombers", "himself",
	"herself", "themselves", "massacre", "toll",
)
