package verb

import "github.com/parley-events/parley/text"

// namedPlaceTaken decides the bare line of taking a place ("192
// {capture|seize|retake|recapture|overrun|liberate}"): news names the town
// a force captures, seizes, retakes or liberates by its name alone
// ("Russian forces captured Kherson", "Islamic State militants seized
// Mosul", "Iraqi troops retook eastern Mosul"), which is no actor, so no
// line with a target slot or a noun of place ("the town of ...") matches
// it. The verb's object must be a capitalised name of one to three words
// that no actor holds, after at most "the" and lower-case adjectives
// ("eastern", "rebel-held"), ending the clause or followed by a
// preposition, a conjunction or a comma: "seized Iranian tankers",
// "captured Taliban commanders" (an actor), "seized Apple shares" (a noun
// after the name) and "Kherson, captured by Russian forces" (no object)
// are left to the other lines, and so is a gerund ("killed thousands
// after capturing Srebrenica"), whose taking is the background of the
// clause's act. The pipeline takes the target from the place
// (placeAsTarget). It returns why the line does not match, or "".
func (s *sentence) namedPlaceTaken(h int) string {
	const no = "no place's name right after the verb"
	toks := s.toks
	n := len(toks)
	if toks[h].Tag == "VBG" {
		return "a gerund's taking is background"
	}
	for _, t := range toks[h+1:] {
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || timeClauseWords[t.Lower] {
			break
		}
		if electionWords[t.Lower] {
			// "Labour captured Hartlepool in the 2024 election": a
			// seat or a town won at the polls, not occupied (R14);
			// "seized Palmyra days before the election" is taken.
			return "a town won in a vote"
		}
	}
	k := h + 1
	if k < n && toks[k].Lower == "the" {
		k++
	}
	for j := 0; j < 2 && k < n && toks[k].Tag == "JJ" && toks[k].Text != "" && toks[k].Text[0] >= 'a' && toks[k].Text[0] <= 'z'; j++ {
		k++
	}
	start := k
	for k < n && k < start+4 && toks[k].Tag == "NNP" && (s.inGroup[k] < 0 || s.placeMetonymAt(k)) && toks[k].Text[0] >= 'A' && toks[k].Text[0] <= 'Z' {
		k++
	}
	if k == start || k-start > 3 {
		return no
	}
	if k == n {
		return ""
	}
	if toks[k].Lower == "by" && toks[h].Lemma == "take" {
		return no // "took Kherson by surprise"
	}
	if toks[k].Lower == "from" {
		// "captured the Golan Heights from Syria": the loser is named,
		// which is the lines with "from +" to read.
		return no
	}
	switch toks[k].Tag {
	case ".", ",", ":", "IN", "TO", "CC":
		return ""
	}
	if timeWord(toks[k].Lower) || relativeTimeAt(toks, k) {
		return ""
	}
	return no
}

// relativeTimeAt: a time phrase opens at k ("last week", "this month",
// "earlier this year", "overnight"): "The rebels captured Goma last week"
// names the town and then when (lead, s23).
func relativeTimeAt(toks []text.Token, k int) bool {
	switch toks[k].Lower {
	case "overnight", "earlier", "later":
		return true
	case "last", "this", "next", "early", "late":
		if k+1 < len(toks) {
			n := toks[k+1].Lower
			switch n {
			case "spring", "summer", "autumn", "winter", "fall":
				return true
			}
			return timeUnit(n) || monthWord(n) // match.go
		}
	}
	return false
}

// NamedPlaceLine reports whether pos is a line that matches a town by its
// name alone ([town], and the bare line of taking one), whose events the
// pipeline keeps only when the name after the verb is a place it found
// (the event's location): "Mexican marines captured Guzman" names a man,
// not a town.
func (c *Coder) NamedPlaceLine(pos string) bool { return c.d.namedPlacePos[pos] }

// timeClauseWords end the phrase after the verb that may name a vote.
var timeClauseWords = map[string]bool{
	"before": true, "after": true, "ahead": true, "when": true, "while": true,
	"as": true, "since": true, "amid": true, "during": true, "until": true,
}

// electionWords mark a town "captured" or "seized" at the polls
// (namedPlaceTaken).
var electionWords = map[string]bool{
	"election": true, "elections": true, "by-election": true, "vote": true,
	"votes": true, "voters": true, "poll": true, "polls": true, "ballot": true,
	"primary": true, "primaries": true, "landslide": true, "seat": true,
	"seats": true, "constituency": true, "mayoralty": true, "runoff": true,
}

// placeMetonymAt reports a token inside a group that is one place standing
// for its state ([metonym]: "Kunduz", "Kabul", "Kharkiv"). The actor stage
// reads such a name as an agent whenever it stands alone, but after a verb
// of taking it is the town taken (G16: "The Taliban seized Kunduz" coded
// nothing); the pipeline still keeps the event only when it placed it
// there.
//
// The name's own phrase decides, not its group (N22): a clause joined by
// "and" after the town may be read into the town's group ("Seleka rebels
// entered Bangui and the president fled": "Bangui and the president"),
// and the name is still the town taken. The name must open its group.
func (s *sentence) placeMetonymAt(k int) bool {
	g := &s.groups[s.inGroup[k]]
	if len(g.Phrases) == 0 {
		return false
	}
	ph := &g.Phrases[0]
	return ph.Start <= k && k < ph.End && len(ph.Parts) == 1 && ph.Parts[0].Entry.Metonym && len(ph.Sectors) == 0
}
