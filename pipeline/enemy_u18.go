package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// placeNamed: the phrase is a bare state or town named where something
// happens or comes from ("fired 30 rockets from Gaza", "shelled
// positions in Kherson"), not a side that speaks: the phrase has no
// sector and a place preposition stands right before it. Whose "the
// enemy" is follows the side that speaks, so such a place says nothing
// of it (U18): "Israel's army said the enemy had fired rockets from
// Gaza" is not Gaza's enemy, Israel, firing.
func placeNamed(toks []text.Token, o *actor.Phrase) bool {
	if len(o.Sectors) > 0 || o.Start < 1 || o.Start > len(toks) {
		return false
	}
	k := o.Start - 1
	for k > 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k--
	}
	switch toks[k].Lower {
	case "from", "in", "into", "near", "at", "on", "over", "across", "toward", "towards", "inside", "outside", "around", "along", "off":
		return true
	}
	return false
}

// enemyActor: an event's actor is "the enemy" of a communique (a MIL
// phrase with an enemy word) that enemyPhrase left unknown. The place of
// the event does not say whose it is: "The Colombian army said the enemy
// had attacked a patrol in Cauca" is not Colombia's army.
func enemyActor(a *event.Actor) bool {
	if a.Sector != "MIL" || a.Country != "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		if enemyWords[w] {
			return true
		}
	}
	return false
}
