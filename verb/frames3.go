// Clause structures of news English that a word-window heuristic reads
// wrong without help: comma-only coordination in headlines, what a
// pronoun can and cannot refer to, and the verbs whose "because" or
// "after" clause is about their object.

package verb

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// commaChain: the subject group gi closes a list of actors joined by
// commas alone at the start of its clause, which headlines write for
// "and": "Ethiopia, Eritrea sign peace deal", "Russia, China veto
// resolution". It returns the first group of the list, or -1.
//
// The list must open the clause (nothing but determiners before it) and
// its last member must run straight into its verb; an actor followed by
// another comma is an appositive ("Turkey, Syria's neighbour, said") and
// one after a clause is the subject of a new clause ("Rebels shelled Gao,
// the army said").
func (s *sentence) commaChain(gi, start int) int {
	g := s.groups[gi]
	if g.Start < 2 || s.toks[g.Start-1].Lower != "," || g.End >= len(s.toks) || g.End > start {
		return -1 // the common case, first: no comma right before
	}
	if g.End < start {
		switch t := &s.toks[g.End]; {
		case t.IsVerb(), t.Tag == "MD", t.Tag == "TO", t.Tag == "RB", timeWord(t.Lower):
		default:
			return -1
		}
	}
	first := -1
	for cur := gi; ; {
		c := s.groups[cur].Start - 1
		if c < 1 || s.toks[c].Lower != "," {
			break
		}
		prev := s.inGroup[c-1]
		if prev < 0 || s.groups[prev].End != c || s.modifierOnly(prev) {
			return -1
		}
		first, cur = prev, prev
	}
	// The last member may read as a modifier of a headline verb the
	// tagger took for a noun ("China veto"); only the match may follow.
	if first < 0 || s.modifierOnly(gi) && g.End != start {
		return -1
	}
	k := s.groups[first].Start - 1
	for k >= 0 && s.toks[k].Tag == "DT" {
		k--
	}
	if k >= 0 && !hardStop(&s.toks[k]) && s.toks[k].Lower != "\"" && s.toks[k].Lower != "``" {
		return -1
	}
	return first
}

// subjectPhrases: the phrases of the subject group gi of a match starting
// at start, with the rest of a comma-only list it closes.
func (s *sentence) subjectPhrases(gi, start int) []actor.Phrase {
	if ps := s.groups[gi].Phrases; len(ps) > 1 && s.groups[gi].End == start && s.clauseSplit(gi) {
		return ps[len(ps)-1:] // "struck Gaza, and Hamas fired": Hamas fired
	}
	first := s.commaChain(gi, start)
	if first < 0 {
		return s.groups[gi].Phrases
	}
	// Allocated only for such a list, which is rare outside headlines.
	var out []actor.Phrase
	for k := first; k <= gi; k++ {
		out = append(out, s.groups[k].Phrases...)
	}
	return out
}

// collectiveNouns are singular sector nouns that name a body, not a
// person: "he" or "she" never refers to them.
var collectiveNouns = wordset.Of(
	"police", "government", "army", "military", "ministry",
	"parliament", "court", "council", "administration", "regime",
	"navy", "force", "cabinet", "junta", "committee", "party",
	"agency", "company", "opposition", "legislature", "congress",
	"senate", "assembly", "coalition", "alliance", "movement",
	"group", "militia", "guard", "command", "office", "department",
	"authority", "authorities", "embassy", "consulate", "mission",
	"delegation", "union", "organisation", "organization", "board",
	"service", "state", "country", "nation", "side", "media",
	"press", "network", "leadership", "gendarmerie", "airforce",
)

// femaleNouns and maleNouns are person nouns with a grammatical gender,
// which "he" and "she" respect ("failed to arrest him when he violated
// the order" is not about the woman he stabbed).
var femaleNouns = wordset.Of(
	"woman", "girl", "mother", "wife", "daughter", "sister",
	"queen", "chairwoman", "spokeswoman", "congresswoman",
	"councilwoman", "businesswoman", "grandmother", "widow", "lady",
	"princess", "actress", "policewoman", "girlfriend",
)

var maleNouns = wordset.Of(
	"man", "boy", "father", "husband", "son", "brother",
	"king", "chairman", "spokesman", "congressman", "councilman",
	"businessman", "grandfather", "widower", "prince", "policeman",
	"boyfriend", "sheikh",
)

// personLike: the group names one person, whom "he" or "she" may stand
// for: a person the dictionaries know by name (they carry terms of
// office), or a singular person noun ("the Somali man", "the president").
// States, bodies and named organisations are "it" or "they".
func (s *sentence) personLike(gi int) bool {
	g := s.groups[gi]
	if len(g.Phrases) != 1 {
		return false
	}
	ph := &g.Phrases[0]
	if ph.End < 1 || ph.End > len(s.toks) {
		return false
	}
	return phrasePerson(ph, &s.toks[ph.End-1]) || titledName(ph, s.toks)
}

// titledName: the phrase is a title the dictionary knows followed by a
// name it does not ("Interior Minister Ahmed Mansour", "army spokesman
// Kofi Mensah"): the title names one person, so "he" or "she" can stand
// for it. A collective ("the Foreign Ministry") or a date after it
// ("the Interior Ministry Tuesday") names none.
func titledName(ph *actor.Phrase, toks []text.Token) bool {
	e := ph.End
	if e < 1 || e+1 >= len(toks) || len(ph.Parts) == 0 {
		return false
	}
	last := ph.Parts[len(ph.Parts)-1].Entry
	h, n := &toks[e-1], &toks[e]
	return last != nil && last.Kind == actor.KindSector && (h.Tag == "NN" || h.Tag == "NNP") &&
		!collectiveNouns.Has(h.Lower) && n.Tag == "NNP" && startsCap(n.Text) && !timeWord(n.Lower) && !monthWord(n.Lower)
}

// phrasePerson: the phrase, whose last word is head, names one person.
func phrasePerson(ph *actor.Phrase, head *text.Token) bool {
	for _, pt := range ph.Parts {
		if pt.Entry != nil && pt.Entry.Kind == actor.KindActor && (len(pt.Entry.Ranges) > 0 || pt.Entry.Former) {
			return true
		}
	}
	if len(ph.Parts) == 0 {
		return false
	}
	last := ph.Parts[len(ph.Parts)-1].Entry
	return head.Tag == "NN" && !startsCap(head.Text) && !collectiveNouns.Has(head.Lower) && last != nil && last.Kind == actor.KindSector
}

// agrees: the group may be what the personal pronoun pron stands for.
// "he" and "she" name a person; "it" names no person and no plural
// ("the rebels"); "they" no single person. Other words agree with all.
func (s *sentence) agrees(gi int, pron string) bool {
	switch pron {
	case "he", "him":
		return s.personLike(gi) && !femaleNouns.Has(s.toks[s.groups[gi].End-1].Lower)
	case "she", "her":
		return s.personLike(gi) && !maleNouns.Has(s.toks[s.groups[gi].End-1].Lower)
	case "it":
		if s.personLike(gi) && !s.theSeat(gi) {
			return false
		}
		g := s.groups[gi]
		head := &s.toks[g.End-1]
		return !(head.Tag == "NNS" && !startsCap(head.Text))
	case "they":
		return !s.personLike(gi)
	}
	return true
}

// theSeat: the group is one capitalised word after "the" ("the
// Kremlin", "the Pentagon"), a seat or a body that "it" may stand for
// although the dictionary dates it as it dates an office holder.
func (s *sentence) theSeat(gi int) bool {
	g := s.groups[gi]
	return g.End-g.Start == 1 && g.Start > 0 && s.toks[g.Start-1].Lower == "the" && startsCap(s.toks[g.Start].Text)
}

// objectBiased verbs are about their object's conduct: in "X condemned Y
// after it fired missiles", "praised Y because it sent troops", "arrested
// the man when he attacked", the pronoun of the reason clause is Y (the
// implicit causality of verbs of judging and punishing).
var objectBiased = wordset.Of(
	"praise", "condemn", "criticize", "criticise", "blame",
	"accuse", "thank", "congratulate", "punish", "sanction",
	"reward", "denounce", "rebuke", "reprimand", "fault",
	"applaud", "commend", "hail", "scold", "castigate",
	"chide", "admonish", "censure", "slam", "blast",
	"penalize", "penalise", "fine", "arrest", "detain",
	"jail", "expel", "sue", "honour", "honor", "forgive",
	"lambast", "berate",
)

// reasonOpeners open a clause that gives the reason or occasion of the
// clause before.
var reasonOpeners = wordset.Of(
	"because", "after", "when", "since", "as", "for",
	"once", "whenever",
)

// reasonObject: the pronoun at p opens a reason clause ("after it fired")
// of a verb of judging or punishing whose object is group g: the pronoun
// stands for that object.
func (s *sentence) reasonObject(g actor.Group, p int) bool {
	if p < 1 || g.End > p-1 {
		return false
	}
	opener := s.toks[p-1].Lower
	conditional := opener == "if" || opener == "unless"
	if !conditional && !reasonOpeners.Has(opener) {
		return false
	}
	for k := g.End; k < p-1; k++ {
		if t := &s.toks[k]; hardStop(t) || t.Lower == "," || s.clauseVerb(k) || subordinators.Has(t.Lower) {
			return false
		}
	}
	// The object may open with a quantity: "arrested more than 200
	// supporters ... after they attacked".
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "JJR" || s.toks[k].Tag == "JJS" || s.toks[k].Tag == "PRP$" || s.toks[k].Lower == "than") {
		k--
	}
	if k < 0 || !s.toks[k].IsVerb() {
		return false
	}
	if conditional {
		// "Russia warned Finland of countermeasures if it joined NATO":
		// a warning's condition is on the one warned.
		return warnVerbs.Has(s.toks[k].Lemma)
	}
	return objectBiased.Has(s.toks[k].Lemma)
}

// warnVerbs address a condition to their object: what happens if it acts.
var warnVerbs = wordset.Of("warn", "threaten", "caution")

// possessorAppositive: the group opens with a possessor ("Syria's") whose
// noun phrase runs to a comma: "Turkey, Syria's northern neighbour,
// said". The noun may be inside the group (a sector word) or after it.
func (s *sentence) possessorAppositive(g actor.Group) bool {
	k := g.Start
	for k < len(s.toks) && k <= g.End && s.toks[k].Tag != "POS" {
		k++
	}
	if k >= len(s.toks) || k > g.End || s.toks[k].Tag != "POS" {
		return false
	}
	n := 0
	for k++; k < len(s.toks) && (s.toks[k].Tag == "NN" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "NNS") && (k < g.End || s.inGroup[k] < 0); k++ {
		n++
	}
	return n > 0 && k < len(s.toks) && s.toks[k].Lower == ","
}

// pronounBefore: the personal pronoun that is the subject of a clause
// whose verb starts at start ("he had attacked"), or "".
func (s *sentence) pronounBefore(start int) string {
	k := start - 1
	for k >= 0 && s.inGroup[k] < 0 && (isAux(s.toks[k].Lower) || s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB") {
		k--
	}
	if k < 0 || s.toks[k].Tag != "PRP" {
		return ""
	}
	return s.toks[k].Lower
}

// activityNouns name what their "of" complement does, not what is done to
// it: "the deployment of US missiles" is the United States' act, unlike
// "the killing of Kenyan protesters", whose "of" names the victims.
var activityNouns = wordset.Of(
	"deployment", "deployments", "withdrawal", "presence", "buildup",
	"build-up", "involvement", "intervention", "participation",
	"interference", "meddling", "activities", "activity", "actions",
	"behaviour", "behavior", "conduct", "policy", "policies",
	"decision", "refusal", "move", "moves", "stance", "remarks",
	"comments", "statement", "statements", "advance", "aggression",
	"expansion", "militarization", "militarisation", "arrival",
	"provocations", "provocation", "threats", "attempts", "plans",
	"incursion", "incursions", "support", "backing", "response",
	"retreat", "announcement", "insistence", "demands", "claims",
)

// nounBeforeOf: the noun right before the "of" that governs group g
// ("the deployment of US missiles"), or -1.
func (s *sentence) nounBeforeOf(g actor.Group) int {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || s.toks[k].Lower != "of" || !s.toks[k-1].IsNoun() || s.inGroup[k-1] >= 0 {
		return -1
	}
	return k - 1
}

// byAfter: the agent of a "by" phrase that goes on the noun phrase ending
// at k ("the shelling of Pakistani villages by Indian troops"), or -1.
func (s *sentence) byAfter(k int) int {
	for j := k; j < len(s.toks) && j < k+5; j++ {
		t := &s.toks[j]
		if b := s.agencyBy(j); b > j {
			// "the bombing of a hospital carried out by Russian jets"
			// (R25): the clause of agency names the act's doer.
			j, t = b, &s.toks[b]
		}
		if t.Lower == "by" {
			n := j + 1
			for n < len(s.toks) && filler(&s.toks[n]) && s.inGroup[n] < 0 {
				n++
			}
			if n < len(s.toks) && s.inGroup[n] >= 0 && s.groups[s.inGroup[n]].Start == n && !s.accidentAfter(s.groups[s.inGroup[n]].End) {
				return s.inGroup[n]
			}
			return -1
		}
		if hardStop(t) || t.Lower == "," || t.IsVerb() || s.inGroup[j] >= 0 || !(t.IsNoun() || filler(t)) {
			return -1
		}
	}
	return -1
}

// addressee: the party an appeal or demand is made to, named by "to",
// "on", "upon" or "with" right after its verb ("appealed to Ethiopia",
// "called on Israel", "pleaded with Kenya"), or -1.
func (s *sentence) addressee(h int) int {
	k := h + 1
	if k >= len(s.toks) {
		return -1
	}
	switch s.toks[k].Lower {
	case "to", "on", "upon", "with":
	default:
		return -1
	}
	return s.objectOfPrep(k)
}

// objectOfPrep: the actor that is the object of the preposition at k,
// after any determiners and adjectives ("to the Kenyan government"), and
// not a mere modifier; or -1.
func (s *sentence) objectOfPrep(k int) int {
	j := k + 1
	for j < len(s.toks) && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ") {
		j++
	}
	if j >= len(s.toks) || s.inGroup[j] < 0 || s.groups[s.inGroup[j]].Start != j || s.modifierOnly(s.inGroup[j]) {
		return -1
	}
	return s.inGroup[j]
}

// beforeThat: when a complementiser "that" stands between the head at h
// and token t, the first actor between the head and "that" (the party
// asked or accused: "demanded an admission by Moscow that ..."), or -1.
func (s *sentence) beforeThat(h, t int) int {
	k := h + 1
	for ; k < t && k < len(s.toks); k++ {
		if hardStop(&s.toks[k]) {
			return -1
		}
		if s.toks[k].Lower == "that" && s.toks[k].Tag != "DT" && s.inGroup[k] < 0 {
			break
		}
	}
	if k >= t || k >= len(s.toks) {
		return -1
	}
	for j := h + 1; j < k; j++ {
		if gi := s.inGroup[j]; gi >= 0 && s.groups[gi].End <= k && !locatives.Has(s.prepBefore(s.groups[gi])) {
			return gi
		}
	}
	return -1
}

// listedGerund: the gerund at i continues a list whose first gerund
// follows "of" or "for": "accused the US of violating rights, ignoring
// the law and sending a signal" alleges all three acts.
func (s *sentence) listedGerund(i int) bool {
	if w := s.toks[i-1].Lower; w != "," && w != "and" && w != "or" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-15; k-- {
		t := &s.toks[k]
		if hardStop(t) || s.clauseVerb(k) || subordinators.Has(t.Lower) {
			return false
		}
		if t.Tag == "VBG" {
			if w := s.toks[k-1].Lower; w == "of" || w == "for" {
				return true
			}
			if w := s.toks[k-1].Lower; w != "," && w != "and" && w != "or" {
				return false
			}
		}
	}
	return false
}

// Antecedent is what a personal pronoun opening the next sentence may
// stand for: a sentence's main subject. It is worked out only when a
// pronoun asks, so coding a sentence pays for almost nothing: the agent of
// its first event is kept when it has one, else the sentence itself.
type Antecedent struct {
	phrases []actor.Phrase // the first event's agent, or nil: look in the sentence
	head    int            // the agent's last word in toks
	toks    []text.Token
	groups  []actor.Group
	prev    *Antecedent // the sentence before, for a subject that is itself a pronoun
}

// maxChain bounds how many sentences opening with a pronoun pass an
// antecedent on ("He said ... He added ... He also ...").
const maxChain = 4

// resolve returns the subject's phrases and last word: the first event's
// agent; else the first actor that is no prepositional object or modifier
// and stands before the first finite verb ("The Kenyan government
// criticized Uganda" → the government); else, when the sentence opens
// with a pronoun that stands for the sentence before, that one's.
func (a *Antecedent) resolve(depth int) ([]actor.Phrase, []text.Token, *text.Token) {
	if a.phrases != nil {
		if a.head < 0 || a.head >= len(a.toks) {
			return nil, nil, nil
		}
		return a.phrases, a.toks, &a.toks[a.head]
	}
	s := sentence{toks: a.toks, groups: a.groups}
	gi := 0
	for k := 0; k < len(a.toks); k++ {
		for gi < len(a.groups) && a.groups[gi].Start < k {
			gi++
		}
		if gi < len(a.groups) && a.groups[gi].Start == k {
			g := a.groups[gi]
			if g.End > k && g.End <= len(a.toks) && s.prepBefore(g) == "" && !s.modifierOnly(gi) {
				return g.Phrases, a.toks, &a.toks[g.End-1]
			}
			k = max(g.End-1, k)
			continue
		}
		if t := a.toks[k].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && !isAux(a.toks[k].Lower) || hardStop(&a.toks[k]) {
			break
		}
	}
	if a.prev == nil || depth >= maxChain {
		return nil, nil, nil
	}
	for k := range a.toks {
		t := &a.toks[k]
		if t.Tag == "PRP" {
			if a.prev.agreesAt(t.Lower, depth+1) {
				return a.prev.resolve(depth + 1)
			}
			return nil, nil, nil
		}
		if !filler(t) && t.Tag != "CC" && t.Lower != "," && t.Lower != "\"" && t.Lower != "``" {
			break
		}
	}
	return nil, nil, nil
}

// agrees: pron may stand for the antecedent (see sentence.agrees).
func (a *Antecedent) agrees(pron string) bool { return a.agreesAt(pron, 0) }

func (a *Antecedent) agreesAt(pron string, depth int) bool {
	ps, toks, head := a.resolve(depth)
	if len(ps) == 0 {
		return false
	}
	person := len(ps) == 1 && (phrasePerson(&ps[0], head) || titledName(&ps[0], toks))
	switch pron {
	case "he":
		return person && !femaleNouns.Has(head.Lower)
	case "she":
		return person && !maleNouns.Has(head.Lower)
	case "it":
		return !person && len(ps) == 1 && !(head.Tag == "NNS" && !startsCap(head.Text))
	case "they":
		return !person
	}
	return false
}

// antecedent: what the next sentence's pronouns may stand for. toks,
// groups and prev come from code's own parameters: taken from s, they
// would make every slice of s escape to the heap (escape analysis does
// not tell fields apart).
func antecedent(res *Result, toks []text.Token, groups []actor.Group, prev *Antecedent) Antecedent {
	for i := range res.Matches {
		m := &res.Matches[i]
		if m.FromPrevious && prev != nil {
			return *prev
		}
		if len(m.Source) > 0 && !m.Passive && m.Source[0].Start >= 0 && m.Source[0].Start < m.Head {
			if m.Reciprocal() && len(m.Target) > 0 && m.Target[len(m.Target)-1].End <= m.Head {
				// "The leaders of Egypt and Sudan met ... They agreed":
				// a meeting of a coordinated subject is coded as a pair,
				// and "they" is both sides.
				both := make([]actor.Phrase, 0, len(m.Source)+len(m.Target))
				both = append(append(both, m.Source...), m.Target...)
				return Antecedent{phrases: both, head: m.Target[len(m.Target)-1].End - 1, toks: toks}
			}
			return Antecedent{phrases: m.Source, head: m.Source[len(m.Source)-1].End - 1, toks: toks}
		}
		break
	}
	return Antecedent{toks: toks, groups: groups, prev: prev}
}

// noGroupBefore: no actor is named before token k in the sentence.
func (s *sentence) noGroupBefore(k int) bool {
	return len(s.groups) == 0 || s.groups[0].Start >= k
}

// speakerAgrees: the pronoun pron may stand for the speaker phrase who.
func (s *sentence) speakerAgrees(who actor.Phrase, pron string) bool {
	if pron == "" || who.Start < 0 || who.Start >= len(s.inGroup) || s.inGroup[who.Start] < 0 {
		return true
	}
	return s.agrees(s.inGroup[who.Start], pron)
}

// clauseSplit: the group's last member, after "and", is followed by a
// finite verb of its own: "Israeli jets struck Gaza, and Hamas fired
// rockets" coordinates two clauses, not two targets. The actor stage
// joined "Gaza, and Hamas"; the verb stage splits them again.
func (s *sentence) clauseSplit(gi int) bool {
	g := s.groups[gi]
	n := len(g.Phrases)
	if n < 2 || g.End >= len(s.toks) {
		return false
	}
	switch s.toks[g.End].Tag {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	last := g.Phrases[n-1]
	a := last.Start - 1
	if a >= 1 && s.toks[a].Tag == "DT" {
		a-- // "and the Maldives did likewise"
	}
	if a < 0 || last.End != g.End || s.toks[a].Lower != "and" {
		return false
	}
	return s.objectOfVerb(g) || s.placeObjectSplit(g)
}

// splitPreps are the prepositions of place and direction whose object
// ends a clause's predicate: "struck targets in Gaza", "fired missiles at
// sites in southern Iraq". Subordinators tagged IN (after, as, that) are
// not among them: "after Kenya and Uganda agreed" is one subject.
var splitPreps = wordset.Of(
	"in", "at", "on", "across", "into", "onto", "to", "toward", "towards",
	"from", "near", "inside", "outside", "over", "along", "against",
	"around", "throughout", "within", "with",
)

// placeObjectSplit: the group is the object of a preposition of place
// that ends the predicate of a finite verb before it, with nothing but
// its object's noun phrase and prepositional phrases between, so an
// "and" inside the group can only join a new clause to that predicate:
// "NATO aircraft struck targets across Serbia and Yugoslavia broke off
// relations", "fired missiles at sites in southern Iraq and Washington
// extended the no-fly zone". Not when the finite verb reports or takes a
// clause ("said clashes in Sudan and Chad killed 20": the list is inside
// the reported subject), nor with no finite verb before ("Clashes in
// Sudan and Chad killed 20": one subject). The verb after the group must
// take an object or particle of its own, not a passive's "by" or a
// participle's "to" or "of" ("sanctions on firms in Iran and Syria linked
// to ...").
func (s *sentence) placeObjectSplit(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || s.toks[k].Tag != "IN" && s.toks[k].Tag != "TO" || !splitPreps.Has(s.toks[k].Lower) {
		return false
	}
	if e := g.End; e+1 >= len(s.toks) || s.toks[e].Tag == "VBN" {
		return false
	} else if w := s.toks[e+1].Lower; w == "by" || w == "to" || w == "of" || w == "as" || w == "that" || w == "," || w == "." {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-maxReach; j-- {
		t := &s.toks[j]
		switch {
		case t.IsNoun() || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "IN" || t.Tag == "TO" || t.Tag == "RP" || t.Tag == "RB" || t.Tag == "HYPH":
			continue
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
			return s.clauseVerb(j) && !reportingVerbs.Has(t.Lemma) && !clauseTakers.Has(t.Lemma) && t.Lemma != "warn"
		}
		return false
	}
	return false
}

// SourceText is the text of a source phrase of match m that a pronoun
// took from an earlier sentence (Match.FromPrevious), whose token indices
// are that sentence's: its words joined by spaces. "" for any other.
func (r *Result) SourceText(m *Match, ph actor.Phrase) string {
	if !m.FromPrevious || ph.Start < 0 || ph.End > len(r.prevToks) || ph.Start >= ph.End {
		return ""
	}
	n := 0
	for k := ph.Start; k < ph.End; k++ {
		n += len(r.prevToks[k].Text) + 1
	}
	b := make([]byte, 0, n)
	for k := ph.Start; k < ph.End; k++ {
		if k > ph.Start {
			b = append(b, ' ')
		}
		b = append(b, r.prevToks[k].Text...)
	}
	return string(b)
}
