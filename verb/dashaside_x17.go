package verb

// Wire copy sets an aside off with a pair of dashes as often as with
// commas: "Kenya – whose economy depends on remittances – expelled two
// Somali diplomats", "Iraq -- still reeling from last month's floods --
// imposed sanctions". The aside may hold a finite verb of its own, and
// "--" ends a clause everywhere else, so the subject before it was never
// reached. An aside between an actor and its verb is skipped whole, as
// one set off by commas is (parenthetical).

// dashWord: a dash standing alone between spaces, as its lower-case form
// (which folds en and em dashes to "-").
func dashWord(w string) bool { return w == "-" || w == "--" }

// maxAside bounds the words between the two dashes: an aside is a phrase
// or a short clause.
const maxAside = 25

// dashAside: the verb at start follows the closing dash of an aside set
// off after an actor ("Iraq — already facing criticism — imposed"). Only
// dated words and adverbs may stand between the closing dash and the
// verb. It returns the index of the opening dash, which the actor's group
// ends at, or -1. The aside holds no other dash, no sentence stop and no
// quote; the actor before it is no mere modifier ("the Kenya-based").
func (s *sentence) dashAside(start int) int {
	c := start - 1
	for c > 0 && !dashWord(s.toks[c].Lower) {
		if t := &s.toks[c]; !(t.Tag == "RB" || t.Tag == "CD" || timeWord(t.Lower) || s.dated(c)) {
			return -1
		}
		c--
	}
	if c < 3 || !dashWord(s.toks[c].Lower) {
		return -1
	}
	for j := c - 2; j > 0 && j >= c-maxAside; j-- {
		t := &s.toks[j]
		if dashWord(t.Lower) {
			if t.Lower != s.toks[c].Lower {
				return -1 // "- ... —": no pair
			}
			gi := s.inGroup[j-1]
			if gi < 0 || s.groups[gi].End != j || s.modifierOnly(gi) {
				return -1
			}
			return j
		}
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" || t.Lower == "(" || t.Lower == ")" {
			return -1
		}
	}
	return -1
}
