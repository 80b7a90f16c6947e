package actor

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// dividedPair returns the two states that the plural of a divided
// state's name stands for: English says "the two Koreas", "both
// Sudans", "the Congos" for the pair, a definite set of two, so each is
// a side. Every such plural is six letters long, which keeps the test
// off the path of the ordinary word. "" when w is no such plural.
func dividedPair(w string) (a, b string) {
	if len(w) != 6 || w[5]|0x20 != 's' {
		return "", ""
	}
	switch w {
	case "Koreas", "KOREAS":
		return "PRK", "KOR"
	case "Sudans", "SUDANS":
		return "SDN", "SSD"
	case "Congos", "CONGOS":
		return "COD", "COG"
	}
	return "", ""
}

// dividedStates appends one part per state for "the two Koreas" at
// token i, both on that token as the countries of "US-China talks" are,
// so that compose makes a phrase of each and group coordinates them.
func (r *Resolver) dividedStates(toks []text.Token, i int, out []Part) []Part {
	a, b := dividedPair(toks[i].Text)
	if a == "" {
		return out
	}
	ea, eb := r.countryEntry(a), r.countryEntry(b)
	if ea == nil || eb == nil {
		return out
	}
	return append(out, Part{Entry: ea, Start: i, End: i + 1}, Part{Entry: eb, Start: i, End: i + 1})
}

// countryEntry returns the first plain (not metonym) entry of a state's
// code. The scan of the whole list is paid only for the rare word that
// asks.
func (r *Resolver) countryEntry(code string) *Entry {
	for i := range r.d.list {
		if e := &r.d.list[i]; e.Kind == KindCountry && e.Code == code && !e.Metonym {
			return e
		}
	}
	return nil
}

// landformAfter reports a capitalised word after a state's name or
// adjective that makes the two one geographic name: "the South China
// Sea", "the Indian Ocean", "the Korean Peninsula", "the Philippine Sea".
// Such a name is a place, and the state inside it is no actor. The word
// must be capitalised: "Chinese sea patrols" and "an Indian ocean liner"
// keep their state. A strait is left out: it is the narrow water along
// the state it is named for, so force shown in "the Taiwan Strait" is
// shown to Taiwan, as wire coders read it.
func landformAfter(t *text.Token) bool {
	if t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return false
	}
	switch t.Lower {
	case "sea", "seas", "ocean", "peninsula", "gulf", "bay", "basin", "archipelago", "plateau", "highlands", "lowlands", "desert":
		return true
	}
	return false
}

// crewHead reports the head of a phrase for the people aboard a ship.
func crewHead(w string) bool {
	switch w {
	case "crew", "crews", "crewmen", "crewmembers", "sailors", "seafarers":
		return true
	}
	return false
}

// navalForce reports a state's armed or police force named as a ship:
// "a US warship", "a Russian frigate", "a Chinese coast guard vessel".
func navalForce(toks []text.Token, ship *Phrase) bool {
	if len(ship.Country) != 3 || len(ship.Sectors) == 0 || ship.Modifier {
		return false
	}
	for _, sec := range ship.Sectors {
		if sec != "MIL" && sec != "COP" {
			return false
		}
	}
	if ship.End < len(toks) && ShipNoun(toks[ship.End].Lower) {
		return true // "coast guard vessel", "navy ship"
	}
	switch toks[ship.End-1].Lower {
	case "warship", "warships", "frigate", "destroyer", "submarine", "corvette", "cruiser", "gunboat":
		return true
	}
	return false
}

// crewsOf gives the crew of a ship named by its state the ship's state:
// "seized the crew of a British-flagged tanker", "freed the crew of the
// Greek-owned vessel", "the crew of an Indian cargo ship". A ship is its
// flag's or its owner's, as wire coding reads "Iran seized a British
// tanker", and those aboard are coded with it; the state's adjective
// becomes a modifier of the ship, so the state is no second side. A crew
// with a state of its own ("the Filipino crew of a Greek tanker") keeps
// it. It changes phs in place.
func crewsOf(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Country != "" || len(ph.Sectors) != 1 || ph.Sectors[0] != "CVL" || !crewHead(toks[ph.End-1].Lower) || i+1 >= len(phs) {
			continue
		}
		k := ph.End
		if k >= len(toks) || toks[k].Lower != "of" {
			continue
		}
		k++
		if k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "the") {
			k++
		}
		ship := &phs[i+1]
		if ship.Start == k && navalForce(toks, ship) {
			// "the crew of a US warship", "the crew of a Chinese coast
			// guard vessel": those aboard a state's warship are its
			// force, not civilians.
			ph.Country, ph.Code, ph.Sectors = ship.Country, ship.Code, append([]string(nil), ship.Sectors...)
			ship.Modifier = true
			continue
		}
		if ship.Start != k || len(ship.Parts) != 1 || ship.Parts[0].Entry.Kind != KindCountry || len(ship.Sectors) > 0 || len(ship.Country) != 3 {
			continue
		}
		// The ship's noun follows, past at most one noun of its kind
		// ("cargo ship", "oil tanker", "fishing boat").
		for j := ship.End; j < len(toks) && j <= ship.End+1; j++ {
			if ShipNoun(toks[j].Lower) {
				ph.Country, ph.Code = ship.Country, ship.Country+"CVL"
				ship.Modifier = true // the crew carries the state now
				break
			}
		}
	}
}

// warringWord reports the adjectives that make "parties", "sides" or
// "factions" the two or more sides of one conflict.
func warringWord(w string) bool {
	switch w {
	case "warring", "rival", "opposing", "feuding", "belligerent":
		return true
	}
	return false
}

// warringIn reads "the warring parties in Sudan", "rival factions in
// Libya": the sides of a conflict placed in a state are that state's
// (its government and those who fight it), so the state's phrase takes in
// the words before it, and the verb stage finds it where the sides stand
// ("mediate between the warring parties in Sudan" is aimed at Sudan, not
// at no one). It changes phs in place.
func warringIn(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		s := ph.Start
		if s < 3 || ph.Country == "" || ph.Modifier || len(ph.Sectors) > 0 || len(ph.Parts) != 1 || toks[s-1].Lower != "in" {
			continue
		}
		switch toks[s-2].Lower {
		case "parties", "sides", "factions":
		default:
			continue
		}
		if !warringWord(toks[s-3].Lower) || i > 0 && phs[i-1].End > s-3 {
			continue
		}
		ph.Start = s - 3
	}
}

// bareSector reports a phrase of agent nouns alone, with no state or
// named body: "officials", "the leaders", "troops".
func bareSector(ph *Phrase) bool {
	if ph.Country != "" || ph.Foreign || ph.Modifier || len(ph.Sectors) == 0 {
		return false
	}
	for _, p := range ph.Parts {
		if p.Entry.Kind != KindSector {
			return false
		}
	}
	return true
}

// dividedHeads gives the states of "the two Koreas" the agent noun that
// governs them, and drops the noun's own phrase: "officials from both
// Koreas", "the leaders of the two Koreas" and "the two Koreas' leaders"
// are each state's officials and leaders, as "the defence ministers of
// Turkey and Russia" are. It returns phs, shortened.
func dividedHeads(toks []text.Token, phs []Phrase) []Phrase {
	for i := 0; i+1 < len(phs); i++ {
		a, b := &phs[i], &phs[i+1]
		if a.Start != b.Start || a.End != a.Start+1 || dividedPairAt(toks, a.Start) == "" {
			continue
		}
		// The head after the pair's possessive, past a word or two of its
		// noun phrase: "the two Koreas' leaders", "the two Koreas'
		// unification ministers".
		if k := a.End; i+2 < len(phs) && k+1 < len(toks) && (toks[k].Lower == "'" || toks[k].Lower == "'s") && possessedAt(toks, k+1, phs[i+2].Start) && bareSector(&phs[i+2]) {
			giveSectors(a, b, &phs[i+2])
			return append(phs[:i+2], phs[i+3:]...)
		}
		// The head before "of" or "from": "officials from both Koreas".
		if i == 0 {
			continue
		}
		h := &phs[i-1]
		k := a.Start - 1
		for k > h.End && (toks[k].Lower == "the" || toks[k].Lower == "two" || toks[k].Lower == "both") {
			k--
		}
		if k != h.End || (toks[k].Lower != "of" && toks[k].Lower != "from") || !bareSector(h) {
			continue
		}
		giveSectors(a, b, h)
		return append(phs[:i-1], phs[i:]...)
	}
	return phs
}

// dividedPairAt is dividedPair of the token at i.
func dividedPairAt(toks []text.Token, i int) string {
	a, _ := dividedPair(toks[i].Text)
	return a
}

// giveSectors gives both states of a pair the sectors of head.
func giveSectors(a, b, head *Phrase) {
	for _, p := range []*Phrase{a, b} {
		p.Sectors = append([]string(nil), head.Sectors...)
		p.Code = p.Country + strings.Join(p.Sectors, "")
	}
}

// possessedAt reports a head at token h that the possessive ending before
// token k governs: right there, or past at most two lower-case words.
func possessedAt(toks []text.Token, k, h int) bool {
	if h < k || h > k+2 {
		return false
	}
	for j := k; j < h; j++ {
		if !startsLowerAlpha(toks[j].Text) {
			return false
		}
	}
	return true
}

// compassRefs reads "the North" and "the South" as one half of a divided
// state when the sentence names either half: "South Korea said the North
// fired a missile", "North Korea accused the South of sending leaflets",
// "Sudan accused the South of backing rebels". Wire copy on the Koreas
// and the Sudans writes the short form once a name is given; with no such
// name in the sentence, "the South" (of a country, of a continent) is
// left alone, as is "the South of France" or "the South China Sea". It
// returns phs, grown when a phrase was added.
func (r *Resolver) compassRefs(toks []text.Token, phs []Phrase) []Phrase {
	north, south := "", ""
	for i := range phs {
		switch phs[i].Country {
		case "PRK", "KOR":
			north, south = "PRK", "KOR"
		case "SDN":
			south = "SSD"
		case "SSD":
			// "South Sudan accused the North of backing rebels": named
			// beside South Sudan, the North is Sudan; beside Sudan alone
			// it is Sudan's own north ("Sudan said the North was calm").
			north, south = "SDN", "SSD"
		}
	}
	if north == "" && south == "" {
		return phs
	}
	for k := 1; k < len(toks); k++ {
		code := ""
		switch toks[k].Text {
		case "North":
			code = north
		case "South":
			code = south
		}
		if code == "" || k+1 < len(toks) && startsUpper(toks[k+1].Text) {
			continue
		}
		// A headline drops the article: "Seoul vows response as North
		// fires missiles", "aid plan to North", "after North's rocket
		// launch". Only after a conjunction or a preposition of the
		// sides, never a locative one ("in North", a place).
		bare := toks[k-1].Lower != "the"
		if bare && !compassHeadlineLeads.Has(toks[k-1].Text) {
			continue
		}
		// "the South of France" is a part of a state, but "accused the
		// South of sending" is the charge; "in the South" is a place.
		if k+1 < len(toks) && toks[k+1].Lower == "of" && !(k+2 < len(toks) && toks[k+2].Tag == "VBG") || !bare && k >= 2 && locativePreps.Has(toks[k-2].Lower) {
			continue
		}
		if slices.IndexFunc(phs, func(p Phrase) bool { return p.Start <= k && p.End > k }) >= 0 {
			continue
		}
		e := r.countryEntry(code)
		if e == nil {
			continue
		}
		start := k - 1
		if bare {
			start = k
		}
		ph := Phrase{Start: start, End: k + 1, Parts: []Part{{Entry: e, Start: k, End: k + 1}}, Country: code, Code: code}
		at, _ := slices.BinarySearchFunc(phs, start, func(p Phrase, s int) int { return p.Start - s })
		phs = slices.Insert(phs, at, ph)
	}
	return phs
}

// compassHeadlineLeads are the lower-case words after which a bare
// "North" or "South" in a sentence that names a Korea or a Sudan is the
// other half, with the headline's article dropped: conjunctions and the
// prepositions of a recipient or an opponent. "to" is a recipient here
// ("offers aid plan to North"); "in", "at" and "near" stay places.
var compassHeadlineLeads = wordset.Of(
	"as", "after", "and", "with", "against", "by", "to", "before",
	"than", "while", "if", "says", "warns", "urges", "accuses",
)

// ownedRelations keeps the relations that finish made of "its allies",
// "its neighbours" only where the phrase before is a state itself ("the
// United States and its allies", "Kyiv urged its allies"): those are
// other, unnamed states. A party's, a company's or a group's allies and
// partners ("the ruling party and its allies") are no states and no
// actor here. It returns phs, shortened.
func ownedRelations(phs []Phrase) []Phrase {
	k := 0
	for i := range phs {
		ph := &phs[i]
		if ph.Code == "---" && ph.Country == "" && len(ph.Sectors) == 0 && len(ph.Parts) == 1 && ph.Parts[0].Entry.Kind == KindSector {
			if i == 0 || !bareState(&phs[i-1]) {
				continue
			}
		}
		phs[k] = *ph
		k++
	}
	return phs[:k]
}

// bareState reports a phrase that names a state alone, with no agent
// noun: "the United States", "Kyiv".
func bareState(ph *Phrase) bool {
	return ph.Country != "" && len(ph.Sectors) == 0 && !ph.Modifier && len(ph.Parts) > 0 && ph.Parts[0].Entry.Kind == KindCountry
}

// currencyAfter reports a currency's name after a state's name or
// adjective: "the US dollar", "the Japanese yen", "the Indian rupee".
// Money is no party: a remark on "the weakness of the yen against the US
// dollar" says nothing to the United States, so the state there is no
// actor, not even a modifier a verb could reach for. Currency names are
// lower case; "won", "real" and "pound" are left out, being common
// English words too ("a South Korean won gold", "US, UK pound Houthi
// targets").
func currencyAfter(t *text.Token) bool {
	if len(t.Text) < 3 || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	switch t.Lower {
	case "dollar", "dollars", "yen", "yuan", "renminbi", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles",
		"peso", "pesos", "franc", "francs", "lira", "sterling", "rand", "naira", "shilling", "shillings",
		"dinar", "dinars", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "krona", "krone", "kroner",
		"zloty", "forint", "hryvnia", "rupiah", "ringgit", "baht", "taka", "cedi", "kwacha", "birr", "lari",
		"tenge", "manat", "kyat", "currency":
		return true
	}
	return false
}

// criticsOf reads "a Kremlin critic", "Putin critics", "Erdogan
// opponents": a government or its leader named before a noun of
// opposition names the people who oppose it, its state's opposition (OPP),
// not the government. A state's bare name or adjective before such a noun
// ("Russian critics", "US opponents of the war") says where the critics
// are from and is left alone, as are other sectors ("army critics"). The
// phrase takes in the noun. A possessive ("Putin's critics") and "of"
// after the noun ("critics of the Kremlin", opponentsOf) say the same.
// It changes phs in place.
func criticsOf(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Start >= 2 && ph.Code != "" && !ph.Modifier && (i == 0 || phs[i-1].End < ph.Start-2) && (toks[ph.Start-1].Lower == "of" || toks[ph.Start-1].Lower == "the") {
			alliesOf(toks, ph)
		}
		if ph.End >= len(toks) || len(ph.Country) != 3 || len(ph.Sectors) != 1 || ph.Sectors[0] != "GOV" || ph.Modifier {
			continue
		}
		// "Putin's critics", "the Kremlin's opponents": the possessive
		// says whom they oppose, as the bare name before the noun does.
		poss := 0
		if w := toks[ph.End].Lower; (w == "'s" || w == "'") && ph.End+1 < len(toks) && opponentNoun(toks[ph.End+1].Lower) {
			poss = 1
		}
		if poss == 0 && !opponentNoun(toks[ph.End].Lower) {
			if ph.Start >= 2 && (i == 0 || phs[i-1].End < ph.Start-2) && (toks[ph.Start-1].Lower == "of" || toks[ph.Start-1].Lower == "the") {
				opponentsOf(toks, ph)
			}
			continue
		}
		if i+1 < len(phs) && phs[i+1].Start == ph.End+poss {
			continue // the noun starts a phrase of its own
		}
		ph.Sectors = []string{"OPP"}
		ph.Code = ph.Country + "OPP"
		ph.End += 1 + poss
	}
}

// opponentNoun is a noun for those who oppose someone.
func opponentNoun(w string) bool {
	switch w {
	case "critic", "critics", "opponent", "opponents", "foe", "foes", "detractor", "detractors":
		return true
	}
	return false
}

// opponentsOf reads the same nouns before "of": "critics of the
// Kremlin", "opponents of President Museveni", "a critic of the Iranian
// government" are the state's opposition (OPP), not the government
// they oppose, which would otherwise be read as the agent. The phrase
// takes in the noun and "of".
func opponentsOf(toks []text.Token, ph *Phrase) {
	k := ph.Start - 1
	if toks[k].Lower == "the" && k > 1 {
		k--
	}
	if toks[k].Lower != "of" || !opponentNoun(toks[k-1].Lower) {
		return
	}
	ph.Start = k - 1
	ph.Sectors = []string{"OPP"}
	ph.Code = ph.Country + "OPP"
}

// alliesOf reads "allies of the prime minister", "a close associate of
// Navalny": a person's political allies are that person's side, as
// "supporters of" are (followersOf), and without the noun taken in the
// person would be read as the agent. "Allies of Russia" name states and
// are left alone: only a person is followed.
func alliesOf(toks []text.Token, ph *Phrase) {
	k := ph.Start - 1
	if toks[k].Lower == "the" && k > 1 {
		k--
	}
	if toks[k].Lower != "of" {
		return
	}
	switch toks[k-1].Lower {
	case "ally", "allies", "associate", "associates", "confidant", "confidants":
	default:
		return
	}
	if personPhrase(toks, ph) {
		ph.Start = k - 1
	}
}
