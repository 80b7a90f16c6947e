package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// housedForces (S37): an attack on a base, a camp or a facility that
// houses, hosts or is used by a state's troops is aimed at that state:
// "Iran fired more than a dozen ballistic missiles at two Iraqi bases
// housing US troops" IRN→USA (not the host, Iraq, whose adjective stands
// on the bases), "Al-Shabaab militants attacked the Manda Bay military
// base used by US and Kenyan forces" SOM→USA+KEN. The troops are whom the
// strike is meant to hit; the base's place or host is where it falls.
// Only forces count (a military phrase): "facilities used by militia
// groups" names no state's troops, and the host keeps the strike.
func housedForces(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Source) == 0 || head < 0 || ev.Modality.Negated {
		return
	}
	if r := ev.CAMEORoot; r != "18" && r != "19" && r != "20" {
		return
	}
	toks := sa.Sentence.Tokens
	b := -1
	for k := head + 1; k < len(toks) && k <= head+12; k++ {
		if toks[k].Lower == ";" {
			return
		}
		if housingNouns.Has(toks[k].Lower) {
			b = k
			break
		}
	}
	if b < 0 || b+2 >= len(toks) {
		return
	}
	n := b + 1
	switch w := toks[n].Lower; {
	case w == "housing" || w == "hosting":
		n++
	case w == "used" && toks[n+1].Lower == "by":
		n += 2
	case (w == "which" || w == "that") && housingVerbs.Has(toks[n+1].Lower):
		n += 2
	default:
		return
	}
	if n < len(toks) && toks[n].Tag == "DT" {
		n++
	}
	var forces []event.Actor
	military := false
	for n < len(toks) {
		gi := groupAt(sa.Groups, n)
		if gi < 0 {
			break
		}
		g := &sa.Groups[gi]
		for _, ph := range g.Phrases {
			if ph.Country == "" || hasActorCountry(ev.Source, ph.Country) {
				continue
			}
			if militaryPhrase(ph) {
				military = true
			}
			forces = append(forces, toActor(sa.Sentence, ph, ""))
		}
		n = g.End
		if n < len(toks) && troopNouns.Has(toks[n].Lower) {
			military = true // "U.S. troops" whose noun the tagger left out of the phrase
			n++
		}
		if n+1 < len(toks) && (toks[n].Lower == "and" || toks[n].Lower == ",") {
			n++ // "used by US and Kenyan forces"
			continue
		}
		break
	}
	if !military || len(forces) == 0 {
		return
	}
	ev.Target = forces
}

// militaryPhrase: an actor phrase of a state's armed forces.
func militaryPhrase(ph actor.Phrase) bool {
	for _, s := range ph.Sectors {
		if s == "MIL" {
			return true
		}
	}
	return false
}

// housingNouns: places troops are stationed at.
var housingNouns = wordset.Of("base", "bases", "airbase", "airbases", "camp", "camps", "facility", "facilities", "garrison", "outpost", "outposts")

// troopNouns: the forces a base houses, after a state's name.
var troopNouns = wordset.Of("troops", "forces", "soldiers", "personnel", "marines", "servicemen")

// housingVerbs: "a base which houses / hosts ... troops".
var housingVerbs = wordset.Of("house", "houses", "housed", "host", "hosts", "hosted")
