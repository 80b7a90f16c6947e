package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/verb"
)

// ownSubject: the phrase is the act's own source. "His" in the object of
// an act that judges, honours or helps ("Biden praised his courage",
// "Erdogan criticised his rival") names someone other than the one who
// acts, most often the person named before the subject ("Netanyahu flew
// to Washington, where Biden praised his courage" is aimed at Israel,
// not at the United States); where the subject is the only person named
// ownerTarget finds no owner, as for "Putin sacked his defence minister"
// the verb stage's own target stands (R16).
func ownSubject(m *verb.Match, ph *actor.Phrase) bool {
	for i := range m.Source {
		if m.Source[i].Start == ph.Start && m.Source[i].End == ph.End {
			return true
		}
	}
	return false
}
