package verb

import "github.com/parley-events/parley/internal/wordset"

// crowdMetWithForce: the present participle at k tells what the people
// before it were doing when a force met them: "police fired tear gas at
// demonstrators protesting in Dakar against the postponement", "riot
// police clubbed students marching in Prague", "used water cannon against
// thousands of people protesting". The protest is reported beside the
// repression, as the dev sets code it (141 with 175), though a participle
// of protest elsewhere only says what state its noun was in ("activists
// protesting against the law met the minister", keptRelative). An arrest
// ("detained hundreds of people protesting") or a killing ("killed nine
// coca growers protesting") does not count: the coders keep those to the
// arrest or the deaths. The clause's finite verb before the noun, with
// no comma between, must be a verb of force; "use" only with a weapon of
// crowd control between ("used tear gas against ...").
func (s *sentence) crowdMetWithForce(k int) bool {
	if k < 2 || s.toks[k].Tag != "VBG" || !protestedBy.Has(s.toks[k-1].Lower) {
		return false
	}
	weapon := false
	for j := k - 2; j >= 0 && j >= k-16; j-- {
		t := &s.toks[j]
		if crowdWeapons.Has(t.Lower) {
			weapon = true
		}
		switch t.Tag {
		case ",", ".", ":", "WDT", "WP", "WRB":
			return false
		case "VBD", "VBZ", "VBP", "VB", "VBN":
			if s.inGroup[j] >= 0 {
				continue
			}
			if t.Lemma == "use" || t.Lemma == "deploy" {
				return weapon
			}
			return forceOnCrowd.Has(t.Lemma) || forceOnCrowd.Has(t.Lower)
		}
	}
	return false
}

var (
	// protestedBy: nouns for the people a participle of protest follows
	// when force meets them.
	protestedBy = wordset.Of("protesters", "protestors", "demonstrators", "marchers", "crowds", "crowd",
		"people", "students", "workers", "supporters", "residents", "villagers", "farmers", "pensioners",
		"seekers", "herders", "growers", "activists", "women", "youths", "teachers", "miners", "traders")
	// forceOnCrowd: the verbs of force a crowd meets.
	// Killing or shooting dead names victims, not a crowd at work
	// ("killed nine coca growers protesting" is coded as the killing).
	forceOnCrowd = wordset.Of("fire", "open", "charge", "club", "beat", "disperse", "teargas",
		"tear-gas", "baton-charge", "lathi-charge", "spray")
	// crowdWeapons: what "used" or "deployed" against a crowd names.
	crowdWeapons = wordset.Of("tear", "teargas", "gas", "cannon", "cannons", "bullets", "batons", "grenades",
		"pepper", "rounds", "ammunition", "force")
)
