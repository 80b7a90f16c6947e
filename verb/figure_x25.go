package verb

import "github.com/parley-events/parley/internal/wordset"

// X25: a figure that rose or fell to a level is a tally, as one that rose
// or fell by a percentage already was (countSign): "births fell to a
// record low of 322,000 last year, the statistics institute said",
// "Births in Taiwan fell to 135,000 last year, the interior ministry
// said". The statement that only passes it on is no act (contentless).

// changeVerbs move a figure up or down.
var changeVerbs = wordset.Of(
	"fall", "rise", "drop", "grow", "climb", "decline", "increase",
	"decrease", "slump", "plunge", "surge", "jump", "dip", "soar", "shrink",
	"slide", "tumble", "sink",
)

// levelWords name the level a figure reaches after "to".
var levelWords = wordset.Of("record", "low", "high", "lowest", "highest", "level")

// figureChange: the token at k is a finite change verb after a noun, and
// the level it reaches follows ("fell to a record low", "rose to 1.8
// million", "dropped by 12,000").
func (s *sentence) figureChange(k int) bool {
	t := &s.toks[k]
	if k == 0 || !(t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") || !changeVerbs.Has(t.Lemma) || !s.toks[k-1].IsNoun() {
		return false
	}
	j := k + 1
	if j < len(s.toks) && s.toks[j].Tag == "RB" {
		j++ // "fell sharply to"
	}
	if j+1 >= len(s.toks) {
		return false
	}
	switch s.toks[j].Lower {
	case "to":
	case "by":
		return s.toks[j+1].Tag == "CD"
	default:
		return false
	}
	for i := j + 1; i < len(s.toks) && i <= j+3; i++ {
		n := &s.toks[i]
		if n.Tag == "CD" || levelWords.Has(n.Lower) {
			return true
		}
		if n.Tag != "DT" && n.Tag != "PRP$" && n.Tag != "JJ" && n.Tag != "JJS" {
			return false
		}
	}
	return false
}
