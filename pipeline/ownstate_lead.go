package pipeline

import (
	"slices"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// ownStateHead: the nouns that, after "his", "her" or "their", name the
// state of the pronoun's referent ("Russia was trying to intimidate his
// country", "accused Israel of attacking their country's nuclear sites",
// "the sanctions imposed on her government").
func ownStateHead(w string) (sector string, ok bool) {
	switch w {
	case "country", "countries", "nation", "homeland":
		return "", true
	case "government":
		return "GOV", true
	}
	return "", false
}

// ownState makes "his country", "her government", "their country" an
// actor: the state of the person (for "his", "her") or the people (for
// "their") the sentence named last before the pronoun. A politician
// speaking of "my country" to a reporter is told as "his country", so
// without this the state a statement, an accusation or an attack is
// about is lost ("Poland's president said Russia was trying to
// intimidate his country", "The Cuban foreign minister condemned the
// embargo against his country"). The referent must be in the sentence:
// a story's "he" may be anyone. "its" is left alone: its referent is as
// often a body, a firm or a city as a state.
func (p *Pipeline) ownState(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Lower
		if w != "his" && w != "her" && w != "their" && w != "my" && w != "our" {
			continue
		}
		h := k + 1
		if toks[h].Lower == "own" && h+1 < len(toks) {
			h++
		}
		sec, ok := ownStateHead(toks[h].Lower)
		if !ok || w != "their" && toks[h].Lower == "countries" {
			continue
		}
		if h+1 < len(toks) && (toks[h+1].Tag == "NN" || toks[h+1].Tag == "NNS") {
			continue // "his country house", "their government bonds": a thing
		}
		if h+1 < len(toks) && (toks[h+1].Tag == "MD" || toks[h+1].IsVerb()) {
			// "said his country would not allow ...": the speaker's own
			// state as the subject of what the speaker says adds nothing
			// the speaker's phrase does not, and as the first actor after
			// the verb of saying it would pose as the statement's target.
			continue
		}
		gi := slices.IndexFunc(sa.Groups, func(g actor.Group) bool { return g.End > k })
		if gi < 0 {
			gi = len(sa.Groups)
		} else if sa.Groups[gi].Start <= h {
			continue // the words are part of an actor already
		}
		var c string
		if w == "my" || w == "our" {
			c = quotedSpeakerState(sa, k)
		} else {
			c = p.ownStateReferent(sa, k, w == "their")
		}
		if c == "" {
			continue
		}
		// The entry stands behind the phrase so explain can say where it
		// comes from; it is never looked up. One per phrase (these are
		// rare), so no package-level value is shared across stories.
		e := &actor.Entry{Kind: actor.KindSector, Code: "-", Alias: "his/her/their country",
			Pos: "pipeline/ownstate_lead.go (a state named by a possessive pronoun)"}
		ph := actor.Phrase{Start: k, End: h + 1, Parts: []actor.Part{{Entry: e, Start: h, End: h + 1}},
			Country: c, Code: c, Inferred: true}
		if sec != "" {
			ph.Sectors, ph.Code = []string{sec}, c+sec
		}
		sa.Groups = slices.Insert(sa.Groups, gi, actor.Group{Phrases: []actor.Phrase{ph}, Start: k, End: h + 1})
		k = h
	}
}

// ownStateReferent is the state of the pronoun's referent: the last
// phrase before it that names one person (for "his", "her") or people
// (for "their": a plural head, "Iranian officials", "Syrian refugees"),
// when that phrase's country is a state the text gave. A referent of two
// states ("Armenia and Azerbaijan said their ...") gives none.
func (p *Pipeline) ownStateReferent(sa *SentenceAnalysis, k int, plural bool) string {
	toks := sa.Sentence.Tokens
	// Not the subject of the pronoun's own clause: in "Lebanese officials
	// said Israeli jets had violated their country's airspace" the jets
	// are the violators, not the owners.
	subj := subjectGroupEnding(sa.Groups, clauseSubjectEnd(toks, k))
	for gi := len(sa.Groups) - 1; gi >= 0; gi-- {
		g := &sa.Groups[gi]
		if g.End > k || g == subj {
			continue
		}
		if plural && len(g.Phrases) > 1 {
			return ""
		}
		ph := &g.Phrases[len(g.Phrases)-1]
		if ph.Country == "" || ph.Inferred || ph.Modifier || ph.Foreign || !p.isState(ph.Country) {
			continue
		}
		if plural {
			if !pluralHead(toks, ph) {
				continue
			}
		} else if !personPhrase(toks, ph) {
			continue
		}
		return ph.Country
	}
	return ""
}

// pluralHead: the phrase's head is a plural noun or a plural demonym.
func pluralHead(toks []text.Token, ph *actor.Phrase) bool {
	if ph.End < 1 || ph.End > len(toks) {
		return false
	}
	if toks[ph.End-1].Tag == "NNS" || toks[ph.End-1].Tag == "NNPS" {
		return true
	}
	e := ph.Parts[len(ph.Parts)-1].Entry
	return e != nil && e.Plural
}

// pairedDomestic gives a bare opposition or rebel phrase coordinated with
// one state's government or armed forces that state's country:
// "Venezuela's government and the opposition, meeting in Mexico City
// under Norwegian mediation, signed ...", "Myanmar's military and the
// rebels agreed to a truce". An opposition or an insurgency is named by
// the government it opposes or fights, so the pair says whose it is even
// when the sentence names other states, which leaves the story-level
// fill no single country to give. A bare state ("Russia and the rebels")
// says nothing of the kind: foreign backers pair with rebels too.
func pairedDomestic(sa *SentenceAnalysis) {
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if len(g.Phrases) < 2 {
			continue
		}
		c := ""
		for pi := range g.Phrases {
			ph := &g.Phrases[pi]
			if ph.Country == "" || ph.Inferred || len(ph.Sectors) == 0 {
				continue
			}
			if s := ph.Sectors[0]; s != "GOV" && s != "MIL" {
				continue
			}
			if c != "" && c != ph.Country {
				c = ""
				break
			}
			c = ph.Country
		}
		if c == "" {
			continue
		}
		toks := sa.Sentence.Tokens
		for pi := range g.Phrases {
			ph := &g.Phrases[pi]
			if !ph.NeedsCountry() || ph.Sectors[0] != "OPP" && ph.Sectors[0] != "REB" {
				continue
			}
			if ph.End < len(toks) {
				switch toks[ph.End].Lower {
				case "it", "they", "that", "who", "which", "backed", "allied", "loyal", "supported", "armed":
					continue // "Turkey's army and the rebels it backs": its proxies, someone else's rebels
				}
			}
			ph.SetCountry(c)
		}
	}
}

// quotedSpeakerState: for "my" or "our" at k inside a quotation, the state
// of the speaker the quotation is attributed to, as a state the text
// gives: "'Russia wants to destroy my country,' Zelensky told the
// summit", "The Armenian prime minister said: 'Azerbaijan has attacked our
// country.'" A quotation with no attribution next to it gives none.
func quotedSpeakerState(sa *SentenceAnalysis, k int) string {
	toks := sa.Sentence.Tokens
	open, end := -1, -1
	for j := k - 1; j >= 0; j-- {
		if quoteToken(toks[j].Lower) {
			open = j
			break
		}
	}
	for j := k + 1; j < len(toks); j++ {
		if quoteToken(toks[j].Lower) {
			end = j
			break
		}
	}
	if open < 0 || end < 0 {
		return ""
	}
	var speaker *actor.Group
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start <= end || g.Start > end+3 {
			continue
		}
		// '..., "' X said' or '..., "' said X'
		if g.End < len(toks) && quoteSaying(&toks[g.End]) || quoteSaying(&toks[g.Start-1]) {
			speaker = g
		}
		break
	}
	if speaker == nil && open >= 2 {
		// 'X said: "..."', 'X told reporters: "..."'
		for gi := len(sa.Groups) - 1; gi >= 0; gi-- {
			g := &sa.Groups[gi]
			if g.End > open || g.End < open-5 {
				continue
			}
			for j := g.End; j < open; j++ {
				if quoteSaying(&toks[j]) {
					speaker = g
					break
				}
			}
			break
		}
	}
	if speaker == nil || len(speaker.Phrases) != 1 {
		return ""
	}
	ph := &speaker.Phrases[0]
	if ph.Country == "" || ph.Inferred || ph.Modifier || ph.Foreign {
		return ""
	}
	return ph.Country
}

// quoteToken: a quotation mark as the tokenizer writes it.
func quoteToken(w string) bool {
	switch w {
	case "\"", "''", "``", "\u201c", "\u201d":
		return true
	}
	return false
}

// quoteSaying: a verb that attributes a quotation.
func quoteSaying(t *text.Token) bool {
	if !t.IsVerb() {
		return false
	}
	switch t.Lemma {
	case "say", "tell", "add", "write", "declare", "insist", "warn", "state", "post", "tweet":
		return true
	}
	return false
}
