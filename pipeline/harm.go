package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// harmTwin: out[i] is the unspecified harm (190) that a participle right
// after a comma tells of an attack (18x-20x, not an abduction or an
// assault on a person) its clause has just coded ("Militants
// stormed a hotel in Mogadishu, killing 20 people", "A suicide bomber
// blew himself up in a mosque, killing 59"): the killing is what the
// attack did, one incident, and a second event would count it twice. The
// attack keeps its own code and target (participleVictims has already
// given it foreign victims in place of the place's state); an attack with
// no target takes the participle's victims. A plain harm verb read as a
// mass killing (202, "..., killing dozens of civilians") is the same
// attack's toll (X38): no complete-listing dev set lists a 20 beside the
// attack, the repression or the shelling such a participle follows. A
// massacre told by its own verb ("..., massacring 30 worshippers") and a
// harm of another kind (an assassination 186) stay, as does
// one after another agent's act ("after rebels ambushed a convoy,
// killing ten") or after a clause opener ("..., and gunmen killed").
//
//go:noinline
func harmTwin(out []event.Event, i int, heads []int, a *Analysis) bool {
	ev := &out[i]
	if i >= len(heads) || heads[i] < 2 {
		return false
	}
	h := heads[i]
	toks := a.Sentences[ev.SentenceIndex].Sentence.Tokens
	if h >= len(toks) {
		return false
	}
	if toks[h].Tag != "VBG" {
		if toks[h].Tag == "VBD" || toks[h].Tag == "VBN" || toks[h].Tag == "VBZ" {
			relativeHarm(ev, toks, h)
			return subjectHarm(out, i, heads, &a.Sentences[ev.SentenceIndex])
		}
		return false
	}
	if ev.CAMEO != "190" && (ev.CAMEO != "202" || !harmLemma(toks[h].Lemma)) {
		// A massacre told by its own verb ("..., massacring 30
		// worshippers") names a deed of its own kind.
		return false
	}
	chained := false
	if toks[h-1].Lower == "and" {
		// "..., killing 12 people and wounding dozens": the second
		// participle of the chain tells the same attack's harm, whatever
		// subject the nearest noun lent it.
		if h = chainStart(toks, h-1); h < 0 {
			return false
		}
		chained = true
	} else if toks[h-1].Text != "," {
		return false
	}
	// The attack is the violent event whose head stands nearest before
	// the participle's comma.
	j := eventBefore(out, heads, i, h)
	if j < 0 {
		return false
	}
	o := &out[j]
	if !violentRoot(o.CAMEORoot) && !(strings.HasPrefix(o.CAMEO, "175") && stateRepression(o.Source)) || !sameMood(o.Modality, ev.Modality) || strings.HasPrefix(o.CAMEO, "181") || strings.HasPrefix(o.CAMEO, "182") {
		// An abduction or an assault on a person that also killed
		// ("kidnapped 20 students, killing a guard") did a harm of
		// another kind: both stay. Violent repression that killed
		// ("fired live rounds at protesters, killing two students") is
		// one act, the repression (175), as every complete-listing set
		// codes a state's force killing protesters (dev16, dev18-dev21);
		// a gunman who fired on a rally is no state's repression.
		return false
	}
	// An attack on a state's embassy or consulate abroad (embassyTarget)
	// keeps that target, and the dead it tells of are its harm whoever
	// they were ("A bomb exploded outside the US embassy in Ankara,
	// killing a Turkish guard"); the host's state the agentless rule gave
	// the participle is no agent of its own (G13).
	host := ""
	if l := o.Location; l != nil && premisesOnly(o.Target, l.Country) {
		host = l.Country
	}
	switch {
	case chained || len(ev.Source) == 0 || sameCodes(o.Source, ev.Source):
	case host != "" && len(o.Source) == 0 && len(ev.Source) == 1 && ev.Source[0].Sector == "" && ev.Source[0].Country == host:
	case len(o.Source) == 0 && placeSide(ev.Source, o.Target):
		// "A car bomb exploded near a police station in Baghdad, killing
		// 12 policemen": the bomb has no agent, and the harm's source is
		// only the place's state the agentless rule gave it.
	default:
		return false
	}
	if !oneClause(toks, heads[j]+1, h-1) {
		return false
	}
	if ownDead(o.Source, ev.Target) && friendlyFire(toks, h) {
		return false // "..., killing five Nigerian soldiers by mistake" (friendlyfire_n19.go)
	}
	for _, v := range ev.Target {
		if host == "" && v.Country != "" && len(o.Target) > 0 && !hasActorCountry(o.Target, v.Country) {
			return false // victims of another state: a dyad of its own ("..., wounding 20 Kenyan tourists")
		}
	}
	if len(o.Target) == 0 || sectorOfPlace(o.Target, ev.Target) {
		o.Target = inherited(ev.Target)
	}
	return true
}

// sectorOfPlace: the attack's target is a bare state, the place's, and
// the participle's victims are a sector of that same state ("Russian
// missiles struck an apartment block in Dnipro, killing 40 civilians"):
// the victims say more of whom the blow fell on (UKRCVL, not UKR).
func sectorOfPlace(place, victims []event.Actor) bool {
	if len(place) != 1 || place[0].Sector != "" || place[0].Country == "" || place[0].Code != place[0].Country || len(victims) == 0 {
		return false
	}
	for _, v := range victims {
		if v.Country != place[0].Country || v.Sector == "" {
			return false
		}
	}
	return true
}

// chainStart: the participle that opens, right after a comma, the chain
// of participles whose "and" stands at and; -1 when none does.
func chainStart(toks []text.Token, and int) int {
	for k := and - 1; k >= 2 && k > and-12; k-- {
		t := &toks[k]
		if t.Tag == "VBG" && toks[k-1].Text == "," {
			return k
		}
		if t.Text == "," || t.Text == ";" || t.IsVerb() || t.Tag == "WDT" || t.Tag == "WP" {
			return -1
		}
	}
	return -1
}

// placeSide: src is a bare state (no sector) that is the country of the
// place the attack struck, as the agentless rule fills it.
func placeSide(src, place []event.Actor) bool {
	return len(src) == 1 && len(place) > 0 && src[0].Sector == "" && src[0].Code == src[0].Country && src[0].Country == place[0].Country
}

// oneClause: no clause opens between from and to: no finite verb, relative
// pronoun, semicolon or subordinator ("..., a day after rebels ambushed a
// convoy, killing"). "After" or "before" with a time of day ("shortly
// after midnight", X36) is a phrase of time, no clause. Commas and "and" inside a list of objects ("attacked
// a concert hall, a stadium and restaurants in Paris, killing") open none.
func oneClause(toks []text.Token, from, to int) bool {
	// An attack coded at its subject noun ("Russian missiles struck Kyiv,
	// killing") has its own clause's verb still ahead.
	own := from > 0 && toks[from-1].IsNoun()
	for k := from; k < to && k < len(toks); k++ {
		t := &toks[k]
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if nameParticle(toks, k) {
				continue // "Dar es Salaam": a name's particle the tagger took for a verb
			}
			if own {
				own = false
				continue
			}
			if t.Tag == "VBD" && k > from && toks[k-1].Lower == "and" {
				// X38: "opened fire on concertgoers and set the
				// building ablaze, killing": a second predicate of the
				// same subject, no new clause.
				continue
			}
			return false
		case "WDT", "WP", "WRB":
			return false
		}
		if t.Text == ";" {
			return false
		}
		switch t.Lower {
		case "after", "before", "since", "until":
			if k+1 < len(toks) && timeOfDay.Has(toks[k+1].Lower) {
				continue // "shortly after midnight": a time, no clause
			}
			return false
		case "while", "when", "as", "because", "but":
			return false
		}
	}
	return true
}

// timeOfDay names a time of day that "after" or "before" can take as its
// object ("shortly after midnight", "before dawn").
var timeOfDay = wordset.Of("midnight", "dawn", "dusk", "noon", "nightfall", "sunset", "sunrise", "daybreak", "daylight")

// nameParticle: the token at k is a particle of a place or person name,
// between two proper nouns ("Dar es Salaam", "Ras al Khaimah", "Sidi
// Bou Said"), which a tagger may read as a verb.
func nameParticle(toks []text.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k-1].Tag != "NNP" || toks[k+1].Tag != "NNP" {
		return false
	}
	switch toks[k].Lower {
	case "es", "el", "al", "de", "la", "le", "du", "da", "di", "des", "del", "dos", "das", "van", "von", "bin", "ibn", "bou", "ul":
		return true
	}
	return false
}

// relativeHarm: a harm told in a relative clause on an attack noun ("the
// suicide bombing at a military base, which killed 24 soldiers", "the
// attack on the hotel complex, which killed 21 people") was done by that
// attack's agent, whom only its own phrase can name ("a US drone strike,
// which killed", "the attack by al-Shabaab, which killed"), not by the
// clause's subject (the police who arrested suspects) or the state of the
// place. With no agent in the phrase the harm's source is unknown.
//
//go:noinline
func relativeHarm(ev *event.Event, toks []text.Token, h int) {
	k := h - 1
	if k > 0 && (toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had") {
		k--
	}
	// "that" before the verb is often tagged IN ("the bombings that
	// killed 269 people"): after a noun it is the relative pronoun still.
	if k < 2 || toks[k].Tag != "WDT" && toks[k].Lower != "that" && toks[k].Lower != "which" || len(ev.Source) == 0 {
		return
	}
	j := k - 1
	if toks[j].Text == "," {
		j--
	}
	noun := -1
	for ; j >= 0 && j > k-14; j-- {
		t := &toks[j]
		if t.IsNoun() && attackNouns.Has(t.Lower) {
			noun = j
			break
		}
		if t.IsVerb() && t.Tag != "VBN" || t.Text == "," || t.Text == ";" || t.Tag == "WDT" {
			return
		}
	}
	if noun < 0 {
		return
	}
	np := noun
	for np > 0 && npTag(toks[np-1].Tag) {
		np--
	}
	if g := np - 1; g >= 0 {
		if toks[g].Tag == "RP" && g > 0 {
			g-- // "carried out"
		}
		if toks[g].Lower == "for" && unclaimed(toks, g) {
			// "No one claimed responsibility for the bombing, which
			// killed 12 soldiers": the clause says the agent is unknown,
			// so only the attack's own phrase can name one.
		} else if toks[g].Lower == "for" || toks[g].IsVerb() && agentiveVerb(toks[g].Lemma) {
			// "Israel carried out a strike in Damascus that killed",
			// "blamed Kenya for the air strike that killed": the clause
			// names the attack's agent, and the roles already took it.
			return
		}
	}
	// The agent's by-phrase is the noun phrase right after "by" ("the
	// attack by al-Shabaab gunmen on a university": not the university).
	by, byEnd := -1, -1
	for m := noun + 1; m < k; m++ {
		if toks[m].Lower == "by" {
			by = m
			for byEnd = m + 1; byEnd < k && npTag(toks[byEnd].Tag); byEnd++ {
			}
			break
		}
	}
	kept := ev.Source[:0:0]
	for _, s := range ev.Source {
		if s.Start >= toks[np].Start && s.End <= toks[noun].Start || by >= 0 && byEnd > by+1 && s.Start > toks[by].Start && s.End <= toks[byEnd-1].End {
			kept = append(kept, s)
		}
	}
	ev.Source = kept
}

// unclaimed: the "for" at g follows a responsibility that no one claimed
// or that its claimant denied ("No one claimed responsibility for", "There
// was no immediate claim of responsibility for", "The group has not
// claimed responsibility for", "The Taliban denied responsibility for").
func unclaimed(toks []text.Token, g int) bool {
	if g < 2 || toks[g-1].Lower != "responsibility" {
		return false
	}
	for k := g - 2; k >= 0 && k >= g-9; k-- {
		t := &toks[k]
		switch t.Lower {
		case "no", "nobody", "none", "not", "n't", "never", "denied", "denies", "deny", "disclaimed", "rejected":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// groupIn returns the first actor group that starts at a token in
// [lo, hi), or -1: the agent inside an attack's own phrase.
func groupIn(sa *SentenceAnalysis, lo, hi int) int {
	for gi := range sa.Groups {
		if ps := sa.Groups[gi].Phrases; len(ps) > 0 && ps[0].Start >= lo && ps[0].Start < hi {
			return gi
		}
	}
	return -1
}

// npTag: the tags a plain noun phrase is made of.
func npTag(tag string) bool {
	switch tag {
	case "DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "VBN":
		return true
	}
	return false
}

// agentiveVerb: verbs whose subject does the attack they take as object.
func agentiveVerb(lemma string) bool {
	switch lemma {
	case "carry", "conduct", "launch", "stage", "mount", "execute", "perpetrate", "commit", "unleash", "order", "claim", "make", "undertake", "step", "intensify", "escalate", "resume", "continue":
		return true
	}
	return false
}

// inquiryTarget: an investigation into an attack ("opened an investigation
// into the US air strike on a hospital in Kunduz", "a probe into the
// killing of protesters by police") looks into the attack's agent, whom
// the attack's own phrase names, not its victims: the agent becomes the
// target. With no agent named the victims stay, as before. h is the
// event's head.
//
//go:noinline
func inquiryTarget(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	k := h + 1
	if k < len(toks) && toks[k].Lower != "into" {
		k++ // "opened an inquiry into", "launched a probe into": the head may be the verb
		for k < len(toks) && k <= h+4 && toks[k].Lower != "into" {
			k++
		}
	}
	if k >= len(toks) || k > h+4 || toks[k].Lower != "into" {
		return
	}
	noun := -1
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].IsNoun() && attackNouns.Has(toks[j].Lower) {
			noun = j
			break
		}
		if !npTag(toks[j].Tag) {
			return
		}
	}
	if noun < 0 {
		return
	}
	// The agent: an actor between "into" and the attack noun ("the US air
	// strike"), or the noun phrase after "by" right behind it ("the
	// killing of protesters by police").
	agent := groupIn(sa, k+1, noun)
	if agent < 0 {
		by := -1
		for j := noun + 1; j < len(toks) && j <= noun+5; j++ {
			if toks[j].Lower == "by" {
				by = j
				break
			}
			if toks[j].Text == "," || toks[j].IsVerb() {
				break
			}
		}
		if by >= 0 {
			agent = groupIn(sa, by+1, by+2)
		}
	}
	if agent < 0 {
		return
	}
	g := &sa.Groups[agent]
	as := make([]event.Actor, 0, len(g.Phrases))
	for _, ph := range g.Phrases {
		if ph.Modifier && ph.Country == "" {
			return
		}
		as = append(as, toActor(sa.Sentence, ph, ""))
	}
	ev.Target = as
}

// subjectHarm: a harm whose subject is an attack noun phrase ("two days
// after a US drone strike killed an Iranian general", "after a Turkish
// air strike killed two soldiers") was done by the agent that phrase
// names, not by the main clause's subject nor the place's state; with no
// agent named, by nobody known. When the attack noun is coded as an event
// of its own by that agent, the harm is its twin and goes (reported
// true), the noun's event taking the victims if it had no target.
//
//go:noinline
func subjectHarm(out []event.Event, i int, heads []int, sa *SentenceAnalysis) bool {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	h := heads[i]
	switch toks[h].Lemma {
	case "kill", "wound", "injure", "destroy", "hit", "damage":
	default:
		return false
	}
	noun := h - 1
	if noun < 1 || !toks[noun].IsNoun() || !attackNouns.Has(toks[noun].Lower) {
		return false
	}
	np := noun
	for np > 0 && npTag(toks[np-1].Tag) {
		np--
	}
	if np == 0 || toks[np-1].Text != "," && !subordinatorWord(toks[np-1].Lower) {
		// Only a subject that opens its clause after a comma or a
		// subordinator; a sentence's own first subject is left to the
		// roles, which read it already.
		return false
	}
	agent := ev.Source[:0:0] // never nil: the contract writes [] for no one
	if gi := groupIn(sa, np, noun); gi >= 0 {
		for _, ph := range sa.Groups[gi].Phrases {
			agent = append(agent, toActor(sa.Sentence, ph, ""))
		}
	}
	for _, s := range ev.Source {
		if s.Start >= toks[np].Start && s.End <= toks[noun].End {
			return false // the roles found the phrase's agent already
		}
	}
	ev.Source = agent
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < np || heads[j] > noun || o.SentenceIndex != ev.SentenceIndex || !violentRoot(o.CAMEORoot) {
			continue
		}
		if len(agent) > 0 && sameCodes(o.Source, agent) {
			if len(o.Target) == 0 {
				o.Target = inherited(ev.Target)
			}
			return true
		}
	}
	return false
}

// subordinatorWord: a word that opens a clause whose subject may follow.
func subordinatorWord(w string) bool {
	switch w {
	case "after", "before", "when", "while", "as", "since", "until", "because", "although", "though", "where", "and", "but":
		return true
	}
	return false
}

// holderTarget: the party whose release is demanded or asked for is
// held by someone ("demanded the release of its officials detained by US
// forces"), and what is shot down was launched by someone ("shot down
// drones launched by Houthi rebels"): the one named after "by" is the
// one the demand or the blow is aimed at, not the captives or the craft.
//
//go:noinline
func holderTarget(ev *event.Event, sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	k := tokenAt(toks, ev.Target[0].End)
	if k+2 >= len(toks) || toks[k].Tag != "VBN" || toks[k+1].Lower != "by" {
		return
	}
	switch toks[k].Lemma {
	case "detain", "hold", "seize", "capture", "abduct", "kidnap", "jail", "imprison", "arrest":
		if ev.CAMEORoot == "19" {
			return
		}
	case "launch", "fire", "send", "fly", "operate":
		if ev.CAMEORoot != "19" {
			return
		}
	default:
		return
	}
	g := k + 2
	if toks[g].Tag == "DT" && g+1 < len(toks) {
		g++
	}
	gi := groupIn(sa, g, g+1)
	if gi < 0 {
		return
	}
	ps := sa.Groups[gi].Phrases
	if len(ps) == 0 || ps[0].Country == "" || ps[0].Country == ev.Target[0].Country && ev.CAMEORoot != "19" && !ownCaptives(ev, sa, ps[0]) {
		return
	}
	if len(ev.Source) > 0 && ev.Source[0].Country == ps[0].Country && !ownCaptives(ev, sa, ps[0]) {
		return // one's own forces holding them: the demand is not aimed at oneself
	}
	ev.Target = ev.Target[:0]
	for _, ph := range ps {
		ev.Target = append(ev.Target, toActor(sa.Sentence, ph, ""))
	}
}

// summonedTo: "Germany's ambassador was summoned to the Russian foreign
// ministry": in the passive the envoy summoned is the subject and the
// ministry it was summoned to is the one that summons, so the sides the
// active reading gave are swapped.
func summonedTo(ev *event.Event, toks []text.Token, h int) {
	if h+1 >= len(toks) || toks[h].Lemma != "summon" || toks[h].Tag != "VBN" || toks[h+1].Lower != "to" || toks[h-1].Lemma != "be" {
		return
	}
	if ev.Source[0].End > toks[h].Start || ev.Target[0].Start < toks[h].End {
		return // the sides are not the subject before and the ministry after
	}
	ev.Source, ev.Target = ev.Target, ev.Source
}

// deniedAccuser: a denial with no target of its own after an accusation
// of the denier in its sentence ("Kenya accused Somalia of arming the
// rebels, a charge Mogadishu denied", "The US blamed Iran for the
// attack, but Tehran denied the accusation") answers the accuser, as a
// claim of responsibility answers the attack it owns up to. The
// accusation must be aimed at the denier's own state; an accusation of
// a third party leaves the denial as it was.
func deniedAccuser(out []event.Event, i int) {
	ev := &out[i]
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	for j := i - 1; j >= 0 && out[j].SentenceIndex == ev.SentenceIndex; j-- {
		o := &out[j]
		if o.CAMEORoot != "11" || len(o.Source) == 0 || len(o.Target) == 0 || o.Modality.Negated {
			continue
		}
		if hasActorCountry(o.Target, c) && o.Source[0].Country != "" {
			ev.Target = inherited(o.Source)
		}
		return
	}
}

// claimedAttack: a claim of responsibility with no target of its own
// after an attack in its sentence ("A suicide bomber killed dozens of
// worshippers in Kunduz, and the Islamic State claimed responsibility")
// owns up to that attack, and so is aimed at whom it struck. (A claim in
// the next sentence is left as it was: TestRecallFill holds one with no
// target.)
func claimedAttack(out []event.Event, i int) {
	ev := &out[i]
	for j := i - 1; j >= 0 && out[j].SentenceIndex == ev.SentenceIndex; j-- {
		o := &out[j]
		if !violentRoot(o.CAMEORoot) || len(o.Target) == 0 {
			continue
		}
		if hasActorCountry(o.Target, "") || len(o.Source) > 0 && !sameCodes(o.Source, ev.Source) && o.Source[0].Country != "" && o.Source[0].Country != ev.Source[0].Country {
			return // victims of no state, or an attack by another agent
		}
		ev.Target = append([]event.Actor(nil), o.Target...)
		return
	}
}

// eventBefore: the event of out whose head stands nearest before the comma
// in front of the participle at h, in the same sentence as out[i] (the
// attack a ", killing ..." participle belongs to), or -1.
func eventBefore(out []event.Event, heads []int, i, h int) int {
	j, jh := -1, -1
	for k := range out {
		if k == i || out[k].SentenceIndex != out[i].SentenceIndex || k >= len(heads) || heads[k] < 0 || heads[k] >= h-1 || heads[k] <= jh {
			continue
		}
		j, jh = k, heads[k]
	}
	return j
}

// stateRepression: the repression's agent is a state's own force or
// government (police, troops, security forces, officials) or a state
// named bare, not an unknown gunman that the rally line also reads.
func stateRepression(src []event.Actor) bool {
	if len(src) == 0 {
		return false
	}
	for _, a := range src {
		if a.Country == "" || a.Sector != "" && !stateForceSector(a.Sector) {
			return false
		}
	}
	return true
}

// stateForceSector: the sector is a state's own force or government
// (police, troops, intelligence, officials), which act for their state
// as gunmen and gangs do not.
func stateForceSector(sec string) bool {
	switch sec {
	case "COP", "MIL", "GOV", "SPY":
		return true
	}
	return false
}
