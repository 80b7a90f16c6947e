package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// retreatOpponent gives a military retreat or surrender (0874) that
// found only its own bare state as target, from the place it left
// ("Ukraine withdrew its troops from Avdiivka") or its own troops, the
// side it gave way to: the first other state, state organ or
// transnational armed movement the sentence names as an actor ("When
// Islamic State fighters overran Mosul, Iraqi army units abandoned their
// positions" IRQ→IMG, "Russia's Defence Ministry said the Ukrainian
// fighters in Azovstal had surrendered" UKR→RUS, "recall its ambassador
// from Niger and withdraw its troops" FRA→NER), else, when the sentence
// says the force was pressed ("to avoid encirclement", "under assault"),
// its standing opponent in a listed two-sided war (enemyOfSide). No
// force retreats from itself; CAMEO codes a retreat against the one
// retreated from. A retreat with neither (troops withdrawn "to rest")
// keeps its target; so does a surrender to one's own state's army.
func retreatOpponent(ev *event.Event, sa *SentenceAnalysis, date string) {
	if ev.CAMEO != "0874" || len(ev.Source) == 0 || len(ev.Target) != 1 || ev.Modality.Negated {
		return
	}
	c := ev.Source[0].Country
	if t := ev.Target[0]; c == "" || t.Country != c || t.Sector != "" {
		return
	}
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Inferred || ph.Modifier || ph.Start < sa.dateline || placeNamed(toks, ph) || len(ph.Sectors) > 0 && nonStateArmed(ph.Sectors[0]) {
				// (a dateline's city, a place, a local armed group: no
				// side a state's army gives way to by name)
				continue
			}
			if ph.Country != "" && ph.Country != c || ph.Country == "" && strings.HasPrefix(ph.Code, "IMG") {
				ev.Target = []event.Actor{toActor(sa.Sentence, *ph, "")}
				return
			}
		}
	}
	if !pressed(toks) {
		return
	}
	if e := enemyOfSide(c, date); e != "" {
		ev.Target = []event.Actor{{Text: e, Code: e, Country: e, Start: -1, End: -1}}
	}
}

// pressed: the sentence tells of a force under an enemy's pressure.
func pressed(toks []text.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "encirclement", "encircled", "encircle", "surrounded", "assault", "assaults", "offensive", "onslaught", "pressure", "advance", "advancing", "attack", "attacks", "shelling", "siege":
			return true
		}
	}
	return false
}
