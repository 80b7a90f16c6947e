// Who did it and to whom: passives, subjects, objects, agents of nominal
// events, participants and their roles, from clause structure over tagged
// words (no parser is available, so these are heuristics with reasons).

package verb

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

var beForms = wordset.Of("be", "is", "are", "was", "were", "been", "being", "'s", "get", "got", "gets")

// isAux: w is one of beForms or "has", "have", "had", "will", "would",
// "not", "n't". A switch, not beForms.Has and the tests after it: the
// stage asks of many words, and the auxiliaries, which pass the set's
// signature, paid for a map lookup.
func isAux(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "'s", "get", "got", "gets",
		"has", "have", "had", "will", "would", "not", "n't":
		return true
	}
	return false
}

// passive: a past participle after a form of "be", or a reduced relative
// ("forces, backed by Russia").
func (s *sentence) passive(h int) bool {
	if (s.toks[h].Tag == "VBN" || s.toks[h].Tag == "VBD") && h > 0 && (s.toks[h-1].IsNoun() || s.citizenAdjective(h-1)) && s.allegationPassive(h) {
		// "officials accused of war crimes", "men charged with murder",
		// "a Palestinian/JJ accused of stabbing a soldier": these verbs
		// take their object before "of" or "with", so the form right
		// before the preposition is a passive participle, whatever its
		// tag (reducedpassive_r26.go).
		return true
	}
	if s.headlinePassive(h) || s.clausePassive(h) {
		return true
	}
	if s.coordPassive(h) >= 0 {
		// "was arrested in 2014 and released 18 months later"
		return true
	}
	// "prisoners held/VBD in Israeli jails began a hunger strike": the
	// tagger's past tense of a custody verb before a preposition may be
	// a reduced relative's participle (those held are never the
	// holders); the checks below decide, more strictly.
	pastForm := s.toks[h].Tag == "VBD" && h+1 < len(s.toks) && s.toks[h+1].Tag == "IN" && s.toks[h+1].Lower != "by" && custodyVerbs.Has(s.toks[h].Lemma)
	if !pastForm {
		if s.toks[h].Tag != "VBN" || statives.Has(s.toks[h].Lower) {
			return false
		}
		for k := h - 1; k >= 0 && k >= h-4; k-- {
			w := s.toks[k].Lower
			if beForms.Has(w) {
				return true
			}
			if s.toks[k].Tag != "RB" && w != "not" && w != "n't" {
				break
			}
		}
		if h+1 < len(s.toks) && s.toks[h+1].Lower == "by" && !s.measureAfter(h+2) {
			return true
		}
	}
	// A reduced relative: "ten Russian soldiers killed in Ukraine".
	// Only after a common noun: a name before a participle is usually the
	// subject of a main verb the tagger took for a participle ("Egypt
	// proposed").
	// It must be inside a noun phrase: a finite verb follows in the clause
	// ("soldiers killed in the raid were buried") or the clause is
	// existential ("there were ten soldiers killed"); otherwise the
	// participle is the main verb ("protesters demonstrated").
	// (A common noun opening the sentence is capitalised too: "Activists
	// arrested in Moscow were released".)
	if !(h > 0 && s.inGroup[h-1] >= 0 && s.toks[h-1].IsNoun() && (!startsCap(s.toks[h-1].Text) || h == 1 && (s.toks[0].Tag == "NNS" || s.toks[0].Tag == "NN"))) {
		return false
	}
	if h+1 < len(s.toks) && (s.inGroup[h+1] >= 0 || s.toks[h+1].Tag == "DT" || s.toks[h+1].Tag == "PRP" || s.toks[h+1].Tag == "PRP$" || s.toks[h+1].Tag == "TO") {
		// (A possessive opens an object too: "rebels suspended/VBN
		// their participation".)
		return false
	}
	for k := h + 1; k < len(s.toks) && k <= h+3; k++ {
		if s.inGroup[k] >= 0 && s.prepBefore(s.groups[s.inGroup[k]]) == "" {
			return false // an object follows: a transitive main verb
		}
	}
	for k := h + 1; k < len(s.toks) && !hardStop(&s.toks[k]) && s.toks[k].Lower != ","; k++ {
		if s.toks[k].Tag == "PRP" && subjectPronouns.Has(s.toks[k].Lower) {
			// "rebels handed over to a mission a soldier they had held":
			// a verb after a subject pronoun is that clause's own, so it
			// makes no noun phrase of the words before.
			break
		}
		if pastForm && (s.toks[k].Tag == "CC" || subordinators.Has(s.toks[k].Lower)) {
			// "Protesters gathered in the square and chanted", "fired
			// on crowds who gathered": a main verb, not a participle.
			return false
		}
		if t := s.toks[k].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && s.inGroup[k] < 0 {
			return true
		}
	}
	g := s.groups[s.inGroup[h-1]]
	for k := g.Start - 1; k >= 0 && k >= g.Start-4; k-- {
		if s.toks[k].Lower == "there" {
			return true
		}
	}
	return s.verbObject(g.Start)
}

// headlinePassive: a headline drops the passive's "were" ("Five soldiers
// killed in Taliban ambush", "Three Chinese workers kidnapped in
// Pakistan"): in a line with no full stop and no finite verb of its own,
// a past form of a verb of harm or custody right after its subject noun
// and before a preposition or the line's end tells what was done to the
// subject. The tagger's past tense is read so too: the line has no other
// verb to be the main one, and these verbs need an object in the active.
//
//go:noinline
func (s *sentence) headlinePassive(h int) bool {
	n := len(s.toks)
	if h < 1 || n < 3 || s.toks[n-1].Text == "." || !s.toks[h-1].IsNoun() || s.inGroup[h-1] < 0 && s.toks[h-1].Tag != "NNS" {
		return false
	}
	if t := s.toks[h].Tag; t != "VBN" && !(t == "VBD" && headlineHarm.Has(s.toks[h].Lemma)) {
		return false
	}
	if h+1 < n && s.toks[h+1].Tag != "IN" && s.toks[h+1].Tag != "RB" && s.toks[h+1].Lower != "dead" {
		return false
	}
	return !s.otherFinite(h)
}

// headlineHarm: verbs of harm and custody that take their victim as
// object, whose bare past in a headline is a passive.
var headlineHarm = wordset.Of(
	"kill", "wound", "injure", "kidnap", "abduct", "arrest", "detain",
	"jail", "execute", "shoot", "capture", "seize", "expel", "deport",
	"free", "release", "hang", "behead", "attack", "sentence", "convict",
	"charge", "hold", "rescue", "evacuate", "massacre", "murder", "slay",
)

// includedSubject: the comma at c closes an aside "including X and Y"
// after a subject that names no actor ("Several states, including France
// and Germany, condemned the coup"): the states named are the ones the
// sentence can code as acting. A subject that is an actor ("Western
// powers, including the United States," "The EU, including France,")
// keeps the verb, as the loop after this finds it.
//
//go:noinline
func (s *sentence) includedSubject(c int) int {
	gi := s.inGroup[c-1]
	if gi < 0 || s.groups[gi].End != c {
		return -1
	}
	o := s.groups[gi].Start - 1
	if o >= 1 && (s.toks[o].Lower == "including" || s.toks[o].Lower == "as" && s.toks[o-1].Lower == "such") {
		if s.toks[o].Lower == "as" {
			o--
		}
		o--
	} else {
		return -1
	}
	if o < 1 || s.toks[o].Lower != "," {
		return -1
	}
	if n := &s.toks[o-1]; !n.IsNoun() {
		return -1
	}
	if hi := s.inGroup[o-1]; hi >= 0 {
		// A bare sector of no known state ("Several militant groups,
		// including Hamas,") is named by its members too.
		for _, ph := range s.groups[hi].Phrases {
			if !strings.HasPrefix(ph.Code, "---") {
				return -1
			}
		}
	}
	return gi
}

// verbObject: the noun phrase opening at k is the object of a finite
// verb right before it ("Russia released a US citizen detained on drug
// charges"), so a past form after it is no verb of its own but a reduced
// relative. A verb of saying or thinking takes a clause instead ("said
// protesters detained ..."), and is left out.
func (s *sentence) verbObject(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-3 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "CD" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "PRP$") {
		j--
	}
	if j < 0 || s.inGroup[j] >= 0 {
		return false
	}
	t := &s.toks[j]
	if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" || isAux(t.Lower) || reportingVerbs.Has(t.Lemma) || clauseTakers.Has(t.Lemma) {
		return false
	}
	return true
}

// clauseTakers are verbs of thinking and perceiving whose object may be
// a clause with no "that": "officials feared militants attacked".
var clauseTakers = wordset.Of(
	"believe", "think", "fear", "know", "suspect", "expect", "hope",
	"assume", "suggest", "show", "reveal", "find", "learn", "hear", "see",
	"feel", "guess", "understand", "realise", "realize", "doubt",
)

// subjectPronouns open a clause of their own.
var subjectPronouns = wordset.Of("he", "she", "they", "we", "i", "you")

// custodyVerbs keep people somewhere; their participle after a plural
// noun ("prisoners held in", "activists detained at") is passive.
var custodyVerbs = wordset.Of("hold", "keep", "detain", "jail", "imprison", "intern", "arrest")

// maxReach bounds how far subjects and topics are looked for, in tokens:
// news clauses are far shorter, and it keeps coding linear in the input.
const maxReach = 60

func startsCap(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// statives are participles that describe a state after "be", not a
// passive action: "Egypt was disappointed with Iran" has Egypt as agent.
var statives = wordset.Of(
	"disappointed", "concerned", "worried", "pleased", "committed",
	"prepared", "determined", "interested", "satisfied", "dissatisfied",
	"alarmed", "angered", "outraged", "frustrated", "encouraged",
	"convinced", "opposed", "involved", "engaged", "united",
	"divided", "ready", "willing", "eager", "keen", "troubled",
	"dismayed", "shocked", "saddened", "delighted", "honoured", "honored",
	"disgusted", "appalled",
)

// subordinators open a clause: a subject is never looked for across them.
var subordinators = wordset.Of(
	"that", "which", "who", "whom", "whose", "because",
	"although", "though", "while", "whereas", "when", "if",
	"unless", "where", "but", "since",
)

var pronouns = wordset.Of("they", "it", "he", "she", "we", "which", "who", "that")

// blockPreps head prepositional phrases whose actor is neither subject nor
// object ("in Syria", "near the border").
var blockPreps = wordset.Of(
	"in", "at", "near", "on", "during", "inside", "outside",
	"across", "throughout", "within", "since", "until", "after",
	"before", "under", "about", "like", "including", "than",
	"of", "for", "by", "with", "to", "from", "between",
	"among", "over", "into", "toward", "towards", "via", "amid",
	"according", "despite", "without", "behind", "around",
)

// modifierOnly: a group of country adjectives modifying things.
func (s *sentence) modifierOnly(gi int) bool {
	if e := s.groups[gi].End; e < len(s.toks) && timeWord(s.toks[e].Lower) {
		return false // "Nigeria today announced": a day is no thing modified
	}
	for _, ph := range s.groups[gi].Phrases {
		if !ph.Modifier {
			return false
		}
	}
	return true
}

// partitives head phrases whose "of" complement is the real agent:
// "representatives of the opposition", "two components of the Syrian
// opposition", "members of Hamas".
var partitives = wordset.Of(
	"representatives", "representative", "members", "member",
	"components", "component", "part", "leader", "leaders",
	"head", "chief", "delegation", "delegations", "spokesman",
	"spokeswoman", "spokesperson", "wing", "faction", "factions",
	"units", "unit", "branch", "side", "fighters", "supporters",
	"envoy", "envoys", "officials", "official", "forces", "troops",
	// "a joint force of Nigerian and Chadian soldiers", "a contingent of
	// Kenyan police" (C23).
	"force", "contingent", "contingents", "battalion", "battalions",
	"thousands", "hundreds", "dozens", "tens", "scores", "millions",
	"crowds", "crowd", "groups", "group", "number", "some", "many",
	// "burn half of Israel", "shelled parts of Kharkiv": a part of a
	// place stands for its state.
	"half", "parts", "most", "much", "rest",
	// "The Gulf state of Qatar has offered", "the kingdom of Bahrain
	// said": a state described before its name is that state.
	"state", "kingdom", "emirate", "sultanate", "republic", "nation",
)

func (s *sentence) prepBefore(g actor.Group) string {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Lower == "(" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k >= 1 && s.toks[k].Lower == "to" && s.toks[k-1].Lower == "up" {
		return "" // "up to 100 ethnic Albanians": a quantifier
	}
	if k < 0 {
		return ""
	}
	if blockPreps.Has(s.toks[k].Lower) {
		w := s.toks[k].Lower
		if w == "than" && k >= 2 && s.toks[k-2].IsVerb() {
			if q := s.toks[k-1].Lower; q == "more" || q == "fewer" || q == "less" {
				// "detained more than 100 protesters": a quantifier on an
				// object. (A toll that opens its clause, "More than 400
				// people have been killed since", is background harm's.)
				return ""
			}
		}
		if w == "than" && s.countedSubject(k, g) {
			return "" // "More than 80 students were abducted" (quantity_k17.go)
		}
		if (w == "about" || w == "around" || w == "over") && s.countedOpening(k, g) {
			return "" // "About 2,000 fighters have surrendered" (perfect_u18.go)
		}
		if (w == "of" || w == "for" || w == "from") && k > 0 && partitives.Has(s.toks[k-1].Lower) {
			return "" // the phrase stands for its part
		}
		if w == "of" && s.offShore(k) {
			return "off"
		}
		if s.yearObject(k, g) {
			return "" // "In 1990 Iraq invaded Kuwait" (K19)
		}
		if clauseOpeners.Has(w) && g.End < len(s.toks) && (s.finite(g.End) || s.adjectiveSubject(g)) {
			// "after protesters stormed the palace": a conjunction, and
			// the group is the subject of the clause it opens.
			return ""
		}
		return w
	}
	if k > 0 && s.toks[k].Lower == "off" && s.toks[k-1].IsNoun() {
		return "off" // "a tanker off Yemen": where the ship was
	}
	return ""
}

// offShore: the "of" at k follows a shore noun after "off" or another
// locative ("off the coast of Benin", "in the waters of Yemen"): what
// follows is where a ship was, not a party to the act on it.
func (s *sentence) offShore(k int) bool {
	if k < 2 {
		return false
	}
	waters := false
	switch s.toks[k-1].Lower {
	case "coast", "coasts", "coastline", "shore", "shores":
	case "waters":
		waters = true
	default:
		return false
	}
	j := k - 2
	for j > 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ") {
		j--
	}
	// "on (along, near) the coast of Lebanon" is the land by the sea,
	// struck as the land: only "off" a coast, or inside its waters, is
	// at sea (R12).
	switch s.toks[j].Lower {
	case "off":
		return true
	case "in", "into", "within":
		return waters
	}
	return false
}

// decisionNouns name a choice or attempt of their "of" complement, who
// is the agent of the infinitive after it.
var decisionNouns = wordset.Of(
	"decision", "decisions", "refusal", "move", "moves", "bid", "bids",
	"attempt", "attempts", "plan", "plans", "readiness", "willingness",
	"determination", "failure", "efforts", "effort", "intention", "offer",
)

// decisionOf: the group is the "of" complement of a decision noun ("the
// decision of the junta", "the refusal of the rebels").
func (s *sentence) decisionOf(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ") {
		k--
	}
	return k >= 1 && (s.toks[k].Lower == "of" || s.toks[k].Lower == "by") && decisionNouns.Has(s.toks[k-1].Lower)
}

// ownDecision: a decision noun owned by the group ("Sudan's decision")
// stands between it and the infinitive whose "to" ends before start.
func (s *sentence) ownDecision(g actor.Group, start int) bool {
	d := g.End
	if d < len(s.toks) && s.toks[d].Tag == "POS" {
		d++
	} else if s.toks[d-1].Tag != "POS" {
		return false
	}
	return d+2 == start && s.toks[d+1].Lower == "to" && decisionNouns.Has(s.toks[d].Lower)
}

// decisionNoun is the decision noun whose complement the group is (see
// decisionOf), or "".
func (s *sentence) decisionNoun(g actor.Group) string {
	if !s.decisionOf(g) {
		return ""
	}
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ") {
		k--
	}
	return s.toks[k-1].Lower
}

// textAuthor: the group is the author of a text noun that opens its
// clause ("A statement from Egypt said", "..., and a communique issued by
// the summit said"), so what the text says, the author says. A text after
// a verb or a preposition ("rejected a statement by Israel") is an
// object, and its author no subject. The caller reads it so for
// reporting verbs only: a text that "calls for" or "welcomes" something
// is not always its author's act, and taking it so cost precision on the
// shared gold sets.
func (s *sentence) textAuthor(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || s.toks[k].Lower != "from" && s.toks[k].Lower != "by" {
		return false
	}
	j := k - 1
	switch s.toks[j].Lower {
	case "issued", "released", "published", "posted":
		j--
	}
	if j < 0 || !s.toks[j].IsNoun() || !textNouns.Has(s.toks[j].Lower) {
		return false
	}
	m := j - 1
	for m >= 0 && (s.toks[m].Tag == "DT" || s.toks[m].Tag == "JJ" || s.toks[m].Tag == "CD" || s.toks[m].Tag == "NN" && s.inGroup[m] < 0) {
		m--
	}
	if m < 0 {
		return true
	}
	switch s.toks[m].Lower {
	case ",", "and", "but", "while", "whereas", ";", ":":
		return true
	}
	return false
}

// textNouns are the texts a party issues and that "say" in its name.
var textNouns = wordset.Of(
	"statement", "statements", "communique", "communiques", "communiqué",
	"communiqués", "declaration", "release", "announcement", "letter",
	"message", "bulletin", "notice", "memo", "tweet", "post", "report",
	"resolution", "editorial",
)

// clauseOpeners are prepositions that also open a clause.
var clauseOpeners = wordset.Of("after", "before", "until", "since", "once")

// opensClause: the word at k is a conjunction opening a clause whose
// subject is the next group ("after Iraq moved forces").
func (s *sentence) opensClause(k int) bool {
	return clauseOpeners.Has(s.toks[k].Lower) && s.subjectVerbAfter(k)
}

// subjectVerbAfter: after the word at k comes a group (past determiners,
// adjectives and numbers) followed by a finite verb, the subject and verb
// of a clause the word opens.
func (s *sentence) subjectVerbAfter(k int) bool {
	j := k + 1
	for j < len(s.toks) && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD") && s.inGroup[j] < 0 {
		j++
	}
	if j >= len(s.toks) || s.inGroup[j] < 0 {
		return false
	}
	g := s.groups[s.inGroup[j]]
	return g.End < len(s.toks) && s.finite(g.End)
}

// finite: the token at k is a finite verb or a modal (a past form the
// tagger took for a participle counts: "after rebels attacked").
func (s *sentence) finite(k int) bool {
	t := &s.toks[k]
	return t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VBN"
}

// documentNouns are texts that say things: a participle after one
// ("a report accusing", "a resolution condemning") is the text's act.
var documentNouns = wordset.Of(
	"report", "reports", "resolution", "resolutions", "statement", "letter",
	"motion", "bill", "draft", "decree", "document", "declaration",
	"communique", "communiqué", "petition", "video", "article", "editorial",
	"memo", "dossier", "study", "survey", "ruling", "verdict",
)

// quotedSpeaker is the group that ends right before the "as" at k and is
// the object of quote or cite ("quoted a police official as saying",
// "cited the ministry as saying"), or -1.
func (s *sentence) quotedSpeaker(k int) int {
	gi := s.inGroup[k-1]
	if gi < 0 || s.groups[gi].End != k {
		return -1
	}
	j := s.groups[gi].Start - 1
	for j >= 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD") {
		j--
	}
	if j >= 0 && (s.toks[j].Lemma == "quote" || s.toks[j].Lemma == "cite") {
		return gi
	}
	return -1
}

// documentAuthor is the group inside the document's noun phrase that
// ends at k, its author ("a UN report", "the Security Council's
// resolution"), or -1.
func (s *sentence) documentAuthor(k int) int {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := &s.toks[j]
		if gi := s.inGroup[j]; gi >= 0 {
			return gi
		}
		if t.Tag == "DT" || t.Tag == "PRP$" || !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "POS" || t.Tag == "CD") {
			break
		}
	}
	return -1
}

// subject finds the group acting as subject for a match starting at token
// start: the nearest group to the left in the clause that is not inside a
// prepositional phrase. When the clause's subject is a pronoun or relative
// ("they had reached", "which began") it looks into the clause before.
func (s *sentence) subject(start int) int {
	if s.saidRelativeAt(start) {
		gi, _ := s.saidRelative(start)
		return gi
	}
	if gi, ok := s.relativeSubject(start); ok {
		return gi // "The militia that the army fought attacked" (F16)
	}
	if start > 0 && start < len(s.toks) && s.toks[start].Tag == "VBG" {
		// "garment workers demanding higher wages": a participle right
		// after a group modifies it, and the group is its subject.
		if gi := s.inGroup[start-1]; gi >= 0 && s.groups[gi].End == start && !s.modifierOnly(gi) && !s.addresseeAsking(gi, start) {
			return gi
		}
		if gi := s.withAbsolute(start); gi >= 0 {
			return gi
		}
		if start > 2 && s.toks[start-1].Lower == "as" {
			if gi := s.quotedSpeaker(start - 1); gi >= 0 {
				// "Xinhua quoted the foreign ministry as saying": the one
				// quoted speaks; the quoting outlet only reports it.
				return gi
			}
		}
	}
	if start > 1 && start < len(s.toks) && s.toks[start].Tag == "VBG" && s.inGroup[start-1] < 0 && documentNouns.Has(s.toks[start-1].Lower) {
		// "Israel rejected a UN report accusing its forces of war
		// crimes": a participle right after a document modifies it, and
		// the document's author inside its noun phrase speaks, not the
		// clause's subject that handles the document. A document with
		// no author named ("adopted a resolution calling for") is left
		// to the clause.
		if gi := s.documentAuthor(start - 1); gi >= 0 {
			return gi
		}
	}
	if start > 1 && start < len(s.toks) && s.toks[start].Tag == "VBG" && s.toks[start-1].Lower == "," {
		// "Insurgents shelled the city, killing eight people": a
		// participle after a clause shares that clause's subject.
		for k := start - 2; k >= 0 && k >= start-maxReach; k-- {
			if hardStop(&s.toks[k]) {
				break
			}
			if s.inGroup[k] < 0 && s.clauseVerb(k) {
				if reportingVerbs.Has(s.toks[start].Lemma) {
					// "Peru demanded that Chile withdraw its troops,
					// saying ...": a speaking participle after a
					// that-clause is the speaker's, the subject of the
					// verb the clause completes.
					if v := s.governingVerb(k); v >= 0 {
						return s.subject(v)
					}
				}
				// "Islamabad demanded that Washington end drone strikes,
				// lodging a formal protest": the that-clause of a demand
				// states only what is asked of its subject, so a
				// participle after it is the demander's act (Q39).
				if v := s.governingVerb(k); v >= 0 && demandThatVerbs.Has(s.toks[v].Lemma) {
					if gi := s.subject(v); gi >= 0 {
						return gi
					}
				}
				gi := s.subject(k)
				if gi < 0 && judgingParticiple(s.toks[start].Lemma) {
					// "protested after a tanker explosion killed 12
					// people, blaming the government" (participlehost_n20.go)
					if v := s.nounClauseHost(k); v >= 0 {
						return s.subject(v)
					}
				}
				return gi
			}
		}
	}
	if v := s.gerundPastCondition(start); v >= 0 {
		// "warned it would strike if the South violated its territory,
		// a day after shelling a South Korean island": the gerund's
		// subject is the main clause's, not the condition's
		// (reportedconjunct_r26.go).
		return s.subject(v)
	}
	if v := s.reducedAdverbial(start); v >= 0 {
		// "Iran offered to mediate in Yemen while criticising Saudi
		// Arabia": a gerund right after "while" or "when" has the
		// subject of the clause it hangs on.
		return s.subject(v)
	}
	if start == 0 {
		if c := s.frontedParticiple(); c >= 0 {
			// "Accusing Israel of war crimes, Bolivia cut ties": the
			// fronted participle's subject is the main clause's.
			return s.inGroup[c+1]
		}
	}
	if start > 4 && start < len(s.toks) && s.toks[start-1].Lower == "," && s.toks[start].IsVerb() {
		if gi := s.includedSubject(start - 1); gi >= 0 {
			return gi
		}
	}
	if start > 3 && start < len(s.toks) && s.toks[start].Tag == "VB" && s.toks[start-1].Lower == "and" {
		// "prompting Armenia to declare martial law and mobilise its
		// army", "forced Kenya to close its border and suspend flights":
		// a bare verb after "and" continues the infinitive before it in
		// its clause, and has that infinitive's subject.
		if v := s.conjunctInfinitive(start - 1); v >= 0 {
			return s.subject(v)
		}
	}
	crossed, crossedAt, pron := false, -1, ""
	objPerson := -1 // a person the walk passed as a verb's object, for "he" or "she"
	from := start - 1
	if start < len(s.toks) && (s.toks[start].Tag == "VBD" || s.toks[start].Tag == "VBN") {
		// (A second past verb the tagger calls a participle, "condemned
		// the storming ... and called/VBN on", is one too.)
		// "Kagame, who has ruled since 2000, rejected criticism and
		// accused the West": a past verb coordinated with an earlier
		// one in its sentence shares that verb's subject. The tag is
		// asked first: most subjects are sought for other verbs.
		if and := s.conjBefore(start); and > 1 {
			if v := s.conjunctVerb(and); v >= 0 {
				if r := s.reporterConjunct(v, start); r >= 0 {
					// "said the number of extremists had risen and
					// accused Russia" (reportedconjunct_r26.go)
					v = r
				}
				if gi := s.subject(v); gi >= 0 {
					return gi
				}
			} else if r := s.reporterConjunct(s.verbBeforeAnd(and), start); r >= 0 {
				// "said Navalny had been poisoned and demanded an
				// explanation": a passive shares no subject with the act
				// after "and", the verb of saying does.
				if gi := s.subject(r); gi >= 0 {
					return gi
				}
			} else if v := s.commaMainConjunct(and, start); v >= 0 {
				// "lodged a protest after Pyongyang fired a missile,
				// and suspended its aid" (commaconj_s38.go)
				if gi := s.subject(v); gi >= 0 {
					return gi
				}
			}
		}
	}
	if v := s.commaConjunct(start); v >= 0 {
		// "China demands Japan retract remarks, summons ambassador": a
		// headline's second verb after a comma shares the first one's
		// subject (comma_s14_d14.go).
		if gi := s.subject(v); gi >= 0 {
			return gi
		}
	}
	if start > 2 && start < len(s.toks) && s.toks[start].IsVerb() {
		// "Kagame, who has ruled since 2000, rejected", "Lula, who took
		// office on Jan 1, on Monday ordered": a relative, participial or
		// appositive clause set off by commas between an actor and its
		// verb is skipped whole, so nothing inside it ("since",
		// "recognised as interim president") is taken for the subject.
		if o := s.parenthetical(start); o >= 0 {
			from = o - 1
		} else if o := s.dashAside(start); o >= 0 {
			// "Iraq — already facing criticism — imposed" (dashaside_x17.go)
			from = o - 1
		} else if o := s.parenAside(start); o >= 0 {
			// "Germany (which holds the EU presidency) urged" (paren_s18.go)
			from = o - 1
		} else if o := s.saidAside(start); o >= 0 {
			// "Gunmen in Nigeria, police said, kidnapped" (saidaside_n21.go)
			from = o - 1
		} else if o := s.participleModifier(start); o >= 0 {
			// "Students protesting against the fee rise were beaten"
			// (participlemodifier_n23.go)
			from = o - 1
		}
	}
	if s.trailingNounSpeaker(start) {
		// "..., the copper commission Cochilco said": a speaker no
		// dictionary knows, never an actor of what it said
		// (trailing_p27.go).
		return -1
	}
	if s.ownNounClause(start) {
		// "deployed police after cattle raiders killed eight herders":
		// the time clause's own subject is no actor (timeclause_m16.go).
		return -1
	}
	for k := from; k >= 0 && k >= start-maxReach; k-- {
		t := &s.toks[k]
		if gi := s.inGroup[k]; gi >= 0 {
			g := s.groups[gi]
			if pron != "" && s.reasonObject(g, crossedAt) && s.agrees(gi, pron) {
				// "condemned Iran after it fired missiles": the reason
				// clause of a verb of judging is about its object.
				return gi
			}
			if s.textAuthor(g) && start < len(s.toks) && reportingVerbs.Has(s.toks[start].Lemma) {
				// "A statement from the ministry said", "a communique
				// issued by the summit": the text speaks for its author.
				return gi
			}
			// "Obama wants Putin to attack": the object of "wants" is the
			// subject of the infinitive right after it.
			control := g.End+1 == start && g.End < len(s.toks) && s.toks[g.End].Lower == "to" && !s.summoned(g)
			if !control && g.End+1 < start && s.toks[start-1].Lower == "to" && s.objectOfVerb(g) {
				// "gave Iraq an ultimatum to disarm", "set Kyiv a deadline
				// to withdraw": the act ordered of the indirect object is
				// its own (hypothetical), not the giver's.
				control = s.directiveBetween(g.End, start-1)
			}
			// "struck Gaza, and Hamas fired": an object whose last
			// member has a verb of its own is that verb's subject.
			if s.joinedForces(g) {
				// "Russia and China joined forces to oppose": an idiom of
				// cooperation, no armed force; the subject is the joiners.
				k = g.Start
				continue
			}
			if !crossed && (s.attackBy(g) || g.Start >= 2 && (s.toks[g.Start-1].Lower == "with" || s.toks[g.Start-2].Lower == "with") && s.clashWith(g, start)) {
				// "An attack by Boko Haram killed 30 villagers", "the
				// bombing, claimed by the Islamic State, killed": the
				// attack's agent is the agent of the harm done in it.
				return gi
			}
			if g.End+3 >= start && g.End+2 <= start && s.toks[start-1].Lower == "to" && s.ownDecision(g, start) {
				// "welcomed Sudan's decision to normalise ties", "praised
				// Hungary's refusal to send weapons": the owner decides.
				return gi
			}
			prep := s.prepBefore(g)
			if prep == "by" && s.sentAgent(g, start) {
				return gi // "Mediators dispatched by Qatar met" (sentagent_n19.go)
			}
			if prep == "" && s.after(g, "against") {
				// "vowed deterrence against North Korea during a visit
				// to the border": the object of "against" is no subject
				// of a verb after it (N19). The walk goes on to the
				// clause's subject only if no clause opens between
				// ("an operation against Kurdish militants, days after
				// a bombing in Istanbul killed six": no one's).
				if s.clauseOpenerBetween(g.End, start) {
					return -1
				}
				k = g.Start
				continue
			}
			if control && prep == "to" && s.directiveTo(g.Start) {
				// "issued an ultimatum to Hamas to release the hostages",
				// "gave an order to the troops to withdraw": the party a
				// directive is addressed to is the one told to act.
				return gi
			}
			if control && (prep == "of" || prep == "by") && s.decisionOf(g) {
				// "welcomed the decision of the Niger junta to expel French
				// troops": the one who decides is the one who acts.
				return gi
			}
			if split := len(g.Phrases) > 1 && g.End == start && s.clauseSplit(gi); (prep == "" || split) && (control || !s.objectOfVerb(g) || split) && (!s.modifierOnly(gi) || s.modifiesSubject(g, start)) {
				if pron == "they" && crossed && crossedAt > 0 && adverbialOpeners.Has(s.toks[crossedAt-1].Lower) && !s.pluralGroup(gi) {
					// "The government agreed to talks with the rebels,
					// hours after they attacked": "they" is the plural
					// party between, not the singular subject.
					if pg := s.pluralBetween(g.End, crossedAt); pg >= 0 {
						return pg
					}
				}
				if pron != "" && !s.agrees(gi, pron) {
					// "police failed to arrest him when he attacked": "he"
					// is no police force; look further, or leave the
					// subject unknown.
					k = g.Start
					continue
				}
				if g.End+1 < start && !crossed && s.passiveVictim(g.End, start) {
					// "Two US soldiers were wounded in a drone attack in
					// Syria": the passive's subject is what the attack
					// was done to, never the agent of the attack named
					// after it.
					return -1
				}
				if g.End < start && s.toks[g.End].Lemma == "say" && !crossed && s.incidentSubject(g.End, start) {
					// "The UN said fighting in Khartoum killed 50
					// civilians": the reported clause's subject is an
					// incident, so the speaker is no agent (see
					// reportedIncident). Asked only of "say" right after
					// the subject found, to keep this walk cheap; the
					// reporters' pass asks reportedIncident of the others.
					return -1
				}
				if head := s.appositiveOf(g); head >= 0 {
					return head
				}
				return gi
			}
			if objPerson < 0 && crossed && prep == "" && (pron == "he" || pron == "she") && crossedAt > 0 && (s.toks[crossedAt-1].Lower == "and" || s.toks[crossedAt-1].Lower == "but") && s.objectOfVerb(g) && s.agrees(gi, pron) {
				// K39: "he" or "she" opening a clause ("..., and he
				// resigned") stands for the clause's subject before
				// when that agrees; when none does ("the Zimbabwe
				// Defence Forces placed President Robert Mugabe under
				// house arrest, and he resigned"), for the nearest
				// person passed as a verb's object, the only one "he"
				// can be. Used only when the walk finds no subject, and
				// only for a coordinated clause: one opened by "as",
				// "after" or "when" is background, which the dev sets
				// leave uncoded.
				objPerson = gi
			}
			k = g.Start
			continue
		}
		if hardStop(t) {
			return -1
		}
		if t.Lower == "," && !crossed && s.frontedClauseEnd(k) {
			// "After Russian troops crossed into Ukraine, Kyiv severed
			// ties", "After Israeli jets bombed Gaza, the group fired
			// rockets": the comma closes a fronted adverbial clause,
			// and the main clause's subject is never inside it. (A
			// pronoun subject, "After Iran fired missiles, it said",
			// has crossed already and looks on.)
			return -1
		}
		if subordinators.Has(t.Lower) || (t.Tag == "PRP" && pronouns.Has(t.Lower)) {
			if !crossed && (t.Lower == "who" || t.Lower == "which") && s.ownRelative(k, start) {
				// "the homes of two Palestinians who carried out an
				// attack", "the M23 rebels, who have seized": a relative
				// pronoun's subject is the actor it follows, even as the
				// object or inside a phrase of the clause before.
				if gi := s.antecedent(k); gi >= 0 {
					return gi
				}
			}
			if !crossed && t.Lower == "whose" && s.whoseWeapons(k, start) {
				// "Iran, whose missiles struck two US bases", "Hezbollah,
				// whose rockets hit Haifa": the weapons' owner fires them.
				if gi := s.antecedent(k); gi >= 0 {
					return gi
				}
			}
			if !crossed && (t.Lower == "that" || t.Lower == "which") {
				if v := s.attackRelative(k); v >= 0 {
					// "Israel carried out a strike in Damascus that
					// killed two generals": what the strike did, its
					// launcher did.
					if gi := s.subject(v); gi >= 0 {
						return gi
					}
				}
			}
			if !crossed && (t.Lower == "that" || t.Lower == "which") && s.thingRelative(k, start) {
				// "over the missile that landed in its territory", "the
				// bombing that killed 300 worshippers": the relative's
				// subject is the thing before it, no actor.
				return -1
			}
			if crossed {
				if k == crossedAt-1 && subordinators.Has(t.Lower) {
					continue // "that they": one boundary
				}
				return -1
			}
			crossedAt = k
			if t.Tag == "PRP" {
				pron = t.Lower
			}
			// A pronoun or relative subject: look further left. Otherwise
			// the clause has a subject of its own that is no actor.
			if !s.pronounSubject(k, start) {
				return -1
			}
			crossed = true
			continue
		}
		// A non-actor noun that is the clause's own subject ("The statement
		// said") ends the search: the verb's agent is not an actor.
		if t.IsNoun() && !timeWord(t.Lower) && k+1 < len(s.toks) && (s.toks[k+1].IsVerb() || s.toks[k+1].Tag == "MD") && !crossed && k < start-1 {
			if s.toks[k+1].Tag != "VBN" && s.toks[k+1].Tag != "VBG" && !s.placeObject(k, start) {
				if s.phraseAfterActor(k) {
					// "Police in Nairobi fired shots to disperse
					// protesters": the place ends a phrase on the actor
					// before it, which is the subject of both verbs.
					continue
				}
				// Unless the noun phrase is headed by an actor: "President
				// Dawda Jawara" (a title and an unknown name), "al-Qaeda's
				// terror network", "Hamas fighters".
				if gi := s.headedBy(k); gi >= 0 {
					return gi
				}
				if s.toks[start].Tag == "VBN" {
					// "A Greek tanker was hijacked by pirates": the
					// passive's subject is what the act was done to, and
					// a country adjective on it names whose it was, as
					// the active's object does ("hijacked a Greek
					// tanker"). Only a passive, and one whose agent is
					// named after "by": an agent is no thing's owner ("A
					// Greek tanker rammed a boat"), and a thing done to
					// with no one doing it is no event between parties
					// ("The Nigerian sprinter was banned for four years").
					// (Tags first, the group next, the by-phrase last:
					// this stop is reached on most clauses.)
					if gi := s.ownerAdjective(k, start); gi >= 0 && beForms.Has(s.toks[k+1].Lower) && s.agent(start+1) >= 0 {
						return gi
					}
				}
				if gi := s.perfectModifier(k, start); gi >= 0 {
					// "Chinese vessels had rammed a Philippine boat" is
					// "Chinese vessels rammed" with its auxiliary
					// (relobject_m15.go).
					return gi
				}
				return -1
			}
		}
	}
	if objPerson >= 0 {
		return objPerson
	}
	return -1
}

// ownerAdjective: the noun at k heads a phrase whose only actor is a
// group of country adjectives right before its nouns ("A Greek tanker",
// "the Turkish cargo ship"), with no preposition before it, and the verb
// at start follows it past auxiliaries and adverbs only; that group, or
// -1.
func (s *sentence) ownerAdjective(k, start int) int {
	for m := k + 1; m < start; m++ {
		if t := &s.toks[m]; !isAux(t.Lower) && t.Tag != "RB" {
			return -1
		}
	}
	j := k
	for j >= 0 && k-j < 6 && s.inGroup[j] < 0 && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ") {
		j--
	}
	if j < 0 || j == k || s.inGroup[j] < 0 {
		return -1
	}
	gi := s.inGroup[j]
	g := s.groups[gi]
	if g.End != j+1 || !s.modifierOnly(gi) || s.prepBefore(g) != "" {
		return -1
	}
	return gi
}

// addresseeAsking: "wrote to the African Union asking for peacekeepers",
// "sent a letter to the UN urging it to act": a participle of speaking
// or asking after the party a letter or appeal is addressed to is the
// writer's act; after a plain object ("protesters demanding wages") or
// one given something ("gave a platform to militias calling for
// attacks") it still modifies that party.
func (s *sentence) addresseeAsking(gi, k int) bool {
	l := s.toks[k].Lemma
	if !(reportingVerbs.Has(l) || appealVerbs.Has(l) || l == "seek") {
		return false
	}
	j := s.groups[gi].Start - 1
	for j > 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ") {
		j--
	}
	if j < 1 || s.toks[j].Lower != "to" {
		return false
	}
	w := &s.toks[j-1]
	if w.IsVerb() {
		return addressVerbs.Has(w.Lemma)
	}
	return addressNouns.Has(w.Lower)
}

// addressVerbs and addressNouns send words to a party: the one written
// or appealed to is addressed, not the one who speaks next.
var (
	addressVerbs = wordset.Of("write", "appeal", "turn", "complain", "petition", "plead", "apply", "speak", "talk", "report", "reach")
	addressNouns = wordset.Of("letter", "letters", "message", "messages", "note", "appeal", "appeals", "petition", "petitions", "request", "requests", "complaint", "complaints", "plea", "pleas", "application", "cable")
)

// phraseAfterActor: the noun at k ends the object of a preposition that
// follows an actor ("police in Nairobi", "troops near the border").
func (s *sentence) phraseAfterActor(k int) bool {
	j := k - 1
	for j > 0 && j >= k-4 && s.inGroup[j] < 0 {
		switch s.toks[j].Tag {
		case "DT", "JJ", "NNP", "CD":
			j--
			continue
		}
		break
	}
	return j > 0 && s.toks[j].Tag == "IN" && s.inGroup[j] < 0 && s.inGroup[j-1] >= 0
}

// agentNouns head noun phrases that name a party without being an actor
// entry ("a group that", "the country which"): a relative after them
// looks on for its actor.
var agentNouns = wordset.Of(
	"group", "groups", "movement", "organisation", "organization", "faction",
	"network", "party", "force", "forces", "country", "countries", "nation",
	"state", "states", "government", "militia", "alliance", "coalition",
	"side", "sides", "body", "outfit", "administration", "regime", "bloc",
	"people", "men", "man", "woman", "women",
)

// thingRelative: the "that" or "which" at k opens a relative clause
// whose verb starts at or after start, right after a common noun that
// no actor covers and that names no party: the clause's subject is that
// thing.
func (s *sentence) thingRelative(k, start int) bool {
	if k == 0 || s.toks[k].Lower != "that" && s.toks[k].Lower != "which" {
		return false
	}
	if k+1 < start && !s.toks[k+1].IsVerb() && s.toks[k+1].Tag != "MD" {
		return false
	}
	p := &s.toks[k-1]
	return (p.Tag == "NN" || p.Tag == "NNS" || p.Tag == "NNP") && s.inGroup[k-1] < 0 && !timeWord(p.Lower) && !agentNouns.Has(p.Lower)
}

// passiveReport: the reporting verb at k is a passive before "to"
// ("soldiers are said to be held", "troops were reported to have been
// ambushed"): its subject is what the report is about, not who reports.
func (s *sentence) passiveReport(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k+1].Lower != "to" || s.toks[k].Tag != "VBN" && s.toks[k].Tag != "VBD" {
		return false
	}
	b := k - 1
	if s.toks[b].Tag == "RB" && b > 0 {
		b-- // "are widely believed to"
	}
	return beForms.Has(s.toks[b].Lower)
}

// placeObject: the noun at k ends the object of a locative or partitive
// preposition ("Members of parliament in Baghdad have been detained",
// "refugees in camps near the border are being deported") and only
// auxiliaries stand between it and the head at start, so the verb after
// it is the head's own: the subject stands before the phrase.
func (s *sentence) placeObject(k, start int) bool {
	for v := k + 1; v < start; v++ {
		if t := &s.toks[v]; !(beForms.Has(t.Lower) || t.Lemma == "have" || t.Tag == "MD" || t.Tag == "RB") {
			return false
		}
	}
	j := k - 1
	for j >= 0 && j >= k-5 {
		switch t := &s.toks[j]; {
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "JJ") || strings.HasPrefix(t.Tag, "NN"):
			j--
			continue
		}
		break
	}
	return j >= 1 && j < k && placePreps.Has(s.toks[j].Lower) && s.toks[j].Tag == "IN"
}

// placePreps head the phrases placeObject looks through; subordinators
// that are also prepositions ("after the talks ended") are left out.
var placePreps = wordset.Of("in", "at", "near", "from", "of", "on", "across", "along", "around", "inside", "outside", "within", "throughout", "among", "under")

// governingVerb: the clause verb at k sits in a that-clause; the verb
// the clause completes ("demanded that ... withdraw" → demanded), found
// within a few words before "that", or -1.
func (s *sentence) governingVerb(k int) int {
	for j := k - 1; j > 0 && j >= k-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Lower == "," {
			return -1
		}
		if t.Lower != "that" {
			continue
		}
		for v := j - 1; v >= 0 && v >= j-4; v-- {
			if s.inGroup[v] < 0 && s.clauseVerb(v) {
				return v
			}
		}
		return -1
	}
	return -1
}

// parenthetical: the verb at start follows a comma that closes a clause
// set off after an actor ("Kagame, who has ruled the country since 2000,
// rejected"; "Merkel, speaking at a news conference, urged"; "Prayuth, a
// former army chief who led the coup, rejected"). It returns the index of
// the opening comma, which the actor's group ends at, or -1. Only dated
// words and adverbs may stand between the closing comma and the verb
// ("..., on Monday ordered"), and the clause holds no quote or hard stop.
func (s *sentence) parenthetical(start int) int {
	c := start - 1
	for c > 0 && s.toks[c].Lower != "," {
		if t := &s.toks[c]; !(t.Tag == "RB" || t.Tag == "CD" || timeWord(t.Lower) || s.dated(c)) {
			return -1
		}
		c--
	}
	if c < 2 || s.toks[c].Lower != "," {
		return -1
	}
	for j := c - 1; j > 0 && j >= c-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		if t.Lower != "," {
			continue
		}
		if j+1 >= c {
			return -1
		}
		switch n := &s.toks[j+1]; {
		case n.Lower == "who" || n.Lower == "which" || n.Lower == "whose":
		case n.Tag == "VBG" || n.Tag == "VBN":
		case n.Tag == "IN" && s.inGroup[j+1] < 0:
			// ", in a statement issued late on Sunday,", ", on her
			// first visit to Seoul since taking office,"
		case n.Tag == "DT" && s.inGroup[j+1] < 0:
		default:
			return -1
		}
		gi := s.inGroup[j-1]
		if gi < 0 || s.groups[gi].End != j || s.modifierOnly(gi) {
			return -1
		}
		return j
	}
	return -1
}

// ownRelative: the relative pronoun at k opens the clause whose verb is
// at start: no finite verb but an auxiliary, and no comma, lies between
// ("rebels who have seized", not "forces, who seized power, ordered").
// An infinitive of purpose goes with the relative's verb: "demonstrators
// who gathered outside the palace to demand an end to military rule".
func (s *sentence) ownRelative(k, start int) bool {
	verbs := 0
	for j := k + 1; j < start; j++ {
		if s.toks[j].Lower == "," {
			return false
		}
		if s.clauseVerb(j) {
			verbs++
		}
	}
	// So does a gerund of means: "rebels, who responded by shelling the
	// airport", "the militia, which retaliated by firing rockets".
	return verbs == 0 || verbs == 1 && start < len(s.toks) && (s.toks[start].Tag == "VB" && s.toks[start-1].Lower == "to" || s.toks[start].Tag == "VBG" && s.toks[start-1].Lower == "by")
}

// conjunctVerb: the past verb of the clause that the "and" at c joins a
// second verb to ("rejected criticism ... and accused"), or -1. It stops
// at a clause boundary, so "Rebels attacked, police said, and" finds
// nothing, and at a relative pronoun, whose verb has its own subject.
//
// A relative clause on the first verb's object may stand before the
// "and": "denied any role in the attack, which Washington blamed on
// Tehran, and warned" is skipped whole.
func (s *sentence) conjunctVerb(c int) int {
	present := false // a base, present or modal verb seen since c
	for k := c - 1; k > 0 && k >= c-maxReach; k-- {
		t := &s.toks[k]
		if t.Lower == "," && k == c-1 {
			if o := s.relativeOpener(k); o > 0 {
				k = o
				continue
			}
			if s.toks[c].Lower != "and" {
				// only a verb coordinated by "and" steps over an apposition
			} else if o := s.attributionAside(k); o > 0 {
				// "..., the defence ministry said, and killed 20
				// militants" (saidaside_r24.go)
				k = o
				continue
			} else if o := s.includingAside(k); o > 0 {
				// "arrested five men, including two brothers who planned
				// the attack, and accused Iran" (reportedconjunct_r26.go)
				k = o
				continue
			} else if o, v := s.appositionBefore(k); v > 0 {
				return v
			} else if o > 0 {
				k = o
				continue
			}
			if s.toks[c].Lower == "and" {
				if o := s.boundRelativeOpener(k); o > 0 {
					// "suspended the fare rise that had triggered the
					// riots, and imposed" (relativeand_f38.go)
					k = o
					continue
				}
			}
		}
		if present && t.Lower == "that" {
			// "North Korea demanded that Seoul halt the drills and
			// warned of consequences": a past verb cannot be coordinated
			// with the that-clause's base or present verb, so it is
			// coordinated with the past verb the clause completes.
			// (Across a place or time between the verb and "that":
			// "said at the signing ceremony in Cartagena that the rebels
			// would lay down their arms and asked ...", R26.)
			return s.pastVerbCompleted(k)
		}
		if hardStop(t) || t.Lower == "," || t.Tag == "``" || t.Tag == "''" || subordinators.Has(t.Lower) {
			return -1
		}
		switch t.Tag {
		case "VB", "VBP", "VBZ", "MD":
			present = true
		}
		if t.Tag == "VBD" && s.inGroup[k] < 0 && s.clauseVerb(k) {
			return k
		}
		if t.Tag == "VBN" && s.inGroup[k] < 0 && !isAux(t.Lower) {
			if s.relativeInObject(k) {
				// "blamed Israel for the explosions of pagers carried by
				// its members across Lebanon and vowed": a reduced
				// relative inside the first verb's object is skipped
				// (sharedsubject_v29.go).
				continue
			}
			if s.perfectAt(k) {
				// "they had detained 40 protesters and seized weapons",
				// "Turkey has shelled Kurdish positions and arrested": a
				// perfect's participle is active, and the past verb
				// after "and" shares its subject.
				return k
			}
			if s.toks[k-1].Lower == "," && s.clauseVerbAfterComma(k) {
				// "X, who has championed ..., hosted/VBN Xi and signed":
				// the tagger's participle after a clause set off by
				// commas is the main verb.
				return k
			}
			if s.subjectParticiple(k) {
				// "The rebels captured/VBN two soldiers and executed
				// three civilians": the rebels execute.
				return k
			}
			return -1 // "were arrested and charged": passives share no subject this way
		}
	}
	return -1
}

// weaponNouns are the arms and craft a party fires or sends: whose they
// are, it acts with them.
var weaponNouns = wordset.Of(
	"missile", "missiles", "rocket", "rockets", "drone", "drones", "jets",
	"warplanes", "planes", "aircraft", "bombers", "helicopters", "gunships",
	"warships", "gunboats", "ships", "vessels", "tanks", "artillery",
	"shells", "mortars", "bombs",
)

// whoseWeapons: "whose" at k opens a noun phrase of no actor headed by a
// weapon noun that is the subject of the match at start ("whose
// missiles", "whose ballistic missiles"; not "whose air strikes": strikes
// are acts, told by their own patterns).
//
// The match may open with the weapon noun itself ("{missiles} ...
// ^strike"), so the phrase need only reach the match's start.
func (s *sentence) whoseWeapons(k, start int) bool {
	j := k + 1
	for j < len(s.toks) && j <= k+4 && s.inGroup[j] < 0 && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD") {
		j++
	}
	return j > k+1 && j >= start && weaponNouns.Has(s.toks[j-1].Lower)
}

// whoseOwnerAt is the antecedent of a "whose" whose weapons open the
// match at start, past their adjectives ("Iran, whose ballistic
// missiles"), or -1.
func (s *sentence) whoseOwnerAt(start int) int {
	k := start - 1
	for k > 0 && k >= start-3 && (s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD") {
		k--
	}
	if k < 2 || s.toks[k].Lower != "whose" || !s.whoseWeapons(k, start) {
		return -1
	}
	return s.antecedent(k)
}

// frontedOpeners open an adverbial clause that may stand before its main
// clause.
var frontedOpeners = wordset.Of(
	"after", "as", "when", "while", "before", "since", "because",
	"although", "though", "once", "until", "whereas", "if", "unless",
)

// frontedClauseEnd: the comma at c closes a clause that opens the
// sentence (or follows a dateline's dash or a quote) with a subordinator,
// at most three words of time after its start ("Hours after", "A day
// after", "Shortly before"), and holds a finite verb of its own with no
// comma before it: "After Russian troops crossed into Ukraine,". A
// phrase with no finite verb ("After the talks,", "As a result,") is no
// such clause.
func (s *sentence) frontedClauseEnd(c int) bool {
	finite := false
	for j := c - 1; j >= 0; j-- {
		t := &s.toks[j]
		if t.Lower == "," || hardStop(t) {
			return false
		}
		if (t.Tag == "IN" || t.Tag == "WRB" || t.Tag == "RB") && frontedOpeners.Has(t.Lower) {
			if !finite {
				return false
			}
			for n := 0; n <= 3; n++ {
				b := j - n - 1
				if b < 0 || s.toks[b].Lower == "-" || s.toks[b].Tag == "``" || hardStop(&s.toks[b]) {
					return true
				}
				if bt := s.toks[b].Tag; bt != "CD" && bt != "DT" && bt != "JJ" && bt != "RB" && bt != "NN" && bt != "NNS" {
					return false
				}
			}
			return false
		}
		if s.inGroup[j] < 0 && s.finite(j) && !isAux(t.Lower) {
			finite = true
		}
	}
	return false
}

// perfectAt: the participle at k follows a form of "have", with at most
// an adverb between ("had detained", "has already shelled"), and no
// "been": an active perfect, not a passive.
func (s *sentence) perfectAt(k int) bool {
	j := k - 1
	if j > 0 && s.toks[j].Tag == "RB" {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.toks[j].Lower {
	case "had", "has", "have", "'d", "'ve":
		return true
	}
	return false
}

// conjunctInfinitive: the bare verb of the infinitive ("to" + VB) that
// the "and" at c coordinates a bare verb with, within one clause and with
// no finite verb between, or -1: "to recall its ambassador and expel"
// gives "recall". The infinitive's own subject is found as for any
// other ("prompted Egypt to recall": Egypt).
func (s *sentence) conjunctInfinitive(c int) int {
	for k := c - 1; k > 0 && k >= c-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || t.Tag == "``" || t.Tag == "''" || t.Tag == "CC" || subordinators.Has(t.Lower) {
			return -1
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "VBG", "WDT", "WP":
			return -1
		case "VB":
			if s.toks[k-1].Lower == "to" {
				return k
			}
		}
	}
	return -1
}

// clauseVerbAfterComma: the participle at k, right after a comma, closes
// a clause set off by commas after an actor (parenthetical), so it is the
// sentence's main verb.
func (s *sentence) clauseVerbAfterComma(k int) bool {
	return s.parenthetical(k) >= 0
}

// relativeOpener: the comma at c closes a relative clause opened by
// ", which" or ", who" with no other comma, quote or hard stop inside;
// the opening comma's index, or -1.
func (s *sentence) relativeOpener(c int) int {
	for j := c - 1; j > 0 && j >= c-maxReach; j-- {
		t := &s.toks[j]
		if hardStop(t) || t.Tag == "``" || t.Tag == "''" {
			return -1
		}
		if t.Lower == "," {
			if w := s.toks[j+1].Lower; j+1 < c && (w == "which" || w == "who") {
				return j
			}
			return -1
		}
	}
	return -1
}

// antecedent: the actor a relative pronoun at k follows, directly or
// after a comma ("rebels who", "the police, who"), or -1.
func (s *sentence) antecedent(k int) int {
	j := k - 1
	if j > 0 && s.toks[j].Lower == "," {
		j--
	}
	if j < 0 {
		return -1
	}
	gi := s.inGroup[j]
	if gi < 0 || s.groups[gi].End != j+1 || s.modifierOnly(gi) {
		return -1
	}
	if g := s.groups[gi]; g.Start >= 2 {
		// "Armed forces in Niger, who seized power": a place phrase
		// after an actor belongs to that actor, which the relative is
		// about.
		switch s.toks[g.Start-1].Lower {
		case "in", "from":
			if h := s.inGroup[g.Start-2]; h >= 0 && s.groups[h].End == g.Start-1 && !s.modifierOnly(h) {
				return h
			}
		}
	}
	return gi
}

// joinedForces: g is the bare "forces" of the idiom "join forces", which
// names no armed force.
func (s *sentence) joinedForces(g actor.Group) bool {
	return g.End == g.Start+1 && g.Start > 0 && s.toks[g.Start].Lower == "forces" && s.toks[g.Start-1].Lemma == "join"
}

// summoners take an envoy in to hear a complaint: the infinitive after
// their object is the summoner's purpose ("summoned the ambassador to
// protest the raid" is the summoner's protest).
var summoners = wordset.Of("summon", "summons", "summoned", "summoning")

// summoned: g is the object of a verb of summoning ("summoned the
// ambassador", "called in the envoy").
func (s *sentence) summoned(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "PRP$") && s.inGroup[k] < 0 {
		k--
	}
	if k < 0 {
		return false
	}
	if summoners.Has(s.toks[k].Lower) {
		return true
	}
	return k >= 1 && s.toks[k].Lower == "in" && s.toks[k-1].Lemma == "call"
}

// directives are nouns of an act demanded of someone by a deadline or
// command; the infinitive after them is that someone's act.
var directives = wordset.Of("ultimatum", "ultimatums", "deadline", "deadlines", "order", "orders", "instructions", "permission", "mandate",
	// "gave Iraq 30 days to comply", "gave diplomats 72 hours to leave":
	// a period granted is a deadline.
	"days", "hours", "weeks", "months")

// attackRelative: the relative pronoun at k follows an attack noun, with
// at most a place or target phrase between ("a strike in Damascus that",
// "an air raid on the camp which"), that is the object of a verb of
// carrying it out ("carried out", "launched", "staged"); it returns that
// verb, or -1. A verb of judging or reporting ("condemned a strike
// that") does not make its subject the attacker, so only these count.
func (s *sentence) attackRelative(k int) int {
	j := k - 1
	if j < 1 {
		return -1
	}
	if !attackNouns.Has(s.toks[j].Lower) {
		// Back over the place or target phrase: "in Damascus", "on a
		// camp near Jenin" (a name, a noun and its modifiers).
		p := j
		for p > 0 && p >= j-5 && !placePreps.Has(s.toks[p].Lower) && s.toks[p].Lower != "against" {
			switch s.toks[p].Tag {
			case "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "POS":
				p--
				continue
			}
			return -1
		}
		j = p - 1
		if p == 0 || j < 1 || !attackNouns.Has(s.toks[j].Lower) {
			return -1
		}
	}
	for v := j - 1; v >= 0 && v >= j-4; v-- {
		t := &s.toks[v]
		switch {
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "RP" || t.Tag == "NN" && v == j-1:
			continue
		case t.IsVerb() && carryOutVerbs.Has(t.Lemma) && s.inGroup[v] < 0:
			return v
		}
		return -1
	}
	return -1
}

// carryOutVerbs make their subject the agent of the attack noun
// (attackNouns) they take as object.
var carryOutVerbs = wordset.Of("carry", "conduct", "launch", "stage", "mount", "execute", "unleash", "fire")

// directiveTo: the phrase starting at k is the object of a "to" right
// after a directive noun ("an ultimatum to Hamas", "an order to the
// army"), across a determiner or adjective.
func (s *sentence) directiveTo(k int) bool {
	j := k - 1
	for j > 0 && j >= k-3 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "PRP$") {
		j--
	}
	return j >= 1 && s.toks[j].Lower == "to" && directives.Has(s.toks[j-1].Lower)
}

// directiveBetween: the tokens from a to b (exclusive) are a determiner,
// adjectives and a directive noun ("an ultimatum", "a 48-hour deadline").
func (s *sentence) directiveBetween(a, b int) bool {
	if b-a > 4 || !directives.Has(s.toks[b-1].Lower) {
		return false
	}
	for k := a; k < b-1; k++ {
		if t := &s.toks[k]; !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD") || s.inGroup[k] >= 0 {
			return false
		}
	}
	return true
}

// appositiveOf: an actor inside an appositive ("Pakistan, a key U.S. ally
// in the war on terror, has refused") describes the actor before the
// comma, which is the subject.
func (s *sentence) appositiveOf(g actor.Group) int {
	if g.End < len(s.toks) && (s.toks[g.End].IsVerb() || s.toks[g.End].Tag == "MD") {
		// "Rebels shelled the town, the ministry said": a group right
		// before its verb is that clause's subject, not an appositive.
		return -1
	}
	j := g.Start - 1
	for j >= 0 && (filler(&s.toks[j]) || s.toks[j].Tag == "NN") && s.inGroup[j] < 0 {
		j--
	}
	if j < 1 || s.toks[j].Lower != "," {
		return -1
	}
	if j+1 >= g.Start || s.toks[j+1].Tag != "DT" {
		// "Turkey, Syria's northern neighbour, said": an appositive may
		// open with a possessor instead of a determiner.
		if !(j+1 == g.Start && s.possessorAppositive(g)) {
			return -1
		}
	}
	if gi := s.inGroup[j-1]; gi >= 0 && s.groups[gi].End == j && !s.modifierOnly(gi) {
		if s.prepBefore(s.groups[gi]) != "" {
			// "According to state media, the Ugandan police
			// tear-gassed": the actor before the comma is a
			// preposition's object, closing a fronted phrase; the
			// comma opens the clause and its subject, no appositive.
			return -1
		}
		return gi
	}
	return -1
}

// objectOfVerb: a group right after a content verb is that verb's object
// ("killed five people"), never the subject of a later verb.
func (s *sentence) objectOfVerb(g actor.Group) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "PRP$") {
		k--
	}
	if k < 0 {
		return false
	}
	t := &s.toks[k]
	if hardStop(t) {
		return false // "AFP | A member of ...": a caption's divider, whatever its tag
	}
	if t.Tag == "VBG" && ((k == 0 || s.toks[k-1].Tag == "DT" || s.toks[k-1].Tag == "PRP$") && k+1 < len(s.toks) && s.inGroup[k+1] >= 0 || s.attributive(k)) {
		// A participle opening a noun phrase is an adjective, not a verb
		// taking an object: "Striking farmers blocked", "the fleeing
		// rebels", "Protesting workers marched".
		return false
	}
	// A reporting verb's next group is the subject of its complement
	// ("said Syria attacked"), except for "tell", whose next group is the
	// addressee ("told reporters he would not resign").
	return t.IsVerb() && !isAux(t.Lower) && t.Tag != "VBN" && (!reportingVerbs.Has(t.Lemma) || t.Lemma == "tell")
}

// modifiesSubject: a country adjective on the noun phrase right before
// the verb names the agent: "Israeli helicopters and tanks shelled".
func (s *sentence) modifiesSubject(g actor.Group, start int) bool {
	// g.End == start: the match itself opens with the modified noun
	// ("Turkish tanks entered"), whose adjective names the agent.
	if g.End > start || s.privatePerson(g) {
		return false // (not a private person's: privateperson_n19.go)
	}
	pp := false // inside the one locative phrase allowed after the noun
	for k := g.End; k < start; k++ {
		t := &s.toks[k]
		if pp {
			// "Israeli strikes in southern Lebanon killed", "US strikes
			// on Hodeidah killed": a place or target after the noun is
			// still inside the subject the adjective's actor heads.
			if gi := s.inGroup[k]; gi >= 0 {
				k = s.groups[gi].End - 1
				continue
			}
			if t.IsNoun() || t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "CD" || t.Lower == "of" && s.toks[k-1].IsNoun() {
				continue // "on the village of Aitaroun"
			}
			if isAux(t.Lower) || t.Tag == "RB" || t.Tag == "MD" {
				pp = false // the verb's own auxiliaries and adverbs
				continue
			}
			return false
		}
		if k > g.End && !pp && subjectPlacePreps.Has(t.Lower) && (s.toks[k-1].IsNoun() || s.nominalGerund(g, k-1)) && s.inGroup[k-1] < 0 {
			pp = true
			continue
		}
		if !(t.IsNoun() || t.Tag == "CC" || t.Tag == "JJ" || isAux(t.Lower) || t.Tag == "RB" || t.Tag == "MD" || s.nominalGerund(g, k)) || s.inGroup[k] >= 0 {
			return false
		}
	}
	return s.toks[g.End].IsNoun() || s.toks[g.End].Tag == "JJ" || s.nominalGerund(g, g.End)
}

// nominalGerund: the -ing word at k, right after a state's adjective and
// before a preposition, is the act's noun ("Pakistani shelling across the
// Line of Control killed", "Russian bombing of Aleppo"): a state's
// adjective does not take a verb, so the word is the head of its noun
// phrase.
func (s *sentence) nominalGerund(g actor.Group, k int) bool {
	return k == g.End && k+1 < len(s.toks) && s.toks[k].Tag == "VBG" && s.toks[k+1].Tag == "IN" && s.modifierOnly(s.inGroup[g.Start])
}

// subjectPlacePreps open the place or target phrase a subject's noun may
// carry before its verb ("Israeli strikes in southern Lebanon killed").
var subjectPlacePreps = wordset.Of("in", "on", "near", "at", "across", "against", "around", "along", "over", "outside", "inside")

// headedBy walks left from the noun at k over the nouns, names and
// adjectives of its noun phrase; if an actor group ends right there, the
// phrase belongs to that actor.
func (s *sentence) headedBy(k int) int {
	j := k
	for j >= 0 && s.inGroup[j] < 0 && (s.toks[j].IsNoun() || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "POS") {
		j--
	}
	if j >= 1 && j < k && s.toks[j].Lower == "of" && s.inGroup[j-1] >= 0 {
		// "The government of Sindh province has ordered": the phrase is
		// headed by the actor before "of"; the rest names its place.
		j--
	}
	if j >= 0 && j < k && s.inGroup[j] >= 0 && s.groups[s.inGroup[j]].End == j+1 && !s.modifierOnly(s.inGroup[j]) {
		if s.prepBefore(s.groups[s.inGroup[j]]) == "" {
			return s.inGroup[j]
		}
	}
	return -1
}

// pronounSubject reports whether the clause opened at token k has a
// pronoun or relative as subject: "that they had", "which began".
func (s *sentence) pronounSubject(k, start int) bool {
	t := s.toks[k]
	if t.Tag == "PRP" {
		return true
	}
	if t.Lower == "which" || t.Lower == "who" {
		return true
	}
	// "that" + pronoun, or "that" directly before the verb (relative).
	if k+1 < start {
		n := s.toks[k+1]
		return n.Tag == "PRP" && pronouns.Has(n.Lower) || n.IsVerb() || n.Tag == "MD"
	}
	return t.Lower == "that"
}

// object finds the group right after a match that acts as its object.
func (s *sentence) object(end int) int {
	return s.objectFor(end, "")
}

// weakObject: a target found only as a modifier or an "of" complement,
// which a reciprocal subject outranks ("Kazakhstan and Lebanon met on the
// margins of the UN assembly").
func (s *sentence) weakObject(gi int) bool {
	return s.modifierOnly(gi) || s.prepBefore(s.groups[gi]) == "of"
}

// sideNotTarget: a group after a match that fights on the agent's side or
// against both, so it is not the act's target. "carried out the raid in
// coordination with French forces", "captured the town with the help of
// Russian advisers", "fought alongside AU troops": a partner is no target
// of force; "launched a joint operation against Islamic State": a common
// enemy is no partner of cooperation. (Cooperation with the partner has
// patterns of its own.)
func (s *sentence) sideNotTarget(g actor.Group, prep, root string) bool {
	k := g.Start - 1
	for k >= 0 && filler(&s.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	cooperative := root >= "03" && root <= "08"
	if cooperative {
		// "arrived in Tehran, the first visit by a Saudi minister to
		// Iran": a "by" phrase after a meeting's nominal that names the
		// subject's own state again is the agent, the visitor, not the
		// other party.
		return prep == "against" || prep == "by" && root == "04" && s.countryBefore(g)
	}
	if s.toks[k].Lower == "alongside" && root >= "09" {
		// "vows strongest response alongside Washington", "condemned
		// the test alongside Japan": the party beside the actor shares
		// its threat or its criticism, and is not what it is aimed at.
		return true
	}
	if root < "15" {
		return false
	}
	if k < 1 {
		return false
	}
	switch prep {
	case "with":
		return partnerWords.Has(s.toks[k-1].Lower)
	case "of":
		// "with the help of", "with the support of"
		return k >= 3 && partnerAid.Has(s.toks[k-1].Lower) && (s.toks[k-2].Lower == "with" || s.toks[k-3].Lower == "with")
	}
	return false
}

// countryBefore: the nearest actor before g shares a state with it.
func (s *sentence) countryBefore(g actor.Group) bool {
	for k := g.Start - 1; k >= 0; k-- {
		if o := s.inGroup[k]; o >= 0 {
			for _, a := range s.groups[o].Phrases {
				for _, b := range g.Phrases {
					if a.Country != "" && a.Country == b.Country {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// partnerWords come before the "with" of a partner: "in coordination
// with", "together with"; partnerAid before the "of" of one: "with the
// help of".
var (
	partnerWords = wordset.Of("coordination", "cooperation", "conjunction", "concert", "tandem", "together", "along", "partnership", "collaboration", "league", "alliance")
	partnerAid   = wordset.Of("help", "support", "backing", "assistance", "aid", "participation", "cooperation")
)

// complementTarget: roots whose "that"-clause names the target:
// "demanded that the US cancel", "urged that Iran stop", "warned that
// Israel would pay".
// (A switch, not a map: it is asked once or twice per match.)
func complementTarget(root string) bool {
	switch root {
	case "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// objectFor finds the object group of a match of the given code. A
// country adjective on the object noun is the target when nothing else
// is: "rejected an Australian ultimatum" targets Australia.
func (s *sentence) objectFor(end int, code string) int {
	modifier := -1
	topicMod := -1 // see topicModifier
	judging, noMods := false, false
	for k := end - 1; k >= 0 && k >= end-6; k-- {
		if s.toks[k].IsVerb() {
			judging = outsideVerbs.Has(s.toks[k].Lemma)
			break
		}
	}
	// "expressed concern over the deportation of its citizens by the
	// United States": a concern voiced is a judgement of the act.
	judging = judging || code == "012"
	if end > 0 && end <= len(s.toks) && s.toks[end-1].Lower == "that" && (code == "012" || code == "013" || code == "015") {
		// "admit that" spells its "that": the clause starts at end.
		if gi := s.ownHopeObject(end-1, code == "015"); gi >= 0 {
			return gi
		}
	}
	if end >= 1 && end < len(s.toks) && s.toks[end].Lower == "it" {
		// "after Egypt accused it of funding terrorism": an object "it"
		// right after the act stands for an earlier clause's subject
		// (R25, as a pattern's own target slot reads it).
		if gi := s.itAntecedent(end - 1); gi >= 0 {
			return gi
		}
		// ", accusing it of ...": the main clause's object (Q39).
		if gi := s.participleItAntecedent(end - 1); gi >= 0 {
			return gi
		}
	}
	reach := end + 10
	if len(code) >= 2 && (code[:2] == "01" || code[:2] == "10" || code[:2] == "11" || code[:2] == "12") {
		// What is said or judged may be about a party far into its
		// object: "voiced pessimism on Wednesday about the chances of a
		// breakthrough in its territorial dispute with Russia".
		reach = end + 16
	}
	for k := end; k < len(s.toks) && k < reach; k++ {
		t := &s.toks[k]
		if t.Tag == "WP" && t.Lower == "what" {
			if v := s.whatSpeaker(k); v >= 0 {
				// "struck what New Delhi called a training camp": the
				// one who names the object speaks; it is not struck.
				k = v
				continue
			}
		}
		if gi := s.inGroup[k]; gi >= 0 {
			g := s.groups[gi]
			p := s.prepBefore(g)
			if p == "" && g.Start > end && s.toks[g.Start-1].Lower == "and" && g.End < len(s.toks) && (s.toks[g.End].Tag == "VBD" || s.toks[g.End].Tag == "VBZ" || s.toks[g.End].Tag == "MD") {
				// "Delegations from Armenia and Azerbaijan met in
				// Washington and Moscow criticised the talks": an actor
				// after "and" that is no member of a list before it and
				// has a finite verb of its own opens the next clause; it
				// is that clause's subject, not this act's object (R13).
				break
			}
			if p == "" && g.Start > end && s.afterAnd(g.Start) && s.infinitiveSubject(g) {
				// "prompting Japan to lodge a strong protest and South
				// Korea to stage a drill": an actor after "and" with an
				// infinitive of its own is the subject of a second
				// infinitive clause, as the first one's actor is of its
				// own, not the first act's object.
				break
			}
			if p == "" && g.Start > end && s.contactSubject(g) {
				// "reopened its embassy in Damascus in a step China
				// welcomed": the subject of a contact relative acts in
				// its own clause (R25).
				break
			}
			if judging {
				if ag := s.judgedAgent(g); ag >= 0 {
					return ag // S15
				}
			}
			if judging && p == "of" {
				// "condemned the deployment of US missiles": an activity
				// noun's "of" names its agent; "denounced the expulsion of
				// Iranian diplomats by Britain": another's names the
				// victim, and the agent follows "by".
				if n := s.nounBeforeOf(g); n >= 0 && activityNouns.Has(s.toks[n].Lower) {
					return gi
				}
				if ag := s.byAfterPlace(g.End); ag >= 0 {
					return ag
				}
				if n := s.nounBeforeOf(g); n >= 0 && harmNouns.Has(s.toks[n].Lower) {
					// "condemned the killing of 10 civilians in a NATO
					// airstrike": the victims' killer is the attacker.
					if ag := s.attackAgent(g.End); ag >= 0 {
						return ag
					}
				}
			}
			if s.modifierOnly(gi) {
				if noMods {
					k = g.End - 1
					continue
				}
				// "rejected calls by Belarus's rulers": a possessor in a
				// by-phrase is the agent of the thing judged.
				if modifier < 0 && (p == "" || p == "by" && judging) {
					modifier = gi
					// "condemned the American air strikes on Tripoli": a
					// judge's target is the agent of the event judged.
					if judging {
						return gi
					}
				} else if modifier < 0 && topicMod < 0 && p != "" && len(code) >= 2 && s.topicModifier(gi, p, code[:2]) {
					topicMod = gi
				}
				k = g.End - 1
				continue
			}
			if p == "" && len(code) >= 2 && code[:2] == "01" && s.modifiesComplementSubject(g) {
				// "said the Russia-Ukraine war would last": an actor
				// that only modifies the subject of the statement's
				// complement is part of what is said, not whom it is
				// about. The complement's own subject still is ("said
				// Iran had agreed", "denied that security forces had
				// tortured detainees": Iran, the forces).
				break
			}
			if len(code) >= 2 && s.sideNotTarget(g, p, code[:2]) {
				k = g.End - 1
				continue
			}
			if s.fledToGroup(g) {
				// "forced families to flee to Chad": the refuge (S24)
				k = g.End - 1
				continue
			}
			if p == "into" && len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20") {
				// "fired mortar shells into Israel from Lebanon": force
				// sent into a party is aimed at it, and the place it
				// came from, named after, is none of its targets (S14).
				return gi
			}
			if p == "from" && len(code) >= 2 && (code[:2] == "15" || code[:2] == "18" || code[:2] == "19" || code[:2] == "20") && len(g.Phrases) == 1 && len(g.Phrases[0].Sectors) == 0 && s.projectileBefore(end) {
				// "fired rockets at Sderot from the Gaza Strip": the
				// state or territory a projectile is fired from is
				// where it was launched; the place it is fired at is
				// the target (S14).
				k = g.End - 1
				continue
			}
			if (p == "over" || p == "") && s.disputeTopic(g) {
				// "shuttered its embassy in Moscow after the row over the
				// ousted president": a dispute's "over" names what it is
				// about, not a party to the act (topic_lead.go).
				k = g.End - 1
				continue
			}
			if p == "" || p == "with" || p == "to" || p == "against" || p == "on" || p == "from" || p == "over" || p == "between" || p == "by" || p == "of" {
				return gi
			}
			if s.topicParty(g, p, code, judging) {
				return gi // "voiced concern about Beijing's crackdown" (R26)
			}
			if p == "for" && aidFor(code) {
				return gi // "suspended part of a military aid program for Bosnia"
			}
			k = g.End - 1
			continue
		}
		if t.Lower == "that" && k <= end+1 && len(code) >= 2 && complementTarget(code[:2]) {
			continue // "demanded that the US cancel ...": the clause's subject
		}
		if t.Lower == "that" && (code == "012" || code == "013" || code == "015") && (k <= end+1 || s.timeOnly(end, k)) {
			// (An admission, 015, of what the speaker did is aimed at
			// whom it was done to, a country adjective there included:
			// "admitted that they had shot down the Ukrainian airliner".)
			if gi := s.ownHopeObject(k, code == "015"); gi >= 0 {
				return gi
			}
		}
		if t.Lower == "that" && k > end && len(code) >= 2 && code[:2] == "01" && s.timeOnly(end, k) {
			// "said on Tuesday that talks with the United States would
			// resume": a day between the verb and its clause changes
			// nothing of whom the clause is about ("said talks with
			// Washington would resume").
			continue
		}
		if t.Tag == "VB" && k > 0 && s.toks[k-1].Lower == "to" && len(code) >= 2 && (code[:2] == "13" || code == "014" || code == "030" && s.promiseBefore(k-2) || code[:2] == "12" && s.refusalBefore(k-2)) {
			// (And a bare promise, pledge or agreement, 030: "promised to
			// cut the salaries of senior officials" is aimed at them;
			// "agreed to sign the Korean defender" is no act on Korea, as
			// a country adjective there names a thing's, not a party.)
			if code == "030" {
				noMods = true
			}
			// "threatened to deliver blows to the United States": a
			// threat's target is the object of the infinitive it governs,
			// and so is an option weighed ("weighing whether to scrap its
			// defence pact with the United States"). (An appeal's is its
			// addressee: "called on the world to act against Syria" is not
			// aimed at Syria.)
			continue
		}
		if t.Lower == "," && len(code) >= 2 && code[:2] == "07" && s.listComma(k) {
			continue // "tents, water and other relief supplies to quake-hit Ecuador"
		}
		if s.allegationThat(k, code) {
			continue // S15: "an inquiry into allegations that soldiers killed civilians"
		}
		if k == end && s.struckBy(k, code) {
			// "An Israeli air strike hit Iran's consulate in Damascus":
			// a nominal attack that is the subject of a verb of hitting
			// is aimed at what that verb hit (topic_lead.go).
			continue
		}
		if hardStop(t) || t.Lower == "," || subordinators.Has(t.Lower) || (t.IsVerb() && t.Tag != "VBG" && t.Tag != "VBN") || s.opensClause(k) || (len(code) >= 2 && code[:2] == "14" || code == "192") && s.asClause(k) {
			break
		}
		if t.Tag == "VBN" && k > end && !judging && s.agentOfOther(k, code) {
			break
		}
		if t.Tag == "VBG" && k > end && clauseGerund(s.toks[k-1].Lower) {
			// "arrived in Paris after meeting Sisi": the gerund's
			// object is its own clause's, not the act's (M14).
			break
		}
		if t.Lower == "ahead" && k+1 < len(s.toks) && s.toks[k+1].Lower == "of" {
			// "released political prisoners ahead of a visit by a UN
			// envoy": a time adjunct; its event's parties are not the
			// act's.
			break
		}
	}
	if modifier < 0 && topicMod < 0 && len(code) >= 2 && (code[0] == '1' && code[1] >= '5' || code[0] == '2') {
		// "the Ukrainian freighter they hijacked", "the town the rebels
		// overran": a force's act with nothing after it may be a contact
		// relative whose object is the noun phrase before its subject.
		return s.contactObject(end)
	}
	if modifier < 0 {
		return topicMod
	}
	return modifier
}

// agentOfOther: the participle at k, after the act's words, has its own
// agent after "by" ("reopened its embassy in a step welcomed by China",
// "named an ambassador in a move praised by Qatar"): that agent acts in
// the participle's clause and is no object of an act of diplomatic
// cooperation (05). A word or judgement takes aim at the agent of what it
// is about ("condemned the attack carried out by Russia") and keeps
// looking; so do the other roots, where no such misreading was seen
// (lead, s24).
func (s *sentence) agentOfOther(k int, code string) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].Lower != "by" || len(code) < 2 {
		return false
	}
	return code[:2] == "05"
}

// contactObject: the verb ending before end heads a relative clause with
// no relative pronoun whose subject is a personal pronoun ("the freighter
// they hijacked"); the group that names the noun phrase before that
// pronoun (the noun's own or its country adjective's), or -1.
func (s *sentence) contactObject(end int) int {
	v := end - 1
	if v < 2 || v >= len(s.toks) || s.toks[v].Tag != "VBD" && s.toks[v].Tag != "VBP" && s.toks[v].Tag != "VBZ" {
		return -1
	}
	k := v - 1
	switch s.toks[k].Lower {
	case "they", "it", "he", "she", "we":
	default:
		return -1
	}
	k--
	if gi := s.inGroup[k]; gi >= 0 {
		if s.groups[gi].End == k+1 && s.toks[k].IsNoun() {
			return gi // "the Russian troops they ambushed"
		}
		return -1
	}
	if !s.toks[k].IsNoun() || s.toks[k].IsProper() {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if gi := s.inGroup[j]; gi >= 0 {
			if s.groups[gi].End == j+1 && s.modifierOnly(gi) {
				return gi // "the Ukrainian freighter they hijacked"
			}
			return -1
		}
		if t := &s.toks[j]; t.Tag == "DT" || !(t.IsNoun() || t.Tag == "JJ") {
			return -1
		}
	}
	return -1
}

// whatSpeaker: "what" at k opens a free relative whose subject names
// the object ("what New Delhi called a militant camp", "what Moscow said
// were military targets", "what it described as"): the index of that
// verb of naming, or -1.
func (s *sentence) whatSpeaker(k int) int {
	j := k + 1
	if j+1 < len(s.toks) && s.toks[j].Tag == "DT" {
		j++ // "what the Pentagon called"
	}
	if j >= len(s.toks) || s.inGroup[j] < 0 {
		return -1
	}
	v := s.groups[s.inGroup[j]].End
	// "what Human Rights Watch later called", "what Kyiv has described
	// as": an adverb or a perfect's auxiliary between speaker and verb.
	for n := 0; n < 2 && v+1 < len(s.toks) && (s.toks[v].Tag == "RB" || s.toks[v].Lemma == "have"); n++ {
		v++
	}
	if v < len(s.toks) && s.toks[v].IsVerb() {
		switch s.toks[v].Lemma {
		case "call", "say", "describe", "term", "claim", "label", "brand", "dub", "consider", "allege":
			if v+1 < len(s.toks) && s.toks[v+1].Lemma == "be" {
				return v + 1 // "said were": the copula goes with the speaker
			}
			return v
		}
	}
	return -1
}

// ownHopeObject: "voiced confidence that he would defeat President
// Erdogan", "expressed hope that it could reach a deal with Iran": a hope
// or fear about what the speaker itself (a pronoun subject) will do to a
// party is about that party, the object of the clause's verb. A clause
// with a subject of its own is left to modifiesComplementSubject's rule.
func (s *sentence) ownHopeObject(k int, mods bool) int {
	j := k + 1
	if j < len(s.toks) && s.inGroup[j] >= 0 {
		// "voiced confidence that Hamas would accept the proposal": the
		// party the hope is about is the clause's subject.
		gi := s.inGroup[j]
		if e := s.groups[gi].End; s.groups[gi].Start == j && !s.modifierOnly(gi) && e < len(s.toks) && (s.toks[e].Tag == "MD" || s.finite(e)) {
			return gi
		}
		return -1
	}
	if j < len(s.toks) && s.toks[j].Tag != "PRP" {
		// "expressed confidence that the crisis with Cambodia would be
		// resolved", "that talks with Iran would resume": the party the
		// clause's subject is with.
		for ; j < len(s.toks) && j <= k+4 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS"); j++ {
		}
		if j+1 < len(s.toks) && j > k+1 && s.toks[j].Lower == "with" {
			if gi := s.inGroup[j+1]; gi >= 0 && s.groups[gi].Start == j+1 && !s.modifierOnly(gi) {
				return gi
			}
		}
		return -1
	}
	if j >= len(s.toks) || !pronouns.Has(s.toks[j].Lower) {
		return -1
	}
	j++
	for j < len(s.toks) && j <= k+4 && (s.toks[j].Tag == "MD" || s.toks[j].Tag == "RB" || isAux(s.toks[j].Lower)) {
		j++
	}
	if j >= len(s.toks) || !s.toks[j].IsVerb() || s.inGroup[j] >= 0 {
		return -1
	}
	j++
	for j < len(s.toks) && j <= k+12 && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "RP" || s.toks[j].Tag == "CD" || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "NN" || s.toks[j].Tag == "NNS" || s.toks[j].Lower == "with" || s.toks[j].Lower == "to" || s.toks[j].Lower == "on") {
		j++
	}
	if j >= len(s.toks) || s.inGroup[j] < 0 || s.groups[s.inGroup[j]].Start != j || !mods && s.modifierOnly(s.inGroup[j]) {
		return -1
	}
	return s.inGroup[j]
}

// topicModifier: a country adjective on the head of a prepositional
// object of a verbal act names the party the act is about when no actor
// fills the object: "declined to comment on a Pakistani proposal",
// "voiced concern over the Ethiopian dam", "pressed for a halt to Israeli
// settlement building". Only what is said, asked or judged takes it
// (roots 01, 02, 10-13): a material act's "on" or "from" phrase is as
// often where it happened; force takes only "into" ("incursions into
// Greek airspace"). The agent's own state is no target ("India commented
// on an Indian court ruling"), nor is a party named by a thing a person
// merely holds ("a Swiss bank account").
func (s *sentence) topicModifier(gi int, prep, root string) bool {
	switch root {
	case "01", "02", "10", "11", "12", "13":
		switch prep {
		case "on", "about", "over", "to", "against", "with", "from", "at", "toward", "towards":
		default:
			return false
		}
	case "15", "16", "17", "18", "19", "20":
		// "Turkish incursions into Greek airspace": what force goes
		// into is the state it enters.
		if prep != "into" {
			return false
		}
	default:
		return false
	}
	g := s.groups[gi]
	if g.End >= len(s.toks) || len(g.Phrases) != 1 {
		return false
	}
	c := g.Phrases[0].Country
	if c == "" || !s.toks[g.End].IsNoun() || s.inGroup[g.End] >= 0 || heldThings.Has(s.toks[g.End].Lower) {
		return false
	}
	// The nearest actor before stands for the act's agent: the subject
	// ("India's ministry declined to comment on an Indian ruling") or a
	// nominal's own modifier ("Turkish incursions into Greek airspace").
	for k := g.Start - 1; k >= 0; k-- {
		if o := s.inGroup[k]; o >= 0 && o != gi {
			for _, ph := range s.groups[o].Phrases {
				if ph.Country == c {
					return false
				}
			}
			return true
		}
	}
	return true
}

// heldThings are nouns a country adjective marks as a person's or a
// market's, not a state's act or property: "a Swiss bank account", "the
// Japanese yen", "a Canadian passport".
var heldThings = wordset.Of(
	"account", "accounts", "passport", "passports", "citizen", "citizenship",
	"national", "currency", "franc", "francs", "yen", "yuan", "won", "rupee",
	"rupees", "peso", "pesos", "ruble", "rubles", "rouble", "roubles",
	"lira", "pound", "dollar", "dollars", "euro", "euros", "cuisine", "food",
	"wine", "cheese", "language", "translation", "accent", "stocks", "shares",
	"bonds", "equities", "markets", "market", "team", "club", "league", "player",
	"players", "striker", "coach", "champion", "film", "films", "movie", "novel",
	"artist", "singer", "actor", "actress", "tourist", "tourists", "holiday",
)

// timeOnly: the tokens from a to b name only a time ("on Tuesday", "late
// on Friday", "yesterday").
func (s *sentence) timeOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.toks[k].Lower; w != "on" && w != "late" && w != "early" && !timeWord(w) {
			return false
		}
	}
	return true
}

// modifiesComplementSubject: the group g is followed, within its noun phrase, by a
// noun and then a finite verb or a modal, so it modifies the subject of a
// clause of its own: "the Russia-Ukraine war would".
func (s *sentence) modifiesComplementSubject(g actor.Group) bool {
	noun := false
	for k := g.End; k < len(s.toks) && k < g.End+4; k++ {
		t := &s.toks[k]
		if s.inGroup[k] < 0 && t.IsNoun() {
			noun = true
			continue
		}
		if s.inGroup[k] >= 0 || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "CD" {
			continue
		}
		return noun && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD")
	}
	return false
}

// frontedSubject: when a match sits in a sentence-initial prepositional
// phrase ("In a call with X, Y ..."), the first actor after its closing
// comma is the subject of the clause it modifies.
func (s *sentence) frontedSubject(start, end int) int {
	if len(s.toks) == 0 {
		return -1
	}
	// A preposition ("After meeting X,") or a participle ("Having signed
	// the deal with X,", "Speaking after talks with X,") opens the
	// sentence; its subject is the main clause's.
	if t := s.toks[0].Tag; t != "IN" && t != "VBG" && t != "VBN" {
		return -1
	}
	// A finite verb in the match is the main clause's own ("Fighting in
	// Khartoum killed 50 civilians, the UN said"): the gerund opens the
	// subject, not a fronted phrase, and the speaker after the comma is
	// no agent.
	for k := 0; k < len(s.toks) && k < end+12; k++ {
		if t := s.toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return -1
		}
		if s.toks[k].Lower != "," || k >= start && k < end {
			continue
		}
		if k < start {
			return -1
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if gi := s.inGroup[j]; gi >= 0 && !s.modifierOnly(gi) && s.prepBefore(s.groups[gi]) == "" {
				return gi
			}
		}
		return -1
	}
	return -1
}

// topic finds the first actor after a match within its clause, whatever
// preposition governs it.
func (s *sentence) topic(end int) int {
	for k := end; k < len(s.toks) && k < end+maxReach; k++ {
		if hardStop(&s.toks[k]) || subordinators.Has(s.toks[k].Lower) {
			return -1
		}
		if gi := s.inGroup[k]; gi >= 0 && !s.modifierOnly(gi) {
			if p := s.prepBefore(s.groups[gi]); p != "on" && locatives.Has(p) {
				k = s.groups[gi].End - 1
				continue
			}
			return gi
		}
	}
	return -1
}

// materialRoot: codes for things done (cooperation, aid, yielding, force,
// coercion, violence), whose nominals have agents of their own; verbal
// codes' nominals ("expressed concern") belong to the speaker.
func materialRoot(code string) bool {
	switch code[:2] {
	case "06", "07", "08", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// outsideVerbs take a nominal event as their object without being its
// agent: the subject judges, reports, demands or suffers the event ("Egypt
// denounced the airstrikes", "Iraq survived an attack"). Any other verb
// between subject and nominal ("Israel carried out airstrikes", "Jordan
// joined talks") leaves the subject as the agent.
var outsideVerbs = wordset.Of(
	"condemn", "denounce", "criticize", "criticise", "deplore", "decry",
	"slam", "blast", "welcome", "praise", "hail", "applaud",
	"commend", "report", "say", "deny", "confirm", "accuse",
	"blame", "protest", "reject", "warn", "fear", "investigate",
	"probe", "witness", "survive", "document", "monitor", "see",
	"hear", "note", "mourn", "regret", "oppose", "demand",
	"urge", "call", "ask", "support", "back",
	"endorse", "describe", "call for", "claim", "allege", "dismiss",
	"question", "doubt", "discuss", "debate", "ignore", "suffer",
	"face", "escape", "prevent", "block", "defend", "justify",
	"thwart", "foil", "avert", "resist", "repel", "condole",
	"spurn", "rebuff", "refuse", "decline", "scorn", "veto",
	"accept",
)

// sceneNouns take a past act as their "of" complement: its place, time,
// victims or remains ("the site of the bombing", "the anniversary of the
// massacre").
var sceneNouns = wordset.Of(
	"site", "sites", "scene", "scenes", "victims", "victim", "survivors",
	"anniversary", "anniversaries", "aftermath", "wake", "memory",
	"memorial", "families", "relatives", "ruins", "wreckage", "commemoration",
	"location", "spot", "remembrance",
)

// settingPreps head adjuncts that say when or amid what something
// happened, or what for ("indicted 20 people over the bombing of a cafe",
// "summoned the envoy over the attack": the act is the reason, not the
// subject's own).
var settingPreps = wordset.Of(
	"after", "before", "since", "following", "amid", "amidst",
	"during", "despite", "until", "over",
)

// lightPath reports whether the subject ending at token a is the agent of
// the nominal head at token b: no judging or reporting verb stands between
// them, or a possessive pronoun ("its visit", "their talks") points back.
func (s *sentence) lightPath(a, b int) bool {
	for k := b - 1; k >= a && k >= b-3; k-- {
		if s.toks[k].Tag == "PRP$" {
			return true
		}
		if !filler(&s.toks[k]) {
			break
		}
	}
	// "lifted the emergency imposed after tribal clashes", "arrived amid
	// heavy shelling": a nominal in a time or circumstance adjunct is the
	// setting of the clause, not its subject's act.
	for k := b - 1; k >= a && k >= b-5; k-- {
		t := &s.toks[k]
		if settingPreps.Has(t.Lower) {
			return false
		}
		if t.Lower == "of" && k > a && sceneNouns.Has(s.toks[k-1].Lower) {
			// "visited the site of the bombing", "met victims of the
			// attack": the act names where or whom it touched, and the
			// visitor is not its agent.
			return false
		}
		if !(filler(t) || t.IsNoun()) || s.inGroup[k] >= 0 {
			break
		}
	}
	for k := s.lastConjunct(a, b); k < b && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.IsVerb() && outsideVerbs.Has(t.Lemma) {
			return false
		}
		if t.Tag == "VBN" && k > 0 && beForms.Has(s.toks[k-1].Lower) {
			// "Three soldiers were killed in an attack on a
			// checkpoint": a passive's subject is what the act was done
			// to, never the agent of an act named after it.
			return false
		}
	}
	return true
}

// nominalAgent finds the agent a nominal head names itself: a possessor or
// country adjective right before it ("Israel's strikes", "Russian
// airstrikes"), or a by-phrase after it ("an air strike by government
// forces").
func (s *sentence) nominalAgent(h, end int) int {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if gi := s.inGroup[k]; gi >= 0 {
			return gi
		}
		if !filler(&s.toks[k]) {
			break
		}
	}
	if gi := s.partyTo(h); gi >= 0 {
		return gi
	}
	if h+1 < end && s.toks[h+1].Lower == "by" {
		// "an attack by militants on a checkpoint": the by-phrase
		// right after the head, inside the match.
		if gi := s.agent(h + 1); gi >= 0 {
			return gi
		}
	}
	// "the bombing of a Syrian hospital by Russian jets": the object's
	// phrase may stand between; it counts as one word.
	for k, n := end, 0; k < len(s.toks) && n < 4; k, n = k+1, n+1 {
		if gi := s.inGroup[k]; gi >= 0 {
			k = s.groups[gi].End - 1
			continue
		}
		if s.toks[k].Lower == "by" {
			return s.agent(k)
		}
		if b := s.agencyBy(k); b > k && (k == end || s.inGroup[k-1] >= 0) {
			// "the bombing of a hospital carried out by Russian jets"
			// (R25): a relative of agency names the act's doer.
			return s.agent(b)
		}
		if hardStop(&s.toks[k]) || s.toks[k].IsVerb() {
			break
		}
	}
	return -1
}

// agent finds the "by" phrase of a passive.
func (s *sentence) agent(end int) int {
	for k := end; k < len(s.toks) && k < end+8; k++ {
		if hardStop(&s.toks[k]) {
			return -1
		}
		if s.toks[k].Lower == "by" {
			// "by two of her bodyguards": a partitive before the agent.
			// A country adjective is a group of its own, not a filler:
			// "hit by an Israeli strike" names Israel as the agent.
			j := k + 1
			for j < len(s.toks) && s.inGroup[j] < 0 && (filler(&s.toks[j]) || s.toks[j].Lower == "of" && j > k+1) {
				j++
			}
			if j < len(s.toks) && s.inGroup[j] >= 0 {
				gi := s.inGroup[j]
				if s.accidentAfter(s.groups[gi].End) {
					return -1 // "killed by the airline's crash": nobody's act
				}
				return gi
			}
			if j+3 < len(s.toks) && s.toks[j].IsNoun() && s.inGroup[j] < 0 && (attackNouns.Has(s.toks[j+1].Lower) || plantedWeapons.Has(s.toks[j+1].Lower)) {
				j++ // "by a roadside bomb planted by", "by a car bomb": a compound's head
			}
			if j+2 < len(s.toks) && (attackNouns.Has(s.toks[j].Lower) || plantedWeapons.Has(s.toks[j].Lower)) {
				// "hit by a strike by government forces", "destroyed by
				// a missile fired by rebels": the agent of the attack or
				// weapon that did it.
				if s.toks[j+1].Lower == "by" {
					return s.agent(j + 1)
				}
				if agencyParticiples.Has(s.toks[j+1].Lower) && s.toks[j+2].Lower == "by" {
					return s.agent(j + 2)
				}
			}
			return -1
		}
	}
	return -1
}

// locatives head phrases that say where, not who.
var locatives = wordset.Of(
	"in", "at", "near", "on", "inside", "outside", "across",
	"throughout", "within", "around", "into", "toward", "towards",
	"during", "since", "until", "after", "before", "over",
)

// roleWords are nouns that give participants their role.
var roleWords = map[string]string{
	"guarantor": RoleGuarantor, "guarantors": RoleGuarantor, "observer": RoleObserver,
	"observers": RoleObserver, "mediator": RoleMediator, "mediators": RoleMediator,
	"host": RoleHost, "hosts": RoleHost, "sponsor": RoleGuarantor, "sponsors": RoleGuarantor,
}

// participants gathers every actor of a many-party event (a meeting, an
// agreement) with its role, and fills source and target when the clause
// had no subject: role holders first, the others as targets.
func (s *sentence) participants(m *Match, p *Pattern) {
	var ps []Participant
	seen := map[int]bool{}
	add := func(gi int) {
		if seen[gi] {
			return
		}
		seen[gi] = true
		g := s.groups[gi]
		role, upto := s.roleFor(g)
		if role == "" && p.Attach != "" {
			role = p.Attach
		}
		for _, ph := range g.Phrases {
			r := role
			if upto >= 0 && ph.Start > upto {
				r = ""
			}
			if r == "" {
				r = RoleParticipant
			}
			ps = append(ps, Participant{Phrase: ph, Role: r})
		}
	}
	if subj := s.subject(m.Span[0]); subj >= 0 {
		add(subj)
	}
	for gi, g := range s.groups {
		if s.modifierOnly(gi) && !s.hyphenBroker(g) || locatives.Has(s.prepBefore(g)) || s.joinedForces(g) {
			continue
		}
		if s.after(g, "against") {
			continue // whom the parties act against takes no part
		}
		if len(m.Source)+len(m.Target) > 1 && topicPreps.Has(s.prepBefore(g)) {
			continue // "talks on the Falklands": the topic takes no part
		}
		if g.Start >= m.Span[1] && !s.crossesStop(m.Span[1], g.Start) && !s.crossesVerb(m.Span[1], g.Start) {
			add(gi)
		}
		if g.Start >= m.Span[0] && g.End <= m.Span[1] {
			add(gi)
		}
	}
	if len(ps) < 3 && p.Attach == "" {
		// A dyad says it all; when the clause gave no subject ("the
		// meeting between the Turkish and Greek leaders took place"),
		// the two parties are its sides.
		if len(ps) == 2 && len(m.Source) == 0 && len(m.Target) == 0 && s.inSpan(ps[0].Phrase, m) && s.inSpan(ps[1].Phrase, m) {
			m.Source, m.Target = []actor.Phrase{ps[0].Phrase}, []actor.Phrase{ps[1].Phrase}
		}
		return
	}
	m.Participants = ps
	if len(m.Source) == 0 {
		var src, tgt []actor.Phrase
		for _, q := range ps {
			if q.Role == RoleGuarantor || q.Role == RoleHost || q.Role == RoleMediator {
				src = append(src, q.Phrase)
			} else if q.Role == RoleParticipant {
				tgt = append(tgt, q.Phrase)
			}
		}
		if len(src) == 0 && len(tgt) > 0 {
			src, tgt = tgt[:1], tgt[1:]
		}
		m.Source, m.Target = src, tgt
	}
}

// inSpan: the phrase lies inside the match's own words ("the meeting
// between X and Y took place"), not in a later clause.
func (s *sentence) inSpan(p actor.Phrase, m *Match) bool {
	return p.Start >= m.Span[0] && p.End <= m.Span[1]
}

// crossesVerb: a finite verb outside any actor lies between a and b, so
// what follows belongs to another predicate: "Having signed the deal with
// Qatar, Turkey turned to Egypt" gives Egypt no part in the deal.
func (s *sentence) crossesVerb(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.inGroup[k] < 0 && s.clauseVerb(k) {
			return true
		}
	}
	return false
}

func (s *sentence) crossesStop(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if hardStop(&s.toks[k]) {
			return true
		}
	}
	return false
}

// roleFor looks for a role noun just before a group ("the guarantor
// countries (Russia, Turkey, and Iran)", "Observers from Jordan"). When the
// group opens with a parenthesis the role covers only what is inside it;
// upto is the last token it covers, or -1 for the whole group.
func (s *sentence) roleFor(g actor.Group) (string, int) {
	for k := g.Start - 1; k >= 0 && k >= g.Start-4; k-- {
		if s.inGroup[k] >= 0 || s.toks[k].IsVerb() {
			// "Egyptian and Qatari mediators met Hamas officials": a role
			// noun inside another group, or before a verb, is that
			// group's (its subject's), not this one's.
			break
		}
		if r, ok := roleWords[s.toks[k].Lower]; ok {
			for j := k + 1; j < g.Start; j++ {
				if s.toks[j].Lower == "(" {
					for e := g.Start; e < len(s.toks); e++ {
						if s.toks[e].Lower == ")" {
							return r, e
						}
					}
				}
			}
			return r, -1
		}
	}
	// "Observers from Jordan ..." has the role noun as the phrase head,
	// "Egyptian and Qatari mediators" as its last word.
	if g.Start < len(s.toks) {
		if r, ok := roleWords[s.toks[g.Start].Lower]; ok {
			return r, -1
		}
	}
	if g.End > g.Start && g.End <= len(s.toks) {
		if r, ok := roleWords[s.toks[g.End-1].Lower]; ok {
			return r, -1
		}
	}
	// "talks in Jeddah under Saudi and US mediation", "under African
	// Union auspices": the group qualifies the mediation noun after it.
	if g.End < len(s.toks) && mediationHeads.Has(s.toks[g.End].Lower) && g.Start >= 1 && s.toks[g.Start-1].Lower == "under" {
		return RoleMediator, -1
	}
	// "a US-brokered agreement" (D27): the state before "-brokered" or
	// "-mediated", one token with it, is the deal's mediator.
	if s.hyphenBroker(g) {
		return RoleMediator, -1
	}
	if g.End+1 < len(s.toks) && s.toks[g.End].Lower == "as" {
		if r, ok := roleWords[s.toks[g.End+1].Lower]; ok {
			return r, -1
		}
	}
	// "talks brokered by China", "a deal mediated by Qatar", "a summit
	// hosted by Egypt": the agent of the participle has its role.
	k := g.Start - 1
	for k >= 0 && s.toks[k].Tag == "DT" {
		k--
	}
	if k >= 1 && s.toks[k].Lower == "by" {
		if r, ok := roleParticiples[s.toks[k-1].Lower]; ok {
			return r, -1
		}
	}
	return "", -1
}

// mediationHeads are nouns of a third party's good offices that a state
// or body named before them holds: "under Norwegian mediation".
var mediationHeads = wordset.Of("mediation", "auspices", "facilitation")

// roleParticiples give the agent after "by" a role in the event they
// qualify.
var roleParticiples = map[string]string{
	"brokered": RoleMediator, "mediated": RoleMediator, "facilitated": RoleMediator,
	"hosted": RoleHost, "sponsored": RoleGuarantor, "guaranteed": RoleGuarantor,
	// "agreed to a truce after mediation by the United States"
	"mediation": RoleMediator,
}

// accidents are causes that no actor commits: an actor named before one
// ("the Malaysia Airlines crash", "the Aegean ferry sinking") owns the
// thing, not the harm.
var accidents = wordset.Of(
	"crash", "accident", "collision", "derailment", "sinking",
	"earthquake", "quake", "flood", "floods", "flooding",
	"storm", "hurricane", "typhoon", "cyclone", "landslide",
	"avalanche", "tsunami", "drought", "wildfire", "heatwave",
	"disease", "epidemic", "pandemic", "outbreak", "virus",
	"fire", "blaze", "fires", "wildfires", "storms",
	"blizzard", "snowstorm", "mudslide", "eruption",
	"coronavirus", "covid", "covid-19", "cholera", "ebola",
	"malaria", "measles", "flu", "influenza", "heat", "famine",
	"lightning", "collapse", "stampede", "crush", "rains", "rain",
	"downpour", "downpours", "rainfall", "tornado", "tornadoes",
	"landslides", "mudslides", "earthquakes", "heatwaves", "leak",
)

// blastCauses before "explosion" or "blast" make it an accident: "a gas
// explosion", "a boiler blast"; a bomb's stays an attack.
var blastCauses = wordset.Of("gas", "boiler", "fuel", "fireworks", "firework", "pipeline", "tanker", "transformer", "dust")

// accidentAfter: the noun phrase that goes on after token k is headed by
// an accident ("... flight MH17 crash").
func (s *sentence) accidentAfter(k int) bool {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		t := &s.toks[j]
		if accidents.Has(t.Lower) {
			return !s.actorsFire(j)
		}
		if !(t.IsNoun() || filler(t)) || s.inGroup[j] >= 0 {
			return false
		}
	}
	return false
}

// plantedWeapons are set off by someone named after them: "killed by a
// landmine planted by FARC dissidents", "a bomb detonated by militants".
var plantedWeapons = wordset.Of(
	"bomb", "bombs", "landmine", "landmines", "mine", "mines", "ied",
	"ieds", "device", "devices", "explosive", "explosives", "grenade",
	"grenades", "bullet", "bullets",
)

// attackNouns name an armed attack, whose agent is the perpetrator of the
// harm done in it.
var attackNouns = wordset.Of(
	"attack", "attacks", "strike", "strikes", "airstrike",
	"airstrikes", "raid", "raids", "shelling", "bombing",
	"bombings", "bombardment", "offensive", "assault", "ambush",
	"fire", "gunfire", "crossfire", "crackdown", "operation",
	"incursion", "barrage", "onslaught",
	// Weapons fired or launched: "rockets fired by Hamas".
	"rocket", "rockets", "missile", "missiles", "shells", "mortars",
	"drones", "drone",
)

// agencyParticiples say who made an attack happen: "claimed by", "carried
// out by", "launched by".
var agencyParticiples = wordset.Of(
	"claimed", "carried", "launched", "staged", "mounted", "conducted",
	"perpetrated", "orchestrated", "masterminded", "planned", "executed",
	"organised", "organized", "fired", "planted", "detonated", "blamed",
)

// attackBy: g is the by-phrase of an attack noun, directly ("an attack by
// Boko Haram") or through a participle of agency in a reduced or full
// relative clause ("the attack, claimed by ISIS,", "the bombing, which was
// carried out by the Taliban,"). "Blamed on" is an accusation and is not
// here; "blamed ... by" names the accuser and is excluded below.
// clashWith: the group is the other side of a fight noun that is the
// subject of the harm at start ("a clash with Chinese soldiers killed 20
// Indian soldiers", "an exchange of fire with Indian troops killed two
// civilians"): the harm is that side's, as an attack's is its agent's.
func (s *sentence) clashWith(g actor.Group, start int) bool {
	if g.Start < 2 || g.End > start || s.toks[g.Start-1].Lower != "with" && (g.Start < 3 || s.toks[g.Start-2].Lower != "with") {
		return false
	}
	if s.prepBefore(g) != "with" || start >= len(s.toks) || !s.toks[start].IsVerb() {
		return false
	}
	j := g.Start - 1
	for j > 0 && s.toks[j].Lower != "with" {
		j--
	}
	if j < 1 {
		return false // "With the Chinese troops ...": no fight noun before
	}
	switch s.toks[j-1].Lower {
	case "clash", "clashes", "fighting", "gunfight", "gunbattle", "skirmish", "skirmishes", "battle", "battles", "firefight", "fire", "confrontation", "shootout":
	default:
		return false
	}
	// Only the group's own noun phrase between it and the harm: "a clash
	// with Chinese soldiers killed", "clashes with rebels in the north
	// left".
	for k := g.End; k < start; k++ {
		if t := &s.toks[k]; t.IsVerb() || t.Text == "," || subordinators.Has(t.Lower) {
			return false
		}
	}
	return true
}

func (s *sentence) attackBy(g actor.Group) bool {
	// A quick look before the full test: is "by" one or two words before?
	if b := g.Start - 1; b < 0 || s.toks[b].Lower != "by" && (b == 0 || s.toks[b-1].Lower != "by") {
		return false
	}
	if s.prepBefore(g) != "by" {
		return false
	}
	j := g.Start - 1
	for j >= 0 && s.toks[j].Lower != "by" {
		j--
	}
	w := j - 1
	if w < 0 {
		return false
	}
	if attackNouns.Has(s.toks[w].Lower) && s.inGroup[w] < 0 {
		return true
	}
	if s.toks[w].Lower == "out" && w > 0 {
		w--
	}
	if !agencyParticiples.Has(s.toks[w].Lower) || s.toks[w].Lower == "blamed" {
		return false
	}
	for k := w - 1; k >= 0 && k >= w-5; k-- {
		t := &s.toks[k]
		if attackNouns.Has(t.Lower) && (s.inGroup[k] < 0 || s.bareWeapon(k)) {
			return true
		}
		if s.inGroup[k] < 0 && plantedWeapons.Has(t.Lower) {
			return true // "a bomb planted by Boko Haram", "a device detonated by"
		}
		switch t.Lower {
		case ",", "which", "that", "was", "were", "been", "has", "have", "had", "reportedly", "allegedly", "apparently":
			continue
		}
		return false
	}
	return false
}

// bareWeapon: the token at k is a weapon the actor dictionary reads as a
// force of no country ("Drones launched by Russia"): a thing fired.
func (s *sentence) bareWeapon(k int) bool {
	g := s.groups[s.inGroup[k]]
	return g.End == g.Start+1 && strings.HasPrefix(g.Phrases[0].Code, "---")
}

// attackAgent: a passive with no by-phrase whose victims died or were hurt
// "in" or "during" an attack with a named agent: "killed in Israeli tank
// shelling", "wounded in a raid by Kenyan troops".
func (s *sentence) attackAgent(end int) int {
	for k := end; k < len(s.toks) && k < end+8; k++ {
		t := &s.toks[k]
		if t.Tag == "VBN" && casualtyVerbs.Has(t.Lemma) {
			continue // "killed and hundreds wounded in Russian shelling"
		}
		if hardStop(t) || (t.IsVerb() && s.inGroup[k] < 0) {
			return -1
		}
		if t.Lower != "in" && t.Lower != "during" {
			continue
		}
		ag := -1
		for j := k + 1; j < len(s.toks) && j < k+7; j++ {
			u := &s.toks[j]
			if gi := s.inGroup[j]; gi >= 0 {
				if ag < 0 && !s.modifierOnly(gi) && s.namedAttacker(gi) {
					return gi // "in a NATO airstrike", "in a Hamas attack"
				}
				if ag >= 0 || !s.modifierOnly(gi) {
					return -1 // "in Gaza", "in clashes with rebels"
				}
				ag = gi
				j = s.groups[gi].End - 1
				continue
			}
			if ag < 0 && fightNouns.Has(u.Lower) {
				if gi := s.fightWith(j); gi >= 0 {
					return gi // "killed in a face-off with Chinese troops" (T31)
				}
			}
			if attackNouns.Has(u.Lower) {
				if ag >= 0 {
					return ag
				}
				if j+1 < len(s.toks) && s.toks[j+1].Lower == "by" {
					return s.agent(j + 1)
				}
				return -1
			}
			if !(u.IsNoun() || filler(u)) {
				return -1
			}
		}
		return -1
	}
	return -1
}

// listComma: the comma at k joins the nouns of a list of things (aid
// sent: "tents, water and other relief supplies"), not clauses: a common
// noun before it, and nouns or adjectives outside every actor after it up
// to an "and" or "or".
func (s *sentence) listComma(k int) bool {
	if k < 1 || !s.toks[k-1].IsNoun() || s.inGroup[k-1] >= 0 {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		t := &s.toks[j]
		if s.inGroup[j] >= 0 {
			return false
		}
		if t.Lower == "and" || t.Lower == "or" {
			return j > k+1
		}
		if !(t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") {
			return false
		}
	}
	return false
}

// promiseBefore: a promise, pledge, vow or agreement, whose infinitive
// says to whom, ends at j, across a day ("promised on Monday to cut").
func (s *sentence) promiseBefore(j int) bool {
	l := s.lemmaBefore(j)
	return l == "promise" || l == "pledge" || l == "vow" || l == "agree"
}

// refusalBefore: a refusal ends at j, across a day: what is refused is
// aimed at the object of its infinitive ("refused on Tuesday to allow UN
// inspectors into the site", "refused to hold a vote on Sweden's bid").
func (s *sentence) refusalBefore(j int) bool {
	l := s.lemmaBefore(j)
	return l == "refuse" || l == "decline"
}

// lemmaBefore: the lemma of the verb that ends at j, across a day and
// adverbs ("promised on Monday", "again refused"), or "".
func (s *sentence) lemmaBefore(j int) string {
	for n := 0; j > 0 && n < 3 && (timeWord(s.toks[j].Lower) || s.toks[j].Lower == "on" || s.toks[j].Tag == "RB"); n++ {
		j--
	}
	if j < 0 || j >= len(s.toks) || !s.toks[j].IsVerb() {
		return ""
	}
	return s.toks[j].Lemma
}

// namedAttacker: group gi is a body or armed group, not a bare state or
// place ("in Gaza airstrikes" is where), right before an attack noun that
// it modifies: "a NATO airstrike", "a Hamas attack".
func (s *sentence) namedAttacker(gi int) bool {
	g := s.groups[gi]
	if len(g.Phrases) != 1 || len(g.Phrases[0].Sectors) == 0 || g.End >= len(s.toks) {
		return false
	}
	return attackNouns.Has(s.toks[g.End].Lower)
}

// harmNouns name a harm done to the people after their "of": "the
// killing of 10 civilians", "the deaths of two journalists".
var harmNouns = wordset.Of("killing", "killings", "death", "deaths", "murder", "murders", "massacre", "wounding", "slaughter")

// whenAgent: a passive casualty with no by-phrase followed by a clause of
// "when" or "as" whose subject is an actor acting: "At least 30 people
// were killed when Myanmar troops opened fire on villagers", "wounded as
// Israeli forces raided the camp". That subject did the harm. A thing as
// subject ("when their vehicle hit a mine") names no one.
func (s *sentence) whenAgent(end int) int {
	for k := end; k < len(s.toks) && k < end+6; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || (t.IsVerb() && s.inGroup[k] < 0) {
			return -1
		}
		if t.Lower != "when" && t.Lower != "as" {
			continue
		}
		j := k + 1
		for j < len(s.toks) && s.inGroup[j] < 0 && filler(&s.toks[j]) {
			j++
		}
		if j >= len(s.toks) || s.inGroup[j] < 0 {
			return -1
		}
		gi := s.inGroup[j]
		v := s.groups[gi].End
		if s.modifierOnly(gi) {
			// "when a Russian missile struck": the weapon's owner.
			for v < len(s.toks) && v < s.groups[gi].End+3 && s.inGroup[v] < 0 && s.toks[v].IsNoun() && attackNouns.Has(s.toks[v].Lower) {
				v++
			}
			if v == s.groups[gi].End {
				return -1
			}
		}
		for v < len(s.toks) && s.toks[v].Tag == "RB" {
			v++
		}
		if v < len(s.toks) && s.inGroup[v] < 0 && s.clauseVerb(v) && !reportingVerbs.Has(s.toks[v].Lemma) {
			return gi
		}
		return -1
	}
	return -1
}

// casualtyVerbs count the dead and hurt in a shared by-phrase or attack:
// "were killed and hundreds wounded in ...".
var casualtyVerbs = wordset.Of("kill", "wound", "injure", "hurt", "maim")

// conditionTarget: a threat with no target is aimed at whoever must act
// for it to be carried out, the subject of its "if" or "unless" clause:
// "Russia threatened to quit the talks if the United States deploys the
// missiles" is a threat to the United States.
func (s *sentence) conditionTarget(m *Match) {
	if len(m.Target) > 0 || !strings.HasPrefix(m.EventCode(), "13") {
		return
	}
	for k := m.Span[1]; k < len(s.toks) && k < m.Span[1]+12; k++ {
		t := &s.toks[k]
		if hardStop(t) {
			return
		}
		if t.Lower != "if" && t.Lower != "unless" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				if !s.modifierOnly(gi) || s.conditionSubjectNoun(gi) {
					// (A country adjective on the condition's subject
					// names its party: "if American sanctions were
					// tightened" warns the United States.)
					m.Target = s.groups[gi].Phrases
				}
				return
			}
			if !filler(&s.toks[j]) {
				return
			}
		}
		return
	}
}

// conditionSubjectNoun: the modifier group gi stands before the plural or
// mass noun that, with a finite verb after it, is the subject of the
// condition's clause ("if American sanctions were tightened", "if Israeli
// strikes continue"), not before a thing inside a longer phrase.
func (s *sentence) conditionSubjectNoun(gi int) bool {
	n := s.groups[gi].End
	if n+1 >= len(s.toks) || s.inGroup[n] >= 0 || !s.toks[n].IsNoun() {
		return false
	}
	return s.finite(n+1) || s.toks[n+1].Tag == "MD"
}

// aidFor: codes whose beneficiary may follow "for": aid, its promise and
// its reduction.
func aidFor(code string) bool {
	return strings.HasPrefix(code, "07") || strings.HasPrefix(code, "033") || strings.HasPrefix(code, "162")
}

// thatTarget: for appeals, demands, criticism, rejections and threats, the
// subject of a that-clause right after the match is the party asked or
// accused: "demanded that the US cancel plans to sell weapons to Taiwan",
// "reiterated its demand today that Israel ease restrictions".
func (s *sentence) thatTarget(h, end int) int {
	for _, k := range [2]int{h + 1, end} {
		for k < len(s.toks) && s.inGroup[k] < 0 && filler(&s.toks[k]) {
			k++
		}
		if k >= len(s.toks) || s.toks[k].Lower != "that" || s.toks[k].Tag == "DT" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				// A modifier counts: the tagger reads the clause's verb
				// as a noun after a name ("that Israel ease/NN"), and
				// "that Israeli settlers leave" asks Israel too.
				return gi
			}
			if !filler(&s.toks[j]) {
				break
			}
		}
	}
	return -1
}

// vehicleOwner: group gi, whose country only the story gives, modifies
// a vehicle noun right after it ("India sent air force planes carrying
// relief supplies to Kathmandu", "Japan dispatched navy ships loaded with
// water"): it owns the sender's means, and is no recipient of them. The
// caller reads it only where the pattern's next word is that vehicle:
// "shot down a government helicopter" strikes the owner.
func (s *sentence) vehicleOwner(gi int) bool {
	g := s.groups[gi]
	if g.End >= len(s.toks) || !vehicleHeads.Has(s.toks[g.End].Lower) || len(g.Phrases) == 0 {
		return false
	}
	for _, ph := range g.Phrases {
		if !ph.Inferred && !strings.HasPrefix(ph.Code, "---") {
			return false
		}
	}
	return true
}

// vehicleHeads are head nouns of the craft and vehicles a state sends
// with something on board: the means of the act, never its target.
var vehicleHeads = wordset.Of("aircraft", "plane", "planes", "jet", "jets", "warplane", "warplanes",
	"helicopter", "helicopters", "ship", "ships", "warship", "warships", "vessel", "vessels",
	"boat", "boats", "truck", "trucks", "lorries", "convoy", "convoys", "flights")

// aimedWords are participles that point a show of force at a party
// with "at" (G13).
var aimedWords = wordset.Of("aimed", "directed", "targeted")

// aimedAt finds whom a show of force is said to be aimed at later in its
// clause: "flew two B-2 bombers over South Korea in a show of force aimed
// at North Korea" (PRK, not the state flown over), "massed troops in
// Belarus in a show of force directed at Ukraine" (G13); -1 if none.
func (s *sentence) aimedAt(end int) int {
	for k := max(end, 1); k+1 < len(s.toks) && k < end+16; k++ {
		t := &s.toks[k]
		if hardStop(t) || (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") && s.inGroup[k] < 0 {
			return -1
		}
		if t.Lower != "at" || !aimedWords.Has(s.toks[k-1].Lower) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				if s.modifierOnly(gi) {
					return -1
				}
				return gi
			}
			if !filler(&s.toks[j]) && s.toks[j].Tag != "DT" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// borderModifier: a word that may stand between a preposition and the
// border noun it leads to: the owner's possessive pronoun, an adjective
// ("southern", "eastern") or "land"/"sea"/"maritime" (G13).
func (s *sentence) borderModifier(j int) bool {
	t := &s.toks[j]
	return t.Tag == "PRP$" || t.Tag == "JJ" || t.Lower == "land" || t.Lower == "sea"
}

// conditionParty: a threat whose that-clause names the threatener's own
// state as the one who will act ("Putin warned that Moscow would respond
// if Ukraine used Western missiles", "Beijing warned that China would
// retaliate unless Washington dropped the tariffs") is aimed at the party
// whose act the condition names, the subject of the "if" or "unless"
// clause that follows in the same clause. tt is the that-clause's
// subject group; it is returned unchanged when it is another state or no
// such condition follows.
func (s *sentence) conditionParty(tt int, src []actor.Phrase) int {
	g := s.groups[tt]
	if len(src) == 0 || src[0].Country == "" || len(g.Phrases) != 1 || g.Phrases[0].Country != src[0].Country {
		return tt
	}
	for k := g.End; k < len(s.toks) && k < g.End+12; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "that" || t.Lower == ";" {
			return tt
		}
		if t.Lower != "if" && t.Lower != "unless" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				if ps := s.groups[gi].Phrases; len(ps) > 0 && ps[0].Country != src[0].Country && !strings.HasPrefix(ps[0].Code, "---") {
					return gi
				}
				return tt
			}
			if !filler(&s.toks[j]) && s.toks[j].Tag != "DT" {
				return tt
			}
		}
		return tt
	}
	return tt
}

// ownForces: every phrase of the group is a military or police force of
// the source's own state or of no named state ("mobilized army
// reservists"): what a show of force moves, not whom it is aimed at.
func ownForces(g []actor.Phrase, src []actor.Phrase) bool {
	if len(g) == 0 {
		return false
	}
	for _, ph := range g {
		mil := false
		for _, sec := range ph.Sectors {
			if sec == "MIL" || sec == "COP" {
				mil = true
			}
		}
		if !mil {
			return false
		}
		if ph.Country != "" && (len(src) == 0 || ph.Country != src[0].Country) {
			return false
		}
	}
	return true
}

// againstTarget finds whom a show of force is aimed at later in the
// clause: "against X", "toward X", or X's border, frontier or coast
// ("on the Kuwaiti border", "near the border with Iraq").
func (s *sentence) againstTarget(end int) int {
	// The pattern may end on the preposition itself ("... toward").
	for k := max(end-1, 0); k < len(s.toks) && k < end+10; k++ {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == "," || (t.IsVerb() && t.Tag != "VBN" && t.Tag != "VBG" && s.inGroup[k] < 0) {
			return -1
		}
		switch t.Lower {
		case "against", "toward", "towards", "on", "along", "near", "to", "with":
		default:
			continue
		}
		// (G13) The border may carry its owner's words before it: "to its
		// southern border with Serbia", "to its land border with Turkey".
		for j := k + 1; j < len(s.toks) && j <= k+6; j++ {
			if gi := s.inGroup[j]; gi >= 0 {
				g := s.groups[gi]
				if t.Lower == "against" || t.Lower == "toward" || t.Lower == "towards" {
					return gi
				}
				// Other prepositions lead to a border: the state named on
				// it ("the Kuwaiti border") or after it ("the border with
				// Iraq", "the frontier of Chad").
				if g.End < len(s.toks) && borderNouns.Has(s.toks[g.End].Lower) || j > k+1 && borderNouns.Has(s.toks[j-1].Lower) ||
					j > k+2 && (s.toks[j-1].Lower == "with" || s.toks[j-1].Lower == "of") && borderNouns.Has(s.toks[j-2].Lower) && !s.modifierOnly(gi) {
					return gi
				}
				break
			}
			if !filler(&s.toks[j]) && !borderNouns.Has(s.toks[j].Lower) && s.toks[j].Lower != "with" && s.toks[j].Lower != "of" && !s.borderModifier(j) {
				break
			}
		}
	}
	return -1
}

var borderNouns = wordset.Of("border", "borders", "frontier", "frontiers", "coast", "coastline", "waters")

// measureAfter: "by" at k-1 gives an amount, not an agent: "shortened by
// one hour", "cut by half", "raised by a third".
func (s *sentence) measureAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.Tag == "CD" || t.Lower == "half" {
		return true
	}
	if (t.Lower == "a" || t.Lower == "about" || t.Lower == "nearly" || t.Lower == "almost" || t.Lower == "some") && k+1 < len(s.toks) {
		switch n := &s.toks[k+1]; {
		case n.Tag == "CD":
			return true
		case n.Lower == "third" || n.Lower == "quarter" || n.Lower == "fifth" || n.Lower == "half" || n.Lower == "fraction":
			return true
		}
	}
	return false
}

// againstPhrase: the phrase's group stands after "against".
func (s *sentence) againstPhrase(ph actor.Phrase) bool {
	if ph.Start < 0 || ph.Start >= len(s.toks) || s.inGroup[ph.Start] < 0 {
		return false
	}
	return s.after(s.groups[s.inGroup[ph.Start]], "against")
}

// raidedPhrase: the phrase follows "on" (past its determiners and
// adjectives), as whom a raid or a sweep falls on does.
func (s *sentence) raidedPhrase(ph actor.Phrase) bool {
	if ph.Start < 0 || ph.Start >= len(s.toks) || s.inGroup[ph.Start] < 0 {
		return false
	}
	return s.after(s.groups[s.inGroup[ph.Start]], "on")
}

// after: the word right before the group, past its determiners and
// adjectives, is w.
func (s *sentence) after(g actor.Group, w string) bool {
	k := g.Start - 1
	for k >= 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "PRP$") {
		k--
	}
	return k >= 0 && s.toks[k].Lower == w
}

// inSaidRelative: the verb at start follows "X said" inside a relative
// clause (see saidRelative), so the speaker is not its agent.
//
// It also holds for a reported clause whose own subject is an incident
// noun (see reportedIncident): the speaker is not its agent either.
// (The reporters' pass asks it, rarely; subject asks saidRelativeAt, and
// finds the incident clause on its own walk past the reporting verb.)
func (s *sentence) inSaidRelative(start int) bool {
	return s.saidRelativeAt(start) || start >= 2 && start < len(s.toks) && (s.reportedIncident(start) || s.passiveIncident(start))
}

// passiveIncident: the match at start is an attack named after a reported
// passive ("The Pentagon said two US soldiers were wounded in a drone
// attack in Syria"): the speaker tells what was done to the passive's
// subject and names no attacker, so it is no agent of the attack when the
// victims are its own state's (nobody attacks its own soldiers) or when it
// is a speaker that reportedIncident would not make an agent either (no
// army, no party to its own kind of strike). "The army said 20 militants
// were killed in an airstrike" keeps the army as the striker.
//
//go:noinline
func (s *sentence) passiveIncident(start int) bool {
	if start < 5 || !s.attackPhraseAt(start) {
		return false
	}
	k := start - 1
	for k > 3 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD") {
		k-- // "in a drone attack": the match opens on the noun
	}
	switch s.toks[k].Lower {
	case "in", "by", "during":
	default:
		return false
	}
	k--
	if s.toks[k].Tag != "VBN" || !beForms.Has(s.toks[k-1].Lower) {
		return false
	}
	vi := s.inGroup[k-2]
	if vi < 0 {
		return false
	}
	v := s.groups[vi].Start - 1
	for v > 0 && (s.toks[v].Tag == "CD" || s.toks[v].Tag == "DT" || s.toks[v].Tag == "JJ" || s.toks[v].Lower == "that") {
		v--
	}
	if v < 1 || !s.toks[v].IsVerb() || !reportLemma(s.toks[v].Lemma) {
		return false
	}
	si := s.inGroup[v-1]
	if si < 0 {
		return false
	}
	speaker, victims := &s.groups[si].Phrases[0], &s.groups[vi].Phrases[0]
	if victims.Country != "" && victims.Country == speaker.Country {
		return true
	}
	head := start
	for head+1 < len(s.toks) && head < start+2 && s.toks[head+1].IsNoun() {
		head++
	}
	return !s.speakerSector(v, "MIL") && !ownIncident(speaker, s.toks[head].Lower)
}

// saidRelativeAt: the relative-clause half of inSaidRelative, cheap
// enough for every subject search.
func (s *sentence) saidRelativeAt(start int) bool {
	if start <= 2 || start >= len(s.toks) || s.toks[start-1].Tag != "VBD" || !s.toks[start].IsVerb() {
		return false
	}
	_, ok := s.saidRelative(start)
	return ok
}

// incidentNouns name violence by what happened, not by who did it: a
// clause whose subject is one of them ("fighting killed 50", "a car bomb
// exploded") names no agent.
var incidentNouns = wordset.Of(
	"fighting", "clash", "clashes", "violence", "explosion", "explosions",
	"blast", "blasts", "bomb", "bombs", "bombing", "bombings", "shelling",
	"gunfire", "attack", "attacks", "strike", "strikes", "airstrike",
	"airstrikes", "air-strike", "air-strikes", "raid", "raids", "rocket",
	"rockets", "shell", "shells", "mortar", "mortars", "missile",
	"missiles", "barrage", "bombardment", "shootout", "firefight",
	"gunbattle", "skirmishes", "hostilities", "unrest", "crossfire",
	"ambush", "landmine", "landmines", "grenade", "device", "devices",
	"IED", "IEDs", "detonation",
)

// reportedIncident: the match at start lies in the complement of a
// reporting verb whose own subject is an incident noun ("The UN said
// fighting in Khartoum killed 50 civilians", "Police said a roadside bomb
// killed two soldiers"). The speaker reports the act; nobody named in the
// clause did it, so the speaker is no agent (CAMEO codes the reporter as
// reported_by, and the pipeline gives an agentless attack the place's
// state). An army speaking is left alone: it reports its own strikes more
// often than others' ("the army said an airstrike killed 20 militants"),
// and so are police telling of a raid.
func (s *sentence) reportedIncident(start int) bool {
	// The reporting verb lies a few words back, with no comma, stop or
	// other finite verb between (cheap tag tests first: most calls end
	// at the first or second word).
	v := -1
	for k := start - 1; k >= 1 && k >= start-8; k-- {
		t := &s.toks[k]
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			v = k
			break
		}
		if t.Tag == "," || t.Lower == "," || t.Tag == "MD" || hardStop(t) {
			return false
		}
	}
	if v < 1 || !reportLemma(s.toks[v].Lemma) {
		return false
	}
	return s.incidentSubject(v, start)
}

// passiveVictim: a passive participle (after a form of "be") lies between
// the subject group ending at from and a match at start that opens on an
// attack or incident noun phrase.
//
//go:noinline
func (s *sentence) passiveVictim(from, start int) bool {
	for k := from + 1; k < start; k++ {
		if t := &s.toks[k]; t.Lower == "," || t.Tag == "WDT" || t.Tag == "WP" {
			// "Hezbollah, which is based in Lebanon, fired rockets": a
			// passive inside an aside is not the clause's own.
			return false
		}
		if s.toks[k].Tag == "VBN" && beForms.Has(s.toks[k-1].Lower) {
			return s.attackPhraseAt(start)
		}
	}
	return false
}

// attackPhraseAt: an attack or incident noun opens the match at start or
// follows within two words ("a drone attack", "suicide bombing").
func (s *sentence) attackPhraseAt(start int) bool {
	for k := start; k < len(s.toks) && k <= start+2; k++ {
		if w := s.toks[k].Lower; attackNouns.Has(w) || incidentNouns.Has(w) {
			return true
		}
	}
	return false
}

// speakerSector: the group right before the reporting verb v has the
// sector sec.
func (s *sentence) speakerSector(v int, sec string) bool {
	if gi := s.inGroup[v-1]; gi >= 0 {
		for _, x := range s.groups[gi].Phrases[0].Sectors {
			if x == sec {
				return true
			}
		}
	}
	return false
}

// ownIncident reports a speaker other than an army or police (see
// incidentSubject) that reports its own act, not another's: an armed group
// reports its own strikes and bombs more often than others' ("the Houthis
// said a missile strike hit a warship"), and a state, its government or a
// coalition its own air and missile strikes ("Israel said an airstrike
// killed a Hamas commander"; a victim names the attacker: "Syria said an
// Israeli strike"). A union's strike is its own, a government's "strike"
// is labour's.
func ownIncident(ph *actor.Phrase, noun string) bool {
	strike := false
	switch noun {
	case "strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes",
		"raid", "raids", "missile", "missiles", "rocket", "rockets", "shelling",
		"bombardment", "barrage", "shell", "shells", "mortar", "mortars":
		strike = true
	}
	if strike && (len(ph.Sectors) == 0 && ph.Country != "" || strings.HasPrefix(ph.Code, "IMG")) {
		return true
	}
	for _, sec := range ph.Sectors {
		switch sec {
		case "REB", "INS", "UAF":
			return true
		case "GOV", "SPY":
			if strike && noun != "strike" && noun != "strikes" {
				return true // "the government said a strike closed the ports" is labour's
			}
		case "LAB":
			if noun == "strike" || noun == "strikes" {
				return true
			}
		}
	}
	return false
}

// reportLemma: the verbs that report a clause whose incident the speaker
// did not commit ("said", "reported", "added", "confirmed"); a short
// switch, since subject asks it of every finite verb it walks past.
func reportLemma(l string) bool {
	switch l {
	case "say", "report", "add", "confirm", "state", "announce":
		return true
	}
	return false
}

// incidentSubject does reportedIncident's work once the reporting verb v
// is found: the words after it open with a noun phrase headed by an
// incident noun, and the speaker is no army. An agent named inside the
// phrase ("a bomb planted by Boko Haram") is found by innerAttackAgent;
// the speaker is no more its agent than without it.
//
//go:noinline
func (s *sentence) incidentSubject(v, start int) bool {
	if s.speakerSector(v, "MIL") {
		return false
	}
	j := v + 1
	if j < start && s.toks[j].Lower == "that" {
		j++
	}
	for j < start && s.inGroup[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "CD" || s.toks[j].Tag == "JJ") {
		j++
	}
	head := -1
	if j > start {
		return false
	}
	for ; j < len(s.toks) && s.inGroup[j] < 0; j++ {
		t := &s.toks[j]
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "VBG" && t.Tag != "JJ" {
			break
		}
		if t.Tag != "JJ" {
			head = j
		}
	}
	if head < 0 || !incidentNouns.Has(s.toks[head].Lower) {
		return false
	}
	if w := s.toks[head].Lower; (w == "raid" || w == "raids") && s.speakerSector(v, "COP") {
		return false // "Police said a raid on a drug den ...": their own raid
	}
	if gi := s.inGroup[v-1]; gi >= 0 && ownIncident(&s.groups[gi].Phrases[0], s.toks[head].Lower) {
		return false
	}
	// The noun phrase is the subject of a clause of its own: a finite verb
	// follows it, past prepositional phrases only ("claimed the attack on
	// a convoy that killed 40" names the object of claiming, and "reported
	// shelling in Idlib" has no clause at all).
	for k := head + 1; k < len(s.toks) && k <= head+10; k++ {
		t := &s.toks[k]
		switch {
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return k >= start || s.toks[start].IsNoun()
		case t.Lower == "," || t.Lower == "that" || t.Lower == "and" || t.Tag == "WDT" || t.Tag == "WP" || hardStop(t):
			return false
		}
	}
	return false
}

// saidRelative: the verb at start follows "X said" inside a relative
// clause ("the gunman that the Taliban said killed 46 soldiers", "a raid
// officials said wounded two"). X reports the act; the relative's
// antecedent did it. ok is false when the shape is not this one; gi is the
// antecedent actor, or -1 when the antecedent is no actor (the act's agent
// is then unknown, never the speaker).
func (s *sentence) saidRelative(start int) (gi int, ok bool) {
	if !reportingVerbs.Has(s.toks[start-1].Lemma) {
		return -1, false
	}
	g := s.inGroup[start-2]
	if g < 0 || s.groups[g].End != start-1 {
		return -1, false
	}
	k := s.groups[g].Start - 1
	for k >= 0 && s.inGroup[k] < 0 && s.toks[k].Tag == "DT" {
		k-- // "that the Taliban said"
	}
	if k < 1 || s.inGroup[k] >= 0 {
		return -1, false
	}
	switch t := &s.toks[k]; {
	case t.Lower == "that" || t.Lower == "who" || t.Lower == "which":
		if s.toks[k-1].Lower == "," && t.Lower == "that" {
			return -1, false
		}
		if a := s.antecedent(k); a >= 0 {
			return a, true
		}
		// "the attack that the army said killed": the antecedent is a
		// thing, so the agent is not named here.
		return -1, true
	case (t.Tag == "NN" || t.Tag == "NNS") && !timeWord(t.Lower):
		// A contact clause: "the raid the army said killed ten".
		return -1, true
	}
	return -1, false
}

// projectileBefore: the verb nearest before end (within six words) fires
// or launches something: fire, launch, lob, hurl, rain.
func (s *sentence) projectileBefore(end int) bool {
	for k := end - 1; k >= 0 && k >= end-6; k-- {
		if s.toks[k].IsVerb() {
			switch s.toks[k].Lemma {
			case "fire", "launch", "lob", "hurl", "rain":
				return true
			}
			return false
		}
	}
	return false
}

// partyTo: the group a nominal act at h is said to be the work of by an
// adjective of part or blame right before its preposition ("officials
// involved in cyberattacks on US utilities", "the militants responsible
// for the bombing", "hackers behind the attack"), or -1 (lead, s27).
func (s *sentence) partyTo(h int) int {
	k := h - 1
	for n := 0; k >= 2 && n < 3 && s.inGroup[k] < 0 && filler(&s.toks[k]); n++ {
		k--
	}
	if k < 1 || s.inGroup[k] >= 0 {
		return -1
	}
	switch w := s.toks[k].Lower; w {
	case "behind":
		return s.inGroup[k-1]
	case "in", "for":
		a := s.toks[k-1].Lower
		if w == "in" && (a == "involved" || a == "implicated" || a == "complicit") || w == "for" && a == "responsible" {
			if k >= 2 {
				return s.inGroup[k-2]
			}
		}
	}
	return -1
}

// hyphenBroker: the group is the state of "a US-brokered agreement" or
// "a Qatar-mediated truce", one token with its participle (D27). Though
// it modifies the deal's noun, it takes part in the deal as its mediator.
func (s *sentence) hyphenBroker(g actor.Group) bool {
	if g.End != g.Start+1 || g.Start < 0 || g.Start >= len(s.toks) {
		return false
	}
	w := s.toks[g.Start].Lower
	if strings.HasSuffix(w, "-brokered") || strings.HasSuffix(w, "-mediated") {
		return true
	}
	// "a U.N.- and Turkish-brokered deal": a hyphen left hanging before
	// "and" or "or" shares the compound's participle, so the first state
	// or body brokered the deal as much as the second.
	k := g.End
	if k+2 >= len(s.toks) || s.toks[k].Text != "-" || (s.toks[k+1].Lower != "and" && s.toks[k+1].Lower != "or") {
		return false
	}
	w = s.toks[k+2].Lower
	return strings.HasSuffix(w, "-brokered") || strings.HasSuffix(w, "-mediated")
}

// infinitiveSubject: the group is followed by "to" and a bare verb, as
// the subject of an infinitive clause ("urged Israel to halt the strikes
// and Hamas to free the hostages": Hamas frees), and an infinitive with a
// subject of its own opened the clause before it: the same frame repeats
// with a new subject.
func (s *sentence) infinitiveSubject(g actor.Group) bool {
	if g.End+1 >= len(s.toks) || s.toks[g.End].Lower != "to" || s.toks[g.End+1].Tag != "VB" {
		return false
	}
	for k := g.Start - 1; k >= 1 && k >= g.Start-maxReach; k-- {
		t := &s.toks[k]
		if hardStop(t) || t.Lower == ";" {
			return false
		}
		if t.Lower == "to" && s.toks[k+1].Tag == "VB" {
			o := s.inGroup[k-1]
			return o >= 0 && s.groups[o].End == k
		}
	}
	return false
}

// afterAnd: "and" stands right before the token at k, or before its
// article ("and the United States to condemn").
func (s *sentence) afterAnd(k int) bool {
	k--
	if k > 0 && s.toks[k].Tag == "DT" {
		k--
	}
	return k >= 0 && s.toks[k].Lower == "and"
}

// withAbsolute: the participle at k opens ", with China playing
// go-between" or "With Egypt acting as mediator, ...", an absolute
// clause whose subject is the party right after "with", even when the
// actor stage read that name as a modifier of the participle taken for
// a noun. The clause's own subject does not do what the absolute says.
func (s *sentence) withAbsolute(k int) int {
	gi := s.inGroup[k-1]
	if gi < 0 || s.groups[gi].End != k {
		return -1
	}
	w := s.groups[gi].Start - 1
	for w >= 0 && s.toks[w].Tag == "DT" {
		w--
	}
	if w < 0 || s.toks[w].Lower != "with" {
		return -1
	}
	if w > 0 && s.toks[w-1].Lower != "," {
		return -1
	}
	return gi
}
