package geo

// cityBeside reports another mention of the sentence, besides raws[i],
// that can only be a city of 100,000 people or more in state c: a
// region named like regions of two states ("Punjab", India's and
// Pakistan's) is the one whose city the sentence also names ("Lawyers
// boycotted courts across Punjab after a colleague was killed in
// Lahore").
func cityBeside(raws []raw, i int, c string) bool {
	for j := range raws {
		if j == i || len(raws[j].cands) == 0 {
			continue
		}
		only := true
		for _, o := range raws[j].cands {
			if o.kind != "place" || o.p.Country != c || o.p.Population < 100000 {
				only = false
				break
			}
		}
		if only {
			return true
		}
	}
	return false
}
