package verb

import "strings"

// askedContent: an appeal (020) or a demand (100) whose complement names
// the act asked of the addressee takes the sub-code CAMEO gives asking
// for that act. CAMEO builds the appeal and demand codes on the codes of
// what is asked: material cooperation (06) is asked by 021 and 101,
// economic, military, judicial and intelligence cooperation (061-064) by
// 0211-0214 and 1011-1014, the kinds of aid (071-074) by 0231-0234 and
// 1031-1034, the yields (08) by 024-025 and 104-105, talks (04) by 026
// and 106, mediation (045) by 028 and 108, and diplomatic cooperation
// (05) by 022 and 102. The line that read the complement ("urged Sudan
// to allow a peacekeeping force in", "demanded that Turkey lift the state
// of emergency") already coded the act, as asked for and not done: its
// code names what was asked. Only the unspecified appeal or demand is
// refined, so a line that names the request's kind itself keeps it; an
// act outside the complement (a second clause) says nothing of it. Aid
// of no kind (070) is left out: its lines read "help", which a
// complement mostly asks for a political end ("urged Russia to help end
// the fighting"), not as aid.
func (s *sentence) askedContent(ms []Match) {
	for i := range ms {
		a := &ms[i]
		var demand bool
		switch a.EventCode() {
		case "020":
		case "100":
			demand = true
			if s.toks[a.Head].Tag == "VBG" {
				// "marched ..., demanding that the president step
				// down": the protest's aim, which the pipeline folds
				// into the protest (protestAim) while it is plain 100.
				continue
			}
		default:
			continue
		}
		if c := s.askedAct(ms, i); c != "" {
			if strings.HasPrefix(c, "083") && !officeHolders(a) {
				// "asked the reporters to step aside": only a body
				// that holds office can be asked to give it up.
				continue
			}
			if code := askedCode(c, demand); code != "" {
				a.Code = code
			}
		}
	}
}

// askedAct is the code of the act the complement of appeal or demand i
// names: the first hypothetical match whose head is the verb of an
// infinitive ("to allow") or of a "that" clause ("that Turkey lift")
// right after the appeal's head and its addressee, in one clause.
func (s *sentence) askedAct(ms []Match, i int) string {
	a := &ms[i]
	for j := range ms {
		c := &ms[j]
		if j == i || c.Head <= a.Head || c.Head > a.Head+14 || !c.Modality.Hypothetical {
			continue
		}
		opened := false
		ok := true
		for k := a.Head + 1; k < c.Head; k++ {
			t := &s.toks[k]
			if hardStop(t) || t.Lower == "," || t.Lower == "and" && opened {
				ok = false
				break
			}
			switch {
			case t.Lower == "to" && k+1 < len(s.toks) && s.toks[k+1].Tag == "VB":
				opened = true
			case t.Lower == "that":
				opened = true
			case subordinators.Has(t.Lower) || s.clauseVerb(k):
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && opened {
			return c.EventCode()
		}
	}
	return ""
}

// askedCode maps the code of an act asked for to the appeal's code (or,
// with demand, the demand's); "" when CAMEO has no code for asking it.
func askedCode(c string, demand bool) string {
	var ap string
	switch {
	case c == "045":
		ap = "028"
	case strings.HasPrefix(c, "04"):
		ap = "026"
	case strings.HasPrefix(c, "05"):
		ap = "022"
	case c == "060":
		ap = "021"
	case c == "061", c == "062", c == "063", c == "064":
		ap = "021" + c[2:]
	case c == "071", c == "072", c == "073", c == "074":
		ap = "023" + c[2:]
	case c == "080":
		ap = "025"
	case strings.HasPrefix(c, "081"):
		ap = "0251"
	case c == "082":
		ap = "0252"
	case c == "083":
		ap = "024"
	case c == "0831", c == "0832", c == "0833", c == "0834":
		ap = "024" + c[3:]
	case strings.HasPrefix(c, "084"):
		ap = "0253"
	case c == "085":
		ap = "0254"
	case strings.HasPrefix(c, "086"):
		ap = "0255"
	case strings.HasPrefix(c, "087"):
		ap = "0256"
	default:
		return ""
	}
	if demand {
		return "10" + ap[2:]
	}
	return ap
}

// officeHolders: every addressee of appeal a is a state or a body that
// holds or claims office (a government, a leader, an army, a party, a
// legislature, rebels), of which a change of leadership or of policy can
// be asked; private people and the press cannot give one.
func officeHolders(a *Match) bool {
	if len(a.Target) == 0 {
		return false
	}
	for _, ph := range a.Target {
		if len(ph.Sectors) > 0 && !onlySectors(ph.Sectors, "GOV", "ELI", "MIL", "PTY", "LEG", "JUD", "REB", "OPP", "COP", "SPY") {
			return false
		}
	}
	return true
}
