package verb

import "slices"

// closedBody: "closed (shut down) +" with nothing but the object after
// the verb restricts political freedoms (1721) only when what is closed
// is a civil body: an outlet, a rights group or another NGO ("closed the
// human rights group Memorial", "shut down the Al Jazeera bureau").
// Closed plants, shops, deals, gaps and reactors are business or
// nothing, and an outlet or a group that closes its own office makes a
// business decision, so a subject of those sectors is none either, on
// every close or shut line ("The BBC shut down its Persian radio
// service"). Lines that spell the closed thing themselves ("close ...
// NGOs") are otherwise left to their words.
func (s *sentence) closedBody(p *Pattern, m *Match) string {
	if p.Code != "1721" {
		return ""
	}
	if l := s.toks[m.Head].Lemma; l != "close" && l != "shut" {
		return ""
	}
	civil := func(sec string) bool { return sec == "MED" || sec == "HRI" || sec == "NGO" }
	for _, ph := range m.Source {
		if slices.ContainsFunc(ph.Sectors, civil) || slices.Contains(ph.Sectors, "BUS") {
			return "a civil body or a firm closing its own office: no restriction"
		}
	}
	for _, req := range p.required {
		if len(req) != 1 || req[0] != "down" {
			return ""
		}
	}
	for _, ph := range m.Target {
		if !slices.ContainsFunc(ph.Sectors, civil) || slices.Contains(ph.Sectors, "BUS") {
			return "what was closed is no outlet, rights group or NGO"
		}
	}
	// "demanded that Qatar shut down Al Jazeera": a closure asked for,
	// which the demand codes, is not one made.
	for k := m.Head - 1; k > 0 && k >= m.Head-6; k-- {
		if s.toks[k].Lower == "that" {
			if s.subjunctiveVerb(k) {
				return "a closure demanded, not made"
			}
			break
		}
	}
	return ""
}

// returnScheme: "migrants ... can (could, would, will) be returned to
// France" tells what a deal or a rule allows ("a pilot under which
// migrants can be returned"), not a return made; the 174 line for
// migrants returned codes the act ("returned 300 migrants to Libya",
// "200 migrants were returned to Libya").
func (s *sentence) returnScheme(p *Pattern, m *Match) string {
	if p.Code != "174" || !m.Passive || s.toks[m.Head].Lemma != "return" {
		return ""
	}
	for k := m.Head - 1; k >= 0 && k >= m.Head-3; k-- {
		if s.toks[k].Tag == "MD" {
			return "migrants who may be returned: a scheme, not a return"
		}
	}
	return ""
}
