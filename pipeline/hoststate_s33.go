package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// strikeSiteNouns name what a strike on an armed group's ground hits:
// its sites or its fighters as a body, never one named person.
var strikeSiteNouns = wordset.Of(
	"targets", "hideouts", "hideout", "positions", "camps", "camp", "bases",
	"strongholds", "facilities", "fighters", "operatives", "militants",
)

// strikePersonNouns are the strikeSiteNouns that name men, not places.
var strikePersonNouns = wordset.Of("fighters", "operatives", "militants")

// hostStateTarget (S33): a state's strike on the sites or fighters of a
// non-state armed group inside another state ("Egyptian jets bombed
// Islamic State targets in Libya", "Pakistani jets bombed hideouts of
// the Pakistani Taliban inside Afghanistan", "air strikes against Islamic
// State fighters in the Golis Mountains of Puntland") is force used on
// that state's territory, and the complete-listing sets code its target
// as that state (LBY, AFG, SOM), as they do "Houthi targets in Yemen". A
// named person killed stays the group's ("a drone strike killed Maher
// al-Agal, a leader of Islamic State"); a strike on one's own ground
// ("hideouts in North Waziristan") and on two states at once ("PKK
// targets in Iraq and Syria") keep what they have.
func (p *Pipeline) hostStateTarget(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEORoot != "19" || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	src := ev.Source[0].Country
	if src == "" || !p.isState(src) {
		return
	}
	for _, a := range ev.Target {
		if a.Start < 0 || a.End > len(ev.Sentence) || !(strings.HasPrefix(a.Code, "IMG") || armedSector(a.Sector) || a.Sector == "CRM") {
			return
		}
	}
	toks := sa.Sentence.Tokens
	ts := tokenAt(toks, ev.Target[0].Start)
	te := tokenAt(toks, ev.Target[len(ev.Target)-1].End)
	if ts >= len(toks) || te > len(toks) {
		return
	}
	// Sites, or for a group of no state its fighters as a body. A
	// group the striking state's own ("PKK militants in northern Iraq")
	// is that state's rebels wherever its men are hit; only its sites on
	// another's ground are that ground.
	stateless := true
	for _, a := range ev.Target {
		if !strings.HasPrefix(a.Code, "IMG") {
			stateless = false
		}
	}
	site := false
	for k := ts - 3; k <= te && k < len(toks); k++ {
		if k >= 0 && strikeSiteNouns.Has(toks[k].Lower) && (stateless || !strikePersonNouns.Has(toks[k].Lower)) {
			site = true
		}
	}
	if !site {
		return
	}
	// The place: "in", "inside" or "across" after the target, in its
	// clause.
	in := -1
	for k := te; k < len(toks) && k < te+4; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || toks[k].IsVerb() {
			return
		}
		if w == "in" || w == "inside" || w == "across" {
			in = k
			break
		}
	}
	if in < 0 {
		return
	}
	var host event.Actor
	for k := in + 1; k < len(toks) && k <= in+6; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || toks[k].IsVerb() || toks[k].Tag == "IN" && w != "of" {
			break // "in a raid near the Afghan border": another place phrase
		}
		gi := groupIn(sa, k, k+1)
		if gi < 0 {
			continue
		}
		ps := sa.Groups[gi].Phrases
		if len(ps) != 1 || ps[0].Country == "" || len(ps[0].Sectors) > 0 {
			return // two states, or an actor rather than a place
		}
		if e := sa.Groups[gi].End; e+1 < len(toks) && (toks[e].Lower == "and" || toks[e].Lower == "or") && groupIn(sa, e+1, e+2) >= 0 {
			return // "in Iraq and Syria"
		}
		host = toActor(sa.Sentence, ps[0], "")
		break
	}
	if l := ev.Location; host.Country == "" && l != nil && l.Country != "" && l.Start >= toks[in].End {
		switch l.Precision {
		case "country", "admin1", "city":
			c := actor.CameoCountry(l.Country)
			host = event.Actor{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: c, Country: c, Start: l.Start, End: l.End}
		}
	}
	if host.Country == "" || host.Country == src || !p.isState(host.Country) {
		return
	}
	for _, a := range ev.Target {
		if a.Country == host.Country {
			return
		}
	}
	ev.Target = []event.Actor{host}
}
