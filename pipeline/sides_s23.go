package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// guessedVictims: every victim of the harm at out[i] is a bare noun
// ("seven officers", "two guards") whose country the text never gave, only
// the story's place or focus ("Israel's strike on the Iranian consulate in
// Damascus killed seven officers": the officers were made Syrian by
// Damascus). Such a guess says nothing against the attack's named target,
// so it does not keep the attack and its harm apart (oneAct).
func guessedVictims(harm *event.Event, sa *SentenceAnalysis) bool {
	if len(harm.Target) == 0 {
		return false
	}
	toks := sa.Sentence.Tokens
	for _, v := range harm.Target {
		if v.Start < 0 {
			return false
		}
		j := tokenAt(toks, v.Start)
		if j >= len(toks) || toks[j].Start != v.Start {
			return false
		}
		ph, ok := phraseAt(sa, j)
		if !ok || !ph.Inferred || len(ph.Sectors) == 0 {
			return false
		}
	}
	return true
}

// victimless is the harm with its guessed victims set aside, for
// oneActSides to judge the agents alone.
func victimless(harm *event.Event) *event.Event {
	h := *harm
	h.Target = nil
	return &h
}

// sourcelessTwin: out[i] has no agent and tells again, in a participle,
// the act another event of its sentence codes with an agent, on the same
// people, at the same time: "Jordanian security forces arrested two men
// charged with plotting attacks" is one arrest of JORCVL by JORCOP, not
// that and a second 173 by no one ("charged" tells what the men were held
// for). The agentless one says nothing the other does not. An agentless
// act on other people ("Police arrested two men; a third was detained in
// Amman" with a country of its own) or of another code stays.
func sourcelessTwin(out []event.Event, i int, inOrder bool) bool {
	ev := &out[i]
	if len(ev.Source) > 0 || len(ev.Target) == 0 || len(ev.Participants) > 0 {
		return false
	}
	lo, hi := sentenceBlock(out, i, inOrder)
	for j := lo; j < hi; j++ {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEO != ev.CAMEO || len(o.Source) == 0 {
			continue
		}
		if sameCodes(o.Target, ev.Target) && sameMood(o.Modality, ev.Modality) && sameTime(o, ev) {
			return true
		}
	}
	return false
}

// clauseBeforePlace: the event at out[i] stands in a clause after a
// semicolon that names no place and no one of any state ("Protests spread
// to Lyon; 25 detained", "Riot police clashed with protesters in Tbilisi;
// 40 arrested"): a headline's second clause tells the toll or the sequel
// of the first, where the first happened. The place of the last event
// before the semicolon is its place too, so its unnamed people take that
// place's state. A clause with an actor of its own state, or a place of
// its own, keeps what it has.
func clauseBeforePlace(out []event.Event, locs []*event.Location, heads []int, i int, toks []text.Token) *event.Location {
	ev := &out[i]
	if i >= len(heads) || heads[i] <= 1 || heads[i] >= len(toks) || i >= len(locs) {
		return nil
	}
	for _, a := range ev.Source {
		if a.Country != "" {
			return nil
		}
	}
	for _, a := range ev.Target {
		if a.Country != "" {
			return nil
		}
	}
	semi := -1
	for k := heads[i] - 1; k > 0; k-- {
		if toks[k].Text == ";" {
			semi = k
			break
		}
		if toks[k].Tag == "NNP" && !actor.NumberWord(toks[k].Lower) {
			// a name in the clause: its own place or party ("Twelve/NNP
			// arrested" is a count the tagger capitalised, any number)
			return nil
		}
	}
	if semi < 0 {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		o := &out[j]
		if o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 {
			break
		}
		if heads[j] >= semi || locs[j] == nil {
			continue
		}
		for k := heads[j] + 1; k < semi; k++ {
			if toks[k].Text == ";" {
				return nil // not the clause right before
			}
		}
		l := *locs[j]
		return &l
	}
	return nil
}

// carriedSides gives the unnamed people of an event placed by
// clauseBeforePlace the state of that place, as localSides gives those of
// a place in their own clause: the place stands before the verb, which
// localSides reads as qualifying a subject, and here it is the scene.
func carriedSides(ev *event.Event) {
	l := ev.Location
	if l == nil || l.Country == "" {
		return
	}
	c := actor.CameoCountry(l.Country)
	for _, as := range [2][]event.Actor{ev.Source, ev.Target} {
		for k := range as {
			a := &as[k]
			if a.Country == "" && len(a.Code) > 3 && a.Code[:3] == "---" && domestic.Has(a.Sector) {
				a.Country, a.Code = c, c+a.Code[3:]
			}
		}
	}
}

// fledPlace: the people of a phrase that a blow drove out of a named
// place, or that fled or left it ("Russian bombardment drove families out
// of Avdiivka", "shelling forced thousands of residents to flee Kharkiv",
// "Families fled Avdiivka"), are that place's: the state whose adjective
// names the shelling is the one they fled, not theirs. Only civilians
// (CVL) and only a city or province the gazetteer knows, or a state by
// name.
func (p *Pipeline) fledPlace(sa *SentenceAnalysis, ph *actor.Phrase) string {
	if len(ph.Sectors) == 0 || ph.Sectors[0] != "CVL" || ph.End >= len(sa.Sentence.Tokens) || ph.Start < 1 {
		return ""
	}
	toks := sa.Sentence.Tokens
	k := ph.End
	switch toks[k].Lower {
	case "out":
		// "drove families out of Avdiivka": the driving verb before
		if k+1 >= len(toks) || toks[k+1].Lower != "of" || !drivenBy(toks, ph.Start) {
			return ""
		}
		k += 2
	case "from":
		if !drivenBy(toks, ph.Start) {
			return ""
		}
		k++
	case "to":
		// "forced thousands of residents to flee Kharkiv"
		if k+1 >= len(toks) || !fleeLemma(toks[k+1].Lemma) || !drivenBy(toks, ph.Start) {
			return ""
		}
		k += 2
	default:
		// "Families fled Avdiivka", "residents have fled Bakhmut"
		for k < len(toks) && (toks[k].Tag == "RB" || toks[k].Lemma == "have") {
			k++
		}
		if k >= len(toks) || !fleeLemma(toks[k].Lemma) || !toks[k].IsVerb() {
			return ""
		}
		k++
	}
	for k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
		k++
	}
	if k >= len(toks) || !toks[k].IsProper() {
		return ""
	}
	if c := bareCountryAt(sa, k); c != "" {
		return c
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok || gp.G == nil {
		return ""
	}
	for _, m := range sa.plainMentions(gp.G) {
		if m.Start == toks[k].Start && m.Best != nil && m.Best.Country != "" && !m.Attributive && (m.Best.Precision == geo.PrecisionCity || m.Best.Precision == geo.PrecisionAdmin1) {
			return actor.CameoCountry(m.Best.Country)
		}
	}
	return ""
}

// fleeLemma: verbs of people leaving a place under threat.
func fleeLemma(l string) bool {
	switch l {
	case "flee", "leave", "abandon", "evacuate", "escape":
		return true
	}
	return false
}

// drivenBy: a verb of driving people out stands just before the phrase
// at start, with only a count, a determiner or an adjective between
// ("drove families", "forced thousands of residents", "displaced 3,000
// people").
func drivenBy(toks []text.Token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		t := &toks[k]
		if t.IsVerb() {
			switch t.Lemma {
			case "drive", "force", "displace", "uproot", "chase", "push", "expel", "evacuate", "send":
				return true
			}
			return false
		}
		if t.Tag != "CD" && t.Tag != "DT" && t.Tag != "JJ" && t.Lower != "of" && !quantityNoun(t.Lower) {
			return false
		}
	}
	return false
}

// helpAidTwin: "to help X" after a transfer of the same giver ("The US
// sent weapons to help Ukraine fight Russia", "Germany pledged tanks to
// help Ukraine") names whom the transfer was for: the weapons' event (07,
// or a pledge, 033) takes X as its target when it has none, and the help
// itself is that transfer told again, not a second aid. It reports
// whether out[i], the help, goes. Help of another giver, or after a
// clause boundary, stays.
func helpAidTwin(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	if ev.CAMEO != "070" || i >= len(heads) || len(ev.Target) == 0 || len(ev.Source) == 0 {
		return false
	}
	h := heads[i]
	if h < 3 || h >= len(toks) || toks[h].Lower != "help" && toks[h].Lower != "assist" || toks[h-1].Lower != "to" {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || heads[j] >= h-1 || o.SentenceIndex != ev.SentenceIndex {
			continue
		}
		if len(o.CAMEO) < 3 || o.CAMEORoot != "07" && o.CAMEO[:3] != "033" || !sameCodes(o.Source, ev.Source) || !sameMood(o.Modality, ev.Modality) {
			continue
		}
		near := true
		for k := heads[j] + 1; k < h-1; k++ {
			if t := &toks[k]; t.IsVerb() || t.Text == "," || t.Text == ";" || t.Lower == "and" {
				near = false
				break
			}
		}
		if !near {
			continue
		}
		if len(o.Target) == 0 {
			o.Target = append([]event.Actor(nil), ev.Target...)
		} else if !sameCodes(o.Target, ev.Target) {
			continue
		}
		return true
	}
	return false
}

// helpedAim: the act of a bare infinitive after "to help X", when an aid
// of the same giver comes before it ("The United States sent advisers to
// help Iraq fight Islamic State"), is what the aid is for, not an act
// done, as X19's purposes of arms and troops sent are (verb,
// purpose_x19.go): the aid is the event, and the fight, which the verb
// stage gave the giver, goes. Help given ("Russia helped Syria retake
// Palmyra") is done and stays.
func helpedAim(out []event.Event, i int, heads []int, sa *SentenceAnalysis) bool {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	if i >= len(heads) || !violentRoot(ev.CAMEORoot) || len(ev.Source) == 0 {
		return false
	}
	h := heads[i]
	if h < 4 || h >= len(toks) || toks[h].Tag != "VB" {
		return false
	}
	k := h - 1
	if toks[k].Lower == "to" {
		k--
	}
	b := -1
	for gi := range sa.Groups {
		if g := &sa.Groups[gi]; g.End == k+1 && g.Start >= 2 {
			b = g.Start - 1
			if toks[b].Tag == "DT" {
				b--
			}
			break
		}
	}
	if b < 1 || toks[b].Lower != "help" && toks[b].Lower != "assist" || toks[b-1].Lower != "to" {
		return false
	}
	for j := range out {
		o := &out[j]
		if j != i && j < len(heads) && heads[j] >= 0 && heads[j] < b-1 && o.SentenceIndex == ev.SentenceIndex && o.CAMEORoot == "07" && sameCodes(o.Source, ev.Source) {
			return true
		}
	}
	return false
}

// judgedFirstSubject: a judgement with no target (11, 12) whose object is
// "the move" (decision, ruling, ban, step, ...) with nothing after it
// that names its own author, in a clause after ", and", ", but" or ";",
// judges the act of the clause before, whose author is that clause's
// subject: "Germany extended checks to its land borders, and Poland
// called the move unacceptable" POL→DEU, "South Korea's Supreme Court
// ordered the firm to pay damages, and Tokyo called the ruling
// unacceptable" JPN→KOR. The earlier act needs no event of its own (the
// rules that answer a coded act, reactedVictim and judgedMoveAfter, come
// first). A subject of the judge's own state or of no state, and a move
// a preposition goes on to describe ("the move by Berlin", "the plan for
// a joint fund"), stay as they are.
func judgedFirstSubject(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	if ev.CAMEORoot != "11" && ev.CAMEORoot != "12" || len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Source[0].Start < 0 || h < 4 || h >= len(toks) {
		return
	}
	s := tokenAt(toks, ev.Source[0].Start)
	// The object, right after the judging verb ("condemned the move") or
	// before the judging adjective the pattern heads ("called the move
	// unacceptable").
	k := -1
	for j := s + 1; j+1 < len(toks) && j <= h+1; j++ {
		if (toks[j].Lower == "the" || toks[j].Lower == "this") && judgedMoveNouns.Has(toks[j+1].Lower) {
			k = j + 1
			break
		}
	}
	if k < 0 {
		return
	}
	if k+1 < len(toks) && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO" || toks[k+1].Lower == "that") && toks[k+1].Lower != "as" {
		return // "the ban on Chinese apps", "the move by Berlin", "the plan for a fund"
	}
	if s < len(toks) && s > 0 && toks[s-1].Tag == "DT" {
		s--
	}
	if s < 3 || s > h {
		return
	}
	switch {
	case toks[s-1].Text == ";":
	case (toks[s-1].Lower == "and" || toks[s-1].Lower == "but") && toks[s-2].Text == ",":
	default:
		return
	}
	// The first clause's subject: the group that opens the sentence
	// (only an article or an adjective before it; "A tribunal in The
	// Hague ruled" names a place, no subject).
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start >= s {
			return
		}
		for j := 0; j < g.Start; j++ {
			if toks[j].Tag != "DT" && toks[j].Tag != "JJ" {
				return
			}
		}
		judged := make([]event.Actor, 0, len(g.Phrases))
		for _, ph := range g.Phrases {
			a := toActor(sa.Sentence, ph, "")
			if ph.Inferred || a.Country == "" && !strings.HasPrefix(a.Code, "IGO") || a.Country == ev.Source[0].Country || a.Code == ev.Source[0].Code {
				return // (a country the place lent, "a tribunal in The Hague", is no author)
			}
			judged = append(judged, a)
		}
		if len(judged) > 0 {
			ev.Target = judged
		}
		return
	}
}

// judgedMoveNouns: nouns that refer back to an act as a whole.
var judgedMoveNouns = wordset.Of(
	"move", "moves", "decision", "ruling", "verdict", "ban", "step",
	"measure", "measures", "action", "plan", "law", "order",
	"announcement", "annexation", "restrictions", "policy",
)

// unknownPerpetrator: one unnamed person who does violence, named by an
// indefinite noun ("A man stabbed a teacher at a school in Arras", "A
// 16-year-old boy stabbed a bishop in western Sydney", "was stabbed in the
// neck by a man"), is of no known state: the place tells where the
// victims were, not whose the attacker is, and the complete-listing sets
// code such an attacker "---" (five rows of dev12, dev17 and dev18). In a
// violent event (18-20) a single civilian source that is "a" or "an"
// before a singular noun naming no body of people loses the country a
// place or the story lent it. A state the text gives ("a Tunisian man"),
// a definite person ("the attacker"), a crowd or a mob, and the agent of
// an act named by a noun ("the assassination attempt ... by a
// pensioner", which the dictionary codes the place's) keep theirs.
// Criminals, bandits and terrorists are left as they are: the project's
// rows code them both ways ("abducted by bandits in Kaduna" NGACRM,
// "Bandits abducted 15 passengers" ---).
func unknownPerpetrator(ev *event.Event, sa *SentenceAnalysis) {
	if len(ev.Source) != 1 || !violentRoot(ev.CAMEORoot) {
		return
	}
	a := &ev.Source[0]
	if a.Sector != "CVL" {
		return
	}
	toks, ph, ok := lentSource(ev, sa)
	if !ok || !loneAgent(toks, ph) {
		return // the text named its state, or no lone person
	}
	k := ph.Start - 1
	for k >= 0 && toks[k].Lower != "by" && k >= ph.Start-4 {
		k--
	}
	if k >= 1 && toks[k].Lower == "by" && !passiveBefore(toks, k) {
		return // "the attempt on the prime minister by a pensioner"
	}
	a.Country, a.Code = "", "---"+a.Code[3:]
}

// lentSource: the event's first source has a state the text did not give
// it (a place or the story lent it) and is a phrase of the sentence's
// actor groups; its tokens and that phrase. unknownPerpetrator and
// unnamedOutlaws (dyads_s24.go) take such a state back from an attacker
// the text names only by a kind of person.
func lentSource(ev *event.Event, sa *SentenceAnalysis) ([]text.Token, actor.Phrase, bool) {
	a := &ev.Source[0]
	if a.Country == "" || a.Start < 0 || len(a.Code) <= 3 {
		return nil, actor.Phrase{}, false
	}
	toks := sa.Sentence.Tokens
	j := tokenAt(toks, a.Start)
	if j >= len(toks) || toks[j].Start != a.Start {
		return nil, actor.Phrase{}, false
	}
	ph, ok := phraseAt(sa, j)
	if !ok || ph.Country != "" && !ph.Inferred || ph.End > len(toks) || ph.End <= ph.Start {
		return nil, actor.Phrase{}, false // the text named its state
	}
	return toks, ph, true
}

// passiveBefore: a passive participle ("was stabbed in the neck by")
// stands a few words before the "by" at k, so the by-phrase is a verb's
// agent, not a noun's.
func passiveBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if toks[j].Tag == "VBN" && (toks[j-1].Lemma == "be" || toks[j-1].Lemma == "get") {
			return true
		}
	}
	return false
}

// loneAgent: the phrase is one unnamed person, "a" or "an" before a
// singular noun with only adjectives or numbers between ("a man", "an
// 18-year-old attacker", "a former care worker").
func loneAgent(toks []text.Token, ph actor.Phrase) bool {
	if toks[ph.End-1].Tag != "NN" || collectiveNouns.Has(toks[ph.End-1].Lower) {
		return false // "a mob", "a crowd" are many, and the place's
	}
	k := ph.Start - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "NN" && k == ph.Start-1) {
		k--
	}
	return k >= 0 && (toks[k].Lower == "a" || toks[k].Lower == "an")
}

// collectiveNouns name a body of people with a singular noun.
var collectiveNouns = wordset.Of("mob", "crowd", "group", "gang", "band", "family", "community", "village", "tribe", "clan")

// allegedOnly: the sentence names the state c only in what the people
// held are accused or suspected of ("Police arrested two men suspected of
// spying for Russia", "accused of working on behalf of China"), after
// the phrase ph: the state the held are said to have served is neither
// the police's nor the suspects' own, so neither takes it from the story.
func allegedOnly(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	if c == "" || ph.End >= len(toks) {
		return false
	}
	at := -1
	for k := ph.End; k+1 < len(toks) && k < ph.End+12 && at < 0; k++ {
		next := toks[k+1].Lower
		switch toks[k].Lower {
		case "accused", "suspected", "convicted":
			if next == "of" {
				at = k // not "suspected drug users"
			}
		case "charged":
			if next == "with" {
				at = k
			}
		case "alleged":
			if next == "to" {
				at = k
			}
		case "suspicion":
			if k > 0 && toks[k-1].Lower == "on" || toks[k-1].Lower == "under" {
				at = k
			}
		case ";", ",":
			return false
		}
	}
	if at < 0 {
		return false
	}
	end := len(toks)
	for k := at + 1; k < len(toks); k++ {
		if w := toks[k].Text; w == "," || w == ";" || w == "." {
			end = k
			break
		}
	}
	named := false
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			o := &sa.Groups[gi].Phrases[pi]
			if o.Country != c || o.Inferred {
				continue
			}
			if o.Start <= at || o.Start > end {
				return false // the state named outside the allegation ("..., the FSB said")
			}
			named = true
		}
	}
	return named
}
