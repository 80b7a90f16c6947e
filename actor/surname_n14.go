package actor

import (
	"strings"

	"github.com/parley-events/parley/text"
)

// Story surnames. News names a person in full once ("Bolivian President
// Evo Morales met Chilean President Michelle Bachelet") and by the
// surname after that ("Morales criticised Bachelet over the sea
// dispute"), and for Korean or Chinese names by the family name that
// comes first ("North Korean leader Kim Jong Un ... Trump met Kim"). A
// surname alone is seldom a dictionary alias (Kim, Lee or Morales name
// many people), but within one story it is the person the story named.

// PersonEntry reports an entry of the people dictionaries whose alias has
// two words or more: one whose single words may stand for it later in
// the story.
func PersonEntry(e *Entry) bool {
	return e != nil && e.Kind == KindActor && e.Proper && strings.HasPrefix(e.Pos, "actors/people") && strings.IndexByte(e.Alias, ' ') > 0
}

// storyNames adds, to the parts match found, the words that are the
// first or last word of exactly one of the known people's aliases (the
// people the story named in full before this sentence): a capitalised
// name word that no part holds, with no other name word right before it
// (unless a part ends there: "President Morales") or after it ("Kim Yo
// Jong", "Luis Morales" are other people). parts is in token order.
func storyNames(toks []text.Token, parts []Part, known []*Entry) []Part {
	var add []Part
	p := 0
	for i := range toks {
		for p < len(parts) && parts[p].End <= i {
			p++
		}
		if p < len(parts) && parts[p].Start <= i {
			continue // inside a part
		}
		t := &toks[i]
		if !surnameWord(t) || i+1 < len(toks) && nameWord(&toks[i+1]) {
			continue
		}
		if i > 0 && nameWord(&toks[i-1]) && !(p > 0 && parts[p-1].End == i) {
			continue
		}
		if e := knownBy(t.Text, known); e != nil {
			add = append(add, Part{Entry: e, Start: i, End: i + 1})
		}
	}
	if add == nil {
		return parts
	}
	out := make([]Part, 0, len(parts)+len(add))
	i, j := 0, 0
	for i < len(parts) || j < len(add) {
		if j >= len(add) || i < len(parts) && parts[i].Start < add[j].Start {
			out = append(out, parts[i])
			i++
		} else {
			out = append(out, add[j])
			j++
		}
	}
	return out
}

// surnameWord: a capitalised word with lower-case letters after its
// capital, whatever noun tag the model gave it (a name ending in -s is
// read as a plural: "Morales/NNS criticised").
func surnameWord(t *text.Token) bool {
	switch t.Tag {
	case "NNP", "NNPS", "NNS", "NN":
	default:
		return false
	}
	w := t.Text
	return len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && hasLower(w[1:]) && !calendarWord(t.Lower)
}

// nameTitle: a title an alias may open with ("King Abdullah", "Pope
// Francis"), which alone is no name of the person.
func nameTitle(w string) bool {
	switch w {
	case "King", "Queen", "Prince", "Princess", "Crown", "Pope", "Emir", "Sultan", "Sheikh", "Shaikh",
		"President", "General", "Gen.", "Ayatollah", "Grand", "Sir", "Lord", "Lady", "Mullah", "Imam",
		"Field", "Marshal", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms", "Saint", "San", "Al", "El", "Abu", "Bin":
		return true
	}
	return false
}

// knownBy returns the one known person whose alias starts or ends with
// the word w, or nil when none or several do.
func knownBy(w string, known []*Entry) *Entry {
	var found *Entry
	for _, e := range known {
		a := e.Alias
		sp, lsp := strings.IndexByte(a, ' '), strings.LastIndexByte(a, ' ')
		if (a[:sp] != w || nameTitle(w)) && a[lsp+1:] != w {
			continue
		}
		if found != nil && found.Code != e.Code {
			return nil
		}
		found = e
	}
	return found
}
