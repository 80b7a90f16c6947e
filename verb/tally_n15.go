package verb

import "github.com/parley-events/parley/internal/wordset"

// countSign: the sentence states a figure, the staple of U.N., NGO and
// statistics-office releases ("More than 3 million people have been
// displaced since April, OCHA said", "About 40 percent of health
// facilities in Gaza are not functioning, the WHO said", "The number of
// refugees in Chad has doubled, UNHCR said"). A figure is a sign that a
// plain statement may only pass on a count; contentless still keeps it
// when the content names a political actor or act, a pronoun, a quote or
// a plan.
//
// The signs: a share ("40 percent", "15%", "40 per cent"); a count's head
// before "of" ("the number of", "the proportion of", "half of", "a third
// of"); a number before the plural noun of what agencies count ("3
// million people", "1,200 migrants", "700 schools").
func (s *sentence) countSign() bool {
	for k := range s.toks {
		t := &s.toks[k]
		switch w := t.Lower; {
		case w == "percent" || w == "%" || w == "percentage" || w == "cent" && k > 0 && s.toks[k-1].Lower == "per":
			if k > 0 && s.toks[k-1].Tag == "CD" {
				return true
			}
		case countHeads.Has(w) && t.IsNoun() || w == "half" || w == "third" || w == "quarter":
			if k+1 < len(s.toks) && s.toks[k+1].Lower == "of" {
				return true
			}
		case t.Tag == "CD":
			// "3 million people", "60,000 people", "1,200 migrants":
			// the number before the plural noun it counts, over its
			// scale word and an adjective.
			j := k + 1
			for j < len(s.toks) && j <= k+3 && (s.toks[j].Tag == "CD" || s.toks[j].Tag == "JJ") {
				j++
			}
			if j < len(s.toks) && (s.toks[j].Tag == "NNS" || s.toks[j].Lower == "people") && countedNouns.Has(s.toks[j].Lower) {
				return true
			}
		}
	}
	return false
}

// countHeads open a noun phrase that is a count or a share of a
// population.
var countHeads = wordset.Of("number", "numbers", "proportion", "share", "rate", "rates", "population", "production", "enrolment", "enrollment", "coverage")

// countedNouns are what agencies count: people and the places and
// goods they need. Not troops, fighters, prisoners or weapons, whose
// numbers are a party's strength or an act's toll.
var countedNouns = wordset.Of(
	"people", "persons", "children", "women", "households", "families",
	"residents", "inhabitants", "refugees", "migrants", "returnees",
	"asylum-seekers", "pupils", "students", "patients", "cases", "homes",
	"houses", "shelters", "schools", "hospitals", "clinics", "facilities",
	"farmers", "hectares", "tonnes", "tons", "livestock", "births",
	"beneficiaries", "visitors", "tourists", "passengers", "workers",
	"jobs", "dwellings", "latrines", "wells", "classrooms", "teachers",
	"doctors", "nurses", "beds", "vaccinations", "doses",
)

// obituary: the statement passes on a death of old age or illness,
// dated by the dead person's age ("The former president died on Sunday
// at the age of 84, his family said", "Hugo Chavez died of cancer ... at
// the age of 58, Vice-President Nicolas Maduro said"). A death announced
// is no one's act, even from a leader's mouth; a death in custody or in
// an attack names its matter with a political noun and stays. It
// returns the index of "died", or -1.
func (s *sentence) obituary() int {
	died := -1
	for k := range s.toks {
		t := &s.toks[k]
		if t.Lemma == "die" && t.IsVerb() && died < 0 {
			died = k
		}
		if died >= 0 && t.Lower == "age" && k+2 < len(s.toks) && s.toks[k+1].Lower == "of" && s.toks[k+2].Tag == "CD" {
			return died
		}
	}
	return -1
}
