package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// enemyWords head the phrases by which a belligerent's communique names
// the other side ("the enemy launched 39 assaults", "our units destroyed
// enemy positions", "liquidated 1,460 occupiers"). The actor stage reads
// them as bare armed phrases (sectors.txt); whose they are is not the
// story's own state, as for any other bare sector, but its opponent.
var enemyWords = map[string]bool{
	"enemy": true, "occupier": true, "occupiers": true, "invader": true, "invaders": true,
}

// belligerent is one side's standing opponent in a war between two
// states, over the dates it was fought: what that side's statements mean
// by "the enemy". Only wars with one opponent on each side are listed; a
// state at war with several parties at once (Israel with Hamas, Hezbollah
// and Iran) has no entry, and its "enemy" stays unknown.
type belligerent struct {
	side, enemy, from, to string // to "" while the war goes on
}

var belligerents = []belligerent{
	{"UKR", "RUS", "2014-02-20", ""},
	{"RUS", "UKR", "2014-02-20", ""},
	{"ARM", "AZE", "1988-02-20", "2025-08-08"},
	{"AZE", "ARM", "1988-02-20", "2025-08-08"},
	{"IND", "PAK", "1947-08-15", ""},
	{"PAK", "IND", "1947-08-15", ""},
	{"ETH", "ERI", "1998-05-06", "2000-12-12"},
	{"ERI", "ETH", "1998-05-06", "2000-12-12"},
	{"IRN", "IRQ", "1980-09-22", "1988-08-20"},
	{"IRQ", "IRN", "1980-09-22", "1988-08-20"},
	// Palestinian factions' and Lebanon's (Hezbollah's) "enemy" is Israel.
	{"PSE", "ISR", "1948-05-14", ""},
	{"LBN", "ISR", "1982-06-06", ""},
	{"KOR", "PRK", "1950-06-25", ""},
}

// enemyNamed: the phrase is the enemy, whole ("the occupiers") or as the
// word before its armed noun ("enemy troops").
func enemyNamed(toks []text.Token) bool {
	for _, t := range toks {
		if enemyWords[t.Lower] {
			return true
		}
	}
	return false
}

// enemyOfSide gives the opponent of side at date ("" when side is at no
// listed war then). An undated story counts only wars still going on.
func enemyOfSide(side, date string) string {
	for _, b := range belligerents {
		if b.side != side {
			continue
		}
		if date == "" && b.to == "" || date != "" && date >= b.from && (b.to == "" || date <= b.to) {
			return b.enemy
		}
	}
	return ""
}

// enemyPhrase fills a bare "enemy" phrase of sentence i with the opponent
// of the one side the sentence (or, naming none, the story) speaks for,
// and reports whether it dealt with the phrase. The side is the listed
// belligerent among the sentence's actors with a country of their own;
// two of them ("Russia said Ukraine's enemy ...") or none at war leave
// the phrase unknown, and it is marked foreign so that it never takes
// the story's own state, which is the one thing it is certainly not.
func (p *Pipeline) enemyPhrase(a *Analysis, i int, ph *actor.Phrase) bool {
	toks := a.Sentences[i].Sentence.Tokens
	if !ph.NeedsCountry() || !enemyNamed(toks[ph.Start:ph.End]) && !occupationNamed(toks, ph) {
		return false
	}
	if siteTaker(a.Sentences[i].Sentence.Tokens, ph) {
		// Squatters, sit-in protesters or pitch invaders are people,
		// of the place like any others (R18).
		ph.Sectors = []string{"CVL"}
		ph.Code = "---CVL"
		return false
	}
	date := a.Story.Date
	side := ""
	sa := &a.Sentences[i]
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o == ph || o.Country == "" || o.Inferred || enemyOfSide(o.Country, date) == "" || placeNamed(a.Sentences[i].Sentence.Tokens, o) {
				continue
			}
			if side != "" && side != o.Country {
				ph.Foreign = true
				return true
			}
			side = o.Country
		}
	}
	if side == "" {
		if f := focusCountry(a.Focus); enemyOfSide(f, date) != "" {
			side = f
		}
	}
	if e := enemyOfSide(side, date); e != "" {
		ph.SetCountry(e)
		return true
	}
	ph.Foreign = true
	return true
}

// siteTaker: "occupiers" or "invaders" of a building, a site or a field
// ("the occupiers of the factory", "the occupiers of a temple", "pitch
// invaders", "home invaders") are people who took a place, not a
// belligerent's enemy: a common noun names what they took, before the
// word or after its "of". "The occupiers of Crimea" (a name) and a bare
// "the occupiers" stay the enemy.
func siteTaker(toks []text.Token, ph *actor.Phrase) bool {
	k := ph.End - 1
	if k < 0 || k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "occupier", "occupiers", "invader", "invaders":
	default:
		return false
	}
	if k > ph.Start && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") {
		return true // "pitch invaders", "land occupiers"
	}
	if k > 0 && k == ph.Start && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") {
		return true
	}
	j := ph.End
	if j >= len(toks) || toks[j].Lower != "of" {
		return false
	}
	for j++; j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD"); j++ {
	}
	return j < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS")
}
