package verb

import "github.com/parley-events/parley/internal/wordset"

// campHeldWords: what the 082 lines for a protest camp taken down name as
// the thing removed; campHolders: the people who hold such a camp, whom
// a clearance moves out of it ("removed protesters from the camp").
var (
	campHeldWords = wordset.Of("camp", "camps", "sit-in", "sit-ins", "encampment", "encampments", "barricades", "roadblocks", "tents", "blockade", "blockades")
	campHolders   = wordset.Of("protesters", "protestors", "demonstrators", "activists", "students", "supporters", "squatters", "occupants", "campers", "migrants", "people")
)

// campOnlyPlace (S24): an 082 line read "removed ... camp" across a
// preposition, so the camp is only where something else was removed
// from or near ("Police removed bodies from the refugee camp", "Workers
// cleared rubble around the camp", "dismantled a bomb near the camp"):
// no dissent eased. Its holders moved out of it stay a clearance
// ("removed protesters from the camp"), as does the camp or barricades
// named as the object ("removed their protest camp").
func (s *sentence) campOnlyPlace(m *Match) string {
	h := m.Head
	if h < 0 || h >= len(s.toks) {
		return ""
	}
	switch s.toks[h].Lemma {
	case "remove", "clear", "dismantle":
	default:
		return ""
	}
	for k := h + 1; k < len(s.toks) && k < m.Span[1]; k++ {
		t := &s.toks[k]
		if campHeldWords.Has(t.Lower) {
			return ""
		}
		if t.Tag == "IN" && k > h+1 && t.Lower != "of" && !campHolders.Has(s.toks[k-1].Lower) {
			return "the camp is only where something else was removed ('removed bodies from the camp'): no protest camp taken down"
		}
	}
	return ""
}
