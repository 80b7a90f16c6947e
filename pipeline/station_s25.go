package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/internal/wordset"
)

// stationVerbs move or keep a force in a place: "arrived in Port-au-Prince",
// "deployed to Timbuktu", "were stationed in Idlib".
var stationVerbs = wordset.Of(
	"arrive", "land", "deploy", "redeploy", "send", "dispatch", "fly",
	"travel", "enter", "cross", "move", "station", "base", "operate",
	"patrol", "rush", "head", "return", "go", "march", "advance", "push",
)

// entryVerbs (S26) take the place a force goes into as their direct
// object, with no preposition: "entered Baidoa", "reached Goma",
// "invaded Kuwait", "occupied Jenin".
var entryVerbs = wordset.Of("enter", "reach", "invade", "occupy", "reoccupy", "re-enter")

// stationPrep: the preposition that puts a force in or brings it to a
// place after its name or its verb of movement.
func stationPrep(w string) bool {
	switch w {
	case "in", "at", "to", "into", "inside":
		return true
	}
	return false
}

// stationPlace (S25): the state of the place a foreign force is in or has
// come to, for a bare local phrase later in its clause: "Kenyan police
// officers arrived in Port-au-Prince to lead a mission against gangs"
// (the gangs are Haiti's, not Kenya's), "French troops deployed to
// Timbuktu to fight militants".
// The subject's own state, which the story's count gives such a phrase
// otherwise, is the one state the phrase is not of: a force sent abroad
// acts on the people where it went. As the visited scene (Analysis.scene)
// does, a government, army, spies or elite stay out: the visitor's own
// may be meant ("arrived in Kabul with senior officials").
//
// The force must have a state the text names, and the place must be in
// another state; it must follow the force's verb of movement or station
// ("arrived in", "deployed to"), and nothing may close the clause between
// it and the phrase (a reporting verb, "that", a semicolon, what is
// demanded or judged). Gated on a bare phrase with a locative before it; the
// gazetteer is read only then.
func (p *Pipeline) stationPlace(sa *SentenceAnalysis, ph *actor.Phrase) string {
	if len(ph.Sectors) == 0 {
		return ""
	}
	switch ph.Sectors[0] {
	case "GOV", "MIL", "SPY", "ELI":
		return ""
	}
	toks := sa.Sentence.Tokens
	if ph.Start < 3 || ph.Start > len(toks) {
		return ""
	}
	// The nearest locative before the phrase, and the clause between.
	at, direct := -1, false
	for k := ph.Start - 1; k > 0; k-- {
		w := toks[k].Lower
		if clauseEnd(w) || w == "," || contentOpener(w, toks[k-1].Lower, false) {
			return ""
		}
		if toks[k].IsVerb() && venueVerbs.Has(toks[k].Lemma) && !stationVerbs.Has(toks[k].Lemma) {
			return "" // "met in Geneva with the rebels": a venue
		}
		if stationPrep(w) && k+1 < ph.Start && !toks[k+1].IsVerb() {
			at = k
			break
		}
		if k+1 < ph.Start && toks[k].IsVerb() && entryVerbs.Has(toks[k].Lemma) && !toks[k+1].IsVerb() {
			// "Ethiopian troops entered Baidoa and clashed with
			// militants": the verb itself puts the force there (S26).
			at, direct = k, true
			break
		}
	}
	if at < 1 {
		return ""
	}
	// The force: a phrase ending right before the verb of movement there
	// ("arrived", "were deployed", "began deploying"). A force right
	// before the preposition ("Turkish troops in Idlib clashed with
	// rebels") was read too, but probe 4 then fell below its root+dyad
	// floor, so the verb is required.
	v := at - 1
	if direct {
		v = at
	}
	if !toks[v].IsVerb() || !stationVerbs.Has(toks[v].Lemma) && !(direct && entryVerbs.Has(toks[v].Lemma)) {
		return ""
	}
	for v > 0 && (toks[v-1].IsVerb() || toks[v-1].Tag == "RB" || toks[v-1].Tag == "MD" || toks[v-1].Lower == "to") {
		v--
	}
	v--
	if v < 0 {
		return ""
	}
	force := phraseEndingAt(sa, v)
	if force == nil || force.Country == "" || force.Inferred || force.Modifier || force.Foreign || !p.isState(force.Country) {
		return ""
	}
	j := at + 1
	for j < ph.Start && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j++
	}
	if j >= ph.Start || !toks[j].IsProper() || speakerPlace(toks, j) {
		return ""
	}
	c := bareCountryAt(sa, j)
	if c == "" {
		gp, ok := p.Places.(GeoPlacer)
		if !ok || gp.G == nil {
			return ""
		}
		for _, m := range sa.plainMentions(gp.G) {
			if m.Start == toks[j].Start && m.Best != nil && !m.Attributive && (m.Best.Precision == geo.PrecisionCity || m.Best.Precision == geo.PrecisionAdmin1) {
				c = actor.CameoCountry(m.Best.Country)
				break
			}
		}
	}
	if c == "" || c == force.Country || !p.isState(c) {
		return ""
	}
	return c
}

// phraseEndingAt is the phrase of the sentence whose last token is k, or
// nil.
func phraseEndingAt(sa *SentenceAnalysis, k int) *actor.Phrase {
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start > k || g.End <= k {
			continue
		}
		for pi := range g.Phrases {
			if g.Phrases[pi].End == k+1 {
				return &g.Phrases[pi]
			}
		}
	}
	return nil
}
