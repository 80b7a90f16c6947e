package verb

import (
	"math"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// Targets that English names without an object slot: the maker of a call
// that is reacted to, and the place of an event that is judged.

// requestNouns name something one party puts to another: a reaction to
// it is a reaction to its maker ("rejected calls by Belarus for aid",
// "welcomed an offer from Qatar to mediate"). Accusations and threats are
// put to someone too: "dismissed accusations from Moscow" answers Moscow.
var requestNouns = wordset.Of(
	"call", "calls", "demand", "demands", "proposal", "proposals",
	"offer", "offers", "plan", "plans", "request", "requests",
	"appeal", "appeals", "plea", "pleas", "bid", "bids", "initiative",
	"initiatives", "suggestion", "suggestions", "ultimatum",
	"ultimatums", "invitation", "invitations", "overture",
	"overtures", "pressure", "proposition", "accusation",
	"accusations", "allegation", "allegations", "claim", "claims",
	"criticism", "charges", "warning", "warnings", "threat", "threats",
)

// reactionRoot: codes that answer what another party put forward:
// intent to cooperate (03), endorsement (05), concession (08),
// disapproval (11) and rejection (12).
func reactionRoot(root string) bool {
	switch root {
	case "03", "05", "08", "11", "12":
		return true
	}
	return false
}

// requestMakerBefore: the passive verb starting at start has as subject
// a request noun whose maker follows "by" or "from": "Calls by Belarus
// for aid were rejected by Berlin". The subject opens its clause; the
// maker's group, or -1.
func (s *sentence) requestMakerBefore(start int) int {
	c := start - 1
	for c >= 0 && start-c <= placeReach {
		t := &s.toks[c]
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || s.inGroup[c] < 0 && s.clauseVerb(c) && !isAux(t.Lower) {
			break
		}
		c--
	}
	gi := s.requestMaker(c)
	if gi >= 0 && s.groups[gi].End > start {
		return -1
	}
	return gi
}

// requestMaker: the verb at h takes as object a request noun whose maker
// follows "by" or "from", possibly after a participle ("calls made by",
// "a plan put forward by"): that maker's group, or -1. The object may
// open with a particle ("turned down a request from Kyiv") and with
// determiners, adjectives and nouns ("renewed calls", "a peace
// proposal"), and follow "to" or "with" ("agreed to a proposal by
// France"). A possessor ("China's proposal") or a country adjective is
// the object finder's already.
func (s *sentence) requestMaker(h int) int {
	k := h + 1
	if k < len(s.toks) && s.toks[k].Tag == "RP" {
		k++
	}
	if k < len(s.toks) && (s.toks[k].Lower == "to" || s.toks[k].Lower == "with") {
		k++ // "agreed to a proposal by", "complied with demands from"
	}
	for n := 0; k < len(s.toks) && n < 5; k, n = k+1, n+1 {
		t := &s.toks[k]
		if s.inGroup[k] >= 0 || hardStop(t) {
			return -1
		}
		if requestNouns.Has(t.Lower) && t.IsNoun() {
			break
		}
		if !(filler(t) || t.IsNoun() || t.Tag == "VBN") {
			return -1 // "renewed calls", "repeated demands" pass
		}
	}
	if k >= len(s.toks) || !requestNouns.Has(s.toks[k].Lower) {
		return -1
	}
	j := k + 1
	for n := 0; j < len(s.toks) && n < 3 && s.inGroup[j] < 0; j, n = j+1, n+1 {
		// "calls made by", "a plan put forward by"
		if t := &s.toks[j]; !(t.Tag == "VBN" || t.Tag == "RP" || t.Tag == "RB") {
			break
		}
	}
	if j >= len(s.toks) || (s.toks[j].Lower != "by" && s.toks[j].Lower != "from") {
		return -1
	}
	for j++; j < len(s.toks) && j <= k+8; j++ {
		if gi := s.inGroup[j]; gi >= 0 {
			if s.groups[gi].Start != j {
				return -1
			}
			return gi
		}
		if !filler(&s.toks[j]) {
			return -1
		}
	}
	return -1
}

// forAddressee: an appeal or demand at h is "for" a party "to" act
// ("called for Iran to release", "pressed for Kenyan troops to
// withdraw"): that party's group, or -1.
func (s *sentence) forAddressee(h int) int {
	k := h + 1
	if k >= len(s.toks) || s.toks[k].Lower != "for" {
		return -1
	}
	gi := s.objectOfPrep(k)
	if gi < 0 {
		return -1
	}
	e := s.groups[gi].End
	if e+1 >= len(s.toks) || s.toks[e].Lower != "to" || s.toks[e+1].Tag != "VB" {
		return -1
	}
	return gi
}

// forSubject: the match starting at start is an infinitive whose subject
// follows "for" ("for Kenyan troops to withdraw", "time for Iran to
// act"): that group, or -1.
func (s *sentence) forSubject(start int) int {
	if start < 3 || start >= len(s.toks) || s.toks[start].Tag != "VB" || s.toks[start-1].Lower != "to" {
		return -1
	}
	gi := s.inGroup[start-2]
	if gi < 0 || s.groups[gi].End != start-1 || s.modifierOnly(gi) {
		return -1
	}
	k := s.groups[gi].Start - 1
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ") {
		k--
	}
	if k < 0 || s.toks[k].Lower != "for" {
		return -1
	}
	return gi
}

// bidOwner: the match starting at start is the infinitive of a bid, plan,
// attempt, effort or decision with a possessor ("Sweden's bid to join
// NATO", "the EU's plan to impose tariffs") or a country adjective ("the
// Ugandan decision to close the border", "a Russian attempt to seize the
// port"): that owner's group, or -1.
func (s *sentence) bidOwner(start int) int {
	if start < 3 || start >= len(s.toks) || s.toks[start].Tag != "VB" || s.toks[start-1].Lower != "to" {
		return -1
	}
	n := start - 2
	if !s.toks[n].IsNoun() || !hypoNouns.Has(s.toks[n].Lower) && !decisionNouns.Has(s.toks[n].Lower) {
		return -1
	}
	k := n - 1
	for k >= 0 && s.inGroup[k] < 0 && (s.toks[k].Tag == "JJ" || s.toks[k].Tag == "JJS" || s.toks[k].Tag == "JJR") {
		k-- // "Ukraine's latest bid"
	}
	if k >= 1 && s.inGroup[k] >= 0 {
		// "the Ugandan decision": a determiner before the adjective makes
		// it the noun's owner, not a possessor's modifier.
		if g := s.groups[s.inGroup[k]]; g.End == k+1 && g.Start >= 1 && s.toks[g.Start-1].Tag == "DT" && s.modifierOnly(s.inGroup[k]) {
			return s.inGroup[k]
		}
	}
	if k < 1 || s.toks[k].Tag != "POS" {
		return -1
	}
	if gi := s.inGroup[k-1]; gi >= 0 && s.groups[gi].End == k {
		return gi
	}
	return -1
}

// placePhrase: the length of a place phrase at k, "in" or "at" and one
// to three capitalised names ("in Geneva", "at Camp David", "in Iran"),
// or 0.
func (s *sentence) placePhrase(k int) int {
	if k+1 >= len(s.toks) || (s.toks[k].Lower != "in" && s.toks[k].Lower != "at") {
		return 0
	}
	j := k + 1
	if gi := s.inGroup[j]; gi >= 0 {
		// A country the actor stage claimed, which is a place here.
		g := s.groups[gi]
		if g.Start != j || len(g.Phrases) != 1 || g.End-g.Start > 3 || !s.toks[j].IsProper() {
			return 0
		}
		return g.End - k
	}
	for j < len(s.toks) && j <= k+3 && s.inGroup[j] < 0 && s.toks[j].IsProper() {
		j++
	}
	if j == k+1 {
		return 0
	}
	return j - k
}

// placeRoot: codes whose object may be an event judged, claimed or
// threatened rather than an actor: a claim of responsibility (015),
// endorsement (05), disapproval (11), rejection (12) and threats (13).
func placeRoot(code string) bool {
	if len(code) >= 3 && (code[:3] == "015" || code[:3] == "012" || code[:3] == "013") {
		return true
	}
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "05", "11", "12", "13":
		return true
	}
	return false
}

// placedNouns name events and measures that happen somewhere: the coup,
// attack, crackdown or curfew "in Myanmar" happens to the people there.
var placedNouns = wordset.Of(
	"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes",
	"raid", "raids", "shelling", "bombing", "bombings", "bombardment",
	"offensive", "assault", "ambush", "incursion", "incursions",
	"invasion", "occupation", "coup", "takeover", "violence", "killing", "killings",
	"massacre", "massacres", "atrocities", "explosion", "explosions",
	"blast", "blasts", "shooting", "shootings", "clashes", "fighting",
	"hostilities", "war", "crackdown", "repression", "persecution",
	"abuses", "arrest", "arrests", "detention", "detentions",
	"execution", "executions", "kidnapping", "kidnappings",
	"abduction", "abductions", "assassination", "riots", "unrest",
	"protests", "demonstrations", "rallies",
	"ceasefire", "truce", "curfew", "ban", "blockade", "siege", "lockdown", "embargo",
	"emergency", "law", "restrictions", "election", "elections", "referendum",
	"demolition", "demolitions", "evictions", "deportations",
	// S15: acts against worship, bodies and property are judged where
	// they happen too ("condemned the desecration of the Koran in Sweden").
	"desecration", "burning", "burnings", "arson", "looting", "torture",
	"lynching", "beheading", "beheadings", "stabbing", "stabbings", "hijacking",
)

// venueNouns are occasions a speaker is at: a place after them is where
// the speaker spoke ("condemned the attack at a news conference in
// Paris"), not where the thing judged happened.
var venueNouns = wordset.Of(
	"meeting", "meetings", "summit", "talks", "conference", "session",
	"briefing", "visit", "speech", "interview", "ceremony", "forum",
	"gathering", "address", "statement", "reporters", "journalists",
)

// objectPlace records, for a match of a judging, claiming or threatening
// code with no target, the tokens of the place that locates its object
// event: "condemned the coup in Myanmar", "claimed responsibility for the
// attack on a mall in Nairobi", "threatened to impose a curfew in
// Algiers". A threat recoded from an act of protest, force, coercion or
// violence is placed like the act: "threatened to shell the port in
// Odesa". The pipeline makes the place's country the target when the
// geo stage resolved a place there. A place reached only through a
// venue ("at a meeting in Doha"), before any event noun ("said in
// Geneva") or across a clause boundary is the speaker's, and counts not.
func (s *sentence) objectPlace(m *Match) {
	if len(m.Target) > 0 || m.Passive || !placeRoot(m.EventCode()) {
		return
	}
	// A threat of force or coercion ("threatened to attack the airport
	// in Juba") is itself the event placed, as the act would be.
	event := m.Pattern.Root() >= "14"
	for k := m.Head + 1; k < len(s.toks) && k <= m.Head+placeReach; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || timeWord(t.Lower) || s.clauseVerb(k) && s.inGroup[k] < 0 {
			// "condemned the attack on Tuesday in Berlin": after a time
			// adjunct the place may be the speaker's as well.
			return
		}
		if gi := s.inGroup[k]; gi >= 0 {
			k = s.groups[gi].End - 1
			continue
		}
		switch {
		case venueNouns.Has(t.Lower):
			return
		case placedNouns.Has(t.Lower) && (t.IsNoun() || t.Tag == "VB" && s.toks[k-1].Lower == "to"):
			// the noun, or the act a threat names ("to attack the airport")
			event = true
			if a, b := s.namedBefore(k, m.Head); a < b {
				// "condemned the Kabul bombing", "claims Nairobi mall
				// attack": a name modifying the event is where it was.
				m.place = [2]int16{int16(a + 1), int16(b + 1)}
				return
			}
		case event && t.Lower == "in":
			// The place's noun phrase: determiners, adjectives ("northern")
			// and names, up to the next preposition.
			j := k + 1
			for j < len(s.toks) && j <= k+4 && s.inGroup[j] < 0 && (filler(&s.toks[j]) || s.toks[j].IsNoun()) {
				j++
			}
			if j < len(s.toks) && s.inGroup[j] >= 0 {
				j = s.groups[s.inGroup[j]].End
			}
			if j > k+1 && j < math.MaxInt16 {
				m.place = [2]int16{int16(k + 2), int16(j + 1)}
			}
			return
		}
	}
}

// placeReach bounds the walk from a judging verb to the place of what it
// judges: an object noun phrase with a prepositional phrase or two.
const placeReach = 16

// phraseIn: the first of phrases lies in group gi of this sentence.
func (s *sentence) phraseIn(phrases []actor.Phrase, gi int) bool {
	if len(phrases) == 0 {
		return false
	}
	st := phrases[0].Start
	return st >= 0 && st < len(s.inGroup) && s.inGroup[st] == gi
}

// namedBefore: the capitalised names that modify the event noun at k,
// perhaps through common nouns ("the Kabul bombing", "Nairobi mall
// attack"), after the head h and outside every actor: their span [a, b),
// or a == b.
func (s *sentence) namedBefore(k, h int) (a, b int) {
	j := k - 1
	for j > h && s.inGroup[j] < 0 && (s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS") {
		j--
	}
	b = j + 1
	for j > h && s.inGroup[j] < 0 && s.toks[j].IsProper() && b-j <= 3 {
		j--
	}
	return j + 1, b
}

// ObjectPlace returns the token span [a, b) of the place that locates
// the event a judging, claiming or threatening match is about ("the coup
// in Myanmar"), and ok false when there is none.
func (m *Match) ObjectPlace() (a, b int, ok bool) {
	if m.place[1] == 0 {
		return 0, 0, false
	}
	return int(m.place[0]) - 1, int(m.place[1]) - 1, true
}
