package geo

import "strings"

// landformOnly drops the towns of a bare landform word's candidates:
// "the curfew in the Valley" is the valley the story is about (Kashmir's),
// "the Delta" a delta, never a town whose name is "The Valley" (the
// capital of Anguilla) or "Delta", nor a division named with the article
// ("The Valley" is Anguilla's too); a region of the word's name ("the
// Gulf") and a division named by the bare word ("Delta" state) stay. cs
// is the lookup's memo and is left as it is.
func landformOnly(cs []cand) []cand {
	var out []cand
	for _, c := range cs {
		if c.kind == "place" || c.kind == "admin1" && strings.HasPrefix(strings.ToLower(c.p.Name), "the ") {
			continue
		}
		out = append(out, c)
	}
	return out
}
