package verb

// audienceGroup reports an addressee that is only the audience of what is
// said: a parliament or the press with no state of its own in the text
// ("told parliament that the Russian state was culpable", "told
// reporters that India was to blame"). The party named in the that-clause
// is the one judged, so the audience does not take the target from it as
// the addressee of a demand or warning does ("warned Iran that ...").
func (s *sentence) audienceGroup(gi int) bool {
	g := &s.groups[gi]
	if len(g.Phrases) != 1 {
		return false
	}
	ph := &g.Phrases[0]
	if !ph.Inferred && (len(ph.Code) < 3 || ph.Code[:3] != "---") || len(ph.Sectors) == 0 {
		return false
	}
	switch ph.Sectors[len(ph.Sectors)-1] {
	case "LEG", "MED":
		return true
	}
	return false
}
