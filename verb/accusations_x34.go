package verb

import "github.com/parley-events/parley/actor"

// ownBlowReported (X34): the speaker of the statement at i reports, in
// the same statement, violence of its own side aimed at the party ag
// ("Pakistan's military said it had shot down two Indian jets ..., a day
// after Indian warplanes struck", "the army said its troops had killed 30
// of the fighters", "The IDF said it had struck Hezbollah rocket
// launchers"): a combat report of its own blow at ag, with ag's fire as
// what was answered or fought. Both acts are coded; the report is no
// accusation (112) levelled at ag, and the complete-listing dev sets list
// the acts alone. A speaker who tells only ag's violence ("Syria said
// Turkish jets bombed the town") still accuses ag.
func (s *sentence) ownBlowReported(ms []Match, i int, ag actor.Phrase) bool {
	sp := &ms[i]
	who := sp.Source[0].Code
	if ag.Country == "" && ag.Code == "" {
		return false
	}
	for j := range ms {
		o := &ms[j]
		if j == i || o.Pattern.Speech || o.Modality.ReportedBy == nil || o.Modality.ReportedBy.Code != who {
			continue
		}
		if root := o.EventCode()[:2]; root < "18" || root > "20" || o.Modality.Negated || o.Modality.Hypothetical || len(o.Source) == 0 {
			continue
		}
		if own := o.Source[0]; own.Code != who && !ownSide(sp.Source[0], own) && !s.firstPerson(own) {
			continue
		}
		for _, t := range o.Target {
			if t.Code == ag.Code || ag.Country != "" && t.Country == ag.Country {
				return true
			}
		}
	}
	return false
}
