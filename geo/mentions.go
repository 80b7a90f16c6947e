package geo

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-events/parley/geo/placekey"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Mention is one place named in a sentence and what it resolved to.
type Mention struct {
	Text       string // the words that name the place ("Idlib region", "Kazakh capital")
	Start, End int    // byte offsets in the sentence text
	Best       *Place // nil when nothing could be resolved
	Candidates []Place
	Scores     []float64 // Scores[i] is the score of Candidates[i]; best first
	Why        string    // how Best was chosen, for `parley geocode` and explain
	Near       *Place    // set for "near X" and for an unknown village placed at a known town
	Direction  string    // "northwestern", "west of": a direction the text gives, if any
	// Attributive is set when the name modifies a following common noun
	// ("the Astana talks", "Idlib countryside" excluded): it names what
	// something is called more often than where it happens.
	Attributive bool
}

// maxCandidates bounds the candidates kept per mention; more only adds
// noise to the debug output.
const maxCandidates = 8

// cand is a candidate before scoring.
type cand struct {
	p     Place
	rec   int    // place record + 1, 0 for non-place candidates; its name is filled late
	kind  string // place | admin1 | country | region
	match string // exact | alias | fuzzy
	dist  int
}

// raw is a mention before disambiguation.
type raw struct {
	start, end int // token range [start, end)
	bstart     int // byte range
	bend       int
	text       string
	cands      []cand
	regionWord bool   // "Idlib region", "Idlib Province": prefer admin1
	capitalOf  int    // country index for "the Kazakh capital", else -1
	unknown    bool   // "the village of Tarnaba": no candidate, but a place
	direction  string // northwestern / west of
	near       bool
	why        []string
}

// Mentions finds the place mentions of a sentence and resolves each.
// claimed holds byte spans (in the sentence) that actors already own; they
// are never read as places. f may be nil.
func (g *Gazetteer) Mentions(s *text.Sentence, claimed [][2]int, f *Focus) []Mention {
	return g.mentions(s, claimed, f, true)
}

// MentionsFast is Mentions without the Why of each mention and without
// its ranked Candidates and Scores, which only `parley geocode` and eval
// show: Best and Near are set as by Mentions. The strings and candidate
// lists were half the allocations of placing a sentence's events.
func (g *Gazetteer) MentionsFast(s *text.Sentence, claimed [][2]int, f *Focus) []Mention {
	return g.mentions(s, claimed, f, false)
}

func (g *Gazetteer) mentions(s *text.Sentence, claimed [][2]int, f *Focus, reasons bool) []Mention {
	if s == nil || len(s.Tokens) == 0 {
		return nil
	}
	toks := s.Tokens
	// Which tokens overlap a claimed span, worked out once rather than per
	// token and claim each time a token is looked at.
	var claimBuf [64]bool
	claimedTok := claimBuf[:0]
	if len(claimed) > 0 {
		if len(toks) <= len(claimBuf) {
			claimedTok = claimBuf[:len(toks)]
		} else {
			claimedTok = make([]bool, len(toks))
		}
		markClaimed(toks, claimed, claimedTok)
	}
	isClaimed := func(i int) bool { return len(claimedTok) > 0 && claimedTok[i] }
	var rawBuf [4]raw // most sentences have a few mentions at most
	raws := rawBuf[:0]
	for i := 0; i < len(toks); {
		if isClaimed(i) {
			i++
			continue
		}
		// "the Kazakh capital": a demonym (any tag) before "capital";
		// "the Palestinian territories": before "territories".
		if i+1 < len(toks) && isCapitalized(toks[i].Text) {
			if w := lower(toks[i+1]); w == "capital" || w == "territories" || w == "territory" {
				if ci, ok := g.demonymKey[placekey.Key(toks[i].Text)]; ok {
					if w == "capital" {
						raws = append(raws, g.capitalMention(s, i, i+2, ci))
					} else {
						raws = append(raws, raw{start: i, end: i + 2, bstart: toks[i].Start, bend: toks[i+1].End,
							text: s.Text[toks[i].Start:toks[i+1].End], capitalOf: -1,
							cands: []cand{{p: g.countryPlace(ci), kind: "country", match: "demonym"}}})
					}
					i += 2
					continue
				}
			}
		}
		// properAt is false for a word opening with a lower-case ASCII
		// letter unless it may be article-joined ("al-Zour"): most words,
		// which this tests without the call.
		if w := toks[i].Text; w != "" && w[0]-'a' < 26 && !mayBeJoined(w) || !g.properAt(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !isClaimed(j) {
			if g.properAt(toks, j) {
				j++
				continue
			}
			// Particles inside a name: "Republic of the Congo", and "and"
			// (split again below unless the whole span is one name).
			k := j
			for k < len(toks) && k-j < 3 && (isParticle(lower(toks[k])) || lower(toks[k]) == "and") {
				k++
			}
			if k > j && k < len(toks) && g.properAt(toks, k) && !isClaimed(k) {
				j = k + 1
				continue
			}
			if g.possessiveName(s, i, j, isClaimed) {
				j += 2 // possessive_g17.go
				continue
			}
			break
		}
		n := len(raws)
		raws = g.splitAnd(raws, s, i, j)
		if i > 0 && isClaimed(i-1) && len(raws) > n && raws[n].start == i && onlyFuzzy(raws[n].cands) {
			// "the [US] Capitol": what a claimed state's name modifies is
			// that state's, and a town one letter off it is no reading
			// (Capitola, California) (G36).
			raws = slices.Delete(raws, n, n+1)
		}
		i = j
	}
	raws = dropNamedOf(s.Tokens, raws)
	if len(raws) == 0 {
		return nil
	}
	return g.resolve(s, raws, f, reasons)
}

// markClaimed sets claimedTok[i] for each token that overlaps a claimed
// span. Tokens in text order (the tokenizer's) let each claim find its
// first token by binary search and stop at its end, instead of testing
// every claim against every token; any other order is tested pairwise.
func markClaimed(toks []text.Token, claimed [][2]int, claimedTok []bool) {
	ordered := true
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].End || toks[i].End < toks[i].Start {
			ordered = false
			break
		}
	}
	if !ordered {
		for i := range toks {
			t := &toks[i]
			for _, c := range claimed {
				if t.Start < c[1] && c[0] < t.End {
					claimedTok[i] = true
					break
				}
			}
		}
		return
	}
	for _, c := range claimed {
		// The first token ending after the claim starts; ends ascend.
		lo, hi := 0, len(toks)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if toks[m].End <= c[0] {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for i := lo; i < len(toks) && toks[i].Start < c[1]; i++ {
			if c[0] < toks[i].End {
				claimedTok[i] = true
			}
		}
	}
}

// splitAnd reads a span joined over "and" as one name when it is one
// ("Trinidad and Tobago", "Judea and Samaria"), else as the list it
// usually is ("Aleppo and Idlib"). It appends the span's mentions to dst.
func (g *Gazetteer) splitAnd(dst []raw, s *text.Sentence, i, j int) []raw {
	if j <= i {
		return dst
	}
	toks := s.Tokens
	and := -1
	for k := i; k < j; k++ {
		if lower(toks[k]) == "and" {
			and = k
			break
		}
	}
	if and < 0 {
		return g.spanMentions(dst, s, i, j)
	}
	k := len(dst)
	if whole := g.spanMentions(dst, s, i, j); len(whole) == k+1 && whole[k].start == i {
		if w := whole[k]; w.end >= j-1 && w.end > and {
			return whole
		}
	}
	return g.splitAnd(g.spanMentions(dst[:k], s, i, and), s, and+1, j)
}

// properAt reports whether token i can be part of a proper-noun span.
func (g *Gazetteer) properAt(toks []text.Token, i int) bool {
	t := &toks[i]
	if mayBeJoined(t.Text) && articleJoined(t.Text) {
		return true // "al-Zour", "d'Ivoire": taggers often call these JJ or NN
	}
	if t.IsProper() {
		return isCapitalized(t.Text)
	}
	// Taggers often call an unknown capitalised foreign word a common
	// noun or foreign word; mid-sentence capitals are a proper-noun sign.
	if i > 0 && isCapitalized(t.Text) && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "FW") {
		return true
	}
	// "Mozambique: insurgents stormed ...": a digest's or a headline's
	// country label opens the sentence, and taggers call its first word
	// a common noun (A38).
	if i == 0 && isCapitalized(t.Text) && g.labelCountry(toks) {
		return true
	}
	// A name ending like an adjective ("Shopian": words in
	// -ian, -an, -ese) is tagged JJ before a noun; before an
	// administrative noun it names the unit ("in Shopian district"),
	// unless it is a demonym ("the Syrian province") or a compass
	// adjective ("Eastern province", read elsewhere as a direction).
	if i > 0 && i+1 < len(toks) && t.Tag == "JJ" && isCapitalized(t.Text) && adminNouns.Has(lower(toks[i+1])) {
		w := lower(toks[i])
		_, dem := g.demonymLower[w]
		return !dem && !directionWords.Has(w)
	}
	return false
}

// adminNouns name an administrative unit after its proper name.
var adminNouns = wordset.Of(
	"district", "province", "governorate", "county", "prefecture", "oblast",
)

// spanMentions covers the proper-noun span [i, j) with gazetteer matches,
// longest first. A span with words that are neither places nor place
// words ("Astana Process", "Washington Post", "Michael Jordan") names
// something else, so none of its matches is a place mention. It appends
// the span's mentions to dst (the sentence's so far: nothing is allocated
// for the one mention most spans are), and returns dst as it was when
// there are none.
func (g *Gazetteer) spanMentions(dst []raw, s *text.Sentence, i, j int) []raw {
	if j <= i {
		return dst
	}
	toks := s.Tokens
	if w := lower(toks[i]); j-i == 1 && (isStopName(w) || regionWords.Has(w)) {
		return dst // "March 5", "Friday", "State"
	}
	if j-i == 1 && compassWords.Has(lower(toks[i])) && bareCompass(toks, j) {
		// "the South", "the North" alone: the other half of a divided
		// country or the part of one the story is about ("roads linking
		// it to the South"), never Cameroon's regions of those names,
		// which news calls "the South region" or lists ("the Northwest
		// and Southwest regions") (lead, s24).
		return dst
	}
	if j-i == 1 && j < len(toks) && isCapitalized(toks[j].Text) && g.compassDemonym(toks, i) {
		return dst // "the South Sudanese town": no region called South
	}
	if j-i >= 2 && afterTitle(toks, i) {
		// "President Santiago Pena", "Gen. Victoria Ayala": a title and two
		// capitalised words are a person's given name and surname, even
		// when the title belongs to an actor phrase the span starts after.
		return dst
	}
	if g.personCue(s, i, j) {
		return dst // "the release of Castillo", "Castillo's wife" (G35)
	}
	if weaponName(toks, j) && onlyTowns(g.lookup(s.Text[toks[i].Start:toks[j-1].End], false)) {
		return dst // "59 Tomahawk cruise missiles" (G36)
	}
	if shipName(toks, i) {
		return dst // "the intelligence ship Pueblo" (G36)
	}
	compass := false // "South Lebanon": read as a direction and a country
	if whole := j - i; whole <= 6 {
		// A whole-span name wins over the stop words below: "Russian
		// Federation", "DR Congo".
		cands := g.lookup(s.Text[toks[i].Start:toks[j-1].End], false)
		if len(cands) > 0 && acronymSpan(toks, i, j) {
			cands = g.asWritten(cands) // "GAC" is no Gać
		}
		if j-i == 1 && natureWords.Has(lower(toks[i])) {
			// "the Valley" is no The Valley, Anguilla (G36)
			if cands = landformOnly(cands); len(cands) == 0 {
				return dst
			}
		}
		compass = len(cands) > 0 && g.compassCountry(s, i, j, cands)
		if len(cands) == 0 && compassWords.Has(lower(toks[i])) {
			// "West Berlin" is one vowel off East Berlin, Pennsylvania:
			// the fuzzy reading of the whole span must not hide the city.
			fz := g.lookup(s.Text[toks[i].Start:toks[j-1].End], true)
			compass = len(fz) > 0 && g.compassCountry(s, i, j, fz)
		}
		if len(cands) > 0 && !compass {
			r := raw{start: i, end: j, bstart: toks[i].Start, bend: toks[j-1].End, cands: cands, capitalOf: -1}
			r.text = s.Text[r.bstart:r.bend]
			return g.afterSpan(s, append(dst, r), j)
		}
	}
	if j-i == 1 {
		if out := g.routeEnds(dst, s, i); len(out) > len(dst) {
			return out // "the Abuja-Kaduna highway" (G35)
		}
	}
	for p := i; p < j; p++ {
		if isStopName(lower(toks[p])) {
			return dst // "Foreign Ministry", "Astana Process": an organisation
		}
	}
	k := len(dst)
	out := dst // this span's mentions are out[k:]
	uncovered := 0
	direction := ""
	for p := i; p < j && uncovered == 0; {
		w := lower(toks[p])
		if isParticle(w) || w == "and" {
			p++
			continue
		}
		if regionWords.Has(w) {
			// A place word not after a place: "the US State Department".
			uncovered++
			break
		}
		if p > i && natureWords.Has(w) {
			// "the Rhine River", "the Nuba Mountains", "the Jordan Valley":
			// a river, sea or mountain named after a town, a region or a
			// country is none of them. Only a first-level region or an
			// area keeps the name ("the Swat Valley", "the Sinai
			// Peninsula"); a town or a country does not.
			if n := len(out); n > k && out[n-1].end == p {
				if keepAdmin1(&out[n-1]) {
					out[n-1].end, out[n-1].bend = p+1, toks[p].End
					out[n-1].text = s.Text[out[n-1].bstart:out[n-1].bend]
					p++
					continue
				}
				out = out[:n-1]
			}
			uncovered++
			break
		}
		if p > i && facilityWords.Has(w) {
			// "Kabul Airport", "the Brooklyn Bridge" are in the city; "the
			// Europe Bridge", "Syria Street" are not in Europe or Syria but
			// named after them: a facility named after a country or a
			// region names no place we can resolve.
			if n := len(out); n > k && out[n-1].end == p && !namesState(out[n-1].cands) {
				p++
				continue
			}
			uncovered++
			break
		}
		matched := false
		for e := min(j, p+6); e > p; e-- {
			if isParticle(lower(toks[e-1])) {
				continue
			}
			if compass && p == i && e == j {
				continue
			}
			if e == p+1 && p+1 < j && directionWords.Has(w) {
				// A lone compass word before more of the name is a
				// direction ("Eastern Ukraine"), not the admin1 region
				// some state calls "Eastern"; "Eastern Cape" matched whole.
				continue
			}
			txt := s.Text[toks[p].Start:toks[e-1].End]
			// Fuzzy matching only for a whole span: sub-spans of longer
			// names would find look-alike villages everywhere.
			cands := g.lookup(txt, p == i && e == j)
			if len(cands) > 0 && acronymSpan(toks, p, e) {
				cands = g.asWritten(cands)
			}
			if len(cands) == 0 {
				continue
			}
			r := raw{start: p, end: e, bstart: toks[p].Start, bend: toks[e-1].End, text: txt, cands: cands,
				capitalOf: -1, direction: direction}
			direction = ""
			// "Idlib Province", "Aleppo City": a capitalised place word
			// (never after a country: "US State Department").
			if e < j && regionWords.Has(lower(toks[e])) && !onlyCountries(cands) {
				r.regionWord = lower(toks[e]) != "city"
				r.end, r.bend = e+1, toks[e].End
				r.text = s.Text[r.bstart:r.bend]
				e++
			}
			out = append(out, r)
			p = e
			matched = true
			break
		}
		if matched {
			continue
		}
		if directionWords.Has(w) && p+1 < j {
			direction = w // "Northern Syria"
		} else if _, ok := g.demonymKey[placekey.Key(toks[p].Text)]; !ok || p+1 == j {
			uncovered++
		} // else "Syrian Golan": a demonym modifies the name after it
		p++
	}
	if uncovered > 0 && len(out) > k {
		if j-i <= 3 && g.unknownPlaceCue(toks, i) {
			// "the village of Bani Qais": the settlement word makes the
			// whole name a place, one the gazetteer does not know.
			return append(dst, raw{start: i, end: j, bstart: toks[i].Start, bend: toks[j-1].End,
				text: s.Text[toks[i].Start:toks[j-1].End], unknown: true, capitalOf: -1})
		}
		return dst
	}
	if personLike(out[k:]) {
		return dst
	}
	if len(out)-k >= 2 && sideBySide(out[k:]) {
		cue := j-i <= 3 && g.unknownPlaceCue(toks, i)
		if cue || !shareState(out[k:]) {
			// "the village of Tula Toli" names one settlement: pieces that
			// match places side by side (Tula in Russia, Toli in China)
			// are no reading of it. Without a settlement word, pieces
			// in no common state are no place and its container either
			// ("Moscow Russia" has one).
			if !cue {
				return dst
			}
			return append(dst, raw{start: i, end: j, bstart: toks[i].Start, bend: toks[j-1].End,
				text: s.Text[toks[i].Start:toks[j-1].End], unknown: true, capitalOf: -1})
		}
	}
	if len(out) == k {
		if j-i <= 3 && g.unknownPlaceCue(toks, i) {
			return append(dst, raw{start: i, end: j, bstart: toks[i].Start, bend: toks[j-1].End,
				text: s.Text[toks[i].Start:toks[j-1].End], unknown: true, capitalOf: -1})
		}
		return dst
	}
	return g.afterSpan(s, out, j)
}

// afterTitle reports whether token i follows a title of office or rank
// ("President", "Governor", "Gen.", "Sheikh").
func afterTitle(toks []text.Token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].Text == "." {
		k-- // "Gen" "." where the period is not the title's own
	}
	return k >= 0 && titleWords.Has(strings.TrimSuffix(lower(toks[k]), ".")) // "Gen."

}

// titleWords are titles written before a person's name.
var titleWords = wordset.Of(
	"president", "vice-president", "president-elect", "premier", "chancellor", "minister",
	"governor", "gov", "senator", "sen", "congressman", "congresswoman", "representative", "rep",
	"mayor", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
	"sergeant", "sgt", "admiral", "adm", "brigadier", "brig", "marshal", "commander", "cmdr",
	"king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "pope", "cardinal",
	"bishop", "archbishop", "rabbi", "imam", "ayatollah", "judge", "justice", "ambassador",
	"envoy", "mr", "mrs", "ms", "dr", "prof", "professor", "secretary", "spokesman", "spokeswoman",
)

// personLike reports a span read as two one-word towns side by side with
// nothing between them ("Lee Rigby": Leh and Rigby): English joins two
// places with a comma, "and" or a preposition, so two bare names in a row
// are a person's given name and surname.
func personLike(out []raw) bool {
	if len(out) != 2 || out[0].end != out[1].start || out[0].end-out[0].start != 1 || out[1].end-out[1].start != 1 {
		return false
	}
	for _, r := range out {
		if r.regionWord {
			return false
		}
		for _, c := range r.cands {
			if c.kind != "place" {
				return false
			}
		}
	}
	return true
}

// sideBySide reports matches that follow each other with nothing between
// and no place word among them.
func sideBySide(out []raw) bool {
	for a := range out {
		if out[a].regionWord || a > 0 && out[a-1].end != out[a].start {
			return false
		}
	}
	return true
}

// shareState reports whether some state has a candidate in every piece.
func shareState(out []raw) bool {
	for _, c := range out[0].cands {
		all := true
		for _, r := range out[1:] {
			if !slices.ContainsFunc(r.cands, func(d cand) bool { return d.p.Country == c.p.Country }) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// compassCountry reports a whole span that is a compass word and a
// country's name ("South Lebanon", "Northern Iraq") whose only whole-span
// matches are towns of that name elsewhere (South Lebanon, Ohio): English
// means the part of the country, so the span is read as a direction.
// The same holds for a compass word and a capital or a city of a million
// whose whole-span matches are only villages abroad: "East Berlin" is the
// half of the divided city, not East Berlin, Pennsylvania, and "West
// Berlin" no fuzzy reading of it. A city's own compass name (East
// London, 478,000; East Jerusalem) is a town of its own and stays whole.
func (g *Gazetteer) compassCountry(s *text.Sentence, i, j int, cands []cand) bool {
	toks := s.Tokens
	if j-i < 2 || !directionWords.Has(lower(toks[i])) {
		return false
	}
	exact, village := true, compassWords.Has(lower(toks[i]))
	for _, c := range cands {
		if c.kind != "place" {
			return false
		}
		exact = exact && c.match == "exact"
		village = village && c.p.Population < compassVillagePop && !hasMajorPlace([]cand{c}, compassVillagePop)
	}
	for _, c := range g.lookup(s.Text[toks[i+1].Start:toks[j-1].End], false) {
		switch {
		case c.kind == "country" && exact:
			return true
		case village && c.kind == "place" && c.match == "exact" &&
			(c.p.Feature == "PPLC" || c.p.Population >= compassCityPop):
			return true
		}
	}
	return false
}

// compassVillagePop and compassCityPop bound the divided-city reading of
// a compass name: the whole name's towns must all be villages, the rest
// a capital or a city of a million, so suburbs such as East Orange
// (64,000) or East Hampton, beside Hampton's 137,000, keep their names.
const (
	compassVillagePop = 20000
	compassCityPop    = 1000000
)

// hasMajorPlace reports a candidate populated place that is a capital, an
// admin seat or a town of at least minPop people (a twentieth of the
// region's: Virginia, Free State, 120,000, is small beside Virginia's 8.6
// million).
func hasMajorPlace(cs []cand, minPop int) bool {
	for _, c := range cs {
		if c.kind != "place" {
			continue
		}
		switch c.p.Feature {
		case "PPLC", "PPLA", "PPLG":
			return true
		}
		if c.p.Population >= minPop {
			return true
		}
	}
	return false
}

// namesState reports whether a name can denote a country or a
// multi-country region: "Palestine Square" is named after the state even
// though some town is called Palestine too.
func namesState(cs []cand) bool {
	for _, c := range cs {
		if c.kind == "country" || c.kind == "region" {
			return true
		}
	}
	return false
}

// keepAdmin1 narrows a mention followed by a feature word ("Swat Valley")
// to its first-level region and area candidates; it reports false when
// there are none, and the name is then no place of ours.
func keepAdmin1(r *raw) bool {
	kept := r.cands[:0:0]
	for _, c := range r.cands {
		if c.kind == "admin1" || c.kind == "region" && c.p.Country != "" {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return false
	}
	r.cands = kept
	return true
}

// afterSpan extends the span's last mention over the words that follow
// it: "the Idlib region", "Kazakhstan's capital".
func (g *Gazetteer) afterSpan(s *text.Sentence, out []raw, j int) []raw {
	toks := s.Tokens
	last := &out[len(out)-1]
	if last.end == j && j < len(toks) && regionWords.Has(lower(toks[j])) && !onlyCountries(last.cands) {
		w := lower(toks[j])
		last.regionWord = w != "city" && w != "town"
		last.end, last.bend = j+1, toks[j].End
		last.text = s.Text[last.bstart:last.bend]
	}
	// "Kazakhstan's capital".
	if last.end == j && j+1 < len(toks) && (lower(toks[j]) == "'s" || lower(toks[j]) == "’s") && lower(toks[j+1]) == "capital" {
		for _, c := range last.cands {
			if c.kind == "country" {
				ci := g.byAlpha3[c.p.Country]
				cm := g.capitalMention(s, last.start, j+2, ci)
				*last = cm
				break
			}
		}
	}
	return out
}

// onlyCountries reports whether every candidate is a country or region,
// which take no place word after them.
func onlyCountries(cs []cand) bool {
	for _, c := range cs {
		if c.kind == "place" || c.kind == "admin1" {
			return false
		}
	}
	return true
}

// unknownPlaceCue reports whether the words before token i say that it
// names a place: "the village of Tarnaba", "the town Kafr Nabl".
func (g *Gazetteer) unknownPlaceCue(toks []text.Token, i int) bool {
	if i >= 1 && settlementWords.Has(lower(toks[i-1])) {
		return true
	}
	return i >= 2 && lower(toks[i-1]) == "of" && settlementWords.Has(lower(toks[i-2]))
}

func (g *Gazetteer) capitalMention(s *text.Sentence, i, j, ci int) raw {
	toks := s.Tokens
	r := raw{start: i, end: j, bstart: toks[i].Start, bend: toks[j-1].End, capitalOf: ci}
	r.text = s.Text[r.bstart:r.bend]
	c := g.countries[ci]
	if p, ok := g.Capital(c.alpha3); ok {
		r.cands = []cand{{p: p, kind: "place", match: "capital"}}
		r.why = append(r.why, "capital of "+c.name)
	}
	return r
}

// lookup returns every candidate a name can denote.
func (g *Gazetteer) lookup(name string, fuzzy bool) []cand {
	var buf [64]byte
	kb := placekey.AppendKey(buf[:0], name)
	if len(kb) == 0 {
		return nil
	}
	// Most names looked up are no place: rule them out before making the
	// key a string. Map lookups with string(kb) do not allocate.
	fuzzy = fuzzy && len(kb) >= 4
	if !fuzzy && !g.hasKey(kb) {
		return nil
	}
	if cs, ok := g.memo.get(kb, fuzzy); ok {
		return cs
	}
	k := string(kb)
	cs := g.search(k, fuzzy)
	g.memo.put(k, fuzzy, cs)
	return cs
}

// search is lookup without the memo; fuzzy is set only for keys of four
// bytes or more.
func (g *Gazetteer) search(k string, fuzzy bool) []cand {
	var out []cand
	if ci, ok := g.countryKey[k]; ok {
		out = append(out, cand{p: g.countryPlace(ci), kind: "country", match: "exact"})
	} else if _, ok := g.demonymKey[k]; ok {
		return nil // a demonym is never a place ("Syrian")
	}
	if r, ok := g.regions[k]; ok {
		out = append(out, cand{p: r, kind: "region", match: "exact"})
	}
	for _, t := range g.towns[k] {
		out = append(out, cand{p: t, kind: "place", match: "exact"})
	}
	for _, t := range g.aliases[k] {
		switch t.kind {
		case "place":
			if i, ok := g.resolvePlace(t); ok {
				out = append(out, cand{p: g.placeNoName(i), rec: i + 1, kind: "place", match: "alias"})
			}
		case "admin1":
			out = append(out, cand{p: g.admin1Place(t.index), kind: "admin1", match: "alias"})
		}
	}
	for _, i := range g.admin1Key[k] {
		out = append(out, cand{p: g.admin1Place(i), kind: "admin1", match: "exact"})
	}
	lo, hi := g.exact(k)
	limit := 200 // sorted by population within a key: the tail is hamlets
	if len(out) > 0 && out[0].kind == "country" {
		limit = 5 // only kept to show what was ruled out
	}
	hi = min(hi, lo+limit)
	for i := lo; i < hi; i++ {
		out = append(out, cand{p: g.placeNoName(i), rec: i + 1, kind: "place", match: "exact"})
	}
	if len(out) == 0 && fuzzy {
		maxd := 1
		if len(k) >= 9 {
			maxd = 2
		}
		n := 0
		g.fuzzy(k, maxd, func(i, d int) {
			if n < 50 {
				out = append(out, cand{p: g.placeNoName(i), rec: i + 1, kind: "place", match: "fuzzy", dist: d})
				n++
			}
		})
	}
	return dedupe(out)
}

// hasKey reports whether lookup could find anything for key without fuzzy
// matching: it is some country, demonym, region, alias or admin1 key, or
// the Bloom filter does not rule out a record.
func (g *Gazetteer) hasKey(key []byte) bool {
	if _, ok := g.named[string(key)]; ok {
		return true
	}
	return g.mayContainKey(key)
}

// dedupe drops a place reached twice (by alias and by exact name). Only
// alias candidates can repeat another, and they are few, so this stays
// linear in the number of candidates.
func dedupe(cs []cand) []cand {
	nAlias := 0
	for _, c := range cs {
		if c.match == "alias" {
			nAlias++
		}
	}
	if nAlias == 0 {
		return cs
	}
	out := cs[:0]
	var aliases []cand
	for _, c := range cs {
		dup := false
		if c.match != "alias" {
			for _, a := range aliases {
				if a.kind == c.kind && a.rec == c.rec && a.p.Name == c.p.Name {
					dup = true
					break
				}
			}
		} else {
			aliases = append(aliases, c)
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// featureScore ranks populated places by kind and size: a capital beats a
// provincial seat beats a village, and population separates the rest.
func featureScore(p Place) float64 {
	var s float64
	switch p.Feature {
	case "PPLC":
		s = 6
	case "PPLA", "PPLG":
		s = 4
	case "PPLA2":
		s = 3
	case "PPLA3", "PPLA4", "PPLA5":
		// A third-order seat is a county or commune seat: in Italy,
		// France or Spain every village is one, so only a sizeable one
		// outranks a plain town of its name ("Uri" in Kashmir, 6,700,
		// over Uri, a Sardinian commune of 3,000).
		s = 1
		if p.Population >= 10000 {
			s = 2
		}
	case "PPLX", "PPLL":
		s = 0.3 // neighbourhoods and localities
	case "PPLH", "PPLQ", "PPLW":
		s = 0 // historical, abandoned, destroyed
	default:
		s = 1
		if p.Feature == "PPL" && p.Population >= bigCityPopulation {
			// A city of half a million is a regional centre whatever
			// its rank: Vancouver, British Columbia (600,000) over
			// Vancouver, Washington, a county seat of 170,000. Half a
			// rank, not a whole one, so a state capital a fifth its
			// size still wins (Salem, Oregon over Salem in Tamil Nadu).
			s = 2.5
		}
	}
	// 1.5 per order of magnitude: a city ten times larger needs 1.5 more
	// points of context to lose, so a story's focus (at most 5) can pick
	// Paris, Texas only with more help than the focus alone.
	return s + 1.5*math.Log10(float64(p.Population)+1)
}

// countrySet is the few countries a sentence names; a slice is cheaper
// than a map at this size.
type countrySet []string

// with returns s with c added. (Not a method on *countrySet: a set
// whose address is taken is moved to the heap, array and all.)
func (s countrySet) with(c string) countrySet {
	if !s.has(c) {
		return append(s, c)
	}
	return s
}

func (s countrySet) has(c string) bool { return slices.Contains(s, c) }

// container is what encloses a mention: a country and optionally an
// admin1 region, with how strongly the text says so.
type container struct {
	country, admin1 string
	weight          float64
}

func (g *Gazetteer) resolve(s *text.Sentence, raws []raw, f *Focus, reasons bool) []Mention {
	toks := s.Tokens
	// Countries named in the sentence, and direct containers: "Bam, Iran",
	// "Saraqeb, in northwestern Syria", "in Idlib province".
	// Countries the sentence names as places ("in Syria", "from Iraq"),
	// not as actors or modifiers ("U.S. and Russian negotiators").
	// The sets and the candidates' scores start in arrays on the stack:
	// a sentence names a few countries and a mention has a few
	// candidates, and growing them from nothing was five allocations a
	// sentence with a place.
	var sentBuf, namedBuf, demBuf, placeDemBuf [4]string
	sentCountries := countrySet(sentBuf[:0])
	named := countrySet(namedBuf[:0]) // every state the sentence names, wherever
	for _, r := range raws {
		// The preposition scan only matters for a mention that can be a
		// country; most cannot.
		if !slices.ContainsFunc(r.cands, func(c cand) bool { return c.kind == "country" }) {
			continue
		}
		loc := locativePreps.Has(prepositionBefore(s, r.bstart)) || countryLabel(toks, r.start, r.end)
		for _, c := range r.cands {
			if c.kind == "country" {
				named = named.with(c.p.Country)
				if loc {
					sentCountries = sentCountries.with(c.p.Country)
				}
			}
		}
	}
	if f != nil {
		for _, c := range f.named {
			named = named.with(c) // a named group's state (SetNamed)
		}
	}
	// Demonyms are weak evidence of where a sentence is ("Syrian officers
	// in Tripoli", "the north Lebanese port").
	// A demonym that describes a place ("the north Lebanese port", "a
	// Syrian border town") is stronger evidence than one that describes
	// people ("Syrian officers").
	demonyms, placeDemonyms := countrySet(demBuf[:0]), countrySet(placeDemBuf[:0])
	for i, t := range toks {
		if len(t.Text) > 3 && isCapitalized(t.Text) {
			if ci, ok := g.demonymLower[lower(t)]; ok {
				demonyms = demonyms.with(g.countries[ci].alpha3)
				if i+1 < len(toks) && placeNouns.Has(lower(toks[i+1])) {
					placeDemonyms = placeDemonyms.with(g.countries[ci].alpha3)
				}
			}
		}
	}
	containers := make([][]container, len(raws))
	for i := range raws {
		if i+1 >= len(raws) {
			break
		}
		next := raws[i+1]
		between := toks[raws[i].end:next.start]
		if !containerGap(between, next) {
			continue
		}
		for _, c := range next.cands {
			switch c.kind {
			case "country":
				containers[i] = append(containers[i], container{country: c.p.Country, weight: 15})
			case "admin1":
				containers[i] = append(containers[i], container{country: c.p.Country, admin1: c.p.Admin1, weight: 10})
			}
		}
	}
	type scored struct {
		c cand
		s float64
	}
	var scBuf [4]scored
	sc := scBuf[:0] // reused across raws: only its first element outlives an iteration, by copy
	out := make([]Mention, 0, len(raws))
	bests := make([]*Place, len(raws)) // resolved place per raw, for containers
	for i, r := range raws {
		m := Mention{Text: r.text, Start: r.bstart, End: r.bend, Direction: r.direction}
		if r.end < len(toks) && !r.regionWord && (toks[r.end].Tag == "NN" || toks[r.end].Tag == "NNS") && !isCapitalized(toks[r.end].Text) && !adverbialNoun(toks[r.end].Lower) {
			m.Attributive = true
		}
		var why []string
		if reasons {
			why = append(why, r.why...)
		}
		if r.start > 0 {
			// "near X", "west of X", "northwestern Syria"
			prev := lower(toks[r.start-1])
			switch {
			case prev == "near" || prev == "outside" || prev == "around":
				r.near = true
			case prev == "of" && r.start >= 2 && compassWords.Has(lower(toks[r.start-2])):
				m.Direction = lower(toks[r.start-2]) + " of"
			case directionWords.Has(prev):
				m.Direction = prev
			}
		}
		sc = sc[:0]
		hasCountry := false
		for _, c := range r.cands {
			hasCountry = hasCountry || c.kind == "country"
		}
		// "the Sri Lankan town of X", "the Iraqi village of X": the
		// demonym says which state the place is in, so a look-alike
		// abroad is no reading of it (cheap gate: "of" before the name).
		dem := ""
		if r.start >= 3 && lower(toks[r.start-1]) == "of" {
			dem = g.settlementDemonym(toks, r.start-1)
			if dem != "" && knownOnlyAbroad(r.cands, dem) {
				// "the Armenian region of Nagorno-Karabakh": a region or a
				// city known by that exact name abroad, and none in the
				// state, means the demonym names a people, not the state.
				dem = ""
			}
		}
		// "the village of Solhan in northern Burkina Faso": a place
		// followed by "in" or a comma and one country only, that
		// country's, is in it; a look-alike abroad (Solhan in Turkey)
		// is no reading of it, and the container places the event (G13).
		cont := ""
		// Not a possessive country ("in Sri Lanka's Kandy district"),
		// whose own place is the container.
		if cs := containers[i]; len(cs) == 1 && cs[0].admin1 == "" && dem == "" && !hasCountry && !possessiveAfter(toks, raws[i+1].end) {
			cont = cs[0].country
		}
		// "Guma (Benue)": a bracketed region of one state after a place
		// chooses among the places of that name, as a country after a
		// comma does; a namesake abroad (Guma in Xinjiang) is no reading
		// of it, and with none left the region places it (A39).
		var within *Place
		if cont == "" && dem == "" && !hasCountry {
			if c, p := bracketRegion(toks, raws, i, containers[i]); c != "" {
				cont, within = c, p
			}
		}
		for _, c := range r.cands {
			if dem != "" && c.p.Country != dem || cont != "" && c.p.Country != cont {
				continue
			}
			x := g.score(c, r, containers[i], sentCountries, named, demonyms, placeDemonyms, hasCountry, f)
			if c.kind == "admin1" && cityBeside(raws, i, c.p.Country) {
				x += 3 // "courts across Punjab ... in Lahore" (G37)
			}
			// "Atlanta, Georgia": the container is the region the place
			// before it lies in, even where the name is also a country's.
			if i > 0 && len(containers[i-1]) > 0 && bests[i-1] != nil && c.kind == "admin1" &&
				c.p.Country == bests[i-1].Country && c.p.Admin1 == bests[i-1].Admin1 {
				x += 30
			}
			sc = append(sc, scored{c, x})
		}
		slices.SortStableFunc(sc, func(a, b scored) int {
			switch {
			case a.s > b.s:
				return -1
			case a.s < b.s:
				return 1
			}
			return 0
		})
		if len(sc) > maxCandidates {
			sc = sc[:maxCandidates]
		}
		// The ranked candidates are for Mentions' readers (geocode, eval);
		// MentionsFast, for the pipeline, keeps only the best.
		if len(sc) > 0 && reasons {
			m.Candidates = make([]Place, 0, len(sc))
			m.Scores = make([]float64, 0, len(sc))
			for _, x := range sc {
				if x.c.rec > 0 && x.c.p.Name == "" {
					x.c.p.Name = string(g.line(x.c.rec - 1)[2])
				}
				m.Candidates = append(m.Candidates, x.c.p)
				m.Scores = append(m.Scores, math.Round(x.s*100)/100)
			}
		}
		if len(sc) > 0 {
			best := sc[0].c.p
			if sc[0].c.rec > 0 && best.Name == "" {
				best.Name = string(g.line(sc[0].c.rec - 1)[2])
			}
			m.Best = &best
			bests[i] = &best
			if reasons {
				why = append(why, sc[0].c.kind+" "+sc[0].c.match)
			}
			for _, ct := range containers[i] {
				if ct.country == best.Country && best.Precision != PrecisionCountry {
					if reasons {
						why = append(why, "inside "+ct.country)
					}
					break
				}
			}
			if r.regionWord {
				if reasons {
					why = append(why, "region word")
				}
			}
			if r.near && best.Precision == PrecisionCity {
				near := best
				m.Near = &near
				if reasons {
					why = append(why, "near")
				}
			}
			var others countrySet
			if neighbourhood(sc[0].c.p) && genericQuarter(r.cands) {
				others = otherCountries(raws, i)
			}
			if !g.confident(sc[0].c, r, toks, containers[i], sentCountries, named, demonyms, others, f) {
				continue // a hamlet named like an ordinary word, with no support
			}
			if len(sc) > 1 && twinHamlets(sc[0].c, sc[1].c, sc[0].s-sc[1].s, raws, i, containers[i], sentCountries, named, demonyms) {
				continue // S15: two states' villages, and nothing to choose between them
			}
		}
		if within != nil && m.Best == nil {
			p := *within
			m.Best = &p
			bests[i] = &p
			if reasons {
				why = append(why, "only known to be in "+p.Name+" (bracketed region)")
			}
		}
		if dem != "" && m.Best == nil {
			// Unknown, or only known abroad: the place is in the
			// demonym's state, as an unknown place before a country is.
			if p, ok := g.Country(dem); ok {
				m.Best = &p
				bests[i] = &p
				if reasons {
					why = append(why, "only known to be in "+p.Name+" (demonym)")
				}
			}
		}
		if r.unknown {
			if reasons {
				why = append(why, "unknown place")
			}
		}
		if m.Direction != "" {
			if reasons {
				why = append(why, m.Direction)
			}
		}
		if m.Attributive {
			if reasons {
				why = append(why, "attributive: "+toks[r.end].Text)
			}
		}
		if reasons {
			m.Why = strings.Join(why, "; ")
		}
		if m.Attributive && m.Best != nil && m.Best.Precision == PrecisionCity && namesAccord(toks, r.end) {
			continue // "the Paris climate accord": a name, not a place (N23)
		}
		out = append(out, m)
	}
	g.placeUnknown(toks, out)
	return out
}

// bracketRegion returns the state of a bracketed region right after
// mention i ("Guma (Benue)", "Palma (Cabo Delgado province)") when every
// reading of the bracket lies in that one state, and the region's own
// place when it has one reading; "" when there is no such bracket or its
// readings span states ("Atlanta (Georgia)", "Solhan (Sahel region)" are
// left to the scores).
func bracketRegion(toks []text.Token, raws []raw, i int, cs []container) (string, *Place) {
	if len(cs) == 0 || i+1 >= len(raws) {
		return "", nil
	}
	next := raws[i+1]
	if next.start == 0 || toks[next.start-1].Text != "(" || next.end >= len(toks) || toks[next.end].Text != ")" {
		return "", nil
	}
	c := cs[0].country
	for _, ct := range cs {
		if ct.country != c || ct.admin1 == "" {
			return "", nil
		}
	}
	var p *Place
	for _, x := range next.cands {
		if x.kind == "region" {
			// "Solhan (Sahel region)": the bracket may be a region of
			// many states, which is no one state's container.
			return "", nil
		}
		if x.kind == "admin1" && x.p.Country == c {
			if p != nil {
				return c, nil
			}
			q := x.p
			p = &q
		}
	}
	return c, p
}

// possessiveAfter reports "'s" at token k: the mention before it owns
// what follows rather than enclosing the place before it (G13).
func possessiveAfter(toks []text.Token, k int) bool {
	return k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s")
}

// containerGap reports whether the tokens between two mentions make the
// second one enclose the first: ",", "in", ", in", "in northwestern".
func containerGap(between []text.Token, next raw) bool {
	ok := false
	for _, t := range between {
		switch w := lower(t); {
		case w == "," || w == "in" || w == "of" || w == "the" || directionWords.Has(w):
			ok = ok || w == "," || w == "in"
		case w == "(":
			// "Palma town (Cabo Delgado)", "Kishishe (Rutshuru, North
			// Kivu)": a bracketed province or country after a town is
			// its container, as after a comma (A38).
			ok = true
		default:
			return false
		}
	}
	_ = next
	return ok
}

func (g *Gazetteer) score(c cand, r raw, cs []container, sentCountries, named, demonyms, placeDemonyms countrySet, hasCountry bool, f *Focus) float64 {
	var s float64
	switch c.kind {
	case "country":
		s = 30
		// "Georgia" in a story about the US is the state: only when the
		// story is mostly about the other country and never about this one.
		for _, o := range r.cands {
			if o.kind == "admin1" && o.p.Country != c.p.Country && f.Share(o.p.Country) >= 0.5 && f.Share(c.p.Country) == 0 {
				s = 0
			}
		}
		if stateWord(r) {
			s = 0 // "Niger state" is a Nigerian state, never the country
		}
	case "region":
		s = 25
	case "admin1":
		s = 5
		if r.regionWord {
			s += 12
		}
		if stateWord(r) && stateCountries.Has(c.p.Country) {
			s += 4 // "Plateau state" is Nigeria's, not Benin's Plateau department
		}
		// A populous region outranks a small town of its name ("England"
		// is not England, Arkansas; "Virginia" not Virginia, Illinois),
		// but not a city or an admin seat ("Idlib", "Kandahar").
		// Nor a region of the same name in a state the sentence names:
		// "Cameroonian soldiers ... in the Northwest region" is
		// Cameroon's North-West, not South Africa's more populous North
		// West.
		if c.p.Population >= 1000000 && !majorPlaceOf(r.cands, c) && !namedTwinRegion(c, r.cands, named, demonyms) {
			s += 6
		}
		if named.has(c.p.Country) && !demonyms.has(c.p.Country) && !sentCountries.has(c.p.Country) {
			// "Cameroon's army said fighting went on in the Northwest";
			// "South Africa's government lifted the emergency in Natal" is
			// the province, not Brazil's city of 763,000 (G35: 2 was a
			// point short of it).
			s += 4
		}
		if hasCountry {
			s += 5 // only reachable over a country through the focus rule above
		}
	case "place":
		if hasCountry {
			// Never a town for a country name: Jordan, Lebanon, Georgia.
			return -100
		}
		s = featureScore(c.p)
		if r.regionWord {
			s -= 2
		}
		if hasArticle(r.text) {
			// "Al-Ula" written with its article is the Saudi Al-`Ula, not
			// Ula in Turkey, a larger seat whose name lacks it: the
			// article is dropped for matching, not for choosing (g33).
			name := c.p.Name
			if name == "" && c.rec > 0 {
				name = string(g.line(c.rec - 1)[2])
			}
			if hasArticle(name) {
				s += 2
			}
		}
	}
	switch c.match {
	case "alias", "capital":
		s += 4
	case "fuzzy":
		s -= 3 * float64(c.dist)
	}
	s += 5 * f.Share(c.p.Country) * f.Strength()
	if c.kind != "country" && sentCountries.has(c.p.Country) {
		s += 3
	}
	if c.kind != "country" && demonyms.has(c.p.Country) {
		s += 2 // "Syrian officers in Tripoli"
		if placeDemonyms.has(c.p.Country) {
			s += 4 // "Tripoli ... the north Lebanese port"
		}
	}
	for _, ct := range cs {
		if ct.country == c.p.Country {
			s += ct.weight
			if ct.admin1 != "" && ct.admin1 == c.p.Admin1 && c.kind != "admin1" {
				s += 5
			}
		}
	}
	return s
}

// confident reports whether a resolution is worth returning. Small places
// whose names are ordinary words (Of, Union, Mission) are only places when
// something in the text supports them.
func (g *Gazetteer) confident(c cand, r raw, toks []text.Token, cs []container, sentCountries, named, demonyms, others countrySet, f *Focus) bool {
	if c.kind == "country" && c.match == "fuzzy" {
		// A name one vowel off a country's ("Cameron" ~ Cameroon) is a
		// surname more often than a misspelt state: only after a locative
		// word.
		return r.start > 0 && locativeWords.Has(lower(toks[r.start-1]))
	}
	if c.kind != "place" || c.match == "alias" || c.match == "capital" {
		return true
	}
	// A container supports the town only when it is in the town's own
	// state: "Solhan (Sahel region)" or "Solhan, Sahel region" in Burkina
	// Faso is no reason to read the one Solhan the gazetteer holds, in
	// Turkey, as the place.
	inText := sentCountries.has(c.p.Country)
	for _, ct := range cs {
		inText = inText || ct.country == c.p.Country
	}
	// A locative word supports a small town only when the sentence names
	// no other state: "Boko Haram killed hundreds in Baga" in a sentence
	// about Nigeria is no Bagà in Catalonia.
	cue := r.start > 0 && locativeWords.Has(lower(toks[r.start-1])) && !(foreignHamlet(c, named) || foreignHamlet(c, demonyms) || focusAbroad(c, f))
	if neighbourhood(c.p) && genericQuarter(r.cands) {
		// "rioters torched buildings in Chinatown beside Honiara": a
		// quarter whose name many cities give one needs its state in the
		// text (a place of that state named beside it counts) or a strong
		// story focus; neither its size nor a preposition tells which
		// city's it is (G36).
		return fuzzySupported(c, cs, sentCountries, named, demonyms, f) || others.has(c.p.Country)
	}
	if c.match == "exact" {
		// Capitals and large cities stand on their own; a town named like
		// a person ("Obama said") needs a preposition or its country.
		big := c.p.Population >= 100000 || c.p.Feature == "PPLC"
		if !big && doubledApart(writtenName(r), g.candName(c)) {
			// "in Luuka district" is no Luka in Croatia: a name that
			// matched only by folding a doubled letter is a near match,
			// as a fuzzy one is, and needs its state supported (G36).
			return fuzzySupported(c, cs, sentCountries, named, demonyms, f)
		}
		return big || inText || cue || f.Share(c.p.Country)*f.Strength() >= 0.15
	}
	// A fuzzy match is a guess ("Putin" ~ Putian): it needs its country in
	// the sentence, or a preposition and a sizeable place.
	// A bare name after "the" that modifies nothing is a river, a range or
	// a region far more often than a town whose name is one vowel off:
	// "the Rhine" is no Rheine, "the Danube" no town.
	if r.start > 0 && lower(toks[r.start-1]) == "the" && !r.regionWord &&
		(r.end >= len(toks) || !toks[r.end].IsNoun()) {
		return false
	}
	// "Truck drivers blockaded the bridge", "the Ronin network": a word
	// opening the sentence or after a determiner that modifies a common
	// noun is read as a name only for its capital, and a place one
	// letter off it is a guess on a guess (G36).
	if fuzzyModifier(toks, r) {
		return false
	}
	// A name one vowel off a place abroad is far more often another,
	// smaller place than a misspelt city ("the village of Kocho" is no
	// Kochi in Japan): the match needs its state supported by the
	// sentence (named, a demonym, a container of that state) or by a
	// strong story focus. A locative word alone is no support.
	return fuzzySupported(c, cs, sentCountries, named, demonyms, f)
}

// hasArticle: a name that opens with an Arabic article joined to the
// next word ("Al-Ula", "Al-`Ula", "Ar Raqqah").
func hasArticle(name string) bool {
	k := strings.IndexAny(name, "- `'’")
	if k < 2 || k > 3 || k+1 >= len(name) {
		return false
	}
	return arabicArticles.Has(strings.ToLower(name[:k]))
}

var arabicArticles = wordset.Of(
	"al", "el", "as", "ad", "ar", "an", "at", "az", "ash", "ath", "adh",
	"ed", "er", "es", "et", "ez",
)

// fuzzySupported reports whether the text supports a fuzzy match's state.
// A container counts only when it is the match's own state: "Inn Din in
// Rakhine state" encloses the name in Myanmar, not Inden in Germany.
func fuzzySupported(c cand, cs []container, sentCountries, named, demonyms countrySet, f *Focus) bool {
	cc := c.p.Country
	if sentCountries.has(cc) || named.has(cc) || demonyms.has(cc) {
		return true
	}
	for _, ct := range cs {
		if ct.country == cc {
			return true
		}
	}
	return f.Share(cc)*f.Strength() >= 0.3
}

// settlementDemonym returns the state of a demonym that describes the
// settlement word before "of" at token of: "the Sri Lankan town of",
// "the northern Iraqi village of", "the Syrian border town of". Up to
// two lower-case words may stand between the demonym and the settlement
// word. It returns "" when there is none.
func (g *Gazetteer) settlementDemonym(toks []text.Token, of int) string {
	k := of - 1
	if k < 1 || !demSettlementWords.Has(lower(toks[k])) {
		return ""
	}
	for n := 0; n < 3 && k >= 1; n++ {
		k--
		t := toks[k]
		if !isCapitalized(t.Text) {
			if n == 2 || t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' {
				return ""
			}
			continue // "border", "northern", "small"
		}
		// Two-word demonyms first: "Sri Lankan", "South Sudanese" (not
		// "Sudanese").
		c, first := "", k
		if k >= 1 && isCapitalized(toks[k-1].Text) {
			c, first = g.soleDemonym(lower(toks[k-1])+" "+lower(t)), k-1
		}
		if c == "" {
			c, first = g.soleDemonym(lower(t)), k
		}
		// "the ethnic Armenian region of", "the mainly Albanian village
		// of": the demonym names a people, who live across borders.
		if c != "" && first >= 1 && ethnicWords.Has(lower(toks[first-1])) {
			return ""
		}
		return c
	}
	return ""
}

// knownOnlyAbroad reports candidates none of which is in state dem while
// one is a region, an area, a first-level division or an exact city of
// 100,000+ elsewhere: a name that well known is no guess. Fuzzy matches
// and small towns abroad are (Digana is no Degaña in Spain).
func knownOnlyAbroad(cands []cand, dem string) bool {
	strong := false
	for _, c := range cands {
		if c.p.Country == dem {
			return false
		}
		switch {
		case c.kind == "region" || c.kind == "admin1" || c.kind == "country":
			strong = true
		case c.match != "fuzzy" && (c.p.Population >= 100000 || c.p.Feature == "PPLC"):
			strong = true
		}
	}
	return strong
}

// ethnicWords before a demonym make it a people's name, not a state's.
var ethnicWords = wordset.Of(
	"ethnic", "ethnically", "mainly", "mostly", "predominantly", "largely",
)

// compassDemonym reports a compass word that opens a two-word demonym
// ("South Sudanese", "North Korean", "South African"): the tagger splits
// it from the adjective, but it is no place of its own.
func (g *Gazetteer) compassDemonym(toks []text.Token, i int) bool {
	if !directionWords.Has(lower(toks[i])) {
		return false
	}
	_, ok := g.demonymLower[lower(toks[i])+" "+lower(toks[i+1])]
	return ok
}

// soleDemonym is the state of a lower-cased demonym that names one state
// only ("Congolese" is either Congo's: ""), or "".
func (g *Gazetteer) soleDemonym(w string) string {
	ci, ok := g.demonymLower[w]
	if !ok {
		return ""
	}
	if _, shared := g.demonymShared[w]; shared {
		return ""
	}
	return g.countries[ci].alpha3
}

// demSettlementWords are the nouns a demonym and "of" frame a place name
// with: "the Malian town of", "the Afghan province of". Not "camp",
// "enclave" or "island": "the Palestinian refugee camp of Yarmouk" is in
// Syria, "the Armenian enclave of" was in Azerbaijan; the demonym there
// names the people, not the state.
var demSettlementWords = wordset.Of(
	"village", "town", "city", "hamlet", "port", "province", "district",
	"region", "suburb", "oasis",
)

// foreignHamlet: a village the sentence's named states (or their demonyms)
// do not include. News names a village in the story's own country; one
// abroad with the same name is a homonym ("Boko Haram killed hundreds in
// Baga" is not Bagà in Catalonia; "Russian troops took Krynky" not Krynki
// in Poland). A town of some size stays.
func foreignHamlet(c cand, states countrySet) bool {
	return len(states) > 0 && !states.has(c.p.Country) && !sharesLand(c.p.Country, states) && c.p.Population < 20000
}

// focusAbroad: a village in a state a strong story focus gives no share.
// In a story about Burkina Faso "the village of Solhan" is no Solhan in
// Turkey, which the sentence alone cannot tell.
func focusAbroad(c cand, f *Focus) bool {
	return c.p.Population < 20000 && f.Strength() >= 1 && f.Share(c.p.Country) < 0.15
}

// placeUnknown gives an unknown village the place the text relates it to:
// "the village of Tarnaba, west of Saraqeb" takes Saraqeb; failing that,
// an enclosing admin1 region or country named later in the sentence.
func (g *Gazetteer) placeUnknown(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Best != nil {
			continue
		}
		for j := i + 1; j < len(ms); j++ {
			o := ms[j]
			if o.Best == nil {
				continue
			}
			if o.Best.Precision == PrecisionCity && (o.Near != nil || strings.HasSuffix(o.Direction, " of")) {
				near := *o.Best
				best := near
				m.Near, m.Best = &near, &best
				m.Why = joinWhy(m.Why, "placed at "+near.Name+" ("+strings.TrimSpace(o.Direction+" "+o.Text)+")")
				break
			}
			if o.Best.Precision == PrecisionAdmin1 || o.Best.Precision == PrecisionCountry {
				best := *o.Best
				m.Best = &best
				m.Why = joinWhy(m.Why, "only known to be in "+best.Name)
				break
			}
		}
	}
}

func joinWhy(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

func lower(t text.Token) string {
	if t.Lower != "" {
		return t.Lower
	}
	return strings.ToLower(t.Text)
}

// isCapitalized runs for nearly every token, so it is one expression
// small enough to inline: an ASCII first byte is tested in place
// (unicode.IsUpper of ASCII, without the call), any other goes to
// upperRune.
func isCapitalized(s string) bool {
	return s != "" && (s[0]-'A' < 26 || s[0] >= utf8.RuneSelf && upperRune(s))
}

// upperRune is isCapitalized for a word that opens with a multi-byte
// rune (or an invalid byte, which is no capital).
//
//go:noinline
func upperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mayBeJoined is articleJoined's first test, inlined: most tokens have
// no hyphen, apostrophe or curly apostrophe among their second to fifth
// bytes, and articleJoined is false for them.
func mayBeJoined(w string) bool {
	for k := 1; k < len(w) && k <= 4; k++ {
		if c := w[k]; c == '-' || c == '\'' || c == "’"[0] {
			return true
		}
	}
	return false
}

// articleJoined reports whether a lower-case token is an article or
// elision glued to a capitalised name: "al-Zour", "ez-Zor", "d'Ivoire".
func articleJoined(w string) bool {
	for k := 1; k < len(w) && k <= 4; k++ {
		sep := 0
		switch c := w[k]; {
		case c == '-' || c == '\'':
			sep = 1
		case c == "’"[0] && strings.HasPrefix(w[k:], "’"): // most words have no separator: one byte test
			sep = len("’")
		default:
			continue
		}
		prefix := strings.ToLower(w[:k])
		if !isParticle(prefix) && prefix != "d" && prefix != "l" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w[k+sep:])
		return unicode.IsUpper(r)
	}
	return false
}

// isParticle: lower-case words inside multi-word names (Deir ez-Zor,
// Rio de Janeiro, Ras al Ain, District of Columbia). "and" is not one: it
// joins lists of places far more often than it sits inside a name.
func isParticle(w string) bool {
	switch w {
	case "al", "el", "ez", "es", "as", "ad", "ar", "an", "at", "az", "ash", "ath", "adh", "ed",
		"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las",
		"van", "von", "der", "den", "bin", "ibn", "of", "the", "-", "al-", "el-", "ez-", "ad-", "ar-", "as-", "ash-":
		return true
	}
	return false
}

// isStopName: capitalised words that are never a place by themselves but
// name people and offices next to places ("President", "Ministry").
func isStopName(w string) bool { return stopNames.Has(w) }

var stopNames = wordset.Of(
	"president", "minister", "ministry", "prime", "foreign", "king",
	"general", "mr", "mrs", "ms", "dr", "sheikh", "council",
	"process", "talks", "post", "times", "news", "university",
	"army", "party", "front", "forces", "observatory", "committee",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "may", "january", "february", "march", "april", "june",
	"july", "august", "september", "october", "november", "december",
	"agency", "bank", "company", "group", "institute", "commission",
	"government", "police", "resolution", "security", "union",
	"organization", "organisation", "federation", "league", "movement",
	"congress", "parliament", "senate", "cabinet", "court", "assembly",
	"un", "u.n.", "eu", "e.u.", "nato", "opec", "imf", "asean",
	"osce", "unhcr", "unicef", "icrc", "unsc", "iaea", "wto",
	"brigade", "brigades", "militia", "coalition", "platform", "ministers",
	// Lines drawn between forces: "the Line of Control", "the Blue Line",
	// "the Durand Line" are no towns (not "El Control" in Mexico).
	"line", "control",
)

// natureWords end the names of rivers, seas and mountains, which share
// their names with towns and countries ("the Jordan River", "the Niger
// River") but are neither.
var natureWords = wordset.Of(
	"river", "sea", "ocean", "lake", "mountains", "mountain",
	"mount", "hills", "range", "desert", "gulf", "bay",
	"strait", "straits", "canal", "valley", "peninsula",
	"plateau", "plain", "plains", "delta", "basin", "glacier",
	"falls", "forest", "lagoon", "estuary",
)

// facilityWords end the names of structures, which are in the city they
// are named after ("Kabul Airport") or named after a state or region and
// anywhere at all ("the Europe Bridge", "Palestine Square").
var facilityWords = wordset.Of(
	"airport", "bridge", "street", "square", "avenue", "road",
	"boulevard", "highway", "hotel", "stadium", "hospital",
	"mosque", "church", "cathedral", "museum", "palace", "tower",
	"towers", "gate", "station", "mall", "market", "park",
	"dam", "prison", "port", "harbour", "harbor", "hall",
)

// stateWord: the mention ends in the region word "state" ("Plateau
// state", "Rakhine State").
func stateWord(r raw) bool {
	return r.regionWord && len(r.text) > 6 && strings.EqualFold(r.text[len(r.text)-6:], " state")
}

// stateCountries call their first-level divisions "states" in English,
// so "X state" names one of theirs over a department or a province of
// the same name elsewhere.
var stateCountries = wordset.Of(
	"NGA", "USA", "IND", "MEX", "BRA", "MYS", "SDN", "SSD", "MMR", "AUS",
	"DEU", "AUT", "VEN", "SOM", "ETH", "FSM", "PLW",
)

var regionWords = wordset.Of(
	"region", "province", "governorate", "district", "countryside",
	"oblast", "county", "state", "prefecture", "department",
	"city", "town",
)

// placeNouns are the nouns a demonym describes a place with: "the
// Lebanese port", "a Syrian border town", "the Libyan capital".
var placeNouns = wordset.Of(
	"port", "city", "town", "village", "capital", "border",
	"coast", "province", "region", "countryside", "enclave",
	"island", "harbour", "harbor", "territory", "coastal",
)

var settlementWords = wordset.Of(
	"village", "villages", "town", "towns", "hamlet", "city",
	"neighbourhood", "neighborhood", "camp", "suburb", "district",
)

// bareCompass: the compass word before toks[j] stands alone: no region
// word, name or list follows it.
func bareCompass(toks []text.Token, j int) bool {
	if j >= len(toks) {
		return true
	}
	w := lower(toks[j])
	if w == "," {
		return j+1 >= len(toks) || !compassWords.Has(lower(toks[j+1])) // "the Northwest, Southwest and"
	}
	return !isCapitalized(toks[j].Text) && !regionWords.Has(w) && !regionWords.Has(strings.TrimSuffix(w, "s")) && w != "and" && w != "or"
}

var compassWords = wordset.Of(
	"north", "south", "east", "west", "northwest", "northeast",
	"southwest", "southeast", "north-west", "north-east", "south-west",
	"south-east",
)

var directionWords = wordset.Of(
	"northern", "southern", "eastern", "western", "central",
	"northwestern", "northeastern", "southwestern", "southeastern",
	"north-western", "north-eastern", "south-western", "south-eastern",
	"north", "south", "east", "west", "northwest", "northeast",
	"southwest", "southeast", "upper", "lower",
)

// locativePreps introduce a place in its own right.
var locativePreps = wordset.Of(
	"in", "at", "near", "inside", "outside", "around", "into",
	"across", "throughout", "to", "toward", "towards", "from",
)

var locativeWords = wordset.Of(
	"in", "at", "near", "from", "to", "of", "outside",
	"around", "into", "toward", "towards", "across", "village",
	"town", "city",
)

// dropNamedOf removes, in place, a region matched by a word that "of" and
// a name follow: "the Gulf of Thailand" is not the Persian Gulf that
// "the Gulf" means alone, and "the Gulf state of Qatar" is Qatar, which
// is mentioned on its own. A country keeps its mention ("Iraq of Saddam
// Hussein").
func dropNamedOf(toks []text.Token, raws []raw) []raw {
	out := raws[:0]
	for _, r := range raws {
		if r.end+1 < len(toks) && toks[r.end].Lower == "of" && isCapitalized(toks[r.end+1].Text) && waterOrState(lower(toks[r.end-1])) && regionNotCountry(r.cands) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// waterOrState: the last word of a water's name or of a state's
// description ("the Gulf state of Qatar"); "the Kurdistan region of Iraq"
// keeps its region.
func waterOrState(w string) bool {
	switch w {
	case "gulf", "sea", "bay", "strait", "straits", "ocean", "channel", "state":
		return true
	}
	return false
}

// regionNotCountry reports candidates among which a region (a sea, a
// gulf, a named area) stands and no country does ("Gulf": the Persian
// Gulf, or a province of Papua New Guinea).
func regionNotCountry(cs []cand) bool {
	region := false
	for _, c := range cs {
		switch c.kind {
		case "country":
			return false
		case "region":
			region = true
		}
	}
	return region
}

// adverbialNoun: a noun that says when, which a name before it does not
// modify ("struck Kyiv overnight", "arrived in Paris today").
func adverbialNoun(w string) bool {
	switch w {
	case "overnight", "today", "tonight", "yesterday", "tomorrow", "earlier", "later", "again":
		return true
	}
	return false
}

// namedTwinRegion reports whether another region of the mention's name
// lies in a state the sentence names (as a country or a demonym) while
// c's state goes unnamed: then c's population says nothing about which
// region is meant.
func namedTwinRegion(c cand, cands []cand, named, demonyms countrySet) bool {
	if named.has(c.p.Country) || demonyms.has(c.p.Country) {
		return false
	}
	for _, o := range cands {
		if o.kind == "admin1" && o.p.Country != c.p.Country && (named.has(o.p.Country) || demonyms.has(o.p.Country)) {
			return true
		}
	}
	return false
}
