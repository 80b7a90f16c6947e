package verb

import "github.com/parley-events/parley/internal/wordset"

// asClause: the "as" at k opens a clause of time with its own subject
// and finite verb ("Protests erupted in Tehran as the UN condemned the
// crackdown"). A protest's object search stops there: who acts in the
// clause is no target of the protest (C21). Threats and attacks keep
// the clause's subject, which their acts answer or strike ("vows a
// response as North Korea fires missiles", "a bomb exploded as a convoy
// passed"), so only protests (14) ask. An "as" that compares or lists
// ("such as", "as well as", "the same as") or names a role ("known as")
// is a preposition. A taking of territory (192) asks too (N22): what is
// taken is a place, and "as Malian soldiers withdrew" names who lost it,
// not what was taken ("Jihadists entered Timbuktu as Malian soldiers
// withdrew" is aimed at the town's state, from its place).
func (s *sentence) asClause(k int) bool {
	if s.toks[k].Lower != "as" || k == 0 || asNotClause.Has(s.toks[k-1].Lower) {
		return false
	}
	return s.subjectVerbAfter(k)
}

// asNotClause stand before an "as" that opens no clause.
var asNotClause = wordset.Of(
	"such", "well", "same", "so", "as", "just", "known", "regarded",
	"seen", "described", "designated", "listed", "named", "identified",
	"served", "serve", "serves", "serving", "act", "acts", "acted", "acting",
	"much", "many", "long", "soon", "far",
)
