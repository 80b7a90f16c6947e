package actor

import "github.com/parley-events/parley/text"

// weaponOwners (S34): a country adjective before a weapon noun that no
// actor line holds, coordinated with an armed noun that one does,
// qualifies both: "Russian missiles and drones hit the grid", "Iranian
// rockets and drones struck Erbil" (the drones are Russia's, Iran's).
// Before, the adjective stopped at "missiles", the drones were the
// subject and were nobody's (---MIL). Only one or two lower-case words
// between the adjective and "and" (the first weapon), and only a bare
// military phrase after it, take the adjective's state: "Russian gas and
// oil workers" is no one's forces.
func weaponOwners(toks []text.Token, phs []Phrase) {
	for i := 0; i+1 < len(phs); i++ {
		q, p := &phs[i], &phs[i+1]
		if len(q.Parts) != 1 || q.Parts[0].Entry.Kind != KindCountry || len(q.Sectors) > 0 || q.Country == "" || q.End < 1 || q.End > len(toks) {
			continue
		}
		if p.Country != "" || len(p.Sectors) != 1 || p.Sectors[0] != "MIL" || p.Start <= q.End || p.Start > len(toks) {
			continue
		}
		tk := toks[q.End-1]
		if !(tk.Tag == "JJ" || bareAdjectives.Has(tk.Lower) || adjectiveEnding(tk.Lower)) {
			continue
		}
		gap := toks[q.End:p.Start]
		if len(gap) < 2 || len(gap) > 3 || gap[len(gap)-1].Lower != "and" {
			continue
		}
		plain := true
		for _, t := range gap[:len(gap)-1] {
			plain = plain && t.Text == t.Lower && (t.Tag == "NNS" || t.Tag == "NN" || t.Tag == "JJ")
		}
		if !plain || gap[len(gap)-2].Tag != "NNS" {
			continue // the first weapon is a plural noun: "missiles", "cruise missiles"
		}
		p.SetCountry(q.Country)
		p.Inferred = false // the text names it
	}
}
