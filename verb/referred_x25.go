package verb

import "github.com/parley-events/parley/internal/wordset"

// X25: two more heads before "for" whose object is an act the sentence
// refers to, as an apology's is (apologyBefore). Responsibility owned up
// to ("Islamic State claimed responsibility for the bombings in Sri
// Lanka", "Belgrade acknowledged responsibility for the massacre") and a
// sentence or charge a court passes for an act ("sentenced him to life
// for the bombing of the synagogue") name an act already known: the
// claim (015) and the ruling (116, 173) are the news, and no
// complete-listing set codes the act named beside them. A nominal the
// sentence tells more of in a relative clause ("the bombing that killed
// 84") stays reported, as for the reaction verbs.

// ownedHeads stand right before "for" when an act is owned up to.
var ownedHeads = wordset.Of("responsibility", "credit")

// punishHeads pass judgement or punishment on a person for an act.
var punishHeads = wordset.Of(
	"sentence", "convict", "jail", "imprison", "indict", "prosecute",
	"punish", "execute", "hang", "fine", "try",
)

// ownedOrPunished: the "for" at j follows "responsibility" or "credit",
// or a verb of punishment governs it across its object ("sentenced
// Tsarnaev to death for"); the event noun at k after it is no act of the
// sentence unless a relative clause tells more of it.
func (s *sentence) ownedOrPunished(j, k int) bool {
	if j < 1 {
		return false
	}
	if ownedHeads.Has(s.toks[j-1].Lower) {
		return !s.toldFurther(k)
	}
	for i := j - 1; i >= 0 && i >= j-7; i-- {
		t := &s.toks[i]
		if t.IsVerb() {
			return punishHeads.Has(t.Lemma) && !s.toldFurther(k)
		}
		if gi := s.inGroup[i]; gi >= 0 {
			i = s.groups[gi].Start // the loop's i-- steps past the group
			continue
		}
		if hardStop(t) || t.Lower == "," {
			return false
		}
	}
	return false
}
