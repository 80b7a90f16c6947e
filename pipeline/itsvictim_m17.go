package pipeline

import (
	"slices"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// harmLemmas are verbs whose object is what the act hurts or takes, never
// the agent's own means: "after Turkish jets shot down one of its
// bombers", "after Serbian police arrested three of its officers". Verbs
// of firing are left out ("after Hamas fired its rockets" are the
// group's own), and so are intercepting and deploying.
var harmLemmas = wordset.Of(
	"attack", "kill", "shell", "strike", "hit", "bomb", "seize", "shoot",
	"ram", "storm", "detain", "arrest", "board", "capture", "raid", "sink",
	"injure", "wound", "abduct", "kidnap", "violate", "target", "invade",
	"destroy", "damage", "harass", "blockade", "down", "expel", "execute",
	"behead", "assassinate", "torpedo", "shell", "pound", "overrun",
)

// aimLemmas are verbs of firing or flying whose preposition ("at",
// "into", "over", "toward") names where the fire went: "fired 34 rockets
// at its northern towns".
var aimLemmas = wordset.Of(
	"fire", "launch", "shoot", "drop", "fly", "lob", "hurl", "send",
)

// itsClauseOpeners open a time or reason clause with a subject of its own.
var itsClauseOpeners = wordset.Of(
	"after", "when", "as", "because", "since", "while", "until", "before", "once",
)

// victimIts gives "its" the state of the sentence's subject when it is
// the object of an act of harm in a time or reason clause whose own
// subject is another party: "New Delhi lodged a strong protest with China
// after Chinese soldiers killed 20 of its troops" (the troops are
// India's, where the nearest agreeing actor, China, or the story's
// country was taken); "Armenia appealed to Russia for help after
// Azerbaijani troops shelled its border towns" (the towns are Armenia's,
// and the shelling had no target). A state that reacts to an act
// against it is the sentence's subject, and the clause tells why: the
// agent of the harm does not harm its own, and the objects of the main
// verb (the state protested to, summoned, appealed to) are named as
// other parties. Not when the clause's subject is the subject's own
// state ("Russia withdrew its troops after its army ..."), nor for the
// agent's means ("after Hamas fired its rockets").
func (p *Pipeline) victimIts(sa *SentenceAnalysis) {
	toks := sa.Sentence.Tokens
	if len(sa.Groups) < 2 {
		return
	}
	main := &sa.Groups[0]
	if main.Start > 1 || main.Start == 1 && toks[0].Tag != "DT" || len(main.Phrases) != 1 {
		return
	}
	mph := &main.Phrases[0]
	if mph.Country == "" || mph.Inferred || mph.Modifier || mph.Foreign || !p.isState(mph.Country) {
		return
	}
	if main.End >= len(toks) || !toks[main.End].IsVerb() && toks[main.End].Tag != "MD" && toks[main.End].Tag != "RB" && toks[main.End].Lower != "," {
		return
	}
	for k := main.End + 2; k+1 < len(toks); k++ {
		if toks[k].Lower != "its" || toks[k].Tag != "PRP$" || toks[k+1].Lower == "own" {
			continue // "after Russian troops shelled its own positions"
		}
		v, ok := harmBefore(toks, k)
		if !ok {
			continue
		}
		op := openerBefore(toks, sa.Groups, main.End, v)
		if op < 0 {
			continue
		}
		// The clause's own subject: an actor between the opener and the
		// verb. Of the main subject's state, "its" may be its own; with
		// none ("after they violated its waters", "after a rocket was
		// fired at its territory") the verb stage lends the clause the
		// main subject, which would then harm itself.
		own, agent := false, false
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if g.Start > op && g.End <= v {
				agent = agent || subjectOf(toks, g.End, v)
				for _, ph := range g.Phrases {
					if ph.Country == mph.Country && !againstState(ph.Sectors) {
						own = true
					}
				}
			}
		}
		if own || !agent {
			continue
		}
		p.giveIts(sa, k, mph.Country)
	}
}

// againstState: sectors of a state's own people who take up arms or
// protest against it. Their harm of "its" posts is harm of the state
// ("Turkey said Kurdish militants had shelled its border posts"), not a
// state's own act on its own, which is what the own-country check is for.
func againstState(sectors []string) bool {
	if len(sectors) == 0 {
		return false
	}
	s := sectors[0]
	return nonStateArmed(s) || s == "SEP" || s == "CRM" || societySector(s)
}

// harmBefore finds the verb of harm "its" at k is the object of: right
// before it ("shelled its villages", "shot down its balloon"), across a
// partitive ("killed 20 of its troops", "seized three of its ships"),
// or before a preposition of place after the verb's object ("struck
// military sites in three of its provinces", "fired 34 rockets at its
// towns"). It returns the verb's index.
func harmBefore(toks []text.Token, k int) (int, bool) {
	j := k - 1
	if toks[j].Lower == "of" && j >= 2 {
		switch q := toks[j-1]; {
		case q.Tag == "CD", q.Lower == "some", q.Lower == "several", q.Lower == "many", q.Lower == "dozens", q.Lower == "hundreds", q.Lower == "scores", q.Lower == "most", q.Lower == "all":
			j -= 2
		case q.Tag == "NNS" && j >= 3 && (toks[j-2].Tag == "CD" || toks[j-2].Lower == "several" || toks[j-2].Lower == "dozens"):
			// "killed six members of its security forces" (T29): a
			// count of members or personnel is a partitive too.
			j -= 3
		default:
			return -1, false
		}
	}
	if toks[j].Lower == "down" || toks[j].Lower == "up" {
		j--
	}
	if toks[j].IsVerb() {
		return j, (toks[j].Tag == "VBD" || toks[j].Tag == "VBN" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP" || toks[j].Tag == "VBG") && harmLemmas.Has(toks[j].Lemma)
	}
	var aim bool
	switch toks[j].Lower {
	case "at", "on", "into", "over", "toward", "towards", "upon":
		aim = true
	case "in", "near", "inside", "across", "along":
	default:
		return -1, false
	}
	// The verb of the preposition: the last verb before it, across its
	// object (a few nouns, numbers and adjectives, "hundreds of rockets").
	for i := j - 1; i > 0 && i >= j-6; i-- {
		t := toks[i]
		if t.IsVerb() {
			if harmLemmas.Has(t.Lemma) {
				return i, true
			}
			if aim && aimLemmas.Has(t.Lemma) && !seaHead(toks, k) {
				return i, true
			}
			return -1, false
		}
		if t.Lower == "," || t.Tag == "IN" && t.Lower != "of" || t.Tag == "CC" || t.Tag == "WDT" || t.Tag == "PRP$" {
			return -1, false
		}
	}
	return -1, false
}

// openerBefore finds the word that opens the clause of the verb at v,
// after the main subject ends at from: "after", "when", "as" and the
// like, or the main subject's own verb of saying, with no other verb
// between it and v but the clause's auxiliaries. It returns -1 when the
// verb is the main clause's own.
func openerBefore(toks []text.Token, gs []actor.Group, from, v int) int {
	for i := v - 1; i >= from; i-- {
		t := toks[i]
		if inAnyGroup(gs, i) {
			continue // an actor's noun the tagger took for a verb ("troops/VBZ")
		}
		if itsClauseOpeners.Has(t.Lower) && (t.Tag == "IN" || t.Tag == "WRB") {
			return i
		}
		if t.IsVerb() && t.Lower != "had" && t.Lower != "has" && t.Lower != "have" && t.Lower != "was" && t.Lower != "were" && t.Lower != "been" {
			// The main subject's own verb of saying: what it reports
			// was done to it ("Lebanon's president said Israeli drones
			// had attacked its capital").
			if reportLemmas.Has(t.Lemma) && (t.Tag == "VBD" || t.Tag == "VBZ") && onlyAdverbs(toks, from, i) {
				return i
			}
			return -1
		}
		if t.Lower == ";" || t.Tag == "CC" {
			return -1
		}
	}
	return -1
}

// stateThings are what a state has that an act of harm hits, seizes or
// enters: its land and sea, its towns, its posts and bases, its ships
// and aircraft, its missions abroad. A person ("attacked its
// goalkeeper") is left: a new actor there would make an event where the
// sentence is about sport or a firm.
var stateThings = wordset.Of(
	"territory", "territories", "airspace", "waters", "border", "borders",
	"soil", "land", "island", "islands", "coast", "town", "towns",
	"village", "villages", "city", "cities", "capital", "province",
	"provinces", "region", "regions", "positions", "position", "post",
	"posts", "outpost", "outposts", "base", "bases", "fleet", "ship",
	"ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers",
	"warship", "warships", "frigate", "destroyer", "submarine",
	"aircraft", "plane", "planes", "jet", "jets", "bomber", "bombers",
	"drone", "drones", "helicopter", "balloon", "satellite", "embassy",
	"consulate", "mission", "facilities", "facility", "sites", "site",
	"plant", "plants", "infrastructure", "pipeline", "installations",
	"checkpoint", "checkpoints", "depot", "airport", "port", "ports",
)

// giveIts sets the phrase "its" opens to the state c, or makes the noun
// phrase after it an actor of c when no actor holds it ("its border
// towns", "its surveillance balloon").
func (p *Pipeline) giveIts(sa *SentenceAnalysis, k int, c string) {
	toks := sa.Sentence.Tokens
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start > k+4 {
			break
		}
		for pi := range g.Phrases {
			ph := &g.Phrases[pi]
			if ph.Start == k || ph.Start > k && ph.Start <= k+3 && (ph.Country == "" || ph.Inferred) {
				if ph.Country != "" && !ph.Inferred {
					return // a country of its own: "its Kurdish allies"
				}
				if len(ph.Sectors) == 0 {
					return
				}
				ph.SetCountry(c)
				return
			}
		}
		if g.Start <= k && g.End > k {
			return
		}
	}
	h := k + 1
	for h < len(toks) && (toks[h].Tag == "JJ" || toks[h].Tag == "NN" || toks[h].Tag == "NNS" || toks[h].Tag == "VBN" && h+1 < len(toks) && toks[h+1].IsNoun()) {
		h++
	}
	if h == k+1 || !toks[h-1].IsNoun() || !stateThings.Has(toks[h-1].Lower) {
		return
	}
	gi := slices.IndexFunc(sa.Groups, func(g actor.Group) bool { return g.Start > k })
	if gi < 0 {
		gi = len(sa.Groups)
	} else if sa.Groups[gi].Start < h {
		return
	}
	e := &actor.Entry{Kind: actor.KindSector, Code: "-", Alias: "its (a state harmed)",
		Pos: "pipeline/itsvictim_m17.go (what an act of harm hit, owned by the sentence's subject)"}
	ph := actor.Phrase{Start: k, End: h, Parts: []actor.Part{{Entry: e, Start: k + 1, End: h}},
		Country: c, Code: c, Inferred: true}
	sa.Groups = slices.Insert(sa.Groups, gi, actor.Group{Phrases: []actor.Phrase{ph}, Start: k, End: h})
}

// subjectOf: a phrase ending at end is the subject of the verb at v, with
// only auxiliaries and adverbs between ("Russian jets had repeatedly
// violated"), or the head noun of an act the phrase's adjective names
// ("Syrian shelling killed"). Not across "there": in "after militants
// there fired" the verb stage takes no subject and lends the clause the
// main one.
func subjectOf(toks []text.Token, end, v int) bool {
	nouns := 0
	for i := end; i < v; i++ {
		switch t := toks[i]; {
		case t.Lower == "there" || t.Lower == "here":
			return false
		case (t.Tag == "NN" || t.Tag == "NNS") && nouns < 2:
			nouns++
		case t.Tag == "RB" || t.Tag == "MD":
		case t.Lower == "had" || t.Lower == "has" || t.Lower == "have" || t.Lower == "was" || t.Lower == "were" || t.Lower == "been" || t.Lower == "is" || t.Lower == "are":
		default:
			return false
		}
	}
	return true
}

// reportLemmas: verbs of saying whose complement is a clause of its own.
var reportLemmas = wordset.Of("say", "claim", "report", "announce", "allege", "confirm")

// onlyAdverbs: the tokens in [from, to) are adverbs or modals.
func onlyAdverbs(toks []text.Token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].Tag != "RB" && toks[i].Tag != "MD" {
			return false
		}
	}
	return true
}

// seaHead: the noun phrase after "its" at k ends in the sea or a zone of
// it. Missiles fired "toward its eastern waters" or "into its economic
// zone" are a show of force near a state, which CAMEO codes 150, and a
// target would make them an air strike on it (195).
func seaHead(toks []text.Token, k int) bool {
	h := k + 1
	for h+1 < len(toks) && (toks[h+1].IsNoun() || toks[h].Tag == "JJ") {
		h++
	}
	switch toks[h].Lower {
	case "waters", "water", "sea", "seas", "zone", "coast", "coastline", "shores":
		return true
	}
	return false
}

// inAnyGroup: token i is inside an actor group.
func inAnyGroup(gs []actor.Group, i int) bool {
	for gi := range gs {
		if gs[gi].Start <= i && i < gs[gi].End {
			return true
		}
	}
	return false
}

// actNounBefore: the verb at v follows the noun of an act ("Syrian
// shelling killed", "an Israeli strike killed"), whose agent the pipeline
// takes from the noun's adjective later, in place of the lent subject.
func actNounBefore(toks []text.Token, v int) bool {
	for k := v - 1; k > 0 && k >= v-2; k-- {
		switch toks[k].Lower {
		case "shelling", "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "bombardment", "bombing", "raid", "raids", "fire", "gunfire", "barrage":
			return true
		}
	}
	return false
}

// lentSelfHarm undoes victimIts where the verb stage did not take the
// clause's agent and lent it the sentence's subject instead ("after
// Chinese coast guard ships fired water cannon at its resupply boats"
// had Manila fire at its own boats): an act of harm whose source is the
// sentence's subject and whose target is an "its" phrase of that same
// state, in a sentence whose subject made no such act, loses the target,
// as it had none before.
func lentSelfHarm(sa *SentenceAnalysis) {
	if len(sa.Groups) == 0 || len(sa.Groups[0].Phrases) != 1 {
		return
	}
	toks := sa.Sentence.Tokens
	main := &sa.Groups[0].Phrases[0]
	for i := range sa.Verbs.Matches {
		m := &sa.Verbs.Matches[i]
		if len(m.Source) != 1 || len(m.Target) == 0 || m.Source[0].Start != main.Start || m.Head <= sa.Groups[0].End+1 {
			continue
		}
		switch m.Pattern.Root() {
		case "15", "17", "18", "19", "20":
		default:
			continue
		}
		self := true
		for _, ph := range m.Target {
			if ph.Country != main.Country || !ph.Inferred || ph.Start >= len(toks) || toks[ph.Start].Lower != "its" {
				self = false
			}
		}
		if self && openerBefore(toks, sa.Groups, sa.Groups[0].End, m.Head) >= 0 && !actNounBefore(toks, m.Head) {
			m.Target = nil
		}
	}
}
