package pipeline

import (
	"slices"
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
)

// placeBeforeStory is placeBefore read against the story's other places
// (S14): a town's name before a local body ("Victoria police", "Hamilton
// police") is the town of that name in the state the story's other places
// lie in, when it has one, not a capital of the name elsewhere that wins
// only on rank: "Victoria police charged two men over the attack in
// Melbourne" is AUSCOP (Victoria, the state Melbourne is in), not
// Seychelles'; "A gunman opened fire at a Toronto mall. Hamilton police
// arrested a suspect" is CANCOP, not New Zealand's. Only when the name alone resolved to
// a state no other place of the story (its own sentence, the three before
// it and the one after) lies in is the sentence read again, with those
// states as its focus, and the name's best reading in one of them, a
// first-level region or a town of 100,000 people or more, is taken.
func (p *Pipeline) placeBeforeStory(a *Analysis, i int, sa *SentenceAnalysis, ph *actor.Phrase) string {
	c := p.placeBefore(sa, ph)
	if c == "" {
		return ""
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return c
	}
	toks := sa.Sentence.Tokens
	k := ph.Start - 1
	var states [4]string
	others := states[:0]
	for j := max(0, i-3); j <= i+1 && j < len(a.Sentences); j++ {
		if a.Sentences[j].Discarded != "" && j != i {
			continue
		}
		for _, m := range a.Sentences[j].plainMentions(gp.G) {
			if j == i && m.Start <= toks[k].Start && m.End >= toks[k].End {
				continue // the name itself
			}
			if m.Best == nil || m.Best.Country == "" || !p.isState(m.Best.Country) {
				continue
			}
			if m.Best.Country == c {
				return c // another place of the story agrees
			}
			if len(others) < cap(states) && !slices.Contains(others, m.Best.Country) {
				others = append(others, m.Best.Country)
			}
		}
	}
	if len(others) == 0 {
		return c
	}
	f := geo.NewFocus()
	for _, o := range others {
		f.Add(o, 3)
	}
	for _, m := range gp.G.Mentions(&sa.Sentence, nil, f) {
		if m.Start > toks[k].Start || m.End < toks[k].End {
			continue
		}
		for _, cand := range m.Candidates {
			if slices.Contains(others, cand.Country) && (cand.Precision == geo.PrecisionAdmin1 || cand.Precision == geo.PrecisionCity && cand.Population >= 100000) {
				return cand.Country
			}
		}
		break
	}
	return c
}

// projectileFar reports a place that an event's projectiles are fired or
// launched at (S14) in a sentence that names another state as well:
// "Gunmen fired rockets at Sderot from the Gaza Strip", "A day after
// militants fired rockets at Sderot, Israeli jets struck Gaza", "fired a
// missile at Riyadh ... Yemen". Like a place they are fired into ("into
// southern Israel", destination), it is where the blow lands, and the
// other state says the senders may have fired from across a border, so the
// place gives them no country. With no other state ("Rebels fired rockets
// at the city of Aden") the war is the place's own and the senders keep
// its state, as does a place after "in" ("fired rockets at a police
// station in Kunduz").
func projectileFar(ev *event.Event, sa *SentenceAnalysis) bool {
	l := ev.Location
	if l == nil || l.Country == "" || !projectileAt(ev, l.Start) {
		return false
	}
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Country != "" && ph.Country != l.Country && !ph.Inferred {
				return true
			}
		}
	}
	return false
}

// projectileAt: the place at byte off is what the event's projectiles
// are fired or launched at: "fired rockets at Ashkelon", "launched a
// missile at the city of Riyadh", "at the Turkish border town of Kilis".
func projectileAt(ev *event.Event, off int) bool {
	switch ev.CAMEORoot {
	case "15", "18", "19", "20":
	default:
		return false
	}
	v := strings.ToLower(ev.Evidence.Verb.Text)
	if !strings.HasPrefix(v, "fire") && !strings.HasPrefix(v, "launch") && !strings.HasPrefix(v, "lob") && !strings.HasPrefix(v, "hurl") && !strings.HasPrefix(v, "rain") {
		return false
	}
	if off <= ev.Evidence.Verb.End || off > len(ev.Sentence) {
		return false
	}
	words := strings.Fields(ev.Sentence[ev.Evidence.Verb.End:off])
	// Back over the place's own description: "the Turkish border town
	// of", "southern", "the".
	for n := 0; len(words) > 0 && n < 6; n++ {
		w := strings.ToLower(strings.Trim(words[len(words)-1], ",'’"))
		switch {
		case w == "at" || w == "toward" || w == "towards":
			// The projectile itself right before: "fired rockets at",
			// not "fired on protesters at Tahrir Square", where the
			// place is the scene.
			return len(words) >= 2 && projectileNoun(strings.ToLower(words[len(words)-2]))
		case w == "the" || w == "of" || w == "border" || compass.Has(w) || placeKind(w) || len(w) > 0 && words[len(words)-1][0] >= 'A' && words[len(words)-1][0] <= 'Z':
			words = words[:len(words)-1]
		default:
			return false
		}
	}
	return false
}

// projectileNoun: a thing fired or launched at a distance.
func projectileNoun(w string) bool {
	switch w {
	case "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "shell", "shells", "drone", "drones",
		"projectile", "projectiles", "salvo", "salvos", "barrage", "barrages", "katyusha", "katyushas", "artillery", "rounds":
		return true
	}
	return false
}

// judgesAnother: the judging verb at k names, after it, a state other
// than actor, the state the sentences before have acting (S14). The
// bare organ then judges that other state, which the acting state can do
// as well as a third one, so nothing makes it the dateline's: "LONDON
// (Reuters) - Iran said it would not negotiate with Washington. The
// foreign ministry condemned U.S. sanctions" is Iran's ministry, not
// Britain's; "SEOUL (Reuters) - North Korea said it had tested a hydrogen
// bomb. The government condemned the test" names no one and stays
// South Korea's (reactingState).
func judgesAnother(sa *SentenceAnalysis, k int, actor string) bool {
	for gi := range sa.Groups {
		if sa.Groups[gi].Start <= k {
			continue
		}
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Country != "" && ph.Country != actor {
				return true
			}
		}
	}
	return false
}
