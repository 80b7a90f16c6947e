package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Possessive pronouns before a bare sector. "Russia denied that its troops
// had entered Ukrainian territory": the troops are Russia's. A possessive
// pronoun refers back, so its owner is an actor written before it in the
// sentence, never one after it (the "Ukrainian" of "Ukrainian territory"
// is where the troops went, not whose they are). English makes the
// pronoun agree with its owner:
//   - "its" stands for a state or an organisation, one thing: a country,
//     or a phrase whose head is a singular noun ("the army", "the
//     ministry"), not a plural one ("the rebels") nor a person;
//   - "their" for a plural or a collective: a plural head ("Iraqi
//     rebels", "Iraqis"), a state or a body ("the government", British
//     usage), not a named person;
//   - "his" and "her" for a person the dictionaries know by name.
// The nearest owner that agrees wins; one whose country the text does not
// give, or a coordination of two states ("Russia and Turkey said their
// troops"), gives no country, and the pipeline fills the phrase from the
// story as it does any bare sector. Phrases already inside the sentence's
// own country ("its Kenyan allies") are left as they are.

// heldNouns are people a possessor holds, faces or harms, not its own:
// "free all their hostages", "its critics", "their victims". They keep
// the story's country, as any bare sector does. Embassies (outpostHeads)
// are likewise left to the pipeline: "closed their embassies in
// Damascus" is aimed at where they stand.
var heldNouns = wordset.Of(
	"hostage", "hostages", "captive", "captives", "prisoner", "prisoners",
	"detainee", "detainees", "abductee", "abductees", "victim", "victims",
	"enemy", "enemies", "foe", "foes", "rival", "rivals", "opponent",
	"opponents", "critic", "critics", "adversary", "adversaries",
	"target", "targets", "kidnappers", "captors", "attackers",
)

// heldBy reports a phrase headed by one of heldNouns.
func heldBy(ph *Phrase) bool {
	last := ph.Parts[len(ph.Parts)-1].Entry
	a := strings.ToLower(last.Alias)
	return heldNouns.Has(a) || outpostHeads.Has(a)
}

// possessorWindow bounds the adjectives between the pronoun and its noun:
// "its own troops", "their elite special forces".
const possessorWindow = 3

// possessives fills the country of bare-sector phrases opened by a
// possessive pronoun from the nearest earlier phrase that agrees with it.
// It changes phs in place and allocates nothing.
func possessives(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if !ph.NeedsCountry() || heldBy(ph) {
			continue
		}
		k := pronounBefore(toks, ph.Start)
		if k < 0 {
			// "met the kingdom's foreign minister": a definite back-reference
			// to a state joins the phrase as a pronoun does, so the verb
			// stage reads it whole; its country is the story's to fill.
			if k = stateRefBefore(toks, ph.Start); k >= 0 && (i == 0 || phs[i-1].End <= k) {
				ph.Start = k
				ph.StateRef = true
			}
			continue
		}
		c := ownerCountry(toks, phs[:i], toks[k].Lower)
		if k+1 < len(toks) && toks[k+1].Lower == "own" {
			if sc := ownSubjectCountry(toks, phs[:i], toks[k].Lower, k); sc != "" {
				c = sc // "shelled Ukrainian positions, killing its own soldiers"
			}
		}
		if c != "" {
			ph.SetCountry(c)
			// The pronoun joins the phrase, as a possessor does ("Russia's
			// troops"): "its (own) troops" is the owner's noun phrase, and
			// the verb stage reads it whole, as a subject right before its
			// verb. Not across other words, which may be a pattern's own
			// ("its shuttle diplomacy"): a head inside an actor never fires.
			if k+1 == ph.Start || k+2 == ph.Start && toks[k+1].Lower == "own" {
				ph.Start = k
			}
		}
	}
}

// pronounBefore returns the token index of the possessive pronoun ("its",
// "their", "his", "her") that opens the noun phrase of a phrase starting
// at token start, across a few adjectives, or -1.
func pronounBefore(toks []text.Token, start int) int {
	for k, n := start-1, 0; k >= 0 && n <= possessorWindow; k, n = k-1, n+1 {
		switch toks[k].Lower {
		case "its", "their", "his", "her":
			if toks[k].Tag == "PRP$" || toks[k].Lower != "her" {
				return k
			}
			return -1
		case "own":
			continue
		}
		switch toks[k].Tag {
		case "JJ", "JJR", "JJS", "VBN", "CD":
			continue
		}
		return -1
	}
	return -1
}

// ownerCountry returns the country of the nearest phrase in before, from
// the end, that the pronoun can stand for; "" when the nearest such phrase
// gives no single country.
func ownerCountry(toks []text.Token, before []Phrase, pron string) string {
	for j := len(before) - 1; j >= 0; j-- {
		o := &before[j]
		if o.Modifier || o.Code == "" || o.Code == "---" {
			continue
		}
		if !agrees(toks, o, pron) {
			continue
		}
		if o.Country == "" {
			return "" // an organisation's or an unknown state's: not ours to guess
		}
		if pron == "their" && j > 0 && joinedPair(toks, &before[j-1], o) && before[j-1].Country != o.Country {
			return "" // "Russia and Turkey said their troops": two owners
		}
		return o.Country
	}
	return ""
}

// agrees reports whether a possessive pronoun can stand for the phrase.
func agrees(toks []text.Token, o *Phrase, pron string) bool {
	last := o.Parts[len(o.Parts)-1].Entry
	person := namedPerson(o)
	plural := false
	if t := toks[o.End-1].Tag; t == "NNS" || t == "NNPS" {
		plural = true
	}
	switch pron {
	case "his", "her":
		return person
	case "its":
		return !person && (last.Kind == KindCountry || !plural)
	default: // their
		return !person
	}
}

// namedPerson reports a phrase that names a person the dictionaries know
// (a dated office holder, or one past every term).
func namedPerson(o *Phrase) bool {
	for _, p := range o.Parts {
		if p.Entry.Kind == KindActor && (len(p.Entry.Ranges) > 0 || p.Entry.Former) {
			return true
		}
	}
	return false
}

// joinedPair reports two phrases joined by "and", "or" or a comma alone.
func joinedPair(toks []text.Token, a, b *Phrase) bool {
	if b.Start-a.End != 1 || a.End >= len(toks) {
		return false
	}
	switch toks[a.End].Lower {
	case "and", "or", ",":
		return true
	}
	return false
}

// relationHeads are nouns for the other parties of a state's relations:
// "Ukraine's allies", "Iraq's neighbours", "the allies of Kyiv" are other
// states, which the text leaves unnamed, not the state itself.
var relationHeads = wordset.Of(
	"allies", "ally", "partners", "partner", "neighbours", "neighbors",
	"neighbour", "neighbor", "enemies", "enemy", "foes", "foe", "rivals",
	"rival", "adversaries", "adversary", "backers", "friends",
	// A state's proxies fight for it but are not it: "Iran's proxies"
	// are the militias it backs, as "Iranian-backed militias" are. The
	// singular is left out: "Israel's proxy war with Iran" is Israel's.
	"proxies", "surrogates",
	// A state's creditors and donors lend or give to it: "Greece's
	// creditors warned Athens" are the lenders, not Greece.
	"creditors", "lenders", "donors",
)

// relationOwners turns a state named only as the owner of a relation
// ("Ukraine's allies", "Israel's closest allies", "the allies of Kyiv")
// into a group of unknown states ("---", as "world powers" is): they act,
// but they are not that state, and no story country may be filled in.
// An owner with an agent noun of its own ("Ukraine's army") is left as it
// is. It changes phs in place and allocates nothing.
func relationOwners(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		if ph.Country == "" || ph.Modifier {
			continue
		}
		// "Russia's neighbour Finland": a state named after the relation
		// head is the actor; the owner only says whose neighbour it is.
		if n := len(ph.Parts); n >= 3 && ph.Parts[n-1].Entry.Kind == KindCountry && !ph.Parts[n-1].Entry.Metonym {
			if h := ph.Parts[n-2]; h.Entry.Kind == KindSector && h.Entry.Code == "-" && relationHeads.Has(toks[h.Start].Lower) && onlyCountries(ph.Parts[:n-2]) {
				c := ph.Parts[n-1].Entry.Code
				ph.Country, ph.Sectors, ph.Code = c, nil, c
				continue
			}
		}
		// "Sudan's neighbouring countries", "Ukraine's other partners": a
		// set of unnamed states (actors.txt's "---") owned by a state is
		// other states.
		if n := len(ph.Parts); n >= 2 && ph.Parts[n-1].Entry.Kind == KindActor && ph.Parts[n-1].Entry.Code == "---" && onlyCountries(ph.Parts[:n-1]) {
			unknownStates(ph)
			continue
		}
		// "the allies of Kyiv": a relation head, then "of" and the state.
		if first := ph.Parts[0]; first.Entry.Kind == KindSector && first.Entry.Code == "-" && relationHeads.Has(toks[first.Start].Lower) &&
			first.End < len(toks) && toks[first.End].Lower == "of" && onlyCountries(ph.Parts[1:]) {
			unknownStates(ph)
			continue
		}
		if !onlyCountries(ph.Parts) && !(len(ph.Parts) >= 2 && onlyCountries(ph.Parts[:len(ph.Parts)-1]) && relationHeads.Has(toks[ph.End-1].Lower)) {
			continue
		}
		// "Ukraine's allies" (the head inside the phrase) or "Ukraine's
		// partners" (after it, past at most one adjective).
		end := ph.End
		if len(ph.Parts) >= 2 && relationHeads.Has(toks[end-1].Lower) {
			end = ph.Parts[len(ph.Parts)-2].End
		}
		if end >= len(toks) || (toks[end].Lower != "'s" && toks[end].Lower != "'") {
			continue
		}
		k := end + 1
		if k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "JJS") && !relationHeads.Has(toks[k].Lower) {
			k++
		}
		if k >= len(toks) || !relationHeads.Has(toks[k].Lower) {
			continue
		}
		// "Russia's neighbour Finland", "Iran's ally Syria": the name
		// after the relation is the actor, and the owner only says whose
		// neighbour it is.
		if i+1 < len(phs) && phs[i+1].Start == k+1 && phs[i+1].Country != "" && toks[k+1].IsProper() {
			ph.Modifier = true
			continue
		}
		if !(k+1 < len(toks) && toks[k+1].IsNoun()) {
			unknownStates(ph)
			if ph.End < k+1 {
				ph.End = k + 1
			}
			// "Israel's closest ally, the United States, vetoed it": the
			// appositive names the state.
			if c := appositiveState(toks, phs[i+1:], k+1); c != "" {
				ph.Country, ph.Code = c, c
			} else if i > 0 {
				appositiveOf(toks, &phs[i-1], ph, k+1)
			}
		}
	}
}

// appositiveOf: the relation phrase is an appositive of the actor named
// just before it ("Syria, Iran's closest ally in the region, rejected
// the plan"): it is that actor, not an unknown other state, so the
// clause keeps its subject. The appositive must close (a comma or the
// sentence's end) before any verb, or it is the next item of a list.
func appositiveOf(toks []text.Token, prev, ph *Phrase, from int) {
	if prev.Country == "" || prev.Modifier || strings.HasPrefix(prev.Code, "---") || prev.End+1 != ph.Start || toks[prev.End].Lower != "," {
		return
	}
	for j := from; j < len(toks) && j < from+8; j++ {
		switch t := &toks[j]; {
		case t.Lower == "," || t.Lower == "." && j == len(toks)-1:
			ph.Country, ph.Code = prev.Country, prev.Code
			ph.Sectors = prev.Sectors
			return
		case t.IsVerb() || t.Lower == "and" || t.Lower == "or" || t.Lower == ";" || t.Lower == ":":
			return
		}
	}
}

// onlyCountries reports parts that are all states' names.
func onlyCountries(parts []Part) bool {
	for _, pt := range parts {
		if pt.Entry.Kind != KindCountry {
			return false
		}
	}
	return len(parts) > 0
}

// unknownStates recodes a phrase as states of unknown country.
func unknownStates(ph *Phrase) {
	ph.Country, ph.Sectors, ph.Code = "", nil, "---"
}

// stateRefNouns are the nouns by which news refers back to a state it
// has named: "the country's", "the kingdom's", "the Gulf state's".
var stateRefNouns = wordset.Of(
	"country", "kingdom", "nation", "state", "republic", "emirate",
	"sultanate", "island", "archipelago", "monarchy",
)

// stateRefBefore returns the index of "the" in "the (ADJ) country 's"
// right before start, or -1.
func stateRefBefore(toks []text.Token, start int) int {
	k := start - 1
	if k < 2 || toks[k].Lower != "'s" || !stateRefNouns.Has(toks[k-1].Lower) {
		return -1
	}
	k -= 2
	if k >= 1 && toks[k].Lower != "the" && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP") {
		k--
	}
	if toks[k].Lower != "the" {
		return -1
	}
	return k
}

// appositiveState returns the state named in ", (the) STATE ," at token k,
// among the phrases after, or "".
func appositiveState(toks []text.Token, after []Phrase, k int) string {
	if k >= len(toks) || toks[k].Lower != "," || len(after) == 0 {
		return ""
	}
	ap := &after[0]
	if ap.Start != k+1 && !(ap.Start == k+2 && toks[k+1].Lower == "the") {
		return ""
	}
	if !onlyCountries(ap.Parts) || ap.End >= len(toks) || toks[ap.End].Lower != "," {
		return ""
	}
	return ap.Country
}

// regionNouns are the nouns by which news refers back to a place below
// the state it has named: "the region's governor", "the province's
// police", "the state's governor" after a Nigerian or US state. With no
// place before it, "the state's" is left to stateRefBefore, which reads
// it as the country the story names.
var regionNouns = wordset.Of(
	"region", "province", "city", "town", "district", "county",
	"governorate", "oblast", "prefecture", "state",
)

// regionOwners gives a bare sector after "the region's" (or province,
// city, ...), and a regional or provincial governor or police, the state
// of the nearest place named before it in the sentence: "A drone attack on Belgorod wounded three civilians, the
// region's governor said" is Russia's governor, "Russian strikes on
// Kharkiv killed four, the city's mayor said" Ukraine's mayor. With no
// place before it the phrase is left to the story.
func (r *Resolver) regionOwners(toks []text.Token, phs []Phrase) {
	for i := range phs {
		ph := &phs[i]
		s := ph.Start
		if s >= 1 && (toks[s-1].Lower == "regional" || toks[s-1].Lower == "provincial") && ph.NeedsCountry() {
			// "Russian strikes on Kharkiv killed four, regional governor
			// Oleh Synehubov said": the governor of the region named.
			if w := toks[s].Lower; w == "governor" || w == "police" {
				if c := r.placeBefore(toks, s-1); c != "" {
					ph.SetCountry(c)
				}
			}
			continue
		}
		if s < 3 || toks[s-1].Lower != "'s" || !regionNouns.Has(toks[s-2].Lower) || toks[s-3].Lower != "the" || !ph.NeedsCountry() {
			continue
		}
		if i > 0 && phs[i-1].End > s-3 {
			continue
		}
		if c := r.placeBefore(toks, s-3); c != "" {
			ph.SetCountry(c)
			ph.Start = s - 3
		}
	}
}

// placeBefore returns the state of the nearest place named before token
// end, a state's, province's or city's name; a demonym or adjective
// ("Russian strikes") says whose act it was, not where. "" if none.
func (r *Resolver) placeBefore(toks []text.Token, end int) string {
	for k := end - 1; k >= 0; k-- {
		if !toks[k].IsProper() || toks[k].Tag == "JJ" {
			continue
		}
		e := r.entryAlong(toks, k, 3, func(e *Entry) bool { return e.Kind == KindCountry })
		if e == nil {
			continue
		}
		a := strings.ToLower(e.Alias)
		if demonymForm(a) || strings.HasSuffix(a, "ian") || strings.HasSuffix(a, "ean") || strings.HasSuffix(a, "can") {
			continue
		}
		return e.Code
	}
	return ""
}
