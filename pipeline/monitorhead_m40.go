package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// monitorHead finds a media-monitoring head that opens a story's first
// sentence: "Text of report by Iranian news agency IRNA:", "Excerpt from
// report by Turkish Anadolu news agency:", or an outlet's name and a colon
// ("KCNA:", "Radio Pakistan:", "Vietnam News Agency:"). It returns the
// index of the head's colon and the state the outlet reports from, or -1
// and "". The head is the channel the story came through, as a wire
// dateline is ("ISLAMABAD (Reuters) -"): it names no actor, and the bare
// organs of the story ("The Foreign Ministry demanded ...", "The
// government said ...") are, when nothing in the text says otherwise,
// those of the state the outlet reports from, since a national agency's
// or broadcaster's beat is its own state. The outlet's state is told by
// the head's nationality word first ("Turkish NTV": the word the monitor
// added says which NTV), else by the outlet's own entry ("IRNA" IRN). A
// label of a state ("Niger:") or of a body ("Turkish Defence Ministry:")
// is no outlet's head: the first sets a scene (labelCountry), the second
// is a speaker.
func (p *Pipeline) monitorHead(sa *SentenceAnalysis) (int, string) {
	toks := sa.Sentence.Tokens
	colon := -1
	for k := 1; k < len(toks) && k <= 14; k++ {
		if toks[k].Text == ":" {
			colon = k
			break
		}
		if toks[k].IsVerb() && !(toks[k].Tag == "VBN" && toks[k].Lower == "based") {
			// a clause before the colon is a statement, not a head
			// ("The minister said: ...")
			return -1, ""
		}
	}
	if colon < 0 || colon+3 >= len(toks) {
		return -1, ""
	}
	report := monitorOpener(toks)
	outlet, adj := "", ""
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.End > colon {
				continue
			}
			isOutlet := len(ph.Sectors) > 0 && ph.Sectors[len(ph.Sectors)-1] == "MED"
			if !isOutlet && !report && !(len(ph.Sectors) == 0 && len(ph.Parts) == 1 && ph.Parts[0].Entry.Kind == actor.KindCountry && ph.End < colon) {
				// a body or a person before the colon: a speaker's label
				return -1, ""
			}
			if isOutlet && outlet == "" {
				outlet = ph.Country
			}
			for _, pt := range ph.Parts {
				if adj == "" && pt.Entry != nil && pt.Entry.Kind == actor.KindCountry && !pt.Entry.Metonym {
					adj = pt.Entry.Code
				}
			}
		}
	}
	if !report && outlet == "" && !outletWordBefore(toks, colon) {
		return -1, ""
	}
	if adj == "" {
		adj = p.headAdjective(sa, colon)
	}
	c := adj
	if c == "" {
		c = outlet
	}
	if c == "" || !p.isState(c) {
		return -1, ""
	}
	return colon, c
}

// monitorOpener: the sentence opens with a monitor's own words for what
// follows ("Text of report by", "Excerpt from report by", "Summary of
// report by", "Report by").
func monitorOpener(toks []text.Token) bool {
	if len(toks) < 3 {
		return false
	}
	switch toks[0].Lower {
	case "text", "excerpt", "excerpts", "summary":
		return toks[1].Lower == "of" || toks[1].Lower == "from"
	case "report":
		return toks[1].Lower == "by"
	}
	return false
}

// outletWordBefore: a word for a news outlet stands just before the
// colon ("Kyrgyz 24.kg news agency:", "Bahraini Al-Wasat newspaper
// website:"), for outlets no entry names.
func outletWordBefore(toks []text.Token, colon int) bool {
	if colon < 1 {
		return false
	}
	switch toks[colon-1].Lower {
	case "agency", "radio", "tv", "television", "newspaper", "website", "daily", "channel", "broadcaster":
		return true
	}
	return false
}

// dropHead removes the actor phrases of a monitoring head that ends at
// the colon: the outlet only carries the story and is no side of it.
func dropHead(sa *SentenceAnalysis, colon int) {
	k := 0
	for _, g := range sa.Groups {
		if g.End <= colon {
			continue
		}
		sa.Groups[k] = g
		k++
	}
	sa.Groups = sa.Groups[:k]
}

// headStateFor is, for a state named by description ("the Kingdom",
// "the Islamic Republic", "the country") that no state before it in the
// story explains, the state of the monitoring head's outlet, if the
// description fits it: a state agency writes of its own state so ("SPA:
// The Kingdom pledged 1.5bn dollars", "IRNA: ... said the Islamic
// Republic would not suspend enrichment"). "" otherwise.
func headStateFor(a *Analysis, sa *SentenceAnalysis, ph *actor.Phrase) string {
	c := a.headState
	if c == "" {
		return ""
	}
	if kind := stateKind(sa.Sentence.Tokens, ph); kind != "" && !fitsKind(kind, c) {
		return ""
	}
	return c
}

// headAdjective is the state of a nationality word in a monitoring head
// that no actor phrase covers, or "": before an outlet no entry knows
// ("Text of report by Kyrgyz AKIpress:", "Azerbaijani Turan news
// agency:") the actor stage reads the two capitalised words as one
// unknown name, but the monitor's adjective still says whose outlet it is.
func (p *Pipeline) headAdjective(sa *SentenceAnalysis, colon int) string {
	toks := sa.Sentence.Tokens
	for k := 0; k < colon && k < len(toks); k++ {
		w := toks[k].Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		one := []text.Token{toks[k]}
		one[0].Tag = "JJ"
		for _, g := range p.Actors.Resolve(one, "") {
			for _, ph := range g.Phrases {
				if len(ph.Sectors) == 0 && len(ph.Parts) == 1 && ph.Parts[0].Entry.Kind == actor.KindCountry && !ph.Parts[0].Entry.Metonym && p.isState(ph.Country) {
					return ph.Country
				}
			}
		}
	}
	return ""
}

// headAfter reports, in a story under a monitoring head, that the state
// c the text names is named only after the bare phrase ph: "Text of
// report by Xinhua: The Foreign Ministry spokesman accused Washington of
// ..." names the United States as what is acted on, which says nothing
// of whose the spokesman is; the outlet's own state (the head, read as a
// dateline) does.
func headAfter(a *Analysis, sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	if a.headState == "" || c == a.headState {
		return false
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if o := &sa.Groups[gi].Phrases[pi]; o.Country == c && o.Start < ph.Start {
				return false
			}
		}
	}
	return true
}

// monitorHeadBytes is the byte offset of the colon that closes a
// monitor's head the sentence opens with ("Text of report by Xinhua:",
// "Excerpt from report by Afghan Tolo TV:"), or -1: the outlet's name in
// it is no place of the story's events (Xinhua is a county in Hunan too,
// as a wire dateline's agency is, datelineDash).
func monitorHeadBytes(s *text.Sentence) int {
	toks := s.Tokens
	if !monitorOpener(toks) {
		return -1
	}
	for k := 2; k < len(toks) && k <= 14; k++ {
		if toks[k].Text == ":" {
			return toks[k].Start
		}
		if toks[k].IsVerb() {
			return -1
		}
	}
	return -1
}
