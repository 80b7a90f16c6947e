package pipeline

import (
	"slices"

	"github.com/parley-events/parley/actor"
)

// ownForceNouns: the words by which a belligerent's communique names its
// own armed forces after "our", "its" or "their" ("our units liquidated
// 300 occupiers", "its troops repelled four attacks").
var ownForceNouns = map[string]bool{
	"units": true, "unit": true, "forces": true, "troops": true, "soldiers": true,
	"servicemen": true, "defenders": true, "fighters": true, "army": true,
	"military": true, "artillery": true, "aviation": true, "navy": true,
	"gunners": true, "paratroopers": true, "marines": true, "brigades": true,
	"brigade": true, "formations": true, "defences": true, "defenses": true,
	"warplanes": true, "jets": true, "drones": true,
}

// ownForces gives "our units", "our forces", "its troops" the state of the
// side that speaks (U18). A communique quoted or reported in the first
// person names its own forces as "our": they are the speaker's, the state
// of the speaker the quotation is attributed to, or of the subject of the
// verb of saying before them ("the General Staff said our troops
// repelled 45 attacks"). "its" and "their" are the forces of the state
// the sentence named last before them ("Russia's defence ministry said
// its units had destroyed a depot"). Without an armed noun ("our
// companies", "its units" with no speaker of a state) nothing changes;
// forces a word of the sentence gave a state keep it ("our Ukrainian
// units"); a state only guessed from the story gives way. A bare
// "units" is no actor on its own, so the phrase is made here, MIL.
func (p *Pipeline) ownForces(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for k := 0; k+1 < len(toks); k++ {
		w := toks[k].Lower
		if w != "our" && w != "its" && w != "their" {
			continue
		}
		h := k + 1
		for h < len(toks) && h <= k+3 && (toks[h].Tag == "JJ" || toks[h].Lower == "air" || toks[h].Lower == "ground" || toks[h].Lower == "special" || toks[h].Lower == "border") && !ownForceNouns[toks[h].Lower] {
			h++
		}
		if h >= len(toks) || !ownForceNouns[toks[h].Lower] || toks[h].Tag != "NN" && toks[h].Tag != "NNS" && toks[h].Tag != "NNP" && toks[h].Tag != "NNPS" {
			continue
		}
		if h+1 < len(toks) && (toks[h+1].Tag == "NN" || toks[h+1].Tag == "NNS") {
			continue // "our army base", "its military budget": a thing
		}
		if w != "our" && toks[k+1].Lower == "own" {
			if gi := groupAt(sa.Groups, h); gi >= 0 && len(sa.Groups[gi].Phrases) == 1 && sa.Groups[gi].Phrases[0].Country != "" {
				// "shelled Ukrainian positions, killing two of its own
				// soldiers": "own" binds to the clause's subject, which
				// the actor stage read (actor/ownsubject_n19.go); the
				// state named last is the object's (N19).
				k = h
				continue
			}
		}
		var c string
		armed := false // an armed command of no given state owns "its" units
		if w == "our" {
			c = quotedSpeakerState(sa, k)
			if c == "" {
				c = p.reportingSpeakerState(sa, k)
			}
			if c == "" {
				c = p.trailingSpeakerState(sa, k)
			}
		} else {
			c = p.lastStateBefore(sa, k)
			if c == "" && w == "its" {
				c, armed = armedSpeakerBefore(sa, k)
			}
		}
		if c == "" && !armed {
			continue
		}
		gi := slices.IndexFunc(sa.Groups, func(g actor.Group) bool { return g.End > k })
		if gi >= 0 && sa.Groups[gi].Start <= h {
			g := &sa.Groups[gi]
			if len(g.Phrases) != 1 {
				continue
			}
			ph := &g.Phrases[0]
			if c != "" && ph.End == h+1 && (ph.Country == "" || ph.Inferred) && !ph.Foreign && len(ph.Sectors) == 1 && ph.Sectors[0] == "MIL" {
				ph.SetCountry(c)
			}
			k = h
			continue
		}
		if gi < 0 {
			gi = len(sa.Groups)
		}
		e := &actor.Entry{Kind: actor.KindSector, Code: "-", Alias: "our/its units",
			Pos: "pipeline/ourforces_u18.go (a side's own forces named by a possessive)"}
		code := c + "MIL"
		if c == "" {
			code = "---MIL" // filled later from the story, as the command is
		}
		ph := actor.Phrase{Start: k + 1, End: h + 1, Parts: []actor.Part{{Entry: e, Start: h, End: h + 1}},
			Country: c, Code: code, Sectors: []string{"MIL"}, Inferred: c != ""}
		sa.Groups = slices.Insert(sa.Groups, gi, actor.Group{Phrases: []actor.Phrase{ph}, Start: k + 1, End: h + 1})
		k = h
	}
}

// reportingSpeakerState: the state of the subject of the verb of saying
// that "our" at k reports ("Ukraine's General Staff said our troops"):
// the last group before k, a state's phrase the text gave, with a verb
// of saying between it and k and no other group.
func (p *Pipeline) reportingSpeakerState(sa *SentenceAnalysis, k int) string {
	toks := sa.Sentence.Tokens
	for gi := len(sa.Groups) - 1; gi >= 0; gi-- {
		g := &sa.Groups[gi]
		if g.End > k {
			continue
		}
		said := false
		for j := g.End; j < k; j++ {
			if quoteSaying(&toks[j]) {
				said = true
			}
		}
		if !said {
			return ""
		}
		return p.givenState(g)
	}
	return ""
}

// lastStateBefore: the state of the last group before k, when it is one
// phrase of a state the text gave ("Azerbaijan's defence ministry said
// its units"); "" when that group is anything else.
func (p *Pipeline) lastStateBefore(sa *SentenceAnalysis, k int) string {
	for gi := len(sa.Groups) - 1; gi >= 0; gi-- {
		g := &sa.Groups[gi]
		if g.End > k {
			continue
		}
		return p.givenState(g)
	}
	return ""
}

// trailingSpeakerState: the state of the speaker a report is attributed
// to after it, with no quotation marks, as wires print communiques ("Our
// units liquidated 1,460 occupiers over the past day, Ukraine's General
// Staff said"): the first group after a comma that follows k, with a
// verb of saying right after it or right before it, a state's phrase
// the text gave.
func (p *Pipeline) trailingSpeakerState(sa *SentenceAnalysis, k int) string {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start <= k {
			continue
		}
		j := g.Start - 1
		for j > k && toks[j].Tag == "DT" {
			j--
		}
		comma := toks[j].Lower == ","
		before := j > k && quoteSaying(&toks[j]) && toks[j-1].Lower == ","
		after := g.End < len(toks) && quoteSaying(&toks[g.End])
		if !(comma && after || before) {
			continue
		}
		return p.givenState(g)
	}
	return ""
}

// givenState: the state of a group that is one phrase of a state the text
// gave (not inferred, not a modifier, not foreign), or "".
func (p *Pipeline) givenState(g *actor.Group) string {
	if len(g.Phrases) != 1 {
		return ""
	}
	ph := &g.Phrases[0]
	if ph.Country == "" || ph.Inferred || ph.Modifier || ph.Foreign || !p.isState(ph.Country) {
		return ""
	}
	return ph.Country
}
