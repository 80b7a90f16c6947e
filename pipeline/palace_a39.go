package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/geo"
)

// seatMetonym reports a phrase that is a capitalised sector metonym alone
// or with its staff ("the Palace", "the Executive", "Palace officials"):
// the head of state's office or the government of a state the text does
// not name, which the press of the Philippines, Thailand, Jordan, Morocco
// or Latin America writes for its own state's.
func seatMetonym(ph *actor.Phrase) bool {
	return len(ph.Parts) >= 1 && ph.Parts[0].Entry != nil && ph.Parts[0].Entry.Kind == actor.KindSector && ph.Parts[0].Entry.Metonym
}

// namedOnlyAfter reports whether every phrase of the sentence that names
// state c stands after ph and is no place ("in Manila", "from Quito"):
// the state is what the seat acts on or answers ("The Palace welcomed the
// ruling that rejected China's claims, while Beijing said ..."), so it is
// not the seat's own state, which an office of a state the sentence names
// only as its opponent never is (A39). Only the state's bare name, or its
// envoy, counts: its own office holders named after the seat are the
// seat's colleagues. A state named before the seat
// ("Thai protesters criticized the Palace") or as the scene of its act
// ("The Executive expelled the Mexican ambassador from Quito") keeps it.
func (p *Pipeline) namedOnlyAfter(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	after := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o == ph || o.Country != c || o.Inferred {
				continue
			}
			if o.Start < ph.End {
				return false
			}
			if len(o.Sectors) > 0 && !envoy(toks[o.End-1].Lower) {
				// "The Palace said President Marcos had summoned ...":
				// the state's own office holders and bodies, named after
				// the seat, are its colleagues, not what it acts on.
				return false
			}
			if o.Start > 0 {
				switch toks[o.Start-1].Lower {
				case "in", "at", "from", "to", "near", "outside", "inside", "across", "throughout", "around", "of":
					return false
				}
			}
			after = true
		}
	}
	return after
}

// townState gives a state's name written after a town and a comma the
// state the gazetteer finds the pair in, when that is a region of another
// state: "Atlanta, Georgia" is the US state, whose people and agents are
// the United States', not the Caucasus country's (A39). Only the
// "Town, Name" shape asks the gazetteer: it is what says the name is a
// town's container rather than an actor.
func (p *Pipeline) townState(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if len(ph.Parts) != 1 || ph.Parts[0].Entry == nil || ph.Parts[0].Entry.Kind != actor.KindCountry || ph.Country == "" ||
				ph.Start < 2 || toks[ph.Start-1].Text != "," || !toks[ph.Start-2].IsProper() {
				continue
			}
			gp, ok := p.Places.(GeoPlacer)
			if !ok {
				return
			}
			for _, m := range sa.plainMentions(gp.G) {
				if m.Start != toks[ph.Start].Start || m.Best == nil || m.Best.Precision == geo.PrecisionCountry || m.Best.Precision == geo.PrecisionRegion {
					continue
				}
				if c := actor.CameoCountry(m.Best.Country); c != "" && c != ph.Country && p.isState(c) {
					ph.Country, ph.Code = c, c+strings.Join(ph.Sectors, "")
				}
				break
			}
		}
	}
}
