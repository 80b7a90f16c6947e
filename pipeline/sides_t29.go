package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// loneOtherState gives a state's show of force or military act (15, 19)
// that found no aim the one other state its sentence names: "Taiwan's
// coast guard said four Chinese vessels had entered restricted waters off
// Kinmen" CHN→TWN, "Turkey sent a survey ship escorted by warships into
// disputed waters, and Athens put its forces on alert" GRC→TUR, "South
// Korea's coast guard fired warning shots to drive away Chinese fishing
// boats" KOR→CHN. A military act between two states that names no third
// is the one's on the other, whether the other speaks of it first,
// answers it or owns what it hit.
//
// Names that are no party do not count: a reporter after the act ("...,
// a US official said", "according to a British diplomat"), where a force
// came from ("crossed the border from Belarus"), a partner or helper
// ("together with Ethiopian forces", "after talks with Kazakhstan", "with
// the help of Britain", "with Turkish approval"), where a war or crisis is
// ("because of the war in Ukraine"). An attack (19) is not given a state
// that the sentence puts on alert (15): "Poland scrambled jets after
// Russia launched an air attack" may answer an attack on its neighbour. It is left when the sentence names
// two or more other states, a weapons test (aimed at no one), a disaster
// (the place it struck is no foe), the agent's "own" positions, or a
// deployment at sea (its aim is where it goes, S8). It runs once the twins
// are dropped, on the events kept (heads[j] >= 0), so a vaguer twin of a
// harm already told is not kept by an aim it gains, and not when the
// agent's own violence or another act of the same root already has its
// aim.
//
// S35 extends it (late true, run after the other side rules of the last
// loop, see loneOtherRoot) to the verbal, cooperative and hostile acts
// that name no party of their own.
func (p *Pipeline) loneOtherState(out []event.Event, i int, heads []int, sa *SentenceAnalysis, late bool) {
	ev := &out[i]
	if len(ev.Target) > 0 || len(ev.Source) == 0 || heads[i] < 0 {
		return
	}
	if late != loneOtherRoot(ev.CAMEORoot) || !late && ev.CAMEORoot != "15" && ev.CAMEORoot != "19" {
		return
	}
	if late && strings.HasPrefix(ev.CAMEO, "045") {
		return // a mediator's parties are those it brings together (placeHost)
	}
	own := ev.Source[0].Country
	// S36: a body of states has no state of its own, so every state named
	// is another: "The United Nations on Friday condemned the execution
	// of four pro-democracy activists by Myanmar's junta" IGO→MMR.
	bodySource := late && own == "" && strings.HasPrefix(ev.Source[0].Code, "IGO")
	if own == "" && !bodySource || own != "" && !p.isState(own) || ev.CAMEO == "154" && waterBody(ev) {
		return
	}
	for _, a := range ev.Source[1:] {
		if a.Country != own {
			return
		}
	}
	toks := sa.Sentence.Tokens
	for k, t := range toks {
		switch {
		case t.Lemma == "test" || t.Lemma == "test-fire" || t.Lower == "test-fired" || t.Lower == "test-firing":
			return
		case disasterNouns.Has(t.Lower):
			return
		case t.Lower == "own" && k > 0 && (toks[k-1].Lower == "its" || toks[k-1].Lower == "their"):
			return
		case late && t.Lower == "own" && k > 0 && (toks[k-1].Lower == "his" || toks[k-1].Lower == "her"):
			return // "Scholz praised his own coalition"
		}
	}
	head := heads[i]
	dlo, dhi, dateline := datelineSpan(&sa.Sentence)
	other := ""
	note := func(k int, c string) bool {
		if c == "" || c == own || (!late || !pressureFrom(toks, k)) && noParty(toks, k, head) || late && subjectOnly(toks, k, head, ev.CAMEORoot < "10") {
			return true
		}
		if late && dateline && k >= 0 && k < len(toks) && toks[k].Start >= dlo && toks[k].End <= dhi {
			return true // "KABUL - Pakistan condemned the attack"
		}
		if bodySource && memberVote(toks, k) {
			return true // "after the United States abstained": a member's part in the body's act
		}
		if other != "" && other != c || !p.isState(c) {
			return false
		}
		other = c
		return true
	}
	var body *actor.Phrase // an intergovernmental body named, a party when no other state is
	bodies := 0
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if late && ph.Country == "" && strings.HasPrefix(ph.Code, "IGO") && note(ph.Start, "") && (pressureFrom(toks, ph.Start) || !noParty(toks, ph.Start, head)) && !subjectOnly(toks, ph.Start, head, ev.CAMEORoot < "10") && !(dateline && toks[ph.Start].Start >= dlo && toks[ph.Start].End <= dhi) {
				if body == nil || body.Code != ph.Code {
					bodies++
				}
				body = ph
			}
			if !ph.Inferred && !note(ph.Start, ph.Country) {
				return
			}
		}
	}
	if other == "" && bodies == 1 && !bodySource {
		// no other state, one body of states: "Iran refused to allow UN
		// nuclear inspectors into a disputed military site" IRN→IGO
		ev.Target = []event.Actor{toActor(sa.Sentence, *body, "")}
		return
	}
	if gp, ok := p.Places.(GeoPlacer); ok && !late {
		// A verbal or cooperative act is aimed at a party, never at a
		// bare place: "the summit in Hanoi", a dateline, a venue.
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best != nil && !note(tokenAt(toks, m.Start), actor.CameoCountry(m.Best.Country)) {
				return
			}
		}
	}
	if other == "" || ev.CAMEORoot == "02" && appealedOther(out, i, heads, own, other) {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || len(o.Source) == 0 {
			continue
		}
		if ev.CAMEORoot == "19" && o.CAMEORoot == "15" && o.Source[0].Country == other {
			// "Poland scrambled jets after Russia launched an air
			// attack": the state on alert answers an attack that may
			// be on its neighbour; a show of force near it (150) is its.
			return
		}
		if len(o.Target) == 0 {
			continue
		}
		if o.Source[0].Country == own && (o.CAMEORoot == ev.CAMEORoot || violentRoot(ev.CAMEORoot) && violentRoot(o.CAMEORoot)) {
			return
		}
	}
	ev.Target = p.stateSide(other)
}

// loneOtherRoot (S35): the roots whose acts, with no target, take the
// one other state their sentence names once every other side rule has
// run: statements, comments and regrets (01: "The Chinese embassy in
// Canberra refused to comment when asked about the Australian prime
// minister's remarks" CHN→AUS), intents (03),
// consultations (04), diplomatic and material cooperation (05-07),
// demands (10), disapproval (11: "a closed espionage trial that the White
// House called a sham" USA→RUS), rejections (12), threats (13), cuts in
// relations (16: "Ottawa hit back with 25 percent duties on ... American
// goods" CAN→USA) and assaults (18). A sentence about two states' affairs
// that names no one else is about their dealings with each other; the
// coder leaves the target empty only where the text names no other state.
// Protests (14), coercion (17) and violence (20) are left: their aim is
// mostly the actor's own people, which ownDomestic and protestHome give;
// a mediation (045) is between the parties it brings together. S36 adds
// appeals (02: "The Lebanese prime minister called for restraint after
// Israeli jets struck targets near Beirut" LBN→ISR), unless the other
// state is another verb's object (appealedOther); sharedTarget (S34)
// reads an appeal's addressee first.
func loneOtherRoot(r string) bool {
	switch r {
	case "01", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16", "18":
		return true
	case "02":
		return true // S36; see appealedOther
	}
	return false
}

// pressureFrom (S35): the name at k follows "from" after a noun of
// pressure or appeal ("pressure from the Organization of American
// States", "calls from the African Union", "warnings from European
// leaders"): whoever pressed is a party to the answer, not a place the
// act came from.
func pressureFrom(toks []text.Token, k int) bool {
	b := k - 1
	for b > 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ") {
		b--
	}
	return b >= 1 && toks[b].Lower == "from" && pressureNouns.Has(toks[b-1].Lower)
}

// pressureNouns name what one party brings to bear on another.
var pressureNouns = wordset.Of("pressure", "calls", "demands", "demand", "appeals", "requests", "request", "warnings", "criticism", "objections", "threats", "ultimatum")

// subjectOnly (S35): a name that an act mentions without it being a
// party: the place where something is or happens ("in Kosovo", "into
// southern Lebanon"), the subject of a plan or a deal ("a peace plan for
// Kosovo") or of talks ("the Astana process on Syria"), the agent of a
// participle ("a move praised by China"), a partner ("joined the United
// States", "with Russia and Belarus"), or a name in a condition ("if
// the talks on Afghan refugees failed").
func subjectOnly(toks []text.Token, k, head int, verbal bool) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	if head >= 0 && k > head {
		for j := head + 1; j < k; j++ {
			if toks[j].Lower == "if" || toks[j].Lower == "unless" {
				return true // "threatened to retaliate if the talks on Afghan refugees failed"
			}
			if toks[j].Lower == "which" && j > 0 && toks[j-1].Lower == "," {
				return true // ", which would have allowed NATO troops into Kosovo": the object described
			}
		}
	}
	b := k - 1 // past the name's adjectives: "in southern Lebanon"
	for b > 0 && (toks[b].Tag == "JJ" || toks[b].Tag == "DT") {
		b--
	}
	w := toks[b].Lower
	switch {
	case locative(w), w == "into":
		return true // where something is or happens
	case w == "by" && b >= 1 && toks[b-1].Tag == "VBN":
		// the agent of another verb ("a move praised by China", "drawn
		// by British officials"); "the move by Berlin" names the mover
		return true
	case w == "for" && b >= 1 && strings.HasPrefix(toks[b-1].Tag, "NN"):
		return true // "a peace plan for Kosovo"
	case verbal && w == "on" && b >= 1 && strings.HasPrefix(toks[b-1].Tag, "NN"):
		// the topic of a statement or a meeting ("the Astana process on
		// Syria"); after a hostile act's noun it is the party hit
		// ("sanctions on Russia")
		return true
	case toks[b].Lemma == "join":
		return true // "joined the United States": a partner
	case w == "and" && b >= 2:
		// a second name after "with X and": a partner too
		for j := b - 1; j >= 0 && j >= b-4; j-- {
			if toks[j].Lower == "with" {
				return true
			}
			if toks[j].Tag != "NNP" && toks[j].Tag != "NNPS" && toks[j].Tag != "DT" {
				break
			}
		}
	}
	return false
}

// noParty: the name at token k is no party to the act whose verb is at
// head: a reporter after it (", a US official said", "according to a
// British diplomat", "Russian news agencies reported"), where a force
// came from ("from neighbouring Uganda"), a partner ("with", "alongside":
// the verb's own patterns take a foe after "with", as in "clashed with"),
// a helper ("with the help of Britain", "with Turkish approval"), or
// where a war is ("the war in Ukraine").
func noParty(toks []text.Token, k, head int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	if brokeredAt(toks, k) {
		return true // the broker of the deal (T31)
	}
	b := k - 1 // the word before the name, past its adjectives ("from neighbouring Uganda")
	for b > 0 && (toks[b].Tag == "JJ" || toks[b].Tag == "DT" || toks[b].Tag == "VBG") && toks[b].Lower != "according" {
		b--
	}
	switch toks[b].Lower {
	case "from", "with", "alongside":
		return true
	case "in":
		if k >= 2 && warNouns.Has(toks[k-2].Lower) {
			return true
		}
	case "of":
		if k >= 2 && helpNouns.Has(toks[k-2].Lower) {
			return true
		}
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if helpNouns.Has(toks[j].Lower) {
			return true // "with Turkish approval"
		}
	}
	if head < 0 || k <= head {
		return false
	}
	if k >= 3 && toks[k-1].Tag == "DT" && toks[k-2].Lower == "to" && toks[k-3].Lower == "according" || k >= 2 && toks[k-1].Lower == "to" && toks[k-2].Lower == "according" {
		return true
	}
	// A speaker after the act: a verb of saying within the few words
	// after the name ("Russian news agencies reported").
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].IsVerb() {
			return reportLemmas.Has(toks[j].Lemma) || toks[j].Lemma == "tell"
		}
	}
	return false
}

// warNouns: "in X" after them names where a war or crisis is.
var warNouns = wordset.Of("war", "conflict", "crisis", "fighting")

// helpNouns name a state's help or consent, not its part in an act.
var helpNouns = wordset.Of("help", "support", "backing", "approval", "consent", "blessing", "assistance")

// vetoedResolution: a veto of a resolution or a draft (129) rejects the
// body that was to adopt it, the UN Security Council unless the text
// names another ("an EU resolution"), not the state the draft was about
// nor the vetoer itself: "Russia vetoed a draft resolution declaring the
// referendum in Crimea invalid" RUS→IGO, "Washington cast its fourth
// veto against a draft calling for a ceasefire in Gaza" USA→IGO. A
// head of state's veto of a bill is the legislature's (vetoedBill).
func vetoedResolution(ev *event.Event, sa *SentenceAnalysis, head int) {
	toks := sa.Sentence.Tokens
	if !strings.HasPrefix(ev.CAMEO, "129") || len(ev.Source) == 0 || head < 0 || head >= len(toks) {
		return
	}
	for _, a := range ev.Target {
		if strings.HasPrefix(a.Code, "IGO") {
			return
		}
	}
	k := head
	switch {
	case toks[k].IsVerb() && (toks[k].Lemma == "veto" || toks[k].Lemma == "block"):
	case toks[k].Lemma == "cast" || toks[k].Lower == "veto" || toks[k].Lower == "vetoes":
		// "cast its veto against a draft"
		for k = head + 1; k < len(toks) && k <= head+6 && toks[k].Lower != "against"; k++ {
		}
		if k >= len(toks) || toks[k].Lower != "against" {
			return
		}
	default:
		return
	}
	n := nounRunEnd(toks, k+1)
	if n <= k || !draftNouns.Has(toks[n].Lower) {
		return
	}
	if sp := draftSponsors(sa, n); len(sp) > 0 {
		// "vetoed the draft resolution put forward by Malaysia and the
		// Netherlands": the draft's named authors (sponsors_m40.go)
		ev.Target = sp
		return
	}
	body := event.Actor{Text: "United Nations", Code: "IGOUNO", Start: -1, End: -1}
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Start > k && ph.End <= n+1 && strings.HasPrefix(ph.Code, "IGO") {
				body = toActor(sa.Sentence, ph, "")
			}
		}
	}
	ev.Target = []event.Actor{body}
}

// draftNouns: what a council votes on and a member can veto.
var draftNouns = wordset.Of("resolution", "resolutions", "draft", "drafts")

// reactedNamed widens reactedVictim to a state the clause before names
// in any role: its vessel sunk, its firm's stake taken, its nationals
// arrested, an apology made to it ("Argentina's coast guard sank a
// Chinese trawler, and Beijing demanded an explanation" CHN→ARG, "The FBI
// arrested ten suspected Russian sleeper agents, and the Kremlin denied
// that they had worked against US interests" RUS→USA, "Human Rights
// Watch accused Saudi border guards of killing migrants, and Riyadh
// rejected the findings" SAU→NGO). An answer (a demand, a rejection, a
// denial, a threat, a cut) with no object of its own, whose subject
// opens a clause after ", and", ";" or "but", answers the agent of the
// clause before when that clause names the answering state and all its
// acts have that one agent, of another state or a body. A state the
// clause before does not name ("Russian forces shelled Kharkiv, and
// France condemned the attack") is a third party, and is left.
func reactedNamed(out []event.Event, i int, heads []int, sa *SentenceAnalysis) {
	ev := &out[i]
	toks := sa.Sentence.Tokens
	if len(ev.Source) == 0 || !ownPeopleOnly(ev) || i >= len(heads) || heads[i] < 0 || heads[i] >= len(toks) || ev.Modality.Negated || !reactionCode(ev.CAMEO) {
		return
	}
	s := &ev.Source[0]
	r := s.Country
	if r == "" || s.Start < 0 || s.Sector != "" && !stateOrganSector(s.Sector) || s.End > toks[heads[i]].Start {
		return
	}
	first := tokenAt(toks, s.Start)
	if !newClauseBefore(toks, first) {
		return
	}
	named := false
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.End <= first && ph.Country == r && !ph.Inferred {
				named = true
			}
		}
	}
	if !named {
		return
	}
	var agent []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || j >= len(heads) || heads[j] < 0 || heads[j] >= first || o.Modality.Negated || len(o.Source) == 0 {
			continue
		}
		a := o.Source[0].Country
		if a == "" && (strings.HasPrefix(o.Source[0].Code, "IGO") || strings.HasPrefix(o.Source[0].Code, "NGO")) {
			a = o.Source[0].Code
		}
		if a == "" || a == r || hasActorCountry(o.Source, r) {
			return // an act of the answering state's own, or of no one known
		}
		if agent != nil && agentKey(agent[0]) != a {
			return // acts of two agents: no telling
		}
		if !hostileRoot(o.CAMEORoot) && hardAnswer(ev.CAMEORoot) {
			// "Russia praised Poland and Warsaw recalled its ambassador":
			// a cut in relations answers no kind act; a demand, a denial
			// or a threat may ("apologised to Indonesia ..., and Jakarta
			// demanded that they stop"; "announced the expropriation of
			// Repsol's stake, and Madrid vowed to retaliate").
			return
		}
		if agent == nil {
			agent = inherited(o.Source)
		}
	}
	if agent != nil {
		ev.Target = agent
	}
}

// hardAnswer: a cut in relations (16), an answer only a hostile act
// draws.
func hardAnswer(r string) bool { return r == "16" }

// ownedVessel gives a ship seized, boarded, detained or hijacked (17, 18)
// the state its description says it sails for when the event has no
// other aim (none, or the seizer's own state from the place): "Finnish
// police seized the oil tanker Eagle S, part of Russia's shadow fleet"
// FIN→RUS, "Houthi rebels seized the Galaxy Leader, a cargo ship linked
// to an Israeli businessman" YEM→ISR, "detained a tanker owned by a
// Greek company". The description must follow the ship's noun in the
// verb's own clause or a relative clause on the ship: "part of X's
// fleet" ("which the EU had sanctioned as part of Russia's shadow
// fleet"), or "linked/owned/operated/chartered by or to" a party of X. A crew's state is not the ship's, so
// the crew named elsewhere does not count.
func ownedVessel(ev *event.Event, sa *SentenceAnalysis, head int) {
	toks := sa.Sentence.Tokens
	if len(ev.Source) == 0 || head < 0 || head >= len(toks) || ev.CAMEORoot != "17" && ev.CAMEORoot != "18" {
		return
	}
	own := ev.Source[0].Country
	for _, a := range ev.Target {
		if a.Country != own || a.Start >= 0 {
			return
		}
	}
	v := -1
	for k := head + 1; k < len(toks) && k <= head+8; k++ {
		if actor.ShipNoun(toks[k].Lower) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	owner := -1  // the token that opens the owner's words
	rel := false // inside a relative clause on the ship ("which the EU had sanctioned as part of ...")
	for k := v + 1; k+2 < len(toks) && k <= v+14; k++ {
		t := toks[k]
		if t.Lower == "which" || t.Lower == "that" {
			rel = true
		}
		if t.Lower == "part" && toks[k+1].Lower == "of" {
			owner = k + 2
			break
		}
		if (t.Lower == "linked" || t.Lower == "owned" || t.Lower == "operated" || t.Lower == "chartered" || t.Lower == "managed") && (toks[k+1].Lower == "to" || toks[k+1].Lower == "by") {
			owner = k + 2 // (the tagger may read the participle as a past verb)
			break
		}
		if t.IsVerb() && t.Tag != "VBN" && !rel || t.Lower == ";" || t.Lower == "and" {
			break // another clause
		}
	}
	if owner < 0 {
		return
	}
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Start < owner || ph.Start > owner+3 {
				continue
			}
			if ph.Country == "" || ph.Country == own || ph.Inferred {
				return
			}
			ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
			return
		}
	}
}

// blamedThreat gives a threat with no target (13) the party its maker
// blames in the same sentence (112): "Iran blamed Israel for a blackout
// at its Natanz site, calling it nuclear terrorism and vowing revenge"
// IRN→ISR; "Hezbollah blamed Israel for the explosions of pagers and
// vowed just punishment" LBN→ISR. Revenge is vowed on whoever is blamed
// for the harm; only one party blamed, of another state, counts.
func blamedThreat(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEORoot != "13" || len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Source[0].Country == "" {
		return
	}
	var blamed []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || !strings.HasPrefix(o.CAMEO, "112") || len(o.Source) == 0 || o.Source[0].Country != ev.Source[0].Country || len(o.Target) == 0 {
			continue
		}
		if blamed != nil || o.Target[0].Country == "" || o.Target[0].Country == ev.Source[0].Country {
			return
		}
		blamed = o.Target
	}
	if blamed != nil {
		ev.Target = inherited(blamed)
	}
}

// theirObject: in "S boarded X's boats and seized their rifles", the
// possessive after a second verb of taking or harm joined by "and"
// stands for the first verb's object, not for S: one does not seize
// one's own rifles. A coercion or an assault (17-19) whose object opens
// with "their" or "its" right after its verb, with "and" right before the
// verb, and whose target is none or the agent's own state, is aimed at
// the party the first verb's object names, when that party is of another
// state: "Chinese coast guard personnel boarded Philippine navy boats and
// seized their rifles" CHN→PHL.
func theirObject(ev *event.Event, sa *SentenceAnalysis, head int) {
	toks := sa.Sentence.Tokens
	if len(ev.Source) == 0 || head < 2 || head+1 >= len(toks) || ev.CAMEORoot != "17" && ev.CAMEORoot != "18" && ev.CAMEORoot != "19" {
		return
	}
	own := ev.Source[0].Country
	if own == "" {
		return
	}
	for _, a := range ev.Target {
		if a.Country != own {
			return
		}
	}
	if p := toks[head+1].Lower; p != "their" && p != "its" || toks[head-1].Lower != "and" || !harmLemmas.Has(toks[head].Lemma) {
		return
	}
	srcEnd := tokenAt(toks, ev.Source[0].End)
	var obj *actor.Phrase
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		for _, ph := range g.Phrases {
			if ph.Start > head && ph.Start <= head+3 && ph.Country != "" && !ph.Inferred {
				return // a state of its own: "arrested its Bulgarian driver"
			}
		}
		if g.Start < srcEnd || g.End > head-1 {
			continue
		}
		for pi := range g.Phrases {
			obj = &g.Phrases[pi]
		}
	}
	if obj == nil || obj.Country == "" || obj.Country == own || obj.Inferred || obj.Modifier {
		return
	}
	// The first verb must stand between the agent and that object.
	verb := false
	for k := srcEnd; k < obj.Start; k++ {
		verb = verb || toks[k].IsVerb() && toks[k].Tag != "VBN"
	}
	if verb {
		ev.Target = []event.Actor{toActor(sa.Sentence, *obj, "")}
	}
}

// memberVote (S36): the state named at k is the subject of a vote, an
// abstention or a veto in the body's proceedings ("The Security Council
// demanded a ceasefire after the United States abstained", "with Russia
// and China abstaining"): a member taking part in the body's act, not the
// party the act is aimed at.
func memberVote(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].IsVerb() {
			return voteLemmas.Has(toks[j].Lemma)
		}
	}
	return false
}

// voteLemmas: what a member of a body does in its proceedings.
var voteLemmas = wordset.Of("abstain", "vote", "veto")

// appealedOther (S36): the other state is the object of another act of
// the same actor in the sentence ("Ukraine thanked Germany for the tanks
// and asked for fighter jets", "Cuba's president blamed the United
// States for the unrest and urged revolutionaries to take to the
// streets"): the appeal, which names no addressee, is not made to the
// state the other verb took, so the lone other state is no answer.
func appealedOther(out []event.Event, i int, heads []int, own, other string) bool {
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || o.SentenceIndex != out[i].SentenceIndex || len(o.Source) == 0 {
			continue
		}
		if o.Source[0].Country == own && hasActorCountry(o.Target, other) {
			return true
		}
	}
	return false
}
