package pipeline

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// sentenceMentions are the place mentions of one sentence, once found.
type sentenceMentions struct {
	ms   []geo.Mention
	done bool
}

// GeoPlacer ties events to places with the embedded gazetteer.
type GeoPlacer struct {
	G *geo.Gazetteer
}

// Place implements Placer: for each event, the place mentioned in its own
// sentence closest to its head word, preferring a specific place (a town,
// a province) to a country when both are near.
func (gp GeoPlacer) Place(sents []text.Sentence, claimed [][][2]int, evs []*event.Event, heads []int, focus map[string]float64) []*event.Location {
	f := geo.NewFocus()
	for c, w := range focus {
		f.Add(c, w)
	}
	claim := func(i int) [][2]int {
		if i < len(claimed) {
			return claimed[i]
		}
		return nil
	}
	// One pass in story order: each sentence is resolved with the focus of
	// the story's actors and of the places already resolved before it
	// ("Tripoli" after a paragraph about Lebanon). A second pass would
	// cost as much again for the rare place named before its country.
	// Each sentence's mentions, found once: a slice, as sentences are
	// numbered from 0, where a map cost an allocation and a hash per event.
	mentions := make([]sentenceMentions, len(sents))
	// A dateline ("KABUL, May 5 (Reuters) -") says where the story was
	// filed; it places the events that name no place of their own.
	var dateline *geo.Mention
	dlDash := -1 // byte offset of the dash closing the dateline
	if len(evs) > 0 && len(sents) > 0 {
		if lo, hi, ok := datelineSpan(&sents[0]); ok {
			kept, released := locativeClaims(&sents[0], claim(0))
			kept, released = releaseSpan(kept, released, lo, hi)
			// Taggers read a capitalised first word as a common noun
			// ("LYON/NN"); the dateline is a name whatever its tag.
			s0 := sents[0]
			s0.Tokens = append([]text.Token(nil), s0.Tokens...)
			for k := range s0.Tokens {
				if s0.Tokens[k].End > hi {
					break
				}
				s0.Tokens[k].Tag = "NNP"
			}
			ms := mentionsOf(gp.G, &s0, kept, f)
			if len(released) > 0 {
				ms = dropMinorReleased(ms, released)
			}
			for i := range ms {
				// Only a city: "US, EU agree to talks" is a headline, not a dateline.
				if ms[i].Start >= lo && ms[i].End <= hi && ms[i].Best != nil && ms[i].Best.Precision == geo.PrecisionCity {
					dateline = &ms[i]
					break
				}
			}
			if dateline != nil {
				dlDash = datelineDash(&sents[0], dateline.End)
				// Otherwise the sentence is read below like any other.
				mentions[0] = sentenceMentions{ms, true}
				f.AddMentions(ms)
			}
		}
	}
	var namedBuf [4]string
	inOrder := true
	for k := 1; k < len(evs); k++ {
		if evs[k].SentenceIndex < evs[k-1].SentenceIndex {
			inOrder = false
			break
		}
	}
	for k, e := range evs {
		i := e.SentenceIndex
		if i < 0 || i >= len(sents) || mentions[i].done {
			continue
		}
		kept, released := locativeClaims(&sents[i], claim(i))
		sentEvs := evs
		if inOrder {
			// The sentence's events start here and stand together:
			// looking only at them keeps a long story linear.
			end := k
			for end < len(evs) && evs[end].SentenceIndex == i {
				end++
			}
			sentEvs = evs[k:end]
		}
		f.SetNamed(groupStates(sentEvs, i, namedBuf[:0]))
		ms := mentionsOf(gp.G, &sents[i], kept, f)
		f.SetNamed(nil)
		if len(released) > 0 {
			ms = dropMinorReleased(ms, released)
		}
		mentions[i] = sentenceMentions{ms, true}
		f.AddMentions(ms)
	}
	out := make([]*event.Location, len(evs))
	// An event's mentions (bar the dateline) and those in its clause are
	// a few: on the stack, not two allocations per event.
	var keptBuf, clauseBuf [4]geo.Mention
	for k, e := range evs {
		i := e.SentenceIndex
		if i < 0 || i >= len(sents) {
			continue
		}
		ms := mentions[i].ms
		kept := keptBuf[:0]
		head := -1
		if i == 0 {
			head = monitorHeadBytes(&sents[0])
		}
		for _, m := range ms {
			if !origin(&sents[i], m.Start) && (dateline == nil || i != 0 || m.Start != dateline.Start && m.Start >= dlDash) && m.Start > head {
				kept = append(kept, m)
			}
		}
		lo, hi := clauseBytes(&sents[i], e.Evidence.Verb.Start)
		inClause := clauseBuf[:0]
		for _, m := range kept {
			if m.Start >= lo && m.End <= hi {
				inClause = append(inClause, m)
			}
		}
		if len(inClause) > 1 {
			// "marched through London to demand a ceasefire in Gaza": a
			// place in what is demanded or judged is not where the act
			// happens, when the clause names another.
			inClause = dropContentPlaces(sents[i].Text, e.Evidence.Verb.Start, inClause)
		}
		if len(inClause) > 0 && e.CAMEORoot <= "05" {
			inClause = dropTopicPlaces(&sents[i], inClause)
		}
		if len(inClause) == 0 {
			// Nothing in the event's own clause: a relative clause on its
			// object may say where that object is ("seized the airport,
			// which lies south of Aden", "struck a building that houses
			// offices in Gaza City").
			if rlo, rhi, ok := relativeClause(&sents[i], hi); ok {
				for _, m := range kept {
					if m.Start >= rlo && m.End <= rhi {
						inClause = append(inClause, m)
					}
				}
			}
		}
		if len(inClause) == 0 {
			// "...; curfew declared" (headlineclause_c21.go)
			if before := semicolonScene(&sents[i], e, kept, lo); len(before) > 0 {
				inClause = before
				hi, lo = lo, 0
			}
		}
		m := takenTown(&sents[i], e, kept)
		if m == nil {
			m = geo.Locate(&sents[i], inClause, lo, hi, e.Evidence.Verb.Start)
		}
		if m == nil && i == 0 && dateline != nil && datelineFits(e, dateline.Best.Country) {
			// Offsets point into sentence 0, so evidence stays honest. As
			// for later sentences, only when the event's states include
			// the dateline's or it names none: "BANGKOK (AP) - Myanmar's
			// military carried out air strikes" did not happen in Bangkok.
			m = dateline
		}
		if m == nil && i > 0 && dateline != nil && len(kept) == 0 && !claimedPlace(&sents[i], claim(i)) && datelineFits(e, dateline.Best.Country) {
			// A dateline says where the reporter got the story, not where
			// each of its events happened (AP style), so a later sentence
			// that names no place takes only the dateline's country, and
			// only when its actors belong there or name no state: in
			// "WASHINGTON - ... Russia shelled Kharkiv" the shelling is not
			// in the United States.
			if c, ok := gp.G.Country(dateline.Best.Country); ok {
				out[k] = &event.Location{
					Name: c.Name, Lat: c.Lat, Lon: c.Lon, Country: c.Country,
					Precision: c.Precision, Start: -1, End: -1, // no span: the words are in another sentence
				}
			}
			continue
		}
		if m == nil {
			continue
		}
		p := m.Best
		if p == nil {
			p = m.Near
		}
		if p == nil {
			continue
		}
		out[k] = &event.Location{
			Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Admin1: p.Admin1,
			Precision: p.Precision, GeonameID: p.GeonameID, Start: m.Start, End: m.End,
		}
	}
	return out
}

// topicNouns name a state of affairs that talks and statements are about.
var topicNouns = wordset.Of("war", "crisis", "situation", "conflict", "fighting", "violence", "unrest", "tensions", "tension", "developments", "turmoil", "standoff", "stand-off", "hostilities", "bloodshed")

// dropTopicPlaces removes, in place, the mentions that name where a topic
// is ("discussed the war in Gaza", "spoke about the crisis in Niger"): a
// phone call, a meeting or a statement about it is not there.
//
//go:noinline
func dropTopicPlaces(s *text.Sentence, ms []geo.Mention) []geo.Mention {
	toks := s.Tokens
	kept := ms[:0]
	for _, m := range ms {
		if m.Start < 4 || m.Start > len(s.Text) || !strings.Contains(s.Text[max(0, m.Start-24):m.Start], " in ") {
			kept = append(kept, m) // most places: no "in" just before
			continue
		}
		k := tokenAt(toks, m.Start) - 1
		for k > 0 && (toks[k].Tag == "JJ" || placeCompass(toks[k].Lower)) {
			k-- // "the war in eastern Congo"
		}
		if k > 0 && toks[k].Lower == "in" && topicNouns.Has(toks[k-1].Lower) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// dropContentPlaces removes, in place, the mentions that lie after a
// content opener following the verb at byte verb, unless that would
// leave none.
func dropContentPlaces(sent string, verb int, ms []geo.Mention) []geo.Mention {
	kept := 0
	for _, m := range ms {
		if m.Start <= verb || !contentBetween(sent, verb, m.Start, true) {
			kept++
		}
	}
	if kept == 0 || kept == len(ms) {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Start <= verb || !contentBetween(sent, verb, m.Start, true) {
			out = append(out, m)
		}
	}
	return out
}

// datelineFits reports whether an event may be placed in the dateline's
// country: one of its sides is of that country, or no side names a state
// at all ("the UN said", "officials said").
func datelineFits(e *event.Event, country string) bool {
	states := 0
	for _, side := range [][]event.Actor{e.Source, e.Target} {
		for _, a := range side {
			if a.Country == "" {
				continue
			}
			if a.Country == country {
				return true
			}
			states++
		}
	}
	return states == 0
}

// claimedPlace reports whether the sentence names a country the actor
// stage claimed, after a preposition of place or direction ("sent troops
// to Bosnia", "fighting in Iraq"): the pipeline's own fallback places such
// events, and the dateline must not pre-empt it.
func claimedPlace(s *text.Sentence, claims [][2]int) bool {
	toks := s.Tokens
	for _, c := range claims {
		k := tokenAt(toks, c[0]) - 1
		for k >= 0 && (toks[k].Tag == "DT" || placeCompass(toks[k].Lower)) {
			k--
		}
		if k >= 0 && (locativePrep(toks[k].Lower) || toks[k].Lower == "to") {
			return true
		}
	}
	return false
}

// origin reports a place introduced by "from": where people come from
// ("representatives from Moscow"), not where the event happens.
// A coordination shares its preposition: "from Moscow and Cairo".
func origin(s *text.Sentence, start int) bool {
	i := len(s.Tokens) - 1
	for i >= 0 && s.Tokens[i].End > start {
		i--
	}
	for i >= 0 {
		t := s.Tokens[i]
		switch {
		case t.Lower == "from":
			// "withdrew its forces from Kherson", "pulled out of": after
			// a verb of leaving, "from" names the place left, where the
			// event happens.
			return !departureBefore(s.Tokens, i)
		case t.Lower == "and" || t.Lower == "or" || t.Lower == "," || t.IsProper():
			i--
		default:
			return false
		}
	}
	return false
}

// departureVerbs are verbs of leaving a place.
var departureVerbs = wordset.Of(
	"withdraw", "pull", "retreat", "evacuate", "flee", "expel", "drive",
	"oust", "redeploy", "relocate", "leave", "depart", "exit", "vacate",
)

// departureBefore: a verb of leaving stands before the "from" at i, with
// at most its object between ("withdrew its forces from").
func departureBefore(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &toks[j]
		if t.IsVerb() {
			return departureVerbs.Has(t.Lemma)
		}
		if t.Lower == "," || t.Lower == ";" {
			return false
		}
	}
	return false
}

// locativeClaims splits the actor claims of a sentence into those the
// gazetteer must leave alone and those it may read as places: a claimed
// name right after a locative preposition ("in Western Cambodia", "in a
// West Bank refugee camp", "across Syria") names where something happens
// as much as who is involved, and the actor stage cannot say which. The
// article and compass words between the preposition and the name are
// skipped ("in the east of", "in northern"), and a compass word alone
// marks a place ("of northern Iraq"). "to" and "from" stay claimed:
// "sent an envoy to Turkey" names a target, "officials from Iran" an origin.
func locativeClaims(s *text.Sentence, claims [][2]int) (kept, released [][2]int) {
	if len(claims) == 0 {
		return claims, nil
	}
	toks := s.Tokens
	for ci, c := range claims {
		i := tokenAt(toks, c[0]) // the first token at or after the claim
		k := i - 1
		compass := false
		for k >= 0 && (toks[k].Tag == "DT" || placeCompass(toks[k].Lower)) {
			compass = compass || placeCompass(toks[k].Lower)
			k--
		}
		if k >= 3 && toks[k].Lower == "of" && shoreNoun(toks[k-1].Lower) {
			// "off the coast of Somalia", "in the waters of Yemen": the
			// shore names the state the sea belongs to, where the act is.
			for k -= 2; k >= 0 && (toks[k].Tag == "DT" || placeCompass(toks[k].Lower)); k-- {
			}
		}
		// A compass word before a name makes it a place whatever the
		// preposition: "the mountains of northern Iraq".
		// "pulled out of Afghanistan": "out of" is locative too.
		outOf := k > 0 && toks[k].Lower == "of" && toks[k-1].Lower == "out"
		if !compass && !outOf && (k < 0 || !locativePrep(toks[k].Lower)) || lastThing(toks, i, c[1]) {
			// (A claim that ends on a common noun naming a thing, "at a
			// US destroyer", is who was hit, not where.)
			if kept != nil {
				kept = append(kept, c)
			}
			continue
		}
		if kept == nil {
			kept = append(make([][2]int, 0, len(claims)), claims[:ci]...)
		}
		released = append(released, c)
	}
	if released == nil {
		return claims, nil
	}
	return kept, released
}

// lastThing: the claim from token i to byte end ends on a common noun
// that names a thing, not a territory (thingModifier).
func lastThing(toks []text.Token, i, end int) bool {
	j := i
	for j+1 < len(toks) && toks[j+1].End <= end {
		j++
	}
	return j > i && thingModifier(toks, j)
}

// dropMinorReleased keeps, inside a released actor claim, only mentions
// that resolved to a country, a region or a first-level division, or to a
// capital or a city of 100,000 or more: a claimed word that is also the
// name of some hamlet ("in Hamas", "in the Taliban") is still the actor.
func dropMinorReleased(ms []geo.Mention, released [][2]int) []geo.Mention {
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, r := range released {
			if m.Start < r[1] && m.End > r[0] {
				inside = true
				break
			}
		}
		if inside && !majorPlace(m.Best) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func majorPlace(p *geo.Place) bool {
	if p == nil {
		return false
	}
	switch p.Precision {
	case geo.PrecisionCountry, geo.PrecisionRegion, geo.PrecisionAdmin1:
		return true
	}
	return p.Feature == "PPLC" || p.Population >= 100000
}

// locativePrep: prepositions after which a name is where an event happens.
func locativePrep(w string) bool {
	switch w {
	case "in", "inside", "into", "at", "near", "across", "throughout", "within", "outside", "around", "through", "along",
		"off": // "off Somalia": at sea by that shore
		return true
	}
	return false
}

// figurativeStrike: the place l is the object of a verb of striking
// ("hit Washington", "attacked Moscow") in an event that is no use of
// force or coercion: the capital stands for its government, hit with
// tariffs or attacked in words, and nothing happened there (R12). The
// root is tested first: most events placed this way are blows.
func figurativeStrike(ev *event.Event, l *event.Location, toks []text.Token) bool {
	if r := ev.CAMEORoot; len(r) != 2 || r == "15" || r[0] == '2' || r[0] == '1' && r[1] >= '7' {
		return false
	}
	k := tokenAt(toks, l.Start) - 1
	for k >= 0 && (toks[k].Tag == "DT" || placeCompass(toks[k].Lower)) {
		k--
	}
	return k >= 0 && toks[k].IsVerb() && strikeVerb(toks[k].Lemma)
}

// strikeVerb: a verb whose object is a place struck, besieged or taken.
func strikeVerb(lemma string) bool {
	switch lemma {
	case "shell", "bomb", "bombard", "strike", "hit", "pound", "attack", "raid", "storm", "target",
		"besiege", "capture", "seize", "overrun", "invade", "recapture", "retake", "encircle", "rocket", "blitz":
		return true
	}
	return false
}

// shoreNoun: a noun for the sea by a land's shore, before "of" and the
// land ("off the coast of Somalia").
func shoreNoun(w string) bool {
	switch w {
	case "coast", "coasts", "shore", "shores", "waters", "coastline":
		return true
	}
	return false
}

// placeCompass: words that may stand between a locative preposition and a
// place name ("in western Cambodia", "in East Bosnia").
func placeCompass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"northeastern", "northwestern", "southeastern", "southwestern",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// releaseSpan moves the claims overlapping [lo, hi) from kept to released.
func releaseSpan(kept, released [][2]int, lo, hi int) ([][2]int, [][2]int) {
	out := kept[:0:0]
	for _, c := range kept {
		if c[0] < hi && c[1] > lo {
			released = append(released, c)
			continue
		}
		out = append(out, c)
	}
	return out, released
}

// datelineSpan finds a wire dateline at the start of a story's first
// sentence: one to four words in capitals ("KABUL", "GAZA CITY", "ST.
// PETERSBURG") followed by a comma, colon, parenthesis or dash, as in
// "KABUL, May 5 (Reuters) -", "LYON: Interpol said", "BEIRUT (AP) --".
// It returns the byte range of the capitalised words.
func datelineSpan(s *text.Sentence) (lo, hi int, ok bool) {
	toks := s.Tokens
	n := 0
	for n < len(toks) && n < 5 && text.CapitalsWord(toks[n].Text) {
		n++
	}
	if n == 0 {
		// Feeds that keep the dateline in title case ("Kabul, May 5
		// (Reuters) -", "Nairobi (AFP) -") are read only with the agency
		// in parentheses and the dash after it: a capitalised word alone
		// opens many a sentence.
		if !parenNear(s) {
			return 0, 0, false // most sentences: a test per word, no more
		}
		n = titleRun(toks)
		if n == 0 || !agencyDash(toks, n) {
			return 0, 0, false
		}
	}
	if n > 4 || n >= len(toks) {
		return 0, 0, false
	}
	switch toks[n].Text {
	case ",", ":", "(", "-", "--", "\u2014", "\u2013":
	default:
		return 0, 0, false
	}
	return toks[0].Start, toks[n-1].End, true
}

// datelineDash returns the byte offset of the dash that closes a
// dateline whose place ends at byte end, or -1. What lies between them
// qualifies the dateline ("SOCHI, Russia (AP) -") or names the agency
// ("BEIJING, May 4 (Xinhua) --", Xinhua being a county in Hunan too),
// and is no place of the story's events.
func datelineDash(s *text.Sentence, end int) int {
	if k := datelineEnd(s); k >= 0 && s.Tokens[k].Start >= end {
		return s.Tokens[k].Start
	}
	return -1
}

// datelineEnd returns the index of the dash that closes a wire dateline
// at the start of a story's first sentence ("SOCHI, Russia (AP) -",
// "KABUL, May 5 (Reuters) --", "CAIRO -"), or -1. What lies between the
// capitalised place and the dash must hold no verb and, unless the dash
// follows the place at once, close a parenthesis (the agency).
func datelineEnd(s *text.Sentence) int {
	toks := s.Tokens
	if len(toks) == 0 {
		return -1
	}
	_, hi, ok := datelineSpan(s)
	if !ok {
		return -1
	}
	n := tokenAt(toks, hi) // the first token after the place
	paren := false
	for k := n; k < len(toks) && k < n+10; k++ {
		switch toks[k].Text {
		case "-", "--", "\u2014", "\u2013":
			if paren || k == n || placeOrDay(toks[n:k]) {
				return k
			}
			return -1
		case ")":
			paren = true
		}
		if toks[k].IsVerb() {
			return -1
		}
	}
	return -1
}

// parenNear reports what a title-case dateline needs before titleRun
// and agencyDash look: a parenthesis or a comma right after a one- or
// two-word place ("Nairobi (", "Kabul,", "Gaza City ("), and an opening
// parenthesis among the first eight tokens. Most sentences fail the first
// two tests.
func parenNear(s *text.Sentence) bool {
	toks := s.Tokens
	open := false
	for k := 1; k < len(toks) && k < 3; k++ {
		if t := toks[k].Text; len(t) == 1 && (t[0] == '(' || t[0] == ',') {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := 1; k < len(toks) && k < 8; k++ {
		if t := toks[k].Text; len(t) == 1 && t[0] == '(' {
			return true
		}
	}
	return false
}

// titleRun is the number of title-case words (one to three) that open a
// sentence, as a place's name would ("Kabul", "Gaza City"), or 0.
func titleRun(toks []text.Token) int {
	n := 0
	for n < len(toks) && n < 4 {
		w := toks[n].Text
		if len(w) < 2 || !isUpper(w[0]) || toks[n].IsVerb() {
			break
		}
		lower := false
		for i := 1; i < len(w); i++ {
			lower = lower || w[i] >= 'a' && w[i] <= 'z'
		}
		if !lower {
			break
		}
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}

// agencyDash reports a wire agency in parentheses and a dash after the
// words from token n: "(Reuters) -" straight away or after a comma and a
// country or a day ("Kabul, May 5 (Reuters) -").
func agencyDash(toks []text.Token, n int) bool {
	k := n
	if k < len(toks) && toks[k].Text == "," {
		k++
		for k < len(toks) && k < n+4 && toks[k].Text != "(" {
			if t := toks[k].Text; t == "" || !(isUpper(t[0]) || toks[k].Tag == "CD") {
				return false
			}
			k++
		}
	}
	if k+3 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || toks[k+1].Text == "" || !isUpper(toks[k+1].Text[0]) {
		return false
	}
	switch toks[k+3].Text {
	case "-", "--", "\u2014", "\u2013":
		return true
	}
	return false
}

// placeOrDay: the words between a dateline's place and its dash when no
// agency follows are a comma and a country or a day ("BEIRUT, Lebanon
// --", "BEIRUT, June 14 --"): capitalised words and numbers, at most
// three.
func placeOrDay(toks []text.Token) bool {
	if len(toks) < 2 || len(toks) > 4 || toks[0].Text != "," {
		return false
	}
	for _, t := range toks[1:] {
		if t.Text == "" || !(isUpper(t.Text[0]) || t.Tag == "CD") {
			return false
		}
	}
	return true
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// relativeClause returns the byte range of the clause that opens at byte
// offset at when it is a relative clause on a noun: "which", "who",
// "whom", "where", or "that" right after a noun ("a building that houses").
// "said that ..." is a reported clause, not a relative one.
func relativeClause(s *text.Sentence, at int) (lo, hi int, ok bool) {
	toks := s.Tokens
	k := tokenAt(toks, at)
	if k >= len(toks) || toks[k].Start != at {
		return 0, 0, false
	}
	switch toks[k].Lower {
	case "which", "who", "whom", "where":
	case "that":
		if k == 0 || !strings.HasPrefix(toks[k-1].Tag, "NN") || reportedAfter(toks, k) {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	hi = len(s.Text)
	for j := k + 1; j < len(toks); j++ {
		if clauseOpener(toks[j].Lower) {
			hi = toks[j].Start
			break
		}
	}
	return at, hi, true
}

// reportedAfter reports whether the "that" at token k follows a reporting
// verb across a few words with no verb or comma between ("said on Tuesday
// that", "told reporters that", "said in a statement that"): it opens what
// is reported, not a relative clause on the noun before it.
func reportedAfter(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if reportWord(toks[j].Lower) {
			return true
		}
		if toks[j].IsVerb() || toks[j].Lower == "," {
			return false
		}
	}
	return false
}

// mentionsOf is the gazetteer's mentions of a sentence's places, less a
// place name that only names a street or gate ("the Damascus Gate" is in
// Jerusalem, "Baghdad Street" in Damascus): such a landmark is named after
// somewhere else, not in it.
func mentionsOf(g *geo.Gazetteer, s *text.Sentence, claimed [][2]int, f *geo.Focus) []geo.Mention {
	ms := g.MentionsFast(s, claimed, f)
	for i := range ms {
		if namesLandmark(s, ms[i].End) {
			// Rare: copy the mentions down only when one goes.
			n := i
			for j := i + 1; j < len(ms); j++ {
				if !namesLandmark(s, ms[j].End) {
					ms[n] = ms[j]
					n++
				}
			}
			return ms[:n]
		}
	}
	return ms
}

// namesLandmark reports whether the word after byte offset end is a
// capitalised street or gate noun.
func namesLandmark(s *text.Sentence, end int) bool {
	// The next byte after a space first: most places are followed by
	// punctuation or a lower-case word.
	if end+1 >= len(s.Text) || s.Text[end] != ' ' {
		return false
	}
	switch s.Text[end+1] {
	case 'G', 'S', 'R', 'A', 'B', 'L', 'H':
	default:
		return false
	}
	k := tokenAt(s.Tokens, end)
	if k < len(s.Tokens) && s.Tokens[k].Start == end {
		return false // no space: "Damascus-based"
	}
	if k >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[k].Text {
	case "Gate", "Gates", "Street", "Road", "Avenue", "Boulevard", "Lane", "Highway":
		return true
	}
	return false
}

// groupStates appends to buf the states of the non-state armed groups
// the events of sentence i have as sides ("Boko Haram" NGA, "al
// Shabaab" SOM): names the gazetteer cannot read, yet they say which
// state the sentence is about as a demonym would.
func groupStates(evs []*event.Event, i int, buf []string) []string {
	for _, e := range evs {
		if e.SentenceIndex != i {
			continue
		}
		for _, side := range [2][]event.Actor{e.Source, e.Target} {
			for _, a := range side {
				if a.Country != "" && nonStateArmed(a.Sector) && len(buf) < cap(buf) && !slices.Contains(buf, a.Country) {
					buf = append(buf, a.Country)
				}
			}
		}
	}
	return buf
}

// takenTown: the place named right after the verb of an occupation (192),
// with at most "the" between ("rebel forces entered Mekelle", "captured
// the town of ..."), is the town taken, and so where the taking happened;
// a place named earlier in the sentence with "in" ("declared a ceasefire
// in Tigray as rebels entered Mekelle") tells where the other clause's
// act was. Read by its score, the earlier place won, and the verb stage's
// bare line of taking a town by its name, which needs its event placed at
// that name (unplacedTaking), lost the event (R30).
func takenTown(s *text.Sentence, e *event.Event, ms []geo.Mention) *geo.Mention {
	if !strings.HasPrefix(e.CAMEO, "192") {
		return nil
	}
	v := e.Evidence.Verb.End
	for i := range ms {
		m := &ms[i]
		if m.Best == nil || m.Start < v || m.Start > len(s.Text) {
			continue
		}
		gap := strings.TrimSpace(s.Text[v:m.Start])
		if gap == "" || strings.EqualFold(gap, "the") {
			return m
		}
	}
	return nil
}
