package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/geo"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/when"
)

// Wire copy wraps the day's events in background: a war's running toll
// ("the conflict, which began in 2011, has killed more than 350,000
// people"), a disaster's ("heavy rains have killed 60 people"), an
// accident's ("a bus plunged into a ravine, killing 18"). Their harm verbs
// match the assault patterns, and the event then borrows a side from
// somewhere else in the sentence: the speaker, the main clause's subject,
// the place. No one in them did anything to anyone, so a CAMEO coder codes
// none of them. The verb stage already refuses the plainest accidents
// (verb.byAccident); what reaches the pipeline is the subject that stands
// apart from its verb: behind a relative pronoun, a parenthesis or a
// prepositional phrase, or in the clause before a ", killing" participle.

// disasterNouns head a subject that harms without an agent.
var disasterNouns = wordset.Of(
	"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors",
	"flood", "floods", "flooding", "floodwaters", "rain", "rains", "rainfall",
	"downpour", "downpours", "storm", "storms", "typhoon", "hurricane",
	"cyclone", "tornado", "tornadoes", "tsunami", "landslide", "landslides",
	"mudslide", "mudslides", "avalanche", "drought", "heatwave", "heat",
	"wildfire", "wildfires", "blaze", "blazes", "lightning", "snow",
	"snowfall", "snowstorm", "blizzard", "fog", "winds", "gale", "gales", "accident",
	"accidents", "crash", "crashes", "collision", "derailment", "stampede",
	"disease", "outbreak", "epidemic", "pandemic", "cholera", "famine",
	"virus", "malaria", "measles",
)

// fireNouns are disasters only with a bare determiner: "a fire at a
// factory", but "Israeli fire killed two" is gunfire.
var fireNouns = wordset.Of("fire", "fires")

// conflictNouns name a long war, not an act: as the subject of a harm verb
// in a relative clause, in the perfect or in the past, they give its
// toll ("a war that has killed tens of thousands").
var conflictNouns = wordset.Of(
	"war", "wars", "conflict", "conflicts", "insurgency", "insurgencies",
	"uprising", "rebellion", "revolt", "violence", "bloodshed", "crisis",
	"unrest", "fighting", "hostilities", "genocide",
)

// mishapVerbs are what vehicles and buildings do without an attacker,
// in the clause before ", killing ...".
var mishapVerbs = wordset.Of(
	"plunge", "plummet", "crash", "collide", "derail", "capsize", "sink",
	"overturn", "topple", "collapse", "veer", "skid", "flip",
)

// parenOpeners begin a parenthesis between a subject and its verb
// (", which began in 2011 ...,", ", a city of ...,").
var parenOpeners = wordset.Of("which", "who", "whose", "where", "a", "an", "the", "now", "once", "already")

// harmSubject finds the subject of the verb at head: the noun phrase right
// before it past auxiliaries and adverbs, the antecedent of a relative
// "that" or "which", or the phrase before a parenthesis set off by commas.
// lo..hi is the subject's first noun phrase (a prepositional phrase after
// it is left out: "a fire at a garment factory" is lo..hi over "a fire").
// rel reports a relative clause, perfect a form of "have" before the verb.
func harmSubject(toks []text.Token, head int) (lo, hi int, rel, perfect, ok bool) {
	k := head - 1
	for k >= 0 && (auxWord(toks[k].Lower) || toks[k].Tag == "RB") {
		perfect = perfect || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had"
		k--
	}
	if k < 0 {
		return 0, 0, false, false, false
	}
	switch toks[k].Lower {
	case "that", "which":
		rel = true
		k--
	case ",":
		j := k - 1
		for j >= 0 && k-j < 30 && toks[j].Lower != "," && toks[j].Lower != ";" {
			j--
		}
		if j < 1 || j+1 >= k || toks[j].Lower != "," || !parenOpeners.Has(toks[j+1].Lower) {
			return 0, 0, false, false, false
		}
		k = j - 1
	}
	if k < 0 || !toks[k].IsNoun() && toks[k].Tag != "CD" {
		return 0, 0, false, false, false
	}
	hi = k + 1
	// Back over the phrase and any prepositional phrases it carries, to
	// the start of the clause.
	for n := 0; k >= 0 && n < 14 && npWord(&toks[k]) && (toks[k].Tag != "VBN" || toks[k+1].IsNoun()); n++ {
		k--
	}
	lo = k + 1
	for lo < hi && toks[lo].Tag == "IN" {
		lo++ // "since a border conflict in 1998 killed": the clause's opener
	}
	if rel {
		// The antecedent alone: its noun run before "that".
		lo = hi - 1
		for lo > 0 && (toks[lo-1].IsNoun() || toks[lo-1].Tag == "JJ" || toks[lo-1].Tag == "DT") && hi-lo < 5 {
			lo--
		}
		return lo, hi, rel, perfect, true
	}
	for e := lo; e < hi; e++ {
		if toks[e].Tag == "IN" && toks[e].Lower != "of" || toks[e].Lower == "," {
			hi = e // the first noun phrase only
			break
		}
	}
	return lo, hi, rel, perfect, lo < hi
}

func auxWord(w string) bool {
	switch w {
	case "has", "have", "had", "is", "are", "was", "were", "be", "been", "also", "reportedly", "already", "now", "so", "far":
		return true
	case "to", "believed", "thought", "estimated", "feared", "known", "reported", "said":
		// "a war that is believed to have killed": a hedge, the same subject
		return true
	}
	return false
}

// npWord may stand in a subject noun phrase or a prepositional phrase
// attached to it.
func npWord(t *text.Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNS", "NNP", "NNPS", "VBN":
		return true
	case "IN":
		return t.Lower != "that" && t.Lower != "because" && t.Lower != "as" && t.Lower != "while"
	case "CC":
		return t.Lower == "and"
	}
	return disasterNouns.Has(t.Lower) || conflictNouns.Has(t.Lower)
}

// Verdicts of backgroundHarm.
const (
	harmKept = iota
	harmBackground
	harmIfHistorical // a war's subject in a plain clause: background only if long ago
)

// backgroundHarm judges a harm event at head whose subject is a disaster
// or accident, or a war's toll, and whose source was not found in that
// subject (it came from a speaker, a main clause or a place). A war in a
// plain clause is background only when the event's own date is
// (harmIfHistorical), so the date is found only then.
func backgroundHarm(toks []text.Token, head int, src []event.Actor) int {
	if backgroundHarmAt(toks, head, src, false) || toks[head].IsNoun() && commemorated(toks, head) {
		return harmBackground
	}
	ha := harmAside(toks, head)
	if ha && asideYear(toks, head) {
		// "Sani Abacha, who seized power in a 1993 coup, died": the
		// aside's year is no date expression the resolver reads, but it
		// dates the harm as a life's background all the same.
		return harmBackground
	}
	if ha || backgroundHarmAt(toks, head, src, true) {
		return harmIfHistorical
	}
	return harmKept
}

// commemorated: the act named by the noun at head is what an
// anniversary or a commemoration is of ("marked the 30th anniversary of
// the massacre", "the annual commemoration of the bombing"): an act of
// the past, remembered, whatever date the remembering has. It is
// background, as a war's toll is. Mourning "the victims of" an attack or
// a vigil "in memory of" them may follow it within days, and leaves it.
func commemorated(toks []text.Token, head int) bool {
	k := head - 1
	for k > 0 && k >= head-4 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "POS" || toks[k].IsNoun()) {
		k--
	}
	if k < 1 || toks[k].Lower != "of" {
		return false
	}
	switch toks[k-1].Lower {
	case "anniversary", "anniversaries", "commemoration", "commemorations":
		return true
	}
	return false
}

// harmAside: the harm verb at head is told in a relative or participle
// aside set off by commas ("Musharraf, who seized power in a coup in
// 1999, died in Dubai on Sunday", "the general, ousted in a coup in
// 2014, returned home"): a life's or a place's background, over when the
// aside's own date is long past. The main clause is the news.
func harmAside(toks []text.Token, head int) bool {
	if head <= 0 || head >= len(toks) || !toks[head].IsVerb() {
		return false
	}
	lo, hi, ok := aside(toks, head)
	return ok && hi < len(toks) && toks[hi].Lower == "," && toks[lo].Tag != "JJS" && toks[lo].Lower != "the"
}

func backgroundHarmAt(toks []text.Token, head int, src []event.Actor, historical bool) bool {
	if head <= 0 || head >= len(toks) {
		return false
	}
	if toks[head].Tag == "VBG" && toks[head-1].Lower == "," {
		// "a bus plunged into a ravine, killing 18", "an earthquake struck
		// the coast, killing 2,000": the clause before says what killed.
		cs := 0
		for k := head - 2; k >= 0; k-- {
			// "Police said the accident happened when a bus plunged":
			// the clause of the accident, not of its reporter.
			if w := toks[k].Lower; clauseOpener(w) || reportWord(w) || w == "when" || w == "after" {
				cs = k + 1
				break
			}
		}
		// The clause's own verb, the last finite one before the comma
		// ("Gunmen who crashed a car into the gate opened fire, killing
		// five" hangs on "opened", no mishap).
		for k := head - 2; k >= cs; k-- {
			if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
				if mishapVerbs.Has(toks[k].Lemma) {
					return !sourceWithin(toks, src, cs, k)
				}
				break
			}
		}
		// The clause's subject: its first noun phrase.
		k := cs
		for k < head && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
			k++
		}
		for ; k < head && toks[k].IsNoun(); k++ {
			if (k+1 == head || !toks[k+1].IsNoun()) && disasterNouns.Has(toks[k].Lower) {
				return !sourceWithin(toks, src, cs, k+1)
			}
		}
		return false
	}
	lo, hi, rel, perfect, ok := harmSubject(toks, head)
	if !ok || sourceWithin(toks, src, lo, hi) {
		return false
	}
	for e := lo; e < hi; e++ {
		w := toks[e].Lower
		last := e+1 == hi || !toks[e+1].IsNoun()
		if !last {
			continue // "a flood relief camp" is a camp
		}
		if disasterNouns.Has(w) || fireNouns.Has(w) && e > 0 && e-1 >= lo && (toks[e-1].Lower == "a" || toks[e-1].Lower == "the") {
			return true
		}
		if conflictNouns.Has(w) && (rel || perfect || historical || yearWithin(toks, lo, e)) {
			// "The 1994 genocide killed some 800,000 people": a war a
			// year names is over, or long running; its toll is background.
			return true
		}
	}
	return false
}

// asideYear: the aside holding the harm verb at head names a year
// before a noun ("in a 1993 coup", "the 2006 war").
func asideYear(toks []text.Token, head int) bool {
	lo, hi, ok := aside(toks, head)
	return ok && yearWithin(toks, lo, hi)
}

// yearWithin: a year ("1994", "2011") modifies a noun in tokens lo..hi.
func yearWithin(toks []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := toks[k].Lower; toks[k].Tag == "CD" && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w) && k+1 < len(toks) && toks[k+1].IsNoun() {
			return true
		}
	}
	return false
}

// sourceWithin: some source actor's span lies in tokens lo..hi.
func sourceWithin(toks []text.Token, src []event.Actor, lo, hi int) bool {
	if lo >= hi || hi > len(toks) {
		return false
	}
	a, b := toks[lo].Start, toks[hi-1].End
	for _, s := range src {
		if s.Start >= a && s.End <= b && s.End > s.Start {
			return true
		}
	}
	return false
}

// definiteAttack reports a harm verb at head whose subject is a definite
// reference to violence with no agent of its own: "The strikes hit rebel
// positions", "the attack killed 12 soldiers". The agent is then the
// story's last attacker, not whoever reported it or the place it was in.
func definiteAttack(toks []text.Token, head int, src []event.Actor) bool {
	lo, hi, rel, _, ok := harmSubject(toks, head)
	if !ok || rel || hi-lo > 4 || sourceWithin(toks, src, lo, hi) {
		return false
	}
	switch toks[lo].Lower {
	case "the", "these", "those", "this", "that":
	default:
		return false
	}
	for e := lo + 1; e < hi-1; e++ {
		if t := toks[e].Tag; t != "JJ" && t != "NN" && t != "VBN" {
			return false // "the Israeli strikes": an agent of its own
		}
	}
	return attackNouns.Has(toks[hi-1].Lower)
}

// asideDate reports a date expression and a head on either side of the
// edge of an aside: a relative clause or a reduced (participle) one set
// off by commas, or a "since" clause ("The president, who came to power
// in a coup in 2021, told a rally", "the former rebel commander, accused
// of ordering killings in 2002, will hear the verdict on April 12", "polls
// scheduled for October, the first since the army took power three years
// ago"). The aside's date belongs to the background it gives, and the
// main clause's date is not the aside's ("The former minister, who
// ordered the invasion, died on Saturday").
func asideDate(toks []text.Token, e when.Expr, head int) bool {
	di := tokenAt(toks, e.Start)
	if di >= len(toks) || head < 0 || head >= len(toks) {
		return false
	}
	if lo, hi, ok := aside(toks, di); ok && (head < lo || head >= hi) {
		return true
	}
	if lo, hi, ok := aside(toks, head); ok && toks[lo].Tag != "VBN" && (di < lo || di >= hi) {
		// A participle aside ("forces, backed by Russian air strikes,
		// killed 19 rebels on Friday") happens with its main clause; a
		// relative one may tell of any time.
		return true
	}
	// "since the army took power three years ago": a since-clause.
	verb := false
	for k := di - 1; k >= 0 && k > di-25; k-- {
		if k == head {
			return false
		}
		w := toks[k].Lower
		if w == "," || w == ";" || w == "(" {
			return false
		}
		if toks[k].IsVerb() {
			verb = true
		}
		if w == "since" && verb {
			return head < k
		}
	}
	return false
}

// aside returns the token range lo..hi of the comma-bounded aside that
// holds token i: a stretch between commas (or a comma and the sentence's
// end) that opens with a relative pronoun or a past participle.
func aside(toks []text.Token, i int) (lo, hi int, ok bool) {
	lo = i
	for lo > 0 && toks[lo-1].Lower != "," && toks[lo-1].Lower != ";" && i-lo < 30 {
		lo--
	}
	if lo == 0 || toks[lo-1].Lower != "," || lo >= len(toks) {
		return 0, 0, false
	}
	switch t := &toks[lo]; {
	case t.Lower == "who" || t.Lower == "which" || t.Lower == "whose" || t.Lower == "where":
	case t.Tag == "VBN" && lo >= 2 && toks[lo-2].IsNoun():
		// "the commander, accused of ...", "the border, drawn by ..."
	case t.Lower == "the" && lo+1 < len(toks) && (toks[lo+1].Tag == "JJS" || toks[lo+1].Lower == "first" || toks[lo+1].Lower == "worst"):
		// "The blast, the deadliest in the capital since 2017, killed
		// 40 people": a superlative's span is a measure of the event,
		// not its date.
	default:
		return 0, 0, false
	}
	hi = i + 1
	for hi < len(toks) && toks[hi].Lower != "," && toks[hi].Lower != ";" && toks[hi].Lower != "." {
		hi++
	}
	return lo, hi, true
}

// sendsInto: the phrase's own clause sends something into, towards or
// across the state c ("Militants fired two rockets into southern
// Israel"): armed men who strike a state from outside are not its own,
// however much the story is about it.
func sendsInto(sa *SentenceAnalysis, ph *actor.Phrase, c string) bool {
	toks := sa.Sentence.Tokens
	for k := ph.End; k+1 < len(toks) && k < ph.End+12; k++ {
		w := toks[k].Lower
		if w == "," || clauseEnd(w) {
			return false
		}
		if w != "into" && w != "towards" && w != "toward" && w != "across" {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || compass.Has(toks[j].Lower)) {
			j++
		}
		return j < len(toks) && bareCountryAt(sa, j) == c
	}
	return false
}

// restated reports an event that an earlier sentence of the story already
// coded: the same code between the same sides on the same day, with no
// date of its own ("Russia and Turkey agreed on Thursday to a ceasefire
// after talks in Moscow ... The two presidents met for more than six
// hours"). Wire copy restates its lead in later detail; coded twice, one
// meeting would count as two. A later sentence with a date of its own is
// another occasion and stays.
func restated(out []event.Event, i int) bool {
	ev := &out[i]
	if ev.SentenceIndex == 0 || ev.DatePrecision != "unknown" || ev.CAMEORoot == "01" || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return false // each statement is said anew; a one-sided act is too vague to match
	}
	for j := 0; j < i; j++ {
		e := &out[j]
		if e.SentenceIndex >= ev.SentenceIndex {
			break
		}
		if e.CAMEO == ev.CAMEO && e.Date == ev.Date && sameMood(e.Modality, ev.Modality) &&
			sameCodes(e.Source, ev.Source) && sameCodes(e.Target, ev.Target) {
			if e.Location != nil && ev.Location != nil && e.Location.Name != ev.Location.Name {
				return false // "met again in Ankara" after talks in Istanbul
			}
			return !anotherTime(ev.Sentence)
		}
	}
	return false
}

// anotherTime: the sentence says its event is a further one ("met
// again", "another round", "later", "a second attack", "also struck").
func anotherTime(s string) bool {
	for _, w := range [...]string{" again", "another ", " second ", " later", " new round", " further ", " fresh ", " also ", "Also "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ofOwner is the country of the actor that owns a bare sector through
// "of": "the government of President Nicolas Maduro" is Venezuela's
// even in a story whose last government was Norway's.
func ofOwner(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	k := ph.End
	if k < len(toks) && toks[k].Lower == "and" {
		// "the wife and three children of Muammar Gaddafi": the owner
		// after the last conjunct is every conjunct's.
		k = conjunctEnd(sa, ph)
	}
	if k+1 >= len(toks) || toks[k].Lower != "of" {
		return ""
	}
	k++
	// "of the Libyan leader", "of a British diplomat", "of deposed
	// Libyan leader Muammar Gaddafi": past a determiner and adjectives
	// to the phrase of the owner.
	for j := k; j < len(toks) && j < k+3; j++ {
		for _, g := range sa.Groups {
			for _, o := range g.Phrases {
				if o.Start == j && o.Country != "" && !o.Inferred {
					return o.Country
				}
			}
		}
		if t := &toks[j]; t.Lower != "the" && t.Lower != "a" && t.Lower != "an" && t.Tag != "JJ" && t.Tag != "VBN" {
			break
		}
	}
	return ""
}

// conjunctEnd is the end of the phrase coordinated with ph by the "and"
// right after it, in ph's own group, or ph.End when there is none.
func conjunctEnd(sa *SentenceAnalysis, ph *actor.Phrase) int {
	for _, g := range sa.Groups {
		for i := 0; i+1 < len(g.Phrases); i++ {
			if g.Phrases[i].Start == ph.Start && g.Phrases[i+1].Start <= ph.End+3 {
				return g.Phrases[i+1].End
			}
		}
	}
	return ph.End
}

// lastAttackOn returns the index of the story's last assault, in a
// sentence before si, by a foreign side on the state c; -1 if none.
func lastAttackOn(out []event.Event, c string, si int) int {
	if c == "" {
		return -1
	}
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if !earlierAssault(e, si) {
			continue
		}
		if e.Target[0].Country == c && e.Source[0].Country != "" && e.Source[0].Country != c {
			return i
		}
	}
	return -1
}

// warModifier reports a source that only names a war ("the 1950-53
// Korean War ended in an armistice", "the Syrian conflict has driven
// millions from their homes"): every source actor stands right before a
// conflict noun that heads its phrase, so it modifies the war and did
// nothing itself. "Syrian war planes" is not such a phrase: "war" does
// not head it.
func warModifier(toks []text.Token, src []event.Actor) bool {
	if len(src) == 0 {
		return false
	}
	for _, a := range src {
		if a.End <= a.Start {
			return false
		}
		k := tokenAt(toks, a.End)
		if k > 1 && k <= len(toks) && toks[k-1].Start > a.Start && toks[k-1].Tag == "NN" && (k == len(toks) || !toks[k].IsNoun()) && conflictNouns.Has(toks[k-1].Lower) {
			// "Boko Haram's insurgency has killed 35,000 people": the
			// actor phrase itself ends in the war it names.
			continue
		}
		if k < len(toks) && toks[k].Tag == "POS" {
			k++ // "Sudan's war has forced millions from their homes": the owner of the war
		}
		for k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
			k++
		}
		if k >= len(toks) || !conflictNouns.Has(toks[k].Lower) || k+1 < len(toks) && toks[k+1].IsNoun() {
			return false
		}
	}
	return true
}

// partialTwin reports an event with no target whose code and source
// another event of the same sentence has with a target: "met his Russian
// counterpart to discuss the war" is one meeting, not that and a second
// meeting of Russia's with no one. The fuller one says all it does, but
// only of the same time: "seized the port on Monday" is no part of "had
// annexed the region in 2014".
func partialTwin(out []event.Event, i int) bool {
	ev := &out[i]
	if len(ev.Target) > 0 || len(ev.Source) == 0 {
		return false
	}
	// Events are in sentence order: look only at the sentence's own.
	lo, hi := i, i+1
	for lo > 0 && out[lo-1].SentenceIndex == ev.SentenceIndex {
		lo--
	}
	for hi < len(out) && out[hi].SentenceIndex == ev.SentenceIndex {
		hi++
	}
	for j := lo; j < hi; j++ {
		o := &out[j]
		if j != i && o.CAMEO == ev.CAMEO && len(o.Target) > 0 && sameTime(o, ev) && sameMood(o.Modality, ev.Modality) && sameCodes(o.Source, ev.Source) {
			return true
		}
	}
	return false
}

// sameTime reports whether two events may be one: their own dates, when
// both have one, overlap. An event with no date of its own (precision
// unknown) may be the other's.
func sameTime(a, b *event.Event) bool {
	if a.DatePrecision == "unknown" || b.DatePrecision == "unknown" || a.Date == "" || b.Date == "" {
		return true
	}
	return a.Date <= b.DateEnd && b.Date <= a.DateEnd
}

// anyAct: the head is an act noun that "any", "a possible", "a potential"
// or "a future" makes no particular act ("reserved the right to respond
// to any attack", "warned of a possible strike"): nothing has happened.
func anyAct(toks []text.Token, head int) bool {
	if head <= 0 || head >= len(toks) || !toks[head].IsNoun() {
		return false
	}
	k := head - 1
	if toks[k].Tag == "JJ" && k > 0 && toks[k].Lower != "possible" && toks[k].Lower != "potential" && toks[k].Lower != "future" {
		k-- // "any military attack"
	}
	switch toks[k].Lower {
	case "any":
		return true
	case "possible", "potential", "future", "eventual":
		return k > 0 && (toks[k-1].Lower == "a" || toks[k-1].Lower == "any")
	}
	return false
}

// pastAntecedent looks at a relative clause around head that tells of an
// earlier event named before it: "the 20th anniversary of the September
// 11 attacks, in which hijackers killed nearly 3,000 people", "the
// victims of the 2011 attacks in Oslo, where an extremist shot dead
// dozens". It returns the year the antecedent carries (0 if none) and
// whether the clause is such a memory at all: an anniversary is a year
// old at least, a memorial or a year before the noun dates it.
func pastAntecedent(toks []text.Token, head int) (year int, ok bool) {
	o := -1
	for k := head - 1; k >= 0 && k > head-15; k-- {
		w := toks[k].Lower
		if w == ";" || w == "." {
			return 0, false
		}
		if (w == "which" || w == "where" || w == "whom") && k > 0 && (toks[k-1].Lower == "in" || toks[k-1].Lower == "during" || toks[k-1].Lower == ",") {
			o = k
			break
		}
	}
	if o < 0 {
		return 0, false
	}
	for k := o - 1; k >= 0 && k > o-16; k-- {
		w := toks[k].Lower
		if w == ";" {
			break
		}
		switch w {
		case "anniversary", "anniversaries", "memorial", "commemoration", "commemorations":
			ok = true
		}
		if year == 0 && len(w) == 4 && toks[k].Tag == "CD" && k+1 < o && toks[k+1].IsNoun() && (w[:2] == "19" || w[:2] == "20") {
			y := 0
			for _, c := range w {
				if c < '0' || c > '9' {
					y = -1
					break
				}
				y = y*10 + int(c-'0')
			}
			if y > 0 {
				year = y
			}
		}
	}
	return year, ok || year > 0
}

// aidCode: giving aid (07) or pledging it (033x).
func aidCode(code string) bool {
	return len(code) >= 2 && code[:2] == "07" || len(code) >= 3 && code[:3] == "033"
}

// lastAidTarget returns the index of the story's last aid event with a
// recipient other than the giver src; -1 if none. A disaster or war story
// names its recipient once, and later donors give to it too.
func lastAidTarget(out []event.Event, src []event.Actor) int {
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if len(e.Target) == 0 || !aidCode(e.CAMEO) || e.Target[0].Country == "" {
			continue
		}
		for _, s := range src {
			if s.Country == e.Target[0].Country {
				return -1 // a state's aid to its own people is its own story
			}
		}
		return i
	}
	return -1
}

// residentsPlace: residents, villagers and locals live where the
// sentence's town is ("The operation began with air strikes on the border
// town of Ras al-Ain, residents said" are Syria's, in a story datelined in
// Turkey); "" when the sentence names no town or province.
func (p *Pipeline) residentsPlace(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if ph.End <= 0 || ph.End > len(toks) {
		return ""
	}
	switch toks[ph.End-1].Lower {
	case "residents", "resident", "villagers", "inhabitants", "locals":
	default:
		return ""
	}
	gp, ok := p.Places.(GeoPlacer)
	if !ok {
		return ""
	}
	sa.plainMentions(gp.G)
	// A wire dateline ("JOHANNESBURG (AP) -") is where the reporter
	// files, not where the villagers live.
	after := 0
	if sa.dateline > 0 && sa.dateline < len(toks) {
		after = toks[sa.dateline].End
	}
	c := ""
	for _, m := range sa.mentions {
		if m.Best == nil || m.Best.Country == "" || m.Attributive || m.Start < after {
			continue
		}
		if m.Best.Precision != geo.PrecisionCity && m.Best.Precision != geo.PrecisionAdmin1 {
			continue
		}
		if c != "" && c != m.Best.Country {
			return "" // towns of two states: no telling
		}
		c = m.Best.Country
	}
	return c
}

// tokenAt returns the index of the first token that starts at or after
// byte off (len(toks) if none), by binary search: it runs once per event.
func tokenAt(toks []text.Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sameMood: two events are told as equally real. Who reports them does
// not matter: one strike reported by the army and by Hamas is one strike.
func sameMood(a, b event.Modality) bool {
	return a.Negated == b.Negated && a.Future == b.Future && a.Hypothetical == b.Hypothetical && a.Historical == b.Historical
}

// sameMention gives one mention one code across a sentence's events:
// "Rebels fired rockets at Aden on Tuesday, killing three civilians" codes
// the rockets YEMREB→YEM, and the killing, whose place stands before its
// verb, would keep ---REB. A side that a place gave a country in one event
// keeps it in the others.
func sameMention(out []event.Event) {
	for i := range out {
		for _, side := range [2][]event.Actor{out[i].Source, out[i].Target} {
			for k := range side {
				a := &side[k]
				if a.Country != "" || a.End <= a.Start || len(a.Code) < 3 || a.Code[:3] != "---" {
					continue
				}
				for j := i - 1; j >= 0 && out[j].SentenceIndex == out[i].SentenceIndex; j-- {
					if c := countryOf(out[j], a); c != "" {
						a.Country, a.Code = c, c+a.Code[3:]
						break
					}
				}
				for j := i + 1; a.Country == "" && j < len(out) && out[j].SentenceIndex == out[i].SentenceIndex; j++ {
					if c := countryOf(out[j], a); c != "" {
						a.Country, a.Code = c, c+a.Code[3:]
						break
					}
				}
			}
		}
	}
}

// countryOf is the country event e gives the mention a (same span, same
// sectors), "" if none.
func countryOf(e event.Event, a *event.Actor) string {
	for _, side := range [2][]event.Actor{e.Source, e.Target} {
		for _, b := range side {
			if b.Start == a.Start && b.End == a.End && b.Country != "" && len(b.Code) >= 3 && b.Code[3:] == a.Code[3:] {
				return b.Country
			}
		}
	}
	return ""
}

// yearsBefore: the head is in a clause that the main one dates years
// after ("..., two years after the Taliban seized power", "decades after
// the army crushed the uprising"): its event is that old at least, so it
// is background, though its own year is unknown.
func yearsBefore(toks []text.Token, head int) bool {
	for k := head - 1; k > 0 && k > head-12; k-- {
		w := toks[k].Lower
		if w == "," || w == ";" || w == "." {
			return false
		}
		if w != "after" {
			continue
		}
		switch toks[k-1].Lower {
		case "years", "decades":
			// "two years after", "several years after", but not "a year after"
			return k >= 2 && (toks[k-2].Tag == "CD" || toks[k-2].Tag == "JJ" || toks[k-2].Lower == "many" || toks[k-2].Lower == "several" || toks[k-2].Lower == ",")
		}
		return false
	}
	return false
}

// calmNouns are what a call for calm asks of fighting parties.
var calmNouns = wordset.Of(
	"ceasefire", "cease-fire", "truce", "restraint", "calm", "de-escalation",
	"deescalation", "halt", "end",
)

// calmObject: the appeal at head asks for calm ("called for an immediate
// ceasefire", "urged restraint", "demanded an end to the fighting"),
// within its first few words and with no party of its own.
func calmObject(toks []text.Token, head int) bool {
	for k := head + 1; k < len(toks) && k <= head+5; k++ {
		w := toks[k].Lower
		if w == "," || w == "." || w == ";" || w == "on" || w == "to" && k == head+1 {
			return false // "called on X", "urged X to": a party is named
		}
		if calmNouns.Has(w) {
			if w == "end" || w == "halt" {
				// "an end to the fighting", "a halt to the violence"
				return k+3 < len(toks) && toks[k+1].Lower == "to" && toks[k+2].Lower == "the" && conflictNouns.Has(toks[k+3].Lower)
			}
			return true
		}
	}
	return false
}

// earlierAssault: e is an assault (roots 18-20) with both sides, in a
// sentence before si.
func earlierAssault(e *event.Event, si int) bool {
	if e.SentenceIndex >= si || len(e.Source) == 0 || len(e.Target) == 0 {
		return false
	}
	r := e.CAMEORoot
	return r == "18" || r == "19" || r == "20"
}

// lastClash returns the index of the story's last assault, before
// sentence si, between sides of two different states; -1 if none.
func lastClash(out []event.Event, si int) int {
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if !earlierAssault(e, si) {
			continue
		}
		if c := e.Source[0].Country; c != "" && e.Target[0].Country != "" && c != e.Target[0].Country {
			return i
		}
	}
	return -1
}
