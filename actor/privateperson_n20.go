package actor

import (
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// PrivatePersonNouns are nouns for people who hold no office of a state:
// their trade, their art, their sport (and its positions: "striker",
// "captain", "referee"), their standing as private persons, singular and
// plural. The dictionaries give most state roles a sector already
// ("minister", "envoy", "general"), so a role that reaches here is
// private. The actor stage's possessive rule (privatePersons) and the
// verb stage's adjective rule (verb.privatePerson, N19) share it.
var PrivatePersonNouns = wordset.Of(
	"chef", "cook", "actor", "actress", "singer", "rapper", "musician",
	"star", "comedian", "celebrity", "influencer", "blogger", "vlogger",
	"youtuber", "streamer", "athlete", "footballer", "striker",
	"goalkeeper", "midfielder", "player", "cricketer", "batsman", "bowler",
	"boxer", "swimmer", "cyclist", "sprinter", "gymnast", "golfer",
	"skater", "coach", "artist", "painter", "sculptor", "writer", "author",
	"novelist", "poet", "playwright", "filmmaker", "designer",
	"photographer", "architect", "scientist", "researcher", "professor",
	"academic", "scholar", "historian", "student", "teenager", "tourist",
	"billionaire", "tycoon", "businessman", "businesswoman", "entrepreneur",
	"investor", "magnate", "heiress", "socialite", "pianist", "composer",
	"conductor", "dancer", "ballerina", "presenter", "broadcaster",
	"climber", "mountaineer", "explorer", "backpacker", "traveller",
	"traveler", "cartoonist", "comic", "director", "grandmaster", "chefs",
	"singers", "rappers", "comedians", "musicians", "actresses",
	"celebrities", "influencers", "strikers", "goalkeepers", "midfielders",
	"defender", "forward", "winger", "captain", "manager", "cricketers",
	"batsmen", "sprinters", "boxers", "swimmers", "golfers", "skier",
	"skiers", "mountaineers", "painters", "dancers", "pianists",
	"composers", "players", "footballers", "referee", "umpire",
)

// Not "model" or "producer": "the Swedish model's handling of the
// pandemic" is a system, "the Chinese producer's steel" a firm (R20).

// privatePersonEntry stands behind the noun privatePersons adds, so
// explain can say where the sector comes from.
var privatePersonEntry = &Entry{Kind: KindSector, Code: "CVL", Alias: "private person",
	Pos: "actor/privateperson_n20.go (a state's adjective on a private person's possessive)"}

// privatePersons: a state's adjective on a private person's possessive
// ("criticised the Australian chef's remarks", "the Brazilian striker's
// comments") names the person, a civilian of that state, not the state:
// the adjective stops being a modifier that a verb's slot can take for
// the state, and the phrase grows over the noun as a CVL actor (N20).
// Only before "'s": "the Australian chef" with no possessive is left as
// it was. A state role keeps the state, since its noun is an actor of its
// own ("the Australian minister's remarks" AUSGOV).
func privatePersons(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if !ph.Modifier || len(ph.Country) != 3 || len(ph.Sectors) > 0 || len(ph.Parts) != 1 || ph.Parts[0].Entry.Kind != KindCountry {
			continue
		}
		h := ph.End
		if h+1 >= len(toks) || toks[h+1].Tag != "POS" || !PrivatePersonNouns.Has(toks[h].Lower) || toks[h].Tag != "NN" {
			continue
		}
		if i+1 < len(phs) && phs[i+1].Start <= h {
			continue
		}
		ph.Parts = append(ph.Parts, Part{Entry: privatePersonEntry, Start: h, End: h + 1})
		ph.End = h + 1
		ph.Sectors = []string{"CVL"}
		ph.Code = ph.Country + "CVL"
		ph.Modifier = false
	}
}
